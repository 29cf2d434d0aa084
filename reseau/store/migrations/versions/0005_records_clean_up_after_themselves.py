"""records clean up after themselves; the audit keeps what undo needs

Revision ID: 0005
Revises: 0003
Create Date: 2026-11-27 19:00:00

Mentions, proposals and search rows point at a record by (kind, id), which no foreign key can
say: one trigger per record table now deletes them when the record goes (ON DELETE CASCADE
by hand), so that forgetting a document, deleting, erasing or merging a record need no clean-up
of their own. Rows an older version left pointing at nothing are deleted first (they named no
record: nothing is lost). The audit gains what an undo needs and which entry undid it.
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0003'
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


def upgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    _orphans()
    _triggers(sqlite)
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
    for table, _ in RECORDS:
        op.execute(f"DROP TRIGGER {table}_forget" + ("" if sqlite else f" ON {table}"))
    if not sqlite:
        op.execute("DROP FUNCTION reseau_forget_record()")
