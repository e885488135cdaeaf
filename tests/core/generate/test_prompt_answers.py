"""What a prompt giveaway check reads of an answer alone, memoised, is what the plain
computation gives; and the early way out of `_place_word_named` without `by_letters`
gives what its full loop gave."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.answering.normalise import fold
from trainer.core.answering.place_forms import place_forms
from trainer.core.generate.prompt_answers import (
    describes,
    long_word_starts,
    names_a_place,
)
from trainer.core.generate.prompt_giveaways import _place_word_named, word_given_away

_WORDS = [
    "France",
    "French",
    "Switzerland",
    "Swiss",
    "Britain",
    "British",
    "Australia",
    "Australian",
    "dollar",
    "the",
    "of",
    "bombing",
    "Guernica",
    "Which",
    "currency",
    "Italian",
    "lira",
    "d'Urberville",
    "Alec",
    "bleed",
    "white",
    "(NASA)",
    "1943",
    "Moscow",
]
_PHRASES = st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6).map(" ".join)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def _plain_place_word_named(prompt: str, answer: str) -> str | None:
    """`_place_word_named(prompt, answer, by_letters=False)` as its loop alone gave it."""
    if answer == answer.lower():
        return None
    names: dict[str, str] | None = None
    answer_words: list[str] = _WORD.findall(answer)
    for token in answer_words:
        if not token[0].isupper() or len(token) < 4:
            continue
        folded = fold(token)
        forms = place_forms(folded)
        if not forms:
            continue
        if names is None:
            names = {fold(word): word for word in _WORD.findall(prompt)[1:] if word[0].isupper()}
        for folded_name in names:
            if folded_name != folded and folded_name in forms:
                return token
    return None


@settings(max_examples=300, deadline=None)
@given(_PHRASES)
def test_the_memoised_answer_readings_are_the_plain_ones(answer: str) -> None:
    assert describes(answer) == describes.__wrapped__(answer)
    stripped = (raw.strip("\"'‘’“”()[],.;:!?") for raw in answer.casefold().split())
    assert long_word_starts(answer) == tuple(word[:4] for word in stripped if len(word) >= 4)


@settings(max_examples=300, deadline=None)
@given(_PHRASES, _PHRASES)
def test_a_place_named_by_its_other_form_is_found_as_the_full_loop_found_it(
    prompt: str, answer: str
) -> None:
    found = _place_word_named(prompt, answer, by_letters=False)
    assert found == _plain_place_word_named(prompt, answer)
    if found is not None:
        assert names_a_place(answer)


def test_the_early_way_out_keeps_a_place_and_its_people() -> None:
    assert word_given_away("What is the currency of Switzerland?", "the Swiss franc") == "Swiss"
    assert names_a_place("the Swiss franc")
    assert not names_a_place("the Krupp works")
