"""A 20 MB bulletin archive is read item by item in bounded memory, with progress on stderr.

The tokenizer-only model (``RESEAU_MODEL=blank:fr``) keeps this test to a couple of
minutes; the path through reading, splitting, batching and resolution is the same.
"""

from __future__ import annotations

import json
import os
import subprocess
import time

from tests.conftest import RESEAU, ROOT

TWENTY_MB = 20 * 1024 * 1024
MAX_RSS_MB = 1500  # the whole text in one spaCy Doc would take several GB


def _high_water_mb(pid: int) -> float:
    """The process's own peak resident memory (VmHWM), 0 once it is gone. The rusage of a
    child would not do: it starts from the test process's own size, copied at the fork."""
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0.0


def test_twenty_megabytes_in_bounded_memory_with_progress(tmp_path):
    sample = (ROOT / "examples" / "bulletin-apu-2023-10.txt").read_text(encoding="utf-8")
    path = tmp_path / "archive.txt"
    with path.open("w", encoding="utf-8") as out:
        written = 0
        while written < TWENTY_MB:
            out.write(sample + "\n")
            written += len(sample.encode()) + 1
    output = tmp_path / "out.jsonl"
    env = {**os.environ, "RESEAU_MODEL": "blank:fr"}
    with output.open("wb") as stdout, (tmp_path / "err.txt").open("wb") as stderr:
        run = subprocess.Popen([str(RESEAU), "extract", str(path), "--published", "2023-10-31", "--format", "jsonl"],
                               stdout=stdout, stderr=stderr, env=env)
        peak_mb = 0.0
        while run.poll() is None:
            peak_mb = max(peak_mb, _high_water_mb(run.pid))
            time.sleep(0.2)
    err = (tmp_path / "err.txt").read_text(encoding="utf-8", errors="replace")
    assert run.returncode == 0, err[-2000:]
    assert "Traceback" not in err
    assert "Extraction de archive.txt : 50 %" in err and "100 %" in err
    assert 0 < peak_mb < MAX_RSS_MB, f"peak memory {peak_mb:.0f} MB"
    with output.open(encoding="utf-8") as f:
        data = json.loads(f.readline())
    assert len(data["items"]) > 5000
    assert any(o["acronym"] == "APU" for o in data["organizations"])
