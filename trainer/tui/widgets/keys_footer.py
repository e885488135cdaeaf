"""The Footer, rebuilt only when the keys it shows change."""

from __future__ import annotations

from collections.abc import Hashable
from typing import Protocol, runtime_checkable

from textual.app import ComposeResult
from textual.screen import Screen
from textual.widgets import Footer


@runtime_checkable
class KeysInFlux(Protocol):
    """A screen whose keys change several times in a few milliseconds (an answer being
    committed, the next card being put on screen): its footer waits for them to settle."""

    def keys_settled(self) -> bool: ...


class KeysFooter(Footer):
    """Textual's Footer rebuilds all its keys after every binding refresh, and a card
    refreshes bindings several times (grade, commit, next card, focus): rebuilding took
    two thirds of the time from the grade key to the next question. This one rebuilds
    once per refresh of the screen at most, only once the screen's keys have settled
    (`KeysInFlux`), and only if the keys it shows differ. Every change of state that
    settles the keys refreshes the bindings again, so the footer is never left behind."""

    def __init__(self, *, compact: bool = False, show_command_palette: bool = True) -> None:
        super().__init__(compact=compact, show_command_palette=show_command_palette)
        self._composed_keys: Hashable = None
        self._rebuild_pending = False

    def compose(self) -> ComposeResult:
        self._composed_keys = self._shown_keys()
        yield from super().compose()

    def bindings_changed(self, screen: Screen[object]) -> None:
        self._bindings_ready = True
        if not screen.app.app_focus:
            return
        if self.is_attached and screen is self.screen and not self._rebuild_pending:
            self._rebuild_pending = True
            # After the frame that showed the change is painted: the question first, the
            # keys a moment later.
            self.call_after_refresh(self.call_later, self._rebuild_if_changed)

    async def _rebuild_if_changed(self) -> None:
        self._rebuild_pending = False
        if not self.is_attached:
            return
        screen = self.screen
        if isinstance(screen, KeysInFlux) and not screen.keys_settled():
            return
        if self._shown_keys() != self._composed_keys:
            await self.recompose()

    def _shown_keys(self) -> Hashable:
        """Everything `Footer.compose` reads: the keys shown, their state and labels."""
        if not self._bindings_ready:
            return None
        keys = tuple(
            (binding, enabled, tooltip, self.app.get_key_display(binding))
            for key, (_, binding, enabled, tooltip) in self.screen.active_bindings.items()
            if binding.show or key == self.app.COMMAND_PALETTE_BINDING
        )
        return (keys, self.show_command_palette, self.app.ENABLE_COMMAND_PALETTE)
