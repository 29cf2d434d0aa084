"""The kinds of activities and organizations live in one place (reseau/kinds.py): every kind the
extraction's data files write is one of them, and each has its French label."""

from __future__ import annotations

from reseau.kinds import ACTIVITY_KINDS, ActivityKind, OrganizationKind
from reseau.publish.labels import KIND_LABELS, ORG_KIND_LABELS
from tests.conftest import ROOT

DATA = ROOT / "reseau" / "extract" / "data"


def _column(name: str, index: int) -> set[str]:
    rows = [line.rstrip("\n").split("\t") for line in (DATA / name).read_text(encoding="utf-8").splitlines()
            if line.strip() and not line.startswith("#")]
    return {row[index] for row in rows if len(row) > index and row[index]}


def test_every_organization_kind_of_the_data_files_is_an_enum_member():
    written = _column("gazetteer.tsv", 3) | _column("org_heads.tsv", 1)
    assert written <= {k.value for k in OrganizationKind}


def test_every_kind_has_a_french_label():
    assert {k.value for k in OrganizationKind} == set(ORG_KIND_LABELS)
    assert {k.value for k in ActivityKind} <= set(KIND_LABELS)
    assert set(ACTIVITY_KINDS) == {k.value for k in ActivityKind}
