"""The help screen: the keys of the screen it was opened from, the global keys and SM-2's grades."""

from __future__ import annotations

import re
from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from trainer.core.scheduling.state import QUALITY_LABELS
from trainer.tui.commands import BoundAction, shown_bindings
from trainer.tui.literal import literal
from trainer.tui.widgets.keys_footer import KeysFooter

KEY_WIDTH = 8

GRADES_INTRO = (
    "After each answer you grade how well you recalled it, on SuperMemo 2's scale "
    "(in Piotr Wozniak's words). trainer suggests a grade from your answer and its speed; "
    "accept it or choose another."
)
GRADES_OUTRO = (
    "Grades 3 to 5 count as remembered: the card comes back after a longer interval. "
    "Grades 0 to 2 start the card over, due again tomorrow. A card graded below 4 is "
    "asked again before the session ends."
)
REVIEW_TEXT = (
    "The review screen asks each card due today: the question, the title of the excerpt "
    "it comes from, and a progress bar of the cards left. Answer in the way the card asks: "
    "type a free answer, pick a choice by its number, or put items in order. Then it shows "
    "whether you were right, the correct answer, what you typed with the differences "
    "highlighted, and the excerpt itself with its source and page, so that you reread the "
    'passage each time. You can also say "I don\'t know", reveal the answer and grade '
    "yourself, undo the last answer or suspend a card: the keys are in the Footer."
)
PALETTE_TEXT = "ctrl+p opens the command palette: every action above, searchable by name."


def screen_name(screen: Screen[Any]) -> str:
    """A screen's name for headings: its sub-title or own title, else its class in words."""
    if screen.sub_title:
        return screen.sub_title
    if screen.title and screen.title != screen.app.title:
        return screen.title
    words = re.findall(r"[A-Z][a-z]*|[a-z]+|\d+", type(screen).__name__.removesuffix("Screen"))
    return " ".join(words).capitalize() or "This screen"


def key_lines(bindings: list[BoundAction]) -> Content:
    """One line per binding: the key, what it does, and its longer explanation if any."""
    lines = []
    # $text-muted ("auto 60%") does not resolve in markup; $foreground-muted does.
    for bound in bindings:
        explanation = bound.binding.tooltip
        line = Content.from_markup(
            "[b $accent]$key[/] $what" + ("[$foreground-muted] — $why[/]" if explanation else ""),
            key=bound.key_display.ljust(KEY_WIDTH),
            what=bound.binding.description,
            why=explanation,
        )
        lines.append(line)
    return Content("\n").join(lines) if lines else Content("(no keys)")


def grade_lines() -> Content:
    lines = [
        Content.from_markup(
            "[b $accent]$grade[/] $label", grade=f"{int(quality)}".ljust(3), label=label
        )
        for quality, label in sorted(QUALITY_LABELS.items(), reverse=True)
    ]
    return Content("\n").join(lines)


class HelpScreen(Screen[None]):
    """Lists, at the moment it opens, the keys active on the screen below it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,q,question_mark", "close", "Close", key_display="esc"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.local: list[BoundAction] = []
        self.everywhere: list[BoundAction] = []
        self.about = "trainer"

    def on_screen_resume(self) -> None:
        # The screen below is known only once this one is on the stack.
        stack = self.app.screen_stack
        if self in stack and stack.index(self) > 0:
            below = stack[stack.index(self) - 1]
            bindings = shown_bindings(below)
            self.local = [bound for bound in bindings if not bound.is_global]
            self.everywhere = [bound for bound in bindings if bound.is_global]
            self.about = screen_name(below)
        if not self.everywhere:
            # Below a dialog the app's keys are out of reach; list them as they are here.
            self.everywhere = [bound for bound in shown_bindings(self) if bound.is_global]
        self._fill()

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        with VerticalScroll(id="help-body", can_focus=True):
            yield Static("", id="help-local-title", classes="help-heading")
            yield Static("", id="help-local")
            yield Static("Keys everywhere", classes="help-heading")
            yield Static("", id="help-global")
            yield Static(PALETTE_TEXT, classes="help-text")
            yield Static("Grades (SM-2)", classes="help-heading")
            yield Static(GRADES_INTRO, classes="help-text")
            yield Static(grade_lines(), id="help-grades")
            yield Static(GRADES_OUTRO, classes="help-text")
            yield Static("Reviewing", classes="help-heading")
            yield Static(REVIEW_TEXT, classes="help-text")
        yield KeysFooter()

    def _fill(self) -> None:
        self.sub_title = f"Help: {self.about}"
        # The screen's name may be its sub-title, a deck's title: shown literally.
        heading = literal(f"Keys on this screen ({self.about})", one_line=True)
        self.query_one("#help-local-title", Static).update(heading)
        self.query_one("#help-local", Static).update(key_lines(self.local))
        self.query_one("#help-global", Static).update(key_lines(self.everywhere))

    def action_close(self) -> None:
        self.dismiss()
