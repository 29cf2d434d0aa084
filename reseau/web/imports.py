"""Importing a bulletin from the pages: paste or upload, review what was found, accept.

Nothing is written until the reviewer accepts; accepting writes the whole document in one
transaction. Only editors and admins may import.
"""

from __future__ import annotations

from datetime import date

from fastapi import APIRouter, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import UploadFile

from reseau.api.deps import SessionDep
from reseau.errors import ReseauError
from reseau.extract.records import Extraction
from reseau.extract.edits import edit_extraction
from reseau.resolve.draft import DraftStore, matches
from reseau.store.repo import save_extraction
from reseau.web.csrf import check_csrf
from reseau.web.i18n import choose_language, translate
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
    try:
        when = date.fromisoformat(published) if published else None
        # Read in a worker process (bounded in time and memory), waited for in the thread pool:
        # a hostile file fails alone and the event loop keeps serving the others.
        if isinstance(file, UploadFile) and file.filename:
            name = file.filename.replace("\\", "/").rsplit("/", 1)[-1][-200:]  # a name, never a path, and short
            data = await file.read()
            source = await run_in_threadpool(reader.read, data, name, "." + name.rsplit(".", 1)[-1].lower())
        else:
            source = await run_in_threadpool(reader.read, text.encode("utf-8"), "texte collé")
    except ValueError:
        return render(request, "import.html", account, error=translate(request, "Date de publication invalide (AAAA-MM-JJ)."),
                      text=text, published=published)
    except ReseauError as error:
        return render(request, "import.html", account, error=error.render(choose_language(request)), text=text, published=published)
    from reseau.extract.document import extract_text

    # spaCy takes seconds on a long bulletin: in the thread pool, other visitors are not kept waiting.
    extraction = await run_in_threadpool(extract_text, source.text, source=source.name, published=when,
                                         model=request.app.state.settings.model)
    draft = request.app.state.drafts.add(source.text, extraction)
    return RedirectResponse(f"/import/{draft.id}", status_code=303)


@router.get("/import/{draft_id}", response_class=HTMLResponse)
def review_page(request: Request, session: SessionDep, account: PageAccount, draft_id: str):
    require_editor(account)
    draft = request.app.state.drafts.get(draft_id)
    if draft is None:
        raise HTTPException(404, "import introuvable ou expiré ; recommencez l'import")
    found = matches(session, draft.extraction)
    return render(request, "review.html", account, draft=draft, pieces=highlighted(draft.text, draft.extraction),
                  orgs=least_sure_first(draft.extraction.organizations, found["organizations"]),
                  people=least_sure_first(draft.extraction.people, found["people"]),
                  floor=request.app.state.settings.review_floor)


def least_sure_first(records: list, found: list) -> list[tuple[int, object, dict]]:
    """(index in the extraction, record, how it matches the register), the least sure records first:
    the ones a reviewer should read."""
    return sorted(((i, record, match) for i, (record, match) in enumerate(zip(records, found))),
                  key=lambda row: (row[1].confidence, row[0]))


@router.post("/import/{draft_id}")
async def accept_review(request: Request, account: PageAccount, draft_id: str):
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    require_editor(account)
    store: DraftStore = request.app.state.drafts
    draft = store.get(draft_id)
    if draft is None:
        raise HTTPException(404, "import introuvable ou expiré ; recommencez l'import")
    ex = draft.extraction
    reviewed = edit_extraction(
        ex,
        dropped_orgs={i for i in range(len(ex.organizations)) if not form.get(f"org-{i}-keep")},
        org_names={i: str(form.get(f"org-{i}-name") or "") for i in range(len(ex.organizations))},
        dropped_people={i for i in range(len(ex.people)) if not form.get(f"person-{i}-keep")},
        people_names={i: str(form.get(f"person-{i}-name") or "") for i in range(len(ex.people))})
    with request.app.state.register.transaction() as session:
        report = save_extraction(session, reviewed, draft.text, actor=account.username)
    store.pop(draft_id)
    request.session["flash"] = (translate(request, "Ce texte était déjà au registre : rien de changé.") if report.skipped else
                                translate(request, "Import accepté : {organizations} organisations et {people} personnes créées, "
                                          "{activities} activités.", organizations=report.created["organization"],
                                          people=report.created["person"], activities=report.created["activity"]))
    return RedirectResponse("/", status_code=303)
