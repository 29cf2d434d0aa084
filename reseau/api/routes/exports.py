"""``/api/export``: the register (or a period of it) as a file — CSV in a zip for Excel, JSON,
GraphML or GEXF for Gephi — the same files as ``reseau export``."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path
from typing import Annotated, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import FileResponse
from starlette.background import BackgroundTask

from reseau.http.deps import SessionDep
from reseau.api.routes.activities import DatePrefix
from reseau.publish.exports import SEPARATORS, register_tables, write_csv, write_graph, write_json
from reseau.http.language import choose_language

router = APIRouter(tags=["exports"])
FILES = {"csv": ("reseau.zip", "application/zip"), "json": ("reseau.json", "application/json"),
         "graphml": ("reseau.graphml", "application/xml"), "gexf": ("reseau.gexf", "application/xml")}


@router.get("/export", response_class=FileResponse,
            responses={200: {"content": {media: {} for _, media in FILES.values()}, "description": "le fichier"}})
def export(request: Request, session: SessionDep, format: Literal["csv", "json", "graphml", "gexf"] = "csv",
           start: DatePrefix = None, end: DatePrefix = None,
           separator: Annotated[Literal["comma", "semicolon"], Query(description="CSV: what splits the cells "
                                                                    "(semicolon: what a French Excel reads)")] = "comma",
           headings: Annotated[Literal["keys", "language"], Query(description="CSV: the fields' keys, or their names in "
                                                                 "the reader's language")] = "keys"):
    """The register as a file to download; ``start`` and ``end`` keep the activities of a period."""
    name, media = FILES[format]
    folder = Path(tempfile.mkdtemp(prefix="reseau-export-"))
    tables = register_tables(session, start, end)
    target = folder / name
    if format == "csv":
        write_csv(tables, target, separator=SEPARATORS[separator],
                  lang=choose_language(request) if headings == "language" else None)
    elif format == "json":
        write_json(tables, target)
    else:
        write_graph(tables, target, format)
    return FileResponse(target, media_type=media, filename=name,
                        background=BackgroundTask(shutil.rmtree, folder, ignore_errors=True))
