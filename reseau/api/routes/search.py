"""``/api/search``: one box over everything, accents ignored."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from reseau.http.deps import SessionDep
from reseau.api.schemas import SearchResult
from reseau.query.search import search

router = APIRouter(prefix="/search", tags=["search"])


@router.get("", response_model=list[SearchResult])
async def read_search(session: SessionDep, q: Annotated[str, Query(min_length=1, max_length=200)],
                limit: Annotated[int, Query(ge=1, le=200)] = 50):
    """Records and documents holding every word, organizations and people first."""
    return search(session, q, limit=limit)
