"""The text of an HTML article, without navigation, scripts or page furniture."""

from __future__ import annotations

from html.parser import HTMLParser

from reseau.errors import BinaryInput, ReseauError, TooLarge
from reseau.ingest.bounds import DEFAULT, Bounds

SKIPPED = {"script", "style", "nav", "header", "footer", "aside", "form", "noscript", "svg", "template", "button"}
BLOCKS = {"p", "div", "section", "article", "main", "br", "li", "ul", "ol", "table", "tr",
          "h1", "h2", "h3", "h4", "h5", "h6", "blockquote", "figcaption", "dd", "dt", "hr"}
VOID = {"br", "hr", "img", "meta", "link", "input", "area", "base", "col", "embed", "source", "track", "wbr"}


class _TextCollector(HTMLParser):
    def __init__(self, name: str, bounds: Bounds) -> None:
        super().__init__(convert_charrefs=True)
        self.name, self.tags_left, self.bounds = name, bounds.tags, bounds
        self.skip_depth = 0
        self.parts: list[str] = []
        self.article_parts: list[str] | None = None
        self.article_depth = 0

    def _out(self) -> list[str]:
        return self.article_parts if self.article_depth else self.parts

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags_left -= 1
        if self.tags_left < 0:
            raise TooLarge("{name} : trop de balises HTML ({most} au plus)", name=self.name, most=self.bounds.tags)
        if tag in SKIPPED:
            self.skip_depth += tag not in VOID
            return
        if tag in {"article", "main"}:
            if self.article_parts is None:
                self.article_parts = []
            self.article_depth += 1
        if tag in BLOCKS and not self.skip_depth:
            self._out().append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in SKIPPED:
            self.skip_depth = max(0, self.skip_depth - 1)
            return
        if tag in BLOCKS and not self.skip_depth:
            self._out().append("\n\n")
        if tag in {"article", "main"} and self.article_depth:
            self.article_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self.skip_depth:
            self._out().append(" ".join(data.split()) if data.strip() else " ")


def html_to_text(html: str, name: str = "", bounds: Bounds = DEFAULT) -> str:
    """Return the readable text of a page: its <article> or <main> when it has one, else its body."""
    collector = _TextCollector(name or "page", bounds)
    try:
        # Fed in pieces: the parser's buffer stays small however the page is cut.
        for start in range(0, len(html), 1 << 16):
            collector.feed(html[start:start + (1 << 16)])
        collector.close()
    except (ReseauError, MemoryError):
        raise
    except Exception as error:  # the standard parser still raises AssertionError on some broken markup
        raise BinaryInput("{name} : page HTML illisible ({reason})", name=name or "page", reason=error.__class__.__name__) from None
    parts = collector.article_parts if collector.article_parts else collector.parts
    lines = [" ".join(line.split()) for line in "".join(parts).split("\n")]
    text, blank = [], False
    for line in lines:
        if line:
            if blank and text:
                text.append("")
            text.append(line)
            blank = False
        else:
            blank = True
    return "\n".join(text) + "\n"
