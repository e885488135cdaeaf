"""Quiz rough edges (issue 16, point 9): a counted quiz says which answers counted and
which were drills; the setup screen clears stale errors and keeps what was chosen."""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Input, Static, Switch

from tests.support.answering import answer_card, settle
from trainer.tui.app import TrainerApp
from trainer.tui.screens.quiz import QuizSetupScreen
from trainer.tui.screens.quiz_results import QuestionResult, QuizResult, counting_words
from trainer.tui.screens.quiz_run import QuizRunScreen
from trainer.tui.start import StartAt
from trainer.tui.widgets.asking import CardAsker

HISTORY = "moore-germany-soviet"
SIZE = (80, 24)
MakeApp = Callable[..., TrainerApp]


def _result(answered: int, unanswered: int, drills: int, counted: bool = True) -> QuizResult:
    results = [QuestionResult("q", "a", "p. 1", True, True, "a")] * answered
    results += [QuestionResult("q", "a", "p. 1", False, False, "")] * unanswered
    return QuizResult(tuple(results), 60.0, False, counted, drills)


def test_the_results_say_which_answers_counted() -> None:
    assert counting_words(_result(3, 0, 0, counted=False)).startswith("Practice only")
    assert counting_words(_result(3, 1, 0)) == "Counted towards scheduling: all 3 answers."
    words = counting_words(_result(4, 0, 1))
    assert words.startswith("Counted towards scheduling: 3 of 4 answers; 1 was a drill")


async def _take(app: TrainerApp, pilot: object) -> None:
    while isinstance(app.screen, QuizRunScreen):
        asked = app.screen.query_one(CardAsker).asked
        assert asked is not None
        await answer_card(pilot, asked.card, right=True)  # type: ignore[arg-type]
        await settle(app, pilot)  # type: ignore[arg-type]
        await pilot.press("enter")  # type: ignore[attr-defined]
        await settle(app, pilot)  # type: ignore[arg-type]


async def test_a_counted_quiz_on_cards_answered_today_names_its_drills(
    make_app: MakeApp,
) -> None:
    app = make_app(StartAt("quiz", HISTORY, 2))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        await pilot.click("#quiz-counts")
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        await _take(app, pilot)
        first = str(app.screen.query_one("#quiz-stored", Static).render())
        assert first == "Counted towards scheduling: all 2 answers."
        await pilot.press("r")  # the same cards again, the same day: drills
        await settle(app, pilot)
        await _take(app, pilot)
        again = str(app.screen.query_one("#quiz-stored", Static).render())
        assert again.startswith("Counted towards scheduling: 0 of 2 answers; 2 were drills")


async def test_the_setup_clears_stale_errors_and_keeps_the_choices(make_app: MakeApp) -> None:
    app = make_app(StartAt("quiz", HISTORY, 2))
    async with app.run_test(size=SIZE) as pilot:
        await settle(app, pilot)
        field = app.screen.query_one("#quiz-count", Input)
        field.value = "0"
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        problem = app.screen.query_one("#quiz-problem", Static)
        assert "between 1 and" in str(problem.render())
        field.value = "2"
        await settle(app, pilot)
        assert str(problem.render()) == ""
        app.screen.query_one("#quiz-minutes", Input).value = "7"
        await pilot.click("#quiz-counts")
        await pilot.press("ctrl+g")
        await settle(app, pilot)
        await pilot.press("escape")  # end the quiz
        await settle(app, pilot)
        await pilot.press("n")  # a new quiz: the form as it was
        await settle(app, pilot)
        screen = app.screen
        assert isinstance(screen, QuizSetupScreen)
        assert screen.query_one("#quiz-count", Input).value == "2"
        assert screen.query_one("#quiz-minutes", Input).value == "7"
        assert screen.query_one("#quiz-counts", Switch).value is True
