"""What every card generator shares: per-deck value pools, diagnostics and card assembly."""

from __future__ import annotations

import random
import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from trainer.core.answering.normalise import fold
from trainer.core.answering.symbol_words import readable
from trainer.core.authored import Deck, Excerpt, Fact
from trainer.core.card_frames import ENGLISH, CardFrame
from trainer.core.deck.answer_types import field_spec, is_era_year, is_number, is_year
from trainer.core.deck.card_ids import stable_seed
from trainer.core.generate.alias_keys import alias_key as alias_key
from trainer.core.generate.beings import KnownKinds
from trainer.core.generate.deck_beings import deck_kinds
from trainer.core.generate.deck_sexes import deck_sexes
from trainer.core.generate.field_display import shown_values
from trainer.core.generate.pools import Pool
from trainer.core.generate.references import Reference
from trainer.core.model import (
    Answer,
    AnswerType,
    Card,
    CardKind,
    Diagnostic,
    Location,
    Severity,
)
from trainer.core.name_sexes import KnownSexes
from trainer.core.records import record

# A letter or a digit: what grading compares (see `CardSink.add`).
_TYPED_ANSWERS = frozenset({AnswerType.TEXT, AnswerType.NUMBER, AnswerType.YEAR, AnswerType.DATE})


def merge_tags(*groups: Iterable[str]) -> tuple[str, ...]:
    """All tags of all groups, first occurrence kept, in order."""
    return tuple(dict.fromkeys(tag for group in groups for tag in group))


def seeded_random(card_id_: str) -> random.Random:
    """The one source of randomness for a card: the same id always makes the same choices."""
    return random.Random(stable_seed(card_id_))


class Diagnostics:
    """Errors and warnings collected while generating; generation goes on after each."""

    def __init__(self) -> None:
        self.items: list[Diagnostic] = []
        self.error_count = 0

    def error(self, location: Location, message: str) -> None:
        self.items.append(Diagnostic(location, Severity.ERROR, message))
        self.error_count += 1

    def warning(self, location: Location, message: str) -> None:
        self.items.append(Diagnostic(location, Severity.WARNING, message))

    def sorted(self, files: Sequence[str] = ()) -> tuple[Diagnostic, ...]:
        return sort_diagnostics(self.items, files)


def sort_diagnostics(
    items: Iterable[Diagnostic], files: Sequence[str] = ()
) -> tuple[Diagnostic, ...]:
    """In the order `files` were read (others after, by name), then by line and column.

    Ties keep the order in which the problems were found.
    """
    rank = {path: i for i, path in reversed(list(enumerate(files)))}

    def key(diagnostic: Diagnostic) -> tuple[int, str, int, int]:
        where = diagnostic.location
        return (rank.get(where.path, len(rank)), where.path, where.line, where.column)

    return tuple(sorted(items, key=key))


@record
class Citing:
    """What every card citing the same excerpts shares: source, base tags and cited ids."""

    source: str
    tags: tuple[str, ...]
    cites: tuple[str, ...]


@dataclass(slots=True)
class DeckIndex:
    """Lookups computed once per deck, so that generation stays linear in the deck's size."""

    deck: Deck
    facts_by_id: dict[str, Fact]
    excerpt_by_id: dict[str, Excerpt]
    field_names: frozenset[str]
    # For each folded name in the deck's `aliases`, every name of its group.
    alias_groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    _pools: dict[tuple[str, ...], Pool] = field(default_factory=dict)
    _pools_of_facts: dict[tuple[str, frozenset[int]], Pool] = field(default_factory=dict)
    _by_value: dict[str, dict[str, list[Fact]]] = field(default_factory=dict)
    _references: dict[int, Reference] = field(default_factory=dict)
    _citing: dict[tuple[int, ...], Citing] = field(default_factory=dict)
    _shown: dict[tuple[int, str], dict[str, str]] = field(default_factory=dict)
    _excerpt_values: dict[tuple[str, str], frozenset[str]] = field(default_factory=dict)
    _group_values: dict[tuple[object, ...], tuple[str, ...]] = field(default_factory=dict)
    _field_types: dict[str, AnswerType] = field(default_factory=dict)
    _known_sexes: KnownSexes | None = None
    _known_kinds: KnownKinds | None = None

    @classmethod
    def of(cls, deck: Deck) -> DeckIndex:
        facts = {fact.id: fact for excerpt in deck.excerpts for fact in excerpt.facts}
        names = frozenset(name for fact in facts.values() for name in fact.values)
        return cls(deck, facts, {e.id: e for e in deck.excerpts}, names, _alias_groups(deck))

    def aliases_of(self, text: str) -> tuple[str, ...]:
        """The other names the deck's `aliases` give `text` (none if it has no group)."""
        if not self.alias_groups:
            return ()
        key = alias_key(text)
        return tuple(name for name in self.alias_groups.get(key, ()) if alias_key(name) != key)

    def aliases_named_in(self, text: str) -> tuple[str, ...]:
        """Every other name of each alias group that `text` names by one of its names:
        what `text` names under those names too."""
        if not self.alias_groups:
            return ()
        padded = f" {fold(text)} "
        found: dict[str, None] = {}
        for key, names in self.alias_groups.items():
            if not key or f" {key} " not in padded:
                continue
            own = [name for name in names if alias_key(name) == key]
            # An acronym names its group only in capitals: 'Who …?' does not name the WHO.
            if all(name.isupper() for name in own) and not any(
                re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in own
            ):
                continue
            found.update(dict.fromkeys(name for name in names if alias_key(name) != key))
        return tuple(found)

    def pool(self, field_name: str, facts: Iterable[Fact] | None = None, *key: str) -> Pool:
        """The pool of `field_name` over `facts` (every fact holding it if None), kept by
        `key`, which must name the set of facts."""
        cache_key = (field_name, *key)
        pool = self._pools.get(cache_key)
        if pool is None:
            chosen = list(self.facts_with(field_name) if facts is None else facts)
            # A pool depends only on its set of facts: a template's facts are often every
            # fact holding the field, and their pool is then built once, not twice.
            same_facts = (field_name, frozenset(map(id, chosen)))
            pool = self._pools_of_facts.get(same_facts)
            if pool is None:
                # Declared, or implied by the field's name (`year`, `date`) or values.
                declared = self.field_type(field_name)
                pool = Pool(chosen, field_name, self.excerpt_by_id.__getitem__, declared)
                self._pools_of_facts[same_facts] = pool
            self._pools[cache_key] = pool
        return pool

    def known_sexes(self) -> KnownSexes:
        """The sex the deck's facts and templates give each name that says none itself
        (`deck_sexes`), by folded name; worked out once."""
        if self._known_sexes is None:
            self._known_sexes = deck_sexes(self.facts_by_id.values(), self.deck.templates)
        return self._known_sexes

    def known_kinds(self) -> KnownKinds:
        """The being, and a thing's kind, the deck's facts and templates give each value
        that says none itself (`deck_beings`), by folded value; worked out once."""
        if self._known_kinds is None:
            self._known_kinds = deck_kinds(self.facts_by_id.values(), self.deck.templates)
        return self._known_kinds

    def field_type(self, field_name: str) -> AnswerType:
        """A field's declared type, or the one its name implies; an undeclared field of
        numbers only, one of them no year, is of numbers: `km: 6650` beside `km: 346`
        is a length, not the year 6650 (a field of four-digit numbers alone stays
        years, as `year` would); one of years, some with their era, is of years."""
        known = self._field_types.get(field_name)
        if known is None:
            known = self._field_types[field_name] = self._read_field_type(field_name)
        return known

    def _read_field_type(self, field_name: str) -> AnswerType:
        spec = field_spec(self.deck.fields, field_name)
        if field_name in self.deck.fields or spec.type is not AnswerType.TEXT:
            return spec.type
        grouped = self.facts_by_value(field_name).values()
        values = [facts[0].values[field_name] for facts in grouped if facts]
        if values and all(map(is_number, values)) and not all(map(is_year, values)):
            return AnswerType.NUMBER
        if any(map(is_era_year, values)) and all(is_year(v) or is_era_year(v) for v in values):
            return AnswerType.YEAR  # "563 BC", "AD 570" and "1469": years of either era
        return spec.type

    def reference(self, fact: Fact) -> Reference:
        """What the cards made from `fact` are about, for their near neighbours; kept."""
        # By the fact itself: a deck that fails to compile may give two facts one id.
        reference = self._references.get(id(fact))
        if reference is None:
            excerpt = self.excerpt_by_id[fact.excerpt_id]
            reference = Reference.of((fact,), (excerpt,), dated_by=excerpt.facts)
            self._references[id(fact)] = reference
        return reference

    def shown_values(self, fact: Fact, frame: CardFrame = ENGLISH) -> dict[str, str]:
        """Every value of `fact` as a card in the language of `frame` shows it
        (`field_display.shown_values`), worked out once for all the templates that use
        it; not to be changed."""
        key = (id(fact), frame.language)
        shown = self._shown.get(key)
        if shown is None:
            shown = shown_values(self.deck.fields, fact.values, frame)
            self._shown[key] = shown
        return shown

    def excerpt_values(self, excerpt: Excerpt, field_name: str) -> frozenset[str]:
        """The folded values of `field_name` in the excerpt's own facts; worked out once
        per excerpt, not once per card (an excerpt may hold thousands of facts)."""
        key = (excerpt.id, field_name)
        values = self._excerpt_values.get(key)
        if values is None or not self._unique_excerpt(excerpt):
            values = frozenset(
                fold(fact.values[field_name]) for fact in excerpt.facts if field_name in fact.values
            )
            self._excerpt_values[key] = values
        return values

    def _unique_excerpt(self, excerpt: Excerpt) -> bool:
        # A deck that fails to compile may hold two excerpts under one id.
        return self.excerpt_by_id.get(excerpt.id) is excerpt

    def group_values(self, field_name: str, groups: tuple[str, ...], fact: Fact) -> tuple[str, ...]:
        """The values of `field_name` held by the facts that share every one of `groups`
        with `fact` ("novel: Pride and Prejudice"), in deck order, each once; built once
        per group."""
        own = tuple(fold(fact.values[name]) for name in groups)
        key = (field_name, groups, own)
        found = self._group_values.get(key)
        if found is None:
            values: dict[str, str] = {}
            for other in self.facts_by_value(groups[0]).get(own[0], ()):
                if field_name in other.values and all(
                    name in other.values and fold(other.values[name]) == mine
                    for name, mine in zip(groups[1:], own[1:], strict=True)
                ):
                    values.setdefault(fold(other.values[field_name]), other.values[field_name])
            found = self._group_values[key] = tuple(values.values())
        return found

    def facts_with(self, field_name: str) -> list[Fact]:
        """Every fact holding `field_name`, grouped by value."""
        return [fact for values in self.facts_by_value(field_name).values() for fact in values]

    def facts_by_value(self, field_name: str) -> dict[str, list[Fact]]:
        """The facts holding `field_name`, by their folded value of it; built once."""
        table = self._by_value.get(field_name)
        if table is None:
            table = defaultdict(list)
            for fact in self.facts_by_id.values():
                if field_name in fact.values:
                    table[fold(fact.values[field_name])].append(fact)
            self._by_value[field_name] = table
        return table

    def citing(self, excerpts: Sequence[Excerpt]) -> Citing:
        """The citation, tags and ids shared by cards citing `excerpts`; computed once."""
        # Kept by the excerpts themselves, not their ids: a deck that fails to compile
        # may hold two excerpts under one id, each with its own pages.
        key = tuple(map(id, excerpts))
        citing = self._citing.get(key)
        if citing is None:
            citations = dict.fromkeys(c for e in excerpts if (c := e.source.cite()))
            citing = Citing(
                source="; ".join(citations),
                tags=merge_tags(self.deck.tags, *(e.tags for e in excerpts)),
                cites=tuple(dict.fromkeys(e.id for e in excerpts)),
            )
            self._citing[key] = citing
        return citing


class CardSink:
    """Collects cards in order and refuses a second card with an id already given out.

    `origins` remembers where in the deck each card was written (its question, cloze,
    fact, chronology or excerpt), so that reports can point back to it.
    """

    def __init__(self, report: Diagnostics) -> None:
        self.cards: list[Card] = []
        self._report = report
        # Its keys are the ids given out: no set of them is kept beside it (a table of
        # 100,000 entries more at 100,000 cards, while generation holds the most).
        self.origins: dict[str, Location] = {}

    def add(self, card: Card, origin: Location) -> bool:
        """Add `card`; False (and an error) when its id is taken already."""
        if card.id in self.origins:
            self._report_clash(card, origin)
            return False
        if (ungradable := _ungradable_part(card.answer)) is not None:
            # Grading compares letters and digits: "%" or "→" folds to nothing, and no
            # typed answer could ever be right.
            self._report.error(
                origin,
                f"card '{card.id}': its answer '{ungradable}' has no letter or digit, so no "
                "typed answer could match it; write it in words",
            )
            return False
        self.cards.append(card)
        self.origins[card.id] = origin
        return True

    def add_again(self, cards: Iterable[Card], origins: Iterable[Location]) -> None:
        """Add the cards of a replayed step, each with its origin. `add` took each of them
        when the step ran (a step that reported an error is never replayed), and what it
        checked of a card's own answer still holds: only an id can clash now."""
        taken = self.origins
        for card, origin in zip(cards, origins, strict=True):
            if card.id in taken:
                self._report_clash(card, origin)
                continue
            self.cards.append(card)
            taken[card.id] = origin

    def _report_clash(self, card: Card, origin: Location) -> None:
        self._report.error(origin, f"two cards get the id '{card.id}'; give one of them another id")


def _ungradable_part(answer: Answer) -> str | None:
    """The part of a typed answer with no letter or digit to grade against, if any."""
    if answer.type not in _TYPED_ANSWERS:
        return None
    return next((part for part in answer.parts or (answer.text,) if not readable(part)), None)


def build_card(
    index: DeckIndex,
    *,
    id: str,
    excerpts: Sequence[Excerpt],
    kind: CardKind,
    prompt: str,
    answer: Answer,
    choices: Sequence[str] = (),
    hint: str = "",
    explanation: str = "",
    tags: tuple[str, ...] = (),
) -> Card:
    """A card citing `excerpts`, the first of which it shows.

    Tags are the deck's, then every cited excerpt's, then `tags`.
    """
    citing = index.citing(excerpts)
    return Card(
        id=id,
        deck_id=index.deck.id,
        kind=kind,
        excerpt_id=excerpts[0].id,
        prompt=prompt,
        answer=answer,
        source=citing.source,
        choices=tuple(choices),
        hint=hint,
        explanation=explanation,
        tags=merge_tags(citing.tags, tags) if tags else citing.tags,
        cites=citing.cites,
    )


def _alias_groups(deck: Deck) -> dict[str, tuple[str, ...]]:
    """Each name of the deck's aliases (by `alias_key`), mapped to every name of its group.

    Groups that share a name are one group: `{A: [B], C: [B]}` makes A, B and C one, in
    the order first written.
    """
    groups: dict[str, list[str]] = {}
    for value, names in deck.aliases.items():
        merged: list[str] = []
        seen: set[str] = set()
        entry = [name for name in (value, *names) if alias_key(name)]
        known = [member for name in entry for member in groups.get(alias_key(name), ())]
        for member in (*known, *entry):
            if alias_key(member) not in seen:
                seen.add(alias_key(member))
                merged.append(member)
        for member in merged:
            groups[alias_key(member)] = merged
    return {key: tuple(names) for key, names in groups.items()}
