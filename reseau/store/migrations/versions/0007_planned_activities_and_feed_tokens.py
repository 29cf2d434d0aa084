"""planned activities, the activity that reports them, and tokens for feeds

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-27 22:10:00

An activity is ``held`` (reported) or ``planned`` (announced: « se tiendra le 3 octobre »);
every activity of an older register was reported, so it is held. A planned activity points at
the held one that later reported it (``followed_by_id``), which tells a promise kept from one
still waiting. A token is for the API (``api``) or only for reading feeds and calendars
(``feed``), which readers fetch with the token in the address.
"""
from alembic import op
import sqlalchemy as sa


revision = '0007'
down_revision = '0006'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Plain ADD COLUMNs: a batch rebuild of the table on SQLite would drop its triggers (0005).
    op.add_column('activities', sa.Column('status', sa.String(length=10), nullable=False, server_default='held'))
    if op.get_bind().dialect.name == "sqlite":
        # SQLite takes a reference in ADD COLUMN (alembic would ask for a batch rebuild).
        op.execute("ALTER TABLE activities ADD COLUMN followed_by_id INTEGER "
                   "CONSTRAINT fk_activities_followed_by REFERENCES activities (id) ON DELETE SET NULL")
    else:
        op.add_column('activities', sa.Column('followed_by_id', sa.Integer(), nullable=True))
        op.create_foreign_key('fk_activities_followed_by', 'activities', 'activities', ['followed_by_id'], ['id'],
                              ondelete='SET NULL')
    op.create_index('ix_activities_status', 'activities', ['status'])
    op.add_column('api_tokens', sa.Column('scope', sa.String(length=10), nullable=False, server_default='api'))


def downgrade() -> None:
    op.drop_column('api_tokens', 'scope')
    op.drop_index('ix_activities_status', table_name='activities')
    with op.batch_alter_table('activities') as batch:
        batch.drop_column('followed_by_id')
    op.drop_column('activities', 'status')
