"""Shown instead of the home screen when trainer cannot start as asked: what went wrong, in full."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import VerticalScroll
from textual.screen import Screen
from textual.widgets import Static

from trainer.tui.app import trainer_app
from trainer.tui.literal import literal, shown
from trainer.tui.startup import StartupProblem
from trainer.tui.widgets.keys_footer import KeysFooter


class StartupErrorScreen(Screen[None]):
    """The problem's message lines; `q` quits (the message is printed again on exit) and,
    when the collection did open, `enter` carries on to the home screen."""

    # The screen going back leads to (see TrainerApp._home_is_root).
    IS_HOME: ClassVar[bool] = True

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "carry_on", "Go to home", tooltip="Carry on to the list of decks"),
        Binding("q", "quit_with_message", "Quit", tooltip="Quit and print the message"),
    ]

    def __init__(self, problem: StartupProblem) -> None:
        super().__init__()
        self.problem = problem

    def compose(self) -> ComposeResult:
        # The lines quote deck files, settings and error messages: shown literally.
        yield Static(literal(self.problem.title, "bold"), id="error-title")
        with VerticalScroll(id="error-lines", can_focus=True):
            for line in self.problem.lines:
                yield Static(literal(line), classes="error-line")
        hint = (
            "Press enter to go on to your decks, or q to quit."
            if self.problem.can_continue
            else "Fix the problem above, then start trainer again. Press q to quit."
        )
        yield Static(hint, id="error-hint")
        yield KeysFooter()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "carry_on":
            return self.problem.can_continue
        return True

    def action_carry_on(self) -> None:
        trainer_app(self).open_home()

    def action_quit_with_message(self) -> None:
        # Printed on the terminal once the app has gone: controls escaped there too.
        self.app.exit(return_code=1, message=shown(self.problem.message))
