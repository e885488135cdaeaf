"""The first frame: shown while the collection opens and the bundled decks are checked."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from trainer.tui.widgets.keys_footer import KeysFooter


class LoadingScreen(Screen[None]):
    """A light page with the app's name and what it is doing, so the start is never blank."""

    def compose(self) -> ComposeResult:
        with Vertical(id="loading-box"):
            yield Static("trainer", id="loading-title")
            yield Static("Opening your collection…", id="loading-message")
            yield LoadingIndicator()
        yield KeysFooter()
