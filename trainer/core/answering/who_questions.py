"""Whether a question's opening words ask who: read alike by generation and by grading."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.word_lists import FOREIGN_WHO_WORDS, PREPOSITIONS_BEFORE_WHO

# The words that open an English question asking for a person.
WHO_WORDS = frozenset({"who", "whom", "whose"})


def opens_asking_who(words: Sequence[str], question: bool) -> bool:
    """Whether folded opening `words` ask who: "who", "whom" or "whose"; or, in a
    `question` only (its prompt ends in "?"), the word for it in the deck's other
    languages, alone or after a preposition ("¿Quién …?", "¿A quién …?", "Mit wem …?"),
    so that "Chi-squared tests compare …" asks for nobody."""
    if not words:
        return False
    if words[0] in WHO_WORDS:
        return True
    return question and (
        words[0] in FOREIGN_WHO_WORDS
        or (
            words[0] in PREPOSITIONS_BEFORE_WHO and len(words) > 1 and words[1] in FOREIGN_WHO_WORDS
        )
    )
