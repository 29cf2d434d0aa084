"""Date expressions of French bulletins, read but not yet placed in time.

``Mardi, le 17 mai``, ``Le 12 avril matin``, ``du 16 au 20 mai``, ``les 3 et 4 juin 2019``,
``En janvier 2022``, ``En début janvier``, ``ce mois-ci``, ``la semaine dernière``,
``le lendemain``, ``14/03/2019``, ``à l'automne 2022``, ``le premier jour de la mission``.
Dates that are not those of an activity (a law's, a founding year, a dateline's month, a
start of duty, the day a communiqué came out) keep a ``role`` saying so. Which year a date falls in is decided for the whole document by
:mod:`reseau.extract.calendar`, against the publication date.
"""

from __future__ import annotations

import json
import re
from functools import cache
from importlib import resources

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import DateSpan
from reseau.extract.organizations import facts_of
from reseau.extract.tokens import MONTHS, WEEKDAYS

_M = "|".join(MONTHS + ["fevrier", "aout", "decembre"])
_W = "|".join(WEEKDAYS)
_DAY = r"(?:1er|[12]?\d|3[01])"
_YEAR = r"(?:19|20)\d\d"

_ORD = r"premier|première|deuxième|second|seconde|troisième|quatrième|cinquième|sixième|septième"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("numeric", re.compile(rf"\b(?P<d>[0-3]?\d)[/.-](?P<mn>[01]?\d)[/.-](?P<y>{_YEAR})\b")),
    ("range", re.compile(rf"\b(?:du|les|des)\s+(?:(?P<wd>{_W})\s+)?(?P<d>{_DAY})(?:\s+(?P<m1>{_M}))?\s+(?P<conj>au|et|à)\s+(?:(?:{_W})\s+)?(?P<d2>{_DAY})\s+(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("day", re.compile(rf"\b(?:(?P<wd>{_W})\s*,?\s*)?(?:le\s+|l['’])?(?P<d>{_DAY})\s+(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("month", re.compile(rf"\b(?:(?:en|de|d['’]|dès|depuis|durant|pendant)\s+(?:le\s+mois\s+de\s+|(?:tout\s+)?(?:début|fin|mi-?)\s*(?:de\s+|d['’])?)?|(?:au\s+)?mois\s+de\s+|(?:début|fin|mi)-?\s*)(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("month_year", re.compile(rf"\b(?P<m>{_M})\s+(?P<y>{_YEAR})", re.I)),
    ("mission_day", re.compile(rf"\b(?:le|la)\s+(?P<ord>{_ORD})\s+jour(?:n[ée]e)?\b(?:\s+(?:de|du)\s+(?:la\s+|sa\s+|leur\s+|cette\s+|l['’])?(?:mission|visite|séjour|voyage|tournée|déplacement|formation|stage)\b)?", re.I)),
    ("relative", re.compile(r"\b(?P<rel>(?:en\s+)?(?:milieu|début|fin)\s+de\s+(?:la\s+)?semaine\s+(?:derni[eè]re|pass[ée]e)|la\s+semaine\s+pass[ée]e|le\s+lendemain|la\s+veille|ce\s+mois-ci|ce\s+dernier\s+mois|le\s+mois\s+dernier|le\s+mois\s+prochain|la\s+semaine\s+derni[eè]re|la\s+semaine\s+prochaine|cette\s+semaine|aujourd['’]hui|avant-hier|hier|après-demain|demain|ce\s+matin|ce\s+soir|cet\s+après-midi)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:le\s+|ce\s+)?(?P<wd>{_W})(?:\s+(?:matin|soir|après-midi))?(?:\s+(?P<dir>dernier|prochain))?\b(?!\s+(?:{_DAY})\b)", re.I)),
    ("season", re.compile(rf"\b(?:(?:à|a)\s+l['’]|l['’]|au\s+|en\s+|cet\s+|ce\s+)?(?P<s>printemps|été|automne)\s+(?:de\s+l['’]année\s+)?(?P<y>{_YEAR})\b", re.I)),
    ("year", re.compile(rf"\b(?:en|de|d['’]|l['’]automne|l['’]été|l['’]hiver|au\s+printemps|printemps|automne|été|hiver|année|début|fin|mi-)\s*(?:(?:début|fin)\s+(?:d['’]année\s+)?)?(?P<y>{_YEAR})\b(?!\s*[-–]\s*\d)", re.I)),
]

RELATIVE = {
    "le lendemain": "next_day", "la veille": "previous_day", "ce mois-ci": "this_month",
    "ce dernier mois": "last_month", "le mois dernier": "last_month", "le mois prochain": "next_month",
    "la semaine dernière": "last_week", "la semaine derniere": "last_week", "la semaine prochaine": "next_week",
    "cette semaine": "this_week", "aujourd'hui": "today", "aujourd’hui": "today",
    "ce matin": "today", "ce soir": "today", "cet après-midi": "today",
    # « hier », « demain » count from the publication day; « la veille », « le lendemain » from the day told before
    "hier": "yesterday", "avant-hier": "two_days_ago", "demain": "tomorrow", "après-demain": "in_two_days",
}


def month_number(name: str) -> int:
    """1 for janvier … 12 for décembre (accents optional)."""
    name = name.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    return MONTHS.index(name) + 1


@cache
def _cues() -> dict:
    text = resources.files("reseau.extract").joinpath("data", "date_cues.json").read_text(encoding="utf-8")
    return {k: v for k, v in json.loads(text).items() if not k.startswith("_")}


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression of a text, longest first where they overlap, with its role."""
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in PATTERNS:
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            span = _read(kind, m)
            if span is None:
                continue
            taken.append((start, end))
            span.role = _role(text, span)
            found.append(span)
    return sorted(found, key=lambda d: d.start)


_SENTENCE_END = re.compile(r"[.!?;\n]")
_DATELINE_DASH = re.compile(r"^\s*[-–—]\s")
# « Rabat, le 8 novembre 2023 – », « GENÈVE (ONU), 3 mai — »: a city and the day the item was written.
_DATELINE_CITY = re.compile(r"^\s*[A-ZÀ-Ý][\w’'\-. ]{1,40}(?:\([^)\n]{1,30}\))?,\s*(?:le\s+)?$")


def _role(text: str, span: DateSpan) -> str | None:
    """Why a date is not the date of an activity, read from the words just before it."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if not text[line_start:span.start].strip() and span.day is None and _DATELINE_DASH.match(text[span.end:span.end + 3]):
        return "dateline"  # « Mars 2021 – Le réseau … »: the month the item was written
    if span.day is not None and _DATELINE_CITY.match(text[line_start:span.start]) \
            and _DATELINE_DASH.match(text[span.end:span.end + 3]):
        return "dateline"
    before = text[max(0, span.start - 80):span.start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    before = " ".join(before[cut:].lower().replace("’", "'").split())
    before = before.removesuffix(",").rstrip()
    cues = _cues()
    for role in ("law", "founding", "header", "duty"):
        for word in cues[role]:
            if before == word or before.endswith(" " + word) or (role == "law" and re.search(rf"\b{re.escape(word)}(?: n° ?\S+)? du$", before)):
                return role
    if "communiqué" in before and any(before.endswith(w) for w in cues["communique"]):
        return "communique"
    clause = before.rsplit(",", 1)[-1]
    if any(re.search(rf"(?:^|\s){re.escape(w)}\s", clause) for w in cues["reference"]):
        return "reference"  # « après les grands incendies de l’été 2019 »: what came before, not the activity
    return None


def _attribute(doc: Doc, start: int) -> bool:
    """« ce centre mis en service en juin »: a date told of a thing by a participle that qualifies it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start
    for k in range(i - 1, max(-1, i - 5), -1):
        t = doc[k]
        if t.is_punct or t.is_sent_start:
            return False
        if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):
            return k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN"}
    return False


def _read(kind: str, m: re.Match[str]) -> DateSpan | None:
    groups = m.groupdict()
    wd = groups.get("wd")
    weekday = WEEKDAYS.index(wd.lower()) if wd else None
    year = int(groups["y"]) if groups.get("y") else None
    span = DateSpan(m.start(), m.end(), m.group(), weekday=weekday, year=year)
    if kind == "numeric":
        day, month = int(groups["d"]), int(groups["mn"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        span.day, span.month = day, month
    elif kind in {"range", "day"}:
        span.day = 1 if groups["d"].lower() == "1er" else int(groups["d"])
        span.month = month_number(groups.get("m1") or groups["m"])
        if kind == "range" and groups["conj"].lower() == "et" and not groups.get("m1") and int(groups["d2"]) - span.day > 1:
            # « lors de ses séances des 3 et 10 septembre »: two sittings, the month is all one can say
            span.day, span.precision = None, "month"
    elif kind == "mission_day":
        span.relative, span.day = "mission_day", _cues()["ordinals"][groups["ord"].lower()]
    elif kind == "season":
        span.month, span.precision = _cues()["seasons"][groups["s"].lower()], "season"
    elif kind in {"month", "month_year"}:
        span.month, span.precision = month_number(groups["m"]), "month"
    elif kind == "relative":
        rel = " ".join(groups["rel"].lower().split())
        span.relative = "last_week" if "semaine" in rel and ("derni" in rel or "pass" in rel) else RELATIVE.get(rel)
        span.precision = "week" if "week" in (span.relative or "") else "month" if "month" in (span.relative or "") else "day"
    elif kind == "weekday":
        direction = (groups.get("dir") or "").lower()
        # « mardi dernier » is the last Tuesday before publication, « mardi prochain » the next
        span.relative = {"dernier": "weekday_last", "prochain": "weekday_next"}.get(direction, "weekday")
    elif kind == "year":
        span.precision = "year"
    return span


class DateFinder:
    """Store the item's date expressions in ``doc._.facts.dates``."""

    def __call__(self, doc: Doc) -> Doc:
        facts = facts_of(doc)
        names = [(o.start, o.end) for o in facts.orgs]
        dates = []
        for d in find_dates(facts.text):
            if any(a <= d.start < b for a, b in names):
                continue  # « le Centre des opérations et de la Veille »: a name, not a date
            if d.role is None and _attribute(doc, d.start):
                d.role = "attribute"
            dates.append(d)
        facts.dates = dates
        return doc


@Language.factory("reseau_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Date expressions, parsed into day, month, year, weekday or a relative step."""
    return DateFinder()
