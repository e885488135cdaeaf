"""The footer rebuilds its keys only when the keys it shows change, and not while a screen's
keys are still changing."""

from __future__ import annotations

from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import Binding, BindingType
from textual.pilot import Pilot
from textual.screen import Screen
from textual.widgets import Static
from textual.widgets._footer import FooterKey

from trainer.tui.widgets.keys_footer import KeysFooter


class CountingFooter(KeysFooter):
    def __init__(self) -> None:
        super().__init__(compact=True)
        self.rebuilds = 0

    async def recompose(self) -> None:
        self.rebuilds += 1
        await super().recompose()


class PhasedScreen(Screen[None]):
    """A screen with a grade key that shows only in one phase, and a busy spell."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("g", "grade", "Grade"),
        Binding("n", "dont_know", "Don't know"),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.grading = False
        self.busy = False

    def compose(self) -> ComposeResult:
        yield Static("question")
        yield CountingFooter()

    def keys_settled(self) -> bool:
        return not self.busy

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "grade":
            return self.grading
        if action == "dont_know":
            return not self.grading
        return True

    def set_phase(self, *, grading: bool, busy: bool = False) -> None:
        self.grading, self.busy = grading, busy
        self.refresh_bindings()


class PhasedApp(App[None]):
    def on_mount(self) -> None:
        self.push_screen(PhasedScreen())


def _shown(footer: KeysFooter) -> list[str]:
    return [key.key for key in footer.query(FooterKey)]


async def _phased(pilot: Pilot[None]) -> tuple[PhasedScreen, CountingFooter]:
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, PhasedScreen)
    return screen, screen.query_one(CountingFooter)


async def _change(pilot: Pilot[None], screen: PhasedScreen, **phase: bool) -> None:
    screen.set_phase(**phase)
    await pilot.pause()


async def test_the_footer_shows_the_keys_of_each_phase() -> None:
    async with PhasedApp().run_test() as pilot:
        screen, footer = await _phased(pilot)
        assert "n" in _shown(footer) and "g" not in _shown(footer)
        await _change(pilot, screen, grading=True)
        assert "g" in _shown(footer) and "n" not in _shown(footer)


async def test_a_refresh_that_changes_no_shown_key_rebuilds_nothing() -> None:
    async with PhasedApp().run_test() as pilot:
        screen, footer = await _phased(pilot)
        before = footer.rebuilds
        for _ in range(5):
            await _change(pilot, screen, grading=False)
        assert footer.rebuilds == before


async def test_keys_in_flux_are_not_shown_and_the_settled_ones_are() -> None:
    async with PhasedApp().run_test() as pilot:
        screen, footer = await _phased(pilot)
        before = footer.rebuilds
        # A grade being committed: the keys change twice while the screen is busy.
        for grading in (True, False, True):
            await _change(pilot, screen, grading=grading, busy=True)
        assert footer.rebuilds == before
        # Settled: one rebuild, with the keys as they are now.
        await _change(pilot, screen, grading=True, busy=False)
        assert footer.rebuilds == before + 1
        assert "g" in _shown(footer) and "n" not in _shown(footer)
