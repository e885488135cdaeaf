"""A sitting (StudySession) and the rules every answer obeys: undo reaches only the sitting's
own answers, cards taken out are not answered, typed answers are capped, an answer that
could not be saved is named, and a sitting's queue follows changes made elsewhere."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.model import Card
from trainer.core.scheduling.state import Quality
from trainer.core.untrusted import forbidden_search
from trainer.engine import (
    MAX_ANSWER_CHARS,
    CardNotActiveError,
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    Engine,
    EntryKind,
    SessionMode,
    StaleStateError,
    StudySession,
    UndoRefusedError,
    capped_answer,
    quoted_prompt,
    unsaved_answer_message,
)
from trainer.engine.answer_rules import PROMPT_QUOTED_CHARS

THREE = deck_text("d", {"e1": [("a", "Alpha")], "e2": [("b", "Beta")], "e3": [("c", "Gamma")]})


@pytest.fixture
def deck(engine: Engine, write_deck: Callable[..., Path]) -> str:
    return engine.import_deck(write_deck("d.yaml", THREE)).deck_id


def asked_next(sitting: StudySession) -> Card:
    """The card the sitting asks next (the test expects one)."""
    study = sitting.next_card()
    assert study is not None
    return study.card


def undone_id(sitting: StudySession) -> str | None:
    """Undo the sitting's latest answer: the id of its card, None if nothing was undone."""
    card = sitting.undo()
    return None if card is None else card.id


def standing(engine: Engine, card_id: str) -> list[Quality | None]:
    """The qualities of a card's answers that were not undone."""
    log = engine.card_details(card_id).history
    return [e.quality for e in log if e.kind is EntryKind.ANSWER and not e.undone]


def test_undo_reaches_this_sittings_answers_newest_first_and_no_older_ones(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    yesterday = engine.session(deck)
    older = asked_next(yesterday).id
    yesterday.answer(older, 5)  # an earlier sitting's answer, yesterday
    clock.advance(days=1)
    sitting = engine.session(deck)
    assert sitting.undo() is None
    asked = []
    for quality in (4, 3):
        study = sitting.next_card()
        assert study is not None
        asked.append(study.card.id)
        sitting.answer(study.card.id, quality)
    assert len(sitting.committed) == 2
    assert undone_id(sitting) == asked[1]
    assert asked_next(sitting).id == asked[1]  # asked again next
    assert undone_id(sitting) == asked[0]
    assert sitting.undo() is None
    assert sitting.undo() is None
    # Yesterday's answer stands (its card may have been asked again today, and undone).
    assert standing(engine, older) == [Quality.PERFECT]
    assert engine.statistics().total_answers == 1


def test_an_answer_changed_elsewhere_cannot_be_undone_and_is_skipped(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id
    sitting.answer(first, 5)
    second = asked_next(sitting).id
    sitting.answer(second, 2)  # drilled again today
    with Engine.open(clock=clock, backup=False) as other:
        other.session(deck).answer(second, 5)  # another trainer answers the drill
    with pytest.raises(UndoRefusedError, match="cannot be undone"):
        sitting.undo()
    assert undone_id(sitting) == first  # the one before is still within reach
    assert standing(engine, second) == [Quality(2), Quality.PERFECT]


def test_a_busy_collection_leaves_the_answer_undoable(
    engine: Engine, deck: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sitting = engine.session(deck)
    card_id = asked_next(sitting).id
    sitting.answer(card_id, 5)

    def busy(review_id: int) -> None:
        raise CollectionBusyError("busy")

    with monkeypatch.context() as patch:
        patch.setattr(engine, "_undo", busy)
        with pytest.raises(CollectionBusyError):
            sitting.undo()
    assert undone_id(sitting) == card_id


@pytest.mark.parametrize("take_out", ["suspend", "retire"])
def test_a_card_taken_out_after_it_was_shown_is_not_answered(
    engine: Engine, deck: str, write_deck: Callable[..., Path], clock: MovableClock, take_out: str
) -> None:
    sitting = engine.session(deck)
    study = sitting.next_card()
    assert study is not None
    card_id = study.card.id
    with Engine.open(clock=clock, backup=False) as other:
        if take_out == "suspend":
            other.suspend(card_id)
        else:
            cards = {"e1": [("a", "Alpha")], "e2": [("b", "Beta")], "e3": [("c", "Gamma")]}
            del cards[card_id.split(":")[1]]  # the card's excerpt leaves the deck
            other.import_deck(write_deck("d.yaml", deck_text("d", cards)))
    assert not sitting.is_asked(card_id)
    with pytest.raises(CardNotActiveError, match="not saved"):
        sitting.answer(card_id, 5)
    assert sitting.committed == ()
    assert standing(engine, card_id) == []
    # The sitting's queue forgets it: it is never asked again today.
    asked = []
    while (nxt := sitting.next_card()) is not None:
        asked.append(nxt.card.id)
        sitting.answer(nxt.card.id, 5)
    assert card_id not in asked and len(asked) == 2


def test_a_card_suspended_by_another_trainer_leaves_the_cached_queue(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id
    with Engine.open(clock=clock, backup=False) as other:
        other.suspend(first)
    assert asked_next(sitting).id != first


def test_a_huge_answer_is_capped_before_grading_and_storing(engine: Engine, deck: str) -> None:
    sitting = engine.session(deck)
    study = sitting.next_card()
    assert study is not None
    huge = "Alpha " * 2_000_000  # 12 MB
    feedback = sitting.check(study.card, huge, 3.0)
    assert len(feedback.typed) == MAX_ANSWER_CHARS
    sitting.answer(study.card.id, 1, typed=huge)
    (entry,) = engine.card_details(study.card.id).history
    assert entry.typed == huge[:MAX_ANSWER_CHARS]


@given(st.text(max_size=MAX_ANSWER_CHARS + 50))
def test_capping_keeps_a_prefix_of_at_most_the_cap(typed: str) -> None:
    capped = capped_answer(typed)
    assert typed.startswith(capped)
    assert len(capped) == min(len(typed), MAX_ANSWER_CHARS)


@given(st.text(max_size=300))
def test_a_quoted_prompt_is_one_short_escaped_line(prompt: str) -> None:
    quoted = quoted_prompt(prompt)
    assert "\n" not in quoted and forbidden_search(quoted) is None
    inner = quoted[1:-1]
    assert len(" ".join(prompt.split())) <= PROMPT_QUOTED_CHARS or inner.endswith("…")


@pytest.mark.parametrize(
    ("error", "restore"),
    [
        (CollectionCorruptError("database disk image is malformed."), "is damaged"),
        (CollectionError("input/output error on the collection"), "may be damaged"),
        (CollectionBusyError("the collection is busy"), None),
        (StaleStateError("card changed"), None),
    ],
)
def test_an_unsaved_answer_is_named_with_restore_advice_when_damage_is_likely(
    error: Exception, restore: str | None
) -> None:
    prompt = "Which river flows\ninto the Caspian \x1b]0;pwned\x07 Sea, and why? " * 3
    message = unsaved_answer_message(prompt, error)
    assert message.startswith("Your answer to “Which river flows into the Caspian \\x1b]0;")
    assert "…”" in message and "\x1b" not in message and "\n" not in message
    assert "was not saved" in message and ".." not in message
    if restore is None:
        assert "trainer restore" not in message
    else:
        assert restore in message and "`trainer restore`" in message


# The sitting's mode, the grader's word and the option picked ---------------------------

CHOICE = """\
id: c
title: C
excerpts:
  - id: e
    page: 1
    text: Junkers built planes.
    questions:
      - q: Which firm built planes?
        a: Junkers
        distractors: [Krupp, Rheinmetall, Stinnes]
"""
ORDER = """\
id: ord
title: Order
defaults:
  auto_cloze: false
chronology:
  - id: order
    facts: [a, b, c]
excerpts:
  - id: e
    page: 1
    text: Three events.
    facts:
      - {id: a, event: First event, year: 1901}
      - {id: b, event: Second event, year: 1902}
      - {id: c, event: Third event, year: 1903}
"""


def test_session_modes_are_the_log_words_of_today() -> None:
    assert [mode.value for mode in SessionMode] == ["review", "quiz", "exam"]
    assert SessionMode("quiz") is SessionMode.QUIZ


@pytest.mark.parametrize("mode", [SessionMode.REVIEW, SessionMode.QUIZ])
def test_a_sittings_answers_are_logged_in_its_mode(
    engine: Engine, deck: str, mode: SessionMode
) -> None:
    sitting = engine.session(deck, mode)
    card_id = asked_next(sitting).id
    sitting.answer(card_id, 4)
    (entry,) = engine.card_details(card_id).history
    assert entry.mode == mode.value


def logged(engine: Engine, card_id: str) -> tuple[str | None, int | None]:
    entry = engine.card_details(card_id).history[-1]
    return entry.verdict, entry.choice


def test_the_log_keeps_the_option_picked_for_a_multiple_choice(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    sitting = engine.session(engine.import_deck(write_deck("c.yaml", CHOICE)).deck_id)
    card = asked_next(sitting)
    key = card.answer.key[0]
    wrong = (key + 1) % len(card.choices)
    # The options are shown reshuffled; the log counts them in the card's own order.
    canonical = engine.card_details(card.id).entry.card.choices
    for typed, expected in (
        (str(wrong + 1), ("wrong", canonical.index(card.choices[wrong]))),  # by its number
        (card.choices[key], ("exact", canonical.index(card.choices[key]))),  # by its text
        ("", ("blank", None)),
        ("Fokker", ("wrong", None)),  # names no option
    ):
        sitting.answer(card.id, 3, typed=typed, feedback=sitting.check(card, typed))
        assert logged(engine, card.id) == expected
    sitting.answer(card.id, 3)  # no check given: nothing is known of the grader
    assert logged(engine, card.id) == (None, None)


def test_the_log_keeps_no_option_for_an_order_or_a_typed_answer(
    engine: Engine, write_deck: Callable[..., Path], deck: str
) -> None:
    order = engine.session(engine.import_deck(write_deck("o.yaml", ORDER)).deck_id)
    card = asked_next(order)
    typed = " ".join(str(index + 1) for index in card.answer.key)
    order.answer(card.id, 5, typed=typed, feedback=order.check(card, typed))
    assert logged(engine, card.id) == ("exact", None)
    typing = engine.session(deck)
    card = asked_next(typing)
    slip = card.answer.text[:-1] + "x" + "a"
    typing.answer(card.id, 4, typed=slip, feedback=typing.check(card, slip))
    verdict, choice = logged(engine, card.id)
    assert verdict in {"typo", "close", "wrong"} and choice is None


# A sitting's queue and changes made elsewhere -------------------------------------------


def test_another_sittings_answer_reaches_this_sittings_queue(engine: Engine, deck: str) -> None:
    mine, other = engine.session(deck), engine.session(deck)
    shown = asked_next(mine).id
    other.answer(shown, 5)
    asked = []
    while (study := mine.next_card()) is not None:
        asked.append(study.card.id)
        mine.answer(study.card.id, 5)
    assert shown not in asked and len(asked) == 2


def test_a_card_suspended_and_brought_back_through_the_engine(engine: Engine, deck: str) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id
    engine.suspend(first)
    assert asked_next(sitting).id != first
    engine.unsuspend(first)
    assert asked_next(sitting).id == first


def test_skip_leaves_a_card_out_until_the_queue_is_fetched_again(engine: Engine, deck: str) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id
    sitting.skip(first)
    assert asked_next(sitting).id != first
    sitting.refresh()
    assert asked_next(sitting).id == first


def test_a_sittings_own_answers_keep_its_queue_in_memory(
    engine: Engine, deck: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from trainer.engine import study_queue

    fetched = []
    real = study_queue.build_study_queue

    def counting(*args: object, **kwargs: object) -> object:
        fetched.append(1)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(study_queue, "build_study_queue", counting)
    sitting = engine.session(deck)
    while (study := sitting.next_card()) is not None:
        sitting.answer(study.card.id, 5)
    assert len(fetched) == 1


def test_the_engine_keeps_no_sittings_state(engine: Engine, deck: str) -> None:
    """Two sittings of one deck: each its own queue, previous excerpt and undo."""
    first, second = engine.session(deck), engine.session(deck)
    card = asked_next(first).id
    assert asked_next(second).id == card  # nothing of the first's was shared
    first.answer(card, 5)
    assert second.undo() is None
    assert undone_id(first) == card


# Reading ahead ---------------------------------------------------------------------------


def test_cards_read_ahead_are_the_cards_as_stored(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    """The fast path (the queue's next cards read at once) pinned to the slow one: every
    card a sitting asks, with its schedule and excerpt, is the card `get_card` and
    `get_excerpt` read on their own at that moment."""
    from trainer.core.answering.option_order import shown_card
    from trainer.engine.session import READ_AHEAD
    from trainer.store import get_card, get_excerpt

    excerpts = {f"e{n}": [(f"q{n}a", f"Alpha {n}"), (f"q{n}b", f"Beta {n}")] for n in range(30)}
    assert 2 * len(excerpts) > 3 * READ_AHEAD  # the sitting reads ahead several times
    text = deck_text("big", excerpts, new_per_day=100)
    deck = engine.import_deck(write_deck("big.yaml", text)).deck_id
    sitting = engine.session(deck)
    asked = 0
    while (study := sitting.next_card()) is not None:
        stored = get_card(engine._conn, study.card.id)
        assert study.card == shown_card(stored.card, stored.schedule.reviews)
        assert study.schedule == stored.schedule
        assert study.excerpt == get_excerpt(engine._conn, deck, study.card.excerpt_id)
        sitting.answer(study.card.id, 5 if asked % 3 else 2)  # some come back as drill
        asked += 1
    assert asked > 2 * len(excerpts)


def test_a_card_read_ahead_then_suspended_by_another_trainer_is_not_asked(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id  # the other two were read ahead with it
    sitting.answer(first, 5)
    others = [card for card in ("d:e1:a", "d:e2:b", "d:e3:c") if card != first]
    with Engine.open(clock=clock, backup=False) as other:
        for card_id in others:
            other.suspend(card_id)
    assert sitting.next_card() is None


def test_a_card_read_ahead_then_changed_by_another_import_is_asked_as_changed(
    engine: Engine, deck: str, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    sitting = engine.session(deck)
    first = asked_next(sitting).id
    sitting.answer(first, 5)
    changed = {"e1": [("a", "Aleph")], "e2": [("b", "Beth")], "e3": [("c", "Gimel")]}
    with Engine.open(clock=clock, backup=False) as other:
        other.import_deck(write_deck("d.yaml", deck_text("d", changed)))
    study = sitting.next_card()
    assert study is not None
    assert study.card.answer.text in {"Aleph", "Beth", "Gimel"}


def test_an_excerpt_changed_by_another_import_is_shown_as_changed(
    engine: Engine, write_deck: Callable[..., Path], clock: MovableClock
) -> None:
    text = deck_text("d", {"e1": [("a", "Alpha"), ("b", "Beta")]}, new_per_day=9)
    deck = engine.import_deck(write_deck("d.yaml", text)).deck_id
    sitting = engine.session(deck, SessionMode.QUIZ)
    first = sitting.next_card()
    assert first is not None and first.excerpt is not None
    assert first.excerpt.text == "About e1."
    with Engine.open(clock=clock, backup=False) as other:
        other.import_deck(write_deck("d.yaml", text.replace("About e1.", "Rewritten e1.")))
    sitting.answer(first.card.id, 5)
    study = sitting.next_card()
    assert study is not None and study.excerpt is not None
    assert study.excerpt.text == "Rewritten e1."


def test_a_damaged_card_stops_only_its_own_question(
    engine: Engine, write_deck: Callable[..., Path]
) -> None:
    excerpts = {f"e{n}": [(f"q{n}", f"Answer {n}")] for n in range(6)}
    deck = engine.import_deck(write_deck("six.yaml", deck_text("six", excerpts))).deck_id
    sitting = engine.session(deck)
    first = asked_next(sitting)  # the others were read ahead with it
    damaged = "six:e3:q3"
    assert first.id != damaged
    # Damaged on disk, as another process (or a bad sector) would leave it.
    path = engine._conn.execute("PRAGMA database_list").fetchone()[2]
    with contextlib.closing(sqlite3.connect(path)) as other, other:
        other.execute("UPDATE card_content SET content = '{' WHERE card_id = ?", (damaged,))
    sitting.answer(first.id, 5)
    asked = []
    with pytest.raises(CollectionCorruptError):
        while (study := sitting.next_card()) is not None:
            asked.append(study.card.id)
            sitting.answer(study.card.id, 5)
    # Cards read ahead with the damaged one were asked; only its own question failed.
    assert asked and damaged not in asked
