"""An answer once checked is never lost, in a review and in a counting quiz: escape, suspend
and quit commit it; ctrl+z on the feedback takes back only the answer on screen; undo never
reaches an older session; a card suspended in Browse leaves the session; answers are capped."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static, Switch

from tests.support.answering import settle
from tests.support.clock import MovableClock
from trainer.core.model import Card
from trainer.core.scheduling.state import Quality
from trainer.engine import MAX_ANSWER_CHARS, Engine
from trainer.store import CardStatus, CollectionCorruptError, EntryKind
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizSetupScreen
from trainer.tui.screens.quiz_results import QuizResultsScreen
from trainer.tui.screens.quiz_run import QuizRunScreen
from trainer.tui.screens.review import ReviewScreen
from trainer.tui.screens.summary import SummaryScreen
from trainer.tui.start import StartAt
from trainer.tui.tally import SessionTally
from trainer.tui.widgets.asking import CardAsker, Phase

SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]
# Typed answers only, so that any card is answered the same way; one prompt holds brackets.
TYPED_DECK = """\
id: typed
title: Typed deck
defaults:
  auto_cloze: false
excerpts:
  - id: rivers
    title: Rivers
    page: 4
    text: The Nile and the Danube are rivers; the [Volga] flows into the Caspian.
    questions:
      - id: volga
        q: Which river flows into the Caspian [Sea]?
        a: Volga
      - id: nile
        q: Which river flows through Cairo?
        a: Nile
      - id: danube
        q: Which river flows through Vienna?
        a: Danube
"""


@pytest.fixture
def typed_deck(tmp_path: Path) -> str:
    path = tmp_path / "typed.yaml"
    path.write_text(TYPED_DECK, encoding="utf-8")
    return str(path)


def review(app: TrainerApp) -> ReviewScreen:
    assert isinstance(app.screen, ReviewScreen), f"expected the review, got {app.screen!r}"
    return app.screen


def shown_card(app: TrainerApp) -> Card:
    """The card the review screen asks now."""
    study = review(app).study
    assert study is not None, "expected a card on the review screen"
    return study.card


def tally(app: TrainerApp) -> SessionTally:
    found = review(app).tally
    assert found is not None, "expected the sitting's tally"
    return found


def asked_card(screen: QuizRunScreen) -> Card:
    """The card the screen's asker asks now."""
    asked = screen.query_one(CardAsker).asked
    assert asked is not None, "expected a card being asked"
    return asked.card


def asker(app: TrainerApp) -> CardAsker:
    return app.screen.query_one(CardAsker)


def history(engine: Engine, card_id: str) -> list[tuple[Quality | None, bool]]:
    """A card's answers (undo rows left out): quality, and whether it was undone."""
    log = engine.card_details(card_id).history
    return [(entry.quality, entry.undone) for entry in log if entry.kind is EntryKind.ANSWER]


def last_notice(app: TrainerApp) -> str:
    return [note.message for note in app._notifications][-1]


def answers(engine: Engine) -> int:
    return engine.statistics().total_answers


async def check_wrong(app: TrainerApp, pilot: Pilot[None]) -> str:
    """Type a wrong answer to the card on screen and check it; returns the card's id."""
    study = review(app).study
    assert study is not None
    await pilot.press(*"Rhine", "enter")
    await settle(app, pilot)
    assert asker(app).phase is Phase.FEEDBACK
    return study.card.id


async def test_escape_after_checking_commits_the_answer_with_its_suggestion(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card_id = await check_wrong(app, pilot)
        feedback = asker(app).feedback
        assert feedback is not None
        suggested = feedback.suggested
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        assert (app.screen.summary.reviewed, app.screen.summary.passed) == (1, 0)
        (entry,) = app.engine.card_details(card_id).history
        assert entry.quality is suggested and entry.suggested is suggested
        assert entry.typed == "Rhine"


async def test_escape_after_a_reveal_commits_what_the_feedback_suggests(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card_id = shown_card(app).id
        await pilot.press("ctrl+r")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, SummaryScreen)
        (entry,) = app.engine.card_details(card_id).history
        assert entry.quality is Quality.BLACKOUT and entry.typed is None


async def test_suspending_after_checking_commits_then_suspends(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card_id = await check_wrong(app, pilot)
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        details = app.engine.card_details(card_id)
        assert details.entry.status is CardStatus.SUSPENDED
        assert [entry.typed for entry in details.history] == ["Rhine"]
        assert shown_card(app).id != card_id
        assert tally(app).reviewed == 1


@pytest.mark.parametrize("leave", ["ctrl+q", "browse, then ctrl+q"])
async def test_quitting_after_checking_commits_the_answer(
    make_app: MakeApp, typed_deck: str, leave: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card_id = await check_wrong(app, pilot)
        if leave.startswith("browse"):
            app.open_browse("typed")
            await settle(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        assert [entry.typed for entry in engine.card_details(card_id).history] == ["Rhine"]


async def test_a_screen_error_after_checking_still_commits_the_answer(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    with pytest.raises(RuntimeError, match="a bug"):
        async with app.run_test(size=SIZE) as pilot:
            await settle(app, pilot)
            card_id = await check_wrong(app, pilot)

            def broken() -> None:
                raise RuntimeError("a bug")

            review(app).call_later(broken)
            await pilot.pause()
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        assert [entry.typed for entry in engine.card_details(card_id).history] == ["Rhine"]


async def test_ctrl_z_on_the_feedback_takes_back_only_the_answer_on_screen(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        first = shown_card(app)
        await pilot.press(*first.answer.text, "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        second = await check_wrong(app, pilot)
        second_answer = shown_card(app).answer.text
        await pilot.press("ctrl+z")
        await settle(app, pilot)
        assert shown_card(app).id == second
        assert asker(app).phase is Phase.ASKING
        assert app.screen.query_one("#answer", Input).value == ""
        assert history(app.engine, second) == []
        assert history(app.engine, first.id) == [(Quality.PERFECT, False)]
        assert answers(app.engine) == 1
        # Answered again, it is stored once, as answered the second time.
        await pilot.press(*second_answer, "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        typed = [entry.typed for entry in app.engine.card_details(second).history]
        assert typed == [second_answer]


async def test_undo_never_reaches_an_earlier_session(
    make_app: MakeApp, typed_deck: str, clock: MovableClock
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        yesterday = shown_card(app)
        await pilot.press(*yesterday.answer.text, "enter")
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)

    clock.advance(days=1)
    again = make_app(StartAt("review", typed_deck))
    async with again.run_test(size=SIZE) as pilot:
        await settle(again, pilot)
        await pilot.press("ctrl+z")
        await settle(again, pilot)
        assert "no answer of this session" in last_notice(again)
        today = shown_card(again)
        await pilot.press(*today.answer.text, "enter")
        await settle(again, pilot)
        await pilot.press("enter")
        await settle(again, pilot)
        for _ in range(3):
            await pilot.press("ctrl+z")
            await settle(again, pilot)
        assert history(again.engine, today.id)[-1] == (Quality.PERFECT, True)
        assert history(again.engine, yesterday.id)[0] == (Quality.PERFECT, False)
        assert answers(again.engine) == 1


async def test_a_card_suspended_in_browse_is_not_asked_on_return(
    make_app: MakeApp, typed_deck: str
) -> None:
    from tests.tui.test_browse import search

    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card = shown_card(app)
        await pilot.press(*"Rhine", "enter")
        await settle(app, pilot)
        app.open_browse("typed")
        await settle(app, pilot)
        await search(app, pilot, card.prompt.split()[-1].rstrip("?"))
        await pilot.press("ctrl+s")
        await settle(app, pilot)
        assert app.engine.card_details(card.id).entry.status is CardStatus.SUSPENDED
        await pilot.press("escape")
        await settle(app, pilot)
        assert shown_card(app).id != card.id
        assert asker(app).phase is Phase.ASKING
        assert history(app.engine, card.id) == []
        await pilot.press("escape")
        await settle(app, pilot)
        assert history(app.engine, card.id) == []


async def test_an_answer_to_a_card_suspended_elsewhere_is_refused_and_the_session_goes_on(
    make_app: MakeApp, typed_deck: str, clock: MovableClock
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        card_id = await check_wrong(app, pilot)
        with Engine.open(clock=clock, backup=False) as other:
            other.suspend(card_id)
        await pilot.press("enter")
        await settle(app, pilot)
        assert history(app.engine, card_id) == []
        assert shown_card(app).id != card_id
        assert tally(app).reviewed == 0


async def test_damage_found_while_committing_names_the_answer_and_how_to_restore(
    make_app: MakeApp, typed_deck: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        prompt = shown_card(app).prompt
        assert "[Sea]" in prompt
        await check_wrong(app, pilot)

        def damaged(*_: object, **__: object) -> None:
            raise CollectionCorruptError("database disk image is malformed")

        monkeypatch.setattr(app.engine, "_commit", damaged)
        await pilot.press("enter")
        await settle(app, pilot)
        message = last_notice(app)
        assert f"“{prompt}”" in message
        assert not list(app._notifications)[-1].markup  # "[Sea]" is shown as written
        assert "not saved" in message and "trainer restore" in message
        assert asker(app).phase is Phase.FEEDBACK


async def test_a_typed_answer_stops_at_the_cap_and_says_so(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        field = app.screen.query_one("#answer", Input)
        hint = app.screen.query_one("#answer-hint", Static)
        assert "cut at" not in str(hint.render())
        field.insert_text_at_cursor("x" * (MAX_ANSWER_CHARS + 500))  # as a paste does
        await pilot.press("y")
        await pilot.pause()
        assert field.value == "x" * MAX_ANSWER_CHARS
        assert f"cut at {MAX_ANSWER_CHARS:,} characters" in str(hint.render())


# The same rules in a quiz that counts towards scheduling ------------------------------


async def counting_quiz(app: TrainerApp, pilot: Pilot[None]) -> QuizRunScreen:
    await settle(app, pilot)
    assert isinstance(app.screen, QuizSetupScreen)
    await pilot.click("#quiz-counts")
    assert app.screen.query_one("#quiz-counts", Switch).value is True
    await pilot.press("ctrl+g")
    await settle(app, pilot)
    assert isinstance(app.screen, QuizRunScreen)
    return app.screen


async def test_a_counting_quiz_keeps_a_checked_answer_when_it_ends(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("quiz", typed_deck, 3))
    async with app.run_test(size=SIZE) as pilot:
        screen = await counting_quiz(app, pilot)
        card = asked_card(screen)
        await pilot.press(*"Rhine", "enter")
        await settle(app, pilot)
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, QuizResultsScreen)
        result = app.screen.result
        assert (result.total, result.unanswered) == (3, 2)
        assert result.results[0].given == "Rhine"
        (entry,) = app.engine.card_details(card.id).history
        assert entry.mode == "quiz" and entry.typed == "Rhine"


async def test_a_counting_quiz_commits_a_checked_answer_when_the_app_quits(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("quiz", typed_deck, 3))
    async with app.run_test(size=SIZE) as pilot:
        screen = await counting_quiz(app, pilot)
        card = asked_card(screen)
        await pilot.press(*"Rhine", "enter")
        await settle(app, pilot)
        await pilot.press("ctrl+q")
        await pilot.pause()
    with Engine.open(clock=MovableClock(), backup=False) as engine:
        assert [entry.mode for entry in engine.card_details(card.id).history] == ["quiz"]


async def test_a_card_suspended_in_browse_leaves_a_counting_quiz(
    make_app: MakeApp, typed_deck: str
) -> None:
    app = make_app(StartAt("quiz", typed_deck, 3))
    async with app.run_test(size=SIZE) as pilot:
        screen = await counting_quiz(app, pilot)
        card = asked_card(screen)
        await pilot.press(*"Rhine", "enter")
        await settle(app, pilot)
        app.open_browse("typed")
        await settle(app, pilot)
        app.engine.suspend(card.id)  # as Browse's ctrl+s does
        await pilot.press("escape")
        await settle(app, pilot)
        assert app.screen is screen
        assert len(screen.questions) == 2
        assert asked_card(screen).id != card.id
        await pilot.press("escape")
        await settle(app, pilot)
        assert isinstance(app.screen, QuizResultsScreen)
        assert app.screen.result.total == 2
        assert history(app.engine, card.id) == []


async def test_an_answer_that_cannot_be_saved_at_quit_is_named_on_the_way_out(
    make_app: MakeApp,
    typed_deck: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    app = make_app(StartAt("review", typed_deck))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        prompt = shown_card(app).prompt
        await check_wrong(app, pilot)

        def damaged(*_: object, **__: object) -> None:
            raise CollectionCorruptError("database disk image is malformed")

        monkeypatch.setattr(app.engine, "_commit", damaged)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert app.return_code == 1
    said = " ".join(capsys.readouterr())  # printed once the terminal is restored
    assert f"“{prompt}”" in said and "trainer restore" in said
