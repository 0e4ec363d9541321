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
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

import generate  # noqa: E402 - the generator lives next to this file

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
    """Timings (seconds) and peak memory (KB) of one command."""

    name: str
    argv: list[str]
    env: dict[str, str] = field(default_factory=dict)
    before: str | None = None  # "cold": empty the cache folder before each run
    max_runs: int | None = None  # slow commands (seconds each) take fewer runs
    times: list[float] = field(default_factory=list)
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
        return f"{min(self.times) * 1000:.0f}-{max(self.times) * 1000:.0f}"


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


def run_once(fig: Figure, cache: Path) -> None:
    """Run the command once; record wall time and peak RSS, or the failure."""
    if fig.before == "cold":
        # Cold runs get a folder of their own, emptied each time, so that they never
        # take away the indexes the warm runs are measured with.
        cache = cache.parent / "cold-cache"
        shutil.rmtree(cache, ignore_errors=True)
    env = {**os.environ, "NQ42_CACHE_DIR": str(cache), "COLUMNS": "100", **fig.env}
    res = LAUNCH[0].run(fig.argv, env)
    if res["code"] != 0:
        fig.failed = f"exit {res['code']}: {str(res['err']).strip()[:200]}"
        return
    fig.times.append(float(str(res["elapsed"])))
    fig.rss.append(int(str(res["rss"])))


def measure(figs: Sequence[Figure], runs: int, cache: Path, log: bool = True) -> None:
    """Warm up every command once, then run them ``runs`` times in alternated rounds."""
    for fig in figs:
        run_once(fig, cache)
        fig.times.clear()
        fig.rss.clear()
    for r in range(runs):
        for fig in figs:
            if fig.failed is None and (fig.max_runs is None or len(fig.times) < fig.max_runs):
                run_once(fig, cache)
        if log:
            print(f"  round {r + 1}/{runs} done", file=sys.stderr)


def taskwarrior_setup(plan: Path, n: int, root: Path) -> dict[str, str] | None:
    """A Taskwarrior data folder holding the plan's duties as tasks (due = first deadline)."""
    task = shutil.which("task")
    if task is None:
        return None
    out = subprocess.run(
        [NQ42, "--no-cache", "list", "--plan", str(plan), "-f", "json"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    tasks = []
    for i, rec in enumerate(json.loads(out)):
        t = {"description": rec["text"][:200], "status": "pending", "entry": "20231127T000000Z"}
        t["uuid"] = f"00000000-0000-4000-8000-{i:012d}"
        deadlines = [w["end"] for w in rec["windows"] if w["kind"] == "deadline"]
        if deadlines:
            t["due"] = deadlines[0].replace("-", "") + "T000000Z"
        tasks.append(t)
    data = root / f"task-{n}"
    data.mkdir(parents=True, exist_ok=True)
    rc = root / f"taskrc-{n}"
    rc.write_text(f"data.location={data}\nconfirmation=off\nverbose=nothing\nhooks=off\n")
    env = {"TASKRC": str(rc), "TASKDATA": str(data)}
    src = root / f"tasks-{n}.json"
    src.write_text(json.dumps(tasks), encoding="utf-8")
    subprocess.run(
        [task, "import", str(src)], check=True, env={**os.environ, **env}, capture_output=True
    )
    return env


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
    parser.add_argument("--quick", action="store_true", help="bundled + 1,000 duties, 3 runs")
    parser.add_argument("--sizes", type=int, nargs="+", default=None)
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument(
        "--out", type=Path, default=None, help="Markdown report (default: RESULTS.md)"
    )
    args = parser.parse_args()
    sizes = args.sizes or ([1000] if args.quick else [1000, 10000, 100000])
    runs = args.runs or (3 if args.quick else 7)
    out = args.out if args.out else (None if args.quick else HERE / "RESULTS.md")

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
    b_table_c = Figure(
        "due -q 2024Q1 (table, cold)", [NQ42, *due, "--plan", bundled], before="cold"
    )
    b_nocache = Figure(
        "--no-cache due -q 2024Q1 -f json",
        [NQ42, "--no-cache", *due, "--plan", bundled, "-f", "json"],
    )
    b_validate = Figure("validate", [NQ42, "validate", bundled])
    b_overdue = Figure(
        "overdue -f json (warm)",
        [NQ42, "overdue", "--as-of", "2024-06-01", "--plan", bundled, "-f", "json"],
    )
    b_status = Figure(
        "status (table)", [NQ42, "status", "--as-of", "2024-06-01", "--plan", bundled]
    )
    xlsx_out = str(work / "status.xlsx")
    b_xlsx = Figure(
        "export status -f xlsx",
        [NQ42, "export", "status", "-f", "xlsx", "-o", xlsx_out, "--force", "--as-of",
         "2024-06-01", "--plan", bundled],
    )  # fmt: skip
    report_args = ["report", "--period", "2024H1", "--since", "2024-03-31"]
    b_report = Figure("report --period 2024H1 (table)", [NQ42, *report_args, "--plan", bundled])
    start_figs = [
        py_pass, floor, floor_t, helpf, b_json, b_table, b_json_c, b_table_c, b_nocache,
        b_validate, b_overdue, b_status, b_report, b_xlsx,
    ]  # fmt: skip
    print("bundled plan: start-up figures", file=sys.stderr)
    measure(start_figs, runs, cache)

    # ---------------------------------------------------------------- scale figures
    scale: dict[int, dict[str, Figure]] = {}
    for n in sizes:
        plan = str(plans[n])
        figs = {
            "csafe": Figure(
                "CSafeLoader load",
                [
                    PY,
                    "-c",
                    f"import yaml; yaml.load(open({plan!r}, 'rb'), Loader=yaml.CSafeLoader)",
                ],
            ),
            "json_warm": Figure("due json warm", [NQ42, *due, "--plan", plan, "-f", "json"]),
            "table_warm": Figure("due table warm", [NQ42, *due, "--plan", plan]),
            "overdue_warm": Figure(
                "overdue json warm",
                [NQ42, "overdue", "--as-of", "2024-06-01", "--plan", plan, "-f", "json"],
            ),
            "json_cold": Figure(
                "due json cold", [NQ42, *due, "--plan", plan, "-f", "json"], before="cold"
            ),
            "table_cold": Figure("due table cold", [NQ42, *due, "--plan", plan], before="cold"),
            "validate": Figure("validate (cold)", [NQ42, "validate", plan]),
            "status": Figure(
                "status -f json", [NQ42, "status", "--as-of", "2024-06-01", "--plan", plan,
                                   "-f", "json"],
            ),
        }  # fmt: skip
        # openpyxl writes ~10,000 rows a second: at 100,000 one run is minutes, left out.
        if n <= 10000:
            figs["xlsx"] = Figure(
                "export status -f xlsx",
                [NQ42, "export", "status", "-f", "xlsx", "-o", xlsx_out, "--force",
                 "--as-of", "2024-06-01", "--plan", plan],
            )  # fmt: skip
            # The periodic report's files, against `status -f json` at the same size.
            for fmt in ("xlsx", "docx"):
                figs[f"report_{fmt}"] = Figure(
                    f"report -f {fmt}",
                    [NQ42, *report_args, "-f", fmt, "-o", str(work / f"report.{fmt}"),
                     "--force", "--plan", plan],
                )  # fmt: skip
        env = taskwarrior_setup(plans[n], n, work) if n <= 10000 else None
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
            for key in ("csafe", "json_cold", "table_cold", "validate", "status"):
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

    report = render(
        runs,
        sizes,
        start_figs,
        (py_pass, floor, floor_t, b_json, b_table),
        scale,
        imports,
        (b_report, b_status),
    )
    print(report)
    if out is not None:
        # The hand-written "## Notes" section (why a budget is missed) survives re-runs.
        previous = out.read_text(encoding="utf-8") if out.exists() else ""
        if "\n## Notes" in previous:
            report += previous[previous.index("\n## Notes") :]
        out.write_text(report, encoding="utf-8")
        print(f"written: {out}", file=sys.stderr)
    shutil.rmtree(work, ignore_errors=True)


def render(
    runs: int,
    sizes: list[int],
    start_figs: list[Figure],
    base: tuple[Figure, Figure, Figure, Figure, Figure],
    scale: dict[int, dict[str, Figure]],
    imports: dict[str, list[tuple[int, str]]],
    reports: tuple[Figure, Figure],
) -> str:
    """The Markdown report."""
    py_pass, floor, floor_t, b_json, b_table = base
    quick = " --quick" if runs == 3 and sizes == [1000] else ""
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
        f"- Reproduce: `python benchmarks/run.py{quick}`"
        f" (warm-up, then {runs} alternated runs; {SLOW_RUNS} for the cold and CSafeLoader"
        " figures at 100,000 duties)",
        "- Times are medians of whole processes in ms (min-max); ratios are of medians.",
        "  cold = empty cache folder; warm = the index of that plan is in the cache.",
        "",
        "## Start-up, bundled plan (26 duties)",
        "",
        "| command | median ms | spread | × python -c pass | × typer floor | × table floor "
        "| peak MB |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for f in start_figs:
        lines.append(
            f"| {f.name} | {ms(f.median)} | {f.spread()} | {ratio(f, py_pass)} | {ratio(f, floor)} "
            f"| {ratio(f, floor_t)} | {f.peak / 1024:.0f} |"
            if not f.failed
            else f"| {f.name} | failed: {f.failed} | | | | | |"
        )
    lines += [
        "",
        "## At scale",
        "",
        "| duties | command | median ms | spread | × CSafeLoader | × Taskwarrior | peak MB | "
        "memory × CSafeLoader |",
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
        if task is None:
            lines.append(
                f"| {n:,} | Taskwarrior | not measured at this size / not installed | | | | | |"
            )
    lines += ["", "## Budgets", "", "| budget | figure | met |", "|---|---|---|"]

    def budget(name: str, value: float, limit: float, how: str) -> None:
        ok = value <= limit  # NaN (a missing figure) compares False
        lines.append(
            f"| {name} | {how} = {value:.2f} (limit {limit}) | {'met' if ok else 'NOT met'} |"
        )

    budget("bundled `due -f json` ≤ 1.3× typer floor", b_json.median / floor.median, 1.3, "ratio")
    b_report, b_status = reports
    budget(
        "bundled `report` (table) ≤ 1.5× `status` (table)",
        b_report.median / b_status.median,
        1.5,
        "ratio",
    )
    if 10000 in scale and "report_xlsx" in scale[10000]:
        f = scale[10000]
        for fmt in ("xlsx", "docx"):
            budget(
                f"10,000 `report -f {fmt}` ≤ 3× `status -f json`",
                f[f"report_{fmt}"].median / f["status"].median,
                3.0,
                "ratio",
            )
    budget(
        "bundled `due` table ≤ 1.3× typer+Rich floor", b_table.median / floor_t.median, 1.3, "ratio"
    )
    if 10000 in scale and "task" in scale[10000]:
        f = scale[10000]
        budget(
            "10,000 warm `due -f json` faster than `task … export`",
            f["json_warm"].median / f["task"].median,
            1.0,
            "ratio",
        )
    if 100000 in scale:
        f = scale[100000]
        budget(
            "100,000 warm `due -f json` ≤ 1.5× bundled (alternated in one phase)",
            f["json_warm"].median / f["bundled_json_warm"].median,
            1.5,
            "ratio",
        )
        budget(
            "100,000 cold `validate` time ≤ 0.6× CSafeLoader",
            f["validate"].median / f["csafe"].median,
            0.6,
            "ratio",
        )
        budget(
            "100,000 cold `validate` memory ≤ 0.6× CSafeLoader",
            f["validate"].peak / f["csafe"].peak,
            0.6,
            "ratio",
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
