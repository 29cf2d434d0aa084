"""server-side sessions, case-insensitive user names, disabled accounts, token expiry

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-27 16:00:00

User names become unique without regard to case: two accounts that differ only by case
(``ADMIN1`` and ``admin1``) keep their rows, the newer one renamed ``<name>-<id>`` so that an
administrator sees it in ``reseau user list``. On SQLite the users table is rebuilt with
AUTOINCREMENT so that a removed account's id is never given again; the API tokens are
copied aside first, because dropping the old table would cascade to them.
"""
from alembic import op
import sqlalchemy as sa


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def _name_keys(connection) -> None:
    taken: set[str] = set()
    rows = connection.execute(sa.text("SELECT id, username FROM users ORDER BY id")).all()
    for user_id, username in rows:
        key = username.casefold()
        if key in taken:
            username = f"{username}-{user_id}"
            key = username.casefold()
        taken.add(key)
        connection.execute(sa.text("UPDATE users SET username = :name, name_key = :key WHERE id = :id"),
                           {"name": username, "key": key, "id": user_id})


def upgrade() -> None:
    connection = op.get_bind()
    sqlite = connection.dialect.name == "sqlite"
    if sqlite:  # each rebuild of users drops the old table, which cascades to the tokens
        op.execute("CREATE TABLE api_tokens_kept AS SELECT * FROM api_tokens")
    with op.batch_alter_table('users') as batch:
        batch.add_column(sa.Column('name_key', sa.String(length=100), nullable=True))
        batch.add_column(sa.Column('disabled', sa.Boolean(), server_default=sa.false(), nullable=False))
    _name_keys(connection)
    with op.batch_alter_table('users', recreate='always' if sqlite else 'auto',
                              table_kwargs={'sqlite_autoincrement': True}) as batch:
        batch.alter_column('name_key', existing_type=sa.String(length=100), nullable=False)
        batch.create_unique_constraint('uq_users_name_key', ['name_key'])
    if sqlite:
        op.execute("DELETE FROM api_tokens")
        op.execute("INSERT INTO api_tokens SELECT * FROM api_tokens_kept")
        op.execute("DROP TABLE api_tokens_kept")
    with op.batch_alter_table('api_tokens') as batch:
        batch.add_column(sa.Column('expires_at', sa.DateTime(timezone=True), nullable=True))
    op.create_table('sessions',
    sa.Column('id', sa.String(length=64), nullable=False),
    sa.Column('user_id', sa.Integer(), nullable=False),
    sa.Column('created_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('last_seen', sa.DateTime(timezone=True), nullable=False),
    sa.Column('expires_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('revoked_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('address', sa.String(length=100), nullable=False),
    sa.ForeignKeyConstraint(['user_id'], ['users.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id')
    )
    op.create_index('ix_sessions_user_id', 'sessions', ['user_id'], unique=False)


def downgrade() -> None:
    op.drop_index('ix_sessions_user_id', table_name='sessions')
    op.drop_table('sessions')
    with op.batch_alter_table('api_tokens') as batch:
        batch.drop_column('expires_at')
    with op.batch_alter_table('users') as batch:
        batch.drop_constraint('uq_users_name_key', type_='unique')
        batch.drop_column('disabled')
        batch.drop_column('name_key')
