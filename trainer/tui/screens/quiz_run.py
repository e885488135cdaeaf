"""Running a quiz: each drawn question asked in turn, with a countdown under a time limit.

An answer once checked counts: when the quiz ends (escape, time up) or the app quits while
an answer is on screen but not graded, it goes into the results and, in a quiz that counts
towards scheduling, is committed with the suggested quality (as in a review session). A
question whose card was suspended or retired meanwhile (in Browse) leaves the quiz.
"""

from __future__ import annotations

import random
import threading
from datetime import datetime, timedelta
from typing import ClassVar

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Header, Static

from trainer.core.model import Card
from trainer.core.records import record
from trainer.engine import (
    CardNotActiveError,
    Engine,
    ExcerptRecord,
    SessionMode,
    StudySession,
    unsaved_answer_message,
)
from trainer.engine import quiz_seed as engine_quiz_seed
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.kinds import AnswerForm, answer_form
from trainer.tui.screens.quiz_results import QuestionResult, QuizResult, QuizResultsScreen
from trainer.tui.widgets.asking import Answered, CardAsker, Phase
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.widgets.question import AskedCard, card_source

# How often the countdown is redrawn, in seconds.
TICK_SECONDS = 1.0


@record
class QuizSettings:
    """A quiz as set up: where questions come from, how many, and under what rules."""

    deck_id: str | None
    count: int
    tags: tuple[str, ...] = ()
    minutes: int | None = None
    # Whether answers are committed to scheduling (logged in mode "quiz"); off by default.
    counts: bool = False


@record
class QuizQuestion:
    """A drawn card with what asking it shows, and its right answer for the results."""

    card: Card
    excerpt: ExcerptRecord | None
    book_title: str
    expected: str

    def asked(self, index: int, total: int) -> AskedCard:
        return AskedCard(
            card=self.card,
            excerpt=self.excerpt,
            book_title=self.book_title,
            section="quiz",
            done=index,
            total=total,
            progress_note=f"question {index + 1} of {total}",
        )


def quiz_seed(moment: datetime, settings: QuizSettings) -> int:
    """A seed from the engine's clock and the settings: a fixed clock draws the same quiz
    (the one `trainer quiz --plain` draws too)."""
    return engine_quiz_seed(moment, settings.deck_id, settings.tags, settings.count)


def draw_questions(engine: Engine, settings: QuizSettings) -> list[QuizQuestion]:
    """Draw the quiz's cards and fetch what asking them shows (reads the collection)."""
    rng = random.Random(quiz_seed(engine.now(), settings))
    cards = engine.draw_quiz(settings.count, deck_id=settings.deck_id, tags=settings.tags, rng=rng)
    books: dict[str, str] = {}
    questions: list[QuizQuestion] = []
    for card in cards:
        if card.deck_id not in books:
            books[card.deck_id] = engine.deck(card.deck_id).book_title
        # Checking a blank answer costs nothing and gives the answer as it is shown.
        expected = engine.check(card, "").verdict.expected
        questions.append(QuizQuestion(card, engine.excerpt(card), books[card.deck_id], expected))
    return questions


def answer_given(answered: Answered) -> str:
    """What the learner answered, as the results list it ("" when nothing was)."""
    verdict = answered.feedback.verdict
    if answer_form(answered.asked.card.answer.type) is not AnswerForm.TYPED:
        return verdict.matched
    return (answered.typed or "").strip()


class QuizRunScreen(Screen[None]):
    """Asks the quiz's questions; answers are stored only when the quiz counts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "end_quiz", "End quiz", tooltip="Stop here and see the score"),
    ]

    def __init__(self, settings: QuizSettings, questions: list[QuizQuestion]) -> None:
        super().__init__()
        self.settings = settings
        self.questions = questions
        self.results: list[QuestionResult] = []
        self.index = 0
        self.finished = False
        self._started: datetime | None = None
        self._deadline: datetime | None = None
        self._timer: Timer | None = None
        # The quiz's sitting: it checks every answer, and commits them when the quiz counts.
        self.session: StudySession | None = None
        # The last answer put in the results, and the last one committed: each once.
        self._recorded: Answered | None = None
        self._saved: Answered | None = None
        # Answers of a counting quiz that were same-day drills (they change no schedule).
        self.drills = 0
        self._saving = threading.Lock()
        self._asker: CardAsker | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield Static(id="quiz-countdown")
        yield CardAsker(grading=self.settings.counts, allow_reveal=False, id="asker")
        yield KeysFooter(compact=True)

    async def on_mount(self) -> None:
        counted = "counts towards scheduling" if self.settings.counts else "not stored"
        self.sub_title = f"Quiz · {counted}"
        engine = trainer_app(self).engine
        self._started = engine.now()
        self.session = engine.session(self.settings.deck_id, SessionMode.QUIZ)
        self._asker = self.query_one(CardAsker)
        self._asker.session = self.session
        countdown = self.query_one("#quiz-countdown")
        if self.settings.minutes:
            self._deadline = self._started + timedelta(minutes=self.settings.minutes)
            self._timer = self.set_interval(TICK_SECONDS, self.tick)
            self.tick()
        else:
            countdown.display = False
        await self._ask()

    async def _ask(self) -> None:
        question = self.questions[self.index]
        await self.query_one(CardAsker).ask(question.asked(self.index, len(self.questions)))

    # Answers -------------------------------------------------------------------------

    async def on_card_asker_graded(self, message: CardAsker.Graded) -> None:
        message.stop()
        if self.finished:
            return
        answered = message.answered
        if not self._record(answered):
            return
        if self.settings.counts:
            self._commit(answered)
        else:
            await self._next()

    def _record(self, answered: Answered) -> bool:
        """Put an answer in the results, unless it already is there."""
        if answered is self._recorded:
            return False
        self._recorded = answered
        self.results.append(
            QuestionResult(
                prompt=answered.asked.card.prompt,
                expected=answered.feedback.verdict.expected,
                source=answered.asked.source,
                answered=True,
                correct=answered.feedback.verdict.correct,
                given=answer_given(answered),
            )
        )
        return True

    def _save(self, answered: Answered) -> str | None:
        """Commit an answer of a counting quiz, once; what to tell the learner if it was
        not saved. Safe from any thread."""
        assert self.session is not None
        with self._saving:
            if answered is self._saved:
                return None
            try:
                outcome = self.session.answer(
                    answered.asked.card.id,
                    answered.quality,
                    typed=answered.typed,
                    suggested=answered.suggested,
                    response_seconds=answered.seconds,
                    feedback=answered.feedback,
                )
            except CardNotActiveError:
                return "The card was suspended or retired meanwhile: its answer is not saved."
            except TrainerError as error:
                return unsaved_answer_message(answered.asked.card.prompt, error)
            self._saved = answered
            self.drills += outcome.record.drill
            return None

    def _tell(self, problem: str | None) -> None:
        if problem is not None:
            self.notify(problem, title="Answer not stored", severity="error", markup=False)

    @work(thread=True, exclusive=True, group="quiz")
    def _commit(self, answered: Answered) -> None:
        problem = self._save(answered)
        self.app.call_from_thread(self._tell, problem)
        self.app.call_from_thread(self.call_later, self._next)

    def _take_pending(self) -> Answered | None:
        """The answer on screen, settled with its suggested quality if it was not graded."""
        if self._asker is None:
            return None
        return self._asker.settle_pending()

    def on_unmount(self) -> None:
        """However the screen goes (quit, an error), a counted answer on screen is committed."""
        pending = self._take_pending()
        if pending is None or not self.settings.counts:
            return
        problem = self._save(pending)
        if problem is None:
            return
        if self.app.return_code is None:
            self.app.notify(problem, severity="error", timeout=15, markup=False)
        else:  # the app is exiting: said on the terminal once it is restored
            self.app.exit(return_code=1, message=Text(problem))

    def on_screen_resume(self) -> None:
        """Back from another screen (Browse): a card suspended meanwhile leaves the quiz."""
        if self.finished or self._asker is None or self._asker.asked is None:
            return
        self._recheck(self._asker.asked.card.id)

    @work(thread=True, exclusive=True, group="quiz-recheck")
    def _recheck(self, card_id: str) -> None:
        try:
            asked = trainer_app(self).engine.is_asked(card_id)
        except TrainerError:
            return  # not worth stopping the quiz for: a commit would say what is wrong
        if not asked:
            self.app.call_from_thread(self.call_later, self._drop_question, card_id)

    async def _drop_question(self, card_id: str) -> None:
        asker = self._asker
        if self.finished or asker is None or asker.asked is None:
            return
        if asker.asked.card.id != card_id or asker.phase is Phase.GRADED:
            return
        del self.questions[self.index]
        self.notify("The card on screen was suspended: it leaves the quiz.", timeout=5)
        if self.index < len(self.questions):
            await self._ask()
        else:
            self._finish(timed_out=False)

    async def _next(self) -> None:
        if self.finished:
            return
        self.index += 1
        if self.index < len(self.questions):
            await self._ask()
        else:
            self._finish(timed_out=False)

    def keys_settled(self) -> bool:
        """Whether the footer may show the keys now (see `KeysInFlux`)."""
        askers = self.query(CardAsker)
        return not askers or not askers.first().keys_in_flux

    # Time ----------------------------------------------------------------------------

    def tick(self) -> None:
        """Redraw the countdown, and end the quiz once time is up (the timer calls this)."""
        if self._deadline is None or self.finished:
            return
        left = (self._deadline - trainer_app(self).engine.now()).total_seconds()
        if left <= 0:
            self.notify("Time is up.", timeout=4)
            self._finish(timed_out=True)
            return
        minutes, seconds = divmod(int(left + 0.999), 60)
        self.query_one("#quiz-countdown", Static).update(
            Content(f"Time left: {minutes}:{seconds:02d}")
        )

    # The end -------------------------------------------------------------------------

    def action_end_quiz(self) -> None:
        self._finish(timed_out=False)

    def _finish(self, *, timed_out: bool) -> None:
        if self.finished:
            return
        self.finished = True
        if self._timer is not None:
            self._timer.stop()
        pending = self._take_pending()
        if pending is not None:
            self._record(pending)
            if self.settings.counts:
                # One short transaction, on this thread: the results screen must not
                # appear before the answer is stored.
                self._tell(self._save(pending))
        self.query_one(CardAsker).stop()
        unanswered = [
            QuestionResult(
                prompt=question.card.prompt,
                expected=question.expected,
                source=card_source(question.card, question.excerpt),
                answered=False,
                correct=False,
                given="",
            )
            for question in self.questions[len(self.results) :]
        ]
        assert self._started is not None
        seconds = (trainer_app(self).engine.now() - self._started).total_seconds()
        result = QuizResult(
            results=(*self.results, *unanswered),
            seconds=seconds,
            timed_out=timed_out,
            counted=self.settings.counts,
            drills=self.drills,
        )
        self.app.switch_screen(QuizResultsScreen(result, self.settings, self.questions))
