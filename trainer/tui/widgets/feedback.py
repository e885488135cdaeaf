"""After an answer: the verdict, the right answer, the typed answer's differences, the excerpt
with its source and page, and the SM-2 quality keys 0–5 with the suggestion marked."""

from __future__ import annotations

from collections.abc import Iterable
from typing import assert_never

from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.message import Message
from textual.widgets import Static

from trainer.core.answering.diff import DiffSegment
from trainer.core.answering.presentation import events_in_order, misplaced_events
from trainer.core.answering.verdict import Outcome, Verdict
from trainer.core.model import Card
from trainer.core.scheduling.day_words import interval_words
from trainer.core.scheduling.state import QUALITY_LABELS, Quality
from trainer.engine import Feedback
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.kinds import AnswerForm, answer_form, prompt_is_the_excerpt
from trainer.tui.literal import literal, shown
from trainer.tui.widgets.question import AskedCard

# Headline and theme colour of each outcome.
_OUTCOME_WORDS: dict[Outcome, tuple[str, str]] = {
    Outcome.EXACT: ("✔ Right", "$text-success"),
    Outcome.TYPO: ("✔ Right, with a small slip", "$text-success"),
    Outcome.CLOSE: ("✘ Close, but not right", "$text-warning"),
    Outcome.WRONG: ("✘ Wrong", "$text-error"),
    Outcome.BLANK: ("✘ Not answered", "$text-error"),
}
# Outcomes near enough to the answer for a character diff to show the slip.
_DIFFED = frozenset({Outcome.TYPO, Outcome.CLOSE})
_MISSING = "$text-success underline"
_EXTRA = "$text-error strike"
# The diff's marks also read without colour (NO_COLOR, a screen reader, a printout).
EXTRA_MARK, MISSING_MARK = "+", "-"
DIFF_LEGEND = "[+…] typed, not in the answer · [-…] missing from it"


def verdict_content(verdict: Verdict) -> Content:
    """The headline, e.g. "✘ Close, but not right (not precise enough)"."""
    words, style = _OUTCOME_WORDS[verdict.outcome]
    parts: list[str | tuple[str, str]] = [(words, f"bold {style}")]
    if verdict.note:
        parts.append(f" ({shown(verdict.note)})")
    return Content.assemble(*parts)


def diff_content(segments: Iterable[DiffSegment]) -> Content:
    """The typed answer with its mistakes marked, in colour and in brackets: typed
    characters the answer does not have as `[+…]` (struck through), and the answer's
    characters that were left out or typed wrong as `[-…]` (underlined)."""
    parts: list[str | tuple[str, str]] = []
    for segment in segments:
        if segment.op == "equal":
            parts.append(shown(segment.typed))
            continue
        if segment.typed:
            parts.append((f"[{EXTRA_MARK}{shown(segment.typed)}]", _EXTRA))
        if segment.expected:
            parts.append((f"[{MISSING_MARK}{shown(segment.expected)}]", _MISSING))
    return Content.assemble(*parts)


def typed_content(card: Card, feedback: Feedback) -> Content | None:
    """What the learner answered, as they would recognise it; None when nothing was."""
    verdict = feedback.verdict
    if verdict.outcome is Outcome.BLANK:
        return None
    form = answer_form(card.answer.type)
    match form:
        case AnswerForm.OPTION:
            chosen = verdict.matched or feedback.typed
            return Content.assemble(("You chose:  ", "bold"), shown(chosen))
        case AnswerForm.ORDER:
            if verdict.correct:
                return None  # the numbered answer above is this very order: shown once
            order = verdict.matched or feedback.typed
            misplaced = misplaced_events(card, verdict)
            if not misplaced:
                return Content.assemble(("Your order: ", "bold"), shown(order))
            return Content.assemble(
                ("Your order: ", "bold"),
                shown(order),
                "\n",
                ("Misplaced:  ", "bold"),
                (shown(misplaced), "$text-warning"),
            )
        case AnswerForm.TYPED:
            pass
        case _:
            assert_never(form)
    answer = feedback.typed.strip()
    if verdict.outcome in _DIFFED and feedback.diff:
        # What was typed as typed, then how it differs (a merged line misreads).
        return Content.assemble(
            ("You typed:  ", "bold"),
            literal(answer),
            "\n",
            ("Difference: ", "bold"),
            diff_content(feedback.diff),
            "\n",
            (" " * 12 + DIFF_LEGEND, "$foreground-muted"),
        )
    # A wrong answer is too far from the right one for a diff to help.
    typed = literal(answer) if verdict.correct else literal(answer, "$text-error")
    return Content.assemble(("You typed:  ", "bold"), typed)


def answer_content(card: Card, verdict: Verdict) -> Content:
    """`Answer:` and the right answer; a chronology's events as a numbered list, in order."""
    if answer_form(card.answer.type) is not AnswerForm.ORDER:
        return _line("Answer:", verdict.expected)
    events = events_in_order(card)
    lines = [
        Content.assemble((f"{'Answer:' if n == 1 else '':<12}", "bold"), f"{n}. {shown(event)}")
        for n, event in enumerate(events, start=1)
    ]
    return Content("\n").join(lines) if lines else _line("Answer:", verdict.expected)


def _line(label: str, text: str) -> Content:
    """A bold label, then deck or learner text shown literally."""
    return Content.assemble((f"{label:<12}", "bold"), shown(text))


class FeedbackPanel(VerticalScroll):
    """Everything to read after answering, scrolling when the excerpt is long.

    With `revealed`, the learner asked to see the answer without typing one: no verdict.
    """

    def __init__(self, asked: AskedCard, feedback: Feedback, *, revealed: bool = False) -> None:
        super().__init__(id="feedback")
        self.asked = asked
        self.feedback = feedback
        self.revealed = revealed

    def compose(self) -> ComposeResult:
        card = self.asked.card
        verdict = self.feedback.verdict
        if not prompt_is_the_excerpt(card.kind):
            yield Static(literal(card.prompt), id="feedback-prompt")
        if self.revealed:
            yield Static(Content.styled("Answer revealed", "bold $text-accent"), id="verdict")
        else:
            yield Static(verdict_content(verdict), id="verdict")
        yield Static(answer_content(card, verdict), id="feedback-answer")
        if answer_form(card.answer.type) is AnswerForm.TYPED and card.answer.alternatives:
            also = "; ".join(card.answer.alternatives)
            yield Static(_line("Also right:", also), id="feedback-alternatives")
        typed = None if self.revealed else typed_content(card, self.feedback)
        if typed is not None:
            yield Static(typed, id="feedback-typed")
        if card.explanation and answer_form(card.answer.type) is not AnswerForm.ORDER:
            # A false true-or-false statement's: the true statement. (A chronology's
            # explanation, its events with their dates, is the numbered answer above.)
            yield Static(_line("In fact:", card.explanation), id="feedback-explanation")
        excerpt = self.asked.excerpt
        if excerpt is not None:
            box = Static(literal(excerpt.text), id="feedback-excerpt")
            # The citation goes on top, where it shows without scrolling at 80×24.
            title = excerpt.title or "Excerpt"
            box.border_title = literal(f"{title} · {self.asked.citation}", one_line=True)
            yield box
        elif card.source:
            yield Static(_line("Source:", self.asked.citation), id="feedback-source")


def quality_text(quality: Quality, *, suggested: bool, interval: int | None = None) -> Content:
    """`4  correct response after a hesitation · 6 d  ◀ suggested`: the key, SM-2's words,
    the interval the grade leads to (once the scheduler has said), the suggestion."""
    after = f" · {interval_words(interval)}" if interval is not None else ""
    return Content.assemble(
        (f" {int(quality)} ", "bold"),
        f" {QUALITY_LABELS[quality]}",
        (after, "bold $text-accent"),
        "  ◀ suggested" if suggested else "",
    )


class QualityLine(Static):
    """One grade of SM-2's scale with its key; a click picks it."""

    def __init__(self, quality: Quality, *, suggested: bool) -> None:
        super().__init__(
            quality_text(quality, suggested=suggested),
            id=f"quality-{int(quality)}",
            classes="quality-line -suggested" if suggested else "quality-line",
        )
        self.quality = quality
        self.suggested = suggested

    def show_interval(self, days: int) -> None:
        self.update(quality_text(self.quality, suggested=self.suggested, interval=days))

    def on_click(self) -> None:
        self.post_message(QualityKeys.Chosen(self.quality))


class QualityKeys(Vertical):
    """SM-2's six grades, best first, in Wozniak's words; the suggested one is marked.

    Without a suggestion (the answer was revealed) the learner must pick one.
    """

    class Chosen(Message):
        def __init__(self, quality: Quality) -> None:
            super().__init__()
            self.quality = quality

    def __init__(self, suggested: Quality | None, card_id: str | None = None) -> None:
        super().__init__(id="quality-keys")
        self.suggested = suggested
        # The card graded: each grade then shows the interval it leads to.
        self.card_id = card_id

    def on_mount(self) -> None:
        if self.card_id is not None:
            self._load_intervals(self.card_id)

    @work(thread=True, exclusive=True, group="quality-intervals")
    def _load_intervals(self, card_id: str) -> None:
        try:
            intervals = trainer_app(self).engine.grade_intervals(card_id)
        except TrainerError:
            return  # the grades work without their intervals
        self.app.call_from_thread(self._show_intervals, intervals)

    def _show_intervals(self, intervals: dict[Quality, int]) -> None:
        if not self.is_attached:
            return
        for line in self.query(QualityLine):
            if line.quality in intervals:
                line.show_interval(intervals[line.quality])

    def compose(self) -> ComposeResult:
        if self.suggested is None:
            title = "How well did you know it? Press 0–5:"
        else:
            title = f"Enter accepts {int(self.suggested)}, or press 0–5 to grade it yourself:"
        yield Static(Content(title), id="quality-title")
        for quality in sorted(Quality, reverse=True):
            yield QualityLine(quality, suggested=quality == self.suggested)


class ContinueLine(Static):
    """The key to go on when answers are not graded (a quiz that does not count)."""

    class Pressed(Message):
        pass

    def __init__(self) -> None:
        super().__init__(Content("Press Enter for the next question."), id="continue-line")

    def on_click(self) -> None:
        self.post_message(self.Pressed())
