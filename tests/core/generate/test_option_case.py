"""Options opening as the answer does: no capital article singles the answer out."""

from __future__ import annotations

import random

import pytest

from trainer.core.generate.distractors import Options, cased_like, pick_options


@pytest.mark.parametrize(
    ("answer", "option", "shown"),
    [
        ("The Pacific Ocean", "the Sea of Tranquility", "The Sea of Tranquility"),
        ("the price floor", "The minimum wage", "the minimum wage"),
        ("Golgi apparatus", "ribosome", "Ribosome"),
        # An article before a name keeps its capital, which may be a title's own.
        ("the Divine Comedy", "A Christmas Carol", "A Christmas Carol"),
        ("the Pacific Ocean", "The Sea of Tranquility", "The Sea of Tranquility"),
        # A name and a word written with a small letter keep their case, and so does
        # an option that opens unlike the answer.
        ("the Pacific Ocean", "Kennedy Space Center", "Kennedy Space Center"),
        ("Golgi apparatus", "pH 7", "pH 7"),
        ("Good Success Bay", "the Falkland Islands", "the Falkland Islands"),
    ],
)
def test_an_option_opens_with_a_capital_as_the_answer_does(
    answer: str, option: str, shown: str
) -> None:
    assert cased_like(answer, option) == shown


def test_picked_options_never_single_out_the_answers_capital_article() -> None:
    options = pick_options(
        random.Random(1),
        answer="The Pacific Ocean",
        drawn=(["Kennedy Space Center", "the Sea of Tranquility", "the Taurus-Littrow valley"],),
        count=4,
    )
    assert isinstance(options, Options)
    assert not any(choice.startswith("the ") for choice in options.choices)


def test_a_titles_article_is_never_lowered_to_the_answers() -> None:
    titles = ["A Christmas Carol", "The Metamorphosis", "Jane Eyre"]
    for seed in range(5):
        options = pick_options(
            random.Random(seed), answer="the Divine Comedy", written=titles, count=4
        )
        assert isinstance(options, Options)
        assert set(titles) <= set(options.choices)
        # Every wrong option opens with a capital: so does the answer.
        assert options.choices[options.right] == "The Divine Comedy"


@pytest.mark.parametrize(
    ("answer", "wrong", "shown"),
    [
        ("equator", ["Tropic of Cancer", "Arctic Circle", "Tropic of Capricorn"], "Equator"),
        ("the pressure law", ["Boyle's law", "Charles's law"], "The pressure law"),
        ("mitochondria", ["Golgi apparatus", "Ribosome", "Nucleus"], "Mitochondria"),
        ("the Falkland Islands", ["Good Success Bay", "Monte Video"], "The Falkland Islands"),
        # Some other option opens with a small letter: the answer's is no giveaway.
        ("equator", ["Tropic of Cancer", "the Arctic Circle"], "equator"),
        # A name's own small letter stays.
        ("de Gaulle", ["Pétain", "Blum"], "de Gaulle"),
        ("pH 7", ["Neutral", "Acidic"], "pH 7"),
        ("iPhone", ["Galaxy", "Pixel"], "iPhone"),
        ("1+", ["2+", "3+"], "1+"),
    ],
)
def test_the_answer_opens_with_a_capital_when_every_wrong_option_does(
    answer: str, wrong: list[str], shown: str
) -> None:
    for seed in range(5):
        options = pick_options(random.Random(seed), answer=answer, written=wrong, count=3)
        assert isinstance(options, Options)
        assert options.choices[options.right] == shown


@pytest.mark.parametrize(
    ("answer", "wrong", "raised"),
    [
        ("Saint-Cloud", ["Paris", "Varennes", "the Place de la Révolution"], "The Place"),
        ("Good Success Bay", ["Monte Video", "the Falkland Islands"], "The Falkland"),
        ("Tropic of Cancer", ["Arctic Circle", "equator"], "Equator"),
    ],
)
def test_a_wrong_option_alone_in_small_letters_is_raised_as_the_answer_would_be(
    answer: str, wrong: list[str], raised: str
) -> None:
    # Were only the answer raised, a small letter would say "wrong" on every card.
    for seed in range(5):
        options = pick_options(
            random.Random(seed), answer=answer, written=wrong, count=len(wrong) + 1
        )
        assert isinstance(options, Options)
        assert all(choice[0].isupper() for choice in options.choices)
        assert any(choice.startswith(raised) for choice in options.choices)


@pytest.mark.parametrize(
    "wrong",
    [
        ["Paris", "the Bastille", "the Place de la Révolution"],  # two in small letters
        ["Paris", "Versailles", "de Gaulle Airport"],  # a name's own small letter
    ],
)
def test_options_in_small_letters_beside_each_other_keep_them(wrong: list[str]) -> None:
    options = pick_options(random.Random(0), answer="Saint-Cloud", written=wrong, count=4)
    assert isinstance(options, Options)
    assert set(wrong) <= set(options.choices)
