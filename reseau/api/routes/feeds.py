"""``/api/feed.atom`` and ``/api/calendar.ics``: the activities as an Atom feed and as a calendar,
filtered like ``/api/activities``. Feed readers and calendar apps cannot sign in: both routes
take a feed token in their address (``?jeton=``), or any token as ``Authorization: Bearer``."""

from __future__ import annotations

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import Response

from reseau.api.routes.activities import ActivityFilters
from reseau.auth.account import Account
from reseau.http.deps import SessionDep, feed_account
from reseau.http.language import choose_language
from reseau.publish.calendar import calendar
from reseau.publish.feeds import atom_feed
from reseau.query.feeds import feed_items, register_key

router = APIRouter(tags=["feeds"])
ATOM = "application/atom+xml; charset=utf-8"
ICS = "text/calendar; charset=utf-8"
FeedReader = Annotated[Account, Depends(feed_account)]
Token = Annotated[str | None, Query(max_length=200, description="A feed token (« reseau user token NAME --feed », or the "
                                                                 "« Mes flux » page): for readers that cannot send a header")]


Lang = Annotated[Literal["fr", "en"] | None, Query(description="The words' language (else the reader's Accept-Language)")]
Filters = Annotated[ActivityFilters, Depends()]


def _site(request: Request) -> str:
    """Where the pages are served, for the links to each activity."""
    return str(request.base_url).rstrip("/")


@router.get("/feed.atom", response_class=Response,
            responses={200: {"content": {"application/atom+xml": {}}, "description": "the Atom 1.0 feed, newest first"}})
def read_feed(request: Request, session: SessionDep, reader: FeedReader, filters: Filters, lang: Lang = None,
              limit: Annotated[int, Query(ge=1, le=1000)] = 50, jeton: Token = None, token: Token = None):
    """The activities as an Atom feed, newest first: each entry says what, when, where and with
    whom, links to the activity's page, and marks what was only announced."""
    items = feed_items(session, filters.filter, limit)
    body = atom_feed(items, lang=lang or choose_language(request), key=register_key(session), site_url=_site(request))
    return Response(body, media_type=ATOM)


@router.get("/calendar.ics", response_class=Response,
            responses={200: {"content": {"text/calendar": {}}, "description": "the iCalendar file"}})
def read_calendar(request: Request, session: SessionDep, reader: FeedReader, filters: Filters, lang: Lang = None,
                  limit: Annotated[int, Query(ge=1, le=10000)] = 2000, jeton: Token = None, token: Token = None):
    """The dated activities as all-day events, as long as their date says (a day, a week, a
    month, a season, a year); tentative when only announced. Each keeps its UID between downloads."""
    items = feed_items(session, filters.filter, limit)
    body = calendar(items, lang=lang or choose_language(request), key=register_key(session), site_url=_site(request))
    return Response(body, media_type=ICS, headers={"Content-Disposition": 'inline; filename="reseau.ics"'})
