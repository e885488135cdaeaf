"""GIFT text as plain text: its format (`[html]`, `[plain]` …) read, its escapes undone.

Every piece of text a GIFT question holds (its question, answers and feedback, the
numeric ones too) goes through `plain`, so that a Moodle export's `<p>…</p>` and
`&ndash;` never reach a deck as they are written; `plain_and_media` also names the
images it leaves out.
"""

from __future__ import annotations

import re

from trainer.interop.gift_blocks import unescape
from trainer.interop.text_clean import html_to_text, looks_like_html

_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
# Moodle's short answer wildcard, unless escaped (`\*` is a star).
WILDCARD = re.compile(r"(?<!\\)\*")
# Moodle's default format when a question names none.
DEFAULT_FORMAT = "moodle"


def format_of(raw: str) -> str:
    """The format a piece of GIFT text names (`[html]` …), else Moodle's default."""
    found = _FORMAT.match(raw)
    return found.group(1).lower() if found else DEFAULT_FORMAT


def plain(raw: str, default: str = DEFAULT_FORMAT) -> str:
    """GIFT text as plain text (see `plain_and_media`)."""
    return plain_and_media(raw, default)[0]


def plain_and_media(raw: str, default: str = DEFAULT_FORMAT) -> tuple[str, list[str]]:
    """GIFT text as plain text: format marker dropped, line breaks of the file made spaces
    (only `\\n` is a newline), escapes undone, HTML read unless the format is plain text
    or Markdown; and the images (and other media) its HTML shows, by file name, which a
    deck cannot show, so the converter names each one it leaves out. Text naming no
    format is in `default`, the question's."""
    found = _FORMAT.match(raw)
    kind = found.group(1).lower() if found else default
    body = raw[found.end() :] if found else raw
    if kind in ("html", "moodle") and looks_like_html(body):
        # Preformatted text keeps the file's line breaks and spaces, as Moodle shows it.
        body = "".join(
            piece if inside else " ".join(piece.split())
            for piece, inside in preformatted_pieces(body)
        )
        html = html_to_text(unescape(body.strip()))
        media = [source.rsplit("/", 1)[-1] or source for source in html.media]
        return html.text, media
    text = unescape(" ".join(body.split()))
    return "\n".join(line.strip() for line in text.split("\n")).strip(), []


# Where a `<pre>` element opens, and where it closes.
_PRE_OPENING = re.compile(r"<pre\b", re.IGNORECASE)
_PRE_CLOSING = re.compile(r"</pre\s*>", re.IGNORECASE)


def preformatted_pieces(text: str) -> list[tuple[str, bool]]:
    """`text` in pieces, each with whether it is a `<pre>` element (with its content).

    Found in one scan: the lazy `<pre\\b.*?</pre\\s*>` ran on to the end from every
    `<pre` that nothing closes, for seconds on a question of 20,000 of them. The first
    `</pre>` closes an element; with none left, nothing after is one.
    """
    pieces: list[tuple[str, bool]] = []
    position = 0
    while opening := _PRE_OPENING.search(text, position):
        closing = _PRE_CLOSING.search(text, opening.end())
        if closing is None:
            break
        pieces.append((text[position : opening.start()], False))
        pieces.append((text[opening.start() : closing.end()], True))
        position = closing.end()
    pieces.append((text[position:], False))
    return pieces


def without_wildcards(answer: str) -> str:
    """A short answer with Moodle's wildcard `*` (any text: `*Vesuvio*`,
    `Ludwig*Beethoven`) read as the words around it, `\\*` as a star: a deck has no
    wildcard. Empty for an answer that is all wildcard, which accepts anything."""
    parts = WILDCARD.split(answer)
    return " ".join(part.strip() for part in parts if part.strip()).replace("\\*", "*")
