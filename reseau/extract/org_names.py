"""Where an organization's name ends: its head word, adjectives and complements.

A name opens on a head word (``Office``, ``Service``, ``la police``) and runs through its
complements (``de l’agglomération de Longueuil``, ``pour la jeunesse``, ``et de la Sécurité
publique``) until a word that cannot belong to a name: a verb, a comma, a purpose (``pour la
signature``), another body or a person's function after ``et``, a lower-case part of a body
after a place.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc, Span

from reseau.extract.facts import OrgSpan
from reseau.extract.geography import fold
from reseau.extract.lexicon import Lexicon, OrgHead
from reseau.extract.org_filter import AGENT_SUFFIXES
from reseau.extract.org_not_bodies import class_of_a_rank
from reseau.extract.org_domains import listed_domains_end
from reseau.extract.org_grammar import accredited, after_a_territory, is_place, load_grammar, place_words, region_names
from reseau.extract.tokens import DETS, OF, WEEKDAYS, is_acronym, is_cap, is_month, pictograph, starts_person, surname_first
from reseau.names import clean_spaces

NAME_POS = {"PROPN", "NOUN", "ADJ", "X"}
# Nouns that after « pour la » tell why someone came, not what a body is for.
PURPOSES = {"signature", "rencontre", "réunion", "discussion", "présentation", "préparation", "mise", "visite",
            "séance", "occasion", "suite", "première", "deuxième", "fin", "organisation", "remise", "lancement"}
STOP_WORDS = {"dans", "avec", "par", "afin", "où", "qui", "que", "dont", "lors", "depuis", "pendant", "durant", "entre", "ainsi", "notamment", "soit", "chez",
              # « les membres du Comité X suivants : »: an adjective that points to what follows names nothing
              "suivant", "suivants", "suivante", "suivantes"}
# Bodies whose name never states a cause: « la Gendarmerie pour le maintien de l’ordre » tells what it does.
FORCES = {"police", "military", "city", "court"}
# Bodies whose name may state their subject after « sur » (« Observatoire … sur la délinquance »).
RESEARCH = {"research", "university"}

def _ordinal(t) -> bool:
    """« première », « deuxième »: an ordinal in words belongs to a name (« de première instance »)."""
    return t.is_alpha and t.lower_.endswith(("ier", "ière", "ième"))


def _np_end(doc: Doc, k: int, lexicon: Lexicon, allow_lower: bool = True) -> int:
    """End of the noun phrase starting at token k (names, nouns and adjectives)."""
    n = len(doc)
    start = k
    while k < n:
        t = doc[k]
        if t.text in {"/", "-"} and k > start and is_cap(doc[k - 1]) and k + 1 < n and is_cap(doc[k + 1]) \
                and not (doc[k - 1].whitespace_ and t.whitespace_):
            # « zone de police Orne-Dyle/Wavre »: places joined by a hyphen or a slash; a spaced slash
            # parts two names (« Gouvernement du Québec / Government of Quebec »).
            k += 1
            continue
        if k > start and compound_end(doc, k) > k:
            k = compound_end(doc, k)  # « du Pays-d'Auge »
            continue
        if t.is_punct and t.text not in {"-"}:
            break
        if t.is_space or pictograph(t.text):  # « … Police républicaine 👏 Vive la paix »
            break
        # « des Trois Vallées »: a number in capitalised words is part of a name
        number = t.like_num and not _ordinal(t) and not (t.is_alpha and is_cap(t))
        # « la Région Moulay Errachid-Rif »: right after a territory's noun, the tagger's person is the land's name
        person = starts_person(t) and k > start and not after_a_territory(doc, k)
        if t.lower_ in STOP_WORDS or is_month(t) or t.lower_ in WEEKDAYS or number or person:
            break
        if k > start and surname_first(t):
            break  # « le Préfet de X RAKOTO Hery »: the holder's name, surname first, after the body
        if is_cap(t):
            # « du Pays-de-Brenne »: a hyphenated capitalised word is a name whatever the tagger says
            # « de Aït Oumlil »: a capitalised word inside the entity of the name before it, whatever its tag
            inside = k > start and t.ent_iob_ == "I" and is_cap(doc[k - 1])
            if t.pos_ not in NAME_POS and not is_acronym(t.text) and t.pos_ != "DET" and "-" not in t.text[1:-1] \
                    and not (t.pos_ == "NUM" and t.is_alpha) and not inside:
                break
        else:
            # Lower-case words describe a lower-case noun (« criminologie comparée »), never a
            # proper name: « Police nationale du Sénégal conduite par … » ends at « Sénégal ».
            prev_cap = k > start and is_cap(doc[k - 1]) and doc[k - 1].text not in lexicon.org_heads
            participle = t.pos_ == "VERB" and "Part" in t.morph.get("VerbForm") and k > start \
                and not disagrees(doc[k - 1], t)
            # A demonym after a capitalised word is part of the name (« Brabant wallon », « Intérieur jordanien »).
            demonym = k > start and is_cap(doc[k - 1]) and load_grammar().is_demonym(t.text)
            if not demonym and (not allow_lower or (t.pos_ not in {"NOUN", "ADJ"} and not participle) or t.lower_ in OF | DETS):
                break
            # « Sécurité civile »: an adjective after a capitalised noun, not after a place but for a
            # point of the compass (« l'Afrique australe »).
            compass = t.lower_ in load_grammar().compass_adjectives and is_place(doc[k - 1], lexicon.places)
            # « des Nations unies », « des Provinces-Unies »: a participle of union names, the tagger's verb
            united = participle and t.lower_ in load_grammar().regime_adjectives
            if prev_cap and not demonym and not compass and not united and not (t.pos_ == "ADJ" and not is_place(doc[k - 1], lexicon.places)):
                break
        k += 1
        if "\n" in t.whitespace_:
            break
    return k


def disagrees(noun, participle) -> bool:
    """« le directeur de la police installé »: a participle whose gender is not the noun's before it says
    something of another word (the headline's subject), and ends the name."""
    gender, other = noun.morph.get("Gender"), participle.morph.get("Gender")
    doc, i = noun.doc, noun.i
    # « des infirmiers et infirmières autorisés »: members named in both genders take the masculine
    both = i >= 2 and doc[i - 1].lower_ == "et" and doc[i - 2].lower_[:5] == noun.lower_[:5] \
        and doc[i - 2].morph.get("Gender") in ([], other)
    return noun.pos_ == "NOUN" and bool(gender) and bool(other) and gender != other and not both


def place_name_end(doc: Doc, k: int, lexicon: Lexicon) -> int:
    """End of the capitalised name of a place opening at token k (« Montreval-Les Ormes »)."""
    return _np_end(doc, k, lexicon, allow_lower=False)


def verb_read_as_adjective(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """« le Service public fédéral Justice subventionne déjà … »: a lower-case word the tagger calls an
    adjective, after a capitalised name and before what only follows a verb (an adverb, a determiner,
    a number, a pronoun), is the sentence's verb."""
    prev, nxt = doc[k - 1], doc[k + 1] if k + 1 < len(doc) else None
    return k > 0 and is_cap(prev) and prev.text not in lexicon.org_heads and nxt is not None \
        and nxt.pos_ in {"ADV", "DET", "NUM", "PRON"} and nxt.lower_ not in OF


# Endings of French adjectives of a service's field (« routière », « fluviale », « judiciaire », « douanière »).
ADJECTIVE_ENDINGS = ("aire", "ale", "aux", "ique", "ime", "elle", "ienne", "ive", "ière", "uelle", "ile")
NUMBERED = re.compile(r"n[°º]\d+")


def extend_name(doc: Doc, i: int, head: OrgHead, lexicon: Lexicon) -> int:
    """Where the organization name opened by the head word at token i ends (exclusive)."""
    n = len(doc)
    j = i + 1
    if "\n" in doc[i].whitespace_:
        return j
    # Adjectives and capitalised words glued to the head: « Police fédérale belge », « École Nationale ».
    while j < n:
        if _joins_a_name(doc, j):
            j = compound_end(doc, j)
        elif not doc[j].is_punct and doc[j].lower_ not in OF | DETS | STOP_WORDS and (
                (doc[j].pos_ == "ADJ" and not is_cap(doc[j]) and not verb_read_as_adjective(doc, j, lexicon)
                 # « le Centre co-organise »: a prefixed verb the tagger reads as an adjective of the other
                 # gender; a plain adjective that seems to disagree is the tagger's slip far more often (the
                 # unopened texts lost roles when any was taken for a verb)
                 and not (j == i + 1 and "-" in doc[j].text and disagrees(doc[i], doc[j])))
                or (is_cap(doc[j]) and doc[j].pos_ in NAME_POS and doc[j].text not in lexicon.org_heads
                    and not surname_first(doc[j]))
                or _foreign_adjective(doc, j)):
            j += 1
        else:
            break
        if "\n" in doc[j - 1].whitespace_:
            return j
    end = j
    bare = True  # no complement read yet
    subject = False  # a committee's subject read (« … sur l'accueil des réfugiés »)
    while j < n:
        low = doc[j].lower_
        k = j + 1
        if low in OF:
            if k < n and doc[k].lower_ in DETS:
                k += 1
            if k < n and class_of_a_rank(doc, k):
                break  # « le Général de police de 2e classe »: the rank's class, no complement of the force
            if not bare and k < n and not is_cap(doc[k]) and is_place(doc[j - 1], lexicon.places):
                break  # « Police provinciale de l’Ontario des comtés unis de … »: a part of it, further on
            if subject and k < n and doc[k].text.islower() and doc[k].text.capitalize() in lexicon.org_heads:
                break  # « Comité permanent sur l'accueil … du ministère de X »: the body it belongs to
            m = _np_end(doc, k, lexicon)
        elif low in {"pour", "contre", "en", "sur"}:
            if k < n and doc[k].lower_ in DETS:
                k += 1
            # Right after the head (« Fondation canadienne pour la jeunesse ») « pour » names the
            # body's cause; after a complement (« Université de Montréal pour la signature ») a purpose.
            cause = bare and low in {"pour", "contre"} and k < n and doc[k].pos_ == "NOUN" \
                and doc[k].lower_ not in PURPOSES and end - i <= 3 and head.kind not in FORCES
            # « Chaire de recherche sur la sécurité urbaine »: a research body is named by its subject,
            # unless a proper name already closed it (« l'Université de Genève sur la mesure de … »)
            # « Direction centrale de la lutte contre la criminalité »: what a struggle is against names the body
            cause = cause or (low == "contre" and doc[j - 1].lower_ in load_grammar().struggle_nouns and k < n
                              and doc[k].pos_ in {"NOUN", "ADJ"})
            # (a head alone is the body's short name: « la note du Centre sur les circuits courts »: the note's subject)
            # so is a committee's or a working group's, after its adjective (« Comité permanent sur l'accueil des réfugiés »)
            # its adjectives of a committee's kind (``committee_adjectives``): « la Commission européenne sur la
            # question des migrants » is the Commission, meeting about a question
            committee = doc[i].text in load_grammar().subject_heads and doc[k - 1].lower_ in DETS \
                and not any(t.pos_ == "ADJ" and t.lower_ not in load_grammar().committee_adjectives for t in doc[i + 1:j])
            subject = low == "sur" and (head.kind in RESEARCH or committee) and k < n and doc[k].pos_ == "NOUN" \
                and end > i + 1 and doc[k].lower_ not in PURPOSES and not any(is_cap(t) for t in doc[i + 1:j])
            cause = cause or subject
            m = _np_end(doc, k, lexicon) if k < n and (is_cap(doc[k]) or cause) else k
        elif low == "auprès" and accredited(doc, i, head, bare) and k + 1 < n and doc[k].lower_ in OF:
            # « la Mission permanente du Niger auprès de l'Office des Nations Unies »: the body it is accredited to
            k += 1
            if doc[k].lower_ in DETS:
                k += 1
            m = _np_end(doc, k, lexicon) if k < n and is_cap(doc[k]) else k
        elif low == "près" and head.kind != "public body" \
                and _court_at(doc, k + 1 if k < n and doc[k].lower_ in DETS else k, lexicon):
            # « le Barreau près la Cour d'appel de X », « le Parquet près le Tribunal de … »: attached to a court;
            # a government is not (« le Commissaire du Gouvernement près le Tribunal »: a title, then the court)
            k = k + 1 if doc[k].lower_ in DETS else k
            m = extend_name(doc, k, lexicon.org_heads[doc[k].text], lexicon)
        elif low == "," and not bare and (listed := listed_domains_end(doc, j, head, lexicon)) is not None:
            m = listed  # « Département des finances, de la santé et des sports »
        elif low in {"à", "au", "aux"} and _in_charge_of(doc, j):
            m = _np_end(doc, j + 2 if doc[k].lower_ in DETS else k, lexicon)  # « la Police aux frontières »
        elif low in {"à", "au", "aux"} and head.takes_place:
            m = _np_end(doc, k, lexicon, allow_lower=False) if k < n and is_cap(doc[k]) and doc[k].text not in lexicon.org_heads else k
        elif low in {"et", "&"}:
            if k < n and _capitalised_adjectives(doc, j, k):
                j = end = k + 1  # « l'Escadron de Sécurité Routière et Autoroutière »: both qualify the name's noun
                continue
            if bare and k < n and (_two_domains(doc, i, j, k, lexicon) or _two_regions(doc, i, j, k, lexicon)):
                j = end = _np_end(doc, k, lexicon)  # « le Service Prévention et Sécurité routière »
                bare = False
                continue
            if bare and k < n and _coordinated_adjective(doc, j, k):
                j = end = k + 1  # « la Chambre civile et commerciale »: both adjectives qualify the head
                continue
            if bare and second_complement(doc, k):
                j = end = _np_end(doc, k + 1, lexicon)  # « le Centre pénitentiaire et de rééducation de X »
                bare = False
                continue
            if bare:
                break  # « la Police nationale et de la Protection civile », « la police cantonale et la police … »
            if k < n and doc[k].lower_ in OF:
                k += 1
            if k < n and _person_at(doc, k, lexicon):
                break  # « … de la Section des vols et de Luc Roy comme adjoint »: a second appointment
            if k < n and doc[k].lower_ in DETS:
                # « la mairie de Cocody et la Croix-Rouge »: after a place, a proper name with its own article
                # and no « de » is another body (« pour la Prévention et la Sécurité », « et de la Sécurité
                # publique », « et le crime » go on).
                if k == j + 1 and k + 1 < n and is_cap(doc[k + 1]) and (is_place(doc[j - 1], lexicon.places)
                                                                        or first_of_a_pair(doc, i)):
                    break
                if k == j + 1 and k + 1 < n and is_cap(doc[j - 1]) and doc[k + 1].text.islower():
                    break  # « l'Université de Namur et la section financière du parquet »: a second thing
                if k == j + 1 and k + 1 < n and is_acronym(doc[k + 1].text):
                    break  # « le ministère de la Sécurité et l'OIM »: a body named by its acronym
                k += 1
            if k < n and _second_name(doc, j, k, lexicon) and not (head.kind == "ministry" and doc[j + 1].lower_ in OF):
                break  # « ministère de la Défense et de l'Ordre public »: a ministry lists its domains with « et de »
            m = _np_end(doc, k, lexicon) if k < n and doc[k].pos_ in NAME_POS else k
            if m - 1 > k and is_acronym(doc[m - 1].text) and doc[m - 2].text.islower():
                m -= 1  # « … de justice et police DFJP »: the body's acronym after its name, not a word of it
            if m <= k and k < n and _coordinated_adjective(doc, j, k):
                m = k + 1  # « la criminalité grave et organisée »
        else:
            break
        if m <= k:
            break
        j = end = m
        bare = False
        if "\n" in doc[m - 1].whitespace_:
            break
    return _district_number(doc, _number_end(doc, end), head)


def _district_number(doc: Doc, end: int, head: OrgHead) -> int:
    """« la Commune du Golfe 3 », « la Commune de X 1 »: a town's body closed by the number of the district of
    the town it governs, a digit or two that counts nothing after it; only after a head of ``district_heads``
    (« Commune »), and not before a coordinating conjunction (« la Ville de Lyon 2 et la Ville de Paris »)."""
    if head.word not in load_grammar().district_heads or end + 1 > len(doc) or "\n" in doc[end - 1].whitespace_ or not is_cap(doc[end - 1]):
        return end
    number = doc[end]
    if not number.text.isdigit() or len(number.text) > 2:
        return end
    after = doc[end + 1] if end + 1 < len(doc) else None
    return end + 1 if after is None or after.is_punct or after.pos_ in {"DET", "ADP", "VERB", "AUX", "PRON"} else end


def _court_at(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """A court's capitalised head word (``Cour``, ``Tribunal``) at token k."""
    head = lexicon.org_heads.get(doc[k].text) if k < len(doc) else None
    return head is not None and head.kind == "court" and not head.unit


def second_complement(doc: Doc, k: int) -> bool:
    """« Centre pénitentiaire et de rééducation »: after « et », « de » with no article and a common noun in
    lower case is a second complement of the same head; an article and a capital open another body's
    domain (« et de la Protection civile »)."""
    return k + 1 < len(doc) and doc[k].lower_ in {"de", "d'", "d’"} and doc[k + 1].text.islower() \
        and doc[k + 1].pos_ == "NOUN"


def _foreign_adjective(doc: Doc, j: int) -> bool:
    """« la Polizia cantonale ticinese »: after an adjective of the name, a lower-case word French does not
    know (no vector; the tagger calls it anything) is the name's own adjective in its language."""
    t = doc[j]
    return j > 0 and t.is_alpha and t.text.islower() and t.is_oov and doc[j - 1].pos_ == "ADJ" and doc[j - 1].text.islower()


def _in_charge_of(doc: Doc, j: int) -> bool:
    """« la Police aux frontières », « le Commissariat à l'énergie atomique »: after a capitalised word of the
    name, « à » and a noun of what the body is in charge of (``charge_nouns``) go on naming it."""
    k = j + 1
    if k < len(doc) and doc[k].lower_ in DETS and doc[j].lower_ == "à":
        k += 1
    return k < len(doc) and is_cap(doc[j - 1]) and doc[k].lower_ in load_grammar().charge_nouns


def _number_end(doc: Doc, end: int) -> int:
    """« la Légion de Gendarmerie n°5 », « la Compagnie n° 3 »: a unit's number closes its name."""
    if end < len(doc) and doc[end - 1].lower_ in {"n°", "nº"} and doc[end].like_num:
        return end + 1  # « n° » read with the name, its number not
    if end < len(doc) and "\n" not in doc[end - 1].whitespace_:
        word = doc[end].lower_
        if NUMBERED.fullmatch(word):
            return end + 1
        if word in {"n°", "nº", "no"} and end + 1 < len(doc) and doc[end + 1].like_num:
            return end + 2
    return end


INITIAL = re.compile(r"[A-ZÀ-Ý]\.(?:-[A-ZÀ-Ý]\.)?")


def _person_at(doc: Doc, k: int, lexicon: Lexicon) -> bool:
    """A person's name opens at token k: spaCy's, an initial (« L. Roy »), or a civility."""
    token = doc[k]
    return starts_person(token) or token.lower_.rstrip(".") in lexicon.honorifics \
        or (INITIAL.fullmatch(token.text) is not None and k + 1 < len(doc) and is_cap(doc[k + 1]))


def first_of_a_pair(doc: Doc, i: int) -> bool:
    """« entre la Direction X et le Croissant-Rouge Y »: after « entre », the name opened at token i is the
    first of the two parties, and « et » with an article opens the second."""
    k = i - 1
    if k >= 0 and doc[k].text in load_grammar().head_prefixes:
        k -= 1
    if k >= 0 and doc[k].lower_ in DETS:
        k -= 1
    return k >= 0 and doc[k].lower_ == "entre"


def second_of_a_pair(doc: Doc, start: int, end: int, lexicon: Lexicon) -> tuple[int, int] | None:
    """« entre la Direction X et le Croissant-Rouge Y »: the capitalised name, with its own article, that
    « et » joins to a body opened after « entre »; None when none follows the body doc[start:end]."""
    if not first_of_a_pair(doc, start) or end + 2 >= len(doc) or doc[end].lower_ != "et" or doc[end + 1].lower_ not in DETS:
        return None
    k = end + 2
    if not is_cap(doc[k]) or is_acronym(doc[k].text) or starts_person(doc[k]):
        return None
    m = _np_end(doc, k, lexicon, allow_lower=False)
    return (k, m) if m > k + 1 or (m == k + 1 and doc[k].pos_ == "PROPN") else None


def _two_domains(doc: Doc, i: int, et: int, k: int, lexicon: Lexicon) -> bool:
    """« Bureau Communication et Relations publiques », « Division Paix et Sécurité »: a unit named by two
    capitalised common nouns of a domain joined by « et », with no « de »."""
    before, word = doc[et - 1], doc[k]
    head = lexicon.org_heads.get(doc[i].text)

    def domain(t) -> bool:
        return is_cap(t) and t.pos_ in NAME_POS and not is_acronym(t.text) and t.text not in lexicon.org_heads \
            and t.text not in lexicon.places and t.text not in region_names() and not starts_person(t) \
            and t.lower_ not in lexicon.title_firsts  # spaCy's LOC label is loose on such capitalised nouns

    return head is not None and head.unit and et == i + 2 and domain(before) and domain(word)


def _two_regions(doc: Doc, i: int, et: int, k: int, lexicon: Lexicon) -> bool:
    """« Section Moyen-Orient et Afrique du Nord », « Bureau Asie et Pacifique »: a unit named by the two
    regions it covers, joined by « et »."""
    head = lexicon.org_heads.get(doc[i].text)
    return head is not None and head.unit and et == i + 2 and is_cap(doc[et - 1]) and is_cap(doc[k]) \
        and is_place(doc[et - 1], lexicon.places) and is_place(doc[k], lexicon.places)


def _coordinated_adjective(doc: Doc, et: int, k: int) -> bool:
    """« grave et organisée »: a lower-case adjective after « et » that another adjective comes before."""
    before, word = doc[et - 1], doc[k]
    adjective = word.pos_ == "ADJ" or (word.pos_ == "VERB" and word.lower_.endswith(("é", "ée", "és", "ées")))
    return k == et + 1 and before.pos_ == "ADJ" and before.text.islower() and word.text.islower() and adjective


def _capitalised_adjectives(doc: Doc, et: int, k: int) -> bool:
    """« Brigade Nautique et Fluviale »: two capitalised adjectives on either side of « et », the second
    closing the clause, qualify the same noun (the tagger calls them anything; their endings tell)."""
    before, word = doc[et - 1], doc[k]
    return k == et + 1 and is_cap(before) and is_cap(word) and (k + 1 == len(doc) or doc[k + 1].is_punct) \
        and before.lower_.endswith(ADJECTIVE_ENDINGS) and word.lower_.endswith(ADJECTIVE_ENDINGS)


def _joins_a_name(doc: Doc, k: int) -> bool:
    """Token k continues a compound proper name glued by hyphens (« Yasmine-Koulibali », « Pays-d'Auge »):
    the tokenizer splits those that its exceptions do not list."""
    return compound_end(doc, k) > k


def compound_end(doc: Doc, k: int) -> int:
    """Where the compound proper name continued at token k by a glued hyphen ends (k if none): hyphens
    and little words (« d' », « sur », « lès ») glued together, closed by a capitalised word."""
    if not (0 < k < len(doc) and doc[k].text == "-" and not doc[k - 1].whitespace_ and is_cap(doc[k - 1])):
        return k
    j = k
    while j < len(doc) and not doc[j - 1].whitespace_ and (doc[j].text == "-" or doc[j].lower_ in GLUE):
        j += 1
    if j < len(doc) and not doc[j - 1].whitespace_ and is_cap(doc[j]):
        return j + 1
    return k


# Little words inside compound place names: « Pays-d'Auge », « Villers-lès-Nancy ».
GLUE = {"d'", "d’", "de", "du", "des", "sur", "sous", "en", "lès", "lez", "le", "la", "les", "aux", "au"}


def _second_name(doc: Doc, et: int, k: int, lexicon: Lexicon) -> bool:
    """After « et » at token et, whether token k opens something else than the rest of the name:
    another body (« et l’Instance … »), a person's function (« et formateur »), a place joined to a
    name that is not one (« École de police et Québec »)."""
    word = doc[k]
    if word.lower_ in place_words() and doc[et - 1].lower_ in place_words():
        return False  # « l'Afrique de l'Ouest et du Centre »: two parts of one land
    before = doc[et - 1]
    if k == et + 1 and et >= 2 and doc[et - 2].lower_ in OF and before.text.islower() and before.pos_ == "NOUN" \
            and word.text.islower() and word.pos_ == "NOUN":
        return False  # « Département de justice et police »: two domains, no article, one complement
    lower_head = lexicon.org_heads.get(word.text[:1].upper() + word.text[1:])
    if word.text in lexicon.org_heads or word.lower_ in lexicon.title_firsts or (lower_head is not None and lower_head.lower):
        return True
    if k == et + 1 and word.pos_ == "NOUN" and word.lower_.endswith(AGENT_SUFFIXES) and not word.lower_.endswith("s"):
        return True  # « et formateur de cadres »: what a person is, after the body they work in
    return k == et + 1 and is_cap(word) and is_place(word, lexicon.places) and not is_place(doc[et - 1], lexicon.places)


def _directs_a_force(doc: Doc, i: int, k: int, lexicon: Lexicon) -> bool:
    """« Direction générale de la Police nationale », « Direction de la Sûreté publique »: the headquarters
    of a police force named right after the unit is the body itself, as its acronym (DGPN) shows."""
    between = [t for t in doc[i + 1:k] if t.lower_ not in OF | DETS]
    if lexicon.org_heads[doc[k].text].kind != "police" and doc[k].lower_ not in load_grammar().uniformed_services:
        return False  # the customs are a force too, though a public body by their kind
    if all(t.pos_ == "ADJ" and (not is_cap(t) or load_grammar().describes_a_unit(t.text)) for t in between):
        return True
    # « la Section de recherches de la Gendarmerie nationale »: a unit named by its work in lower case,
    # of a force named by its level, is a body of its own, as its acronym (SR) shows.
    # After a title (« chef de la Brigade fluviale de la Garde nationale ») the force is the body and
    # the unit a part of the title.
    level = k + 1 < len(doc) and load_grammar().is_level(doc[k + 1].text)
    return level and bool(between) and all(t.text.islower() and t.pos_ in {"NOUN", "ADJ"} for t in between) \
        and not _after_a_title(doc, i, lexicon)


def _after_a_title(doc: Doc, i: int, lexicon: Lexicon) -> bool:
    """A title word and its « de » stand right before the unit at token i (« chef de la Brigade … »)."""
    k = i - 1
    if k >= 0 and doc[k].lower_ in DETS:
        k -= 1
    return k >= 1 and doc[k].lower_ in OF and doc[k - 1].lower_ in lexicon.title_firsts


def works_in_a_force(doc: Doc, i: int, end: int, lexicon: Lexicon) -> bool:
    """« la Section de recherches de la Gendarmerie nationale »: a unit named by its work in lower case, of
    a force named by its level, kept whole as a body of its own (see ``_directs_a_force``)."""
    inner = [k for k in range(i + 1, end - 1) if doc[k].text in lexicon.org_heads and doc[k - 1].lower_ in OF | DETS]
    main = [k for k in inner if not lexicon.org_heads[doc[k].text].unit]
    return bool(main) and _directs_a_force(doc, i, main[0], lexicon) \
        and any(t.pos_ == "NOUN" and t.text.islower() for t in doc[i + 1:main[0]])


def split_unit(doc: Doc, i: int, end: int, lexicon: Lexicon) -> int:
    """For « Division … du Service de police … », the token where the body the unit belongs to starts."""
    head = lexicon.org_heads.get(doc[i].text)
    if head is None or not head.unit or any(t.lower_ in {"auprès", ","} for t in doc[i + 1:end]):
        # « le Bureau de l'Union X auprès de l'Organisation Y »: an office kept with a body is one of its own;
        # « le Département des Services publics, de la Sécurité et … »: the heads in a list of domains own nothing
        return i
    inner = [k for k in range(i + 1, end - 1) if doc[k].text in lexicon.org_heads and doc[k - 1].lower_ in OF | DETS]
    main = [k for k in inner if not lexicon.org_heads[doc[k].text].unit]
    if main and _directs_a_force(doc, i, main[0], lexicon):
        return i

    # The body a unit belongs to: the first organization named after it, else the last unit.
    if main:
        return main[0]
    return inner[-1] if inner else i


def without_country_adjective(span, text: str, kind: str | None, lexicon: Lexicon) -> tuple[str, str | None]:
    """« la commune belge de X » → (« Commune de X », Belgique): a town's body is named without the
    adjective that says its country; the name unchanged and None otherwise."""
    if kind != "city" or len(span) < 3 or not span[1].text.islower() or span[2].lower_ not in OF:
        return text, None
    country = lexicon.country_by_adjective(span[1].text)
    if not country:
        return text, None
    return clean_spaces(f"{text.split(' ', 1)[0]} {span[2:].text}"), country


def other_language_names(doc: Doc, orgs: list[OrgSpan]) -> list[OrgSpan]:
    """« Gouvernement du Québec / Government of Quebec », « SPF Justice | FOD Justitie | FÖD Justiz »: on
    a line, a spaced slash or a bar, then the same body's name in other languages, are aliases; the
    bodies read inside them are that one. Behind a bar (a menu's separator too), the names must share
    a word's stem and differ in their first word; a third name on the line follows the second."""
    inside: list[tuple[int, int]] = []
    for org in orgs:
        if any(a <= org.start < b for a, b in inside):
            continue
        span = doc.char_span(org.start, org.end, alignment_mode="expand")
        k = span.end if span is not None else len(doc)
        for n, words in enumerate(_translations(doc, k)):
            if not n and doc[words.start - 1].text == "|" and not _same_stem(org.name, words.text):
                break
            if clean_spaces(words.text) not in org.aliases:
                org.aliases.append(clean_spaces(words.text))
            inside.append((words.start_char, words.end_char))
    return [o for o in orgs if not any(a <= o.start < b for a, b in inside)]


def _translations(doc: Doc, k: int) -> list[Span]:
    """The names after token k, each behind a spaced slash or a bar, to the end of the line; none unless
    the line ends with them, each of two words at least, the first with two capitalised words."""
    found: list[Span] = []
    while k + 1 < len(doc) and doc[k].text in {"/", "|"} and doc[k - 1].whitespace_ and is_cap(doc[k + 1]):
        end = k + 1
        while end < len(doc) and "\n" not in doc[end - 1].whitespace_ and doc[end].is_alpha:
            end += 1
        found.append(doc[k + 1:end])
        if len(found[-1]) < 2 or (len(found) == 1 and sum(is_cap(t) for t in found[-1]) < 2):
            return []
        if end == len(doc) or "\n" in doc[end - 1].whitespace_ or "\n" in doc[end].text:
            return found
        k = end
    return []


def _same_stem(name: str, other: str) -> bool:
    """Two names of one body in two languages: a word's first five letters shared (« Justice »,
    « Justitie »), their first words not."""
    stems = {fold(w)[:5] for w in name.split() if len(w) >= 5}
    words = other.split()
    return bool(words) and fold(words[0]) != fold(name.split()[0]) and any(fold(w)[:5] in stems for w in words if len(w) >= 5)
