"""Time whole ``nq42`` processes and report each figure as a ratio to baselines.

Baselines are measured in the same run, on the same machine, alternated with the
commands they are compared to: ``python -c pass``; a one-command typer app printing one
line (the framework floor); the same app printing the same rows as a Rich table (the
framework + renderer floor); PyYAML ``CSafeLoader`` loading the same plan file (time and
peak memory); Taskwarrior answering the same question on as many tasks, when installed.

Each command gets a warm-up run, then N runs taken in rounds (one run of every command
per round) so that drifts of the machine hit all commands alike. Figures are medians,
with min-max as the spread; memory is the peak RSS of the process (``wait4``).

Usage:
    python benchmarks/run.py            # 1,000 / 10,000 / 100,000 duties, writes RESULTS.md
    python benchmarks/run.py --quick    # bundled plan and 1,000 duties, 3 runs, no file
    python benchmarks/run.py --start-only --runs 9 --json t.json  # bundled plan only, no file
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402 - the generator lives next to this file

from nq42cli.core import checked  # noqa: E402 - after the path is set, like generate

PY = sys.executable
NQ42 = str(Path(PY).with_name("nq42"))
BUNDLED = ROOT / "src" / "nq42cli" / "data" / "plan.yaml"
AS_OF = "2024-01-15"
SLOW_RUNS = 3

FLOOR_ECHO = """\
import typer
app = typer.Typer()
@app.command()
def main() -> None:
    print("ok")
app()
"""

FLOOR_TABLE = """\
import json, sys
import typer
app = typer.Typer()
@app.command()
def main(rows: str) -> None:
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text
    data = json.load(open(rows, encoding="utf-8"))
    table = Table(title=Text("Due in 2024Q1 (as of 2024-01-15)"), show_lines=True, expand=True)
    for name in ("ID", "Owner", "Duty", "Window", "Days"):
        table.add_column(name)
    for r in data:
        table.add_row(
            Text(r["id"]), Text("\\n".join(o["short"] for o in r["owners"])), Text(r["text"]),
            Text("; ".join(w["text"] for w in r["windows"])), Text(f"{r['days_left']} days left"),
        )
    console = Console(highlight=False, soft_wrap=False)
    with console.capture() as cap:
        console.print(table)
        console.print(Text(f"{len(data)} duties"))
    sys.stdout.write(cap.get())
app()
"""


@dataclass
class Figure:
    """Timings (seconds) by round, and peak memory (KB), of one command."""

    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    before: str | Callable[[], None] | None = None  # "cold": empty the cache folder first
    max_runs: int | None = None  # slow commands (seconds each) take fewer runs
    times: list[float] = field(default_factory=list)
    rounds: dict[int, float] = field(default_factory=dict)
    rss: list[int] = field(default_factory=list)
    failed: str | None = None

    @property
    def median(self) -> float:
        """Median wall time in seconds."""
        return statistics.median(self.times) if self.times else float("nan")

    @property
    def peak(self) -> int:
        """Largest peak RSS seen, KB."""
        return max(self.rss) if self.rss else 0

    def spread(self) -> str:
        """Min-max in milliseconds."""
        if not self.times:
            return "-"
        return f"{min(self.times) * 1000:,.0f}-{max(self.times) * 1000:,.0f}"


# Runs the timed commands. Linux counts the peak RSS of the process a command was forked
# from into the command's own figure, so the commands are started by this small process,
# spawned before the runner holds any large data, never by the runner itself.
LAUNCHER = """
import json, os, subprocess, sys, time
for line in sys.stdin:
    job = json.loads(line)
    start = time.perf_counter()
    proc = subprocess.Popen(job["argv"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env=job["env"], cwd=job["cwd"])
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    err = proc.stderr.read().decode(errors="replace")
    proc.stderr.close()
    out = {"elapsed": elapsed, "rss": usage.ru_maxrss, "code": os.waitstatus_to_exitcode(status),
           "err": err[-300:]}
    sys.stdout.write(json.dumps(out) + "\\n")
    sys.stdout.flush()
"""


class Launcher:
    """A small process that starts each timed command and reports its time and peak RSS."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [PY, "-c", LAUNCHER], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )

    def run(self, argv: list[str], env: dict[str, str]) -> dict[str, object]:
        """Run ``argv`` once; its wall time (s), peak RSS (KB), exit code and stderr tail."""
        assert self.proc.stdin is not None
        assert self.proc.stdout is not None
        job = {"argv": argv, "env": env, "cwd": tempfile.gettempdir()}
        self.proc.stdin.write(json.dumps(job) + "\n")
        self.proc.stdin.flush()
        result: dict[str, object] = json.loads(self.proc.stdout.readline())
        return result


LAUNCH: list[Launcher] = []


def run_once(fig: Figure, cache: Path, round_no: int | None) -> None:
    """Run the command once; record wall time and peak RSS, or the failure."""
    if fig.before == "cold":
        # Cold runs get a folder of their own, emptied each time, so that they never
        # take away the indexes the warm runs are measured with.
        cache = cache.parent / "cold-cache"
        shutil.rmtree(cache, ignore_errors=True)
    elif callable(fig.before):
        fig.before()
    env = {**os.environ, "NQ42_CACHE_DIR": str(cache), "COLUMNS": "100", **fig.env}
    res = LAUNCH[0].run(fig.argv, env)
    if res["code"] != 0:
        fig.failed = f"exit {res['code']}: {str(res['err']).strip()[:200]}"
        return
    elapsed = float(str(res["elapsed"]))
    if round_no is not None:
        fig.times.append(elapsed)
        fig.rounds[round_no] = elapsed
        fig.rss.append(int(str(res["rss"])))


def measure(figs: Sequence[Figure], runs: int, cache: Path, log: bool = True) -> None:
    """Warm up every command once, then run them ``runs`` times in alternated rounds."""
    for fig in figs:
        run_once(fig, cache, None)
    for r in range(runs):
        for fig in figs:
            if fig.failed is None and (fig.max_runs is None or len(fig.times) < fig.max_runs):
                run_once(fig, cache, r)
        if log:
            print(f"  round {r + 1}/{runs} done", file=sys.stderr)


def taskwarrior_setup(plan: Path, n: int, root: Path) -> dict[str, str] | None:
    """A Taskwarrior data folder holding the plan's duties as tasks (due = first deadline).

    The tasks are written straight into Taskwarrior 2.6's ``pending.data`` (one
    ``[key:"value" …]`` line per task), which is what ``task import`` would leave there,
    so that 100,000 tasks take seconds to set up instead of hours. ``gc=off`` keeps
    Taskwarrior from renumbering (rewriting) the file while it is measured.
    """
    task = shutil.which("task")
    if task is None:
        return None
    text = plan.read_text(encoding="utf-8")
    lines = []
    body = text[text.index("\nduties:\n") :]
    for i, chunk in enumerate(body.split("\n  - id: ")[1:]):
        duty = chunk[chunk.index("text: ") + 6 :].split("\n", 1)[0]
        words = json.loads(duty)[:200].replace('"', "'").replace("[", "(").replace("]", ")")
        fields = {"description": words, "entry": "1701043200", "modified": "1701043200"}
        first = _first_deadline(chunk)
        if first is not None:
            fields["due"] = str(int(dt.datetime.combine(first, dt.time(), dt.UTC).timestamp()))
        fields["status"] = "pending"
        fields["uuid"] = f"00000000-0000-4000-8000-{i:012d}"
        lines.append("[" + " ".join(f'{k}:"{v}"' for k, v in fields.items()) + "]")
    data = root / f"task-{n}"
    shutil.rmtree(data, ignore_errors=True)
    data.mkdir(parents=True)
    (data / "pending.data").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (data / "completed.data").write_text("", encoding="utf-8")
    rc = root / f"taskrc-{n}"
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nhooks=off\ngc=off\n")
    return {"TASKRC": str(rc), "TASKDATA": str(data)}


def _first_deadline(chunk: str) -> dt.date | None:
    """The end of a generated duty's first deadline window (what its task is due on)."""
    for raw in chunk.split("windows:\n", 1)[1].split("\n"):
        line = raw.strip()
        if not line.startswith("- "):
            continue
        w = json.loads(line[2:])
        if not w.startswith(("từ", "thường", "theo", "không")):
            return _window_end(w)
    return None


def _window_end(w: str) -> dt.date:
    import calendar

    words = w.split()
    year = int(w.rsplit("/", 1)[-1]) if "/" in w else int(words[-1])
    if w.startswith("quý"):
        q = {"I": 1, "II": 2, "III": 3, "IV": 4}[words[1].split("/")[0]]
        return dt.date(year, 3 * q, calendar.monthrange(year, 3 * q)[1])
    if w.startswith("tháng"):
        m = int(words[1].split("/")[0])
        return dt.date(year, m, calendar.monthrange(year, m)[1])
    if w.startswith("đầu tháng"):
        return dt.date(year, int(words[2].split("/")[0]), 10)
    return dt.date(year, 12, 31)  # năm YYYY


def progress_setup(plan: Path, folder: Path, files: int) -> str:
    """Copy ``plan`` into ``folder`` with ``files`` progress files beside it; its path.

    Each file holds what an analyst records: work started, a note, and for every
    other duty a completion with its evidence, in the layout ``nq42 record`` writes.
    """
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / "plan.yaml"
    shutil.copy(plan, target)
    progress = folder / "progress"
    progress.mkdir(exist_ok=True)
    text = plan.read_text(encoding="utf-8")
    ids = [c.split("\n", 1)[0] for c in text[text.index("\nduties:\n") :].split("  - id: ")[1:]]
    for i, duty in enumerate(ids[:files]):
        body = [
            f"# Progress of duty {duty} of Kế hoạch 19-KH/TW.",
            'plan: "19-KH/TW"',
            f'duty: "{duty}"',
            "records:",
            "  - event: started",
            '    date: "2024-01-10"',
            "  - event: note",
            '    date: "2024-02-01"',
            '    note: "Đã xây dựng dự thảo, đang lấy ý kiến các cơ quan liên quan"',
        ]
        if i % 2 == 0:
            body += [
                "  - event: done",
                '    date: "2024-03-01"',
                f'    evidence: "Văn bản số {i + 1}/BC ngày 01/3/2024"',
            ]
        (progress / f"{duty}.yaml").write_text("\n".join(body) + "\n", encoding="utf-8")
    return str(target)


def notes(count: int) -> str:
    """A progress file of IV.2.a holding ``count`` note records, as nq42 writes them."""
    head = (
        "# Progress of duty IV.2.a of Kế hoạch 19-KH/TW.\n"
        'plan: "19-KH/TW"\nduty: "IV.2.a"\nrecords:\n'
    )
    items = (
        f'  - event: note\n    date: "2024-{1 + i % 12:02d}-{1 + i % 28:02d}"\n'
        f'    note: "Báo cáo tiến độ lần {i + 1}"\n    by: "Lan"\n'
        for i in range(count)
    )
    return head + "".join(items)


def first_id(plan: Path) -> str:
    """The first duty id of a plan file (read as text: the plan may be large)."""
    with plan.open(encoding="utf-8") as fh:
        in_duties = False
        for line in fh:
            in_duties = in_duties or line.startswith("duties:")
            if in_duties and line.startswith("  - id: "):
                return line[8:].strip()
    raise SystemExit(f"{plan}: no duty")


def compile_package() -> None:
    """Write the bytecode of the nq42 package being measured, as pip does for a wheel.

    An editable install has no .pyc until a run writes it, and a run with
    PYTHONDONTWRITEBYTECODE never does: every run would then compile nq42 from source,
    while the baselines' packages (typer, PyYAML) come precompiled.
    """
    where = subprocess.run(
        [PY, "-c", "import nq42cli, os; print(os.path.dirname(nq42cli.__file__))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    subprocess.run([PY, "-m", "compileall", "-q", where], check=True, capture_output=True)


def importtime(argv: list[str], cache: Path, top: int = 8) -> list[tuple[int, str]]:
    """The ``top`` imports by cumulative time (microseconds) of one run."""
    env = {**os.environ, "NQ42_CACHE_DIR": str(cache)}
    # One run first, so the cache is warm and the profile shows a warm run.
    subprocess.run(argv, capture_output=True, env=env, check=False)
    env["PYTHONPROFILEIMPORTTIME"] = "1"
    err = subprocess.run(argv, capture_output=True, text=True, env=env, check=False).stderr
    rows = []
    for line in err.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cum, name = line.split("|")
        # Top-level imports only (one space of indent), so cumulative times do not overlap.
        if len(name) - len(name.lstrip(" ")) == 1:
            rows.append((int(cum), name.strip()))
    return sorted(rows, reverse=True)[:top]


def ms(seconds: float) -> str:
    """Seconds as a short millisecond figure."""
    return f"{seconds * 1000:,.0f}"


def ratio(a: Figure, b: Figure | None) -> str:
    """A's median time over B's, as ``0.00×``."""
    if b is None or not b.times or not a.times:
        return "-"
    return f"{a.median / b.median:.2f}×"


def main() -> None:  # noqa: PLR0915 - one linear script
    """Command-line entry point."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="bundled + 10,000 duties, 3 runs")
    parser.add_argument("--sizes", type=int, nargs="+", default=None)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument(
        "--out", type=Path, default=None, help="Markdown report (default: RESULTS.md)"
    )
    parser.add_argument("--json", type=Path, default=None, help="Also write every run's times")
    parser.add_argument(
        "--start-only", action="store_true", help="only the bundled plan's figures, no file"
    )
    args = parser.parse_args()
    sizes = args.sizes or ([10000] if args.quick else [10000, 100000])
    sizes = [] if args.start_only else sizes
    runs = args.runs or (3 if args.quick else 7)
    quick = args.quick or args.start_only
    out = args.out if args.out else (None if quick else HERE / "RESULTS.md")

    compile_package()
    LAUNCH.append(Launcher())
    work = Path(tempfile.mkdtemp(prefix="nq42-bench-"))
    print(f"work folder: {work}", file=sys.stderr)
    plans = {0: BUNDLED, **generate.write(work, sizes)}
    for path in plans.values():
        check = subprocess.run(
            [NQ42, "--no-cache", "validate", str(path)], capture_output=True, text=True, check=False
        )
        if check.returncode != 0:
            sys.exit(f"generated plan {path} is not valid:\n{check.stdout}{check.stderr}")
    (work / "floor_echo.py").write_text(FLOOR_ECHO)
    (work / "floor_table.py").write_text(FLOOR_TABLE)
    rows_json = work / "rows.json"
    rows_json.write_text(
        subprocess.run(
            [NQ42, "due", "-q", "2024Q1", "--as-of", AS_OF, "--plan", str(BUNDLED), "-f", "json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout,
        encoding="utf-8",
    )
    cache = work / "cache"

    # ---------------------------------------------------------------- start-up figures
    py_pass = Figure("python -c pass", [PY, "-c", "pass"])
    floor = Figure("typer floor (one line)", [PY, str(work / "floor_echo.py")])
    floor_t = Figure(
        "typer + Rich table floor (same rows)", [PY, str(work / "floor_table.py"), str(rows_json)]
    )
    bundled = str(BUNDLED)
    due = ["due", "-q", "2024Q1", "--as-of", AS_OF]
    helpf = Figure("nq42 --help", [NQ42, "--help"])
    b_json = Figure("due -q 2024Q1 -f json (warm)", [NQ42, *due, "--plan", bundled, "-f", "json"])
    b_table = Figure("due -q 2024Q1 (table, warm)", [NQ42, *due, "--plan", bundled])
    b_json_c = Figure(
        "due -q 2024Q1 -f json (cold)", [NQ42, *due, "--plan", bundled, "-f", "json"], before="cold"
    )
    b_nocache = Figure(
        "--no-cache due -q 2024Q1 -f json",
        [NQ42, "--no-cache", *due, "--plan", bundled, "-f", "json"],
    )
    b_validate = Figure("validate", [NQ42, "validate", bundled])
    b_status = Figure(
        "status (table)", [NQ42, "status", "--as-of", "2024-06-01", "--plan", bundled]
    )
    # Appending one record: to a file of 10,000 records, and to none (a fresh file).
    rec = work / "record"
    rec.mkdir()
    rec_plan = rec / "plan.yaml"
    shutil.copy(BUNDLED, rec_plan)
    full_text = notes(10000)

    def fresh() -> None:
        (rec / "empty" / "IV.2.a.yaml").unlink(missing_ok=True)

    def refill() -> None:
        (rec / "unseen").mkdir(exist_ok=True)
        (rec / "unseen" / "IV.2.a.yaml").write_text(full_text, encoding="utf-8")
        # What the last append learnt of this history goes too: this one reads it all.
        checked.forget(cache, rec / "unseen" / "IV.2.a.yaml")

    def record(folder: str) -> list[str]:
        return [NQ42, "record", "IV.2.a", "--note", "Ghi chú", "--on", "2024-06-01",
                "--plan", str(rec_plan), "--status", str(rec / folder)]  # fmt: skip

    (rec / "empty").mkdir()
    (rec / "full").mkdir()
    (rec / "full" / "IV.2.a.yaml").write_text(full_text, encoding="utf-8")
    rec_empty = Figure("record: append to an empty file", record("empty"), before=fresh)
    # Appends in a row, as an analyst makes them: each one to the file the last one wrote
    # (10,000 records and one more per run); and one to a history nq42 has not seen
    # (after a pull that changed it), read and checked in full.
    rec_full = Figure("record: append to 10,000 records", record("full"))
    rec_unseen = Figure(
        "record: append to 10,000 records not seen before", record("unseen"), before=refill
    )
    report_args = ["report", "--period", "2024H1", "--since", "2024-03-31"]
    b_report = Figure("report --period 2024H1 (table)", [NQ42, *report_args, "--plan", bundled])
    start_figs = [
        py_pass, floor, floor_t, helpf, b_json, b_table, b_json_c, b_nocache, b_validate,
        b_status, b_report, rec_empty, rec_unseen, rec_full,
    ]  # fmt: skip
    print("bundled plan: start-up figures", file=sys.stderr)
    measure(start_figs, runs, cache)

    # ---------------------------------------------------------------- scale figures
    scale: dict[int, dict[str, Figure]] = {}
    for n in sizes:
        plan = str(plans[n])
        load = f"yaml.load(open({plan!r}, 'rb'), Loader=yaml.CSafeLoader)"
        figs = {
            "csafe": Figure("CSafeLoader load (GC on)", [PY, "-c", f"import yaml; {load}"]),
            "csafe_nogc": Figure(
                "CSafeLoader load (GC off, as nq42 runs)",
                [PY, "-c", f"import gc, yaml; gc.disable(); {load}"],
            ),
            "json_warm": Figure("due json warm", [NQ42, *due, "--plan", plan, "-f", "json"]),
            "table_warm": Figure("due table warm", [NQ42, *due, "--plan", plan]),
            "json_cold": Figure(
                "due json cold", [NQ42, *due, "--plan", plan, "-f", "json"], before="cold"
            ),
            "validate": Figure("validate (cold)", [NQ42, "validate", plan]),
            "status": Figure(
                "status -f json", [NQ42, "status", "--as-of", "2024-06-01", "--plan", plan,
                                   "-f", "json"],
            ),
            "history": Figure(
                "history (table)",
                [NQ42, "history", first_id(plans[n]), "--as-of", "2024-06-01", "--plan", plan],
            ),
        }  # fmt: skip
        if n == 10000:
            # Long listings: every duty, as a table and as JSON (the same 10,000 rows).
            listing = [NQ42, "list", "--as-of", "2024-06-01", "--plan", plan]
            figs["list_json"] = Figure("list: 10,000 rows as JSON", [*listing, "-f", "json"])
            # The terminal table draws at most 1,000 of them (render.table.MAX_ROWS).
            figs["list_table"] = Figure("list: 10,000 rows as a table", listing)
            # The same plan with 2,000 progress files beside it.
            with_progress = progress_setup(plans[n], work / "with-progress", 2000)
            figs["json_warm_p"] = Figure(
                "due json warm, 2,000 progress files",
                [NQ42, *due, "--plan", with_progress, "-f", "json"],
            )
            figs["validate_p"] = Figure(
                "validate, 2,000 progress files", [NQ42, "validate", "--plan", with_progress]
            )
            figs["status_p"] = Figure(
                "status -f json, 2,000 progress files",
                [NQ42, "status", "--as-of", "2024-06-01", "--plan", with_progress, "-f", "json"],
            )
            figs["history_p"] = Figure(
                "history (table), 2,000 progress files",
                [NQ42, "history", first_id(plans[n]), "--as-of", "2024-06-01",
                 "--plan", with_progress],
            )  # fmt: skip
            # The periodic report's files, against `status -f json` at the same size.
            for fmt in ("xlsx", "docx"):
                figs[f"report_{fmt}"] = Figure(
                    f"report -f {fmt}",
                    [NQ42, *report_args, "-f", fmt, "-o", str(work / f"report.{fmt}"),
                     "--force", "--plan", plan],
                )  # fmt: skip
        env = taskwarrior_setup(plans[n], n, work)
        if env is not None:
            figs["task"] = Figure(
                "task export (same question)",
                ["task", "due.after:2023-12-31", "due.before:2024-04-01", "export"],
                env=env,
            )
        # The bundled plan again, alternated with this size's runs, so that the ratio of
        # the two is taken under the same conditions.
        figs["bundled_json_warm"] = Figure(
            "bundled plan: due json warm", [NQ42, *due, "--plan", bundled, "-f", "json"]
        )
        if n >= 100000:
            for key in ("csafe", "csafe_nogc", "json_cold", "validate"):
                figs[key].max_runs = SLOW_RUNS
        print(f"{n:,} duties: {runs} runs ({SLOW_RUNS} for slow ones at 100,000)", file=sys.stderr)
        measure(list(figs.values()), runs, cache)
        scale[n] = figs

    imports = {
        "nq42 --help": importtime([NQ42, "--help"], cache),
        "due -f json (warm)": importtime([NQ42, *due, "--plan", bundled, "-f", "json"], cache),
        "due (table, warm)": importtime([NQ42, *due, "--plan", bundled], cache),
        "validate": importtime([NQ42, "validate", bundled], cache),
    }

    report = render(runs, sizes, start_figs, scale, imports)
    print(report)
    if out is not None:
        # The hand-written "## Notes" section (why a budget is missed) survives re-runs.
        previous = out.read_text(encoding="utf-8") if out.exists() else ""
        if "\n## Notes" in previous:
            report += previous[previous.index("\n## Notes") :]
        out.write_text(report, encoding="utf-8")
        print(f"written: {out}", file=sys.stderr)
    if args.json:
        args.json.write_text(json.dumps(_raw(start_figs, scale), indent=1), encoding="utf-8")
    shutil.rmtree(work, ignore_errors=True)


def _raw(start: list[Figure], scale: dict[int, dict[str, Figure]]) -> dict[str, object]:
    """Every figure's times by round (for a before/after comparison of two runs)."""
    out: dict[str, object] = {f"0 {f.name}": f.rounds for f in start}
    for n, figs in scale.items():
        out.update({f"{n} {f.name}": f.rounds for f in figs.values()})
    return out


def paired(a: Figure | None, b: Figure | None) -> tuple[float, float, float] | None:
    """A's time over B's: the ratio of medians, and the min-max of the per-round ratios.

    Both were run once in each round, one after the other, so a round's ratio is taken
    under the same conditions; its spread is the honest error bar of the median ratio.
    """
    if a is None or b is None or not a.times or not b.times:
        return None
    rounds = [a.rounds[r] / b.rounds[r] for r in a.rounds if r in b.rounds]
    med = a.median / b.median
    return med, min(rounds, default=med), max(rounds, default=med)


def render(  # noqa: PLR0915 - one linear report
    runs: int,
    sizes: list[int],
    start_figs: list[Figure],
    scale: dict[int, dict[str, Figure]],
    imports: dict[str, list[tuple[int, str]]],
) -> str:
    """The Markdown report."""
    py_pass, floor, floor_t, _, b_json, b_table = start_figs[:6]
    by_name = {f.name: f for f in start_figs}
    task_v = subprocess.run(["task", "--version"], capture_output=True, text=True, check=False)
    lines = [
        "# nq42 benchmarks",
        "",
        f"- Date: {dt.datetime.now(dt.UTC):%Y-%m-%d %H:%M} UTC",
        f"- Machine: {platform.machine()}, {os.cpu_count()} CPUs, {platform.platform()}",
        f"- Python {platform.python_version()}; "
        + ", ".join(f"{m} {_version(m)}" for m in ("typer", "rich", "pydantic", "PyYAML")),
        "- Taskwarrior: "
        + (task_v.stdout.strip() if shutil.which("task") else "not installed (figures omitted)"),
        f"- Reproduce: `python benchmarks/run.py` (warm-up, then {runs} alternated rounds;"
        f" {SLOW_RUNS} for the cold and CSafeLoader figures at 100,000 duties)",
        "- Times are medians of whole processes in ms (min-max); ratios are of medians, with",
        "  the min-max of the per-round ratios. cold = empty cache folder; warm = the index of",
        "  that plan is in the cache. nq42's bytecode is compiled before the run.",
        "",
        "## Start-up, bundled plan (26 duties)",
        "",
        "| command | median ms | spread | × python -c pass | × typer floor | peak MB |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for f in start_figs:
        lines.append(
            f"| {f.name} | {ms(f.median)} | {f.spread()} | {ratio(f, py_pass)} | {ratio(f, floor)} "
            f"| {f.peak / 1024:.0f} |"
            if not f.failed
            else f"| {f.name} | failed: {f.failed} | | | | |"
        )
    lines += [
        "",
        "## At scale",
        "",
        "| duties | command | median ms | spread | × CSafeLoader (GC on) | × Taskwarrior "
        "| peak MB | memory × CSafeLoader |",
        "|---:|---|---:|---:|---:|---:|---:|---:|",
    ]
    for n in sizes:
        figs = scale[n]
        cs, task = figs["csafe"], figs.get("task")
        for f in figs.values():
            if f.failed:
                lines.append(f"| {n:,} | {f.name} | failed: {f.failed} | | | | | |")
                continue
            mem = f"{f.peak / cs.peak:.2f}×" if cs.peak else "-"
            lines.append(
                f"| {n:,} | {f.name} | {ms(f.median)} | {f.spread()} | {ratio(f, cs)} "
                f"| {ratio(f, task)} | {f.peak / 1024:.0f} | {mem} |"
            )
    lines += [
        "",
        "## Budgets",
        "",
        "| budget | ratio (per-round min-max) | limit | |",
        "|---|---:|---:|---|",
    ]

    def budget(name: str, a: Figure | None, b: Figure | None, limit: float) -> None:
        found = paired(a, b)
        if found is None:
            lines.append(f"| {name} | not measured | {limit} | - |")
            return
        med, low, high = found
        verdict = "met" if med <= limit else "**NOT met**"
        lines.append(f"| {name} | {med:.2f} ({low:.2f}-{high:.2f}) | {limit} | {verdict} |")

    def memory(name: str, a: Figure | None, b: Figure | None, limit: float) -> None:
        if a is None or b is None or not a.peak or not b.peak:
            lines.append(f"| {name} | not measured | {limit} | - |")
            return
        value = a.peak / b.peak
        verdict = "met" if value <= limit else "**NOT met**"
        lines.append(f"| {name} | {value:.2f} (peak RSS) | {limit} | {verdict} |")

    budget("bundled warm `due -f json` ≤ 6× `python -c pass`", b_json, py_pass, 6.0)
    budget("bundled warm `due -f json` ≤ 1.3× typer floor (issue 5)", b_json, floor, 1.3)
    budget("bundled warm `due` table ≤ 1.3× typer+Rich floor (issue 5)", b_table, floor_t, 1.3)
    budget(
        "bundled `report` (table) ≤ 1.5× `status` (table)",
        by_name.get("report --period 2024H1 (table)"),
        by_name.get("status (table)"),
        1.5,
    )
    budget(
        "`record`: append to 10,000 records ≤ 1.5× append to an empty file",
        by_name.get("record: append to 10,000 records"),
        by_name.get("record: append to an empty file"),
        1.5,
    )
    budget(
        "`record`: the same, a history not seen before ≤ 1.5× an empty file",
        by_name.get("record: append to 10,000 records not seen before"),
        by_name.get("record: append to an empty file"),
        1.5,
    )
    if 10000 in scale:
        at = scale[10000]
        budget("10,000 warm `due -f json` ≤ 1.0× Taskwarrior", at["json_warm"], at.get("task"), 1.0)
        budget(
            "10,000 + 2,000 progress files: warm `due` ≤ 1.3× without",
            at["json_warm_p"],
            at["json_warm"],
            1.3,
        )
        budget("table of 10,000 rows ≤ 2× JSON of them", at["list_table"], at["list_json"], 2)
        for fmt in ("xlsx", "docx"):
            budget(
                f"10,000 `report -f {fmt}` ≤ 3× `status -f json`",
                at.get(f"report_{fmt}"),
                at["status"],
                3.0,
            )
    if 100000 in scale:
        at = scale[100000]
        budget(
            "100,000 warm `due -f json` ≤ 0.3× Taskwarrior", at["json_warm"], at.get("task"), 0.3
        )
        budget("100,000 `status -f json` ≤ 2× warm `due -f json`", at["status"], at["json_warm"], 2)
        budget("100,000 `history` ≤ 2× warm `due -f json`", at["history"], at["json_warm"], 2)
        budget(
            "100,000 warm `due -f json` ≤ 1.5× bundled (issue 5)",
            at["json_warm"],
            at["bundled_json_warm"],
            1.5,
        )
        budget(
            "100,000 cold `validate` ≤ 0.6× CSafeLoader, GC on", at["validate"], at["csafe"], 0.6
        )
        budget(
            "100,000 cold `validate` ≤ 0.6× CSafeLoader, GC off",
            at["validate"],
            at["csafe_nogc"],
            0.6,
        )
        memory(
            "100,000 cold `validate` memory ≤ 0.6× CSafeLoader", at["validate"], at["csafe"], 0.6
        )
    lines += ["", "## Imports (`python -X importtime`, top-level, cumulative ms)", ""]
    for name, rows in imports.items():
        top = ", ".join(f"{mod} {us / 1000:.0f}" for us, mod in rows)
        lines.append(f"- `{name}`: {top}")
    return "\n".join(lines) + "\n"


def _version(dist: str) -> str:
    from importlib.metadata import version

    return version(dist)


if __name__ == "__main__":
    main()
