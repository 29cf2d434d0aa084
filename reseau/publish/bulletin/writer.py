"""The bulletin's words: Jinja2 templates per item kind and language (package data, or a
folder of the user's named by ``RESEAU_BULLETIN_TEMPLATES`` whose files take precedence),
filled through helpers that name organizations and people right in each language.

An organization is spelled out with its acronym at its first mention in the bulletin
(« l’Agence européenne des phares (AEP) ») and named by its acronym after
(« l’AEP »): the helpers keep what was said, so the templates are rendered in reading order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

import jinja2

from reseau.errors import FormatError
from reseau.publish.bulletin import english, french
from reseau.query.bulletin import (
    Bulletin,
    BulletinActivity,
    BulletinOrg,
    BulletinPerson,
)

LANGUAGES = ("fr", "en")


@dataclass(frozen=True, slots=True)
class Parties:
    """Who took part, as the wording needs them: the publisher's own people, the others, the
    organizations no person stands for, and whether the publisher took part."""

    ours: tuple[BulletinPerson, ...]
    people: tuple[BulletinPerson, ...]
    organizations: tuple[BulletinOrg, ...]
    publisher: bool
    hosts: tuple[BulletinOrg, ...]  # the other side's organizations, for a heading
    guests: tuple[BulletinOrg, ...] = ()  # a visiting delegation's, on the publisher's side


@dataclass
class Speaker:
    """Names records in one language for one bulletin, remembering what it has spelled out."""

    lang: str
    bulletin: Bulletin
    said: set[int] = field(default_factory=set)

    @property
    def year(self) -> int:
        """The bulletin's year: a date of another year says its year."""
        return int(self.bulletin.end[:4])

    # Organizations ---------------------------------------------------------------------
    def _names(self, o: BulletinOrg) -> tuple[str, str | None]:
        if self.lang == "en":
            return english.english_names(o.name, o.acronym, o.aliases)
        return o.name, o.acronym if o.acronym and o.acronym != o.name else None

    def org(self, o: BulletinOrg, preposition: str = "") -> str:
        """An organization with its article (and preposition: « de », « à »): spelled out with
        its acronym the first time, by its acronym after."""
        name, acronym = self._names(o)
        first = o.id not in self.said
        self.said.add(o.id)
        if self.lang == "en":
            text = (english.english_article(name) + name + (f" ({acronym})" if acronym else "")) if first or not acronym else acronym
            return f"{preposition} {text}" if preposition else text
        gender = french.org_genders().get(name.split()[0].casefold()) if name.split() else None
        if first or not acronym:
            text = french.article(gender, name) + name + (f" ({acronym})" if first and acronym else "")
        else:
            short_gender = french.org_genders().get(acronym.split()[0].casefold(), gender) if not acronym.isupper() else gender
            text = french.article(short_gender, acronym) + acronym
        return french.with_preposition(preposition, text) if preposition else text

    def many(self, *groups) -> bool:
        """Whether these people and organizations, as one subject, take a plural verb: more than
        one, or one whose name is plural (« les Gardes forestiers du Jura ont … »)."""
        members = [m for group in groups for m in group if m]
        if len(members) != 1:
            return len(members) > 1
        only = members[0]
        if not isinstance(only, BulletinOrg):
            return False
        name = self._names(only)[0]
        return french.org_genders().get(name.split()[0].casefold() if name.split() else "") in ("mp", "fp")

    def orgs(self, orgs, preposition: str = "") -> str:
        """Organizations as « A, B et C » (the preposition before each)."""
        return self.listing([self.org(o, preposition) for o in orgs])

    # People ----------------------------------------------------------------------------
    def gender(self, p: BulletinPerson) -> str | None:
        """``f`` | ``m`` from the person's title, else their address; None if neither tells."""
        return french.title_gender(p.title, p.address)

    def title(self, p: BulletinPerson, title: str | None = None) -> str:
        """A title in the person's gender (French) or in English where the lexicon allows."""
        title = title if title is not None else p.title
        if not title:
            return ""
        gendered = french.gendered_title(title, p.address or french.title_gender(title))
        return english.english_title(gendered) if self.lang == "en" else gendered

    def person(self, p: BulletinPerson) -> str:
        """« Name, Title de l’Organisation (SIGLE), » (« Name, Title, the … , » in English): the
        apposition is closed by a comma, which the tidying drops before a full stop."""
        if not p.title:
            return p.name
        if len(p.name.split()) == 1 and self.lang == "fr":
            # A surname alone reads as a name after its title: « le Directeur de l’IFPF, Zoubi, »,
            # or « Capitaine Leblanc, de la Police fédérale belge, » when the title tells no gender.
            if french.title_gender(self.title(p), p.address):
                return self.titled(p)
            where = ", " + self.org(p.organization, "de") if p.organization is not None else ""
            return f"{self.title(p)} {p.name}{where},"
        text = f"{p.name}, {self.title(p)}"
        if p.organization is not None:
            if self.lang == "en":
                text += f", {self.org(p.organization)}"
            else:
                text += " " + self.org(p.organization, "de")
        return text + ","

    def titled(self, p: BulletinPerson) -> str:
        """The title first, with its article: « la Directrice générale du CIPC, Ann Champoux, »
        (« Director General of ICPC Ann Champoux » in English)."""
        if not p.title:
            return p.name
        if self.lang == "en":
            where = f" of {self.org(p.organization)}" if p.organization is not None else ""
            return f"{self.title(p)}{where} {p.name}"
        gender = french.title_gender(self.title(p), p.address)
        where = " " + self.org(p.organization, "de") if p.organization is not None else ""
        return f"{french.title_article(self.title(p), gender)}{where}, {p.name},"

    def titled_people(self, people) -> str:
        """People as « A, B et C », each title first (see :meth:`titled`)."""
        return self.listing([self.titled(p) for p in people])

    def people(self, people) -> str:
        """People as « A, B et C », each with their title."""
        return self.listing([self.person(p) for p in people])

    def everyone(self, people, orgs) -> str:
        """People (with their titles) then organizations, as one « A, B et C »."""
        return self.listing([*(self.person(p) for p in people), *(self.org(o) for o in orgs)])

    def role(self, title: str, organization: BulletinOrg | None, p: BulletinPerson) -> str:
        """Another role of someone: « Auxiliaire de recherche à l’Université de Sherbrooke »."""
        text = self.title(p, title)
        if organization is None:
            return text
        return f"{text} {self.org(organization, 'at' if self.lang == 'en' else 'à')}"

    # Activities ------------------------------------------------------------------------
    def parties(self, a: BulletinActivity, guests=()) -> Parties:
        """Split an activity's participants between the publisher's side (with ``guests``, the
        organizations of a delegation it receives) and the others."""
        publisher = self.bulletin.publisher.id
        side = {publisher, *(g.id for g in guests)}
        ours = tuple(p for p in a.people if p.organization is not None and p.organization.id == publisher)
        people = tuple(p for p in a.people if p not in ours)
        covered = {p.organization.id for p in a.people if p.organization is not None}
        orgs = tuple(o for o in a.organizations if o.id not in side and o.id not in covered)
        hosts = tuple(dict.fromkeys([*(p.organization for p in people if p.organization is not None
                                       and p.organization.id != publisher), *orgs]))
        with_us = tuple(o for o in a.organizations if o.id in side and o.id != publisher and o.id not in covered)
        return Parties(ours, people, orgs, a.publisher_takes_part or bool(ours), hosts, with_us)

    def when(self, a: BulletinActivity, start: bool = True) -> str:
        """The activity's date as the language writes it."""
        module = english if self.lang == "en" else french
        return module.when(a.date, a.date_precision, self.year, start=start)

    def listing(self, parts) -> str:
        """« A, B et C » / « A, B and C » (an apposition already closed by its comma takes no other)."""
        joined = english.listing(list(parts)) if self.lang == "en" else french.listing(list(parts))
        return joined.replace(",,", ",")

    def same_day(self, before: BulletinActivity | None, a: BulletinActivity) -> bool:
        """Whether a meeting is on the same day as the one told before it (« En après-midi, »)."""
        return (before is not None and a.date is not None and before.date == a.date and len(a.date) == 10
                and (a.date_precision or "day") == "day")


def environment(templates: Path | str | None = None) -> jinja2.Environment:
    """Templates from the user's folder first (when given), then the package's."""
    loaders: list[jinja2.BaseLoader] = []
    if templates:
        folder = Path(templates)
        if not folder.is_dir():
            raise FormatError("dossier de modèles du bulletin introuvable : {path}", path=str(folder))
        loaders.append(jinja2.FileSystemLoader(str(folder)))
    loaders.append(jinja2.PackageLoader("reseau.publish.bulletin", "templates"))
    env = jinja2.Environment(loader=jinja2.ChoiceLoader(loaders), autoescape=False, trim_blocks=True, lstrip_blocks=True,
                             keep_trailing_newline=True, undefined=jinja2.StrictUndefined)
    env.filters["capfirst"] = french.capitalize
    return env


def write_markdown(bulletin: Bulletin, lang: str = "fr", templates: Path | str | None = None) -> str:
    """The bulletin as Markdown in a language (``fr`` | ``en``): a title, then each item under
    its heading, « À venir » last."""
    if lang not in LANGUAGES:
        raise FormatError("langue du bulletin inconnue « {value} » (fr ou en)", value=lang)
    env = environment(templates)
    speaker = Speaker(lang, bulletin)
    module = english if lang == "en" else french
    try:
        text = env.get_template(f"{lang}/bulletin.md.j2").render(
            b=bulletin, s=speaker, period=module.period_words(bulletin.start, bulletin.end),
            item_template=lambda item: f"{lang}/{item.section}.md.j2")
    except jinja2.TemplateError as error:
        raise FormatError("modèle du bulletin invalide : {message}", message=str(error)) from None
    return _tidy(text)


def item_headings(bulletin: Bulletin, lang: str = "fr", templates: Path | str | None = None) -> dict[int, str]:
    """Each item's heading as its template writes it, by item id (each item told alone: an
    acronym is spelled out in every heading)."""
    headings = {}
    for item in bulletin.items:
        text = write_markdown(replace(bulletin, items=(item,)), lang, templates)
        lines = [line.lstrip("#").strip() for line in text.splitlines() if line.startswith("##")]
        headings[item.id] = next((h for h in lines if h not in ("À venir", "Coming up")), "")
    return headings


def _tidy(text: str) -> str:
    """One blank line between blocks, no space before punctuation a template left."""
    text = re.sub(r",+", ",", text)
    text = re.sub(r",\s*([.:;!?])", r"\1", text)
    text = re.sub(r"^(#+ .*?),?\n(?!\n)", r"\1\n\n", text, flags=re.MULTILINE)
    text = re.sub(r"[ \t]+\n", "\n", text)
    text = re.sub(r"[ \t]{2,}", " ", text)
    text = re.sub(r" +([,.])", r"\1", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return text.strip() + "\n"


__all__ = ["Parties", "Speaker", "environment", "item_headings", "write_markdown"]
