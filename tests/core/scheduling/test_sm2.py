"""SM-2 as published: the hand-computed sequences of docs/scheduling.md and each rule in turn."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from trainer.core.scheduling.sm2 import as_quality, ef_change_hundredths, replay, review_card
from trainer.core.scheduling.state import QUALITY_LABELS, CardState, Quality

DOC = Path(__file__).resolve().parents[3] / "docs" / "scheduling.md"
TABLE_HEADER = "| answer | day | q | EF | n | interval | due |"
START = date(2024, 1, 1)

# The hand-computed interval sequences of docs/scheduling.md, duplicated here so that
# editing the doc to match a broken implementation fails this file too.
HAND_COMPUTED = {
    (5, 5, 5, 5, 5): [1, 6, 17, 50, 150],
    (4, 4, 4, 4, 4): [1, 6, 15, 38, 95],
    (3,) * 10: [1, 6, 13, 26, 47, 79, 121, 167, 218, 284],
    (5, 4, 3, 1, 4, 5, 5, 3): [1, 6, 15, 1, 1, 6, 16, 41],
}


def doc_tables() -> list[list[tuple[int, int, int, str, int, int, int]]]:
    """Every worked-sequence table of the doc, as rows of (answer, day, q, EF, n, I, due)."""
    tables: list[list[tuple[int, int, int, str, int, int, int]]] = []
    rows: list[tuple[int, int, int, str, int, int, int]] | None = None
    for line in DOC.read_text(encoding="utf-8").splitlines():
        if line.strip() == TABLE_HEADER:
            rows = []
            tables.append(rows)
        elif rows is not None and re.fullmatch(r"\|( --- \|)+", line.strip()):
            continue
        elif rows is not None and line.startswith("|"):
            cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
            answer, day, q, ef, n, interval, due = cells
            rows.append((int(answer), int(day), int(q), ef, int(n), int(interval), int(due)))
        else:
            rows = None
    return tables


def test_the_doc_holds_the_hand_computed_sequences() -> None:
    tables = doc_tables()
    found = {tuple(row[2] for row in t): [row[5] for row in t] for t in tables}
    assert found == HAND_COMPUTED


@pytest.mark.parametrize("table", doc_tables(), ids=lambda t: "q=" + "".join(str(r[2]) for r in t))
def test_review_card_reproduces_every_doc_table(
    table: list[tuple[int, int, int, str, int, int, int]],
) -> None:
    state = CardState()
    for number, (answer, day, q, ef, n, interval, due) in enumerate(table, start=1):
        assert answer == number
        review_day = START + timedelta(days=day)
        if state.due is not None:
            assert review_day == state.due, "each answer is given on the day it falls due"
        state, log = review_card(state, q, review_day)
        assert f"{state.ef:.2f}" == ef
        assert (state.repetitions, state.interval) == (n, interval)
        assert state.due == START + timedelta(days=due)
        assert not log.drill


@pytest.mark.parametrize(
    ("quality", "change"), [(5, 10), (4, 0), (3, -14), (2, -32), (1, -54), (0, -80)]
)
def test_ef_formula_in_hundredths(quality: int, change: int) -> None:
    # 0.1 − (5−q)·(0.08 + (5−q)·0.02), times 100.
    assert ef_change_hundredths(Quality(quality)) == change


def test_ef_is_updated_before_the_interval_is_computed() -> None:
    # With the old EF (2.5) the third interval would be 15; the updated 2.6 gives 16.
    state = CardState(
        ef=2.5, repetitions=2, interval=6, due=START, last_review=START - timedelta(6)
    )
    after, _ = review_card(state, 5, START)
    assert after.ef == 2.6
    assert after.interval == 16  # ceil(6 × 2.6) = ceil(15.6)


def test_interval_is_exact_where_floats_are_not() -> None:
    # 25 × 2.2 is 55.00000000000001 in floating point, which would round up to 56.
    assert 25 * 2.2 > 55
    state = CardState(
        ef=2.2, repetitions=3, interval=25, due=START, last_review=START - timedelta(25)
    )
    after, _ = review_card(state, Quality.CORRECT_HESITATION, START)
    assert after.ef == 2.2
    assert after.interval == 55
    assert after.due == START + timedelta(days=55)


def test_ten_days_at_the_floor_give_thirteen() -> None:
    state = CardState(
        ef=1.3, repetitions=3, interval=10, due=START, last_review=START - timedelta(10)
    )
    after, _ = review_card(state, Quality.CORRECT_HESITATION, START)
    assert (after.ef, after.interval) == (1.3, 13)


def test_ef_does_not_drift_over_many_updates() -> None:
    # In floats 2.5 − 0.14 − 0.14 is 2.2199999999999998; kept in hundredths it is 2.22.
    assert 2.5 - 0.14 - 0.14 != 2.22
    state = replay([(3, START), (3, START + timedelta(1))])
    assert state.ef == 2.22
    assert f"{state.ef!r}" == "2.22"


def test_ef_never_falls_below_the_floor() -> None:
    state = CardState(
        ef=1.36, repetitions=4, interval=20, due=START, last_review=START - timedelta(20)
    )
    after, _ = review_card(state, 3, START)
    assert after.ef == 1.3  # 1.36 − 0.14 = 1.22, floored


def test_ef_has_no_upper_limit() -> None:
    state = CardState()
    day = START
    for _ in range(12):
        state, _ = review_card(state, 5, day)
        day = state.due or day
    assert state.ef == pytest.approx(3.7)


@pytest.mark.parametrize("quality", [0, 1, 2])
def test_failure_resets_repetitions_keeps_ef_and_is_due_tomorrow(quality: int) -> None:
    state = CardState(
        ef=2.46, repetitions=3, interval=15, due=START, last_review=START - timedelta(15)
    )
    after, log = review_card(state, quality, START)
    assert (after.ef, after.repetitions, after.interval) == (2.46, 0, 1)
    assert after.due == START + timedelta(days=1)
    assert after.lapses == 1
    assert after.drill
    assert log.ef_before == log.ef_after == 2.46


def test_intervals_after_a_failure_run_one_one_six() -> None:
    state = CardState(
        ef=2.5, repetitions=4, interval=40, due=START, last_review=START - timedelta(40)
    )
    intervals = []
    day = START
    for quality in (1, 4, 4, 4):
        state, _ = review_card(state, quality, day)
        intervals.append(state.interval)
        day = state.due or day
    assert intervals == [1, 1, 6, 15]


def test_lapses_count_only_forgetting_a_learned_card() -> None:
    state, _ = review_card(CardState(), 0, START)  # a new card failed: never learned
    assert state.lapses == 0
    state, _ = review_card(state, 1, START + timedelta(1))  # failed again at n = 0
    assert state.lapses == 0
    state, _ = review_card(state, 4, START + timedelta(2))  # learned: n = 1
    state, _ = review_card(state, 2, START + timedelta(3))  # forgotten
    assert state.lapses == 1


def test_overdue_review_grows_from_the_interval_not_the_elapsed_time() -> None:
    last = START - timedelta(days=16)  # interval 6, reviewed 10 days late
    state = CardState(ef=2.5, repetitions=2, interval=6, due=last + timedelta(6), last_review=last)
    after, _ = review_card(state, 4, START)
    assert after.interval == 15
    assert after.due == START + timedelta(days=15)


def test_first_answer_of_a_new_card_is_repetition_one() -> None:
    after, log = review_card(CardState(), 5, START)
    assert (after.repetitions, after.interval, after.due) == (1, 1, START + timedelta(1))
    assert after.last_review == START
    assert log.due_before is None and log.interval_before == 0


def test_a_second_answer_the_same_day_is_a_drill_that_changes_nothing() -> None:
    first, _ = review_card(CardState(), 3, START)
    assert first.drill  # 3 < 4: must be drilled today
    second, log = review_card(first, 1, START)
    assert log.drill
    assert (second.ef, second.interval, second.repetitions, second.due, second.lapses) == (
        first.ef,
        first.interval,
        first.repetitions,
        first.due,
        first.lapses,
    )
    assert second.drill
    third, _ = review_card(second, 4, START)
    assert not third.drill
    assert third.reviews == 3


def test_a_counted_answer_of_four_or_more_clears_the_drill() -> None:
    assert not review_card(CardState(), 4, START)[0].drill
    assert not review_card(CardState(), 5, START)[0].drill
    assert review_card(CardState(), 3, START)[0].drill


def test_the_clock_moving_backwards_never_moves_the_card_back() -> None:
    state, _ = review_card(CardState(), 5, START)
    state, _ = review_card(state, 5, START + timedelta(1))
    earlier, log = review_card(state, 0, START)
    assert log.drill
    assert (earlier.last_review, earlier.due, earlier.interval) == (
        state.last_review,
        state.due,
        state.interval,
    )


def test_the_log_entry_records_before_and_after() -> None:
    state = CardState(
        ef=2.5, repetitions=2, interval=6, due=START, last_review=START - timedelta(6)
    )
    after, log = review_card(state, 5, START)
    assert log.day == START and log.quality is Quality.PERFECT and not log.drill
    assert (log.ef_before, log.ef_after) == (2.5, 2.6)
    assert (log.interval_before, log.interval_after) == (6, 16)
    assert (log.repetitions_before, log.repetitions_after) == (2, 3)
    assert (log.due_before, log.due_after) == (START, after.due)


@pytest.mark.parametrize("bad", [-1, 6, 10])
def test_out_of_range_quality_is_a_value_error(bad: int) -> None:
    with pytest.raises(ValueError, match="0 to 5"):
        review_card(CardState(), bad, START)


@pytest.mark.parametrize("bad", ["5", 3.0, True, None])
def test_a_quality_that_is_not_a_whole_number_is_a_type_error(bad: object) -> None:
    with pytest.raises(TypeError, match="0 to 5"):
        as_quality(bad)  # type: ignore[arg-type]


def test_a_datetime_is_not_a_review_day() -> None:
    with pytest.raises(TypeError, match="learning day"):
        review_card(CardState(), 5, datetime(2024, 1, 1, 12))


def test_a_corrupt_state_is_reported() -> None:
    with pytest.raises(ValueError, match=r"below 1\.3"):
        review_card(CardState(ef=1.0), 5, START)
    with pytest.raises(ValueError, match="no due date"):
        review_card(CardState(last_review=START), 5, START)


def test_quality_labels_are_wozniaks_wording() -> None:
    assert QUALITY_LABELS[Quality.PERFECT] == "perfect response"
    assert Quality.BLACKOUT.label == "complete blackout"
    assert [q.passed for q in Quality] == [False, False, False, True, True, True]


def test_replay_is_a_fold_of_review_card() -> None:
    steps = [
        (5, START),
        (3, START),
        (4, START + timedelta(1)),
        (Quality.BLACKOUT, START + timedelta(7)),
    ]
    state = CardState()
    for quality, day in steps:
        state, _ = review_card(state, quality, day)
    assert replay(steps) == state
    assert replay([]) == CardState()
    assert replay(steps[2:], initial=replay(steps[:2])) == state


def test_replay_takes_a_recorded_earlier_due_date() -> None:
    state = replay([(5, START), (5, START + timedelta(1))])
    assert state.due == START + timedelta(7)
    moved = replay([(5, START), (5, START + timedelta(1), START + timedelta(4))])
    assert moved == replace(state, due=START + timedelta(4))
    assert replay([(5, START, None)]) == replay([(5, START)])


@pytest.mark.parametrize("recorded", [date(2024, 1, 9), date(2024, 1, 2)])
def test_replay_rejects_a_due_date_no_exam_move_could_give(recorded: date) -> None:
    # SM-2 gives 8 January; a later date, or one not after the answer's day, is corrupt.
    with pytest.raises(ValueError, match="log entry 2"):
        replay([(5, START), (5, START + timedelta(1), recorded)])
