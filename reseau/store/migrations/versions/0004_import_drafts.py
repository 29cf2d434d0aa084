"""import drafts kept in the register

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-27 19:00:00

Drafts lived in one server process's memory: with several workers, a draft made on one was
unknown to the others. They now have a table, with an expiry; nothing else changes.
"""
from alembic import op
import sqlalchemy as sa


revision = '0004'
down_revision = '0003'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('import_drafts',
    sa.Column('id', sa.String(length=32), nullable=False),
    sa.Column('created_by', sa.String(length=200), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('source', sa.String(length=1000), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('extraction', sa.Text(), nullable=False),
    sa.Column('resolution', sa.Text(), nullable=False),
    sa.Column('choices', sa.Text(), nullable=False),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_import_drafts_expires_at', 'import_drafts', ['expires_at'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_import_drafts_expires_at', table_name='import_drafts')
    op.drop_table('import_drafts')
