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

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from types import MappingProxyType

from trainer.core.answering.demonyms import is_people_word
from trainer.core.answering.name_particles import NAME_PARTICLES
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import ARTICLES, FOREIGN_WHO_WORDS, FUNCTION_WORDS
from trainer.core.authored import Fact, Template, TemplateKind
from trainer.core.generate.beings import (
    ASKING_WORDS,
    BE_WORDS,
    BEING_WORDS,
    Being,
    KnownBeings,
    KnownKinds,
    described_being,
    kind_words,
    thing_class,
)
from trainer.core.generate.placeholders import FieldRef, Pattern, wording_pattern
from trainer.core.records import record

# A being, and for a thing the kind of thing where its words say ("ship", "agreement").
Kind = tuple[Being, str | None]


def deck_beings(facts: Iterable[Fact], templates: Sequence[Template]) -> KnownBeings:
    """The being the deck's facts and templates give each value, by folded value."""
    return deck_kinds(facts, templates).beings


def deck_kinds(facts: Iterable[Fact], templates: Sequence[Template]) -> KnownKinds:
    """The being the deck's facts and templates give each value, and for a thing the
    kind of thing (a ship, a treaty: `thing_class`), by folded value."""
    said: defaultdict[str, set[Kind]] = defaultdict(set)
    readings = [reading for template in templates if (reading := _reading(template))]
    asked = _asked_kinds(templates)
    # Each distinct value read once: whether it is a name, and what kind it describes
    # (the bench's 6,060 values are 1,897 texts).
    read: dict[str, tuple[bool, Kind | None]] = {}
    for fact in facts:
        named: list[str] = []
        described: list[Kind] = []
        asking: Sequence[str] = ()
        for name, text in fact.values.items():
            known = read.get(text)
            if known is None:
                proper = _a_proper_name(text)
                known = read[text] = (proper, None if proper else _described(text))
            if known[0]:
                named.append(text)
                asking = asked.get(name, ())
            if known[1] is not None:
                described.append(known[1])
        if len(named) == 1:
            # Asked who or where, the name is someone who acts or a place: the fact's
            # battle is what they did or saw, not what they are ("Pompey", "Pharsalus"
            # beside "the battle of Pharsalus").
            said[fold(named[0])].update(k for k in described if _answers(k, asking))
        for reading in readings:
            if (target := reading.target) in fact.values and reading.fields <= fact.values.keys():
                kind = reading.kind if reading.fixed else reading.of(fact)
                if kind is not None:
                    said[fold(fact.values[target])].add(kind)
    beings: dict[str, Being] = {}
    things: dict[str, str] = {}
    for value, kinds in said.items():
        if len({being for being, _ in kinds}) == 1:
            beings[value] = next(iter(kinds))[0]
        classes = {thing for _, thing in kinds if thing is not None}
        if len(classes) == 1 and beings.get(value) is Being.THING:
            things[value] = classes.pop()
    return KnownKinds(MappingProxyType(beings), MappingProxyType(things))


# What a question opening with each word asks for, by the kinds of thing that answer it
# (None for a thing of no known kind): "Who …?" someone who acts, a person, an animal,
# a state or a firm; "Where …?" a place, a building or a state.
_ASKED_KINDS: dict[str, tuple[frozenset[Being], frozenset[str | None]]] = {
    "who": (frozenset(Being), frozenset({None, "state or organisation"})),
    "whom": (frozenset(Being), frozenset({None, "state or organisation"})),
    "where": (
        frozenset({Being.THING}),
        frozenset({None, "place", "building", "state or organisation"}),
    ),
}


# "Who" and "where" in the other languages a deck is written in ("¿Quién …?", "Où …?").
_ASKED_IN_ENGLISH = dict.fromkeys(FOREIGN_WHO_WORDS, "who") | dict.fromkeys(
    ("donde", "ou", "wo", "dove"), "where"
)


def _asked_kinds(templates: Sequence[Template]) -> dict[str, list[str]]:
    """The words ("who", "where") that templates open with asking for each field, in
    English whatever the template's language."""
    asked: defaultdict[str, list[str]] = defaultdict(list)
    for template in templates:
        opening = fold(template.prompt).split()[:1]
        word = _ASKED_IN_ENGLISH.get(opening[0], opening[0]) if opening else ""
        if template.answer and word in _ASKED_KINDS:
            asked[template.answer].append(word)
    return asked


def _answers(kind: Kind, asking: Sequence[str]) -> bool:
    """Whether a value of `kind` may answer a question opening with each of `asking`."""
    being, thing = kind
    for word in asking:
        beings, things = _ASKED_KINDS[word]
        if being not in beings or (being is Being.THING and thing not in things):
            return False
    return True


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
    kind: Kind | None

    def of(self, fact: Fact) -> Kind | None:
        if not self.statement:
            return _named_kind(kind_words(self.pattern.render(fact.values)))
        rest = self.pattern.render({**fact.values, self.target: ""})
        return _named_kind(kind_words(f"Who {rest.strip()}"))


# The small words of a name or a title: "Gone with the Wind", "Alfred von Schlieffen".
_TITLE_WORDS = FUNCTION_WORDS | NAME_PARTICLES
# A word's letters, as a quick look for kind words reads them.
_LETTERS = re.compile(r"[^\W\d_]+")
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
    kind = _named_kind(words) if fixed else None
    if fixed and kind is None:
        return None
    return _Reading(target, frozenset(pattern.fields), pattern, statement, fixed, kind)


def _a_proper_name(value: str) -> bool:
    """Whether `value` is written as a proper name, with its article or not ("Laika",
    "NASA", "the Soviet Union", "Gone with the Wind"; not "the first animal …" nor "the
    Bosnian Serb who fired the shots", descriptions: a word in small letters that is
    no small word of a title)."""
    words = value.split()
    while words and words[0].casefold() in ARTICLES:
        words = words[1:]
    if not words or not words[0][:1].isupper():
        return False
    return all(not word[:1].islower() or fold(word) in _TITLE_WORDS for word in words[1:])


def _described(text: str) -> Kind | None:
    """The kind a description (no proper name: `_a_proper_name`) names by its last kind
    word ("the first animal to …", "a dog", "the 1906 conference that …", "the Bosnian
    Serb who …"); None for any other text."""
    words = text.split()
    if len(words) < 2 or words[0].casefold() not in ARTICLES:
        return None
    folded = _LETTERS.findall(text.casefold())
    if BEING_WORDS.isdisjoint(folded) and not any(map(is_people_word, folded)):
        return None  # most descriptions, at once
    named = kind_words(f"Who was {text}?")
    return _named_kind(named[-1:])


def _named_kind(words: Sequence[str]) -> Kind | None:
    """The kind that a question's kind words name, the last first: its head noun
    ("Which Spanish galleon …?" asks for a ship, "Which Roman emperor …?" a person)."""
    for word in reversed(words):
        if (being := described_being(word)) is not None:
            return being, thing_class(word) if being is Being.THING else None
    return None
