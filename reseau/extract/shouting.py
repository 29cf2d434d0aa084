"""Headings and titles written in capitals, read back in the usual case before spaCy.

Pages of ministries print their headings and their titles in capitals (« SÉCURITÉ ROUTIÈRE :
LE MINISTRE REÇOIT … », « le MINISTRE DE L'INTÉRIEUR »). Read as they are, each word is an
acronym, and the title names no body. A run of capitalised words that holds ordinary
French words is written again as French writes it: « le ministre de l'Intérieur ». Acronyms
(capitals the text also writes in ordinary sentences, or words no dictionary knows) and
single surnames in capitals (« DIALLO Awa ») stay as they are. Every change keeps the text's
length, so offsets stay those of the original.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from reseau.extract.lexicon import data_lines, data_pairs, load_lexicon

WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one run: spaces, elisions, hyphens, a colon or a dash, and the
# numbers of a heading (« CONGRÈS 2023 : UNE NOUVELLE PRÉSIDENTE », « PARUTION DU 2E BULLETIN »).
JOINS = re.compile(r"^[ \t'’\-:–—,/\d]+$")
NUMBERING = re.compile(r"^\s*[\dIVX]+[.)]\s+|\s+\d{4}\s*$")
# a word after a civility, past its abbreviation point (« MME. Anne »)
_WORD_AFTER = re.compile(r"\.? [^\W\d_]")
# « KDN/ABD/MTN » alone on its line: the initials of a dispatch's writers, no words to recase
INITIALS_LINE = re.compile(r"^[A-ZÀ-Ý]{2,4}(?:/[A-ZÀ-Ý]{2,4})+$")


def recase_shouting(text: str, known: Callable[[str], bool], context: str | None = None) -> str:
    """The text with its runs of ordinary words in capitals written in the usual case.

    ``known(word)`` tells whether a lower-case word is a word of the language (spaCy's
    vectors know it); ``context`` is the whole document the text belongs to (by default the
    text itself), where acronyms and names are seen written in sentences.
    """
    words = list(WORD.finditer(text))
    if not any(_shouted(m.group()) for m in words):
        return text
    context = context or text
    little = _little_words()
    runs = _runs(text, words)
    kept = _acronyms_of(context)
    out = list(text)
    for run in runs:
        tokens = [m.group() for m in run]
        content = [w for w in tokens if w.lower() not in little]
        ordinary = [w for w in content if known(w.lower()) and w not in kept and len(w) > 1]
        if _initials_line(text, run[0]):
            continue
        if len(run) == 1 and _honorific_before_a_name(text, run[0]):
            out[run[0].start() + 1:run[0].end()] = tokens[0][1:].lower()  # « MME Anne PIRSON »
            continue
        alone = _alone_on_its_line(text, run[0]) if len(run) == 1 else _rubric(text, run, content, ordinary)
        if not ordinary and not (alone and len(run) == 1 and tokens[0].lower() in little):
            continue  # « PAR » alone on its line is a byline's word, no acronym
        if len(run) > 1 and (len(content) < 2 or len(tokens) < 3 and len(tokens) == len(content)) \
                and not _heading_of_a_body(text, run, ordinary) and not alone:
            continue  # « CIPC, UITP », « D'ANGELO »: acronyms and surnames, no heading
        if len(run) == 1 and not alone:
            continue
        capitalised = _complements(tokens, little, context, alone and len(run) > 1)
        for k, m in enumerate(run):
            new = _recased(tokens, k, text, m.start(), little, known, kept, context, capitalised)
            if len(new) == len(m.group()):
                out[m.start():m.end()] = new
    return "".join(out)


def _recased(tokens: list[str], k: int, text: str, start: int, little: frozenset[str],
             known: Callable[[str], bool], kept: set[str], context: str, capitalised: set[int]) -> str:
    """One word of a run in the usual case."""
    word = tokens[k]
    low = word.lower()
    if word in kept or (not known(low) and low not in little and len(word) > 1 and word not in _elsewhere_capitalised(context, word)):
        return word  # an acronym the text writes in capitals in its sentences, or one no dictionary knows
    if k == 0 and _opens_sentence(text, start):
        return word[:1] + low[1:]
    if low in little:
        return low
    return word[:1] + low[1:] if k in capitalised or not known(low) else low


def _complements(tokens: list[str], little: frozenset[str], context: str, rubric: bool) -> set[int]:
    """Which words of a run take a capital as a complement's first noun: « MINISTRE DE LA SÉCURITÉ » →
    « ministre de la Sécurité », « À KAYES » → « à Kayes »; in a rubric, only a name the text writes with
    a capital elsewhere (« À VENIR » → « À venir »)."""
    capitalised = set()
    for k, word in enumerate(tokens):
        before = [t.lower() for t in tokens[max(0, k - 2):k]]
        after_of = before[-1:] and before[-1] in _prepositions() or (
            len(before) == 2 and before[-1] in little and before[0] in _prepositions())
        if after_of and word.lower() not in little and (not rubric or _elsewhere_capitalised(context, word)):
            capitalised.add(k)
    return capitalised


def _runs(text: str, words: list[re.Match]) -> list[list[re.Match]]:
    """Maximal runs of words in capitals joined by spaces, elisions, hyphens or dashes on one line."""
    runs, current = [], []
    for m in words:
        if _shouted(m.group()) and current and JOINS.match(text[current[-1].end():m.start()]):
            current.append(m)
            continue
        if current:
            runs.append(current)
        current = [m] if _shouted(m.group()) else []
    if current:
        runs.append(current)
    return runs


def _shouted(word: str) -> bool:
    return word.isupper()


@lru_cache(maxsize=4)
def _acronyms_of(context: str) -> frozenset[str]:
    """The capitals a document writes among its sentences, read once per document."""
    return frozenset(_capitals_written_in_sentences(context, _runs(context, list(WORD.finditer(context)))))


def _capitals_written_in_sentences(text: str, runs: list[list[re.Match]]) -> set[str]:
    """Words in capitals that stand alone among lower-case words: acronyms, as « de l'ANASER a … »."""
    kept = set()
    for run in runs:
        if len(run) != 1 or len(run[0].group()) < 2:
            continue
        m = run[0]
        before = re.search(r"([^\W\d_]+)[^\w\n]*$", text[max(0, m.start() - 40):m.start()])
        after = re.match(r"[^\w\n]*([^\W\d_]+)", text[m.end():m.end() + 40])
        if any(x is not None and x.group(1)[:1].islower() for x in (before, after)):
            kept.add(m.group())
    return kept


def _elsewhere_capitalised(text: str, word: str) -> set[str]:
    """« KAYES » where the text also writes « Kayes »: a name, not an acronym."""
    form = word[:1] + word[1:].lower()
    return {word} if re.search(rf"\b{re.escape(form)}\b", text) else set()


def _opens_sentence(text: str, start: int) -> bool:
    before = text[:start].rstrip(" \t«\"“(")
    return not before or before[-1] in "\n.!?:–—|"


def _heading_of_a_body(text: str, run: list[re.Match], ordinary: list[str]) -> bool:
    """« POLICE FÉDÉRALE », « GENDARMERIE NATIONALE » alone on a line: two ordinary words, the first a
    head word of a body's name, are a page's heading, not two acronyms or a person."""
    words = [m.group() for m in run]
    line_start = text.rfind("\n", 0, run[0].start()) + 1
    line_end = text.find("\n", run[-1].end())
    line = text[line_start:line_end if line_end >= 0 else len(text)].strip(" \t:–—|")
    first = words[0][:1] + words[0][1:].lower()
    return len(words) == 2 and ordinary == words and line == text[run[0].start():run[-1].end()] \
        and first in load_lexicon().org_heads


def _alone_on_its_line(text: str, m: re.Match) -> bool:
    # « 4. PERSPECTIVES 2025 », « DOC 55 1234/001 »: a heading's numbers are no words of it
    return WORD.findall(NUMBERING.sub("", _line_of(text, m))) == [m.group()]


def _line_of(text: str, m: re.Match) -> str:
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    return text[line_start:line_end if line_end >= 0 else len(text)]


def _rubric(text: str, run: list[re.Match], content: list[str], ordinary: list[str]) -> bool:
    """« EN BREF », « À LA UNE », « INFOLETTRE NO 12 – MAI 2025 »: a line in capitals of ordinary words,
    one of them a little word standing apart, is a rubric or a heading, not a name (« D'ANGELO » elides
    its little word)."""
    words = [m.group() for m in run]
    if WORD.findall(NUMBERING.sub("", _line_of(text, run[0]))) != words or len(ordinary) != len(content):
        return False
    return len(content) < len(words) and not any(text[m.end():m.end() + 1] in {"'", "’"} for m in run)


def _honorific_before_a_name(text: str, m: re.Match) -> bool:
    """« MME Anne PIRSON »: a civility in capitals before a name is no acronym; a rank's abbreviation in capitals
    stays as written (« le PR Faure Gnassingbé »: the président de la République, no « Pr », a professor)."""
    after = text[m.end():m.end() + 3]
    return m.group().lower() in load_lexicon().honorifics and len(m.group()) > 1 \
        and m.group().lower() not in _rank_abbreviations() \
        and _WORD_AFTER.match(after) is not None and after.lstrip(". ")[:1].isupper()


@cache
def _rank_abbreviations() -> frozenset[str]:
    """The abbreviations of ``rank_abbreviations.tsv``, lower case: read as written, never recased."""
    return frozenset(word.lower().rstrip(".") for word in data_pairs("rank_abbreviations.tsv"))


@cache
def _little_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions, written in lower case inside a name or a title."""
    return frozenset(w for line in data_lines("little_words.txt") for w in line.split())


@cache
def _prepositions() -> frozenset[str]:
    """The little words after which a complement's first noun takes a capital (« de la Sécurité »)."""
    return frozenset(data_lines("little_words.txt")[0].split())


def _initials_line(text: str, first: re.Match) -> bool:
    """Whether the word begins a line made only of initials glued by slashes (« KDN/ABD »)."""
    start = text.rfind("\n", 0, first.start()) + 1
    end = text.find("\n", first.start())
    return INITIALS_LINE.match(text[start:end if end >= 0 else len(text)].strip()) is not None
