"""Errors on the pages: a page in the visitor's language rather than the API's JSON body.

The API (``/api/…``) keeps FastAPI's JSON errors; a person following a link to a record
that was merged away gets a page that says so, with a way back.
"""

from __future__ import annotations

from http import HTTPStatus
from typing import Any

from fastapi import Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException
from starlette.routing import Match

from reseau.errors import Busy, ReseauError
from reseau.http.body_limit import BodyTooLarge, size_label
from reseau.http.language import choose_language, translate
from reseau.web.routes import render

TITLES = {0: "Erreur", 401: "Connexion requise", 403: "Accès refusé", 404: "Page introuvable", 405: "Action impossible",
          409: "Conflit", 413: "Envoi trop volumineux", 422: "Demande invalide", 429: "Trop de tentatives",
          503: "Registre indisponible"}
GENERIC = {404: "Cette page n'existe pas ou plus.", 405: "Cette action n'est pas possible sur cette page.",
           422: "Un des paramètres de l'adresse est invalide."}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api") or request.url.path == "/openapi.json"


# FastAPI's own English sentences, said in French.
FASTAPI_DETAILS = {"There was an error parsing the body": "corps de la requête illisible (JSON en UTF-8 attendu)"}


def allowed_methods(request: Request) -> str:
    """Every method some route answers at this path (Starlette names only the first route's)."""
    methods: set[str] = set()
    for route in request.app.router.routes:
        if getattr(route, "methods", None) and route.matches(request.scope)[0] is not Match.NONE:
            methods |= route.methods
    return ", ".join(sorted(methods))


async def http_error(request: Request, error: HTTPException) -> Response:
    """JSON for the API, an error page for the pages."""
    if error.status_code == 405:
        error = HTTPException(405, detail=error.detail, headers={**(error.headers or {}), "Allow": allowed_methods(request)})
    if _is_api(request):
        if isinstance(error.detail, str):
            # Our own sentences, and FastAPI's said in French first, in the reader's language.
            detail = translate(request, FASTAPI_DETAILS.get(error.detail, error.detail))
            error = HTTPException(error.status_code, detail=detail, headers=error.headers)
        return await http_exception_handler(request, error)
    detail = error.detail if isinstance(error.detail, str) else ""
    if isinstance(error, BodyTooLarge):
        detail = translate(request, "Envoi trop volumineux : {size} au plus à cette adresse.",
                           size=size_label(error.limit, choose_language(request)))
    if detail in ("", *(s.phrase for s in HTTPStatus)):  # Starlette's English defaults
        detail = GENERIC.get(error.status_code, "")
    return _page(request, error.status_code, detail)


async def invalid_request(request: Request, error: RequestValidationError) -> Response:
    """422: JSON saying which fields are wrong and why, a short page for the pages — never the
    values sent (a password, or megabytes of a body, would come back)."""
    if _is_api(request):
        return JSONResponse({"detail": _encodable([_without_input(e) for e in error.errors()])}, status_code=422)
    return _page(request, 422, GENERIC[422])


def _without_input(problem: dict) -> dict:
    """A validation error without the value that failed (``input``), nor the link to pydantic's docs."""
    kept = {k: v for k, v in problem.items() if k not in ("input", "url", "ctx")}
    context = problem.get("ctx")
    if isinstance(context, dict):
        # The limits (max_length, pattern) help the sender; an exception object does not serialise.
        kept["ctx"] = {k: v if isinstance(v, (int, float, str, bool)) else str(v) for k, v in context.items()}
    return kept


def _encodable(value: Any) -> Any:
    """The value with every string made writable in UTF-8: a JSON body may carry half of a
    UTF-16 pair (``\\ud800``, in a key for instance), and repeating it would fail with a 500."""
    if isinstance(value, str):
        return value.encode("utf-8", "replace").decode("utf-8")
    if isinstance(value, (list, tuple)):
        return [_encodable(item) for item in value]
    if isinstance(value, dict):
        return {_encodable(key): _encodable(item) for key, item in value.items()}
    return value


async def project_error(request: Request, error: ReseauError) -> Response:
    """One of our own errors, with the status its class carries — a user's mistake is never a
    500: for the API ``{"code", "fields", "detail"}`` (the message in the reader's language),
    for the pages an error page; 429 and 503 say when to try again (``Retry-After``)."""
    lang = choose_language(request)
    if _is_api(request):
        response: Response = JSONResponse(error.to_dict(lang), status_code=error.status)
    else:
        response = _page(request, error.status, error.render(lang))
    if isinstance(error, Busy):
        response.headers["Retry-After"] = str(error.retry_after)
    return response


def _page(request: Request, status: int, detail: str) -> Response:
    response = render(request, "error.html", None, status=status, title=TITLES.get(status, TITLES[0]), detail=detail)
    response.status_code = status
    return response
