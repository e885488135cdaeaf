"""The kind of thing a card asks for (an animal, a ship, an emperor): every drawn option is of it.

A card's kind is said two ways. Its question may name it: the words after "Which" or
"What" ("Which horse …?", "Which Roman emperor …?") or after "Who was", "Who became"
("Who was the last emperor in the West?"), when the pool's facts have tags those words
name: an option must then hold a tag each such word names. And a card asking for a
being ("Who …?", a field for people, or a word for an animal or a person after
"Which") asks for one of the answer's kind: an animal where the answer's facts are
tagged as animals, a person where they are tagged as people or its name says a sex, or
either where the deck's own words say so (`deck_beings`); a ship, a city, a team or an
agency is neither, and a card asking "Who …?" for one is offered no value known to be a
person or an animal. Where the question names the sex it asks for ("Which
woman …?"), the answer is tagged as a person and another value is known to be of it, so
is the sex.

An option known to be of another kind is never offered ("Yuri Gagarin" for "Who became
the first animal to orbit the Earth?"); for an animal, or a sex, one whose kind nothing
says comes after those known to be of it. Where too few are left, the card offers fewer
options, down to two (`options_of_kind`); where none is, one of the answer's being
stands in for a kind the question names, and a lone being makes no card.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import field
from enum import Enum
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.generate.accepted import asks_for_person
from trainer.core.generate.beings import (
    NO_BEINGS,
    NO_KINDS,
    NO_THINGS,
    Being,
    KnownBeings,
    KnownKinds,
    KnownThings,
    being_word,
    kind_words,
    named_thing,
)
from trainer.core.generate.distractors import Options, Shortfall
from trainer.core.generate.kind_fields import FieldKind
from trainer.core.generate.name_styles import NameStyle, name_style
from trainer.core.generate.references import tag_named
from trainer.core.name_sexes import NONE_KNOWN, KnownSexes, Sex, sex_known, unlikely_sex
from trainer.core.records import record
from trainer.core.sex_words import sex_asked


class Verdict(Enum):
    """How an option stands to the kind asked for."""

    SAME = 0
    UNKNOWN = 1
    OTHER = 2


# Values of another kind named in a warning, at most.
_LISTED = 3


@record
class AskedKind:
    """The kind a card asks for: tags an option must hold (one of each group) and the
    being it must be, where known."""

    tag_groups: tuple[frozenset[str], ...] = ()
    being: Being | None = None
    # The sex of the person asked for, where the question says it ("the first woman").
    sex: Sex | None = None
    # What the deck's words say each value is, for values nothing else says of.
    beings: KnownBeings = field(default_factory=lambda: NO_BEINGS, compare=False, repr=False)
    # The answer's being where the question asks for none ("…: what is it?"): a value
    # known to be another is no option ("HMS Dreadnought" for a person), one that says
    # none may be.
    answer_being: Being | None = None
    # The kind of thing a thing asked for is ("ship", "agreement"): a value known to be
    # another kind is no option ("the Algeciras Conference" for a battleship).
    thing: str | None = None
    things: KnownThings = field(default_factory=lambda: NO_THINGS, compare=False, repr=False)
    # The kind a field of the deck's facts says the answer is ("Which {kind} …?"): a
    # value whose facts say another is no option (a pilot for a waterfall).
    field_kind: FieldKind | None = field(default=None, compare=False, repr=False)
    # The answer is a lone name ("Pompey"): so may another of the sex asked be.
    lone_answer: bool = False

    def __bool__(self) -> bool:
        return (
            bool(self.tag_groups)
            or self.being is not None
            or self.answer_being is not None
            or self.field_kind is not None
        )

    def of_being(self) -> AskedKind:
        """The being and sex alone, without the tags the question names: a woman of
        another nation stands in for "the first American woman", never a man."""
        return AskedKind((), self.being, self.sex, beings=self.beings, lone_answer=self.lone_answer)

    def label(self) -> str:
        """The kind in words, for a warning: "tagged emperor", "an animal"."""
        parts = [f"tagged {' or '.join(sorted(group))}" for group in self.tag_groups]
        if self.field_kind is not None:
            parts.append(self.field_kind.label())
        if self.sex is not None:
            parts.append("a woman" if self.sex is Sex.FEMALE else "a man")
        elif self.being is Being.THING or self.thing is not None:
            thing = (
                f": {'an' if self.thing[0] in 'aeiou' else 'a'} {self.thing}" if self.thing else ""
            )
            parts.append(f"a thing, not a person or an animal{thing}")
        elif (being := self.being or self.answer_being) is not None:
            parts.append(f"{'an' if being is Being.ANIMAL else 'a'} {being.value}")
        return ", ".join(parts)

    def verdict(self, value: str, tags: frozenset[str], known: KnownSexes = NONE_KNOWN) -> Verdict:
        """Whether `value`, whose facts hold `tags`, is of the kind asked for."""
        if any(group.isdisjoint(tags) for group in self.tag_groups):
            return Verdict.OTHER
        if self.field_kind is not None and self.field_kind.other(value):
            return Verdict.OTHER
        if self.thing is not None and thing_of(value, self.things) not in (None, self.thing):
            return Verdict.OTHER
        if self.being is None:
            if self.answer_being is None:
                return Verdict.SAME
            being = being_of(value, tags, known, self.beings)
            return Verdict.OTHER if being not in (None, self.answer_being) else Verdict.SAME
        verdict = Verdict.SAME
        if self.sex is not None:
            said = sex_known(value, known)
            if said is not None and said is not self.sex:
                return Verdict.OTHER
            if said is None:
                # A name of the sex unlikely ("Gherman Titov" for "Which woman …?"), or
                # a lone name saying none beside a full one ("Dolly", "Laika"), is no
                # guess a teacher offers.
                lone = not self.lone_answer and " " not in value.strip()
                if lone or unlikely_sex(value) is self.sex:
                    return Verdict.OTHER
                verdict = Verdict.UNKNOWN  # a name saying no sex may be of either
        being = being_of(value, tags, known, self.beings)
        if being is None:
            # Most values of a field for people are people, though few names say so;
            # an animal's kind is said by its tags.
            return verdict if self.being is Being.PERSON else Verdict.UNKNOWN
        return verdict if being is self.being else Verdict.OTHER


def _tags_being(tags: Iterable[str]) -> Being | None:
    """The one being the tags name, or None."""
    beings = {being for tag in tags if (being := being_word(tag)) is not None}
    return beings.pop() if len(beings) == 1 else None


def being_of(
    value: str,
    tags: Iterable[str],
    known: KnownSexes = NONE_KNOWN,
    beings: KnownBeings = NO_BEINGS,
) -> Being | None:
    """What `value` names by its facts' tags (`animal`, `dog`; `person`, `emperor`;
    `ship`, `city`), else by what the deck's words say it is (`beings`), else by its
    name saying a sex or written as a person's full name ("Klemens von Metternich": see
    `name_styles`); None if nothing says, or the tags say two kinds."""
    if isinstance(tags, frozenset):
        # A pool's values share a few sets of tags, read once each rather than for every
        # option of every card (8,442 times at 10,000 cards).
        tagged, being = _being_tagged(tags)
        if tagged:
            return being
    else:
        tags = tuple(tags)
        if any(being_word(tag) is not None for tag in tags):
            return _tags_being(tags)
    if beings and (said := beings.get(fold(value))) is not None:
        return said
    if _DESIGNATED.fullmatch(value):
        return Being.THING  # "Apollo 11", "Sputnik 2": a craft's or a model's number
    if sex_known(value, known) is not None or name_style(value) is NameStyle.FULL_NAME:
        return Being.PERSON
    return Being.THING if named_thing(value) is not None else None


# A name and a number in digits after it: a mission, a craft, a model or a place ("Apollo
# 11", "Sputnik 2", "Boeing 747", "Area 51"), never a person or an animal, whose numbers
# are a ruler's, in Roman numerals ("Louis XIV").
_DESIGNATED = re.compile(r"(?:[Tt]he\s+)?(?:[A-Z][\w'’.-]*\s+)+\d+[A-Za-z]?")


def thing_of(value: str, things: KnownThings = NO_THINGS) -> str | None:
    """The kind of thing `value` is, by the deck's words, else by its name's head noun."""
    return things.get(fold(value)) or named_thing(value)


@lru_cache(maxsize=1 << 12)
def _being_tagged(tags: frozenset[str]) -> tuple[bool, Being | None]:
    """Whether a tag of `tags` names a being, and the one being they name (`_tags_being`)."""
    if any(being_word(tag) is not None for tag in tags):
        return True, _tags_being(tags)
    return False, None


def asked_kind(
    prompt: str,
    field_name: str,
    answer: str,
    answer_tags: frozenset[str] | None,
    pool_tags: frozenset[str],
    known: KnownSexes = NONE_KNOWN,
    values: Iterable[str] = (),
    kinds: KnownKinds = NO_KINDS,
    field_kind: FieldKind | None = None,
) -> AskedKind:
    """The kind the card asks for. `answer_tags`: the tags of the facts holding the
    answer, or None when no fact holds it; `pool_tags`: every tag of the pool's facts.
    A word naming tags counts only where the answer's facts hold one of them (or no fact
    holds the answer): tags that name a thing the question mentions are not its kind.
    `field_kind`: the kind a field of the answer's fact says it is (`kind_fields`)."""
    words = kind_words(prompt)
    beings = kinds.beings
    groups: list[frozenset[str]] = []
    for word in words:
        group = frozenset(tag for tag in pool_tags if tag_named(tag, (word,)))
        if group and (answer_tags is None or not group.isdisjoint(answer_tags)):
            groups.append(group)
    named_being = next((b for w in words if (b := being_word(w)) is not None), None)
    being: Being | None = None
    if asks_for_person(field_name, prompt) or named_being in (Being.ANIMAL, Being.PERSON):
        # A thing asked "Who …?" (a team, an agency) keeps out the people and animals
        # known to be such; which thing it is, its tags alone say.
        being = being_of(answer, answer_tags or (), known, beings) or named_being
    # A sex counts where the deck tags the answer as a person: where it does not, a name
    # saying no sex may as well be an animal's as a woman's ("Laika" for "the first woman").
    # So does it where the answer's own name says the sex asked ("Valentina Tereshkova"):
    # then a name of the other sex ("Yuri Gagarin") is none for "the first woman", and a
    # name saying none only comes after those that say hers.
    tagged_person = being is Being.PERSON and _tags_being(answer_tags or ()) is Being.PERSON
    sex = sex_asked(prompt) if being is Being.PERSON and words else None
    # A full name whose given name is either sex's ("Lynn Margulis") is a person's too.
    said = sex_known(answer, known)
    full_name = said is None and name_style(answer) is NameStyle.FULL_NAME
    if sex is not None and not tagged_person and said is not sex and not full_name:
        sex = None
    if sex is not None and not any(
        sex_known(value, known) is sex for value in values if fold(value) != fold(answer)
    ):
        sex = None  # no other of the sex asked for: the warning that it stands out says so
    answer_being = None if being else being_of(answer, answer_tags or (), known, beings)
    if (
        answer_being is Being.PERSON
        and field_kind is not None
        and being_word((fold(field_kind.shown).split() or [""])[-1]) is not Being.PERSON
        and _tags_being(answer_tags or ()) is not Being.PERSON
    ):
        # Written like a person's full name, but of a kind its field says is no person's
        # ("Proxima Centauri", 'star' by its field 'kind').
        answer_being = None
    thing = thing_of(answer, kinds.things) if Being.THING in (being, answer_being) else None
    return AskedKind(
        tuple(dict.fromkeys(groups)),
        being,
        sex,
        beings,
        answer_being,
        thing,
        kinds.things,
        field_kind,
        " " not in answer.strip(),
    )


def options_of_kind(
    pick: Callable[[Sequence[Sequence[str]], int], Options | Shortfall],
    tiers: Sequence[Sequence[str]],
    count: int,
    kind: AskedKind,
    dropped: Sequence[str],
    tags_of: Callable[[str], frozenset[str] | None],
    known: KnownSexes = NONE_KNOWN,
) -> tuple[Options | Shortfall, str | None]:
    """`count` options picked by `pick` from `tiers` (values of the card's `kind`), or
    fewer where too few are left, down to two, rather than one of the `dropped` values
    of another kind; and the end of a warning saying so, or None. Where none is left,
    the values of the answer's being that lack the kind's tags stand in (a horse for
    "Who was the chimpanzee …?" in a deck of one chimpanzee), never one of another
    being."""
    options = pick(tiers, count)
    if not isinstance(options, Shortfall) or not dropped:
        return options, None
    unfiltered = pick([*tiers, list(dropped)], count)
    if isinstance(unfiltered, Shortfall):
        return unfiltered, None  # too few values of any kind: `choices` asks too much
    found = options.found
    # A kind the question names by a field ("Which secret police …?" asking `kind`)
    # takes no stand-in: any value not of it gives the answer away.
    if not found and (kind.tag_groups or kind.sex is not None) and kind.field_kind is None:
        being = kind.of_being()
        alike = [
            value
            for value in dropped
            if being.verdict(value, tags_of(value) or frozenset(), known) is not Verdict.OTHER
        ]
        if alike:
            # In the last tier: they are no wider a pool's than the values it ranked.
            tiers = [*tiers[:-1], [*(tiers[-1] if tiers else ()), *alike]]
            widened = pick(tiers, count)
            found = widened.found if isinstance(widened, Shortfall) else count - 1
            if not isinstance(widened, Shortfall):
                return widened, _lacking_message(kind, alike)
            options = widened
            dropped = [value for value in dropped if value not in alike]
    message = fewer_options_message(count, found, kind, list(dropped))
    if not found:
        return options, message
    return pick(tiers, found + 1), message


def _lacking_message(kind: AskedKind, alike: Sequence[str]) -> str:
    listed = ", ".join(f"'{value}'" for value in list(dict.fromkeys(alike))[:_LISTED])
    return (
        f"finds no other value of its kind ({kind.label()}), so it offers {listed} and "
        "the like, which are not"
    )


def fewer_options_message(count: int, found: int, kind: AskedKind, dropped: list[str]) -> str:
    """The end of a warning that a card offers fewer options than `count` (or none,
    when `found` is 0), as the values left of its `kind` are `found`: the `dropped`
    ones are of another kind and would give the answer away."""
    others = list(dict.fromkeys(dropped))
    listed = ", ".join(f"'{value}'" for value in others[:_LISTED])
    if len(others) > _LISTED:
        listed += f" and {len(others) - _LISTED} more"
    shown = f"offers {found + 1} options, not {count}," if found else "makes no card,"
    return (
        f"{shown} as too few values of its kind ({kind.label()}) are left: {listed} "
        f"{'is' if len(others) == 1 else 'are'} of another kind and would give the "
        "answer away"
    )
