"""Correcting activities and roles through the API: an activity's date, place, kind and title,
its participants; a person's roles (add, edit, end). Editors only; each change is audited."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Request
from pydantic import BaseModel, Field

from reseau.http.deps import EditorDep
from reseau.api.routes.curation import cookie_csrf
from reseau.api.schemas import DATE_PREFIX, MAX_ID, NAME, PLAIN, TextDate, error_responses
from reseau.kinds import ActivityKindName
from reseau.store.editing import add_participant, add_role, edit_activity, edit_role, end_role, remove_participant

router = APIRouter(tags=["editing"], dependencies=[Depends(cookie_csrf)])
Id = Annotated[int, Path(ge=1, le=MAX_ID)]
class ActivityUpdate(BaseModel):
    """Fields of an activity to change; those left out stay as they are; an empty date or place is none."""

    date: str | None = Field(None, max_length=10, pattern=rf"{DATE_PREFIX}|^$", description="AAAA, AAAA-MM ou AAAA-MM-JJ")
    place: str | None = Field(None, max_length=200, pattern=PLAIN)
    kind: ActivityKindName | None = None
    title: str | None = Field(None, max_length=500, pattern=PLAIN)
    part_of: int | None = Field(None, ge=1, le=MAX_ID, description="The mission or visit that holds it; null for none.")


class ParticipantIn(BaseModel):
    """A person or an organization to add to an activity, with its part in it."""

    type: Literal["person", "organization"]
    id: int = Field(ge=1, le=MAX_ID)
    part: str | None = Field(None, max_length=50, pattern=PLAIN)


class RoleIn(BaseModel):
    """A title a person holds, in an organization or none, seen between two dates."""

    title: str = Field(min_length=1, max_length=500, pattern=NAME)
    organization: int | None = Field(None, ge=1, le=MAX_ID)
    first_seen: TextDate | None = None
    last_seen: TextDate | None = None


class RoleUpdate(BaseModel):
    """Fields of a role to change; those left out stay as they are."""

    # Left out, the title stays; it cannot be emptied (a role is a title), so null is no value.
    title: str = Field(None, min_length=1, max_length=500, pattern=NAME)  # type: ignore[assignment]
    organization: int | None = Field(None, ge=1, le=MAX_ID)
    first_seen: TextDate | None = None
    last_seen: TextDate | None = None


class RoleEnd(BaseModel):
    """The day a role ended."""

    on: TextDate


class Changed(BaseModel):
    """What a correction changed."""

    id: int
    changed: list[str]


@router.patch("/activities/{activity_id}", response_model=Changed, responses=error_responses(404))
def update_activity(request: Request, activity_id: Id, body: ActivityUpdate, account: EditorDep):
    """Change an activity's date, place, kind or title, or the mission or visit that holds it."""
    changes = body.model_dump(exclude_unset=True)
    if "part_of" in changes:
        changes["parent_id"] = changes.pop("part_of")
    with request.app.state.register.transaction() as session:
        changed = [("part_of" if f == "parent_id" else f) for f in
                   edit_activity(session, activity_id, changes, actor=account.username)]
    return {"id": activity_id, "changed": changed}


@router.post("/activities/{activity_id}/participants", status_code=201, response_model=Changed,
             responses=error_responses(404, 409))
def add_activity_participant(request: Request, activity_id: Id, body: ParticipantIn, account: EditorDep):
    """Add a person or an organization to an activity; 409 if already there."""
    key = "person_id" if body.type == "person" else "organization_id"
    with request.app.state.register.transaction() as session:
        add_participant(session, activity_id, **{key: body.id}, part=body.part, actor=account.username)
    return {"id": activity_id, "changed": ["participants"]}


@router.delete("/activities/{activity_id}/participants/{kind}/{record_id}", response_model=Changed,
               responses=error_responses(404))
def remove_activity_participant(request: Request, activity_id: Id, kind: Literal["person", "organization"], record_id: Id,
                                account: EditorDep):
    """Take a person or an organization out of an activity (the record stays)."""
    key = "person_id" if kind == "person" else "organization_id"
    with request.app.state.register.transaction() as session:
        remove_participant(session, activity_id, **{key: record_id}, actor=account.username)
    return {"id": activity_id, "changed": ["participants"]}


@router.post("/people/{person_id}/roles", status_code=201, response_model=Changed, responses=error_responses(404))
def create_role(request: Request, person_id: Id, body: RoleIn, account: EditorDep):
    """Give a person a role."""
    with request.app.state.register.transaction() as session:
        role_id = add_role(session, person_id, title=body.title, organization_id=body.organization,
                           first_seen=body.first_seen, last_seen=body.last_seen, actor=account.username)
    return {"id": role_id, "changed": ["title", "organization_id", "first_seen", "last_seen"]}


@router.patch("/roles/{role_id}", response_model=Changed, responses=error_responses(404))
def update_role(request: Request, role_id: Id, body: RoleUpdate, account: EditorDep):
    """Change a role's title, organization or dates."""
    changes = body.model_dump(exclude_unset=True)
    if "organization" in changes:
        changes["organization_id"] = changes.pop("organization")
    with request.app.state.register.transaction() as session:
        changed = edit_role(session, role_id, changes, actor=account.username)
    return {"id": role_id, "changed": changed}


@router.post("/roles/{role_id}/end", response_model=Changed, responses=error_responses(404))
def finish_role(request: Request, role_id: Id, body: RoleEnd, account: EditorDep):
    """Mark a role as ended on a day (its last date)."""
    with request.app.state.register.transaction() as session:
        end_role(session, role_id, body.on, actor=account.username)
    return {"id": role_id, "changed": ["last_seen"]}
