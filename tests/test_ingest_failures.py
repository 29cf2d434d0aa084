"""``reseau ingest`` of a folder where some files are hostile or broken: every good file is
written, each bad one is named with its reason, and the command says it did not all go well."""

from __future__ import annotations

import sqlite3

from tests import hostile_files as hostile
from tests.conftest import ROOT, run_cli


def test_a_folder_with_bad_files_writes_the_good_ones_and_names_the_bad(tmp_path):
    folder = tmp_path / "bulletins"
    folder.mkdir()
    (folder / "a-bon.txt").write_bytes((ROOT / "examples" / "bulletin-apu-2023-10.txt").read_bytes())
    (folder / "b-casse.pdf").write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >> endobj\n%%EOF")
    (folder / "c-bombe.docx").write_bytes(hostile.zip_bomb(200))
    (folder / "d-noeud.docx").write_bytes(hostile.huge_text_node(12))
    (folder / "e-binaire.txt").write_bytes(hostile.binary_without_nul(50_000))
    (folder / "f-balises.html").write_bytes(b"<html><body><![xyz[ a ]]></body></html>")
    (folder / "g-bon.docx").write_bytes(hostile.docx(hostile.paragraph("Le 4 mars, le RQP a rencontré Jeanne Lefort.")))
    database = tmp_path / "r.db"
    done = run_cli("ingest", str(folder), "--published", "2023-10-31",
                   env={"RESEAU_DATABASE_URL": f"sqlite:///{database}", "RESEAU_MODEL": "blank:fr"})
    err = done.stderr.decode()
    assert done.returncode == 1 and "Traceback" not in err
    assert "5 fichiers en échec" in err
    for name, reason in (("b-casse.pdf", "PDF illisible"), ("c-bombe.docx", "décompressé"), ("d-noeud.docx", "illisible"),
                         ("e-binaire.txt", "données binaires"), ("f-balises.html", "HTML illisible")):
        line = next(line for line in err.splitlines() if name in line)
        assert reason in line and line.count(name) == 1, line
    with sqlite3.connect(database) as db:
        stored = {row[0].rsplit("/", 1)[-1] for row in db.execute("SELECT source FROM documents")}
    assert stored == {"a-bon.txt", "g-bon.docx"}
