"""The browser's result columns: which are shown at a width, how wide each is (the card's
text takes what is left, due dates are never cut), their cells, and how each sorts."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from rich.text import Text

from trainer.core.records import record
from trainer.engine import CardEntry
from trainer.tui.kinds import kind_label
from trainer.tui.literal import literal_cell
from trainer.tui.screens.card_detail import due_text, ef_text, status_text

# Each column has a cell of padding either side; the table has a scrollbar.
CELL_PADDING, SCROLLBAR = 2, 2
# Below this many columns the kind and the E-Factor give their room to the card's text
# (both are in the card's details below the table).
WIDE = 100
MIN_PROMPT_WIDTH = 16
MAX_DECK_WIDTH = 24
ARROWS = {False: " ▲", True: " ▼"}


@record
class Column:
    key: str
    label: str
    # Its width from the rows shown (the prompt's is what is left over).
    width: Callable[[Sequence[CardEntry], date], int]
    sort_key: Callable[[CardEntry], Any]


def _fixed(width: int) -> Callable[[Sequence[CardEntry], date], int]:
    return lambda _entries, _today: width


def _due_width(entries: Sequence[CardEntry], today: date) -> int:
    return max([len("Due") + 2, *(len(due_text(e.schedule, today)) for e in entries)])


def _deck_width(entries: Sequence[CardEntry], _today: date) -> int:
    longest = max([len("Deck"), *(len(e.card.deck_id) for e in entries)])
    return min(MAX_DECK_WIDTH, longest)


def _due_order(entry: CardEntry) -> tuple[int, int]:
    # New cards after every scheduled one, in deck order.
    due = entry.schedule.due
    if entry.schedule.is_new or due is None:
        return (1, entry.position)
    return (0, due.toordinal())


def _ef_order(entry: CardEntry) -> float:
    shown = ef_text(entry.schedule)
    return float(shown) if shown[0].isdecimal() else -1.0


PROMPT = Column("prompt", "Card", _fixed(0), lambda e: e.card.prompt.casefold())
KIND = Column("kind", "Kind", _fixed(10), lambda e: kind_label(e.card.kind))
DECK = Column("deck", "Deck", _deck_width, lambda e: e.card.deck_id)
STATUS = Column("status", "Status", _fixed(9), lambda e: e.status.value)
DUE = Column("due", "Due", _due_width, _due_order)
EF = Column("ef", "EF", _fixed(4), _ef_order)
COLUMNS = {column.key: column for column in (PROMPT, KIND, DECK, STATUS, DUE, EF)}


def columns_for(width: int, *, across_decks: bool) -> list[Column]:
    """The columns shown at a screen `width`; the Deck column only across decks."""
    wide = width >= WIDE
    chosen = [PROMPT, KIND] if wide else [PROMPT]
    if across_decks:
        chosen.append(DECK)
    chosen += [STATUS, DUE, EF] if wide else [STATUS, DUE]
    return chosen


def column_widths(
    columns: Sequence[Column], entries: Sequence[CardEntry], today: date, width: int
) -> dict[str, int]:
    """Each column's width; the prompt gets what the others leave (at least a little)."""
    widths = {c.key: c.width(entries, today) for c in columns if c is not PROMPT}
    used = sum(widths.values()) + CELL_PADDING * len(columns) + SCROLLBAR
    widths[PROMPT.key] = max(MIN_PROMPT_WIDTH, width - used)
    return widths


def sorted_entries(entries: Sequence[CardEntry], key: str | None, reverse: bool) -> list[CardEntry]:
    """The entries by a column (stable: ties keep deck order), or as found when `key` is None."""
    if key is None or key not in COLUMNS:
        return list(entries)
    return sorted(entries, key=COLUMNS[key].sort_key, reverse=reverse)


def header_label(column: Column, sorted_by: str | None, reverse: bool) -> str:
    return column.label + (ARROWS[reverse] if column.key == sorted_by else "")


def row_cells(
    columns: Sequence[Column], entry: CardEntry, widths: dict[str, int], today: date
) -> list[Text]:
    """One result row's cells, in column order; untrusted text shown literally."""
    card = entry.card
    cells = {
        "prompt": lambda: literal_cell(card.prompt, widths["prompt"]),
        "kind": lambda: Text(kind_label(card.kind)),
        "deck": lambda: literal_cell(card.deck_id, widths.get("deck", MAX_DECK_WIDTH)),
        "status": lambda: status_text(entry.status),
        "due": lambda: Text(due_text(entry.schedule, today)),
        "ef": lambda: Text(ef_text(entry.schedule)),
    }
    return [cells[column.key]() for column in columns]
