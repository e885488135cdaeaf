"""A question that names its own answer: a rare word of the answer, or another form of it,
in the prompt ("Who is the man Tess kills in *Tess of the d'Urbervilles*?" → Alec
d'Urberville; "Where did he serve as ambassador in Moscow?" → Moscow), or in a true/false
statement outside the value swapped ("The flight to Varennes took place in Varennes").

An answer that describes ("bleed France white", "it blamed Germany for the war") is left
alone: a name it shares with the question is what the question is about, and the claim
asked for is in its other words.

Only rare words count, as names and terms are (rarer than the 20,000 most frequent
English words, as automatic cloze's terms are): a common word of the answer repeated by
the question is most often the kind of thing asked for ("Which chapel's ceiling…?" →
the Sistine Chapel; "Which bay…?" → Matavai Bay), and gives nothing away.
"""

from __future__ import annotations

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS
from trainer.core.answering.word_match import is_other_form
from trainer.core.answering.words import answer_words
from trainer.core.lexicon import is_common_word

# As automatic cloze's terms (cloze_candidates.TERM_RANK): rarer than this many words.
_RARE_RANK = 20_000
_MIN_LENGTH = 4
_PUNCTUATION = "\"'‘’“”()[],.;:!?"
_GRAMMAR = FUNCTION_WORDS | HEDGE_WORDS
_DESCRIBING_WORDS = 2


def word_given_away(prompt: str, answer: str) -> str | None:
    """The word of `answer`, as written there, that `prompt` names, itself or in another
    form; None when the prompt names none of its rare words."""
    # Most prompts share no four letters running with any long word of their answer:
    # those are passed over before either is read as grading reads words.
    if _describes(answer):
        return None
    lowered = prompt.casefold()
    if not any(
        token[:_MIN_LENGTH] in lowered
        for token in (raw.strip(_PUNCTUATION) for raw in answer.casefold().split())
        if len(token) >= _MIN_LENGTH
    ):
        return None
    rare = [
        word
        for word in answer_words(answer)
        if len(word) >= _MIN_LENGTH and word.isalpha() and not is_common_word(word, _RARE_RANK)
    ]
    if not rare:
        return None
    folded_prompt = fold(prompt)
    # Most prompts hold none of the answer's rare words at all: only those that hold the
    # beginning of one are read word by word.
    rare = [word for word in rare if word[:_MIN_LENGTH] in folded_prompt]
    if not rare:
        return None
    asked = set(answer_words(prompt))
    for word in rare:
        if word in asked or any(is_other_form(word, other) for other in asked):
            return next((token for token in answer.split() if word in fold(token)), word)
    return None


def _describes(answer: str) -> bool:
    """Whether `answer` says something in lower-case words that are not grammar: two or
    more ("bleed France white"), or one that a name is "of" ("the bombing of Guernica",
    "the siege of Stalingrad": the name is what the event happened to). Not a name
    ("the Krupp works", "Alec d'Urberville", "the Master of Zürich")."""
    described = 0
    tokens = [token.strip(_PUNCTUATION) for token in answer.split()]
    for position, word in enumerate(tokens):
        # A name's particle elided before it: d'Urberville, l'Ouverture.
        bare = word.split("'", 1)[1] if word[1:2] == "'" else word
        if bare[:1].islower() and bare.isalpha() and fold(word) not in _GRAMMAR:
            if tokens[position + 1 : position + 2] == ["of"]:
                return True
            described += 1
    return described >= _DESCRIBING_WORDS


def giveaway_message(prompt: str, answer: str, word: str) -> str:
    """The end of a warning that the prompt names the answer's `word`."""
    return f"its prompt '{prompt}' names '{word}' of its answer '{answer}', giving it away"
