"""Plain text from Markdown: headings, emphasis and links reduced to their words."""

from __future__ import annotations

import re

_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+", re.M)
_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
_LIST = re.compile(r"^\s*(?:[-*+]|\d+\.)\s+", re.M)


def markdown_to_text(md: str) -> str:
    """Strip Markdown markup, keeping one line per heading and paragraph."""
    text = _HEADING.sub("", md)
    text = _LINK.sub(r"\1", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _LIST.sub("", text)
