"""The end of a review session: cards reviewed, accuracy, time taken and when cards are next due."""

from __future__ import annotations

from datetime import date
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Header, Static

from trainer.core.records import record
from trainer.core.scheduling.day_words import days_between
from trainer.engine import Engine
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal
from trainer.tui.tally import SessionTally
from trainer.tui.widgets.keys_footer import KeysFooter

# How many coming days with due cards the summary names.
DUE_DAYS_SHOWN = 3
# How many missed cards the summary lists (the rest are counted).
MISSED_SHOWN = 8


@record
class MissedCard:
    """A card answered below 3 in the session, with where to reread it."""

    prompt: str
    # The excerpt's title and its page (`The Danube, p. 3`), or the page alone.
    source: str


@record
class SessionSummary:
    """What the summary screen shows."""

    scope: str
    deck_id: str | None
    reviewed: int
    passed: int
    seconds: float
    today: date
    # Cards falling due on each coming day (today first), from the engine's statistics.
    forecast: dict[date, int]
    # Cards never seen yet, which later sessions will introduce.
    new_waiting: int
    # The cards missed in the session (graded below 3 at least once), in the order missed.
    missed: tuple[MissedCard, ...] = ()

    @property
    def accuracy(self) -> float | None:
        return self.passed / self.reviewed if self.reviewed else None


def summarise_session(engine: Engine, deck_id: str | None, tally: SessionTally) -> SessionSummary:
    """Gather the summary (reads the collection: call it from a worker)."""
    statistics = engine.statistics(deck_id)
    scope = engine.deck(deck_id).title if deck_id is not None else "all decks"
    return SessionSummary(
        scope=scope,
        deck_id=deck_id,
        reviewed=tally.reviewed,
        passed=tally.passed,
        seconds=(engine.now() - tally.started).total_seconds(),
        today=statistics.today,
        forecast=statistics.forecast,
        new_waiting=statistics.states.new,
        missed=tuple(missed_cards(engine, tally)),
    )


def missed_cards(engine: Engine, tally: SessionTally) -> list[MissedCard]:
    """The session's missed cards, each once, with their excerpt and page."""
    missed_ids = [card_id for card_id, quality in tally.answers if not quality.passed]
    cards: list[MissedCard] = []
    for card_id in dict.fromkeys(missed_ids):
        try:
            card = engine.card_details(card_id).entry.card
        except TrainerError:
            continue  # retired meanwhile: nothing left to reread
        excerpt = engine.excerpt(card)
        title = excerpt.title if excerpt is not None and excerpt.title else ""
        page = card.source or ""
        cards.append(MissedCard(card.prompt, ", ".join(part for part in (title, page) if part)))
    return cards


def missed_lines(missed: tuple[MissedCard, ...], shown: int = MISSED_SHOWN) -> list[Content]:
    """`Missed (3) — reread:` then one line per card: its question, then its source."""
    if not missed:
        return []
    lines = [Content.styled(f"Missed ({len(missed)}) — reread:", "bold")]
    for card in missed[:shown]:
        line = literal(f"• {card.prompt}", one_line=True)
        if card.source:
            line = Content.assemble(line, literal(f" — {card.source}", "$foreground-muted"))
        lines.append(line)
    if len(missed) > shown:
        lines.append(Content(f"… and {len(missed) - shown} more"))
    return lines


def duration_words(seconds: float) -> str:
    """A duration as a learner reads it: "45 s", "4 min 12 s", "1 h 5 min"."""
    total = max(0, round(seconds))
    hours, rest = divmod(total, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{hours} h {minutes} min"
    if minutes:
        return f"{minutes} min {secs} s"
    return f"{secs} s"


def next_due_words(today: date, forecast: dict[date, int], shown: int = DUE_DAYS_SHOWN) -> str:
    """The next days with cards due, e.g. "tomorrow: 12, in 6 days: 3"; "" when none.

    Cards still due today are ones beyond the daily limit (the session is over).
    """
    parts: list[str] = []
    for day in sorted(forecast):
        count = forecast[day]
        if count and len(parts) < shown:
            offset = (day - today).days
            when = "today, over the daily limit" if offset <= 0 else days_between(day, today)
            parts.append(f"{when}: {count}")
    return ", ".join(parts)


def summary_lines(summary: SessionSummary) -> list[str]:
    """The summary in sentences, headline first."""
    due = next_due_words(summary.today, summary.forecast)
    due_text = f"next cards due {due}" if due else "nothing due in the next 30 days"
    if summary.reviewed == 0:
        lines = [f"Nothing left for today in {summary.scope} — {due_text}."]
    else:
        accuracy = summary.accuracy or 0.0
        lines = [
            f"Session over: {summary.scope}",
            f"Cards reviewed: {summary.reviewed}",
            f"Accuracy: {accuracy:.0%} ({summary.passed} of {summary.reviewed} graded 3 or more)",
            f"Time taken: {duration_words(summary.seconds)}",
            f"Next due: {due or 'nothing in the next 30 days'}",
        ]
    if summary.new_waiting:
        lines.append(f"New cards not yet seen: {summary.new_waiting}")
    return lines


class SummaryScreen(Screen[None]):
    """The session's results; Enter or Escape goes back home."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,enter", "home", "Home", key_display="esc", tooltip="Back to the decks"),
        Binding("s", "statistics", "Statistics", tooltip="Charts of this deck's progress"),
    ]

    def __init__(self, summary: SessionSummary) -> None:
        super().__init__()
        self.summary = summary

    def compose(self) -> ComposeResult:
        yield Header(icon="")
        headline, *details = summary_lines(self.summary)
        with Vertical(id="summary"):
            # The lines name the deck (its title is the deck author's text).
            yield Static(literal(headline), id="summary-headline")
            for number, line in enumerate(details):
                yield Static(literal(line), id=f"summary-line-{number}", classes="summary-line")
            for number, missed in enumerate(missed_lines(self.summary.missed)):
                yield Static(missed, id=f"summary-missed-{number}", classes="summary-missed")
            if self.summary.reviewed == 0:
                yield Static(Content("Come back tomorrow, or take a quiz meanwhile."))
        yield KeysFooter(compact=True)

    def on_mount(self) -> None:
        self.sub_title = "Session summary"

    def action_home(self) -> None:
        trainer_app(self).open_home()

    def action_statistics(self) -> None:
        trainer_app(self).open_stats(self.summary.deck_id)
