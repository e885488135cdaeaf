"""A name with an epithet or a title's "X the Y" is one name to automatic cloze."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_candidates import find_candidates


def _names(text: str) -> set[str]:
    return {candidate.text for candidate in find_candidates(text)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hardy stopped writing novels after Jude the Obscure in 1895.", "Jude the Obscure"),
        ("Fans still read Ivan the Terrible histories.", "Ivan the Terrible"),
        ("In 871 Alfred the Great became king of Wessex.", "Alfred the Great"),
        ("Later Catherine the Great ruled Russia.", "Catherine the Great"),
        ("Jack the Ripper was never caught.", "Jack the Ripper"),
        ("In 1066 William the Conqueror landed at Pevensey.", "William the Conqueror"),
        ("The tsar Peter the Great founded a city.", "Peter the Great"),
    ],
)
def test_a_name_the_epithet_is_one_name(text: str, name: str) -> None:
    names = _names(text)
    assert name in names
    first, _, epithet = name.split(" ")
    assert first not in names and epithet not in names


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # Whom a thing is given, and the thing.
        ("The treaty cost Germany the Saar and gave Britain the Mandate.", {"Saar", "Mandate"}),
        ("Stalin gave Zhukov the Order of Lenin in 1945.", {"Zhukov", "Order of Lenin"}),
        # A thing's name after an article, and a people.
        ("In the Reichstag the Communists voted against them.", {"Reichstag"}),
        ("Darwin showed FitzRoy the Andes from the deck.", {"FitzRoy", "Andes"}),
        # A noun for one thing of its kind is no epithet, even after a given name.
        ("After Charles the Crown passed to his brother James.", {"Charles", "Crown"}),
        ("Before Gagarin the Moon seemed out of reach.", {"Gagarin"}),
        ("Within weeks of Sputnik the Earth had a second satellite.", {"Sputnik"}),
    ],
)
def test_two_names_with_the_between_stay_apart(text: str, apart: set[str]) -> None:
    names = _names(text)
    assert apart <= names
    assert not any(" the " in name for name in names)
