"""Tests for trainer.core.generate.author_checks: a field of dates left undeclared."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.generate.author_checks import _EMPTY_WORDS, _looked_for
from trainer.core.generate.option_rules import core_words, fold_once, holds_words


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


_WORDS = ["the", "of", "Keats", "Byron", "Romantic", "poet", "an", "1,000", "A", "-"]


@given(
    st.lists(st.sampled_from(_WORDS), max_size=4).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=6).map(" ".join),
)
def test_an_answer_is_looked_for_in_a_title_as_its_words_are(answer: str, title: str) -> None:
    # Worked out once per answer and padded, as `holds_words` pads them each time.
    core = core_words(answer)
    plainly = bool(set(core.split()) - _EMPTY_WORDS) and holds_words(fold_once(title), core)
    sought = _looked_for(answer)
    assert bool(sought and sought in f" {fold_once(title)} ") is plainly
