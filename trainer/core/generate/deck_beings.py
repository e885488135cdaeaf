"""The being a deck's own words make a value: "Laika" is "the first animal to orbit the Earth".

Tags say what a value is (`dog`, `person`, `ship`: see `answer_kinds`), and a name that
says a sex or reads as a person's full name is a person's. A value that says neither
("Laika", "NASA", "the Soviet Union") may still be told by the deck, and then options
and swaps keep to its being as they do for a tagged one: no dog is offered as "the
first American in space", and "The Soviet Union was the first woman in space" is never
made, false on its face. A value is given a being by:

- a template's question about a fact, asking for the value ("Who was {first}?" with
  `first: the first animal to orbit the Earth`), as the question's kind words name it;
- a template's statement whose subject is the value swapped, read as that question
  ("{who} was {first}." reads "Who was the first animal to orbit the Earth?");
- another field of a fact holding no other name, written as what the name is: an
  article, then words whose last names a being (`the first agency to land people on
  the Moon`, `a dog`; not `a lion tamer`, whose last word names none).

A value given two beings keeps none. Only facts and templates count, not written
questions or excerpts' texts: a step reading the deck's facts is replayed while they and
the templates are unchanged (see `steps`).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import MappingProxyType

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.authored import Fact, Template, TemplateKind
from trainer.core.generate.beings import (
    ASKING_WORDS,
    BE_WORDS,
    BEING_WORDS,
    Being,
    KnownBeings,
    being_word,
    kind_words,
)
from trainer.core.generate.placeholders import FieldRef, Pattern, wording_pattern
from trainer.core.records import record


def deck_beings(facts: Iterable[Fact], templates: Sequence[Template]) -> KnownBeings:
    """The being the deck's facts and templates give each value, by folded value."""
    said: defaultdict[str, set[Being]] = defaultdict(set)
    readings = [reading for template in templates if (reading := _reading(template))]
    # Each distinct value read once: whether it is a name, and what being it describes
    # (the bench's 6,060 values are 1,897 texts).
    read: dict[str, tuple[bool, Being | None]] = {}
    for fact in facts:
        named: list[str] = []
        described: list[Being] = []
        for text in fact.values.values():
            known = read.get(text)
            if known is None:
                known = read[text] = (_a_proper_name(text), _described(text))
            if known[0]:
                named.append(text)
            if known[1] is not None:
                described.append(known[1])
        if len(named) == 1:
            said[fold(named[0])].update(described)
        for reading in readings:
            if (target := reading.target) in fact.values and reading.fields <= fact.values.keys():
                being = reading.being if reading.fixed else reading.of(fact)
                if being is not None:
                    said[fold(fact.values[target])].add(being)
    known_beings = {value: beings.pop() for value, beings in said.items() if len(beings) == 1}
    return MappingProxyType(known_beings)


@record
class _Reading:
    """How a template's words name the being of its `target` field's value: the same for
    every fact (`fixed`, the words naming it are the template's own), or by the fact's
    values, read as a question ("Who was {first}?")."""

    target: str
    fields: frozenset[str]
    pattern: Pattern
    statement: bool
    fixed: bool
    being: Being | None

    def of(self, fact: Fact) -> Being | None:
        if not self.statement:
            return _named_being(kind_words(self.pattern.render(fact.values)))
        rest = self.pattern.render({**fact.values, self.target: ""})
        return _named_being(kind_words(f"Who {rest.strip()}"))


# A word standing for each field while a template is read for the words that name a
# being: where the words reach one, they name it by the fact's value.
_MARK = "qqfieldqq"


def _reading(template: Template) -> _Reading | None:
    """How `template` names the being of the value it asks for or swaps, or None where
    it names none: a question that does not open by asking ("In what year …?") or names
    the value itself, a statement whose subject is not the value swapped or whose verb
    is not one of being ("{who} served as {role}.")."""
    statement = template.kind is TemplateKind.TRUE_FALSE
    target = template.swap if statement else template.answer
    pattern = wording_pattern(template)
    if pattern is None or not target:
        return None
    marked = {name: _MARK for name in pattern.fields}
    if statement:
        first = pattern.parts[0] if pattern.parts else None
        opening = pattern.parts[1] if isinstance(first, str) and not first.strip() else first
        if not (isinstance(opening, FieldRef) and opening.name == target):
            return None
        rest = pattern.render({**marked, target: ""}).split()
        if not rest or fold(rest[0]) not in BE_WORDS:
            return None
        words = kind_words(f"Who {' '.join(rest)}")
    else:
        if target in pattern.fields:
            return None
        text = pattern.render(marked)
        if not text.split() or fold(text.split()[0]) not in ASKING_WORDS:
            return None
        words = kind_words(text)
    fixed = _MARK not in words
    being = _named_being(words) if fixed else None
    if fixed and being is None:
        return None
    return _Reading(target, frozenset(pattern.fields), pattern, statement, fixed, being)


def _a_proper_name(value: str) -> bool:
    """Whether `value` is written as a proper name, with its article or not ("Laika",
    "NASA", "the Soviet Union"; not "the first animal …", a description)."""
    words = value.split()
    while words and words[0].casefold() in ARTICLES:
        words = words[1:]
    return bool(words) and words[0][:1].isupper()


def _described(text: str) -> Being | None:
    """The being a description names by its last kind word ("the first animal to …",
    "a dog"); None for any other text."""
    words = text.split()
    if len(words) < 2 or words[0].casefold() not in ARTICLES or not words[1][:1].islower():
        return None
    if BEING_WORDS.isdisjoint(word.casefold() for word in words):
        return None  # most descriptions, at once
    named = kind_words(f"Who was {text}?")
    return being_word(named[-1]) if named else None


def _named_being(words: Sequence[str]) -> Being | None:
    """The first being that a question's kind words name, as `asked_kind` reads them."""
    return next((being for word in words if (being := being_word(word)) is not None), None)
