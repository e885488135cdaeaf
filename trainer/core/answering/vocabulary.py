"""What grading knows of an answer's words beyond their letters: terms, formulas, words read."""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.core.answering.name_titles import surname_halves
from trainer.core.answering.symbol_case import written_as_formula
from trainer.core.answering.words import answer_words, capitalized_words
from trainer.core.records import record


@record
class Vocabulary:
    """What grading knows of the answer's words beyond their letters."""

    # The answer's words written in lower case: terms, not names (see `match_word`).
    terms: frozenset[str] = frozenset()
    # Words the card and its deck use elsewhere (the question, other answers): a typed
    # word among them is that word, never a typo of another.
    used: frozenset[str] = frozenset()
    # The first half of a double-barrelled surname ("berners" of "Berners-Lee").
    surname_halves: frozenset[str] = frozenset()
    # The answer's words written as chemical formulas ("nacl" of "NaCl"): a letter more
    # or less writes another substance ("NaClO", "NaCN"), never a slip.
    formulas: frozenset[str] = frozenset()
    # The answer's words written in capitals ("nand" of "NAND", "dna" of "DNA"): a letter
    # more or less writes another acronym ("AND", "XOR" for "XNOR"), never a slip.
    acronyms: frozenset[str] = frozenset()
    # The answer's hyphenated words, by their parts (("half", "life") of "half-life"):
    # one word, given by a question only whole ("Which Soviet-German treaty?"), never by
    # one that happens to use a part ("half of the nuclei").
    compounds: frozenset[tuple[str, ...]] = frozenset()

    @property
    def names_kept(self) -> frozenset[str]:
        """Words never left out as a middle name: half a surname, and a word the answer
        writes in lower case ("est" of "elle est allée" is no name)."""
        return self.surname_halves | self.terms


def vocabulary_of(
    expected: str,
    question_words: Iterable[str],
    confusables: Iterable[str],
    siblings: Iterable[str],
) -> Vocabulary:
    """The answer's words it writes in lower case or as formulas, and the words the card's
    question and the deck's other answers use, which a typed word is taken to mean."""
    own = answer_words(expected)
    capitals = capitalized_words(expected)
    question = frozenset(question_words)
    used = {w for text in (*confusables, *siblings) for w in answer_words(text)}
    used.update(question)
    formulas = (
        word
        for written in expected.split()
        if written_as_formula(written.strip(".,;:()"), question)
        for word in answer_words(written)
    )
    return Vocabulary(
        terms=frozenset(w for w in own if w.isalpha() and w not in capitals),
        used=frozenset(w for w in used if w.isalpha()) - frozenset(own),
        surname_halves=surname_halves(expected),
        formulas=frozenset(formulas),
        compounds=frozenset(
            answer_words(written) for written in expected.split() if "-" in written.strip("-")
        ),
        acronyms=frozenset(
            answer_words(written)[0]
            for written in expected.split()
            if _ACRONYM.fullmatch(written.strip(".,;:()!?'\""))
        ),
    )


# A word in capitals: two letters or more, none in small letters ("NAND", "DNA", "XNOR").
_ACRONYM = re.compile(r"[A-Z]{2,8}")
