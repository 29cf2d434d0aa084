"""Correcting records from the pages: edit fields, merge two records, see the history."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import RedirectResponse
from sqlalchemy.orm import Session

from reseau.errors import ReseauError
from reseau.query.history import record_history
from reseau.query.lookup import find_organization, find_person
from reseau.resolve.merge import merge_records
from reseau.resolve.review import decide
from reseau.store.curation import EDITABLE, delete_organization, edit_field
from reseau.store.tables import Organization, Person
from reseau.web.csrf import check_csrf
from reseau.web.i18n import choose_language, translate
from reseau.web.routes import CORRECTION_FIELDS, PageAccount

router = APIRouter(include_in_schema=False)
PAGES = {"organisations": ("organization", Organization, find_organization),
         "personnes": ("person", Person, find_person)}
Section = Annotated[str, Path(pattern="^(organisations|personnes)$")]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


def change_history(session: Session, kind: str, record_id: int) -> list[dict[str, object]]:
    """The audit entries of a record, newest first, worded for its profile page."""
    out = []
    for entry in record_history(session, kind, record_id, limit=50):
        after = entry["after"]
        detail = ", ".join(f"{k} : {v}" for k, v in after.items() if v not in (None, "")) if isinstance(after, dict) else ""
        out.append({"at": entry["at"].strftime("%Y-%m-%d %H:%M"), "actor": entry["actor"], "action": entry["action"], "detail": detail})
    return out


async def _form(request: Request, account) -> dict:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    if not account.may("editor"):
        raise HTTPException(403, "les corrections sont réservées aux rôles editor et admin")
    return form


@router.post("/{section}/{record_id}/modifier")
async def edit(request: Request, account: PageAccount, section: Section, record_id: Id):
    form = await _form(request, account)
    kind, model, _ = PAGES[section]
    try:
        with request.app.state.register.transaction() as session:
            row = session.get(model, record_id)
            if row is None:
                raise HTTPException(404, "fiche introuvable")
            changed = []
            for field in sorted(EDITABLE[kind]):
                if field in form and (form[field] or None) != getattr(row, field):
                    edit_field(session, kind, record_id, field, str(form[field]), actor=account.username)
                    changed.append(field)
        labels = dict(CORRECTION_FIELDS.get(kind, []))
        words = ", ".join(translate(request, labels.get(field, field)).lower() for field in changed)
        request.session["flash"] = (translate(request, "Modifié : {fields}.", fields=words) if changed
                                    else translate(request, "Rien n'a changé."))
    except ReseauError as error:
        request.session["flash"] = translate(request, "Modification refusée : {reason}", reason=error.render(choose_language(request)))
    return RedirectResponse(f"/{section}/{record_id}", status_code=303)


@router.post("/{section}/{record_id}/fusionner")
async def merge(request: Request, account: PageAccount, section: Section, record_id: Id):
    form = await _form(request, account)
    kind, model, find = PAGES[section]
    other = str(form.get("other") or "").strip()
    try:
        with request.app.state.register.transaction() as session:
            drop = int(other[1:]) if other.startswith("#") and other[1:].isdigit() else find(session, other).id
            merge_records(session, kind, keep=record_id, drop=drop, actor=account.username)
        request.session["flash"] = translate(request, "Fiche #{number} fusionnée dans celle-ci.", number=drop)
    except ReseauError as error:
        request.session["flash"] = translate(request, "Fusion impossible : {reason}", reason=error.render(choose_language(request)))
    return RedirectResponse(f"/{section}/{record_id}", status_code=303)


@router.post("/organisations/{record_id}/supprimer")
async def remove(request: Request, account: PageAccount, record_id: Id):
    """Remove an organization read by mistake; admins only, once they tick the confirmation."""
    form = await _form(request, account)
    if not account.may("admin"):
        raise HTTPException(403, "la suppression est réservée au rôle admin")
    if not form.get("confirm"):
        request.session["flash"] = translate(request, "Cochez la confirmation pour supprimer la fiche.")
        return RedirectResponse(f"/organisations/{record_id}", status_code=303)
    with request.app.state.register.transaction() as session:
        delete_organization(session, record_id, actor=account.username)
    request.session["flash"] = translate(request, "Fiche #{number} supprimée.", number=record_id)
    return RedirectResponse("/organisations", status_code=303)


@router.post("/propositions/{proposal_id}")
async def review_proposal(request: Request, account: PageAccount, proposal_id: Id):
    """Settle a proposal from the home page: the same record (merge) or two records."""
    form = await _form(request, account)
    accept = form.get("decision") == "accept"
    try:
        with request.app.state.register.transaction() as session:
            decide(session, proposal_id, accept=accept, actor=account.username)
        request.session["flash"] = translate(request, "Fiches fusionnées." if accept else "Les deux fiches restent distinctes.")
    except ReseauError as error:
        request.session["flash"] = translate(request, "Décision impossible : {reason}", reason=error.render(choose_language(request)))
    return RedirectResponse("/", status_code=303)
