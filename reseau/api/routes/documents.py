"""``/api/documents``: the list, one document with its mentions, what removing it would take
away, and removing it (editors)."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Path, Query, Request

from reseau.http.deps import EditorDep, SessionDep
from reseau.api.routes.curation import cookie_csrf
from reseau.api.schemas import MAX_ID, DocumentDetail, DocumentPublic, ForgetPreviewPublic, ForgetPublic, Page, error_responses
from reseau.query.documents import document_view, forget_preview, list_documents
from reseau.store.curation import forget_document

router = APIRouter(prefix="/documents", tags=["documents"])
writes = APIRouter(prefix="/documents", tags=["documents"], dependencies=[Depends(cookie_csrf)])
Id = Annotated[int, Path(ge=1, le=MAX_ID)]


@router.get("", response_model=Page[DocumentPublic])
async def read_documents(session: SessionDep, offset: Annotated[int, Query(ge=0, le=MAX_ID)] = 0,
                         limit: Annotated[int, Query(ge=1, le=500)] = 100):
    """Documents, newest published first, with who imported them and what they support."""
    total, rows = list_documents(session, offset=offset, limit=limit)
    return {"total": total, "offset": offset, "limit": limit, "items": rows}


@router.get("/{document_id}", response_model=DocumentDetail, responses=error_responses(404))
async def read_document(session: SessionDep, document_id: Id):
    """One document: its text cut at its mentions, each with the record it supports."""
    return document_view(session, document_id)


@router.get("/{document_id}/forget-preview", response_model=ForgetPreviewPublic, responses=error_responses(404))
async def read_forget_preview(session: SessionDep, document_id: Id):
    """What removing this document would take away, nothing removed."""
    return forget_preview(session, document_id)


@writes.delete("/{document_id}", response_model=ForgetPublic, responses=error_responses(404))
def delete_document(request: Request, document_id: Id, account: EditorDep):
    """Remove a document with its activities and the records no other document supports."""
    with request.app.state.register.transaction() as session:
        return forget_document(session, str(document_id), actor=account.username)
