"""Courts, prisons and hospitals that French names in lower case by their kind.

« le centre pénitentiaire de Granvaux », « la maison d'arrêt de X », « l'établissement
pénitentiaire de Y » are bodies as their capitalised forms are. Without a place after it,
« le tribunal judiciaire » is the court of the town the sentence names (« à X, où il a
visité le tribunal judiciaire ») or the one the item named in full before; alone, nothing.
The kinds are ``establishments`` in ``data/org_grammar.json``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from reseau.extract.lexicon import Lexicon
from reseau.extract.org_grammar import OrgGrammar, is_place
from reseau.extract.org_names import compound_end, place_name_end, second_complement
from reseau.extract.tokens import BULLETS, DETS, is_acronym, is_cap
from reseau.names import clean_spaces, name_key

# Articles and contracted articles that make a kind of establishment one definite body.
DEFINITE = {"le", "la", "l'", "l’", "du", "au", "cette", "ce", "cet"}
# What may stand before a kind named by its place (« aux centres pénitentiaires de X et Y » too).
BEFORE = DEFINITE | DETS | {"des", "aux", "son", "sa", "ses", "leur"}


@dataclass
class Establishment:
    """A court or an establishment found at doc[start:end], with its name and the names it also goes by."""

    start: int
    end: int
    name: str
    aliases: list[str] = field(default_factory=list)


class EstablishmentReader:
    """Find courts, prisons and hospitals written in lower case by their kind."""

    def __init__(self, nlp: Language, lexicon: Lexicon, grammar: OrgGrammar) -> None:
        self.lexicon = lexicon
        self.named_only = {name_key(kind) for kind in grammar.named_establishments}
        self.region_levels = grammar.apposed_region_levels
        self.kinds = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.plurals = PhraseMatcher(nlp.vocab, attr="LOWER")
        # The plural form names each establishment by its own town: « les prisons de X et de Y ».
        self.singular: dict[str, str] = {}
        for kind in grammar.establishments:
            self.kinds.add("establishment", [nlp.make_doc(kind), nlp.make_doc(kind.replace("'", "’"))])
            plural = plural_of_kind(kind)
            self.singular[plural] = kind
            self.plurals.add("establishments", [nlp.make_doc(plural), nlp.make_doc(plural.replace("'", "’"))])

    def __call__(self, doc: Doc) -> list[Establishment]:
        """The establishments of the item, a bare kind named after its full mention or its town."""
        matches = sorted(((s, e) for _, s, e in self.kinds(doc)), key=lambda m: (m[0], -m[1]))
        found: list[Establishment] = []
        bare: list[tuple[int, int]] = []
        last = -1
        for start, end in matches:
            if start < last or not (start and doc[start - 1].lower_ in BEFORE or _list_entry(doc, start)):
                continue
            last = end
            named = self._named(doc, start, end)
            if named is not None:
                found.append(named)
            elif doc[start - 1].lower_ in DEFINITE:
                bare.append((start, end))
        for start, end in bare:
            whole = self._named_before(doc, start, end, found) or self._shared_town(doc, start, end) \
                or self._of_the_town(doc, start, end)
            if whole is not None:
                found.append(whole)
        return found + self._plurals(doc)

    def _plurals(self, doc: Doc) -> list[Establishment]:
        """« les prisons de X et de Y », « aux centres de détention de X, Y et Z »: one establishment of
        each town, named by the singular kind."""
        found: list[Establishment] = []
        for _, start, end in self.plurals(doc):
            if not start or doc[start - 1].lower_ not in BEFORE:
                continue
            kind = _capitalised(self.singular.get(doc[start:end].text.lower().replace("’", "'"), ""))
            if not kind:
                continue
            for first, (p, q) in enumerate(self._towns(doc, end)):
                town = doc[p:q].text
                found.append(Establishment(start if not first else p, q, f"{kind} {of_town(town)}{clean_spaces(town)}"))
        return found

    def _towns(self, doc: Doc, k: int) -> list[tuple[int, int]]:
        """The spans of the towns listed at token k: « de X et de Y », « de X, Y et Z »; none unless two
        at least. After a bare comma, only a known place goes on (« …de X et de Y, Marie Dupont et … »)."""
        towns: list[tuple[int, int]] = []
        while k < len(doc):
            of = doc[k].lower_ in {"de", "d'", "d’", "du"}
            k += of
            if k >= len(doc) or not is_cap(doc[k]) or is_acronym(doc[k].text) or doc[k].text in self.lexicon.org_heads:
                break
            if towns and not of and doc[k - 1].text == "," and not is_place(doc[k], self.lexicon.places):
                break
            m = place_name_end(doc, k, self.lexicon)
            if m <= k:
                break
            towns.append((k, m))
            k = m + (m < len(doc) and doc[m].text == ",")
            k += k < len(doc) and doc[k].lower_ == "et"
            if k == m:
                break
        return towns if len(towns) >= 2 else []

    def _named(self, doc: Doc, start: int, end: int) -> Establishment | None:
        """« le centre pénitentiaire de Granvaux »: the kind, then « de » and a place; a second complement
        may come between (« le centre pénitentiaire et de rééducation de X »)."""
        k = end
        own = self._own_name_end(doc, k)
        if own > k:
            # « le collège Louise-Michel de X », « le lycée Victor-Hugo »: the establishment's own name, then its town
            town = self._town_end(doc, own)
            return Establishment(start, town, _capitalised(clean_spaces(doc[start:town].text)))
        region = self._apposed_region_end(doc, start, end)
        if region > end:
            return Establishment(start, region, _capitalised(clean_spaces(doc[start:region].text)))
        if k + 2 < len(doc) and doc[k].lower_ == "et" and second_complement(doc, k + 1):
            k += 3
            while k < len(doc) and doc[k].pos_ == "ADJ" and doc[k].text.islower():
                k += 1
        # « des » before a place named in the plural (« des Baléares », « des Sables-d'Olonne »)
        if k + 1 >= len(doc) or doc[k].lower_ not in {"de", "d'", "d’", "du", "des"} or "\n" in doc[k - 1].whitespace_:
            return None
        k += 1
        if doc[k].lower_ in DETS and k + 1 < len(doc):
            k += 1
        if not is_cap(doc[k]) or is_acronym(doc[k].text) or doc[k].text in self.lexicon.org_heads:
            return None
        m = place_name_end(doc, k, self.lexicon)
        if m <= k:
            return None
        return Establishment(start, m, _capitalised(clean_spaces(doc[start:m].text)))

    def _apposed_region_end(self, doc: Doc, start: int, end: int) -> int:
        """« la chambre régionale des comptes Grand Est »: a regional kind takes its region's name right
        after it, with no « de »; where that name ends (end when none)."""
        if end >= len(doc) or not any(t.lower_ in self.region_levels for t in doc[start:end]) \
                or not is_cap(doc[end]) or is_acronym(doc[end].text) or doc[end].text in self.lexicon.org_heads:
            return end
        m = _whole_compound(doc, place_name_end(doc, end, self.lexicon))
        return m if is_place(doc[end], self.lexicon.places) or "-" in doc[end:m].text else end

    def _own_name_end(self, doc: Doc, k: int) -> int:
        """Where an establishment's own name right after its kind ends (k when none): a hyphenated
        capitalised compound (« Jules-Verne »), no place, acronym or head word."""
        if k >= len(doc) or not is_cap(doc[k]) or is_acronym(doc[k].text) or doc[k].text in self.lexicon.org_heads:
            return k
        if "-" in doc[k].text[1:-1] and not is_place(doc[k], self.lexicon.places):
            return k + 1
        # split by the tokenizer: a first name, a place alone, is a part of the compound (« Victor-Hugo »)
        return _whole_compound(doc, k + 1) if compound_end(doc, k + 1) > k + 1 else k

    def _town_end(self, doc: Doc, k: int) -> int:
        """Where « de <town> » after an establishment's own name ends (k when none)."""
        if k + 1 >= len(doc) or doc[k].lower_ not in {"de", "d'", "d’"} or not is_cap(doc[k + 1]) \
                or is_acronym(doc[k + 1].text) or doc[k + 1].text in self.lexicon.org_heads:
            return k
        return max(k, place_name_end(doc, k + 1, self.lexicon))

    @staticmethod
    def _named_before(doc: Doc, start: int, end: int, found: list[Establishment]) -> Establishment | None:
        """« Au centre pénitentiaire, … » after « le centre pénitentiaire de X »: that one again."""
        kind = name_key(doc[start:end].text)
        for other in found:
            if other.start < start and name_key(other.name).startswith(kind + " "):
                return Establishment(start, end, other.name, [_capitalised(clean_spaces(doc[start:end].text))])
        return None

    def _shared_town(self, doc: Doc, start: int, end: int) -> Establishment | None:
        """« le commandant de la compagnie de gendarmerie et le commissaire de police de X »: joined by « et »
        to a second lower-case post or kind, the kind shares the town that closes the second."""
        if end + 2 >= len(doc) or doc[end].lower_ != "et" or doc[end + 1].lower_ not in DEFINITE:
            return None
        for k in range(end + 2, min(len(doc) - 1, end + 8)):
            if not doc[k].text.islower() or not doc[k].is_alpha:
                return None
            nxt = doc[k + 1]
            if doc[k].lower_ in {"de", "d'", "d’"} and k > end + 3 and is_cap(nxt) and not is_acronym(nxt.text) \
                    and nxt.text not in self.lexicon.org_heads and nxt.ent_type_ != "PER":
                town = doc[k + 1:place_name_end(doc, k + 1, self.lexicon)].text
                if not town:
                    return None
                return Establishment(start, end, f"{_capitalised(clean_spaces(doc[start:end].text))} {of_town(town)}{town}")
        return None

    def _of_the_town(self, doc: Doc, start: int, end: int) -> Establishment | None:
        """« s'est rendu à X, où il a visité le tribunal judiciaire »: the court of the town the sentence
        names before it."""
        if name_key(doc[start:end].text) in self.named_only:
            return None  # « le collège », one of a town's many
        sent = doc[start].sent
        for k in range(start - 1, sent.start, -1):
            if doc[k - 1].lower_ == "à" and is_cap(doc[k]) and is_place(doc[k], self.lexicon.places):
                town = doc[k:place_name_end(doc, k, self.lexicon)].text
                kind = _capitalised(clean_spaces(doc[start:end].text))
                return Establishment(start, end, f"{kind} {of_town(town)}{town}", [kind])
        return None


def _list_entry(doc: Doc, start: int) -> bool:
    """« - Prison de X » on a line of its own: a list's entry names the establishment without an article."""
    if not doc[start].text[:1].isupper():
        return False
    k = start - 1 if start and doc[start - 1].text in BULLETS else start
    return k == 0 or "\n" in doc[k - 1].whitespace_ or "\n" in doc[k - 1].text


def plural_of_kind(kind: str) -> str:
    """« centre pénitentiaire » → « centres pénitentiaires », « tribunal de commerce » → « tribunaux de
    commerce »: the head noun and its adjectives take the plural, the complement does not."""
    words = kind.split()
    out = []
    for k, word in enumerate(words):
        if word in {"de", "pour"} or "'" in word or (k and out[-1] in {"de", "pour"}) or word.startswith("d'"):
            out.extend(words[k:])
            break
        out.append(_plural_word(word))
    return " ".join(out)


def _plural_word(word: str) -> str:
    if word.endswith(("s", "x", "z")):
        return word
    if word.endswith("al"):
        return word[:-2] + "aux"
    if word.endswith("eau"):
        return word + "x"
    return word + "s"


def _capitalised(name: str) -> str:
    return name[:1].upper() + name[1:]


def of_town(town: str) -> str:
    """« de » before a town's name, elided before a vowel or a mute h (« d'Andenne », « de Ciney »)."""
    return "d'" if town[:1].lower() in "aeiouyéèêàâîôh" else "de "


def _whole_compound(doc: Doc, k: int) -> int:
    """Where a compound name going on at token k ends, however many hyphens join it (« Auvergne-Rhône-Alpes »)."""
    while compound_end(doc, k) > k:
        k = compound_end(doc, k)
    return k
