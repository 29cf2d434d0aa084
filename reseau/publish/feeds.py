"""The Atom 1.0 feed of activities (RFC 4287), newest first, in French or English: each entry
says what, when, where and with whom in words, links to the activity's page, and marks what was
only announced. Also the wording of an activity that the calendar shares."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import datetime, timezone
from html import escape as html_escape
from xml.sax.saxutils import escape, quoteattr

from reseau.i18n import Messages, messages
from reseau.kinds import ActivityStatus
from reseau.publish.labels import KIND_LABELS, period_words
from reseau.query.feeds import FeedItem
from reseau.query.results import ActivityRow

# XML 1.0 refuses control characters and lone surrogates; a name pasted from a PDF can hold them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
ATOM = "http://www.w3.org/2005/Atom"
# What the words of an entry are made of, in French (the catalogue says them in English).
ANNOUNCED = "Annonce : {title}"
FEED_TITLE = "Activités du réseau"
LINES = {"date": "Quand : {date}", "place": "Lieu : {place}", "participants": "Participants : {names}",
         "waiting": "Statut : annonce, rien de rapporté depuis", "kept": "Statut : annonce, rapportée depuis (activité n° {id})",
         "link": "Fiche : {url}"}


def _clean(text: str | None) -> str:
    return _NOT_XML.sub("", text or "")


def _label(row: ActivityRow, say: Messages) -> str:
    """The activity's own title, else its kind (« Rencontre »)."""
    if row.title and row.title.strip():
        return row.title.strip()
    word = say(KIND_LABELS.get(row.kind, row.kind))
    return word[:1].upper() + word[1:]


def _when(row: ActivityRow, lang: str) -> str:
    return period_words(row.date, row.date_precision).render(lang) if row.date else ""


def entry_title(row: ActivityRow, lang: str) -> str:
    """« Rencontre — le 3 février 2022, Paris »; « Annonce : Conférence — l'automne 2019, Chicoutimi »
    for what was only announced."""
    say = messages(lang)
    when_where = ", ".join(part for part in (_when(row, lang), row.place) if part)
    title = " — ".join(part for part in (_label(row, say), when_where) if part)
    return say(ANNOUNCED, title=title) if row.status == ActivityStatus.PLANNED else title


def entry_lines(row: ActivityRow, lang: str, link: str | None = None) -> list[str]:
    """The facts of an activity, one per line: date, place, participants, the announcement's
    state, its summary, and the address of its page when given."""
    say = messages(lang)
    lines = []
    if row.date:
        lines.append(say(LINES["date"], date=_when(row, lang)))
    if row.place:
        lines.append(say(LINES["place"], place=row.place))
    names = row.people + row.organizations
    if names:
        lines.append(say(LINES["participants"], names=", ".join(names)))
    if row.status == ActivityStatus.PLANNED:
        lines.append(say(LINES["kept"], id=row.followed_by) if row.followed_by else say(LINES["waiting"]))
    if row.summary and row.summary.strip():
        lines.append(row.summary.strip())
    if link:
        lines.append(say(LINES["link"], url=link))
    return [_clean(line) for line in lines]


def _stamp(moment: datetime) -> str:
    return moment.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def _element(name: str, text: str, **attributes: str) -> str:
    attrs = "".join(f" {key}={quoteattr(value)}" for key, value in attributes.items())
    return f"<{name}{attrs}>{escape(_clean(text))}</{name}>"


def atom_feed(items: Sequence[FeedItem], *, lang: str, key: str, site_url: str, generated: datetime | None = None) -> str:
    """The Atom document of these items (already newest first). ``key`` names the register in
    the ids (see :func:`reseau.query.feeds.register_key`); ``site_url`` is where the pages are
    served. No ``rel="self"`` link: the feed's address carries its reader's token, which the
    document must not repeat, and a reader may take a self link without it for the feed's new
    address."""
    say = messages(lang)
    site_url = site_url.rstrip("/")
    updated = max((item.updated for item in items), default=generated or datetime.now(timezone.utc))
    out = ['<?xml version="1.0" encoding="utf-8"?>', f'<feed xmlns="{ATOM}" xml:lang={quoteattr(say.lang)}>',
           _element("id", f"urn:reseau:{key}:activities"), _element("title", say(FEED_TITLE)),
           _element("updated", _stamp(updated)), f"<link rel=\"alternate\" type=\"text/html\" href={quoteattr(site_url + '/activites')}/>",
           "<author><name>Réseau</name></author>", _element("generator", "Réseau")]
    for item in items:
        row = item.activity
        link = f"{site_url}/activites/{row.id}"
        lines = entry_lines(row, lang, None)
        content = "".join(f"<p>{html_escape(line)}</p>" for line in lines)
        out += ["<entry>", _element("id", f"urn:reseau:{key}:activity:{row.id}"),
                _element("title", entry_title(row, lang), type="text"), _element("updated", _stamp(item.updated))]
        if item.published:
            out.append(_element("published", f"{item.published.isoformat()}T00:00:00Z"))
        out += [f'<link rel="alternate" type="text/html" href={quoteattr(link)}/>',
                f"<category term={quoteattr(row.kind)} label={quoteattr(say(KIND_LABELS.get(row.kind, row.kind)))}/>"]
        if row.status == ActivityStatus.PLANNED:
            out.append(f'<category term="planned" label={quoteattr(say("annonce"))}/>')
        out += [_element("summary", row.summary.strip() if row.summary and row.summary.strip() else " · ".join(lines), type="text"),
                _element("content", content, type="html"), "</entry>"]
    out.append("</feed>")
    return "\n".join(out) + "\n"
