"""The collection's schema, as an ordered list of migrations applied in one transaction.

The schema version lives in ``PRAGMA user_version``; ``PRAGMA application_id`` marks the
file as a trainer collection. Never edit a released migration: append a new one.

Days (due dates, last reviews, learning days) are stored as ``date.toordinal()`` integers:
small, fast to index and compare, and ``due - today`` is plain arithmetic. In the sqlite3
shell, ``date(due + 1721424.5)`` shows one as an ISO date. Moments (``reviewed_at``,
``imported_at``) are ISO 8601 text with the UTC offset.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Sequence, Set

from trainer.core.records import record
from trainer.core.untrusted import printable
from trainer.store.errors import CollectionCorruptError, CollectionVersionError
from trainer.store.schema_v3 import apply_v3
from trainer.store.transactions import database_file, translated_errors, write_transaction

# "trnr" in ASCII: marks a SQLite file as a trainer collection.
APPLICATION_ID = 0x74726E72


@record
class Migration:
    """One step from schema version ``version - 1`` to ``version``."""

    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def run_statements(*statements: str) -> Callable[[sqlite3.Connection], None]:
    """A migration step that runs SQL statements in order, inside the caller's transaction."""

    def apply(conn: sqlite3.Connection) -> None:
        # Not executescript(): it would COMMIT the surrounding transaction first.
        for statement in statements:
            conn.execute(statement)

    return apply


_V1_SCHEMA = run_statements(
    f"PRAGMA application_id = {APPLICATION_ID}",
    """
    CREATE TABLE decks (
        id           TEXT PRIMARY KEY,
        title        TEXT NOT NULL,
        source_path  TEXT NOT NULL,
        content_hash TEXT NOT NULL,
        imported_at  TEXT NOT NULL,
        defaults     TEXT NOT NULL,  -- JSON of DeckDefaults
        info         TEXT NOT NULL,  -- JSON: description, author, version, license, tags, book
        exam_date    TEXT            -- ISO date, or NULL
    )
    """,
    """
    CREATE TABLE excerpts (
        deck_id TEXT NOT NULL REFERENCES decks(id),
        id      TEXT NOT NULL,
        title   TEXT NOT NULL,
        text    TEXT NOT NULL,
        pages   TEXT NOT NULL,
        chapter TEXT NOT NULL,
        url     TEXT NOT NULL,
        PRIMARY KEY (deck_id, id)
    ) WITHOUT ROWID
    """,
    # Identity, status and SM-2 state: small rows that every queue query reads.
    """
    CREATE TABLE cards (
        id           TEXT PRIMARY KEY,
        deck_id      TEXT NOT NULL REFERENCES decks(id),
        excerpt_id   TEXT NOT NULL,
        kind         TEXT NOT NULL,
        position     INTEGER NOT NULL,
        status       TEXT NOT NULL DEFAULT 'active'
                     CHECK (status IN ('active', 'suspended', 'retired')),
        content_hash TEXT NOT NULL,
        added_at     TEXT NOT NULL,
        retired_at   TEXT,
        ef           REAL NOT NULL DEFAULT 2.5,
        repetitions  INTEGER NOT NULL DEFAULT 0,
        interval     INTEGER NOT NULL DEFAULT 0,
        due          INTEGER,
        last_review  INTEGER,
        drill        INTEGER NOT NULL DEFAULT 0 CHECK (drill IN (0, 1)),
        lapses       INTEGER NOT NULL DEFAULT 0,
        reviews      INTEGER NOT NULL DEFAULT 0,
        -- A card is new until its first answer, and then always has a due day.
        CHECK ((due IS NULL) = (last_review IS NULL))
    )
    """,
    # What is shown: read only for the few cards on screen, rewritten only when the deck
    # changes a card's wording. Kept apart so queue scans never page through it.
    """
    CREATE TABLE card_content (
        card_id TEXT PRIMARY KEY REFERENCES cards(id),
        content TEXT NOT NULL,  -- JSON of the Card dataclass
        prompt  TEXT NOT NULL,
        answer  TEXT NOT NULL,
        tags    TEXT NOT NULL   -- each tag followed by char(31), after a leading char(31)
    )
    """,
    # Due cards and all per-deck counts are answered from these indexes alone; both end
    # in (due, position), the order due cards are handed out in.
    "CREATE INDEX cards_by_deck ON cards (deck_id, status, due, position)",
    "CREATE INDEX cards_by_due ON cards (status, due, position)",
    # New cards are introduced in deck order.
    """
    CREATE INDEX cards_new ON cards (deck_id, position)
    WHERE last_review IS NULL AND status = 'active'
    """,
    "CREATE INDEX cards_drill ON cards (last_review, deck_id) WHERE drill = 1",
    """
    CREATE TABLE reviews (
        id                 INTEGER PRIMARY KEY,
        card_id            TEXT NOT NULL REFERENCES cards(id),
        deck_id            TEXT NOT NULL REFERENCES decks(id),
        kind               TEXT NOT NULL CHECK (kind IN ('answer', 'undo')),
        undoes             INTEGER UNIQUE REFERENCES reviews(id),
        reviewed_at        TEXT NOT NULL,
        day                INTEGER NOT NULL,
        mode               TEXT NOT NULL CHECK (mode <> ''),
        quality            INTEGER CHECK (quality BETWEEN 0 AND 5),
        suggested          INTEGER CHECK (suggested BETWEEN 0 AND 5),
        typed              TEXT,
        response_ms        INTEGER CHECK (response_ms >= 0),
        drill              INTEGER NOT NULL CHECK (drill IN (0, 1)),
        ef_before          REAL NOT NULL,
        ef_after           REAL NOT NULL,
        interval_before    INTEGER NOT NULL,
        interval_after     INTEGER NOT NULL,
        repetitions_before INTEGER NOT NULL,
        repetitions_after  INTEGER NOT NULL,
        due_before         INTEGER,
        due_after          INTEGER,
        last_review_before INTEGER,
        last_review_after  INTEGER,
        needs_drill_before INTEGER NOT NULL,
        needs_drill_after  INTEGER NOT NULL,
        lapses_before      INTEGER NOT NULL,
        lapses_after       INTEGER NOT NULL,
        reviews_before     INTEGER NOT NULL,
        reviews_after      INTEGER NOT NULL,
        CHECK ((kind = 'answer') = (undoes IS NULL)),
        CHECK (kind = 'undo' OR quality IS NOT NULL)
    )
    """,
    "CREATE INDEX reviews_by_card ON reviews (card_id, id)",
    "CREATE INDEX reviews_by_day ON reviews (day)",
    "CREATE INDEX reviews_by_deck_day ON reviews (deck_id, day)",
    # The log is the learner's history: the database itself refuses to rewrite it.
    """
    CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END
    """,
    """
    CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
    BEGIN SELECT RAISE(ABORT, 'the review log is append-only'); END
    """,
)

# The files a deck was read from (main file first, then its includes), as a JSON list of
# absolute paths: hashing them again tells whether a deck changed without compiling it.
_V2_DECK_FILES = run_statements(
    "ALTER TABLE decks ADD COLUMN source_files TEXT NOT NULL DEFAULT '[]'",
    "CREATE INDEX decks_by_source ON decks (source_path)",
)

# Every time the collection opens, each deck is checked for cards kept by another
# scheduler than its settings choose (`switching.switch_deck`). Without this index the
# check reads every card of the deck (68 ms at 100,000 cards, on the way to the first
# question); with it, two seeks. The scheduler of a card changes only when it switches, so
# answering never updates it.
_V4_CARDS_BY_SCHEDULER = run_statements(
    "CREATE INDEX cards_by_scheduler ON cards (deck_id, scheduler)",
)

# A study queue's due candidates are read from this index alone: each entry holds what
# the queue reads of a card (`queries.CardSlot`: id, excerpt, position, due day, last
# review, drill flag), so that building the queue never visits the cards' rows, which lie
# a page or more apart. At 10,000 cards the first queue read its 600 due candidates in
# 5.2 ms through cards_by_deck, 2.6 ms from this index, which also gives their whole
# order, so no sort is left. It holds reviewed cards only: importing a deck, whose cards
# are all new, writes nothing to it, where widening cards_by_deck made importing 10,000
# cards 17% slower. An answer rewrites one entry more. `status` is held too, because
# SQLite reads a query's condition on it from the row even where the index implies it.
_V5_DUE_CARDS_INDEX = run_statements(
    """
    CREATE INDEX cards_due
    ON cards (deck_id, due, position, id, excerpt_id, last_review, drill, status)
    WHERE status = 'active' AND due IS NOT NULL
    """,
)

MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "cards, their content and state, excerpts, decks, review log", _V1_SCHEMA),
    Migration(2, "the files each deck was read from", _V2_DECK_FILES),
    Migration(
        3,
        "schedules kept by any scheduler (memory as JSON), the learner's id, accepted answers",
        apply_v3,
    ),
    Migration(4, "each deck's cards found by the scheduler keeping them", _V4_CARDS_BY_SCHEDULER),
    Migration(5, "a study queue's due cards read from an index alone", _V5_DUE_CARDS_INDEX),
)
SCHEMA_VERSION = MIGRATIONS[-1].version
# The oldest version whose tables and columns are the latest's: the versions after it
# add only indexes, so a reader that writes nothing reads it as it is (`trainer decks`
# needs no migration first).
READABLE_SINCE = 3
# Tables every trainer collection has had since version 1.
TRAINER_TABLES = frozenset({"decks", "excerpts", "cards", "card_content", "reviews"})


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the collection up to the newest schema; returns the version it had before.

    All pending steps run in one transaction, so a failure leaves the file as it was.
    """
    _check_sequence(migrations)
    latest = migrations[-1].version
    with translated_errors(conn):
        # Fast path without the write lock: opening an up-to-date collection never waits.
        found = schema_version(conn)
        _check_identity(conn, found, latest)
        if found == latest:
            return found
    # Rebuilding a table drops the one other tables' foreign keys point at: SQLite's way
    # is to turn the checks off around the transaction (the pragma is a no-op inside
    # one) and to check every key before committing.
    with translated_errors(conn):
        enforced = int(conn.execute("PRAGMA foreign_keys").fetchone()[0])
        conn.execute("PRAGMA foreign_keys = OFF")
    try:
        with write_transaction(conn):
            # Read again under the lock: another process may have migrated meanwhile.
            found = schema_version(conn)
            _check_identity(conn, found, latest)
            for step in migrations:
                if step.version > found:
                    step.apply(conn)
            _check_foreign_keys(conn)
            conn.execute(f"PRAGMA user_version = {latest}")
    finally:
        with translated_errors(conn):
            conn.execute(f"PRAGMA foreign_keys = {enforced}")
    return found


def _check_foreign_keys(conn: sqlite3.Connection) -> None:
    broken = conn.execute("PRAGMA foreign_key_check").fetchmany(3)
    if broken:
        where = printable(database_file(conn), one_line=True)
        shown = ", ".join(f"{row[0]} row {row[1]} → {row[2]}" for row in broken)
        raise CollectionCorruptError(
            f"{where}: cannot upgrade the collection: rows point at nothing ({shown})"
        )


def check_identity(
    where: str, application_id: int, version: int, tables: Set[str], latest: int = SCHEMA_VERSION
) -> None:
    """Refuse a file that is not a trainer collection, or one from a newer trainer.

    A trainer collection is either a database with no tables at all (version 0: a new file
    the first migration will fill) or one marked with trainer's application id whose
    version is known and which holds trainer's tables. Anything else belongs to someone
    else, whatever ``user_version`` it claims.
    """
    if application_id not in (0, APPLICATION_ID):
        raise CollectionCorruptError(
            f"{where}: not a trainer collection (it belongs to another program)"
        )
    if version == 0:
        if tables:
            raise CollectionCorruptError(
                f"{where}: not a trainer collection (it holds other tables)"
            )
        return
    if application_id != APPLICATION_ID:
        raise CollectionCorruptError(
            f"{where}: not a trainer collection (it claims schema version {version} "
            "but lacks trainer's mark)"
        )
    if version > latest:
        raise CollectionVersionError(
            f"{where}: the collection was written by a newer trainer "
            f"(schema version {version}; this trainer knows up to {latest}). "
            "Upgrade trainer to open it."
        )
    missing = TRAINER_TABLES - tables
    if missing:
        raise CollectionCorruptError(
            f"{where}: not a trainer collection, or a damaged one (schema version {version} "
            f"without the tables {', '.join(sorted(missing))})"
        )


def table_names(conn: sqlite3.Connection) -> set[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
    return {str(row[0]) for row in rows}


def _check_identity(conn: sqlite3.Connection, found: int, latest: int) -> None:
    application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    where = printable(database_file(conn), one_line=True)
    check_identity(where, application_id, found, table_names(conn), latest)


def _check_sequence(migrations: Sequence[Migration]) -> None:
    versions = [step.version for step in migrations]
    if versions != list(range(1, len(versions) + 1)):
        raise ValueError(f"migrations must be numbered 1, 2, 3 … in order, got {versions}")
