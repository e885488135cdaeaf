"""Ids across a whole deck: each claimed once, and a clear message naming the first use."""

from __future__ import annotations

from trainer.core.deck.checked import Checked, ErrorSink


def where_first(first_path: str, first_line: int, path: str) -> str:
    """Where something was first written, seen from `path`: 'on line 3' or 'at a.yaml:3'."""
    return f"on line {first_line}" if first_path == path else f"at {first_path}:{first_line}"


# A claim as replayed (see `file_memo`): namespace, what was claimed, id, line, column.
Claim = tuple[str, str, str, int, int]


class IdRegistry:
    """The ids claimed so far in the deck, each with where it was first written."""

    def __init__(self, sink: ErrorSink) -> None:
        self.sink = sink
        self.first: dict[tuple[str, str], tuple[str, str, int]] = {}
        # Every claim in reading order: what one file claimed (those made while it was
        # built) can be claimed again, as it was, when the file is replayed from memory.
        self.claims: list[Claim] = []

    def claim(self, namespace: str, what: str, checked: Checked) -> str | None:
        """The object's valid id, if any, reporting it when the namespace already has it."""
        ident = checked.optional_text("id")
        if ident is None:
            return None
        self.claim_at(checked.path, (namespace, what, ident, *checked.place("id")))
        return ident

    def claim_at(self, path: str, claim: Claim) -> None:
        """Claim an id written at a place of `path`, reporting it if already claimed."""
        namespace, what, ident, line, column = claim
        self.claims.append(claim)
        first = self.first.get((namespace, ident))
        if first is None:
            self.first[(namespace, ident)] = (what, path, line)
            return
        first_what, first_path, first_line = first
        where = where_first(first_path, first_line, path)
        if first_what == what:
            message = f"duplicate {what} id '{ident}' (first used {where})"
        else:
            message = f"id '{ident}' of this {what} is already used by the {first_what} {where}"
        self.sink.add(path, line, column, message)

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
