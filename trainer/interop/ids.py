"""Stable ids for converted items: from a GUID, a question's title or id, or its content.

Converting the same source twice must give the same ids, so that a learner's progress
survives a re-conversion; each id is a slug, as a deck requires.
"""

from __future__ import annotations

import hashlib
import re

from trainer.core.untrusted import without_forbidden

_NOT_SLUG = re.compile(r"[^a-z0-9_-]+")
_SAFE_GUID = re.compile(r"[a-z0-9][a-z0-9_.:-]*")
_MAX_WORDS = 5
_MAX_LENGTH = 48


def slugify(text: str, *, limit: int = _MAX_LENGTH) -> str:
    """Lowercase letters, digits, `-` and `_`, starting with a letter or digit; may be ''.
    A control sequence goes whole first: its arguments are no words of the id."""
    slug = _NOT_SLUG.sub("-", without_forbidden(text)[0].lower()).strip("-_")
    return slug[:limit].rstrip("-_")


def digest(text: str, length: int = 8) -> str:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).hexdigest()[:length]


def title_key(title: str) -> str:
    """A question's own title or id (GIFT `::title::`, `[id:…]`, a CSV `id` column)."""
    return slugify(title) or f"q-{digest(title)}"


def guid_key(guid: str) -> str:
    """An Anki note's GUID: readable ones (our own exports' card ids) as they are."""
    if not _SAFE_GUID.fullmatch(guid):
        return f"note-{digest(guid)}"
    readable = slugify(guid.replace(":", "-").replace(".", "-"), limit=len(guid))
    if len(readable) > _MAX_LENGTH:
        # Cut, with a hash of the whole GUID so that two long ones never meet.
        readable = f"{readable[: _MAX_LENGTH - 9].rstrip('-_')}-{digest(guid, 8)}"
    return readable or f"note-{digest(guid)}"


def content_key(text: str, *extra: str) -> str:
    """The first words of `text` and a hash of everything: readable and stable."""
    words = slugify(" ".join(text.split()[:_MAX_WORDS]), limit=32)
    hashed = digest("\x1f".join((text, *extra)))
    return f"{words}-{hashed}" if words else f"q-{hashed}"


def unique(key: str, taken: set[str]) -> str:
    """`key`, or `key-2`, `key-3` … when it is taken; the result is added to `taken`."""
    candidate = key
    suffix = 2
    while candidate in taken:
        candidate = f"{key}-{suffix}"
        suffix += 1
    taken.add(candidate)
    return candidate
