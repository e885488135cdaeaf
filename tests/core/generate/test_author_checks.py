"""Tests for trainer.core.generate.author_checks: a field of dates left undeclared."""

from __future__ import annotations

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes


def _warnings(fields: str, values: list[str]) -> list[str]:
    facts = "\n".join(
        f"      - {{id: f{n}, probe: Probe {n}, launched: '{value}'}}"
        for n, value in enumerate(values)
    )
    deck = f"""\
id: dated
title: Dated
{fields}templates:
  - id: when
    prompt: When was {{probe}} launched?
    answer: launched
excerpts:
  - id: probes
    page: 3
    text: Probe 0, Probe 1 and Probe 2 were launched one after another.
    facts:
{facts}
"""
    compiled = compile_loaded(load_deck_bytes("dated.yaml", deck.encode()))
    return [str(w) for w in compiled.warnings if "holds dates" in str(w)]


def test_a_field_of_dates_not_declared_is_warned_once_at_its_first_date() -> None:
    assert _warnings("", ["1977", "1972-03", "1977-09-05"]) == [
        "dated.yaml:13:44: warning: field 'launched' holds dates ('1972-03'), shown and "
        "graded as text unless declared: add `launched: {type: date}` under `fields:`"
    ]


def test_declared_years_or_text_among_them_say_nothing() -> None:
    assert _warnings("fields:\n  launched: {type: date}\n", ["1972-03", "1977-09-05"]) == []
    assert _warnings("", ["1972", "1977", "1990"]) == []  # years alone are years
    assert _warnings("", ["1972-03", "in the spring", "1990"]) == []
