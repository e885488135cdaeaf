"""Pools of like facts: the values wrong options and swaps come from, nearest neighbours first.

A pool holds the distinct values (by fold) that a set of facts gives one field. For a card,
its values are ranked by how near each is to what the card is about, its *reference*: for
years, dates, numbers and amounts with their units or scales ("8,849 m", "about 68
million": `amounts`) first how close the value is; then the fact tags the card's words
name (the kind of thing asked for: "animal" in "the first animal to orbit the Earth");
then shared fact tags; then text written as the answer is (an article, a capital:
`written_shapes`); then the same excerpt, excerpt tags or chapter; then how close the
facts' own dates are. Ties are broken by a number drawn from the card's own seed, so
ranking is deterministic per card.

Ranking a large pool in full for every card would cost the square of the deck's size, so a
pool of more than SMALL_POOL values ranks only a sample: its near neighbours by tag,
excerpt and chapter, the values closest to the answer's, and values spread over the pool
from a seeded start. A card that finds too few fair values in the sample ranks the whole
pool.

Only values of the answer's kind are ranked at all: years and dates for a year, numbers for
a number, text for text (`value_class`), and among them values that measure what the
answer measures (`measure_kinds`): a temperature for a temperature, a pH for a pH, nothing
for nothing.
"""

from __future__ import annotations

import math
import random
import weakref
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from trainer.core.authored import Excerpt, Fact
from trainer.core.deck.card_ids import stable_seed
from trainer.core.generate.amounts import measure_of
from trainer.core.generate.measure_kinds import measure_kind, same_measure
from trainer.core.generate.name_endings import NameEndings, name_endings
from trainer.core.generate.option_rules import (
    OptionRules,
    ValueClass,
    alike,
    core_words,
    signed_fold,
    value_class,
    value_parts,
)
from trainer.core.generate.references import Reference, days_of
from trainer.core.generate.written_shapes import written_shape
from trainer.core.model import AnswerType
from trainer.core.name_sexes import NONE_KNOWN, KnownSexes, sex_known
from trainer.core.partial_dates import Precision, parse_iso_date
from trainer.core.records import record

SMALL_POOL = 48
# For a large pool, per value the card needs: values taken from each neighbour bucket,
# on each side of the answer's value, and spread over the pool; at least SAMPLE_FLOOR.
SAMPLE_PER_NEED = 2
SAMPLE_FLOOR = 4
_MASK = (1 << 64) - 1
_MIX = 0x9E3779B97F4A7C15


@record
class Entry:
    """One distinct value of a pool, with what its facts share with a reference."""

    value: str
    key: str
    core: str
    # `core` between spaces, as whole-word tests look for it.
    padded_core: str
    parts: frozenset[str]
    endings: NameEndings
    kind: ValueClass
    # What it measures ("temperature", "pH"; None for nothing): see `measure_kinds`.
    quantity: str | None
    # Where the value stands among its kind: a day ordinal for years and dates, the log of a
    # number or of an amount with its unit or scale (`amounts`); None for other text.
    measure: float | None
    # How precise a year or date is (see `precision_of`); None for other values.
    precision: Precision | None
    tags: frozenset[str]
    excerpt_ids: frozenset[str]
    excerpt_tags: frozenset[str]
    chapters: frozenset[str]
    # The days its facts are dated by, sorted.
    days: tuple[int, ...]
    seed: int
    # Every field and value of its facts: what a prompt may show beside the answer.
    sides: frozenset[tuple[str, str]] = frozenset()
    # How it is written: see `written_shape`.
    shape: int = 0

    def nearness(
        self, ref: Reference, salt: int, shape: int
    ) -> tuple[float, float, float, bool, float, float, int]:
        """How near the value is to what a card is about (`ref`), nearest least, for an
        answer written in `shape` (`written_shapes`; see the module's docstring)."""
        shared_tags = len(ref.tags & self.tags) if self.tags else 0
        of_kind = len(ref.kind_tags & self.tags) if ref.kind_tags else 0
        # A fact that shares a value the prompt shows ("Who led the Soviet Union …?": a
        # Soviet leader) is more alike than one that shares tags alone.
        shown = len(ref.sides & self.sides) if ref.sides else 0
        group = 0 if self.excerpt_ids.isdisjoint(ref.excerpt_ids) else 2
        if self.excerpt_tags:
            group += len(ref.excerpt_tags & self.excerpt_tags)
        if self.chapters and not self.chapters.isdisjoint(ref.chapters):
            group += 1
        day = ref.day
        day_gap: float
        if day is None:
            day_gap = 0.0
        elif self.days:
            # `days` is sorted: the nearest day is next to where `day` would go.
            days = self.days
            at = bisect_left(days, day)
            if at == 0:
                day_gap = abs(days[0] - day)
            elif at == len(days):
                day_gap = abs(days[-1] - day)
            else:
                day_gap = min(abs(days[at - 1] - day), abs(days[at] - day))
        else:
            day_gap = math.inf
        tiebreak = (((salt ^ self.seed) * _MIX) & _MASK) >> 11
        # Among "the thunderbolt", "the owl" and "Cerberus", the last stands out by its shape.
        return (-of_kind, -shown, -shared_tags, self.shape != shape, -group, day_gap, tiebreak)


def quantity_of(value: str, kind: ValueClass) -> str | None:
    """What a value measures (see `measure_kinds`); None for years and dates, which are
    told apart by their class."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        return None
    return measure_kind(value)


def precision_of(value: str, kind: ValueClass) -> Precision | None:
    """How precise a year or date is: a year, a month or a day; None for other values."""
    if kind not in (ValueClass.YEAR, ValueClass.DATE):
        return None
    return _precision(value)


@lru_cache(maxsize=1 << 12)
def _precision(value: str) -> Precision | None:
    # Asked for each value beside each answer: a deck's dates are few, its cards many.
    when = parse_iso_date(value)
    return when.precision if when is not None else None


# Dates are measured by their day, as years are: one order for both.
_MEASURED_AS = {ValueClass.DATE: ValueClass.YEAR}


def _measured_as(kind: ValueClass, quantity: str | None) -> tuple[ValueClass, str | None]:
    """The order a measured value stands in: one per class and measure, so that a length's
    nearest neighbours are lengths, never masses of a like number of grams."""
    return _MEASURED_AS.get(kind, kind), quantity


class Pool:
    """The distinct values one field takes in a set of facts, with neighbour lookups."""

    def __init__(
        self,
        facts: Iterable[Fact],
        field_name: str,
        excerpt_of: Callable[[str], Excerpt],
        declared: AnswerType | None,
    ) -> None:
        self.field = field_name
        self.declared = declared
        grouped: dict[str, list[Fact]] = defaultdict(list)
        for fact in facts:
            # By `signed_fold`: "1+" and "1−" are two values, not one written two ways.
            grouped[signed_fold(fact.values[field_name])].append(fact)
        grouped.pop("", None)
        self.entries: tuple[Entry, ...] = tuple(
            self._entry(key, grouped[key], field_name, excerpt_of) for key in sorted(grouped)
        )
        self.index_by_key = {entry.key: i for i, entry in enumerate(self.entries)}
        self._buckets: dict[tuple[str, str], list[int]] = defaultdict(list)
        # By a field and its value: the facts a prompt showing it is about.
        self._sides: dict[tuple[str, str], list[int]] = defaultdict(list)
        by_measure: dict[tuple[ValueClass, str | None], list[tuple[float, int]]] = defaultdict(list)
        for i, entry in enumerate(self.entries):
            for name, labels in (
                ("tag", entry.tags),
                ("excerpt", entry.excerpt_ids),
                ("excerpt-tag", entry.excerpt_tags),
                ("chapter", entry.chapters),
            ):
                for label in labels:
                    self._buckets[(name, label)].append(i)
            for side in entry.sides:
                self._sides[side].append(i)
            if entry.measure is not None:
                by_measure[_measured_as(entry.kind, entry.quantity)].append((entry.measure, i))
        self._by_measure = {kind: sorted(pairs) for kind, pairs in by_measure.items()}
        # Asked for each card a template makes: found once (`answer_kinds`).
        self._tags = frozenset(label for name, label in self._buckets if name == "tag")

    def _entry(
        self, key: str, facts: list[Fact], field_name: str, excerpt_of: Callable[[str], Excerpt]
    ) -> Entry:
        # Values that fold alike count once; the first in sort order speaks for them.
        value = min(fact.values[field_name] for fact in facts)
        kind = value_class(value, self.declared)
        core = core_words(value)
        excerpts = [excerpt_of(fact.excerpt_id) for fact in facts]
        return Entry(
            value=value,
            key=key,
            core=core,
            padded_core=f" {core} ",
            parts=value_parts(value),
            endings=name_endings(value),
            kind=kind,
            quantity=quantity_of(value, kind),
            measure=measure_of(value, kind),
            precision=precision_of(value, kind),
            tags=frozenset().union(*(fact.tags for fact in facts)),
            excerpt_ids=frozenset(e.id for e in excerpts),
            excerpt_tags=frozenset().union(*(e.tags for e in excerpts)),
            chapters=frozenset(e.source.chapter for e in excerpts if e.source.chapter),
            days=days_of(facts, (other for e in excerpts for other in e.facts)),
            seed=stable_seed(key),
            sides=frozenset(side for fact in facts for side in fact.values.items()),
            shape=written_shape(value),
        )

    def __len__(self) -> int:
        return len(self.entries)

    @property
    def tags(self) -> frozenset[str]:
        """Every tag of the pool's facts."""
        return self._tags

    def values(self) -> Iterator[str]:
        """Every value of the pool, as its facts write it."""
        return (entry.value for entry in self.entries)

    def tags_of(self, value: str) -> frozenset[str] | None:
        """The tags of the pool's facts holding `value`; None if none holds it."""
        return self.tags_of_key(signed_fold(value))

    def tags_of_key(self, key: str) -> frozenset[str] | None:
        """`tags_of` a value whose `signed_fold` is `key`."""
        at = self.index_by_key.get(key)
        return None if at is None else self.entries[at].tags

    def shares_tag(self, value: str, tags: Iterable[str]) -> bool:
        """True when a fact of the pool holding `value` has one of `tags`."""
        at = self.index_by_key.get(signed_fold(value))
        return at is not None and not self.entries[at].tags.isdisjoint(tags)

    def ranked(
        self,
        ref: Reference,
        anchor: str,
        rules: OptionRules,
        rng: random.Random,
        need: int,
    ) -> list[str]:
        """Values like `anchor` that `rules` let through, nearest first: at least `need` of
        them if the pool has them. Years and dates as precise as `anchor` come before the
        others (a month for a day would give itself away by its vagueness), and only
        those count towards `need`."""
        kind = value_class(anchor, self.declared)
        salt = rng.getrandbits(64)
        size = max(SAMPLE_FLOOR, SAMPLE_PER_NEED * need)
        sample = self._sample(ref, kind, anchor, rng, size)
        ranked, alike_count = self._rank(sample, ref, kind, anchor, rules, salt)
        if alike_count < need and len(sample) < len(self.entries):
            ranked, _ = self._rank(range(len(self.entries)), ref, kind, anchor, rules, salt)
        return ranked

    def _rank(
        self,
        indices: Iterable[int],
        ref: Reference,
        kind: ValueClass,
        anchor: str,
        rules: OptionRules,
        salt: int,
    ) -> tuple[list[str], int]:
        """The values let through, nearest first, and how many are as precise as `anchor`
        (all of them, but for years and dates). A value of another class or measure than
        `anchor`'s is never let through: "pH 2" is no melting point."""
        anchor_measure = measure_of(anchor, kind)
        quantity = quantity_of(anchor, kind)
        precision = precision_of(anchor, kind)
        shape = written_shape(anchor)
        unlike = 0
        keyed: list[tuple[tuple[float, ...], str]] = []
        entries, refuses = self.entries, rules.refuses_padded
        for i in indices:
            entry = entries[i]
            if (
                # `alike` and `same_measure`, where the two are the same, at a glance:
                # most of a pool's values are of the anchor's class and measure.
                (entry.kind is not kind and not alike(entry.kind, kind))
                or (entry.quantity != quantity and not same_measure(entry.quantity, quantity))
                or refuses(
                    entry.key,
                    entry.core,
                    entry.padded_core,
                    entry.parts,
                    entry.endings,
                    entry.value,
                )
            ):
                continue
            near = entry.nearness(ref, salt, shape)
            if anchor_measure is None:
                keyed.append((near, entry.value))
            else:
                gap = math.inf if entry.measure is None else abs(entry.measure - anchor_measure)
                other = precision is not None and entry.precision is not precision
                unlike += other
                keyed.append(((other, gap, *near), entry.value))
        keyed.sort()
        return [value for _, value in keyed], len(keyed) - unlike

    @staticmethod
    def _pick(bucket: list[int], picked: set[int], rng: random.Random, count: int) -> None:
        """`count` of the bucket's entries into `picked`, from a seeded start, or all."""
        if len(bucket) <= count:
            picked.update(bucket)
        else:
            start = rng.randrange(len(bucket))
            picked.update(bucket[start : start + count])
            picked.update(bucket[: max(0, start + count - len(bucket))])

    def _sample(
        self,
        ref: Reference,
        kind: ValueClass,
        anchor: str,
        rng: random.Random,
        count: int,
    ) -> Sequence[int]:
        size = len(self.entries)
        if size <= SMALL_POOL:
            return range(size)
        picked: set[int] = set()
        for name, labels in (
            ("tag", ref.tags),
            ("excerpt", ref.excerpt_ids),
            ("excerpt-tag", ref.excerpt_tags),
            ("chapter", ref.chapters),
        ):
            for label in sorted(labels):
                self._pick(self._buckets.get((name, label), []), picked, rng, count)
        for side in ref.sides:
            # The few entries sharing a value the prompt shows, where they are few: a
            # value many share is met by the draws above, and drawing for it too ranked
            # half as many values again (5% of a cold compile).
            sharing = self._sides.get(side, ())
            if len(sharing) <= count:
                picked.update(sharing)
        anchor_measure = measure_of(anchor, kind)
        ordered = self._by_measure.get(_measured_as(kind, quantity_of(anchor, kind)))
        if anchor_measure is not None and ordered:
            middle = bisect_left(ordered, (anchor_measure, -1))
            low = max(0, middle - count)
            picked.update(i for _, i in ordered[low : middle + count])
        # Spread evenly over the pool from a seeded start: one draw instead of one per value.
        start, step = rng.randrange(size), size // count
        picked.update((start + n * step) % size for n in range(count))
        return sorted(picked)


# A field names people when at least this share of its values say a sex by a given name
# or title, or by what the deck says of them: "Mr Darcy", "Elizabeth Bennet", "Winston
# Smith" among a few "Heathcliff"; "Hera", "the goddess of marriage", among "Zeus", "the
# god of the sky". One value alone says little: "Victoria Falls", "George Town".
_PEOPLE_SHARE = 0.5
# Worked out once per pool, with the deck's `known` sexes it was worked out with.
_people_fields: weakref.WeakKeyDictionary[Pool, tuple[KnownSexes, bool]] = (
    weakref.WeakKeyDictionary()
)


def pool_names_people(pool: Pool, known: KnownSexes = NONE_KNOWN) -> bool:
    """True when most of `pool`'s values say a sex by a given name or title, or by the
    words of the deck (`known`: see `deck_sexes`)."""
    kept = _people_fields.get(pool)
    if kept is not None and kept[0] is known:
        return kept[1]
    values = [entry.value for entry in pool.entries]
    sexed = sum(sex_known(value, known) is not None for value in values)
    people = bool(values) and sexed >= _PEOPLE_SHARE * len(values)
    _people_fields[pool] = (known, people)
    return people
