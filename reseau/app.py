"""The web application: ``create_app(settings)`` serves the pages and the JSON API under
``/api``, both standing on :mod:`reseau.http`, and loads what they share at start-up."""

from __future__ import annotations

import gc
from contextlib import asynccontextmanager
from urllib.parse import quote

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import RedirectResponse
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.middleware.sessions import SessionMiddleware

from reseau import __version__
from reseau.api.routes import activities, auth, curation, documents, editing, exports, network, organizations, people, search
from reseau.api.schemas import error_responses
from reseau.auth.login import SignIn, log_security_to
from reseau.auth.passwords import Checker
from reseau.auth.throttle import LoginGuard
from reseau.errors import ReseauError
from reseau.http import session_cookie
from reseau.http.body_limit import BodyLimit
from reseau.http.cache import RecentAnswers
from reseau.http.deps import require
from reseau.http.headers import SecurityHeaders
from reseau.ingest.bounds import Bounds
from reseau.ingest.isolated import IsolatedReader
from reseau.settings import Settings
from reseau.store.database import open_register
from reseau.web import curation as web_curation
from reseau.web import documents as web_documents
from reseau.web import editing as web_editing
from reseau.web import errors as web_errors
from reseau.web import imports
from reseau.web import routes as pages

SESSION_COOKIE = session_cookie.COOKIE


def create_app(settings: Settings | None = None) -> FastAPI:
    """The FastAPI app on the register the settings name (opened at start-up)."""
    settings = settings or Settings.from_env()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        app.state.register = open_register(settings.database_url)
        log_security_to(settings.security_log)
        app.state.settings = settings
        app.state.sign_in = SignIn(app.state.register, LoginGuard(base=settings.login_delay),
                                   Checker(settings.login_concurrency), settings.session_max_age)
        app.state.graphs = RecentAnswers()
        app.state.reader = IsolatedReader(seconds=settings.parse_seconds, memory_mb=settings.parse_memory_mb,
                                          workers=settings.parse_workers, bounds=Bounds(chars=settings.max_import_chars))
        # What start-up built lives as long as the process: kept out of the garbage
        # collector's sweeps, which otherwise walk it again and again under load.
        gc.freeze()
        yield
        app.state.register.close()

    # No Swagger page: it loads its scripts from a CDN; the OpenAPI document is at /openapi.json.
    app = FastAPI(title="Réseau", version=__version__, lifespan=lifespan, docs_url=None, redoc_url=None,
                  description="Le registre du réseau : organisations, personnes, fonctions, activités et leurs sources.")
    # Added first, so it runs inside the session middleware (a page's refusal speaks the visitor's
    # language) and before any route reads the body or checks who sent it.
    app.add_middleware(BodyLimit, imports=settings.max_import_bytes, json=settings.max_json_bytes,
                       forms=settings.max_form_bytes, session_cookie=SESSION_COOKIE, page_error=web_errors.http_error)
    app.add_middleware(SessionMiddleware, secret_key=settings.session_secret(), session_cookie=SESSION_COOKIE,
                       same_site="lax", max_age=int(settings.session_max_age), https_only=settings.secure_cookie)
    app.add_middleware(session_cookie.SecureOverHttps)  # outside the session middleware, to see its cookie
    app.add_middleware(SecurityHeaders)  # outermost, so that error answers carry the headers too
    # Every answer the API can give is in its OpenAPI description, errors included.
    app.include_router(auth.router, prefix="/api", responses=error_responses(400, 401, 413, 422, 503))
    for module in (organizations, people, activities, documents, search, network, exports):
        app.include_router(module.router, prefix="/api", dependencies=[Depends(require("viewer"))],
                           responses=error_responses(401, 403, 422, 503))
    app.include_router(curation.router, prefix="/api", responses=error_responses(400, 401, 403, 413, 422, 503))
    app.include_router(documents.writes, prefix="/api", responses=error_responses(400, 401, 403, 413, 422, 503))
    app.include_router(editing.router, prefix="/api", responses=error_responses(400, 401, 403, 413, 422, 503))
    app.include_router(curation.history, prefix="/api", responses=error_responses(401, 403, 422, 503))

    app.include_router(pages.router)
    app.include_router(imports.router)
    # Before the curation's « /{section}/{id}/modifier », which would take « /activites/… » and refuse it.
    app.include_router(web_editing.router)
    app.include_router(web_documents.router)
    app.include_router(web_curation.router)
    app.mount("/static", StaticFiles(packages=[("reseau.web", "static")]), name="static")
    app.add_exception_handler(pages.LoginRequired, _to_login)
    app.add_exception_handler(HTTPException, web_errors.http_error)
    app.add_exception_handler(RequestValidationError, web_errors.invalid_request)

    # A user's mistake is a clean status with one sentence, never a 500.
    app.add_exception_handler(ReseauError, web_errors.project_error)
    return app


async def _to_login(request: Request, error: pages.LoginRequired) -> RedirectResponse:
    return RedirectResponse(f"/connexion?next={quote(error.path)}", status_code=303)
