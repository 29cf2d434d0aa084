"""``/api/activities``: activities filtered by period, place, organization, person, topic, kind."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Query

from reseau.api.deps import SessionDep
from reseau.api.schemas import MAX_ID, ActivityPublic
from reseau.query.activities import ActivityFilter, list_activities

router = APIRouter(prefix="/activities", tags=["activities"])
DatePrefix = Annotated[str | None, Query(pattern=r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")]


@router.get("", response_model=list[ActivityPublic])
async def read_activities(session: SessionDep, start: DatePrefix = None, end: DatePrefix = None,
                    place: Annotated[str | None, Query(max_length=200)] = None,
                    organization: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                    person: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                    topic: Annotated[str | None, Query(max_length=200)] = None,
                    kind: Literal["meeting", "event", "hire", "publication"] | None = None,
                    limit: Annotated[int, Query(ge=1, le=1000)] = 200):
    """Activities, newest first."""
    return list_activities(session, ActivityFilter(start, end, place, organization, person, topic, kind), limit=limit)
