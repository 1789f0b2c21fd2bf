"""Alembic environment: always run from code with a connection handed in (see storage.schema)."""

from __future__ import annotations

from alembic import context

from infusion_desk.storage.tables import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
with context.begin_transaction():
    context.run_migrations()
