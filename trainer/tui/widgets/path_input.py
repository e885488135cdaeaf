"""A path input that completes folders and deck files as the learner types (tab or → accepts)."""

from __future__ import annotations

import asyncio
import os
from pathlib import Path
from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.suggester import Suggester

from trainer.core.untrusted import first_forbidden
from trainer.tui.literal import WITHOUT_CONTROLS
from trainer.tui.widgets.help_key import HelpKeyInput

DECK_SUFFIXES = (".yaml", ".yml")


def _candidates(folder: Path, prefix: str) -> list[str]:
    """Sub-folders (with a trailing slash) and deck files in `folder` starting with `prefix`."""
    found: list[str] = []
    with os.scandir(folder) as entries:
        for entry in entries:
            name = entry.name
            if not name.startswith(prefix):
                continue
            # Hidden entries only when asked for, as shells do.
            if name.startswith(".") and not prefix.startswith("."):
                continue
            # A name holding a control character would reach the terminal raw inside the
            # suggestion (and cannot be typed anyway): never offered. Nor one holding a
            # newline or a tab, which would draw the rest of it outside the input.
            if first_forbidden(name, one_line=True) is not None:
                continue
            if entry.is_dir():
                found.append(name + "/")
            elif name.endswith(DECK_SUFFIXES):
                found.append(name)
    return sorted(found, key=lambda name: (name.casefold(), name))


def complete_path(value: str, cwd: Path | None = None) -> str | None:
    """`value` extended to the next folder or deck file it can only mean, or None.

    When several entries match, the value is extended to their longest common start;
    when that adds nothing, the first match (alphabetically) is offered. `~` is expanded
    for the lookup but kept in the returned text, which always starts with `value`.
    """
    if not value:
        return None
    if value == "~":
        return "~/"
    head, separator, prefix = value.rpartition("/")
    folder = Path(os.path.expanduser(head + separator if separator else "."))
    if not folder.is_absolute():
        folder = (cwd or Path.cwd()) / folder
    try:
        candidates = _candidates(folder, prefix)
    except OSError:
        return None
    if not candidates:
        return None
    # Names are completed letter by letter, not path component by component.
    common = os.path.commonprefix(candidates)  # noqa: RUF071
    completion = common if len(common) > len(prefix) else candidates[0]
    if completion == prefix:
        return None
    return value + completion[len(prefix) :]


class PathSuggester(Suggester):
    """Suggests completions of file-system paths: folders and `.yaml` deck files."""

    def __init__(self, cwd: Path | None = None) -> None:
        # The file system changes under us, so nothing is cached; case matters on disk.
        super().__init__(use_cache=False, case_sensitive=True)
        self.cwd = cwd

    async def get_suggestion(self, value: str) -> str | None:
        # Listing a folder can be slow (network drives): keep it off the event loop.
        return await asyncio.to_thread(complete_path, value, self.cwd)


class PathInput(HelpKeyInput):
    """An Input for a deck file's path, completing folders and deck files.

    Tab accepts the completion shown in grey (→ does too, as in any Input); with no
    completion showing, tab moves the focus on as usual.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("tab", "accept_completion", "Complete", show=False),
    ]

    def __init__(
        self,
        value: str | None = None,
        placeholder: str = "",
        *,
        cwd: Path | None = None,
        id: str | None = None,
    ) -> None:
        super().__init__(
            value, placeholder, restrict=WITHOUT_CONTROLS, suggester=PathSuggester(cwd), id=id
        )

    @property
    def completion(self) -> str:
        """The completion now offered (in grey after the cursor), or an empty string."""
        # Input keeps its suggestion in a private reactive; it has no public accessor.
        return self._suggestion if self.cursor_at_end else ""

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "accept_completion":
            # Declining lets tab fall through to the screen's focus-next binding.
            return bool(self.completion)
        return super().check_action(action, parameters)

    def action_accept_completion(self) -> None:
        self.value = self.completion
        self.cursor_position = len(self.value)
