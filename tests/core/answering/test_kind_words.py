"""Words naming a nation, a people or a creed, looked up one at a time, as the whole set
built at once would hold them."""

from __future__ import annotations

from trainer.core.answering.kind_words import _LISTED, _made_from, _made_words, names_a_kind
from trainer.core.answering.place_forms import people_words
from trainer.core.answering.regions import REGIONS
from trainer.core.lexicon import is_known_word


def _every_kind_word() -> frozenset[str]:
    """The reference: every rule's every result, each looked up in the dictionary."""
    words = set(_LISTED | people_words())
    for region in REGIONS:
        if " " in region:
            continue
        for made in _made_from(region):
            if is_known_word(made):
                words.update((made, made + "s"))
    return frozenset(words)


def test_one_word_at_a_time_is_the_whole_set() -> None:
    every = _every_kind_word()
    asked = every | _made_words() | {made + "s" for made in _made_words()} | REGIONS
    assert {word for word in asked if names_a_kind(word)} == every


def test_nations_peoples_and_creeds_but_no_places_roles_or_names() -> None:
    for word in ("soviet", "prussian", "italians", "german", "chinese", "french", "marxist"):
        assert names_a_kind(word), word
    for word in ("russia", "germany", "kazan", "engineer", "ornithologist", "adolf"):
        assert not names_a_kind(word), word
