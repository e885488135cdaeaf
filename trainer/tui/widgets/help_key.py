"""A text field that leaves `?` to the app's help key when the `?` could not be text: in an
empty field (where nobody starts an answer or a search with it) or one that refuses it."""

from __future__ import annotations

import re

from textual.widgets import Input

HELP_CHARACTER = "?"


class HelpKeyInput(Input):
    """An Input in which `?` opens help unless it would be typed into text already there.

    Textual drops a binding from the chain when the focused widget says it consumes the
    key (`check_consume_key`); saying no for such a `?` lets the app's `?` binding run.
    """

    def check_consume_key(self, key: str, character: str | None) -> bool:
        if character == HELP_CHARACTER and not self._takes_question_mark():
            return False
        return super().check_consume_key(key, character)

    def _takes_question_mark(self) -> bool:
        if not self.value or self.type != "text":
            return False
        return self.restrict is None or re.fullmatch(self.restrict, self.value + "?") is not None
