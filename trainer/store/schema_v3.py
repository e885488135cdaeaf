"""Schema version 3: schedules any scheduler can keep, the learner's id, accepted answers.

SM-2's E-Factor and repetition count leave the ``cards`` and ``reviews`` columns for a
``memory`` JSON column that each scheduler reads and writes itself; ``scheduler`` names
the one that keeps a card (every v2 card is SM-2's). The two tables are rebuilt the
SQLite way (create the new table, copy, drop the old one, rename, recreate its indexes
and triggers), inside the migration's one transaction; ``migrate`` turns foreign keys off
around it and checks them before committing. Every value is copied as it was: an SM-2
memory is written by the SM-2 scheduler's own canonical JSON, so a migrated card and one
written later look the same.
"""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date
from functools import lru_cache

from trainer.core.scheduling.schedule import Schedule
from trainer.core.scheduling.sm2_scheduler import SM2, SM2_SCHEDULER, SM2Memory

# The learner's random id (issue: pooling logs from many learners): one per collection.
LEARNER_KEY = "learner"

_CARDS = """
    CREATE TABLE cards_v3 (
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
        -- The scheduler that keeps the card, and its own state for it as its JSON.
        scheduler    TEXT NOT NULL,
        memory       TEXT NOT NULL CHECK (json_valid(memory)),
        -- Derived from the schedule by its scheduler on every write: 0 easiest … 1
        -- hardest, and whether the card is still in its learning steps.
        hardness     REAL NOT NULL,
        learning     INTEGER NOT NULL CHECK (learning IN (0, 1)),
        interval     INTEGER NOT NULL DEFAULT 0,
        due          INTEGER,
        last_review  INTEGER,
        drill        INTEGER NOT NULL DEFAULT 0 CHECK (drill IN (0, 1)),
        lapses       INTEGER NOT NULL DEFAULT 0,
        reviews      INTEGER NOT NULL DEFAULT 0,
        -- A card is new until its first answer, and then always has a due day.
        CHECK ((due IS NULL) = (last_review IS NULL))
    )
"""
_COPY_CARDS = """
    INSERT INTO cards_v3 (id, deck_id, excerpt_id, kind, position, status, content_hash,
                          added_at, retired_at, scheduler, memory, hardness, learning,
                          interval, due, last_review, drill, lapses, reviews)
    SELECT id, deck_id, excerpt_id, kind, position, status, content_hash, added_at,
           retired_at, 'sm2', v3_sm2_memory(ef, repetitions),
           v3_sm2_hardness(ef, repetitions, lapses, last_review),
           v3_sm2_learning(ef, repetitions, last_review),
           interval, due, last_review, drill, lapses, reviews
    FROM cards ORDER BY rowid
"""
CARD_INDEXES = (
    # Due cards and all per-deck counts are answered from this index alone; it ends in
    # (due, position), the order due cards are handed out in. (Version 2's second one,
    # cards_by_due, served due cards across decks, which the engine never asks for: it
    # builds each deck's queue on its own. Its place goes to cards_hardest below, so an
    # answer still rewrites as many index pages as before.)
    "CREATE INDEX cards_by_deck ON cards (deck_id, status, due, position)",
    # New cards are introduced in deck order.
    """
    CREATE INDEX cards_new ON cards (deck_id, position)
    WHERE last_review IS NULL AND status = 'active'
    """,
    "CREATE INDEX cards_drill ON cards (last_review, deck_id) WHERE drill = 1",
    # Each deck's hardest cards, by their scheduler's own ranking. One index, not a
    # second one across decks: every answer rewrites a card's hardness, and the few
    # decks' leaders are merged instead.
    """
    CREATE INDEX cards_hardest ON cards (deck_id, hardness DESC, id)
    WHERE status = 'active' AND last_review IS NOT NULL
    """,
)
_REVIEWS = """
    CREATE TABLE reviews_v3 (
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
        -- The learner overruled the grader ("my answer was right").
        overridden         INTEGER NOT NULL DEFAULT 0 CHECK (overridden IN (0, 1)),
        -- The 0-based option picked, for multiple choice and true/false answers.
        choice             INTEGER CHECK (choice >= 0),
        -- The grader's outcome word (right, typo, close, wrong, blank); NULL before v3.
        verdict            TEXT CHECK (verdict <> ''),
        scheduler          TEXT NOT NULL,
        memory_before      TEXT NOT NULL CHECK (json_valid(memory_before)),
        memory_after       TEXT NOT NULL CHECK (json_valid(memory_after)),
        interval_before    INTEGER NOT NULL,
        interval_after     INTEGER NOT NULL,
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
"""
_COPY_REVIEWS = """
    INSERT INTO reviews_v3 (id, card_id, deck_id, kind, undoes, reviewed_at, day, mode,
                            quality, suggested, typed, response_ms, drill, scheduler,
                            memory_before, memory_after, interval_before, interval_after,
                            due_before, due_after, last_review_before, last_review_after,
                            needs_drill_before, needs_drill_after, lapses_before,
                            lapses_after, reviews_before, reviews_after)
    SELECT id, card_id, deck_id, kind, undoes, reviewed_at, day, mode, quality, suggested,
           typed, response_ms, drill, 'sm2',
           v3_sm2_memory(ef_before, repetitions_before),
           v3_sm2_memory(ef_after, repetitions_after),
           interval_before, interval_after, due_before, due_after, last_review_before,
           last_review_after, needs_drill_before, needs_drill_after, lapses_before,
           lapses_after, reviews_before, reviews_after
    FROM reviews ORDER BY id
"""
REVIEW_INDEXES = (
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
_NEW_TABLES = (
    # Facts about the collection itself, such as the learner's random id.
    "CREATE TABLE collection_info (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
    # Answers a learner had accepted as right for a card ("my answer was right"). Kept by
    # card id, so they survive re-imports of the deck.
    """
    CREATE TABLE accepted_answers (
        card_id   TEXT NOT NULL REFERENCES cards(id),
        text      TEXT NOT NULL CHECK (text <> ''),
        added_at  TEXT NOT NULL,
        review_id INTEGER REFERENCES reviews(id),
        PRIMARY KEY (card_id, text)
    ) WITHOUT ROWID
    """,
)


def apply_v3(conn: sqlite3.Connection) -> None:
    """Migrate a version 2 collection (or a new one) to version 3, in the caller's
    transaction, with foreign keys off (see ``migrate``)."""
    conn.create_function("v3_sm2_memory", 2, _sm2_memory, deterministic=True)
    conn.create_function("v3_sm2_hardness", 4, _sm2_hardness, deterministic=True)
    conn.create_function("v3_sm2_learning", 3, _sm2_learning, deterministic=True)
    try:
        for statement in (
            _CARDS,
            _COPY_CARDS,
            "DROP TABLE cards",
            "ALTER TABLE cards_v3 RENAME TO cards",
            *CARD_INDEXES,
            _REVIEWS,
            _COPY_REVIEWS,
            "DROP TABLE reviews",
            "ALTER TABLE reviews_v3 RENAME TO reviews",
            *REVIEW_INDEXES,
            *_NEW_TABLES,
        ):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO collection_info (key, value) VALUES (?, ?)",
            (LEARNER_KEY, uuid.uuid4().hex),
        )
    finally:
        for name, arguments in (
            ("v3_sm2_memory", 2),
            ("v3_sm2_hardness", 4),
            ("v3_sm2_learning", 3),
        ):
            conn.create_function(name, arguments, None)


@lru_cache(maxsize=8192)
def _sm2_memory(ef: float, repetitions: int) -> str:
    return SM2_SCHEDULER.memory_to_json(SM2Memory(ef=float(ef), repetitions=int(repetitions)))


def _sm2_hardness(ef: float, repetitions: int, lapses: int, last_review: int | None) -> float:
    return _hardness(float(ef), int(repetitions), int(lapses), last_review is not None)


def _sm2_learning(ef: float, repetitions: int, last_review: int | None) -> int:
    schedule = _sm2_schedule(float(ef), int(repetitions), 0, last_review is not None)
    return int(SM2_SCHEDULER.is_learning(schedule))


# Cards share a few E-Factors, counts and lapses: each combination is worked out once.
@lru_cache(maxsize=8192)
def _hardness(ef: float, repetitions: int, lapses: int, reviewed: bool) -> float:
    return SM2_SCHEDULER.hardness(_sm2_schedule(ef, repetitions, lapses, reviewed))


def _sm2_schedule(ef: float, repetitions: int, lapses: int, reviewed: bool) -> Schedule:
    # Only what hardness and the learning stage read: the memory, lapses, and whether the
    # card was ever reviewed (any day will do).
    return Schedule(
        scheduler=SM2,
        memory=SM2Memory(ef=ef, repetitions=repetitions),
        last_review=date.min if reviewed else None,
        lapses=lapses,
    )
