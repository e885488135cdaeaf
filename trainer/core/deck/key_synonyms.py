"""Names an author may guess for a key of the format, with the key each one means."""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

# By object (the spec's name), the guessed name (folded) and the key it means. Only names
# no spelling rule would find: "prompt" is nowhere near "q", and a question's key for its
# text is a template's "prompt" (so an author who wrote templates first guesses it).
_BY_OBJECT: Mapping[str, Mapping[str, str]] = {
    "question": {
        **dict.fromkeys(("prompt", "question", "ask", "text"), "q"),
        **dict.fromkeys(("answer", "ans", "solution", "correct"), "a"),
        **dict.fromkeys(("answers", "accepted", "accepts", "alternatives", "synonyms"), "accept"),
        **dict.fromkeys(("options", "wrong", "wrong_answers", "decoys"), "distractors"),
    },
    "template": {
        **dict.fromkeys(("q", "question", "ask"), "prompt"),
        **dict.fromkeys(("a", "ans"), "answer"),
    },
    "excerpt": {
        **dict.fromkeys(("content", "body", "passage", "quote", "excerpt", "note"), "text"),
        **dict.fromkeys(("name", "heading"), "title"),
        **dict.fromkeys(("cards", "qa"), "questions"),
        **dict.fromkeys(("link", "href", "source_url"), "url"),
    },
    "deck": {
        **dict.fromkeys(("name", "heading"), "title"),
        **dict.fromkeys(("notes", "items", "passages", "sections"), "excerpts"),
    },
}
KEY_SYNONYMS: Mapping[str, Mapping[str, str]] = MappingProxyType(
    {name: MappingProxyType(names) for name, names in _BY_OBJECT.items()}
)


def key_meant(object_name: str, written: str) -> str | None:
    """The key of `object_name` that `written` most likely means, if it is a known guess."""
    return KEY_SYNONYMS.get(object_name, {}).get(written.casefold())
