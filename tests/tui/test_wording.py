"""The phrases the app's screens share: counts, countdowns and exam plans."""

from __future__ import annotations

from datetime import date

import pytest

from trainer.core.scheduling.exam import ExamCounts, exam_plan
from trainer.tui.wording import describe_exam_plan, exam_countdown, long_date, plural

TODAY = date(2026, 3, 2)


@pytest.mark.parametrize(
    ("days", "text"),
    [(None, ""), (-1, "passed"), (0, "today"), (1, "tomorrow"), (2, "in 2 days")],
)
def test_exam_countdown(days: int | None, text: str) -> None:
    assert exam_countdown(days) == text


def test_plural() -> None:
    assert [plural(n, "card") for n in (0, 1, 2)] == ["0 cards", "1 card", "2 cards"]
    assert plural(2, "day", "days") == "2 days"


def test_long_date() -> None:
    assert long_date(date(2026, 3, 16)) == "Mon 16 March 2026"


@pytest.mark.parametrize(
    ("counts", "exam", "text"),
    [
        (ExamCounts(40, 2), date(2026, 3, 9), "42 cards to see; 6 answers a day for 7 days"),
        (ExamCounts(1), date(2026, 3, 3), "1 card to see; 1 answer a day for 1 day"),
        (ExamCounts(settled=5), date(2026, 3, 9), "Every card is ready for the exam"),
        (ExamCounts(3), TODAY, "The exam day has come"),
    ],
)
def test_describe_exam_plan(counts: ExamCounts, exam: date, text: str) -> None:
    assert describe_exam_plan(exam_plan(counts, today=TODAY, exam_date=exam)).startswith(text)
