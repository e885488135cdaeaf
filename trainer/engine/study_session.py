"""One sitting of study (a review session, a counting quiz, a line-mode run) and the rules
every answer obeys: its length cap, no answers to cards taken out, and what a learner is
told when an answer cannot be saved.

A sitting remembers the ids of the answers it committed; its undo reaches only those, so
pressing undo again and again in a new session can never revert an older day's answers.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

from trainer.core.scheduling.state import Quality
from trainer.core.untrusted import printable
from trainer.errors import TrainerError
from trainer.store import (
    CardStatus,
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    StaleStateError,
    UnknownCardError,
)

if TYPE_CHECKING:
    from trainer.core.model import Card
    from trainer.engine.engine import Engine
    from trainer.engine.results import AnswerOutcome

# The longest typed answer that is graded or stored; longer ones are cut to this length.
# No card's answer comes near it, and it bounds the time and memory grading may take.
MAX_ANSWER_CHARS = 1000
# How much of a card's prompt a message quotes.
PROMPT_QUOTED_CHARS = 60
RESTORE_HINT = "`trainer restore` lists the backups and brings one back"

__all__ = [
    "MAX_ANSWER_CHARS",
    "CardNotActiveError",
    # Raised by `StudySession.answer` when another trainer changed the card meanwhile.
    "StaleStateError",
    "StudySession",
    "UndoRefusedError",
    "capped_answer",
    "is_asked",
    "quoted_prompt",
    "unsaved_answer_message",
]


class CardNotActiveError(TrainerError):
    """The card was suspended or retired (in Browse, by a re-import, by another trainer)
    after it was shown: an answer to it is not logged."""

    def __init__(self, card_id: str, status: str) -> None:
        self.card_id = card_id
        super().__init__(f"card {card_id!r} is {status} now: its answer was not saved")


class UndoRefusedError(TrainerError):
    """This sitting's latest answer can no longer be undone (it was changed elsewhere)."""


def capped_answer(typed: str) -> str:
    """A typed answer as it is graded and stored: at most MAX_ANSWER_CHARS characters."""
    return typed if len(typed) <= MAX_ANSWER_CHARS else typed[:MAX_ANSWER_CHARS]


def quoted_prompt(prompt: str) -> str:
    """A card's prompt as a message quotes it: on one line, escaped, shortened."""
    text = " ".join(prompt.split())
    if len(text) > PROMPT_QUOTED_CHARS:
        text = text[: PROMPT_QUOTED_CHARS - 1].rstrip() + "…"
    return f"“{printable(text, one_line=True)}”"


def unsaved_answer_message(prompt: str, error: Exception) -> str:
    """What the learner is told when an answer could not be committed: which one, why,
    and, when the collection may be damaged, how to restore it."""
    why = printable(str(error)).rstrip(". ")
    message = f"Your answer to {quoted_prompt(prompt)} was not saved: {why}."
    if isinstance(error, CollectionCorruptError):
        return f"{message} The collection is damaged: {RESTORE_HINT}."
    if isinstance(error, CollectionError) and not isinstance(
        error, (CollectionBusyError, StaleStateError, UnknownCardError)
    ):
        return f"{message} If this happens again, the collection may be damaged: {RESTORE_HINT}."
    return message


def is_asked(engine: Engine, card_id: str) -> bool:
    """Whether a card is still asked: not suspended (in Browse, by another trainer) nor
    retired since it was shown."""
    return engine.card_details(card_id).entry.status is CardStatus.ACTIVE


class StudySession:
    """The answers one sitting committed, newest last; safe to use from worker threads."""

    def __init__(self, engine: Engine, *, mode: str = "review") -> None:
        self._engine = engine
        self.mode = mode
        self._committed: list[int] = []
        self._lock = threading.Lock()

    @property
    def committed(self) -> tuple[int, ...]:
        """The review ids of this sitting's answers that still stand, oldest first."""
        with self._lock:
            return tuple(self._committed)

    def answer(
        self,
        card_id: str,
        quality: Quality | int,
        *,
        typed: str | None = None,
        suggested: Quality | None = None,
        response_seconds: float | None = None,
    ) -> AnswerOutcome:
        """Commit an answer (see `Engine.answer`) and remember it as this sitting's."""
        with self._lock:
            outcome = self._engine.answer(
                card_id,
                quality,
                typed=typed,
                suggested=suggested,
                response_seconds=response_seconds,
                mode=self.mode,
            )
            self._committed.append(outcome.review_id)
            return outcome

    def is_asked(self, card_id: str) -> bool:
        return is_asked(self._engine, card_id)

    def undo(self) -> Card | None:
        """Undo this sitting's latest answer; its card is asked again next. None when the
        sitting has no answer left to undo (older sittings' answers are out of reach)."""
        with self._lock:
            if not self._committed:
                return None
            try:
                card = self._engine.undo_answer(self._committed[-1])
            except CollectionBusyError:
                raise  # worth trying again in a moment: the answer stays undoable
            except CollectionError as error:
                # Answered again or undone by another trainer: this one is out of reach now.
                self._committed.pop()
                raise UndoRefusedError(f"the last answer cannot be undone: {error}") from error
            self._committed.pop()
            return card
