"""The asking flow shared by review and quiz: question → answer → engine check → feedback → grade.

`CardAsker` asks one card at a time and, once the learner has settled on a quality,
posts `CardAsker.Graded`; what happens to the answer (commit, score) is the screen's
business. It stores nothing itself: checking goes through the screen's `StudySession`
(its `session`, which the screen sets before the first card is asked).

An answer once checked must never be lost: when the learner leaves a card before grading
it (escape, suspend, quit), the screen takes it with `settle_pending`, graded with the
suggested quality. A revealed answer (ctrl+r) has no suggestion on screen; it is settled
with what its feedback suggests, which for the blank answer a reveal checks is 0.
"""

from __future__ import annotations

from datetime import datetime
from enum import Enum
from typing import TYPE_CHECKING, ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from trainer.core.records import record
from trainer.core.scheduling.state import QUALITY_LABELS, Quality
from trainer.engine import MAX_ANSWER_CHARS, Feedback, StudySession, can_overrule
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import shown
from trainer.tui.widgets.answer_input import (
    AnswerCapReached,
    AnswerSubmitted,
    answer_hint,
    answer_widget_for,
)
from trainer.tui.widgets.question import AskedCard, QuestionHeader

if TYPE_CHECKING:
    from trainer.tui.widgets.feedback import ContinueLine, QualityKeys

DONT_KNOW = ""
# The six grade keys share one place in the Footer: "012345 Grade".
_GRADE_KEYS = Binding.Group("Grade", compact=True)


class Phase(Enum):
    IDLE = "idle"  # nothing asked (loading, or finished)
    ASKING = "asking"  # waiting for an answer
    CHECKING = "checking"  # the engine is checking it
    FEEDBACK = "feedback"  # showing feedback, waiting for a quality
    GRADED = "graded"  # the screen is dealing with the answer


@record
class Answered:
    """One answer as the learner settled it."""

    asked: AskedCard
    feedback: Feedback
    quality: Quality
    # What was typed (None when the answer was revealed without typing) and how long it took.
    typed: str | None
    seconds: float | None
    # The quality suggested by the engine; None when the learner graded a revealed answer.
    suggested: Quality | None


class CardAsker(Vertical):
    """Asks cards one at a time; with `grading` off, Enter just goes on after the feedback."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+n", "dont_know", "Don't know", tooltip="Give up: see the answer (grade 0)"),
        Binding("ctrl+r", "reveal", "Reveal", tooltip="Show the answer and grade yourself 0–5"),
        Binding("ctrl+g", "show_hint", "Hint", tooltip="Show the instructor's hint for this card"),
        Binding("enter", "accept", "Accept", tooltip="Accept the suggested grade and go on"),
        Binding("enter", "go_on", "Next", tooltip="Go on to the next question"),
        Binding(
            "ctrl+o",
            "overrule",
            "My answer was right",
            tooltip="Count your typed answer as right, now and at later showings",
        ),
        *(
            Binding(
                str(int(q)),
                f"grade({int(q)})",
                f"Grade {int(q)}",
                tooltip=f"Grade the answer {int(q)}: {QUALITY_LABELS[q]}",
                group=_GRADE_KEYS,
            )
            for q in Quality
        ),
    ]

    class Graded(Message):
        """The learner settled on a quality for the card just asked."""

        def __init__(self, answered: Answered) -> None:
            super().__init__()
            self.answered = answered

    def __init__(
        self, *, grading: bool = True, allow_reveal: bool = True, id: str | None = None
    ) -> None:
        super().__init__(id=id)
        self.grading = grading
        self.allow_reveal = allow_reveal
        self.phase = Phase.IDLE
        self.asked: AskedCard | None = None
        self.feedback: Feedback | None = None
        self.revealed = False
        self._shown_at: datetime | None = None
        self._seconds: float | None = None
        self._typed: str | None = None
        # What was sent to be checked (the blank answer of a reveal, too).
        self._checked_text = ""
        # The answer settled for the card on screen (the screen may be committing it).
        self.settled: Answered | None = None
        self._hint = ""
        # The card whose instructor's hint is on screen (ctrl+g), if any.
        self._hint_shown_for: AskedCard | None = None
        # The sitting answers are checked in; set by the screen before asking.
        self.session: StudySession | None = None
        # A card is being put on screen (`ask` awaits its widgets).
        self._putting_on_screen = False

    def compose(self) -> ComposeResult:
        yield QuestionHeader(id="question")
        yield Vertical(id="answer-area")
        yield Vertical(id="feedback-area")

    # Asking --------------------------------------------------------------------------

    @property
    def keys_in_flux(self) -> bool:
        """Whether the keys are about to change again: the answer is being checked or
        dealt with by the screen, or the next card is being put on screen."""
        return self._putting_on_screen or self.phase in (Phase.CHECKING, Phase.GRADED)

    async def ask(self, asked: AskedCard) -> None:
        """Show a card and wait for its answer."""
        self._putting_on_screen = True
        try:
            await self._put_on_screen(asked)
        finally:
            self._putting_on_screen = False
        self._set_phase(Phase.ASKING)

    async def _put_on_screen(self, asked: AskedCard) -> None:
        self._set_phase(Phase.IDLE)  # no keys count until the card is on screen
        self.asked = asked
        self.feedback = None
        self.revealed = False
        self.settled = None
        self.query_one(QuestionHeader).show(asked)
        await self.query_one("#feedback-area").remove_children()
        area = self.query_one("#answer-area")
        await area.remove_children()
        widget = answer_widget_for(asked.card)
        hint = f"{answer_hint(asked.card)} Don't know: ctrl+n."
        if self.allow_reveal:
            hint += " See the answer and grade yourself: ctrl+r."
        if asked.card.hint:
            hint += " A hint: ctrl+g."
        hint += " Help: F1."
        self._hint = hint
        await area.mount(widget, Static(Content(hint), id="answer-hint"))
        area.display = True
        widget.focus()
        self._shown_at = trainer_app(self).engine.now()

    def stop(self) -> None:
        """Stop asking (the session or quiz is over); nothing more is posted."""
        self._set_phase(Phase.IDLE)

    async def ask_again(self) -> None:
        """Ask the card on screen afresh, its answer taken back (nothing was stored)."""
        if self.asked is not None:
            await self.ask(self.asked)

    def settle_pending(self) -> Answered | None:
        """The answer on screen that the learner is leaving: the settled one, or one checked
        (or being checked) but not graded, settled now with the suggested quality. None
        when no answer was given. Nothing more is posted for this card."""
        if self.phase is Phase.GRADED:
            return self.settled
        if self.asked is None or self.phase not in (Phase.CHECKING, Phase.FEEDBACK):
            return None
        if self.phase is Phase.CHECKING or self.feedback is None:
            # The check runs in a worker; its result would come too late. It is cheap.
            try:
                self.feedback = self._session().check(
                    self.asked.card, self._checked_text, self._seconds
                )
            except (TrainerError, ValueError):
                return None  # a card that cannot be checked cannot be graded either
        return self._settled(self.feedback.suggested)

    def on_answer_cap_reached(self, message: AnswerCapReached) -> None:
        message.stop()
        note = f"Answers are cut at {MAX_ANSWER_CHARS:,} characters."
        hints = self.query("#answer-hint").results(Static)
        for hint in hints:
            hint.update(Content.assemble(self._hint, " ", (note, "bold $text-warning")))

    def regrade(self) -> None:
        """Let the learner grade the shown answer again (the screen could not store it)."""
        if self.phase is Phase.GRADED and self.feedback is not None:
            self._set_phase(Phase.FEEDBACK)

    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        message.stop()
        if self.phase is Phase.ASKING:
            self._submit(message.typed, revealed=False)

    def action_dont_know(self) -> None:
        self._submit(DONT_KNOW, revealed=False)

    def action_reveal(self) -> None:
        self._submit(DONT_KNOW, revealed=True)

    def action_show_hint(self) -> None:
        """The instructor's `hint:` for the card, added to the line under the answer."""
        if self.asked is None or not self.asked.card.hint:
            return
        self._hint_shown_for = self.asked
        self._hint += f" Hint: {shown(self.asked.card.hint, one_line=True)}"
        for line in self.query("#answer-hint").results(Static):
            line.update(Content(self._hint))
        self.refresh_bindings()

    def _submit(self, typed: str, *, revealed: bool) -> None:
        assert self.asked is not None and self._shown_at is not None
        seconds = (trainer_app(self).engine.now() - self._shown_at).total_seconds()
        self._typed = None if revealed else typed
        self._checked_text = typed
        self._seconds = None if revealed else max(0.0, seconds)
        self.revealed = revealed
        self._set_phase(Phase.CHECKING)
        self._check(self.asked, typed, self._seconds)

    @work(thread=True, exclusive=True, group="asking")
    def _check(self, asked: AskedCard, typed: str, seconds: float | None) -> None:
        try:
            feedback = self._session().check(asked.card, typed, seconds)
        except (TrainerError, ValueError) as error:
            self.app.call_from_thread(self._check_failed, asked, error)
            return
        # Showing it mounts widgets (a coroutine): `call_later` runs it on the UI thread.
        self.app.call_from_thread(self.call_later, self._show_feedback, asked, feedback)

    def _check_failed(self, asked: AskedCard, error: Exception) -> None:
        self.notify(
            f"This card cannot be checked: {error}", severity="error", timeout=8, markup=False
        )
        if asked is self.asked:
            self._set_phase(Phase.ASKING)

    # Feedback ------------------------------------------------------------------------

    async def _show_feedback(self, asked: AskedCard, feedback: Feedback) -> None:
        if asked is not self.asked or self.phase is not Phase.CHECKING:
            return
        self.feedback = feedback
        self.query_one("#answer-area").display = False
        self.query_one(QuestionHeader).show_prompt(False)
        # Imported here, not before the first question: the app readies it a second after
        # the start (`TrainerApp._ready_answering`), so the first answer finds it loaded.
        from trainer.tui.widgets.feedback import ContinueLine, FeedbackPanel, QualityKeys

        area = self.query_one("#feedback-area")
        await area.remove_children()
        panel = FeedbackPanel(asked, feedback, revealed=self.revealed)
        below = (
            QualityKeys(None if self.revealed else feedback.suggested, asked.card.id)
            if self.grading
            else ContinueLine()
        )
        await area.mount(panel, below)
        panel.focus()
        self._set_phase(Phase.FEEDBACK)

    def action_accept(self) -> None:
        if self.feedback is None:
            return
        if self.revealed:
            self.notify("Press 0–5 to say how well you knew it.", timeout=3)
            return
        self._settle(self.feedback.suggested)

    def action_go_on(self) -> None:
        if self.feedback is not None:
            # Not graded by the learner: the suggestion stands for the record.
            self._settle(self.feedback.suggested)

    def action_overrule(self) -> None:
        """Say "my answer was right": the answer is checked again as right (the typed
        text is accepted for this card from now on) and its feedback shown afresh."""
        if self.phase is not Phase.FEEDBACK or self.asked is None or self.feedback is None:
            return
        if self.revealed or not can_overrule(self.asked.card, self.feedback):
            return
        self._set_phase(Phase.CHECKING)
        self._overrule(self.asked, self.feedback)

    @work(thread=True, exclusive=True, group="asking")
    def _overrule(self, asked: AskedCard, feedback: Feedback) -> None:
        try:
            overruled = self._session().overrule(asked.card, feedback)
        except (TrainerError, ValueError) as error:
            self.app.call_from_thread(self._overrule_failed, asked, error)
            return
        self.app.call_from_thread(self.call_later, self._show_feedback, asked, overruled)

    def _overrule_failed(self, asked: AskedCard, error: Exception) -> None:
        self.notify(f"Not accepted: {error}", severity="error", timeout=8, markup=False)
        if asked is self.asked:
            self._set_phase(Phase.FEEDBACK)

    def action_grade(self, quality: int) -> None:
        self._settle(Quality(quality))

    def on_quality_keys_chosen(self, message: QualityKeys.Chosen) -> None:
        message.stop()
        if self.phase is Phase.FEEDBACK:
            self._settle(message.quality)

    def on_continue_line_pressed(self, message: ContinueLine.Pressed) -> None:
        message.stop()
        if self.phase is Phase.FEEDBACK:
            self.action_go_on()

    def _settle(self, quality: Quality) -> None:
        self.post_message(self.Graded(self._settled(quality)))

    def _settled(self, quality: Quality) -> Answered:
        assert self.asked is not None and self.feedback is not None
        self.settled = Answered(
            asked=self.asked,
            feedback=self.feedback,
            quality=quality,
            typed=self._typed,
            seconds=self._seconds,
            suggested=None if self.revealed else self.feedback.suggested,
        )
        self._set_phase(Phase.GRADED)
        return self.settled

    def _session(self) -> StudySession:
        session = self.session
        assert session is not None, "the screen sets the asker's session before asking"
        return session

    # Which keys work when ------------------------------------------------------------

    def _set_phase(self, phase: Phase) -> None:
        self.phase = phase
        if self.is_attached:  # not while the screen goes away (`settle_pending` at quit)
            self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "dont_know":
            return self.phase is Phase.ASKING
        if action == "show_hint":
            asked = self.asked
            shown_already = self._hint_shown_for is asked
            has_hint = asked is not None and bool(asked.card.hint)
            return self.phase is Phase.ASKING and has_hint and not shown_already
        if action == "reveal":
            return self.allow_reveal and self.phase is Phase.ASKING
        if action == "accept":
            # After a reveal there is no suggestion to accept: the learner grades 0–5.
            return self.grading and self.phase is Phase.FEEDBACK and not self.revealed
        if action == "go_on":
            return not self.grading and self.phase is Phase.FEEDBACK
        if action == "grade":
            return self.grading and self.phase is Phase.FEEDBACK
        if action == "overrule":
            return (
                self.phase is Phase.FEEDBACK
                and not self.revealed
                and self.asked is not None
                and self.feedback is not None
                and can_overrule(self.asked.card, self.feedback)
            )
        return True
