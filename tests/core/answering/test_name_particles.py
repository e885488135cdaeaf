"""A particle belongs to the surname after it: "Johann van Beethoven" is another person."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.option_names import other_given_name
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("typed", "option", "form", "other"),
    [
        ("Johann van Beethoven", "Ludwig van Beethoven", "Beethoven", "johann"),
        ("Theo van Gogh", "Vincent van Gogh", "Gogh", "theo"),
        ("Alexander von Humboldt", "Wilhelm von Humboldt", "Humboldt", "alexander"),
        ("Abdullah ibn Sina", "Abu Ali ibn Sina", "Sina", "abdullah"),
        ("van Beethoven", "Ludwig van Beethoven", "Beethoven", None),
        ("Jean de La Fontaine", "Jean de La Fontaine", "Fontaine", None),
        ("José Ortega y Gasset", "José Ortega y Gasset", "Gasset", None),
        ("Pablo Ortega y Gasset", "José Ortega y Gasset", "Gasset", "pablo"),
        # A capital letter alone is an initial, never a particle: "D" is not Edward's.
        ("D Smith", "Edward Smith", "Smith", "d"),
        ("E Smith", "Edward Smith", "Smith", None),
    ],
)
def test_a_particle_belongs_to_the_surname(
    typed: str, option: str, form: str, other: str | None
) -> None:
    assert other_given_name(typed, option, form, 0.25) == other


@pytest.mark.parametrize(
    ("expected", "surname", "typed"),
    [
        ("Claude Shannon", "Shannon", "Del Shannon"),
        ("Dennis Ritchie", "Ritchie", "Del Ritchie"),
        ("Jim Morrison", "Morrison", "Van Morrison"),
    ],
)
def test_a_particle_in_the_given_names_place_is_no_extra_word(
    expected: str, surname: str, typed: str
) -> None:
    # The surname alone is right, and a particle is often typed before one; but where
    # the answer writes a given name, a particle there names someone else.
    assert graded(expected, surname, "Who wrote the paper?", surname) is Outcome.EXACT
    assert graded(expected, typed, "Who wrote the paper?", surname) not in (
        Outcome.EXACT,
        Outcome.TYPO,
    )


def test_a_particle_of_the_surname_itself_is_kept() -> None:
    assert graded("Ludwig van Beethoven", "van Beethoven", "Who?", "van Beethoven") is Outcome.EXACT
    assert graded("Charles de Gaulle", "De Gaulle", "Who?", "de Gaulle") is Outcome.EXACT
