"""How long a register command takes as a whole process, on a small register.

Builds a register from the example bulletins (once, with the real model), then runs
``reseau stats`` (or the command given) ten times and prints the median, fastest and
slowest wall time. The bar of issue 10 is a median under 0.5 s.

    python benchmarks/cli_startup.py [--runs 10] [--database PATH] [-- COMMAND ARGS...]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESEAU = Path(sys.executable).with_name("reseau")


def build(database: Path) -> None:
    """A small register: the example bulletins, ingested by the real command."""
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{database}"}
    examples = sorted(str(p) for p in (ROOT / "examples").iterdir() if p.suffix in (".txt", ".md", ".html"))
    subprocess.run([str(RESEAU), "ingest", *examples], env=env, check=True, capture_output=True)


def timed(command: list[str], database: Path, runs: int) -> tuple[list[float], list[float]]:
    """Wall times and CPU times (user + system) of ``runs`` whole runs of a command, in seconds.

    CPU time is printed too because wall time on a shared machine also counts the other
    processes' turns."""
    env = {**os.environ, "RESEAU_DATABASE_URL": f"sqlite:///{database}"}
    wall, cpu = [], []
    for _ in range(runs):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        start = time.perf_counter()
        subprocess.run([str(RESEAU), *command], env=env, check=True, stdout=subprocess.DEVNULL)
        wall.append(time.perf_counter() - start)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return wall, cpu


def main() -> None:
    """Print the median, fastest and slowest run of a register command."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--database", type=Path, help="a register to reuse (built from the examples if missing)")
    parser.add_argument("command", nargs="*", default=["stats"])
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        database = args.database or Path(folder) / "reseau.db"
        if not database.exists():
            build(database)
        timed(args.command, database, 1)  # the first run fills the OS cache and writes .pyc files
        wall, cpu = timed(args.command, database, args.runs)
    print(f"reseau {' '.join(args.command)}: median {statistics.median(wall):.3f} s, "
          f"fastest {min(wall):.3f} s, slowest {max(wall):.3f} s ({args.runs} runs); "
          f"CPU time median {statistics.median(cpu):.3f} s; load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
