"""Facts about the collection itself, such as the random id of the learner who keeps it."""

from __future__ import annotations

import sqlite3

from trainer.store.errors import CollectionCorruptError
from trainer.store.schema_v3 import LEARNER_KEY
from trainer.store.transactions import translated_errors


def learner_id(conn: sqlite3.Connection) -> str:
    """The learner's random id (32 hex digits), made when the collection was created or
    upgraded: it tells one learner's exported log from another's, and nothing else."""
    with translated_errors(conn):
        row = conn.execute(
            "SELECT value FROM collection_info WHERE key = ?", (LEARNER_KEY,)
        ).fetchone()
    if row is None:
        raise CollectionCorruptError("the collection has no learner id")
    return str(row[0])
