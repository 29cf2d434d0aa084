"""``/api/people``: the list with filters and paging, and each profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from reseau.http.deps import SessionDep
from reseau.api.schemas import MAX_ID
from reseau.api.schemas import ErrorPublic, Page, PersonProfile, PersonPublic
from reseau.query.listing import list_people
from reseau.query.profiles import person_profile
from reseau.store.tables import Person
from reseau.errors import UnknownName

router = APIRouter(prefix="/people", tags=["people"])


@router.get("", response_model=Page[PersonPublic])
async def read_people(session: SessionDep, q: Annotated[str | None, Query(max_length=200)] = None,
                organization: Annotated[int | None, Query(ge=1, le=MAX_ID)] = None,
                topic: Annotated[str | None, Query(max_length=200)] = None,
                offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50):
    """People by name, filtered by words of their names, organization, or a topic of their activities."""
    listing = list_people(session, q=q, organization_id=organization, topic=topic, offset=offset, limit=limit)
    return {"total": listing.total, "offset": offset, "limit": limit, "items": listing.rows}


@router.get("/{person_id}", response_model=PersonProfile, responses={404: {"model": ErrorPublic}})
async def read_person(session: SessionDep, person_id: Annotated[int, Path(ge=1, le=MAX_ID)]):
    """The profile of one person: roles over time, activities, who else was there, sources."""
    person = session.get(Person, person_id)
    if person is None:
        raise UnknownName("person", f"#{person_id}")
    return person_profile(session, person)
