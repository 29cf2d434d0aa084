"""Alembic environment: runs on the connection Réseau hands over (see reseau.store.database)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from reseau.store.tables import Base

config = context.config
connection = config.attributes.get("connection")


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # `alembic` run by hand with sqlalchemy.url set
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        run(conn)
