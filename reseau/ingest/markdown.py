"""Plain text from Markdown: headings, emphasis and links reduced to their words."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
# Each pattern stops at the next opening of its own kind: a line of ten thousand « [a » or
# « *a » is read once, not once per character (the old patterns took minutes on 60 KB).
_LINK = re.compile(r"!?\[([^\[\]\n]*)\]\([^()\n]*\)")
_EMPHASIS = [re.compile(pattern) for pattern in (r"\*\*(?=\S)([^*\n]+?)(?<=\S)\*\*", r"__(?=\S)([^_\n]+?)(?<=\S)__",
                                                 r"\*(?=\S)([^*\n]+?)(?<=\S)\*", r"_(?=\S)([^_\n]+?)(?<=\S)_")]
_LIST = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.M)


def markdown_to_text(md: str) -> str:
    """Strip Markdown markup, keeping one line per heading and paragraph."""
    text = _HEADING.sub("", md)
    text = _LINK.sub(r"\1", text)
    for _ in range(3):  # an emphasis inside another comes out first, then the outer one
        before = text
        for pattern in _EMPHASIS:
            text = pattern.sub(r"\1", text)
        if text == before:
            break
    return _LIST.sub("", text)
