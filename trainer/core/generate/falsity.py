"""False means false: a swapped statement must not be true by another fact or by an excerpt."""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence

from trainer.core.authored import Fact, TemplateKind
from trainer.core.deck.cloze_markers import plain_text
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.option_rules import (
    SIGN_TOKENS,
    core_words,
    folded_words,
    quick_fold,
    signed_fold,
    signed_fold_once,
)
from trainer.core.generate.phrase_places import phrase_starts, sentence_words
from trainer.core.generate.placeholders import Pattern, PlaceholderError, parse_pattern
from trainer.core.records import record

_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+")


class Falsity:
    """Tells whether a swapped value would make a template's statement true after all.

    It would when another fact holds the swapped value together with every other value
    the statement shows (such a fact has every field of the statement, so the template
    matches it), when the swapped statement reads exactly as another fact's true
    statement, or when one sentence of an excerpt names the swapped value together with
    all those other values, and nearer them than the true value.
    """

    def __init__(self, index: DeckIndex) -> None:
        self._index = index
        self._known: dict[str, _Known] = {}
        self._sentences: dict[int, list[str]] = {}
        self._named_words: set[str] | None = None
        self._bitmaps: dict[str, int] | None = None
        # While a list, every search of the excerpts' texts is added to it: the words
        # sought and the positions of the excerpts found (see `generate.steps`).
        self.reads: list[tuple[frozenset[str], tuple[int, ...]]] | None = None

    def holds(
        self,
        key: str,
        pattern: Pattern,
        facts: Sequence[Fact],
        fact: Fact,
        field_name: str,
        value: str,
    ) -> bool:
        """True when `fact`'s statement with `value` in `field_name` is true all the same.

        `key` names the template whose `pattern` and `facts` (every fact holding all the
        fields its statement shows) these are.
        """
        known = self._known.get(key)
        if known is None:
            known = _Known(
                frozenset(_signature(pattern, other.values) for other in facts),
                frozenset(signed_fold_once(pattern.render(other.values)) for other in facts),
            )
            self._known[key] = known
        swapped = {**fact.values, field_name: value}
        if _signature(pattern, swapped) in known.signatures:
            return True
        if signed_fold_once(pattern.render(swapped)) in known.renderings:
            return True
        others = [fact.values[name] for name in pattern.fields if name != field_name]
        return self._stated(value, fact.values[field_name], others)

    def _stated(self, value: str, true_value: str, others: list[str]) -> bool:
        """True when a sentence of an excerpt names `value` with every one of `others`,
        and names it at least as near them as the true value, or side by side with it
        as items of one list (if it names the true value at all).

        "An aviation school at Lipetsk … and a tank school at Kazan" does not state an
        aviation school at Kazan; "Lenin and Trotsky travelled from Switzerland" states
        that Trotsky travelled from Switzerland.
        """
        needle = core_words(value).split()
        if not needle:
            return False
        wanted = [core.split() for other in others if (core := core_words(other))]
        truth = core_words(true_value).split()
        # Excerpts are found by their words; a sign is sought in their sentences.
        sought = {*needle, *(w for o in wanted for w in o)} - SIGN_TOKENS
        for sentence in self._sentences_naming(sought):
            gap = _farthest_gap(sentence, needle, wanted)
            if gap is None:
                continue
            true_gap = _farthest_gap(sentence, truth, wanted)
            if true_gap is None or gap <= true_gap or _listed_together(sentence, needle, truth):
                return True
        return False

    def _sentences_naming(self, words: set[str]) -> list[str]:
        """The folded sentences of the excerpts whose text holds every one of `words`."""
        positions = self.excerpts_naming(words)
        if self.reads is not None:
            self.reads.append((frozenset(words), positions))
        return [sentence for i in positions for sentence in self._sentences_of(i)]

    def excerpts_naming(self, words: Iterable[str]) -> tuple[int, ...]:
        """The positions of the excerpts whose text holds every one of `words` (as far as
        statements can name them), in deck order."""
        # The excerpts holding a word are a bitmap: a name recurs in a fixed share of a
        # course's excerpts, so intersecting sets would cost more with every chapter,
        # while ANDing bitmaps costs next to nothing.
        found = -1
        for word in words:
            found &= self._bitmap(word)
        if found == -1:
            return ()
        positions: list[int] = []
        while found:
            lowest = found & -found
            positions.append(lowest.bit_length() - 1)
            found ^= lowest
        return tuple(positions)

    def _bitmap(self, word: str) -> int:
        """The excerpts whose text holds `word`, as the bits of an int."""
        if self._bitmaps is None:
            self._bitmaps = self._excerpt_bitmaps()
        return self._bitmaps.get(word, 0)

    def _excerpt_bitmaps(self) -> dict[str, int]:
        """For each word that true/false statements can name (a word of their templates'
        values), the excerpts whose text holds it, as the bits of an int.

        Positions are gathered in arrays and each made a bitmap at once: kept as sets of
        ints until generation ends, they took 17 MB at 100,000 cards, the bitmaps 1.
        """
        postings: dict[str, array[int]] = defaultdict(lambda: array("L"))
        for i in range(len(self._index.deck.excerpts)):
            for word in self.words_named_at(i):
                postings[word].append(i)
        bitmaps: dict[str, int] = {}
        for word, positions in postings.items():
            mask = bytearray(positions[-1] // 8 + 1)  # positions come in ascending order
            for position in positions:
                mask[position >> 3] |= 1 << (position & 7)
            bitmaps[word] = int.from_bytes(mask, "little")
        return bitmaps

    def words_named_at(self, position: int) -> set[str]:
        """The words of the excerpt at `position` that statements can name: an excerpt
        is found by `excerpts_naming` when these hold every word sought."""
        if self._named_words is None:
            self._named_words = self._statement_words()
        text = plain_text(self._index.deck.excerpts[position].text)
        return self._named_words.intersection(folded_words(text))

    def _sentences_of(self, position: int) -> list[str]:
        sentences = self._sentences.get(position)
        if sentences is None:
            # Kept as folded text: a list of words would hold ten times the memory.
            text = plain_text(self._index.deck.excerpts[position].text)
            sentences = [signed_fold_once(sentence) for sentence in _SENTENCE_END.split(text)]
            self._sentences[position] = sentences
        return sentences

    def _statement_words(self) -> set[str]:
        names = {
            name
            for template in self._index.deck.templates
            if template.kind is TemplateKind.TRUE_FALSE
            for name in _fields_of(template.statement)
        }
        return {
            word
            for fact in self._index.facts_by_id.values()
            for name in names & fact.values.keys()
            for word in quick_fold(fact.values[name]).split()
        }


def _fields_of(statement: str) -> tuple[str, ...]:
    """The fields a statement names; none for one that cannot be read, which the
    template's own check reports as an error."""
    try:
        return parse_pattern(statement).fields
    except PlaceholderError:
        return ()


@record
class _Known:
    """What a template's facts state: their values, and their statements, folded."""

    signatures: frozenset[tuple[str, ...]]
    renderings: frozenset[str]


def _signature(pattern: Pattern, values: Mapping[str, str]) -> tuple[str, ...]:
    # Signed: "Sodium forms ions of charge 1−" is no statement of "… 1+".
    return tuple(signed_fold(values[name]) for name in pattern.fields)


# Words that join the items of a list: "Becquerel and Curie won the prize" names both.
_LIST_WORDS = frozenset({"and", "or", "nor", "with", "plus"})


def _listed_together(sentence: str, first: list[str], second: list[str]) -> bool:
    """True when `first` and `second` stand side by side as items of one list."""
    if not first or not second:
        return False
    words = sentence_words(sentence)
    for start, end in _spans(sentence, first):
        for other_start, other_end in _spans(sentence, second):
            between = words[end:other_start] if end <= other_start else words[other_end:start]
            if set(between) <= _LIST_WORDS:
                return True
    return False


def _spans(sentence: str, phrase: list[str]) -> list[tuple[int, int]]:
    """Where `phrase` occurs among the sentence's words, as [start, end) positions."""
    return [(start, start + len(phrase)) for start in phrase_starts(sentence, phrase)]


def _farthest_gap(sentence: str, phrase: list[str], others: list[list[str]]) -> int | None:
    """How many words lie between `phrase` and the farthest of `others`, at its nearest
    occurrence; None when the sentence lacks `phrase` or one of `others`."""
    spans = _spans(sentence, phrase) if phrase else []
    if not spans:
        return None
    gaps: list[int] = []
    for other in others:
        other_spans = _spans(sentence, other)
        if not other_spans:
            return None
        gaps.append(
            min(
                max(0, other_start - end, start - other_end)
                for start, end in spans
                for other_start, other_end in other_spans
            )
        )
    return max(gaps, default=0)
