"""Phrases of extraction's data files and code that occur word for word in the development texts.

    .venv/bin/python benchmarks/fitted_phrases.py [--words 3]

A lexicon entry or a string literal of three words or more that a development text
contains verbatim may be a rule fitted to that text rather than a form of French: each
one printed here deserves a look (many are honest: « directeur général », « a eu lieu »).
Prints the phrase, where it is in the project, and which texts hold it; then a count.
"""

from __future__ import annotations

import argparse
import ast
import json
import re
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TEXTS = ROOT.parent / "shared" / "eval" / "texts"
EXTRACT = ROOT / "reseau" / "extract"


def fold(text: str) -> str:
    """Lower case, no accents, one kind of apostrophe, single spaces."""
    text = unicodedata.normalize("NFKD", text.replace("’", "'").lower())
    return " ".join("".join(c for c in text if not unicodedata.combining(c)).split())


def phrases_of_data(path: Path) -> list[str]:
    """Every string held by a data file: json values, tsv cells, txt lines."""
    text = path.read_text(encoding="utf-8")
    if path.suffix in {".json", ".jsonl"}:
        found: list[str] = []

        def walk(value) -> None:
            if isinstance(value, str):
                found.append(value)
            elif isinstance(value, dict):
                found.extend(k for k in value if isinstance(k, str))
                for v in value.values():
                    walk(v)
            elif isinstance(value, list):
                for v in value:
                    walk(v)

        lines = text.splitlines() if path.suffix == ".jsonl" else [text]
        for line in lines:
            if line.strip():
                walk(json.loads(line))
        return found
    cells = []
    for line in text.splitlines():
        if line.startswith("#"):
            continue
        for cell in re.split(r"[\t|]", line):
            cells.append(cell)
    return cells


def phrases_of_code(path: Path) -> list[str]:
    """Every string literal of a Python module (docstrings left out)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                  and node.body and isinstance(node.body[0], ast.Expr)}
    return [node.value for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--words", type=int, default=3, help="shortest phrase looked at, in words (default 3)")
    args = parser.parse_args()
    texts = {p.name: fold(p.read_text(encoding="utf-8")) for p in sorted(TEXTS.glob("*.txt"))}
    sources = [(p, phrases_of_data(p)) for p in sorted((EXTRACT / "data").iterdir()) if p.is_file()]
    sources += [(p, phrases_of_code(p)) for p in sorted(EXTRACT.glob("*.py"))]
    count = 0
    for path, phrases in sources:
        for phrase in sorted(set(phrases)):
            key = fold(phrase)
            if len(key.split()) < args.words or not re.search(r"[a-z]", key):
                continue
            holders = [name for name, text in texts.items() if re.search(rf"(?<!\w){re.escape(key)}(?!\w)", text)]
            if holders:
                count += 1
                print(f"{phrase!r:60} {path.relative_to(ROOT)}  ← {', '.join(holders)}")
    print(f"{count} phrases of {args.words} words or more occur verbatim in the development texts")


if __name__ == "__main__":
    main()
