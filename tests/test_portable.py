"""Windows and macOS: no POSIX-only call without a portable path, a cache folder on every
system, and output that holds Vietnamese whatever the code page.

``.ci/run`` runs the CLI tests a second time with ``--without-posix`` (conftest: fcntl
and os.fchmod hidden, as on Windows) and with ``PYTHONIOENCODING=cp1258`` (Vietnamese
Windows' own code page); the tests here check that those runs mean what they say.
"""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from nq42cli.cli import app
from nq42cli.core import fsio
from nq42cli.core.cache import cache_dir
from tests.conftest import PLAN, ROOT, posix_hidden, run
from tests.progress_helpers import workspace

SRC = ROOT / "src" / "nq42cli"

# What the standard library offers on POSIX only (names checked by attribute access).
POSIX_MODULES = {"fcntl", "pwd", "grp", "termios", "tty", "pty", "resource", "posix"}
POSIX_OS = {
    "fchmod", "fchown", "chown", "lchown", "getuid", "geteuid", "getgid", "getegid",
    "fork", "forkpty", "killpg", "setsid", "getpgid", "mkfifo", "mknod", "statvfs",
    "sync", "uname", "WNOHANG", "O_NOFOLLOW", "O_DIRECTORY", "O_CLOEXEC", "O_NONBLOCK",
    "O_SYNC", "O_DSYNC", "O_NOCTTY",
}  # fmt: skip
POSIX_SIGNALS = {"SIGKILL", "SIGHUP", "SIGPIPE", "SIGALRM", "SIGUSR1", "SIGUSR2", "SIGCHLD"}


def _posix_only_uses(tree: ast.AST) -> list[str]:
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found += [a.name for a in node.names if a.name.split(".")[0] in POSIX_MODULES]
        elif isinstance(node, ast.ImportFrom) and node.module in POSIX_MODULES:
            found.append(node.module)
        elif isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            owner, name = node.value.id, node.attr
            if (owner == "os" and name in POSIX_OS) or (
                owner == "signal" and name in POSIX_SIGNALS
            ):
                found.append(f"{owner}.{name}:{node.lineno}")
    return found


def test_no_posix_only_call_in_the_package() -> None:
    """No module of nq42 names a POSIX-only module, os call, flag or signal directly.

    Where one is worth using (os.fchmod), it is looked up with getattr and has a
    portable path beside it; the lock is filelock's.
    """
    bad = {
        str(path.relative_to(SRC)): uses
        for path in sorted(SRC.rglob("*.py"))
        if (uses := _posix_only_uses(ast.parse(path.read_text(encoding="utf-8"))))
    }
    assert bad == {}


def test_the_simulation_hides_what_windows_lacks(request: pytest.FixtureRequest) -> None:
    """Under --without-posix, fcntl cannot be imported and os.fchmod is gone."""
    if not posix_hidden(request.config):
        pytest.skip("only under --without-posix (.ci/run runs it)")
    with pytest.raises(ImportError):
        import fcntl  # noqa: F401
    assert not hasattr(os, "fchmod")


def test_record_and_lock_without_posix_calls(tmp_path: Path) -> None:
    """record writes under the lock, a held lock is refused, a file keeps the usual mode.

    Run in both runs of the suite: with the real modules, and with them hidden.
    """
    plan = str(workspace(tmp_path))
    folder = Path(plan).parent / "progress"
    run("record", "IV.2.a", "--note", "ghi chú", "--on", "2024-05-20", "--plan", plan)
    assert "ghi chú" in (folder / "IV.2.a.yaml").read_text(encoding="utf-8")
    with fsio.locked(folder, timeout=0.2):
        out = run(
            "record", "IV.2.a", "--note", "x", "--on", "2024-05-21", "--plan", plan,
            code=1, env={"NQ42_LOCK_TIMEOUT": "0.1"},
        )  # fmt: skip
    assert "is locked by another nq42 process (waited 0.1 s)" in out.stderr
    old = os.umask(0o022)
    try:
        fsio.atomic_write(tmp_path / "out.txt", b"x")
    finally:
        os.umask(old)
    if sys.platform != "win32":
        assert (tmp_path / "out.txt").stat().st_mode & 0o777 == 0o644


def test_atomic_write_without_fchmod(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where os.fchmod is missing (Windows before 3.13), the mode is set by path."""
    monkeypatch.delattr(os, "fchmod", raising=False)
    target = tmp_path / "a.csv"
    target.write_bytes(b"old")
    target.chmod(0o640)
    fsio.atomic_write(target, b"new")
    assert target.read_bytes() == b"new"
    if sys.platform != "win32":
        assert target.stat().st_mode & 0o777 == 0o640
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.csv"]


# --------------------------------------------------------------------------- cache folder


def test_cache_folder_precedence(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """NQ42_CACHE_DIR, then an absolute XDG_CACHE_HOME, then the platform's own folder."""
    monkeypatch.setenv("NQ42_CACHE_DIR", str(tmp_path / "mine"))
    assert cache_dir() == tmp_path / "mine"
    monkeypatch.delenv("NQ42_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "nq42"
    monkeypatch.setenv("XDG_CACHE_HOME", "relative/ignored")  # the XDG spec says ignore it
    found = cache_dir()
    assert found is not None
    assert found.is_absolute()
    assert "nq42" in found.parts


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the Linux shortcut")
@pytest.mark.parametrize("xdg", [None, "", "relative/ignored"])
def test_the_linux_cache_folder_is_platformdirs_own(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, xdg: str | None
) -> None:
    """On Linux cache_dir() does not import platformdirs; it gives what platformdirs gives."""
    from platformdirs import user_cache_dir

    monkeypatch.delenv("NQ42_CACHE_DIR", raising=False)
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    if xdg is None:
        monkeypatch.delenv("XDG_CACHE_HOME", raising=False)
    else:
        monkeypatch.setenv("XDG_CACHE_HOME", xdg)
    assert cache_dir() == Path(user_cache_dir("nq42", appauthor=False))


def test_no_home_means_no_index_and_still_an_answer(monkeypatch: pytest.MonkeyPatch) -> None:
    """With no home folder at all ("~" cannot be expanded), queries still answer.

    The index then lives in a private folder of this user's in the temporary folder, or
    nowhere (tests/test_hostile.py checks that folder is refused when not private).
    """
    for name in ("NQ42_CACHE_DIR", "XDG_CACHE_HOME", "HOME", "LOCALAPPDATA", "USERPROFILE"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(os.path, "expanduser", lambda p: p)  # no HOME, no passwd entry
    if sys.platform != "win32":
        folder = cache_dir()
        assert folder is None or folder.name.startswith("nq42-cache-")
    out = run("due", "--quarter", "2024Q1", "--as-of", "2024-03-15", "--plan", str(PLAN))
    assert "IV.2.a" in out.stdout


# --------------------------------------------------------------------------- encodings

DUE = ("due", "--quarter", "2024Q1", "--as-of", "2024-03-15", "--plan", str(PLAN))


def _nq42(args: tuple[str, ...], encoding: str, tmp: Path) -> subprocess.Popen[bytes]:
    """``python -m nq42cli ARGS`` with its stdout redirected to a file, as a user would."""
    env = {**os.environ, "PYTHONIOENCODING": encoding, "PYTHONUTF8": "0"}
    env.pop("PYTHONLEGACYWINDOWSSTDIO", None)
    with (tmp / f"{encoding}.{len(args)}.out").open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "nq42cli", *args],
            stdout=out,
            stderr=subprocess.PIPE,
            env=env,
            cwd=tmp,
        )


@pytest.mark.process
def test_legacy_code_pages_get_utf8_not_a_traceback(tmp_path: Path) -> None:
    """A redirect in cp1258 gets the UTF-8 bytes nq42 prints anywhere; --help in ASCII too.

    --help is printed before any command runs, so the switch happens at start-up.
    """
    due = _nq42(DUE, "cp1258", tmp_path)
    helped = _nq42(("--help",), "ascii", tmp_path)
    err = due.communicate(timeout=120)[1]
    assert due.returncode == 0, err.decode("utf-8", "replace")
    written = (tmp_path / f"cp1258.{len(DUE)}.out").read_bytes()
    assert written.decode("utf-8") == run(*DUE).stdout
    assert "Đến hạn trong 2024Q1" in written.decode("utf-8")
    assert helped.communicate(timeout=120)[1] == b""
    assert helped.returncode == 0
    assert "Kế hoạch 19-KH/TW".encode() in (tmp_path / "ascii.1.out").read_bytes()


@pytest.mark.parametrize("charset", ["cp1258", "cp1252", "ascii"])
def test_errors_in_a_legacy_code_page(charset: str) -> None:
    """An error naming Vietnamese text reaches stderr in UTF-8, not as a traceback."""
    args = ["list", "--owner", "Bộ Y tế", "--plan", str(PLAN)]
    result = CliRunner(charset=charset).invoke(app, args, catch_exceptions=False)
    assert result.exit_code == 2
    assert "no owner matches 'Bộ Y tế'" in result.stderr_bytes.decode("utf-8")


def test_in_process_streams_are_switched_too() -> None:
    """Called from Python with a cp1258 stdout (as a test runner or a notebook has)."""
    result = CliRunner(charset="cp1258").invoke(app, list(DUE), catch_exceptions=False)
    assert result.exit_code == 0
    assert result.stdout_bytes.decode("utf-8") == run(*DUE).stdout


def test_a_stream_that_cannot_switch_gets_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    """If the stream cannot become UTF-8, one ASCII line says what to do, exit 1."""
    from nq42cli import streams

    monkeypatch.setattr(streams, "_switch", lambda stream: None)
    result = CliRunner(charset="ascii").invoke(app, list(DUE), catch_exceptions=False)
    assert result.exit_code == 1, result.output
    (line,) = result.stderr.splitlines()
    assert line.startswith("Error: the output's encoding (ascii) cannot hold ")
    assert line.endswith("set PYTHONIOENCODING=utf-8, or write to a file with -o FILE")
