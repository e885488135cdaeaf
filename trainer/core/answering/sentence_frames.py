"""Words that frame a typed answer as a sentence, claiming nothing beside it: "I think
Paris", "he became First Consul", a command's arguments ("ls -l")."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS

# A verb that says its subject came to be the answer, as "was" says it is: "He became
# First Consul".
BECOMING = frozenset({"become", "becomes", "became"})


# Verbs that, after "I" or "we", say how sure the learner is ("I think", "we believe").
_OPINION_VERBS = frozenset(
    {"think", "thought", "believe", "guess", "reckon", "suppose", "assume", "recall", "say"}
)


def says_an_opinion(got: Sequence[str], index: int) -> bool:
    """Whether the typed word at `index` is a verb of opinion after "I" or "we" (or "I
    would", "I'd")."""
    if index >= len(got) or got[index] not in _OPINION_VERBS:
        return False
    before = list(got[max(0, index - 2) : index])
    return before[-1:] in (["i"], ["we"]) or (
        before[:1] in (["i"], ["we"]) and before[1:] in (["would"], ["d"])
    )


def after_its_subject(
    got: Sequence[str], index: int, used: set[int], in_question: Callable[[str], bool]
) -> bool:
    """Whether the typed word at `index` opens the answer, after its subject if any: a
    pronoun or the question's own words ("he", "Napoleon"), the answer right after."""
    return index + 1 == min(used, default=-1) and all(
        got[k] in FUNCTION_WORDS or in_question(got[k]) for k in range(index)
    )


def arguments_of_a_command(
    got: Sequence[str], extras: list[int], used: set[int], in_question: Callable[[str], bool]
) -> bool:
    """Whether the extra words are arguments after a command the question asks for
    ("Which command lists the files …?": "ls -l"): all typed after the answer, none a
    word that offers another answer."""
    if not extras or not used or not any(map(in_question, _COMMAND_WORDS)):
        return False
    return min(extras) > max(used) and not any(got[j] in HEDGE_WORDS for j in extras)


_COMMAND_WORDS = ("command", "commands")
