"""The bulletin written back from the register, in French or English: Markdown from
templates (:mod:`.writer`), then plain text, HTML for e-mail or .docx (:mod:`.formats`);
:mod:`.check` reads the French back for the mistakes a careful writer avoids."""

from reseau.publish.bulletin.formats import FORMATS, as_html, html_body, render
from reseau.publish.bulletin.writer import item_headings, write_markdown

__all__ = ["FORMATS", "as_html", "html_body", "item_headings", "render", "write_markdown"]
