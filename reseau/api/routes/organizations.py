"""``/api/organizations``: the list with filters and paging, and each profile."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path, Query

from reseau.http.deps import SessionDep
from reseau.api.schemas import MAX_ID
from reseau.api.schemas import ErrorPublic, OrganizationProfile, OrganizationPublic, Page
from reseau.query.listing import list_organizations
from reseau.query.profiles import organization_profile
from reseau.store.tables import Organization
from reseau.errors import UnknownName

router = APIRouter(prefix="/organizations", tags=["organizations"])


@router.get("", response_model=Page[OrganizationPublic])
async def read_organizations(session: SessionDep, q: Annotated[str | None, Query(max_length=200)] = None,
                       kind: Annotated[str | None, Query(max_length=100)] = None,
                       country: Annotated[str | None, Query(max_length=100)] = None,
                       topic: Annotated[str | None, Query(max_length=200)] = None,
                       offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0, limit: Annotated[int, Query(ge=1, le=500)] = 50):
    """Organizations by name, filtered by words, kind, country and a topic of their activities."""
    listing = list_organizations(session, q=q, kind=kind, country=country, topic=topic, offset=offset, limit=limit)
    return {"total": listing.total, "offset": offset, "limit": limit, "items": listing.rows}


@router.get("/{organization_id}", response_model=OrganizationProfile, responses={404: {"model": ErrorPublic}})
async def read_organization(session: SessionDep, organization_id: Annotated[int, Path(ge=1, le=MAX_ID)]):
    """The profile of one organization: names, people and titles, activities, sources."""
    org = session.get(Organization, organization_id)
    if org is None:
        raise UnknownName("organization", f"#{organization_id}")
    return organization_profile(session, org)
