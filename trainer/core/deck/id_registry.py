"""Ids across a whole deck: each claimed once, and a clear message naming the first use."""

from __future__ import annotations

from trainer.core.deck.checked import Checked, ErrorSink


def where_first(first_path: str, first_line: int, path: str) -> str:
    """Where something was first written, seen from `path`: 'on line 3' or 'at a.yaml:3'."""
    return f"on line {first_line}" if first_path == path else f"at {first_path}:{first_line}"


class IdRegistry:
    """The ids claimed so far in the deck, each with where it was first written."""

    def __init__(self, sink: ErrorSink) -> None:
        self.sink = sink
        self.first: dict[tuple[str, str], tuple[str, str, int]] = {}

    def claim(self, namespace: str, what: str, checked: Checked) -> str | None:
        """The object's valid id, if any, reporting it when the namespace already has it."""
        ident = checked.optional_text("id")
        if ident is None:
            return None
        line, column = checked.place("id")
        first = self.first.get((namespace, ident))
        if first is None:
            self.first[(namespace, ident)] = (what, checked.path, line)
            return ident
        first_what, first_path, first_line = first
        where = where_first(first_path, first_line, checked.path)
        if first_what == what:
            message = f"duplicate {what} id '{ident}' (first used {where})"
        else:
            message = f"id '{ident}' of this {what} is already used by the {first_what} {where}"
        self.sink.add(checked.path, line, column, message)
        return ident

    def known(self, namespace: str) -> list[str]:
        """Every id claimed in a namespace, in reading order."""
        return [ident for space, ident in self.first if space == namespace]


def slot_clash_message(
    slot: str, position: int, ident: str | None, first: tuple[int, bool], excerpt: Checked
) -> str:
    """Why a question's slot is taken: by a duplicate id, or by a default q1, q2 …"""
    first_line, first_has_id = first
    if ident is None:
        return (
            f"question {position} has the default id '{slot}', which the question on line"
            f" {first_line} already has; give one of them another id"
        )
    if not first_has_id:
        return (
            f"question id '{slot}' clashes with the default id of question {slot[1:]}"
            f" (line {first_line}); give one of them another id"
        )
    return f"duplicate question id '{slot}' in {excerpt.label} (first on line {first_line})"
