"""Answers an author writes in two ways at once: "bookshop / bookstore", "to be".

A slash set apart by spaces between two words or phrases offers either one: "acteur /
actrice", "bookshop / bookstore", "he / she" each take one side typed alone. (A slash
between letters with no space is left alone: "TCP/IP", "input/output", "km/h" are one
term, and "V / R" or "1 / 2" a formula or a fraction.) Not where the question asks for
more than one ("Which two leaders met at Rapallo?"): there the slash joins them. Asked
what a word means, an English infinitive takes its verb without "to": "be" for "to be",
as a dictionary lists it.
"""

from __future__ import annotations

import re

_SPACED_SLASH = re.compile(r"\s+/\s+")
# A side of a slash worth typing alone: a word of two letters or more.
_WORD = re.compile(r"[^\W\d_]{2,}")
_OPERATOR = re.compile(r"[=+*×÷^<>≤≥−]")
_INFINITIVE = re.compile(r"to\s+(?=[a-z])")
# Words of a question that asks what a word means: only there is "to" before a word an
# infinitive's ("What does 'être' mean?"); elsewhere it may be a direction ("to the
# lungs" is not "the lungs", which "from the lungs" holds).
_MEANING = frozenset(
    {"mean", "means", "meaning", "translate", "translation", "english", "verb", "infinitive"}
)
# Words of a question that asks for several things at once (as grading reads them, a
# number in digits: "two" is "2").
_SEVERAL = frozenset(
    {"both", "2", "3", "4", "5", "pair", "pairs", "several", "all", "each", "list"}
    | {"two", "three", "four", "five"}
)


def written_alternatives(accepted: str, question_words: frozenset[str] = frozenset()) -> list[str]:
    """The other answers `accepted` writes within itself: each side of a spaced slash
    (unless the question asks for several things), and an infinitive without its "to"."""
    whole = accepted.strip()
    # "concentration = moles / volume" is a law in words, not two answers.
    sides = [whole] if _OPERATOR.search(whole) else _SPACED_SLASH.split(whole)
    either = (
        len(sides) > 1
        and all(_WORD.search(side) for side in sides)
        and question_words.isdisjoint(_SEVERAL)
    )
    alternatives = sides if either else []
    if question_words.isdisjoint(_MEANING):
        return alternatives
    for answer in sides if either else [whole]:
        if (infinitive := _INFINITIVE.match(answer)) is not None:
            alternatives.append(answer[infinitive.end() :])
    return alternatives
