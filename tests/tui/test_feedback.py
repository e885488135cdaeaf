"""The feedback shown after an answer: verdicts, the typed-vs-expected diff, the excerpt with
its source and page, and the quality keys in SM-2's wording."""

from __future__ import annotations

import dataclasses
import unicodedata

from hypothesis import example, given
from hypothesis import strategies as st
from textual.app import App, ComposeResult
from textual.widget import Widget
from textual.widgets import Static

from trainer.core.answering.diff import diff_segments
from trainer.core.answering.grading import Outcome, Verdict, grade
from trainer.core.model import Answer, AnswerType, Card, CardKind, SourceRef
from trainer.core.scheduling.policy import Policy
from trainer.core.scheduling.state import QUALITY_LABELS, Quality
from trainer.engine import Feedback
from trainer.store import ExcerptRecord
from trainer.tui.literal import shown as shown_safely
from trainer.tui.widgets.feedback import (
    FeedbackPanel,
    QualityKeys,
    answer_content,
    diff_content,
    typed_content,
    verdict_content,
)
from trainer.tui.widgets.question import AskedCard

SIZE = (80, 24)
EXCERPT = ExcerptRecord(
    deck_id="d",
    id="lenin",
    title="A passage to Germany",
    # Stored as the learner reads it: the collection keeps excerpts with deletions filled.
    text="Lenin asked a Swiss socialist to help. " + "More of the passage. " * 100,
    source=SourceRef(pages="3"),
)


def card(
    kind: CardKind = CardKind.QA,
    answer: Answer | None = None,
    choices: tuple[str, ...] = (),
    explanation: str = "",
) -> Card:
    return Card(
        id="d:lenin:who",
        deck_id="d",
        kind=kind,
        excerpt_id="lenin",
        prompt="Whom did Lenin ask?",
        answer=answer or Answer(AnswerType.TEXT, "A Swiss socialist", ("Swiss socialist",)),
        source="p. 3",
        choices=choices,
        explanation=explanation,
    )


def checked(the_card: Card, typed: str) -> Feedback:
    verdict = grade(the_card.answer, typed, choices=the_card.choices, policy=Policy())
    diff = tuple(diff_segments(verdict.expected, typed)) if typed else ()
    return Feedback(verdict, Quality.CORRECT_HESITATION, typed, diff, 2.0)


def asked(the_card: Card) -> AskedCard:
    return AskedCard(the_card, EXCERPT, "How Hitler Came To Power", "new", 0, 20, "")


class Harness(App[None]):
    def __init__(self, *widgets: Widget) -> None:
        super().__init__()
        self.widgets = widgets
        self.chosen: list[Quality] = []

    def compose(self) -> ComposeResult:
        yield from self.widgets

    def on_quality_keys_chosen(self, message: QualityKeys.Chosen) -> None:
        self.chosen.append(message.quality)


def shown(app: App[None], selector: str) -> str:
    return str(app.query_one(selector, Static).render())


def spans(content: object, style: str) -> list[str]:
    plain = str(content)
    return [plain[s.start : s.end] for s in content.spans if s.style == style]  # type: ignore[attr-defined]


def test_each_outcome_has_its_headline() -> None:
    words = {
        Outcome.EXACT: "✔ Right",
        Outcome.TYPO: "small slip",
        Outcome.CLOSE: "Close, but not right",
        Outcome.WRONG: "✘ Wrong",
        Outcome.BLANK: "Not answered",
    }
    for outcome, expected in words.items():
        assert expected in str(verdict_content(Verdict(outcome, 0.5, "", "x")))
    noted = verdict_content(Verdict(Outcome.WRONG, 0, "", "1926", note="not a year"))
    assert str(noted) == "✘ Wrong (not a year)"


def test_the_diff_marks_what_is_extra_and_what_is_missing_also_without_colour() -> None:
    content = diff_content(diff_segments("Swiss socialist", "Swis socalists"))
    assert str(content) == "Swi[-s]s soc[-i]alist[+s]"
    assert spans(content, "$text-success underline") == ["[-s]", "[-i]"]
    assert spans(content, "$text-error strike") == ["[+s]"]


# What an Input can hold: no control characters (Content drops them anyway).
_TYPED = st.text(st.characters(blacklist_categories=("Cc", "Cs")), max_size=20)


@given(_TYPED, _TYPED)
# An invisible format character is typed text too: it reads as shown, escaped.
@example("", "\ufeff")
def test_without_the_missing_parts_the_diff_reads_as_typed(expected: str, typed: str) -> None:
    content = diff_content(diff_segments(expected, typed))
    plain = str(content)
    marked = sorted(
        (s.start, s.end, s.style)
        for s in content.spans
        if s.style in ("$text-success underline", "$text-error strike")
    )
    kept, position = [], 0
    for start, end, style in marked:
        kept.append(plain[position:start])
        if style == "$text-error strike":  # `[+extra]`: typed, kept without its brackets
            assert plain[start : start + 2] == "[+" and plain[end - 1] == "]"
            kept.append(plain[start + 2 : end - 1])
        else:
            assert plain[start : start + 2] == "[-" and plain[end - 1] == "]"
        position = end
    kept.append(plain[position:])
    assert "".join(kept) == shown_safely(unicodedata.normalize("NFC", typed))


def test_what_was_typed_is_shown_as_the_learner_knows_it() -> None:
    text = card()
    assert typed_content(text, checked(text, "")) is None
    slip = typed_content(text, checked(text, "A Swis socialist"))
    assert str(slip).splitlines()[:2] == [
        "You typed:  A Swis socialist",  # as typed: not merged with the answer
        "Difference: A Swi[-s]s socialist",
    ]
    assert "[+…] typed, not in the answer" in str(slip).splitlines()[2]
    assert spans(slip, "$text-success underline") == ["[-s]"]
    wrong = typed_content(text, checked(text, "Lloyd George"))
    assert spans(wrong, "$text-error") == ["Lloyd George"]
    choice = card(CardKind.CHOICE, Answer(AnswerType.CHOICE, "", key=(1,)), ("Krupp", "Junkers"))
    assert str(typed_content(choice, checked(choice, "1"))) == "You chose:  Krupp"
    order = card(CardKind.CHRONOLOGY, Answer(AnswerType.ORDER, "", key=(1, 0, 2)), ("b", "a", "c"))
    shown_order = str(typed_content(order, checked(order, "3 1 2")))
    assert shown_order == "Your order: c → b → a\nMisplaced:  b; c"
    # A right order is the numbered answer itself: not shown a second time.
    assert typed_content(order, checked(order, "2 1 3")) is None
    answer = answer_content(order, checked(order, "2 1 3").verdict)
    assert str(answer) == "Answer:     1. a\n            2. b\n            3. c"
    # With the dates the card carries, each event once, dated.
    dated = dataclasses.replace(order, explanation="1917: a\nMarch 1926: b\n1928: c")
    answer = answer_content(dated, checked(dated, "2 1 3").verdict)
    assert str(answer) == (
        "Answer:     1. 1917: a\n            2. March 1926: b\n            3. 1928: c"
    )


async def test_the_panel_shows_the_answer_and_the_excerpt_with_its_page() -> None:
    the_card = card(explanation="He wanted a go-between.")
    app = Harness(FeedbackPanel(asked(the_card), checked(the_card, "A Swis socialist")))
    async with app.run_test(size=SIZE):
        assert shown(app, "#verdict") == "✔ Right, with a small slip"
        assert shown(app, "#feedback-prompt") == "Whom did Lenin ask?"
        assert "A Swiss socialist" in shown(app, "#feedback-answer")
        assert "Swiss socialist" in shown(app, "#feedback-alternatives")
        assert "go-between" in shown(app, "#feedback-explanation")
        excerpt = app.query_one("#feedback-excerpt", Static)
        assert str(excerpt.render()).startswith("Lenin asked a Swiss socialist to help.")
        assert str(excerpt.border_title) == "A passage to Germany · How Hitler Came To Power, p. 3"
        panel = app.query_one(FeedbackPanel)
        assert panel.max_scroll_y > 0  # the long excerpt scrolls at 80×24


async def test_a_gap_card_does_not_repeat_its_prompt_and_a_reveal_has_no_verdict() -> None:
    gap = card(CardKind.CLOZE)
    app = Harness(FeedbackPanel(asked(gap), checked(gap, ""), revealed=True))
    async with app.run_test(size=SIZE):
        assert not app.query("#feedback-prompt")
        assert shown(app, "#verdict") == "Answer revealed"
        assert not app.query("#feedback-typed")


async def test_quality_keys_use_wozniaks_words_and_mark_the_suggestion() -> None:
    app = Harness(QualityKeys(Quality.CORRECT_HESITATION))
    async with app.run_test(size=SIZE) as pilot:
        assert "Enter accepts 4" in shown(app, "#quality-title")
        for quality in Quality:
            line = shown(app, f"#quality-{int(quality)}")
            assert line.strip().startswith(f"{int(quality)}  {QUALITY_LABELS[quality]}")
            suggested = quality is Quality.CORRECT_HESITATION
            assert ("◀ suggested" in line) is suggested
            assert app.query_one(f"#quality-{int(quality)}").has_class("-suggested") is suggested
        await pilot.click("#quality-2")
        assert app.chosen == [Quality.INCORRECT_EASY]


async def test_without_a_suggestion_the_learner_is_asked_to_grade() -> None:
    app = Harness(QualityKeys(None))
    async with app.run_test(size=SIZE):
        assert "How well did you know it?" in shown(app, "#quality-title")
        assert not app.query(".-suggested")
