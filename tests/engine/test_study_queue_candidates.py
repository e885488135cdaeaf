"""A deck's queue from its first candidates is the queue from all of them (study_queue)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.support.clock import MovableClock
from trainer.core.scheduling.policy import Policy
from trainer.engine import Engine
from trainer.engine import study_queue as study_queue_module
from trainer.engine.study_queue import CANDIDATES_PER_PLACE, StudyQueue, build_study_queue


def _deck(folder: Path, questions: list[int]) -> Path:
    """A deck of one excerpt per entry of `questions`, with that many questions each:
    the cards of one excerpt are siblings."""
    excerpts = []
    for number, count in enumerate(questions):
        asked = "".join(
            f"\n      - q: What is fact {i} of excerpt {number}?\n        a: answer {number} {i}"
            for i in range(count)
        )
        excerpts.append(
            f"  - id: e{number}\n    page: {number + 1}\n"
            f"    text: Excerpt {number} holds {count} facts.\n    questions:{asked}\n"
        )
    path = folder / "deck.yaml"
    text = "id: sib\ntitle: Siblings\ndefaults:\n  auto_cloze: false\nexcerpts:\n"
    path.write_text(text + "".join(excerpts), encoding="utf-8")
    return path


# Per card: new, or reviewed and due this many days ago (negative: due later).
states = st.one_of(st.none(), st.integers(-3, 4))


@settings(
    max_examples=40,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_the_first_candidates_give_the_queue_all_of_them_give(
    tmp_path_factory: pytest.TempPathFactory, data: st.DataObject
) -> None:
    folder = tmp_path_factory.mktemp("queue")
    deck = _deck(folder, data.draw(st.lists(st.integers(1, 8), min_size=5, max_size=60)))
    clock = MovableClock()
    environ = {"TRAINER_HOME": str(folder / "home")}
    with Engine.open(folder / "c.sqlite", clock=clock, environ=environ, backup=False) as engine:
        engine.import_deck(deck)
        conn = engine._conn
        today = engine.today()
        cards = conn.execute("SELECT id, excerpt_id FROM cards ORDER BY position").fetchall()
        # A state per card, or one per excerpt (siblings due together, as after a sitting).
        per_excerpt = data.draw(st.booleans())
        excerpt_states: dict[str, int | None] = {}
        with conn:
            for card_id, excerpt_id in cards:
                if excerpt_id not in excerpt_states or not per_excerpt:
                    excerpt_states[excerpt_id] = data.draw(states)
                overdue = excerpt_states[excerpt_id]
                if overdue is None:
                    continue
                due = (today - timedelta(days=overdue)).toordinal()  # as the store keeps days
                conn.execute(
                    "UPDATE cards SET due = ?, last_review = ?, interval = 3, reviews = 1"
                    " WHERE id = ?",
                    (due, due - 3, card_id),
                )
        sitting = engine.session("sib")
        for quality in data.draw(st.lists(st.integers(0, 5), max_size=8)):
            study = sitting.next_card()
            if study is None:
                break
            sitting.answer(study.card.id, quality)
        policy = Policy(
            # Rooms small beside the candidates, so that the first ones may not settle.
            new_per_day=data.draw(st.integers(0, 6)),
            reviews_per_day=data.draw(st.integers(0, 8)),
        )
        batched, whole = _built_both_ways(engine, policy)
    assert batched == whole


def _built_both_ways(engine: Engine, policy: Policy) -> tuple[StudyQueue, StudyQueue]:
    """The deck's queue built from the first candidates, and from every candidate."""
    conn, today = engine._conn, engine.today()
    record = engine._deck_records()["sib"]
    batched = build_study_queue(conn, [(record, policy)], today, "sib")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("FIRST_REVIEW_CANDIDATES_PER_PLACE", "FIRST_NEW_CANDIDATES_PER_PLACE"):
            patch.setattr(study_queue_module, name, CANDIDATES_PER_PLACE)
        whole = build_study_queue(conn, [(record, policy)], today, "sib")
    return batched, whole


def _queues(
    folder: Path, questions: list[int], due_cards: set[tuple[int, int]], policy: Policy
) -> tuple[StudyQueue, StudyQueue]:
    """The queue built from the first candidates and from all of them, for a deck of
    `questions` per excerpt where the cards `(excerpt, question)` of `due_cards` are due
    today and the rest new."""
    deck = _deck(folder, questions)
    environ = {"TRAINER_HOME": str(folder / "home")}
    with Engine.open(folder / "c.sqlite", clock=MovableClock(), environ=environ) as engine:
        engine.import_deck(deck)
        conn = engine._conn
        today = engine.today()
        with conn:
            for excerpt, question in due_cards:
                conn.execute(
                    "UPDATE cards SET due = ?, last_review = ?, interval = 3, reviews = 1"
                    " WHERE id = ?",
                    (today.toordinal(), today.toordinal() - 3, f"sib:e{excerpt}:q{question + 1}"),
                )
        batched, whole = _built_both_ways(engine, policy)
    return batched, whole


def test_reviews_the_first_candidates_cannot_keep_apart_are_fetched_whole(
    tmp_path: Path,
) -> None:
    # Excerpts 0 to 2 have eight due cards each, excerpt 3 one: four reviews apart need
    # candidates past the first twelve.
    due = {(e, q) for e in range(3) for q in range(8)} | {(3, 0)}
    batched, whole = _queues(tmp_path, [8, 8, 8, 1], due, Policy(reviews_per_day=4))
    assert batched == whole
    assert [entry.excerpt_id for entry in batched.reviews] == ["e0", "e1", "e2", "e3"]
    assert not batched.buried


def test_new_cards_the_first_candidates_cannot_keep_apart_are_fetched_whole(
    tmp_path: Path,
) -> None:
    # Each of excerpts 0 to 3 has one due card and three new ones; excerpt 4 only new
    # ones. The four reviews take excerpts 0 to 3, so the first six new candidates are
    # their siblings, and the one new card kept apart is excerpt 4's.
    due = {(e, 0) for e in range(4)}
    policy = Policy(new_per_day=1, reviews_per_day=4)
    batched, whole = _queues(tmp_path, [4, 4, 4, 4, 3], due, policy)
    assert batched == whole
    assert [entry.excerpt_id for entry in batched.new] == ["e4"]
