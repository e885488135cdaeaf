"""GIFT numeric answers: `{#1822}`, `{#3.1415:0.0005}`, `{#1..5}` and `{#=1822:0 =%50%1822:2}`.

A range becomes its midpoint with half its width as the tolerance. Decimal arithmetic
keeps `3.141..3.142` exactly `3.1415 ± 0.0005`, with no binary rounding in the deck.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal, InvalidOperation

from trainer.interop.bank import Bank, BankQuestion
from trainer.interop.gift_blocks import Block, find_any_unescaped, find_unescaped, unescape

_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)"
_WITH_TOLERANCE = re.compile(rf"^({_NUMBER})(?:\s*:\s*({_NUMBER}))?$")
_RANGE = re.compile(rf"^({_NUMBER})\s*\.\.\s*({_NUMBER})$")
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d*)?)%")


def numeric_questions(
    prompt: str, body: str, block: Block, offset: int, bank: Bank
) -> tuple[list[BankQuestion], list[str]]:
    """The question of a numeric answer block (`body` follows its `#`), and its feedback."""
    answers: list[tuple[float, Decimal, Decimal, str, int]] = []
    first = find_any_unescaped(body, "=~")
    if first < 0:
        value, feedback = _split_feedback(body)
        answer, tolerance = _number(value, block, offset)
        answers.append((100.0, answer, tolerance, feedback, offset))
    else:
        if body[:first].strip():
            raise block.error(offset, "numeric answers are written '=value' or '=value:tolerance'")
        index = first
        while index >= 0:
            following = find_any_unescaped(body, "=~", index + 1)
            raw = body[index + 1 : following if following >= 0 else len(body)]
            weight = 100.0 if body[index] == "=" else 0.0
            if found := _WEIGHT.match(raw):
                weight = float(found.group(1))
                raw = raw[found.end() :]
            value, feedback = _split_feedback(raw)
            if value.strip() or weight > 0:
                answer, tolerance = _number(value, block, offset + index + 1)
                answers.append((weight, answer, tolerance, feedback, offset + index))
            # A wrong answer with no value (`~#feedback`) only says what any other is.
            index = following
    full = [a for a in answers if a[0] >= 100]
    others = [a for a in answers if a[0] < 100]
    where = block.where(offset)
    if others:
        bank.warn(
            where,
            "numeric answers with partial or no credit are left out: "
            + ", ".join(_shown(a[1], a[2]) for a in others),
        )
    if not full:
        bank.warn(where, "a numeric question with no fully right answer; left out")
        return [], []
    _, answer, tolerance, feedback, _ = full[0]
    accept = tuple(_text(a[1]) for a in full[1:])
    if any(a[2] != tolerance for a in full[1:]):
        bank.warn(
            where, f"every right answer is given the first one's tolerance, {_text(tolerance)}"
        )
    width = float(tolerance) if tolerance else None
    if width is not None and not math.isfinite(width):
        digits = len(_text(tolerance).partition(".")[0])
        bank.warn(where, f"a tolerance of {digits} digits is too large to be one; left out")
        width = None
    question = BankQuestion(
        prompt=prompt,
        answer=_text(answer),
        accept=accept,
        type="number",
        tolerance=width,
    )
    return [question], [feedback]


def _number(raw: str, block: Block, offset: int) -> tuple[Decimal, Decimal]:
    text = unescape(raw).strip()
    try:
        if found := _RANGE.match(text):
            low, high = sorted((Decimal(found.group(1)), Decimal(found.group(2))))
            return (low + high) / 2, (high - low) / 2
        if found := _WITH_TOLERANCE.match(text):
            tolerance = Decimal(found.group(2)) if found.group(2) else Decimal(0)
            return Decimal(found.group(1)), abs(tolerance)
    except InvalidOperation:
        pass
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise block.error(offset, f"'{shown}' is not a number, 'number:tolerance' or 'low..high'")


def _split_feedback(raw: str) -> tuple[str, str]:
    found = find_unescaped(raw, "#")
    if found < 0:
        return raw, ""
    return raw[:found], " ".join(unescape(raw[found + 1 :]).split())


def _text(number: Decimal) -> str:
    """A number as plain digits: no exponent, no trailing zeros after the point."""
    text = format(number.normalize(), "f")
    return text if text not in ("-0", "+0") else "0"


def _shown(answer: Decimal, tolerance: Decimal) -> str:
    return _text(answer) + (f"±{_text(tolerance)}" if tolerance else "")
