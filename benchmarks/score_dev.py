"""The development score of ../shared/eval in one process (the model loads once).

    .venv/bin/python benchmarks/score_dev.py [-v] [--only T-A01,T-B0] [--skip T-C] [--per-text] [--eval-dir DIR] [--ner stock|trained|DIR]

Reads each gold file's text as `reseau extract` does, extracts it with its publication
date and scores it with ../shared/eval/score.py's own functions, so the figure is the
one `score.py --run 'reseau extract …'` prints, in a fraction of the time. ``--only`` and
``--skip`` take prefixes of gold file names: keep some texts unopened and watch their
score apart, as an estimate of texts never seen.
"""

from __future__ import annotations

import argparse
import importlib.util
import io
import json
import os
import sys
from contextlib import redirect_stdout
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"


def load_scorer():
    """The module ../shared/eval/score.py."""
    spec = importlib.util.spec_from_file_location("score", EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["score"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def predictions(gold_files: list[Path], texts: Path | None = None) -> list[tuple[dict, dict]]:
    """(gold, prediction) for each gold file, extracted in this process.

    ``texts`` is the folder of the texts; by default the ``texts`` folder beside the
    gold files' folder.
    """
    from reseau.extract.document import extract_text
    from reseau.ingest import read_source

    pairs = []
    for gold_file in gold_files:
        folder = texts or gold_file.parent.parent / "texts"
        gold = json.loads(gold_file.read_text(encoding="utf-8"))
        source = read_source(str(folder / gold["text"]))
        published = date.fromisoformat(gold["published"]) if gold.get("published") else None
        pred = extract_text(source.text, source=source.name, published=published).to_dict()
        pairs.append((gold, pred))
    return pairs


def add_selection(parser: argparse.ArgumentParser) -> None:
    """The options that choose the gold files: --only, --skip, --eval-dir."""
    parser.add_argument("--only", default="", help="comma-separated prefixes of gold files to keep")
    parser.add_argument("--skip", default="", help="comma-separated prefixes of gold files to leave out")
    parser.add_argument("--eval-dir", type=Path, default=EVAL,
                        help="folder holding gold/ and texts/ (default ../shared/eval)")


def selected(args: argparse.Namespace) -> list[Path]:
    """The gold files the selection options keep, in name order."""
    only = [p for p in args.only.split(",") if p]
    skip = [p for p in args.skip.split(",") if p]
    return [f for f in sorted((args.eval_dir / "gold").glob("*.json"))
            if (not only or f.name.startswith(tuple(only))) and not (skip and f.name.startswith(tuple(skip)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    add_selection(parser)
    parser.add_argument("--per-text", action="store_true", help="one overall line per text too")
    parser.add_argument("--ner", help='entity recogniser: "stock", "trained" or a folder saved by scripts/train_ner.py')
    args = parser.parse_args()
    if args.ner:
        os.environ["RESEAU_NER"] = args.ner
    files = selected(args)
    score = load_scorer()
    report = score.Report()
    for gold, pred in predictions(files):
        report.add(score.Gold(gold), pred)
        if args.per_text:
            one = score.Report()
            one.add(score.Gold(gold), pred)
            out = io.StringIO()
            with redirect_stdout(out):
                one.print(False)
            print(f"{gold['text']:28} {out.getvalue().strip().splitlines()[-1]}")
    report.print(args.verbose)


if __name__ == "__main__":
    main()
