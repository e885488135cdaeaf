"""The statistics' SQL agrees with the core's definitions on random collections.

The store counts stages, retention, exam work and the hardest cards in SQL built from
trainer.core.scheduling's constants; here the same figures are worked out card by card
with the core's own functions, and must match.
"""

from __future__ import annotations

import sqlite3
import tempfile
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.store.conftest import Kit
from trainer.core.scheduling.exam import count_exam_work
from trainer.core.scheduling.registry import scheduler_named
from trainer.core.scheduling.stages import MATURE_INTERVAL, Stage, passed, stage_of
from trainer.core.scheduling.state import CardState
from trainer.store import (
    CardStatus,
    apply_import,
    cards_by_state,
    close_collection,
    exam_counts,
    hardest_cards,
    iter_log,
    open_collection,
    retention_per_day,
    set_status,
    undo_last,
)
from trainer.store.cards import CardEntry, get_cards

DAY0 = date(2025, 3, 1)
CARDS = [f"e{i}:q{j}" for i in range(4) for j in range(3)]

# Each card gets: nothing (stays new), a run of real SM-2 answers, or a hand-made state
# that stretches the definitions (any repetition count with any interval).
answers = st.lists(st.tuples(st.integers(0, 5), st.integers(0, 30)), min_size=1, max_size=8)
made_up = st.builds(
    lambda ef, reps, interval, ago, lapses: CardState(
        ef=ef / 100,
        repetitions=reps,
        interval=interval,
        due=DAY0 + timedelta(days=interval - ago),
        last_review=DAY0 - timedelta(days=ago),
        lapses=lapses,
        reviews=reps + lapses + 1,
    ),
    st.integers(130, 320),
    st.integers(0, 6),
    # The maturity threshold and its neighbours often, any other interval too.
    st.one_of(st.sampled_from([MATURE_INTERVAL - 1, MATURE_INTERVAL]), st.integers(1, 60)),
    st.integers(0, 40),
    st.integers(0, 5),
)
history = st.one_of(st.none(), answers, made_up)
status = st.sampled_from(["active", "active", "active", "suspended", "retired"])


def all_entries(conn: sqlite3.Connection) -> list[CardEntry]:
    ids = [str(row[0]) for row in conn.execute("SELECT id FROM cards")]
    return list(get_cards(conn, ids).values())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    cards=st.lists(st.tuples(history, status), min_size=len(CARDS), max_size=len(CARDS)),
    undos=st.integers(0, 3),
    exam_offset=st.integers(-5, 60),
)
def test_sql_and_core_agree(
    kit: Kit,
    cards: list[tuple[list[tuple[int, int]] | CardState | None, str]],
    undos: int,
    exam_offset: int,
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        conn = open_collection(Path(folder) / "c.sqlite")
        now = kit.moment(DAY0)
        apply_import(conn, kit.make_deck("d", CARDS), "d.yaml", now)
        retired = []
        for path, (past, wanted) in zip(CARDS, cards, strict=True):
            card_id = f"d:{path}"
            if isinstance(past, CardState):
                kit.put_state(conn, card_id, past)
            elif past is not None:
                day = DAY0
                for quality, gap in past:
                    day += timedelta(days=gap)
                    kit.answer(conn, card_id, quality, day)
            if wanted == "suspended":
                set_status(conn, card_id, CardStatus.SUSPENDED)
            elif wanted == "retired":
                retired.append(path)
        for _ in range(undos):
            undo_last(conn, undone_at=now, day=DAY0)
        kept = [path for path in CARDS if path not in retired]
        apply_import(conn, kit.make_deck("d", kept), "d.yaml", now)
        entries = all_entries(conn)
        active = [e for e in entries if e.status is CardStatus.ACTIVE]

        # Stages.
        counts = cards_by_state(conn, deck_id="d")
        stages = Counter(stage_of(e.schedule) for e in active)
        assert counts.new == stages[Stage.NEW]
        assert counts.learning == stages[Stage.LEARNING]
        assert counts.young == stages[Stage.YOUNG]
        assert counts.mature == stages[Stage.MATURE]
        assert counts.suspended == sum(e.status is CardStatus.SUSPENDED for e in entries)
        assert counts.retired == sum(e.status is CardStatus.RETIRED for e in entries)

        # Retention: counted answers (not drills, not undone) to cards seen before.
        reviews: Counter[date] = Counter()
        remembered: Counter[date] = Counter()
        log = list(iter_log(conn))
        undone = {e.undoes for e in log if e.undoes is not None}
        for entry in log:
            if entry.quality is None or entry.id in undone or entry.drill:
                continue
            if entry.before.is_new:
                continue
            reviews[entry.day] += 1
            remembered[entry.day] += passed(entry.quality)
        retention = retention_per_day(conn, deck_id="d")
        assert {day: (r.reviews, r.passed) for day, r in retention.items()} == {
            day: (reviews[day], remembered[day]) for day in reviews
        }

        # Exam work, counted in SQL and by the core.
        exam = DAY0 + timedelta(days=exam_offset)
        expected = count_exam_work([e.schedule for e in active], exam, 3)
        assert exam_counts(conn, "d", exam, 3) == expected

        # The hardest cards: active, reviewed, by their scheduler's hardness, then id.
        ranked = sorted(
            (e for e in active if not e.schedule.is_new),
            key=lambda e: (-scheduler_named(e.schedule.scheduler).hardness(e.schedule), e.card.id),
        )
        found = hardest_cards(conn, limit=len(CARDS), deck_id="d")
        assert [card.card_id for card in found] == [e.card.id for e in ranked]
        assert [card.card_id for card in hardest_cards(conn, limit=3)] == [
            e.card.id for e in ranked[:3]
        ]
        close_collection(conn)
