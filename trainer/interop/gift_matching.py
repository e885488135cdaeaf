"""GIFT matching questions: one choice per pair, the other pairs' right sides its options.

`{=Iron -> Fe =Gold -> Au}` asks "Iron" and "Gold", each with the other symbols as wrong
options (of a long question, those that follow it). What the learner reads after
answering is the question's stem and every pair, not one pair's own question.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.deck.schema import CHOICES
from trainer.interop.bank import Bank, BankQuestion
from trainer.interop.gift_blocks import Block

__all__ = ["matching_questions"]


def matching_questions(
    prompt: str, answers: Sequence[tuple[str, int]], block: Block, bank: Bank
) -> tuple[list[BankQuestion], list[str]]:
    """The questions of a matching block whose `answers` are each `left -> right` and
    where it stands in the block, and the text a learner reads after answering."""
    pairs: list[tuple[str, str]] = []
    for text, offset in answers:
        arrow = text.find("->")
        if arrow < 0:
            raise block.error(offset, "a matching pair needs '->' between its two sides")
        left, right = text[:arrow].strip(), text[arrow + 2 :].strip()
        if not right:
            bank.warn(block.where(offset), "a matching pair with nothing after '->'; left out")
            continue
        pairs.append((left, right))
    rights = list(dict.fromkeys(right for _, right in pairs))
    questions = [
        BankQuestion(
            prompt=f"{prompt}\n\n{left}",
            answer=right,
            distractors=_nearest_others(rights, right),
        )
        for left, right in pairs
        if left
    ]
    table = "\n".join(f"{left} → {right}" for left, right in pairs if left)
    return questions, [f"{prompt}\n\n{table}"]


def _nearest_others(rights: list[str], right: str) -> tuple[str, ...]:
    """The other right sides, as many as a choice can show beside `right`: all of them, in
    order, when they fit, else those that follow it (from the start again after the
    last). All of them for every pair of a long question would grow with the square of
    the pairs: 1,000 pairs in 13 KB made a deck of gigabytes."""
    most = int(CHOICES.maximum or 2) - 1
    if len(rights) <= most + 1:
        return tuple(other for other in rights if other != right)  # all, in their order
    at = rights.index(right)
    return tuple([*rights[at + 1 :], *rights[:at]][:most])
