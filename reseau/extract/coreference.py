"""Resolution inside one document: one record per organization and per person.

Organizations join on a shared name, acronym or alias (compared without accents, case
or articles), on a truncated name that only one longer name starts with, and on long
names that differ by a letter or by a doubled letter. People join on their full name; a first name or a
surname alone joins the full name it belongs to, the nearest one written before it.

It lives in extract, not resolve: roles and activities are assembled per document from
these clusters, so the document's records cannot exist before them; resolve only
compares those records with the register.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from rapidfuzz import fuzz

from reseau.extract.facts import ItemFacts, OrgSpan, PersonSpan
from reseau.extract.lexicon import load_lexicon
from reseau.extract.tokens import initials_match
from reseau.names import name_key, strip_accents


@dataclass
class OrgCluster:
    """Mentions of one organization across the document."""

    spans: list[tuple[int, OrgSpan]] = field(default_factory=list)  # (item offset, span)

    def keys(self) -> set[str]:
        keys = set()
        for _, s in self.spans:
            keys.update(k for k in (name_key(s.name), name_key(s.acronym), *map(name_key, s.aliases)) if k)
        return keys

    def best_name(self) -> str:
        defined = [s.name for _, s in self.spans if s.acronym and s.name != s.acronym]
        names = defined or [s.name for _, s in self.spans if s.name != s.acronym] or [self.spans[0][1].name]
        # The most complete form: longest, then most frequent.
        counts = Counter(names)
        return max(counts, key=lambda n: (len(n.split()), counts[n]))

    def acronym(self) -> str | None:
        acronyms = Counter(s.acronym for _, s in self.spans if s.acronym)
        return acronyms.most_common(1)[0][0] if acronyms else None


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, a: int, b: int) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


def cluster_organizations(items: list[tuple[int, ItemFacts]]) -> tuple[list[OrgCluster], dict[tuple[int, int], int]]:
    """Group the organization mentions of all items; map (item number, span index) to a cluster."""
    flat: list[tuple[int, int, int, OrgSpan]] = []
    for n, (offset, facts) in enumerate(items):
        for i, span in enumerate(facts.orgs):
            flat.append((n, i, offset, span))
    uf = _UnionFind(len(flat))
    owner: dict[str, int] = {}
    for idx, (_, _, _, span) in enumerate(flat):
        for key in (name_key(span.name), name_key(span.acronym), *map(name_key, span.aliases)):
            if not key:
                continue
            if key in owner:
                uf.union(idx, owner[key])
            else:
                owner[key] = idx
    _join_truncated_and_fuzzy(flat, uf)
    _join_general_directorates(flat, uf)
    _join_local_councils(flat, uf)
    _join_acronyms_by_initials(flat, uf)
    roots: dict[int, OrgCluster] = {}
    where: dict[tuple[int, int], int] = {}
    order: list[int] = []
    for idx, (n, i, offset, span) in enumerate(flat):
        root = uf.find(idx)
        if root not in roots:
            roots[root] = OrgCluster()
            order.append(root)
        roots[root].spans.append((offset, span))
    index = {root: k for k, root in enumerate(order)}
    for idx, (n, i, _, _) in enumerate(flat):
        where[(n, i)] = index[uf.find(idx)]
    return [roots[r] for r in order], where


def _join_truncated_and_fuzzy(flat: list, uf: _UnionFind) -> None:
    names = {}
    for idx, (_, _, _, span) in enumerate(flat):
        if span.name != span.acronym:
            names.setdefault(name_key(span.name), idx)
    keys = list(names)
    styled = {k: _without_state_style(k) for k in keys}
    # « le ministre de la Sécurité publique du Canada » is « Sécurité publique Canada » where the document names
    # that department so; the bare « ministère de la Sécurité publique » beside them is then another (a province's)
    own_named = _departments_named_apart({key: flat[idx][3].name for key, idx in names.items()})
    for ministry, department in own_named.items():
        uf.union(names[ministry], names[department])
    bare = {_bare_ministry(k) for k in own_named}
    for key in keys:
        # « Mission permanente de Madagascar » in « Mission permanente de la République de Madagascar auprès … »
        if key in bare:
            continue
        longer = [k for k in keys if k != key and (k.startswith(key + " ") or styled[k].startswith(styled[key] + " "))]
        if len({uf.find(names[k]) for k in longer}) == 1:
            uf.union(names[key], names[longer[0]])
    written = dict(names)  # names and aliases: « Gendarmerie ivoirienne » is also « … de la Côte d'Ivoire »
    for idx, (_, _, _, span) in enumerate(flat):
        for alias in span.aliases:
            written.setdefault(name_key(alias), idx)
    forms = {key: _written_as(key, names[key], written) for key in keys}
    for key in keys:
        # « École de police » in « École provinciale de police »: the same body, an adjective left out.
        longer = [k for k in keys if k != key and any(_shortened(a, k) for a in forms[key])]
        if len({uf.find(names[k]) for k in longer}) == 1:
            uf.union(names[key], names[longer[0]])
    originals = {key: flat[idx][3].name for key, idx in names.items()}
    for key in keys:
        # « Groupement de la Haute-Brie » in « Groupement de gendarmerie départementale de la Haute-Brie »
        longer = [k for k in keys if k != key and _complement_left_out(originals[key], originals[k])]
        if len({uf.find(names[k]) for k in longer}) == 1:
            uf.union(names[key], names[longer[0]])
    for key in keys:
        # « Ministère de la Santé » (from « la ministre de la Santé ») is « Santé Canada »: a department
        # named by its domain and its country.
        department = [k for k in keys if k != key and _department_of(originals[key], originals[k])]
        if key in bare:
            continue
        if len(department) == 1:
            uf.union(names[key], names[department[0]])
    for a in range(len(keys)):
        for b in range(a + 1, len(keys)):
            ka, kb = keys[a], keys[b]
            short = min(len(ka.split()), len(kb.split()))
            # « Marine nationnale »: a slip of one letter in a name of two words or more.
            if _names_another_place(originals[ka], originals[kb]):
                continue  # « … du Var » and « … du Gard » are two bodies, however alike
            if (short >= 4 and fuzz.ratio(ka, kb) >= 95) or (short >= 2 and ka.split()[0] == kb.split()[0]
                                                             and fuzz.ratio(ka, kb) >= 96 and abs(len(ka) - len(kb)) <= 1):
                uf.union(names[ka], names[kb])
    # « Marine nationnale » is « Marine nationale »: a doubled letter is the commonest slip of the pen.
    undoubled: dict[str, str] = {}
    for key in keys:
        if len(key.split()) < 2:
            continue
        plain = re.sub(r"(\w)\1+", r"\1", key)
        if plain in undoubled:
            uf.union(names[key], names[undoubled[plain]])
        else:
            undoubled[plain] = key


# « Direction générale de la Police nationale »: the directorate of a force, named with the force it directs
GENERAL_DIRECTORATE = re.compile(r"^direction generale (?:de la |de l |du |des |de |d )")


def _join_general_directorates(flat: list, uf: _UnionFind) -> None:
    """« la Direction générale de la Police nationale » and « la Police nationale » are one record: the
    general directorate is how a national force or service is named as a body."""
    names: dict[str, int] = {}
    for idx, (_, _, _, span) in enumerate(flat):
        if span.name != span.acronym:
            names.setdefault(name_key(span.name), idx)
    for key, idx in names.items():
        match = GENERAL_DIRECTORATE.match(key)
        bare = key[match.end():] if match else None
        if bare in names and not _joined_to_longer(bare, names, uf):
            uf.union(idx, names[bare])


# « le Conseil départemental du Cantal » is the assembly by which « le Département du Cantal » acts, as a
# regional council is its region's: French writes either for the one local authority.
LOCAL_COUNCIL = re.compile(r"^conseil (departemental|regional) ((?:de|du|des) .+)$")


def _join_local_councils(flat: list, uf: _UnionFind) -> None:
    """« le Conseil départemental de X » and « le Département de X » (« le Conseil régional de Y » and
    « la Région Y ») are one record."""
    names: dict[str, int] = {}
    for idx, (_, _, _, span) in enumerate(flat):
        names.setdefault(name_key(span.name), idx)
    for key, idx in names.items():
        match = LOCAL_COUNCIL.match(key)
        if match is None:
            continue
        authority = "departement" if match.group(1) == "departemental" else "region"
        place = match.group(2)
        for other in (f"{authority} {place}", f"{authority} {place.split(' ', 1)[1]}"):
            if other in names:
                uf.union(idx, names[other])


def _joined_to_longer(bare: str, names: dict[str, int], uf: _UnionFind) -> bool:
    """« Police nationale » already read as the short form of « Police nationale du Bénin »: another body."""
    root = uf.find(names[bare])
    return any(key.startswith(bare + " ") and uf.find(idx) == root for key, idx in names.items())


# « la République de », « du Royaume du »: a state's style before its name, left out as often as written.
STATE_STYLE = re.compile(r"\b(?:la |le )?(?:republique|royaume|principaute|grand duche|etat) (?:de la |de l |du |des |de |d )")


def _without_state_style(key: str) -> str:
    """A name's key with a state's style before the country left out, « du » read as « de »."""
    return re.sub(r"\b(?:du|des|d)\b", "de", STATE_STYLE.sub("", key))


def _join_acronyms_by_initials(flat: list, uf: _UnionFind) -> None:
    """« MSPC » alone in a credit is the « Ministère de la Sécurité et de la Protection civile » of another
    item: an acronym of three letters or more whose initials spell one long name of the document, and one only."""
    # By distinct name and by cluster, not by mention: an archive of thousands of items repeats them all.
    roots_of: dict[str, set[int]] = {}
    for idx, (_, _, _, span) in enumerate(flat):
        if span.name != span.acronym and len(span.name.split()) >= 3:
            roots_of.setdefault(span.name, set()).add(uf.find(idx))
    with_long_name = {root for roots in roots_of.values() for root in roots}
    spells: dict[str, list[str]] = {}
    for idx, (_, _, _, span) in enumerate(flat):
        if not span.acronym or span.name != span.acronym or len(span.acronym) < 3 or uf.find(idx) in with_long_name:
            continue
        if span.acronym not in spells:
            spells[span.acronym] = [name for name in roots_of if initials_match(span.acronym, name.split())]
        spelled = set()
        for name in spells[span.acronym]:
            roots_of[name] = {uf.find(root) for root in roots_of[name]}
            spelled |= roots_of[name]
        if len(spelled) == 1:
            uf.union(idx, spelled.pop())
            with_long_name.add(uf.find(idx))


MINISTRY = re.compile(r"^Ministère (?:de la |de l['’]|du |des )(?P<domain>.+)$")


def _department_of(ministry: str, name: str) -> bool:
    """Whether ``name`` is the domain of ``ministry`` then a country (« Santé Canada » for « Ministère de la Santé »)."""
    from reseau.extract.lexicon import load_lexicon

    m = MINISTRY.match(ministry)
    if m is None or not name.startswith(m.group("domain") + " "):
        return False
    return load_lexicon().places.get(name[len(m.group("domain")) + 1:]) == "country"


COUNTRY_OF_MINISTRY = re.compile(r"^(?P<domain>.+) (?:du|de la|de l['’]|des|de) (?P<country>[^ ].+)$")


def _departments_named_apart(originals: dict[str, str]) -> dict[str, str]:
    """Key of « Ministère de D du C » → key of « D C », when the document writes both (a federal department's
    applied title: « Sécurité publique Canada »)."""
    from reseau.extract.lexicon import load_lexicon

    by_name = {name: key for key, name in originals.items()}
    found = {}
    for key, name in originals.items():
        m = MINISTRY.match(name)
        inner = COUNTRY_OF_MINISTRY.match(m.group("domain")) if m else None
        if inner is None or load_lexicon().places.get(inner.group("country")) != "country":
            continue
        applied = by_name.get(f"{inner.group('domain')} {inner.group('country')}")
        if applied is not None:
            found[key] = applied
    return found


def _bare_ministry(key: str) -> str:
    """« ministere de la securite publique du canada » → « ministere de la securite publique »."""
    return re.sub(r" (?:du|de la|de l|des|de) [^ ]+$", "", key)


def _names_another_place(a: str, b: str) -> bool:
    """Whether the words two names do not share include a capitalised one: a proper name, not a slip."""
    words_a, words_b = set(a.split()), set(b.split())
    return any(w[:1].isupper() for w in words_a ^ words_b)


def _written_as(key: str, idx: int, written: dict[str, int]) -> list[str]:
    """The key of a name and those of its aliases."""
    return [key] + [k for k, i in written.items() if i == idx and k != key]


LITTLE_WORDS = {"de", "du", "des", "la", "le", "les", "l", "d", "a", "au", "aux", "en"}


def _complement_left_out(short: str, long: str) -> bool:
    """Whether ``short`` is its head word and its place (« Groupement de la Haute-Brie ») and ``long`` the
    same with lower-case words between them (« Groupement de gendarmerie départementale de la Haute-Brie »):
    a common complement left out, not another proper name (« Université du Québec à Granby »)."""
    s = [w for w in short.split() if w.lower() not in LITTLE_WORDS]
    full = [w for w in long.split() if w.lower() not in LITTLE_WORDS]
    if len(s) != 2 or len(full) <= 2 or not s[1][:1].isupper():
        return False
    tail = full[-1:]
    middle = full[1:-1]
    return name_key(s[0]) == name_key(full[0]) and name_key(s[1]) == name_key(tail[0]) \
        and all(w[:1].islower() for w in middle)


def _shortened(short: str, long: str) -> bool:
    """Whether ``short`` is ``long`` with one or two adjectives left out (« École de police » in
    « École provinciale de police »): its first word kept, and each word left out glued to the noun
    before it rather than a complement of its own (« Université du Québec à Montréal » is another)."""
    s = [w for w in short.split() if w not in LITTLE_WORDS]
    full = long.split()
    words = [w for w in full if w not in LITTLE_WORDS]
    if len(s) < 2 or not 1 <= len(words) - len(s) <= 2 or s[0] != words[0]:
        return False
    k = 0
    for i, w in enumerate(full):
        if w in LITTLE_WORDS:
            continue
        if k < len(s) and w == s[k]:
            k += 1
        elif i == 0 or full[i - 1] in LITTLE_WORDS:
            return False  # a word of its own complement, not an adjective
    return k == len(s)


def person_key(name: str) -> str:
    """The comparison key of a person's name."""
    return name_key(name)


@dataclass
class PersonCluster:
    """Mentions of one person across the document."""

    name: str
    spans: list[tuple[int, PersonSpan]] = field(default_factory=list)


def cluster_people(items: list[tuple[int, ItemFacts]]) -> tuple[list[PersonCluster], dict[tuple[int, int], int]]:
    """Group person mentions; a partial name goes to the nearest full name before it that it fits."""
    clusters: list[PersonCluster] = []
    by_key: dict[str, int] = {}
    where: dict[tuple[int, int], int] = {}

    def join(n: int, i: int, offset: int, span: PersonSpan, c: int | None = None) -> None:
        if c is None:
            # « DIALLO Ousmane » and « Ousmane DIALLO » are one person, whatever the order
            key = " ".join(sorted(person_key(span.name).split()))
            if key not in by_key:
                by_key[key] = len(clusters)
                clusters.append(PersonCluster(span.name))
            c = by_key[key]
            if not span.surname_first and all(s.surname_first for _, s in clusters[c].spans):
                clusters[c].name = span.name  # the usual order, where the text also writes it
        clusters[c].spans.append((offset, span))
        where[(n, i)] = c

    pending: list[tuple[int, int, int, PersonSpan]] = []
    civil: list[tuple[int, int, int, PersonSpan]] = []
    for n, (offset, facts) in enumerate(items):
        for i, span in enumerate(facts.people):
            if span.partial:
                pending.append((n, i, offset, span))
            elif len(span.name.split()) >= 2 and (_after_civility(facts.text, span.start) or span.rank
                                                  or _after_title(facts.text, span.start)
                                                  or _initialled(span.name) or _opens_line(facts.text, span.start)):
                # « le général Essono Mba » after « Hervé Essono Mba »: a rank, like a civility, may come
                # before a surname of two words alone
                civil.append((n, i, offset, span))
            else:
                join(n, i, offset, span)
    by_part = _parts(clusters)
    for n, i, offset, span in civil:
        # « M. Ben Ammar » after « Slim Ben Ammar »: a surname of two words, not a new person
        before = [fc for fc in by_part.get(strip_accents(span.name).casefold(), []) if fc[0] <= offset + span.start]
        if before and " ".join(sorted(person_key(span.name).split())) not in by_key:
            join(n, i, offset, span, max(before)[1])
        else:
            join(n, i, offset, span)
            c = where[(n, i)]
            for part in _name_parts(clusters[c].name):  # « Mme A B C D … Mme C D »: both after a civility
                by_part.setdefault(part, []).append((offset + span.start, c))
    by_part = _parts(clusters)
    for n, i, offset, span in pending:
        candidates = by_part.get(strip_accents(span.name).casefold(), [])
        before = [fc for fc in candidates if fc[0] <= offset + span.start]
        if candidates:
            # The full name written before the partial one, nearest first; else the first after it.
            join(n, i, offset, span, max(before)[1] if before else min(candidates)[1])
        elif span.rank:
            join(n, i, offset, span)
    return clusters, where


def _parts(clusters: list[PersonCluster]) -> dict[str, list[tuple[int, int]]]:
    """A first name or surname points at the full names it can be part of, by where each is first written."""
    by_part: dict[str, list[tuple[int, int]]] = {}
    for c, cluster in enumerate(clusters):
        first = min(o + s.start for o, s in cluster.spans)
        for part in _name_parts(cluster.name):
            by_part.setdefault(part, []).append((first, c))
    return by_part


def _name_parts(name: str) -> set[str]:
    """The parts of a full name that may stand for it: a first name, a surname, initials with the surname."""
    words = strip_accents(name).casefold().split()
    # « Mme Diop Sall » after « Awa Mariama Diop Sall »: a surname of several words after several given names
    parts = {words[0], words[-1], *(" ".join(words[k:]) for k in range(1, len(words) - 1))}
    for k in range(len(words) - 1):
        # « A. B. SOW » signing after « Alassane Boubacar SOW » (« M. » may be read as the civility)
        parts.add(" ".join([*(w[0] + "." for w in words[k:-1]), words[-1]]))
    hyphenated = strip_accents(name).casefold().replace("-", " ").split()
    parts.update({hyphenated[0], hyphenated[-1]})
    return parts


def _initialled(name: str) -> bool:
    """« C. T. Fall »: given names written as initials, the surname whole (a signature)."""
    words = name.split()
    return len(words) >= 2 and all(len(w) == 2 and w.endswith(".") for w in words[:-1]) and len(words[-1]) > 2


def _after_civility(text: str, at: int) -> bool:
    """The name follows « M. », « Mme », « Monsieur »…: what follows may be a surname alone."""
    words = text[max(0, at - 12):at].split()
    return bool(words) and words[-1].lower() in load_lexicon().honorifics


def _after_title(text: str, at: int) -> bool:
    """« le ministre Kamil Osmane » after « M. Anwar Kamil Osmane »: a bare title before a name, like a
    civility, may come before a surname of two words alone."""
    words = text[max(0, at - 24):at].split()
    return bool(words) and words[-1].lower() in load_lexicon().titles


def _opens_line(text: str, at: int) -> bool:
    """« Le Président / Maïga Touré » under a communiqué: a name opening its line, where the model often leaves
    the first name out, may be the end of a full name written before (a signature)."""
    before = text[text.rfind("\n", 0, at) + 1:at].split()  # the first name the model left out, if any
    return len(before) <= 1 and all(w[:1].isupper() and w.isalpha() for w in before)
