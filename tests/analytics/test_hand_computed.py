"""A class of six learners whose every figure was worked out by hand (docs/analytics.md shows it).

Four cards: q1, q2 and q4 typed, q3 multiple choice with options 0, 1, 2 (0 the key).
First answers, right (1) or not (0):

        q1 q2 q3 q4  score
    A    1  1  1  1    4
    B    1  1  0  1    3
    C    1  0  1  0    2
    D    0  1  0  0    1
    E    1  0  0  0    1
    F    0  0  1  0    1

The log also holds what must not count: a drill (A), an undone answer and its undo (D),
and later answers that lapse or not.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.analytics.conftest import answer, undo, write_log
from trainer.analytics import analyze
from trainer.analytics.flags import Flag
from trainer.analytics.report import Item, Report

Q1, Q2, Q3, Q4 = (f"hand:e:q{n}" for n in range(1, 5))
FLOOR = {"ef_after": 1.3}

CLASS = [
    answer("A", 1, Q1, 5, 1000),
    answer("A", 2, Q2, 4, 2000),
    answer("A", 3, Q3, 5, 1500, choice=0),
    answer("A", 4, Q4, 4, 3000),
    answer("A", 5, Q1, 5, 900),
    answer("A", 6, Q4, 2, 4000, typed="paris"),
    answer("A", 7, Q4, 4, 500, drill=True, ef_after=1.3),  # a drill: never counted
    answer("B", 1, Q1, 4, 1200),
    answer("B", 2, Q2, 5, 1800),
    answer("B", 3, Q3, 1, 2500, choice=1),
    answer("B", 4, Q4, 3, 5000),
    answer("B", 5, Q3, 4, 1400, choice=0),
    answer("B", 6, Q1, 1, 2200, typed="lyon"),
    answer("C", 1, Q1, 3, 3000),
    answer("C", 2, Q2, 1, 2600, typed="rome"),
    answer("C", 3, Q3, 4, 1100, choice=0),
    answer("C", 4, Q4, 1, 3500, typed="paris", **FLOOR),
    answer("C", 5, Q2, 4, 2100, typed="Roma", suggested=1, overridden=1),
    answer("D", 1, Q1, 2, 4000, typed="lyon"),
    answer("D", 2, Q2, 5, 1600),
    answer("D", 3, Q3, 1, 6000, choice=2),
    answer("D", 4, Q4, 0, 7000, typed="", **FLOOR),
    answer("D", 5, Q1, 4, 1900, ef_after=1.3),  # undone by the next entry
    undo("D", 6, Q1, 5),
    answer("D", 7, Q1, 3, 2000),
    answer("E", 1, Q1, 5, 800, memory_after='{"ef": 1.3, "repetitions": 1}'),
    answer("E", 2, Q2, 2, 3000, typed="Rome "),
    answer("E", 3, Q3, 1, 2700, choice=2),
    answer("E", 4, Q4, 1, 3300, typed="Paris"),
    answer("F", 1, Q1, 1, 5000, typed="marseille"),
    answer("F", 2, Q2, 0, 9000, typed=""),
    answer("F", 3, Q3, 5, 1000, choice=0),
    answer("F", 4, Q4, 2, 3900, typed="paris"),
    answer("F", 5, Q4, 3, 3000, typed="PARIS!", suggested=1, overridden=1),
]


@pytest.fixture(params=["csv", "json"])
def report(request: pytest.FixtureRequest, tmp_path: Path) -> Report:
    return analyze([write_log(CLASS, tmp_path / f"class.{request.param}")])


def item(report: Report, card: str) -> Item:
    return next(item for item in report.items if item.card == card)


def test_class_size(report: Report) -> None:
    assert report.deck == "hand"
    assert report.learners == 6
    # 34 rows less a drill, an undo and the answer it undid: 9 + 7 + 7 + 8 answers.
    assert report.rows == 34 and report.answers == 31 and report.duplicates == 0


def test_learners_and_counted_answers(report: Report) -> None:
    assert [(item(report, c).learners, item(report, c).answers) for c in (Q1, Q2, Q3, Q4)] == [
        (6, 9),
        (6, 7),
        (6, 7),
        (6, 8),
    ]


def test_facility_is_the_share_of_first_answers_right(report: Report) -> None:
    assert item(report, Q1).facility == pytest.approx(4 / 6)
    assert item(report, Q2).facility == pytest.approx(3 / 6)
    assert item(report, Q3).facility == pytest.approx(3 / 6)
    assert item(report, Q4).facility == pytest.approx(2 / 6)


def test_discrimination_is_the_point_biserial_with_the_rest_score(report: Report) -> None:
    # q1: x = 1 1 1 0 1 0, y = rest score / 3 = 1 2/3 1/3 1/3 0 1/3; Sxy = 2/9,
    # Sxx = 4/3, Syy = 16/27: r = (2/9) / √(64/81) = 1/4 (docs/analytics.md).
    assert item(report, Q1).discrimination == pytest.approx(0.25)
    assert item(report, Q2).discrimination == pytest.approx(1 / math.sqrt(33))
    assert item(report, Q3).discrimination == pytest.approx(-1 / math.sqrt(45))
    assert item(report, Q4).discrimination == pytest.approx(math.sqrt(5 / 8))


def test_lapse_rate_counts_failures_after_the_first_answer(report: Report) -> None:
    # q1 later answers: A 5, B 1, D 3 (D's undone 4 does not count); q4: A 2, F 3.
    assert item(report, Q1).lapse_rate == pytest.approx(1 / 3)
    assert item(report, Q2).lapse_rate == 0
    assert item(report, Q3).lapse_rate == 0
    assert item(report, Q4).lapse_rate == pytest.approx(1 / 2)


def test_floor_share_reads_the_last_counted_answer(report: Report) -> None:
    # E's memory_after says 1.3 on q1; D's undone answer and A's drill do not count.
    assert item(report, Q1).ef_floor_share == pytest.approx(1 / 6)
    assert item(report, Q2).ef_floor_share == 0
    assert item(report, Q4).ef_floor_share == pytest.approx(2 / 6)


def test_median_response(report: Report) -> None:
    assert item(report, Q1).median_response_ms == 2000  # 9 times: the 5th
    assert item(report, Q2).median_response_ms == 2100
    assert item(report, Q3).median_response_ms == 1500
    assert item(report, Q4).median_response_ms == 3700  # 8 times: (3500 + 3900) / 2


def test_pick_rates(report: Report) -> None:
    options = item(report, Q3).options
    assert [(o.option, o.picks) for o in options] == [(0, 4), (1, 1), (2, 2)]
    assert [o.rate for o in options] == pytest.approx([4 / 7, 1 / 7, 2 / 7])
    assert item(report, Q1).options == ()


def test_wrong_answers_are_grouped_as_the_grader_folds_them(report: Report) -> None:
    assert item(report, Q1).wrong_answers == (("lyon", 2), ("marseille", 1))
    assert item(report, Q2).wrong_answers == (("Rome", 2),)  # "rome", "Rome "
    assert item(report, Q4).wrong_answers == (("Paris", 4),)


def test_overrides(report: Report) -> None:
    assert item(report, Q2).overrides == 1
    assert item(report, Q2).override_rate == pytest.approx(1 / 7)
    assert item(report, Q4).overrides == 1
    assert item(report, Q4).override_rate == pytest.approx(1 / 8)
    assert item(report, Q1).overrides == 0


def test_flags(report: Report) -> None:
    assert {card: item(report, card).flags for card in (Q1, Q2, Q3, Q4)} == {
        Q1: (),
        Q2: (),
        Q3: (Flag.HARD_OR_MISLEADING,),
        Q4: (Flag.NEEDS_REWORDING,),
    }
    # Sorted by flags: the flagged cards first.
    assert [i.card for i in report.items[:2]] == [Q3, Q4]


def test_overrides_are_derived_from_the_suggestion_in_logs_without_the_column(
    tmp_path: Path,
) -> None:
    rows = [{k: v for k, v in row.items() if k != "overridden"} for row in CLASS]
    derived = analyze([write_log(rows, tmp_path / "old.json")])
    assert item(derived, Q2).overrides == 1 and item(derived, Q4).overrides == 1
