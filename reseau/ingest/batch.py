"""Many files at once: the files named (and the bulletins inside folders named), each read,
a file that cannot be read reported with its reason while the others go on."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from reseau.errors import MissingInput, ReseauError
from reseau.ingest.readers import Source, read_source

SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".docx", ".pdf"}

Step = Callable[[str], None]


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


def read_all(files: list[str], failures: list[tuple[str, ReseauError]], warn: Step) -> Iterator[Source]:
    """Each file read; one that fails goes into ``failures`` as (path, error)."""
    for path in files:
        try:
            source = read_source(path)
        except ReseauError as error:
            failures.append((path, error))
            continue
        for warning in source.warnings:
            warn(warning)
        yield source
