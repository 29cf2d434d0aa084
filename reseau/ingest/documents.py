"""Text from word-processor and PDF files: .docx paragraphs, PDF pages."""

from __future__ import annotations

import io
import logging

from reseau.errors import BinaryInput


def docx_to_text(data: bytes, name: str) -> str:
    """The paragraphs of a .docx, one per line, headings included."""
    from docx import Document
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = Document(io.BytesIO(data))
    except (PackageNotFoundError, KeyError, ValueError, OSError) as error:
        raise BinaryInput(f"{name} : document Word illisible ({error.__class__.__name__})") from None
    return "\n\n".join(p.text.strip() for p in document.paragraphs if p.text.strip()) + "\n"


def pdf_to_text(data: bytes, name: str) -> str:
    """The text of a PDF's pages (a scanned PDF has none: it would need OCR)."""
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    # pypdf logs each repair it attempts; the user gets one line, ours.
    logging.getLogger("pypdf").setLevel(logging.CRITICAL)
    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, OSError, TypeError) as error:
        raise BinaryInput(f"{name} : PDF illisible ({error.__class__.__name__})") from None
    return "\n\n".join(p.strip() for p in pages if p.strip()) + "\n"
