"""The register's tables, as SQLAlchemy 2 typed models.

Organizations and people carry their names and aliases with a comparison key (no
accents, case or articles) so that resolution finds them by index. Every record points
to the mentions that support it; a record no mention supports any more goes away with
its document (``reseau forget``).
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Index, Integer, String, Text, UniqueConstraint, false
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def now() -> datetime:
    """The current time, in UTC."""
    return datetime.now(timezone.utc)


class Base(DeclarativeBase):
    """Base of the register's models."""


class Document(Base):
    """A source text, stored once per content hash."""

    __tablename__ = "documents"
    id: Mapped[int] = mapped_column(primary_key=True)
    content_hash: Mapped[str] = mapped_column(String(64), unique=True)
    source: Mapped[str] = mapped_column(String(1000))
    published: Mapped[date | None] = mapped_column(Date)
    language: Mapped[str] = mapped_column(String(8), default="fr")
    text: Mapped[str] = mapped_column(Text)
    ingested_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class Organization(Base):
    """An organization: police service, ministry, city, university, UN body, NGO, network…"""

    __tablename__ = "organizations"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500))
    acronym: Mapped[str | None] = mapped_column(String(100))
    kind: Mapped[str | None] = mapped_column(String(100))
    country: Mapped[str | None] = mapped_column(String(100))
    city: Mapped[str | None] = mapped_column(String(200))
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="SET NULL"))
    notes: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[OrgAlias]] = relationship(back_populates="organization", cascade="all, delete-orphan")


class OrgAlias(Base):
    """A way an organization is written (its name and acronym included), with its comparison key."""

    __tablename__ = "org_aliases"
    __table_args__ = (UniqueConstraint("organization_id", "key"), Index("ix_org_aliases_key", "key"))
    id: Mapped[int] = mapped_column(primary_key=True)
    organization_id: Mapped[int] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(500))
    key: Mapped[str] = mapped_column(String(500))
    organization: Mapped[Organization] = relationship(back_populates="aliases")


class Person(Base):
    """A person of the network."""

    __tablename__ = "people"
    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    notes: Mapped[str | None] = mapped_column(Text)
    aliases: Mapped[list[PersonAlias]] = relationship(back_populates="person", cascade="all, delete-orphan")


class PersonAlias(Base):
    """A way a person is written (first name alone, ``M. Tremblay``), with its comparison key."""

    __tablename__ = "person_aliases"
    __table_args__ = (UniqueConstraint("person_id", "key"), Index("ix_person_aliases_key", "key"))
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    alias: Mapped[str] = mapped_column(String(300))
    key: Mapped[str] = mapped_column(String(300))
    # A first name or a surname alone is kept for search, never used to match a new mention.
    partial: Mapped[bool] = mapped_column(Boolean, default=False)
    person: Mapped[Person] = relationship(back_populates="aliases")


class Role(Base):
    """A title a person holds in an organization, seen between two dates in a document."""

    __tablename__ = "roles"
    __table_args__ = (Index("ix_roles_person", "person_id"), Index("ix_roles_org", "organization_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    person_id: Mapped[int] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    title: Mapped[str] = mapped_column(String(500))
    first_seen: Mapped[date | None] = mapped_column(Date)
    last_seen: Mapped[date | None] = mapped_column(Date)
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="SET NULL"))


class Activity(Base):
    """A meeting, event, hire or publication; a mission or visit holds others (``parent_id``)."""

    __tablename__ = "activities"
    __table_args__ = (Index("ix_activities_date", "date"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(20))
    date: Mapped[str | None] = mapped_column(String(10))  # YYYY, YYYY-MM or YYYY-MM-DD
    date_precision: Mapped[str | None] = mapped_column(String(10))
    place: Mapped[str | None] = mapped_column(String(200))
    title: Mapped[str | None] = mapped_column(String(500))
    summary: Mapped[str] = mapped_column(Text, default="")
    topics: Mapped[str] = mapped_column(Text, default="")  # topics separated by « ; »
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("activities.id", ondelete="SET NULL"))
    document_id: Mapped[int | None] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    status: Mapped[str] = mapped_column(String(10), default="held", server_default="held", index=True)  # held | planned
    # A planned activity: the held one that later reported it (None while the promise waits).
    followed_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("activities.id", name="fk_activities_followed_by", ondelete="SET NULL"))
    participants: Mapped[list[Participation]] = relationship(back_populates="activity", cascade="all, delete-orphan")


class Participation(Base):
    """A person or an organization taking part in an activity, with an optional part."""

    __tablename__ = "participations"
    __table_args__ = (Index("ix_participations_person", "person_id"), Index("ix_participations_org", "organization_id"),
                      Index("ix_participations_activity", "activity_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    activity_id: Mapped[int] = mapped_column(ForeignKey("activities.id", ondelete="CASCADE"))
    person_id: Mapped[int | None] = mapped_column(ForeignKey("people.id", ondelete="CASCADE"))
    organization_id: Mapped[int | None] = mapped_column(ForeignKey("organizations.id", ondelete="CASCADE"))
    part: Mapped[str | None] = mapped_column(String(50))
    activity: Mapped[Activity] = relationship(back_populates="participants")


class Mention(Base):
    """A span of a document that supports a record. ``record_kind`` and ``record_id`` point at a
    row of one of several tables: triggers (migration 0005) delete the mentions, proposals and
    search rows of a record that goes, as a foreign key with ON DELETE CASCADE would."""

    __tablename__ = "mentions"
    __table_args__ = (Index("ix_mentions_record", "record_kind", "record_id"), Index("ix_mentions_document", "document_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    record_kind: Mapped[str] = mapped_column(String(20))  # organization | person | role | activity
    record_id: Mapped[int] = mapped_column(Integer)
    start: Mapped[int] = mapped_column(Integer)
    end: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)


class Proposal(Base):
    """A doubt left to a person: is this new record the same as that one?"""

    __tablename__ = "proposals"
    __table_args__ = (Index("ix_proposals_record", "record_kind", "record_id"),
                      Index("ix_proposals_candidate", "record_kind", "candidate_id"))
    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    candidate_id: Mapped[int] = mapped_column(Integer)
    reason: Mapped[str] = mapped_column(Text)  # a catalogue template, filled with reason_values
    reason_values: Mapped[str | None] = mapped_column(Text, nullable=True)  # JSON object; None before 0006
    score: Mapped[int] = mapped_column(Integer, default=0)
    status: Mapped[str] = mapped_column(String(20), default="open")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class AuditEntry(Base):
    """A change to the register: what, before, after, when, by whom."""

    __tablename__ = "audit"
    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    actor: Mapped[str] = mapped_column(String(200))
    action: Mapped[str] = mapped_column(String(50))
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int | None] = mapped_column(Integer)
    before: Mapped[str | None] = mapped_column(Text)
    after: Mapped[str | None] = mapped_column(Text)
    # What undoing the change needs (rows to put back, values to set again), as JSON; None for
    # what cannot be undone (an erasure keeps no values on purpose).
    undo: Mapped[str | None] = mapped_column(Text)
    undone_by: Mapped[int | None] = mapped_column(Integer)  # the audit entry that undid this one


class SearchEntry(Base):
    """Text to search for a record: its names, titles, summaries, folded (no accents, lower case)."""

    __tablename__ = "search_entries"
    __table_args__ = (Index("ix_search_record", "record_kind", "record_id"),)
    id: Mapped[int] = mapped_column(primary_key=True)
    record_kind: Mapped[str] = mapped_column(String(20))
    record_id: Mapped[int] = mapped_column(Integer)
    label: Mapped[str] = mapped_column(String(500))
    folded: Mapped[str] = mapped_column(Text)


class User(Base):
    """Someone who signs in: a viewer reads, an editor imports and corrects, an admin also
    manages users and erases personal data. Names are unique without regard to case
    (``name_key``); ids are never reused (AUTOINCREMENT on SQLite, a sequence on PostgreSQL),
    so that nothing that points to a removed account can point to a new one."""

    __tablename__ = "users"
    __table_args__ = {"sqlite_autoincrement": True}
    id: Mapped[int] = mapped_column(primary_key=True)
    username: Mapped[str] = mapped_column(String(100), unique=True)
    name_key: Mapped[str] = mapped_column(String(100), unique=True)  # the name case-folded
    password_hash: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))  # viewer | editor | admin
    disabled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)


class ApiToken(Base):
    """A token a script presents instead of a password; only its hash is stored."""

    __tablename__ = "api_tokens"
    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"))
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    scope: Mapped[str] = mapped_column(String(10), default="api", server_default="api")  # api | feed (feeds only)


class LoginSession(Base):
    """A signed-in browser or script: the cookie holds a random secret, the table its SHA-256
    (a copy of the table signs no one in). Ends at its expiry, after being idle too long, or
    when revoked (logout, password or role change, account disabled)."""

    __tablename__ = "sessions"
    id: Mapped[str] = mapped_column(String(64), primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    last_seen: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    address: Mapped[str] = mapped_column(String(100), default="")


class ImportDraft(Base):
    """An import waiting for a person's review: the text read, what extraction found, how it
    resolves against the register, and the reviewer's choices so far (each as JSON). Kept in
    the register, not in a server process, so that any worker can show or accept it; gone at
    its expiry."""

    __tablename__ = "import_drafts"
    id: Mapped[str] = mapped_column(String(32), primary_key=True)
    created_by: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), default=now)
    expires_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), index=True)
    source: Mapped[str] = mapped_column(String(1000))
    text: Mapped[str] = mapped_column(Text)
    extraction: Mapped[str] = mapped_column(Text)
    resolution: Mapped[str] = mapped_column(Text)
    choices: Mapped[str] = mapped_column(Text, default="{}")
