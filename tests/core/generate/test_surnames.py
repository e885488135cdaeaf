"""Surnames read from names as decks write them: after a compound given name or a title."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.generate.surnames import surname_of


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Jean-Baptiste Carrier", "Carrier"),  # a compound given name, a common word after
        ("Anne-Marie Baker", "Baker"),
        ("Olympe Marshall", "Marshall"),  # a given name the lexicon lacks
        ("Manon Smith", "Smith"),
        ("Madame Roland", "Roland"),  # a title, then a man's given name: a surname
        ("Mrs Pankhurst", "Pankhurst"),
        ("Captain Cook", "Cook"),
        ("Marquis de Lafayette", "de Lafayette"),
        ("Queen Victoria", None),  # a ruler's name is no surname
        ("King George", None),
        ("Lady Jane", None),
        ("Emperor Napoleon", None),
        ("King Louis XVI", None),
        ("Saint Helena", None),
        ("York Minster", None),
        # A royal's names are given names: no surname to answer alone.
        ("Infanta Margaret Theresa", None),
        ("Empress Maria Theresa", None),
        ("Sir Edmund Hillary", "Hillary"),  # a knight's is
        # Ranks, a common word among them, and peerages are titles too.
        ("Major Robert Anderson", "Anderson"),
        ("Major General George Pickett", "Pickett"),
        ("Brigadier John Nicholson", "Nicholson"),
        ("Vice Admiral Horatio Nelson", "Nelson"),
        # A title after the name is none: any khan bore it.
        ("Genghis Khan", None),
        ("Kublai Khan", None),
        ("Enver Pasha", None),
        ("Aga Khan", None),
        # After a given name, "Khan" is a family's: "Khan" was refused for Imran Khan.
        ("Imran Khan", "Khan"),
        ("Abdul Qadeer Khan", "Khan"),
        # Given names of modern South Asian, Middle Eastern and African history; an
        # Arabic father's or family's name after one is the surname.
        ("Benazir Bhutto", "Bhutto"),
        ("Kwame Nkrumah", "Nkrumah"),
        ("Muhammad Ali", "Ali"),
        ("Saddam Hussein", "Hussein"),
        # A suffix only tells a son from his father: the surname is before it.
        ("Martin Luther King Jr.", "King"),
        ("Martin Luther King, Jr.", "King"),
        ("Oliver Wendell Holmes Sr.", "Holmes"),
        # Common English given names, and those as often surnames, open a name; a name
        # that ends with one of the latter still has it for its surname.
        ("Keith Campbell", "Campbell"),
        ("Melvin Calvin", "Calvin"),
        ("Marshall Nirenberg", "Nirenberg"),
        ("Linda Buck", "Buck"),
        ("George Marshall", "Marshall"),
        ("John Glenn", "Glenn"),
        ("Horatio Nelson", "Nelson"),
        ("Lloyd George", None),
    ],
)
def test_a_surname_after_a_compound_given_name_or_a_title(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


def test_a_surname_alone_is_accepted_unless_another_person_bears_it(make: type[Make]) -> None:
    people = {
        "carrier": ("Jean-Baptiste Carrier", "the representative who drowned prisoners"),
        "roland": ("Madame Roland", "the hostess of the Girondin salon"),
        "drouet": ("Jean-Baptiste Drouet", "the postmaster who knew the king"),
        "smith": ("Adam Smith", "the author of The Wealth of Nations"),
        "smith2": ("Jane Smith", "the author of a lesser book"),
    }
    facts = tuple(
        make.fact(key, who=who, role=role, line=20 + i)
        for i, (key, (who, role)) in enumerate(people.items())
    )
    template = make.template("who-role", prompt="Who was {role}?", answer="who")
    text = make.naming(*(who for who, _ in people.values()))
    cards = {
        card.id.rsplit(":", 1)[1]: card
        for card in make.cards(
            make.deck(make.excerpt("e", text, facts=facts), templates=(template,))
        )
    }
    assert "Carrier" in cards["carrier.who-role"].answer.alternatives
    assert "Roland" in cards["roland.who-role"].answer.alternatives
    assert "Smith" not in cards["smith.who-role"].answer.alternatives  # two Smiths


@pytest.mark.parametrize("name", ["Ibn Sina", "Ibn Rushd", "Abu Bakr"])
def test_a_name_opened_by_a_kinship_has_no_surname(name: str) -> None:
    # "Ibn Sina" is "son of Sina": "Sina" alone names his father.
    assert surname_of(name) is None


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Mao Zedong", "Mao"),
        ("Sun Yat-sen", "Sun"),
        ("Ho Chi Minh", "Ho"),
        ("Itō Hirobumi", "Itō"),
        ("Hirobumi Ito", "Ito"),
        ("Bruce Lee", "Lee"),
        ("Lee Kuan Yew", "Lee"),
        ("Kim Il-sung", "Kim"),
        # A Japanese family name by its macron, or as histories name the houses
        # ("Takamori" and "Tomomi", given names, were accepted alone).
        ("Saigō Takamori", "Saigō"),
        ("Ōkubo Toshimichi", "Ōkubo"),
        ("Iwakura Tomomi", "Iwakura"),
        ("Tokugawa Ieyasu", "Tokugawa"),
        ("Hideki Tōjō", "Tōjō"),  # written the English way round
        # Family names that are English given names too, before an English name.
        ("Lee Harvey Oswald", "Oswald"),
        ("Kim Philby", "Philby"),
    ],
)
def test_a_family_name_written_first(name: str, surname: str) -> None:
    # "Zedong" alone is a given name, no answer for Mao Zedong.
    assert surname_of(name) == surname


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("J. J. Thomson", "Thomson"),
        ("T. S. Eliot", "Eliot"),
        ("J. R. R. Tolkien", "Tolkien"),
        ("W. H. Auden", "Auden"),
        # A common word after initials is a firm or a thing; a given name may be a name.
        ("U. S. Steel", None),
        ("C. S. Lewis", None),
    ],
)
def test_a_surname_after_initials_alone(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Lindley LJ", "Lindley"),  # a judge's office after the name, never its surname
        ("Lord Denning MR", "Denning"),
        ("Lord Reed JSC", "Reed"),
        ("Isaac Newton FRS", "Newton"),
    ],
)
def test_letters_of_office_after_a_name_are_no_surname(name: str, surname: str) -> None:
    assert surname_of(name) == surname


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Husband E. Kimmel", "Kimmel"),  # "husband" is a common word: the initial says a name
        ("Harry S. Truman", "Truman"),
        ("Jemmy Button", None),  # no initial, and a common word: a nickname
    ],
)
def test_a_middle_initial_says_a_person(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Maria Theresa", None),  # a woman's two given names: no surname
        ("Marie Antoinette", None),
        ("Marie Curie", "Curie"),
        ("Gaius Marius", "Marius"),  # a man's may end in a name that is his surname
    ],
)
def test_a_womans_two_given_names_have_no_surname(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname
