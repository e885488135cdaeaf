"""A particle belongs to the surname after it: "Johann van Beethoven" is another person."""

from __future__ import annotations

import pytest

from trainer.core.answering.option_names import other_given_name


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
