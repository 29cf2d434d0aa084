"""« X, qui dirige la direction régionale des douanes (DRD) de Y », « X, à la tête de l'Institut Z »: a person
said to lead a body, after the name, holds a title in it (``data/lead_verbs.tsv``). The verb says the object is
a body, so a lower-case head word (« la direction … ») opens its name."""

from __future__ import annotations

from functools import cache

from reseau.extract.facts import OrgSpan, RoleFact
from reseau.extract.lexicon import data_lines, data_pairs
from reseau.extract.title_words import COPULAS, LINKS, POSSESSIVES
from reseau.extract.tokens import DETS, MONTHS, OF, is_acronym
from reseau.names import clean_spaces
from reseau.extract.word_index import word_positions

MAX_GAP = 4  # « qui dirigeait depuis 2021 l'Inspection … »: words of time between the verb and its object
MAX_NAME = 14


@cache
def lead_phrases() -> dict[tuple[str, ...], str]:
    """Words that say a person leads a body (as token tuples, lower case) → the title they give."""
    return {tuple(k.replace("'", "' ").replace("’", "’ ").split()): v for k, v in data_pairs("lead_verbs.tsv").items()}


def leading_roles(ctx) -> None:
    """A role for each person apposed with « qui dirige / à la tête de » and a body, when the person has
    no role in a body yet."""
    for p, (_, end) in ctx.person_tokens.items():
        # a rank's body guessed from the context (« commissaire général ») does not stand for the lead
        if any(r.person == p and r.org is not None and r.org_from == "text" for r in ctx.facts.roles):
            continue
        bracketed, end = _bracketed_body(ctx, end)
        if end >= len(ctx.doc):
            continue
        found = _lead_phrase(ctx, end + 1) if ctx.doc[end].text == "," else _lead_predicate(ctx, end)
        if found is None and ctx.doc[end].text == ",":
            end = _apposed_title_end(ctx, end + 1)  # « X, commissaire général, qui dirigeait … »
            found = _lead_phrase(ctx, end + 1) if end is not None else None
        if found is None:
            continue
        after, title = found
        body = _object_body(ctx, after)
        if body is None and bracketed is not None and _names_again(ctx, after, bracketed):
            body = bracketed, after + 2
        if body is None:
            continue
        org, stop = body
        span = ctx.doc[end + 1:stop]
        ctx.facts.roles.append(RoleFact(p, title, span.start_char, span.end_char, org, "text"))
        comma = _clause_end(ctx.doc, stop)
        if comma is not None:
            ctx.predicate_after(p, comma)  # « X, qui dirige l'Institut Y, devient secrétaire général »


@cache
def relative_phrases() -> dict[tuple[str, ...], str]:
    """Words of a relative clause after a body whose subject is a name (« que dirige », « à la tête duquel »)
    → the title they give, as token tuples in lower case."""
    return {tuple(k.replace("'", "' ").replace("’", "’ ").split()): v for k, v in data_pairs("led_relative.tsv").items()}


def relative_leads(ctx) -> None:
    """« la Direction X, que dirige le colonel Y », « le service Z, à la tête duquel W a pris ses fonctions »: the
    name after the relative words holds the title in the body the clause hangs on."""
    doc = ctx.doc
    for p, (start, _) in ctx.person_tokens.items():
        if any(r.person == p and r.org is not None and r.org_from == "text" for r in ctx.facts.roles):
            continue
        k = ctx._before_civilities(start, p)
        for words, title in relative_phrases().items():
            opens = k - len(words)
            if opens < 2 or tuple(t.lower_ for t in doc[opens:k]) != words or doc[opens - 1].text != ",":
                continue
            body = _body_ending_at(ctx, opens - 1)
            if body is not None:
                span = doc[opens:k]
                ctx.facts.roles.append(RoleFact(p, title, span.start_char, span.end_char, body, "text"))
            break


def _body_ending_at(ctx, comma: int, reach: int = 6) -> int | None:
    """The body whose name, or its acronym in brackets and a place after it, ends right before token comma."""
    doc, best = ctx.doc, None
    for start, (index, stop) in ctx.org_at.items():
        if comma - reach <= stop <= comma and start < comma and (best is None or start > best[0]) \
                and not any(doc[j].pos_ in {"VERB", "AUX"} or j in ctx.person_at for j in range(stop, comma)):
            best = (start, index)
    return best[1] if best else None


def _clause_end(doc, k: int, reach: int = 4) -> int | None:
    """The comma closing a relative clause from token k (« … de Y, » : the body's place may trail its name)."""
    for j in range(k, min(len(doc), k + reach)):
        if doc[j].text == ",":
            return j
        if doc[j].is_punct or doc[j].pos_ in {"VERB", "AUX"}:
            return None
    return None


def _bracketed_body(ctx, end: int) -> tuple[int | None, int]:
    """« la commissaire X (OCRTIS), qui dirige … »: the body in brackets after the name, and the token after them."""
    doc = ctx.doc
    if end + 2 < len(doc) and doc[end].text == "(" and doc[end + 2].text == ")" and end + 1 in ctx.org_at:
        return ctx.org_at[end + 1][0], end + 3
    return None, end


def _names_again(ctx, k: int, org: int) -> bool:
    """« qui dirige l'Office »: an article and the first word of the bracketed body's name speak of it again."""
    doc = ctx.doc
    if k + 1 >= len(doc) or doc[k].lower_ not in DETS or not doc[k + 1].text[:1].isupper():
        return False
    own = ctx.facts.orgs[org]
    keys = {own.name, own.acronym} - {None}
    # the acronym's long form may be written elsewhere in the item
    same = [o for o in ctx.facts.orgs if {o.name, o.acronym} & keys]
    return any(o.name.split()[:1] == [doc[k + 1].text] for o in same if o.name)


def dont_roles(ctx, posts: dict[str, str]) -> None:
    """« l'Agence X, dont le commissaire Y assure la direction »: Y holds the post (``posts_taken.tsv``) in the
    body the relative clause hangs on."""
    doc = ctx.doc
    for p, (start, end) in ctx.person_tokens.items():
        k = start - 1
        while k > 0 and (doc[k].lower_ in DETS or doc[k].lower_ in ctx.lexicon.ranks
                         or doc[k].lower_ in ctx.lexicon.honorifics):
            k -= 1
        if k < 2 or doc[k].lower_ != "dont" or doc[k - 1].text != ",":
            continue
        if end + 2 >= len(doc) or doc[end].lemma_.lower() != "assurer" or doc[end + 1].lower_ not in DETS:
            continue
        title = posts.get(doc[end + 2].lower_)
        held = [i for i, stop in ctx.org_at.values() if stop == k - 1] if title else []
        if not held:
            continue
        span = doc[k:end + 3]
        ctx.facts.roles.append(RoleFact(p, title, span.start_char, span.end_char, held[0], "text"))


def _lead_phrase(ctx, k: int) -> tuple[int, str] | None:
    """(token after the words, title) when the words at token k say the person leads something."""
    doc = ctx.doc
    for words, title in lead_phrases().items():
        n = len(words)
        if k + n <= len(doc) and tuple(t.lower_ for t in doc[k:k + n]) == words:
            return k + n, title
    return None


def _apposed_title_end(ctx, k: int) -> int | None:
    """The comma after a bare title apposed from token k (« commissaire général, »), if there is one."""
    n = ctx.title_length(k)
    return k + n if n and k + n < len(ctx.doc) and ctx.doc[k + n].text == "," else None


def _lead_predicate(ctx, k: int) -> tuple[int, str] | None:
    """« X est depuis mardi à la tête de Y »: the lead said as the sentence's predicate, the verb right after
    the name (words of time may come between). A bare « X dirige Y » is left out: the object is as often a
    unit the item does not count as a body."""
    doc = ctx.doc
    if doc[k].lower_ in COPULAS:
        for j in range(k + 1, min(len(doc), k + MAX_GAP + 2)):
            if doc[j].lower_ == "à":
                return _lead_phrase(ctx, j)
            if doc[j].text in {".", ";", ":"} or j in ctx.person_at or doc[j].pos_ in {"VERB", "AUX"}:
                return None
    return None


def _object_body(ctx, k: int) -> tuple[int, int] | None:
    """The body the verb's object names from token k (after words of time): (organization, token after it)."""
    doc = ctx.doc
    for start in range(k, min(len(doc), k + MAX_GAP + 1)):
        if doc[start].is_punct or start in ctx.person_at:
            return None
        o = start + 1 if doc[start].lower_ in DETS and start + 1 < len(doc) else start
        # « la direction … », or the article in the words before (« à la tête du service … »)
        determined = doc[start].lower_ in DETS or start == k and doc[start - 1].lower_ in {"du", "des"} | OF - {"de"}
        lower = determined and o < len(doc) and doc[o].text.islower() and doc[o].lower_ in ctx.head_words
        if o in ctx.org_at:
            index, stop = ctx.org_at[o]
            longer = _lower_body(ctx, o, index) if lower else None
            # « le service pénitentiaire d'insertion et de probation (SPIP) de X »: the organization reader
            # stopped at « et »; the verb's object runs on
            return longer if longer is not None and longer[1] > stop else (index, stop)
        if lower:
            return _lower_body(ctx, o)
    return None


def _lower_body(ctx, o: int, found: int | None = None) -> tuple[int, int] | None:
    """« la direction interrégionale des services pénitentiaires (DISP) de Y »: the object's words to the
    clause's end, capitalised, with the acronym in brackets inside them (and the shorter body ``found`` there)."""
    doc, j, acronym, absorbed = ctx.doc, o, None, [] if found is None else [found]
    while j < min(len(doc), o + MAX_NAME) and (j not in ctx.person_at or ctx._town_read_as_person(j)):
        t = doc[j]
        if t.lower_ == "et" and j + 2 < len(doc) and doc[j + 1].lower_ in OF and doc[j + 2].text.islower():
            j += 2  # « d'insertion et de probation »: one complement
            continue
        if t.text == "(" and j + 2 < len(doc) and doc[j + 2].text == ")" and is_acronym(doc[j + 1].text):
            acronym = doc[j + 1].text
            if j + 1 in ctx.org_at:
                absorbed.append(ctx.org_at[j + 1][0])
            j += 3
            continue
        if t.is_punct and t.text not in {"-", "'", "’"} or t.pos_ in {"VERB", "AUX", "PRON", "SCONJ", "CCONJ", "NUM"}:
            break
        if t.pos_ == "ADP" and t.lower_ not in LINKS or t.lower_ == "en" and j + 1 < len(doc) and (
                doc[j + 1].like_num or doc[j + 1].lower_ in MONTHS):
            break  # « le service Intervention depuis 2021 »: time, not the name
        j += 1
    if j - o < 2 or doc[j - 1].lower_ in DETS | {"de", "du", "des", "d'", "d’"}:
        return None  # « la direction » alone says no more than the verb
    words = [t.text_with_ws for t in doc[o:j] if not (t.i > o and _in_brackets(doc, t.i, acronym))]
    name = clean_spaces("".join(words))
    span = doc[o:j]
    head = ctx.lexicon.org_heads.get(doc[o].text.capitalize())
    body = ctx._new_org(o, j, OrgSpan(span.start_char, span.end_char, name[:1].upper() + name[1:], acronym=acronym,
                                      kind=head.kind if head else None, source="title"))
    for inner in absorbed:
        if inner != body:
            ctx.absorbed[inner] = body
    return body, j


def _in_brackets(doc, i: int, acronym: str | None) -> bool:
    """Token i is the bracket or the acronym of « (DISP) » inside a name."""
    if acronym is None:
        return False
    return doc[i].text in {"(", ")"} and (doc[i].text == "(" and i + 1 < len(doc) and doc[i + 1].text == acronym
                                          or doc[i].text == ")" and doc[i - 1].text == acronym) or (
        doc[i].text == acronym and doc[i - 1].text == "(")


@cache
def entrust_verbs() -> frozenset[str]:
    """Verbs by which a body hands a post to someone (``data/entrust_verbs.txt``)."""
    return frozenset(data_lines("entrust_verbs.txt"))


def entrusted_roles(ctx, posts: dict[str, str]) -> None:
    """« le conseil a confié la direction des opérations à la commissaire X »: X holds the post (« Directeur des
    opérations »), in the body its complement names, else the one the sentence named before the verb, else the
    page's masthead. ``posts``: the post nouns and their titles (``posts_taken.tsv``)."""
    doc = ctx.doc
    for i in word_positions(doc, posts):
        token = doc[i]
        title = posts.get(token.lower_)
        if title is None or i < 2 or doc[i - 1].lower_ not in DETS or doc[i - 2].lemma_.lower() not in entrust_verbs():
            continue
        end = _complement_end(ctx, i + 1)
        p = _receiver(ctx, end)
        if p is None:
            continue
        k = i + 2 + (i + 2 < len(doc) and doc[i + 2].lower_ in DETS)  # the complement's first word
        named = doc[i + 1].lower_ in OF and k in ctx.org_at  # « la direction de l'Office X »: the body itself
        org = ctx.org_at[k][0] if named else ctx.preceding_org(token.idx, same_sentence=True)
        complement = "" if named else clean_spaces(doc[i + 1:end].text)  # « des opérations »: the post's field
        span = doc[i:end]
        ctx.facts.roles.append(RoleFact(p, f"{title} {complement}".strip(), span.start_char, span.end_char, org,
                                        "text" if org is not None else "masthead"))


def _complement_end(ctx, k: int) -> int:
    """Where the post's complement (« des opérations », « de la logistique ») ends, from token k."""
    doc, j = ctx.doc, k
    while j < len(doc) and not doc[j].is_punct and doc[j].lower_ != "à" and j not in ctx.person_at \
            and doc[j].pos_ not in {"VERB", "AUX"}:
        j += 1
    return j


def _receiver(ctx, k: int) -> int | None:
    """The person « à [la commissaire] X » after token k, in its sentence (a qualifier between commas skipped)."""
    doc = ctx.doc
    for j in range(k, min(len(doc), k + 12)):
        if doc[j].is_sent_start and j > k:
            return None
        if doc[j].lower_ == "à" and not (j + 1 < len(doc) and doc[j + 1].lower_ == "titre"):
            m = j + 1
            while m < len(doc) and (doc[m].lower_ in DETS or doc[m].lower_ in ctx.lexicon.ranks
                                    or doc[m].lower_ in ctx.lexicon.honorifics or doc[m].text == "."):
                m += 1
            return ctx.person_at.get(m)
    return None


def elected_roles(ctx, posts: dict[str, str]) -> None:
    """« les membres de l'Association X ont élu Y, maire de Z, à la présidence de l'association »: Y holds the
    post (``posts_taken.tsv``) in the body named after it, or named again by its head noun, else the one the
    sentence named before the verb."""
    doc = ctx.doc
    for i in word_positions(doc, posts):
        token = doc[i]
        title = posts.get(token.lower_)
        if title is None or i < 3 or doc[i - 1].lower_ not in DETS | POSSESSIVES or doc[i - 2].lower_ != "à":
            continue
        verb = next((j for j in range(i - 3, token.sent.start - 1, -1)
                     if doc[j].lemma_.lower() in entrust_verbs() and doc[j].pos_ in {"VERB", "AUX"}
                     or _act_of_appointing(doc, j)), None)
        people = [p for p, (start, _) in ctx.person_tokens.items() if verb is not None and verb < start < i]
        if not people and verb == i - 3:
            people = _named_after(ctx, i + 1)  # « l'Amicale a élu à sa présidence le commandant X »
        if len(people) != 1 or doc[i - 1].lower_ in POSSESSIVES and verb != i - 3:
            continue
        org = _post_body(ctx, i + 1, token.sent)  # the first body of the item is number 0: not « or »
        if org is None and doc[i - 1].lower_ in POSSESSIVES:
            org = ctx.subject_org(verb)  # « sa présidence »: that of the body that votes
        if org is None:
            org = ctx.preceding_org(doc[verb].idx, same_sentence=True)
        span = doc[i - 2:i + 1]
        ctx.facts.roles.append(RoleFact(people[0], title, span.start_char, span.end_char, org,
                                        "text" if org is not None else "context"))


def chaired_roles(ctx, posts: dict[str, str]) -> None:
    """« Sous la présidence de Mme X (indépendante), le Comité Y s'est penché sur … »: X holds the post
    (« Président ») in the body named right after the comma that ends the phrase."""
    doc = ctx.doc
    for i in word_positions(doc, posts):
        title = posts.get(doc[i].lower_)
        if title is None or i < 2 or doc[i - 1].lower_ != "la" or doc[i - 2].lower_ != "sous" \
                or i + 2 >= len(doc) or doc[i + 1].lower_ not in OF:
            continue
        people = _named_after(ctx, i + 2)
        if not people:
            continue
        p = min(people, key=lambda q: ctx.person_tokens[q][0])
        end = ctx._skip_brackets(ctx.person_tokens[p][1])  # a bracket after the name (« (indépendante) »)
        if end + 1 >= len(doc) or doc[end].text != "," or doc[end].sent != doc[i].sent:
            continue
        k = end + 1 + (doc[end + 1].lower_ in DETS)
        if k in ctx.org_at:
            span = doc[i - 2:i + 1]
            ctx.facts.roles.append(RoleFact(p, title, span.start_char, span.end_char, ctx.org_at[k][0], "text"))


def _act_of_appointing(doc, j: int) -> bool:
    """« la désignation de X à la présidence de Y »: the noun of the act stands for its verb when the person follows
    through « de »."""
    return (doc[j].lower_ in entrust_verbs() and doc[j].pos_ == "NOUN" and j + 1 < len(doc)
            and doc[j + 1].lower_ in OF and j > 0 and doc[j - 1].lower_ in DETS)


def _named_after(ctx, k: int) -> list[int]:
    """The person named from token k, after an article, civilities and a rank (« le commandant X »)."""
    # the person's own rank may be words the rank list holds only joined (« le Sergent-chef X »)
    return [p for p, (start, _) in ctx.person_tokens.items() if k <= start and ctx._before_civilities(start, p) <= k]


def _post_body(ctx, k: int, sent) -> int | None:
    """« de l'Office X », or « de l'association » naming again a body of the sentence by its head noun."""
    doc = ctx.doc
    if k >= len(doc) or doc[k].lower_ not in OF:
        return None
    m = k + 1 + (k + 1 < len(doc) and doc[k + 1].lower_ in DETS)
    if m in ctx.org_at:
        return ctx.org_at[m][0]
    if m >= len(doc) or not doc[m].text.islower():
        return None
    named = [i for i, o in enumerate(ctx.facts.orgs) if sent.start_char <= o.start < doc[m].idx
             and o.name.split()[:1] and o.name.split()[0].lower() == doc[m].lower_]
    return named[-1] if named else None
