"""Tests of how automatic cloze reads text: tokens, sentence starts and related word forms."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.generate.cloze_words import _capitalised, related_words, tokens


def test_tokens_know_case_possessives_and_sentence_starts() -> None:
    words = tokens("Krupp's men left. Dr. Watson and James D. Watson met in 1926.")
    by_text = {t.text: t for t in words}
    assert by_text["Krupp"].possessive and by_text["Krupp"].end == 5
    assert by_text["left"].sentence_start is False
    assert by_text["Dr"].sentence_start is True
    assert [t.sentence_start for t in words if t.text == "Watson"] == [False, False]
    assert by_text["D"].capitalised and by_text["1926"].number


@pytest.mark.parametrize(
    ("text", "numbers"),
    [
        ("Apollo 1: the fire", ["1"]),
        (
            "At 9:30 on 1/4 in the 1920s, a T-34 cost 50,000 or 3.5 or 50%.",
            ["50,000", "3.5", "50%"],
        ),
    ],
)
def test_numbers_stand_alone(text: str, numbers: list[str]) -> None:
    assert [t.text for t in tokens(text) if t.number] == numbers


def test_lettered_shapes_are_not_capitalised_words() -> None:
    words = {t.text: t for t in tokens("an X-shaped pattern near Juno I and R-7")}
    assert not words["X-shaped"].capitalised
    assert words["I"].capitalised and words["R-7"].capitalised


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Russia", "Russians"),
        ("Germany", "German"),
        ("China", "Chinese"),
        ("Soviet", "Soviets"),
        ("Canada", "Canadian"),
        ("wheat", "Wheat"),
        ("Lenin", "Leninist"),
        ("Sweden", "Swedish"),
        ("Norway", "Norwegians"),
        ("Germany", "Germans"),
        # A long shared stem, whatever the endings.
        ("penicillin", "Penicillium"),
        ("Portugal", "Portuguese"),
        # A compound of a less common word and a familiar one.
        ("cow", "cowpox"),
        # ... with the familiar word before it.
        ("port", "seaport"),
        ("craft", "aircraft"),
        # A place and its people's word, spelt from another stem.
        ("Britain", "British"),
        ("France", "French"),
        ("Frenchmen", "France"),
        ("Spain", "Spaniards"),
        ("Holland", "Dutch"),
        ("Switzerland", "Swiss"),
        ("Greece", "Greek"),
        # Two forms of a verb in -y: past and plural.
        ("Allied", "Allies"),
        ("studied", "studies"),
        # A Latin or Greek name's ending gives way to a suffix made from the name,
        # however short the stem (five letters, four).
        ("Olympus", "Olympians"),
        ("Pontus", "Pontic"),
        ("Cyprus", "Cyprian"),
        ("Uranus", "Uranian"),
        ("Thebes", "Theban"),
        # A letter or two of a word made from a name or a word.
        ("Iraq", "Iraqi"),
        ("Hamburg", "Hamburger"),
        ("nation", "national"),
        ("Paris", "Parisian"),
    ],
)
def test_forms_of_one_word_are_related(first: str, second: str) -> None:
    assert related_words(first, second)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Russia", "Prussia"),
        ("Iran", "Iraq"),
        ("Kazan", "Kazakhstan"),
        ("Sun", "Sunday"),
        ("MacLeod", "Maclyn"),
        ("Johnson", "Johnston"),
        ("Austria", "Australia"),
        ("car", "carpet"),  # a very common word runs into unrelated ones
        ("port", "portmanteau"),  # 'manteau' is no familiar English word
        ("ton", "cotton"),  # a word of three letters ends too many others
        ("light", "daylight"),  # as a very common word does
        ("Christian", "Christmas"),
        ("France", "Spanish"),
        ("Dutch", "Danish"),
        ("Britain", "Brittany"),
        # A common word a letter or two longer, with no usual ending, is another word.
        ("Mars", "marsh"),
        ("Paris", "parish"),
        ("Hera", "herald"),
        # A name's ending before a suffix that makes no word of a name.
        ("Uranus", "uranium"),
        ("Rome", "romance"),
    ],
)
def test_different_words_are_not_related(first: str, second: str) -> None:
    assert not related_words(first, second)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="AXaxé-–'’ .0123", max_size=30))
def test_a_word_is_capitalised_as_the_plain_rule_says(text: str) -> None:
    # tokens() tries the lettered shape's regex only after a hyphen second: as `_capitalised`,
    # which always tries it, says.
    for token in tokens(text):
        if not token.number and len(token.text) > 1:
            assert token.capitalised == _capitalised(token.text), token
