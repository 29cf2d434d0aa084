"""The domain data of extraction, loaded once from the files in ``data/``."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("reseau.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [line.rstrip("\n") for line in text.splitlines() if line.strip() and not line.startswith("#")]


@dataclass(frozen=True)
class OrgHead:
    """A word that opens an organization's name, and what kind of body it announces."""

    word: str
    kind: str
    unit: bool
    takes_place: bool
    lower: str = ""  # what a lower-case use needs to open a name: "named", "force" or nothing


@dataclass(frozen=True)
class KnownOrg:
    """A well-known institution from the gazetteer."""

    name: str
    acronym: str | None
    aliases: tuple[str, ...]
    kind: str | None
    country: str | None

    def names(self) -> list[str]:
        """Every way the institution is written: name, acronym and aliases."""
        return [n for n in (self.name, self.acronym, *self.aliases) if n]


@dataclass(frozen=True)
class Lexicon:
    """Everything extraction knows before it reads a text."""

    titles: frozenset[str]
    title_firsts: frozenset[str]
    honorifics: frozenset[str]
    ranks: frozenset[str]
    org_heads: dict[str, OrgHead]
    generic_orgs: frozenset[str]
    gazetteer: tuple[KnownOrg, ...]
    places: dict[str, str]
    topics: dict[str, tuple[str, ...]]
    cues: dict[str, tuple[str, ...]] = field(default_factory=dict)


@cache
def load_lexicon() -> Lexicon:
    """Read the data files of ``reseau/extract/data`` (once per process)."""
    titles = frozenset(_lines("titles.txt"))
    heads: dict[str, OrgHead] = {}
    for line in _lines("org_heads.tsv"):
        word, kind, part, where, lower = (line.split("\t") + ["", "", "", ""])[:5]
        heads[word] = OrgHead(word, kind, part == "unit", where == "place", lower)
    gazetteer = []
    for line in _lines("gazetteer.tsv"):
        acronym, name, aliases, kind, country = (line.split("\t") + [""] * 5)[:5]
        gazetteer.append(KnownOrg(name, acronym or None, tuple(a for a in aliases.split("|") if a),
                                  kind or None, country or None))
    places = {}
    for line in _lines("places.tsv"):
        name, kind = line.split("\t")
        places[name] = kind
    topics_file = resources.files("reseau.extract").joinpath("data", "topics.json")
    topics = {k: tuple(v) for k, v in json.loads(topics_file.read_text(encoding="utf-8")).items()}
    cues_file = resources.files("reseau.extract").joinpath("data", "cues.json")
    cues = {k: tuple(v) for k, v in json.loads(cues_file.read_text(encoding="utf-8")).items()
            if not k.startswith("_")}
    return Lexicon(
        titles=titles,
        title_firsts=frozenset(t.split()[0] for t in titles),
        honorifics=frozenset(_lines("honorifics.txt")),
        ranks=frozenset(_lines("ranks.txt")),
        org_heads=heads,
        generic_orgs=frozenset(w.lower() for w in _lines("generic_orgs.txt")),
        gazetteer=tuple(gazetteer),
        places=places,
        topics=topics,
        cues=cues,
    )
