"""Correcting records from the pages: edit fields, merge two records, see the history and undo a change."""

from __future__ import annotations

from typing import Annotated

from urllib.parse import urlencode

from fastapi import APIRouter, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from sqlalchemy.orm import Session

from reseau.errors import ReseauError
from reseau.query.history import describe, recent_changes, record_history
from reseau.query.lookup import find_organization, find_person
from reseau.query.merge_preview import merge_sides
from reseau.store.curation import EDITABLE, delete_organization, edit_field
from reseau.store.merge import decide, merge_records
from reseau.store.tables import Organization, Person
from reseau.store.undo import undo_change
from reseau.http.csrf import check_csrf
from reseau.http.language import choose_language, translate
from reseau.web.routes import CORRECTION_FIELDS, PageAccount, SessionDep, render

router = APIRouter(include_in_schema=False)
PAGES = {"organisations": ("organization", Organization, find_organization),
         "personnes": ("person", Person, find_person)}
Section = Annotated[str, Path(pattern="^(organisations|personnes)$")]
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]
HISTORY_PAGE = 100


def worded(request: Request, entry: dict) -> dict[str, object]:
    """An audit entry for a page: when, who, and the change in words in the reader's language."""
    return {**entry, "at": entry["at"].strftime("%Y-%m-%d %H:%M"),
            "lines": [translate(request, text, **values) for text, values in describe(entry)]}


def change_history(request: Request, session: Session, kind: str, record_id: int) -> list[dict[str, object]]:
    """The audit entries of a record, newest first, worded for its profile page."""
    return [worded(request, entry) for entry in record_history(session, kind, record_id, limit=50)]


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


def _other_id(session: Session, section: str, other: str) -> int:
    """The record the person typed: « #12 », « 12 » or a name."""
    other = other.strip()
    if other.lstrip("#").isdigit():
        return int(other.lstrip("#"))
    return PAGES[section][2](session, other).id


@router.get("/{section}/{record_id}/fusionner", response_class=HTMLResponse)
async def merge_form(request: Request, session: SessionDep, account: PageAccount, section: Section, record_id: Id,
                     other: Annotated[str, Query(max_length=500)] = ""):
    """Both records side by side before a merge; the one the person came from is kept unless
    they pick the other."""
    if not account.may("editor"):
        raise HTTPException(403, "les corrections sont réservées aux rôles editor et admin")
    kind = PAGES[section][0]
    try:
        sides = merge_sides(session, kind, record_id, _other_id(session, section, other)) if other.strip() else None
    except ReseauError as error:
        request.session["flash"] = translate(request, "Fusion impossible : {reason}", reason=error.render(choose_language(request)))
        return RedirectResponse(f"/{section}/{record_id}", status_code=303)
    if sides is None:
        return RedirectResponse(f"/{section}/{record_id}", status_code=303)
    return render(request, "merge.html", account, section=section, sides=sides, here=record_id)


@router.post("/{section}/{record_id}/fusionner")
async def merge(request: Request, account: PageAccount, section: Section, record_id: Id):
    """Merge once the person confirmed, keeping the record they picked (by default this one)."""
    form = await _form(request, account)
    kind = PAGES[section][0]
    other = str(form.get("other") or "").strip()
    if not form.get("confirm"):  # nothing is merged before both records were shown
        return RedirectResponse(f"/{section}/{record_id}/fusionner?{urlencode({'other': other})}", status_code=303)
    try:
        with request.app.state.register.transaction() as session:
            other_id = _other_id(session, section, other)
            keep = other_id if str(form.get("keep")) == str(other_id) else record_id
            drop = record_id if keep == other_id else other_id
            rows = {row_id: session.get(PAGES[section][1], row_id) for row_id in (keep, drop)}
            labels = {row_id: row.name if row else f"#{row_id}" for row_id, row in rows.items()}
            merge_records(session, kind, keep=keep, drop=drop, actor=account.username)
        request.session["flash"] = translate(request, "« {drop} » a été fondue dans « {keep} » ; l'historique permet "
                                                      "d'annuler.", drop=labels[drop], keep=labels[keep])
        return RedirectResponse(f"/{section}/{keep}", status_code=303)
    except ReseauError as error:
        request.session["flash"] = translate(request, "Fusion impossible : {reason}", reason=error.render(choose_language(request)))
    return RedirectResponse(f"/{section}/{record_id}", status_code=303)


@router.get("/historique", response_class=HTMLResponse)
async def history_page(request: Request, session: SessionDep, account: PageAccount,
                       avant: Annotated[int | None, Query(ge=1, le=2**31 - 1)] = None):
    """The latest changes to the register, each with its undo button for editors."""
    entries = [worded(request, entry) for entry in recent_changes(session, limit=HISTORY_PAGE, before_id=avant)]
    older = entries[-1]["id"] if len(entries) == HISTORY_PAGE else None
    return render(request, "history.html", account, entries=entries, older=older)


@router.post("/historique/{audit_id}/annuler")
async def undo(request: Request, account: PageAccount, audit_id: Id):
    """Undo one change; back to the page the button was on."""
    form = await _form(request, account)
    back = str(form.get("next") or "/historique")
    if not back.startswith("/") or back.startswith("//"):
        back = "/historique"
    try:
        with request.app.state.register.transaction() as session:
            undo_change(session, audit_id, actor=account.username)
        request.session["flash"] = translate(request, "Modification n° {number} annulée.", number=audit_id)
    except ReseauError as error:
        request.session["flash"] = translate(request, "Annulation impossible : {reason}", reason=error.render(choose_language(request)))
    return RedirectResponse(back, status_code=303)


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
