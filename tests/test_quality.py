"""The extraction score must not slide back, on the development texts of ../shared/eval and
on the texts the project wrote for itself (tests/own_eval).

The texts are extracted in this process (the model is loaded once) and scored with
../shared/eval/score.py's own functions: the same figure as
``score.py --run 'reseau extract {text} --published {published} --format json'``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_EVAL

OWN_EVAL = Path(__file__).parent / "own_eval"

# A little under what the engine reaches, raised as the score rises: development texts overall
# 0.951 (roles 0.92 at worst, 2026-11-28); own texts (69, each scored once before any rule was
# fitted to it: see the README) overall 0.943, roles 0.91 at worst on 2026-11-28 (second); 79 texts 0.942,
# activities 0.90 at worst (third, with own-aj not yet worked on); 89 texts 0.940, activities 0.90 at
# worst (fourth, with own-al not yet worked on); 104 texts 0.945, activities 0.91 at worst (fifth, with
# own-an not yet worked on); 114 texts 0.931, activities 0.88 at worst (sixth, with own-ap kept unopened
# to measure the rounds: it scores 0.62 and is meant to). Texts written for publishers the others did not
# cover pull the own figure down when they come in: 124 texts 0.912, activities 0.83 at worst (seventh, with
# own-aq and own-ar just written and own-ap not yet worked on), then 0.926, activities 0.86 at worst after
# rounds on own-ap and own-aq (own-ar kept unopened: 0.71); 134 texts 0.917, activities 0.84 at worst
# (eighth, with own-as and own-at just written, 0.83 and 0.80 before any work), then 0.925, activities 0.86
# at worst after the round on own-ar and own-as (own-at kept unopened: 0.80).
FLOORS = {"development": (SHARED_EVAL, 0.94, 0.89), "own": (OWN_EVAL, 0.91, 0.84)}


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is not beside the project")
@pytest.mark.parametrize("texts", FLOORS)
def test_texts_score_above_the_floor(texts, nlp, capsys):
    from benchmarks.score_dev import load_scorer, predictions

    folder, floor_overall, floor_each = FLOORS[texts]
    score = load_scorer()
    report = score.Report()
    for gold, pred in predictions(sorted((folder / "gold").glob("*.json"))):
        report.add(score.Gold(gold), pred)
    f1s = [part.f1 for part in (report.organizations, report.people, report.roles, report.activities)]
    report.print(verbose=True)
    shown = capsys.readouterr().out
    assert sum(f1s) / len(f1s) >= floor_overall, shown
    assert min(f1s) >= floor_each, shown
