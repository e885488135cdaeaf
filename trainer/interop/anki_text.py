"""Writing a deck as a text file for Anki's importer: one note a line, with its file headers.

The headers tell Anki how to read the file without asking: tab-separated, fields in
HTML, the Basic note type, which columns hold the tags, the deck and the GUID. The GUID
is the card's id, so importing the file again updates its notes instead of adding them
twice. Anki skips every line that starts with `#` (its headers are comments), so every
cell is quoted: a question starting with `#` stays a note.
"""

from __future__ import annotations

import csv
import io

from trainer.core.model import CompiledDeck
from trainer.core.safe_formats import starts_formula
from trainer.interop.card_faces import anki_tags, faces_of, to_html

COLUMNS = ("Front", "Back", "Tags", "Deck", "GUID")
HEADERS = (
    "#separator:tab",
    "#html:true",
    "#notetype:Basic",
    "#columns:" + "\t".join(COLUMNS),
    "#tags column:3",
    "#deck column:4",
    "#guid column:5",
)


def write_anki_text(compiled: CompiledDeck) -> str:
    """The deck's cards as an Anki text file (UTF-8, tab-separated, HTML fields)."""
    out = io.StringIO()
    out.write("\n".join(HEADERS) + "\n")
    writer = csv.writer(out, delimiter="\t", quoting=csv.QUOTE_ALL, lineterminator="\n")
    deck_name = " ".join(compiled.deck.title.split()) or compiled.deck.id
    for card, faces in faces_of(compiled):
        writer.writerow(
            (
                to_html(faces.front),
                to_html(faces.back),
                _defused(" ".join(anki_tags(card))),
                _defused(deck_name),
                card.id,
            )
        )
    return out.getvalue()


def _defused(cell: str) -> str:
    """A plain cell (tags, a deck's name) that a spreadsheet would read as a formula, with
    an underscore first, as a space inside a tag becomes one: a character reference
    would reach Anki's deck list as written."""
    return f"_{cell.lstrip()}" if starts_formula(cell) else cell
