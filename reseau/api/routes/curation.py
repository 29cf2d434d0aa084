"""Writing through the API: create, edit and merge records, import and accept a bulletin, erase a
person, read the change history and undo a change. Editors write, admins erase; a request signed in by its
cookie must also send its CSRF token in ``X-CSRF-Token``."""

from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.exceptions import RequestValidationError
from pydantic import BaseModel, Field, StringConstraints, ValidationError

from reseau.http.deps import AdminDep, EditorDep, SessionDep, ViewerDep
from reseau.api.schemas import MAX_ID, NAME, PLAIN, POSITION_KEY, TEXT, ErrorPublic, TextDate, error_responses
from reseau.errors import Forbidden, UnknownName
from reseau.kinds import ReportedKind
from reseau.query.history import in_words, recent_changes, record_history
from reseau.resolve.resolver import Verdict
from reseau.store.merge import merge_records
from reseau.store.curation import create_record, delete_organization, edit_field
from reseau.store.personal_data import erase as erase_everywhere
from reseau.store.tables import Organization, Person
from reseau.store.undo import undo_change
from reseau.workflows import ActivityEdit, Choices, Draft, accept_import, open_import, start_import
from reseau.workflows.serial import decision_dict
from reseau.http.csrf import check_csrf

Id = Annotated[int, Path(ge=1, le=MAX_ID)]


def cookie_csrf(request: Request) -> None:
    """Writes signed in by a session cookie must prove they come from our pages."""
    if not request.headers.get("authorization", "").lower().startswith("bearer "):
        check_csrf(request, request.headers.get("x-csrf-token"))


router = APIRouter(tags=["curation"], dependencies=[Depends(cookie_csrf)])
history = APIRouter(tags=["curation"])
# More records than a draft could hold: a review listing more is not a review.
MAX_RECORDS = 10_000
KINDS = {"organizations": ("organization", Organization), "people": ("person", Person)}


# What the pattern cannot say: JSON Schema's regular expressions have no portable class for
# the letters of every script.
NAME_RULE = "au moins une lettre ou un chiffre, sans caractère de contrôle"


class OrganizationCreate(BaseModel):
    """A new organization, typed by hand."""

    name: str = Field(min_length=1, max_length=500, pattern=NAME, description=NAME_RULE)
    acronym: str | None = Field(None, max_length=100, pattern=PLAIN)
    kind: str | None = Field(None, max_length=100, pattern=PLAIN)
    country: str | None = Field(None, max_length=100, pattern=PLAIN)
    city: str | None = Field(None, max_length=200, pattern=PLAIN)
    notes: str | None = Field(None, max_length=10_000, pattern=PLAIN)


class PersonCreate(BaseModel):
    """A new person, typed by hand."""

    name: str = Field(min_length=1, max_length=300, pattern=NAME, description=NAME_RULE)
    notes: str | None = Field(None, max_length=10_000, pattern=PLAIN)


def _optional(schema: dict[str, Any]) -> None:
    """A field one may leave out but not set to null (a record keeps its name): no default shown."""
    schema.pop("default", None)


class OrganizationUpdate(BaseModel):
    """Fields of an organization to change; those left out stay as they are."""

    name: str = Field(None, min_length=1, max_length=500, pattern=NAME, description=NAME_RULE,
                     json_schema_extra=_optional)
    acronym: str | None = Field(None, max_length=100, pattern=PLAIN)
    kind: str | None = Field(None, max_length=100, pattern=PLAIN)
    country: str | None = Field(None, max_length=100, pattern=PLAIN)
    city: str | None = Field(None, max_length=200, pattern=PLAIN)
    notes: str | None = Field(None, max_length=10_000, pattern=PLAIN)


class PersonUpdate(BaseModel):
    """Fields of a person to change."""

    name: str = Field(None, min_length=1, max_length=300, pattern=NAME, description=NAME_RULE,
                     json_schema_extra=_optional)
    notes: str | None = Field(None, max_length=10_000, pattern=PLAIN)


class MergeIn(BaseModel):
    """The record to fold into the one in the path."""

    other: int = Field(ge=1, le=MAX_ID)


class ImportIn(BaseModel):
    """A bulletin's text and publication date."""

    text: str = Field(min_length=1, max_length=5_000_000, pattern=TEXT)
    published: TextDate | None = None


# JSON keys are text: the description says they are positions, and nothing else is taken.
Position = Annotated[str, StringConstraints(pattern=POSITION_KEY)]
ONLY_POSITIONS = {"propertyNames": {"pattern": POSITION_KEY}, "additionalProperties": False}


# More than a meeting of a bulletin ever lists; a list too long to be one is refused (422) before
# its size reaches the body limit (413).
MAX_PARTICIPANTS = 200


class ActivityEditIn(BaseModel):
    """Corrections to one activity of the draft; a field left out stays as extraction found it.
    ``people`` and ``organizations`` replace the participants (names as the draft gives them)."""

    kind: ReportedKind | None = None
    date: str | None = Field(None, pattern=r"^(\d{4}(-\d{2}(-\d{2})?)?)?$", description="AAAA, AAAA-MM ou AAAA-MM-JJ ; vide : sans date")
    place: str | None = Field(None, max_length=200, pattern=PLAIN)
    people: list[Annotated[str, Field(max_length=300)]] | None = Field(None, max_length=MAX_PARTICIPANTS)
    organizations: list[Annotated[str, Field(max_length=500)]] | None = Field(None, max_length=MAX_PARTICIPANTS)


VerdictIn = Literal["same", "new", "ask"]


class ReviewIn(BaseModel):
    """The reviewer's decisions, by position in the draft's lists. A verdict answers the
    draft's match: « same » joins the known record, « new » keeps a separate one, « ask »
    leaves the doubt for later."""

    dropped_organizations: list[int] = Field(default_factory=list, max_length=MAX_RECORDS)
    dropped_people: list[int] = Field(default_factory=list, max_length=MAX_RECORDS)
    organization_names: dict[Position, Annotated[str, Field(max_length=500)]] = Field(
        default_factory=dict, max_length=MAX_RECORDS, json_schema_extra=ONLY_POSITIONS)
    people_names: dict[Position, Annotated[str, Field(max_length=300)]] = Field(
        default_factory=dict, max_length=MAX_RECORDS, json_schema_extra=ONLY_POSITIONS)
    organization_verdicts: dict[Position, VerdictIn] = Field(
        default_factory=dict, max_length=MAX_RECORDS, json_schema_extra=ONLY_POSITIONS)
    people_verdicts: dict[Position, VerdictIn] = Field(
        default_factory=dict, max_length=MAX_RECORDS, json_schema_extra=ONLY_POSITIONS)
    activities: dict[Position, ActivityEditIn] = Field(
        default_factory=dict, max_length=MAX_RECORDS, json_schema_extra=ONLY_POSITIONS)

    def choices(self) -> Choices:
        """The same decisions, as the workflow takes them."""
        return Choices(
            frozenset(self.dropped_organizations), frozenset(self.dropped_people),
            {int(k): v for k, v in self.organization_names.items()}, {int(k): v for k, v in self.people_names.items()},
            {int(k): Verdict(v) for k, v in self.organization_verdicts.items()},
            {int(k): Verdict(v) for k, v in self.people_verdicts.items()},
            {int(k): ActivityEdit(kind=v.kind, date=v.date, place=v.place,
                                  people=tuple(v.people) if v.people is not None else None,
                                  organizations=tuple(v.organizations) if v.organizations is not None else None)
             for k, v in self.activities.items()})


def _row(session, kind: str, record_id: int):
    model = KINDS[kind][1]
    row = session.get(model, record_id)
    if row is None:
        raise UnknownName("record", record_id)
    return row


def _update(request: Request, kind: str, record_id: int, body: BaseModel, account) -> dict[str, Any]:
    with request.app.state.register.transaction() as session:
        row = _row(session, kind, record_id)
        for field, value in body.model_dump(exclude_unset=True).items():
            edit_field(session, KINDS[kind][0], record_id, field, value, actor=account.username)
        return {"id": row.id, "name": row.name}


def _create(request: Request, kind: str, body: BaseModel, account) -> dict[str, Any]:
    with request.app.state.register.transaction() as session:
        record_id = create_record(session, KINDS[kind][0], body.model_dump(exclude_none=True), actor=account.username)
    return {"id": record_id, "name": body.name}


@router.post("/organizations", status_code=201, responses={409: {"model": ErrorPublic}})
def create_organization(request: Request, body: OrganizationCreate, account: EditorDep):
    """Add an organization by hand; 409 if its name or acronym already names a record."""
    return _create(request, "organizations", body, account)


@router.post("/people", status_code=201, responses={409: {"model": ErrorPublic}})
def create_person(request: Request, body: PersonCreate, account: EditorDep):
    """Add a person by hand; 409 if the name already names a record."""
    return _create(request, "people", body, account)


@router.patch("/organizations/{organization_id}", responses=error_responses(404))
def update_organization(request: Request, organization_id: Id, body: OrganizationUpdate, account: EditorDep):
    """Change fields of an organization (the old name stays an alias)."""
    return _update(request, "organizations", organization_id, body, account)


@router.patch("/people/{person_id}", responses=error_responses(404))
def update_person(request: Request, person_id: Id, body: PersonUpdate, account: EditorDep):
    """Change fields of a person."""
    return _update(request, "people", person_id, body, account)


@router.post("/{kind}/{record_id}/merge", responses=error_responses(404, 409))
def merge(request: Request, kind: Annotated[str, Path(pattern="^(organizations|people)$")], record_id: Id, body: MergeIn,
          account: EditorDep):
    """Fold another record into this one, keeping every alias, role, mention and participation."""
    # Both records missing, or gone under a merge that ran at the same moment, is the same 409:
    # merge_records checks them once it holds their locks.
    with request.app.state.register.transaction() as session:
        merge_records(session, KINDS[kind][0], keep=record_id, drop=body.other, actor=account.username)
    return {"id": record_id, "merged": body.other}


async def import_body(request: Request, account: EditorDep) -> ImportIn:
    """The bulletin sent, read only once its sender is known to be an editor: declared as a
    parameter, a body would be read (megabytes of it) before anyone knew who sent it."""
    try:
        return ImportIn.model_validate_json(await request.body())
    except ValidationError as error:
        raise RequestValidationError([{**e, "loc": ("body", *e["loc"])} for e in error.errors()]) from None


# The body read by import_body, described as FastAPI would have.
IMPORT_BODY = {"requestBody": {"required": True, "content": {"application/json": {"schema": ImportIn.model_json_schema()}}}}


def draft_public(draft: Draft) -> dict[str, Any]:
    """A draft as the API shows it: each organization and person with its ``match``."""
    data = draft.extraction.to_dict()
    for org, decision in zip(data["organizations"], draft.resolution.organizations):
        org["match"] = decision_dict(decision)
    for person, decision in zip(data["people"], draft.resolution.people):
        person["match"] = decision_dict(decision)
    return {"id": draft.id, "expires_at": draft.expires_at.isoformat(timespec="seconds"), "extraction": data}


@router.post("/imports", status_code=201, openapi_extra=IMPORT_BODY)
def create_import(request: Request, body: Annotated[ImportIn, Depends(import_body)], account: EditorDep):
    """Read a bulletin and keep it as a draft (any server worker can show or accept it);
    nothing is written until the draft is accepted."""
    # Read in a worker process bounded in time and memory, like an uploaded file.
    draft = start_import(request.app.state.register, body.text.encode("utf-8"), "texte envoyé", actor=account.username,
                         published=body.published, model=request.app.state.settings.model,
                         read=request.app.state.reader.read,
                         lifetime=timedelta(seconds=request.app.state.settings.draft_seconds))
    return draft_public(draft)


DraftId = Annotated[str, Path(max_length=64)]


@history.get("/imports/{draft_id}", responses=error_responses(404))
def show_import(request: Request, draft_id: DraftId, account: EditorDep):
    """A draft as it stands: what was found and how each record matches the register."""
    return draft_public(open_import(request.app.state.register, draft_id))


@router.post("/imports/{draft_id}/accept", responses=error_responses(404, 409))
def accept(request: Request, draft_id: DraftId, body: ReviewIn, account: EditorDep):
    """Write the reviewed draft, all of it in one transaction, each record as the draft's
    ``match`` says (or as a verdict answers it). 409 when a record would now match otherwise:
    nothing is written, the draft shows the new match."""
    report = accept_import(request.app.state.register, draft_id, body.choices(), actor=account.username)
    return {"document": report.document_id, "skipped": report.skipped, "created": report.created, "merged": report.merged}


@router.delete("/organizations/{organization_id}", status_code=200, responses={404: {"model": ErrorPublic}})
def delete_organization_record(request: Request, organization_id: Id, account: AdminDep):
    """Remove an organization read by mistake (people and activities stay); admins only."""
    with request.app.state.register.transaction() as session:
        return delete_organization(session, organization_id, actor=account.username)


@router.delete("/people/{person_id}", status_code=200, responses=error_responses(404))
def erase(request: Request, person_id: Id, account: AdminDep, session: SessionDep):
    """Erase a person everywhere (GDPR, Québec's Law 25); admins only."""
    # The session that found the account still reads an older state of the register, and the
    # write-ahead log cannot be emptied while anyone reads it: it ends here.
    session.close()
    return erase_everywhere(request.app.state.register, lambda session: _row(session, "people", person_id), actor=account.username)


@history.get("/history/{kind}/{record_id}")
async def change_history(session: SessionDep, kind: Annotated[str, Path(pattern="^(organization|person|document|user)$")],
                   record_id: Id, account: ViewerDep):
    """Every change to a record: what, before, after, when, by whom. An account's history
    (sign-ins, the addresses they came from, role changes) is for admins only."""
    if kind == "user" and not account.may("admin"):
        raise Forbidden("réservé au rôle {role} ou plus", role="admin")
    return [_public(entry) for entry in record_history(session, kind, record_id)]


def _public(entry: dict[str, Any]) -> dict[str, Any]:
    """An audit entry for the API: its fields, the change in French words, whether it can be undone."""
    return {**entry, "at": entry["at"].isoformat(timespec="seconds"), "summary": in_words(entry)}


@history.get("/history")
async def recent_history(session: SessionDep, account: ViewerDep, limit: Annotated[int, Query(ge=1, le=500)] = 100,
                         before: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None):
    """The latest changes to records and documents, newest first (``before``: older than that number)."""
    return [_public(entry) for entry in recent_changes(session, limit=limit, before_id=before)]


@router.post("/changes/{audit_id}/undo", responses=error_responses(404, 409))
def undo(request: Request, audit_id: Id, account: EditorDep):
    """Undo a change: a merge gives back the absorbed record with its aliases, roles, mentions and
    participations; an import forgets its document. 409 when the change was undone already,
    when a later change touches the same records (undo that first), or for an erasure of
    personal data, which keeps nothing to put back."""
    with request.app.state.register.transaction() as session:
        entry = undo_change(session, audit_id, actor=account.username)
        return {"id": entry.id, "undid": audit_id}
