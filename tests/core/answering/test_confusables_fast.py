"""Confusables found fast (each value read once, its form kept, word cuts shared) are the
ones found the straightforward way (reference_confusables.py), on random decks of values
a typo or two apart."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.answering.reference_confusables import reference_attach_confusables
from trainer.core.answering.confusables import (
    _neighbourhood,
    _sharing_a_key,
    attach_confusables,
    compared_form,
    total_allowance,
)
from trainer.core.model import Answer, AnswerType, Card, CardKind

VALUES = [
    *("Russian", "Prussian", "Russia", "Iceland", "Ireland", "Kazan", "Kazán", "Krupp"),
    *("Krup", "Krupps", "Lenin", "Lenina", "the Lenin", "Minister of Finance"),
    *("Minister of Defence", "Minister of Defense", "Maxim Wirth", "Maxim Wirt", "1926"),
    *("50,000 marks", "fifty thousand marks", "St Helena", "Saint Helena", "U.S.S.R."),
    *("the head of the new aviation school", "the head of the new aviation schools"),
    *("Stockholm", "Stokholm", "Leningrad", "Kaliningrad", "Gödel", "Godel", ""),
    # Two words a letter apart each: within the allowance, but not a typo of one word.
    *("Walther Rathenau", "Walter Ratenau"),
    # One form, two answers: they differ by a word of degree only.
    *("fast", "very fast", "slightly fast", "Fast"),
]
TYPES = [AnswerType.TEXT, AnswerType.TEXT, AnswerType.TEXT, AnswerType.CHOICE, AnswerType.YEAR]


@st.composite
def cards(draw: st.DrawFn) -> list[Card]:
    made = []
    for i in range(draw(st.integers(1, 12))):
        values = st.lists(st.sampled_from(VALUES), max_size=3)
        answer = Answer(
            draw(st.sampled_from(TYPES)),
            draw(st.sampled_from(VALUES)),
            alternatives=tuple(draw(values)),
            parts=tuple(draw(values)),
            confusables=tuple(draw(st.lists(st.sampled_from(VALUES), max_size=2))),
        )
        made.append(
            Card(
                id=f"d:e:{i}",
                deck_id="d",
                kind=CardKind.QA,
                excerpt_id="e",
                prompt="?",
                answer=answer,
                source="p. 1",
                choices=tuple(draw(values)),
            )
        )
    return made


@settings(max_examples=300)
@given(cards(), st.lists(st.sampled_from(VALUES), max_size=6))
def test_confusables_are_those_found_the_plain_way(made: list[Card], extra: list[str]) -> None:
    assert attach_confusables(made, extra) == reference_attach_confusables(made, extra)


@given(st.sampled_from(VALUES), st.sampled_from([0.15, 0.1, 0.3, 0.0]))
def test_allowances_are_the_same_at_any_tolerance(value: str, tolerance: float) -> None:
    from trainer.core.answering.word_match import word_allowance

    form = " ".join(value.lower().split())
    expected = sum(word_allowance(len(w), tolerance) for w in form.split() if w.isalpha())
    assert total_allowance(form, tolerance) == expected


@settings(max_examples=200)
@given(st.sets(st.sampled_from(VALUES), max_size=20), st.sets(st.sampled_from(VALUES), max_size=20))
def test_forms_sharing_a_key_are_found_whichever_side_is_indexed(
    values: set[str], asked: set[str]
) -> None:
    # The smaller side is indexed: random sizes take both ways, and each gives every pair.
    value_forms = {compared_form(v) for v in values} - {""}
    asked_forms = {compared_form(v) for v in asked} - {""}

    def sharing(form: str) -> set[str]:
        return {v for v in value_forms if not _neighbourhood(form).isdisjoint(_neighbourhood(v))}

    expected = {form: near for form in asked_forms if (near := sharing(form))}
    assert _sharing_a_key(value_forms, asked_forms) == expected
