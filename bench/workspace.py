"""Everything a benchmark run needs for one deck size, made once before anything is timed.

For each size the workspace holds the deck (and its edited revision), the same notes as
tab-separated text files for Anki, and ready collections on both sides: one holding the
original deck (to re-import the revision into) and one where 10% of the cards are due.
"""

from __future__ import annotations

import shutil
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from bench.decks import DECK_ID, write_deck

# Every trainer process of a run lives on this moment, so that "today" is the same for all.
NOW = "2026-03-02T10:00:00+01:00"
# Of every ten cards (in deck order): one is due today or overdue, six were reviewed and
# are due later, three are new.
DUE_EVERY = 10
LATER_EVERY = 6


def now() -> datetime:
    return datetime.fromisoformat(NOW)


@dataclass(frozen=True, slots=True)
class Workspace:
    """The files of one deck size; every path is absolute."""

    root: Path
    cards: int

    @property
    def deck(self) -> Path:
        return self.root / "deck" / "course.yaml"

    @property
    def edited_deck(self) -> Path:
        return self.root / "edited" / "course.yaml"

    @property
    def notes(self) -> Path:
        return self.root / "notes.txt"

    @property
    def edited_notes(self) -> Path:
        return self.root / "edited-notes.txt"

    @property
    def cache_home(self) -> Path:
        """A TRAINER_HOME whose cache holds the original deck, compiled."""
        return self.root / "cache-home"

    @property
    def reimport_deck(self) -> Path:
        """A copy of the deck, imported into `reimport_collection`, that runs revise."""
        return self.root / "reimport" / "deck" / "course.yaml"

    @property
    def reimport_collection(self) -> Path:
        return self.root / "reimport" / "collection.sqlite"

    @property
    def due_home(self) -> Path:
        """A TRAINER_HOME whose collection has the deck imported, 10% of it due today."""
        return self.root / "due-home"

    @property
    def anki_imported(self) -> Path:
        return self.root / "anki-imported" / "collection.anki2"

    @property
    def anki_due(self) -> Path:
        return self.root / "anki-due" / "collection.anki2"


def prepare(root: Path, cards: int) -> Workspace:
    """Write the decks and notes and build the collections for a deck of `cards` cards."""
    from bench.anki_side import build_anki_collection
    from bench.notes import write_notes
    from trainer.core.compile import compile_deck
    from trainer.engine import Engine
    from trainer.engine.deck_cache import DeckCache

    space = Workspace(root, cards)
    write_deck(space.deck.parent, cards)
    write_deck(space.edited_deck.parent, cards, edited=True)
    compiled = compile_deck(space.deck)
    if len(compiled.cards) != cards:
        raise RuntimeError(f"the {cards}-card deck compiled to {len(compiled.cards)} cards")
    write_notes(compiled, space.notes)
    write_notes(compile_deck(space.edited_deck), space.edited_notes)
    DeckCache.of_environment({"TRAINER_HOME": str(space.cache_home)}).prepared_deck(space.deck)

    shutil.copytree(space.deck.parent, space.reimport_deck.parent)
    reimport_home = _environ(space.root / "reimport-home")
    with Engine.open(space.reimport_collection, clock=now, environ=reimport_home) as engine:
        engine.import_deck(space.reimport_deck)

    with Engine.open(clock=now, environ=_environ(space.due_home)) as engine:
        # Opening takes today's backup, as the first start of a day would: the runs then
        # measure a start later that day. The bundled decks are there, as after a first start.
        engine.import_deck(space.deck)
        engine.import_bundled_decks()
    make_due(space.due_home / "collection.sqlite", now().date())

    build_anki_collection(space.anki_imported, space.notes, due=False)
    build_anki_collection(space.anki_due, space.notes, due=True)
    return space


def _environ(home: Path) -> dict[str, str]:
    return {"TRAINER_HOME": str(home), "TRAINER_NOW": NOW}


def due_plan(position: int) -> tuple[str, int]:
    """What the card at `position` is made: ("due", days overdue), ("later", days ahead)
    or ("new", 0). The same plan is applied to trainer's and Anki's collections."""
    slot = position % DUE_EVERY
    if slot == 0:
        return "due", (position // DUE_EVERY) % 7
    if slot <= LATER_EVERY:
        return "later", 1 + position % 30
    return "new", 0


def make_due(collection: Path, today: date) -> None:
    """Give the collection's cards review histories so that 10% are due today."""
    from trainer.core.scheduling.sm2_scheduler import schedule_of
    from trainer.core.scheduling.state import CardState
    from trainer.store.codec import CARD_SCHEDULE_COLUMNS, card_schedule_values

    conn = sqlite3.connect(collection)
    try:
        rows = conn.execute("SELECT id, position FROM cards WHERE deck_id = ?", (DECK_ID,))
        updates = []
        for card_id, position in rows.fetchall():
            kind, days = due_plan(position)
            if kind == "new":
                continue
            due = date.fromordinal(today.toordinal() + (days if kind == "later" else -days))
            # Two passed answers six days apart: SM-2 at EF 2.5, 2 repetitions, interval 6.
            state = CardState(2.5, 2, 6, due, date.fromordinal(due.toordinal() - 6), reviews=2)
            updates.append((*card_schedule_values(schedule_of(state)), card_id))
        assignments = ", ".join(f"{column} = ?" for column in CARD_SCHEDULE_COLUMNS)
        with conn:
            conn.executemany(f"UPDATE cards SET {assignments} WHERE id = ?", updates)
    finally:
        conn.close()
