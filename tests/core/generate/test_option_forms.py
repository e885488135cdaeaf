"""Tests of options whose form would single out the answer (`option_forms`)."""

from __future__ import annotations

import random

import pytest

from trainer.core.generate.distractors import Options, pick_options
from trainer.core.generate.option_forms import (
    hedges_alike,
    prepositions_alike,
    share_the_answers_form,
    wrong_hedges_alike,
)


def _options(answer: str, drawn: list[str], count: int = 4) -> Options:
    picked = pick_options(random.Random(1), answer=answer, drawn=(drawn,), count=count)
    assert isinstance(picked, Options)
    return picked


def test_the_answer_is_not_the_only_plural_when_another_is_left() -> None:
    # "lungs" among "stomach", "skin" and "liver" is answered by grammar alone.
    picked = _options("lungs", ["stomach", "skin", "liver", "kidneys", "heart"])
    assert "kidneys" in picked.choices
    picked = _options("heart", ["lungs", "kidneys", "intestines", "liver"])
    assert "liver" in picked.choices


def test_the_answer_is_not_the_only_one_without_the_shared_noun() -> None:
    # "pancreas" among three glands is the odd one out.
    drawn = ["pituitary gland", "adrenal glands", "pineal gland", "thymus", "thyroid gland"]
    picked = _options("pancreas", drawn)
    assert "thymus" in picked.choices


def test_options_stay_as_drawn_when_no_candidate_shares_the_answers_form() -> None:
    wrong = ["pituitary gland", "adrenal gland", "pineal gland"]
    share_the_answers_form("pancreas", wrong, ["thyroid gland"])
    assert wrong == ["pituitary gland", "adrenal gland", "pineal gland"]
    # Alike already: nothing to change.
    wrong = ["liver", "lungs", "stomach"]
    share_the_answers_form("kidneys", wrong, ["skin"])
    assert wrong == ["liver", "lungs", "stomach"]


def test_a_word_of_approximation_only_the_answer_shows_is_left_out() -> None:
    assert hedges_alike("about 2,300 km", ["2,850 km", "6,400 km"]) == "2,300 km"
    assert hedges_alike("about 2,300 km", ["about 2,850 km", "6,400 km"]) == "about 2,300 km"
    assert hedges_alike("c. 1450", ["c. 1380", "1500"]) == "c. 1450"
    assert hedges_alike("about", ["near", "far"]) == "about"
    assert hedges_alike("c B", ["A", "D"]) == "c B"  # a word, no circa
    picked = _options("about 2,300 km", ["2,850 km", "6,400 km", "3,730 km"])
    assert "2,300 km" in picked.choices and picked.choices[picked.right] == "2,300 km"


def test_an_exact_answer_is_not_the_only_option_without_a_word_of_approximation() -> None:
    hedged = ["about 2,000 people", "about 28,000 people", "about 36,000 people"]
    assert wrong_hedges_alike("57 people", hedged) == [
        "2,000 people",
        "28,000 people",
        "36,000 people",
    ]
    # Another exact value beside the answer, or an answer that is no bare amount, leaves
    # the options as written: none stands out by its word.
    mixed = ["about 10 million", "26 million", "about 37 million"]
    assert wrong_hedges_alike("5.5 million", mixed) == mixed
    assert wrong_hedges_alike("Between 500 and 600 miles", ["About 5000 miles"]) == [
        "About 5000 miles"
    ]
    assert wrong_hedges_alike("57", ["about", "c B"]) == ["about", "c B"]
    picked = _options("57 people", hedged)
    assert set(picked.choices) == {"57 people", "2,000 people", "28,000 people", "36,000 people"}


def test_the_answer_is_not_the_only_country_among_towns() -> None:
    # "Where did Germany launch the invasion that began the war in Europe?" (Poland)
    # among Stalingrad, Pearl Harbor and San Francisco is answered by kind alone.
    drawn = ["Stalingrad", "Pearl Harbor", "San Francisco", "Sarajevo", "France"]
    picked = _options("Poland", drawn)
    assert "France" in picked.choices
    picked = _options("the Soviet Union", ["Verdun", "Ypres", "Somme", "Prussia"])
    assert "Prussia" in picked.choices
    picked = _options("Africa", ["Cairo", "Lagos", "Nairobi", "Asia"])
    assert "Asia" in picked.choices


def test_a_country_among_countries_or_non_places_stays_as_drawn() -> None:
    wrong = ["Germany", "Stalingrad", "Pearl Harbor"]
    share_the_answers_form("Poland", wrong, ["France"])
    assert wrong == ["Germany", "Stalingrad", "Pearl Harbor"]
    # Options that read as no place (lower-case words): the kind is not judged.
    wrong = ["roast chicken", "goose", "duck"]
    share_the_answers_form("Turkey", wrong, ["Greece"])
    assert wrong == ["roast chicken", "goose", "duck"]
    # No country left: as drawn (`trainer check` warns).
    wrong = ["Stalingrad", "Pearl Harbor", "San Francisco"]
    share_the_answers_form("Poland", wrong, ["Sarajevo"])
    assert wrong == ["Stalingrad", "Pearl Harbor", "San Francisco"]


def test_the_answer_is_not_the_only_year_of_its_era_when_another_is_left() -> None:
    # "AD 9" among three years before Christ is picked by its era alone, and so is
    # "43 BC" among years of ours.
    picked = _options("AD 9", ["31 BC", "44 BC", "202 BC", "AD 312", "AD 378"])
    assert "AD 312" in picked.choices
    assert "202 BC" not in picked.choices
    picked = _options("43 BC", ["AD 14", "AD 68", "AD 180", "323 BC", "399 BC"])
    assert "323 BC" in picked.choices
    picked = _options("480 BCE", ["1066", "1215", "1492", "44 B.C."])
    assert "44 B.C." in picked.choices


def test_years_of_both_eras_or_of_one_stay_as_drawn() -> None:
    wrong = ["31 BC", "AD 14", "44 BC"]
    share_the_answers_form("AD 9", wrong, ["AD 312"])
    assert wrong == ["31 BC", "AD 14", "44 BC"]
    wrong = ["1066", "1215", "1492"]
    share_the_answers_form("1346", wrong, ["44 BC"])
    assert wrong == ["1066", "1215", "1492"]
    # No year of the answer's era is left: the options stay as drawn.
    wrong = ["31 BC", "44 BC", "202 BC"]
    share_the_answers_form("AD 9", wrong, ["216 BC"])
    assert wrong == ["31 BC", "44 BC", "202 BC"]


@pytest.mark.parametrize(
    ("answer", "wrong", "shown"),
    [
        # Only the answer opened with a preposition: its form gave it away.
        ("In the liver", ["Brain", "Stomach", "Large intestine"], "the liver"),
        ("at sea", ["the harbour", "the dock"], "sea"),
        # A title keeps its words, and so does an answer among options alike.
        ("On the Road", ["Howl", "Naked Lunch"], "On the Road"),
        ("In Cold Blood", ["Dracula", "Emma"], "In Cold Blood"),
        ("In the liver", ["In the brain", "In the heart"], "In the liver"),
    ],
)
def test_a_preposition_only_the_answer_opens_with_is_not_shown(
    answer: str, wrong: list[str], shown: str
) -> None:
    assert prepositions_alike(answer, wrong) == shown


def test_the_options_drawn_beside_a_place_with_its_preposition_read_alike() -> None:
    shown = _options("In the liver", ["Brain", "Stomach", "Large intestine"])
    assert not any(option.casefold().startswith("in ") for option in shown.choices)
