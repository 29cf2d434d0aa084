"""A board elected at an assembly, while an item's activities are grouped: the body that voted (not the
one that hosted the assembly, « à l'invitation de X »), the officers listed one a line, who met at the
assembly without their own bodies, and « le nouveau conseil » that meets next, which is those officers.
"""

from __future__ import annotations

import re
from functools import cache

from reseau.extract.activity_patterns import board_heads
from reseau.extract.drafts import Draft
from reseau.extract.facts import Clause
from reseau.extract.lexicon import load_lexicon
from reseau.extract.tokens import BULLETS
from reseau.extract.topics import fold

# « à l'invitation de X », « accueillis par X »: the host of a gathering, not one of its members (folded text)
HOSTED_BY = re.compile(r"(?:invitation|accueillie?s?\s+par|hospitalite)\s+(?:de\s+la|du|des|de\s+l'|de|d'|par)?\s*$")


@cache
def _new_board() -> re.Pattern[str]:
    """« le nouveau conseil », « le bureau nouvellement élu » (folded text): the officers just elected."""
    heads = "|".join(sorted(board_heads(load_lexicon().cues)))
    return re.compile(rf"(?<!\w)(?:(?:le|la|les|son|sa|leur)\s+(?:nouveau|nouvel|nouvelle|nouveaux|nouvelles)\s+(?:{heads})"
                      rf"|(?:le|la|son|sa)\s+(?:{heads})\s+(?:nouvellement|fraichement)\s+elue?s?)(?!\w)")


class Boards:
    """Mixed into the item's grouper (through its hire rules), whose facts and drafts it reads."""

    def voting_body(self, assembly: Draft, renewal: re.Pattern[str]) -> int | None:
        """The body named last before the verb that renewed the board (« L'Amicale X a renouvelé son
        bureau »), leaving out the one that hosted the assembly (« à l'invitation de Y, les membres ont élu »);
        else the assembly's own body (« l'assemblée générale de X », the publisher's)."""
        found = renewal.search(fold(assembly.summary))
        if found is None:
            return assembly.orgs[0] if assembly.orgs else None
        before = assembly.start - self.offset + found.start()
        named = [o for i, span in enumerate(self.facts.orgs)
                 if assembly.start - self.offset <= span.start < before
                 and not HOSTED_BY.search(self.folded[max(0, span.start - 30):span.start])
                 and (o := self.reg.org_of.get((self.n, i))) is not None]
        if named:
            return named[-1]
        own = self.assembly_body(assembly)
        hosts = [o for o in assembly.orgs if o != own]
        return own if own is not None and (self.publisher is not None or not hosts) else assembly.orgs[0]

    def listed_line(self, clause: Clause) -> bool:
        """The clause is a line of a list (« • Trésorier : M. X, Académie Y »): the bodies it names are the
        officer's own, not members of the assembly that elected them."""
        return self.facts.text[clause.start:clause.end].lstrip()[:1] in BULLETS

    def new_board(self, clause: Clause) -> list[int]:
        """« Le lendemain, le nouveau comité a tenu sa réunion inaugurale »: the officers the item's election
        gave posts to, when the clause names the board just elected."""
        if not self.electing:
            return []
        # anywhere in the clause: its cue may be the noun it counts its day from (« le lendemain de l'assemblée »)
        if _new_board().search(self.folded, clause.start, clause.end) is None:
            return []
        elected = [p for d in self.drafts[self.item_start:] if d.kind == "hire" for p in d.people]
        return list(dict.fromkeys(elected))
