"""Alembic environment, driven from ``enrol.db.schema`` with the connection passed in ``config.attributes``."""
from __future__ import annotations

from alembic import context

import enrol.db.models  # noqa: F401  (registers every table on Base.metadata)
from enrol.db.base import Base

config = context.config
connection = config.attributes.get("connection")
if connection is None:
    raise RuntimeError("enrol migrations run through enrol.db.schema (enrol db upgrade), not the alembic CLI")

context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=connection.dialect.name == "sqlite",
    compare_type=True,
    transaction_per_migration=True,
)
with context.begin_transaction():
    context.run_migrations()
