"""Pilot tests of quizzes: setup, asking, scoring, the missed list, the time limit, and whether
answers reach SM-2 scheduling."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import pytest
from textual.widgets import Input, Static, Switch

from tests.support.answering import answer_card, settle
from tests.support.clock import MovableClock
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizSetupScreen, TagSuggester, parse_quiz_form, split_tags
from trainer.tui.screens.quiz_results import QuizResultsScreen
from trainer.tui.screens.quiz_run import QuizRunScreen, QuizSettings, quiz_seed
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker

HISTORY = "moore-germany-soviet"
SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]


def run_screen(app: TrainerApp) -> QuizRunScreen:
    assert isinstance(app.screen, QuizRunScreen), f"expected a quiz, got {app.screen!r}"
    return app.screen


def results_screen(app: TrainerApp) -> QuizResultsScreen:
    assert isinstance(app.screen, QuizResultsScreen), f"expected results, got {app.screen!r}"
    return app.screen


def text_of(app: TrainerApp, selector: str) -> str:
    return str(app.screen.query_one(selector, Static).render())


def states(app: TrainerApp) -> dict[str, object]:
    entries = app.engine.search(deck_id=HISTORY, limit=1000)
    return {entry.card.id: entry.schedule for entry in entries}


async def start_quiz(app: TrainerApp, pilot: object, **fields: str) -> None:
    """Fill in the setup form (field name → text) and start."""
    await settle(app, pilot)  # type: ignore[arg-type]
    assert isinstance(app.screen, QuizSetupScreen)
    for name, value in fields.items():
        app.screen.query_one(f"#quiz-{name}", Input).value = value
    await pilot.press("ctrl+g")  # type: ignore[attr-defined]
    await settle(app, pilot)  # type: ignore[arg-type]


async def take_quiz(app: TrainerApp, pilot: object, right: Callable[[int], bool]) -> list[str]:
    """Answer every question (rightly when `right(index)`), going on with Enter."""
    prompts: list[str] = []
    index = 0
    while isinstance(app.screen, QuizRunScreen):
        asked = run_screen(app).query_one(CardAsker).asked
        assert asked is not None
        prompts.append(asked.card.prompt)
        await answer_card(pilot, asked.card, right=right(index))  # type: ignore[arg-type]
        await settle(app, pilot)  # type: ignore[arg-type]
        await pilot.press("enter")  # type: ignore[attr-defined]
        await settle(app, pilot)  # type: ignore[arg-type]
        index += 1
    return prompts


async def test_ten_questions_score_and_missed_list_without_scheduling(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 10))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        assert app.screen.query_one("#quiz-count", Input).value == "10"
        assert app.screen.query_one("#quiz-counts", Switch).value is False
        before = states(app)
        await start_quiz(app, pilot)
        questions = run_screen(app).questions
        assert len(questions) == 10
        assert len({q.card.kind for q in questions}) >= 4  # kinds are mixed
        wrong = {1, 4, 5, 8}
        prompts = await take_quiz(app, pilot, right=lambda index: index not in wrong)
        assert len(prompts) == 10

        result = results_screen(app).result
        assert (result.right, result.total) == (6, 10)
        assert "Score: 6 of 10 right (60%)" in text_of(app, "#quiz-score")
        assert [m.prompt for m in result.missed] == [prompts[i] for i in sorted(wrong)]
        for missed, index in zip(result.missed, sorted(wrong), strict=True):
            question = questions[index]
            assert missed.expected == app.engine.check(question.card, "").verdict.expected
            assert question.card.source in missed.source
            assert missed.answered
        items = [str(w.render()) for w in app.screen.query(".quiz-missed-item").results(Static)]
        assert len(items) == 4
        assert all("Answer: " in item and "Source: " in item for item in items)
        assert "scheduling is unchanged" in text_of(app, "#quiz-stored")
        # Nothing was stored.
        assert app.engine.statistics().total_answers == 0
        assert states(app) == before


async def test_a_counting_quiz_commits_its_answers_as_quiz_answers(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 3))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.click("#quiz-counts")
        assert app.screen.query_one("#quiz-counts", Switch).value is True
        await start_quiz(app, pilot)
        cards = [question.card.id for question in run_screen(app).questions]
        await take_quiz(app, pilot, right=lambda index: index != 0)
        assert results_screen(app).result.right == 2
        assert app.engine.statistics().total_answers == 3
        for card_id in cards:
            (entry,) = app.engine.card_details(card_id).history
            assert entry.mode == "quiz"
            assert entry.after.reviews == 1


async def test_when_time_runs_out_the_rest_count_as_missed(
    make_app: MakeApp, clock: MovableClock
) -> None:
    app = make_app(StartAt("quiz", HISTORY, 5))
    async with app.run_test(size=SIZE) as pilot:
        await start_quiz(app, pilot, minutes="2")
        assert "Time left: 2:00" in text_of(app, "#quiz-countdown")
        asked = run_screen(app).query_one(CardAsker).asked
        assert asked is not None
        card = asked.card
        await answer_card(pilot, card, right=True)
        await settle(app, pilot)
        await pilot.press("enter")
        await settle(app, pilot)
        clock.advance(seconds=61)
        run_screen(app).tick()
        assert "Time left: 0:59" in text_of(app, "#quiz-countdown")
        clock.advance(seconds=60)
        run_screen(app).tick()
        await settle(app, pilot)
        result = results_screen(app).result
        assert result.timed_out
        assert (result.right, result.total, result.unanswered) == (1, 5, 4)
        assert all(not missed.answered for missed in result.missed)
        assert "time ran out; 4 not answered" in text_of(app, "#quiz-time")
        assert "Time taken: 2 min 1 s" in text_of(app, "#quiz-time")


async def test_tags_narrow_the_draw_and_unknown_tags_say_so(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 5))
    async with app.run_test(size=SIZE) as pilot:
        await start_quiz(app, pilot, tags="no-such-tag")
        assert isinstance(app.screen, QuizSetupScreen)
        assert "No active cards with the tags no-such-tag" in text_of(app, "#quiz-problem")
        tag = next(iter(app.engine.search(deck_id=HISTORY, limit=1)[0].card.tags))
        await start_quiz(app, pilot, tags=f" {tag} , no-such-tag")
        assert run_screen(app).settings.tags == (tag, "no-such-tag")
        assert all(tag in q.card.tags for q in run_screen(app).questions)


async def test_bad_numbers_are_explained_in_the_form(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 5))
    async with app.run_test(size=SIZE) as pilot:
        await start_quiz(app, pilot, count="0")
        assert isinstance(app.screen, QuizSetupScreen)
        assert "between 1 and" in text_of(app, "#quiz-problem")


async def test_retake_asks_the_same_questions_and_escape_goes_home(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 2))
    async with app.run_test(size=SIZE) as pilot:
        await start_quiz(app, pilot)
        first = [q.card.id for q in run_screen(app).questions]
        await take_quiz(app, pilot, right=lambda index: True)
        assert results_screen(app).result.missed == ()
        await pilot.press("r")
        await settle(app, pilot)
        assert [q.card.id for q in run_screen(app).questions] == first
        await pilot.press("escape")
        await settle(app, pilot)
        assert results_screen(app).result.unanswered == 2
        await pilot.press("n")
        await settle(app, pilot)
        assert isinstance(app.screen, QuizSetupScreen)
        assert app.screen.query_one("#quiz-count", Input).value == "2"
        await pilot.press("escape")
        await settle(app, pilot)
        from trainer.tui.screens.home import HomeScreen

        assert isinstance(app.screen, HomeScreen)


def test_the_form_reads_counts_tags_and_minutes() -> None:
    settings = parse_quiz_form("d", " 12 ", "a, b,,a ", "", counts=True)
    assert settings == QuizSettings("d", 12, ("a", "b"), None, True)
    assert parse_quiz_form(None, "3", "", "15", counts=False).minutes == 15
    for count, minutes, problem in [
        ("0", "", "between 1 and"),
        ("x", "", "whole number"),
        ("5", "0", "time limit must be between"),
        ("5", "1.5", "whole number"),
    ]:
        with pytest.raises(ValueError, match=problem):
            parse_quiz_form(None, count, "", minutes, counts=False)
    assert split_tags(" , ") == ()


def test_tag_suggester_completes_the_tag_after_the_last_comma() -> None:
    suggester = TagSuggester(["germany", "geography", "soviet-union"])
    suggest = suggester.get_suggestion
    assert asyncio.run(suggest("ger")) == "germany"
    assert asyncio.run(suggest("germany, sov")) == "germany, soviet-union"
    assert asyncio.run(suggest("germany, ")) is None
    assert asyncio.run(suggest("xyz")) is None


def test_the_seed_depends_on_the_clock_and_the_settings(clock: MovableClock) -> None:
    settings = QuizSettings(HISTORY, 10)
    seed = quiz_seed(clock(), settings)
    assert seed == quiz_seed(clock(), settings)
    assert seed != quiz_seed(clock(), QuizSettings(HISTORY, 10, ("x",)))
    clock.advance(seconds=1)
    assert seed != quiz_seed(clock(), settings)


async def test_an_unknown_deck_is_explained_in_the_form(make_app: MakeApp) -> None:
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        app.open_quiz("no-such-deck", 5)
        await start_quiz(app, pilot)
        assert isinstance(app.screen, QuizSetupScreen)
        assert "no deck 'no-such-deck'" in text_of(app, "#quiz-problem")
