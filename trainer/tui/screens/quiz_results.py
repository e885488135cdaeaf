"""A quiz's results: the score, the questions missed with their answers and sources, the time."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from trainer.core.records import record
from trainer.tui.app import trainer_app
from trainer.tui.literal import shown
from trainer.tui.screens.summary import duration_words
from trainer.tui.widgets.keys_footer import KeysFooter

if TYPE_CHECKING:
    from trainer.tui.screens.quiz_run import QuizQuestion, QuizSettings


@record
class QuestionResult:
    """How one question of the quiz went."""

    prompt: str
    expected: str
    # The excerpt's title and page(s), e.g. "A plan at Rapallo, pp. 90–91".
    source: str
    # False when time ran out or the quiz was ended before the question was answered.
    answered: bool
    correct: bool
    # What the learner answered ("" when nothing was).
    given: str


@record
class QuizResult:
    """A finished quiz."""

    results: tuple[QuestionResult, ...]
    seconds: float
    timed_out: bool
    counted: bool
    # Of the answers counted, those to cards already answered today: same-day drills,
    # which are logged but change no schedule.
    drills: int = 0

    @property
    def total(self) -> int:
        return len(self.results)

    @property
    def right(self) -> int:
        return sum(result.correct for result in self.results)

    @property
    def missed(self) -> tuple[QuestionResult, ...]:
        return tuple(result for result in self.results if not result.correct)

    @property
    def unanswered(self) -> int:
        return sum(not result.answered for result in self.results)

    def score_words(self) -> str:
        """E.g. "7 of 10 right (70%)"."""
        share = self.right / self.total if self.total else 0.0
        return f"{self.right} of {self.total} right ({share:.0%})"


def missed_content(result: QuestionResult) -> Content:
    """One missed question: the prompt, the right answer, what was given, and the source."""
    if not result.answered:
        given = "not answered"
    elif result.given:
        given = f"you answered “{shown(result.given, one_line=True)}”"
    else:
        given = "you did not know"
    # The prompt, answers and source are deck text, the given answer the learner's:
    # assembled as literal parts, controls escaped.
    return Content.assemble(
        shown(result.prompt),
        "\n",
        ("Answer: ", "bold"),
        (shown(result.expected), "bold $text-success"),
        (f"  ({given})", "$text-muted"),
        "\n",
        ("Source: ", "bold"),
        shown(result.source) or "not given",
    )


def counting_words(result: QuizResult) -> str:
    """Which answers changed scheduling, plainly: all, all but the drills, or none."""
    if not result.counted:
        return "Practice only: scheduling is unchanged."
    given = result.total - result.unanswered
    counted = given - result.drills
    if not result.drills:
        return f"Counted towards scheduling: all {given} answers."
    drills = f"{result.drills} {'was a drill' if result.drills == 1 else 'were drills'}"
    return (
        f"Counted towards scheduling: {counted} of {given} answers; {drills} (cards already"
        " answered today: logged, but their schedule is unchanged)."
    )


class QuizResultsScreen(Screen[None]):
    """The end of a quiz: retake the same questions, set up a new quiz, or go home."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "retake", "Retake", tooltip="Take the same questions again"),
        Binding("n", "new_quiz", "New quiz", tooltip="Set up another quiz"),
        Binding("escape", "home", "Home", tooltip="Back to the decks"),
    ]

    def __init__(
        self, result: QuizResult, settings: QuizSettings, questions: list[QuizQuestion]
    ) -> None:
        super().__init__()
        self.result = result
        self.settings = settings
        self.questions = questions

    def compose(self) -> ComposeResult:
        result = self.result
        yield Header(icon="")
        with Vertical(id="quiz-results"):
            yield Static(Content(f"Score: {result.score_words()}"), id="quiz-score")
            timing = f"Time taken: {duration_words(result.seconds)}"
            if result.timed_out:
                timing += " — time ran out"
            if result.unanswered:
                timing += f"; {result.unanswered} not answered"
            yield Static(Content(timing), id="quiz-time")
            stored = counting_words(result)
            yield Static(Content(stored), id="quiz-stored")
            missed = result.missed
            heading = f"Missed ({len(missed)}):" if missed else "Nothing missed. Well done!"
            yield Static(Content(heading), id="quiz-missed-heading")
        with VerticalScroll(id="quiz-missed"):
            for item in missed:
                yield Static(missed_content(item), classes="quiz-missed-item")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Quiz results"

    def action_retake(self) -> None:
        from trainer.tui.screens.quiz_run import QuizRunScreen

        self.app.switch_screen(QuizRunScreen(self.settings, self.questions))

    def action_new_quiz(self) -> None:
        from trainer.tui.screens.quiz import QuizSetupScreen

        settings = self.settings
        self.app.switch_screen(QuizSetupScreen(settings.deck_id, settings.count, settings))

    def action_home(self) -> None:
        trainer_app(self).open_home()
