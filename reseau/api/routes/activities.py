"""``/api/activities``: activities filtered by period, place, organization, person, topic, kind; one activity."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Path, Query

from reseau.http.deps import SessionDep
from reseau.kinds import ActivityKindName
from reseau.api.schemas import DATE_PREFIX, MAX_ID, ActivityProfile, ActivityPublic, ErrorPublic
from reseau.query.activities import ActivityFilter, activity_profile, list_activities

router = APIRouter(prefix="/activities", tags=["activities"])
DatePrefix = Annotated[str | None, Query(pattern=DATE_PREFIX)]


class ActivityFilters:
    """The filters of the activities' list, as query parameters (the feed and the calendar take them too)."""

    def __init__(self, start: DatePrefix = None, end: DatePrefix = None,
                 place: Annotated[str | None, Query(max_length=200)] = None,
                 organization: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                 person: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                 topic: Annotated[str | None, Query(max_length=200)] = None,
                 kind: ActivityKindName | None = None,
                 status: Literal["held", "planned"] | None = None) -> None:
        self.filter = ActivityFilter(start, end, place, organization, person, topic, kind, status)


@router.get("", response_model=list[ActivityPublic])
async def read_activities(session: SessionDep, filters: Annotated[ActivityFilters, Depends()],
                          limit: Annotated[int, Query(ge=1, le=1000)] = 200):
    """Activities, newest first: meetings, events, agreements, hires, publications, and the missions
    and delegation visits that hold some of them (``part_of`` points a meeting to its mission);
    ``status=planned`` keeps what was announced and not yet reported."""
    return list_activities(session, filters.filter, limit=limit)


@router.get("/{activity_id}", response_model=ActivityProfile, responses={404: {"model": ErrorPublic}})
async def read_activity(session: SessionDep, activity_id: Annotated[int, Path(ge=1, le=MAX_ID)]):
    """One activity: participants, the mission it belongs to, the activities it holds, its sources."""
    return activity_profile(session, activity_id)
