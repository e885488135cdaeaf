"""Second right answers: values another fact holds together with every value a question shows.

"Which of these works did Plato write?" asked of the Apology is answered by the Phaedo
as well when another fact holds the Phaedo with the author Plato: offered as a wrong
option, it would mark a learner who knows it wrong. A true/false swap is refused by the
same test (`Falsity`); this one serves multiple choice.
"""

from __future__ import annotations

import weakref
from collections import Counter
from collections.abc import Iterable
from itertools import product

from trainer.core.answering.normalise import fold
from trainer.core.authored import Fact
from trainer.core.generate.context import DeckIndex
from trainer.core.generate.option_rules import core_words, holds_words, value_parts
from trainer.core.generate.pools import Pool

# For the facts holding a field and the fields shown beside it, by the core words of
# those fields' values: how many of them hold each core word of the field's value (its
# own, its parts', its aliases').
_Table = dict[tuple[str, ...], Counter[str]]


def answers_too(
    index: DeckIndex, fact: Fact, shown: Iterable[str], field_name: str
) -> frozenset[str]:
    """The core words (`core_words`) of the `field_name` values, their parts and their
    aliases, that a fact holds with `fact`'s value of every field in `shown`: each answers
    a question that shows those values as well as `fact`'s own does. Empty when `shown`
    names no field but `field_name`, for a question that shows nothing of its fact is no
    question of that fact's alone.

    Values are compared as options are (`core_words`: case, accents, punctuation and a
    leading article aside), and a value the deck's aliases give another name matches
    either name. A fact that shares only some of the shown values ("Plato" of "{author}
    in {year}") answers another question, and counts for nothing.
    """
    fields = tuple(name for name in dict.fromkeys(shown) if name != field_name)
    if not fields or any(name not in fact.values for name in fields):
        return frozenset()
    table = _table(index, field_name, fields)
    own_signature = _signature(fact, fields)
    own = _value_names(index, fact.values[field_name]) if field_name in fact.values else ()
    found: set[str] = set()
    for signature in product(*(_names_of(index, fact.values[name]) for name in fields)):
        held = table.get(signature)
        if held is None:
            continue
        found.update(held)
        if signature == own_signature:
            # What only the fact itself holds is its own answer's, refused as such.
            found.difference_update(name for name in own if held[name] == 1)
    found.discard("")
    return frozenset(found)


def _signature(fact: Fact, fields: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(core_words(fact.values[name]) for name in fields)


# For each pool of a field (the deck's own, `DeckIndex.pool`), and each tuple of fields
# shown beside it: the facts holding them all (`_Table`). Built once, read for every card:
# a shown value that thousands of facts share ("France") is not scanned again for each.
_tables: weakref.WeakKeyDictionary[Pool, dict[tuple[str, ...], _Table]] = (
    weakref.WeakKeyDictionary()
)


def _table(index: DeckIndex, field_name: str, fields: tuple[str, ...]) -> _Table:
    known = _tables.setdefault(index.pool(field_name), {})
    table = known.get(fields)
    if table is None:
        table = known[fields] = {}
        for other in index.facts_with(field_name):
            if all(name in other.values for name in fields):
                held = table.setdefault(_signature(other, fields), Counter())
                held.update(_value_names(index, other.values[field_name]))
    return table


def _value_names(index: DeckIndex, value: str) -> frozenset[str]:
    """The core words of `value`, of its parts, and of the names aliases give it."""
    names: set[str] = set()
    for name in (value, *index.aliases_of(value)):
        names.add(core_words(name))
        names.update(value_parts(name))
    return frozenset(names)


def _names_of(index: DeckIndex, value: str) -> frozenset[str]:
    """The core words of `value` and of the other names the deck's aliases give it."""
    return frozenset(core_words(name) for name in (value, *index.aliases_of(value)))


def question_answers_too(
    index: DeckIndex, prompt: str, answer: str, field_name: str
) -> frozenset[str]:
    """`answers_too` for a written question drawing its options from `field_name`: the
    values shown are those of a fact holding `answer` that the prompt names, and only
    where it names every one of that fact's other values ("Which of these works did
    Plato write?" of `{work: the Apology, author: Plato}`). A question naming only some
    of them asks about more than those ("Which piece did Bach write for a sleepless
    count?" of `{piece: the Goldberg Variations, composer: Bach, year: 1741}` is not
    answered by every piece of Bach's).
    """
    folded = fold(prompt)
    found: set[str] = set()
    for holder in index.facts_by_value(field_name).get(fold(answer), ()):
        others = [name for name in holder.values if name != field_name]
        if others and all(_names(folded, holder.values[name]) for name in others):
            found |= answers_too(index, holder, others, field_name)
    return frozenset(found)


def _names(folded_prompt: str, value: str) -> bool:
    """Whether the prompt (folded) names `value` as whole words, its article aside."""
    return holds_words(folded_prompt, fold(core_words(value)))
