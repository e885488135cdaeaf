"""Familiar forms of given names make a person's name."""

from __future__ import annotations

from tests.support.decks import cards_by_slot, compiled_text
from trainer.core.name_forms import familiar_form_of


def test_a_person_known_by_a_familiar_form_of_a_given_name_is_a_person() -> None:
    compiled = compiled_text(
        """id: d
title: T
templates:
  - id: who-feat
    kind: choice
    prompt: Who {feat}?
    answer: who
excerpts:
  - id: a
    page: 1
    text: Laika orbited in Sputnik 2. Yuri Gagarin orbited. Alan Shepard flew. Ed White walked.
    facts:
      - {id: laika, who: Laika, feat: became the first animal to orbit the Earth}
      - {id: gagarin, who: Yuri Gagarin, feat: became the first person to orbit the Earth}
      - {id: shepard, who: Alan Shepard, feat: became the first American in space}
      - {id: white, who: Ed White, feat: made the first American spacewalk}
"""
    )
    assert any("'Laika' is the only option" in str(warning) for warning in compiled.warnings)
    assert cards_by_slot(compiled.cards)["white.who-feat"].answer.alternatives == ("White",)


def test_a_familiar_form_and_its_formal_name_are_one_name_either_way() -> None:
    assert familiar_form_of("bill", "william") and familiar_form_of("william", "bill")
    assert familiar_form_of("gus", "augustus")
    # Two names that share a form, or two forms of one name, are not one another.
    assert not familiar_form_of("albert", "alfred")
    assert not familiar_form_of("bill", "will")
