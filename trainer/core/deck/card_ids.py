"""Card identity: how a card's stable id is built from deck, excerpt and slot, and its seed."""

from __future__ import annotations

import hashlib

SEPARATOR = ":"
CHRONOLOGY_SLOT = "order"


def card_id(deck_id: str, scope_id: str, slot: str) -> str:
    """`deck:excerpt:slot`; a chronology's id stands in for the excerpt."""
    return SEPARATOR.join((deck_id, scope_id, slot))


def stable_seed(card_id: str) -> int:
    """A seed that depends on the card id only, identical across runs, machines and Pythons.

    Python's own `hash()` of a string is salted per process, so it cannot be used.
    """
    digest = hashlib.blake2b(card_id.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "big")


def cloze_slot(number: int) -> str:
    return f"c{number}"


def template_slot(fact_id: str, template_id: str) -> str:
    return f"{fact_id}.{template_id}"


def template_of(card_id: str) -> str:
    """The template id of a card a template made: its slot's end (ids are slugs, which
    hold no dot; see `template_slot`)."""
    return card_id.rsplit(".", 1)[-1]


def auto_cloze_slot(candidate: str, taken: set[str] | frozenset[str]) -> str:
    """`auto-` and the candidate, lowercased with spaces as hyphens; `-2`, `-3` … if taken."""
    base = "auto-" + "-".join(candidate.lower().split())
    slot = base
    suffix = 2
    while slot in taken:
        slot = f"{base}-{suffix}"
        suffix += 1
    return slot
