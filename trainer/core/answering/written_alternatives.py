"""Answers an author writes in two ways at once: "bookshop / bookstore", "to be".

A slash set apart by spaces between two words or phrases offers either one: "acteur /
actrice", "bookshop / bookstore", "he / she" each take one side typed alone. (A slash
between letters with no space is left alone: "TCP/IP", "input/output", "km/h" are one
term, and "V / R" or "1 / 2" a formula or a fraction.) Not where the question asks for
more than one ("Which two leaders met at Rapallo?"): there the slash joins them. Asked
what a word means, each meaning a dictionary lists apart is an answer ("bookshop;
bookstore", "to eat, to have a meal", "lawyer or avocado"), and an English infinitive
takes its verb without "to": "be" for "to be".
"""

from __future__ import annotations

import re

_SPACED_SLASH = re.compile(r"\s+/\s+")
# How a dictionary lists a word's meanings: "bookshop; bookstore", "to eat, to have a
# meal", "lawyer or avocado".
_SEMICOLON = re.compile(r"\s*;\s*")
_COMMA = re.compile(r"\s*,\s*")
_OR = re.compile(r"\s+or\s+")
_LISTED_OPENERS = frozenset({"to", "a", "an", "the"})
# A side of a slash worth typing alone: a word of two letters or more.
_WORD = re.compile(r"[^\W\d_]{2,}")
_OPERATOR = re.compile(r"[=+*×÷^<>≤≥−]")
_INFINITIVE = re.compile(r"to\s+(?=[a-z])")
# Words of a question that asks what a word means: only there is "to" before a word an
# infinitive's ("What does 'être' mean?"); elsewhere it may be a direction ("to the
# lungs" is not "the lungs", which "from the lungs" holds).
_MEANING = frozenset(
    {"mean", "means", "meaning", "translate", "translation", "english", "verb", "infinitive"}
    | {"define", "definition"}
)
# A flashcard's front that is only a term ("manger", "la librairie"), as Quizlet and Anki
# vocabulary decks have: it asks what the term means.
_MAX_TERM_WORDS = 4
# Words of a question that asks for several things at once (as grading reads them, a
# number in digits: "two" is "2").
_SEVERAL = frozenset(
    {"both", "2", "3", "4", "5", "pair", "pairs", "several", "all", "each", "list"}
    | {"two", "three", "four", "five"}
)


def asks_for_a_meaning(prompt: str) -> bool:
    """Whether the prompt asks what a word means: in so many words ("What does 'avocat'
    mean?", "Translate…", "Define…"), or by being the bare term ("l'avocat")."""
    words = prompt.split()
    if 0 < len(words) <= _MAX_TERM_WORDS and not any(mark in prompt for mark in "?[_:"):
        return True
    return not _MEANING.isdisjoint(word.strip(".,;:!?'\"").casefold() for word in words)


def written_alternatives(
    accepted: str, question_words: frozenset[str] = frozenset(), *, meaning: bool = False
) -> list[str]:
    """The other answers `accepted` writes within itself: each side of a spaced slash
    (unless the question asks for several things); and, asked what a word means
    (`meaning`, or a word of the question says so), each meaning a dictionary would list
    apart and an infinitive without its "to"."""
    whole = accepted.strip()
    if _OPERATOR.search(whole):
        return []  # "concentration = moles / volume" is a law in words, not two answers
    meaning = meaning or not question_words.isdisjoint(_MEANING)
    sides = _sides(whole, meaning=meaning)
    either = (
        len(sides) > 1
        and all(_WORD.search(side) for side in sides)
        and question_words.isdisjoint(_SEVERAL)
    )
    alternatives = sides if either else []
    if not meaning:
        return alternatives
    for answer in sides if either else [whole]:
        if (infinitive := _INFINITIVE.match(answer)) is not None:
            alternatives.append(answer[infinitive.end() :])
    return alternatives


def _sides(whole: str, *, meaning: bool) -> list[str]:
    """The alternatives `whole` lists: split at spaced slashes; for a meaning, at
    semicolons, or at commas or "or" between meanings alike ("to eat, to have a meal",
    "lawyer or avocado"; not "a long, low chair", nor "to eat or drink")."""
    sides = _SPACED_SLASH.split(whole)
    if len(sides) > 1 or not meaning:
        return sides
    for separator, alike_only in ((_SEMICOLON, False), (_COMMA, True), (_OR, True)):
        parts = [part.strip() for part in separator.split(whole) if part.strip()]
        if len(parts) > 1 and (not alike_only or _alike(parts)):
            return parts
    return [whole]


_ONE_ARTICLE = {"an": "a"}


def _alike(parts: list[str]) -> bool:
    """Meanings listed alike: each one word, or each opening with the same "to", "a",
    "an" or "the" ("to eat, to have a meal")."""
    if all(len(part.split()) == 1 for part in parts):
        return True
    # "a" and "an" are one article: "a lawyer or an avocado".
    firsts = (part.split()[0].casefold() for part in parts)
    openers = {_ONE_ARTICLE.get(first, first) for first in firsts}
    return len(openers) == 1 and openers <= _LISTED_OPENERS
