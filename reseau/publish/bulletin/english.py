"""English from the same records: an organization's English alias when the register has one
(UNODC, ICPC), titles through the extraction's title lexicon where it has an English form,
dates in English style."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources

from reseau.periods import parse_day, precision_of
from reseau.publish.bulletin.french import qualifier_forms, title_forms

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
SEASONS = {12: "winter", 1: "winter", 2: "winter", 3: "spring", 4: "spring", 5: "spring", 6: "summer", 7: "summer",
           8: "summer", 9: "autumn", 10: "autumn", 11: "autumn"}
ENGLISH_WORDS = {"of", "for", "the", "and", "on", "against", "in"}
FRENCH_WORDS = {"de", "du", "des", "la", "le", "les", "pour", "et", "contre", "sur", "en", "à", "au", "aux", "d’", "l’"}
# Names that read with « the » in English (« the United Nations Office on Drugs and Crime »).
ARTICLE_HEADS = {"international", "united", "office", "centre", "center", "union", "commission", "institute", "ministry",
                 "department", "university", "network", "council", "agency", "national", "european", "world", "secretariat"}


@cache
def lexicon_titles() -> frozenset[str]:
    """The title words the extraction's lexicon lists (its data file, read only)."""
    text = resources.files("reseau.extract").joinpath("data", "titles.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def is_english(name: str) -> bool:
    """Whether a name reads as English: English little words, no French ones."""
    words = {w.casefold() for w in re.findall(r"[\w’']+", name)}
    return bool(words & ENGLISH_WORDS) and not words & FRENCH_WORDS and not re.search(r"\b[dl][’']", name)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"[\w]+", name) if w[0].isupper())


def english_names(name: str, acronym: str | None, aliases: tuple[str, ...]) -> tuple[str, str | None]:
    """The English name and acronym of an organization when its aliases hold them, else its own."""
    long = next((a for a in aliases if is_english(a)), None)
    if long is None:
        return name, acronym
    short = next((a for a in aliases if a.isupper() and len(a) > 1 and _initials(long).startswith(a[:2])
                  and a == _initials(long)), None)
    return long, short or acronym


def english_article(name: str) -> str:
    """« the » before a name that reads with it in English."""
    words = name.split()
    first = words[0].casefold() if words else ""
    reads_with_it = first in ARTICLE_HEADS or (len(words) >= 3 and {w.casefold() for w in words} & {"of", "for", "on"})
    return "the " if reads_with_it and is_english(name) else ""


def english_title(title: str) -> str:
    """A French title in English when every word of it has an English form the lexicon knows
    (« Directrice générale » → « Director General »); as recorded otherwise."""
    words = title.casefold().split()
    known = lexicon_titles()
    head = None
    for masculine, feminine, english in title_forms():
        for form in (masculine, feminine):
            n = len(form.split())
            if words[:n] == form.split() and english and english in known:
                head, rest = english, words[n:]
                break
        if head:
            break
    if head is None:
        return title
    before, after = [], []
    for word in rest:
        match = next((e for m, f, e in qualifier_forms() if word in (m, f)), None)
        if match is None:
            return title
        (after if match == "general" else before).append(match)
    return " ".join("-".join(part[:1].upper() + part[1:] for part in w.split("-")) for w in [*before, head, *after])


def when(value: str | None, precision: str | None, year: int, *, start: bool = True) -> str:
    """A date in English: « On Tuesday, May 17 », « In January », « During the week of May 23 »,
    « In autumn 2022 », « In 2021 »; the year said when it is not ``year``."""
    day = parse_day(value)
    if day is None:
        return ""
    precision = precision_of(value, precision)
    said_year = "" if day.year == year else f", {day.year}"
    if precision == "year":
        text = f"in {day.year}"
    elif precision == "season":
        text = f"in {SEASONS[day.month]} {day.year}"
    elif precision == "month":
        text = f"in {MONTHS[day.month - 1]}" + ("" if day.year == year else f" {day.year}")
    elif precision == "week":
        text = f"during the week of {MONTHS[day.month - 1]} {day.day}{said_year}"
    else:
        text = f"on {WEEKDAYS[day.weekday()]}, {MONTHS[day.month - 1]} {day.day}{said_year}"
    return text[:1].upper() + text[1:] if start else text


def period_words(start: str, end: str) -> str:
    """« from January 1 to June 30, 2022 »."""
    first, last = parse_day(start), parse_day(end)
    if first is None or last is None:
        return ""
    left = f"{MONTHS[first.month - 1]} {first.day}" + ("" if first.year == last.year else f", {first.year}")
    return f"from {left} to {MONTHS[last.month - 1]} {last.day}, {last.year}"


def listing(parts: list[str]) -> str:
    """« A », « A and B », « A, B and C »."""
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]
