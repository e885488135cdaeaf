"""Reviewing today's cards of a deck (or of all decks), one at a time, until the session is over."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar, NamedTuple

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Footer, Header, Static

from trainer.engine import Engine, StudyCard
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.screens.summary import (
    SessionSummary,
    SessionTally,
    SummaryScreen,
    summarise_session,
)
from trainer.tui.widgets.asking import Answered, CardAsker, Phase
from trainer.tui.widgets.question import AskedCard


class Step(NamedTuple):
    """What an engine step (run in a worker) asks the screen to do afterwards."""

    # Run on the UI thread once the step is done (e.g. to update the tally).
    after: Callable[[], None] | None = None
    # Whether to fetch and ask the next card.
    advance: bool = True


def asked_from_study(study: StudyCard, book_title: str) -> AskedCard:
    """How a card of today's session is shown, with its progress through the day."""
    done, left = study.done_today, study.remaining
    return AskedCard(
        card=study.card,
        excerpt=study.excerpt,
        book_title=book_title,
        section=study.section.value,
        done=done,
        total=done + left,
        progress_note=f"{done} done · {left} left today",
    )


class ReviewScreen(Screen[None]):
    """Today's session: each card is asked, checked, graded and committed through the engine."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "end_session", "End", tooltip="End the session and see its summary"),
        Binding("ctrl+z", "undo", "Undo", tooltip="Undo the last answer and ask that card again"),
        Binding("ctrl+s", "suspend", "Suspend", tooltip="Suspend this card: it is not asked again"),
    ]

    def __init__(self, deck_id: str | None) -> None:
        super().__init__()
        self.deck_id = deck_id
        self.study: StudyCard | None = None
        self.tally: SessionTally | None = None
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        yield CardAsker(grading=True, allow_reveal=True, id="asker")
        yield Static(Content("Finding the next card…"), id="review-status")
        yield Footer(compact=True)

    def on_mount(self) -> None:
        engine = trainer_app(self).engine
        self.tally = SessionTally(started=engine.now())
        self.sub_title = "Review"
        self._run(self._name_scope)

    def _name_scope(self, engine: Engine) -> Step:
        title = engine.deck(self.deck_id).title if self.deck_id else "all decks"
        return Step(after=lambda: setattr(self, "sub_title", f"Review · {title}"))

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
        try:
            study = engine.next_card(self.deck_id) if done.advance else None
            book = engine.deck(study.card.deck_id).book_title if study else ""
        except TrainerError as error:
            self.app.call_from_thread(self._failed, error, done)
            return
        self.app.call_from_thread(self.call_later, self._arrived, done, study, book)

    def _failed(self, error: Exception, done: Step | None) -> None:
        """Report an engine error; `done` is the step that succeeded before it, if any."""
        self.busy = False
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
            status.update(Content(f"Could not go on: {error}"))
            status.display = True
        self.notify(str(error), title="Could not do that", severity="error", timeout=8)

    async def _arrived(self, done: Step, study: StudyCard | None, book: str) -> None:
        self.busy = False
        self.refresh_bindings()
        if done.after is not None:
            done.after()
        if not done.advance:
            return
        if study is None:
            self._finish()
            return
        self.study = study
        self.query_one("#review-status").display = False
        await self.query_one(CardAsker).ask(asked_from_study(study, book))

    # The learner's actions -----------------------------------------------------------

    def on_card_asker_graded(self, message: CardAsker.Graded) -> None:
        message.stop()
        answered = message.answered
        self._run(lambda engine: self._commit(engine, answered))

    def _commit(self, engine: Engine, answered: Answered) -> Step:
        card_id = answered.asked.card.id
        engine.answer(
            card_id,
            answered.quality,
            typed=answered.typed,
            suggested=answered.suggested,
            response_seconds=answered.seconds,
            mode="review",
        )
        tally = self.tally
        assert tally is not None
        return Step(after=lambda: tally.record(card_id, answered.quality))

    def action_undo(self) -> None:
        self._run(self._undo)

    def _undo(self, engine: Engine) -> Step:
        card = engine.undo(self.deck_id)
        if card is None:
            return Step(after=lambda: self.notify("There is no answer to undo."), advance=False)
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

        def suspend(engine: Engine) -> Step:
            engine.suspend(card_id)
            notice = "Card suspended (Browse can bring it back)."
            return Step(after=lambda: self.notify(notice, timeout=3))

        self._run(suspend)

    def action_end_session(self) -> None:
        if self.tally is None or self.tally.reviewed == 0:
            self.dismiss()
            return
        self._finish()

    # The end -------------------------------------------------------------------------

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
        try:
            summary = summarise_session(trainer_app(self).engine, self.deck_id, tally)
        except TrainerError as error:
            self.app.call_from_thread(self._failed, error, Step())
            return
        self.app.call_from_thread(self._show_summary, summary)

    def _show_summary(self, summary: SessionSummary) -> None:
        self.app.switch_screen(SummaryScreen(summary))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in ("undo", "suspend", "end_session") and self.busy:
            return False
        if action == "suspend":
            askers = self.query(CardAsker)
            asking = bool(askers) and askers.first().phase in (Phase.ASKING, Phase.FEEDBACK)
            return self.study is not None and asking
        return True
