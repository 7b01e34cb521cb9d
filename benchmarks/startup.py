"""Time how long ``newsevents --help`` and other light commands take to start, as a user sees it.

Usage (from the repository root)::

    .venv/bin/python benchmarks/startup.py [--runs 7] [--json OUT]

Each command runs in a fresh subprocess (``python -c "from newsevents.cli import main; main()" ...``,
the same code path as the installed ``newsevents`` script), so the figure includes the interpreter's
start and every import the command needs. One warm-up run first (file-system caches), then the median
wall and CPU time of ``--runs`` runs, in seconds. Target: < 0.5 s for ``--help``, each command's ``--help``
and ``events`` / ``stats`` on a small database (timed here on an empty one).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parent.parent / "src"
COMMANDS = (["--help"], ["events", "--help"], ["ingest", "--help"], ["export", "--help"], ["--version"])


def timed(cmd: list[str], runs: int, env: dict[str, str] | None = None) -> tuple[float, float]:
    """Median wall and CPU (user + system) seconds of ``cmd`` over ``runs`` runs, after one warm-up run.

    CPU time is reported besides wall time because on a loaded machine the wall time mostly measures
    the other processes; the CPU time is what the imports cost.
    """
    walls, cpus = [], []
    for i in range(runs + 1):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        wall = time.perf_counter() - start
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        if i:  # the first run only warms the file-system caches
            walls.append(wall)
            cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus)


def newsevents_time(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of ``newsevents ARGS`` (this checkout's sources first on the path)."""
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    return timed([sys.executable, "-c", "from newsevents.cli import main; main()", *args], runs, env)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="Timed runs per command (median reported).")
    parser.add_argument("--json", type=Path, default=None, help="Also write the figures to this JSON file.")
    args = parser.parse_args()
    figures = {"python -c pass": timed([sys.executable, "-c", "pass"], args.runs)}
    figures.update({"newsevents " + " ".join(c): newsevents_time(c, args.runs) for c in COMMANDS})
    with tempfile.TemporaryDirectory() as tmp:  # the database commands, on an empty database
        db = str(Path(tmp) / "empty.db")
        make = f"import sys; sys.path.insert(0, {str(SRC)!r}); import newsevents.store as s; s.Store({db!r}).close()"
        subprocess.run([sys.executable, "-c", make], check=True)
        for command in (["events", "--db", db], ["stats", "--db", db, "--json"]):
            figures[f"newsevents {command[0]} (empty db)"] = newsevents_time(command, args.runs)
    print(f"{'command':28s} {'wall':>7s} {'cpu':>7s}   (median of {args.runs} runs, seconds)")
    for label, (wall, cpu) in figures.items():
        print(f"{label:28s} {wall:7.3f} {cpu:7.3f}")
    if args.json:
        doc = {label: {"wall_s": wall, "cpu_s": cpu} for label, (wall, cpu) in figures.items()}
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
