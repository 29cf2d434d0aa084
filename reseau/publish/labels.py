"""French words for the kinds of records and activities, and for the periods of dates, shared
by the terminal and the pages (the catalogue says them in other languages)."""

from reseau.i18n import Text
from reseau.periods import parse_day, precision_of

KIND_LABELS = {"meeting": "rencontre", "event": "événement", "agreement": "accord", "hire": "embauche", "publication": "publication",
               "mission": "mission", "visit": "visite de délégation", "organization": "organisation",
               "person": "personne", "activity": "activité", "document": "document", "role": "fonction"}

# An activity's status: reported, or only announced.
STATUS_LABELS = {"held": "tenue", "planned": "annoncée"}

# Organization kinds are stored as short English codes (the extraction's data files use them).
ORG_KIND_LABELS = {"public body": "organisme public", "association": "association", "police": "police",
                   "research": "recherche", "network": "réseau", "city": "ville", "school": "école",
                   "diplomatic": "représentation diplomatique", "company": "entreprise", "university": "université",
                   "court": "tribunal", "programme": "programme", "ministry": "ministère",
                   "international organization": "organisation internationale", "UN body": "organisme des Nations unies",
                   "health": "santé", "military": "armée"}

# « 1 organisation », « 2 organisations »: the singular and plural French forms of a count of
# records of each kind (the catalogue holds every language's forms). Keys in the singular or
# the plural, as the library's counts name them.
COUNT_FORMS = {
    "organization": ("{n} organisation", "{n} organisations"),
    "person": ("{n} personne", "{n} personnes"),
    "role": ("{n} fonction", "{n} fonctions"),
    "activity": ("{n} activité", "{n} activités"),
    "mission": ("{n} mission ou visite", "{n} missions ou visites"),
    "document": ("{n} document", "{n} documents"),
    "participation": ("{n} participation", "{n} participations"),
    "mention": ("{n} mention", "{n} mentions"),
    "alias": ("{n} alias", "{n} alias"),
    "open_proposal": ("{n} proposition en attente", "{n} propositions en attente"),
}
COUNT_FORMS |= {"organizations": COUNT_FORMS["organization"], "people": COUNT_FORMS["person"], "roles": COUNT_FORMS["role"],
                "activities": COUNT_FORMS["activity"], "missions": COUNT_FORMS["mission"], "documents": COUNT_FORMS["document"],
                "participations": COUNT_FORMS["participation"], "mentions": COUNT_FORMS["mention"],
                "aliases": COUNT_FORMS["alias"], "open_proposals": COUNT_FORMS["open_proposal"]}


def counted(messages, counts: dict[str, int], *, nothing: str = "rien") -> str:
    """« 14 organisations, 1 personne » in the language of ``messages`` (a :class:`reseau.i18n.Messages`):
    the counts that are not zero, or ``nothing``."""
    parts = [messages.plural(*COUNT_FORMS[kind], n) if kind in COUNT_FORMS else f"{n} {kind}"
             for kind, n in counts.items() if n]
    return ", ".join(parts) if parts else messages(nothing)


MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre")
# A season is stored as its first month (the extraction's date cues say which).
SEASONS = {3: "le printemps {year}", 6: "l'été {year}", 9: "l'automne {year}", 12: "l'hiver {year}"}


def period_words(value: str | None, precision: str | None) -> Text:
    """A stored date as a reader says it, as precise as the text was: « l'automne 2019 »,
    « mai 2023 », « la semaine du 3 octobre 2022 », « le 3 février 2022 », « 2023 »."""
    day = parse_day(value)
    if day is None:
        return Text("date inconnue")
    month = Text(MONTHS[day.month - 1])
    precision = precision_of(value, precision)
    if precision == "year":
        return Text("{year}", year=day.year)
    if precision == "season" and day.month in SEASONS:
        return Text(SEASONS[day.month], year=day.year)
    if precision in ("month", "season"):
        return Text("{month} {year}", month=month, year=day.year)
    if precision == "week":
        return Text("la semaine du {day} {month} {year}", day=day.day, month=month, year=day.year)
    return Text("le {day} {month} {year}", day=day.day, month=month, year=day.year)

