"""Small hostile files, made in memory for the tests: each stands for one that froze or
crashed the server (a .docx of a million empty paragraphs, a zip bomb, one huge text node,
a PDF of thousands of pages, HTML of a million tags, binary named .txt, broken PDF and XML)."""

from __future__ import annotations

import io
import random
import zipfile

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
CONTENT_TYPES = ('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/></Types>')
RELS = ('<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
        'Target="word/document.xml"/></Relationships>')


def docx(body: bytes | str) -> bytes:
    """A .docx whose document body is this XML (between <w:body> and </w:body>)."""
    body = body.encode() if isinstance(body, str) else body
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        z.writestr("[Content_Types].xml", CONTENT_TYPES)
        z.writestr("_rels/.rels", RELS)
        z.writestr("word/document.xml", f'<?xml version="1.0"?><w:document xmlns:w="{W}"><w:body>'.encode() + body
                   + b"</w:body></w:document>")
    return out.getvalue()


def paragraph(text: str) -> str:
    """One Word paragraph of one run."""
    return f"<w:p><w:r><w:t>{text}</w:t></w:r></w:p>"


def empty_paragraphs(count: int) -> bytes:
    """A .docx of ``count`` empty paragraphs (a million fit in 100 KB)."""
    return docx(b"<w:p/>" * count)


def zip_bomb(megabytes: int) -> bytes:
    """A .docx whose document unzips to ``megabytes`` MB (of one repeated comment)."""
    return docx(b"<!--" + b"a" * (megabytes * 1024 * 1024) + b"-->" + paragraph("Bonjour.").encode())


def huge_text_node(megabytes: int) -> bytes:
    """A .docx of one paragraph holding ``megabytes`` MB of text in one node."""
    return docx(paragraph("mot " * (megabytes * 256 * 1024)))


def pdf(pages: list[bytes]) -> bytes:
    """A PDF whose pages draw these content streams."""
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>",
               b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(b"%d 0 R" % (4 + 2 * i) for i in range(len(pages))), len(pages)),
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    for i, stream in enumerate(pages):
        objects.append(b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents %d 0 R "
                       b"/Resources << /Font << /F1 3 0 R >> >> >>" % (5 + 2 * i))
        objects.append(b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream")
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % n + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def text_page(line: str) -> bytes:
    """A page's content stream writing one line."""
    return b"BT /F1 11 Tf 40 750 Td (%s) Tj ET" % line.encode()


def many_pages(count: int) -> bytes:
    """A PDF of ``count`` pages, each with one short line."""
    return pdf([text_page(f"Page {i}") for i in range(count)])


def slow_page(operators: int) -> bytes:
    """A one-page PDF of ``operators`` text-drawing operators: slow to extract."""
    return pdf([b"BT /F1 11 Tf " + b"1 0 Td (a) Tj " * operators + b"ET"])


def many_tags(count: int) -> bytes:
    """An HTML page of ``count`` nested-free tags."""
    return b"<html><body>" + b"<b>x</b>" * count + b"</body></html>"


def binary_without_nul(size: int) -> bytes:
    """Random bytes with no NUL and no known signature: binary that looks like nothing."""
    rng = random.Random(7)
    return bytes(rng.randrange(1, 256) for _ in range(size))
