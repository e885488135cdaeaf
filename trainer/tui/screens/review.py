"""Reviewing today's cards of a deck (or of all decks), one at a time, until the session is over.

An answer once checked is never lost. Leaving the card on screen by any path after its
answer was checked but before it was graded (escape to end the session, ctrl+s to suspend
the card, ctrl+q or any other way the screen goes, such as an error) commits it first
with the suggested quality; a revealed answer not graded yet is committed with what its
feedback suggests, 0 for the blank answer a reveal checks. Only ctrl+z drops it: on the
feedback it takes back the answer on screen (nothing is stored, the card is asked again).

Undo reaches only the answers this session committed (see `StudySession`). A card
suspended or retired while it is on screen (in Browse, by another trainer) is not
asked further and its answer is not logged: the session goes on with the next card.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING, ClassVar, NamedTuple

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from trainer.engine import (
    CardNotActiveError,
    Engine,
    SessionMode,
    StudyCard,
    StudySession,
    unsaved_answer_message,
)
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal, shown
from trainer.tui.tally import SessionTally
from trainer.tui.widgets.asking import Answered, CardAsker, Phase
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.widgets.question import asked_from_study

if TYPE_CHECKING:
    from trainer.tui.screens.summary import SessionSummary

NOT_ASKED_NOW = "The card on screen was suspended or retired: its answer is not saved."


class Step(NamedTuple):
    """What an engine step (run in a worker) asks the screen to do afterwards."""

    # Run on the UI thread once the step is done (e.g. to update the tally).
    after: Callable[[], None] | None = None
    # Whether to fetch and ask the next card.
    advance: bool = True
    # Whether to end the session (its summary) instead.
    finish: bool = False


def _then(*actions: Callable[[], None] | None) -> Callable[[], None]:
    def run() -> None:
        for action in actions:
            if action is not None:
                action()

    return run


class ReviewScreen(Screen[None]):
    """Today's session: each card is asked, checked, graded and committed through the engine."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "end_session", "End", tooltip="End the session and see its summary"),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            tooltip="Take back the answer on screen, or this session's last answer, and ask again",
        ),
        Binding("ctrl+s", "suspend", "Suspend", tooltip="Suspend this card: it is not asked again"),
    ]

    def __init__(self, deck_id: str | None) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.study: StudyCard | None = None
        self.tally: SessionTally | None = None
        self.session: StudySession | None = None
        self.busy = False
        # Escape pressed while a step was under way: the session ends once it is done.
        self._end_requested = False
        # The last answer committed, and the last one a step was started for, so that no
        # path commits one answer twice.
        self._saved: Answered | None = None
        self._committing: Answered | None = None
        self._saving = threading.Lock()
        self._asker: CardAsker | None = None

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield CardAsker(grading=True, allow_reveal=True, id="asker")
        yield Static(Content("Finding the next card…"), id="review-status")
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        engine = trainer_app(self).engine
        self.tally = SessionTally(started=engine.now())
        self.session = engine.session(self.deck_id, SessionMode.REVIEW)
        self._asker = self.query_one(CardAsker)
        self._asker.session = self.session
        self.sub_title = "Review"
        self._run(self._name_scope)

    def _name_scope(self, engine: Engine) -> Step:
        title = engine.deck(self.deck_id).title if self.deck_id else "all decks"
        sub_title = f"Review · {shown(title, one_line=True)}"
        notices = engine.exam_notices(self.deck_id)

        def show() -> None:
            self.sub_title = sub_title
            for notice in notices:  # the exam plan raised a deck's daily limits
                self.notify(notice, title="Exam plan", timeout=10, markup=False)

        return Step(after=show)

    # Engine steps, each followed by the next card --------------------------------------

    def _run(self, step: Callable[[Engine], Step]) -> None:
        self.busy = True
        self.refresh_bindings()
        self._work(step)

    @work(thread=True, exclusive=True, group="review")
    def _work(self, step: Callable[[Engine], Step]) -> None:
        engine = trainer_app(self).engine
        try:
            done = step(engine)
        except TrainerError as error:
            self.app.call_from_thread(self._failed, error, None)
            return
        session = self.session
        assert session is not None
        try:
            advance = done.advance and not done.finish
            study = session.next_card() if advance else None
            book = engine.deck(study.card.deck_id).book_title if study else ""
        except TrainerError as error:
            self.app.call_from_thread(self._failed, error, done)
            return
        self.app.call_from_thread(self.call_later, self._arrived, done, study, book)

    def _failed(self, error: Exception, done: Step | None) -> None:
        """Report an engine error; `done` is the step that succeeded before it, if any."""
        self.busy = False
        self._end_requested = False
        self.refresh_bindings()
        asker = self.query_one(CardAsker)
        if done is None:
            asker.regrade()  # nothing was stored: grading may be retried
        else:
            if done.after is not None:
                done.after()
            if done.advance:  # the shown card is dealt with, and no next one came
                self.study = None
                asker.stop()
        if self.study is None:
            status = self.query_one("#review-status", Static)
            status.update(literal(f"Could not go on: {error}"))
            status.display = True
        self._tell(str(error))

    async def _arrived(self, done: Step, study: StudyCard | None, book: str) -> None:
        self.busy = False
        self.refresh_bindings()
        if done.after is not None:
            done.after()
        if done.finish:
            self._end()
            return
        if self._end_requested:
            self._end_requested = False
            self.action_end_session()
            return
        if not done.advance:
            return
        if study is None:
            self._finish()
            return
        self.study = study
        self.query_one("#review-status").display = False
        await self.query_one(CardAsker).ask(asked_from_study(study, book))

    # Committing answers ----------------------------------------------------------------

    def _save(self, answered: Answered) -> bool:
        """Commit an answer unless it already was; False if it already was. Any thread."""
        session = self.session
        assert session is not None
        with self._saving:
            if answered is self._saved:
                return False
            session.answer(
                answered.asked.card.id,
                answered.quality,
                typed=answered.typed,
                suggested=answered.suggested,
                response_seconds=answered.seconds,
                feedback=answered.feedback,
            )
            self._saved = answered
            return True

    def _commit(self, answered: Answered) -> Callable[[], None]:
        """Commit in a worker; returns what to do on the UI thread afterwards. An error is
        raised again naming the answer that was not saved (and how to restore)."""
        card = answered.asked.card
        try:
            saved = self._save(answered)
        except CardNotActiveError:
            return lambda: self.notify(NOT_ASKED_NOW, timeout=5)
        except TrainerError as error:
            raise TrainerError(unsaved_answer_message(card.prompt, error)) from error
        tally = self.tally
        assert tally is not None
        return lambda: tally.record(card.id, answered.quality) if saved else None

    def _pending(self) -> Answered | None:
        """The answer on screen not committed yet, settled with its suggested quality."""
        asker = self._asker
        if asker is None:
            return None
        pending = asker.settle_pending()
        return None if pending is None or pending is self._saved else pending

    def _start_commit(self, answered: Answered, *, finish: bool = False) -> None:
        if answered is self._committing:
            return  # graded, then escape before the grade reached the screen: one commit
        self._committing = answered
        self._run(lambda engine: Step(after=self._commit(answered), finish=finish))

    def on_unmount(self) -> None:
        """However the screen goes (quit, an error, a switch), commit the pending answer."""
        pending = self._pending()
        if pending is None:
            return
        try:
            self._save(pending)
        except CardNotActiveError:
            pass
        except TrainerError as error:
            message = unsaved_answer_message(pending.asked.card.prompt, error)
            if self.app.return_code is None:
                self.app.notify(message, severity="error", timeout=15, markup=False)
            else:  # the app is exiting: said on the terminal once it is restored
                self.app.exit(return_code=1, message=Text(message))

    # The learner's actions -----------------------------------------------------------

    def on_card_asker_graded(self, message: CardAsker.Graded) -> None:
        message.stop()
        self._start_commit(message.answered)

    def action_undo(self) -> None:
        asker = self.query_one(CardAsker)
        if asker.phase in (Phase.CHECKING, Phase.FEEDBACK):
            # The answer on screen is not stored: undoing it is asking the card again.
            self.call_later(asker.ask_again)
            self.notify("Answer taken back: nothing was saved.", timeout=3)
            return
        if asker.phase is Phase.GRADED and asker.settled is not self._saved:
            return  # being committed: undo it once it is
        self._run(self._undo)

    def _undo(self, engine: Engine) -> Step:
        assert self.session is not None
        card = self.session.undo()
        if card is None:
            notice = "There is no answer of this session to undo."
            return Step(after=lambda: self.notify(notice), advance=False)
        tally = self.tally
        assert tally is not None

        def after() -> None:
            tally.forget(card.id)
            self.notify("Answer undone: the card is asked again.", timeout=3)

        return Step(after=after)

    def action_suspend(self) -> None:
        study = self.study
        if study is None:
            return
        card_id = study.card.id
        pending = self._pending()
        if pending is not None:
            self._committing = pending

        def suspend(engine: Engine) -> Step:
            # A checked answer is committed first; then the card leaves the session.
            saved = self._commit(pending) if pending is not None else None
            try:
                engine.suspend(card_id)
            except TrainerError as error:
                if saved is None:
                    raise
                problem = f"The answer was saved, but the card was not suspended: {error}"
                return Step(after=_then(saved, lambda: self._tell(problem)))
            done = "Card suspended (Browse can bring it back)."
            return Step(after=_then(saved, lambda: self.notify(done, timeout=3)))

        self._run(suspend)

    def _tell(self, problem: str) -> None:
        self.notify(problem, title="Could not do that", severity="error", markup=False)

    def on_screen_resume(self) -> None:
        """Back from another screen (Browse): the card on screen may have been suspended."""
        study = self.study
        if study is None or self.busy or self.session is None:
            return
        session, card_id = self.session, study.card.id

        def recheck(engine: Engine) -> Step:
            if session.is_asked(card_id):
                return Step(advance=False)
            session.skip(card_id)
            return Step(after=lambda: self.notify(NOT_ASKED_NOW, timeout=5))

        self._run(recheck)

    def action_end_session(self) -> None:
        if self.busy:
            self._end_requested = True
            return
        pending = self._pending()
        if pending is not None:
            self._start_commit(pending, finish=True)
            return
        self._end()

    # The end -------------------------------------------------------------------------

    def _end(self) -> None:
        if self.tally is None or self.tally.reviewed == 0:
            self.dismiss()
            return
        self._finish()

    def _finish(self) -> None:
        self.study = None
        self.query_one(CardAsker).stop()
        status = self.query_one("#review-status", Static)
        status.update(Content("Adding up the session…"))
        status.display = True
        self.busy = True
        self.refresh_bindings()
        self._summarise()

    @work(thread=True, exclusive=True, group="review")
    def _summarise(self) -> None:
        tally = self.tally
        assert tally is not None
        # Imported here: the summary screen is for the end of a session, not its start.
        from trainer.tui.screens.summary import summarise_session

        try:
            summary = summarise_session(trainer_app(self).engine, self.deck_id, tally)
        except TrainerError as error:
            self.app.call_from_thread(self._failed, error, Step())
            return
        self.app.call_from_thread(self._show_summary, summary)

    def _show_summary(self, summary: SessionSummary) -> None:
        from trainer.tui.screens.summary import SummaryScreen

        self.app.switch_screen(SummaryScreen(summary))

    def keys_settled(self) -> bool:
        """Whether the footer may show the keys now (see `KeysInFlux`): not while an
        engine step runs or the asker is between states."""
        asker = self._asker
        return not self.busy and (asker is None or not asker.keys_in_flux)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # Escape is always taken here: falling through to the app's "back" would leave
        # the screen without committing the answer on screen.
        if action in ("undo", "suspend") and self.busy:
            return False
        if action == "suspend":
            askers = self.query(CardAsker)
            phases = (Phase.ASKING, Phase.CHECKING, Phase.FEEDBACK)
            asking = bool(askers) and askers.first().phase in phases
            return self.study is not None and asking
        return True
