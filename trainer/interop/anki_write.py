"""Writing a deck as an Anki package (.apkg) with genanki, optionally with the learner's progress.

One note per card (fields: the question as the app shows it, the answer, the excerpt, the
citation), of one note type with a fixed id and a name, in a deck whose id is
fixed by the deck's own id: Anki refuses ("JsonError") a package whose note type or deck
lacks them, and fixed ids let a second export update the first. The note's GUID is the
card's id, so a re-import updates notes instead of duplicating them.

genanki writes new cards only. For `--with-progress` the package's collection is written
by genanki into a private temporary file, then each reviewed card is given its schedule
and the review history is added as revlog rows (see anki_progress), and only then is the
archive made.
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import zipfile
from contextlib import closing
from pathlib import Path
from typing import BinaryIO

from trainer.core.model import CompiledDeck
from trainer.interop.anki_progress import Progress, apply_progress
from trainer.interop.card_faces import anki_tags, faces_of, to_html
from trainer.interop.ids import digest

MODEL_ID = 1_587_310_142
MODEL_NAME = "trainer question"
FIELDS = ("Front", "Back", "Excerpt", "Source")
CSS = """.card { font-family: sans-serif; font-size: 20px; text-align: left; }
.excerpt { margin-top: 1em; }
.source { margin-top: 1em; color: #666; font-size: 16px; }"""
FRONT = "{{Front}}"
BACK = (
    '{{FrontSide}}<hr id="answer">{{Back}}'
    '{{#Excerpt}}<div class="excerpt">{{Excerpt}}</div>{{/Excerpt}}'
    '{{#Source}}<div class="source">{{Source}}</div>{{/Source}}'
)


def deck_number(deck_id: str) -> int:
    """The Anki deck id of a deck: fixed by its id, above the ids Anki gives itself."""
    return (1 << 30) + int(digest(deck_id, 12), 16) % (1 << 30)


def write_package(
    compiled: CompiledDeck, out: BinaryIO, *, timestamp: float, progress: Progress | None = None
) -> int:
    """Write the deck's package to `out`; returns the number of notes."""
    import genanki

    model = genanki.Model(
        MODEL_ID,
        MODEL_NAME,
        fields=[{"name": name} for name in FIELDS],
        templates=[{"name": "Card", "qfmt": FRONT, "afmt": BACK}],
        css=CSS,
    )
    deck = genanki.Deck(deck_number(compiled.deck.id), " ".join(compiled.deck.title.split()))
    deck.add_model(model)
    notes = 0
    for card, faces in faces_of(compiled):
        deck.add_note(
            genanki.Note(
                model=model,
                fields=[
                    to_html(faces.front),
                    to_html(faces.answer),
                    to_html(faces.excerpt),
                    to_html(faces.citation),
                ],
                tags=anki_tags(card),
                guid=card.id,
            )
        )
        notes += 1
    with tempfile.TemporaryDirectory(prefix="trainer-") as temp:
        database = Path(temp) / "collection.anki2"
        with closing(sqlite3.connect(database)) as conn:
            ids = iter(range(int(timestamp * 1000), 1 << 62))
            genanki.Package(deck).write_to_db(conn.cursor(), timestamp, ids)
            if progress is not None:
                apply_progress(conn, progress)
            conn.commit()
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.write(database, "collection.anki2")
            archive.writestr("media", json.dumps({}))
    return notes
