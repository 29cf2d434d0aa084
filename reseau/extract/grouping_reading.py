"""What a clause tells about the gathering around it, read by the item's grouper: a gathering to come that
a speaker reports, one attended rather than held, one of an assembly's sessions, the two sides that met."""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.drafts import GATHERINGS, Draft
from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold

LINK_MARKS = ("›", "→", "»")  # « › Trois camions pour la caserne »: a line that links to another page
# « Le comité de sélection était présidé par »: a subject's head noun, then its chair in the imperfect (folded)
CHAIRED = re.compile(r"\s*(?:le|la|les|l')\s*(?P<noun>[a-z]{4,})\b[^.;:]{0,80}?\b(?:etait|etaient)\s+presidee?s?\s+par\b")
# « Une séance d'information aura lieu … »: a clause opening on a gathering with an indefinite article (folded)
# (« Une réunion entre X et Y », « une réunion des gouverneurs » name those who will meet: not the publisher's)
INDEFINITE_GATHERING = re.compile(r"\s*une?\s+(?P<noun>[a-z]{4,})\b(?!\s+(?:(?:entre|des|du|de\s+la)(?!\w)|de\s+l'))")


@cache
def _related_headings() -> frozenset[str]:
    """« Lire aussi », « Articles connexes », folded."""
    return frozenset(fold(h) for h in load_lexicon().cues["related_links_headings"])


class ClauseReading:
    """Mixed into the item's grouper, whose facts, cues and drafts it reads."""

    def body_chaired(self, clause: Clause) -> bool:
        """« Le comité de sélection était présidé par X »: the chair of a body, told in the imperfect, is no
        gathering held (« La réunion était présidée par X », or a body's sitting with its day, still tells one)."""
        found = CHAIRED.match(self.folded, clause.start, clause.end)
        # « Le conseil, réuni le 10 mars à Namur, était présidé par X »: a sitting on its day
        return found is not None and found.group("noun") not in self.gathering_nouns and self.when(clause) is None

    def opens_on_new_gathering(self, clause: Clause) -> bool:
        """« Une séance d'information pour les parents aura lieu le 26 mars »: the clause's subject is a
        gathering not told before, by its noun with an indefinite article."""
        found = INDEFINITE_GATHERING.match(self.folded, clause.start, clause.end)
        return found is not None and found.group("noun") in self.gathering_nouns

    def related_link(self, clause: Clause) -> bool:
        """« Lire aussi » then « › Devenir secouriste : réunion publique le 11 mai »: a line of the list of links
        to the site's other pages, which tells no news of the item."""
        text, at = self.text, self.offset + clause.start
        line = text.rfind("\n", 0, at) + 1
        if not text[line:at + 1].lstrip().startswith(LINK_MARKS):
            return False
        while line > 0:  # up the lines of links to the heading over them
            above = text.rfind("\n", 0, line - 1) + 1
            head = text[above:line].strip()
            if not head.startswith(LINK_MARKS):
                return fold(head.rstrip(" :")).lower() in _related_headings()
            line = above
        return False

    def reported_from(self, clause: Clause) -> int | None:
        """Where the gathering to come that a speaker reports is told: after « a annoncé que »."""
        if not clause.future or clause.trigger is None:
            return None
        found = self.reporting.search(self.folded, clause.start, clause.trigger)
        return found.end() if found else None

    def reported_event(self, clause: Clause) -> int | None:
        """Where the event to come a speaker reports is told (« a confirmé qu'un atelier se tiendra »),
        when a gathering's noun follows « que »."""
        if not clause.future:
            return None
        found = self.reporting.search(self.folded, clause.start, clause.end)
        if found is None:
            return None
        told = re.findall(r"\w+", self.folded[found.end():clause.end])
        return found.end() if any(w in self.gathering_nouns for w in told) else None

    def those_who_met(self, clause: Clause, current: Draft) -> tuple[list[int], list[int]]:
        """Who « les deux ministres », « les deux services » are: the two sides of the item's last
        meeting that had two, else those who met at the current one."""
        two = (d for d in reversed(self.drafts[self.item_start:]) if d.kind in GATHERINGS and d.status == "held"
               and (len(d.parties[0]) >= 2 or len([o for o in d.parties[1] if o != self.publisher]) >= 2))
        met = next(two, current)
        if not self.both_people.search(self.facts.text, clause.start, clause.end):
            return [], list(met.parties[1])  # « les deux services se retrouveront »: the bodies, not their people
        return list(met.parties[0]), list(met.parties[1])

    def attends_event(self, clause: Clause) -> bool:
        """« une délégation … a pris part du 13 au 16 mai aux travaux de la conférence »: the days are the
        conference's, which the delegation attended; it is no visit that holds meetings of its own."""
        if clause.trigger is None:
            return False
        text = self.facts.text
        for d in self.facts.dates:  # « la semaine dernière » dates, it names no gathering
            if clause.trigger <= d.start < clause.end:
                text = text[:d.start] + " " * (d.end - d.start) + text[d.end:]
        # « était en mission afin de rencontrer … et de préparer le congrès »: the congress is the aim, not attended.
        aim = self.purpose.search(fold(text[clause.start:clause.end]))
        end = clause.start + aim.start() if aim else clause.end  # fold keeps lengths: the same offsets
        attended = fold(text[clause.trigger:end]) if clause.trigger < end else ""
        return any(w in self.assembly_words for w in re.findall(r"\w+", attended))

    def holds_new_gathering(self, clause: Clause) -> bool:
        """The clause has a day of its own and its verb takes a gathering as object (« a présidé
        une réunion », « a tenu son assemblée générale »), not one recalled (« la réunion »)."""
        if self.convened(clause):
            return True  # « a réuni ses membres en assemblée générale », whatever its date says
        when = self.when(clause)
        if clause.trigger is None or when is None or when.precision != "day" or self.days_long(clause):
            return False  # « a effectué du 3 au 5 avril une visite de travail »: a stay, told by its meetings
        # the determiner just before the cue (« son assemblée », « sa 1271e réunion ») or a gathering after the verb
        return bool(self.new_gathering.search(self.facts.text, max(clause.start, clause.trigger - 16), clause.end))

    def announced_after(self, clause: Clause, current: Draft) -> bool:
        """« … accueillera au printemps 2026 un atelier » after a meeting held: announced with a date
        of its own, it is another activity (« la session qui aura lieu au printemps » is not)."""
        return clause.future and current.status == "held" and self.when(clause) is not None

    def part_of_assembly(self, clause: Clause, current: Draft) -> bool:
        """The current gathering is an assembly, a congress, a conference; the clause tells one of its
        sessions (« une table ronde a réuni … ») or what a speaker did there (« X a présenté … »)."""
        told = set(re.findall(r"\w+", fold(current.summary)))
        if not told & self.assembly_words:
            return False
        cue = self.folded[clause.trigger:clause.trigger + 12].split() if clause.trigger is not None else []
        return bool(cue and cue[0] in self.subsession_words) or self.contributes(clause)

    def contributes(self, clause: Clause) -> bool:
        """« Le général X a présenté le retour d'expérience de son pays », with no day of its own: what
        someone did at the gathering told before, though in a paragraph of its own."""
        return self.when(clause) is None and not clause.future and \
            self.contribution.search(self.folded, clause.start, clause.end) is not None

    @staticmethod
    def told_again(people: list[int], current: Draft) -> bool:
        """« Un communiqué précise que X a reçu Y »: the same two people, the same meeting told again."""
        return len(people) >= 2 and all(p in current.people for p in people)

    def new_paragraph(self, clause: Clause, draft: Draft) -> bool:
        """A blank line lies between what the activity was told in and the clause."""
        told = self.text[draft.start:draft.end].rstrip()
        gap = self.text[draft.start + len(told):self.offset + clause.start]
        return gap.replace("\r", "").replace(" ", "").count("\n") >= 2
