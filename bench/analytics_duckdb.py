"""The analysis on DuckDB, to compare with SQLite: `python -m bench.analytics --duckdb`.

DuckDB reads the CSV itself (its parallel reader), checks and deduplicates it in SQL,
then runs trainer's own measure statements (trainer.analytics.measures) unchanged,
except the four that read the raw rows, which SQLite's dynamic typing lets compare
numbers with '' (here typed columns hold NULL instead), and the indexes, which DuckDB's
hash joins do not need; `fold_answer` is `lower` (a Python function in DuckDB
needs numpy). It reports the time and peak memory of loading and of the
measures separately, in a fresh process limited to 2 threads. Needs `pip install duckdb`.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.analytics import run_measured

_TRUE = "('1', 'true', 'True', 'TRUE')"
_FALSE = "('0', 'false', 'False', 'FALSE')"
LOAD = """
CREATE TABLE raw AS SELECT
  learner, deck, card, TRY_CAST(id AS BIGINT) AS id, COALESCE(kind, 'answer') AS kind,
  TRY_CAST(undoes AS BIGINT) AS undoes, COALESCE(undone, '') AS undone,
  COALESCE(drill, '') AS drill, TRY_CAST(quality AS INTEGER) AS quality,
  TRY_CAST(suggested AS INTEGER) AS suggested, TRY_CAST(choice AS INTEGER) AS choice,
  COALESCE(overridden, '') AS overridden, TRY_CAST(response_ms AS BIGINT) AS response_ms,
  typed, TRY_CAST(ef_after AS DOUBLE) AS ef_after, memory_after, scheduler, reviewed_at,
  quality AS quality_text, id AS id_text, response_ms AS response_text, choice AS choice_text
FROM read_csv('{path}', header = true, all_varchar = true)
"""
CHECK = """
SELECT COUNT(*) FROM raw WHERE card IS NULL
  OR (id_text IS NOT NULL AND id IS NULL)
  OR (kind <> 'undo' AND (quality IS NULL OR quality NOT BETWEEN 0 AND 5))
  OR (choice_text IS NOT NULL AND choice IS NULL)
  OR (response_text IS NOT NULL AND response_ms IS NULL)
  OR (memory_after IS NOT NULL AND NOT json_valid(memory_after))
  OR drill NOT IN ('', '0', '1', 'true', 'false', 'True', 'False')
"""
COPIES = "SELECT COUNT(*) FROM (SELECT 1 FROM raw GROUP BY learner, id HAVING COUNT(*) > 1)"
# The statements of trainer.analytics.measures that read `raw`, for typed columns.
REPLACED = {
    "INSERT INTO undone": """INSERT INTO undone
    SELECT DISTINCT learner, undoes FROM raw WHERE kind = 'undo' AND deck = :deck""",
    "CREATE TABLE counted": """CREATE TABLE counted (
      raw_row BIGINT, learner TEXT, card TEXT, seq BIGINT, quality INTEGER,
      response_ms BIGINT, choice INTEGER, typed TEXT, overridden INTEGER)""",
    "INSERT INTO counted": f"""INSERT INTO counted
    SELECT r.rowid, r.learner, r.card, COALESCE(r.id, r.rowid - 4611686018427387904),
      r.quality, r.response_ms, r.choice, CASE WHEN r.quality < 3 THEN NULLIF(r.typed, '') END,
      CASE WHEN r.overridden IN {_TRUE} THEN 1 WHEN r.overridden IN {_FALSE} THEN 0
        WHEN r.suggested IS NOT NULL AND (r.suggested >= 3) <> (r.quality >= 3) THEN 1
        ELSE 0 END
    FROM raw r
    WHERE r.deck = :deck AND r.kind <> 'undo'
      AND r.undone NOT IN {_TRUE} AND r.drill NOT IN {_TRUE}
      AND NOT EXISTS (SELECT 1 FROM undone u WHERE u.learner = r.learner AND u.id = r.id)""",
    "CREATE TABLE lasts": """CREATE TABLE lasts AS
    SELECT t.card,
      COALESCE(TRY_CAST(json_extract(r.memory_after, '$.ef') AS DOUBLE), r.ef_after) AS ef,
      replace(replace(lower(COALESCE(r.scheduler, 'sm2')), '-', ''), '_', '') AS scheduler
    FROM pair_totals t
    JOIN counted c ON c.learner = t.learner AND c.card = t.card AND c.seq = t.last_seq
    JOIN raw r ON r.rowid = c.raw_row""",
}


def compare(log: Path, deck: Path, sqlite_report: dict[str, Any]) -> None:
    """Run the DuckDB analysis in a fresh process; print its figures beside SQLite's, and
    whether both engines found the same facility and discrimination for every card."""
    with tempfile.TemporaryDirectory(prefix="trainer-duckdb-") as folder:
        out = Path(folder) / "figures.json"
        command = [sys.executable, "-m", "bench.analytics_duckdb", str(log), str(deck), str(out)]
        figures = run_measured(command)
        phases = json.loads(out.read_text(encoding="utf-8"))
    ours = {
        item["card"]: [item["learners"], item["answers"], item["facility"], item["discrimination"]]
        for item in sqlite_report["items"]
    }
    same = ours.keys() == phases["cards"].keys() and all(
        _close(ours[card], phases["cards"][card]) for card in ours
    )
    print(
        f"DuckDB (2 threads): {figures['seconds']:.1f} s in all, peak RSS "
        f"{figures['peak_mib']:.0f} MiB; loading and checking {phases['load']:.1f} s, "
        f"measures {phases['measures']:.1f} s; same figures as SQLite: {'yes' if same else 'NO'}"
    )


def _close(a: list[Any], b: list[Any]) -> bool:
    return all(
        x == y or (x is not None and y is not None and abs(x - y) < 1e-9)
        for x, y in zip(a, b, strict=True)
    )


def run(log: Path, deck: Path, out: Path) -> None:
    import duckdb

    from trainer.analytics import measures
    from trainer.analytics.report import deck_options
    from trainer.core.compile import compile_deck

    compiled = compile_deck(deck)
    with tempfile.TemporaryDirectory(prefix="trainer-duckdb-") as folder:
        conn = duckdb.connect(str(Path(folder) / "pool.duckdb"))
        conn.execute("SET threads = 2")
        conn.execute("SET preserve_insertion_order = false")
        began = time.perf_counter()
        conn.execute(LOAD.format(path=str(log).replace("'", "''")))
        conn.execute(CHECK).fetchone()
        conn.execute(COPIES).fetchone()
        loaded = time.perf_counter()
        deck_id = f"'{compiled.deck.id}'"
        for statement in measures.INPUT_TABLES:
            conn.execute(statement)
        floors = list(measures.SCHEDULER_FLOORS.items())
        conn.executemany("INSERT INTO floors VALUES (?, ?)", floors)
        options = list(deck_options(compiled).items())
        if options:
            conn.executemany("INSERT INTO deck_options VALUES (?, ?)", options)
        for statement in measures.BUILD_STATEMENTS:
            if "INDEX" in statement.split("\n")[0]:
                continue
            key = " ".join(statement.split()[:3])
            sql = REPLACED.get(key, statement).replace(":deck", deck_id)
            conn.execute(sql)
        rows = conn.execute(measures.CARD_FIGURES).fetchall()
        conn.execute(measures.OPTION_PICKS).fetchall()
        # A Python function in DuckDB needs numpy; lower() does for this data.
        wrong = measures.WRONG_ANSWERS.replace(":top", "5").replace("fold_answer(", "lower(")
        conn.execute(wrong).fetchall()
        done = time.perf_counter()
        conn.close()
    cards = {row[0]: [row[1], row[2], row[3], row[4]] for row in rows}
    figures = {"load": loaded - began, "measures": done - loaded, "cards": cards}
    out.write_text(json.dumps(figures), encoding="utf-8")


if __name__ == "__main__":
    if len(sys.argv) == 4:
        run(Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]))
    else:
        subprocess.run([sys.executable, "-m", "bench.analytics", "--duckdb"], check=False)
