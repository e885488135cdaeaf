"""Who did it to whom, by the question's words: "Marat stabbed Corday" for "Who stabbed Marat?".

A typed answer may repeat words of the question around the answer ("Corday stabbed
Marat"); they add nothing, as long as they stand where the question puts them. The
question is read as a statement whose answer stands where its question word does ("Who
stabbed Marat?" is "<answer> stabbed Marat"; "Whom did Corday stab?" is "Corday stabbed
<answer>"), both in the active voice (see `relations.active_order`). A typed answer
that puts the answer on the other side of a relating word the question uses, and a word
of the question on the answer's side, has them swap roles: the reverse.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from trainer.core.answering.relations import active_order, past_stems, relates
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS

# Words that ask who or what; the answer stands in their place.
_QUESTION_WORDS = frozenset({"who", "whom", "which", "what", "whose"})
# Auxiliaries that turn a question on its object: "Whom did Corday stab?".
_DO = frozenset({"did", "does", "do"})
# A form of "be" after "by whom" asks in the passive: "By whom was Marat killed?".
_BE = frozenset({"was", "were", "is", "are"})
_ANSWER = "\0answer"


def question_roles_reversed(
    want: Sequence[str],
    got: Sequence[str],
    placed: Mapping[int, int],
    question: Sequence[str],
) -> tuple[str, str, str] | None:
    """A word of the answer and a word of the question that the typed answer sets on
    each other's side of a relating word the question uses, with that word; None when
    the typed answer keeps the question's roles or says none."""
    statement = _as_statement(question)
    if statement is None:
        return None
    order = active_order(got)
    typed = [got[k] for k in order]
    at = {old: new for new, old in enumerate(order)}
    answer_at = {at[j] for i, j in placed.items() if j in at and _says(want[i])}
    if not answer_at:
        return None
    answer_words = set(want)
    for r, verb in enumerate(typed):
        if not relates(verb) or typed.count(verb) > 1:
            continue
        asked = [k for k, word in enumerate(statement) if _same_verb(word, verb)]
        if len(asked) != 1:
            continue
        v = asked[0]
        answer_side = statement.index(_ANSWER) < v
        typed_sides = {k < r for k in answer_at}
        if len(typed_sides) != 1 or typed_sides == {answer_side}:
            continue
        for k, word in enumerate(statement):
            if (
                k == v
                or not _says(word)
                or word in answer_words
                or statement.count(word) > 1
                or typed.count(word) != 1
            ):
                continue
            if (k < v) != answer_side and (typed.index(word) < r) == answer_side:
                first = next(want[i] for i in sorted(placed) if _says(want[i]))
                return first, word, verb
    return None


def _says(word: str) -> bool:
    return (
        word not in FUNCTION_WORDS
        and word not in HEDGE_WORDS
        and word not in _QUESTION_WORDS
        and word != _ANSWER
    )


def _same_verb(asked: str, typed: str) -> bool:
    """Whether the question's word is the typed relating word, or the present of its
    past ("stab", "stabs" for "stabbed")."""
    if asked == typed:
        return True
    stems = past_stems(typed) if typed.endswith("ed") else ()
    return any(asked in (stem, stem + "s", stem + "es") for stem in stems)


def _as_statement(question: Sequence[str]) -> list[str] | None:
    """The question as a statement in the active voice, the answer in the place of its
    question word; None for a question without one."""
    start = next((k for k, word in enumerate(question) if word in _QUESTION_WORDS), None)
    if start is None:
        return None
    words = list(question)
    words[start] = _ANSWER
    if start > 0 and words[start - 1] == "by" and set(words[start + 1 : start + 2]) & _BE:
        # "By whom was Marat killed?": the answer did it, "<answer> killed Marat".
        rest = words[start + 2 :]
        verb = next((k for k, word in enumerate(rest) if relates(word)), None)
        if verb is None:
            return None
        return [_ANSWER, rest[verb], *rest[:verb], *rest[verb + 1 :]]
    do = next((k for k in range(start + 1, len(words)) if words[k] in _DO), None)
    if do is not None and not any(relates(w) for w in words[start + 1 : do]):
        # "Whom did Corday stab in his bath?": the answer is what the verb is done to.
        # Its verb is the first word after the doer that is a verb's present; without
        # a way to know it, the answer is set right after the word after the doer's
        # words, and only a relating word typed in its past is compared to it.
        subject_and_rest = words[do + 1 :]
        for k, word in enumerate(subject_and_rest):
            if k and word not in FUNCTION_WORDS and _is_present(word):
                return [
                    *subject_and_rest[:k],
                    word,
                    _ANSWER,
                    *subject_and_rest[k + 1 :],
                ]
        return None
    return [words[k] for k in active_order(words)]


def _is_present(word: str) -> bool:
    """Whether the word is the present of a verb whose past relates ("stab" of
    "stabbed", "invade" of "invaded")."""
    return any(relates(past) for past in (word + "ed", word + "d", word + word[-1:] + "ed"))
