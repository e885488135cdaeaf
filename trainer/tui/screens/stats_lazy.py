"""Statistics tabs whose figures cost a moment to read: read only once their tab is shown.

The Items and Schedulers tabs replay or pool the whole log; reading them with every
other statistic would slow each load of the screen (and each press of `d`) for figures
the learner may never look at. Such a pane reads when its tab is active, and again for
a new scope only when its tab is shown.
"""

from __future__ import annotations

from typing import ClassVar

from textual.widgets import TabbedContent, TabPane

from trainer.engine import Statistics
from trainer.tui.screens.stats_panes import StatsPane
from trainer.tui.widgets.charts.figures import Headline


class LazyStatsPane(StatsPane):
    """A pane that reads its own figures in a worker, when its tab is shown."""

    # The id of the TabPane that holds it.
    TAB_ID: ClassVar[str] = ""

    def __init__(self) -> None:
        super().__init__()
        self.scope: str | None = None
        self.stale = True

    def show(self, stats: Statistics, figures: Headline) -> None:
        scope = getattr(self.screen, "scope", None)
        self.scope = scope if isinstance(scope, str) else None
        self.stale = True
        if self.tab_active():
            self.tab_shown()

    def tab_active(self) -> bool:
        tabs = self.screen.query(TabbedContent)
        return bool(tabs) and tabs.first().active == self.TAB_ID

    def tab_shown(self) -> None:
        """Its tab was shown: read the figures if the scope changed since the last read."""
        if self.stale:
            self.stale = False
            self.read(self.scope)

    def read(self, scope: str | None) -> None:
        raise NotImplementedError


def show_lazy_panes(tabs: TabbedContent, pane: TabPane) -> None:
    """Tell the lazy pane in the tab just shown, if any, to read its figures."""
    for lazy in pane.query(LazyStatsPane):
        lazy.tab_shown()
