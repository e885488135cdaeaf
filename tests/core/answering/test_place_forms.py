"""Places and their people's words that no stem relates, each related to the others."""

from __future__ import annotations

from trainer.core.answering.place_forms import _FORMS, place_forms
from trainer.core.generate.cloze_words import related_words


def _lines() -> list[list[str]]:
    return [
        [line.partition(":")[0].strip(), *line.partition(":")[2].split()]
        for line in _FORMS.strip().splitlines()
    ]


def test_every_word_of_a_line_is_related_to_every_other_both_ways() -> None:
    for words in _lines():
        single = [word for word in words if " " not in word]
        for first in single:
            for second in single:
                assert related_words(first, second), (first, second)
                assert related_words(second.capitalize(), first.upper())


def test_words_of_different_lines_are_not_listed_together() -> None:
    assert "spanish" not in place_forms("france")
    assert place_forms("dutch") == {"holland", "netherlands", "dutchman", "dutchmen"}
    assert place_forms("paris") == frozenset()


def test_listed_words_are_folded() -> None:
    for words in _lines():
        for word in words:
            assert word == word.casefold() and word.isascii(), word
