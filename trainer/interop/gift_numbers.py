"""GIFT numeric answers: `{#1822}`, `{#3.1415:0.0005}`, `{#1..5}` and `{#=1822:0 =%50%1822:2}`.

A range stays a range (`110 to 125`), of which any number is right, as Moodle grades
it; Decimal arithmetic keeps its ends exactly as written, with no binary rounding.
Numbers may carry an exponent (`{#3e8:1e6}`, `{#6.626E-34}`), as Moodle reads them; the
feedback is read in the question's format, as every other GIFT text is.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

from trainer.interop.bank import Bank, BankQuestion
from trainer.interop.gift_blocks import Block, find_any_unescaped, find_unescaped, unescape
from trainer.interop.gift_text import DEFAULT_FORMAT, plain

# An exponent of at most three digits: Decimal arithmetic stays within its context.
_NUMBER = r"[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d{1,3})?"
_WITH_TOLERANCE = re.compile(rf"^({_NUMBER})(?:\s*:\s*({_NUMBER}))?$")
_RANGE = re.compile(rf"^({_NUMBER})\s*\.\.\s*({_NUMBER})$")
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d*)?)%")
# Numbers past these powers of ten are written with an exponent: digits a reader counts.
_MOST_DIGITS = 16
_MOST_ZEROS = 6


def numeric_questions(
    prompt: str, body: str, block: Block, offset: int, bank: Bank, kind: str = DEFAULT_FORMAT
) -> tuple[list[BankQuestion], list[str]]:
    """The question of a numeric answer block (`body` follows its `#`), and its feedback."""
    answers: list[tuple[float, str, Decimal, str, int]] = []
    first = find_any_unescaped(body, "=~")
    if first < 0:
        value, feedback = _split_feedback(body, kind)
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
            value, feedback = _split_feedback(raw, kind)
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
    accept = tuple(a[1] for a in full[1:])
    if any(a[2] != tolerance for a in full[1:]):
        bank.warn(
            where, f"every right answer is given the first one's tolerance, {_text(tolerance)}"
        )
    width = float(tolerance) if tolerance else None
    if width is not None and not math.isfinite(width):
        digits = tolerance.adjusted() + 1
        bank.warn(where, f"a tolerance of {digits} digits is too large to be one; left out")
        width = None
    question = BankQuestion(
        prompt=prompt,
        answer=answer,
        accept=accept,
        type="number",
        tolerance=width,
    )
    return [question], [feedback]


def _number(raw: str, block: Block, offset: int) -> tuple[str, Decimal]:
    """The answer as the deck writes it, and its tolerance."""
    text = unescape(raw).strip()
    try:
        if found := _RANGE.match(text):
            low, high = sorted((Decimal(found.group(1)), Decimal(found.group(2))))
            if low == high:
                return _text(low), Decimal(0)
            return f"{_text(low)} to {_text(high)}", Decimal(0)
        if found := _WITH_TOLERANCE.match(text):
            tolerance = Decimal(found.group(2)) if found.group(2) else Decimal(0)
            return _text(Decimal(found.group(1))), abs(tolerance)
    except ArithmeticError:  # Decimal's InvalidOperation, Overflow
        pass
    shown = text if len(text) <= 40 else text[:37] + "..."
    raise block.error(offset, f"'{shown}' is not a number, 'number:tolerance' or 'low..high'")


def _split_feedback(raw: str, kind: str) -> tuple[str, str]:
    found = find_unescaped(raw, "#")
    if found < 0:
        return raw, ""
    return raw[:found], plain(raw[found + 1 :], kind)


def _text(number: Decimal) -> str:
    """A number as plain digits, no trailing zeros after the point; one too large or too
    small to read so (`6.626e-34`, not 33 zeros first) with its exponent."""
    normal = number.normalize()
    if normal and not -_MOST_ZEROS <= normal.adjusted() < _MOST_DIGITS:
        mantissa, _, exponent = format(normal, "e").partition("e")
        return f"{mantissa}e{int(exponent)}"
    text = format(normal, "f")
    return text if text not in ("-0", "+0") else "0"


def _shown(answer: str, tolerance: Decimal) -> str:
    return answer + (f"±{_text(tolerance)}" if tolerance else "")
