"""The bulletin written back and read again: does it give back the register's records?

    .venv/bin/python benchmarks/bulletin_round_trip.py [-v] [--text cipc-bulletin-2022.txt]
        [--published 2022-06-01] [--from 2022-01-01] [--to 2022-06-30] [--lang fr]

Through the real command line, in a register of its own: ``reseau ingest TEXT --published``,
``reseau bulletin --from --to --format md -o b.md``, ``reseau extract b.md --published TO
--format json``; the register's records of the period are written as a gold file in the
format of ../shared/eval/score.py (see its README), which scores the extraction of the
bulletin against them. Prints the scorer's table and ``overall S``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.score_dev import EVAL, load_scorer

RESEAU = Path(sys.executable).with_name("reseau")


def register_gold(database_url: str, start: str, end: str, text: str, published: str) -> dict:
    """The register's records of the period as a gold file: the activities a bulletin of the
    period tells (held in the period, and planned), their people with every role the
    register gives them, and the organizations they and their roles name."""
    from reseau.query.bulletin import bulletin_items
    from reseau.store.database import open_register
    from reseau.store.tables import OrgAlias, Organization, Role

    register = open_register(database_url)
    try:
        with register.sessions() as session:
            bulletin = bulletin_items(session, start, end)
            activities = [m for item in bulletin.items for m in (item.meetings or (item.activity,))
                          if m.kind in ("meeting", "event", "agreement", "hire", "publication")]
            org_ids = {o.id for a in activities for o in a.organizations}
            person_ids = {p.id: p.name for a in activities for p in a.people}
            roles = session.query(Role).filter(Role.person_id.in_(person_ids)).all()
            org_ids |= {r.organization_id for r in roles if r.organization_id}
            aliases: dict[int, list[str]] = {}
            for org_id, alias in session.query(OrgAlias.organization_id, OrgAlias.alias).filter(OrgAlias.organization_id.in_(org_ids)):
                aliases.setdefault(org_id, []).append(alias)
            organizations = [{"id": str(o.id), "name": o.name, "acronym": o.acronym, "aliases": aliases.get(o.id, [])}
                             for o in session.query(Organization).filter(Organization.id.in_(org_ids)).order_by(Organization.id)]
            people = [{"name": name, "roles": [{"title": r.title, "org": str(r.organization_id)} for r in roles
                                               if r.person_id == pid and r.organization_id]}
                      for pid, name in person_ids.items()]
            gold_activities = [{"kind": a.kind, "date": a.date, "place": a.place, "people": [p.name for p in a.people],
                                "orgs": [str(o.id) for o in a.organizations]} for a in activities]
    finally:
        register.close()
    return {"text": text, "published": published, "language": "fr",
            "notes": "The register's records of the period, written by benchmarks/bulletin_round_trip.py.",
            "organizations": organizations, "people": people, "activities": gold_activities}


def _run(*args: str, env: dict) -> str:
    done = subprocess.run([str(RESEAU), *args], capture_output=True, text=True, env=env, check=False)
    if done.returncode != 0:
        raise SystemExit(f"reseau {' '.join(args)} failed: {done.stderr.strip()}")
    return done.stdout


def round_trip(text: Path, published: str, start: str, end: str, folder: Path, lang: str = "fr") -> tuple[dict, dict, str]:
    """(gold from the register, extraction of the bulletin, the bulletin's Markdown) for a text."""
    url = f"sqlite:///{folder / 'register.db'}"
    env = {**os.environ, "RESEAU_DATABASE_URL": url, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    _run("ingest", str(text), "--published", published, env=env)
    out = folder / "b.md"
    _run("bulletin", "--from", start, "--to", end, "--lang", lang, "--format", "md", "-o", str(out), env=env)
    pred = json.loads(_run("extract", str(out), "--published", end, "--format", "json", env=env))
    gold = register_gold(url, start, end, text.name, published)
    return gold, pred, out.read_text(encoding="utf-8")


def overall(report) -> float:
    """The scorer's overall figure: the mean of its four F1 scores."""
    return sum(getattr(report, n).f1 for n in ("organizations", "people", "roles", "activities")) / 4


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--text", default="cipc-bulletin-2022.txt", help="a text of ../shared/eval/texts")
    parser.add_argument("--published", default="2022-06-01")
    parser.add_argument("--from", dest="start", default="2022-01-01")
    parser.add_argument("--to", dest="end", default="2022-06-30")
    parser.add_argument("--lang", default="fr")
    parser.add_argument("--keep", type=Path, help="a folder to keep the register, bulletin and gold in")
    parser.add_argument("-v", "--verbose", action="store_true", help="list every miss and extra")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = args.keep or Path(scratch)
        folder.mkdir(parents=True, exist_ok=True)
        (folder / "register.db").unlink(missing_ok=True)
        gold, pred, _ = round_trip(EVAL / "texts" / args.text, args.published, args.start, args.end, folder, args.lang)
        (folder / "gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=2), encoding="utf-8")
        (folder / "pred.json").write_text(json.dumps(pred, ensure_ascii=False, indent=2), encoding="utf-8")
    score = load_scorer()
    report = score.Report()
    report.add(score.Gold(gold), pred)
    report.print(args.verbose)


if __name__ == "__main__":
    main()
