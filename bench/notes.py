"""The same notes for Anki: a compiled deck's cards as a tab-separated text file.

Each card becomes one note of Anki's "Basic" type: its id as the note's GUID (so that
re-importing an edited file updates notes the way trainer updates cards, by identity),
the question (with its options, for multiple choice) on the front, the answer and the
cited source on the back, and its tags. The file header tells Anki's importer how to
read it, as a file exported from Anki would.
"""

from __future__ import annotations

import csv
from pathlib import Path

from trainer.core.model import Card, CompiledDeck

HEADER = "#separator:tab\n#html:false\n#guid column:1\n#tags column:4\n"


def note_fields(card: Card) -> tuple[str, str, str, str]:
    """GUID, front, back and tags of the note standing for `card`."""
    front = card.prompt
    if card.choices:
        front += " " + " ".join(f"({n}) {choice}" for n, choice in enumerate(card.choices, 1))
    back = f"{card.answer.text} ({card.source})" if card.source else card.answer.text
    return card.id, front, back, " ".join(tag.replace(" ", "_") for tag in card.tags)


def write_notes(compiled: CompiledDeck, path: Path) -> int:
    """Write every card of `compiled` as a note; returns the number of notes."""
    with path.open("w", encoding="utf-8", newline="") as stream:
        stream.write(HEADER)
        writer = csv.writer(stream, delimiter="\t", lineterminator="\n")
        for card in compiled.cards:
            writer.writerow(note_fields(card))
    return len(compiled.cards)
