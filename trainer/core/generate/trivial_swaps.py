"""Swapped values that make a true/false statement false for a reason beside the point.

"Vesuvius erupted in 1815 and buried Pompeii" is false by a date two centuries off;
"Elizabeth Bennet is the clerk at the Ministry of Truth in Nineteen Eighty-Four" by a
heroine of another novel, and a woman for a man's part. A learner who knows nothing of
the fact asked tells either. These rules find such values, so that the statement takes a
near one: a close year, a character of the same novel, a man for a man.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.option_rules import (
    ValueClass,
    sign_rivals_first,
    signed_fold,
    value_distance,
)
from trainer.core.generate.pools import Pool, pool_names_people
from trainer.core.generate.templates import PreparedTemplate
from trainer.core.generate.value_classes import number_in
from trainer.core.model import AnswerType
from trainer.core.name_sexes import NONE_KNOWN, KnownSexes, Sex, sex_known

# A year or date swapped in from further away than this (in days) makes a statement
# false for a trivial reason: "Vesuvius erupted in 1815 and buried Pompeii".
_FARTHEST_SWAP_DAYS = 100 * 366
# So does an amount more than this many times larger or smaller than the true one:
# "India has about 40 million inhabitants" (1.4 billion). Only where one is of thousands
# or more, whose size a reader knows; "3 moons" for 16 is no trivial falsehood.
_FARTHEST_SWAP_RATIO = 5
_LARGE_AMOUNT = 1000

# The values of each group in each pool, keyed as the pool keys them (`of_its_groups`).
_members_in_pool: weakref.WeakKeyDictionary[
    Pool, dict[tuple[str, ...], tuple[tuple[str, str], ...]]
] = weakref.WeakKeyDictionary()

# The deck's facts holding a field, by their folded value of it (`DeckIndex.facts_by_value`).
FactsByValue = Callable[[str], Mapping[str, Sequence[Fact]]]


def too_far(value: str, true_value: str, kind: ValueClass) -> bool:
    """A year or date more than a century from the true one; an amount ("about 1.4
    billion") over five times the true one or under a fifth, either of thousands or more."""
    if kind in (ValueClass.YEAR, ValueClass.DATE):
        return value_distance(value, true_value, kind) > _FARTHEST_SWAP_DAYS
    amount, true_amount = number_in(value), number_in(true_value)
    if amount is None or true_amount is None:
        return False
    smaller, larger = sorted((abs(amount), abs(true_amount)))
    return larger >= _LARGE_AMOUNT and larger > smaller * _FARTHEST_SWAP_RATIO


def names_people(
    pool: Pool, true_value: str, asked: Sex | None = None, known: KnownSexes = NONE_KNOWN
) -> bool:
    """True when `pool` is of people's names, read from the names themselves, and
    `true_value` is one, by its name or by the sex its statement asks (`asked`: "the
    jilted woman who befriends Pip"): a field called `character` or `hero` names people
    as surely as one called `who`, and the swap must then keep to the true one's sex.
    `known`: the sexes the deck's words give names that say none (`deck_sexes`)."""
    if asked is None and sex_known(true_value, known) is None:
        return False
    return pool_names_people(pool, known)


def group_fields(
    fact: Fact, shown: Iterable[str], swap: str, facts_by_value: FactsByValue
) -> tuple[str, ...]:
    """The fields the statement shows besides `swap` whose value in `fact` another fact
    shares: the groups the fact belongs to ("novel: Pride and Prejudice"), which a value
    swapped in should belong to as well. A field each fact holds its own of ("role")
    is what the statement is about, not a group."""
    return tuple(
        name
        for name in dict.fromkeys(shown)
        if name != swap
        and name in fact.values
        and len(facts_by_value(name).get(fold(fact.values[name]), ())) > 1
    )


def of_its_groups(index: DeckIndex, prepared: PreparedTemplate, fact: Fact, seed: int) -> list[str]:
    """The values of the swap field that the facts of `fact`'s groups hold (the fields
    its statement shows that it shares with other facts: `group_fields`),
    in the template's pool, but the true one, in an order `seed` (the card's) chooses."""
    swap = prepared.template.swap
    groups = group_fields(fact, prepared.pattern.fields, swap, index.facts_by_value)
    if not groups:
        return []
    pool = prepared.pool(index)
    members = index.group_values(swap, groups, fact)
    # The same group's members are read for each of its facts: keyed once per pool.
    known = _members_in_pool.setdefault(pool, {})
    keyed = known.get(members)
    if keyed is None:
        keyed = known[members] = tuple(
            (key, value) for value in members if (key := signed_fold(value)) in pool.index_by_key
        )
    true_key = signed_fold(fact.values[swap])
    values = [value for key, value in keyed if key != true_key]
    # From a seeded start, in the group's order: one draw, not a shuffle of the group.
    start = seed % len(values) if values else 0
    return values[start:] + values[:start]


def group_first(
    anchor: str, in_group: Sequence[str], ranked: Sequence[str], refused: Callable[[str], bool]
) -> Iterator[str]:
    """`sign_rivals_first(anchor, [*kept, *ranked])`, where `kept` are the values of
    `in_group` (`of_its_groups`) that `refused` lets through, judged only as they are
    reached: a caller stops at the first value fit to swap in, and most of a group's
    values (28 a fact in the bench's course) are never read. That saves 34,585 of the
    bench's 51,328 refusals, which took ~60 ms at 10,000 cards. Equal to judging them all
    first for values that a pool ranked (`ranked`), which its rules let through already."""
    group = frozenset(in_group)
    for value in sign_rivals_first(anchor, [*in_group, *ranked]):
        if value in group and refused(value):
            continue
        yield value


# The longest kind read for its head noun: "dwarf planet", "spiral galaxy", "trade union".
_KIND_WORDS = 3
_SHORTEST_HEAD = 3


def kind_in_its_subject(
    template_id: str, fact: Fact, fields: Iterable[str], swap: str
) -> str | None:
    """Why the statement would be true or false on its face, where another value it
    shows beside a kind swapped (a value in small letters: "comet", "dwarf planet")
    names the kind's head noun itself: "Halley's Comet is a comet" is true on its face,
    and "The Andromeda Galaxy is a star" false on its face. None when no value names it."""
    true_value = fact.values[swap]
    words = fold(true_value).split()
    if not words or len(words) > _KIND_WORDS or true_value != true_value.lower():
        return None
    head = words[-1]
    if len(head) < _SHORTEST_HEAD or not all(word.isalpha() for word in words):
        return None  # an amount is no kind: "206 bones" beside "the number of bones"
    forms = {head, f"{head}s", head.removesuffix("s")}
    holder = next(
        (
            fact.values[name]
            for name in fields
            if name != swap
            and name in fact.values
            and not forms.isdisjoint(fold(fact.values[name]).split())
        ),
        None,
    )
    if holder is None:
        return None
    return (
        f"template '{template_id}' for fact '{fact.id}': '{holder}' names its true "
        f"'{swap}' '{true_value}' itself, so the statement is true or false on its face: "
        "it makes no card"
    )


def outside_its_group(
    index: DeckIndex,
    prepared: PreparedTemplate,
    fact: Fact,
    value: str,
    in_group: Sequence[str],
    person: bool,
) -> str | None:
    """Why a person swapped in from outside the fact's group, where the statement names
    the group ("In Twelfth Night, Claudius is the steward …"), makes no card: the
    statement reads false on its face to anyone who knows Claudius is in Hamlet, and
    tests nothing of the fact. None where the value is of the group, the swap is of no
    person, or the statement names no group in words (a year is no cast)."""
    if not person or value in in_group:
        return None
    swap = prepared.template.swap
    shown = group_fields(fact, prepared.pattern.fields, swap, index.facts_by_value)
    groups = [name for name in shown if index.field_type(name) is AnswerType.TEXT]
    if not groups:
        return None
    named = ", ".join(f"{name} '{fact.values[name]}'" for name in groups)
    return (
        f"template '{prepared.template.id}' finds no other value of '{swap}' of fact "
        f"'{fact.id}''s own {named} to swap in, and one of another ('{value}') reads false "
        "on its face, so it makes no true/false card from it"
    )
