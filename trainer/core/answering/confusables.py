"""Confusables: the deck's other values a typo of a card's answer could be, found at compile time.

A typed answer within typo distance of the right one is accepted; but if it is just as
near another answer, option or fact value of the same deck ("Prussian" for "Russian",
"Iceland" for "Ireland"), tolerance would turn one of the deck's answers into another.
`attach_confusables` lists those values in each text card's `Answer.confusables`, and
grading compares a typed answer with them exactly (see `text_match`).

Values are compared as grading compares words (folded, numbers as digits, function
words left out), by Damerau–Levenshtein (OSA) distance within the sum of the answer's
per-word typo allowances, where the difference lies in one word. To stay fast on large
decks, values are found through an index of their words' deletion neighbourhoods
rather than compared with each other.
"""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence
from functools import lru_cache

from rapidfuzz.distance import OSA

from trainer.core.answering.word_match import word_allowance
from trainer.core.answering.words import answer_words, content_words
from trainer.core.model import AnswerType, Card, Deck

# Matches the default typo tolerance: confusables are computed once per compile, before
# any learner's settings are known, so they cover the default allowance.
_TYPO_TOLERANCE = 0.15
# More than this many confusables of one answer would mean a deck of near-identical
# values; the nearest are kept.
MAX_CONFUSABLES = 12
# Confusions in one word, by at most two edits: enough for the typos grading allows.
_MAX_DELETIONS = 2
# Values of more content words than this are sentences (chronology events, long
# options): nobody types one by mistake for another, and indexing them costs time.
_MAX_WORDS = 4


def attach_confusables(cards: Sequence[Card], extra_values: Iterable[str] = ()) -> tuple[Card, ...]:
    """The cards, each text card with the deck's values within typo distance of its
    accepted answers (but not equal to one) as its answer's confusables."""
    index = _ValueIndex([*_card_values(cards), *extra_values])
    out: list[Card] = []
    for card in cards:
        answer = card.answer
        if answer.type is not AnswerType.TEXT:
            out.append(card)
            continue
        accepted = [answer.text, *answer.alternatives, *answer.parts]
        found = index.near(accepted)
        if not found and not answer.confusables:
            out.append(card)
            continue
        merged = tuple(dict.fromkeys([*answer.confusables, *found]))[:MAX_CONFUSABLES]
        out.append(
            dataclasses.replace(card, answer=dataclasses.replace(answer, confusables=merged))
        )
    return tuple(out)


def deck_values(deck: Deck) -> list[str]:
    """Every value a deck states besides its cards' answers and options: fact values,
    questions' answers, accepted answers and distractors, aliases."""
    values: list[str] = []
    for excerpt in deck.excerpts:
        for fact in excerpt.facts:
            values.extend(str(value) for value in fact.values.values())
        for question in excerpt.questions:
            values.extend((question.answer, *question.accept, *question.distractors))
    for name, others in deck.aliases.items():
        values.extend((name, *others))
    return values


def compared_form(value: str) -> str:
    """A value as confusables are compared: its content words, as grading reads them."""
    return " ".join(content_words(answer_words(value)))


def total_allowance(form: str, typo_tolerance: float = _TYPO_TOLERANCE) -> int:
    """The edits a compared form may have: the sum of its words' own allowances (numbers
    have none)."""
    if typo_tolerance == _TYPO_TOLERANCE:
        return sum(_allowance(len(word)) for word in form.split() if word.isalpha())
    return sum(word_allowance(len(word), typo_tolerance) for word in form.split() if word.isalpha())


def _card_values(cards: Sequence[Card]) -> Iterable[str]:
    for card in cards:
        yield card.answer.text
        yield from card.answer.alternatives
        yield from card.answer.parts
        yield from card.choices


class _ValueIndex:
    """The deck's values, findable by their words' deletion neighbourhoods.

    Two compared forms that differ in one word by at most that word's allowance share a
    key: the form with that word cut down by the same deletions (a substitution, an
    insertion or a swap of neighbours is one deletion on each side or the other). So
    each value is found from a handful of dictionary lookups, not by comparing it with
    every other value.
    """

    def __init__(self, values: Iterable[str]) -> None:
        self._values: dict[str, str] = {}
        # Each value's compared form, kept for looking up the answers among them later.
        self._form_of: dict[str, str] = {}
        by_key: dict[str, list[str]] = defaultdict(list)
        # A deck states the same values many times over (options, answers): each is
        # read once, the first time, as it is the first value of a form that is kept.
        for value in dict.fromkeys(values):
            text = str(value)
            form = self._form_of[text] = compared_form(text)
            if form and form not in self._values and len(form.split()) <= _MAX_WORDS:
                self._values[form] = text
                for key in _neighbourhood(form):
                    by_key[key].append(form)
        self._by_key = by_key
        self._cache: dict[tuple[str, ...], tuple[str, ...]] = {}

    def near(self, accepted: Sequence[str]) -> tuple[str, ...]:
        form_of = self._form_of
        forms = tuple(
            dict.fromkeys(
                form
                for form in (form_of.get(a) or compared_form(a) for a in accepted)
                if form and len(form.split()) <= _MAX_WORDS
            )
        )
        if forms not in self._cache:
            self._cache[forms] = self._search(forms)
        return self._cache[forms]

    def _search(self, forms: tuple[str, ...]) -> tuple[str, ...]:
        own = set(forms)
        found: dict[str, int] = {}
        for form in forms:
            allowance = total_allowance(form)
            candidates = {
                other for key in _neighbourhood(form) for other in self._by_key.get(key, ())
            }
            for other in candidates - own:
                distance = OSA.distance(form, other, score_cutoff=allowance)
                if distance <= allowance:
                    value = self._values[other]
                    found[value] = min(distance, found.get(value, distance))
        ranked = sorted(found, key=lambda value: (found[value], value))
        return tuple(ranked[:MAX_CONFUSABLES])


def _neighbourhood(form: str) -> set[str]:
    """The form with one of its words cut by up to that word's allowance of deletions."""
    words = form.split()
    keys: set[str] = set()
    for position, word in enumerate(words):
        depth = min(_allowance(len(word)), _MAX_DELETIONS)
        if depth == 0 or not word.isalpha():  # numbers are never typos
            continue
        before = " ".join(words[:position]) + "\x00"
        after = "\x00" + " ".join(words[position + 1 :])
        keys.update([before + cut + after for cut in _deletions(word, depth)])
    return keys


@lru_cache(maxsize=64)
def _allowance(length: int) -> int:
    return word_allowance(length, _TYPO_TOLERANCE)


# The same words recur in many values ("Krupp", "Minister", "Finance"): cut once each.
@lru_cache(maxsize=1 << 14)
def _deletions(word: str, depth: int) -> frozenset[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return frozenset(found)
