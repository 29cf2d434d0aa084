"""Quotations: who is only quoted takes no part in an activity.

A person or body named inside « guillemets » or "double quotes", or in the words that
give a quotation to its speaker (« », a déclaré X, qui a salué Y »), is quoted, not
reported as taking part.
"""

from __future__ import annotations

import re

from reseau.extract.topics import fold

# A sentence ends at a stop that is not an abbreviation's (« M. Ruiz ») or an initial's.
SENTENCE_END = re.compile(r"[!?\n]|(?<![A-Z])(?<!\bM)(?<!\bMme)(?<!\bDr)(?<!\bPr)\.\s")
ATTRIBUTION_CHARS = 240  # how far back from a name the closing quotation mark is looked for
VERB_CHARS = 40  # how soon after the closing mark the verb of saying comes


def quoted_ranges(text: str) -> list[tuple[int, int]]:
    """The spans of « guillemets » and "double quotes" of a text (unclosed ones are left out)."""
    ranges = []
    for opening, closing in (("«", "»"), ("“", "”")):
        at = text.find(opening)
        while at >= 0:
            end = text.find(closing, at + 1)
            if end < 0:
                break
            ranges.append((at, end + 1))
            at = text.find(opening, end + 1)
    marks = [m.start() for m in re.finditer('"', text)]
    ranges += [(a, b + 1) for a, b in zip(marks[::2], marks[1::2])]
    return sorted(ranges)


def inside(ranges: list[tuple[int, int]], at: int) -> bool:
    """Whether a position lies within one of the ranges."""
    return any(a < at < b for a, b in ranges)


def spoken_by(text: str, at: int, saying_verbs: list[str]) -> bool:
    """Whether a position lies in the attribution after a quotation (« », a déclaré X »), in the same sentence.

    ``saying_verbs`` are folded (lower case, no accents)."""
    before = text[max(0, at - ATTRIBUTION_CHARS):at]
    close = max(before.rfind("»"), before.rfind("”"), before.rfind('"'))
    if close < 0 or SENTENCE_END.search(before, close + 1):
        return False
    said = " " + fold(before[close + 1:close + VERB_CHARS]).replace(",", " ") + " "
    return any(f" {v} " in said for v in saying_verbs)
