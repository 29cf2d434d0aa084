"""Why roles and activities of the gold were missed: counts of causes, not a list of texts.

    .venv/bin/python benchmarks/miss_causes.py [--only T-A07,…] [--skip …] [--eval-dir DIR] [-v]

The scorer matches a role when the person is linked to the right organization (the
title is not compared). A missed role therefore failed in one of four places:

- ``person``: the person was not extracted at all;
- ``no role``: the person was extracted with no role in any organization;
- ``organization missing``: the person has roles elsewhere, and the organization of
  the gold was not extracted under any of its names;
- ``link``: the organization was extracted, but the person is not linked to it.

The scorer matches an activity when its kind group, its date and half of its
participants agree. A missed activity therefore failed on one of those; this script
says which, for every gold activity left unmatched by the scorer's own pairing:

- ``no candidate``: nothing of its kind group was extracted with a date that fits;
- ``date``: an extraction of its kind group shares half its participants, but its date
  does not fit (``date missing`` when the extraction has none);
- ``participants``: an extraction of its kind group has a date that fits, but shares
  too few participants (the best overlap is counted in tenths), counted apart when the
  closest has ``too few`` of them, ``too many`` or ``both``;
- ``kind``: an extraction of another kind group fits in date and participants.

Counts only by default, so it can be run on texts kept unopened; ``-v`` lists each
miss with its closest extraction.
"""

from __future__ import annotations

import argparse
from collections import Counter
from score_dev import add_selection, load_scorer, predictions, selected


def members(score, people, orgs, to_id, ignored) -> set[str]:
    """The participants of an activity as the scorer compares them."""
    keys = {"p:" + score.person_key(p) for p in people} | {"o:" + str(to_id(o)) for o in orgs}
    return keys - ignored


def overlap(a: set[str], b: set[str]) -> float:
    """Jaccard overlap of two participant sets, 1.0 when both are empty."""
    return len(a & b) / len(a | b) if a | b else 1.0


def role_causes(score, gold_data: dict, pred: dict) -> list[tuple[str, str]]:
    """(cause, description) for each gold role the scorer leaves unmatched."""
    gold = score.Gold(gold_data)
    tally, _ = score.score_roles(gold, pred)
    resolve = score.pred_org_resolver(gold, pred)
    people = {score.person_key(p.get("name")): p for p in pred.get("people") or []}
    extracted = {resolve(o.get("name")) for o in pred.get("organizations") or []}
    found = []
    for line in tally.misses:
        name = line.split(" — ")[0]
        k = score.person_key(name)
        org_id = next((i for i, o in gold.orgs.items() if o["name"] == line.rsplit(" — ", 1)[1]), None)
        person = people.get(k)
        if person is None:
            cause = "person"
        elif not [r for r in person.get("roles") or [] if r.get("organization")]:
            cause = "no role"
        elif org_id not in extracted:
            cause = "organization missing"
        else:
            cause = "link"
        found.append((cause, line))
    return found


def _shortfall(gold: set[str], pred: set[str]) -> str:
    """How the closest extraction's participants differ: some missing, some extra, or both."""
    missing, extra = bool(gold - pred), bool(pred - gold)
    if missing and extra:
        return "both"
    return "too few" if missing else ("too many" if extra else "same")


def causes(score, gold_data: dict, pred: dict) -> list[tuple[str, str]]:
    """(cause, description) for each gold activity the scorer leaves unmatched."""
    gold = score.Gold(gold_data)
    tally, _, _ = score.score_activities(gold, pred)
    missed = set(tally.misses)
    resolve = score.pred_org_resolver(gold, pred)
    ignored = {"o:" + k for k, org in gold.orgs.items() if org.get("optional")}
    ignored |= {"p:" + k for k in gold.optional_people}
    preds = [(p, members(score, p.get("people") or [], p.get("organizations") or [], resolve, ignored))
             for p in pred.get("activities") or []]
    members_of = {id(p): pm for p, pm in preds}
    found = []
    for g in gold.data["activities"]:
        line = f"{g['kind']} {g.get('date')} {g.get('place')} {g['people'] or g['orgs']}"
        if g.get("optional") or line not in missed:
            continue
        gm = members(score, g["people"], g["orgs"], lambda o: o, ignored)
        group = score.KIND_GROUP[g["kind"]]
        same_kind = [(p, pm) for p, pm in preds if score.KIND_GROUP.get(p.get("kind")) == group]
        dated = [(overlap(gm, pm), p) for p, pm in same_kind if score.date_fits(g.get("date"), p.get("date"))]
        undated = [(overlap(gm, pm), p) for p, pm in same_kind if not score.date_fits(g.get("date"), p.get("date"))]
        other = [p for p, pm in preds if score.KIND_GROUP.get(p.get("kind")) != group
                 and score.date_fits(g.get("date"), p.get("date")) and overlap(gm, pm) >= 0.5]
        best_undated = max(undated, key=lambda x: x[0], default=(0.0, None))
        if best_undated[0] >= 0.5:
            cause = "date missing" if not best_undated[1].get("date") else "date"
            closest = best_undated[1]
        elif other:
            cause, closest = "kind", other[0]
        elif dated:
            best = max(dated, key=lambda x: x[0])
            cause, closest = f"participants, {_shortfall(gm, members_of[id(best[1])])} (best {int(best[0] * 10)}/10)", best[1]
        else:
            cause, closest = "no candidate", None
        near = (f"{closest.get('kind')} {closest.get('date')} {closest.get('people') or closest.get('organizations')}"
                if closest else "-")
        found.append((cause, f"{line}  ← {near}"))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("-v", "--verbose", action="store_true", help="list each miss and its closest extraction")
    add_selection(parser)
    args = parser.parse_args()
    files = selected(args)
    score = load_scorer()
    roles: Counter[str] = Counter()
    activities: Counter[str] = Counter()
    for gold, pred in predictions(files):
        for counts, found in ((roles, role_causes(score, gold, pred)), (activities, causes(score, gold, pred))):
            for cause, line in found:
                counts[cause.split(" (")[0]] += 1
                if args.verbose:
                    print(f"{cause:24} {line}")
    for part, counts in (("roles", roles), ("activities", activities)):
        print(f"missed {part}: {sum(counts.values())}")
        for cause, n in counts.most_common():
            print(f"  {cause:22} {n}")


if __name__ == "__main__":
    main()
