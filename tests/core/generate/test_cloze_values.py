"""Automatic cloze blanks a title a fact holds as a value whole or not at all
(`cloze_values`)."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Fact
from trainer.core.generate.cloze_values import name_values, title_values
from trainer.core.model import CardKind, DeckDefaults

WORKS = (
    "Claude Debussy built harmonies on the whole-tone scale in works such as Prelude to "
    "the Afternoon of a Faun. Edward Elgar wrote the Variations on an Original Theme in "
    "Malvern. Benjamin Britten set the Songs and Proverbs of William Blake in 1965."
)


def _clozes(make: type[Make], text: str, facts: tuple[Fact, ...]) -> list[str]:
    deck = make.deck(
        make.excerpt("x", text, facts=facts),
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=12),
    )
    return [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


def test_no_part_of_a_title_held_as_a_value_is_blanked(make: type[Make]) -> None:
    facts = (
        make.fact("debussy", work="Prelude to the Afternoon of a Faun", composer="Debussy"),
        make.fact("elgar", work="Variations on an Original Theme", composer="Elgar"),
    )
    without = _clozes(make, WORKS, ())
    # Without the facts, the title's capitals are names of their own.
    assert {"Prelude", "Afternoon"} & set(without) or {"Original Theme"} & set(without)
    answers = _clozes(make, WORKS, facts)
    for title in ("Prelude to the Afternoon of a Faun", "Variations on an Original Theme"):
        assert not [a for a in answers if a in title and a != title], answers
    # Names and years outside the titles are still asked.
    assert {"Claude Debussy", "Edward Elgar", "Malvern", "1965"} <= set(answers)


def test_no_part_of_a_title_that_and_joins_inside_is_blanked(make: type[Make]) -> None:
    title = "On the Principles of Political Economy and Taxation"
    text = f"David Ricardo set out the theory of comparative advantage in {title} (1817)."
    facts = (make.fact("ricardo", book=title, author="David Ricardo"),)
    assert "Taxation" in _clozes(make, text, ())
    assert not [a for a in _clozes(make, text, facts) if a in title and a != title]


@pytest.mark.parametrize(
    ("value", "title"),
    [
        ("Prelude to the Afternoon of a Faun", "Prelude to the Afternoon of a Faun"),
        ("The Marriage of Figaro", "Marriage of Figaro"),
        ("Wanderer above the Sea of Fog", "Wanderer above the Sea of Fog"),
        ("Impression, Sunrise", "Impression, Sunrise"),
        ("St Thomas in Leipzig", "St Thomas in Leipzig"),
        ("A Passage to India", "Passage to India"),
        # The sentence's article, written in small letters before the title.
        ("the Discourse on the Method", "Discourse on the Method"),
        ("an Essay on Man", "Essay on Man"),
        # "and" inside a title, beside another small word or between common words.
        (
            "On the Principles of Political Economy and Taxation",
            "On the Principles of Political Economy and Taxation",
        ),
        ("War and Peace", "War and Peace"),
        (
            "The General Theory of Employment, Interest and Money",
            "General Theory of Employment, Interest and Money",
        ),
        # Two names joined, a name of capitals alone, lower-case words: no title.
        ("Watson and Crick", None),
        ("Gilbert and Sullivan", None),
        ("Johann Sebastian Bach", None),
        ("The Birth", None),
        ("the islets of Langerhans", None),
        ("a riot at the premiere", None),
        ("1913", None),
    ],
)
def test_a_title_is_capitalised_words_about_a_small_word_or_a_comma(
    make: type[Make], value: str, title: str | None
) -> None:
    excerpt = make.excerpt("x", value, facts=(make.fact("f", work=value),))
    assert title_values(excerpt) == ([title] if title else [])


def test_a_title_blanked_whole_but_for_its_article_is_asked(make: type[Make]) -> None:
    text = "Sandro Botticelli painted the Birth of Venus in Florence around 1485."
    facts = (make.fact("venus", work="The Birth of Venus", painter="Sandro Botticelli"),)
    assert "Birth of Venus" in _clozes(make, text, facts)


@pytest.mark.parametrize(
    ("text", "value", "piece"),
    [
        # A month ends a run of capitals (but after an article or a possessive, see
        # test_cloze_name_splits), and a lettered word opening one is no name's: the fact
        # says where the name starts and ends.
        (
            "In 1919 students in Beijing began May Fourth Movement protests.",
            "May Fourth Movement",
            "Fourth Movement",
        ),
        (
            "In 1995 NASA launched the X-ray Timing Explorer from Cape Canaveral.",
            "the X-ray Timing Explorer",
            "Timing Explorer",
        ),
    ],
)
def test_no_piece_of_a_name_held_as_a_value_is_blanked(
    make: type[Make], text: str, value: str, piece: str
) -> None:
    assert piece in _clozes(make, text, ())
    answers = _clozes(make, text, (make.fact("f", name=value, year="1919"),))
    assert piece not in answers
    assert {"Beijing", "Cape Canaveral"} & set(answers)  # other names are still asked


@pytest.mark.parametrize(
    ("value", "name"),
    [
        ("the Chandra X-ray Observatory", "Chandra X-ray Observatory"),
        ("Olympus Mons", "Olympus Mons"),
        ("Apollo 11", "Apollo 11"),
        # A list, one word, words in small letters: no one name.
        ("Voyager 1 and Voyager 2", None),
        ("Grissom, White, Chaffee", None),
        ("Mars", None),
        ("has the tallest volcano", None),
    ],
)
def test_a_name_value_is_capitalised_words_and_numbers(
    make: type[Make], value: str, name: str | None
) -> None:
    excerpt = make.excerpt("x", value, facts=(make.fact("f", thing=value),))
    assert name_values(excerpt) == ([name] if name else [])


def test_no_part_of_a_title_after_an_article_in_small_letters_is_blanked(
    make: type[Make],
) -> None:
    text = "In 1637 René Descartes published the Discourse on the Method in Leiden."
    facts = (make.fact("discourse", work="the Discourse on the Method", author="Descartes"),)
    assert {"Discourse", "Method"} & set(_clozes(make, text, ()))
    answers = _clozes(make, text, facts)
    assert not [a for a in answers if a in "Discourse on the Method"], answers
    assert "Leiden" in answers
