"""Straightforward option, swap and falsity code, as it was before it was made fast: the
oracle that test_fast_options.py and test_fast_falsity.py check the fast paths against.
Not imported by the application."""

from __future__ import annotations

import math
import re
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Mapping

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact, FieldSpec
from trainer.core.deck.answer_types import field_spec
from trainer.core.deck.cloze_markers import parse_cloze
from trainer.core.generate.falsity import (
    _SENTENCE_END,
    Falsity,
    _farthest_gap,
    _listed_together,
)
from trainer.core.generate.field_display import shown_value
from trainer.core.generate.name_endings import NO_NAME_ENDINGS, NameEndings
from trainer.core.generate.option_rules import OptionRules, core_words, holds_words
from trainer.core.generate.placeholders import FieldRef, Pattern
from trainer.core.generate.pools import _MASK, _MIX, Entry
from trainer.core.generate.references import Reference
from trainer.core.model import AnswerType
from trainer.core.partial_dates import parse_iso_date

_NOT_ASCII_ALNUM = re.compile(r"[^a-z0-9]+")


def reference_quick_fold(text: str) -> str:
    if text.isascii():
        return " ".join(_NOT_ASCII_ALNUM.sub(" ", text.lower()).split())
    return fold(text)


def reference_refuses(
    rules: OptionRules,
    key: str,
    core: str,
    parts: frozenset[str],
    endings: NameEndings = NO_NAME_ENDINGS,
) -> bool:
    surnames = endings.every if rules.person else endings.given
    if any(surname in rules.prompt_words for surname in surnames):
        return True
    if not key or core in rules.taken:
        return True
    answer_core = rules.answer_core
    if holds_words(core, answer_core) or holds_words(answer_core, core):
        return True
    if parts & rules.answer_parts:
        return True
    prompt = rules.prompt
    return holds_words(prompt, core) or any(holds_words(prompt, part) for part in parts)


def reference_fields(pattern: Pattern) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p.name for p in pattern.parts if isinstance(p, FieldRef)))


def reference_render(pattern: Pattern, values: Mapping[str, str]) -> str:
    return "".join(values[p.name] if isinstance(p, FieldRef) else p for p in pattern.parts)


def reference_is_date_field(fields: Mapping[str, FieldSpec], name: str) -> bool:
    return field_spec(fields, name).type is AnswerType.DATE


def reference_shown_values(
    fields: Mapping[str, FieldSpec], values: Mapping[str, str]
) -> dict[str, str]:
    return {name: shown_value(fields, name, value) for name, value in values.items()}


def reference_fact_day(fact: Fact) -> int | None:
    value = fact.values.get("date") or fact.values.get("year")
    when = parse_iso_date(value) if value else None
    return when.first_day.toordinal() if when is not None else None


def reference_shape(value: str) -> int:
    opening = re.match(r"\s*(the|a|an)\s+(\S)", value, re.IGNORECASE)
    if opening is not None:
        return 2 + opening.group(2).isupper()
    first = re.match(r"\s*(\S)", value)
    return int(first is not None and first.group(1).isupper())


def reference_nearness(entry: Entry, ref: Reference, salt: int, shape: int) -> tuple[float, ...]:
    shared_tags = len(ref.tags & entry.tags) if entry.tags else 0
    of_kind = len(ref.kind_tags & entry.tags)
    shown = len(ref.sides & entry.sides)
    group = 2 if entry.excerpt_ids & ref.excerpt_ids else 0
    if entry.excerpt_tags:
        group += len(ref.excerpt_tags & entry.excerpt_tags)
    if entry.chapters and entry.chapters & ref.chapters:
        group += 1
    day = ref.day
    if day is None:
        day_gap = 0.0
    elif entry.days:
        days = entry.days
        at = bisect_left(days, day)
        day_gap = min(abs(days[i] - day) for i in (at - 1, at) if 0 <= i < len(days))
    else:
        day_gap = math.inf
    tiebreak = (((salt ^ entry.seed) * _MIX) & _MASK) >> 11
    differs = reference_shape(entry.value) != shape
    return (-of_kind, -shown, -shared_tags, differs, -group, day_gap, tiebreak)


class ReferenceFalsity(Falsity):
    """Falsity with the excerpts holding a word kept as sets, intersected at each check,
    and sentences kept as folded text, split at each check."""

    def _stated(self, value: str, true_value: str, others: list[str]) -> bool:
        needle = core_words(value).split()
        if not needle:
            return False
        wanted = [core.split() for other in others if (core := core_words(other))]
        truth = core_words(true_value).split()
        for sentence in self._reference_sentences({*needle, *(w for o in wanted for w in o)}):
            gap = _farthest_gap(sentence, needle, wanted)
            if gap is None:
                continue
            true_gap = _farthest_gap(sentence, truth, wanted)
            if true_gap is None or gap <= true_gap or _listed_together(sentence, needle, truth):
                return True
        return False

    def _reference_sentences(self, words: set[str]) -> list[str]:
        postings = self._reference_index()
        found = set.intersection(*sorted((postings.get(w, set()) for w in words), key=len))
        sentences: list[str] = []
        for i in sorted(found):
            text = parse_cloze(self._index.deck.excerpts[i].text).plain()
            sentences.extend(reference_quick_fold(s) for s in _SENTENCE_END.split(text))
        return sentences

    def _reference_index(self) -> dict[str, set[int]]:
        postings: dict[str, set[int]] = defaultdict(set)
        wanted = self._statement_words()
        for i, excerpt in enumerate(self._index.deck.excerpts):
            plain = parse_cloze(excerpt.text).plain()
            for word in wanted.intersection(reference_quick_fold(plain).split()):
                postings[word].add(i)
        return postings
