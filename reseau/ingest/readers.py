"""Read .txt, .md, .html, .docx and .pdf sources into plain text, detecting encoding and binary data."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from reseau.errors import BinaryInput, EmptyInput, MissingInput, NotAFile, TooLarge
from reseau.i18n import Text
from reseau.ingest.bounds import DEFAULT, Bounds
from reseau.ingest.documents import docx_to_text, pdf_to_text
from reseau.ingest.html import html_to_text
from reseau.ingest.markdown import markdown_to_text

# Magic numbers of the binary files people most often drop by mistake.
BINARY_SIGNATURES = {
    b"%PDF": "un PDF",
    b"\x89PNG": "une image PNG",
    b"\xff\xd8\xff": "une image JPEG",
    b"GIF8": "une image GIF",
    b"PK\x03\x04": "une archive ZIP (ou un document Office)",
    b"\xd0\xcf\x11\xe0": "un document Office ancien",
    b"\x7fELF": "un exécutable",
}

# Characters no text holds (controls other than tab, line and page breaks; what could not be
# decoded): binary without NUL bytes, read as cp1252, is one character in ten of these.
_NOT_TEXT = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f\ufffd]")
MAX_NOT_TEXT = 0.01
SAMPLE = 1 << 20


@dataclass
class Source:
    """A text to extract from, with where it came from and what went wrong reading it."""

    name: str
    text: str
    warnings: list[str] = field(default_factory=list)


def _describe_binary(data: bytes) -> str | None:
    for magic, what in BINARY_SIGNATURES.items():
        if data.startswith(magic):
            return what
    head = data[:4096]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "des données binaires"
    return None


def decode(data: bytes, name: str) -> tuple[str, list[str]]:
    """Decode bytes as UTF-8 (with or without BOM, or UTF-16 with BOM), else cp1252 with a warning."""
    what = _describe_binary(data)
    if what:
        raise BinaryInput("{name} : ce fichier est {what}, pas du texte", name=name, what=what)
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), []
    try:
        return data.decode("utf-8-sig"), []
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
    return text, [Text("{name} : le texte n'est pas en UTF-8 ; lu en Windows-1252 (cp1252)", name=name)]


def read_text(data: bytes, name: str, suffix: str = ".txt", bounds: Bounds = DEFAULT) -> Source:
    """Turn the bytes of a .txt, .md, .html, .docx or .pdf source into a Source of plain text,
    within the bounds given."""
    if suffix == ".docx" and data.startswith(b"PK"):
        return _checked(Source(name, docx_to_text(data, name, bounds)), bounds)
    if suffix == ".pdf" and data.startswith(b"%PDF"):
        return _checked(Source(name, pdf_to_text(data, name, bounds)), bounds)
    text, warnings = decode(data, name)
    _refuse_binary(text, name)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if suffix in {".html", ".htm"} or (suffix not in {".md", ".markdown"} and _looks_like_html(text)):
        text = html_to_text(text, name, bounds)
    elif suffix in {".md", ".markdown"}:
        text = markdown_to_text(text)
    return _checked(Source(name=name, text=text, warnings=warnings), bounds)


def _refuse_binary(text: str, name: str) -> None:
    """Binary data that decoded as text all the same (no NUL, no known signature) is full of
    characters no text holds; read anyway, it would keep the extraction busy for minutes."""
    sample = text[:SAMPLE]
    if sample and len(_NOT_TEXT.findall(sample)) > MAX_NOT_TEXT * len(sample):
        raise BinaryInput("{name} : ce fichier contient des données binaires, pas du texte", name=name)


def _checked(source: Source, bounds: Bounds = DEFAULT) -> Source:
    if not source.text.strip():
        raise EmptyInput("{name} : le fichier est vide (ou n'a pas de texte, comme un PDF scanné)", name=source.name)
    if bounds.chars and len(source.text) > bounds.chars:
        raise TooLarge("{name} : texte trop long ({length} caractères, {most} au plus par import ; "
                       "utilisez reseau ingest pour les archives)", name=source.name, length=len(source.text), most=bounds.chars)
    return source


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in head)


def read_source(path: str) -> Source:
    """Read a path (or ``-`` for standard input) into a Source."""
    if path == "-":
        return read_text(sys.stdin.buffer.read(), "<stdin>")
    p = Path(path)
    if not p.exists():
        raise MissingInput("{path} : fichier introuvable", path=path)
    if p.is_dir():
        raise NotAFile("{path} : c'est un dossier, pas un fichier", path=path)
    if not p.is_file():
        raise NotAFile("{path} : ce n'est pas un fichier ordinaire", path=path)
    try:
        data = p.read_bytes()
    except PermissionError:
        raise NotAFile("{path} : lecture refusée (droits insuffisants)", path=path) from None
    return read_text(data, path, p.suffix.lower())
