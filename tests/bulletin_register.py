"""A small register written for the bulletin's tests (records of our own invention): a
publisher with a masculine consonant-initial name and an English alias, vowel-initial and
plural organizations, feminine and masculine titles, a title whose gender only the
person's address tells, a mission with two meetings on one day, a delegation's visit, hires, a publication, an
event, an agreement, something planned, and records outside the period."""

from __future__ import annotations

from datetime import date

from reseau.names import name_key
from reseau.store.database import open_register
from reseau.store.tables import (
    Activity,
    OrgAlias,
    Organization,
    Participation,
    Person,
    PersonAlias,
    Role,
)

ORGS = {
    "crp": ("Centre de recherche sur la prévention", "CRP", ["Research Centre for Prevention", "RCP"]),
    "aisr": ("Agence internationale de la sécurité routière", "AISR", []),
    "univ": ("Université de Lyon-Nord", None, []),
    "services": ("Services municipaux de Trois-Lacs", None, []),
    "ministere": ("Ministère de la Cohésion sociale", "MCS", []),
    "ecole": ("École des hautes études en sécurité", "EHES", []),
}
PEOPLE = {
    "claire": ("Claire Dubé", None, [("Directrice générale", "crp")]),
    "paul": ("Paul Martin", None, [("Directeur", "aisr")]),
    "sylvie": ("Sylvie Roy", None, [("Secrétaire générale", "univ")]),
    "jean": ("Jean Tremblay", "M. Jean Tremblay", [("Chef de la division des partenariats", "ministere")]),
    "nadia": ("Nadia Chafik", "Mme Nadia Chafik", [("Directeur de la recherche", "ecole")]),
    "lea": ("Léa Fortin", None, [("Stagiaire de recherche", "crp"), ("Auxiliaire de recherche", "univ")]),
    "marc": ("Marc Aubin", None, [("Assistant de recherche", "crp")]),
    "old": ("Gilles Vieux", None, [("Président", "services")]),
}
# (key, kind, date, precision, place, title, parent, status, people, organizations)
ACTIVITIES = [
    ("mission", "mission", "2023-03-14", "day", None, None, None, "held", ["claire"], ["crp"]),
    ("m1", "meeting", "2023-03-14", "day", "Paris", None, "mission", "held", ["claire", "paul"], ["crp", "aisr"]),
    ("m2", "meeting", "2023-03-14", "day", "Paris", None, "mission", "held", ["claire", "sylvie"], ["crp", "univ"]),
    ("m3", "meeting", "2023-03-16", "day", "Lyon", None, "mission", "held", ["jean"], ["crp", "services", "ministere"]),
    ("alone", "meeting", "2023-02-02", "day", "Montréal", None, None, "held", ["nadia"], ["crp", "ecole"]),
    ("december", "meeting", "2022-12-20", "day", "Québec", None, None, "held", [], ["crp", "services"]),
    ("forum", "event", "2023-04", "month", "Genève", "Forum sur la sécurité urbaine", None, "held", [], ["aisr", "services"]),
    ("accord", "agreement", "2023-05-10", "day", None, None, None, "held", [], ["crp", "services"]),
    ("hire-lea", "hire", "2023-01", "month", None, None, None, "held", ["lea"], ["crp"]),
    ("hire-marc", "hire", "2023-02", "month", None, None, None, "held", ["marc"], ["crp"]),
    ("study", "publication", "2023-06", "month", None, "Villes sûres", None, "held", [], ["aisr", "crp"]),
    ("conference", "event", "2023-09", "season", None, "Conférence internationale sur la prévention", None, "planned", [],
     ["aisr", "crp"]),
    ("visit", "visit", "2023-05-22", "week", "Montréal", None, None, "held", [], ["crp", "services"]),
    ("v1", "meeting", "2023-05-22", "week", "Montréal", None, "visit", "held", ["paul"], ["crp", "services", "aisr"]),
    ("fete", "event", "2023-06-03", "day", "Trois-Lacs", "Fête des voisins", None, "held", [], ["services"]),
    ("too-early", "meeting", "2022-11-08", "day", "Paris", None, None, "held", ["old"], ["crp", "services"]),
]
PERIOD = ("2022-12-01", "2023-06-30")


def build(path) -> str:
    """Write the register in a SQLite file; its URL."""
    url = f"sqlite:///{path}"
    register = open_register(url)
    try:
        fill(register)
    finally:
        register.close()
    return url


def fill(register) -> None:
    """Write the records into an open register (SQLite or PostgreSQL)."""
    with register.transaction() as session:
        orgs = {}
        for key, (name, acronym, aliases) in ORGS.items():
            org = Organization(name=name, acronym=acronym)
            session.add(org)
            session.flush()
            for alias in [name, acronym, *aliases]:
                if alias:
                    session.add(OrgAlias(organization_id=org.id, alias=alias, key=name_key(alias)))
            orgs[key] = org.id
        people = {}
        for key, (name, address, roles) in PEOPLE.items():
            person = Person(name=name)
            session.add(person)
            session.flush()
            for alias in [name, address]:
                if alias:
                    session.add(PersonAlias(person_id=person.id, alias=alias, key=name_key(alias)))
            for title, org in roles:
                session.add(Role(person_id=person.id, organization_id=orgs[org], title=title, first_seen=date(2022, 1, 1)))
            people[key] = person.id
        activities = {}
        for key, kind, day, precision, place, title, parent, status, who, which in ACTIVITIES:
            activity = Activity(kind=kind, date=day, date_precision=precision, place=place, title=title,
                                parent_id=activities.get(parent), status=status, summary="")
            session.add(activity)
            session.flush()
            activities[key] = activity.id
            for person in who:
                session.add(Participation(activity_id=activity.id, person_id=people[person]))
            for org in which:
                session.add(Participation(activity_id=activity.id, organization_id=orgs[org]))
