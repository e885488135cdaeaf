"""Pilot tests of the review flow: answering, feedback, undo, don't know, self-grade, suspend,
choices, ordering, the session summary, and history kept across a restart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.widgets import Input, Static

from tests.support.answering import TINY_DECK, answer_card, settle
from trainer.core.model import AnswerType, Card
from trainer.core.scheduling.state import Quality
from trainer.store import CardStatus, CollectionBusyError
from trainer.tui.app import TrainerApp
from trainer.tui.screens.review import ReviewScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.start import StartAt
from trainer.tui.tally import SessionTally
from trainer.tui.widgets.asking import CardAsker, Phase
from trainer.tui.widgets.feedback import FeedbackPanel, QualityKeys

HISTORY = "moore-germany-soviet"
SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]


def review_screen(app: TrainerApp) -> ReviewScreen:
    screen = app.screen
    assert isinstance(screen, ReviewScreen), f"expected the review screen, got {screen!r}"
    return screen


def shown_card(app: TrainerApp) -> Card:
    """The card the review screen asks now."""
    study = review_screen(app).study
    assert study is not None, "expected a card on the review screen"
    return study.card


def tally(app: TrainerApp) -> SessionTally:
    found = review_screen(app).tally
    assert found is not None, "expected the sitting's tally"
    return found


def asker(app: TrainerApp) -> CardAsker:
    return review_screen(app).query_one(CardAsker)


def text_of(app: TrainerApp, selector: str) -> str:
    widget = app.screen.query_one(selector, Static)
    return str(widget.render())


def new_today(app: TrainerApp, deck_id: str) -> int:
    return next(d.new_today for d in app.engine.decks() if d.deck_id == deck_id)


def tiny_deck(tmp_path: Path) -> str:
    path = tmp_path / "tiny.yaml"
    path.write_text(TINY_DECK, encoding="utf-8")
    return str(path)


async def test_five_answers_show_the_excerpt_and_survive_a_restart(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert new_today(app, HISTORY) == 20
        asked: list[str] = []
        for _ in range(5):
            study = review_screen(app).study
            assert study is not None
            asked.append(study.card.id)
            await answer_card(pilot, study.card, right=True)
            await settle(app, pilot)
            assert asker(app).phase is Phase.FEEDBACK
            assert "Right" in text_of(app, "#verdict")
            excerpt = app.screen.query_one("#feedback-excerpt", Static)
            assert study.excerpt is not None
            page = study.excerpt.source.cite()
            assert page.startswith(("p.", "pp."))
            assert page in str(excerpt.border_title)
            assert study.excerpt.title in str(excerpt.border_title)
            await pilot.press("enter")
            await settle(app, pilot)
        assert len(set(asked)) == 5
        assert review_screen(app).tally is not None
        assert tally(app).reviewed == 5

    reopened = make_app()
    async with reopened.run_test(size=SIZE) as pilot:
        await settle(reopened, pilot)
        assert reopened.engine.statistics().total_answers == 5
        assert reopened.engine.statistics(HISTORY).total_answers == 5
        assert new_today(reopened, HISTORY) == 15
        for card_id in asked:
            history = reopened.engine.card_details(card_id).history
            assert [entry.quality for entry in history] == [Quality.PERFECT]


async def test_undo_asks_the_same_card_again_with_its_state_restored(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first = review_screen(app).study
        assert first is not None
        await answer_card(pilot, first.card, right=True)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        assert shown_card(app).id != first.card.id
        assert new_today(app, HISTORY) == 19
        assert app.engine.card_details(first.card.id).entry.schedule != first.schedule

        await pilot.press("ctrl+z")
        await settle(app, pilot)
        again = review_screen(app).study
        assert again is not None and again.card.id == first.card.id
        assert asker(app).phase is Phase.ASKING
        assert app.engine.card_details(first.card.id).entry.schedule == first.schedule
        assert new_today(app, HISTORY) == 20
        assert app.engine.statistics().total_answers == 0
        assert tally(app).reviewed == 0


async def test_undo_with_nothing_to_undo_keeps_the_question(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card = shown_card(app)
        await pilot.press(*"Len")
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert shown_card(app).id == card.id
        assert app.screen.query_one("#answer", Input).value == "Len"


async def test_dont_know_suggests_blackout(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card = shown_card(app)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        assert "Not answered" in text_of(app, "#verdict")
        keys = app.screen.query_one(QualityKeys)
        assert keys.suggested is Quality.BLACKOUT
        assert app.screen.query_one("#quality-0").has_class("-suggested")
        await pilot.press("enter")
        await settle(app, pilot)
        (entry,) = app.engine.card_details(card.id).history
        assert entry.quality is Quality.BLACKOUT
        assert entry.suggested is Quality.BLACKOUT
        assert entry.typed == ""


async def test_reveal_then_self_grade_stores_the_chosen_quality(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        study = review_screen(app).study
        assert study is not None
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        assert "revealed" in text_of(app, "#verdict")
        assert study.card.answer.text in text_of(app, "#feedback-answer")
        assert app.screen.query_one(QualityKeys).suggested is None
        await pilot.press("enter")  # no suggestion to accept: nothing happens
        await settle(app, pilot)
        assert asker(app).phase is Phase.FEEDBACK
        await pilot.press("3")
        await settle(app, pilot)
        (entry,) = app.engine.card_details(study.card.id).history
        assert entry.quality is Quality.CORRECT_DIFFICULT
        assert entry.suggested is None
        assert entry.typed is None
        assert shown_card(app).id != study.card.id


async def test_suspend_takes_the_card_out(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card = shown_card(app)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.engine.card_details(card.id).entry.status is CardStatus.SUSPENDED
        assert shown_card(app).id != card.id
        overview = next(d for d in app.engine.decks() if d.deck_id == HISTORY)
        assert overview.suspended == 1
        assert app.engine.statistics().total_answers == 0


async def test_choice_and_chronology_cards_and_the_summary(
    make_app: MakeApp, tmp_path: Path
) -> None:
    app = make_app(StartAt("review", tiny_deck(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        kinds: list[AnswerType] = []
        while isinstance(app.screen, ReviewScreen):
            card = shown_card(app)
            kinds.append(card.answer.type)
            await answer_card(pilot, card, right=True)
            await settle(app, pilot)
            assert "Right" in text_of(app, "#verdict"), card.prompt
            await pilot.press("enter")
            await settle(app, pilot)
        assert sorted(kinds) == sorted([AnswerType.TEXT, AnswerType.CHOICE, AnswerType.ORDER])
        assert isinstance(app.screen, SummaryScreen)
        summary = app.screen.summary
        assert (summary.reviewed, summary.passed) == (3, 3)
        assert "Cards reviewed: 3" in text_of(app, "#summary-line-0")
        assert "Accuracy: 100%" in text_of(app, "#summary-line-1")
        assert "Next due: tomorrow: 3" in text_of(app, "#summary-line-3")


async def test_wrong_choice_and_order_are_graded_wrong(make_app: MakeApp, tmp_path: Path) -> None:
    app = make_app(StartAt("review", tiny_deck(tmp_path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        seen = 0
        while isinstance(app.screen, ReviewScreen) and seen < 3:
            card = shown_card(app)
            await answer_card(pilot, card, right=False)
            await settle(app, pilot)
            assert "Right" not in text_of(app, "#verdict"), card.prompt
            if card.answer.type is AnswerType.ORDER:
                order = " → ".join(card.choices[i] for i in reversed(card.answer.key))
                assert order in text_of(app, "#feedback-typed")
            await pilot.press("enter")
            await settle(app, pilot)
            seen += 1
        assert seen == 3


async def test_nothing_due_says_so(make_app: MakeApp, tmp_path: Path) -> None:
    path = tiny_deck(tmp_path)
    app = make_app(StartAt("review", path))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        while isinstance(app.screen, ReviewScreen):
            await answer_card(pilot, shown_card(app), right=True)
            await settle(app, pilot)
            await pilot.press("enter")
            await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, SummaryScreen)
        app.open_review("tiny")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        headline = text_of(app, "#summary-headline")
        assert headline.startswith("Nothing left for today")
        assert "next cards due tomorrow: 3" in headline


async def test_escape_ends_the_session_with_a_summary(make_app: MakeApp) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await answer_card(pilot, shown_card(app), right=False)
        await settle(app, pilot)
        await pilot.press("1")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert "Accuracy: 0%" in text_of(app, "#summary-line-1")


async def test_an_answer_that_cannot_be_stored_can_be_graded_again(
    make_app: MakeApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(StartAt("review", HISTORY))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        study = review_screen(app).study
        assert study is not None
        await answer_card(pilot, study.card, right=True)
        await settle(app, pilot)

        def busy(*_: object, **__: object) -> None:
            raise CollectionBusyError("the collection is busy")

        monkeypatch.setattr(app.engine, "_commit", busy)
        await pilot.press("enter")
        await settle(app, pilot)
        assert asker(app).phase is Phase.FEEDBACK
        assert shown_card(app).id == study.card.id
        assert tally(app).reviewed == 0
        monkeypatch.undo()
        await pilot.press("enter")
        await settle(app, pilot)
        assert app.engine.statistics().total_answers == 1
        assert shown_card(app).id != study.card.id


async def test_an_unknown_deck_is_explained_on_screen(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_review("no-such-deck")
        await settle(app, pilot)
        assert "no deck 'no-such-deck'" in text_of(app, "#review-status")
        await pilot.press("escape")
        await settle(app, pilot)
        assert not isinstance(app.screen, ReviewScreen)


LONG_EXCERPT_DECK = """\
id: long
title: Long excerpt
defaults:
  auto_cloze: false
excerpts:
  - id: long
    title: A long passage
    page: 12
    text: >
{text}
    questions:
      - id: q
        q: What is the passage about?
        a: Rapallo
"""


async def test_a_long_excerpt_scrolls_in_the_feedback(make_app: MakeApp, tmp_path: Path) -> None:
    sentence = "      The treaty signed at Rapallo restored relations between the two states.\n"
    path = tmp_path / "long.yaml"
    path.write_text(LONG_EXCERPT_DECK.format(text=sentence * 12), encoding="utf-8")
    app = make_app(StartAt("review", str(path)))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.press("ctrl+n")
        await settle(app, pilot)
        panel = app.screen.query_one(FeedbackPanel)
        assert panel.has_focus
        assert panel.max_scroll_y > 0
        await pilot.press("pagedown")
        await pilot.pause()
        assert panel.scroll_y > 0
        assert app.screen.query_one("#quality-keys").region.bottom <= SIZE[1] - 1
