"""The per-card measures of one deck, as SQL over the pooled log rows (docs/analytics.md).

Plain SQL (CTEs, window functions, WITH RECURSIVE), written to run on SQLite, PostgreSQL
and DuckDB alike but for the few points docs/analytics.md lists (the `:deck` parameter,
`raw`'s rowid and its '' for missing numbers, the JSON functions, and `fold_answer`, a
function the connection provides). Python only reads the results back: no per-card
figure is computed outside the database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Mapping
from dataclasses import field

from trainer.core.records import record

# The lowest memory value each scheduler can give a card (SM-2's E-Factor floor, 1.3).
SCHEDULER_FLOORS = {"sm2": 1.3}
# How many of the most common wrong answers are kept per card.
TOP_WRONG_ANSWERS = 5
# Floating-point slack when comparing an E-Factor with its floor.
_FLOOR_SLACK = 0.000001

_TRUE = "('1', 'true', 'True', 'TRUE')"
_FALSE = "('0', 'false', 'False', 'FALSE')"

# What the analysis is given besides the logs: each scheduler's floor, and the number of
# options of each choice card of the deck file.
INPUT_TABLES = (
    "CREATE TABLE floors (scheduler TEXT PRIMARY KEY, floor DOUBLE PRECISION)",
    "CREATE TABLE deck_options (card TEXT PRIMARY KEY, options INTEGER)",
)
# Each statement builds a table (or index) the next ones read. The 3 million counted
# answers are sorted as seldom as possible, and only narrow rows: wide rows make every
# sort slower, and SQLite's window functions cost twice a GROUP BY (measured).
BUILD_STATEMENTS = (
    # Answers cancelled by an undo entry, by learner and review id.
    "CREATE TABLE undone (learner TEXT, id INTEGER, PRIMARY KEY (learner, id))",
    """INSERT INTO undone
    SELECT DISTINCT learner, undoes FROM raw WHERE kind = 'undo' AND deck = :deck""",
    # Counted answers: effective (not undone) and not same-day drills. `seq` orders a
    # learner's answers: the review id, or in a log without ids the row's place (less
    # 2^62, so that it never equals an id). Typed text is kept only for wrong answers.
    """CREATE TABLE counted (
      raw_row INTEGER PRIMARY KEY, learner TEXT, card TEXT, seq INTEGER, quality INTEGER,
      response_ms INTEGER, choice INTEGER, typed TEXT, overridden INTEGER)""",
    f"""INSERT INTO counted
    SELECT r.rowid, r.learner, r.card,
      COALESCE(NULLIF(r.id, ''), r.rowid - 4611686018427387904), r.quality,
      NULLIF(r.response_ms, ''), NULLIF(r.choice, ''),
      CASE WHEN r.quality < 3 THEN NULLIF(r.typed, '') END,
      CASE
        WHEN r.overridden IN {_TRUE} THEN 1
        WHEN r.overridden IN {_FALSE} THEN 0
        WHEN NULLIF(r.suggested, '') IS NOT NULL AND (r.suggested >= 3) <> (r.quality >= 3)
          THEN 1
        ELSE 0
      END
    FROM raw r
    WHERE r.deck = :deck AND r.kind <> 'undo'
      AND r.undone NOT IN {_TRUE} AND r.drill NOT IN {_TRUE}
      AND NOT EXISTS (SELECT 1 FROM undone u WHERE u.learner = r.learner AND u.id = r.id)""",
    # Each (learner, card) pair: where its first and last counted answers are, and its
    # totals. Then the first and last answers themselves, found by index.
    """CREATE TABLE pair_totals AS
    SELECT learner, card, MIN(seq) AS first_seq, MAX(seq) AS last_seq, COUNT(*) AS answered,
      SUM(CASE WHEN quality < 3 THEN 1 ELSE 0 END) AS fails, SUM(overridden) AS overrides
    FROM counted GROUP BY learner, card""",
    "CREATE INDEX counted_order ON counted (learner, card, seq)",
    # Each learner's first counted answer to each card, right (1) or not (0).
    """CREATE TABLE firsts AS
    SELECT t.learner, t.card, CASE WHEN c.quality >= 3 THEN 1 ELSE 0 END AS passed,
      t.answered, t.fails, t.overrides
    FROM pair_totals t
    JOIN counted c ON c.learner = t.learner AND c.card = t.card AND c.seq = t.first_seq""",
    # The memory each learner's last counted answer left the card in.
    """CREATE TABLE lasts AS
    SELECT t.card,
      CASE
        WHEN json_type(NULLIF(r.memory_after, ''), '$.ef') IN ('integer', 'real')
          THEN json_extract(r.memory_after, '$.ef')
        ELSE NULLIF(r.ef_after, '')
      END AS ef,
      replace(replace(lower(COALESCE(NULLIF(r.scheduler, ''), 'sm2')), '-', ''), '_', '')
        AS scheduler
    FROM pair_totals t
    JOIN counted c ON c.learner = t.learner AND c.card = t.card AND c.seq = t.last_seq
    JOIN raw r ON r.rowid = c.raw_row""",
    # Dropped once used, lest the planner read the table through it (slowly) later.
    "DROP INDEX counted_order",
    # Each learner's first-answer score on the deck: cards right, of cards answered.
    """CREATE TABLE scores AS
    SELECT learner, SUM(passed) AS passed, COUNT(*) AS cards FROM firsts GROUP BY learner""",
    # For the point-biserial: x, the card right first time; y, the share of the learner's
    # other cards right first time.
    """CREATE TABLE pairs AS
    SELECT f.card, f.passed AS x,
      CAST(s.passed - f.passed AS DOUBLE PRECISION) / (s.cards - 1) AS y
    FROM firsts f JOIN scores s ON s.learner = f.learner
    WHERE s.cards > 1""",
    """CREATE TABLE pair_means (
      card TEXT PRIMARY KEY, mx DOUBLE PRECISION, my DOUBLE PRECISION)""",
    "INSERT INTO pair_means SELECT card, AVG(x), AVG(y) FROM pairs GROUP BY card",
    # The median response time: the middle one of a card's n times, or the mean of the
    # middle two; the k-th fastest is in the middle when 2k is in [n, n + 2].
    "CREATE INDEX counted_times ON counted (card, response_ms)",
    """CREATE TABLE medians AS
    SELECT r.card, AVG(CAST(r.response_ms AS DOUBLE PRECISION)) AS median_ms
    FROM (
      SELECT card, response_ms, row_number() OVER (PARTITION BY card ORDER BY response_ms) AS k
      FROM counted WHERE response_ms IS NOT NULL
    ) r
    JOIN (SELECT card, COUNT(response_ms) AS n FROM counted GROUP BY card) t ON t.card = r.card
    WHERE 2 * r.k BETWEEN t.n AND t.n + 2
    GROUP BY r.card""",
    "DROP INDEX counted_times",
)

CARD_FIGURES = f"""
WITH facility AS (
  SELECT card, COUNT(*) AS learners,
    CAST(SUM(passed) AS DOUBLE PRECISION) / COUNT(*) AS facility,
    SUM(answered) AS answers,
    SUM(answered - 1) AS later,
    SUM(fails - (1 - passed)) AS lapses,
    SUM(overrides) AS overrides,
    SUM(CASE WHEN overrides > 0 THEN 1 ELSE 0 END) AS overriders
  FROM firsts GROUP BY card
), spread AS (
  -- Sums of products of deviations from the means: exact where E[xy] - E[x]E[y] cancels.
  SELECT p.card,
    SUM((p.x - m.mx) * (p.y - m.my)) AS sxy,
    SUM((p.x - m.mx) * (p.x - m.mx)) AS sxx,
    SUM((p.y - m.my) * (p.y - m.my)) AS syy
  FROM pairs p JOIN pair_means m ON m.card = p.card GROUP BY p.card
), floor_state AS (
  SELECT l.card,
    SUM(CASE WHEN l.ef <= fl.floor + {_FLOOR_SLACK} THEN 1 ELSE 0 END) AS at_floor,
    COUNT(*) AS known
  FROM lasts l JOIN floors fl ON fl.scheduler = l.scheduler
  WHERE l.ef IS NOT NULL
  GROUP BY l.card
)
SELECT f.card, f.learners, f.answers, f.facility,
  CASE WHEN s.sxx > 1e-12 AND s.syy > 1e-12 THEN s.sxy / sqrt(s.sxx * s.syy) END
    AS discrimination,
  CASE WHEN f.later > 0 THEN CAST(f.lapses AS DOUBLE PRECISION) / f.later END AS lapse_rate,
  CASE WHEN fs.known > 0 THEN CAST(fs.at_floor AS DOUBLE PRECISION) / fs.known END
    AS ef_floor_share,
  md.median_ms, f.overrides, CAST(f.overrides AS DOUBLE PRECISION) / f.answers AS override_rate,
  f.overriders
FROM facility f
LEFT JOIN spread s ON s.card = f.card
LEFT JOIN floor_state fs ON fs.card = f.card
LEFT JOIN medians md ON md.card = f.card
ORDER BY f.card
"""

# Every option of every answered choice card, picked or not: the deck's options, or
# (for a card the deck no longer has, or without a deck) those up to the highest picked.
OPTION_PICKS = """
WITH RECURSIVE observed AS (
  SELECT card, MAX(choice) + 1 AS options, COUNT(*) AS total
  FROM counted WHERE choice IS NOT NULL GROUP BY card
), known AS (
  SELECT card, MAX(options) AS options FROM (
    SELECT card, options FROM deck_options WHERE card IN (SELECT card FROM firsts)
    UNION ALL SELECT card, options FROM observed
  ) o GROUP BY card
), series (card, option, options) AS (
  SELECT card, 0, options FROM known WHERE options > 0
  UNION ALL SELECT card, option + 1, options FROM series WHERE option + 1 < options
), picked AS (
  SELECT card, choice, COUNT(*) AS picks FROM counted WHERE choice IS NOT NULL
  GROUP BY card, choice
)
SELECT s.card, s.option, COALESCE(p.picks, 0) AS picks, COALESCE(o.total, 0) AS total
FROM series s
LEFT JOIN picked p ON p.card = s.card AND p.choice = s.option
LEFT JOIN observed o ON o.card = s.card
ORDER BY s.card, s.option
"""

# The most common wrong typed answers per card, grouped as the grader folds text (case,
# accents, punctuation and spacing ignored), each shown by one of its spellings.
WRONG_ANSWERS = """
SELECT card, example, n FROM (
  SELECT card, MIN(trim(typed)) AS example, COUNT(*) AS n,
    row_number() OVER (PARTITION BY card ORDER BY COUNT(*) DESC, answer) AS place
  FROM (
    SELECT card, typed, fold_answer(typed) AS answer FROM counted
    WHERE typed IS NOT NULL AND choice IS NULL
  ) w
  WHERE answer <> ''
  GROUP BY card, answer
) t
WHERE place <= :top
ORDER BY card, place
"""

CLASS_FIGURES = """
SELECT (SELECT COUNT(DISTINCT learner) FROM firsts), (SELECT COALESCE(SUM(answered), 0) FROM firsts)
"""


@record
class CardFigures:
    """One card's measures, as the SQL computed them (None where undefined)."""

    card: str
    learners: int
    answers: int
    facility: float
    discrimination: float | None
    lapse_rate: float | None
    ef_floor_share: float | None
    median_response_ms: float | None
    overrides: int
    override_rate: float
    overriders: int
    # (option, picks) for every option; total is the card's answers with a choice.
    option_picks: tuple[tuple[int, int], ...] = ()
    choice_answers: int = 0
    wrong_answers: tuple[tuple[str, int], ...] = ()


@record
class Measured:
    """A deck's measures: the class's size and each answered card's figures."""

    learners: int
    answers: int
    cards: tuple[CardFigures, ...] = field(default=())


def measure(conn: sqlite3.Connection, deck: str, options: Mapping[str, int]) -> Measured:
    """Run the measures on the pooled entries of `deck`; `options` gives the number of
    options of each choice and true/false card the deck file has (if one was given)."""
    for statement in INPUT_TABLES:
        conn.execute(statement)
    conn.executemany("INSERT INTO floors VALUES (?, ?)", SCHEDULER_FLOORS.items())
    conn.executemany("INSERT INTO deck_options VALUES (?, ?)", options.items())
    for statement in BUILD_STATEMENTS:
        conn.execute(statement, {"deck": deck} if ":deck" in statement else {})
    picks: dict[str, list[tuple[int, int]]] = {}
    totals: dict[str, int] = {}
    for card, option, count, total in conn.execute(OPTION_PICKS):
        picks.setdefault(card, []).append((option, count))
        totals[card] = total
    wrong: dict[str, list[tuple[str, int]]] = {}
    for card, answer, count in conn.execute(WRONG_ANSWERS, {"top": TOP_WRONG_ANSWERS}):
        wrong.setdefault(card, []).append((answer, count))
    learners, answers = conn.execute(CLASS_FIGURES).fetchone()
    cards = []
    for row in conn.execute(CARD_FIGURES):
        card, learners_, answers_, facility, discrimination, lapse, floor, median = row[:8]
        overrides, override_rate, overriders = row[8:]
        cards.append(
            CardFigures(
                card,
                learners_,
                answers_,
                facility,
                discrimination,
                lapse,
                floor,
                median,
                overrides,
                override_rate,
                overriders,
                option_picks=tuple(picks.get(card, ())),
                choice_answers=totals.get(card, 0),
                wrong_answers=tuple(wrong.get(card, ())),
            )
        )
    return Measured(learners, answers, tuple(cards))
