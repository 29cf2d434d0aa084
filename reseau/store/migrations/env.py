"""Alembic environment: runs on the connection Réseau hands over (see reseau.store.database)."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from reseau.store.tables import Base

config = context.config
connection = config.attributes.get("connection")


def include_object(obj, name, type_, reflected, compare_to) -> bool:
    # The full-text index is made by hand in the first migration, not from the models.
    return not (type_ == "table" and name.startswith("search_fts"))


def run(connection) -> None:
    context.configure(connection=connection, target_metadata=Base.metadata, include_object=include_object,
                      render_as_batch=connection.dialect.name == "sqlite")
    with context.begin_transaction():
        context.run_migrations()


if connection is not None:
    run(connection)
else:  # `alembic` run by hand with sqlalchemy.url set
    with create_engine(config.get_main_option("sqlalchemy.url")).connect() as conn:
        run(conn)
