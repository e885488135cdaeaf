"""The import dialog: a deck file's path (with completion) in; the deck, or its errors, out."""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

from trainer.core.model import DeckError
from trainer.engine import ImportResult
from trainer.errors import TrainerError
from trainer.tui.app import trainer_app
from trainer.tui.literal import literal
from trainer.tui.widgets.keys_footer import KeysFooter
from trainer.tui.widgets.path_input import PathInput
from trainer.tui.wording import describe_os_error, plural


def path_problem(text: str) -> str | None:
    """Why `text` cannot be imported before even reading it, or None if it may be a deck."""
    if not text.strip():
        return "Type the path of a deck file (.yaml)."
    path = Path(text.strip()).expanduser()
    if path.is_dir():
        return f"{text.strip()} is a folder: choose a deck file (.yaml) inside it."
    if not path.exists():
        return f"There is no file at {text.strip()}."
    return None


class ImportDeckScreen(ModalScreen[ImportResult | None]):
    """Asks for a deck file and imports it; dismissed with the result, or None if cancelled.

    A deck with errors keeps the dialog open and lists every diagnostic, so the learner
    can fix the file and press enter again.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        # A priority binding: enter must import even while the path input has focus.
        Binding("enter", "import_deck", "Import", priority=True, tooltip="Import the file"),
        Binding("escape", "cancel", "Cancel", tooltip="Close without importing"),
    ]

    def __init__(self, initial: str = "") -> None:
        super().__init__()
        self.initial = initial
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="import-dialog", classes="dialog"):
            yield Static("Import a deck", classes="dialog-title")
            yield Static(
                "The path of a deck file. Tab or → completes folders and .yaml files;"
                " ~ is your home folder.",
                classes="dialog-help",
            )
            yield PathInput(self.initial, placeholder="e.g. ~/decks/history.yaml", id="path")
            yield Static("", id="import-status")
            yield VerticalScroll(id="import-problems", can_focus=True)
        yield KeysFooter()

    @property
    def path_input(self) -> PathInput:
        return self.query_one(PathInput)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "import_deck":
            return not self.busy
        return True

    def action_cancel(self) -> None:
        self.dismiss(None)

    def action_import_deck(self) -> None:
        text = self.path_input.value
        problem = path_problem(text)
        if problem is not None:
            self.show_problems(problem, [])
            return
        self._set_busy(True)
        self.show_status(f"Importing {Path(text.strip()).name}…")
        self.import_file(text.strip())

    @work(thread=True, exclusive=True, group="import")
    def import_file(self, text: str) -> None:
        try:
            result = trainer_app(self).engine.import_deck(text)
        except DeckError as error:
            lines = [str(diagnostic) for diagnostic in error.diagnostics] or [str(error)]
            heading = f"The deck has {plural(len(lines), 'error')}; nothing was imported:"
            self.app.call_from_thread(self.show_problems, heading, lines)
        except (TrainerError, OSError) as error:
            message = (
                f"Cannot read the deck: {describe_os_error(error)}"
                if isinstance(error, OSError)
                else str(error)
            )
            self.app.call_from_thread(self.show_problems, message, [])
        else:
            self.app.call_from_thread(self.dismiss, result)

    def _set_busy(self, busy: bool) -> None:
        self.busy = busy
        self.path_input.disabled = busy
        self.refresh_bindings()

    def show_status(self, text: str) -> None:
        status = self.query_one("#import-status", Static)
        status.set_class(False, "-error")
        status.update(literal(text))

    def show_problems(self, heading: str, lines: list[str]) -> None:
        """Show why the file was not imported: a heading and each diagnostic line."""
        self._set_busy(False)
        status = self.query_one("#import-status", Static)
        status.set_class(True, "-error")
        status.update(literal(heading))
        problems = self.query_one("#import-problems", VerticalScroll)
        problems.remove_children()
        problems.mount_all(Static(literal(line), classes="problem") for line in lines)
        problems.display = bool(lines)
        self.path_input.focus()
