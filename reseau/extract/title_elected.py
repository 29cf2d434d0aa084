"""The officers of a board told after its election (« l'assemblée a élu un nouveau bureau … A en prend la
présidence ; les deux vice-présidences reviennent à B et à C »): their bare titles are posts in the body that
elected them, not in the university or service each is introduced with (``data/board_elections.tsv``).
"""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import RoleFact
from reseau.extract.lexicon import board_election_words, load_lexicon
from reseau.extract.title_words import DETS, OF, POSSESSIVES
from reseau.extract.word_index import has_word, word_positions

# the role's org_from when the item names no body that elected: the assembly resolves it (masthead, publisher)
ELECTED = "elected"


def tells_election(doc) -> bool:
    """The item says a vote took place (« a élu », « a été réélue »)."""
    return has_word(doc, _votes())


@cache
def _votes() -> frozenset[str]:
    """The words of a vote (cues.json's election participles and verbs), read once."""
    cues = load_lexicon().cues
    return frozenset({*cues["election_participles"], *cues["election_verbs"]})


def electing_body(ctx) -> int | None:
    """The body whose assembly or congress the item speaks of (« l'assemblée générale de l'Association X »)."""
    doc = ctx.doc
    for i in word_positions(doc, board_election_words()["electing"]):
        token = doc[i]
        if token.lower_ not in board_election_words()["electing"] or i in ctx.org_at:
            continue  # « le Conseil des ministres »: a body of its own, not a board
        for k in range(i + 1, min(len(doc), i + 5)):
            if doc[k].is_punct or doc[k].pos_ in {"VERB", "AUX"}:
                break
            if doc[k].lower_ in OF:  # « le conseil d'administration du Réseau »: the last « de » names the body
                m = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in DETS)
                # « l'assemblée générale de Lomé »: where, not whose
                if m in ctx.org_at and ctx.facts.orgs[ctx.org_at[m][0]].name not in ctx.lexicon.places:
                    return ctx.org_at[m][0]
        if i and doc[i - 1].lower_ in POSSESSIVES:
            # « l'Amicale X a renouvelé son bureau »: the board is that of the sentence's subject
            owner = ctx.subject_org(i)
            if owner is None:
                owner = _bracketed_subject(ctx, i)
            if owner is not None:
                return owner
    return None


def _bracketed_subject(ctx, i: int) -> int | None:
    """« l'Amicale des … (AOPG) a renouvelé son bureau » where only the acronym in brackets was read as the body:
    the acronym stands for the subject when a verb follows it in the sentence of token i."""
    doc, sent = ctx.doc, ctx.doc[i].sent
    for start, (index, end) in sorted(ctx.org_at.items()):
        if sent.start < start and end < i and doc[start - 1].text == "(" and doc[end].text == ")" \
                and doc[end + 1].pos_ in {"AUX", "VERB"}:
            return index
    return None


def handed_posts(ctx) -> None:
    """« Les deux vice-présidences reviennent à A, …, et à B »: each person introduced by « à » in the sentence
    holds the post, a bare title whose body the context gives."""
    doc, rows = ctx.doc, board_election_words()
    for i in word_positions(doc, rows["post"]):
        token = doc[i]
        title = rows["post"].get(token.lower_)
        if not title:
            continue
        verb = next((j for j in range(i + 1, min(len(doc), i + 3))
                     if doc[j].lemma_.lower() in rows["gives"] and doc[j].pos_ in {"VERB", "AUX"}), None)
        if verb is None:
            continue
        for p in _introduced_by_a(ctx, verb + 1, token.sent.end):
            if not any(r.person == p and r.title == title for r in ctx.facts.roles):
                ctx.facts.roles.append(RoleFact(p, title, token.idx, token.idx + len(token.text), None, "context"))


def _introduced_by_a(ctx, start: int, end: int) -> list[int]:
    """The people named right after « à » (an article, honorific or rank between) from token start to end."""
    doc, found = ctx.doc, []
    for j in range(start, end):
        if doc[j].lower_ != "à":
            continue
        m = j + 1
        while m < end and (doc[m].lower_ in DETS or doc[m].lower_ in ctx.lexicon.ranks
                           or doc[m].lower_ in ctx.lexicon.honorifics or doc[m].text == "."):
            m += 1
        if m in ctx.person_at:
            found.append(ctx.person_at[m])
    return found


POST_NOUNS = {"poste", "postes", "fonction", "fonctions"}


def held_respectively(ctx) -> None:
    """« A et B occupant respectivement les postes de vice-présidente et de trésorier »: a verb of holding
    (``data/function_verbs.txt``) before « respectivement », then one post each in the names' order, bare titles
    whose body the context gives (the board the item elected)."""
    from reseau.extract.title_appositions import function_verbs
    doc = ctx.doc
    for i in word_positions(doc, "respectivement"):
        token = doc[i]
        if token.lower_ != "respectivement" or i < 2 or doc[i - 1].lemma_.lower() not in function_verbs() \
                and doc[i - 1].lower_ not in _votes():  # « A et B, élus respectivement secrétaire et trésorier »
            continue
        k = i + 1
        if k + 2 < len(doc) and doc[k].lower_ in {"les", "leurs"} and doc[k + 1].lower_ in POST_NOUNS \
                and doc[k + 2].lower_ in OF:
            k += 3
        names = ctx._name_list_before(i - 1 - (doc[i - 2].text == ","))
        for p in names:
            while k < len(doc) and doc[k].lower_ in {",", "et"} | OF:
                k += 1
            n = ctx.title_length(k)
            if not n:
                break
            stop, _, _ = ctx.phrase(k)
            stop = next((j for j in range(k + n, stop) if doc[j].lower_ in {",", "et"}), stop)
            if not any(r.person == p for r in ctx.facts.roles):
                ctx.add_role(p, k, stop, None, "context", stop)
            k = stop


def officers_beside_their_employer(ctx) -> None:
    """« L'Association X a renouvelé son conseil … Elle sera épaulée par M. A (Université Y), vice-président »:
    in an item telling an election, a board officer's bare title written after the body named beside the name
    is a post in the body that elected; of the body beside the name, the officer is a member."""
    from reseau.extract.title_context import is_board_title
    if not any(is_board_title(r.title) for r in ctx.facts.roles) or not tells_election(ctx.doc):
        return
    body = electing_body(ctx)
    if body is None:
        return
    doc, orgs, added = ctx.doc, ctx.facts.orgs, []
    for role in ctx.facts.roles:
        if role.org is None or role.org == body or not is_board_title(role.title):
            continue
        _, name_end = ctx.person_tokens.get(role.person, (None, None))
        if name_end is None or name_end >= len(doc):
            continue
        if doc[name_end].text in {"(", ","} and doc[name_end].idx <= orgs[role.org].start < role.start:
            # the body beside the name is where the officer comes from: a member of it
            officer = RoleFact(role.person, role.title, role.start, role.end, body, "text")
            role.title, role.org_from = "Membre", "text"
            added.append(officer)
    ctx.facts.roles.extend(added)
    _members_in_brackets(ctx, body)


def _members_in_brackets(ctx, body: int) -> None:
    """« - Vice-président : M. A (Cellule X, Ghana) »: among the elected, the body in brackets after a name is the
    one the officer comes from, a member of it."""
    doc = ctx.doc
    for p, (start, end) in ctx.person_tokens.items():
        if end + 1 >= len(doc) or doc[end].text != "(" or end + 1 not in ctx.org_at:
            continue
        org = ctx.org_at[end + 1][0]
        if org == body or not any(r.person == p and r.org == body for r in ctx.facts.roles):
            continue  # only the officers of the electing body
        known = [r for r in ctx.facts.roles if r.person == p and r.org == org]
        for role in known:
            role.title = role.title or "Membre"
        if known:
            continue
        token = doc[end + 1]
        ctx.facts.roles.append(RoleFact(p, "Membre", token.idx, token.idx + len(token.text), org, "text"))
