"""Setting up a quiz: how many questions, from which tags, how long, and whether it counts."""

from __future__ import annotations

from collections import Counter
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.screen import Screen
from textual.suggester import Suggester
from textual.widgets import Button, Header, Input, Label, Static, Switch

from trainer.core.untrusted import first_forbidden
from trainer.engine import Engine
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import WITHOUT_CONTROLS, literal
from trainer.tui.screens.quiz_run import QuizQuestion, QuizRunScreen, QuizSettings, draw_questions
from trainer.tui.widgets.help_key import HelpKeyInput
from trainer.tui.widgets.keys_footer import KeysFooter

# Tags named under the tag field, most used first.
TAGS_SHOWN = 8
MAX_QUESTIONS = 500
MAX_MINUTES = 600


def split_tags(text: str) -> tuple[str, ...]:
    """Comma-separated tags, trimmed, without empties or repeats."""
    return tuple(dict.fromkeys(tag.strip() for tag in text.split(",") if tag.strip()))


def _whole_number(text: str, what: str, low: int, high: int) -> int:
    try:
        number = int(text.strip())
    except ValueError:
        raise ValueError(f"The {what} must be a whole number, not “{text.strip()}”.") from None
    if not low <= number <= high:
        raise ValueError(f"The {what} must be between {low} and {high}.")
    return number


def parse_quiz_form(
    deck_id: str | None, count: str, tags: str, minutes: str, *, counts: bool
) -> QuizSettings:
    """The quiz the form describes; ValueError says what to correct."""
    return QuizSettings(
        deck_id=deck_id,
        count=_whole_number(count, "number of questions", 1, MAX_QUESTIONS),
        tags=split_tags(tags),
        minutes=_whole_number(minutes, "time limit", 1, MAX_MINUTES) if minutes.strip() else None,
        counts=counts,
    )


class TagSuggester(Suggester):
    """Completes the tag being typed after the last comma from the deck's tags."""

    def __init__(self, tags: list[str]) -> None:
        super().__init__(use_cache=False, case_sensitive=True)
        # A suggestion shows inside the input as it is: none with a control character.
        self.tags = [tag for tag in tags if first_forbidden(tag, one_line=True) is None]

    async def get_suggestion(self, value: str) -> str | None:
        head, comma, typing = value.rpartition(",")
        fragment = typing.lstrip()
        if not fragment:
            return None
        for tag in self.tags:
            if tag.lower().startswith(fragment.lower()) and tag != fragment:
                return f"{head}{comma}{typing[: len(typing) - len(fragment)]}{tag}"
        return None


def deck_tags(engine: Engine, deck_id: str | None) -> list[str]:
    """The tags of a deck's (or every deck's) active cards, most used first."""
    counts: Counter[str] = Counter()
    for entry in engine.search(deck_id=deck_id, limit=100_000):
        counts.update(entry.card.tags)
    return [tag for tag, _ in counts.most_common()]


class QuizSetupScreen(Screen[None]):
    """The quiz form; Enter in any field (or the Start button) starts the quiz."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+g", "start", "Start", tooltip="Draw the questions and start the quiz"),
    ]

    def __init__(
        self, deck_id: str | None, count: int = 20, chosen: QuizSettings | None = None
    ) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.count = count
        # What the learner chose for the last quiz (a new quiz after one): kept, not reset.
        self.chosen = chosen
        # Why no quiz can be drawn here at all (the deck is unknown), once known.
        self.scope_problem: str | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with Vertical(id="quiz-form"):
            yield Static(Content("Quiz"), id="quiz-scope")
            chosen = self.chosen
            with Horizontal(classes="quiz-field"):
                yield Label("Questions", classes="quiz-label")
                yield HelpKeyInput(str(self.count), type="integer", id="quiz-count", compact=True)
            with Horizontal(classes="quiz-field"):
                yield Label("Tags (optional)", classes="quiz-label")
                yield HelpKeyInput(
                    ", ".join(chosen.tags) if chosen else "",
                    placeholder="comma separated; empty: every card",
                    restrict=WITHOUT_CONTROLS,
                    id="quiz-tags",
                    compact=True,
                )
            yield Static(id="quiz-tag-list")
            with Horizontal(classes="quiz-field"):
                yield Label("Time limit (minutes)", classes="quiz-label")
                minutes = str(chosen.minutes) if chosen and chosen.minutes else ""
                yield HelpKeyInput(
                    minutes, placeholder="none", type="integer", id="quiz-minutes", compact=True
                )
            with Horizontal(classes="quiz-field"):
                yield Label("Count towards scheduling", classes="quiz-label")
                yield Switch(bool(chosen and chosen.counts), id="quiz-counts")
            yield Static(id="quiz-counts-note")
            yield Button("Start", variant="primary", id="quiz-start", compact=True)
            yield Static(id="quiz-problem")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Quiz"
        self._describe_counting(bool(self.chosen and self.chosen.counts))
        self.query_one("#quiz-count", Input).focus()
        self._load_scope()

    @work(thread=True, exclusive=True, group="quiz-setup")
    def _load_scope(self) -> None:
        engine = trainer_app(self).engine
        try:
            title = engine.deck(self.deck_id).title if self.deck_id else "all decks"
            tags = deck_tags(engine, self.deck_id)
        except TrainerError as error:
            self.app.call_from_thread(self._scope_failed, str(error))
            return
        self.app.call_from_thread(self._scope_loaded, title, tags)

    def _scope_failed(self, problem: str) -> None:
        self.scope_problem = problem
        self._show_problem(problem)

    def _scope_loaded(self, title: str, tags: list[str]) -> None:
        self.query_one("#quiz-scope", Static).update(literal(f"Quiz on {title}"))
        if tags:
            self.query_one("#quiz-tags", Input).suggester = TagSuggester(tags)
            named = ", ".join(tags[:TAGS_SHOWN]) + (", …" if len(tags) > TAGS_SHOWN else "")
            self.query_one("#quiz-tag-list", Static).update(literal(f"Tags: {named}"))

    @on(Switch.Changed, "#quiz-counts")
    def _counting_changed(self, event: Switch.Changed) -> None:
        self._describe_counting(event.value)
        self._clear_problem()

    @on(Input.Changed)
    def _clear_problem(self) -> None:
        """A problem shown was about what the form held: once it changes, it is stale."""
        if self.scope_problem is None:
            self._show_problem("")

    def _describe_counting(self, counts: bool) -> None:
        note = (
            "Answers are graded 0–5 and change when cards are next due."
            if counts
            else "Practice only: nothing is stored, scheduling is unchanged."
        )
        self.query_one("#quiz-counts-note", Static).update(Content(note))

    @on(Input.Submitted)
    @on(Button.Pressed, "#quiz-start")
    def _submitted(self) -> None:
        self.action_start()

    def action_start(self) -> None:
        if self.scope_problem is not None:
            self._show_problem(self.scope_problem)
            return
        try:
            settings = parse_quiz_form(
                self.deck_id,
                self.query_one("#quiz-count", Input).value,
                self.query_one("#quiz-tags", Input).value,
                self.query_one("#quiz-minutes", Input).value,
                counts=self.query_one("#quiz-counts", Switch).value,
            )
        except ValueError as error:
            self._show_problem(str(error))
            return
        self._show_problem("Drawing the questions…")
        self._draw(settings)

    @work(thread=True, exclusive=True, group="quiz-setup")
    def _draw(self, settings: QuizSettings) -> None:
        try:
            questions = draw_questions(trainer_app(self).engine, settings)
        except (TrainerError, ValueError) as error:
            self.app.call_from_thread(self._show_problem, str(error))
            return
        self.app.call_from_thread(self._drawn, settings, questions)

    def _drawn(self, settings: QuizSettings, questions: list[QuizQuestion]) -> None:
        if not questions:
            where = f"with the tags {', '.join(settings.tags)}" if settings.tags else "here"
            self._show_problem(f"No active cards {where}: nothing to ask.")
            return
        if len(questions) < settings.count:
            self.notify(f"Only {len(questions)} cards to draw from: all of them are asked.")
        self.app.switch_screen(QuizRunScreen(settings, questions))

    def _show_problem(self, text: str) -> None:
        self.query_one("#quiz-problem", Static).update(literal(text))
