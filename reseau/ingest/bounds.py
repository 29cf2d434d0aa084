"""How much a reader may take from one file, so that a small hostile file cannot keep a
process busy for minutes or take gigabytes: its text, paragraphs, pages, tags and the bytes
a .docx unzips to."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Bounds:
    """Limits of one read; ``chars=None`` leaves the text's length free (``reseau ingest`` reads
    archives of many megabytes item by item)."""

    chars: int | None = None
    paragraphs: int = 100_000  # a Word document of some 2,000 pages
    pages: int = 2_000
    tags: int = 50_000  # HTML tags (a long news page has a few thousand; Python's parser reads 50,000 a second)
    unzipped: int = 100 * 1024 * 1024  # bytes of a .docx's document once decompressed


DEFAULT = Bounds()
