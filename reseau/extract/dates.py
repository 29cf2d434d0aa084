"""Date expressions of French bulletins, read but not yet placed in time.

``Mardi, le 17 mai``, ``Le 12 avril matin``, ``du 16 au 20 mai``, ``les 3 et 4 juin 2019``,
``En janvier 2022``, ``En début janvier``, ``ce mois-ci``, ``la semaine dernière``,
``le lendemain``. Which year a date falls in is decided for the whole document by
:mod:`reseau.extract.calendar`, against the publication date.
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import DateSpan
from reseau.extract.organizations import facts_of
from reseau.extract.tokens import MONTHS, WEEKDAYS

_M = "|".join(MONTHS + ["fevrier", "aout", "decembre"])
_W = "|".join(WEEKDAYS)
_DAY = r"(?:1er|[12]?\d|3[01])"
_YEAR = r"(?:19|20)\d\d"

PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("range", re.compile(rf"\b(?:du|les|des)\s+(?:(?P<wd>{_W})\s+)?(?P<d>{_DAY})(?:\s+(?P<m1>{_M}))?\s+(?:au|et|à)\s+(?:(?:{_W})\s+)?(?P<d2>{_DAY})\s+(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("day", re.compile(rf"\b(?:(?P<wd>{_W})\s*,?\s*)?(?:le\s+|l['’])?(?P<d>{_DAY})\s+(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("month", re.compile(rf"\b(?:(?:en|de|d['’]|dès|depuis|durant|pendant)\s+(?:le\s+mois\s+de\s+|(?:tout\s+)?(?:début|fin|mi-?)\s*(?:de\s+|d['’])?)?|(?:au\s+)?mois\s+de\s+|(?:début|fin|mi)-?\s*)(?P<m>{_M})(?:\s+(?P<y>{_YEAR}))?", re.I)),
    ("month_year", re.compile(rf"\b(?P<m>{_M})\s+(?P<y>{_YEAR})", re.I)),
    ("relative", re.compile(r"\b(?P<rel>le\s+lendemain|la\s+veille|ce\s+mois-ci|ce\s+dernier\s+mois|le\s+mois\s+dernier|le\s+mois\s+prochain|la\s+semaine\s+derni[eè]re|la\s+semaine\s+prochaine|cette\s+semaine|aujourd['’]hui|hier)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:le\s+|ce\s+)?(?P<wd>{_W})(?:\s+(?:matin|soir|après-midi))?\b(?!\s+(?:{_DAY})\b)", re.I)),
    ("year", re.compile(rf"\b(?:en|de|d['’]|l['’]automne|l['’]été|l['’]hiver|au\s+printemps|printemps|automne|été|hiver|année)\s+(?:(?:début|fin)\s+(?:d['’]année\s+)?)?(?P<y>{_YEAR})\b(?!\s*[-–]\s*\d)", re.I)),
]

RELATIVE = {
    "le lendemain": "next_day", "la veille": "previous_day", "ce mois-ci": "this_month",
    "ce dernier mois": "last_month", "le mois dernier": "last_month", "le mois prochain": "next_month",
    "la semaine dernière": "last_week", "la semaine derniere": "last_week", "la semaine prochaine": "next_week",
    "cette semaine": "this_week", "aujourd'hui": "today", "aujourd’hui": "today", "hier": "previous_day",
}


def month_number(name: str) -> int:
    """1 for janvier … 12 for décembre (accents optional)."""
    name = name.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    return MONTHS.index(name) + 1


def find_dates(text: str) -> list[DateSpan]:
    """Every date expression of a text, longest first where they overlap."""
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
            found.append(span)
    return sorted(found, key=lambda d: d.start)


def _read(kind: str, m: re.Match[str]) -> DateSpan | None:
    groups = m.groupdict()
    wd = groups.get("wd")
    weekday = WEEKDAYS.index(wd.lower()) if wd else None
    year = int(groups["y"]) if groups.get("y") else None
    span = DateSpan(m.start(), m.end(), m.group(), weekday=weekday, year=year)
    if kind in {"range", "day"}:
        span.day = 1 if groups["d"].lower() == "1er" else int(groups["d"])
        span.month = month_number(groups.get("m1") or groups["m"])
    elif kind in {"month", "month_year"}:
        span.month, span.precision = month_number(groups["m"]), "month"
    elif kind == "relative":
        span.relative = RELATIVE.get(" ".join(groups["rel"].lower().split()))
        span.precision = "week" if "week" in (span.relative or "") else "month" if "month" in (span.relative or "") else "day"
    elif kind == "weekday":
        span.relative = "weekday"
    elif kind == "year":
        span.precision = "year"
    return span


class DateFinder:
    """Store the item's date expressions in ``doc._.facts.dates``."""

    def __call__(self, doc: Doc) -> Doc:
        facts = facts_of(doc)
        facts.dates = find_dates(facts.text)
        return doc


@Language.factory("reseau_dates")
def make_dates(nlp: Language, name: str) -> DateFinder:
    """Date expressions, parsed into day, month, year, weekday or a relative step."""
    return DateFinder()
