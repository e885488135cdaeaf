"""Who did it, said after how it was done: a detail an answer to "How …?" may leave out.

Asked "How did Tiberius Gracchus die?", the answer "he was clubbed to death by
senators" says how, then by whom. A learner who types "clubbed to death" has answered
the question asked; "by senators" answers another ("Who killed him?"). So where the
question asks how, and the answer says how with a verb's participle before a closing
"by …", the words of that phrase may be left out. An agent typed in its place is still
judged ("clubbed to death by soldiers" is wrong), and an answer that is the "by" phrase
alone ("by an act of Parliament") keeps every word.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.irregular_verbs import PLAIN_FORMS

# "How" before these asks for an amount, not a manner: "How many …?", "How long …?".
_HOW_MUCH = frozenset(
    {"many", "much", "long", "far", "old", "big", "large", "often", "high", "tall", "fast"}
    | {"deep", "wide", "heavy", "soon", "late", "early", "quickly", "near"}
)


def asks_how_done(question_words: Sequence[str]) -> bool:
    """Whether a question (its folded words in order) asks how something was done:
    "How did he die?", not "How many died?"."""
    return (
        len(question_words) > 1
        and question_words[0] == "how"
        and question_words[1] not in _HOW_MUCH
    )


def agent_left_out(want: Sequence[str], index: int, question_words: Sequence[str]) -> bool:
    """True when folded `want[index]` is in the answer's closing "by …" phrase that
    follows a participle ("by senators" of "he was clubbed to death by senators"), and
    the question asks how it was done."""
    if not asks_how_done(question_words):
        return False
    by = _closing_by(want, question_words)
    return by is not None and index >= by


def _closing_by(want: Sequence[str], question_words: Sequence[str]) -> int | None:
    """Where the answer's last "by" stands, when a participle that says how comes before
    it (a past form in "-ed" or an irregular one: "clubbed", "beaten", "shot"), not one
    that says only what came of it ("killed by a falling tree": the tree is how), nor
    one the question gives ("How was slavery abolished?"); None otherwise."""
    if "by" not in want:
        return None
    by = len(want) - 1 - list(reversed(want)).index("by")
    if by == 0 or by == len(want) - 1:
        return None
    saying_how = [
        word
        for word in want[:by]
        if (word.endswith("ed") or word in PLAIN_FORMS)
        and word not in _ONLY_WHAT_CAME
        and word not in question_words
    ]
    return by if saying_how else None


# Participles that say what came of something, not how: "killed by a falling tree",
# "caused by a virus", "ended by a treaty". The phrase after them is the how.
_ONLY_WHAT_CAME = frozenset(
    {
        *("killed", "died", "caused", "done", "made", "ended", "finished", "brought"),
        *("destroyed", "defeated", "replaced", "followed", "removed", "overthrown"),
        *("affected", "achieved", "produced", "created", "formed", "started", "led"),
    }
)
