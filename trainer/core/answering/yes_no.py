"""A yes-or-no answer typed with its reason or its verb: "No, they do not" is "No".

A learner answers "Do noble gases react?" as they would aloud: "No, they do not", "no
they don't", "yes, it does". Word by word, the "not" of the restatement reads as a
negation the answer lacks, and a right answer was refused. An answer of "yes" or "no"
alone is judged by the typed answer's first word, whatever reason follows it ("No,
it is inert"), unless the other answer follows too. A short reply without "yes" or
"no" says one all the same: "she did not", "it isn't", "never", "not any more" say no;
"she did", "they are" say yes.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.symbol_case import ASKS_FOR_SYMBOL
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.words import answer_words

_ANSWERS = {"yes": "no", "no": "yes"}
# The words a short reply is made of: who, the question's verb, and a negation.
_PRONOUNS = frozenset({"i", "we", "you", "he", "she", "it", "they", "there", "that", "this"})
_AUXILIARIES = frozenset(
    {
        *("do", "does", "did", "is", "are", "was", "were", "am", "be", "been"),
        *("has", "have", "had", "can", "could", "will", "would", "shall", "should"),
        *("may", "might", "must"),
    }
)
_NEGATIONS = frozenset({"not", "never", "no", "cannot", "nope", "nah"})
_AFFIRMATIONS = frozenset(
    {"yeah", "yep", "indeed", "certainly", "definitely", "absolutely", "sure", "course"}
)
_NEGATION_ENDS = frozenset({"longer", "more", "anymore", "any", "ever", "still"})


def yes_no_match(
    expected: str, typed: str, asked: Callable[[str], bool] = lambda word: False
) -> TextMatch | None:
    """How `typed` answers the yes-or-no `expected`; None when `expected` is no bare
    yes or no, or `typed` opens with neither and is no short reply (whose words may be
    the question's, `asked`: "she did not survive")."""
    wanted = fold(expected).strip(" .!")
    symbol_asked = expected.strip().isupper() and any(map(asked, ASKS_FOR_SYMBOL))
    if wanted not in _ANSWERS or symbol_asked:
        return None  # "NO" asked for a formula is nitric oxide, not a reply
    words = answer_words(typed)
    if words and words[0] not in _ANSWERS and (said := _short_reply(words, asked)) is not None:
        if said != wanted:
            return TextMatch(False, False, f"'{' '.join(words)}' says {said}", 0.0, decisive=True)
        return TextMatch(True, False, f"'{' '.join(words)}' says {wanted}", 1.0)
    if not words or words[0] not in _ANSWERS:
        return None
    if words[0] != wanted:
        return TextMatch(False, False, f"'{words[0]}' for '{wanted}'", 0.0, decisive=True)
    if _ANSWERS[wanted] in words[1:]:  # "no, yes": both said
        return TextMatch(False, False, f"both '{wanted}' and its contrary", 0.0, decisive=True)
    restated = _short_reply(words[1:], asked) if len(words) > 1 else None
    if restated is not None and restated != wanted:
        # "yes, it is not stable": the restatement says the contrary of its first word.
        rule = f"'{words[0]}', then '{' '.join(words[1:])}': both '{wanted}' and its contrary"
        return TextMatch(False, False, rule, 0.0, decisive=True)
    return TextMatch(True, False, f"'{wanted}', said again in full", 1.0)


def is_yes_or_no(expected: str) -> bool:
    """Whether `expected` is a bare "yes" or "no", whose restatements `yes_no_match` judges
    whole (a "not" in one is no denial of something else beside the answer)."""
    return fold(expected).strip(" .!") in _ANSWERS


def _short_reply(words: Sequence[str], asked: Callable[[str], bool]) -> str | None:
    """ "no" or "yes" for a reply of a pronoun, a verb, a negation and the question's own
    words only ("she did not", "it isn't", "never", "she did not survive"; "she did",
    "they are", "of course"); None for any other text, which is judged by its words."""
    if not all(w in _REPLY_WORDS or asked(w) or _negated(w, asked) for w in words):
        return None
    negations = sum(word in _NEGATIONS or _negated(word, asked) for word in words)
    if negations == 1:
        return "no"
    if negations == 0 and any(w in _AUXILIARIES or w in _AFFIRMATIONS for w in words):
        return "yes"
    return None


def _negated(word: str, asked: Callable[[str], bool]) -> bool:
    """A word of the question with a prefix that negates it: "unstable" asked "stable?"."""
    return any(
        word.startswith(prefix)
        and len(word) - len(prefix) >= _MIN_STEM
        and asked(word[len(prefix) :])
        for prefix in _NEGATING_PREFIXES
    )


_NEGATING_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis")
_MIN_STEM = 3


# "of" only as in "of course".
_REPLY_WORDS = _PRONOUNS | _AUXILIARIES | _NEGATIONS | _NEGATION_ENDS | _AFFIRMATIONS | {"of"}
