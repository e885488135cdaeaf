"""The rules every answer obeys, and what a learner is told when one cannot be saved: its
length cap, no answers to cards taken out, undo only of a sitting's own answers.
"""

from __future__ import annotations

from trainer.core.model import MAX_ANSWER_LENGTH
from trainer.core.untrusted import printable
from trainer.errors import TrainerError
from trainer.store import (
    CollectionBusyError,
    CollectionCorruptError,
    CollectionError,
    StaleStateError,
    UnknownCardError,
)

# The longest typed answer that is graded or stored; longer ones are cut to this length.
# No card's answer may pass it (the deck format's own bound), and it bounds the time and
# memory grading may take.
MAX_ANSWER_CHARS = MAX_ANSWER_LENGTH
# How much of a card's prompt a message quotes.
PROMPT_QUOTED_CHARS = 60
RESTORE_HINT = "`trainer restore` lists the backups and brings one back"

__all__ = [
    "MAX_ANSWER_CHARS",
    "PROMPT_QUOTED_CHARS",
    "CardNotActiveError",
    "UndoRefusedError",
    "capped_answer",
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
