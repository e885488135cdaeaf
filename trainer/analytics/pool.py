"""The pooled logs in an embedded SQLite database: loaded as read, checked in SQL, deduplicated.

`raw` holds every row as read (numbers where the text is a well-formed number: the
columns' type affinity converts them). `CHECK_ROWS` finds the bad ones, with the file and
line to report. Then each (learner, entry) is kept once (the copy read first), and an
empty learner or deck is filled in: the file's learner, the deck in the card's id.
The database is a file in a temporary folder, so that a class's 3 million rows take disk,
not memory; it is deleted when the analysis ends.
"""

from __future__ import annotations

import math
import os
import sqlite3
import tempfile
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from trainer.analytics.logs import LOG_COLUMNS, LogError, Problem, Problems, read_rows
from trainer.analytics.report import Source
from trainer.core.answering.normalise import fold

_RAW_TYPES = {
    "id": "INTEGER",
    "undoes": "INTEGER",
    "quality": "INTEGER",
    "suggested": "INTEGER",
    "choice": "INTEGER",
    "response_ms": "INTEGER",
    "ef_after": "REAL",
}
RAW_SCHEMA = "CREATE TABLE raw (file INTEGER, line INTEGER, {})".format(
    ", ".join(f"{name} {_RAW_TYPES.get(name, 'TEXT')}" for name in LOG_COLUMNS)
)
FILES_SCHEMA = "CREATE TABLE files (file INTEGER PRIMARY KEY, path TEXT, learner TEXT)"
# The most cards the logs may answer, and the first row of the card after them.
MAX_CARDS = 100_000
_CARD_BEYOND = (
    "SELECT file, line FROM raw WHERE rowid = "
    "(SELECT min(rowid) FROM raw GROUP BY deck, card ORDER BY min(rowid) LIMIT 1 OFFSET ?)"
)
_INSERT_RAW = f"INSERT INTO raw VALUES ({', '.join('?' * (len(LOG_COLUMNS) + 2))})"
_TRUTHS = "('', '0', '1', 'true', 'false', 'True', 'False', 'TRUE', 'FALSE')"


def _whole(column: str, low: int, high: int | None = None) -> str:
    """SQL true when `column` holds a value that is not a whole number in [low, high]."""
    bound = f"{column} < {low}" if high is None else f"{column} NOT BETWEEN {low} AND {high}"
    return f"(typeof({column}) <> 'integer' OR {bound})"


def _shown(column: str) -> str:
    """SQL for a bad value as a message quotes it: a number as it is, text quoted and cut."""
    return (
        f"CASE WHEN typeof({column}) IN ('integer', 'real') THEN CAST({column} AS TEXT) "
        f"ELSE quote(substr({column}, 1, 40)) END"
    )


# The first thing wrong with each bad row. `x <> ''` is true for any number: in SQLite
# a number is never equal to text.
CHECK_ROWS = f"""
SELECT file, line, message FROM (
  SELECT file, line, CASE
    WHEN card = '' THEN 'no card id'
    WHEN kind NOT IN ('', 'answer', 'undo')
      THEN 'kind must be answer or undo, not ' || {_shown("kind")}
    WHEN kind = 'undo' AND undoes = ''
      THEN 'an undo entry needs the id of the answer it undoes (undoes)'
    WHEN kind <> 'undo' AND {_whole("quality", 0, 5)}
      THEN 'quality must be a whole number from 0 to 5, not ' || {_shown("quality")}
    WHEN suggested <> '' AND {_whole("suggested", 0, 5)}
      THEN 'suggested must be a whole number from 0 to 5, not ' || {_shown("suggested")}
    WHEN choice <> '' AND {_whole("choice", 0)}
      THEN 'choice must be an option''s number (0, 1, …), not ' || {_shown("choice")}
    WHEN response_ms <> '' AND (typeof(response_ms) NOT IN ('integer', 'real') OR response_ms < 0)
      THEN 'response_ms must be a number of milliseconds, not ' || {_shown("response_ms")}
    WHEN ef_after <> '' AND typeof(ef_after) NOT IN ('integer', 'real')
      THEN 'ef_after must be a number, not ' || {_shown("ef_after")}
    WHEN memory_after <> '' AND NOT json_valid(memory_after) THEN 'memory_after is not JSON'
    WHEN drill NOT IN {_TRUTHS} THEN 'drill must be true or false, not ' || {_shown("drill")}
    WHEN undone NOT IN {_TRUTHS} THEN 'undone must be true or false, not ' || {_shown("undone")}
    WHEN overridden NOT IN {_TRUTHS}
      THEN 'overridden must be 0 or 1, not ' || {_shown("overridden")}
  END AS message
  FROM raw
) WHERE message IS NOT NULL
ORDER BY file, line
"""

# An entry is its review id; a log without ids falls back on card and time, then on its
# place in the file.
ENTRY = """COALESCE(
  CAST(NULLIF(id, '') AS TEXT), card || ' at ' || NULLIF(reviewed_at, ''),
  'line ' || file || ':' || line)"""
COPIES = f"SELECT COUNT(*) FROM raw GROUP BY learner, {ENTRY} HAVING COUNT(*) > 1"
DROP_COPIES = f"""
DELETE FROM raw WHERE rowid IN (
  SELECT row FROM (
    SELECT rowid AS row,
      row_number() OVER (PARTITION BY learner, {ENTRY} ORDER BY file, line) AS copy
    FROM raw
  ) c WHERE copy > 1
)"""
FILL_LEARNERS = """
UPDATE raw SET learner = (SELECT f.learner FROM files f WHERE f.file = raw.file)
WHERE learner = ''"""
FILL_DECKS = "UPDATE raw SET deck = substr(card, 1, instr(card, ':') - 1) WHERE deck = ''"


class Pool:
    """One analysis's database: the logs loaded into `raw`, ready for the measures."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    @classmethod
    @contextmanager
    def temporary(cls) -> Iterator[Pool]:
        """A new, empty pool in a temporary folder, removed on leaving."""
        with tempfile.TemporaryDirectory(prefix="trainer-analyze-") as folder:
            conn = sqlite3.connect(Path(folder) / "pool.sqlite3", isolation_level=None)
            try:
                _prepare(conn)
                yield cls(conn)
            finally:
                conn.close()

    def load(self, paths: Sequence[str | os.PathLike[str]]) -> Source:
        """Read every log into the pool; LogError with every problem found (up to a limit)."""
        problems = Problems()
        shown = [os.fspath(path) for path in paths]
        conn = self.conn
        conn.execute(RAW_SCHEMA)
        conn.execute(FILES_SCHEMA)
        for number, path in enumerate(shown):
            # A log without a learner column is one learner's: the file stands for them.
            learner = f"file:{os.path.realpath(path)}"
            conn.execute("INSERT INTO files VALUES (?, ?, ?)", (number, path, learner))
            # Streamed: one row at a time from the file into the database.
            conn.execute("BEGIN")
            conn.executemany(_INSERT_RAW, read_rows(path, number, problems, learner))
            conn.execute("COMMIT")
        for file, line, message in conn.execute(CHECK_ROWS):
            problems.add(shown[file], line, message)
        if problems:
            ordered = sorted(problems.items, key=lambda p: (shown.index(p.path), p.line))
            raise LogError(ordered, problems.more)
        if (beyond := conn.execute(_CARD_BEYOND, (MAX_CARDS,)).fetchone()) is not None:
            # Each card is reported on, in memory: a log of a million made-up card ids
            # would take gigabytes, where a class's course has thousands.
            file, line = beyond
            message = f"answers more than {MAX_CARDS:,} cards: item analysis reads a course's"
            raise LogError([Problem(shown[file], line, f"{message} logs, not more")])
        (rows,) = conn.execute("SELECT COUNT(*) FROM raw").fetchone()
        conn.execute("BEGIN")
        for statement in (FILL_LEARNERS, FILL_DECKS):
            conn.execute(statement)
        # Finding copies is cheap; choosing which copy to drop takes a sort: only if any.
        duplicates = 0
        if conn.execute(COPIES).fetchone() is not None:
            duplicates = conn.execute(DROP_COPIES).rowcount
        conn.execute("COMMIT")
        return Source(tuple(shown), rows, duplicates)

    def decks(self) -> dict[str, int]:
        """Each deck the logs answer, with its number of rows."""
        query = "SELECT deck, COUNT(*) FROM raw GROUP BY deck ORDER BY deck"
        return {str(deck): int(count) for deck, count in self.conn.execute(query)}

    def has_deck(self, deck: str) -> bool:
        """True when some row answers `deck`."""
        query = "SELECT 1 FROM raw WHERE deck = ? LIMIT 1"
        return self.conn.execute(query, (deck,)).fetchone() is not None

    def answers_only(self, deck: str) -> bool:
        """True when every row answers `deck` (then no list of decks is needed)."""
        query = "SELECT 1 FROM raw WHERE deck <> ? LIMIT 1"
        return self.conn.execute(query, (deck,)).fetchone() is None

    def some_deck(self) -> str | None:
        """The deck of one row (any), or None when the logs are empty."""
        row = self.conn.execute("SELECT deck FROM raw LIMIT 1").fetchone()
        return None if row is None else str(row[0])


def _prepare(conn: sqlite3.Connection) -> None:
    # The pool is scratch: nothing to recover after a crash, so no journal, no syncing.
    # Large pages make loading and scanning millions of rows about a quarter faster.
    for pragma in (
        "page_size = 65536",
        "journal_mode = OFF",
        "synchronous = OFF",
        "locking_mode = EXCLUSIVE",
        "cache_size = -131072",  # 128 MiB of pages; sorting spills to temporary files
        "temp_store = FILE",
    ):
        conn.execute(f"PRAGMA {pragma}")
    conn.create_function("fold_answer", 1, _fold_answer, deterministic=True)
    if not _has_sqrt(conn):
        # Built without SQLite's math functions: provide the one the measures use.
        conn.create_function("sqrt", 1, _sqrt, deterministic=True)


def _fold_answer(text: str | None) -> str | None:
    """A typed answer as wrong answers are grouped: case, accents and spacing ignored."""
    return None if text is None else fold(text)


def _sqrt(value: float | None) -> float | None:
    return None if value is None or value < 0 else math.sqrt(value)


def _has_sqrt(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("SELECT sqrt(4)").fetchone()
    except sqlite3.OperationalError:
        return False
    return True
