"""Rivals: the other answers a template asks for, given to each of its cards as answers a
learner may not type beside its own, nor for it.

A template asks the same question of many facts ("Where was it agreed in March 1926 to
set up {school}?"), so its answers are things of one kind: Lipetsk, Kazan. A learner who
remembers both and not which is which may type both, "Lipetsk Kazan" or "Lipetsk,
Kazan": a hedge, though it says no "or". Grading cannot tell Kazan from a word that only
adds to the answer ("Lipetsk, near Voronezh") unless the card says that Kazan is another
answer of the deck. So each text card of a template gets the template's other answers
among its `Answer.confusables`, which grading never accepts typed for the answer nor
beside it (see answering/text_match.py).

A number is given its template's others too: typed for the answer, another
fact's value ("8611", K2's height, for Everest's 8849) is a confusion, not a near miss.

Only a few are kept per card: those of facts of the same excerpt first (the ones most
easily swapped), then those nearest in the deck. The pass reads the cards alone, so a
cold compile and an incremental one give the same rivals.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from trainer.core.answering.confusables import MAX_CONFUSABLES
from trainer.core.deck.card_ids import template_of
from trainer.core.generate.context import alias_key
from trainer.core.model import AnswerType, Card, CardKind, with_answer

# Rivals kept per card, beyond its confusables: a hedge names two things of a kind that
# the learner mixes up, which are nearly always near each other in the deck.
MAX_RIVALS = 6
# Candidates looked at per card: a template of thousands of facts costs no more per card.
_MAX_LOOKED_AT = 4 * MAX_RIVALS
# A value of more words is a phrase or a sentence, which nobody types beside an answer.
_MAX_WORDS = 5
# Answers a learner may mix up with the template's others: names and terms, and numbers
# too ("8611", K2's height, for Everest's 8849 is no near miss but a confusion). Not
# years: a deck's events crowd a few years, and a year off by one is a near miss.
_RIVAL_TYPES = frozenset({AnswerType.TEXT, AnswerType.NUMBER})


def attach_rivals(cards: list[Card]) -> None:
    """Add to the confusables of each text or number card made by a template (in
    place) the answers of the template's other cards, at most `MAX_RIVALS`, none the card
    accepts itself."""
    by_template: dict[str, list[int]] = defaultdict(list)
    for position, card in enumerate(cards):
        answer = card.answer
        if card.kind is CardKind.TEMPLATE and answer.type in _RIVAL_TYPES and not answer.parts:
            by_template[template_of(card.id)].append(position)
    for positions in by_template.values():
        if len(positions) < 2:
            continue
        answers = [cards[p].answer.text for p in positions]
        keys = [alias_key(text) for text in answers]
        # A value of no words or of too many is never a rival.
        words = [w if 0 < len(w := key.split()) <= _MAX_WORDS else None for key in keys]
        runs = _excerpt_runs([cards[p].excerpt_id for p in positions])
        for k, position in enumerate(positions):
            card = cards[position]
            answer = card.answer
            accepted = {keys[k], *map(alias_key, answer.alternatives)}
            known = set(answer.confusables)
            own_words = set(keys[k].split())
            rivals: list[str] = []
            for i in _candidates(k, runs[k], len(positions)):
                rival_words = words[i]
                if (
                    rival_words is None
                    or keys[i] in accepted
                    or answers[i] in known
                    # Typed beside the answer, its words would be the answer's own; or it
                    # holds the answer, and may name the same thing ("Vladimir Lenin").
                    or own_words.issuperset(rival_words)
                    or own_words.issubset(rival_words)
                ):
                    continue
                known.add(answers[i])
                rivals.append(answers[i])
                if len(rivals) == MAX_RIVALS:
                    break
            if rivals:
                merged = (*answer.confusables[:MAX_CONFUSABLES], *rivals)
                cards[position] = with_answer(card, confusables=merged)


def _excerpt_runs(excerpts: list[str]) -> list[tuple[int, int]]:
    """For each card of a template, the `[start, end)` run of the template's cards from
    its excerpt: a deck's cards come excerpt by excerpt."""
    runs: list[tuple[int, int]] = []
    start = 0
    for index in range(1, len(excerpts) + 1):
        if index == len(excerpts) or excerpts[index] != excerpts[start]:
            runs.extend([(start, index)] * (index - start))
            start = index
    return runs


def _candidates(k: int, run: tuple[int, int], count: int) -> Iterator[int]:
    """The other cards of the template in order of preference, by index: those of card
    `k`'s excerpt (`run`), then the others, each outward from it, nearest first; at most
    `_MAX_LOOKED_AT` of each. Lazily: a card's rivals are nearly always its nearest."""
    start, end = run
    yield from _outward(k - 1, k + 1, start, end)
    yield from _outward(start - 1, end, 0, count)


def _outward(before: int, after: int, low: int, high: int) -> Iterator[int]:
    """Indices from `before` down to `low` and from `after` up to `high` (excluded),
    alternately, at most `_MAX_LOOKED_AT`."""
    given = 0
    while given < _MAX_LOOKED_AT and (before >= low or after < high):
        if before >= low:
            yield before
            before -= 1
            given += 1
        if after < high and given < _MAX_LOOKED_AT:
            yield after
            after += 1
            given += 1
