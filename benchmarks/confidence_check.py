"""Does ``confidence`` separate right records from wrong ones? Organizations and people of
the development texts, by band of confidence: how many were found and how many of those
the gold holds.

    .venv/bin/python -m benchmarks.confidence_check [--eval-dir DIR]

Prints, per kind and band, the count and the share that is right; a useful confidence has
that share rise with the band.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from benchmarks.score_dev import EVAL, load_scorer, predictions

BANDS = [(0.0, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--eval-dir", type=Path, default=EVAL, help="folder with texts/ and gold/ (default ../shared/eval)")
    args = parser.parse_args()
    score = load_scorer()
    tally = {kind: {band: [0, 0] for band in BANDS} for kind in ("organizations", "people")}
    for gold_data, pred in predictions(sorted((args.eval_dir / "gold").glob("*.json")), args.eval_dir / "texts"):
        gold = score.Gold(gold_data)
        for org in pred["organizations"]:
            right = gold.org_id(org["name"], org.get("acronym"), *(org.get("aliases") or [])) is not None
            _count(tally["organizations"], org["confidence"], right)
        for person in pred["people"]:
            _count(tally["people"], person["confidence"], score.person_key(person["name"]) in gold.people)
    for kind, bands in tally.items():
        for (low, high), (found, right) in bands.items():
            share = f"{right / found:.2f}" if found else "—"
            print(f"{kind:14} [{low:.1f}, {min(high, 1.0):.1f})  found {found:4}  right {share}")


def _count(bands: dict, confidence: float, right: bool) -> None:
    for low, high in bands:
        if low <= confidence < high:
            bands[(low, high)][0] += 1
            bands[(low, high)][1] += right


if __name__ == "__main__":
    main()
