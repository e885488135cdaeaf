"""The statistics screen's Schedulers tab: SM-2 and FSRS-6 scored on the learner's own log.

The same comparison as `trainer evaluate`: log loss, RMSE(bins) and AUC side by side and
each scheduler's calibration, for the deck shown or for every deck. Replaying the log
takes a moment on a long one, so it is read in a worker when the tab is shown.
"""

from __future__ import annotations

from textual import work
from textual.app import ComposeResult
from textual.widgets import Static

from trainer.core.scheduling.evaluation_text import evaluation_text
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal
from trainer.tui.screens.stats_lazy import LazyStatsPane

SCHEDULERS_TITLE = "How well each scheduler predicts your recall (see docs/scheduling.md)"
READING = "Replaying your answers through SM-2 and FSRS-6…"


class SchedulersPane(LazyStatsPane):
    """The evaluation of SM-2 and FSRS-6 on the answers of the scope shown."""

    TAB_ID = "schedulers"

    def __init__(self) -> None:
        super().__init__()
        self.lines: tuple[str, ...] = ()

    def compose(self) -> ComposeResult:
        yield Static(SCHEDULERS_TITLE, classes="chart-title")
        yield Static(READING, id="schedulers-text")

    def read(self, scope: str | None) -> None:
        self.query_one("#schedulers-text", Static).update(READING)
        self.load(scope)

    @work(thread=True, exclusive=True, group="stats-schedulers")
    def load(self, deck_id: str | None) -> None:
        try:
            evaluation = trainer_app(self).engine.evaluate(deck_id)
        except TrainerError as error:
            self.app.call_from_thread(
                self.notify, str(error), title="Cannot evaluate the schedulers", severity="error"
            )
            return
        lines = tuple(evaluation_text(evaluation, deck_id))
        self.app.call_from_thread(self.show_lines, deck_id, lines)

    def show_lines(self, deck_id: str | None, lines: tuple[str, ...]) -> None:
        if not self.is_attached or deck_id != self.scope:
            return  # another scope was chosen meanwhile
        self.lines = lines
        self.query_one("#schedulers-text", Static).update(literal("\n".join(lines)))
