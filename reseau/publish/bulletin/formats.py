"""The bulletin's Markdown in the other formats: plain text, HTML that survives an e-mail
client (inline styles, no script, no external sheet), and .docx through python-docx.

The templates write headings (``#``, ``##``, ``###``) and paragraphs only, so the blocks are
read here rather than by a Markdown library."""

from __future__ import annotations

import html
import io
from dataclasses import dataclass

from reseau.errors import FormatError

FORMATS = ("md", "txt", "html", "docx")
FONT = "font-family: Georgia, 'Times New Roman', serif; color: #1f2933;"
HEADING_STYLES = {1: "font-size: 24px; margin: 0 0 16px 0; color: #0b3d62;",
                  2: "font-size: 19px; margin: 24px 0 8px 0; color: #0b3d62;",
                  3: "font-size: 16px; margin: 18px 0 6px 0; color: #0b3d62;"}
PARAGRAPH_STYLE = "font-size: 15px; line-height: 1.5; margin: 0 0 12px 0;"


@dataclass(frozen=True, slots=True)
class Block:
    """A heading (level 1 to 3) or a paragraph (level 0)."""

    level: int
    text: str


def blocks(markdown: str) -> list[Block]:
    """The headings and paragraphs of the bulletin's Markdown, in order."""
    found: list[Block] = []
    paragraph: list[str] = []

    def close() -> None:
        if paragraph:
            found.append(Block(0, " ".join(paragraph)))
            paragraph.clear()

    for line in markdown.splitlines():
        stripped = line.strip()
        if not stripped:
            close()
            continue
        hashes = len(stripped) - len(stripped.lstrip("#"))
        if 1 <= hashes <= 6 and stripped[hashes:hashes + 1] == " ":
            close()
            found.append(Block(min(hashes, 3), stripped[hashes:].strip()))
        else:
            paragraph.append(stripped)
    close()
    return found


def as_text(markdown: str) -> str:
    """Plain text: the title in capitals, headings on their own line, paragraphs apart."""
    out = []
    for block in blocks(markdown):
        if block.level == 1:
            out.append(block.text.upper())
        elif block.level:
            out.append(block.text + "\n" + "-" * min(len(block.text), 72))
        else:
            out.append(block.text)
    return "\n\n".join(out) + "\n"


def html_body(markdown: str) -> str:
    """The bulletin as one ``<div>`` with inline styles: what an e-mail's body holds, and what
    the Bulletin page previews."""
    body = []
    for block in blocks(markdown):
        text = html.escape(block.text, quote=False)
        if block.level:
            body.append(f'<h{block.level} style="{HEADING_STYLES[block.level]}">{text}</h{block.level}>')
        else:
            body.append(f'<p style="{PARAGRAPH_STYLE}">{text}</p>')
    return f'<div style="max-width: 680px; margin: 0 auto; {FONT}">\n' + "\n".join(body) + "\n</div>"


def as_html(markdown: str, lang: str = "fr") -> str:
    """A whole HTML page with inline styles only, which e-mail clients keep as written."""
    title = html.escape(next((b.text for b in blocks(markdown) if b.level == 1), "Bulletin"), quote=False)
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n<title>{title}</title>\n</head>\n'
            f'<body style="margin: 0; padding: 24px; background: #ffffff;">\n' + html_body(markdown) + "\n</body>\n</html>\n")


def as_docx(markdown: str, lang: str = "fr") -> bytes:
    """A Word document: the title, each item's heading as a heading, its paragraphs."""
    from docx import Document
    from docx.oxml.ns import qn

    document = Document()
    document.core_properties.language = lang
    for block in blocks(markdown):
        if block.level == 1:
            document.add_heading(block.text, level=0)
        elif block.level:
            document.add_heading(block.text, level=block.level - 1)
        else:
            document.add_paragraph(block.text)
    # The language of the text, for the spelling checker of whoever edits it.
    styles = document.styles.element
    for run_props in styles.iter(qn("w:rPr")):
        lang_element = run_props.find(qn("w:lang"))
        if lang_element is not None:
            lang_element.set(qn("w:val"), "fr-CA" if lang == "fr" else "en-CA")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def render(markdown: str, fmt: str, lang: str = "fr") -> bytes:
    """The bulletin's Markdown in a format (md, txt, html, docx), as bytes to write."""
    if fmt == "md":
        return markdown.encode("utf-8")
    if fmt == "txt":
        return as_text(markdown).encode("utf-8")
    if fmt == "html":
        return as_html(markdown, lang).encode("utf-8")
    if fmt == "docx":
        return as_docx(markdown, lang)
    raise FormatError("format de bulletin inconnu « {value} » ({formats})", value=fmt, formats=", ".join(FORMATS))
