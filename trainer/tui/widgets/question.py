"""The question being asked: its section, kind and excerpt title, progress, and the prompt."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import ProgressBar, Static

from trainer.core.model import Card
from trainer.core.records import record
from trainer.engine import ExcerptRecord, StudyCard
from trainer.tui.kinds import answer_words, kind_words
from trainer.tui.literal import literal
from trainer.tui.widgets.cloze_gap import prompt_content


@record
class AskedCard:
    """A card as a screen asks it: the card, what to show around it, and the progress."""

    card: Card
    excerpt: ExcerptRecord | None
    # The book or course the card's deck is drawn from ("" when the deck names none).
    book_title: str
    # The part of the session the card comes from: new, review, drill or quiz.
    section: str
    # Questions already answered, and the whole count (this one included).
    done: int
    total: int
    # The words next to the progress bar, e.g. "5 done · 15 left today".
    progress_note: str

    @property
    def excerpt_title(self) -> str:
        return self.excerpt.title if self.excerpt is not None else ""

    @property
    def citation(self) -> str:
        """Where the shown excerpt comes from, e.g. "How Hitler Came To Power, p. 3"."""
        cite = self.excerpt.source.cite() if self.excerpt is not None else self.card.source
        return ", ".join(part for part in (self.book_title, cite) if part)

    @property
    def source(self) -> str:
        return card_source(self.card, self.excerpt)


def card_source(card: Card, excerpt: ExcerptRecord | None) -> str:
    """The excerpt's title and every page the card draws on, e.g. "A plan at Rapallo, p. 90"."""
    title = excerpt.title if excerpt is not None else ""
    return ", ".join(part for part in (title, card.source) if part)


def describe_kind(card: Card) -> str:
    """The card's kind in words, with the kind of answer expected when it is not text."""
    words = kind_words(card.kind)
    wanted = answer_words(card.answer.type)
    return f"{words} ({wanted})" if wanted else words


class QuestionHeader(Vertical):
    """The top of the asking area: section tag, kind, excerpt title, progress and prompt."""

    def compose(self) -> ComposeResult:
        with Horizontal(id="question-meta"):
            yield Static(id="question-section")
            yield Static(id="question-about")
        with Horizontal(id="question-progress"):
            yield ProgressBar(show_eta=False, show_percentage=False, id="question-bar")
            yield Static(id="question-count")
        with VerticalScroll(id="question-prompt-box", can_focus=False):
            yield Static(id="question-prompt")

    def show(self, asked: AskedCard) -> None:
        """Show a new question."""
        section = self.query_one("#question-section", Static)
        section.update(literal(f" {asked.section} ", one_line=True))
        section.set_classes(f"-section-{asked.section}")
        about = [describe_kind(asked.card)]
        if asked.excerpt_title:
            about.append(asked.excerpt_title)
        self.query_one("#question-about", Static).update(literal(" · ".join(about), one_line=True))
        self.query_one("#question-bar", ProgressBar).update(
            total=max(asked.total, 1), progress=asked.done
        )
        self.query_one("#question-count", Static).update(literal(asked.progress_note))
        self.query_one("#question-prompt", Static).update(prompt_content(asked.card))
        self.show_prompt(True)

    def show_prompt(self, shown: bool) -> None:
        self.query_one("#question-prompt-box").display = shown


def asked_from_study(study: StudyCard, book_title: str) -> AskedCard:
    """How a card of today's session is shown, with its progress through the day."""
    done, left = study.done_today, study.remaining
    # Drill cards are counted apart: a card missed goes to the drill, and "left today"
    # still goes down.
    drill = study.drill_waiting
    note = f"{done} done · {left - drill} left today" + (f" · {drill} to drill" if drill else "")
    return AskedCard(
        card=study.card,
        excerpt=study.excerpt,
        book_title=book_title,
        section=study.section.value,
        done=done,
        total=done + left,
        progress_note=note,
    )
