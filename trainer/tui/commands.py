"""Command-palette entries built from key bindings, so every key's action is also a command.

Nothing here lists a screen's actions by hand: whatever bindings a screen (and the app)
offers become palette entries, and the help screen lists the same bindings. A binding is
offered when the Footer shows it, or when it is hidden from the Footer (for room at 80
columns) but documented with a `tooltip`; Textual's own widget bindings have none.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import partial
from typing import Any

from textual.app import App, SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

from trainer.core.records import record


@record
class BoundAction:
    """One shown binding, as the Footer has it: where its action runs and its key's label."""

    node: DOMNode
    binding: Binding
    key_display: str
    enabled: bool

    @property
    def target(self) -> tuple[int, str]:
        """What the binding runs, comparable across namespaces (`app.x` runs on the app)."""
        action = self.binding.action
        if action.startswith("app."):
            return id(self.node.app), action.removeprefix("app.")
        if action.startswith("screen."):
            return id(self.node.screen), action.removeprefix("screen.")
        return id(self.node), action

    @property
    def is_global(self) -> bool:
        """True for the app's own bindings, which work on every screen."""
        return isinstance(self.node, App)


def is_offered(binding: Binding) -> bool:
    """True for a binding the learner should know about: shown, or documented by a tooltip."""
    if binding.system or binding.action == "command_palette":
        return False
    return binding.show or bool(binding.tooltip)


def shown_bindings(screen: Screen[Any]) -> list[BoundAction]:
    """The bindings `screen` offers now (see `is_offered`), one per action, in Footer order."""
    app = screen.app
    found: list[BoundAction] = []
    seen: set[tuple[int, str]] = set()
    for node, binding, enabled, _tooltip in screen.active_bindings.values():
        if not is_offered(binding):
            continue
        bound = BoundAction(node, binding, app.get_key_display(binding), enabled)
        if bound.target not in seen:
            seen.add(bound.target)
            found.append(bound)
    return found


def binding_commands(
    screen: Screen[Any], taken_titles: Iterable[str] = ()
) -> Iterator[SystemCommand]:
    """A palette entry for each shown binding of `screen`; titles in `taken_titles` (the
    built-in commands such as Quit) are skipped."""
    taken = set(taken_titles)
    for bound in shown_bindings(screen):
        title = bound.binding.description
        if title in taken or not bound.enabled:
            continue
        taken.add(title)
        explanation = bound.binding.tooltip or title
        yield SystemCommand(
            title,
            f"{explanation} (key: {bound.key_display})",
            partial(screen.app.run_action, bound.binding.action, bound.node),
        )


@record
class AppCommand:
    """A palette entry that runs one of the app's actions from any screen."""

    title: str
    help: str
    action: str


def app_commands(
    app: App[Any], screen: Screen[Any], commands: Iterable[AppCommand]
) -> Iterator[SystemCommand]:
    """Palette entries for app actions, except those a binding of `screen` already offers."""
    bound = {item.target for item in shown_bindings(screen)}
    for command in commands:
        if (id(app), command.action) in bound:
            continue
        yield SystemCommand(command.title, command.help, partial(app.run_action, command.action))


# App actions offered in the command palette on every screen (unless a key there runs them).
PALETTE_COMMANDS = (
    AppCommand("Import a deck…", "Import a deck file (.yaml) into the collection", "import_deck"),
    AppCommand("Statistics", "Charts of all decks: reviews, retention, forecast", "statistics"),
    AppCommand("Browse cards", "Search every deck's cards; suspend or unsuspend them", "browse"),
    AppCommand("Help", "Keys of this screen and the SM-2 grades", "help"),
)
