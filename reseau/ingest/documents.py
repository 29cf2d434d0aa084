"""Text from word-processor and PDF files: .docx paragraphs, PDF pages — each read within
bounds (unzipped size, paragraphs, pages, characters), every parser error turned into ours."""

from __future__ import annotations

import io
import logging
import zipfile

from reseau.errors import BinaryInput, ReseauError, TooLarge
from reseau.ingest.bounds import DEFAULT, Bounds

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
PARAGRAPH, TEXT = W + "p", W + "t"
# Runs' other pieces python-docx also read as text.
SPECIAL = {W + "tab": "\t", W + "br": "\n", W + "cr": "\n", W + "noBreakHyphen": "-"}


class _Capped(io.RawIOBase):
    """A stream that refuses to give more than ``limit`` bytes: the size a zip declares can lie."""

    def __init__(self, stream, limit: int, name: str) -> None:
        self.stream, self.left, self.limit, self.name = stream, limit, limit, name

    def readable(self) -> bool:
        return True

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(min(size, self.left + 1) if size and size > 0 else self.left + 1)
        self.left -= len(data)
        if self.left < 0:
            raise TooLarge("{name} : document Word trop grand une fois décompressé ({megabytes} Mo au plus)", name=self.name,
                           megabytes=self.limit // (1024 * 1024))
        return data


def docx_to_text(data: bytes, name: str, bounds: Bounds = DEFAULT) -> str:
    """The paragraphs of a .docx (headings and tables included), one per line."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        info = archive.getinfo("word/document.xml")
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as error:
        raise BinaryInput("{name} : document Word illisible ({reason})", name=name, reason=error.__class__.__name__) from None
    if info.file_size > bounds.unzipped:
        raise TooLarge("{name} : document Word trop grand une fois décompressé ({megabytes} Mo au plus)", name=name,
                       megabytes=bounds.unzipped // (1024 * 1024))
    try:
        with archive.open(info) as stream:
            paragraphs = _paragraphs(_Capped(stream, bounds.unzipped, name), name, bounds)
    except (ReseauError, MemoryError):
        raise
    except Exception as error:  # lxml, zlib and zipfile raise many kinds on a damaged file
        raise BinaryInput("{name} : document Word illisible ({reason})", name=name, reason=error.__class__.__name__) from None
    return "\n\n".join(paragraphs) + "\n"


def _paragraphs(stream, name: str, bounds: Bounds) -> list[str]:
    from lxml import etree

    paragraphs: list[str] = []
    open_paragraphs: list[list[str]] = []  # a text box's paragraphs sit inside another paragraph
    count, chars = 0, 0
    events = etree.iterparse(stream, events=("start", "end"), resolve_entities=False, no_network=True, load_dtd=False,
                             huge_tree=False)
    for event, element in events:
        tag = element.tag
        if event == "start":
            if tag == PARAGRAPH:
                open_paragraphs.append([])
                count += 1
                if count > bounds.paragraphs:
                    raise TooLarge("{name} : trop de paragraphes ({most} au plus)", name=name, most=bounds.paragraphs)
            continue
        if tag == PARAGRAPH:
            text = "".join(open_paragraphs.pop()).strip()
            if text:
                paragraphs.append(text)
                chars += len(text)
                if bounds.chars and chars > bounds.chars:
                    raise TooLarge("{name} : texte trop long ({most} caractères au plus)", name=name, most=bounds.chars)
            # What was read is dropped as it goes: memory stays flat however long the document.
            element.clear()
            while element.getprevious() is not None:
                del element.getparent()[0]
        elif open_paragraphs and tag == TEXT:
            open_paragraphs[-1].append(element.text or "")
        elif open_paragraphs and tag in SPECIAL:
            open_paragraphs[-1].append(SPECIAL[tag])
    return paragraphs


def pdf_to_text(data: bytes, name: str, bounds: Bounds = DEFAULT) -> str:
    """The text of a PDF's pages (a scanned PDF has none: it would need OCR)."""
    from pypdf import PdfReader

    # pypdf logs each repair it attempts; the user gets one line, ours.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    pages, chars = [], 0
    try:
        reader = PdfReader(io.BytesIO(data))
        count = len(reader.pages)
        if count > bounds.pages:
            raise TooLarge("{name} : {count} pages ; {most} pages au plus par fichier", name=name, count=count, most=bounds.pages)
        for page in reader.pages:
            text = (page.extract_text() or "").strip()
            chars += len(text)
            if bounds.chars and chars > bounds.chars:
                raise TooLarge("{name} : texte trop long ({most} caractères au plus)", name=name, most=bounds.chars)
            pages.append(text)
    except (ReseauError, MemoryError):
        raise
    except Exception as error:  # pypdf raises many kinds (and RecursionError) on a damaged or hostile file
        raise BinaryInput("{name} : PDF illisible ({reason})", name=name, reason=error.__class__.__name__) from None
    return "\n\n".join(p for p in pages if p) + "\n"
