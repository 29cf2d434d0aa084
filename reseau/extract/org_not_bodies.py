"""Words that a capital or a complement makes look like a body's and that name none: a dated
heading (« … DU MARDI 8 AVRIL 2025 »), a country written in capitals on a bilingual page
(« the Delegation to SENEGAL »), the class of a rank (« Général de police de 2e classe »), an
organ « informed of » an event (« le Conseil de la séance qu'il a tenue »), an acronym counted as a kind
(« 9 bureaux de CLSC »), a grade written as capitals and a digit before a name (« OPC1 Paul Kaze »), the
initials of a dispatch's writers (« KDN/ABD »), a land named after its noun (« la région Sahel et
Golfe »), a page's link to a file (« Programme des visites (DOCX) »).
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from reseau.extract.org_grammar import land_named_at, names_a_state
from reseau.extract.tokens import DETS, GRADE_CODE, OF, WEEKDAYS, breaks_line_after, glued_run, is_month
from reseau.extract.word_index import word_positions

RELATIVES = {"que", "qu'", "qu’", "qui", "dont"}
# « 1re », « 2e », « 3ème », « première », « deuxième »: the ordinal of a class
ORDINAL = re.compile(r"^(?:\d+(?:re|er|e|ème|è)|première|premier|deuxième|second|seconde|troisième|quatrième)$", re.I)


def dated_words(doc: Doc, start: int, end: int) -> bool:
    """A span that opens on a weekday, or on a month with a number in it: a date, no body (« Mardi 8 »)."""
    first = doc[start]
    if first.lower_ in WEEKDAYS:
        return True
    return is_month(first) and any(t.like_num for t in doc[start:end])


def class_of_a_rank(doc: Doc, k: int) -> bool:
    """Whether tokens from k read « <ordinal> classe » (« de 1re classe »): the class of a rank or a grade,
    which closes the rank's words and names no part of a body."""
    return k + 1 < len(doc) and ORDINAL.match(doc[k].text) is not None and doc[k + 1].lower_ in {"classe", "classes"}


def event_after_organ(doc: Doc, start: int, end: int, events: set[str]) -> bool:
    """« informer le Conseil de la séance qu'il a tenue »: a head whose complement is an event noun in lower
    case, itself the antecedent of a relative clause, is the organ told of that event, not a body named
    by it (« le Bureau de l'assemblée » with no relative after it stays one)."""
    k = start + 1
    if k >= end or doc[k].lower_ not in {"de", "des", "du", "d'", "d’"}:
        return False
    k += 1
    while k < end and doc[k].lower_ in DETS:
        k += 1
    if k >= end or not doc[k].text.islower() or doc[k].lower_ not in events:
        return False
    after = doc[k + 1] if k + 1 < len(doc) else None
    return after is not None and after.lower_ in RELATIVES


@cache
def _country_capitals() -> frozenset[str]:
    """Every country's name in capitals, in French and in English (pycountry)."""
    import pycountry

    from reseau.extract.geography import countries

    names = {n.upper() for c in countries() for n in c.names}
    for record in pycountry.countries:
        for field in ("name", "common_name"):
            value = getattr(record, field, None)
            if value:
                names.add(value.upper())
    return frozenset(names)


def country_in_capitals(text: str) -> bool:
    """« GUINEA », « SÉNÉGAL »: a country's name written in capitals (a page's heading, a bilingual
    signature) is a place, no acronym of a body."""
    return text.isupper() and len(text) > 3 and text in _country_capitals()


def before_shouted_word(doc: Doc, i: int) -> bool:
    """« ESPACE PRESSE »: a long word of the language in capitals right after token i, on its line."""
    nxt = doc[i + 1] if i + 1 < len(doc) and not breaks_line_after(doc, i) else None
    return nxt is not None and nxt.text.isupper() and nxt.is_alpha and len(nxt.text) >= 6 \
        and doc.vocab.has_vector(nxt.text.lower())


def corps_of_a_trade(doc: Doc, start: int, end: int) -> bool:
    """« le corps préfectoral », « Corps diplomatique »: « corps » and one adjective alone name the members
    of a trade, no body; a force's corps has a complement (« le Corps des gardes-frontière »)."""
    return end - start == 2 and doc[start].lower_ == "corps" and doc[start + 1].text.islower() \
        and doc[start + 1].pos_ in {"ADJ", "NOUN"}


def counted_kind(doc: Doc, i: int) -> bool:
    """« 9 bureaux de CLSC », « plusieurs postes de MRC »: capitals after « de » with no article, closing a
    count of plural things, name a kind of body, as a common noun would; one body takes the article."""
    if i < 3 or doc[i - 1].lower_ != "de" or doc[i - 2].pos_ != "NOUN" or "Plur" not in doc[i - 2].morph.get("Number"):
        return False
    count = doc[i - 3]
    return count.like_num or count.pos_ == "NUM" or "Ind" in count.morph.get("PronType")


def grade_before_name(doc: Doc, i: int) -> bool:
    """« le Coordonnateur Régional, OPC2 Paul Kaze », « confié à OPP1 Kaze »: capitals closed by a digit,
    with no article before them and a capitalised word after, are a grade before a person's name; a body
    written so takes the article (« le G5 Sahel », « la COP28 »)."""
    token = doc[i]
    if GRADE_CODE.fullmatch(token.text) is None or i + 1 >= len(doc) or breaks_line_after(doc, i):
        return False
    before = doc[i - 1].lower_ if i else ""
    nxt = doc[i + 1]
    return before not in DETS | {"au", "aux", "du", "des"} and nxt.text[:1].isupper() and not nxt.text.isupper()


def grade_opens_name(text: str, org) -> bool:
    """« OPC1 Jean X », « l'OPP2 Anne Y »: a body found opening on a grade's code, alone before a capitalised
    word or run into the name after it, is that person's grade (the acronym check above keeps « le G5 Sahel »
    as it reads a single token; this one reads the bodies the components made)."""
    words = org.name.split()
    if not words or not GRADE_CODE.fullmatch(words[0]):
        return False
    return len(words) > 1 or text[org.end:org.end + 2].lstrip()[:1].isupper()


def writers_initials(doc: Doc, i: int) -> bool:
    """« KDN/ABD/MTN » alone on its line, closing a press agency's dispatch: the initials of its writers
    and editors glued by slashes, no bodies."""
    start, end = glued_run(doc, i)
    run = doc[start:end]
    if not any(t.text == "/" for t in run) or not all(t.text == "/" or (t.text.isupper() and t.is_alpha and len(t.text) <= 4)
                                                      for t in run):
        return False
    line_start = start == 0 or doc[start - 1].is_space and "\n" in doc[start - 1].text
    return line_start and (end == len(doc) or doc[end].is_space and "\n" in doc[end].text or breaks_line_after(doc, end - 1))


def rank_before_bracket(doc: Doc, open_i: int, ranks: frozenset[str]) -> int:
    """« le Superintendent of Police (SP) », « l'Inspecteur général de police (IGP) »: where the rank of several
    words (ranks.txt) that ends right before the bracket at open_i opens, or 0 when none does; the
    bracket then holds the rank's initials, no body's."""
    words = [t.lower_ for t in doc[max(0, open_i - 6):open_i]]
    n = next((n for n in range(len(words), 1, -1) if " ".join(words[-n:]) in ranks), 0)
    return open_i - n if n else 0


def rank_opens_name(name: str, rank_initials: frozenset[str] | set[str]) -> bool:
    """« DCP Crime », « ASP Kavita X »: a name found opening on a rank's initials and going on with a capital
    is the rank of a post or of a person, no body (« l'ASP », « la DSP de Montréal » are bodies')."""
    words = name.split()
    return len(words) > 1 and words[0].isupper() and words[0] in rank_initials and words[1][:1].isupper()


def second_body_joined(between) -> bool:
    """« d'Interpol et de la direction générale de … (DG X) »: right after a body's name, « et », a
    preposition, maybe an article, then a lower-case noun open a second body's name; the words up to the
    bracket are that body's, not the first one's tail (« et des transports » inside one name has no noun
    after its article but its own complement, and comes later than the first word)."""
    if len(between) < 3 or between[0].lower_ != "et" or between[1].lower_ not in OF:
        return False
    k = 2 if between[1].lower_ != "de" or between[2].lower_ not in DETS else 3
    return k < len(between) and between[k].text.islower() and between[k].pos_ == "NOUN"


def directorate_general_run(doc: Doc, open_i: int, close_i: int, longest: int) -> int | None:
    """« la direction générale de la mobilité et des transports (DG MOVE) »: a bracket holding « DG » and a
    code (the European Commission's, in English) spells no initials of the words before it; those words,
    in lower case from « direction générale » after an article, are its long form. Where they open."""
    if close_i - open_i != 3 or doc[open_i + 1].text != "DG":
        return None
    for k in range(open_i - 2, max(0, open_i - longest), -1):
        token = doc[k]
        if token.is_punct or not token.text.islower():
            return None
        if token.lower_ == "direction" and doc[k + 1].lower_ == "générale" \
                and doc[k - 1].lower_ in DETS | {"du", "au", "d'", "d’"}:
            return k
    return None


def phone_line(doc: Doc, start: int, end: int, lines: frozenset[str]) -> bool:
    """« Garde Côtière Hotline 160 », « la Ligne verte 116 »: a name closed by a telephone line's noun and followed
    by its number (within it or right after it) is a number to call, no body."""
    last = end - 1
    if doc[last].like_num and last > start:
        last -= 1
    elif end >= len(doc) or not doc[end].like_num:
        return False
    words = (doc[last].lower_, f"{doc[last - 1].lower_} {doc[last].lower_}" if last > start else "")
    return any(w in lines for w in words)


def plural_of_an_area(doc: Doc, i: int) -> bool:
    """« pour les CIS du Haut-Lévezou », « aux CLSC de l'Estrie »: capitals after a plural article and before
    « de » and an area's capitalised name are the several bodies of that kind in the area, no one body."""
    if i < 1 or i + 2 >= len(doc) or doc[i - 1].lower_ not in {"les", "aux"}:
        return False
    k = i + 1
    if doc[k].lower_ not in {"du", "de", "des", "d'", "d’"}:
        return False
    k += 1
    if doc[k].lower_ in DETS and k + 1 < len(doc):
        k += 1
    if not (doc[k].text[:1].isupper() and not doc[k].text.isupper()):
        return False
    end = k + 1
    while end < len(doc) and (doc[end].text[:1].isupper() or doc[end].text == "-"):
        end += 1
    # « les FDS du Burkina Faso »: a country's forces, one body; « les CHU de Rennes et de Brest »: one in each town
    return not names_a_state(doc[k:end].text) and not (end < len(doc) and doc[end].lower_ == "et")


def land_before(doc: Doc, start: int) -> bool:
    """« la région Sahel et Golfe », « la province Nord »: a capitalised name right after a territory's
    noun in lower case names that land, not a body."""
    return doc[start].text[:1].isupper() and land_named_at(doc, start) and doc[start - 1].text.islower()


def land_spelled(doc: Doc, open_i: int) -> int | None:
    """« la région Sahel central et côtier (SCC) »: the words before a bracket, back to a territory's
    noun in lower case that a capitalised word follows, name a land its initials spell; where that name
    opens, or None."""
    for k in range(open_i - 1, max(0, open_i - 9), -1):
        token = doc[k]
        if token.is_punct or token.pos_ in {"VERB", "AUX", "PRON"}:
            return None
        if land_before(doc, k + 1) and k + 1 < open_i:
            return k + 1
    return None


def file_link(doc: Doc, start: int, end: int, formats: frozenset[str]) -> bool:
    """Whether doc[start:end] opens its line and a file's format in brackets follows it (« Programme du
    séminaire (PDF) », « Rapport annuel (PDF, 2 Mo) »): the label of a link to a document."""
    line_start = start == 0 or "\n" in doc[start - 1].whitespace_ or doc[start - 1].is_space
    return line_start and end + 1 < len(doc) and doc[end].text == "(" and doc[end + 1].text.upper() in formats


def after_title_noun(doc: Doc, start: int, end: int, titles: frozenset[str], heads) -> int | None:
    """« Chef de Corps du Régiment X »: a head word at ``start`` that closes a title of several words
    (« chef de corps ») is the title's noun when another body's head word opens its complement; where that
    body starts, or None (« le Préfet de Police de Paris » keeps its own reading)."""
    for size in (3, 2):
        first = start - size + 1
        if first < 0 or " ".join(t.lower_ for t in doc[first:start + 1]).replace("’", "'") not in titles:
            continue
        k = start + 1
        if k < end and doc[k].lower_ in OF:
            k += 1
            if k < end and doc[k].lower_ in DETS:
                k += 1
            if k < end - 1 and doc[k].text in heads:
                return k
        return None
    return None


def award_words(doc: Doc, start: int, end: int, awards: frozenset[str], metals: frozenset[str]) -> bool:
    """« les Trophées du Mérite de la Garde », « Médaille d'Excellence en Or »: an award's name, or the
    metal of its grade after « en », names no body."""
    if doc[start].lower_ in awards:
        return True
    return end - start == 1 and doc[start].lower_ in metals and start >= 2 and doc[start - 1].lower_ == "en" \
        and any(t.lower_ in awards for t in doc[max(0, start - 6):start - 1])


def owners_country_adjective(doc: Doc, start: int, end: int, country_of) -> bool:
    """« la Commission de l'économie du Conseil national suisse »: after a complement, an adjective of a
    country that follows another adjective says whose body it is (the reader abroad needs it), not its name;
    « la Police centrafricaine », « la République togolaise » keep theirs."""
    last = doc[end - 1]
    return end - start >= 4 and last.text.islower() and doc[end - 2].pos_ == "ADJ" \
        and any(t.lower_ in OF for t in doc[start + 1:end - 2]) and country_of(last.text) is not None


def rank_before_surname(doc: Doc, i: int) -> bool:
    """« le CGP Sarr », « selon le LCL Essomba »: capitals at token i right before the surname of a person the
    text names in full are that person's rank or title, shortened, not a body."""
    if i + 1 >= len(doc) or not doc[i].text.isupper() or not doc[i + 1].text[:1].isupper() or doc[i + 1].text.isupper():
        return False
    # Written elsewhere after a first name, shouted or not (« Moussa SARR »); the tagger's entities miss it there.
    return any(k != i + 1 and k > 0 and doc[k - 1].text[:1].isupper() and not doc[k - 1].text.isupper()
               and doc[k - 1].pos_ == "PROPN" for k in word_positions(doc, doc[i + 1].lower_))
