"""Tests of where automatic cloze parts a run of capitalised words, or keeps it one name
(`cloze_name_splits`)."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.generate.cloze_name_splits import lettered_in_name
from trainer.core.generate.cloze_words import tokens


def _names(text: str) -> list[str]:
    return [c.text for c in find_candidates(text) if c.kind is CandidateKind.NAME]


@pytest.mark.parametrize(
    ("text", "name", "pieces"),
    [
        (
            "Japan launched the Hakucho X-ray Astronomy Satellite from Uchinoura.",
            "Hakucho X-ray Astronomy Satellite",
            ("Hakucho", "Astronomy Satellite"),
        ),
        (
            "Raeder ran the Kriegsmarine U-boat Arm from Wilhelmshaven.",
            "Kriegsmarine U-boat Arm",
            ("Kriegsmarine", "Arm"),
        ),
        # A hyphenated capitalised word was a word of its name already.
        (
            "Antoine de Saint-Exupéry flew the Caudron Simoun to Benghazi.",
            "Antoine de Saint-Exupéry",
            ("Antoine",),
        ),
        ("The Spitfire used the Rolls-Royce Merlin engine.", "Rolls-Royce Merlin", ("Merlin",)),
    ],
)
def test_a_lettered_word_between_capitalised_words_is_a_word_of_the_name(
    text: str, name: str, pieces: tuple[str, ...]
) -> None:
    names = _names(text)
    assert name in names
    assert not set(pieces) & set(names), names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Before a word in small letters, or with no name before it, it is a plain word.
        ("She studied X-ray crystallography under Lawrence Bragg.", ["Lawrence Bragg"]),
        ("Turing broke the U-boat Enigma codes at Bletchley Park.", ["Enigma", "Bletchley Park"]),
        ("Doctors took an X-ray. Marie Curie drove X-ray vans in Paris.", ["Marie Curie", "Paris"]),
    ],
)
def test_a_lettered_word_elsewhere_is_no_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_lettered_word_joins_only_a_capitalised_word_right_after_it() -> None:
    words = tokens("Chandra X-ray Observatory and Chandra X-ray images")
    usable = [True] * len(words)
    at = [i for i, word in enumerate(words) if word.text == "X-ray"]
    assert lettered_in_name(words, at[0], usable)
    assert not lettered_in_name(words, at[1], usable)
    assert not lettered_in_name(words, at[0], [True, True, False, *usable[3:]])


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A place, then the thing done there: "signed in Caracas the Act of …".
        (
            "El Congreso firmó en Caracas el Acta de la Declaración de Independencia, la "
            "primera de la América española.",
            ["Caracas", "Acta de la Declaración de Independencia"],
        ),
        (
            "El rey firmó en Madrid el Tratado de Paz y Amistad con Francia.",
            ["Madrid", "Tratado de Paz y Amistad", "Francia"],
        ),
    ],
)
def test_an_article_after_a_place_opens_another_name(text: str, names: list[str]) -> None:
    found = _names(text)
    for name in names:
        assert name in found, found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # An epithet of one word, or a name after a given name, or "de la": one name.
        ("The laws of Alfonso el Sabio were written in Castilian.", "Alfonso el Sabio"),
        ("The Río de la Plata flows past Buenos Aires.", "Río de la Plata"),
        ("Johannes Diderik van der Waals won the prize.", "Johannes Diderik van der Waals"),
    ],
)
def test_an_article_inside_a_name_keeps_it_whole(text: str, name: str) -> None:
    assert name in _names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lenin issued his April Theses, demanding peace.", "April Theses"),
        ("In October the Tsar issued the October Manifesto.", "October Manifesto"),
        ("The July Days were put down by Kerensky.", "July Days"),
        ("Russia's February Revolution ended the monarchy.", "February Revolution"),
        ("Students began the May Fourth Movement in Beijing.", "May Fourth Movement"),
        ("Churchill wrote for the Sunday Times in London.", "Sunday Times"),
    ],
)
def test_a_month_after_an_article_or_possessive_opens_the_name_after_it(
    text: str, name: str
) -> None:
    names = _names(text)
    assert name in names, names
    rest = name.split(" ", 1)[1]
    assert rest not in names, names  # "his April [...]" asking for half a name


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A month that says when stays a time, and ends the name before it.
        ("In October Tsar Nicholas issued a decree.", ["Tsar Nicholas"]),
        ("That October Lenin returned to Petrograd.", ["Lenin", "Petrograd"]),
        ("By July Lenin had fled to Finland.", ["Lenin", "Finland"]),
        ("The March on Rome made Mussolini premier.", ["Rome", "Mussolini"]),
        ("It was the March 1918 treaty that Trotsky signed.", ["Trotsky"]),
    ],
)
def test_a_month_that_says_when_opens_no_name(text: str, names: list[str]) -> None:
    assert _names(text) == names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # A title before a full name kept "of" and what follows in one blank, so that
        # "Matthew Perry" and "Perry" were wrong for it.
        (
            "Commodore Matthew Perry of the United States Navy reached Edo Bay.",
            ["Commodore Matthew Perry", "United States Navy", "Edo Bay"],
        ),
        (
            "General George Marshall of the US Army planned it.",
            ["General George Marshall", "US Army"],
        ),
        # A title before one name is a style: "of Navarre" belongs to it.
        ("King Henry of Navarre became king.", ["King Henry of Navarre"]),
        (
            "Prince Albert of Saxe-Coburg married Victoria.",
            ["Prince Albert of Saxe-Coburg", "Victoria"],
        ),
    ],
)
def test_a_title_before_a_full_name_ends_it_before_of(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_a_plain_noun_opening_a_sentence_before_of_is_no_part_of_the_name() -> None:
    # "Samurai of Satsuma" was one blank, "[...] and Chōshū overthrew the last shogun".
    names = _names("Samurai of Satsuma and Chōshū overthrew the last shogun.")
    assert names == ["Satsuma", "Chōshū"]
    # A word that may be a name keeps the run whole.
    assert _names("Shogun of Japan Tokugawa Ieyasu ruled from Edo.")[0].startswith("Shogun")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A capital "A" in mid-sentence opens the title after it: it was left outside
        # the blank ("Woolf published A [...] in 1929").
        ("Virginia Woolf published A Room of One's Own in 1929.", "A Room of One's Own"),
        ("Dickens serialised A Tale of Two Cities in his magazine.", "A Tale of Two Cities"),
        ("Ibsen's play A Doll's House shocked Copenhagen.", "A Doll's House"),
    ],
)
def test_a_capital_a_in_mid_sentence_opens_the_title_after_it(text: str, name: str) -> None:
    names = _names(text)
    assert name in names, names
    assert name.split(" ", 1)[1] not in names, names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # At a sentence's start, "A" is any sentence's article.
        ("A Swiss engineer built it.", ["Swiss"]),
        # After a capitalised word, "A" is the name's letter already.
        ("Vitamin A deficiency causes night blindness.", ["Vitamin A"]),
    ],
)
def test_a_capital_a_elsewhere_opens_no_title(text: str, names: list[str]) -> None:
    assert _names(text) == names


def test_two_initials_after_a_year_are_a_name_s() -> None:
    # "In 1922 T. [...]" asked for "S. Eliot": an initial after a number was taken
    # for a unit's symbol ending a sentence.
    assert "T. S. Eliot" in _names("In 1922 T. S. Eliot published The Waste Land.")
    assert _names("In 1891 W. B. Yeats founded a society.")[0] == "W. B. Yeats"
    # A unit's symbol after a number still ends its sentence.
    assert _names("Water boils at 373 K. Some salts raise it.") == []


def test_an_elided_particle_keeps_the_name_whole() -> None:
    # "architect to [...] de' Medici" asked for "Duke Cosimo I": the apostrophe ended it.
    assert _names("Vasari became architect to Duke Cosimo I de' Medici in 1554.") == [
        "Duke Cosimo I de' Medici"
    ]
    assert "Lorenzo de’ Medici" in _names("In 1469 Lorenzo de’ Medici took power.")
