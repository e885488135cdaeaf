"""A sitting's answers and the rules every answer obeys: undo reaches only the sitting's own
answers, cards taken out are not answered, typed answers are capped, and an answer that
could not be saved is named."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.support.clock import MovableClock
from tests.support.decks import deck_text
from trainer.core.scheduling.state import Quality
from trainer.core.untrusted import FORBIDDEN
from trainer.engine import Engine
from trainer.engine.study_session import (
    MAX_ANSWER_CHARS,
    PROMPT_QUOTED_CHARS,
    CardNotActiveError,
    StudySession,
    UndoRefusedError,
    capped_answer,
    quoted_prompt,
    unsaved_answer_message,
)
from trainer.store import (
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    EntryKind,
    StaleStateError,
)

THREE = deck_text("d", {"e1": [("a", "Alpha")], "e2": [("b", "Beta")], "e3": [("c", "Gamma")]})


@pytest.fixture
def deck(engine: Engine, write_deck: Callable[..., Path]) -> str:
    return engine.import_deck(write_deck("d.yaml", THREE)).deck_id


def standing(engine: Engine, card_id: str) -> list[Quality | None]:
    """The qualities of a card's answers that were not undone."""
    log = engine.card_details(card_id).history
    return [e.quality for e in log if e.kind is EntryKind.ANSWER and not e.undone]


def test_undo_reaches_this_sittings_answers_newest_first_and_no_older_ones(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    older = engine.next_card(deck).card.id
    engine.answer(older, 5)  # an earlier sitting's answer, yesterday
    clock.advance(days=1)
    sitting = StudySession(engine)
    assert sitting.undo() is None
    asked = []
    for quality in (4, 3):
        study = engine.next_card(deck)
        asked.append(study.card.id)
        sitting.answer(study.card.id, quality)
    assert len(sitting.committed) == 2
    assert sitting.undo().id == asked[1]
    assert engine.next_card(deck).card.id == asked[1]  # asked again next
    assert sitting.undo().id == asked[0]
    assert sitting.undo() is None
    assert sitting.undo() is None
    # Yesterday's answer stands (its card may have been asked again today, and undone).
    assert standing(engine, older) == [Quality.PERFECT]
    assert engine.statistics().total_answers == 1


def test_an_answer_changed_elsewhere_cannot_be_undone_and_is_skipped(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    sitting = StudySession(engine)
    first = engine.next_card(deck).card.id
    sitting.answer(first, 5)
    second = engine.next_card(deck).card.id
    sitting.answer(second, 2)  # drilled again today
    with Engine.open(clock=clock, backup=False) as other:
        other.answer(second, 5)  # another trainer answers the drill
    with pytest.raises(UndoRefusedError, match="cannot be undone"):
        sitting.undo()
    assert sitting.undo().id == first  # the one before is still within reach
    assert standing(engine, second) == [Quality(2), Quality.PERFECT]


def test_a_busy_collection_leaves_the_answer_undoable(
    engine: Engine, deck: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    sitting = StudySession(engine)
    card_id = engine.next_card(deck).card.id
    sitting.answer(card_id, 5)

    def busy(review_id: int) -> None:
        raise CollectionBusyError("busy")

    with monkeypatch.context() as patch:
        patch.setattr(engine, "undo_answer", busy)
        with pytest.raises(CollectionBusyError):
            sitting.undo()
    assert sitting.undo().id == card_id


@pytest.mark.parametrize("take_out", ["suspend", "retire"])
def test_a_card_taken_out_after_it_was_shown_is_not_answered(
    engine: Engine, deck: str, write_deck: Callable[..., Path], clock: MovableClock, take_out: str
) -> None:
    study = engine.next_card(deck)
    card_id = study.card.id
    with Engine.open(clock=clock, backup=False) as other:
        if take_out == "suspend":
            other.suspend(card_id)
        else:
            cards = {"e1": [("a", "Alpha")], "e2": [("b", "Beta")], "e3": [("c", "Gamma")]}
            del cards[card_id.split(":")[1]]  # the card's excerpt leaves the deck
            other.import_deck(write_deck("d.yaml", deck_text("d", cards)))
    sitting = StudySession(engine)
    assert not sitting.is_asked(card_id)
    with pytest.raises(CardNotActiveError, match="not saved"):
        sitting.answer(card_id, 5)
    assert sitting.committed == ()
    assert standing(engine, card_id) == []
    # The session's queue forgets it: it is never asked again today.
    asked = []
    while (nxt := engine.next_card(deck)) is not None:
        asked.append(nxt.card.id)
        engine.answer(nxt.card.id, 5)
    assert card_id not in asked and len(asked) == 2


def test_a_card_suspended_by_another_trainer_leaves_the_cached_queue(
    engine: Engine, deck: str, clock: MovableClock
) -> None:
    first = engine.next_card(deck).card.id
    with Engine.open(clock=clock, backup=False) as other:
        other.suspend(first)
    assert engine.next_card(deck).card.id != first


def test_a_huge_answer_is_capped_before_grading_and_storing(engine: Engine, deck: str) -> None:
    study = engine.next_card(deck)
    huge = "Alpha " * 2_000_000  # 12 MB
    feedback = engine.check(study.card, huge, 3.0)
    assert len(feedback.typed) == MAX_ANSWER_CHARS
    engine.answer(study.card.id, 1, typed=huge)
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
    assert "\n" not in quoted and FORBIDDEN.search(quoted) is None
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
