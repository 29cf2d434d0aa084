"""Placing date expressions in time: the year a weekday fits, the publication date, the
year stated elsewhere in the text, the day before.

Rules (../shared/eval/README.md): a date without a year takes the year that makes its
weekday right when it names one; otherwise the latest such date not after publication,
unless the text speaks of it as coming, then the next one after. ``le lendemain`` and a
bare weekday follow from the previous dated day.
"""

from __future__ import annotations

import calendar as _cal
from dataclasses import dataclass
from datetime import date, timedelta

from reseau.extract.facts import DateSpan
from reseau.periods import SEASON_MONTHS


FROM_PUBLICATION = {"today": 0, "yesterday": -1, "two_days_ago": -2, "tomorrow": 1, "in_two_days": 2}


@dataclass(frozen=True)
class When:
    """A resolved date and how precise it is (day, week, month, year)."""

    value: date
    precision: str

    def iso(self) -> str:
        """``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY`` by precision (a week is its Monday, a season its first month)."""
        if self.precision in {"day", "week"}:
            return self.value.isoformat()
        if self.precision in {"month", "season"}:
            return self.value.strftime("%Y-%m")
        return str(self.value.year)


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _shift_month(d: date, months: int) -> date:
    index = d.year * 12 + d.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _season(span: DateSpan, published: date | None, text_year: int | None, future: bool) -> When | None:
    """A season, by its first month: of the year written; without one, the coming season (the one
    under way included) when told as coming, else the last one begun by the publication."""
    if span.month is None:
        return None
    if span.year:
        return When(date(span.year, span.month, 1), "season")
    if published is None:
        return When(date(text_year, span.month, 1), "season") if text_year else None
    this_year = date(published.year, span.month, 1)
    over = _shift_month(this_year, SEASON_MONTHS) <= published
    if span.relative == "season_next":  # « l'automne prochain » said in the autumn is next year's
        return When(this_year if this_year > published else this_year.replace(year=published.year + 1), "season")
    if span.relative == "season_last":  # « l'été dernier » said in the summer is last year's
        return When(this_year if over else this_year.replace(year=published.year - 1), "season")
    if future:
        return When(this_year if not over else this_year.replace(year=published.year + 1), "season")
    if text_year and date(text_year, span.month, 1) <= published:
        return When(date(text_year, span.month, 1), "season")
    return When(this_year if this_year <= published else this_year.replace(year=published.year - 1), "season")


def _weekday_and_day(span: DateSpan, published: date | None, previous: When | None, future: bool) -> When | None:
    """« Mercredi le 14 »: the nearest month, around the day told before or else the publication, whose
    day has that weekday; a day told as done is not after the publication."""
    ref = previous.value if previous is not None else published
    if ref is None or span.day is None or span.weekday is None:
        return None
    start = _shift_month(ref, -7)
    fits = [d for k in range(15) if (d := _safe((m := _shift_month(start, k)).year, m.month, span.day))
            and d.weekday() == span.weekday]
    if published is not None:
        fits = [d for d in fits if (d >= published if future else d <= published)] or fits
    return When(min(fits, key=lambda d: abs((d - ref).days)), "day") if fits else None


def _day_alone(span: DateSpan, published: date | None, previous: When | None, future: bool) -> When | None:
    """« Le 21, … »: that day of the month told before; with none told, of the publication's month, or of
    the month before (after, when told as coming) when that day is still to come (already past)."""
    if span.day is None:
        return None
    if previous is not None and previous.precision in {"day", "week", "month"}:
        d = _safe(previous.value.year, previous.value.month, span.day)
        return When(d, "day") if d else None
    if published is None:
        return None
    month = published.replace(day=1)
    if not future and span.day > published.day:
        month = _shift_month(month, -1)
    elif future and span.day < published.day:
        month = _shift_month(month, 1)
    d = _safe(month.year, month.month, span.day)
    return When(d, "day") if d else None


def resolve(span: DateSpan, published: date | None, previous: When | None, text_year: int | None,
            future: bool = False) -> When | None:
    """The date a span means, or None when nothing in the document fixes its year."""
    rel = span.relative
    if rel in {"next_day", "previous_day", "same_day"}:
        if previous and previous.precision == "day":
            return When(previous.value + timedelta(days={"next_day": 1, "previous_day": -1, "same_day": 0}[rel]), "day")
        return None
    if rel == "mission_day":
        # « le deuxième jour de la mission »: counted from the day the mission (the previous date) began
        if previous and previous.precision == "day":
            return When(previous.value + timedelta(days=(span.day or 1) - 1), "day")
        return None
    if rel in FROM_PUBLICATION:
        return When(published + timedelta(days=FROM_PUBLICATION[rel]), "day") if published else None
    if rel in {"weekday_last", "weekday_next"}:
        if published is None:
            return None
        if rel == "weekday_last":
            return When(published - timedelta(days=(published.weekday() - span.weekday) % 7 or 7), "day")
        return When(published + timedelta(days=(span.weekday - published.weekday()) % 7 or 7), "day")
    if rel == "day_alone":
        return _day_alone(span, published, previous, future)
    if rel == "weekday_day":
        return _weekday_and_day(span, published, previous, future)
    if rel == "weekday":
        # « ce vendredi » is the publication's week, whatever day the text told before
        this = span.text.lower().startswith(("ce ", "ce\xa0"))
        anchor = previous.value if previous and previous.precision == "day" and not this else None
        following = anchor + timedelta(days=(span.weekday - anchor.weekday()) % 7) if anchor is not None else None
        # « a approuvé jeudi … a présenté mardi » in a text of Friday: a day held cannot follow the publication
        if following is not None and (published is None or future or following <= published):
            return When(following, "day")
        if published is None:
            return None
        back = (published.weekday() - span.weekday) % 7
        return When(published + timedelta(days=(7 - back) % 7) if future else published - timedelta(days=back), "day")
    if rel in {"this_month", "last_month", "next_month"}:
        if published is None:
            return None
        return When(_shift_month(published, {"this_month": 0, "last_month": -1, "next_month": 1}[rel]), "month")
    if rel in {"this_week", "last_week", "next_week"}:
        if published is None:
            return None
        monday = published - timedelta(days=published.weekday())
        return When(monday + timedelta(days={"this_week": 0, "last_week": -7, "next_week": 7}[rel]), "week")
    if span.precision == "year":
        return When(date(span.year, 1, 1), "year") if span.year else None
    if span.precision == "season":
        return _season(span, published, text_year, future)
    month = span.month
    if month is None:
        return None
    if span.direction is not None:  # « le 14 avril prochain » said in a past-tense sentence is still to come
        future = span.direction == "next"
    day = span.day or 1
    precision = "day" if span.day else "month"
    if span.year:
        d = _safe(span.year, month, day)
        return When(d, precision) if d else None
    if span.weekday is not None and span.day:
        ref = published or (date(text_year, 7, 1) if text_year else None)
        if ref is None:
            return None
        fits = [d for y in range(ref.year - 6, ref.year + 2) if (d := _safe(y, month, day)) and d.weekday() == span.weekday]
        if fits:
            return When(min(fits, key=lambda d: (abs((d - ref).days), d > ref)), "day")
    if published is None:
        d = _safe(text_year, month, day) if text_year else None
        return When(d, precision) if d else None
    last_day = day if span.day else _cal.monthrange(published.year, month)[1]
    if text_year and not future:
        d = _safe(text_year, month, day)
        if d and _safe(text_year, month, min(last_day, 28) if not span.day else day) <= published:
            return When(d, precision)
    this_year = _safe(published.year, month, day)
    if this_year is None:
        return None
    if future:
        return When(this_year if this_year >= published.replace(day=1 if not span.day else published.day) else _safe(published.year + 1, month, day), precision)
    start_of = this_year if span.day else this_year.replace(day=1)
    if start_of <= published:
        return When(this_year, precision)
    d = _safe(published.year - 1, month, day)
    return When(d, precision) if d else None
