"""Whether a collection's schema is the one trainer makes at its version, and nobody else's.

A backup handed to `trainer restore` may come from anywhere. Its tables, indexes and
triggers must be exactly those trainer's migrations make at the schema version it
claims: a trigger of someone else's could drop every answer as it is saved, or loop for
ever; a view or a generated column could make any read take any time; a file that says
it is version 1 but holds version 5's columns fails to migrate once it is in place.
The schema trainer makes at each version is read from its own migrations, replayed on an
empty database in memory.
"""

from __future__ import annotations

import sqlite3
from contextlib import closing
from functools import cache

from trainer.core.untrusted import printable
from trainer.store.migrations import MIGRATIONS

# One object of a schema: its type, its name, and its SQL with runs of space made one.
SchemaObject = tuple[str, str, str]


def schema_problem(conn: sqlite3.Connection, version: int) -> str | None:
    """What in the schema read over `conn` is not what trainer makes at `version`, or
    None when it is that schema exactly (a version trainer does not know is left to the
    identity check)."""
    if not 0 < version <= len(MIGRATIONS):
        return None
    found = _schema(conn)
    wanted = trainer_schema(version)
    names = {name for _, name, _ in wanted}
    for kind, name, _ in sorted(found - wanted):
        shown = printable(name, one_line=True)
        if name in names:
            return f"its {kind} '{shown}' is not the one trainer makes at schema version {version}"
        if any(name == later for _, later, _ in trainer_schema(len(MIGRATIONS))):
            return f"it holds the {kind} '{shown}' of a later schema version than {version}"
        article = "an" if kind[0] in "aeiou" else "a"
        return f"it holds {article} {kind} '{shown}' that trainer never makes"
    for kind, name, _ in sorted(wanted - found):
        return f"it lacks the {kind} '{name}' of trainer's schema version {version}"
    return None


@cache
def trainer_schema(version: int) -> frozenset[SchemaObject]:
    """The schema trainer's migrations make at `version`, from an empty database."""
    with closing(sqlite3.connect(":memory:", isolation_level=None)) as conn:
        for step in MIGRATIONS[:version]:
            step.apply(conn)
        return _schema(conn)


def _schema(conn: sqlite3.Connection) -> frozenset[SchemaObject]:
    # SQLite's own objects (automatic indexes, sqlite_sequence, sqlite_stat1) aside.
    rows = conn.execute(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
    )
    return frozenset(
        (str(kind), str(name), " ".join(str(sql or "").split())) for kind, name, sql in rows
    )
