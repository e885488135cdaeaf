"""Plain, immutable data types of the deck engine: generated cards, diagnostics, and a deck's
citation and defaults (what an instructor writes is in `authored`)."""

from __future__ import annotations

import dataclasses
import operator
from collections.abc import Mapping
from dataclasses import field
from enum import StrEnum
from types import MappingProxyType
from typing import TYPE_CHECKING

from trainer.core.records import record
from trainer.core.untrusted import printable

if TYPE_CHECKING:
    from trainer.core.authored import Deck

# The longest answer: what a learner may type (the app takes no more), and so the longest
# answer, accepted answer, option or fact value a deck may hold. It also bounds the work
# grading and generation do on a value a hostile deck makes as long as its file.
MAX_ANSWER_LENGTH = 1_000
# The longest question, statement or hint a deck may hold: no question runs to pages.
MAX_PROMPT_LENGTH = 5_000
# The longest run of characters without a space in any text of a deck: no word is longer,
# and a run of digits this long is still a number Python reads (at most 4,300 digits).
MAX_WORD_LENGTH = 1_000


class CardKind(StrEnum):
    """The seven ways a deck turns its excerpts into questions."""

    QA = "qa"
    CLOZE = "cloze"
    TEMPLATE = "template"
    CHOICE = "choice"
    TRUE_FALSE = "true_false"
    CHRONOLOGY = "chronology"
    AUTO_CLOZE = "auto_cloze"


class AnswerType(StrEnum):
    """How a typed answer is compared with the expected one."""

    TEXT = "text"
    YEAR = "year"
    DATE = "date"
    NUMBER = "number"
    CHOICE = "choice"
    ORDER = "order"


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"


@record
class Location:
    """A place in a deck file; line and column are 1-based, as editors count them."""

    path: str
    line: int = 1
    column: int = 1

    def __str__(self) -> str:
        # A file's name may hold a newline: printed raw, it would start a line of its own
        # that reads as another diagnostic (`a<newline>b.yaml:9:9: error: forged`).
        return f"{printable(self.path, one_line=True)}:{self.line}:{self.column}"


@record
class Diagnostic:
    """One problem found in a deck, printed in compiler format."""

    location: Location
    severity: Severity
    message: str

    def __str__(self) -> str:
        return f"{self.location}: {self.severity.value}: {self.message}"


class DeckError(Exception):
    """A deck could not be compiled; carries every error found, not just the first."""

    def __init__(self, diagnostics: tuple[Diagnostic, ...] | list[Diagnostic]) -> None:
        self.diagnostics: tuple[Diagnostic, ...] = tuple(diagnostics)
        super().__init__("\n".join(str(d) for d in self.diagnostics))


@record
class SourceRef:
    """Where an excerpt comes from in the course material."""

    pages: str = ""
    chapter: str = ""
    url: str = ""

    def cite(self) -> str:
        """A short human citation such as ``p. 128–129`` or ``ch. 5, p. 3``."""
        parts: list[str] = []
        if self.chapter:
            parts.append(f"ch. {self.chapter}")
        if self.pages:
            many = any(sep in self.pages for sep in ("–", ",", "&"))
            parts.append(f"{'pp.' if many else 'p.'} {self.pages}")
        if self.url:
            parts.append(self.url)
        return ", ".join(parts)


@record
class BookSource:
    """The book or course a whole deck is drawn from."""

    title: str
    author: str = ""
    edition: str = ""
    year: str = ""
    publisher: str = ""
    url: str = ""


@record
class DeckDefaults:
    """Per-deck defaults; the learner's settings apply where a deck leaves one unset."""

    new_per_day: int | None = None
    reviews_per_day: int | None = None
    choices: int = 4
    # "plain" switches automatic cloze on only for excerpts that have no other questions.
    auto_cloze: bool | str = "plain"
    auto_cloze_max: int = 5
    typo_tolerance: float | None = None
    # Siblings (cards of one excerpt) of a card answered today wait for another day
    # unless nothing else is left (see trainer.core.scheduling.siblings).
    bury_siblings: bool = True


@record
class Answer:
    """The expected answer of a card and how to compare a typed one with it."""

    type: AnswerType
    text: str
    alternatives: tuple[str, ...] = ()
    tolerance: float = 0.0
    # For choice answers, the index of the right choice; for order answers, the
    # indices of the card's choices in their correct order. Empty otherwise.
    key: tuple[int, ...] = ()
    # An answer in several parts (a cloze with several blanks): each part is graded on
    # its own and the parts may be typed in any order. Empty for a one-part answer.
    parts: tuple[str, ...] = ()
    # Other values of the deck that a typo of this answer could be (Prussian for
    # Russian), then other answers of its template (Kazan for Lipetsk): a typed answer
    # equal to one of them, or holding one beside the answer, is wrong, never a typo.
    confusables: tuple[str, ...] = ()


@record
class Card:
    """One generated question, ready to be scheduled; its id is its identity for progress."""

    id: str
    deck_id: str
    kind: CardKind
    excerpt_id: str
    prompt: str
    answer: Answer
    source: str
    choices: tuple[str, ...] = ()
    hint: str = ""
    explanation: str = ""
    tags: tuple[str, ...] = ()
    cites: tuple[str, ...] = ()


# Card and Answer fields in order, and their values in that order read in one call: for
# code that takes cards apart and builds them again in bulk (`with_answer`, the store's
# JSON, the remembered generation steps).
ANSWER_FIELDS = tuple(f.name for f in dataclasses.fields(Answer))
CARD_FIELDS = tuple(f.name for f in dataclasses.fields(Card))
answer_values = operator.attrgetter(*ANSWER_FIELDS)
card_values = operator.attrgetter(*CARD_FIELDS)
_ALTERNATIVES = ANSWER_FIELDS.index("alternatives")
_CONFUSABLES = ANSWER_FIELDS.index("confusables")
_ANSWER = CARD_FIELDS.index("answer")
_CHOICES = CARD_FIELDS.index("choices")
_KEY = ANSWER_FIELDS.index("key")


def with_answer(
    card: Card,
    *,
    alternatives: tuple[str, ...] | None = None,
    confusables: tuple[str, ...] | None = None,
) -> Card:
    """`card` with its answer's alternatives or confusables replaced: what
    `dataclasses.replace` of the answer and then the card gives, built from the fields in
    order at half its cost. Deck-wide passes change thousands of answers per compile."""
    values = list(answer_values(card.answer))
    if alternatives is not None:
        values[_ALTERNATIVES] = alternatives
    if confusables is not None:
        values[_CONFUSABLES] = confusables
    fields = list(card_values(card))
    fields[_ANSWER] = Answer(*values)
    return Card(*fields)


def with_choices(card: Card, choices: tuple[str, ...], key: tuple[int, ...]) -> Card:
    """`card` with its options and its answer's key replaced, as `with_answer` builds it:
    a sitting shows each multiple choice card in an order of its own."""
    values = list(answer_values(card.answer))
    values[_KEY] = key
    fields = list(card_values(card))
    fields[_ANSWER] = Answer(*values)
    fields[_CHOICES] = choices
    return Card(*fields)


@record
class CompiledDeck:
    """A deck together with every card it generates and the warnings found on the way."""

    deck: Deck
    cards: tuple[Card, ...]
    warnings: tuple[Diagnostic, ...] = ()
    # Where each card was written in the deck's files (its question, cloze, fact,
    # chronology or excerpt), by card id, so that reports can point back to it. Filled
    # by compiling; empty for a deck put together by hand.
    origins: Mapping[str, Location] = field(
        default_factory=lambda: MappingProxyType({}), compare=False, repr=False
    )

    def counts_by_kind(self) -> dict[CardKind, int]:
        counts = dict.fromkeys(CardKind, 0)
        for card in self.cards:
            counts[card.kind] += 1
        return counts
