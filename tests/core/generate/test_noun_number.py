"""Tests for trainer.core.generate.noun_number: a plural value, a verb's singular form."""

from __future__ import annotations

import pytest

from trainer.core.generate.noun_number import plural_noun, singular_verb


@pytest.mark.parametrize(
    ("value", "plural"),
    [
        ("lungs", True),
        ("the small intestines", True),
        ("ovaries", True),
        ("the four largest moons of Jupiter", True),
        # The head stands before the first preposition, whichever it is.
        ("the experiments on salivation in dogs", True),
        ("studies with identical twins", True),
        ("the rise in prices", False),
        ("a vaccine against rabies", False),
        ("the Treaty of Versailles", False),
        # A name's last word is a name's; singular nouns in -s stay singular.
        ("the Alps", False),
        ("a new species", False),
        ("the news", False),
        ("the man Tess kills", False),
        # A relative clause follows its head: "falls" is its verb, no plural noun.
        ("the countess who falls in love with Cesario", False),
        ("the moons that orbit Jupiter", True),
    ],
)
def test_a_plural_noun_phrase_is_read_by_its_head(value: str, plural: bool) -> None:
    assert plural_noun(value) is plural


@pytest.mark.parametrize(
    ("word", "singular"),
    [("is", True), ("pumps", True), ("filters", True), ("are", False), ("filter", False)],
)
def test_a_verbs_singular_form_is_its_s_form(word: str, singular: bool) -> None:
    assert singular_verb(word) is singular
