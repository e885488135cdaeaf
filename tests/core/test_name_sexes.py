"""What a person's name says of their sex: a title or a given name, never a lone name."""

from __future__ import annotations

import pytest

from trainer.core.name_sexes import Sex, other_sexes, sex_asked, sex_of


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Valentina Tereshkova", Sex.FEMALE),
        ("Marie Curie", Sex.FEMALE),
        ("Kate Sheppard", Sex.FEMALE),  # a familiar form of a woman's name
        ("Queen Victoria", Sex.FEMALE),
        ("Mother Teresa", Sex.FEMALE),
        ("Alan Shepard", Sex.MALE),
        ("Yuri Gagarin", Sex.MALE),
        ("Ed White", Sex.MALE),
        ("Sir Isaac Newton", Sex.MALE),
        ("King George", Sex.MALE),
        ("Laika", None),  # a lone name says nothing
        ("Lenin", None),
        ("Jean Monnet", None),  # a man's name in French, a woman's in English
        ("Andrea Doria", None),
        ("Sasha Black", None),  # the familiar form of Alexander and of Alexandra
        ("Kennedy Space Center", None),
    ],
)
def test_a_names_first_word_says_its_sex_or_nothing(name: str, sex: Sex | None) -> None:
    assert sex_of(name) is sex


def test_names_of_unknown_sex_are_never_of_other_sexes() -> None:
    assert other_sexes("Valentina Tereshkova", "John Glenn")
    assert not other_sexes("Valentina Tereshkova", "Svetlana Savitskaya")
    assert not other_sexes("Valentina Tereshkova", "Laika")
    assert not other_sexes("Jean Monnet", "Robert Schuman")


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        ("Who became the first woman in space?", Sex.FEMALE),
        ("Which queen opened the exhibition?", Sex.FEMALE),
        ("Who lost his seat in 1932?", Sex.MALE),
        ("Which king signed it?", Sex.MALE),
        ("Who flew Vostok 6?", None),
        ("Who met her brother in Paris?", None),  # both: nothing to go by
    ],
)
def test_a_question_may_say_the_sex_of_the_person_it_asks_for(prompt: str, sex: Sex | None) -> None:
    assert sex_asked(prompt) is sex
