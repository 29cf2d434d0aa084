"""The iCalendar file (RFC 5545) of dated activities, held and planned: one all-day event each,
as long as its date's precision says (a day, a week, a month, a season, a year), tentative when
it was only announced. Written by hand: the format is a few escaped, folded lines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta, timezone

from reseau import __version__
from reseau.i18n import messages
from reseau.kinds import ActivityStatus
from reseau.periods import parse_day, period
from reseau.publish.feeds import FEED_TITLE, entry_lines, entry_title
from reseau.query.feeds import FeedItem

LINE_OCTETS = 75  # RFC 5545 §3.1: lines longer than this are folded
_CONTROL = re.compile("[\x00-\x08\x0a-\x1f\x7f\ud800-\udfff]")  # and lone surrogates, which UTF-8 cannot write


def escape_text(value: str) -> str:
    """A TEXT value (RFC 5545 §3.3.11): backslashes, semicolons, commas and line ends escaped."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\\n")
    # Other control characters are not allowed in a value at all.
    return _CONTROL.sub("", value)


def fold(line: str) -> str:
    """A content line cut into pieces of at most 75 octets, each after the first starting with a
    space; never inside a UTF-8 character."""
    octets = line.encode("utf-8")
    if len(octets) <= LINE_OCTETS:
        return line
    pieces, start, room = [], 0, LINE_OCTETS
    while len(octets) - start > room:
        end = start + room
        while octets[end] & 0xC0 == 0x80:  # a UTF-8 continuation octet: cut before its character
            end -= 1
        pieces.append(octets[start:end])
        start, room = end, LINE_OCTETS - 1  # the next piece starts with a space
    pieces.append(octets[start:])
    return b"\r\n ".join(pieces).decode("utf-8")


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y%m%dT%H%M%SZ")


def _day(value: date) -> str:
    return value.strftime("%Y%m%d")


def is_event(item: FeedItem) -> bool:
    """Whether an activity goes on the calendar: it has a date, and, if it was announced, no
    later report took its place (the reported activity is on the calendar itself)."""
    row = item.activity
    return parse_day(row.date) is not None and not (row.status == ActivityStatus.PLANNED and row.followed_by)


def calendar_lines(items: Iterable[FeedItem], *, lang: str, key: str, site_url: str | None = None) -> Iterator[str]:
    """The VCALENDAR of the items that are events (:func:`is_event`), one folded content line
    (ended by CRLF) at a time, so that a file of a whole register is written as it is made.
    ``key`` names the register in the UIDs, so that an event keeps its UID from one download to
    the next; ``site_url``, when given, links each event to its activity's page."""
    say = messages(lang)
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:-//Réseau//Réseau {__version__}//{say.lang.upper()}",
            "CALSCALE:GREGORIAN", "METHOD:PUBLISH", f"X-WR-CALNAME:{escape_text(say(FEED_TITLE))}"]
    yield from (line + "\r\n" for line in head)
    for item in items:
        if not is_event(item):
            continue
        row = item.activity
        first, last = period(row.date, row.date_precision)
        link = f"{site_url.rstrip('/')}/activites/{row.id}" if site_url else None
        lines = ["BEGIN:VEVENT", f"UID:activity-{row.id}@{key}.reseau", f"DTSTAMP:{_stamp(item.updated)}",
                 f"LAST-MODIFIED:{_stamp(item.updated)}",
                 # An all-day event ends on the day after its last (DTEND is exclusive).
                 f"DTSTART;VALUE=DATE:{_day(first)}", f"DTEND;VALUE=DATE:{_day(last + timedelta(days=1))}",
                 f"SUMMARY:{escape_text(entry_title(row, lang))}",
                 "STATUS:" + ("TENTATIVE" if row.status == ActivityStatus.PLANNED else "CONFIRMED"),
                 "TRANSP:TRANSPARENT"]
        if row.place:
            lines.append(f"LOCATION:{escape_text(row.place)}")
        lines.append(f"DESCRIPTION:{escape_text(chr(10).join(entry_lines(row, lang, link)))}")
        if link:
            lines.append(f"URL:{link}")
        lines.append("END:VEVENT")
        yield from (fold(line) + "\r\n" for line in lines)
    yield "END:VCALENDAR\r\n"


def calendar(items: Iterable[FeedItem], *, lang: str, key: str, site_url: str | None = None) -> str:
    """The whole VCALENDAR of :func:`calendar_lines`, as one text."""
    return "".join(calendar_lines(items, lang=lang, key=key, site_url=site_url))
