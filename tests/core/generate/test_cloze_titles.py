"""Tests of what automatic cloze takes for a title or emphasis, and so never blanks."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_titles import off_limits
from trainer.core.generate.cloze_words import tokens


def _closed(text: str) -> list[str]:
    return [text[a:b] for a, b in off_limits(text, tokens(text))]


@pytest.mark.parametrize(
    ("text", "titles"),
    [
        ("Schrödinger's What Is Life? moved Crick.", ["What Is Life?"]),
        ("What Is Life? moved Crick.", ["What Is Life?"]),
        ("Darwin wrote On the Origin of Species in 1859.", ["On the Origin of Species"]),
        ("He read The Times and Pravda.", ["The Times"]),
        ("the book “The Double Helix” sold", ["“The Double Helix”"]),
        ('the book "What Mad Pursuit" sold', ['"What Mad Pursuit"']),
        ("the book *The Double Helix* and _kolkhoz_ life", ["*The Double Helix*", "_kolkhoz_"]),
    ],
)
def test_titles_and_emphasis_are_off_limits(text: str, titles: list[str]) -> None:
    assert _closed(text) == titles


@pytest.mark.parametrize(
    "text",
    [
        "The Soviets and Germany signed. In March the Treaty of Rapallo held.",
        "He said “we shall see” in 1926.",
        "Lenin and I left for the First World War.",
    ],
)
def test_names_sentence_starts_and_plain_quotations_are_not_titles(text: str) -> None:
    assert _closed(text) == []


@pytest.mark.parametrize(
    ("text", "title"),
    [
        ("Jane Austen published Pride and Prejudice in 1813.", "Pride and Prejudice"),
        ("In the 1860s Tolstoy wrote War and Peace in Moscow.", "War and Peace"),
        ("Vermeer painted Girl with a Pearl Earring in 1665.", "Girl with a Pearl Earring"),
        ("In 1813 came Jane Austen's Pride and Prejudice.", "Pride and Prejudice"),
        # Whose it is, opening a sentence.
        ("Sartre wrote much. His Being and Nothingness appeared.", "Being and Nothingness"),
        # Joined by "to" after whose work it is, of any word of the language.
        ("The finale sets Schiller's Ode to Joy to music.", "Ode to Joy"),
        ("Keats wrote his Ode to a Nightingale in 1819.", "Ode to a Nightingale"),
        ("He read Paul's Letter to the Romans aloud.", "Letter to the Romans"),
        # Two names joined by "and" after a verb of making a work: its title, which
        # gave "Shakespeare wrote [...] and Juliet".
        ("In 1595 Shakespeare wrote Romeo and Juliet in London.", "Romeo and Juliet"),
        ("Botticelli painted Venus and Mars for the Vespucci.", "Venus and Mars"),
        ("Purcell composed Dido and Aeneas for a school.", "Dido and Aeneas"),
    ],
)
def test_a_title_in_plain_title_case_is_off_limits(text: str, title: str) -> None:
    assert title in _closed(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1939 Britain and France declared war on Germany.",
        "In 1943 the Red Army and the Soviet Navy fought at Leningrad.",
        "Soldiers at the Battle of the Somme wrote home.",
        "In 1813 the pride and prejudice of Darcy amused Elizabeth.",
        # "to" joins a title only after whose it is, and never two names.
        "In 1806 Napoleon sent the Army to Berlin.",
        "In 1871 Bismarck's Germany and Austria were allies.",
        "In 1940 Hitler's Germany to the east was strong.",
        # Names that do something themselves, or after another verb.
        "In 1848 Marx and Engels wrote the Manifesto.",
        "In 1919 the treaty gave Alsace and Lorraine to France.",
    ],
)
def test_names_joined_by_and_or_of_are_no_title(text: str) -> None:
    assert _closed(text) == []


@pytest.mark.parametrize(
    ("text", "closed"),
    [
        # A court case is one name: no side of it is blanked.
        ("In Obergefell v. Hodges, decided in 2015, Kennedy wrote.", "Obergefell v. Hodges"),
        (
            "Brown v. Board of Education of Topeka ended it.",
            "Brown v. Board of Education of Topeka",
        ),
        ("It overruled Dobbs v Jackson Women's Health.", "Dobbs v Jackson Women's Health"),
        # A work's number in a catalogue or a series, with the name before it.
        ("Madison defended it in Federalist No. 47.", "Federalist No. 47"),
        ("His Waltz in D-flat major, Op. 64 No. 1, is short.", "Op. 64 No. 1"),
        ("The Brandenburg Concertos, BWV 1046 to 1051, call for a", "BWV 1046 to 1051"),
        ("Beethoven's Symphony No. 5 in C minor opens", "Symphony No. 5"),
        ("Haydn's Hob. I:94 and Mozart's K. 551 end it.", "K. 551"),
        ("Schubert's D. 944 is great.", "D. 944"),
    ],
)
def test_a_case_and_a_works_number_are_off_limits(text: str, closed: str) -> None:
    assert any(closed in span for span in _closed(text)), _closed(text)


@pytest.mark.parametrize(
    "text",
    [
        "In 1915 it had 40 ships. No more came.",
        "The grid square D 4 held very few guns in 1916.",
        "It was worth 5 versus 7 in the vote.",
        # The "D." of an era is no Schubert catalogue's: "A.D. 79" is a year.
        "Vesuvius erupted in A.D. 79 and again in A.D. 472.",
        # A marker written against a number is no designation: a formula.
        "Potassium dichromate, K2Cr2O7, is orange, and SO2 and NO2 are gases.",
    ],
)
def test_numbers_and_words_near_no_designation_stay_open(text: str) -> None:
    assert _closed(text) == []
