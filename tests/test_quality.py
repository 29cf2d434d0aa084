"""The extraction score on the development texts of ../shared/eval must not slide back.

The texts are extracted in this process (the model is loaded once) and scored with
../shared/eval/score.py's own functions: the same figure as
``score.py --run 'reseau extract {text} --published {published} --format json'``.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import SHARED_EVAL

# A little under what the engine reaches today on the 26 development texts
# (overall 0.937, roles 0.89 at worst, on 2026-11-27); raised as the score rises.
FLOOR_OVERALL = 0.92
FLOOR_EACH = 0.86


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval is not beside the project")
def test_development_set_scores_above_the_floor(nlp, capsys):
    from benchmarks.score_dev import load_scorer, predictions

    score = load_scorer()
    report = score.Report()
    for gold, pred in predictions(sorted((SHARED_EVAL / "gold").glob("*.json"))):
        report.add(score.Gold(gold), pred)
    parts = [report.organizations, report.people, report.roles, report.activities]
    f1s = [part.f1 for part in parts]
    report.print(verbose=True)
    shown = capsys.readouterr().out
    assert sum(f1s) / len(f1s) >= FLOOR_OVERALL, shown
    assert min(f1s) >= FLOOR_EACH, shown


OWN_EVAL = Path(__file__).parent / "own_eval"
# A little under what the engine reaches on the texts written by the helpers themselves
# (tests/own_eval: 14 texts, each scored before any rule was fitted to it; overall 0.897, roles 0.79
# at worst, on 2026-11-27); raised as the score rises.
OWN_FLOOR_OVERALL = 0.88
OWN_FLOOR_EACH = 0.76


@pytest.mark.skipif(not (SHARED_EVAL / "score.py").exists(), reason="../shared/eval/score.py is not beside the project")
def test_own_texts_score_above_the_floor(nlp, capsys):
    from benchmarks.score_dev import load_scorer, predictions

    score = load_scorer()
    report = score.Report()
    for gold, pred in predictions(sorted((OWN_EVAL / "gold").glob("*.json"))):
        report.add(score.Gold(gold), pred)
    parts = [report.organizations, report.people, report.roles, report.activities]
    f1s = [part.f1 for part in parts]
    report.print(verbose=True)
    shown = capsys.readouterr().out
    assert sum(f1s) / len(f1s) >= OWN_FLOOR_OVERALL, shown
    assert min(f1s) >= OWN_FLOOR_EACH, shown
