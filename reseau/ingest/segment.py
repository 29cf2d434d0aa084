"""Split a bulletin into news items: a short title line, then its body.

Offsets always refer to the bulletin's text, so every later span can point back into it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# A title is a short line that does not end like a sentence.
MAX_TITLE_CHARS = 160
MAX_TITLE_WORDS = 22
SENTENCE_END = tuple(".!?:;,…»\"”")
# Items longer than this are cut at paragraph breaks so that spaCy never sees a huge text.
MAX_ITEM_CHARS = 20_000

_LINE = re.compile(r"[^\n]*\n?")
# « • 2e », « • 3e et + » under a name on a profile page: the name's connection degree, part of the name's
# heading, so the headline under it (« Directrice chez X ») stays in the name's item
_PROFILE_MARK = re.compile(r"^[•·]\s*\d+(?:er|re|e)(?:\s*et\s*\+)?\s*$")
# « Envoyé spécial à Bertoua », « De notre correspondante à Bouaké » under a byline: where the story was written,
# a line of the item's head, no title of an item of its own (places.py reads the town after it)
CORRESPONDENT = (r"(?:de\s+(?:notre|nos)\s+)?(?:envoy[ée]e?s?\s+sp[ée]cia(?:l|le|ux|les)|correspondante?s?"
                 r"|correspondance\s+particuli[èe]re)\s+(?:à|a|au|en)\s+")
CORRESPONDENT_LINE = re.compile(rf"^{CORRESPONDENT}\S.*$", re.I)
# « Prénom Nom • 1er » on one line: a name with its degree of connection opens a profile's block (a comment),
# even under a heading; the degree ends the line (« Tour de X • 2e étape » is a subtitle)
_MARKED_NAME = re.compile(r"^(?:[A-ZÀ-Ý][\w'’-]+\s+){1,3}[A-ZÀ-Ý][\w'’-]+\s+[•·]\s*\d+(?:er|re|e)(?:\s*et\s*\+)?\s*$")


@dataclass(frozen=True)
class Item:
    """One news item: its title (possibly empty) and where it lies in the bulletin."""

    title: str
    start: int
    end: int
    body_start: int


def is_title_line(line: str) -> bool:
    """A short line that does not end like a sentence: the title of a news item."""
    s = line.strip()
    if not s or len(s) > MAX_TITLE_CHARS or len(s.split()) > MAX_TITLE_WORDS:
        return False
    if s.endswith(SENTENCE_END) or CORRESPONDENT_LINE.match(s):
        return False
    return s[0].isupper() or s[0].isdigit() or s[0] in "«\"“"


def _lines(text: str) -> Iterator[tuple[int, str]]:
    pos = 0
    for m in _LINE.finditer(text):
        if not m.group():
            break
        yield pos, m.group()
        pos = m.end()


def split_items(text: str) -> Iterator[Item]:
    """Yield the news items of a bulletin in order; a text with no title line is one item."""
    items = list(_split_items(text))
    if len(items) > 1 and _closing_line(text, items[-1]) and items[-2].end == items[-1].start:
        # « Le Chef du Bureau des Relations Publiques » / « Inspecteur principal X »: a name signing the last
        # item, alone on the closing line, is no item of its own
        last, before = items.pop(), items.pop()
        items.append(Item(before.title, before.start, last.end, before.body_start))
    yield from items


def _closing_line(text: str, item: Item) -> bool:
    """An item that is one line with no body: a signature or a page's last words."""
    return not text[item.body_start:item.end].strip() and "\n" not in text[item.start:item.end].strip()


def _split_items(text: str) -> Iterator[Item]:
    title, start, body_start, last_end = "", 0, 0, 0
    seen_body = False
    paragraph_breaks: list[int] = []
    for pos, line in _lines(text):
        stripped = line.strip()
        end = pos + len(line)
        if not stripped:
            paragraph_breaks.append(pos)
            continue
        marked = bool(_MARKED_NAME.search(stripped)) and pos > start
        if is_title_line(line) and (seen_body or title == "" or marked):
            if seen_body or marked or (title == "" and pos > start and text[start:pos].strip()):
                yield from _cut(text, title, start, body_start, last_end, paragraph_breaks)
            title, start, body_start = stripped, pos, end
            seen_body = False
            paragraph_breaks = []
        elif _PROFILE_MARK.match(stripped) and not seen_body:
            pass
        else:
            seen_body = True
            if end - start > MAX_ITEM_CHARS and paragraph_breaks:
                cut = paragraph_breaks[-1]
                if cut > body_start:
                    yield Item(title, start, cut, body_start)
                    start = body_start = cut
                    paragraph_breaks = []
        last_end = end
    if text[start:last_end].strip():
        yield from _cut(text, title, start, body_start, last_end, paragraph_breaks)


def _cut(text: str, title: str, start: int, body_start: int, end: int, breaks: list[int]) -> Iterator[Item]:
    # A very long paragraph with no break at all is cut at a sentence end, or hard.
    while end - start > MAX_ITEM_CHARS:
        window = text[start:start + MAX_ITEM_CHARS]
        cut = max(window.rfind(". "), window.rfind("\n"))
        cut = start + (cut + 1 if cut > MAX_ITEM_CHARS // 2 else MAX_ITEM_CHARS)
        yield Item(title, start, cut, min(body_start, cut))
        start = body_start = cut
    yield Item(title, start, end, body_start)
