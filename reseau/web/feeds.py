"""« Mes flux »: the signed-in person's feed tokens, for a feed reader or a calendar app that
cannot sign in. A new token is shown once, inside the two addresses to copy; a token can be
revoked at once."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Path, Request
from fastapi.responses import HTMLResponse, RedirectResponse

from reseau.auth.tokens import create_token, list_tokens, revoke_token
from reseau.errors import FormatError, LookupFailed
from reseau.http.csrf import check_csrf
from reseau.http.deps import SessionDep
from reseau.http.language import choose_language, translate
from reseau.web.routes import PageAccount, render

router = APIRouter(include_in_schema=False)
PAGE = "my_feeds.html"


def _page(request: Request, session, account, **shown) -> HTMLResponse:
    tokens = list_tokens(session, account.id, scope="feed")
    return render(request, PAGE, account, tokens=tokens, **shown)


@router.get("/mes-flux", response_class=HTMLResponse)
async def my_feeds(request: Request, session: SessionDep, account: PageAccount):
    """The account's feed tokens (never their value) and the form that makes one."""
    return _page(request, session, account, addresses=None, error=None)


@router.post("/mes-flux", response_class=HTMLResponse)
def add_feed_token(request: Request, session: SessionDep, account: PageAccount,
                   name: Annotated[str, Form(max_length=1000)] = "", csrf: Annotated[str | None, Form()] = None):
    """A new feed token, shown in this answer only (not kept in the session, not in a redirect)."""
    check_csrf(request, csrf)
    try:
        with request.app.state.register.transaction() as writing:
            token = create_token(writing, account.username, name.strip(), actor=account.username, scope="feed")
    except FormatError as problem:
        response = _page(request, session, account, addresses=None, error=problem.render(choose_language(request)))
        response.status_code = 422
        return response
    base = str(request.base_url).rstrip("/")
    addresses = {"atom": f"{base}/api/feed.atom?jeton={token}", "ics": f"{base}/api/calendar.ics?jeton={token}"}
    # The request's own session began reading before the token was written: a new one lists it.
    with request.app.state.register.sessions() as fresh:
        return _page(request, fresh, account, addresses=addresses, error=None)


@router.post("/mes-flux/{token_id}/revoquer")
def revoke_feed_token(request: Request, account: PageAccount, token_id: Annotated[int, Path(ge=1, le=2**31 - 1)],
                      csrf: Annotated[str | None, Form()] = None):
    """Revoke one of the account's own tokens: feed readers using it get 401 from now on."""
    check_csrf(request, csrf)
    try:
        with request.app.state.register.transaction() as writing:
            revoke_token(writing, token_id, actor=account.username, user_id=account.id)
    except LookupFailed:
        raise HTTPException(404, "jeton introuvable") from None
    request.session["flash"] = translate(request, "Jeton de flux n° {number} révoqué.", number=token_id)
    return RedirectResponse("/mes-flux", status_code=303)
