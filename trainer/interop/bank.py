"""A question bank read from another format, before it is written as a YAML deck.

Every reader (GIFT, Aiken, Quizlet, CSV, Anki) fills a `Bank`: items, each the source of
one excerpt, holding questions or cloze text, with where in the source it came from.
What a reader cannot carry over is a `Note` (a warning), never silently dropped.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from trainer.core.generate.author_checks import UNKNOWN_PAGE
from trainer.core.model import DeckError, Diagnostic, Location, Severity
from trainer.core.records import record
from trainer.core.untrusted import on_one_line
from trainer.errors import TrainerError

# UNKNOWN_PAGE is the page an item gets when its source names none: `trainer check`
# warns about it.
__all__ = [
    "UNKNOWN_PAGE",
    "Bank",
    "BankItem",
    "BankQuestion",
    "InteropError",
    "Note",
    "NothingConverted",
]


class InteropError(TrainerError):
    """A source that cannot be read at all (a damaged package, an unknown format): one line."""


class NothingConverted(InteropError):
    """Every item of a source was left out; `notes` say why, item by item."""

    def __init__(self, message: str, notes: tuple[Note, ...]) -> None:
        super().__init__(message)
        self.notes = notes


@record
class Note:
    """A warning about the source: `where` is `file:line:col`, or `file` and a record."""

    where: str
    message: str

    def __str__(self) -> str:
        # `where` starts with a file name: escaped (again: it is idempotent), so that a
        # newline in the name cannot start a line that reads as another message.
        return f"{on_one_line(self.where)}: warning: {self.message}"


@record
class BankQuestion:
    """One question with its answer; distractors make it multiple choice."""

    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    distractors: tuple[str, ...] = ()
    # `number` for numeric answers; None lets the deck infer the type from the answer.
    type: str | None = None
    tolerance: float | None = None
    hint: str = ""


@record
class BankItem:
    """What becomes one excerpt: its questions (or a cloze text), citation and tags.

    `key` is what the excerpt's id is made from (a GUID, a question title or id, or the
    content itself), so that converting the same source again gives the same ids.
    """

    key: str
    where: str
    questions: tuple[BankQuestion, ...] = ()
    # The excerpt's text: a source's own text or notes; for a cloze item, the cloze text.
    text: str = ""
    # Feedback written to the learner who answered (GIFT's, a CSV's feedback column): it
    # joins the text, read by every learner after answering, its verdicts left out.
    feedback: str = ""
    cloze: bool = False
    page: str = ""
    chapter: str = ""
    url: str = ""
    tags: tuple[str, ...] = ()
    # A comment written above the excerpt (the source's own title of the question).
    comment: str = ""


@dataclass(slots=True)
class Bank:
    """Everything read from one source."""

    source: str
    title: str
    items: list[BankItem] = field(default_factory=list)
    notes: list[Note] = field(default_factory=list)

    def warn(self, where: str, message: str) -> None:
        self.notes.append(Note(where, message))


def source_error(path: str, line: int, column: int, message: str) -> DeckError:
    """A `file:line:col: error:` for malformed input, as a deck's errors are reported."""
    return DeckError([Diagnostic(Location(path, line, column), Severity.ERROR, message)])


def where(path: str, line: int, column: int = 1) -> str:
    return f"{on_one_line(path)}:{line}:{column}"
