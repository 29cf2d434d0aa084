"""Entity recognition alone on the own texts the trained recogniser never saw (own-ae*, own-af*).

    PYTHONPATH=. .venv/bin/python benchmarks/ner_heldout.py [--ner stock|trained|DIR ...]

The reference is what scripts/train_ner.py would have projected from those texts' gold
files: every occurrence of a person's name or surname (PER) and of an organization's
name, acronym or alias (ORG). A predicted ORG or PER counts when its span is exactly one of
them. The gold lists every organization and person the guidelines count, so a predicted
span outside it is mostly a fragment; the figure is a comparison of recognisers, not an
absolute measure.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from scripts.train_ner import gold_surfaces, heldout_files, item_texts, load_base, project  # noqa: E402

LABELS = ("ORG", "PER")


def counts(nlp, files: list[Path]) -> Counter:
    """True positives, false positives and false negatives per label."""
    tally: Counter = Counter()
    for gold_file in files:
        surfaces = gold_surfaces(json.loads(gold_file.read_text(encoding="utf-8")))
        for text in item_texts(gold_file, nlp.vocab.has_vector):
            doc = nlp(text)
            gold = {(s, e, label) for s, e, label in project(text, surfaces)
                    if doc.char_span(s, e) is not None}
            pred = {(e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in LABELS}
            for label in LABELS:
                g = {s for s in gold if s[2] == label}
                p = {s for s in pred if s[2] == label}
                tally[label, "tp"] += len(g & p)
                tally[label, "fp"] += len(p - g)
                tally[label, "fn"] += len(g - p)
    return tally


def show(name: str, tally: Counter) -> None:
    """One line per label: precision, recall, F1 and the counts."""
    for label in LABELS:
        tp, fp, fn = (tally[label, k] for k in ("tp", "fp", "fn"))
        p = tp / (tp + fp) if tp + fp else 0.0
        r = tp / (tp + fn) if tp + fn else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{name:10} {label}  P {p:.2f}  R {r:.2f}  F1 {f:.2f}   tp {tp} fp {fp} fn {fn}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--ner", nargs="+", default=["stock", "trained"],
                        help='recognisers to compare: "stock", "trained" or folders saved by scripts/train_ner.py')
    args = parser.parse_args()
    from reseau.extract.pipeline import use_ner

    files = heldout_files()
    for choice in args.ner:
        nlp = load_base()
        use_ner(nlp, choice)
        show(choice if len(choice) <= 10 else Path(choice).name, counts(nlp, files))


if __name__ == "__main__":
    main()
