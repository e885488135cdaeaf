"""How the app names and asks each kind of card and of answer.

Every question the screens ask of a card's kind or answer type is answered here, each by
one `match` that ends in `assert_never`: a new kind or answer type makes mypy point at
every place still to decide, instead of falling through to some default.
"""

from __future__ import annotations

from enum import Enum
from typing import assert_never

from trainer.core.model import AnswerType, CardKind


class AnswerForm(Enum):
    """How an answer is given on screen."""

    OPTION = "option"  # one of the card's options is chosen
    ORDER = "order"  # the card's options are put in order
    TYPED = "typed"  # typed as text (a name, a year, a date, a number)


def answer_form(answer_type: AnswerType) -> AnswerForm:
    match answer_type:
        case AnswerType.CHOICE:
            return AnswerForm.OPTION
        case AnswerType.ORDER:
            return AnswerForm.ORDER
        case AnswerType.TEXT | AnswerType.YEAR | AnswerType.DATE | AnswerType.NUMBER:
            return AnswerForm.TYPED
        case _:
            assert_never(answer_type)


def answer_words(answer_type: AnswerType) -> str | None:
    """What a typed answer should be, when it is not free text ("a year")."""
    match answer_type:
        case AnswerType.YEAR:
            return "a year"
        case AnswerType.DATE:
            return "a date"
        case AnswerType.NUMBER:
            return "a number"
        case AnswerType.TEXT | AnswerType.CHOICE | AnswerType.ORDER:
            return None
        case _:
            assert_never(answer_type)


def kind_words(kind: CardKind) -> str:
    """A kind of card as the learner would name it, above the question."""
    match kind:
        case CardKind.QA | CardKind.TEMPLATE:
            return "question"
        case CardKind.CLOZE | CardKind.AUTO_CLOZE:
            return "fill the gap"
        case CardKind.CHOICE:
            return "multiple choice"
        case CardKind.TRUE_FALSE:
            return "true or false"
        case CardKind.CHRONOLOGY:
            return "put in order"
        case _:
            assert_never(kind)


def kind_label(kind: CardKind) -> str:
    """A kind of card in a table's narrow column (Browse, a card's details)."""
    match kind:
        case CardKind.QA:
            return "Q&A"
        case CardKind.CLOZE:
            return "cloze"
        case CardKind.TEMPLATE:
            return "template"
        case CardKind.CHOICE:
            return "choice"
        case CardKind.TRUE_FALSE:
            return "true/false"
        case CardKind.CHRONOLOGY:
            return "order"
        case CardKind.AUTO_CLOZE:
            return "auto-cloze"
        case _:
            assert_never(kind)


def prompt_is_the_excerpt(kind: CardKind) -> bool:
    """Whether the card's prompt is its excerpt with a gap: after answering, the excerpt
    shows the whole passage, so the prompt need not be shown twice."""
    match kind:
        case CardKind.CLOZE | CardKind.AUTO_CLOZE:
            return True
        case (
            CardKind.QA
            | CardKind.TEMPLATE
            | CardKind.CHOICE
            | CardKind.TRUE_FALSE
            | CardKind.CHRONOLOGY
        ):
            return False
        case _:
            assert_never(kind)
