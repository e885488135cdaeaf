"""The results table: trainer's figure, the reference's, their ratio and the target, per size."""

from __future__ import annotations

import math
from dataclasses import dataclass
from statistics import median

Figures = dict[str, list[float]]


@dataclass(frozen=True, slots=True)
class Row:
    """One line of the table: what is measured, on each side, and the most the ratio may be."""

    label: str
    ours: str
    reference: str | None
    target: float | None
    unit: str = "s"
    # An absolute bound on trainer's figure (in `unit`), where the issue sets one.
    limit: float | None = None


# What the issues ask: a cold compile, and a deck file into a new collection, within 1.5x
# Anki's `import_csv`; a re-import, a compile from the cache and an import of a compiled
# deck at most Anki's; first question within 1.5x the bare Textual app; next card and
# answer within 2x Anki's; the app's grade key to the next question within 50 ms at 80x24
# (shown beside a bare app's key-to-repaint, its floor); peak RSS at most Anki's.
ROWS = (
    Row(
        "Deck compile, cold (YAML → cards)",
        "ours.compile_cold.seconds",
        "anki.import_new.seconds",
        1.5,
    ),
    Row(
        "Deck compile, from the deck cache",
        "ours.compile_cached.seconds",
        "anki.import_new.seconds",
        1.0,
    ),
    Row(
        "Import compiled deck, new collection",
        "ours.import_compiled.seconds",
        "anki.import_new.seconds",
        1.0,
    ),
    Row(
        "Import cached deck, new collection",
        "ours.import_prepared.seconds",
        "anki.import_new.seconds",
        1.0,
    ),
    Row("Deck file → collection, cold", "ours.file_cold.seconds", "anki.import_new.seconds", 1.5),
    Row(
        "Deck file → collection, cache warm",
        "ours.file_cached.seconds",
        "anki.import_new.seconds",
        1.0,
    ),
    Row("Re-import of an edited deck", "ours.reimport.seconds", "anki.reimport.seconds", 1.0),
    # Loaded before the clock in every row that compiles, as Anki's code is before its
    # side's: shown here, on its own, since a process that imports a deck pays it once.
    Row(
        "Loading the compiler (trainer only, once a process)",
        "ours.reimport.compiler_load",
        None,
        None,
    ),
    Row(
        "First question on screen (vs bare app)",
        "ours.first_question.seconds",
        "floor.seconds",
        1.5,
    ),
    Row("Due queue build, 10% due", "ours.study.queue_build", "anki.study.queue_build", 2.0),
    Row("Next card", "ours.study.next", "anki.study.next", 2.0),
    Row("Next card, mean of a sitting", "ours.study.next_mean", "anki.study.next_mean", 2.0),
    Row("Answer, committed (engine)", "ours.study.answer", "anki.study.answer", None),
    Row("Answer latency, engine (answer + next)", "ours.study.latency", "anki.study.latency", 2.0),
    # FSRS answers (issue 12): within 2x Anki's answer_card.
    Row("Answer with FSRS, committed", "ours.study_fsrs.answer", "anki.study.answer", 2.0),
    Row(
        "Answer latency with FSRS (answer + next)",
        "ours.study_fsrs.latency",
        "anki.study.latency",
        2.0,
    ),
    Row(
        "Answer latency, app (key → next on screen, vs bare app)",
        "ours.app.latency",
        "floor_app.latency",
        None,
        limit=0.050,
    ),
    Row(
        "Peak RSS, deck file → collection, cold",
        "ours.file_cold.rss_kib",
        "anki.import_new.rss_kib",
        1.0,
        "KiB",
    ),
    Row(
        "Peak RSS, deck file → collection, warm",
        "ours.file_cached.rss_kib",
        "anki.import_new.rss_kib",
        1.0,
        "KiB",
    ),
    Row("Peak RSS, study session", "ours.study.rss_kib", "anki.study.rss_kib", 1.0, "KiB"),
    Row("Peak RSS, app (vs bare app)", "ours.first_question.rss_kib", "floor.rss_kib", None, "KiB"),
)
# Rows whose growth from the smallest to the largest size must be linear or better.
GROWTH_ROWS = tuple(
    row
    for row in ROWS
    if row.unit == "s" and row.ours not in ("ours.app.latency", "ours.reimport.compiler_load")
)


def render_report(results: dict[int, Figures], machine: str, sizes: tuple[int, ...]) -> str:
    lines = [
        f"Machine: {machine}",
        "",
        "| measure | cards | trainer | Anki / reference | ratio | target | |",
        "| --- | ---: | ---: | ---: | ---: | ---: | --- |",
    ]
    for row in ROWS:
        for size in sizes:
            lines.append(_line(row, size, results[size]))
    durability = _durability(results[sizes[-1]])
    if durability:
        lines += ["", durability]
    if len(sizes) > 1:
        lines += ["", *_growth(results, sizes)]
    return "\n".join(lines)


def _figure(figures: Figures, key: str | None) -> float | None:
    if key is None or not figures.get(key):
        return None
    return median(figures[key])


def _line(row: Row, size: int, figures: Figures) -> str:
    ours = _figure(figures, row.ours)
    reference = _figure(figures, row.reference)
    ratio = ours / reference if ours is not None and reference else None
    target = f"≤ {row.target:.1f}×" if row.target is not None else ""
    verdict = ""
    if row.target is not None and ratio is not None:
        verdict = "met" if ratio <= row.target else "**missed**"
    if row.limit is not None:
        target = f"≤ {_show(row.limit, row.unit)}"
        if ours is not None:
            verdict = "met" if ours <= row.limit else "**missed**"
    return (
        f"| {row.label} | {size:,} | {_show(ours, row.unit)} | {_show(reference, row.unit)}"
        f" | {'' if ratio is None else f'{ratio:.2f}×'} | {target} | {verdict} |"
    )


def _show(value: float | None, unit: str) -> str:
    if value is None:
        return "–"
    if unit == "KiB":
        return f"{value / 1024:.0f} MiB"
    if value >= 1:
        return f"{value:.2f} s"
    if value >= 0.01:
        return f"{value * 1000:.0f} ms"
    return f"{value * 1000:.2f} ms"


def _durability(figures: Figures) -> str:
    names = {0: "OFF", 1: "NORMAL", 2: "FULL", 3: "EXTRA"}
    ours = _figure(figures, "ours.study.synchronous")
    theirs = _figure(figures, "anki.study.synchronous")
    if ours is None or theirs is None:
        return ""
    return (
        f"Commits: trainer WAL with synchronous={names.get(int(ours), ours)},"
        f" Anki WAL with synchronous={names.get(int(theirs), theirs)}."
    )


def _growth(results: dict[int, Figures], sizes: tuple[int, ...]) -> list[str]:
    """How each of trainer's figures grows with the deck: the exponent k in t ∝ n^k."""
    small, large = sizes[0], sizes[-1]
    lines = [
        f"Growth of trainer's figures from {small:,} to {large:,} cards"
        " (k in time ∝ cards^k; k ≤ 1 is linear or better):",
        "",
        "| measure | k | |",
        "| --- | ---: | --- |",
    ]
    for row in GROWTH_ROWS:
        first = _figure(results[small], row.ours)
        last = _figure(results[large], row.ours)
        if not first or not last:
            continue
        k = math.log(last / first) / math.log(large / small)
        lines.append(f"| {row.label} | {k:.2f} | {'met' if k <= 1.05 else '**missed**'} |")
    return lines
