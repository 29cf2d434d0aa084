"""Appointments and elections while an item's activities are grouped: the person appointed
(not the one replaced), the body of the post, the gathering at which it was made, and the
date its own text gives.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reseau.extract.activity_patterns import fronted_participle, hire_noun_by, hire_noun_of
from reseau.extract.calendar import When, resolve
from reseau.extract.facts import Clause
from reseau.extract.grouping_appointees import Appointees
from reseau.extract.grouping_boards import Boards
from reseau.extract.grouping_listed import ListedHires
from reseau.extract.grouping_posts import PostBodies, passive_appointment
from reseau.extract.lexicon import load_lexicon
from reseau.extract.tokens import BULLETS
from reseau.extract.topics import fold

# « a été élue », « a par ailleurs été nommé », « vient d'être désigné »: the appointee is the subject.
PASSIVE = re.compile(r"(?:\S+\s+){0,3}?(?:ete|etre)\s")


@cache
def _fronted() -> re.Pattern[str]:
    """The pattern of an appointment's participle opening a sentence, built once."""
    return fronted_participle(load_lexicon().cues)


@cache
def _noun_of() -> re.Pattern[str]:
    """« la nomination de Me X »: the pattern of an appointment's noun before the one appointed, built once."""
    return hire_noun_of(load_lexicon().cues)


@cache
def _noun_by() -> re.Pattern[str]:
    """« la nomination, par le Président, de M. X »: the pattern of an appointment's maker between commas."""
    return hire_noun_by(load_lexicon().cues)


# « Nous avons désigné …, a déclaré X »: a first person's appointment, then the incise naming who speaks (folded text)
SPEAKER_AFTER_WE = re.compile(r"(?<!\w)(?:nous|vous)\s+(?:avons|avez)\s[^,]*(?P<cut>,)(?P<verb>\s+(?:a|ont|avait)\s+\w+)")
# « avait été nommé »: an appointment told as done before the gathering the item goes on about (folded text)
PLUPERFECT = re.compile(r"\bavai(?:t|ent) ete\s")
# « X, qui a été porté à la tête de … », « X, qui avait été nommé … » after a name
SPEAKER_APPOINTED = re.compile(r"\s*,\s*qui\s+(?:a|avait)\s+été\s")
ORDINAL_WORD = re.compile(r"\d+\s*(?:e|ème|eme|er|re)\s+")
RESPECTIVELY = re.compile(r"(?:,\s*|\s)respectivement\s")  # folded text; searched after the appointing word
# the next sentence gives them one by one (« Ils siégeront respectivement à X et à Y »), folded text
RESPECTIVELY_NEXT = re.compile(r"\s*(?:ils|elles)\s[^.;]{0,60}?\brespectivement\s")


@cache
def _board_renewal() -> re.Pattern[str]:
    """« a renouvelé son bureau », « a élu son nouveau comité directeur » (folded text)."""
    cues = load_lexicon().cues
    verbs = "|".join(re.escape(fold(v)) for v in cues["board_renewal_verbs"])
    boards = "|".join(re.escape(fold(b)) for b in cues["board_nouns"])
    return re.compile(rf"(?<!\w)(?:{verbs})\s*(?:son|sa|ses|leur|leurs|un|une)\s+(?:(?:nouveau|nouvel|nouvelle)\s+)?(?:{boards})(?!\w)")


class HireRules(ListedHires, Appointees, PostBodies, Boards):
    """The hire decisions of an item's grouper, whose facts and drafts it reads and writes."""

    def hire(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        """An appointment: the person appointed (not the one replaced), dated by its own text."""
        if clause.future and self.in_apposition(clause):
            # « Le suivi sera assuré par X, nommée secrétaire en janvier »: the appointment is done
            clause = replace(clause, future=False)
        if self.former_post_told(clause):
            return  # « La nouvelle directrice était jusque-là cheffe du service X »: her old post, after her hire
        reported = self.reporting.search(self.folded, clause.start, clause.end)
        if reported is not None and (told := self.participants(replace(clause, start=reported.end())))[0]:
            # « la ministre annonce que le Conseil a nommé A et B »: those appointed, not the speaker
            clause, (people, orgs) = replace(clause, start=reported.end()), told
        fronted = self.fronted(clause)
        if fronted is not None and people:
            # « Nommée présidente du groupe en novembre, X a salué … »: X, appointed on the participle's date,
            # to the body the participle names; the sentence goes on about the gathering told before
            held = self.current if self.current is not None and self.current.kind in {"meeting", "event"} else None
            phrase = replace(clause, end=fronted)
            seen = self.when(phrase) or self.act_date(phrase)  # « Nommé par décret du 2 septembre, … »
            appointee = self.appointee_of_fronted(clause, people, held)
            self.start(clause, "hire", appointee, self.participants(phrase)[1], when=seen)
            if held is not None and seen != held.when:
                held.add(appointee, [])
                self.current = held
            return
        if people and self.attends(clause) and (held := self.last_told_held()) is not None:
            # « La nouvelle directrice, X, assistait également à la signature »: X was at the signing told
            held.add(people, orgs)
        named = people
        joining = self.relative_subject(clause)
        # « succède à Mme X, qui a rejoint en janvier Y »: X, whom the relative clause appoints
        people = [joining] if joining is not None else [p for p in people if not self.replaced(clause, p)]
        if makers := self.makers(clause):
            # « Il a été nommé … par décision de la directrice, Mme X »: X appoints; « il » is appointed
            people = [p for p in people if p not in makers] or self.pronoun_appointee(clause)
        if (maker := _noun_by().search(self.folded, clause.start, clause.end)) is not None:
            # « la nomination, par le Président de la Commission, de M. X »: X, not the one who appointed him
            appointed = self.participants(replace(clause, start=maker.end()))[0]
            people = [p for p in people if p in appointed] or people
        elif (noun := _noun_of().search(self.folded, clause.start, clause.end)) is not None \
                and not passive_appointment().search(self.folded, clause.start, clause.end):
            # « X, ministre de …, a annoncé la nomination de Me Y »: Y, not the one who tells of it
            appointed, bodies = self.participants(replace(clause, start=noun.start()))
            people = [p for p in people if p in appointed] or people
            orgs = [o for o in orgs if o in bodies] or orgs
        said = SPEAKER_AFTER_WE.search(self.folded, clause.start, clause.end)
        if said is not None and said.group("verb").split()[-1] in self.saying:
            # « Nous avons désigné un référent, a déclaré la directrice X »: the one who says it is not appointed
            people = [p for p in people if p in self.participants(replace(clause, end=said.start("cut")))[0]]
            if not people:
                return
        apposed = self.apposed_participle(clause)
        listed = self.listed_after_colon(clause, apposed, people) if apposed is not None else []
        if listed:
            # « les nouveaux chefs de la police, nommés par décret du 2 mai : A, commandant, et son adjoint, B »
            self.hires_listed(clause, named, listed, orgs)
            return
        if apposed is not None and (before := [p for p in self.participants_before(clause, apposed) if p in people]):
            # « … le sortant, X, et son successeur, Y, nommée commissaire le 22 février »: the one just before;
            # a plural (« X dans ses fonctions de …, et Y dans …, nommés le mois dernier »): all of them
            people = before if self.plural_apposed(apposed) else [before[-1]]
        if self.election_words(clause):
            self.electing = True  # « L'assemblée a élu un nouveau bureau. X en prend la présidence … »
        orgs = self.body_of_post(clause, orgs)
        came_from = self.arrived_from(clause)  # « …, qui arrive du centre Y »: not the body she joins
        orgs = [o for o in orgs if o not in came_from]
        if clause.title_cue == "hire" or self.facts.text[clause.start:clause.end].lstrip()[:1] in BULLETS:
            # « - Mme X, conseillère, précédemment juge au tribunal de Y » under « nommés par
            # décret du … : »: the bodies before the former post
            orgs = self.listed_bodies(clause, orgs)
            if (former := self.former_post.search(self.folded, clause.start, clause.end)) is not None:
                clause = replace(clause, end=former.start())  # nor is the town of that past post the hire's place
        seen = self.when(clause)
        if not people:
            people, orgs = self.speaker_appointed(clause) or (people, orgs)
        if not people:
            act = self.act_date(clause)
            if act is not None and self.current is not None and self.current.kind == "hire" and self.current.when is None:
                # « La nouvelle directrice, X, … Par arrêté du 12 mai, elle a été désignée »: the pronoun's appointment
                self.current.when = act
                return
            # « le conseil a engagé la désignation de sa prochaine directrice »: the name comes next
            self.pending_hire = act or seen or self.pending_hire
            if seen is not None and seen.precision == "day" and (self.names_assembly(clause) or self.met_told(clause)):
                # « Réunie le 8 juin à Kaolack, l'assemblée générale a élu son bureau »: the assembly met
                self.start(clause, "meeting", [], orgs)
            return
        occasion = self.occasion(clause)
        if occasion is not None:
            # « X a pris ses fonctions le 3 mars, lors d'une cérémonie présidée par Y »: Y presides, X is appointed
            guests = self.participants(clause, occasion)
            appointed = [p for p in people if p not in guests[0]] or people
            self.start(clause, "hire", appointed, [o for o in orgs if o not in guests[1]] or orgs,
                       when=seen or self.pending_hire or self.assembly_day(clause))
            hire = self.current
            self.start(clause, "meeting", people, orgs)
            self.current.when = self.current.when or hire.when
            self.pending_hire = None
            return
        act = self.act_date(clause)
        if act is not None and seen is not None and act != seen:
            # « a procédé le 7 mars à l'installation de X, nommé par décret du 26 février »: two events
            self.start(clause, "meeting", named, orgs)
        if seen is not None and seen.precision == "day" and self.elects(clause) and \
                (self.names_assembly(clause) or self.met_told(clause)) and self.assembly_of(clause) is None:
            # « Réunie à Sion mardi dernier, l'assemblée de la CRHE a élu X »: the assembly met, and elected
            self.start(clause, "meeting", named, orgs)
        assembly = self.assembly_of(clause)
        at = self.held_at_pronoun(clause) if act is None and seen is None else None
        if at is not None:
            # « À l'ouverture de celle-ci, les experts ont désigné X et Y »: posts given at the gathering told
            at.add(people, [])
        when = act or seen or (at.when if at is not None else None) or self.pending_hire or \
            self.assembly_day(clause) or self.listed_day(clause) or self.sitting_day(clause) or self.duty_day(clause) or \
            self.same_sitting(clause) or self.same_occasion_day(clause) or (self.decrees_day if not clause.future else None)
        made = []
        held = self.current if self.current is not None and self.current.kind in {"meeting", "event"} \
            and self.current.status == "held" and PLUPERFECT.search(self.folded, clause.start, clause.end) else None
        groups = self.posts(clause, people)
        for appointed, bodies in zip(groups, self.bodies_of_posts(clause, groups, orgs)):
            self.start(clause, "hire", appointed, bodies, when=when)
            made.append(self.current)
        if held is not None:
            self.current = held  # « Il a été installé par X. Il avait été nommé la semaine dernière. Le maire … »
        self.pending_hire = None
        handover = self.handover_ceremony()
        if handover is not None and seen is None and assembly is None:
            # « a présidé la cérémonie de passation de commandement. X a cédé le commandement à Y, nommé par
            # décret du 5 juin »: the one leaving and the one appointed were at the ceremony
            handover.add(named, [])
        if assembly is not None and assembly.when == self.current.when:
            # « X a été élue présidente ; elle succède à Y » at the assembly told before: both were there
            # the body that elects met in its assembly; an officer's line names the officer's own body
            assembly.add(named, orgs if self.electing and not self.listed_line(clause) else [])
            for hire in made:
                hire.place = hire.place or assembly.place
                if assembly.orgs and self.renews_board(assembly):
                    # « L'Amicale a renouvelé son bureau. Le commissaire X a été élue présidente »: a post of the
                    # body that voted, not of the force the officer serves in
                    hire.orgs = [self.voting_body(assembly, _board_renewal())]
            self.current = assembly

    def speaker_appointed(self, clause: Clause) -> tuple[list[int], list[int]] | None:
        """« a déclaré le général X, qui a été porté à la tête de Y le 14 août »: the speaker, left out of
        what he says, is the one a relative clause appoints, to the body named after it."""
        for i, span in enumerate(self.facts.people):
            if not clause.start <= span.start < clause.end or not SPEAKER_APPOINTED.match(self.facts.text, span.end):
                continue
            person = self.reg.person_of.get((self.n, i))
            if person is None:
                continue
            orgs = [o for k, o_span in enumerate(self.facts.orgs) if span.end <= o_span.start < clause.end
                    and (o := self.reg.org_of.get((self.n, k))) is not None]
            return [person], list(dict.fromkeys(orgs))
        return None

    def last_told_held(self):
        """The item's last gathering or signing held, that someone newly in post attended."""
        return next((d for d in reversed(self.drafts[self.item_start:])
                     if d.kind in {"meeting", "event", "agreement"} and d.status == "held"), None)

    def handover_ceremony(self):
        """The item's last gathering held, when it is the ceremony of an appointment (« la cérémonie de
        passation de commandement », « la cérémonie d'installation du nouveau préfet »)."""
        held = self.last_gathering()
        if held is None:
            return None
        return held if self.ceremony_of_post.search(fold(held.summary)) else None

    def renews_board(self, draft) -> bool:
        """The gathering is told as a body renewing its board (« a renouvelé son bureau samedi »)."""
        return _board_renewal().search(fold(draft.summary)) is not None

    def board_vote(self, clause: Clause, orgs: list[int]) -> bool:
        """« L'Amicale a renouvelé son bureau samedi dernier à Metz »: a body's vote held on a day, whose
        officers are told next."""
        if not orgs or clause.future or _board_renewal().search(self.folded, clause.start, clause.end) is None:
            return False
        seen = self.when(clause)
        return seen is not None and seen.precision == "day"

    def posts_respectively(self, clause: Clause) -> bool:
        """« respectivement » after the appointing word: the posts listed after it are one each, in the
        names' order (before it, « A et B, respectivement directeurs de X et de Y » are their old jobs)."""
        after = clause.trigger if clause.trigger is not None else clause.start
        # « … ont nommé A et B juges. Ils siégeront respectivement à X et à Y »: a post each
        return RESPECTIVELY.search(self.folded, after, clause.end) is not None or \
            RESPECTIVELY_NEXT.match(self.folded, clause.end) is not None

    def listed_day(self, clause: Clause) -> When | None:
        """« Ont également été nommés : — M. X, préfet … »: a line of a list of appointments told after a
        dated one takes its day."""
        if self.facts.text[clause.start:clause.end].lstrip()[:1] not in BULLETS:
            return None
        return next((d.when for d in reversed(self.drafts[self.item_start:]) if d.kind == "hire" and d.when is not None), None)

    def apposed_participle(self, clause: Clause) -> int | None:
        """Where « , nommée … » follows a name in the clause: the appointment told in apposition."""
        found = self.apposed_participle_at.search(self.folded, clause.start, clause.end)
        return found.start() if found else None

    def in_apposition(self, clause: Clause) -> bool:
        """The appointment is told by a participle after a comma (« X, nommée directrice en janvier »)."""
        if clause.trigger is None:
            return False
        told = fold(self.facts.text[clause.trigger:clause.trigger + 30])
        return told.startswith(",") and told[1:].lstrip().startswith(tuple(fold(p) + " " for p in self.cues["hire_apposition_participles"]))

    def act_date(self, clause: Clause) -> When | None:
        """« nommé par décret présidentiel du 26 février », « Par arrêté royal du 10 octobre »: the day
        of the act that appoints is the day of the appointment."""
        for d in self.facts.dates:
            if clause.start <= d.start < clause.end and d.precision == "day":
                before = fold(self.facts.text[max(clause.start, d.start - 60):d.start])
                before += "du " if fold(d.text).startswith("du ") else ""  # « par arrêté du même jour »
                if self.appointing_act.search(before):
                    return resolve(d, self.published, self.last_when, self._text_year(self.offset + d.start))
        return None

    def names_assembly(self, clause: Clause) -> bool:
        """The clause names a body's gathering (« l'assemblée générale », « le congrès »)."""
        words = re.findall(r"\w+", fold(self.facts.text[clause.start:clause.end]))
        return any(w in self.assembly_words for w in words)

    def fronted(self, clause: Clause) -> int | None:
        """Where the appointment's participle phrase opening the clause ends (its comma), if it opens it."""
        found = _fronted().match(self.folded, clause.start, clause.end)
        return found.end() if found else None

    def given_to(self, text: str) -> bool:
        """The folded text gives posts to people (« la présidence revient à »)."""
        return any(f" {fold(v)} " in f" {text} " for v in self.cues["given_to_verbs"])

    def assembly_body(self, assembly) -> int | None:
        """Whose assembly it is: the body named right after its noun (« l'assemblée générale de l'AEM »),
        else the publisher (« l'assemblée générale du Réseau » in its own newsletter)."""
        told = fold(self.text[assembly.start:assembly.end])
        for m in re.finditer(r"\b(\w+)(?: generale| annuelle| ordinaire)?\s+(?:de la |du |de l'|des |de |d')", told):
            if m.group(1) not in self.assembly_words:
                continue
            at = assembly.start - self.offset + m.end()
            for i, span in enumerate(self.facts.orgs):
                if span.start == at and (o := self.reg.org_of.get((self.n, i))) is not None:
                    return o
        if self.publisher is not None:
            return self.publisher
        return assembly.orgs[-1] if assembly.orgs else None

    def election_words(self, clause: Clause) -> bool:
        """The clause tells an election (« a élu », « a été élue »)."""
        words = set(re.findall(r"\w+", fold(self.facts.text[clause.start:clause.end])))  # « a été élu, avec … »
        return bool(words & self.elections)

    def elects(self, clause: Clause) -> bool:
        """The clause tells an election, or a post given after the item told one (« L'assemblée a élu
        son bureau. X en prend la présidence ; la trésorerie revient à Y »)."""
        return self.election_words(clause) or self.electing

    def assembly_of(self, clause: Clause):
        """The gathering of the item an election belongs to: the last one, when the clause elects."""
        if not self.elects(clause):
            return None
        found = next((d for d in reversed(self.drafts[self.item_start:]) if d.kind in {"meeting", "event"}), None)
        if found is None:
            # « Le même jour, l'assemblée a élu son bureau » under a heading of its own: the assembly told above
            found = next((d for d in reversed(self.drafts[:self.item_start]) if d.kind in {"meeting", "event"}
                          and d.status == "held" and set(re.findall(r"\w+", fold(d.summary))) & self.assembly_words), None)
        return found

    def body_of_post(self, clause: Clause, orgs: list[int]) -> list[int]:
        """« X, directrice de A, a été élue présidente de B »: B, named after the verb, is the body of the
        post; A is the appointee's other job. Told without a body (« a été élue vice-présidente »), the
        post is the publisher's."""
        if self.electing and not self.election_words(clause):
            assembly = self.assembly_of(clause)
            body = self.assembly_body(assembly) if assembly is not None else None
            if body is not None:
                # « X (Université Y) en prend la présidence » after the assembly's election: the assembly's body
                return [body]
        if clause.trigger is None or clause.trigger <= clause.start:
            return orgs
        told = fold(self.facts.text[clause.trigger:clause.trigger + 40])
        if not PASSIVE.match(told):
            return orgs  # « le Conseil d'État a désigné X »: the body that appoints takes part
        after = self.participants(clause, clause.trigger)[1]
        agents = self.appointing_authority(clause)
        if after and all(o in agents for o in after) and (before := [o for o in orgs if o not in agents]):
            return before  # « Le nouveau DY avait été nommé par le Conseil X »: the body of the post is DY
        if after:
            return after
        board = self.board_owner(clause)
        if board is not None:
            return [board]  # « le bureau du réseau a été élu, avec X comme président »
        before = [o for o in orgs if o not in after]
        if before and self.publisher is not None:
            return [self.publisher]
        return orgs

    def board_owner(self, clause: Clause) -> int | None:
        """The body whose board or committee is the subject (« Le bureau du X a été élu »)."""
        for i, span in enumerate(self.facts.orgs):
            o = self.reg.org_of.get((self.n, i))
            if o is not None and clause.start <= span.start < clause.trigger and \
                    self.board_of.search(fold(self.facts.text[max(clause.start, span.start - 40):span.start])):
                return o
        return None

    def occasion(self, clause: Clause) -> int | None:
        """Where « lors d'une cérémonie », « au cours d'une assemblée » opens in the clause: the gathering
        at which an appointment was made, which is itself a meeting."""
        text = self.facts.text[clause.start:clause.end].lower().replace("’", "'")
        for phrase in self.occasions:
            at = text.find(phrase + " ")
            if at >= 0 and text[at + len(phrase) + 1:].startswith(self.ceremonies):
                return clause.start + at
        for phrase in self.cues["numbered_occasion_phrases"]:
            at = text.find(phrase + " ")
            # « lors de sa 107e réunion plénière »: a numbered sitting of a series
            numbered = ORDINAL_WORD.match(text, at + len(phrase) + 1) if at >= 0 else None
            if numbered is not None and text[numbered.end():].startswith(self.ceremonies):
                return clause.start + at
        return None

    def held_at_pronoun(self, clause: Clause):
        """The gathering told just before, when the clause recalls it by a pronoun before its cue
        (« À l'ouverture de celle-ci », « au cours de celui-ci »)."""
        trigger = clause.trigger if clause.trigger is not None else clause.end
        if not self.gathering_pronoun.search(self.folded[clause.start:trigger]):
            return None
        # « Elle a été précédée d'une réunion des experts. À l'ouverture de celle-ci »: the one told last, not
        # the session the item goes on about
        told = self.drafts[-1] if len(self.drafts) > self.item_start else None
        current = told if told is not None and told.kind in {"meeting", "event"} and told.status == "held" else self.current
        return current if current is not None and current.kind in {"meeting", "event"} and current.status == "held" \
            else self.last_gathering()

    def assembly_day(self, clause: Clause) -> When | None:
        """« L’Union a tenu son assemblée le 12 avril (la semaine dernière). … X a été élue présidente »: an
        election told without a date of its own was held on the day (the week) the item told last."""
        if self.last_when is None or self.last_when.precision not in {"day", "week"} or not self.elects(clause):
            return None
        return self.last_when

    def replaced(self, clause: Clause, person: int) -> bool:
        """The person named as the one replaced (« appelé à remplacer X », « succède à X »)."""
        for i, span in enumerate(self.facts.people):
            if self.reg.person_of.get((self.n, i)) == person and clause.start <= span.start < clause.end:
                before = fold(self.facts.text[max(clause.start, span.start - 70):span.start])
                return any(fold(c) in before for c in self.cues["predecessor_cues"])
        return False
