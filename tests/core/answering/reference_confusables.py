"""Confusables found the straightforward way, as before they were made fast: every value
read, every neighbourhood cut anew. The oracle of test_confusables_fast.py; not imported
by the application."""

from __future__ import annotations

import dataclasses
from collections import defaultdict
from collections.abc import Iterable, Sequence

from rapidfuzz.distance import OSA

from trainer.core.answering.confusables import (
    _MAX_DELETIONS,
    _MAX_WORDS,
    _TYPO_TOLERANCE,
    MAX_CONFUSABLES,
    MAX_WORD_LENGTH,
    _card_values,
    compared_form,
)
from trainer.core.answering.degree_words import differs_only_by_degree
from trainer.core.answering.word_match import word_allowance
from trainer.core.answering.words import answer_words
from trainer.core.model import AnswerType, Card


def reference_attach_confusables(
    cards: Sequence[Card], extra_values: Iterable[str] = ()
) -> tuple[Card, ...]:
    values = [str(value) for value in dict.fromkeys([*_card_values(cards), *extra_values])]
    index = _ReferenceIndex(values)
    out: list[Card] = []
    for card in cards:
        answer = card.answer
        if answer.type is not AnswerType.TEXT:
            out.append(card)
            continue
        accepted = [answer.text, *answer.alternatives, *answer.parts]
        found = (*_by_degree(answer.text, accepted, values), *index.near(accepted))
        if not found and not answer.confusables:
            out.append(card)
            continue
        merged = tuple(dict.fromkeys([*answer.confusables, *found]))[:MAX_CONFUSABLES]
        out.append(
            dataclasses.replace(card, answer=dataclasses.replace(answer, confusables=merged))
        )
    return tuple(out)


def _by_degree(text: str, accepted: list[str], values: list[str]) -> tuple[str, ...]:
    """Every value of one of the accepted answers' forms, no accepted answer itself, that
    differs from the answer by words of degree only: each form in turn, values in order."""
    forms = dict.fromkeys(
        form for form in map(compared_form, accepted) if form and len(form.split()) <= _MAX_WORDS
    )
    own = answer_words(text)
    return tuple(
        value
        for form in forms
        for value in values
        if compared_form(value) == form
        and value not in accepted
        and differs_only_by_degree(own, answer_words(value))
    )


class _ReferenceIndex:
    def __init__(self, values: Iterable[str]) -> None:
        self._values: dict[str, str] = {}
        self._by_key: dict[str, list[str]] = defaultdict(list)
        for value in values:
            form = compared_form(str(value))
            if form and form not in self._values and len(form.split()) <= _MAX_WORDS:
                self._values[form] = str(value)
                for key in _neighbourhood(form):
                    self._by_key[key].append(form)

    def near(self, accepted: Sequence[str]) -> tuple[str, ...]:
        forms = tuple(
            dict.fromkeys(
                form
                for form in (compared_form(a) for a in accepted)
                if form and len(form.split()) <= _MAX_WORDS
            )
        )
        own = set(forms)
        found: dict[str, int] = {}
        for form in forms:
            allowance = sum(
                word_allowance(len(word), _TYPO_TOLERANCE)
                for word in form.split()
                if word.isalpha()
            )
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
    words = form.split()
    keys: set[str] = set()
    for position, word in enumerate(words):
        depth = min(word_allowance(len(word), _TYPO_TOLERANCE), _MAX_DELETIONS)
        if depth == 0 or not word.isalpha() or len(word) > MAX_WORD_LENGTH:
            continue
        before, after = " ".join(words[:position]), " ".join(words[position + 1 :])
        for cut in _deletions(word, depth):
            keys.add(f"{before}\x00{cut}\x00{after}")
    return keys


def _deletions(word: str, depth: int) -> set[str]:
    found = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1 :] for w in frontier for i in range(len(w))}
        found |= frontier
    return found
