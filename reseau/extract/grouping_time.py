"""When and where a clause of an item happens, for the grouping of its activities.

A date is the clause's own, not that of a relative clause (« qui aura lieu en 2022 »), a
law, a founding year or the day a communiqué came out; a bare weekday or « aujourd'hui »
counts back from the dateline's day when the item has one. A place is the clause's city,
else the city of a body's seat named in it, else a town it calls one (« la ville de X »),
else for a bare town hall the town of the city body it names or of the publisher.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass
from datetime import timedelta
from functools import cache

from reseau.extract.calendar import When, resolve
from reseau.extract.drafts import GATHERINGS, Draft
from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon
from reseau.extract.grouping_cues import folded_alternatives
from reseau.extract.quotations import inside

# « Le plan avait été adopté le 12 mars 2024 »: a pluperfect tells what came before the story (folded text); its
# day dates nothing told after it
BACKGROUND = re.compile(r"(?<!\w)avai(?:t|ent)\s+(?:(?:deja|ete)\s+)?\w+(?:e|es|s|i|is|u|us|t|ts)(?!\w)")
RELATIVE_CLAUSE = re.compile(r"\b(?:qui|dont|où|lors d[eu]|lorsque|quand)\b", re.I)
# « le lendemain de sa prise de fonctions », « la veille de son installation »: a day told from an appointment
# the nouns of taking up a post, on raw or folded text
TAKING_OFFICE_NOUNS = r"(?:prise\s+de\s+fonctions?|prise\s+de\s+commandement|installation|nomination|investiture|[ée]lection)"
TAKING_OFFICE = re.compile(rf"\s+d[eu]\s+(?:sa|son|leur)\s+{TAKING_OFFICE_NOUNS}\b", re.I)
# « | Direction générale », « – Communiqué »: the label beside a release's date line
SENTENCE_STOP = re.compile(r"(?<=[a-zà-ÿ]{2})[.!?](?=\s|$)")  # not « M. »
RELEASE_LABEL = re.compile(r"[|–—]\s*\S")
# « Depuis le 15 juillet, l'intérim revenait à X »: a day a state holds since (folded text before the date)
SINCE = re.compile(r"(?<![\w'])depuis(?:\s+le)?\s*$")
# Dates counted from the day of writing: from the dateline's day when the item has one.
# « nous tiendrons une audience à X à compter du 14 octobre »: the first day of a gathering (folded text
# before the date); « qui prendra ses fonctions à compter du » keeps the start of a post out
GATHERING_FROM = re.compile(r"(?<![\w'])[àa]\s+(?:compter|partir)(?:\s+(?:du|de))?\s*$")
# « le dispositif applicable à compter du 1er juillet », « les règles en vigueur à partir du 15 juin »: the day a
# rule or a measure starts, not the gathering's (lower-case text before « à compter »)
RULE_FROM = re.compile(r"(?<![\w'])(?:applicables?|pr[ée]vue?s?|en\s+vigueur|valables?|effecti(?:f|ve)s?|obligatoires?|"
                       r"interdite?s?|autoris[ée]e?s?|appliqu[ée]e?s?|s'appliquera|s'appliqueront|entrera|entreront|"
                       r"applicable|exig[ée]e?s?|requise?s?)(?:\s+[\w'’-]+){0,2}\s+[àa]\s+(?:compter|partir)(?:\s+(?:du|de))?\s*$")
DATELINE_RELATIVE = {"weekday", "weekday_last", "weekday_next", "today", "yesterday", "two_days_ago", "tomorrow", "in_two_days"}


@cache
def just_out() -> re.Pattern[str]:
    """« vient de publier une étude », « viennent de faire paraître »: a publication just out (folded text)."""
    verbs = folded_alternatives(load_lexicon().cues["just_out_verbs"])
    return re.compile(rf"(?<!\w)(?:vient|viennent)\s+d(?:e\s+|')(?:faire\s+)?(?:{verbs})(?!\w)")


_TOWN = r"(?P<town>[A-ZÀ-Ý][\w’'-]+(?:[ -](?:(?:de|du|des|la|le|sur|en|aux|lès|les)[ -])?[A-ZÀ-Ý][\w’'-]+)*)"


@dataclass(frozen=True)
class _TownCues:
    """How a clause names a town or its town hall (cues.json), compiled once."""

    named: re.Pattern[str]
    hall: re.Pattern[str]
    body: re.Pattern[str]


@cache
def _town_cues() -> _TownCues:
    cues = load_lexicon().cues
    nouns = "|".join(re.escape(n) for n in cues["town_nouns"])
    halls = "|".join(re.escape(h) for h in cues["town_halls"])
    heads = "|".join(re.escape(h) for h in cues["town_body_heads"])
    return _TownCues(re.compile(rf"\b[Ll]a (?:{nouns}) (?:de |d['’]){_TOWN}"),
                     # a bare town hall: « à l'hôtel de ville », not « à l'hôtel de ville de Sion » (a city then)
                     re.compile(rf"\b(?:{halls})\b(?! (?:de|d['’]) ?[A-ZÀ-Ý])", re.I),
                     re.compile(rf"\b(?:{heads}) (?:de |d['’]){_TOWN}"))


class WhenAndWhere:
    """Dates and places of an item's clauses; mixed into the item's grouper, whose facts it reads."""

    def dateline_date(self) -> When | None:
        """« Rabat, le 8 novembre 2023 – »: the day the item was written, which dates what it tells
        without a date of its own and places its bare weekdays (« a reçu mercredi ») before it."""
        for d in self.facts.dates:
            if d.role == "dateline" and d.day is not None:
                return resolve(d, self.published, None, self._text_year(self.offset + d.start))
        return None

    def release_date(self) -> When | None:
        """« 23 avril 2024 | Région de X » on a line of its own over a release, on a page of several: the
        day that release came out, from which its bare weekdays (« jeudi dernier ») count back."""
        text = self.facts.text
        # over the release, not under it: a date alone on a line after the first sentence is a deadline or a list's
        first_stop = SENTENCE_STOP.search(text)
        for d in self.facts.dates:
            if d.role is not None or d.precision != "day" or d.relative is not None:
                continue
            if first_stop is not None and d.start > first_stop.start():
                break
            line_start = text.rfind("\n", 0, d.start) + 1
            line_end = text.find("\n", d.end)
            rest = text[d.end:line_end if line_end >= 0 else len(text)].strip()
            if not text[line_start:d.start].strip() and (not rest or RELEASE_LABEL.match(rest)):
                return resolve(d, self.published, None, self._text_year(self.offset + d.start))
        return None

    def title_date(self) -> When | None:
        """« Passé | 14/03/2019 » over an entry of a listing page: the day its activities took place."""
        for d in self.facts.dates:
            if d.start < self.facts.title_end and d.role is None and d.precision == "day" and d.relative is None:
                return resolve(d, self.published, None, self._text_year(self.offset + d.start))
        return None

    def when(self, clause: Clause) -> When | None:
        """The date of the clause's own event, not one of a relative clause (« qui aura lieu en 2022 »),
        a law, a founding year, a start of duty or the day a communiqué came out."""
        trigger = clause.trigger if clause.trigger is not None else clause.start
        for d in self.facts.dates:
            if not clause.start <= d.start < clause.end or inside(self.quotes, d.start):
                continue
            if d.role is not None and not (d.role == "attribute" and self._cue_participle(clause, d)) \
                    and not self._gathering_from(clause, d):
                continue
            # an event's own « qui se tiendra du 3 au 5 juin » is its date; a meeting's « qui aura lieu » is not
            if clause.cue in GATHERINGS and clause.cue != "event" and d.start > trigger \
                    and RELATIVE_CLAUSE.search(self.facts_text(trigger, d.start)):
                continue
            if self._day_written_beside(d):
                continue  # « Le lendemain, mercredi 11 juin »: the day written out says it, whatever was told before
            return self.resolved(d, clause)
        return None

    def duty_day(self, clause: Clause) -> When | None:
        """« la nomination de X …, avec effet au 1er mai »: told without any other day, an appointment is
        dated by the start of duty its clause gives, when that day has come; a start still to come
        (« entrée en fonction le 1er mars » announced in September) is not when the post was given."""
        for d in self.facts.dates:
            if clause.start <= d.start < clause.end and d.role == "duty" and d.day is not None:
                when = self.resolved(d, clause)
                if when is not None and (self.published is None or when.value <= self.published):
                    return when
        return None

    def range_end(self, clause: Clause, when: When | None) -> When | None:
        """The day a gathering told as a range of days (« du 30 juin au 2 juillet ») ends on."""
        if when is None or when.precision != "day":
            return None
        span = next((d for d in self.facts.dates if clause.start <= d.start < clause.end and d.role is None
                     and d.last_day is not None), None)
        if span is None:
            return None
        first = when.value
        month = first if span.last_day >= first.day else _next_month(first)
        try:
            return When(month.replace(day=span.last_day), "day")
        except ValueError:
            return None

    def last_day_of_gathering(self) -> When | None:
        """« le dernier jour de l'atelier »: the last day of the latest gathering told as a range."""
        return next((d.last_day for d in reversed(self.drafts) if d.last_day is not None), None)

    def resolved(self, d, clause: Clause) -> When | None:
        """The date a span of the clause stands for, counted from the days told before it."""
        if d.relative == "gathering_last_day":
            return self.last_day_of_gathering()
        previous = self.mission.when if d.relative == "mission_day" and self.mission is not None else self.last_when
        if previous is None and d.relative in {"next_day", "previous_day", "same_day"}:
            previous = self.day_before  # « Le lendemain » opening a section: the day the sections above told
        if d.relative in {"next_day", "previous_day"} and TAKING_OFFICE.match(self.facts.text, d.end):
            # « dès le lendemain de sa prise de fonctions »: the day after the appointment, not the last day told
            hire = next((h for h in reversed(self.drafts[self.item_start:]) if h.kind == "hire" and h.when), None)
            previous = hire.when if hire is not None else previous
        published = self.published
        if d.relative in {"next_day", "previous_day", "same_day"} and previous is not None and published is not None \
                and previous.value > published and not clause.future:
            # « a présidé la veille » told after a gathering announced for later: the day before the news'
            previous = When(published, "day")
        if previous is not None and previous is self.dateline_when and d.relative in DATELINE_RELATIVE:
            previous, published = None, previous.value  # counted back from the dateline's day
        return resolve(d, published, previous, self._text_year(self.offset + d.start), clause.future)

    def _cue_participle(self, clause: Clause, d) -> bool:
        """« l'entente signée jeudi dernier »: the participle that dates a thing is the clause's own cue, so
        the day is the activity's; so is « en sa 58e réunion tenue le 3 mars »: the participle that dates a
        thing right after the gathering's own noun."""
        if clause.trigger is None or clause.trigger >= d.start:
            return False
        return len(self.facts_text(clause.trigger, d.start).split()) in {1, 2}

    def _gathering_from(self, clause: Clause, d) -> bool:
        """« nous tiendrons une audience à X à compter du 14 octobre »: a start told in a gathering's clause,
        with no post taken before it, is the day the gathering opens."""
        if d.role != "duty" or clause.cue not in GATHERINGS:
            return False
        # the cue may come after (« … à compter du 14 octobre, sous la présidence de X »); a relative clause
        # (« X, qui sera directrice à compter du 1er mai, a reçu … ») tells someone else's start
        before = self.facts_text(clause.start, d.start).lower()
        return "fonction" not in before and not RELATIVE_CLAUSE.search(before) \
            and GATHERING_FROM.search(before) is not None and RULE_FROM.search(before) is None

    def _day_written_beside(self, d) -> bool:
        """A day counted from another (« le lendemain ») with the day itself in apposition after it."""
        if d.relative not in {"next_day", "previous_day"}:
            return False
        return any(e.start > d.end and e.day is not None and e.month is not None and e.relative is None
                   and self.facts.text[d.end:e.start].strip() in {",", "", "("}
                   for e in self.facts.dates)

    def facts_text(self, start: int, end: int) -> str:
        return self.text[self.offset + start:self.offset + end]

    def _text_year(self, at: int) -> int | None:
        """The year last written in full before this position (else the first one written)."""
        if not self.text_years:
            return None
        k = bisect_right(self.text_years, (at, 10_000))
        return self.text_years[k - 1][1] if k else self.text_years[0][1]

    def place(self, clause: Clause) -> str | None:
        """The city the clause names (« à Rabat »), else the city of a body's seat (« au consulat à Dakar »)."""
        found = [p for p in self.facts.places if clause.start <= p.start < clause.end and not inside(self.quotes, p.start)]
        return next((p.name for p in found if p.kind == "city"), None) or \
            next((p.name for p in found if p.kind == "seat"), None) or self.town_named(clause) or self.town_hall(clause)

    def town_named(self, clause: Clause) -> str | None:
        """« La ville de Tambaro, chef-lieu de la région … »: a town the clause calls one, known or not."""
        found = _town_cues().named.search(self.facts.text, clause.start, clause.end)
        return found.group("town") if found and not inside(self.quotes, found.start()) else None

    def town_hall(self, clause: Clause) -> str | None:
        """« signée à l'hôtel de ville »: the town of the city body the clause names, else the publisher's."""
        cues = _town_cues()
        if not cues.hall.search(self.facts.text, clause.start, clause.end):
            return None
        names = [o.name for o in self.facts.orgs if clause.start <= o.start < clause.end]
        if self.publisher is not None:
            names.append(self.reg.organizations[self.publisher].name)
        return next((m.group("town") for n in names if (m := cues.body.search(n))), None)

    def elsewhere(self, clause: Clause) -> bool:
        """The clause names a country or a region, and no city: the place is not the one told before."""
        return any(clause.start <= p.start < clause.end and p.kind not in {"city", "seat", "dateline"}
                   for p in self.facts.places)

    def new_day(self, clause: Clause, current: Draft) -> bool:
        """The clause gives a day of its own, other than the current activity's."""
        seen = self.when(clause)
        return seen is not None and seen.precision == "day" and current.when is not None and seen != current.when

    def moved_on(self, current: Draft) -> bool:
        """A day other than the current activity's was told since, by a sentence that started none
        (« Le lendemain, les experts se sont réunis à Y. X y a pris part »): « y » is not its place."""
        told = self.last_when
        return told is not None and told.precision == "day" and current.when is not None and told != current.when

    def next_stage(self, clause: Clause, current: Draft) -> bool:
        """« Le lendemain, direction Y. » before a clause with no day of its own: a later day, already past at
        publication, was told since the current activity began; what the clause tells happened on it. A
        day to come (« Elle succédera le 1er juillet à X ») or an earlier one is no stage of the story."""
        told = self.last_when
        if self.when(clause) is not None or not self.moved_on(current) or told.value < current.when.value:
            return False
        return self.published is None or told.value <= self.published

    def told_since(self, clause: Clause) -> bool:
        """The clause's own day is one a state holds since (« Depuis le 15 juillet, l'intérim revenait à X »):
        nothing happened on it that what is told next would follow."""
        day = next((d for d in self.facts.dates if clause.start <= d.start < clause.end and d.role is None), None)
        # « suivent depuis hier une formation »: a gathering going on since a day told relatively began on it
        return day is not None and day.day is not None and day.relative is None \
            and SINCE.search(self.folded, max(0, day.start - 12), day.start) is not None

    def other_time(self, clause: Clause, current: Draft) -> bool:
        """The clause gives a date of its own (a day, a week), other than the current activity's."""
        seen = self.when(clause)
        return seen is not None and current.when is not None and seen != current.when

    def _relative_date(self, clause: Clause) -> bool:
        """The clause's date is told relative to the publication (« aujourd’hui », « mardi »)."""
        first = next((d for d in self.facts.dates if clause.start <= d.start < clause.end and d.role is None), None)
        return first is not None and first.relative in {"today", "yesterday", "weekday", "weekday_last", "weekday_next"}

    def days_long(self, clause: Clause) -> bool:
        """The clause's own date is a range of days (« du 23 au 25 octobre »)."""
        return any(clause.start <= d.start < clause.end and d.role is None and d.last_day is not None
                   for d in self.facts.dates)

    def last_day_told(self) -> When | None:
        """The day of the item's last gathering or signing held, else the day the item told before it."""
        # a signing is a day as much as a meeting is: « La veille » under the next heading counts from it
        held = next((d for d in reversed(self.drafts[self.item_start:])
                     if d.kind in {"meeting", "event", "agreement"} and d.status == "held"), None)
        if held is not None and held.when is not None and held.when.precision == "day":
            return held.when
        return self.day_before

    def appointed_before(self, kind: str, when: When) -> bool:
        """« Installé lundi, … Il avait été nommé le 5 novembre »: an appointment told after a day it came
        before is background; « Le lendemain » still counts from the day the story told."""
        return kind == "hire" and self.last_when is not None and self.last_when.precision == "day" \
            and when.value < self.last_when.value


def _next_month(day):
    """The first day of the month after ``day``'s."""
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)
