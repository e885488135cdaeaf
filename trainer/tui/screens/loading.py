"""The first frame: shown while the collection opens and the bundled decks are checked."""

from __future__ import annotations

from textual.containers import Vertical
from textual.screen import Screen
from textual.widgets import LoadingIndicator, Static

from trainer.tui.widgets.keys_footer import KeysFooter

# Seconds the collection may take to open before this page says so. Opening usually takes
# a few hundredths: building the page for those would only delay the first question (by
# 13 ms of a 270 ms start, measured), and it would flash past unread.
SHOWN_AFTER = 0.25


class LoadingScreen(Screen[None]):
    """A light page with the app's name and what it is doing, so a slow start is never blank.

    It starts empty, and its words and keys appear only if the collection is still opening
    `SHOWN_AFTER` seconds after the app has mounted it.
    """

    def on_mount(self) -> None:
        self.set_timer(SHOWN_AFTER, self._show_if_still_waiting)

    async def _show_if_still_waiting(self) -> None:
        if not self.is_active:
            return  # another screen came up in time
        box = Vertical(
            Static("trainer", id="loading-title"),
            Static("Opening your collection…", id="loading-message"),
            LoadingIndicator(),
            id="loading-box",
        )
        await self.mount_all([box, KeysFooter()])
