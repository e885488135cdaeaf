"""Opening the collection for the app, and turning what can go wrong into words for the learner."""

from __future__ import annotations

from collections.abc import Callable

from trainer.core.model import DeckError
from trainer.core.records import record
from trainer.engine import CollectionError, Engine
from trainer.errors import TrainerError
from trainer.settings import SettingsError
from trainer.tui.start import StartAt
from trainer.tui.wording import describe_os_error


@record
class StartupProblem:
    """Why the app cannot start as asked: a heading, the message lines, and whether the
    collection itself opened (so the learner can carry on to the home screen)."""

    title: str
    lines: tuple[str, ...]
    can_continue: bool

    @property
    def message(self) -> str:
        return "\n".join((self.title, *self.lines))


@record
class Opened:
    """The engine, the deck named on the command line (if any) and any problem met after
    the collection opened (a malformed bundled deck, a deck that does not exist)."""

    engine: Engine | None
    deck_id: str | None = None
    problem: StartupProblem | None = None


def describe_problem(error: Exception, *, can_continue: bool) -> StartupProblem:
    """A startup error as the learner should read it (never a traceback)."""
    if isinstance(error, DeckError):
        lines = tuple(str(diagnostic) for diagnostic in error.diagnostics)
        return StartupProblem("A deck has errors", lines or (str(error),), can_continue)
    if isinstance(error, SettingsError):
        title = "The settings file has errors"
    elif isinstance(error, CollectionError):
        title = "The collection cannot be opened"
    elif isinstance(error, OSError):
        detail = describe_os_error(error)
        return StartupProblem("A file cannot be read or written", (detail,), can_continue)
    else:
        title = "trainer cannot start as asked"
    return StartupProblem(title, tuple(str(error).splitlines()) or (title,), can_continue)


# Errors the learner can cause and fix; anything else is a bug and should surface as one.
EXPECTED_ERRORS = (TrainerError, DeckError, OSError)


def open_for_app(engine_factory: Callable[[], Engine], start: StartAt) -> Opened:
    """Open the engine, import the bundled decks, and find the deck the app should open at.

    Runs in a worker thread. A collection that cannot be opened gives no engine; a
    problem with a deck leaves the engine open so the learner can go on to the home screen.
    """
    try:
        engine = engine_factory()
    except EXPECTED_ERRORS as error:
        return Opened(None, problem=describe_problem(error, can_continue=False))
    try:
        deck_id = engine.prepare(start.deck)
    except EXPECTED_ERRORS as error:
        return Opened(engine, problem=describe_problem(error, can_continue=True))
    return Opened(engine, deck_id)
