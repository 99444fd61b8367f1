"""Alembic's environment: migrations run on the connection `database.upgrade` hands over, never from a config file."""

from __future__ import annotations

from typing import Any, Literal

from alembic import context
from alembic.autogenerate.api import AutogenContext

from quizgen.classes.tables import Base, UtcDateTime

connection = context.config.attributes.get("connection")
if connection is None:
    raise RuntimeError("the class database's migrations run through quizgen.classes.database.upgrade")


def _render_item(kind: str, item: Any, autogen_context: AutogenContext) -> str | Literal[False]:
    """A drafted revision writes plain `sa.DateTime()`, so revisions never import the models as they are later."""
    if kind == "type" and isinstance(item, UtcDateTime):
        return "sa.DateTime()"
    return False


# Batch mode lets later revisions alter tables on SQLite, which cannot ALTER most of a column.
context.configure(connection=connection, target_metadata=Base.metadata, render_as_batch=True, render_item=_render_item)
with context.begin_transaction():
    context.run_migrations()
