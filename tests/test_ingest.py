"""Reading sources (encodings, HTML, Markdown) and splitting bulletins into news items."""

from __future__ import annotations

from reseau.ingest import read_text, split_items
from tests import hostile_files
from tests.conftest import ROOT

BULLETIN = """Rencontre avec la Ville de Laval

Le 4 mars, le Réseau a rencontré la Ville de Laval.

Une nouvelle stagiaire

En janvier, le Réseau a accueilli une nouvelle stagiaire : Léa Roy.
Bienvenue Léa !
"""


def test_items_keep_their_titles_and_offsets():
    items = list(split_items(BULLETIN))
    assert [i.title for i in items] == ["Rencontre avec la Ville de Laval", "Une nouvelle stagiaire"]
    assert BULLETIN[items[1].start:items[1].end].startswith("Une nouvelle stagiaire\n")
    assert "Bienvenue Léa !" in BULLETIN[items[1].body_start:items[1].end]


def test_a_text_without_titles_is_one_item():
    text = "Le Réseau a rencontré la Ville de Laval. Ce fut une belle rencontre.\n"
    items = list(split_items(text))
    assert len(items) == 1 and items[0].title == "" and items[0].end == len(text)


def test_long_items_are_cut_at_paragraphs():
    paragraph = "Le Réseau a rencontré des partenaires pour parler de prévention. " * 20 + "\n\n"
    text = "Un très long compte rendu\n\n" + paragraph * 40
    items = list(split_items(text))
    assert len(items) > 1
    assert all(i.end - i.start <= 20_000 for i in items)
    assert items[0].start == 0 and not text[items[-1].end:].strip()
    assert all(a.end == b.start for a, b in zip(items, items[1:]))


def test_html_keeps_the_article_not_the_navigation():
    source = read_text((ROOT / "examples" / "bulletin-reseau-jeunesse.html").read_bytes(), "page.html", ".html")
    assert "Olivier Tremblay" in source.text
    assert "Nous joindre" not in source.text and "analytics" not in source.text and "Tous droits" not in source.text
    assert source.text.splitlines()[0].startswith("Le Réseau jeunesse et prévention reçoit")


def test_markdown_headings_become_title_lines():
    source = read_text("# Bulletin\n\n## Une **nouvelle** employee\n\nLe [Réseau](https://x.org) a accueilli Zoé.\n".encode(), "b.md", ".md")
    assert "## " not in source.text and "**" not in source.text and "https" not in source.text
    assert "Une nouvelle employee" in source.text.splitlines()


def test_utf8_with_bom_and_cp1252():
    assert read_text("\ufeffÉté".encode("utf-8"), "a.txt").text == "Été"
    source = read_text("Sécurité à Montréal".encode("cp1252"), "b.txt")
    assert source.text == "Sécurité à Montréal" and source.warnings


def minimal_pdf(line: str) -> bytes:
    """A one-page PDF holding one line of text (ASCII), written by hand."""
    return hostile_files.pdf([f"BT /F1 11 Tf 40 750 Td ({line}) Tj ET".encode()])


def test_docx_and_pdf_are_read(tmp_path):
    from docx import Document

    document = Document()
    document.add_heading("Rencontre avec la Ville de Laval", level=1)
    document.add_paragraph("Le 4 mars, le RQP a rencontré Jeanne Lefort, directrice de la Ville de Laval.")
    document.save(tmp_path / "note.docx")
    text = read_text((tmp_path / "note.docx").read_bytes(), "note.docx", ".docx").text
    assert text.splitlines()[0] == "Rencontre avec la Ville de Laval" and "Jeanne Lefort" in text
    pdf = read_text(minimal_pdf("Le 4 mars, le RQP a rencontre Jeanne Lefort."), "note.pdf", ".pdf").text
    assert "Jeanne Lefort" in pdf
