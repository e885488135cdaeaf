"""Untrusted text for the app's widgets: shown as written, never parsed as markup, controls escaped.

Textual reads a plain `str` given to `Static`, `Label`, `notify`, an `OptionList`
option or a `DataTable` cell as markup: a deck title `Notes [WIP]` loses `[WIP]`, and
`[/]` raises MarkupError and ends the app. Deck values, searches, typed answers and file
names therefore reach widgets only through these functions, which build `Content` (or
Rich `Text` for tables and option lists) that is never parsed. Control characters, which
an older collection may hold, are escaped (`\\x1b`), as `printable` does for the terminal.
"""

from __future__ import annotations

from rich.text import Text
from textual.content import Content

from trainer.core.untrusted import FORBIDDEN_CLASS, printable

# An Input's `restrict`: what the learner types or pastes (a file name copied from a web
# page, say) may hold no control character, which the Input would draw raw.
WITHOUT_CONTROLS = f"[^{FORBIDDEN_CLASS}]*"


def shown(text: str, *, one_line: bool = False) -> str:
    """Untrusted text with its controls escaped, for a widget that takes it literally
    (a `Content` or `Text` part, a header title) or to measure and cut before showing."""
    return printable(text, one_line=one_line)


def literal(text: str, style: str = "", *, one_line: bool = False) -> Content:
    """Untrusted text as Content, shown exactly as written (in `style`, if given)."""
    content = Content(printable(text, one_line=one_line))
    return content.stylize(style) if style else content


def literal_text(text: str, style: str = "", **options: object) -> Text:
    """Untrusted text as a Rich Text, for DataTable cells and Select or OptionList labels
    (a plain str there would be parsed as markup). `options` go to Text (no_wrap, …)."""
    return Text(printable(text), style=style, **options)  # type: ignore[arg-type]


def fit(text: str, width: int) -> str:
    """`text` cut to `width` cells with an ellipsis when it is too long."""
    if width <= 0:
        return ""
    if len(text) <= width:
        return text
    return text[: width - 1].rstrip() + "…"


def literal_cell(text: str, width: int, style: str = "") -> Text:
    """Untrusted text for one line of a table column: newlines as spaces, controls escaped,
    cut to `width` cells with an ellipsis."""
    flat = printable(text.replace("\n", " "), one_line=True)
    return Text(fit(flat, width), style=style)
