"""Tests for trainer.core.lexicon: real words, common words, British spellings, given names."""

from __future__ import annotations

import contextlib
import subprocess
import sys
from collections.abc import Iterator, Mapping

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core import lexicon
from trainer.core.lexicon import (
    SortedWordCounts,
    american_spelling,
    could_be_name,
    frequency,
    is_common_word,
    is_given_name,
    is_known_word,
    same_word,
)


@pytest.mark.parametrize("word", ["Prussian", "russians", "effect", "Mitosis", "treaty"])
def test_real_words_are_known_in_any_case(word: str) -> None:
    assert is_known_word(word)


@pytest.mark.parametrize("word", ["Lipetks", "Kazna", "Hilter", "Comintren", "recieve"])
def test_misspellings_are_not_words(word: str) -> None:
    assert not is_known_word(word)


@pytest.mark.parametrize("word", ["the", "Earth", "moon", "city", "school"])
def test_everyday_words_are_common(word: str) -> None:
    assert is_common_word(word)


@pytest.mark.parametrize("word", ["treaty", "Comintern", "Rheinmetall", "Lipetsk"])
def test_rarer_words_and_names_are_not_common(word: str) -> None:
    assert not is_common_word(word)


def test_frequencies_rank_words() -> None:
    assert frequency("the") > frequency("treaty") > frequency("comintern") > 0
    assert frequency("Rheinmetall") == 0


@pytest.mark.parametrize(
    ("british", "american"),
    [
        ("colour", "color"),
        ("Colours", "colors"),
        ("honourable", "honorable"),
        ("organise", "organize"),
        ("organisation", "organization"),
        ("centre", "center"),
        ("centred", "centered"),
        ("travelled", "traveled"),
        ("tranquillity", "tranquility"),
        ("marvellous", "marvelous"),
        ("woollen", "woolen"),
        ("grey", "gray"),
        ("catalogue", "catalog"),
        ("defence", "defense"),
        ("analyse", "analyze"),
        ("anaemia", "anemia"),
        ("programme", "program"),
    ],
)
def test_british_spellings_are_read_as_their_american_forms(british: str, american: str) -> None:
    assert american_spelling(british) == american
    assert same_word(british, american)
    assert is_known_word(british)
    assert frequency(british) >= frequency(american) > 0


@pytest.mark.parametrize(
    "word",
    [
        *("four", "tour", "hour", "flour", "timbre", "filled", "tilled", "shoe", "fence"),
        *("swollen", "pollen", "callous", "rebellious"),
    ],
)
def test_words_that_merely_look_british_are_left_alone(word: str) -> None:
    assert american_spelling(word) == word


def test_a_british_spelling_is_as_common_as_the_word() -> None:
    assert is_common_word("colour") and is_common_word("color")
    assert not same_word("colour", "valour")


@pytest.mark.parametrize(
    "word",
    [
        *("Thomas", "yuri", "Marie", "Valentina", "Phillip", "Theodor", "Lise", "Jürgen"),
        # Of the people arts and history decks name, beyond English ones.
        *("Lorenzo", "Bedřich", "Béla", "Hernán", "Gioachino", "Honoré", "Stanisław"),
    ],
)
def test_given_names(word: str) -> None:
    assert is_given_name(word)


@pytest.mark.parametrize("word", ["York", "Bell", "Minster", "Gagarin", "Button"])
def test_other_words_are_not_given_names(word: str) -> None:
    assert not is_given_name(word)


def test_a_name_word_is_a_given_name_or_rarer_than_one() -> None:
    assert could_be_name("Thomas") and could_be_name("Gagarin") and could_be_name("II")
    assert not could_be_name("Sound") and not could_be_name("Island")


WORDS = st.text(
    alphabet=st.characters(exclude_categories=["Cs"]) | st.sampled_from("aeiouœé'- \0"),
    max_size=12,
)


@settings(max_examples=60, deadline=None)
@given(
    table=st.dictionaries(WORDS, st.integers(0, 2**40), max_size=40),
    asked=st.lists(WORDS | st.just("\ud800"), max_size=20),
)
def test_sorted_word_counts_answer_as_the_table_they_were_made_from(
    table: dict[str, int], asked: list[str]
) -> None:
    counts = SortedWordCounts.of(table)
    # A table whose words come in sorted order, as the package's list does, too.
    assert counts.parts() == SortedWordCounts.of(dict(sorted(table.items()))).parts()
    again = SortedWordCounts(*counts.parts())
    for word in [*table, *asked]:
        assert again.get(word, 0) == table.get(word, 0)
        assert (word in again) is (word in table)
        if word not in table:
            with pytest.raises(KeyError):
                again[word]
    assert len(again) == len(table) and list(again) == sorted(table)
    assert list(again.descending()) == sorted(table.values(), reverse=True)


def test_sorted_word_counts_refuse_parts_that_do_not_fit() -> None:
    words, starts, counts, ranked = SortedWordCounts.of({"the": 3, "kazan": 1}).parts()
    for parts in (
        (words + "x", starts, counts, ranked),
        (words, starts[:-8], counts, ranked),
        (words, starts, counts + counts, ranked),
        (words, starts, counts, ranked[:8]),
    ):
        with pytest.raises(ValueError):
            SortedWordCounts(*parts)


def test_the_lexicon_answers_alike_from_sorted_word_counts() -> None:
    words = ["the", "Colour", "colour", "grey", "travelled", "Kuibyshev", "earth", "union", "xq"]

    def answers() -> list[object]:
        return [
            (frequency(w), is_known_word(w), is_common_word(w), could_be_name(w)) for w in words
        ]

    expected = answers()
    with _lexicon_using(SortedWordCounts.of(lexicon.parsed_word_list())):
        assert answers() == expected


@contextlib.contextmanager
def _lexicon_using(table: Mapping[str, int]) -> Iterator[None]:
    """The lexicon with `table` as its word list, its caches emptied before and after."""
    caches = (
        lexicon._frequencies,
        lexicon._counts_descending,
        lexicon._common_threshold,
        lexicon._count,
        lexicon._listed,
        frequency,
        american_spelling,
    )
    saved = lexicon._given_table
    for cached in caches:
        cached.cache_clear()
    lexicon._given_table = table
    try:
        yield
    finally:
        lexicon._given_table = saved
        for cached in caches:
            cached.cache_clear()


@pytest.mark.parametrize(
    "word", ["Ed", "Gus", "Bill", "Bob", "Chuck", "Pete", "Al", "Ted", "Misha"]
)
def test_familiar_forms_of_given_names_are_given_names(word: str) -> None:
    assert is_given_name(word)


def test_every_familiar_form_shortens_a_listed_given_name() -> None:
    from trainer.core.name_forms import FAMILIAR_FORMS

    assert all(is_given_name(formal) for formal in FAMILIAR_FORMS)
    assert all(
        form.isalpha() and form.islower() for forms in FAMILIAR_FORMS.values() for form in forms
    )


def test_importing_the_compiler_and_the_grader_reads_no_word_list() -> None:
    # The engine hands the word list over from its cache (`use_word_list`) before the first
    # word is looked up; a module that looked one up when imported would parse the list
    # again in every process (60 ms and 27 MiB), whatever the cache holds.
    script = (
        "import pkgutil, importlib, trainer.core\n"
        "for module in pkgutil.walk_packages(trainer.core.__path__, 'trainer.core.'):\n"
        "    importlib.import_module(module.name)\n"
        "from trainer.core.lexicon import word_list_in_use\n"
        "print(word_list_in_use())\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "False"
