"""The documents' pages: the list, one document's text with its mentions linked, and
« Retirer ce document » with what would disappear, confirmed before anything goes."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from reseau.http.deps import SessionDep
from reseau.errors import LookupFailed
from reseau.publish.labels import counted
from reseau.query.documents import document_view, forget_preview, list_documents
from reseau.store.curation import forget_document
from reseau.http.csrf import check_csrf
from reseau.http.language import page_messages, translate
from reseau.web.routes import PageAccount, render

router = APIRouter(include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
PAGE = 100
# Where each kind of record is shown.
PAGES = {"organization": "/organisations", "person": "/personnes", "activity": "/activites"}


@router.get("/documents", response_class=HTMLResponse)
async def documents_page(request: Request, session: SessionDep, account: PageAccount,
                         page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    total, rows = list_documents(session, offset=(page - 1) * PAGE, limit=PAGE)
    return render(request, "documents.html", account, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)))


@router.get("/documents/{document_id}", response_class=HTMLResponse)
async def document_page(request: Request, session: SessionDep, account: PageAccount, document_id: Id):
    try:
        view = document_view(session, document_id)
    except LookupFailed:
        raise HTTPException(404, "document introuvable") from None
    return render(request, "document.html", account, d=view, record_pages=PAGES)


@router.get("/documents/{document_id}/retirer", response_class=HTMLResponse)
async def forget_page(request: Request, session: SessionDep, account: PageAccount, document_id: Id):
    """What removing the document would take away, and the button that confirms it."""
    if not account.may("editor"):
        raise HTTPException(403, "retirer un document est réservé aux rôles editor et admin")
    try:
        preview = forget_preview(session, document_id)
    except LookupFailed:
        raise HTTPException(404, "document introuvable") from None
    return render(request, "document_forget.html", account, f=preview, record_pages=PAGES)


@router.post("/documents/{document_id}/retirer")
async def forget(request: Request, account: PageAccount, document_id: Id):
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    if not account.may("editor"):
        raise HTTPException(403, "retirer un document est réservé aux rôles editor et admin")
    if not form.get("confirm"):
        request.session["flash"] = translate(request, "Cochez la confirmation pour retirer le document.")
        return RedirectResponse(f"/documents/{document_id}/retirer", status_code=303)
    try:
        with request.app.state.register.transaction() as session:
            gone = forget_document(session, str(document_id), actor=account.username)
    except LookupFailed:
        raise HTTPException(404, "document introuvable") from None
    request.session["flash"] = translate(request, "Document retiré ; supprimé avec lui : {counts}.",
                                         counts=counted(page_messages(request), gone))
    return RedirectResponse("/documents", status_code=303)
