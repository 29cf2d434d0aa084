"""The posts an appointment gives and their bodies while an item's activities are grouped: one post a
participle (« A avait été nommé …, et B avait été nommée … »), the authority that appoints (« nommé par
le Conseil X »), the former post told after the hire (« était jusque-là chef de X ») and the body a
newcomer arrives from (« qui arrive du centre Y »).
"""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold

# « reviennent à A, …, et à B »: the preposition told again before each one given a post
SHARED_OUT = re.compile(r"\bet a\s")
# « était jusque-là », « occupait précédemment »: a post held before, told in the imperfect (folded text)
# the clause's own verb, not a relative's (« X, qui dirigeait jusqu'ici Y, a été nommé »)
IMPERFECT_BEFORE = re.compile(r"(?<!qui )\b(?:etait|occupait|dirigeait|exercait|assurait)\s*$")
# « où elle occupait depuis 2021 le poste de X »: a post the appointee held, the pronoun its subject (« poste
# qu'occupait Y », « lequel exerçait » tell someone else's) (folded text)
HELD_POST = re.compile(r"\b(?:il|elle)\s+(?:occupait|exercait)\b")
# « nommé la semaine dernière par le Conseil X »: the authority that appoints, not the body of the post (folded text)
APPOINTED_BY = re.compile(r"\b(?:nomme|designe)(?:e|s|es)?\b[^,.;]{0,40}?\bpar\s+(?:le|la|l'|les)\s*")
# « , nommés par le ministère »: a plural participle in apposition (folded text)
PLURAL_PARTICIPLE = re.compile(r",?\s*(?:\w+\s+){0,2}?(?:nommes|nommees|designes|designees)\b")


@cache
def _origin() -> re.Pattern[str]:
    """« qui arrive du centre Y », « en provenance de la ville de Z » (folded text): where a newcomer comes from;
    not « qui vient d'être nommé »."""
    cues = "|".join(re.escape(fold(c)) for c in load_lexicon().cues["origin_cues"])
    # « qui vient de rejoindre », « qui vient d'intégrer »: a recent past, its infinitive no place of origin
    return re.compile(rf"(?<!\w)(?:{cues})\s+(?:du|des|de|d')(?!\s*'?\s*etre\b)(?!\s*\w+(?:er|ir|re|oir)\b)")


@cache
def passive_appointment() -> re.Pattern[str]:
    """« avait été nommé », « a été élue » (folded text): an appointment told of its own subject."""
    cues = load_lexicon().cues
    aux = "|".join(re.escape(fold(a)) for a in cues["hire_passive_auxiliaries"])
    made = "|".join(re.escape(fold(p)) for p in cues["hire_participles"])
    return re.compile(rf"(?<!\w)(?:{aux})\s+(?:{made})(?!\w)")


@cache
def recruiting() -> re.Pattern[str]:
    """« ont été engagés », « sont entrées en fonction » (folded text): people taken on as staff."""
    words = "|".join(re.escape(fold(w)) for w in load_lexicon().cues["recruiting_words"])
    return re.compile(rf"(?<!\w)(?:{words})(?!\w)")


class PostBodies:
    """Mixed into the item's grouper (through its hire rules), whose facts and drafts it reads."""

    def plural_apposed(self, at: int) -> bool:
        """The participle in apposition at this offset is plural (« , nommés par … »): it tells of all
        those named before it."""
        return PLURAL_PARTICIPLE.match(self.folded, at) is not None

    def arrived_from(self, clause: Clause) -> set[int]:
        """« nous avons nommé à la direction X, qui arrive de la société Y »: the bodies a newcomer comes from,
        named after the words that say so; they are not the body of the hire."""
        origin = _origin().search(self.folded, clause.start, clause.end)
        if origin is None:
            return set()
        comma = self.folded.find(",", origin.end(), clause.end)
        end = comma if comma >= 0 else clause.end  # « X, qui arrive de Y, a été nommé chef de Z »: Z is the post's
        return {o for k, span in enumerate(self.facts.orgs) if origin.start() <= span.start < end
                and (o := self.reg.org_of.get((self.n, k))) is not None}

    def posts(self, clause: Clause, people: list[int]) -> list[list[int]]:
        """The appointees grouped by the post each is given: « la nomination de A au poste de …, de B
        à titre de … et de C comme … », « avec A comme président, B et C comme vice-présidents » are
        one hire per post, as are appointments apart between semicolons. People named after the last
        post go with it."""
        if len(people) < 2:
            return [people]
        text = fold(self.facts.text[clause.start:clause.end])
        if SHARED_OUT.search(text) and self.given_to(text):
            return [[p] for p in people]  # « les deux vice-présidences reviennent à A et à B »: one post each
        if recruiting().search(text):
            return [[p] for p in people]  # « deux agents, A et B, ont été engagés »: staff hired one by one
        if self.posts_respectively(clause):
            return [[p] for p in people]  # « élue présidente, secondée par A et B, respectivement trésorier et … »
        # a semicolon closes one post's appointees (« A et B ont été élus vice-présidents ; C devient … »)
        passive = [clause.start + m.start() for m in passive_appointment().finditer(text)]
        # « A, …, avait été nommé préfet, et B, …, avait été nommée directrice »: a post for each participle
        marks = sorted([clause.start + m.start() for m in self.post_markers.finditer(text)] +
                       [clause.start + m.start() for m in re.finditer(";", text)] + (passive if len(passive) > 1 else []))
        last = len(marks) if marks and self.facts.text[marks[-1]] == ";" else len(marks) - 1
        groups: dict[int, list[int]] = {}
        for i, span in enumerate(self.facts.people):
            p = self.reg.person_of.get((self.n, i))
            if p in people and clause.start <= span.start < clause.end:
                post = next((n for n, at in enumerate(marks) if at > span.start), last)
                if all(p not in g for g in groups.values()):
                    groups.setdefault(post, []).append(p)
        told = [g for _, g in sorted(groups.items())]
        if len(told) < 2:
            return [people]
        rest = [p for p in people if all(p not in g for g in told)]
        return [*told[:-1], [*told[-1], *rest]]


    def former_post_told(self, clause: Clause) -> bool:
        """After the item's hire, an imperfect with « jusque-là », « précédemment » tells the appointee's
        former post (« était jusque-là chef du bureau X »), no other appointment; so does a post one held
        (« où elle occupait depuis 2021 le poste de X »)."""
        if not any(d.kind == "hire" for d in self.drafts[self.item_start:]) or \
                passive_appointment().search(self.folded, clause.start, clause.end):
            return False
        return HELD_POST.search(self.folded, clause.start, clause.end) is not None or \
            any(IMPERFECT_BEFORE.search(self.folded, max(clause.start, m.start() - 20), m.start())
                for m in self.former_post.finditer(self.folded, clause.start, clause.end))


    def bodies_of_posts(self, clause: Clause, groups: list[list[int]], orgs: list[int]) -> list[list[int]]:
        """The bodies of each post: with a participle for each appointee (« A avait été nommé préfet de X,
        et B avait été nommée directrice de Y »), those named from each one's name to the next one's."""
        if len(groups) < 2 or len(passive_appointment().findall(self.folded, clause.start, clause.end)) < 2:
            return [orgs] * len(groups)
        firsts = [min((span.start for i, span in enumerate(self.facts.people) if clause.start <= span.start < clause.end
                       and self.reg.person_of.get((self.n, i)) in group), default=clause.end) for group in groups]
        bounds = [*firsts[1:], clause.end]
        return [[o for i, span in enumerate(self.facts.orgs) if lo <= span.start < hi
                 and (o := self.reg.org_of.get((self.n, i))) in orgs] or orgs for lo, hi in zip(firsts, bounds)]


    def appointing_authority(self, clause: Clause) -> list[int]:
        """The bodies named as the agent of « nommé … par le X »: who appointed, not where."""
        found = APPOINTED_BY.search(self.folded, clause.trigger or clause.start, clause.end)
        if found is None:
            return []
        return [o for i, span in enumerate(self.facts.orgs) if found.end() <= span.start <= found.end() + 2
                and (o := self.reg.org_of.get((self.n, i))) is not None]
