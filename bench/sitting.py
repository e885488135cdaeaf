"""A study sitting's figures as both sides report them, from their timings."""

from __future__ import annotations

from typing import Any


def sitting_figures(
    queue_build: float, answers: list[float], nexts: list[float], synchronous: int, wal: bool
) -> dict[str, Any]:
    """The first queue build; each answer's commit and each next card; their mean (the
    median hides what one card in many pays: trainer reads cards ahead); answer + next;
    and the durability settings the side ran with."""
    return {
        "queue_build": queue_build,
        "answer": answers,
        "next": nexts,
        "next_mean": sum(nexts) / len(nexts),
        "latency": [a + n for a, n in zip(answers, nexts, strict=True)],
        "synchronous": synchronous,
        "wal": int(wal),
    }
