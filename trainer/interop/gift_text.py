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
        pieces = _PREFORMATTED.split(body)
        body = "".join(
            piece if inside else " ".join(piece.split()) for piece, inside in _alternate(pieces)
        )
        html = html_to_text(unescape(body.strip()))
        media = [source.rsplit("/", 1)[-1] or source for source in html.media]
        return html.text, media
    text = unescape(" ".join(body.split()))
    return "\n".join(line.strip() for line in text.split("\n")).strip(), []


# A `<pre>` element with its content, kept whole by `split`.
_PREFORMATTED = re.compile(r"(<pre\b.*?</pre\s*>)", re.IGNORECASE | re.DOTALL)


def _alternate(pieces: list[str]) -> list[tuple[str, bool]]:
    """The pieces `re.split` with one group gives, each with whether it is the group."""
    return [(piece, index % 2 == 1) for index, piece in enumerate(pieces)]


def without_wildcards(answer: str) -> str:
    """A short answer with Moodle's wildcard `*` (any text: `*Vesuvio*`,
    `Ludwig*Beethoven`) read as the words around it, `\\*` as a star: a deck has no
    wildcard. Empty for an answer that is all wildcard, which accepts anything."""
    parts = WILDCARD.split(answer)
    return " ".join(part.strip() for part in parts if part.strip()).replace("\\*", "*")
