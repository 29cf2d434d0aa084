"""French written right: articles and elision (l’, de l’, du, des, au, aux), « A, B et C »,
the gender of titles (la directrice, le directeur), dates as « Jeudi, le 3 février »."""

from __future__ import annotations

import unicodedata
from datetime import date
from functools import cache
from importlib import resources

from reseau.periods import parse_day, precision_of

APOSTROPHE = "’"
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre",
          "décembre")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SEASONS = {12: "l’hiver", 1: "l’hiver", 2: "l’hiver", 3: "le printemps", 4: "le printemps", 5: "le printemps",
           6: "l’été", 7: "l’été", 8: "l’été", 9: "l’automne", 10: "l’automne", 11: "l’automne"}
# Words starting with an aspirated h: no elision before them (« le Haut Fonctionnaire »).
ASPIRATED_H = {"haut", "haute", "hauts", "hautes", "hall", "hongrie", "honduras", "hollande", "hameau", "hangar", "héros",
               "hibou", "hockey", "hub"}
VOWELS = set("aeiouyàâäéèêëîïôöùûüœæ")


def _table(name: str) -> list[list[str]]:
    text = resources.files("reseau.publish.bulletin").joinpath("data", name).read_text(encoding="utf-8")
    return [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@cache
def org_genders() -> dict[str, str]:
    """The gender and number (m, f, mp, fp) of the nouns that open organizations' names."""
    return {row[0]: row[1].strip() for row in _table("org_genders.tsv")}


@cache
def title_forms() -> list[tuple[str, str, str]]:
    """(masculine, feminine, English) of title words, longest first."""
    rows = [(r[0], r[1], r[2].strip() if len(r) > 2 else "") for r in _table("titles.tsv")]
    return sorted(rows, key=lambda r: -len(r[0]))


@cache
def qualifier_forms() -> list[tuple[str, str, str]]:
    """(masculine, feminine, English) of adjectives written after a title's head."""
    return [(r[0], r[1], r[2].strip()) for r in _table("qualifiers.tsv")]


def elides(word: str) -> bool:
    """Whether an article before ``word`` elides (« l’Union », « l’UIC », not « le Haut … »)."""
    first = word.split()[0] if word.split() else ""
    if not first:
        return False
    if first.isupper() and len(first) > 1:  # an acronym read letter by letter: « l’UIC », « le CIPC »
        return first[0].lower() in "aeiouy"
    lowered = first.casefold().strip("«“\"(")
    head = lowered.split("-")[0]
    if lowered[:1] == "h":
        return head not in ASPIRATED_H and lowered not in ASPIRATED_H
    return lowered[:1] in VOWELS


def article(gender: str | None, word: str) -> str:
    """The definite article before ``word`` for a gender (m, f, mp, fp); empty for none."""
    if not gender:
        return ""
    if gender in ("mp", "fp"):
        return "les "
    if elides(word):
        return "l" + APOSTROPHE
    return "le " if gender == "m" else "la "


def with_preposition(preposition: str, phrase: str) -> str:
    """« de » or « à » joined to a phrase that may start with an article: du, des, au, aux,
    de l’, à l’, d’ before a vowel without article."""
    lowered = phrase[:4].casefold()
    if preposition == "de":
        if lowered.startswith("le "):
            return "du " + phrase[3:]
        if lowered.startswith("les "):
            return "des " + phrase[4:]
        if not phrase.startswith(("la ", "l" + APOSTROPHE, "l'")) and elides(phrase):
            return "d" + APOSTROPHE + phrase
        return "de " + phrase
    if preposition == "à":
        if lowered.startswith("le "):
            return "au " + phrase[3:]
        if lowered.startswith("les "):
            return "aux " + phrase[4:]
        return "à " + phrase
    return f"{preposition} {phrase}"


def listing(parts: list[str], conjunction: str = "et") -> str:
    """« A », « A et B », « A, B et C »."""
    parts = [p for p in parts if p]
    if len(parts) < 2:
        return "".join(parts)
    return ", ".join(parts[:-1]) + f" {conjunction} " + parts[-1]


def capitalize(text: str) -> str:
    """The text with its first letter in upper case (« l’Union » → « L’Union »)."""
    return text[:1].upper() + text[1:] if text else text


def _fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text.casefold()) if not unicodedata.combining(c))


def title_gender(title: str | None, address: str | None = None) -> str | None:
    """The gender (``f`` | ``m``) of the person's address (« Mme », « M. ») when known, else the
    one the title tells (« Directrice » f, « Directeur » m), else None."""
    if address in ("f", "m"):
        return address
    for word in (title or "").replace(",", " ").split():
        lowered = word.casefold()
        if lowered in {"de", "du", "des", "d’", "pour", "à", "au", "aux", "et"} or lowered.startswith(("d’", "d'", "l’", "l'")):
            break
        for masculine, feminine, _ in [*title_forms(), *qualifier_forms()]:
            if " " in masculine or masculine == feminine:
                continue
            if lowered == feminine:
                return "f"
            if lowered == masculine:
                return "m"
    return address


def gendered_title(title: str, gender: str | None) -> str:
    """The title in the person's gender where its words have both forms (« Directeur général »
    for a woman: « Directrice générale »); as recorded otherwise."""
    if gender not in ("f", "m"):
        return title
    words = title.split(" ")
    for i, word in enumerate(words):
        lowered = word.casefold()
        if lowered in {"de", "du", "des", "pour", "à", "au", "aux", "et"} or lowered.startswith(("d’", "d'", "l’", "l'")):
            break
        for masculine, feminine, _ in [*title_forms(), *qualifier_forms()]:
            if " " in masculine:
                continue
            source, target = (masculine, feminine) if gender == "f" else (feminine, masculine)
            if lowered == source:
                words[i] = target[:1].upper() + target[1:] if word[:1].isupper() else target
                break
    return " ".join(words)


def title_article(title: str, gender: str | None) -> str:
    """The title with its article, agreeing with the gender (« la Directrice générale », « l’Attaché »)."""
    if gender not in ("f", "m"):
        return title
    return article(gender, title) + title


def when(value: str | None, precision: str | None, year: int, *, start: bool = True) -> str:
    """A date as a French bulletin writes it: « Jeudi, le 3 février », « En octobre », « Pendant la
    semaine du 26 juin », « À l’automne 2019 », « En 2018 »; the year is said when it is not
    ``year``. ``start`` capitalizes it for the head of a sentence."""
    day = parse_day(value)
    if day is None:
        return ""
    precision = precision_of(value, precision)
    said_year = "" if day.year == year else f" {day.year}"
    if precision == "year":
        text = f"en {day.year}"
    elif precision == "season":
        season = SEASONS[day.month]
        text = with_preposition("à", season) + f" {day.year}" if season.startswith("l") else f"au {season} {day.year}"
        if season == "le printemps":
            text = f"au printemps {day.year}"
    elif precision == "month":
        text = f"en {MONTHS[day.month - 1]}{said_year}"
    elif precision == "week":
        text = f"pendant la semaine du {_day_of_month(day)} {MONTHS[day.month - 1]}{said_year}"
    else:
        text = f"{WEEKDAYS[day.weekday()]}, le {_day_of_month(day)} {MONTHS[day.month - 1]}{said_year}"
    return capitalize(text) if start else text


def _day_of_month(day: date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def period_words(start: str, end: str) -> str:
    """« du 1er janvier au 30 juin 2022 » (years said where they differ)."""
    first, last = parse_day(start), parse_day(end)
    if first is None or last is None:
        return ""
    left = f"{_day_of_month(first)} {MONTHS[first.month - 1]}" + ("" if first.year == last.year else f" {first.year}")
    return f"du {left} au {_day_of_month(last)} {MONTHS[last.month - 1]} {last.year}"


def fold(text: str) -> str:
    """Lower case without accents, to compare words."""
    return _fold(text)
