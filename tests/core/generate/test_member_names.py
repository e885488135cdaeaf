"""Tests for trainer.core.generate.member_names: a body named after the members a prompt names."""

from __future__ import annotations

import pytest

from trainer.core.generate.member_names import members_named
from trainer.core.generate.prompt_giveaways import word_given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        # "The Directory" was asked "… of five Directors?" with no warning.
        ("Which assembly was the executive of five Directors?", "The Directory", "Directory"),
        ("Which office did the Consuls hold?", "the Consulate", "Consulate"),
        ("Which rule did Cromwell hold as Lord Protector?", "The Protectorate", "Protectorate"),
        ("Which regime did the dictator found?", "the Dictatorship", "Dictatorship"),
        ("What did the President hold?", "the Presidency", "Presidency"),
    ],
)
def test_a_body_named_after_the_members_a_prompt_names_is_given_away(
    prompt: str, answer: str, word: str
) -> None:
    assert members_named(prompt, answer) == word
    assert word_given_away(prompt, answer) == word


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        ("Which body governed France from 1795?", "The Directory"),
        ("Who was the first President?", "George Washington"),  # no body, a person
        ("Where do the directors meet?", "The Boardroom"),
        ("Which office did the Consuls hold?", "consulate"),  # no name
    ],
)
def test_nothing_else_is(prompt: str, answer: str) -> None:
    assert members_named(prompt, answer) is None
