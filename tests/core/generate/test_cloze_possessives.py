"""Where a possessive ends a name in an excerpt's text, and where it is part of one."""

from __future__ import annotations

from trainer.core.generate.cloze_possessives import open_ended
from trainer.core.generate.cloze_words import tokens


def _goes_on(text: str, at: int) -> bool:
    """Whether the name of the words before `at` goes on with the word at `at`."""
    words = tokens(text)
    return open_ended(words[:at], words, at)


def test_a_possessive_ends_a_name_before_another_name() -> None:
    assert not _goes_on("Stalin's Supreme Council", 1)


def test_a_possessive_goes_on_with_the_kind_of_thing_it_names() -> None:
    assert _goes_on("Ford's Theatre", 1)
    assert _goes_on("Halley's Comet", 1)
    assert not _goes_on("Ford's Theatre Royal", 1)  # the kind runs on into a name


def test_a_common_word_or_a_saints_possessive_goes_on() -> None:
    assert _goes_on("King's College", 1)
    assert _goes_on("St Paul's Cathedral", 2)
    # Any word for a saint, in any of the languages the shared list holds.
    assert _goes_on("São Paulo's Basilica Nova", 2)
    assert _goes_on("Santo Domingo's Alcázar", 2)
    assert not _goes_on("Paulo's Basilica Nova", 1)
