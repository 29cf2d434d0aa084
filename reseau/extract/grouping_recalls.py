"""Gatherings recalled, for the grouping of clauses into activities (``reseau.extract.grouping``).

A clause points back to a gathering told before it: by its noun with an article or a demonstrative
(« l'atelier est animé par … », « À l'issue de la séance »), by the noun of the act its verb told
(« l'inauguration » after « a été inaugurée »), by a pronoun (« Il s'est déroulé … ») or by those
taking part in it (« les partenaires du projet »).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from reseau.extract.calendar import When
from reseau.extract.drafts import GATHERINGS, Draft
from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon
from reseau.extract.topics import fold

# « les partenaires du projet », « les membres de ce réseau »: the bodies of something told before (folded text)
PARTNERS_OF = re.compile(r"\bles (?:partenaires|acteurs|membres) (?:du|de ce|de cet|de la|de cette|de l') ?(?P<noun>[a-z]{4,})\b")
# « de la séance », « du colloque », « de cette réunion »: a gathering recalled by its noun (folded text)
RECALLED_GATHERING = re.compile(r"\b(?:de la|du|de l'|de cette|de ce|de cet)\s*(?P<noun>[a-z]{4,})\b")
# the suffix that makes a noun of an act from its verb (« inaugur-ation », « signa-ture »), on folded text
NOUN_OF_ACT = re.compile(r"(?:ation|ition|ement|ture)$")
# « Il s'est déroulé », « Elle s'est tenue », « Celle-ci s'est achevée »: the gathering just told (folded text)
PRONOUN_TAKING_PLACE = re.compile(r"\s*(?:il|elle|celui-ci|celle-ci)\s+s'est\s+(?:deroule|tenu|passe|acheve|termine|poursuivi)e?\b")
# « L'exercice », « Cette patrouille », « Le séminaire »: a sentence opening on an article and a common noun
RECALLING_NOUN = re.compile(r"\s*(?:(?:Le|La|Les|Ce|Cet|Cette|Ces)\s+|L['’])(?P<noun>[a-zà-ÿ]{4,})\b")


# « lors de la réunion du », « à la séance des »: a gathering named by its noun and the day after it (folded text)
NOUN_OF_DAY = re.compile(r"\b(?:la|le|sa|son|leur|cette|ce)\s+(?P<noun>[a-z]{4,})\s+(?:du|des|de)\s*$")

# « à ces deux visites », « aux trois réunions »: gatherings told before, counted (folded text)
COUNTED_GATHERINGS = re.compile(r"(?<!\w)(?:a\s+ces|aux|a\s+chacune\s+des|a\s+chacun\s+des)\s+(?P<count>[a-z]+)\s+(?P<noun>[a-z]{4,})")

# « Le Cahier », « Cette revue » opening a sentence, whatever its case (folded text)
ARTICLE_NOUN = re.compile(r"\s*(?:(?:le|la|les|ce|cet|cette|ces)\s+|l')(?P<noun>[a-z]{4,})\b")

# « de l'assemblée », « du sommet » right after a day counted from it (folded text)
OF_GATHERING = re.compile(r"\s*(?:de\s+la|de\s+l'|du|de\s+cette|de\s+ce|de\s+cet)\s*(?P<noun>[a-z]{4,})\b")

# « à la cérémonie », « aux travaux », « la séance »: the first noun after a verb, with its definite article,
# indirect or direct (folded text)
DEFINITE_OBJECT = re.compile(r"\b(?:(?:a|au|aux)\s+(?:(?:la|les)\s+|l')?|(?:la|le|les)\s+|l')(?P<noun>[a-z]{4,})\b")

# « lors du lancement », « participants au recrutement »: an occasion the clause names (folded text)
OCCASION_NAMED = re.compile(r"\b(?:(?:lors|au cours|a l'occasion)\s+(?:de la|du|des|de l'|d')|participante?s?\s+(?:au|aux|a la|a l'))\s*(?P<noun>[a-z]{4,})\b")

# « Un second module », « une deuxième session »: the next of a series (folded text)
SECOND_OF = re.compile(r"\s*une?\s+(?:second|seconde|deuxieme|troisieme)\s+\w{4,}")


class GatheringsRecalled:
    """Mixin of the item grouper: the gathering told before that a clause points back to."""

    def partners_of(self, clause: Clause) -> list[int]:
        """« les partenaires du projet »: the bodies of the last activity told with that noun."""
        found = PARTNERS_OF.search(self.folded, clause.start, clause.end)
        if found is None:
            return []
        noun = found.group("noun")
        told = next((d for d in reversed(self.drafts) if re.search(rf"\b{re.escape(noun)}\b", fold(self.text[d.start:d.end]))), None)
        return list(told.orgs) if told is not None else []

    def recalls_after_verb(self, clause: Clause) -> bool:
        """The cue's object is a gathering with a definite article (« a pris part à la cérémonie », « a assisté
        à la réunion », « a présidé la cérémonie d'ouverture »): the one told before,
        not a new one."""
        if clause.trigger is None:
            return False
        for m in DEFINITE_OBJECT.finditer(self.folded, clause.trigger, clause.end):
            return m.group("noun") in self.gathering_nouns
        return False

    def recalled_draft(self, clause: Clause) -> Draft | None:
        """The item's gathering whose noun the clause recalls with an article before its cue (« Côté
        formateurs, l'atelier est animé par … »): the last one told with that noun."""
        trigger = clause.trigger if clause.trigger is not None else clause.end
        for m in re.finditer(r"(?:\b(?:le|la|les|ce|cet|cette|ces)\s+|\bl')(?P<noun>[a-z]{4,})\b", self.folded[clause.start:trigger]):
            noun = m.group("noun")
            if noun not in self.gathering_nouns:
                continue
            return next((d for d in reversed(self.drafts[self.item_start:]) if d.kind in GATHERINGS and
                         re.search(rf"(?:\b(?:le|la|les|un|une|du|des|au|aux)\s+|\b[ld]'){re.escape(noun)}\b",
                                   fold(self.text[d.start:d.end]))), None)
        return None

    def recalls_by_noun(self, clause: Clause, draft: Draft) -> bool:
        """« … a assisté à l'exercice ORION. ¶ L'exercice était coordonné par X »: the clause opens on
        the common noun the activity was told with, after an article or a demonstrative."""
        opening = RECALLING_NOUN.match(self.facts.text, clause.start, clause.end)
        if opening is None:
            return False
        noun = opening.group("noun")
        told = self.text[draft.start:draft.end]
        return re.search(rf"(?:\b(?:le|la|les|ce|cet|cette|ces|un|une|du|des|au|aux)\s+|\b[ld]['’]){re.escape(noun)}\b", told) is not None

    def recalled_day(self, clause: Clause) -> When | None:
        """« À l'issue de la séance, … ont signé » under a heading of its own: the day of the gathering the
        sections above told with that noun."""
        before = self.drafts[:self.item_start]
        recalled = False
        for m in RECALLED_GATHERING.finditer(self.folded, clause.start, clause.end):
            noun = m.group("noun")
            if noun not in self.gathering_nouns:
                # « À l'occasion de l'inauguration » after « a été inaugurée le 18 »: the act's noun recalls its verb
                held = self.held_by_stem(noun, before)
                if held is not None:
                    return held.when
                continue
            recalled = True
            held = next((d for d in reversed(before) if d.kind in {"meeting", "event"} and d.status == "held"
                         and d.when is not None and re.search(rf"\b{re.escape(noun)}\b", fold(d.summary))), None)
            if held is not None:
                return held.when
        if recalled and self.aside.match(self.folded, clause.start):
            # « En marge de la cérémonie, … ont signé » under its own heading, after a workshop told without
            # that word: the latest day a gathering above was held (not one it followed, told in passing)
            days = [d.when for d in before if d.kind in {"meeting", "event"} and d.status == "held"
                    and d.item == self.n - 1 and d.when is not None and d.when.precision == "day"]
            return max(days, key=lambda w: w.value) if days else None
        return None

    def gathering_above(self, when: When) -> Draft | None:
        """« Le 6 mars, les chefs des délégations ont signé … » under a heading of its own: the gathering the
        sections above held on that day, or over days that include it."""
        return next((d for d in reversed(self.drafts[:self.item_start])
                     if d.kind in GATHERINGS and d.status == "held" and d.when is not None and d.when.precision == "day"
                     and d.when.value <= when.value <= (d.last_day or d.when).value), None)

    @staticmethod
    def held_by_stem(noun: str, before: list[Draft]) -> Draft | None:
        """The last gathering held on a day whose text has a word of the noun's root (« inauguration »,
        « inaugurée »); a root of six letters at least, so that no short word recalls by chance."""
        root = NOUN_OF_ACT.sub("", noun)
        if root == noun or len(root) < 6:
            return None
        stem = re.compile(rf"\b{re.escape(root)}")
        return next((d for d in reversed(before) if d.kind in {"meeting", "event"} and d.status == "held"
                     and d.when is not None and d.when.precision == "day" and stem.search(fold(d.summary))), None)

    def gathering_as_subject(self, clause: Clause) -> bool:
        """« L'entretien a porté sur … Il s'est déroulé en présence de X »: a pronoun for the gathering just
        told, as the subject of its taking place."""
        return self.current is not None and self.current.kind in GATHERINGS and not clause.future \
            and PRONOUN_TAKING_PLACE.match(self.folded, clause.start) is not None

    def told_on(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """The clause goes on about an activity told before, which takes those it names: the gathering a
        pronoun says they will lead, the publication whose pieces they wrote, the gatherings counted (« à ces
        deux audiences »), the sitting recalled by its day. Joined when so."""
        if clause.cue in {"meeting", "event"} and self.gathering_led(clause) or self.publication_told_on(clause, people, orgs):
            self.join(self.current, clause, people, orgs)  # « Elle sera dirigée par X et par Y », « Il rassemble … »
            return True
        counted = self.gatherings_counted(clause) if clause.cue == "meeting" else []
        for held in counted:  # « Assistaient aussi à ces trois réunions X et Y »: at each
            self.join(held, clause, people, orgs)
        sitting = self.recalled_by_day(clause) if clause.cue == "meeting" and not counted else None
        if sitting is not None:
            self.join(sitting, clause, people, orgs)  # « Lors de la séance du 3 mars, M. X propose … »
        told = counted[-1] if counted else sitting
        if told is not None:
            self.current = told
        return told is not None

    def day_from_gathering(self, clause: Clause) -> bool:
        """« Le lendemain du congrès », « La veille du sommet »: the gathering's noun tells the day the
        clause counts from, it does not recall that gathering as the one told."""
        for d in self.facts.dates:
            if clause.start <= d.start < clause.end and d.relative in {"next_day", "previous_day"}:
                noun = OF_GATHERING.match(self.folded, d.end, clause.end)
                if noun is not None and noun.group("noun") in self.gathering_nouns:
                    return True
        return False

    def gathering_led(self, clause: Clause) -> bool:
        """« … accueillera la session de formation. Elle sera dirigée par X et par Y »: a pronoun for the
        gathering just told, led by those named after « par »; told in its own tense (one to come, one held)."""
        current = self.current
        return current is not None and current.kind in GATHERINGS and clause.future == (current.status == "planned") \
            and _pronoun_led().match(self.folded, clause.start) is not None

    def recalled_by_day(self, clause: Clause) -> Draft | None:
        """« Lors de la séance du 3 mars 2023, M. X propose … »: the gathering held that day, told
        before (a sitting of a list of hearings), recalled by its noun and its day; what the clause tells
        happened at it, whatever tense its questions take."""
        for d in self.facts.dates:
            if not clause.start <= d.start < clause.end or d.precision != "day" or d.role is not None:
                continue
            noun = NOUN_OF_DAY.search(self.folded, max(clause.start, d.start - 40), d.start)
            # a sitting is a meeting's noun; « pendant la semaine du 23 mai » is a period, not the week-long event
            if noun is None or noun.group("noun") not in self.meeting_words:
                continue  # a day of something else; a sitting's day may come later in the clause
            day = self.resolved(d, replace(clause, future=False))
            return next((g for g in reversed(self.drafts) if g.kind in {"meeting", "event"} and g.status == "held"
                         and g.when == day), None)
        return None

    def gatherings_counted(self, clause: Clause) -> list[Draft]:
        """« Assistaient aussi à ces trois réunions X et Y »: the item's last gatherings held, as
        many as the clause counts, each of which those it names attended."""
        found = COUNTED_GATHERINGS.search(self.folded, clause.start, clause.end)
        if found is None or found.group("count") not in self.cues["party_counts"]:
            return []
        noun = found.group("noun")
        if noun not in self.gathering_nouns and noun.rstrip("sx") not in self.gathering_nouns:
            return []
        count = self.cues["party_counts"].index(found.group("count")) + 2
        held = [d for d in self.drafts[self.item_start:] if d.kind in {"meeting", "event"} and d.status == "held"]
        return held[-count:] if len(held) >= count else []

    def publication_told_on(self, clause: Clause, people: list[int], orgs: list[int]) -> bool:
        """The clause goes on about the publication just told, in its paragraph: its pieces and their
        authors (« Il rassemble sept textes, dont ceux de A et de B »), or the work recalled by a noun
        with no one and no day of its own (« La revue peut être téléchargée … »)."""
        current = self.current
        if current is None or current.kind != "publication" or self.new_paragraph(clause, current) and not \
                (clause.cue == "publication" and not people and not orgs):
            return False
        if clause.cue == "publication":
            # « La revue peut être téléchargée » after « le numéro de sa revue »: the same noun, with an article
            noun = ARTICLE_NOUN.match(self.folded, clause.start, clause.end)
            told = {w.rstrip("sx") for w in re.findall(r"\w+", fold(current.summary))}
            return not people and not orgs and self.when(clause) is None and noun is not None \
                and noun.group("noun").rstrip("sx") in told
        return bool(people or orgs) and _contributions().search(self.folded, clause.start, clause.end) is not None

    def held_named(self, noun: str) -> Draft | None:
        """The item's last meeting or event held whose text names it by the noun, an ordinal or an adjective
        possibly between (« la deuxième réunion des ministres »); one told with a definite article first, as
        « la réunion » recalls it rather than « une réunion des experts » told beside it."""
        if noun not in self.gathering_nouns:
            return None
        held = [d for d in reversed(self.drafts[self.item_start:]) if d.kind in {"meeting", "event"} and d.status == "held"]
        for articles in (r"le|la|les|du|au|aux|cette|ce|cet", r"un|une|des"):
            named = re.compile(rf"(?:\b(?:{articles})\s+|\b[ld]')(?:[a-z]+\s+)?{re.escape(noun)}\b")
            found = next((d for d in held if named.search(fold(self.text[d.start:d.end]))), None)
            if found is not None:
                return found
        return None

    def aside_of(self, clause: Clause) -> Draft | None:
        """« En marge de la conférence, X et Y ont signé »: the gathering held beside which the clause's
        activity took place, recalled by its noun."""
        found = self.aside.match(self.folded, clause.start)
        if found is None:
            return None
        noun = re.match(r"\s*(?:(?:la|le|les|cette|ce|cet)\s+|l')?(?P<noun>[a-z]{4,})\b", self.folded[found.end():clause.end])
        return self.held_named(noun.group("noun")) if noun else None

    def recalled_at_cue(self, clause: Clause) -> Draft | None:
        """« représentée à la conférence par X » after a signing: the gathering held that the cue's noun
        recalls with an article, when the signing's own text does not name it."""
        if clause.trigger is None or not clause.anaphoric or self.current is None or self.current.kind != "agreement":
            return None
        noun = re.match(r"[a-z]{4,}", self.folded[clause.trigger:clause.end])
        if noun is None:
            return None
        told = fold(self.current.summary)
        aside = self.aside.match(told)
        # the signing's text names the gathering only as what it was held beside
        if re.search(rf"\b{noun.group()}\b", told[aside.end() + 12 if aside else 0:]):
            return None
        return self.held_named(noun.group())

    def last_gathering(self) -> Draft | None:
        """The item's last meeting or event held, told before the current activity."""
        return next((d for d in reversed(self.drafts[self.item_start:]) if d.kind in {"meeting", "event"} and d.status == "held"), None)

    def section_gathering(self, clause: Clause) -> Draft | None:
        """« Des experts venus de loin » then « Les sessions sont animées par X »: a subheading inside one story.
        An item that has told no day nor activity of its own, whose clause recalls a gathering or says who
        attended, goes on with the gathering held that the item above ended on."""
        if self.n == 0 or self.item_drafts or self.current is not None or self.mission is not None \
                or self.last_when is not None or self.when(clause) is not None:
            return None
        last = self.drafts[-1] if self.drafts else None
        if last is None or last.item != self.n - 1 or last.kind not in GATHERINGS or last.status != "held":
            return None
        recalls = clause.anaphoric or self.attends(clause) or self.recalling.match(self.folded, clause.start)
        if not recalls or self.other_matter(clause, last):
            return None
        return last

    def other_matter(self, clause: Clause, above: Draft) -> bool:
        """« Recrutement de volontaires » then « Les participants au recrutement … », « Travaux à la gare » then
        « Les travaux sont réalisés par … »: the section names an occasion of its own (after « lors de »,
        « participants à », or as its heading's first word, taken up by the clause), not the gathering above."""
        told = fold(above.summary)
        for m in OCCASION_NAMED.finditer(self.folded, clause.start, clause.end):
            noun = m.group("noun")
            if (noun in self.gathering_nouns or NOUN_OF_ACT.search(noun)) and not re.search(rf"\b{noun}\b", told):
                return True
        heading = re.match(r"\s*(?P<noun>[a-z]{4,})\b", self.folded)
        return heading is not None and re.search(rf"\b(?:le|la|les|l')\s*{heading.group('noun')}\b",
                                                 self.folded[clause.start:clause.end]) is not None

    def organizers_of_series(self, clause, draft) -> None:
        """« Un second module se tiendra du 5 au 9 octobre, avec l'appui de X » after a session told: the next
        session of the same series, organized by those of the one told, with X."""
        if not SECOND_OF.match(self.folded, clause.start):
            return
        told = next((d for d in reversed(self.drafts[self.item_start:]) if d is not draft
                     and d.kind in {"meeting", "event"} and d.status == "held" and d.orgs), None)
        if told is not None:
            draft.add([], told.orgs[:1])


@cache
def _pronoun_led() -> re.Pattern[str]:
    """« Elle sera dirigée par », « Il a été présidé par » (folded text)."""
    participles = "|".join(re.escape(fold(w)) for w in load_lexicon().cues["pronoun_led_participles"])
    return re.compile(r"\s*(?:il|elle|ils|elles|celui-ci|celle-ci)\s+(?:sera|seront|a ete|ont ete|est|sont|etait|etaient)\s+"
                      rf"(?:(?:egalement|aussi|notamment|conjointement)\s+)?(?:{participles})s?\s+par(?!\w)")


@cache
def _contributions() -> re.Pattern[str]:
    """« sept textes, dont ceux de » (folded text): the pieces of a publication."""
    nouns = "|".join(re.escape(fold(w)) for w in load_lexicon().cues["contribution_nouns"])
    return re.compile(rf"(?<!\w)(?:{nouns})(?!\w)")
