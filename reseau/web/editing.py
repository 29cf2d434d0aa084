"""Correcting an activity (date, place, kind, title, participants) and a person's roles from
their pages; editors and admins only. Each form changes one thing and comes back to the page
with a message saying what changed or why not."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, HTTPException, Path, Request
from fastapi.responses import RedirectResponse

from reseau.errors import ReseauError, UnknownName
from reseau.query.lookup import find_organization, find_person
from reseau.store.editing import add_participant, add_role, edit_activity, edit_role, end_role, remove_participant
from reseau.store.tables import Organization, Person, Role
from reseau.http.csrf import check_csrf
from reseau.http.language import choose_language, translate
from reseau.web.routes import PageAccount

router = APIRouter(include_in_schema=False)
Id = Annotated[int, Path(ge=1, le=2**31 - 1)]


async def _form(request: Request, account) -> dict:
    form = await request.form()
    check_csrf(request, form.get("csrf"))
    if not account.may("editor"):
        raise HTTPException(403, "les corrections sont réservées aux rôles editor et admin")
    return {k: str(v) for k, v in form.items()}


def _record_id(session, model, find, typed: str) -> int | None:
    """A record typed in a form: « #12 » or its name; empty is none."""
    typed = typed.strip()
    if not typed:
        return None
    if typed.startswith("#") and typed[1:].isdigit() and int(typed[1:]) < 2**31:
        if session.get(model, int(typed[1:])) is None:
            raise UnknownName("record", typed)
        return int(typed[1:])
    return find(session, typed).id


def _done(request: Request, target: str, message: str) -> RedirectResponse:
    """Back to the page, with a message already in the reader's language."""
    request.session["flash"] = message
    return RedirectResponse(target, status_code=303)


def _refused(request: Request, target: str, error: ReseauError) -> RedirectResponse:
    return _done(request, target, translate(request, "Modification refusée : {reason}", reason=error.render(choose_language(request))))


@router.post("/activites/{activity_id}/modifier")
async def change_activity(request: Request, account: PageAccount, activity_id: Id):
    form = await _form(request, account)
    target = f"/activites/{activity_id}"
    try:
        with request.app.state.register.transaction() as session:
            fields = [f for f in ("date", "place", "kind", "title", "parent_id") if f in form]
            changed = edit_activity(session, activity_id, {f: form[f] for f in fields}, actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    if not changed:
        return _done(request, target, translate(request, "Rien n'a changé."))
    return _done(request, target, translate(request, "Activité modifiée : {fields}.",
                                            fields=", ".join(translate(request, FIELD_NAMES[f]) for f in changed)))


FIELD_NAMES = {"date": "date", "place": "lieu", "kind": "type", "title": "titre", "parent_id": "mission"}


@router.post("/activites/{activity_id}/participants")
async def add_to_activity(request: Request, account: PageAccount, activity_id: Id):
    form = await _form(request, account)
    target = f"/activites/{activity_id}"
    try:
        with request.app.state.register.transaction() as session:
            if form.get("type") == "organization":
                org = _record_id(session, Organization, find_organization, form.get("name", ""))
                person = None
            else:
                person, org = _record_id(session, Person, find_person, form.get("name", "")), None
            if person is None and org is None:
                return _done(request, target, translate(request, "Nommez le participant à ajouter."))
            add_participant(session, activity_id, person_id=person, organization_id=org, part=form.get("part"),
                            actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    return _done(request, target, translate(request, "Participant ajouté."))


@router.post("/activites/{activity_id}/participants/retirer")
async def remove_from_activity(request: Request, account: PageAccount, activity_id: Id):
    form = await _form(request, account)
    target = f"/activites/{activity_id}"
    record = form.get("record_id", "")
    if not record.isdigit():
        return _done(request, target, translate(request, "Rien n'a changé."))
    try:
        with request.app.state.register.transaction() as session:
            key = "organization_id" if form.get("type") == "organization" else "person_id"
            remove_participant(session, activity_id, **{key: int(record)}, actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    return _done(request, target, translate(request, "Participant retiré."))


@router.post("/personnes/{person_id}/fonctions")
async def add_person_role(request: Request, account: PageAccount, person_id: Id):
    form = await _form(request, account)
    target = f"/personnes/{person_id}"
    try:
        with request.app.state.register.transaction() as session:
            add_role(session, person_id, title=form.get("title", ""),
                     organization_id=_record_id(session, Organization, find_organization, form.get("organisation", "")),
                     first_seen=form.get("first_seen") or None, last_seen=form.get("last_seen") or None, actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    return _done(request, target, translate(request, "Fonction ajoutée."))


def _person_of(request: Request, role_id: int) -> str:
    with request.app.state.register.sessions() as session:
        role = session.get(Role, role_id)
        if role is None:
            raise HTTPException(404, "fonction introuvable")
        return f"/personnes/{role.person_id}"


@router.post("/fonctions/{role_id}/modifier")
async def change_role(request: Request, account: PageAccount, role_id: Id):
    form = await _form(request, account)
    target = _person_of(request, role_id)
    try:
        with request.app.state.register.transaction() as session:
            typed = form.get("organisation", "")
            # The name shown in the form stands for the organization the role already has, even
            # when another record shares it: only a name typed anew is looked up.
            org = (int(form["organisation_id"]) if typed == form.get("organisation_was") and form.get("organisation_id", "").isdigit()
                   else _record_id(session, Organization, find_organization, typed))
            changed = edit_role(session, role_id, {
                "title": form.get("title", ""), "organization_id": org,
                "first_seen": form.get("first_seen") or None, "last_seen": form.get("last_seen") or None},
                actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    return _done(request, target, translate(request, "Fonction modifiée.") if changed else translate(request, "Rien n'a changé."))


@router.post("/fonctions/{role_id}/terminer")
async def finish_role(request: Request, account: PageAccount, role_id: Id):
    form = await _form(request, account)
    target = _person_of(request, role_id)
    try:
        with request.app.state.register.transaction() as session:
            end_role(session, role_id, form.get("on", ""), actor=account.username)
    except ReseauError as error:
        return _refused(request, target, error)
    return _done(request, target, translate(request, "Fonction terminée le {day}.", day=form.get("on", "")))
