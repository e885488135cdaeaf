"""Whether a question's opening words ask who: read alike by generation and by grading."""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.word_lists import (
    FOREIGN_WHO_WORDS,
    PERSONAL_TITLES,
    PREPOSITIONS_BEFORE_WHO,
)

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


# "Which president …?", "What scientist …?": a person asked for by what they were.
ASKING_WHICH = frozenset({"which", "what"})
PERSON_NOUNS = PERSONAL_TITLES | {
    *("person", "man", "woman", "leader", "ruler", "monarch", "minister", "dictator"),
    *("statesman", "politician", "scientist", "physicist", "chemist", "biologist"),
    *("mathematician", "astronomer", "philosopher", "writer", "author", "novelist"),
    *("poet", "playwright", "painter", "artist", "sculptor", "composer", "explorer"),
    *("astronaut", "cosmonaut", "inventor", "engineer", "architect", "pharaoh"),
    *("sultan", "saint", "prophet", "emperors", "kings", "presidents", "generals"),
    # Words that say a sex, as `sex_words` reads them: "Which goddess …?", "Which hero …?"
    *("god", "goddess", "deity", "hero", "heroine", "actor", "actress", "priest"),
    *("priestess", "prophetess", "nun", "monk"),
    # People named by whom they stand to: "Which opponent of Caesar …?", "Which of his
    # brothers …?" is none, but "Which brother …?" is.
    *("opponent", "rival", "enemy", "enemies", "ally", "allies", "assassin"),
    *("conspirator", "founder", "heir", "successor", "predecessor", "pupil", "disciple"),
    *("brother", "sister", "son", "daughter", "father", "mother", "wife", "husband"),
    *("wives", "tribune", "soldier", "teacher", "student"),
    # Callings a history asks by: "Which pilot was shot down …?"
    *("pilot", "spy", "ambassador", "journalist", "historian", "economist", "physician"),
    *("surgeon", "doctor", "nurse", "lawyer", "commander", "officer", "missionary"),
}


def person_noun(word: str) -> bool:
    """A folded noun for a person, singular or plural ("poet", "poets"; not "philosophies")."""
    return word in PERSON_NOUNS or (word.endswith("s") and word[:-1] in PERSON_NOUNS)


# Words between "Which" and its noun for a person: "Which two poets …?", "Which young poet …?"
COUNTING_WORDS = frozenset({"two", "three", "four", "five", "both", "2", "3", "4", "5"})
DESCRIBING_WORDS = frozenset(
    {"first", "last", "young", "old", "famous", "great", "future", "later"}
)


def asks_which_person(words: Sequence[str], written: Sequence[str] = ()) -> bool:
    """Whether folded opening `words` ask for a person by what they were: "Which pilot
    …?", "What scientist …?", "Which two poets …?", "Which young poet …?"; with the words
    as `written`, also past a capitalised people's or place's word ("Which Japanese
    admiral …?")."""
    if len(words) < 2 or words[0] not in ASKING_WHICH:
        return False
    if person_noun(words[1]):
        return True
    described = words[1] in DESCRIBING_WORDS or (len(written) > 1 and written[1][:1].isupper())
    before_noun = words[1] in COUNTING_WORDS or described
    return len(words) > 2 and before_noun and person_noun(words[2])
