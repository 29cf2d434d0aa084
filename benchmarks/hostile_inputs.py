"""Hostile files and bodies for ``benchmarks/hostile.py``, made on the fly and small on disk.

Each maker takes a ``scale`` (1.0: the sizes of issue 9, shrunk where the issue's own
figure would only prove the same point slower) and returns bytes, or yields chunks for a
body too large to hold in memory.
"""

from __future__ import annotations

import io
import random
import zipfile
from collections.abc import Iterator

CHUNK = 1 << 20

_CONTENT_TYPES = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
                  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                  '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                  '<Default Extension="xml" ContentType="application/xml"/>'
                  '<Override PartName="/word/document.xml" '
                  'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
         '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         'Target="word/document.xml"/></Relationships>')
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _docx(body: Iterator[str]) -> bytes:
    """A .docx whose document body is the given XML pieces, written compressed."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", _CONTENT_TYPES)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w") as doc:
            doc.write(f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="{_W}"><w:body>'.encode())
            for piece in body:
                doc.write(piece.encode())
            doc.write(b"</w:body></w:document>")
    return out.getvalue()


def docx_empty_paragraphs(scale: float) -> bytes:
    """A .docx of a million empty paragraphs (about 100 KB)."""
    count = int(1_000_000 * scale)
    return _docx("<w:p/>" * 10_000 for _ in range(max(1, count // 10_000)))


def docx_huge_text(scale: float) -> bytes:
    """A .docx of one paragraph holding one text node of 40 million characters (tens of KB)."""
    chunks = int(40 * scale) or 1
    words = "réunion " * (CHUNK // 8)
    return _docx(iter(["<w:p><w:r><w:t>", *(words for _ in range(chunks)), "</w:t></w:r></w:p>"]))


def pdf_many_pages(scale: float) -> bytes:
    """A valid PDF of 30,000 pages sharing one small content stream (about 2 MB)."""
    pages = max(1, int(30_000 * scale))
    stream = b"BT /F1 12 Tf 72 720 Td (Rencontre avec un partenaire) Tj ET"
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [" + b" ".join(b"%d 0 R" % (5 + n) for n in range(pages)) + b"] /Count %d >>" % pages,
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 3 0 R /Resources << /Font << /F1 4 0 R >> >> >>"
    objects += [page] * pages
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    out.write(b"".join(b"%010d 00000 n \n" % offset for offset in offsets))
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()


def html_many_tags(scale: float) -> bytes:
    """An HTML file of 1.2 million tags (4.2 MB, under the import page's 5 MB)."""
    count = int(1_200_000 * scale)
    return b"<!doctype html><html><body>" + b"<b></b>" * (count // 2) + b"</body></html>"


def binary_without_nul(scale: float) -> bytes:
    """1 MB of random bytes with no NUL, to be named .txt (read as Windows-1252 text)."""
    rng = random.Random(9)
    return bytes(rng.randrange(1, 256) for _ in range(int(1_000_000 * scale)))


def multipart_stream(size: int, boundary: str, filename: str) -> tuple[int, Iterator[bytes]]:
    """A multipart body with one file part of ``size`` bytes: its length and its chunks."""
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{filename}\"\r\n"
            "Content-Type: text/plain\r\n\r\n").encode()
    tail = f"\r\n--{boundary}--\r\n".encode()

    def chunks() -> Iterator[bytes]:
        yield head
        block = b"Rencontre avec un partenaire. " * (CHUNK // 30)
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            sent += len(piece)
            yield piece
        yield tail

    return len(head) + size + len(tail), chunks()


def json_text_stream(size: int) -> tuple[int, Iterator[bytes]]:
    """A JSON body ``{"text": "…"}`` of about ``size`` bytes: its length and its chunks."""
    head, tail = b'{"text": "', b'"}'

    def chunks() -> Iterator[bytes]:
        yield head
        block = b"Rencontre avec un partenaire. " * (CHUNK // 30)
        sent = 0
        while sent < size:
            piece = block[: min(len(block), size - sent)]
            sent += len(piece)
            yield piece
        yield tail

    return len(head) + size + len(tail), chunks()
