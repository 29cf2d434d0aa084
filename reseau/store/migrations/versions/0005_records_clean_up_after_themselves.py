"""records clean up after themselves; the audit keeps what undo needs

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-27 19:00:00

Mentions, proposals and search rows point at a record by (kind, id), which no foreign key can
say: triggers now refuse such a row when it points at no record, and one trigger per record
table deletes them when the record goes (ON DELETE CASCADE by hand), so that forgetting a document, deleting, erasing or merging a record need no clean-up
of their own. Rows an older version left pointing at nothing are deleted first (they named no
record: nothing is lost). The audit gains what an undo needs and which entry undid it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None

RECORDS = (("organizations", "organization"), ("people", "person"), ("roles", "role"), ("activities", "activity"),
           ("documents", "document"))


def _orphans() -> None:
    for table, kind in RECORDS:
        missing = f"record_kind = '{kind}' AND {{column}} NOT IN (SELECT id FROM {table})"
        op.execute(f"DELETE FROM mentions WHERE {missing.format(column='record_id')}")
        op.execute(f"DELETE FROM search_entries WHERE {missing.format(column='record_id')}")
        op.execute(f"DELETE FROM proposals WHERE ({missing.format(column='record_id')}) "
                   f"OR ({missing.format(column='candidate_id')})")


def _triggers(sqlite: bool) -> None:
    if not sqlite:
        op.execute("""CREATE FUNCTION reseau_forget_record() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM mentions WHERE record_kind = TG_ARGV[0] AND record_id = OLD.id;
  DELETE FROM search_entries WHERE record_kind = TG_ARGV[0] AND record_id = OLD.id;
  DELETE FROM proposals WHERE record_kind = TG_ARGV[0] AND (record_id = OLD.id OR candidate_id = OLD.id);
  RETURN OLD;
END $$""")
    for table, kind in RECORDS:
        if sqlite:
            op.execute(f"CREATE TRIGGER {table}_forget AFTER DELETE ON {table} BEGIN "
                       f"DELETE FROM mentions WHERE record_kind = '{kind}' AND record_id = old.id; "
                       f"DELETE FROM search_entries WHERE record_kind = '{kind}' AND record_id = old.id; "
                       f"DELETE FROM proposals WHERE record_kind = '{kind}' AND (record_id = old.id OR candidate_id = old.id); "
                       "END")
        else:
            op.execute(f"CREATE TRIGGER {table}_forget AFTER DELETE ON {table} FOR EACH ROW "
                       f"EXECUTE FUNCTION reseau_forget_record('{kind}')")


# The tables that point at a record by (record_kind, <column>), and their columns that do.
POINTING = (("mentions", ("record_id",)), ("search_entries", ("record_id",)), ("proposals", ("record_id", "candidate_id")))


def _guards(sqlite: bool) -> None:
    """A row that would point at no record is refused, on insert or when its pointer changes, as
    a foreign key would refuse it (on PostgreSQL the record is locked FOR KEY SHARE, as a foreign
    key does, so that it cannot go before the row pointing at it is committed)."""
    if not sqlite:
        tables = " ".join(f"WHEN '{kind}' THEN '{table}'" for table, kind in RECORDS)
        op.execute(f"""CREATE FUNCTION reseau_record_exists(kind text, record integer) RETURNS boolean LANGUAGE plpgsql AS $$
DECLARE
  target text := CASE kind {tables} END;
  found_it boolean;
BEGIN
  IF target IS NULL THEN RETURN false; END IF;
  EXECUTE format('SELECT true FROM %I WHERE id = $1 FOR KEY SHARE', target) INTO found_it USING record;
  RETURN coalesce(found_it, false);
END $$""")
        op.execute("""CREATE FUNCTION reseau_check_pointer() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF NOT reseau_record_exists(NEW.record_kind, NEW.record_id) THEN
    RAISE EXCEPTION 'reseau: no % #% for this row of %', NEW.record_kind, NEW.record_id, TG_TABLE_NAME
      USING ERRCODE = 'foreign_key_violation';
  END IF;
  IF TG_TABLE_NAME = 'proposals' THEN
    IF NOT reseau_record_exists(NEW.record_kind, NEW.candidate_id) THEN
      RAISE EXCEPTION 'reseau: no % #% for this proposal', NEW.record_kind, NEW.candidate_id
        USING ERRCODE = 'foreign_key_violation';
    END IF;
  END IF;
  RETURN NEW;
END $$""")
    for table, columns in POINTING:
        watched = ", ".join(("record_kind", *columns))
        if sqlite:
            missing = " OR ".join(
                "(" + " AND ".join(f"NOT EXISTS (SELECT 1 FROM {records} WHERE new.record_kind = '{kind}' AND id = new.{column})"
                                   for records, kind in RECORDS) + ")" for column in columns)
            for event in ("INSERT", f"UPDATE OF {watched}"):
                name = f"{table}_point_{event.split()[0].lower()}"
                op.execute(f"CREATE TRIGGER {name} BEFORE {event} ON {table} WHEN {missing} BEGIN "
                           f"SELECT RAISE(ABORT, 'FOREIGN KEY constraint failed: {table} points at no record'); END")
        else:
            op.execute(f"CREATE TRIGGER {table}_point BEFORE INSERT OR UPDATE OF {watched} ON {table} "
                       "FOR EACH ROW EXECUTE FUNCTION reseau_check_pointer()")


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _orphans()
    _triggers(sqlite)
    _guards(sqlite)
    op.create_index('ix_proposals_record', 'proposals', ['record_kind', 'record_id'], unique=False)
    op.create_index('ix_proposals_candidate', 'proposals', ['record_kind', 'candidate_id'], unique=False)
    with op.batch_alter_table('audit') as batch:
        batch.add_column(sa.Column('undo', sa.Text(), nullable=True))
        batch.add_column(sa.Column('undone_by', sa.Integer(), nullable=True))


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    with op.batch_alter_table('audit') as batch:
        batch.drop_column('undone_by')
        batch.drop_column('undo')
    op.drop_index('ix_proposals_candidate', table_name='proposals')
    op.drop_index('ix_proposals_record', table_name='proposals')
    for table, _ in POINTING:
        for name in ((f"{table}_point_insert", f"{table}_point_update") if sqlite else (f"{table}_point",)):
            op.execute(f"DROP TRIGGER {name}" + ("" if sqlite else f" ON {table}"))
    for table, _ in RECORDS:
        op.execute(f"DROP TRIGGER {table}_forget" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        op.execute("DROP FUNCTION reseau_check_pointer()")
        op.execute("DROP FUNCTION reseau_record_exists(text, integer)")
        op.execute("DROP FUNCTION reseau_forget_record()")
