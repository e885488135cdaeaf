"""How a card's answer is written out for the learner, the same in every interface."""

from __future__ import annotations

from trainer.core.answering.verdict import Verdict
from trainer.core.model import AnswerType, Card


def answer_text(card: Card) -> str:
    """The right answer as shown after answering.

    Choices are written with their number (`2. Kazan`), orders as the numbers to type and
    the events in order (`3 1 2  (A → B → C)`), anything else as the answer itself.
    """
    key = card.answer.key
    if card.answer.type is AnswerType.ORDER:
        return f"{' '.join(str(index + 1) for index in key)}  ({card.answer.text})"
    if key:
        return f"{key[0] + 1}. {card.answer.text}"
    return card.answer.text


def misplaced_events(card: Card, verdict: Verdict) -> str:
    """The events of a wrongly ordered chronology that stand out of place, named and
    "; "-separated, as shown after answering; "" for a right order or another card."""
    if verdict.correct or card.answer.type is not AnswerType.ORDER:
        return ""
    return "; ".join(card.choices[i] for i in verdict.misplaced if 0 <= i < len(card.choices))


def events_in_order(card: Card) -> tuple[str, ...]:
    """A chronology's events in the right order, each with its date when the card carries
    the dates (its explanation, one event a line: "March 1926: The school is agreed");
    () for another card."""
    if card.answer.type is not AnswerType.ORDER:
        return ()
    dated = tuple(card.explanation.splitlines()) if card.explanation else ()
    if len(dated) == len(card.answer.key):
        return dated
    return tuple(card.choices[i] for i in card.answer.key if 0 <= i < len(card.choices))
