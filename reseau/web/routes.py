"""The pages: sign in, home, organizations, people, activities, network, search.

Each page calls the same library functions as the CLI and the API. A signed-out visitor
is sent to the sign-in page; every form carries a CSRF token.
"""

from __future__ import annotations

import ipaddress
import re
from collections import OrderedDict
from datetime import date
from importlib import resources
from typing import Annotated
from urllib.parse import quote, urlencode

from fastapi import APIRouter, Depends, Form, HTTPException, Path, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from reseau.http.deps import SessionDep
from reseau.auth.account import Account
from reseau.auth.login import sign_in, start_session
from reseau.auth.users import add_first_admin, first_account_token_valid, list_users
from reseau.publish.labels import COUNT_FORMS, KIND_LABELS, ORG_KIND_LABELS, period_words
from reseau.errors import Busy, Conflict, FormatError, LookupFailed, ReseauError, TooManyAttempts, UnknownName
from reseau.kinds import ACTIVITY_KINDS
from reseau.query.activities import ActivityFilter, activity_profile, list_activities, mission_choices, mission_spans
from reseau.query.lookup import find_organization, find_person
from reseau.query.listing import list_organizations, list_people
from reseau.query.profiles import organization_profile, person_profile
from reseau.query.search import search
from reseau.query.stats import register_stats
from reseau.query.promises import promises
from reseau.query.proposals import open_proposals
from reseau.store.tables import Organization, Person
from reseau.http.csrf import check_csrf, csrf_token
from reseau.i18n import render as said
from reseau.http.language import LANGUAGES, choose_language, translate, translator
from reseau.http import session_cookie
from reseau.http.session_cookie import client_address, cookie_account
from reseau.web.timeline import timeline_bars

templates = Jinja2Templates(directory=str(resources.files("reseau.web").joinpath("templates")))
templates.env.globals["csrf_token"] = csrf_token
router = APIRouter(include_in_schema=False)
PAGE = 50
# A filter or search typed in a box: longer is no name, and a clean 422 rather than a slow page.
Filter = Annotated[str | None, Query(max_length=200)]
# A date typed in a filter box: a year, a month or a day.
DATE_PREFIX = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
# The fields of a profile's correction form, with their labels (translated by the template).
CORRECTION_FIELDS = {"organization": [("name", "Nom"), ("acronym", "Sigle"), ("kind", "Type"), ("country", "Pays"), ("city", "Ville")],
                     "person": [("name", "Nom")]}
templates.env.filters["fr"] = lambda kind: KIND_LABELS.get(kind) or ORG_KIND_LABELS.get(kind, kind)
templates.env.globals["org_kinds"] = ORG_KIND_LABELS
templates.env.globals["activity_kinds"] = ACTIVITY_KINDS
templates.env.globals["period_words"] = period_words


class LoginRequired(Exception):
    """A page was asked for without signing in."""

    def __init__(self, path: str) -> None:
        self.path = path


async def page_account(request: Request, session: SessionDep) -> Account:
    """The signed-in account of a page, or a redirect to the sign-in page."""
    account = cookie_account(request, session)
    if account is None:
        raise LoginRequired(request.url.path + (f"?{request.url.query}" if request.url.query else ""))
    return account


PageAccount = Annotated[Account, Depends(page_account)]


def count_words(say, kind: str, n: int) -> str:
    """The words after a count, agreeing with it (« organisation » for 1, « organisations » for 2)."""
    return say.plural(*COUNT_FORMS[kind], n).replace(str(n), "", 1).strip()


def render(request: Request, name: str, account: Account | None, **context) -> HTMLResponse:
    """A page in the visitor's language: ``_(text)``, ``_.plural(one, many, n)``,
    ``count_words(kind, n)`` and ``said(text)`` (a query's :class:`reseau.i18n.Text`) in its templates."""
    lang = choose_language(request)
    say = translator(lang)
    return templates.TemplateResponse(request, name, {"account": account, "lang": lang, "_": say,
                                                      "said": lambda text: said(text, lang),
                                                      "count_words": lambda kind, n: count_words(say, kind, n), **context})


@router.get("/langue/{lang}")
async def switch_language(request: Request, lang: str, next: str = "/"):
    if lang in LANGUAGES:
        request.session["lang"] = lang
    return RedirectResponse(next if next.startswith("/") and not next.startswith("//") else "/", status_code=303)


@router.get("/favicon.ico")
async def favicon():
    """Browsers ask for /favicon.ico whatever the page says: the icon is an SVG in /static."""
    return RedirectResponse("/static/favicon.svg", status_code=301)


@router.get("/connexion", response_class=HTMLResponse)
async def login_page(request: Request, next: str = "/"):
    return render(request, "login.html", None, next=next, error=None)


@router.post("/connexion", response_class=HTMLResponse)
def login_form(request: Request, username: Annotated[str, Form(max_length=1000)], password: Annotated[str, Form(max_length=1000)],
               csrf: Annotated[str | None, Form()] = None, next: Annotated[str, Form()] = "/"):
    check_csrf(request, csrf)
    try:
        done = sign_in(request.app.state.sign_in, username, password, address=client_address(request))
    except Busy as wait:
        message = (translate(request, "Trop de tentatives de connexion : réessayez dans {seconds} s.", seconds=wait.retry_after)
                   if isinstance(wait, TooManyAttempts) else
                   translate(request, "Trop de connexions en cours : réessayez dans {seconds} s.", seconds=wait.retry_after))
        response = render(request, "login.html", None, next=next, error=message)
        response.status_code = 429 if isinstance(wait, TooManyAttempts) else 503
        response.headers["Retry-After"] = str(wait.retry_after)
        return response
    if done is None:
        response = render(request, "login.html", None, next=next, error=translate(request, "Nom d'utilisateur ou mot de passe incorrect."))
        response.status_code = 401
        return response
    session_cookie.start(request, done[1])
    target = next if next.startswith("/") and not next.startswith("//") else "/"
    return RedirectResponse(target, status_code=303)


def _from_this_machine(request: Request) -> None:
    """Refuse the first-run page to anyone but the server's own machine: the link's token
    alone would let whoever reads a log make themselves admin of a server open to a network."""
    try:
        loopback = ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        loopback = False
    if not loopback:
        raise HTTPException(403, "le premier compte se crée depuis la machine du serveur (http://127.0.0.1)")


@router.get("/premier-compte", response_class=HTMLResponse)
def first_account_page(request: Request, session: SessionDep, jeton: str = ""):
    """The form that makes the first admin, from the link ``reseau serve`` printed."""
    if list_users(session):
        return RedirectResponse("/connexion", status_code=303)
    _from_this_machine(request)
    if not first_account_token_valid(request.app.state.settings.session_secret(), jeton):
        raise HTTPException(403, "lien de premier compte invalide ou expiré ; relancez reseau serve pour en obtenir un")
    return render(request, "first_account.html", None, token=jeton, error=None)


@router.post("/premier-compte", response_class=HTMLResponse)
def first_account_form(request: Request, username: Annotated[str, Form()],
                       password: Annotated[str, Form()], jeton: Annotated[str, Form()] = "",
                       csrf: Annotated[str | None, Form()] = None):
    check_csrf(request, csrf)
    _from_this_machine(request)
    if not first_account_token_valid(request.app.state.settings.session_secret(), jeton):
        raise HTTPException(403, "lien de premier compte invalide ou expiré ; relancez reseau serve pour en obtenir un")
    try:
        with request.app.state.register.transaction() as session:
            user = add_first_admin(session, username.strip(), password)
            account = Account(user.id, user.username, user.role)
    except (FormatError, Conflict) as problem:
        response = render(request, "first_account.html", None, token=jeton, error=problem.render(choose_language(request)))
        response.status_code = 409 if isinstance(problem, Conflict) else 422
        return response
    session_cookie.start(request, start_session(request.app.state.sign_in, account, address=client_address(request)))
    return RedirectResponse("/", status_code=303)


@router.post("/deconnexion")
def logout_form(request: Request, csrf: Annotated[str | None, Form()] = None):
    check_csrf(request, csrf)
    session_cookie.end(request)
    return RedirectResponse("/connexion", status_code=303)


@router.get("/", response_class=HTMLResponse)
async def home(request: Request, session: SessionDep, account: PageAccount):
    return render(request, "home.html", account, stats=register_stats(session), promises=promises(session, date.today(), limit=10),
                  recent=list_activities(session, ActivityFilter(status="held"), limit=10), proposals=open_proposals(session, limit=10))


def _sorting(request: Request, sort: str | None, order: str | None, allowed: tuple[str, ...]) -> tuple[str, bool, str | None]:
    """The column a list is sorted by and its direction, from ``tri`` and ``ordre``; a value
    that names no column gives a message (and the list by name)."""
    if sort and sort not in allowed:
        return "name", False, translate(request, "Tri inconnu « {value} » : la liste est triée par nom.", value=sort)
    return sort or "name", order == "desc", None


def _query(**values: str | int | None) -> str:
    """A query string of the filters that hold a value (for column and page links)."""
    return urlencode({k: v for k, v in values.items() if v})


@router.get("/organisations", response_class=HTMLResponse)
async def organizations(request: Request, session: SessionDep, account: PageAccount, q: Filter = None,
                        kind: Filter = None, country: Filter = None, topic: Filter = None, tri: Filter = None,
                        ordre: Filter = None, page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    from reseau.query.listing import ORG_SORTS

    sort, descending, error = _sorting(request, tri, ordre, ORG_SORTS)
    total, rows = 0, []
    if kind and kind not in ORG_KIND_LABELS:
        error = translate(request, "Type d'organisation inconnu : « {value} ».", value=kind)
    else:
        listing = list_organizations(session, q=q, kind=kind or None, country=country or None, topic=topic or None,
                                     offset=(page - 1) * PAGE, limit=PAGE, sort=sort, descending=descending)
        total, rows = listing.total, listing.rows
    filters = _query(q=q, kind=kind, country=country, topic=topic)
    return render(request, "organizations.html", account, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)),
                  q=q or "", kind=kind or "", country=country or "", topic=topic or "", error=error, sort=sort,
                  descending=descending, filters=filters, sorting=_query(tri=tri if sort == tri else None, ordre="desc" if descending else None))


@router.get("/organisations/{organization_id}", response_class=HTMLResponse)
async def organization(request: Request, session: SessionDep, account: PageAccount,
                 organization_id: Annotated[int, Path(ge=1, le=2**31 - 1)]):
    org = session.get(Organization, organization_id)
    if org is None:
        raise HTTPException(404, "organisation introuvable")
    from reseau.web.curation import change_history

    profile = organization_profile(session, org)
    return render(request, "organization.html", account, p=profile, sources=profile.sources, section="organisations",
                  fields=CORRECTION_FIELDS["organization"],
                  history=change_history(request, session, "organization", organization_id))


@router.get("/personnes", response_class=HTMLResponse)
async def people(request: Request, session: SessionDep, account: PageAccount, q: Filter = None,
                 organisation: Filter = None, topic: Filter = None, tri: Filter = None, ordre: Filter = None,
                 page: Annotated[int, Query(ge=1, le=100_000)] = 1):
    from reseau.query.listing import PERSON_SORTS

    sort, descending, error = _sorting(request, tri, ordre, PERSON_SORTS)
    org = session.get(Organization, int(organisation)) if organisation and organisation.isdigit() and int(organisation) < 2**31 else None
    total, rows = 0, []
    if organisation and org is None:
        error = translate(request, "Aucune organisation numéro « {value} ».", value=organisation)
    else:
        listing = list_people(session, q=q, organization_id=org.id if org else None, topic=topic or None,
                              offset=(page - 1) * PAGE, limit=PAGE, sort=sort, descending=descending)
        total, rows = listing.total, listing.rows
    filters = _query(q=q, organisation=org.id if org else None, topic=topic)
    return render(request, "people.html", account, rows=rows, total=total, page=page, pages=max(1, -(-total // PAGE)), q=q or "",
                  org=org, topic=topic or "", error=error, sort=sort, descending=descending, filters=filters,
                  sorting=_query(tri=tri if sort == tri else None, ordre="desc" if descending else None))


@router.get("/personnes/{person_id}", response_class=HTMLResponse)
async def person(request: Request, session: SessionDep, account: PageAccount, person_id: Annotated[int, Path(ge=1, le=2**31 - 1)]):
    row = session.get(Person, person_id)
    if row is None:
        raise HTTPException(404, "personne introuvable")
    from reseau.web.curation import change_history

    profile = person_profile(session, row)
    return render(request, "person.html", account, p=profile, sources=profile.sources,
                  section="personnes", fields=CORRECTION_FIELDS["person"],
                  history=_with_roles(change_history(request, session, "person", person_id),
                                      [change_history(request, session, "role", r.id) for r in profile.roles]))


def _with_roles(history: list[dict], role_histories: list[list[dict]]) -> list[dict]:
    """A person's history with the changes to their roles (added, edited, ended), newest first."""
    merged = history + [entry for entries in role_histories for entry in entries]
    return sorted(merged, key=lambda entry: entry["at"], reverse=True)


@router.get("/activites", response_class=HTMLResponse)
async def activities(request: Request, session: SessionDep, account: PageAccount, start: Filter = None, end: Filter = None,
                     place: Filter = None, topic: Filter = None, kind: Filter = None,
                     organisation: Filter = None, personne: Filter = None):
    error, org, person = _bad_dates(request, start, end), None, None
    try:
        org = _record(session, Organization, find_organization, organisation)
        person = _record(session, Person, find_person, personne)
    except ReseauError as problem:
        error = problem.render(choose_language(request))
    if kind and kind not in ACTIVITY_KINDS and not error:
        error = translate(request, "Type d'activité inconnu : {kind}.", kind=kind)
    chosen = ActivityFilter(start or None, end or None, place or None, org.id if org else None, person.id if person else None,
                            topic or None, kind or None)
    rows = [] if error else list_activities(session, chosen, limit=500)
    bars, height = timeline_bars([] if error else mission_spans(session, chosen))
    months: OrderedDict[str, list] = OrderedDict()
    for row in rows:
        months.setdefault((row.date or "")[:7], []).append(row)  # "" holds the undated, shown « sans date »
    return render(request, "activities.html", account, months=months, start=start or "", end=end or "", place=place or "",
                  topic=topic or "", kind=kind or "", error=error, bars=bars, height=height,
                  organisation=(org.acronym or org.name) if org else organisation or "", personne=person.name if person else personne or "")


def _bad_dates(request: Request, *values: str | None) -> str | None:
    """The message for a date filter that is no year, month or day (else None): a bad date
    would otherwise match nothing and show an empty list as if the register held nothing."""
    for value in values:
        if value and not DATE_PREFIX.match(value):
            return translate(request, "Date invalide « {value} » : attendu AAAA, AAAA-MM ou AAAA-MM-JJ.", value=value)
    return None


def _record(session, model, find, ref: str | None):
    """A record named in a filter by its number (from a profile's link) or by its name (typed)."""
    ref = (ref or "").strip()
    if not ref:
        return None
    row = session.get(model, int(ref)) if ref.isdigit() and int(ref) < 2**31 else find(session, ref)
    if row is None:
        raise UnknownName("record", ref)
    return row


@router.get("/activites/{activity_id}", response_class=HTMLResponse)
async def activity(request: Request, session: SessionDep, account: PageAccount, activity_id: Annotated[int, Path(ge=1, le=2**31 - 1)]):
    try:
        a = activity_profile(session, activity_id)
    except LookupFailed:
        raise HTTPException(404, "activité introuvable") from None
    from reseau.web.curation import change_history

    missions = mission_choices(session, activity_id) if account.may("editor") else []
    return render(request, "activity.html", account, a=a, sources=a.sources, missions=missions,
                  history=change_history(request, session, "activity", activity_id))


@router.get("/reseau", response_class=HTMLResponse)
def network_page(request: Request, session: SessionDep, account: PageAccount, start: Filter = None, end: Filter = None,
                 country: Filter = None, topic: Filter = None):
    from reseau.http.cache import cached_graph
    from reseau.query.ties import activity_months, months_before, strongest_ties

    error = _bad_dates(request, start, end)
    span = activity_months(session)
    if error:
        start = end = None
    # The page opens on the last twelve months of the register (up to its latest activity, so
    # that a register of past bulletins does not open empty); the slider moves that window.
    if not start and not end and span:
        end = span[1]
        start = months_before(end)
    graph = cached_graph(request, session, start=start, end=end, country=country or None, topic=topic or None)
    query = "&".join(f"{k}={quote(v)}" for k, v in (("start", start), ("end", end), ("country", country), ("topic", topic)) if v)
    return render(request, "network.html", account, query=query, start=start or "", end=end or "",
                  country=country or "", topic=topic or "", error=error, first_month=span[0] if span else "",
                  last_month=span[1] if span else "", ties=strongest_ties(graph),
                  slider_end=end[:7] if end and len(end) >= 7 else (span[1] if span else ""))


@router.get("/recherche", response_class=HTMLResponse)
async def search_page(request: Request, session: SessionDep, account: PageAccount,
                      q: Annotated[str, Query(max_length=200)] = ""):
    grouped: OrderedDict[str, list] = OrderedDict()
    for row in search(session, q, limit=100) if q.strip() else []:
        grouped.setdefault(row.kind, []).append(row)
    return render(request, "search.html", account, q=q, grouped=grouped)
