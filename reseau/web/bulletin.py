"""The « Bulletin » page: a period and a language, the bulletin's preview, « Copier le HTML »,
downloads (.md, .docx). Its items can be put in another order or left out: the order and
the items kept are sent back with the form, and the server writes the bulletin from them."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, Response

from reseau.errors import ReseauError
from reseau.http.deps import SessionDep
from reseau.http.language import choose_language
from reseau.publish.bulletin import html_body, item_headings, write_markdown
from reseau.publish.bulletin import render as render_format
from reseau.query.bulletin import bulletin_items
from reseau.settings import Settings
from reseau.web.routes import PageAccount, render

router = APIRouter(include_in_schema=False)
Text = Annotated[str, Query(max_length=20)]
Ids = Annotated[str, Query(max_length=20_000)]
Kept = Annotated[list[int], Query(max_length=2000)]
DEFAULT_DAYS = 92  # a quarter, the rhythm of most bulletins
MEDIA = {"md": "text/markdown; charset=utf-8", "html": "text/html; charset=utf-8", "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


def _ids(value: str) -> list[int]:
    """« 3,1,2 » as ids; what is not a number is ignored (the order is a wish, not a record)."""
    return [int(part) for part in value.split(",") if part.strip().isdigit() and len(part.strip()) < 10]


def _bulletin(request: Request, session, debut: str, fin: str, langue: str, ordre: str, garder: list[int], choix: str):
    """The whole bulletin in the asked order, the one with only the kept items, and its language."""
    lang = langue if langue in ("fr", "en") else choose_language(request)
    whole = bulletin_items(session, debut, fin, order=_ids(ordre))
    kept = set(garder) if choix else {i.id for i in whole.items}
    return whole, replace(whole, items=tuple(i for i in whole.items if i.id in kept)), kept, lang


def _default_period() -> tuple[str, str]:
    today = date.today()
    return (today - timedelta(days=DEFAULT_DAYS)).isoformat(), today.isoformat()


@router.get("/bulletin", response_class=HTMLResponse)
def bulletin_page(request: Request, session: SessionDep, account: PageAccount, debut: Text = "", fin: Text = "",
                  langue: Text = "", ordre: Ids = "", garder: Kept = [], choix: Text = ""):  # noqa: B006 (FastAPI reads it)
    """The form, the items to order or leave out, and the preview."""
    start, end = _default_period()
    debut, fin = debut or start, fin or end
    context = {"debut": debut, "fin": fin, "langue": langue or choose_language(request), "items": [], "kept": set(),
               "headings": {}, "preview": "", "error": None}
    try:
        whole, kept_bulletin, kept, lang = _bulletin(request, session, debut, fin, langue, ordre, garder, choix)
        folder = Settings.from_env().bulletin_templates
        markdown = write_markdown(kept_bulletin, lang, folder)
        context.update(langue=lang, items=whole.items, kept=kept, headings=item_headings(whole, lang, folder),
                       preview=html_body(markdown))
    except ReseauError as problem:
        context["error"] = problem.render(choose_language(request))
    return render(request, "bulletin.html", account, **context)


@router.get("/bulletin/telecharger")
def bulletin_download(request: Request, session: SessionDep, account: PageAccount, debut: Text, fin: Text,
                      format: Annotated[str, Query(pattern="^(md|docx|html)$")] = "md", langue: Text = "", ordre: Ids = "",
                      garder: Kept = [], choix: Text = ""):  # noqa: B006
    """The bulletin of the kept items, in their order, as a .md or .docx file (or the e-mail
    HTML that « Copier le HTML » puts on the clipboard)."""
    _, kept_bulletin, _, lang = _bulletin(request, session, debut, fin, langue, ordre, garder, choix)
    data = render_format(write_markdown(kept_bulletin, lang, Settings.from_env().bulletin_templates), format, lang)
    name = f"bulletin-{kept_bulletin.start}-{kept_bulletin.end}.{format}"
    disposition = "inline" if format == "html" else f'attachment; filename="{name}"'
    return Response(data, media_type=MEDIA[format], headers={"Content-Disposition": disposition})
