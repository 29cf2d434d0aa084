"""Date expressions of French bulletins, read but not yet placed in time.

``Mardi, le 17 mai``, ``Le 12 avril matin``, ``du 16 au 20 mai``, ``les 3 et 4 juin 2019``,
``En janvier 2022``, ``En début janvier``, ``ce mois-ci``, ``la semaine dernière``,
``le lendemain``, ``14/03/2019``, ``à l'automne 2022``, ``le premier jour de la mission``.
Dates that are not those of an activity (a law's, a founding year, a dateline's month, a
start of duty, the day a communiqué came out) keep a ``role`` saying so. Which year a date falls in is decided for the whole document by
:mod:`reseau.extract.calendar`, against the publication date.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from functools import cache
from pathlib import Path

import srsly

from spacy.language import Language
from spacy.tokens import Doc

from reseau.extract.facts import DateSpan
from reseau.extract.lexicon import data_lines, read_data
from reseau.extract.tokens import MONTHS, WEEKDAYS

DATE_CUES = "date_cues.json"
DATE_PATTERNS = "date_patterns.jsonl"


def month_number(name: str) -> int:
    """1 for janvier … 12 for décembre (accents optional)."""
    name = name.lower().replace("fevrier", "février").replace("aout", "août").replace("decembre", "décembre")
    if name.endswith("."):  # « 7 nov. 2025 »: a month cut short
        name = name.rstrip(".").replace("fevr", "févr").replace("dec", "déc")
        return next(n for n, month in enumerate(MONTHS, 1) if month.startswith(name))
    return MONTHS.index(name) + 1


@cache
def load_cues(name: str = DATE_CUES) -> dict:
    """The cue words of ``date_cues.json`` (or of the file named instead): roles, ordinals, seasons."""
    return {k: v for k, v in json.loads(read_data(name)).items() if not k.startswith("_")}


Patterns = tuple[tuple[str, re.Pattern[str]], ...]


def read_patterns(name: str = DATE_PATTERNS) -> list[dict]:
    """The entries of a ``.jsonl`` file of date patterns, as written."""
    return [json.loads(line) for line in data_lines(name)]


@cache
def load_patterns(name: str = DATE_PATTERNS) -> Patterns:
    """The compiled date patterns of a ``.jsonl`` file (once per process for each file)."""
    return compile_patterns(read_patterns(name))


def compile_patterns(entries: list[dict]) -> Patterns:
    """(kind, pattern) in the order they are tried (longest forms first).

    An entry with ``define`` names a part, a list of ``words`` or a ``pattern``, that the
    entries after it use as ``{NAME}``; the others hold a ``kind``, a ``pattern`` and
    whether it ``ignore_case``.
    """
    parts: dict[str, str] = {}
    patterns = []
    for entry in entries:
        if "define" in entry:
            parts[entry["define"]] = "|".join(map(re.escape, entry["words"])) if "words" in entry else entry["pattern"]
            continue
        body = entry["pattern"]
        for key, value in parts.items():
            body = body.replace("{" + key + "}", value)
        patterns.append((entry["kind"], re.compile(body, re.I if entry.get("ignore_case") else 0)))
    return tuple(patterns)


def find_dates(text: str, cues: dict | None = None, patterns: Patterns | None = None) -> list[DateSpan]:
    """Every date expression of a text, longest first where they overlap, with its role."""
    cues = cues if cues is not None else load_cues()
    found: list[DateSpan] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in patterns if patterns is not None else load_patterns():
        for m in pattern.finditer(text):
            start, end = m.span()
            if any(s < end and start < e for s, e in taken):
                continue
            span = _read(kind, m, cues)
            if span is None:
                continue
            taken.append((start, end))
            span.role = _role(text, span, cues)
            found.append(span)
    return sorted(found, key=lambda d: d.start)


_SENTENCE_END = re.compile(r"[.!?;\n]")
_DATELINE_DASH = re.compile(r"^\s*[-–—]\s")
# « Rabat, le 8 novembre 2023 – », « GENÈVE (ONU), 3 mai — », « Communiqué – Lomé, le 6 mai »: a city
# and the day the item was written, maybe after the page's label.
_DATELINE_CITY = re.compile(r"^\s*(?:[^\n]{0,60}?\s[-–—|]\s+)?[A-ZÀ-Ý][\w’'\-. ]{1,40}(?:\([^)\n]{1,30}\))?,\s*(?:le\s+)?$")
# what follows a dateline's day: a dash, a full stop or the end of its line
# (« /CNW/ - », « (AFP) – »: a wire service's tag may stand between)
_DATELINE_END = re.compile(r"^(?:\s*/[\w ]{2,20}/|\s*\([A-Z]{2,10}\))?(?:\s*[-–—]\s|\.\s|[ \t]*(?:\n|$))")


@cache
def _law_complement(word: str) -> re.Pattern[str]:
    """« la loi du », « le décret n° 2019-031 du », « le règlement de police du », « la loi cantonale
    sur la police du »: an act, a few words of its complement, then its day (no comma between)."""
    # « la loi rappelée lors de la séance du 3 mai »: the day is the sitting's, not the act's
    return re.compile(rf"\b{re.escape(word)}(?: (?!lors\b|pendant\b|durant\b|au\b|à\b)[\w'-]+){{0,5}}?(?: n° ?\S+)? du$")


def _role(text: str, span: DateSpan, cues: dict) -> str | None:
    """Why a date is not the date of an activity, read from the words just before it."""
    line_start = text.rfind("\n", 0, span.start) + 1
    if not text[line_start:span.start].strip() and span.day is None and _DATELINE_DASH.match(text[span.end:span.end + 3]):
        return "dateline"  # « Mars 2021 – Le réseau … »: the month the item was written
    if span.day is not None and _DATELINE_CITY.match(text[line_start:span.start]) \
            and _DATELINE_END.match(text[span.end:span.end + 30]):
        return "dateline"
    before = text[max(0, span.start - 80):span.start]
    cut = max((m.end() for m in _SENTENCE_END.finditer(before)), default=0)
    before = " ".join(before[cut:].lower().replace("’", "'").split())
    before = before.removesuffix(",").rstrip()
    if role := _duty_with_article(text, span, before, cues):
        return role
    for role in ("law", "founding", "header", "duty", "deadline"):
        for word in cues[role]:
            # a comma keeps the sentence going: « Le rapport, publié ce vendredi, » dates the report
            if role == "header" and before != word and not re.search(rf"[^\w\s,]\s*{re.escape(word)}$", before):
                continue  # « Publié le … » heads a page or follows a separator; « le Centre a publié en mai » is news
            if role == "founding" and word in cues["acted"] and \
                    any(before.endswith(f" {aux} {word}") or before == f"{aux} {word}" for aux in cues["active_auxiliaries"]):
                continue  # « ont inauguré le 14 octobre le centre »: the day of the ceremony
            if before == word or before.endswith(" " + word) or (role == "law" and _law_complement(word).search(before)):
                return role
    if "communiqué" in before and any(before.endswith(w) for w in cues["communique"]):
        return "communique"
    clause = before.rsplit(",", 1)[-1]
    if any(re.search(rf"(?:^|\s){re.escape(w)}\s", clause) for w in cues["reference"]):
        return "reference"  # « après les grands incendies de l’été 2019 »: what came before, not the activity
    return None


def _duty_with_article(text: str, span: DateSpan, before: str, cues: dict) -> str | None:
    """« dès le 1er mai »: a start of duty whose article the date's span took in (« le 1er mai »)."""
    article = re.match(r"(le|du)\s", text[span.start:span.end].lower())
    if article is None or span.relative is not None:  # « dès le lendemain de sa prise de fonctions » is a day told
        return None
    told = f"{before} {article.group(1)}"
    return "duty" if any(told == w or told.endswith(" " + w) for w in cues["duty"] if " " in w) else None


def _attribute(doc: Doc, start: int) -> bool:
    """« ce centre mis en service en juin »: a date told of a thing by a participle that qualifies it."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None:
        return False
    i = span.start
    if doc[i].is_sent_start:
        return False  # « La veille, … » opens its sentence: what ends the line above does not qualify it
    for k in range(i - 1, max(-1, i - 5), -1):
        t = doc[k]
        if t.is_punct or t.is_space or t.is_sent_start:
            return False
        if t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm"):
            return k > 0 and doc[k - 1].pos_ in {"NOUN", "PROPN"}
    return False


def _read(kind: str, m: re.Match[str], cues: dict) -> DateSpan | None:
    groups = m.groupdict()
    wd = groups.get("wd")
    weekday = WEEKDAYS.index(wd.lower()) if wd else None
    year = int(groups["y"]) if groups.get("y") else None
    span = DateSpan(m.start(), m.end(), m.group(), weekday=weekday, year=year)
    if kind == "numeric":
        day, month = int(groups["d"]), int(groups["mn"])
        if not (1 <= day <= 31 and 1 <= month <= 12):
            return None
        span.day, span.month = day, month
    elif kind in {"range", "day"}:
        span.day = 1 if groups["d"].lower() == "1er" else int(groups["d"])
        span.month = month_number(groups.get("m1") or groups["m"])
        if kind == "range" and groups["conj"].lower() == "et" and not groups.get("m1") and int(groups["d2"]) - span.day > 1:
            # « lors de ses séances des 3 et 10 septembre »: two sittings, the month is all one can say
            span.day, span.precision = None, "month"
        elif kind == "range" and groups["conj"].lower() != "et":
            span.last_day = 1 if groups["d2"].lower() == "1er" else int(groups["d2"])
        if groups.get("dir") and not year:
            # « le 14 avril prochain », « les 4 et 5 mars prochains », « le 8 mars dernier »: which one,
            # whatever the tense says
            span.direction = "next" if groups["dir"].lower().startswith("prochain") else "last"
    elif kind == "gathering_last_day":
        span.relative = "gathering_last_day"  # « le dernier jour de l'atelier »: the day its range of days ends on
    elif kind == "mission_day":
        span.relative, span.day = "mission_day", cues["ordinals"][groups["ord"].lower()]
    elif kind == "season":
        span.month, span.precision = cues["seasons"][groups["s"].lower()], "season"
        direction = (groups.get("dir") or "").lower()
        # « l'automne prochain », « le printemps dernier »: which one, whatever the tense says
        span.relative = {"dernier": "season_last", "prochain": "season_next"}.get(direction)
    elif kind in {"month", "month_year"}:
        span.month, span.precision = month_number(groups["m"]), "month"
    elif kind == "relative":
        rel = " ".join(groups["rel"].lower().split())
        span.relative = "last_week" if "semaine" in rel and ("derni" in rel or "pass" in rel) else cues["relative"].get(rel)
        span.precision = "week" if "week" in (span.relative or "") else "month" if "month" in (span.relative or "") else "day"
    elif kind == "weekday_day":
        # « Mercredi le 14 » in a monthly bulletin: the month is the one whose 14th is a Wednesday
        span.day, span.relative = 1 if groups["d"].lower() == "1er" else int(groups["d"]), "weekday_day"
    elif kind == "day_alone":
        # « Le 21, une délégation … », « Du 13 au 15, … » opening a sentence: a day of the month told before
        first = groups.get("d") or groups["d1"]
        span.day, span.relative = 1 if first.lower() == "1er" else int(first), "day_alone"
        if groups.get("d2"):
            span.last_day = 1 if groups["d2"].lower() == "1er" else int(groups["d2"])
    elif kind == "weekday":
        direction = (groups.get("dir") or "").lower()
        # « mardi dernier » is the last Tuesday before publication, « mardi prochain » the next
        span.relative = {"dernier": "weekday_last", "prochain": "weekday_next"}.get(direction, "weekday")
    elif kind == "year":
        span.precision = "year"
    return span


class DateFinder:
    """Store the item's date expressions in ``doc._.dates``; a date inside a body's name is none.

    Like spaCy's ``entity_ruler``, it saves its patterns (``patterns.jsonl``) and cues
    (``cues.json``) with the pipeline and reads them back from there.
    """

    def __init__(self, cues: dict, entries: list[dict], patterns: Patterns | None = None) -> None:
        self.cues = cues
        self.entries = entries
        self.patterns = patterns if patterns is not None else compile_patterns(entries)

    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write the patterns and cues into the component's directory of a saved pipeline."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        srsly.write_jsonl(path / "patterns.jsonl", self.entries)
        srsly.write_json(path / "cues.json", self.cues)

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> DateFinder:
        """Read the patterns and cues a saved pipeline holds."""
        path = Path(path)
        self.entries = list(srsly.read_jsonl(path / "patterns.jsonl"))
        self.patterns = compile_patterns(self.entries)
        self.cues = srsly.read_json(path / "cues.json")
        return self

    def __call__(self, doc: Doc) -> Doc:
        names = [(o.start, o.end) for o in doc._.orgs]
        dates = []
        for d in find_dates(doc._.item.text, self.cues, self.patterns):
            if any(a <= d.start < b for a, b in names):
                continue  # « le Centre des opérations et de la Veille »: a name, not a date
            if d.role is None and _attribute(doc, d.start):
                d.role = "attribute"
            dates.append(d)
        doc._.dates = dates
        return doc


@Language.factory("reseau_dates", default_config={"cues": DATE_CUES, "patterns": DATE_PATTERNS},
                  requires=["doc._.item", "doc._.orgs"], assigns=["doc._.dates"])
def make_dates(nlp: Language, name: str, cues: str, patterns: str) -> DateFinder:
    """Date expressions, parsed into day, month, year, weekday or a relative step; ``patterns``
    names the file of the date patterns, ``cues`` that of the words that give a date its role."""
    return DateFinder(load_cues(cues), read_patterns(patterns), load_patterns(patterns))
