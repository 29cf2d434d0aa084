"""Importing a bulletin from the pages: paste or upload, review what was found, accept.

Nothing is written until the reviewer accepts; accepting writes the whole document in one
transaction. Drafts wait in the register (:mod:`reseau.workflows`), so that any server worker
can show or accept them. Only editors and admins may import.
"""

from __future__ import annotations

from datetime import date, timedelta

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from reseau.errors import Conflict, ReseauError
from reseau.extract.records import Extraction
from reseau.kinds import REPORTED_KINDS
from reseau.http.csrf import check_csrf
from reseau.publish.labels import counted
from reseau.http.language import choose_language, page_messages, translate
from reseau.web.review_form import choices_from_form, review_rows
from reseau.workflows import Draft, accept_import, drop_import, open_import, start_import
from reseau.web.routes import PageAccount, render

router = APIRouter(include_in_schema=False)


def require_editor(account) -> None:
    if not account.may("editor"):
        raise HTTPException(403, "l'import est réservé aux rôles editor et admin")


def highlighted(text: str, extraction: Extraction) -> list[tuple[str, str | None]]:
    """The text cut into pieces, each mention of an organization or a person marked with its kind."""
    spans = [(m.start, m.end, "org") for o in extraction.organizations for m in o.mentions]
    spans += [(m.start, m.end, "person") for p in extraction.people for m in p.mentions]
    pieces, at = [], 0
    for start, end, kind in sorted(spans):
        if start < at:
            continue
        pieces.append((text[at:start], None))
        pieces.append((text[start:end], kind))
        at = end
    pieces.append((text[at:], None))
    return pieces


@router.get("/import", response_class=HTMLResponse)
def import_page(request: Request, account: PageAccount):
    require_editor(account)
    return render(request, "import.html", account, error=None, text="", published="")


@router.post("/import", response_class=HTMLResponse)
async def import_form(request: Request, account: PageAccount):
    # The form is read here, after the account is checked: declared as parameters, the upload
    # would be read (and spooled to disk) before anyone knew who sent it.
    require_editor(account)
    form = await request.form(max_files=1, max_fields=10, max_part_size=request.app.state.settings.max_import_bytes)
    check_csrf(request, form.get("csrf"))
    text, published, file = str(form.get("text") or ""), str(form.get("published") or ""), form.get("file")
    reader = request.app.state.reader
    settings = request.app.state.settings
    try:
        when = date.fromisoformat(published) if published else None
        if isinstance(file, UploadFile) and file.filename:
            name = file.filename.replace("\\", "/").rsplit("/", 1)[-1][-200:]  # a name, never a path, and short
            data, suffix = await file.read(), "." + name.rsplit(".", 1)[-1].lower()
        else:
            name, data, suffix = "texte collé", text.encode("utf-8"), ".txt"
        # Read in a worker process (bounded in time and memory), extracted by spaCy (seconds on a
        # long bulletin), both in the thread pool: a hostile file fails alone and other visitors
        # are not kept waiting.
        draft = await run_in_threadpool(start_import, request.app.state.register, data, name, suffix=suffix,
                                        actor=account.username, published=when, model=settings.model, read=reader.read,
                                        lifetime=timedelta(seconds=settings.draft_seconds))
    except ValueError:
        return render(request, "import.html", account, error=translate(request, "Date de publication invalide (AAAA-MM-JJ)."),
                      text=text, published=published)
    except ReseauError as error:
        return render(request, "import.html", account, error=error.render(choose_language(request)), text=text, published=published)
    return RedirectResponse(f"/import/{draft.id}", status_code=303)


def _review(request: Request, account, draft: Draft, error: str | None = None, status_code: int = 200) -> HTMLResponse:
    rows = review_rows(draft, request.app.state.settings.review_floor)
    response = render(request, "review.html", account, draft=draft, pieces=highlighted(draft.text, draft.extraction),
                      orgs=rows.organizations, people=rows.people, activities=rows.activities,
                      kinds=REPORTED_KINDS, error=error)
    response.status_code = status_code
    return response


@router.get("/import/{draft_id}", response_class=HTMLResponse)
def review_page(request: Request, account: PageAccount, draft_id: str):
    require_editor(account)
    return _review(request, account, _open(request, draft_id))


def _open(request: Request, draft_id: str) -> Draft:
    try:
        return open_import(request.app.state.register, draft_id)
    except ReseauError:
        raise HTTPException(404, "import introuvable ou expiré ; recommencez l'import") from None


@router.post("/import/{draft_id}")
async def accept_review(request: Request, account: PageAccount, draft_id: str):
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    require_editor(account)
    draft = await run_in_threadpool(_open, request, draft_id)
    if form.get("action") == "drop":
        await run_in_threadpool(drop_import, request.app.state.register, draft_id)
        return RedirectResponse("/import", status_code=303)
    try:
        choices = choices_from_form(form, draft.extraction)
        report = await run_in_threadpool(accept_import, request.app.state.register, draft_id, choices,
                                         actor=account.username)
    except Conflict as error:
        # The register or the reviewer's edits changed a match: the draft now shows it.
        return _review(request, account, await run_in_threadpool(_open, request, draft_id),
                       error.render(choose_language(request)), 409)
    except ReseauError as error:
        return _review(request, account, draft, error.render(choose_language(request)), 422)
    request.session["flash"] = (translate(request, "Ce texte était déjà au registre : rien de changé.") if report.skipped else
                                translate(request, "Import accepté. Nouveau au registre : {counts}.",
                                          counts=counted(page_messages(request), {k: report.created[k] for k in
                                                                                  ("organization", "person", "activity")})))
    return RedirectResponse("/", status_code=303)
