"""Words of an answer its question gives, which may be left out: "lake" of "Which lake …?"."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.asked_question import Question
from trainer.core.answering.asked_synonyms import named_by_question
from trainer.core.answering.name_titles import place_kind_named
from trainer.core.answering.vocabulary import Vocabulary
from trainer.core.answering.word_lists import FUNCTION_WORDS


def given_by_question(
    want: Sequence[str], index: int, question: Question, vocabulary: Vocabulary
) -> bool:
    """The question has the word, or names the kind of place it is ("lake" for "Which
    lake…?"); but not the head noun of a term, written in lower case, that the question
    asks the name of ("number" of "the atomic number", asked "What is the number of
    protons called?"; a name, "George Eliot", is no term), unless a hyphened modifier
    names it ("cost-push inflation")."""
    if (
        want[index] in vocabulary.terms
        and _asks_for_a_name(question)
        and _head_noun(want, index)
        # A hyphened modifier names the kind on its own: "cost-push" of "cost-push
        # inflation", where "atomic" of "atomic number" does not.
        and not any(parts[-1] == want[index - 1] for parts in vocabulary.compounds)
    ):
        return False
    if any(
        want[index] in parts and not all(map(question.has, parts)) for parts in vocabulary.compounds
    ):
        return False  # "half" of "half-life", asked about "half of the nuclei"
    if want[index] in _ACCIDENTALS and index and want[index - 1] in _NOTE_LETTERS:
        return False  # the "flat" of "B flat major", asked "Which key has two flats?"
    # "olympics", asked "Which Games …?"
    return named_by_question(want[index], question.has) or place_kind_named(
        want, index, question.words
    )


_NAMING_WORDS = frozenset({"called", "termed", "named", "term", "name"})  # then a term, whole
# A note's accidental is part of its name: "B major" is another key than "B flat major".
_ACCIDENTALS = frozenset({"flat", "sharp", "natural"})
_NOTE_LETTERS = frozenset("abcdefg")


def _asks_for_a_name(question: Question) -> bool:
    return not question.words.isdisjoint(_NAMING_WORDS)


def _head_noun(want: Sequence[str], index: int) -> bool:
    """The last word of a term of several words ("number" of "atomic number")."""
    content = [k for k, w in enumerate(want) if w not in FUNCTION_WORDS or w == want[index]]
    return len(content) > 1 and index == content[-1]
