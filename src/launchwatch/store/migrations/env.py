"""Alembic environment: migrations run on the connection the store hands over (never a URL here)."""

from __future__ import annotations

from alembic import context

from launchwatch.store.schema import metadata

connection = context.config.attributes.get("connection")
if connection is None:  # pragma: no cover - only `launchwatch` itself runs these migrations
    raise RuntimeError("launchwatch migrations run through launchwatch.store.database.open_store")

context.configure(
    connection=connection,
    target_metadata=metadata,
    render_as_batch=connection.dialect.name == "sqlite",
)
with context.begin_transaction():
    context.run_migrations()
