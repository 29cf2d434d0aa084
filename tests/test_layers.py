"""Calls go one way: ingest → extract → resolve → store → query → publish, then the HTTP
plumbing, the API and the pages side by side, the app that mounts them, and the CLI. A module
never imports one of a higher layer, nor the API the pages (or the reverse): when that happens
a change to a page can break an import, and the layers stop meaning anything."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

# Higher numbers call lower ones. Groups of the same rank do not import each other.
RANKS = {"base": 0, "ingest": 1, "extract": 2, "schema": 2, "resolve": 3, "store": 4, "auth": 5, "query": 5,
         "workflows": 6, "publish": 6, "http": 7, "api": 8, "web": 8, "app": 9, "cli": 10}
BASE = {"errors", "kinds", "i18n", "names", "periods", "settings", "locale"}
# The register's tables and connection: what the resolver reads and the store writes.
SCHEMA = {"tables", "database", "repo", "migrations"}


def layer(module: str) -> str:
    """The layer of a module of the package, by its dotted name."""
    parts = module.split(".")
    if len(parts) == 1 or parts[1] in BASE:
        return "base"
    if parts[1] == "store" and len(parts) > 2 and parts[2] in SCHEMA:
        return "schema"
    return parts[1]


def imports(path: Path) -> set[str]:
    """The package's modules a file imports, at its top or inside a function."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.level == 0 and (node.module or "").startswith("reseau"):
            found |= ({f"reseau.{a.name}" for a in node.names if a.name != "__version__"} if node.module == "reseau"
                      else {node.module})
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names if a.name.startswith("reseau.")}
    return found


def test_no_module_imports_a_higher_layer_or_a_sibling():
    package = ROOT / "reseau"
    wrong = []
    for path in sorted(package.rglob("*.py")):
        module = ".".join(path.relative_to(ROOT).with_suffix("").parts).removesuffix(".__init__")
        mine = layer(module)
        for other in imports(path):
            theirs = layer(other)
            if RANKS[theirs] > RANKS[mine] or (RANKS[theirs] == RANKS[mine] and theirs != mine):
                wrong.append(f"{module} ({mine}) imports {other} ({theirs})")
    assert wrong == []
