"""Request bodies measured before they are read.

A pure ASGI middleware: a body announced (``Content-Length``) over its route's limit is
refused with a 413 before a byte of it is read — before the multipart parser spools it to
disk and before the sender is checked; a body streamed without a length is counted as it
comes and refused as soon as it passes the limit. Imports (an uploaded file, a bulletin sent
to ``/api/imports``) may be large, other JSON bodies and the review of an import less, forms
least; a request that carries neither a session cookie nor a token can only be refused
further on, so it gets the smallest limit whatever its route.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from starlette.datastructures import Headers
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.types import ASGIApp, Message, Receive, Scope, Send

IMPORTS = ("/import", "/api/imports")
# A draft's review lists every record found: more than a small form, far less than a file.
REVIEWS = ("/import/", "/api/imports/")


class BodyTooLarge(HTTPException):
    """A request body over its route's limit: a 413 that the app's error handlers render."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"envoi trop volumineux : {size_label(limit)} au plus à cette adresse")
        self.limit = limit


def size_label(size: int, lang: str = "fr") -> str:
    """A size in the units people read: « 20 Mo », « 256 Ko » (« 20 MB » in English)."""
    mega, kilo, unit = ("MB", "KB", "bytes") if lang == "en" else ("Mo", "Ko", "octets")
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.4g} {mega}"
    if size >= 1024:
        return f"{size / 1024:.4g} {kilo}"
    return f"{size} {unit}"


class BodyLimit:
    """Refuse request bodies over ``imports``, ``json`` or ``forms`` bytes according to the route."""

    def __init__(self, app: ASGIApp, *, imports: int, json: int, forms: int, session_cookie: str,
                 page_error: Callable[[Request, HTTPException], Awaitable[Response]] | None = None) -> None:
        self.app = app
        self.imports, self.json, self.forms = imports, json, forms
        self.session_cookie = session_cookie
        # How the pages say an error (given by the app: this layer knows no page).
        self.page_error = page_error

    def limit_for(self, scope: Scope, headers: Headers) -> int:
        """The most bytes this request's body may hold."""
        path = scope.get("path", "")
        if path in IMPORTS:
            limit = self.imports
        elif path.startswith(REVIEWS) or headers.get("content-type", "").split(";")[0].strip().lower() == "application/json":
            limit = self.json
        else:
            limit = self.forms
        signed = "authorization" in headers or f"{self.session_cookie}=" in headers.get("cookie", "")
        return limit if signed else min(limit, self.forms)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        limit = self.limit_for(scope, headers)
        announced = headers.get("content-length")
        if announced is not None and (not announced.strip().isdigit() or int(announced) > limit):
            await self._refuse(scope, receive, send, limit)
            return
        received = 0
        started = False

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    raise BodyTooLarge(limit)
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, counted, watched)
        except BodyTooLarge:
            # Raised where no handler of the app caught it; once an answer has begun, the
            # server can only close the connection.
            if started:
                raise
            await self._refuse(scope, receive, send, limit)

    async def _refuse(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        error = BodyTooLarge(limit)
        if scope.get("path", "").startswith("/api") or "session" not in scope or self.page_error is None:
            response = JSONResponse({"detail": error.detail}, status_code=413, headers={"Connection": "close"})
        else:
            response = await self.page_error(Request(scope, receive), error)
            response.headers["Connection"] = "close"
        await response(scope, receive, send)

