"""The days a date of the register covers, by its precision: « 2022-05-17 » a day, « 2022-05 »
the month of May, a week from its Monday, a season from its first month (three months), a year.
Resolution, the calendar and the bulletin read dates through here."""

from __future__ import annotations

import calendar
from datetime import date, timedelta

from reseau.kinds import DatePrecision

SEASON_MONTHS = 3


def parse_day(value: str | None) -> date | None:
    """The first day a stored date (``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD``) names; None if none."""
    if not value:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        return date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def precision_of(value: str | None, precision: str | None) -> str:
    """The precision of a stored date: the one recorded, else what the date's length says (a
    year, a month or a day)."""
    return precision or {4: DatePrecision.YEAR, 7: DatePrecision.MONTH}.get(len(value or ""), DatePrecision.DAY)


def _add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    return date(day.year + month // 12, month % 12 + 1, 1)


def period(value: str, precision: str | None) -> tuple[date, date]:
    """The first and last day a stored date covers. Without a precision, the date's own length
    says it (a year, a month or a day)."""
    start = parse_day(value)
    if start is None:
        raise ValueError(f"not a date: {value!r}")
    precision = precision_of(value, precision)
    if precision == DatePrecision.YEAR:
        return start, date(start.year, 12, 31)
    if precision == DatePrecision.MONTH:
        return start, date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    if precision == DatePrecision.SEASON:
        return start, _add_months(start, SEASON_MONTHS) - timedelta(days=1)
    if precision == DatePrecision.WEEK:
        return start, start + timedelta(days=6)
    return start, start
