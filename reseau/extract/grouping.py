"""Grouping clauses into activities, item by item.

A clause with a meeting cue starts a new meeting when it names someone new after its
verb (« le CIPC a rencontré X »); a clause that refers back (« la réunion »,
« cette rencontre », « au cours de sa visite », « Reçue par X, la délégation … ») or
names no one new adds to the current one, as does a clause with no cue (« Lumen y a
présenté … »). In a news item about others, a meeting verb whose subject is someone new
(« la ministre X a visité … ») starts the meeting too, and a clause with a day of its
own starts a new one. A clause about a delegation or a mission that names no one after
its verb is the mission itself: the meetings of its item belong to it and share its
guests; a delegation's visit told without meetings of its own is the meeting. The
publisher takes part where the text says so: named, through its staff, or as « nous ».

Participants are those of the clause: never someone named inside a quotation, nor the
speaker a quotation is given to (« », a déclaré X »). An agreement's parties, when the
clause names none (« la signature a eu lieu jeudi »), are those of the meeting it ends
or the bodies the item named before it. A hire is the person appointed, not the one
replaced, and takes the date its own text gives, never the publication day by default.
A place is the clause's city, else the city told before on the same day, the mission's,
the item's dateline, or the city whose « Ville de … » took part; none when held online
or in a country named alone.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from reseau.extract.announcements import Announcements
from reseau.extract.assemble import Register
from reseau.extract.calendar import When
from reseau.extract.citations import cited_authors
from reseau.extract.drafts import (
    GATHERINGS,
    Draft,
    announced_in_contents,
    contents_line,
    empty_promise,
    quoted_title,
    to_activity,
    to_mission,
)
from reseau.extract.facts import Clause, ItemFacts
from reseau.extract.grouping_agreements import Agreements
from reseau.extract.grouping_ceremonies import post_ceremonies_as_events
from reseau.extract.grouping_cues import GroupingCues, appointing_act, presence_list
from reseau.extract.grouping_hires import HireRules
from reseau.extract.grouping_missions import Missions
from reseau.extract.grouping_people import WhoTakesPart
from reseau.extract.grouping_prior import PriorGatherings
from reseau.extract.grouping_reading import ClauseReading
from reseau.extract.grouping_recalls import GatheringsRecalled
from reseau.extract.grouping_sessions import ListedSessions
from reseau.extract.grouping_time import BACKGROUND, WhenAndWhere, just_out
from reseau.extract.grouping_transcripts import Transcripts
from reseau.extract.quotations import quoted_ranges
from reseau.extract.records import Activity, Mission
from reseau.extract.topics import fold

# « ont fait visiter les ateliers à la délégation »: those of the gathering told, as the ones shown round (folded)
TO_THOSE_TOLD = re.compile(r"(?<!\w)(?:a la|aux)\s+(?:delegation|delegations|participants|participantes|invites|invitees)(?!\s+(?:de|du|des|d')\b)(?!\w)")


def group_activities(items: list[tuple[int, ItemFacts]], register: Register, text: str,
                     published: date | None) -> tuple[list[Activity], list[Mission], list[Activity]]:
    """Turn every item's clauses into activities and missions, in the order of the text, and the
    gatherings announced in passing (planned, kept apart from the activities told)."""
    drafts: list[Draft] = []
    missions: list[Draft] = []
    passing: list[Draft] = []
    text_years = _explicit_years(items)
    header_dateline = None
    page_dateline = None  # « Montluel, le 3 juillet — » over a release whose later headings tell more news
    told_day = None
    decrees_day = None  # « a adopté des décrets portant nomination »: the day of the appointments listed below
    for n, (offset, facts) in enumerate(items):
        told = len(drafts)
        grouper = _ItemGrouper(n, offset, facts, register, text, published, text_years, drafts, missions)
        grouper.dateline = grouper.dateline or header_dateline
        grouper.page_dateline = page_dateline
        grouper.day_before = told_day
        grouper.decrees_day = decrees_day
        grouper.run()
        decrees_day = grouper.decrees_day
        told_day = grouper.last_day_told()
        passing += grouper.announced_in_passing()
        page_dateline = page_dateline or grouper.dateline
        # « Communiqué de presse / Orléans, le 15 mai 2025 » over the news: a page head that tells
        # nothing gives its city to the item below it
        header_dateline = grouper.dateline if len(drafts) == told else None
    drafts = [d for d in drafts if not announced_in_contents(d, drafts) and not empty_promise(d) and not contents_line(d)]
    post_ceremonies_as_events(drafts)
    return ([to_activity(d, register, items) for d in drafts], [to_mission(m, register) for m in missions],
            [to_activity(d, register, items) for d in passing])


def _explicit_years(items: list[tuple[int, ItemFacts]]) -> list[tuple[int, int]]:
    years = []
    for offset, facts in items:
        for d in facts.dates:
            if d.year and d.precision in {"day", "month"} and d.role in {None, "dateline", "header", "communique"}:
                years.append((offset + d.start, d.year))
    return years


class _ItemGrouper(WhoTakesPart, WhenAndWhere, HireRules, Announcements, Missions, GatheringsRecalled, ClauseReading,
                   Agreements, Transcripts, ListedSessions, PriorGatherings):
    def __init__(self, n: int, offset: int, facts: ItemFacts, register: Register, text: str,
                 published: date | None, text_years: list[tuple[int, int]], drafts: list[Draft], missions: list[Draft]) -> None:
        self.n, self.offset, self.facts, self.reg, self.text = n, offset, facts, register, text
        self.published, self.text_years = published, text_years
        self.drafts, self.missions = drafts, missions
        self.current: Draft | None = None
        self.mission: Draft | None = None
        self.last_when: When | None = None
        self.dateline_when: When | None = None
        self.last_place: str | None = None
        self.item_drafts = 0
        self.item_start = len(drafts)
        self.pending_hire: When | None = None
        self.electing = False  # the item told an election: the posts given next were given at it
        self.series_listed: list[Draft] = []  # series told over a list of dated sessions
        self.quotes = quoted_ranges(facts.text)
        self.folded = fold(facts.text)  # one character for one: the same offsets
        cues = GroupingCues.load()
        self.cues = cues.all
        self.saying, self.elections, self.occasions, self.ceremonies = cues.saying, cues.elections, cues.occasions, cues.ceremonies
        self.online_words, self.first_person, self.both_sides = cues.online_words, cues.first_person, cues.both_sides
        self.gathering_nouns = frozenset(fold(w) for w in (*cues.all["meeting_nouns"], *cues.all["event_nouns"]))
        self.assembly_words = frozenset(fold(w) for w in cues.all["event_nouns"])
        self.meeting_words = frozenset(fold(w) for w in cues.all["meeting_nouns"])
        self.subsession_words = frozenset(fold(w) for w in cues.all["subsession_nouns"])
        self.appointing_act = appointing_act()
        self.sequel, self.new_gathering, self.attendance = cues.sequel, cues.new_gathering, cues.attendance
        self.both_people = cues.both_people
        self.contribution = cues.contribution
        self.post_markers = cues.post_markers
        self.board_of = cues.board_of
        self.purpose, self.reporting, self.receiving = cues.purpose, cues.reporting, cues.receiving
        self.recalling, self.aside, self.newcomer, self.travel = cues.recalling, cues.aside, cues.newcomer, cues.travel
        self.ceremony_of_post, self.apposed_participle_at = cues.ceremony_of_post, cues.apposed_participle
        self.authoring, self.prior, self.those_told = cues.authoring, cues.prior, cues.those_told
        self.former_post, self.sitting_report, self.gathering_pronoun = cues.former_post, cues.sitting_report, cues.gathering_pronoun
        self.escorted = cues.escorted
        # A body named once is not the publisher of a text, however few other bodies it names.
        publisher = register.publisher
        self.publisher = publisher if publisher is not None and len(register.organizations[publisher].mentions) > 1 else None
        self.dateline = next((p.name for p in facts.places if p.kind == "dateline"), None)
        self.page_dateline: str | None = None
        self.delegation: tuple[list[int], list[int]] | None = None  # members of the delegation told first
        self.roll_call: Draft | None = None  # the gathering whose attendants the lines of a list name
        self.around_visit: tuple[list[int], list[int]] = ([], [])  # named while a visit goes on, outside its meetings
        self.day_before: When | None = None  # the last day the items before told, for « Le lendemain » under a heading
        self.decrees_day: When | None = None  # the sitting's day that adopted the appointments the news lists

    def run(self) -> None:
        # « 23 avril 2024 | Région de X » over a release of a page of several: its own day of writing
        self.dateline_when = self.dateline_date() or self.release_date()
        sitting = self.minutes_told()  # a sitting's minutes: what its items tell without a day was done that day
        self.last_when = self.title_date() or self.dateline_when or (sitting.when if sitting is not None else None)
        if self.last_when == self.dateline_when:
            self.last_when = self.dateline_when  # the same day: its weekdays count back from it (grouping_time.py)
        for clause in self.facts.clauses:
            self.clause(clause)
        self.visit_as_meeting()
        # a series told over its list is the sessions of the list, which took its organizers
        self.drafts[:] = [d for d in self.drafts if all(d is not s for s in self.series_listed)]

    # -- what a clause names ---------------------------------------------------------

    # -- the decisions ---------------------------------------------------------------

    def clause(self, clause: Clause) -> None:
        seen = self.when(clause)
        before = self.item_drafts
        self.reports_to_sitting(clause)
        self.note_decrees(clause, seen)
        self.decide(clause)
        if self.item_drafts > before and presence_list().search(self.folded[clause.start:clause.end].rstrip()):
            self.roll_call = self.current  # « a inauguré le poste, en présence de : » then one line for each who came
        if seen is not None and seen.precision == "day" and self.item_drafts == before and not self.told_since(clause) \
                and not BACKGROUND.search(self.folded, clause.start, clause.end):
            # « Le 20 novembre, le CPUQ et Tandem ont signé … L’entente a été signée par … »: a day
            # told without a new activity still dates what follows.
            self.last_when = seen
        if self.item_drafts == before and self.place(clause):
            self.last_place = self.place(clause)  # « a mis sur pied, à Amman, un stage »: where what follows happens

    def decide(self, clause: Clause) -> None:
        if self.related_link(clause):
            return  # « Lire aussi » and its links: other pages of the site
        people, orgs = self.participants(clause)
        if self.roll_called(clause, people, orgs):
            return  # « Étaient réunis : » and the lines that list them: those who attended the gathering told
        if self.told_on(clause, people, orgs):
            return  # « Elle sera dirigée par X », « Lors de la séance du 3 mars, M. X propose … »
        if self.announced(clause, people, orgs):
            return  # « Il aura lieu le 3 octobre », « La prochaine session se tiendra … »
        if clause.cue == "hire":
            self.hire(clause, people, orgs)
        elif clause.cue in {"publication", "event"}:
            if clause.cue == "event" and (reported := self.reported_event(clause)) is not None:
                # « Joint hier, le porte-parole a confirmé qu'un atelier se tiendra le 10 décembre »: the
                # workshop's day and bodies are those after « que », not the speaker's
                clause = replace(clause, start=reported)
                people, orgs = self.participants(clause)
            if clause.cue == "event" and clause.future and not people and not orgs and self.publisher is not None:
                # « un atelier se tiendra à Zinder », announced by the publisher, named by no one; or of the body
                # the lines about it recall (« … dans le centre. • Une journée portes ouvertes se tiendra … »)
                orgs = [self.body_recalled_near(clause) or self.publisher]
            self.start(clause, clause.cue, people, orgs)
            self.organizers_of_series(clause, self.current)
        elif clause.cue == "agreement":
            self.agreement(clause, people, orgs)
        elif self.minutes_sitting(clause, people, orgs):
            return
        elif clause.cue == "meeting" and self.gathering_as_subject(clause):
            self.join(self.current, clause, people, orgs)  # « Il s'est déroulé en présence de X »: the meeting told
        elif clause.cue == "meeting" and clause.future and not people and not orgs and self.publisher is not None \
                and self.opens_on_new_gathering(clause):
            # « Une séance d'information aura lieu le 26 mars »: announced by the publisher, as an event named by no one
            self.start(clause, "meeting", people, [self.body_recalled_near(clause) or self.publisher])
        elif clause.cue == "meeting" and not self.body_chaired(clause):
            self.meeting(clause, people, orgs)
        else:
            self.other(clause, people, orgs)

    def meeting(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        publisher = self.publisher
        if clause.anaphoric and self.day_from_gathering(clause):
            clause = replace(clause, anaphoric=False)  # « Le lendemain du congrès, le comité a tenu sa réunion »
        reported = self.reported_from(clause)
        if reported is not None:
            # « Il a annoncé qu'une réunion du comité se tiendra en juillet »: the committee's, not the speaker's
            clause = replace(clause, start=reported)
            people, orgs = self.participants(clause)
        if (opening := self.listed_session(clause)) is not None:
            # « Les audiences se tiendront aux dates suivantes : • 6 octobre : Mont-Laurier »: each dated line is one, of
            # the body the list's sentence or the one before it names again by its head (« La Commission entreprendra
            # … »); the line's other bodies are its venues (« • 9 octobre : Saint-Jérôme, Centre culturel »)
            recalled = self.body_recalled_near(opening, publisher_too=True)
            self.start(clause, "meeting", people, [recalled] if recalled is not None else orgs)
            self.current.place = self.current.place or self.line_town(clause)
            return
        if (above := self.section_gathering(clause)) is not None:
            self.join(above, clause, people, orgs)  # « Les sessions sont animées par X » under a subheading
            self.current = above
            return
        if not people and not orgs:
            orgs = self.partners_of(clause)  # « Un forum réunira les partenaires du projet le 4 février »
        if self.prior_gathering(clause):
            return  # « fait suite à une séance de travail tenue jeudi », « Elle sera précédée d'une réunion »
        after_people, after_orgs = self.participants(clause, clause.trigger)
        named_after = [p for p in after_people] + [o for o in after_orgs if o != publisher]
        current = self.current if self.current and self.current.kind in GATHERINGS else None
        if current is not None and current.status == "planned" and clause.anaphoric and not clause.future \
                and (held := self.last_gathering()) is not None and not self.new_day(clause, held):
            # « Il a annoncé la tenue d'un forum en juin. La rencontre s'est conclue par … »: told as done, the
            # gathering recalled is the one held, not the one announced
            self.join(held, clause, people, orgs)
            self.current = held
            return
        if current is not None and clause.trigger is not None and not clause.future and not self.new_day(clause, current) \
                and (self.those_told.match(self.folded, clause.trigger, clause.end)
                     or TO_THOSE_TOLD.search(self.folded, clause.trigger, clause.end)):
            # « Le maire de X, Y, a accueilli les délégations »: Y hosted those who signed or met
            self.join(current, clause, people, orgs)
            return
        recalled = self.recalled_draft(clause) if current is not None else None
        if recalled is not None and recalled is not current and not self.new_day(clause, recalled):
            # « Côté formateurs, l'atelier est animé par X » after another meeting told in passing: the workshop
            self.join(recalled, clause, people, orgs)
            self.current = recalled
            return
        held = self.last_gathering() if current is None and self.current is not None else None
        if held is not None and clause.anaphoric and self.recalls_by_noun(clause, held) and not self.new_day(clause, held):
            # « … a présidé la cérémonie. X, nommé par décret du 2 mai, … La cérémonie s'est déroulée en présence de Y »
            self.join(held, clause, people, orgs)
            self.current = held
            return
        named = self.recalled_at_cue(clause)
        if named is not None and not self.new_day(clause, named):
            self.join(named, clause, people, orgs)  # « représentée à la conférence par X » after a signing beside it
            self.current = named
            return
        new = [p for p in people if not current or p not in current.people and p not in self.reg.staff] + \
              [o for o in orgs if o != publisher and (not current or o not in current.orgs)]
        attended = current is not None and (self.attends(clause) or self.recalling.match(self.folded, clause.start) is not None) \
            and not self.new_day(clause, current) and not self.moved_on(current)
        if clause.container and (self.mission is None or self.vague_mission()) and (not named_after or self.days_long(clause)) \
                and not self.attends_event(clause) and not attended:
            # « a accueilli du 23 au 25 octobre une délégation de X »: a visit of days holds its meetings
            self.open_mission(clause, people, orgs)
        # « représentera le pays à la réunion du comité, prévue en avril » recalls no meeting held: it announces one
        # « Une délégation de X y a également pris part », « Les participants ont fait le point sur … »
        elif current and (clause.anaphoric or attended) and not self.announced_after(clause, current):
            self.join(current, clause, people, orgs)
        elif current and not people and not [o for o in orgs if o != publisher] and self.other_time(clause, current) \
                and self.both_sides.search(self.facts.text, clause.start, clause.end):
            # « La semaine dernière, une première rencontre avait réuni les trois partenaires »: those who
            # signed or met, at another time
            self.start(clause, "meeting", *self.those_who_met(clause, current))
        elif current and named_after and self.aside.match(self.folded, clause.start) \
                and self.new_gathering.search(self.facts.text, clause.start, clause.end):
            # « En marge des travaux, le chef X a eu une séance de travail avec Y »: a meeting of its own
            # beside the gathering, though both took part in it
            self.start(clause, "meeting", people, orgs)
        elif current and (not named_after or self.attends(clause) or self.escorted.search(self.facts.text, clause.start, clause.end)) \
                and not clause.future and not self.new_day(clause, current) \
                and self.recalls_after_verb(clause):
            # « X a pris part à la cérémonie »: the signing told before; « X a présidé la cérémonie, entouré de Y »
            self.join(current, clause, people, orgs)
        elif current and not self.new_day(clause, current) and (not new or self.told_again(people, current)) \
                and not self.announced_after(clause, current) and not self.next_stage(clause, current):
            # « Le lendemain, direction Y. Le ministre a échangé avec les agents »: the day told since is another
            self.join(current, clause, people, orgs)
        elif current and not clause.future and not self.new_day(clause, current) and self.part_of_assembly(clause, current):
            self.join(current, clause, people, orgs)  # « puis une table ronde a réuni X et Y »: the assembly's session
        elif not clause.told_done and self.when(clause) is None:
            return  # « le forum réunit chaque année les polices de la région »: a habit, not a meeting
        elif clause.future and (people or orgs) and current is not None and current.status == "held" \
                and self.new_day(clause, current) and self.attends_event(clause):
            # « La cheffe de l'État prendra part, le 6 avril prochain, au sommet de X »: a gathering to come,
            # though only the publisher is named
            words = set(re.findall(r"\w+", self.folded[clause.trigger:clause.end]))
            self.start(clause, "event" if words & self.assembly_words else "meeting", people, orgs)
        elif named_after:
            self.start(clause, "meeting", people, orgs)  # « le CIPC a rencontré X »
            if current is not None and self.sequel.search(self.facts.text, clause.start, clause.trigger):
                # « La signature a été précédée d'une réunion avec X »: those named before the signing's verb met X
                # (« A et B ont signé »; « A a pris part à la signature … par A, par C et par D »: A alone), with the
                # bodies named there; every signatory only if no one was named first
                self.current.add(*((current.named_first, current.hosts) if current.named_first else (current.people, current.orgs)))
        elif current is not None and self.announced_after(clause, current) \
                and self.both_sides.search(self.facts.text, clause.start, clause.end):
            # « Les deux ministres sont convenus de tenir une nouvelle réunion le 20 mars »: another meeting
            # to come, between the two sides that met
            self.start(clause, "meeting", *self.those_who_met(clause, current))
        elif clause.container and self.attends_event(clause) and (people or orgs):
            self.start(clause, "meeting", people, orgs)  # « une délégation de X a pris part aux travaux du congrès »
        elif clause.gathering and [o for o in orgs if o != publisher]:
            # « l’Efus a tenu sa conférence internationale à Bruxelles »: someone else's event.
            self.start(clause, "meeting" if publisher in orgs else "event", people, orgs)
        elif (self.outsiders(people, orgs) or people and current is not None) and (current is None or self.new_day(clause, current)
                                                                                  or self.when(clause) is None and self.moved_on(current)):
            # in a news item about others, « la ministre X a visité … »; « Le lendemain, la commissaire X a reçu
            # les élus de Y »: its own day, though no one new is named; « Le ministre était hier à Y. Avec Z, il a
            # rencontré les chefs de brigade »: the day the sentence before told
            self.start(clause, "meeting", people, orgs)
        elif (people or orgs) and current is None and self.holds_new_gathering(clause):
            # « X, directrice générale, a présidé le 29 novembre une réunion du comité »: her body's own meeting
            self.start(clause, "meeting", people, orgs)
        elif self.mission is not None and current is not None and self.new_day(clause, current):
            # « Mardi, la délégation s'est rendue à Namur. Elle y a découvert … »: the mission's next day
            self.start(clause, "meeting", people, orgs)
        elif self.mission is not None and self.current is None:
            # « la directrice générale a rencontré plusieurs partenaires »: the mission, told again
            self.mission.add(people, orgs)
        elif current is None and self.mission is None and (people or orgs) and self.travel.search(self.folded, clause.start, clause.end):
            # « X s'est rendue lundi à Vernon, où elle a visité … »: a trip that holds the meetings told next
            self.open_mission(clause, people, orgs)

    def other(self, clause: Clause, people: list[int], orgs: list[int]) -> None:
        """A clause with no cue adds who it names to the current gathering."""
        self.in_post_since(clause)  # « En fonction depuis le 23 avril, X remplace Y »: the appointment's day
        self.appointed_since(clause)  # « Le chef, en fonction depuis sa nomination le 27 octobre, … »
        if self.seconding_officers(clause, people):
            return
        if self.board_vote(clause, orgs):
            self.start(clause, "event", people, orgs)  # the vote the officers told next were elected at
        elif (above := self.section_gathering(clause)) is not None:
            self.join(above, clause, people, orgs)  # « Étaient également présents X » under a subheading
            self.current = above
        elif clause.container and (self.mission is None or self.vague_mission()) and self.current is None:
            self.open_mission(clause, people, orgs)
        elif self.current and self.current.kind == "publication" and (people or orgs) \
                and not self.new_paragraph(clause, self.current) and self.authoring.search(self.folded, clause.start, clause.end):
            self.join(self.current, clause, people, orgs)  # « Il a été codirigé par X et Y, avec le soutien de Z »
        elif self.current and self.current.kind in GATHERINGS:
            # « Dimanche 17 mars, il est arrivé à … » is another day; a new paragraph, another matter
            if not self.new_day(clause, self.current) and (not self.new_paragraph(clause, self.current) or self.attends(clause)
                                                            or self.recalling.match(self.folded, clause.start)
                                                            or self.recalls_by_noun(clause, self.current)
                                                            or self.contributes(clause)):
                self.join(self.current, clause, people, orgs)
        elif self.attends(clause) and (held := self.last_gathering()) is not None and not self.new_day(clause, held):
            # « X a été nommée … L'Office était représenté par Y »: Y attended the gathering told before
            self.join(held, clause, people, orgs)
        elif self.attends(clause) and self.item_drafts == 0 and (sitting := self.minutes_told()) is not None:
            self.join(sitting, clause, people, orgs)  # « Étaient présents : » under the minutes' heading
        elif self.attends(clause) and self.item_drafts == 0 and self.mission is None and people and not clause.future:
            # « X a annoncé un financement. La ministre était accompagnée de Y et de Z »: those who
            # attend tell the gathering the item is about
            self.start(clause, "meeting", people, orgs)
        elif self.mission is not None and self.current is None and self.attends(clause):
            # « X s'est rendue à Vernon. Elle était accompagnée de Y »: Y travels with X, to each meeting
            self.mission.add(people, orgs)
        elif self.mission is not None and self.current is None:
            self.around_visit[0].extend(p for p in people if p not in self.around_visit[0])
            self.around_visit[1].extend(o for o in orgs if o not in self.around_visit[1])
        elif clause.title_cue == "meeting" and self.item_drafts == 0 and self.outsiders(people, orgs):
            self.start(clause, "meeting", people, orgs)

    def join(self, draft: Draft, clause: Clause, people: list[int], orgs: list[int]) -> None:
        draft.add(people, orgs)
        draft.end = max(draft.end, self.offset + clause.end)
        if draft.place is None and not draft.online and draft.status == "held" and self.town_hall(clause):
            draft.place = self.town_hall(clause)  # « L'entente a été signée à l'hôtel de ville »
        seen = self.when(clause)
        # an announced activity is dated by what says it takes place (announcements.py), not any day after it
        if seen is not None and (draft.relative_date or draft.when is None) and seen.precision == "day" and not clause.future \
                and draft.status == "held":
            # « prolongent aujourd’hui cet accord. La signature a eu lieu le 16 mars »: the day written out wins
            draft.when, draft.relative_date = seen, False

    def start(self, clause: Clause, kind: str, people: list[int], orgs: list[int], when: When | None = None) -> None:
        when = when if kind == "hire" or when is not None else self.when(clause)
        sitting = self.sitting_opened(clause) if kind == "meeting" else None  # a transcript's sitting, on its day
        when = when or (sitting.when if sitting is not None else None)
        relative = when is not None and self._relative_date(clause)
        # what is announced (« rencontrera prochainement ») takes no day nor city from what was held
        beside = self.aside_of(clause) if kind in {"meeting", "agreement"} and not clause.future else None
        if when is None and beside is not None:
            when = beside.when  # « En marge de la conférence, … ont signé »: the conference's day
        if when is None and kind == "publication" and self.published is not None \
                and just_out().search(self.folded, clause.start, clause.end):
            when = When(self.published.replace(day=1), "month")  # « vient de publier »: out in the month it is told
        if when is None and kind in {"meeting", "agreement"} and not clause.future:
            when = self.last_when or (self.mission.when if self.mission else None) or self.recalled_day(clause)
        place = self.place(clause) or (beside.place if beside is not None and when == beside.when else None)
        if place is None and kind in {"meeting", "agreement"} and not self.elsewhere(clause) and not clause.future:
            if when is None or when == self.last_when:
                place = self.last_place or (self.mission.place if self.mission else None)
            # a mission's meetings of other days are in its city unless they say otherwise; a trip of
            # one day (« mardi, une délégation s'est rendue à Fribourg ») lends it to that day only
            stay = self.mission if self.mission is not None and not (self.mission.one_day and when != self.mission.when) else None
            place = place or (stay.place if stay else None) or self.dateline or self.page_dateline
            if place is None and when is not None and when.precision == "day" and (above := self.gathering_above(when)):
                place = above.place  # « Le 6 mars, … ont signé » under a subheading: where the conference above met
        online = bool(self.online_words.search(self.facts.text, clause.start, clause.end))
        if online and not self.place(clause):
            place = None
        abroad = place is None and self.elsewhere(clause)
        draft = Draft(kind, self.offset + clause.start, self.offset + clause.end,
                       self.text[self.offset + clause.start:self.offset + clause.end], when, place, item=self.n,
                       status="planned" if clause.future else "held", relative_date=relative, abroad=abroad, online=online)
        if kind == "meeting":
            orgs = self.minutes_body(clause, orgs)
        draft.add(people, orgs)
        draft.add(sitting.people if sitting is not None else [], [])
        draft.parties = (list(people), list(orgs))
        draft.last_day = self.range_end(clause, when)
        trigger = clause.trigger if clause.trigger is not None else clause.start
        named_first = self.participants_before(clause, trigger) if kind != "hire" else people
        if not named_first and kind != "hire" and trigger > clause.start:
            # « le Secrétaire d'État a effectué une visite »: the subject named by a title the item gave before
            named_first = self.participants(replace(clause, end=trigger))[0]
        draft.subject = named_first[0] if named_first else None
        draft.named_first = list(named_first)
        draft.hosts = self.orgs_before(clause, trigger)
        if kind == "meeting":
            draft.add(self.pronoun_subject(clause, people), [])
            draft.add(self.new_board(clause), [])  # « le nouveau comité a tenu sa réunion inaugurale »
        if kind == "meeting" and clause.container:
            self.delegation_of(clause, draft)
        if kind in {"meeting", "agreement"}:
            # a delegation received on one day (« a reçu mardi une délégation de X ») holds no meeting of the
            # next days, unless they tell the delegation again (« le lendemain, la délégation a visité … »)
            if self.mission is not None and not (self.mission.one_day and when is not None and self.mission.when is not None
                                                 and when.value > self.mission.when.value and not clause.container):
                draft.add(self.mission.people, [o for o in self.mission.orgs if o != self.publisher])
                draft.part_of = len(self.missions) - 1
        if kind in {"meeting", "agreement"}:
            draft.add(self.speaker_takes_part(clause), [])
        if kind in {"meeting", "hire"} and self.publisher_takes_part(clause, draft.people, draft.orgs) or \
                kind in GATHERINGS and (self.publisher_by_head(clause) or self.listed_ahead(clause)):
            draft.add([], [self.publisher])
        if kind in {"publication", "event"}:
            draft.title = quoted_title(draft.summary)
        if kind == "publication":
            # « Dupont, M. et Martin-Roy, A. (2025) »: the authors of a reference, named in full elsewhere
            draft.add(cited_authors(draft.summary, [p.name for p in self.reg.people]), [])
        if kind in GATHERINGS:
            self.session_of_series(clause, draft)
        self.drafts.append(draft)
        self.current = draft
        self.item_drafts += 1
        if when is not None and (kind in {"meeting", "agreement"} or when.precision == "day") \
                and not self.appointed_before(kind, when):
            self.last_when = when  # « Le lendemain » follows an appointment's day as well as a meeting's
        if place is not None:
            self.last_place = place
