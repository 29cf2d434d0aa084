"""The cost of a complete erasure on a large register: blanking, the search index merged into
one segment, the WAL emptied.

    .venv/bin/python benchmarks/erasure.py [--db /tmp/reseau-bench.db] [--documents 2000] [--erasures 3]

Builds (or reuses) the synthetic register of ``benchmarks/register.py`` (100,000 people), adds
generated bulletins as documents with their full text in the search index, copies it, then
times ``erase`` of a few people who appear in documents and prints each step's share.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.register import build  # noqa: E402
from benchmarks.synthetic import bulletin  # noqa: E402


def add_documents(url: str, count: int, seed: int = 5) -> None:
    """Documents whose text names people of the register, each with a person mention."""
    from sqlalchemy import insert, select

    from reseau.store.database import open_register
    from reseau.store.repo import content_hash, fold
    from reseau.store.tables import Document, Mention, Person, SearchEntry

    rng = random.Random(seed)
    register = open_register(url)
    with register.engine.begin() as c:
        people = c.execute(select(Person.id, Person.name).limit(count)).all()
        for n, (person_id, name) in enumerate(people):
            text = bulletin(rng, n) + f"\n\nNous avons rencontré {name}, qui a présenté le programme.\n"
            doc_id = c.execute(insert(Document).values(content_hash=content_hash(text), source=f"bulletin-{n}.txt",
                                                       text=text, language="fr")).inserted_primary_key[0]
            start = text.rindex(name)
            c.execute(insert(Mention).values(document_id=doc_id, record_kind="person", record_id=person_id,
                                             start=start, end=start + len(name), text=name))
            c.execute(insert(SearchEntry).values(record_kind="document", record_id=doc_id, label=f"bulletin-{n}.txt",
                                                 folded=fold(text)))
    register.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", default="/tmp/reseau-erasure-bench.db")
    parser.add_argument("--documents", type=int, default=2000)
    parser.add_argument("--erasures", type=int, default=3)
    args = parser.parse_args()
    from reseau.store.database import open_register
    from reseau.store.personal_data import erase
    from reseau.store.tables import Person

    source = Path(args.db)
    if not source.exists():
        build(f"sqlite:///{source}")
        started = time.perf_counter()
        add_documents(f"sqlite:///{source}", args.documents)
        print(f"{args.documents} documents added in {time.perf_counter() - started:.0f} s")
    work = Path(tempfile.mkdtemp(prefix="reseau-erasure-")) / "r.db"
    shutil.copy(source, work)
    register = open_register(f"sqlite:///{work}")
    print(f"register: {work.stat().st_size / 1e6:.0f} MB")
    for person_id in range(1, args.erasures + 1):
        started = time.perf_counter()
        counts = erase(register, lambda s: s.get(Person, person_id), actor="bench")
        print(f"erase #{person_id}: {time.perf_counter() - started:.2f} s ({counts})")
    register.close()
    shutil.rmtree(work.parent)


if __name__ == "__main__":
    main()
