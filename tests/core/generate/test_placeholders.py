"""Tests for trainer.core.generate.placeholders: how a pattern reads with its values."""

from __future__ import annotations

import pytest

from trainer.core.generate.placeholders import indefinite_article, parse_pattern


@pytest.mark.parametrize(
    ("value", "article"),
    [
        ("igneous", "an"), ("sedimentary", "a"), ("unit", "a"), ("European", "a"),
        ("hour", "an"), ("8", "an"), ("11", "an"), ("1,800", "a"), ("FBI", "an"),
        ("NATO", "a"), ("X-ray", "an"), ("U-boat", "a"), ("heretic", "a"),
        ("uranium", "a"), ("Ugandan", "a"), ("unusual", "an"), ("umbrella", "an"),
    ],
)  # fmt: skip
def test_an_indefinite_article_takes_the_values_first_sound(value: str, article: str) -> None:
    assert indefinite_article(value) == article


def test_a_or_an_before_a_field_is_the_one_its_value_takes() -> None:
    statement = parse_pattern("{rock} is a {kind} rock.")
    assert statement.render({"rock": "Basalt", "kind": "igneous"}) == "Basalt is an igneous rock."
    assert statement.render({"rock": "Shale", "kind": "sedimentary"}) == (
        "Shale is a sedimentary rock."
    )
    opening = parse_pattern("An {thing} was found.")
    assert opening.render({"thing": "urn"}) == "An urn was found."
    assert opening.render({"thing": "sword"}) == "A sword was found."


def test_the_is_left_out_before_a_names_possessive() -> None:
    statement = parse_pattern("The {area} controls speech.")
    assert statement.render({"area": "Broca's area"}) == "Broca's area controls speech."
    question = parse_pattern("What does the {area} do?")
    assert question.render({"area": "Wernicke’s area"}) == "What does Wernicke’s area do?"
    assert question.render({"area": "hippocampus"}) == "What does the hippocampus do?"
