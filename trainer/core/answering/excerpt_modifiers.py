"""Words the excerpt always writes before the answer: "a radical journalist" for "journalist".

A word typed before an answer most often makes another one ("reverse osmosis" is no
osmosis), so grading refuses it. But when the card's own excerpt never names the answer
without that word ("Marat, a radical journalist, …"; "agreed to set up a German aviation
school at Lipetsk"), the learner who types it has only written out what the source says
of the same thing: "a radical journalist" and "a German aviation school" are right.

Where the excerpt names the answer once with the word and once without ("oxygen crosses
by diffusion, ions by facilitated diffusion"), the word may make the other thing, so it
is judged as any other word is. Only the words right before the answer count, each a
word of content: no article, conjunction, negation or hedge ("Germany and the Soviet
Union" is two answers, not a qualified one).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from rapidfuzz.distance import OSA

from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.answering.word_lists import (
    FUNCTION_WORDS,
    HEDGE_WORDS,
    NEGATORS,
)
from trainer.core.answering.word_match import RAREST_COUNT
from trainer.core.answering.word_runs import run_starts, without_opening_article
from trainer.core.answering.words import answer_words
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.lexicon import frequency

# At most this many words before the answer: a qualifier, not a clause.
_MOST_MODIFIERS = 3
# A word of this many letters or more may carry one slip ("radcal" for "radical").
_SHORTEST_SLIPPED = 5
_JOINING = frozenset({"and", "or", "nor", "but", "plus", "versus", "vs"})
# Determiners that say whose, opening a typed answer as an article would.
_POSSESSIVES = frozenset({"his", "her", "its", "their", "my", "our", "your"})


def qualified_as_the_excerpt_does(
    accepted: Sequence[str],
    typed: str,
    context: str,
    judge: Callable[[str, str], Verdict],
) -> Verdict | None:
    """The verdict on `typed` without the words the excerpt (`context`) writes before
    every mention of an accepted answer, when those words open `typed` and what is left
    is right; None otherwise."""
    if not context:
        return None
    got = without_opening_article(answer_words(typed))
    if got[:1] and got[0] in _POSSESSIVES:
        got = got[1:]  # "his mad wife Bertha": whose, as "the" says which
    if len(got) < 2:
        return None
    excerpt = answer_words(plain_text(context))  # its cloze deletions filled in
    for text in accepted:
        want = without_opening_article(answer_words(text))
        if not want:
            continue
        for extra in range(1, min(_MOST_MODIFIERS, len(got) - len(want)) + 1):
            modifiers = got[:extra]
            if not _modifier(modifiers[-1]):
                break
            written = _always_before(modifiers, want, excerpt)
            if written is None:
                continue
            verdict = judge(text, " ".join(got[extra:]))  # the answer, a slip of it …
            if verdict.correct:
                said = f"'{' '.join(modifiers)}' as the excerpt says it"
                slips = [
                    f"; typo in '{a}'" for a, b in zip(modifiers, written, strict=True) if a != b
                ]
                rules = [said, *slips, *([f"; {verdict.rule}"] if verdict.rule != "exact" else [])]
                outcome = Outcome.TYPO if slips else verdict.outcome
                return replace(verdict, outcome=outcome, rule="".join(rules))
    return None


def _modifier(word: str) -> bool:
    return not (
        word in FUNCTION_WORDS or word in _JOINING or word in NEGATORS or word in HEDGE_WORDS
    )


def _always_before(
    modifiers: Sequence[str], answer: Sequence[str], excerpt: Sequence[str]
) -> Sequence[str] | None:
    """The excerpt's words before `answer`, where it stands there at least once and
    every time right after `modifiers` (or a slip of them); None otherwise."""
    extra = len(modifiers)
    starts = run_starts(excerpt, answer)
    if not starts or not all(
        i >= extra and all(map(_same_or_slip, modifiers, excerpt[i - extra : i])) for i in starts
    ):
        return None
    return excerpt[starts[0] - extra : starts[0]]


def _same_or_slip(typed: str, written: str) -> bool:
    """The excerpt's word, or a slip of one edit in a word long enough to bear it that
    spells no other word ("radcal", not "radial")."""
    if typed == written:
        return True
    return (
        min(len(typed), len(written)) >= _SHORTEST_SLIPPED
        and frequency(typed) <= RAREST_COUNT
        and OSA.distance(typed, written, score_cutoff=1) <= 1
    )
