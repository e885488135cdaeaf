"""What an instructor writes, as the deck loader builds it: excerpts with their facts and
questions, templates and chronologies, in a deck.

Kept apart from `model` (cards, diagnostics, a deck's citation and defaults), which is all
that reviewing reads: this module, and the eight classes it makes when imported, is
loaded only when a deck is compiled.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from types import MappingProxyType

from trainer.core.model import AnswerType, BookSource, DeckDefaults, Location, SourceRef
from trainer.core.records import record


class TemplateKind(StrEnum):
    """What a deck-level template produces for each fact it applies to."""

    TEXT = "text"
    CHOICE = "choice"
    TRUE_FALSE = "true_false"


@record
class FieldSpec:
    """The declared type of a fact field, used for answers built from it."""

    name: str
    type: AnswerType = AnswerType.TEXT
    tolerance: float = 0.0
    label: str = ""


@record
class Fact:
    """A structured record attached to an excerpt; templates turn it into questions."""

    id: str
    excerpt_id: str
    values: Mapping[str, str]
    location: Location
    tags: tuple[str, ...] = ()
    field_locations: Mapping[str, Location] = field(default_factory=lambda: MappingProxyType({}))
    # Other answers accepted for a field's value (`who: {value: …, accept: […]}`), by field.
    accepts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))


@record
class Question:
    """A question written by the author: free answer, or multiple choice with distractors."""

    slot: str
    prompt: str
    answer: str
    location: Location
    accept: tuple[str, ...] = ()
    type: AnswerType | None = None
    tolerance: float = 0.0
    hint: str = ""
    distractors: tuple[str, ...] = ()
    draw: str | None = None
    # With `draw`: options come only from facts that have every one of these tags.
    draw_tags: tuple[str, ...] = ()
    choices: int | None = None
    tags: tuple[str, ...] = ()

    @property
    def is_choice(self) -> bool:
        return bool(self.distractors) or self.draw is not None


@record
class Excerpt:
    """A passage of course material, in the deck's own words, with its citation."""

    id: str
    text: str
    source: SourceRef
    location: Location
    title: str = ""
    tags: tuple[str, ...] = ()
    auto_cloze: bool | None = None
    facts: tuple[Fact, ...] = ()
    questions: tuple[Question, ...] = ()
    # Where the value of `text` starts (for a block scalar: its `>`/`|` indicator). When
    # `text_inline` is set the text is a one-line plain scalar, so an offset into `text`
    # is a column offset from `text_location`; errors inside the text point there.
    text_location: Location | None = None
    text_inline: bool = False
    title_location: Location | None = None
    # Other answers accepted for a cloze number (`accept: {c1: [Lipeck]}`), and where each
    # number was written.
    cloze_accept: Mapping[int, tuple[str, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    cloze_accept_locations: Mapping[int, Location] = field(
        default_factory=lambda: MappingProxyType({})
    )


@record
class Template:
    """A deck-level pattern that asks about every fact having all the fields it uses."""

    id: str
    kind: TemplateKind
    location: Location
    prompt: str = ""
    answer: str = ""
    statement: str = ""
    swap: str = ""
    choices: int | None = None
    tags: tuple[str, ...] = ()


@record
class Chronology:
    """A set of 3-5 dated facts the learner must put in order."""

    id: str
    fact_ids: tuple[str, ...]
    location: Location
    prompt: str = "Put these events in order, earliest first."
    label: str = "{event}"
    date_field: str | None = None
    tags: tuple[str, ...] = ()


@record
class Deck:
    """A whole deck as written, after validation and before question generation."""

    id: str
    title: str
    location: Location
    description: str = ""
    author: str = ""
    license: str = ""
    version: str = ""
    source: BookSource | None = None
    tags: tuple[str, ...] = ()
    defaults: DeckDefaults = DeckDefaults()
    fields: Mapping[str, FieldSpec] = field(default_factory=lambda: MappingProxyType({}))
    templates: tuple[Template, ...] = ()
    excerpts: tuple[Excerpt, ...] = ()
    chronologies: tuple[Chronology, ...] = ()
    # Other names of a value, accepted wherever one of them is an answer.
    aliases: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: MappingProxyType({}))
    files: tuple[str, ...] = ()
    content_hash: str = ""

    def excerpt(self, excerpt_id: str) -> Excerpt:
        for excerpt in self.excerpts:
            if excerpt.id == excerpt_id:
                return excerpt
        raise KeyError(excerpt_id)
