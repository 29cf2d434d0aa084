"""Words the title reader leans on: what may stand before a title, after a name, or between them."""

from __future__ import annotations

import re
from functools import cache

from collections.abc import Collection

from spacy.tokens import Span

from reseau.extract.lexicon import data_lines
from reseau.extract.tokens import DETS, OF, is_cap

POSSESSIVES = {"son", "sa", "ses", "leur", "leurs"}
LINKS = OF | {"à", "au", "aux", "pour", "auprès", "près", "chez", "en", "of", "at"}
OURS = {"notre", "nos"}
MINE = {"mon", "ma", "mes"}  # « mon sous-ministre, M. X, rencontrera … »: a speaker's own staff
SUBJECT_PRONOUNS = {"il", "elle"}
APPOINTED = {"nommé", "nommée", "élu", "élue", "devenu", "devenue", "promu", "promue", "reconduit", "reconduite",
             "désigné", "désignée", "réélu", "réélue", "confirmé", "confirmée", "renommé", "renommée",
             "élus", "élues", "nommés", "nommées"}  # « ont été élus vice-présidents »
COPULAS = {"est", "était", "sera", "reste", "demeure", "restait", "demeurait"}  # « X est depuis mardi à la tête de Y »
BECOMES = {"devient", "deviennent"}  # « X, maire de Y, devient trésorière »: a predicate, not an apposition
QUALIFIERS = {"nouveau", "nouvel", "nouvelle", "actuel", "actuelle", "futur", "future", "nouveaux", "nouvelles"}
# « X, actuellement greffière au tribunal Y »: an adverb of the present before an apposed title, the post held now
NOW_ADVERBS = {"actuellement", "présentement", "désormais"}
BEFORE_TITLE = DETS | POSSESSIVES | OURS | MINE | QUALIFIERS | {"un", "une", "des", ",", "par", "avec", "et", "(", "entre", "du", "de", "d'", "d’", "au", "à"}
PREDICATE_VERBS = {"a", "ont", "avait", "avaient", "été", "est", "sont", "sera", "seront", "reste", "restent", "devient", "deviennent",
                   "demeure", "fut", "était", "officiellement", "désormais", "aussi", "également",
                   "par", "ailleurs", "en", "outre", "ensuite", "enfin", "récemment", "finalement"}
RANK_KINDS = {"police", "military", "school"}  # where a rank is held
TAKING = ("pri", "pren", "repri", "repren", "assum", "assur")  # « a pris / prendra / assume la direction »
MAX_TITLE_TOKENS = 14
# titles that are also present participles, their object the body held: « commandant la région de … »
PARTICIPLE_TITLES = {"commandant", "dirigeant", "représentant"}
# what opens a remit after a title's body (« vice-président de X chargé des transports », « … en charge des
# lycées », « … délégué à la sécurité »): the portfolio held in that body, part of the same title
REMIT_OPENERS = {"chargé", "chargée", "chargés", "chargées", "délégué", "déléguée", "délégués", "déléguées"}


@cache
def qualifiers() -> tuple[tuple[str, ...], ...]:
    """Words after a title's head that keep it one title (« par intérim », « ad interim »), longest first."""
    return tuple(sorted((tuple(line.lower().split()) for line in data_lines("title_qualifiers.txt")), key=len, reverse=True))


def qualifier_length(lower: list[str], j: int) -> int:
    """Number of tokens of a qualifier (« par intérim ») starting at token j, or 0."""
    for words in qualifiers():
        n = _matched_length(lower, j, words)
        if n:
            return n
    return 0


def _matched_length(lower: list[str], j: int, words: tuple[str, ...]) -> int:
    """Tokens from j that spell these words, an abbreviation's closing dot possibly split off by the
    tokenizer (« ff. » read as « ff » « . »); 0 when they do not."""
    k = j
    for word in words:
        if k < len(lower) and lower[k] == word:
            k += 1
        elif word.endswith(".") and k + 1 < len(lower) and lower[k] == word[:-1] and lower[k + 1] == ".":
            k += 2
        else:
            return 0
    return k - j


def participle(token) -> bool:
    """A past or present participle written in lower case (« chargée », « représentant »)."""
    return token.pos_ == "VERB" and "Part" in token.morph.get("VerbForm") and not is_cap(token)


def before_predicate(doc, i: int) -> int | None:
    """« A et B ont été élus respectivement … »: the token that closes the names before the appointing
    verb at i - 1 (its auxiliaries skipped), or None when no such verb stands right before token i."""
    k = i - 1
    if k < 0 or doc[k].lower_ not in APPOINTED:
        return None
    while k and doc[k - 1].lower_ in PREDICATE_VERBS and k > i - 4:
        k -= 1
    return k if k < i - 1 else None


# « dernier », « passé », a year: what may close a date told after an appointing participle
DATE_CLOSERS = {"dernier", "dernière", "passé", "passée", "prochain", "prochaine"}


def date_end(doc, k: int) -> int:
    """« nommé le 1er octobre dernier chef de X », « élue en mars 2023 présidente de Y »: the token after a date
    that opens at token k (a day and a month, or « en » and a month, then a year or « dernier »); k if none."""
    from reseau.extract.tokens import MONTHS, WEEKDAYS
    n, j = len(doc), k
    if j < n and doc[j].text == ",":  # « reconduit, le 12 mars dernier, membre de X »: the date between commas
        inner = date_end(doc, k + 1)
        return inner + 1 if k + 1 < inner < n and doc[inner].text == "," else k
    if j < n and doc[j].lower_ in {"le", "l'", "l’"}:
        j += 1
        if j < n and doc[j].lower_ in WEEKDAYS:
            j += 1
        if not (j < n and (doc[j].like_num or doc[j].lower_ in {"1er", "premier"})):
            return k
        j += 1
    elif j < n and doc[j].lower_ == "en":
        j += 1
    else:
        return k
    if not (j < n and doc[j].lower_ in MONTHS):
        return k
    j += 1
    if j < n and (doc[j].lower_ in DATE_CLOSERS or doc[j].like_num and len(doc[j].text) == 4):
        j += 1
    return j


# « Général de police de 1re classe », « commissaire hors classe »: the class of a grade is part of the rank
GRADE_CLASS = re.compile(r"(?:de (?:\d+(?:re|ère|er|e|ème)|première|deuxième|troisième) classe|hors classe|de classe exceptionnelle)\b")


def grade_class(doc, i: int) -> int:
    """Tokens of a grade's class (« de 1re classe ») right after a rank ending before token i."""
    if i >= len(doc):
        return 0
    rest = doc[i:min(len(doc), i + 4)]
    match = GRADE_CLASS.match(rest.text.lower())
    if match is None:
        return 0
    return sum(1 for t in rest if t.idx - rest.start_char < match.end())


def after_town(doc, k: int, places: set[int]) -> int:
    """« … du CICR à Bururi et … »: the token past the town a post's body sits in (« à » or « au », then a
    place), else k."""
    if k + 1 < len(doc) and doc[k].lower_ in {"à", "au"} and k + 1 in places:
        k += 1
        while k < len(doc) and (k in places or doc[k].text == "-"):
            k += 1
    return k


MAX_ORIGIN = 6  # « de la Baie des Chaleurs »


def origin_end(doc, k: int) -> int | None:
    """« Mme X, de Matane, conseillère juridique à … »: the comma closing the town or community a person comes from (« de »,
    an article, capitalised words joined by « de »), when a comma closes it; else None."""
    if k + 1 >= len(doc) or doc[k].lower_ not in {"de", "d'", "d’"}:
        return None
    j = k + 1 + (doc[k + 1].lower_ in {"la", "le", "l'", "l’"})
    if j >= len(doc) or not doc[j].text[:1].isupper():
        return None
    for m in range(j, min(len(doc), k + 1 + MAX_ORIGIN)):
        if doc[m].text == ",":
            return m
        if not (doc[m].text[:1].isupper() or doc[m].lower_ in {"de", "du", "des", "d'", "d’", "-"}):
            return None
    return None


def portfolio_alone(rest: Span, known_places: Collection[str]) -> bool:
    """« de la Culture », « de l'Enseignement », « des Travaux », « du Logement » after a town's title
    (« échevin »): « de » then a lower-case article opens a field, not a town (a town's article takes a capital:
    « de La Louvière »), unless the word after it is a known place (``known_places``; the tagger reads many a
    capitalised field as a place) or runs on with a hyphen (« des Sables-d'Olonne »); after « des » or « du »,
    a word of the language only (« du Mans » is a town)."""
    if len(rest) >= 2 and rest[0].lower_ in {"des", "du"}:
        word = rest[1]
        if not word.doc.vocab.has_vector(word.lower_):
            return False  # « des Mureaux »: a town's name
    elif len(rest) >= 3 and rest[0].lower_ in {"de", "d'", "d’"} and rest[1].text in {"la", "le", "l'", "l’", "les"}:
        word = rest[2]
    else:
        return False
    hyphen = word.i + 1 < len(word.doc) and word.doc[word.i + 1].text == "-"
    return word.text not in known_places and not hyphen


def in_two_word_civility(doc, k: int, honorifics) -> bool:
    """Token k is one of the two words of a civility (« El Hadj »: ``honorifics.txt`` writes it with a space)."""
    return bool(k and f"{doc[k - 1].lower_} {doc[k].lower_}" in honorifics
                or k + 1 < len(doc) and f"{doc[k].lower_} {doc[k + 1].lower_}" in honorifics)


def remit_end(doc, j: int, stop: int) -> int | None:
    """``stop`` when tokens j..stop are a title's remit (« chargé des programmes régionaux », « en charge de la
    jeunesse et de la vie associative »), else None: no verb, pronoun, punctuation or line break inside, so that a
    clause of its own (« chargé de l'enquête a dit que … ») is never read as one."""
    if j >= stop or stop - j > MAX_TITLE_TOKENS:
        return None
    opener = doc[j].lower_
    if opener == "en" and j + 1 < stop and doc[j + 1].lower_ == "charge":
        j += 2
    elif opener in REMIT_OPENERS:
        j += 1
    else:
        return None
    if j >= stop or doc[j].lower_ not in OF | {"à", "au", "aux"}:
        return None
    rest = doc[j:stop]
    if any(t.pos_ in {"VERB", "AUX", "PRON", "SCONJ"} or t.is_punct and t.text not in {"-", "'", "’"}
           or "\n" in t.whitespace_ for t in rest):
        return None
    return stop

