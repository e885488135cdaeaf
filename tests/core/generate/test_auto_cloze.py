"""Tests of automatic cloze: finding candidates, choosing among them, and when it is on."""

from __future__ import annotations

import pytest

from trainer.core.generate.auto_cloze import CandidateKind, find_candidates
from trainer.core.model import AnswerType, CardKind, DeckDefaults

EXPORTS = "In 1932 nearly 50% of what the Soviet Union imported came from Germany.\n"


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind.name, c.text) for c in find_candidates(text)]


def test_the_documented_example(make) -> None:
    deck = make.deck(
        make.excerpt("exports", EXPORTS), defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=3)
    )
    cards = make.cards(deck)
    assert [(c.id, c.prompt, c.answer.text) for c in cards] == [
        (
            "d:exports:auto-1932",
            "In [year] nearly 50% of what the Soviet Union imported came from Germany.",
            "1932",
        ),
        (
            "d:exports:auto-soviet-union",
            "In 1932 nearly 50% of what the [...] imported came from Germany.",
            "Soviet Union",
        ),
        (
            "d:exports:auto-germany",
            "In 1932 nearly 50% of what the Soviet Union imported came from [...].",
            "Germany",
        ),
    ]
    assert all(c.kind is CardKind.AUTO_CLOZE for c in cards)
    assert [c.answer.type for c in cards] == [AnswerType.YEAR, AnswerType.TEXT, AnswerType.TEXT]


def test_years_then_names_then_numbers_each_in_text_order() -> None:
    text = "Spending rose 3.5 times and 50,000 men, 12% of them from Kazan, left in 1929 and 1926."
    assert _found(text) == [
        ("YEAR", "1929"),
        ("YEAR", "1926"),
        ("NAME", "Kazan"),
        ("NUMBER", "3.5"),
        ("NUMBER", "50,000"),
        ("NUMBER", "12%"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had 3 guns.", []),
        ("In the 1920s it grew.", []),
        ("A sum of 1,926 marks.", [("NUMBER", "1,926")]),
        ("A T-34 tank and 5% more.", [("NUMBER", "5%")]),
        ("It was the 21st; 2100 men came.", [("NUMBER", "2100")]),
        ("Version 1.926 of 1926.", [("YEAR", "1926"), ("NUMBER", "1.926")]),
    ],
)
def test_what_counts_as_a_year_or_a_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_name_is_a_run_of_capitalised_words_with_particles_between() -> None:
    text = "They met Ludwig van Beethoven and the Council of People's Commissars in Brest-Litovsk."
    assert _found(text) == [
        ("NAME", "Ludwig van Beethoven"),
        ("NAME", "Council of People"),
        ("NAME", "Commissars"),
        ("NAME", "Brest-Litovsk"),
    ]


def test_a_trailing_particle_is_not_part_of_a_name() -> None:
    assert _found("the Treaty of 1922 was signed") == [("YEAR", "1922"), ("NAME", "Treaty")]


def test_function_words_months_and_sentence_starts_are_not_names() -> None:
    text = "Krupp leased land. In March the Soviets agreed. The Reichswehr paid. It rained."
    assert _found(text) == [("NAME", "Soviets"), ("NAME", "Reichswehr")]


def test_a_sentence_start_counts_if_the_word_is_capitalised_mid_sentence_too() -> None:
    text = "Krupp leased land. The lease made Krupp's name."
    (candidate,) = find_candidates(text)
    assert (candidate.kind, candidate.text) == (CandidateKind.NAME, "Krupp")
    assert [text[a:b] for a, b in candidate.spans] == ["Krupp", "Krupp"]


def test_a_repeated_candidate_is_asked_once_with_every_occurrence_blanked(make) -> None:
    text = "Germany signed in 1922. By 1926 Germany trained pilots; in 1922 nobody knew."
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    cards = make.cards(deck)
    assert [c.id for c in cards] == ["d:x:auto-1922", "d:x:auto-1926", "d:x:auto-germany"]
    assert cards[0].prompt == (
        "Germany signed in [year]. By 1926 Germany trained pilots; in [year] nobody knew."
    )
    assert cards[2].prompt == (
        "[...] signed in 1922. By 1926 [...] trained pilots; in 1922 nobody knew."
    )


def test_words_inside_cloze_markers_are_left_alone(make) -> None:
    text = "In {{c1::1926}} Germany built a school at {{c2::Lipetsk}} for 200 pilots."
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    cards = make.cards(deck)
    assert [c.id for c in cards] == ["d:x:c1", "d:x:c2", "d:x:auto-germany", "d:x:auto-200"]
    assert cards[2].prompt == "In 1926 [...] built a school at Lipetsk for 200 pilots."
    assert cards[3].prompt == "In 1926 Germany built a school at Lipetsk for [number] pilots."
    assert cards[3].answer.type is AnswerType.NUMBER


def test_at_most_auto_cloze_max_cards(make) -> None:
    text = "In 1901, 1902, 1903, 1904, 1905 and 1906 nothing happened."
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    assert [c.answer.text for c in make.cards(deck)] == ["1901", "1902", "1903", "1904", "1905"]


def test_a_slot_already_taken_gets_a_number(make) -> None:
    question = make.question("When?", "1926", slot="auto-1926")
    deck = make.deck(
        make.excerpt("x", "Signed in 1926.", questions=(question,)),
        defaults=DeckDefaults(auto_cloze=True),
    )
    assert [c.id for c in make.cards(deck)] == ["d:x:auto-1926", "d:x:auto-1926-2"]


def test_plain_means_only_excerpts_with_nothing_else(make) -> None:
    text = "In 1926 Germany agreed."
    plain = make.excerpt("plain", text)
    asked = make.excerpt("asked", text, questions=(make.question(),))
    with_facts = make.excerpt("facts", text, facts=(make.fact("f", x="y"),))
    marked = make.excerpt("marked", "In {{c1::1926}} Germany agreed.")
    deck = make.deck(plain, asked, with_facts, marked, defaults=DeckDefaults())
    kinds = [(c.excerpt_id, c.kind) for c in make.cards(deck)]
    assert (("plain", CardKind.AUTO_CLOZE)) in kinds
    assert all(kind is not CardKind.AUTO_CLOZE for excerpt, kind in kinds if excerpt != "plain")


def test_an_excerpt_setting_overrides_the_deck_default(make) -> None:
    on = make.excerpt("on", "In 1926 it rained.", questions=(make.question(),), auto_cloze=True)
    off = make.excerpt("off", "In 1927 it rained.", auto_cloze=False)
    cards = make.cards(make.deck(on, off, defaults=DeckDefaults(auto_cloze="plain")))
    assert [c.id for c in cards] == ["d:on:q1", "d:on:auto-1926"]
    deck_off = make.deck(make.excerpt("x", "In 1926 it rained."))
    assert make.cards(deck_off) == ()
