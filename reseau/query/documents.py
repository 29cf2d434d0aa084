"""The documents of the register: the list with what each supports, one document's text cut
at its mentions, and what removing one would take away."""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import distinct, func, select
from sqlalchemy.orm import Session

from reseau.errors import UnknownName
from reseau.query.results import DocumentRow, DocumentView, ForgetPreview, RecordCounts, RecordRef, TextPiece
from reseau.query.sources import document_title
from reseau.store.tables import Activity, AuditEntry, Document, Mention, Organization, Person, Role

# The kinds of records a mention supports, in the order a document's page lists them; the
# shorter of two overlapping mentions wins the stretch they share (a name inside a sentence).
MENTION_KINDS = ("organization", "person", "role", "activity")


def _importers(session: Session, ids: list[int]) -> dict[int, tuple[str, str]]:
    """Who imported each document, and when, from the audit row its import wrote."""
    rows = session.execute(select(AuditEntry.record_id, AuditEntry.actor, AuditEntry.at)
                           .where(AuditEntry.action == "ingest", AuditEntry.record_kind == "document",
                                  AuditEntry.record_id.in_(ids)).order_by(AuditEntry.id)).all()
    found: dict[int, tuple[str, str]] = {}
    for record_id, actor, at in rows:
        found.setdefault(record_id, (actor, at))
    return found


def _counts(session: Session, ids: list[int]) -> dict[int, RecordCounts]:
    """How many organizations, people and roles each document's mentions support, and how many
    activities it told."""
    numbers: dict[int, dict[str, int]] = {i: {} for i in ids}
    for document_id, kind, count in session.execute(
            select(Mention.document_id, Mention.record_kind, func.count(distinct(Mention.record_id)))
            .where(Mention.document_id.in_(ids), Mention.record_kind.in_(("organization", "person", "role")))
            .group_by(Mention.document_id, Mention.record_kind)).all():
        numbers[document_id][kind] = count
    for document_id, count in session.execute(select(Activity.document_id, func.count())
                                              .where(Activity.document_id.in_(ids)).group_by(Activity.document_id)).all():
        numbers[document_id]["activity"] = count
    return {i: RecordCounts(organizations=n.get("organization", 0), people=n.get("person", 0), roles=n.get("role", 0),
                            activities=n.get("activity", 0)) for i, n in numbers.items()}


def _iso(value) -> str | None:
    return value.isoformat() if value else None


def list_documents(session: Session, *, offset: int = 0, limit: int = 200) -> tuple[int, list[DocumentRow]]:
    """Documents newest published first (then newest imported), with who imported them and
    how many records each supports; and how many there are in all."""
    total = session.scalar(select(func.count(Document.id))) or 0
    # The text is read only for its first line (a pasted text's title): 200 characters of it.
    rows = session.execute(select(Document.id, Document.source, func.substr(Document.text, 1, 200), Document.published,
                                  Document.ingested_at, Document.language)
                           .order_by(Document.published.desc().nulls_last(), Document.id.desc())
                           .offset(offset).limit(limit)).all()
    ids = [r.id for r in rows]
    importers, counts = _importers(session, ids), _counts(session, ids)
    return total, [DocumentRow(id=r.id, title=document_title(r.source, r[2]), published=_iso(r.published),
                               imported_at=r.ingested_at.strftime("%Y-%m-%d %H:%M"), imported_by=importers.get(r.id, (None,))[0],
                               language=r.language, supports=counts[r.id]) for r in rows]


def _existing(session: Session, mentions: list[tuple[int, int, str, int]]) -> dict[tuple[str, int], tuple[str, int, str]]:
    """For each (kind, id) mentioned that still exists: the page that shows it and its name."""
    wanted: dict[str, set[int]] = defaultdict(set)
    for _, _, kind, record_id in mentions:
        wanted[kind].add(record_id)
    found: dict[tuple[str, int], tuple[str, int, str]] = {}
    ids = list(wanted["organization"])
    for i, name, acronym in session.execute(select(Organization.id, Organization.name, Organization.acronym)
                                            .where(Organization.id.in_(ids))).all():
        found[("organization", i)] = ("organization", i, name + (f" ({acronym})" if acronym and acronym != name else ""))
    for i, name in session.execute(select(Person.id, Person.name).where(Person.id.in_(list(wanted["person"])))).all():
        found[("person", i)] = ("person", i, name)
    for i, person_id, title, name in session.execute(select(Role.id, Role.person_id, Role.title, Person.name)
                                                     .join(Person, Person.id == Role.person_id)
                                                     .where(Role.id.in_(list(wanted["role"])))).all():
        found[("role", i)] = ("person", person_id, f"{name}, {title}")
    for i, title, summary, day in session.execute(select(Activity.id, Activity.title, Activity.summary, Activity.date)
                                                  .where(Activity.id.in_(list(wanted["activity"])))).all():
        found[("activity", i)] = ("activity", i, (f"{day} : " if day else "") + (title or summary[:120]))
    return found


def cut_at_mentions(text: str, mentions: list[tuple[int, int, str, int]],
                    pages: dict[tuple[str, int], tuple[str, int, str]]) -> list[TextPiece]:
    """The text in pieces: outside any mention, or inside the shortest mention that covers it
    (a name inside the sentence of an activity), with the record and the page it links to."""
    spans = [(max(0, start), min(len(text), end), kind, record_id) for start, end, kind, record_id in mentions
             if (kind, record_id) in pages and 0 <= start < end]
    cuts = sorted({0, len(text), *[s for s, _, _, _ in spans], *[e for _, e, _, _ in spans]})
    starting: dict[int, list] = defaultdict(list)
    for span in spans:
        starting[span[0]].append(span)
    active: list = []
    pieces: list[TextPiece] = []
    for left, right in zip(cuts, cuts[1:]):
        active = [s for s in active if s[1] > left] + starting.get(left, [])
        inner = min(active, key=lambda s: (s[1] - s[0], MENTION_KINDS.index(s[2]) if s[2] in MENTION_KINDS else 9), default=None)
        piece = text[left:right]
        if inner is None:
            key = None
            new = TextPiece(piece)
        else:
            page_kind, page_id, _ = pages[(inner[2], inner[3])]
            key = (inner[2], inner[3])
            new = TextPiece(piece, inner[2], inner[3], page_kind, page_id)
        if pieces and (pieces[-1].kind, pieces[-1].record_id) == (new.kind, new.record_id) and (key is None or inner[0] < left):
            pieces[-1] = TextPiece(pieces[-1].text + piece, new.kind, new.record_id, new.page_kind, new.page_id)
        else:
            pieces.append(new)
    return pieces


def _document(session: Session, document_id: int) -> Document:
    document = session.get(Document, document_id)
    if document is None:
        raise UnknownName("document", document_id)
    return document


def document_view(session: Session, document_id: int) -> DocumentView:
    """A document's text with every mention cut out and linked to the record it supports."""
    document = _document(session, document_id)
    mentions = [tuple(m) for m in session.execute(select(Mention.start, Mention.end, Mention.record_kind, Mention.record_id)
                                                  .where(Mention.document_id == document_id)
                                                  .order_by(Mention.start, Mention.id)).all()]
    pages = _existing(session, mentions)
    by_kind = {kind: i for i, kind in enumerate(MENTION_KINDS)}
    records = sorted({RecordRef(kind, record_id, pages[(kind, record_id)][2], *pages[(kind, record_id)][:2])
                      for _, _, kind, record_id in mentions if (kind, record_id) in pages},
                     key=lambda r: (by_kind.get(r.kind, 9), r.name.casefold(), r.id))
    importer = _importers(session, [document_id]).get(document_id, (None,))[0]
    return DocumentView(id=document.id, title=document_title(document.source, document.text), source=document.source,
                        published=_iso(document.published), imported_at=document.ingested_at.strftime("%Y-%m-%d %H:%M"),
                        imported_by=importer, language=document.language, content_hash=document.content_hash,
                        supports=_counts(session, [document_id])[document_id],
                        pieces=cut_at_mentions(document.text, mentions, pages), records=records)


def forget_preview(session: Session, document_id: int) -> ForgetPreview:
    """What ``forget`` would remove with this document: its activities, and the organizations,
    people and roles that no other document mentions (the rule forget applies)."""
    document = _document(session, document_id)
    here = select(Mention.record_kind, Mention.record_id).where(Mention.document_id == document_id).distinct()
    elsewhere = {(k, i) for k, i in session.execute(
        select(Mention.record_kind, Mention.record_id).where(Mention.document_id != document_id,
                                                             Mention.record_id.in_(select(Mention.record_id)
                                                                                   .where(Mention.document_id == document_id)))
        .distinct()).all()}
    alone = [(k, i, 0, 0) for k, i in session.execute(here).all() if (k, i) not in elsewhere and k != "activity"]
    pages = _existing(session, [(0, 0, k, i) for k, i, _, _ in alone])
    gone: dict[str, list[RecordRef]] = defaultdict(list)
    for kind, record_id, _, _ in alone:
        if (kind, record_id) in pages:
            gone[kind].append(RecordRef(kind, record_id, pages[(kind, record_id)][2], *pages[(kind, record_id)][:2]))
    activities = [RecordRef("activity", i, (f"{day} : " if day else "") + (title or summary[:120]), "activity", i)
                  for i, day, title, summary
                  in session.execute(select(Activity.id, Activity.date, Activity.title, Activity.summary)
                                     .where(Activity.document_id == document_id).order_by(Activity.date, Activity.id)).all()]
    name = lambda refs: sorted(refs, key=lambda r: (r.name.casefold(), r.id))  # noqa: E731
    return ForgetPreview(document=document.id, title=document_title(document.source, document.text),
                         organizations=name(gone["organization"]), people=name(gone["person"]), roles=name(gone["role"]),
                         activities=activities)
