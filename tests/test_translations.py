"""Every French text of the pages has its English translation: the templates' ``_("…")``,
the messages the pages show (``translate(request, "…")``), error titles and details."""

from __future__ import annotations

import ast
import re
from pathlib import Path

from reseau.publish.labels import KIND_LABELS, ORG_KIND_LABELS
from reseau.web import errors
from reseau.web.routes import CORRECTION_FIELDS
from reseau.i18n import catalog

WEB = Path(__file__).resolve().parents[1] / "reseau" / "web"


def _page_texts() -> set[str]:
    texts = set()
    for template in (WEB / "templates").glob("*.html"):
        texts |= {ast.literal_eval(m) for m in re.findall(r'_\(("(?:[^"\\]|\\.)*")\)', template.read_text(encoding="utf-8"))}
    for module in WEB.glob("*.py"):
        for node in ast.walk(ast.parse(module.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "translate" and len(node.args) > 1:
                texts |= {ast.literal_eval(node.args[1])} if isinstance(node.args[1], ast.Constant) else set()
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "HTTPException" and len(node.args) > 1:
                texts.add(ast.literal_eval(node.args[1]))
    texts |= {label for fields in CORRECTION_FIELDS.values() for _, label in fields}
    texts |= _history_sentences()
    return texts | set(errors.TITLES.values()) | set(errors.GENERIC.values()) | set(KIND_LABELS.values()) | set(ORG_KIND_LABELS.values())


def _history_sentences() -> set[str]:
    """The sentences that tell a change in the history (the first item of each (text, values) pair)."""
    from reseau.query import history

    source = ast.parse(Path(history.__file__).read_text(encoding="utf-8"))
    describe = next(n for n in ast.walk(source) if isinstance(n, ast.FunctionDef) and n.name == "describe")
    pairs = {n.elts[0].value for n in ast.walk(describe) if isinstance(n, ast.Tuple) and len(n.elts) == 2
             and isinstance(n.elts[0], ast.Constant) and isinstance(n.elts[1], (ast.Dict, ast.DictComp))}
    return (pairs - {"{action}"}) | set(history.FIELDS.values())


def test_every_page_text_has_an_english_translation():
    english = catalog("en")
    missing = sorted(t for t in _page_texts() if t not in english)
    assert not missing, "missing in locale/en.po:\n" + "\n".join(missing)


def test_translations_keep_their_placeholders():
    for french, english in catalog("en").items():
        assert re.findall(r"\{\w+\}|%d|%s", french) == re.findall(r"\{\w+\}|%d|%s", english), french


def test_no_catalogue_entry_is_written_twice():
    # Catalogues merge by union in git (.gitattributes): two branches adding one entry would leave it twice.
    import re
    from collections import Counter
    from pathlib import Path

    for po in (Path(__file__).parent.parent / "reseau" / "locale").glob("*/LC_MESSAGES/*.po"):
        entries = re.findall(r'^(?:msgctxt ("(?:[^"\\]|\\.)*")\n)?msgid ((?:"(?:[^"\\]|\\.)*"\n?)+)', po.read_text(encoding="utf-8"), re.M)
        twice = [e for e, n in Counter(entries).items() if n > 1 and e[1].strip() != '""']
        assert not twice, f"{po}: {twice[:3]}"
