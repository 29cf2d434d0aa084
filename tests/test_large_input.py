"""A large bulletin archive is read item by item in bounded memory, with progress on stderr.

The suite runs a 2 MB archive with the tokenizer-only model (``RESEAU_MODEL=blank:fr``):
the path through reading, splitting, batching, rules and resolution is the same as for
the 20 MB archive of ``benchmarks/large_input.py``, which takes minutes and is measured
there.
"""

from __future__ import annotations

from benchmarks.large_input import extract_archive, write_archive

TWO_MB = 2 * 1024 * 1024
MAX_RSS_MB = 600  # 0.2 GB measured (benchmarks/large_input.py --megabytes 2); the 20 MB run peaks near 0.55 GB


def test_a_large_archive_in_bounded_memory_with_progress(tmp_path):
    path = tmp_path / "archive.txt"
    write_archive(path, TWO_MB)
    run = extract_archive(path, tmp_path)
    assert run.returncode == 0, run.stderr[-2000:]
    assert "Traceback" not in run.stderr
    assert "Extraction de archive.txt : 50 %" in run.stderr and "100 %" in run.stderr
    assert 0 < run.peak_mb < MAX_RSS_MB, f"peak memory {run.peak_mb:.0f} MB"
    assert len(run.first_line["items"]) > 500
    assert any(o["acronym"] == "APU" for o in run.first_line["organizations"])
