"""The answer widgets alone: what each submits for the keys (and clicks) a learner uses."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from textual import events
from textual.app import App, ComposeResult
from textual.widget import Widget

from trainer.core.model import AnswerType
from trainer.tui.widgets.answer_input import (
    AnswerSubmitted,
    ChoiceAnswer,
    OrderAnswer,
    TextAnswer,
    moved,
)

SIZE = (80, 24)
CHOICES = ("Krupp", "Junkers", "Rheinmetall", "Stinnes")


class Harness(App[None]):
    """Shows one answer widget and keeps what it submits."""

    def __init__(self, widget: Widget) -> None:
        super().__init__()
        self.widget = widget
        self.submitted: list[str] = []

    def compose(self) -> ComposeResult:
        yield self.widget

    def on_mount(self) -> None:
        self.widget.focus()

    def on_answer_submitted(self, message: AnswerSubmitted) -> None:
        self.submitted.append(message.typed)


async def test_text_answer_submits_on_enter_but_not_when_empty() -> None:
    widget = TextAnswer(AnswerType.YEAR)
    app = Harness(widget)
    async with app.run_test(size=SIZE) as pilot:
        assert "a year" in str(widget.placeholder)
        await pilot.press("enter", "space", "enter")
        assert app.submitted == []
        await pilot.press("backspace", *"1926", "enter")
        assert app.submitted == ["1926"]


async def test_number_keys_pick_and_submit_a_choice() -> None:
    app = Harness(ChoiceAnswer(CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        widget = app.widget
        assert isinstance(widget, ChoiceAnswer)
        assert widget.highlighted is None
        await pilot.press("enter")  # nothing highlighted yet: a stray Enter picks nothing
        await pilot.press("5", "9")  # beyond the options
        assert app.submitted == []
        await pilot.press("3")
        assert app.submitted == ["3"]
        assert widget.highlighted == 2


async def test_arrows_and_enter_or_a_click_choose_too() -> None:
    app = Harness(ChoiceAnswer(CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("down", "down", "enter")
        assert app.submitted == ["2"]
        # The list has a one-row border; the fourth option is on row 4.
        await pilot.click(ChoiceAnswer, offset=(6, 4))
        assert app.submitted == ["2", "4"]


async def test_ordering_moves_the_highlighted_item_and_submits_numbers() -> None:
    app = Harness(OrderAnswer(CHOICES))
    async with app.run_test(size=SIZE) as pilot:
        widget = app.widget
        assert isinstance(widget, OrderAnswer)
        assert widget.typed_order() == "1 2 3 4"
        await pilot.press("shift+down", "right_square_bracket")
        assert widget.typed_order() == "2 3 1 4"
        assert widget.highlighted == 2
        await pilot.press("down", "shift+up", "left_square_bracket", "left_square_bracket")
        assert widget.typed_order() == "4 2 3 1"
        assert widget.highlighted == 0
        await pilot.click(OrderAnswer, offset=(6, 3))  # a click only highlights
        assert widget.highlighted == 2
        assert app.submitted == []
        await pilot.press("enter")
        assert app.submitted == ["4 2 3 1"]


@given(
    st.integers(min_value=1, max_value=6).flatmap(
        lambda n: st.tuples(
            st.just(n),
            st.lists(st.tuples(st.integers(0, n - 1), st.integers(-3, 3)), max_size=12),
        )
    )
)
def test_moving_items_keeps_every_item_once(case: tuple[int, list[tuple[int, int]]]) -> None:
    count, moves = case
    order = list(range(count))
    for index, step in moves:
        item = order[index]
        order, there = moved(order, index, step)
        assert sorted(order) == list(range(count))
        assert order[there] == item
        assert there == min(max(index + step, 0), count - 1)


async def test_a_pasted_answer_loses_a_terminals_controls_and_keeps_the_rest() -> None:
    widget = TextAnswer(AnswerType.TEXT)
    app = Harness(widget)
    async with app.run_test(size=SIZE) as pilot:
        hostile = "\x1b]52;c;aGk=\x07Lip\x1b[2Jetsk\u202e\x9b31m"
        widget.post_message(events.Paste(hostile))
        await pilot.pause()
        # The sequences are gone whole, their arguments with them: the answer is left.
        assert widget.value == "Lipetsk"
        await pilot.press("enter")
        assert app.submitted == ["Lipetsk"]
