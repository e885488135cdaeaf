"""`{field}` placeholders in templates, statements and labels; `{{` and `}}` are literal braces."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import field
from functools import lru_cache

from trainer.core.records import record

# A field name as a deck may write one: a letter or `_`, then letters, digits, `_` or `-`.
_FIELD = re.compile(r"[^\W\d][\w-]*")


class PlaceholderError(ValueError):
    """A pattern whose braces cannot be read."""


@record
class FieldRef:
    name: str


@record
class Pattern:
    """A parsed pattern: literal text and field references, in order."""

    source: str
    parts: tuple[str | FieldRef, ...]
    # Worked out once: a deck's templates are rendered for every fact, several times.
    _fields: tuple[str, ...] = field(init=False, repr=False, compare=False)
    # Each part as (literal text, None) or ("", field name).
    _pieces: tuple[tuple[str, str | None], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pieces = tuple(("", p.name) if isinstance(p, FieldRef) else (p, None) for p in self.parts)
        object.__setattr__(self, "_pieces", pieces)
        names = [name for _, name in pieces]
        fields = tuple(dict.fromkeys(name for name in names if name is not None))
        object.__setattr__(self, "_fields", fields)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields used, each once, in order of first use."""
        return self._fields

    def render(self, values: Mapping[str, str]) -> str:
        return "".join([text if name is None else values[name] for text, name in self._pieces])

    def render_sentence(self, values: Mapping[str, str]) -> str:
        """The rendering, with a capital first letter, whether a field's value or the
        pattern's own text starts it ("the Beagle reaches {place}" → "The Beagle …")."""
        return capitalised(self.render(values))


def capitalised(text: str) -> str:
    """`text` with its first letter upper case, unless its first word has capitals inside.

    'the treaty' → 'The treaty'; 'iPhone' and 'eBay' stay as they are, since a capital
    inside the first word says the author spelled it that way on purpose.
    """
    stripped = text.lstrip()
    if not stripped or not stripped[0].islower():
        return text
    first_word = stripped.split(maxsplit=1)[0]
    if any(char.isupper() for char in first_word):
        return text
    offset = len(text) - len(stripped)
    return text[:offset] + stripped[0].upper() + stripped[1:]


@lru_cache(maxsize=1024)
def parse_pattern(source: str) -> Pattern:
    """Split `source` into text and `{field}` references; raise PlaceholderError if malformed."""
    parts: list[str | FieldRef] = []
    literal: list[str] = []
    i = 0
    while i < len(source):
        char = source[i]
        pair = source[i : i + 2]
        if pair in ("{{", "}}"):
            literal.append(char)
            i += 2
        elif char == "{":
            close = source.find("}", i + 1)
            name = source[i + 1 : close] if close != -1 else ""
            if close == -1 or not _FIELD.fullmatch(name):
                shown = source[i : close + 1] if close != -1 else source[i:]
                raise PlaceholderError(
                    f"malformed placeholder '{shown}': write {{field}} with a field name, "
                    "or {{ and }} for literal braces"
                )
            if literal:
                parts.append("".join(literal))
                literal = []
            parts.append(FieldRef(name))
            i = close + 1
        elif char == "}":
            raise PlaceholderError("a lone '}': write }} for a literal brace")
        else:
            literal.append(char)
            i += 1
    if literal:
        parts.append("".join(literal))
    return Pattern(source, tuple(parts))
