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

from reseau.extract.lexicon import data_lines, load_lexicon

WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one run: spaces, elisions, hyphens, a colon or a dash.
JOINS = re.compile(r"^[ \t'’\-:–—,/]+$")
NUMBERING = re.compile(r"^\s*[\dIVX]+[.)]\s+|\s+\d{4}\s*$")


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
        if not ordinary or (len(run) > 1 and (len(content) < 2 or len(tokens) < 3 and len(tokens) == len(content))
                            and not _heading_of_a_body(text, run, ordinary)):
            continue  # « CIPC, UITP », « D'ANGELO »: acronyms and surnames, no heading
        if len(run) == 1 and not _alone_on_its_line(text, run[0]):
            continue
        for k, m in enumerate(run):
            new = _recased(tokens, k, text, m.start(), little, known, kept, context)
            if len(new) == len(m.group()):
                out[m.start():m.end()] = new
    return "".join(out)


def _recased(tokens: list[str], k: int, text: str, start: int, little: frozenset[str],
             known: Callable[[str], bool], kept: set[str], context: str) -> str:
    """One word of a run in the usual case."""
    word = tokens[k]
    low = word.lower()
    if word in kept or (not known(low) and low not in little and len(word) > 1 and word not in _elsewhere_capitalised(context, word)):
        return word  # an acronym the text writes in capitals in its sentences, or one no dictionary knows
    if k == 0 and _opens_sentence(text, start):
        return word[:1] + low[1:]
    if low in little:
        return low
    before = [t.lower() for t in tokens[max(0, k - 2):k]]
    # « DE LA SÉCURITÉ » → « de la Sécurité », « À KAYES » → « à Kayes »: a complement's first noun
    after_of = before[-1:] and before[-1] in _prepositions() or (
        len(before) == 2 and before[-1] in little and before[0] in _prepositions())
    return word[:1] + low[1:] if after_of or not known(low) else low


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
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    # « 4. PERSPECTIVES 2025 »: a heading's number and its year are no words of it
    return NUMBERING.sub("", line).strip(" \t:–—|") == m.group()


@cache
def _little_words() -> frozenset[str]:
    """Articles, prepositions and conjunctions, written in lower case inside a name or a title."""
    return frozenset(w for line in data_lines("little_words.txt") for w in line.split())


@cache
def _prepositions() -> frozenset[str]:
    """The little words after which a complement's first noun takes a capital (« de la Sécurité »)."""
    return frozenset(data_lines("little_words.txt")[0].split())
