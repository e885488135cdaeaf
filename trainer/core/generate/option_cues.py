"""A choice whose question shares a word with its answer alone: the word points to it.

"Which data structure turns each key into an array index with a hash function?" among
a queue, a min-heap, a linked list and a hash table: "hash" is in the question and in
one option only, the answer, so a learner who knows nothing picks it. Test writers call
it a clang association. The author is warned, to word the question apart or to give
options that share the word too ("hash set", "hash map").
"""

from __future__ import annotations

from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.answering.word_match import is_other_form
from trainer.core.generate.context import Diagnostics
from trainer.core.generate.option_rules import quick_fold
from trainer.core.model import AnswerType, Card, CardKind, Location

# A word this short says too little to point anywhere ("an", "use").
_SHORTEST_CUE = 4
# Two forms of one word share at least their first letters ("run", "ran" aside).
_SHARED_START = 2
_KIND_ASKERS = frozenset({"which", "what", "whose"})
_KIND_WORDS = 2


def report_option_cue(card: Card, folded_prompt: str, where: Location, report: Diagnostics) -> None:
    """Warn, at `where`, if `card` is a multiple choice whose question (`folded_prompt`,
    as `fold` gives it) shares a word with its answer and with none of its other options."""
    if card.kind is not CardKind.CHOICE or card.answer.type is not AnswerType.CHOICE:
        return
    cue = option_cue(folded_prompt, card.choices, card.answer.key[0])
    if cue is None:
        return
    report.warning(
        where,
        f"card '{card.id.rsplit(':', 1)[-1]}': only its answer "
        f"'{card.choices[card.answer.key[0]]}' shares '{cue}' with the question, so the "
        "word points to it: word the question apart, or give options that share it too",
    )


def option_cue(folded_prompt: str, choices: tuple[str, ...], answer: int) -> str | None:
    """The word of the folded prompt that the option at `answer` shares (as written, or in
    another form: "subtree" for "tree", "sorted" for "sort") and no other option does;
    None if there is none. The kind of thing asked for ("Which city …?") is left out."""
    answer_words = _content_words(quick_fold(choices[answer]).split())
    # Most prompts hold no word that starts as one of the answer's: ruled out at once.
    if not any(word[:_SHORTEST_CUE] in folded_prompt for word in answer_words):
        return None
    folded = folded_prompt.split()
    # Most prompts share no word with the answer: a word of another form starts as the
    # answer's does, and a compound holds it, which is cheap to rule out first.
    starts = {word[:_SHARED_START] for word in answer_words}
    near = [
        said
        for said in _content_words(folded)
        if said[:_SHARED_START] in starts or any(word in said for word in answer_words)
    ]
    if not near:
        return None
    kind = _kind_asked(folded)
    asked = [said for said in near if said not in kind]
    for word in answer_words:
        cued = [said for said in asked if _same_word(said, word)]
        if not cued:
            continue
        others = (
            _content_words(quick_fold(choice).split())
            for i, choice in enumerate(choices)
            if i != answer
        )
        if not any(_same_word(other, word) for words in others for other in words):
            return None if _every_option_echoes(folded, kind, choices, answer) else cued[0]
    return None


def _every_option_echoes(
    folded: list[str], kind: set[str], choices: tuple[str, ...], answer: int
) -> bool:
    """Whether every other option shares some word of its own with the question too
    ("True or false: …" among True and False): then none stands out by it."""
    said = [word for word in _content_words(folded) if word not in kind]
    for i, choice in enumerate(choices):
        if i == answer:
            continue
        words = _content_words(quick_fold(choice).split())
        if not any(_same_word(prompt_word, word) for word in words for prompt_word in said):
            return False
    return True


def _kind_asked(words: list[str]) -> set[str]:
    """The words naming the kind of thing asked for: up to two after "which", "what" or
    "whose" ("Which voting system …?": voting, system)."""
    kind: set[str] = set()
    for at, word in enumerate(words):
        # "a method in which all twelve pitch classes …" relates a clause and asks for no
        # kind; "In which city …?", opening the question, asks.
        if word in _KIND_ASKERS and not (at > 1 and words[at - 1] in _RELATING):
            kind.update(words[at + 1 : at + 1 + _KIND_WORDS])
    return kind


# Prepositions that make "which" or "what" relative: "in which", "of what".
_RELATING = frozenset(
    "in of by to from with for on at during through after before under into upon".split()  # noqa: SIM905
)


def _content_words(words: list[str]) -> list[str]:
    return [
        word
        for word in dict.fromkeys(words)
        if len(word) >= _SHORTEST_CUE and word.isalpha() and word not in FUNCTION_WORDS
    ]


def _same_word(said: str, word: str) -> bool:
    """One word, another form of it, or it as a compound's last part ("subtree")."""
    if said == word or said.endswith(word):
        return True
    # Another form starts as the word does ("sort", "sorted"; "sky", "skies").
    return said[:_SHARED_START] == word[:_SHARED_START] and (
        is_other_form(said, word) or is_other_form(word, said)
    )
