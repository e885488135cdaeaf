"""Answer widgets, one per kind of answer: typed text, a numbered choice list, an ordering."""

from __future__ import annotations

from typing import ClassVar, assert_never

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from trainer.core.model import AnswerType, Card
from trainer.core.untrusted import without_forbidden
from trainer.engine import MAX_ANSWER_CHARS
from trainer.tui.kinds import AnswerForm, answer_form, answer_words
from trainer.tui.literal import shown
from trainer.tui.widgets.help_key import HelpKeyInput

# Number keys pick an option; nine is as many as one key can name.
MAX_NUMBERED = 9
# Keys that share one place in the Footer: "1234 Pick", "[ ] Move".
_PICK_KEYS = Binding.Group("Pick", compact=True)
_MOVE_KEYS = Binding.Group("Move")


def moved(order: list[int], index: int, step: int) -> tuple[list[int], int]:
    """`order` with the item at `index` moved `step` places (kept within the list), and
    where that item now is."""
    there = min(max(index + step, 0), len(order) - 1)
    rest = order[:index] + order[index + 1 :]
    return [*rest[:there], order[index], *rest[there:]], there


class AnswerSubmitted(Message):
    """The learner gave an answer, written as `Engine.check` reads it.

    For choices that is the option's 1-based number; for an ordering, the options'
    numbers in the chosen order ("3 1 2").
    """

    def __init__(self, typed: str) -> None:
        super().__init__()
        self.typed = typed


class AnswerCapReached(Message):
    """The typed answer reached MAX_ANSWER_CHARS: what would go past it was not taken."""


class TextAnswer(HelpKeyInput):
    """A free answer: text, a year, a date or a number. Enter submits; empty Enter is ignored
    so that a second press of Enter after the previous card cannot answer this one.

    At most MAX_ANSWER_CHARS characters are taken; reaching the cap posts AnswerCapReached,
    so that the learner is told why the rest is missing."""

    def __init__(self, answer_type: AnswerType, *, id: str | None = None) -> None:
        wanted = answer_words(answer_type) or "your answer"
        super().__init__(
            placeholder=f"Type {wanted} and press Enter", max_length=MAX_ANSWER_CHARS, id=id
        )

    def replace(self, text: str, start: int, end: int) -> None:
        # A paste may carry a terminal's controls (escape sequences, a bidi override):
        # they are no answer, and would reach the terminal as the box redraws.
        text, _ = without_forbidden(text)
        # Input refuses a whole paste that would pass max_length; take what fits instead.
        start, end = sorted((max(0, start), min(len(self.value), end)))
        room = MAX_ANSWER_CHARS - (len(self.value) - (end - start))
        if len(text) > room:
            text = text[: max(0, room)]
            self.post_message(AnswerCapReached())
        super().replace(text, start, end)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        if event.value.strip():
            self.post_message(AnswerSubmitted(event.value))


def _numbered(number: int, text: str) -> Content:
    # Deck text: shown literally, never read as markup.
    return Content.assemble((f"{number:>2} ", "bold"), shown(text))


class ChoiceAnswer(OptionList):
    """Numbered options: a number key picks and submits; arrows and Enter, or a click, too.

    Nothing is highlighted at first, so a stray Enter does not pick option 1.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding(str(n), f"pick({n})", f"Pick {n}", tooltip=f"Answer option {n}", group=_PICK_KEYS)
        for n in range(1, MAX_NUMBERED + 1)
    ]

    def __init__(self, choices: tuple[str, ...], *, id: str | None = None) -> None:
        options = [Option(_numbered(n, text)) for n, text in enumerate(choices, start=1)]
        super().__init__(*options, id=id)
        self.choices = choices

    def on_mount(self) -> None:
        self.highlighted = None

    def action_pick(self, number: int) -> None:
        self.highlighted = number - 1
        self.post_message(AnswerSubmitted(str(number)))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "pick":
            # Only the options there are: "1234 Pick" for four.
            number = parameters[0]
            return isinstance(number, int) and 1 <= number <= len(self.choices)
        return super().check_action(action, parameters)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(AnswerSubmitted(str(event.option_index + 1)))


class OrderAnswer(OptionList):
    """Options to put in order: move the highlighted one with shift+up/down (or [ and ]),
    then Enter submits the order. A click only highlights."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "submit_order", "Submit", tooltip="Submit this order"),
        Binding(
            "left_square_bracket,shift+up",
            "move(-1)",
            "Move up",
            key_display="[",
            tooltip="Move the highlighted item up (also shift+up)",
            group=_MOVE_KEYS,
        ),
        Binding(
            "right_square_bracket,shift+down",
            "move(1)",
            "Move down",
            key_display="]",
            tooltip="Move the highlighted item down (also shift+down)",
            group=_MOVE_KEYS,
        ),
    ]

    def __init__(self, choices: tuple[str, ...], *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.choices = choices
        # Indices into `choices`, in the order the learner has put them so far.
        self.order = list(range(len(choices)))

    def on_mount(self) -> None:
        self._render_order(0)

    def _render_order(self, highlighted: int) -> None:
        self.clear_options()
        self.add_options(
            Option(_numbered(place, self.choices[index]))
            for place, index in enumerate(self.order, start=1)
        )
        self.highlighted = highlighted

    def action_move(self, step: int) -> None:
        if self.highlighted is None:
            return
        self.order, there = moved(self.order, self.highlighted, step)
        self._render_order(there)

    def action_submit_order(self) -> None:
        self.post_message(AnswerSubmitted(self.typed_order()))

    def typed_order(self) -> str:
        """The order as `Engine.check` reads it: the options' 1-based numbers."""
        return " ".join(str(index + 1) for index in self.order)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        # Enter is bound to submitting; a selection can only come from a click.
        event.stop()


def answer_widget_for(card: Card) -> Widget:
    """The widget that suits the card's kind of answer."""
    form = answer_form(card.answer.type)
    match form:
        case AnswerForm.OPTION:
            return ChoiceAnswer(card.choices, id="answer")
        case AnswerForm.ORDER:
            return OrderAnswer(card.choices, id="answer")
        case AnswerForm.TYPED:
            return TextAnswer(card.answer.type, id="answer")
        case _:
            assert_never(form)


def answer_hint(card: Card) -> str:
    """How to answer with the widget `answer_widget_for` gives."""
    form = answer_form(card.answer.type)
    match form:
        case AnswerForm.OPTION:
            last = min(len(card.choices), MAX_NUMBERED)
            return f"Press 1–{last} to answer, or choose with ↑↓ and Enter."
        case AnswerForm.ORDER:
            return "Highlight with ↑↓, move with shift+↑↓ or [ ], Enter to submit."
        case AnswerForm.TYPED:
            return "Enter submits."
        case _:
            assert_never(form)
