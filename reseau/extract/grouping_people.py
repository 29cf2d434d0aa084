"""Who takes part in a clause's activity, for the grouping of an item's activities.

Participants are those of the clause: never someone named inside a quotation, nor the
speaker a quotation is given to (« », a déclaré X »); after a verb, those named before a
relative clause that starts another matter. A title told without a name (« la ministre »)
stands for the one person of the document who holds it. The publisher takes part where
the text says so: named, through its staff, or as « nous ».
"""

from __future__ import annotations

import re
from dataclasses import replace

from reseau.extract.assemble import title_holders
from reseau.extract.facts import Clause
from reseau.extract.grouping_cues import presence_list
from reseau.extract.quotations import inside, spoken_by
from reseau.extract.tokens import BULLETS
from reseau.extract.topics import fold

PRONOUN_SUBJECT = re.compile(r"(?:^|[,;]\s*|\s)(?:il|elle)\s+(?:a|s'est|s’est|avait|est|se)\b", re.I)
SENTENCE_STOP = re.compile(r"[.;\n]")
ESCORTED = re.compile(r"\s*(?:Accompagnée?s?|Entourée?s?|Escortée?s?)\s+(?:de|du|des|d['’])[^;]{3,300}?,\s*(?=(?:il|elle|ils|elles)\s)", re.I)
SENTENCE_END = re.compile(r"(?<!\bM)(?<!\bMe)(?<!\bMM)(?<!\bMme)(?<!\bDr)(?<!\bPr)(?<!\b[A-Z])[.!?](?=\s)|\n")
# « le ministre a été accueilli par la présidente, Mme X »: a verb between a title and a name, the title is another's
TOLD_BETWEEN = re.compile(r"\b(?:a|ont|est|sont|ete|par|avec|aupres|qui)\b")
# « dans le centre », « la nouvelle maison »: a body recalled by the first word of its name (folded text)
BODY_BY_HEAD = re.compile(r"\s*\b(?:le|la|les|du|au|aux|ce|cet|cette)\s+(?:nouveau\s+|nouvel\s+|nouvelle\s+)?(?P<head>[a-z-]{4,})\b")
LEAD_IN_DASH = re.compile(r"[^.;\n–—]{1,80}?\s[–—]\s*")
OBJECT_RELATIVE = re.compile(r"[,;]?\s\b(?:qui|dont|où|lorsque|quand)\b", re.I)
# the label opening a speaker's turn in a debate's transcript: « Mme Dupré (Anne) : », « M. Roy : »,
# « Le Président (M. Roy) : »; the speaker's « nous » is the speaker's body, not the publisher of the record
SPEAKER_TURN = re.compile(r"[ \t]*(?:(?:M\.|Mme|Mlle|Me|Dr|Dre)\s+(?P<surname>[A-ZÀ-Ý][\w'’-]+)(?:\s+\((?P<first>[A-ZÀ-Ý][\w'’ -]{1,30})\))?"
                          r"|(?:Le|La)\s+[A-ZÀ-Ý]\w+\s+\((?:M\.|Mme)\s+(?P<chair>[A-ZÀ-Ý][\w'’-]+)\))\s*:\s")


class WhoTakesPart:
    """The participants of an item's clauses; mixed into the item's grouper, whose facts it reads."""

    def participants(self, clause: Clause, after: int | None = None) -> tuple[list[int], list[int]]:
        lo = clause.start if after is None else max(clause.start, after)
        hi = clause.end if after is None else self._before_relative(clause, after)
        people, orgs = [], []
        for i, span in enumerate(self.facts.people):
            p = self.reg.person_of.get((self.n, i))
            if p is not None and lo <= span.start < hi and p not in people and self.takes_part(span.start):
                people.append(p)
        for i, span in enumerate(self.facts.orgs):
            o = self.reg.org_of.get((self.n, i))
            if o is not None and lo <= span.start < hi and o not in orgs and self.takes_part(span.start):
                orgs.append(o)
        for ref in self.facts.title_refs:
            if lo <= ref.start < hi and self.takes_part(ref.start):
                org = self.reg.org_of.get((self.n, ref.org)) if ref.org is not None else None
                label = self.reg.organizations[org].label if org is not None else None
                holders = title_holders(self.reg, ref.title, label, before=self.offset + ref.start) or self.named_with(ref) \
                    or self.titled_subject(ref)
                if len(holders) == 1 and holders[0] not in people:
                    people.append(holders[0])
        recalled, bodies = self.newcomers(lo, hi)
        people += [p for p in recalled if p not in people]
        orgs += [o for o in bodies if o not in orgs]
        return people, orgs

    def newcomers(self, lo: int, hi: int) -> tuple[list[int], list[int]]:
        """« entre le nouveau chef de corps et les autorités »: the one person the item appointed to that
        post before (« a désigné X pour assurer la fonction de chef de corps »); « le nouveau DY »: the one
        put at the head of the body named by that acronym before, and that body."""
        found: list[int] = []
        bodies: list[int] = []
        for m in self.newcomer.finditer(self.folded, lo, hi):
            words = re.split(r"\s+", re.split(r"[,;.()]|\bet\b", self.folded[m.end():hi], maxsplit=1)[0].strip())[:4]
            for n in range(len(words), 0, -1):
                post = " ".join(words[:n])
                if len(post) < 4 or not self.takes_part(m.start()):
                    continue
                held = [p for d in self.drafts[self.item_start:] if d.kind == "hire" and d.start < self.offset + lo
                        and re.search(rf"\b{re.escape(post)}\b", fold(d.summary)) for p in d.people]
                if held:
                    found += held if len(set(held)) == 1 else []
                    break
            else:
                head, body = self.put_at_head(words[0], m.start()) if words else ([], [])
                found, bodies = found + head, bodies + body
        return list(dict.fromkeys(found)), bodies

    def put_at_head(self, post: str, before: int) -> tuple[list[int], list[int]]:
        """« X est à la tête de la Direction de Y (DY) » then « le nouveau DY »: the one person of the
        sentence that named the body by that acronym, and the body, when no appointment of the item told the post."""
        if not post.isalpha() or len(post) < 3:
            return [], []
        at = next((m.start() for m in re.finditer(rf"\({re.escape(post)}\)", self.folded[:before])), None)
        clause = next((c for c in self.facts.clauses if at is not None and c.start <= at < c.end), None)
        if clause is None:
            return [], []
        named = {p for i, span in enumerate(self.facts.people) if clause.start <= span.start < at
                 and (p := self.reg.person_of.get((self.n, i))) is not None}
        body = [o for i, span in enumerate(self.facts.orgs) if span.start < at + 1 < span.end + len(post) + 3
                and (o := self.reg.org_of.get((self.n, i))) is not None][:1]
        return (list(named), body) if len(named) == 1 else ([], [])

    def named_with(self, ref) -> list[int]:
        """The one person named earlier beside the words of a title recalled bare: « X, garde des
        Sceaux, ministre de la Justice, … » then « le ministre »; « Monsieur le Ministre de …, M. X »
        then « Monsieur le Ministre ». For people whose role did not keep that title."""
        title = re.compile(rf"\b{re.escape(fold(ref.title))}\b")
        folded = self.folded
        spans = sorted((span.start, span.end, p) for i, span in enumerate(self.facts.people)
                       if (p := self.reg.person_of.get((self.n, i))) is not None)
        found: set[int] = set()
        for k, (start, end, p) in enumerate(spans):
            if start >= ref.start:
                break
            lo = max(spans[k - 1][1] if k else 0, self._sentence_start(start))
            # the title told beside the name, not the recalled title itself (« X, et avec Y, par la doyenne »)
            hi = min(spans[k + 1][0] if k + 1 < len(spans) else len(folded), end + 80, ref.start)
            after = folded[end:hi]
            stop = SENTENCE_STOP.search(after)
            after = after[:stop.start()] if stop else after
            before = [m for m in title.finditer(folded, lo, start) if not TOLD_BETWEEN.search(folded, m.end(), start)]
            if before or (after.startswith(",") and title.search(after)):
                found.add(p)
        return list(found) if len(found) == 1 else []

    def titled_subject(self, ref) -> list[int]:
        """« La veille, la Ministre d'État avait signé … » under a heading of its own: the one who led an
        activity of the items above, told there with that title before the name."""
        title = re.compile(rf"\b{re.escape(fold(ref.title))}\b")
        for d in reversed(self.drafts[:self.item_start]):
            if d.subject is None:
                continue
            name = fold(self.reg.people[d.subject].name)
            told = fold(self.text[d.start:d.end])
            at = told.find(name)
            if at > 0 and title.search(told, 0, at):
                return [d.subject]
        return []

    def _sentence_start(self, at: int) -> int:
        """Where the sentence holding a position starts (a full stop after « M », « Mme », « Dr » ends none)."""
        ends = [m.end() for m in SENTENCE_END.finditer(self.facts.text, max(0, at - 400), at)]
        return ends[-1] if ends else 0

    def _before_relative(self, clause: Clause, after: int) -> int:
        """Where the words after a verb stop naming its object: « a visité la salle, où le Centre … »."""
        found = OBJECT_RELATIVE.search(self.facts.text, after, clause.end)
        return found.start() if found else clause.end

    def takes_part(self, at: int) -> bool:
        """Not named inside a quotation, nor in the words that give it to its speaker."""
        return not inside(self.quotes, at) and not spoken_by(self.facts.text, at, self.saying)

    def outsiders(self, people: list[int], orgs: list[int]) -> list[int]:
        """People and bodies other than the publisher and its staff (negative ids for bodies)."""
        return [p for p in people if p not in self.reg.staff] + [-1 - o for o in orgs if o != self.publisher]

    def body_recalled_near(self, clause: Clause, publisher_too: bool = False) -> int | None:
        """« • Le ministère investira 2 M$ dans la maison. • Une journée portes ouvertes se tiendra … »: the
        body the announcement or the line before it recalls by the first word of its name, the last named
        before it; not the publisher, unless ``publisher_too``."""
        before = next((c for c in reversed(self.facts.clauses) if c.end <= clause.start), None)
        limit = self.offset + (before.start if before else clause.start)
        # the bodies of the whole text named before, as a list of highlights may be an item of its own
        named = sorted((max(m.start for m in org.mentions if m.start < limit), o) for o, org in enumerate(self.reg.organizations)
                       if (publisher_too or o != self.publisher) and org.name and any(m.start < limit for m in org.mentions))
        heads = {fold(self.reg.organizations[o].name).split()[0]: o for _, o in named}
        window = self.folded[before.start if before else clause.start:clause.end]
        found = [heads[m.group("head")] for m in BODY_BY_HEAD.finditer(window) if m.group("head") in heads]
        return found[-1] if found else None

    def item_orgs(self, before: int) -> list[int]:
        """The bodies the item named before a position (outside quotations)."""
        found = []
        for i, span in enumerate(self.facts.orgs):
            o = self.reg.org_of.get((self.n, i))
            if o is not None and span.start < before and o not in found and not inside(self.quotes, span.start):
                found.append(o)
        return found

    def participants_before(self, clause: Clause, trigger: int) -> list[int]:
        """The people named in the clause before its cue."""
        return [p for i, span in enumerate(self.facts.people)
                if clause.start <= span.start < trigger and (p := self.reg.person_of.get((self.n, i))) is not None]

    def orgs_before(self, clause: Clause, trigger: int) -> list[int]:
        """The bodies named in the clause before its cue."""
        return list(dict.fromkeys(o for i, span in enumerate(self.facts.orgs)
                                  if clause.start <= span.start < trigger and (o := self.reg.org_of.get((self.n, i))) is not None))

    def pronoun_subject(self, clause: Clause, people: list[int]) -> list[int]:
        """« Le lendemain, il a rencontré X »: « il » is the first person of the item's last activity."""
        trigger = clause.trigger if clause.trigger is not None else clause.start
        before = self.facts.text[clause.start:trigger]
        # « Accompagné du Colonel X, il a eu un entretien … »: X goes with the subject, who is still « il »
        escort = ESCORTED.match(self.facts.text, clause.start, trigger)
        named = self.participants_before(replace(clause, start=escort.end()) if escort else clause, trigger)
        if not PRONOUN_SUBJECT.search(before) or any(p not in self.reg.staff for p in named):
            return []
        previous = next((d for d in reversed(self.drafts[self.item_start:]) if d.subject is not None), None)
        return [previous.subject] if previous is not None else []

    def publisher_takes_part(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """The publisher takes part where the text says so: named, through its staff, or as « nous »
        (not a speaker's « nous » in the transcript of a debate it records)."""
        if self.publisher is None:
            return False
        if self.publisher in orgs or any(p in self.reg.staff for p in people):
            return True
        return bool(self.first_person.search(self.facts.text, clause.start, clause.end)) and self.speaker(clause) is None

    def speaker(self, clause: Clause) -> int | None:
        """The person whose turn the clause is in, in the transcript of a debate (« Mme Dupré (Anne) : Nous
        avons signé … »): the label opening its paragraph, resolved to a person of the document."""
        text = self.facts.text
        turn = SPEAKER_TURN.match(text, text.rfind("\n", 0, clause.start) + 1)
        if turn is None:
            return None
        surname = fold(turn.group("surname") or turn.group("chair"))
        first = fold(turn.group("first") or "")
        for k, person in enumerate(self.reg.people):
            words = fold(person.name).split()
            if words and words[-1] == surname and (not first or words[0] == first.split()[0]):
                return k
        return None

    def speaker_takes_part(self, clause: Clause) -> list[int]:
        """« Mme Dupré (Anne) : En février, nous avons signé avec X un protocole … »: the speaker whose « nous »
        tells a gathering held took part in it; one still to come is her body's plan."""
        if clause.future or not self.first_person.search(self.facts.text, clause.start, clause.end):
            return []
        found = self.speaker(clause)
        return [found] if found is not None else []

    def publisher_by_head(self, clause: Clause) -> bool:
        """« L'Observatoire tiendra un séminaire » in the Observatory's own bulletin: the publisher, recalled by the
        first word of its name as the subject before the cue."""
        if self.publisher is None:
            return False
        name = fold(self.reg.organizations[self.publisher].name).split()
        # at the clause's opening, or after the dash of a line's lead-in (« Séminaire « X » – L'Observatoire tiendra »)
        dash = LEAD_IN_DASH.match(self.folded, clause.start, clause.end)
        for start in (clause.start, dash.end() if dash else None):
            subject = BODY_BY_HEAD.match(self.folded, start, clause.end) if start is not None else None
            if name and subject is not None and subject.group("head") == name[0]:
                return True
        return False

    def listed_ahead(self, clause: Clause) -> bool:
        """« Table ronde – Le 2 avril, X présentera … » in the publisher's own list of what is coming: a line led
        by a gathering's noun and a dash, naming no body before its dash, is the publisher's gathering."""
        if self.publisher is None or not clause.future:
            return False
        dash = LEAD_IN_DASH.match(self.folded, clause.start, clause.end)
        if dash is None:
            return False
        lead = set(re.findall(r"\w+", self.folded[clause.start:dash.end()]))
        return bool(lead & self.gathering_nouns) and not self.participants(replace(clause, end=dash.end()))[1]

    def attends(self, clause: Clause) -> bool:
        """« Ont été entendus X », « La police était représentée par Y », « X a pris la parole »:
        who attended the gathering told before, however far into the item."""
        return bool(self.attendance.search(self.facts.text, clause.start, clause.end))

    def roll_called(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """« Autour du préfet étaient réunis : » then one line a person (« – Mme X, présidente de Y ; »): those
        the lines list attended the gathering told before; none of them holds a meeting of their own."""
        text = self.facts.text
        line = text.rfind("\n", 0, clause.start) + 1
        if self.roll_call is not None and text[line:clause.end].lstrip()[:1] in BULLETS:
            self.join(self.roll_call, clause, people, orgs)
            return True
        self.roll_call = None
        current = self.current
        # the line that opens the list ends on its colon and says who attended, after the gathering was told
        if current is not None and current.kind in {"meeting", "event", "agreement"} and current.status == "held" \
                and text[clause.start:clause.end].rstrip().endswith(":") \
                and (self.attends(clause) or presence_list().search(self.folded[clause.start:clause.end].rstrip())):
            self.join(current, clause, people, orgs)
            self.roll_call = current
            return True
        return False
