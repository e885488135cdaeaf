"""Generation steps remembered by what they read, so that an edited deck regenerates only
the cards whose inputs changed.

Generating an excerpt's cards is a few steps (its authored and cloze cards, one step per
fact and template, its automatic cloze). Each step reads the excerpt itself and, beyond
it, one of two scopes of the deck:

- ``EXCERPT``: only the deck's settings (everything but its excerpts and chronologies);
- ``FACTS``: also every fact of the deck, with the id, tags and chapter of the excerpt
  holding it: what option pools, swap pools and near neighbours are drawn from and
  ranked by.

A chronology's card is a step too, in the ``FACTS`` scope: its key adds the chronology
and the excerpts holding its facts (the card cites them).

A step's key is a digest of the step, the excerpt and its scope, without their places in
the files: a line added above an excerpt changes none of its cards. A step records the
excerpt's places; replayed where they have moved, its cards' origins are moved with
them, and a step that warned (its messages may quote places) is run again. A true/false
step also searches the text of every excerpt (false means false): it remembers each
search, the words sought and the excerpts found (by id and text), and is replayed only
if every search finds the same excerpts with the same texts again. That is checked
without searching the deck: the memo holds the last compile's steps, so only the
excerpts found then and those changed since can answer differently.

A remembered step is replayed instead of run: its cards and origins go through the sink,
its warnings, shortfalls and true/false drafts are added as they were. Steps that
reported an error are never kept.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Mapping, Sequence
from dataclasses import field

from trainer.core.authored import Chronology, Deck, Excerpt
from trainer.core.generate.context import CardSink, Diagnostics
from trainer.core.generate.distractors import Shortfall
from trainer.core.generate.falsity import Falsity
from trainer.core.generate.step_inputs import (
    Place,
    Scope,
    chronology_content,
    content_digest,
    digest,
    excerpt_places,
    fact_holder,
    opening_step,
    place_of,
)
from trainer.core.generate.templates import Shortfalls
from trainer.core.generate.true_false_drafts import TrueFalseDraft
from trainer.core.model import Card, Diagnostic, Location
from trainer.core.records import record

__all__ = [
    "StepMemo",
    "StepRecord",
    "Steps",
]

# A search of the excerpts' texts: the words sought, and the excerpts found, each by id
# and a digest of its text.
TextSearch = tuple[tuple[str, ...], tuple[tuple[str, str], ...]]


@record
class StepRecord:
    """What one step added: cards with their origins, warnings, shortfalls, drafts (each
    draft's position counted from the step's first card), and the searches of the
    excerpts' texts it made."""

    cards: tuple[Card, ...]
    origins: tuple[Location, ...]
    diagnostics: tuple[Diagnostic, ...]
    shortfalls: tuple[tuple[str, str, Shortfall], ...]
    drafts: tuple[TrueFalseDraft, ...]
    searches: tuple[TextSearch, ...] = ()
    # The excerpt's places when the step ran (`excerpt_places`, flattened).
    places: tuple[Place | None, ...] = ()
    # The record as `step_codec` stored it, when it was read back: a step replayed is
    # written again as it was read, not encoded again.
    plain: tuple[object, ...] | None = field(default=None, compare=False, repr=False)


# Remembered steps by key; a run reads one and gives a new one holding the steps it used.
StepMemo = Mapping[bytes, StepRecord]


class Steps:
    """Runs a deck's generation steps, replaying those `previous` remembers."""

    def __init__(
        self,
        deck: Deck,
        sink: CardSink,
        report: Diagnostics,
        shortfalls: Shortfalls,
        drafts: list[TrueFalseDraft],
        previous: StepMemo | None = None,
    ) -> None:
        self._deck = deck
        self._sink = sink
        self._report = report
        self._shortfalls = shortfalls
        self._drafts = drafts
        self._previous = previous
        self.recorded: dict[bytes, StepRecord] | None = None if previous is None else {}
        self._scopes: dict[Scope, bytes] = {}
        self._excerpts: dict[str, bytes] = {}  # by id, if `_unique_ids`
        self._opening_keys: dict[str, bytes] = {}  # by id, if `_unique_ids`
        self._texts: dict[int, str] = {}
        self._excerpt_places: dict[str, tuple[Place | None, ...]] = {}
        self._excerpt_positions: dict[str, int] | None = None
        self._changed: dict[str, set[int]] | None = None

    def run(
        self,
        scope: Scope,
        excerpt: Excerpt,
        step: tuple[str, ...],
        work: Callable[[], None],
        falsity: Falsity | None = None,
    ) -> None:
        """Run `work` (one step of `excerpt`'s cards, named by `step`), or replay it.

        `falsity` is given when the step searches the excerpts' texts through it.
        """
        if self.recorded is None:
            work()
            return
        self._run_keyed(self._key(scope, excerpt, step), self._places(excerpt), work, falsity)

    def run_opening(self, excerpt: Excerpt, work: Callable[[], None]) -> None:
        """Run `work` (the excerpt's opening step, see `opening_step`), or replay it."""
        if self.recorded is None:
            work()
            return
        self._run_keyed(self._opening_key(excerpt), self._places(excerpt), work, None)

    def run_chronology(
        self, chronology: Chronology, excerpts: Sequence[Excerpt], work: Callable[[], None]
    ) -> None:
        """Run `work` (the card of `chronology`, whose facts `excerpts` hold), or replay it.

        The card reads the chronology, its facts and their excerpts, and the deck's
        settings: its key is the `FACTS` scope's (every fact) with the chronology and
        those excerpts.
        """
        if self.recorded is None:
            work()
            return
        parts = (
            "chronology",
            repr(chronology_content(chronology)),
            *(self._excerpt_digest(excerpt).hex() for excerpt in excerpts),
            self._scope_digest(Scope.FACTS).hex(),
        )
        self._run_keyed(digest("\0".join(parts)), (place_of(chronology.location),), work, None)

    def _run_keyed(
        self,
        key: bytes,
        places: tuple[Place | None, ...],
        work: Callable[[], None],
        falsity: Falsity | None,
    ) -> None:
        assert self.recorded is not None
        record = self._previous.get(key) if self._previous is not None else None
        if record is not None and falsity is not None and not self._same_searches(record, falsity):
            record = None
        if record is not None:
            record = _moved(record, places)
        if record is None:
            record = self._record(work, falsity, places)
            if record is not None:
                self.recorded[key] = record
        else:
            self._replay(record)
            self.recorded[key] = record

    def _record(
        self, work: Callable[[], None], falsity: Falsity | None, places: tuple[Place | None, ...]
    ) -> StepRecord | None:
        sink, report = self._sink, self._report
        cards_before, items_before = len(sink.cards), len(report.items)
        errors_before, drafts_before = report.error_count, len(self._drafts)
        lengths = {name: len(entries) for name, entries in self._shortfalls.items()}
        if falsity is not None:
            falsity.reads = []
        try:
            work()
        finally:
            reads = falsity.reads if falsity is not None else None
            if falsity is not None:
                falsity.reads = None
        if report.error_count != errors_before:
            return None
        cards = tuple(sink.cards[cards_before:])
        return StepRecord(
            cards=cards,
            origins=tuple(sink.origins[card.id] for card in cards),
            diagnostics=tuple(report.items[items_before:]),
            shortfalls=tuple(
                (name, fact_id, shortfall)
                for name, entries in self._shortfalls.items()
                for fact_id, shortfall in entries[lengths.get(name, 0) :]
            ),
            drafts=tuple(
                dataclasses.replace(draft, position=draft.position - cards_before)
                for draft in self._drafts[drafts_before:]
            ),
            searches=tuple(
                (tuple(sorted(words)), self._found(positions)) for words, positions in reads or ()
            ),
            places=places,
        )

    def _places(self, excerpt: Excerpt) -> tuple[Place | None, ...]:
        if not self._unique_ids():
            return excerpt_places(excerpt)
        places = self._excerpt_places.get(excerpt.id)
        if places is None:
            places = self._excerpt_places[excerpt.id] = excerpt_places(excerpt)
        return places

    def _unique_ids(self) -> bool:
        """Whether what is worked out for an excerpt may be kept by its id: a deck that
        fails to compile may hold two excerpts under one id, each with its own key."""
        return self._positions() is not None

    def _same_searches(self, record: StepRecord, falsity: Falsity) -> bool:
        """True when every search `record` made finds the same excerpts, with the same
        texts, in the same order, as it did when the step ran (or was last replayed).

        The remembered steps are those of the last compile, whose searches held for the
        deck it compiled. An excerpt found then and unchanged since is still found; one
        not found then is found now only if it changed. So a search is checked against
        the excerpts it found and those that changed, not the whole deck.
        """
        if not record.searches:
            return True
        positions = self._positions()
        if positions is None:
            return all(
                self._found(falsity.excerpts_naming(words)) == found
                for words, found in record.searches
            )
        changed = self._changed_words(falsity)
        for words, found in record.searches:
            kept: list[int] = []
            for excerpt_id, text_digest in found:
                position = positions.get(excerpt_id)
                if (
                    position is None
                    or (kept and position <= kept[-1])
                    or self._text_digest(position) != text_digest
                ):
                    return False
                kept.append(position)
            if not words:
                if found:
                    return False
                continue
            newly = set(changed.get(words[0], ()))
            for word in words[1:]:
                if not newly:
                    break
                newly &= changed.get(word, set())
            if newly.difference(kept):
                return False
        return True

    def _positions(self) -> dict[str, int] | None:
        """Each excerpt's position by id; None if two excerpts share an id (such a deck
        fails to compile, but its steps are still looked up)."""
        if self._excerpt_positions is None:
            excerpts = self._deck.excerpts
            positions = {excerpt.id: i for i, excerpt in enumerate(excerpts)}
            self._excerpt_positions = positions if len(positions) == len(excerpts) else {}
        return self._excerpt_positions or None

    def _changed_words(self, falsity: Falsity) -> dict[str, set[int]]:
        """For each word that statements can name, the positions of the excerpts holding
        it among those the last compile did not have as they are now.

        An excerpt is unchanged when the key of its opening step is remembered: that key
        digests all the excerpt says, its text with it, and the memo holds only the last
        compile's steps. The opening step reads the facts when a question draws on them,
        as true/false steps always do, so for those steps, whose key matched, this is
        exact (for other steps, a changed scope makes more excerpts count as changed,
        which can only send a step to be run again).
        """
        if self._changed is None:
            self._changed = {}
            previous = self._previous or {}
            for position, excerpt in enumerate(self._deck.excerpts):
                if self._opening_key(excerpt) in previous:
                    continue
                for word in falsity.words_named_at(position):
                    self._changed.setdefault(word, set()).add(position)
        return self._changed

    def _found(self, positions: tuple[int, ...]) -> tuple[tuple[str, str], ...]:
        excerpts = self._deck.excerpts
        return tuple((excerpts[i].id, self._text_digest(i)) for i in positions)

    def _text_digest(self, position: int) -> str:
        text = self._texts.get(position)
        if text is None:
            text = digest(self._deck.excerpts[position].text).hex()
            self._texts[position] = text
        return text

    def _replay(self, record: StepRecord) -> None:
        first = len(self._sink.cards)
        self._sink.add_again(record.cards, record.origins)
        self._report.items.extend(record.diagnostics)
        for name, fact_id, shortfall in record.shortfalls:
            self._shortfalls[name].append((fact_id, shortfall))
        self._drafts.extend(
            dataclasses.replace(draft, position=draft.position + first) for draft in record.drafts
        )

    def _opening_key(self, excerpt: Excerpt) -> bytes:
        """The key of the excerpt's opening step, worked out once (finding the changed
        excerpts asks for each before its step runs)."""
        key = self._opening_keys.get(excerpt.id) if self._unique_ids() else None
        if key is None:
            scope, step = opening_step(excerpt)
            key = self._key(scope, excerpt, step)
            if self._unique_ids():
                self._opening_keys[excerpt.id] = key
        return key

    def _key(self, scope: Scope, excerpt: Excerpt, step: tuple[str, ...]) -> bytes:
        own = self._excerpt_digest(excerpt).hex()
        return digest("\0".join((*step, own, self._scope_digest(scope).hex())))

    def _excerpt_digest(self, excerpt: Excerpt) -> bytes:
        if not self._unique_ids():
            return content_digest(excerpt)
        own = self._excerpts.get(excerpt.id)
        if own is None:
            own = self._excerpts[excerpt.id] = content_digest(excerpt)
        return own

    def _scope_digest(self, scope: Scope) -> bytes:
        scope_digest = self._scopes.get(scope)
        if scope_digest is None:
            deck = self._deck
            frame = dataclasses.replace(
                deck, excerpts=(), chronologies=(), files=(), content_hash=""
            )
            holders: tuple[tuple[object, ...], ...] = ()
            if scope is Scope.FACTS:
                holders = tuple(fact_holder(e) for e in deck.excerpts if e.facts)
            scope_digest = digest(repr((scope.value, repr(frame), holders)))
            self._scopes[scope] = scope_digest
        return scope_digest


def _moved(record: StepRecord, places: tuple[Place | None, ...]) -> StepRecord | None:
    """The record with its cards' origins moved to the excerpt's `places`, or None when
    it cannot be: it warned (a message may quote a place), or an origin lies outside the
    excerpt."""
    if record.places == places:
        return record
    if record.diagnostics or len(record.places) != len(places):
        return None
    moves: dict[Place, Place | None] = {}
    for old, new in zip(record.places, places, strict=True):
        if old is not None:
            # Two fields once at one place and now apart: which one an origin was is lost.
            moves[old] = new if moves.get(old, new) == new else None
    origins: list[Location] = []
    for origin in record.origins:
        moved = moves.get((origin.path, origin.line, origin.column))
        if moved is None:
            return None
        origins.append(Location(*moved))
    return dataclasses.replace(record, origins=tuple(origins), places=places, plain=None)
