"""GIFT text as plain text: its format (`[html]`, `[plain]` …) read, its escapes undone.

Every piece of text a GIFT question holds (its question, answers and feedback, the
numeric ones too) goes through `plain`, so that a Moodle export's `<p>…</p>` and
`&ndash;` never reach a deck as they are written.
"""

from __future__ import annotations

import re

from trainer.interop.gift_blocks import unescape
from trainer.interop.text_clean import html_to_text, looks_like_html

_FORMAT = re.compile(r"^\s*\[(html|moodle|plain|markdown)\]", re.IGNORECASE)
# Moodle's default format when a question names none.
DEFAULT_FORMAT = "moodle"


def format_of(raw: str) -> str:
    """The format a piece of GIFT text names (`[html]` …), else Moodle's default."""
    found = _FORMAT.match(raw)
    return found.group(1).lower() if found else DEFAULT_FORMAT


def plain(raw: str, default: str = DEFAULT_FORMAT) -> str:
    """GIFT text as plain text: format marker dropped, line breaks of the file made spaces
    (only `\\n` is a newline), escapes undone, HTML read unless the format is plain text
    or Markdown. Text naming no format is in `default`, the question's."""
    found = _FORMAT.match(raw)
    kind = found.group(1).lower() if found else default
    text = unescape(" ".join((raw[found.end() :] if found else raw).split()))
    if kind in ("html", "moodle") and looks_like_html(text):
        text = html_to_text(text).text
    return "\n".join(line.strip() for line in text.split("\n")).strip()
