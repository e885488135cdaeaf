"""Answers whose order is their meaning: an equation's two sides, a sequence of numbers.

Grading lets typed words come in any order ("Lipetsk, a flying school" for "a flying
school at Lipetsk"), which two kinds of answer forbid:
- an equation or a reaction written with an arrow, whose sides swapped are the reverse
  reaction ("2H2O → 2H2 + O2" for "2H2 + O2 → 2H2O"), though the terms of one side may
  come in any order ("O2 + 2H2 → 2H2O");
- a sequence of three numbers or more written without words ("2,8,1", an atom's
  shells; "3-4-3", a formation), which the same numbers in another order are not; so
  is a ratio or odds ("3:1", "9:3:3:1", "1 in 4": "1:3" is the reverse);
- numbers each after its own label ("Op. 27 No. 2"), which the labels swapped are not
  ("Op. 2 No. 27");
- a span of time or quantity, whose ends swapped are another span ("July to May" for
  "from May to July", `spans`);
- the words of an answer to a question that asks for an order ("What are the three
  sections of sonata form, in order?"): "recapitulation, development and exposition"
  is not "exposition, development and recapitulation".
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Sequence

from trainer.core.answering.spans import SWAPPED, spans_swapped
from trainer.core.answering.word_lists import FUNCTION_WORDS, SAME_WORDS
from trainer.core.answering.words import answer_words, content_words

_ARROW = re.compile(r"→|⟶|⇌|⇒|->|=>|<=>")
# Numbers joined by commas, dots, hyphens or slashes and nothing else: "2,8,1", "2.8.1".
_SEQUENCE = re.compile(r"\s*\d+(?:\s*[,./-]\s*\d+){2,}\s*")
_NUMBER = re.compile(r"\d+")
# A ratio or odds of two numbers or more: "3:1", "9:3:3:1", "16:9", "3 to 1", "1 in 4".
_RATIO = re.compile(r"\s*\d+(?:\s*(?::|\bto\b|\bin\b)\s*\d+)+\s*", re.IGNORECASE)


def order_problem(expected: str, typed: str, question: Sequence[str] = ()) -> str | None:
    """Why `typed` says something else than `expected` by its order alone; None when the
    order is right or does not matter. `question` is the question's words."""
    wanted_sides, typed_sides = _ARROW.split(expected), _ARROW.split(typed)
    if len(wanted_sides) == len(typed_sides) == 2:
        wanted = [Counter(answer_words(side)) for side in wanted_sides]
        written = [Counter(answer_words(side)) for side in typed_sides]
        if wanted[0] != wanted[1] and written == wanted[::-1]:
            return "its two sides swapped: the reverse"
    if _SEQUENCE.fullmatch(expected) or _RATIO.fullmatch(expected):
        numbers = _NUMBER.findall(expected)
        # Read as grading reads them: "one to three" is 1 to 3.
        typed_numbers = [word for word in answer_words(typed) if word.isdecimal()]
        if typed_numbers != numbers and sorted(typed_numbers) == sorted(numbers):
            return "the same numbers in another order: the order is the answer"
    if spans_swapped(expected, typed):
        return SWAPPED
    if any(char.isdecimal() for char in expected) and _labels_swapped(expected, typed):
        return "numbers swapped between their labels"
    if question and _asks_order(question) and _words_reordered(expected, typed):
        return "the same words in another order: the question asks for the order"
    return None


def _labelled(text: str) -> list[tuple[str, str]]:
    """Each number of `text` with the word before it, where that word is a label
    ("op", "number"), not a function word: "Op. 27 No. 2" → (op, 27), (number, 2)."""
    # A label written two ways is one ("opus" and "op": `SAME_WORDS`); "No." is read
    # as "number" already (`answer_words`).
    words = [min({word, *SAME_WORDS.get(word, ())}) for word in answer_words(text)]
    return [
        (before, word)
        for before, word in itertools.pairwise(words)
        if word.isdecimal()
        and before.isalpha()
        and (before not in FUNCTION_WORDS or before == "number")
    ]


def _labels_swapped(expected: str, typed: str) -> bool:
    """Whether two labelled numbers of `expected` are typed each after the other's
    label: the same labels and numbers, paired otherwise."""
    wanted, written = _labelled(expected), _labelled(typed)
    if len(wanted) < 2 or len(written) != len(wanted):
        return False
    same_parts = sorted(label for label, _ in wanted) == sorted(label for label, _ in written)
    same_numbers = sorted(n for _, n in wanted) == sorted(n for _, n in written)
    return same_parts and same_numbers and sorted(wanted) != sorted(written)


# How a question asks for an order: "in order", "in what order", "in which sequence",
# "in chronological order", "in the right order", "chronologically"; not "in order to"
# (a purpose), nor an order that is a thing ("Which order did Francis found?").
_ORDER_WORDS = frozenset({"order", "sequence"})
_ORDER_KINDS = frozenset({"chronological", "right", "correct", "same"})


def _asks_order(question: Sequence[str]) -> bool:
    if "chronologically" in question:
        return True
    for index, word in enumerate(question):
        if word not in _ORDER_WORDS or index == 0:
            continue
        before = question[index - 1]
        after = question[index + 1] if index + 1 < len(question) else ""
        two_before = question[index - 2] if index > 1 else ""
        if (before == "in" and after != "to") or before in _ORDER_KINDS:
            return True
        if before in ("what", "which") and two_before == "in":
            return True
    return False


def _words_reordered(expected: str, typed: str) -> bool:
    """Whether the content words of `expected`, all typed, come in another order."""
    wanted = content_words(answer_words(expected))
    own = set(wanted)
    written = [word for word in content_words(answer_words(typed)) if word in own]
    return len(own) > 1 and set(written) == own and written != list(dict.fromkeys(wanted))
