"""proposal reasons said in the reader's language

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-27 22:00:00

A proposal kept its reason as a French sentence, shown as is on English pages. It now keeps
the reason's template (a catalogue entry) and its values apart, so each reader gets it in
their language. Reasons written before stay as they were (French), with no values.
"""
from alembic import op
import sqlalchemy as sa


revision = '0006'
down_revision = '0005'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN: a batch rebuild of the table on SQLite would drop its triggers (0005).
    op.add_column('proposals', sa.Column('reason_values', sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column('proposals', 'reason_values')
