"""A stored date said in words by its precision, in French or English: « mardi 17 mai 2022 »,
« mai 2022 », « semaine du 16 mai 2022 », « automne 2022 », « 2022 ». Month and day names come
from Babel's locale data; the few words around them from the catalogue."""

from __future__ import annotations

from functools import lru_cache

from babel.dates import format_date

from reseau.i18n import messages
from reseau.kinds import DatePrecision
from reseau.periods import parse_day

# A season is stored by its first month (extraction dates « l'automne 2022 » 2022-09).
SEASONS = {12: "hiver {year}", 1: "hiver {year}", 2: "hiver {year}", 3: "printemps {year}", 4: "printemps {year}",
           5: "printemps {year}", 6: "été {year}", 7: "été {year}", 8: "été {year}", 9: "automne {year}",
           10: "automne {year}", 11: "automne {year}"}
WEEK = "semaine du {day}"


# Babel takes a tenth of a millisecond a date; a calendar of thousands of activities says the
# same few hundred dates again and again.
@lru_cache(maxsize=4096)
def date_in_words(value: str | None, precision: str | None, lang: str) -> str:
    """The date as a reader says it in ``lang``; an empty string for no date, the stored text for
    one that is not a date."""
    day = parse_day(value)
    if day is None:
        return value or ""
    say = messages(lang)
    precision = precision or {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(value or ""), DatePrecision.DAY)
    if precision == DatePrecision.YEAR:
        return str(day.year)
    if precision == DatePrecision.SEASON:
        return say(SEASONS[day.month], year=day.year)
    if precision == DatePrecision.MONTH:
        return format_date(day, "LLLL y", locale=say.lang)
    if precision == DatePrecision.WEEK:
        return say(WEEK, day=format_date(day, "d MMMM y", locale=say.lang))
    return format_date(day, "EEEE d MMMM y", locale=say.lang)
