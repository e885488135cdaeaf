"""`{field}` placeholders in templates, statements and labels; `{{` and `}}` are literal braces."""

from __future__ import annotations

import itertools
import re
from collections.abc import Mapping
from dataclasses import field
from functools import lru_cache

from trainer.core.authored import Template, TemplateKind
from trainer.core.generate.foreign_words import reads_as_english
from trainer.core.records import record

# A field name as a deck may write one: a letter or `_`, then letters, digits, `_` or `-`.
_FIELD = re.compile(r"[^\W\d][\w-]*")
# A sentence's end mark opening the text after a field, past closing quotes: dropped when
# the value already ends with one ("Who wrote What Is the Third Estate??").
_OPENING_MARK = re.compile(r"([”’\"'»]*)([.?!])")
_CLOSING_QUOTES = "”’\"'»"
# A value ending with one of these ends a sentence already, for the marks after it that
# say no more: a question for any mark; an exclamation for a full stop or another one (a
# question about a quoted cry still asks: 'Who cried "Liberty!"?'); a full stop (an
# abbreviation, "Washington, D.C.") for another stop only ("Where is D.C.?" asks).
_MARKS_SAID = {"?": ".?!", "!": ".!", ".": ".", "…": "."}
_VALUE_ENDINGS = frozenset(_MARKS_SAID) | frozenset(_CLOSING_QUOTES)
# The preposition just before a field, which a date's precision decides: "on 14 July
# 1789", "in July 1789", "in 1789".
_DATE_PREPOSITION = re.compile(r"(?<![^\W_])(on|in|On|In|ON|IN)(\s+)$")
# A possessive just before a field ("{composer}'s {work}", "Bach's {work}"): an article
# opening the value is dropped after it ("Bach's Mass in B minor", not "Bach's the Mass").
# Only an article in lower case: one with a capital is a title's own ("Shakespeare's A
# Midsummer Night's Dream").
_POSSESSIVE = re.compile(r"(?:^|([^\W\d_]+))['’]s\s+$|s['’]\s+$")
# Words whose "'s" is "is" or "has" ("It's {work}"), not a possessive.
_CONTRACTED = frozenset(
    "it that there here he she what who where how when this let everyone nobody".split()  # noqa: SIM905
)
_ARTICLE_OPENING = re.compile(r"(?:the|a|an)\s+(?=\S)")
# The indefinite article just before a field, which the value's first sound decides:
# "a {kind} rock" reads "an igneous rock", "an {kind} rock" "a sedimentary rock".
_INDEFINITE = re.compile(r"(?<![^\W_])(an?|An?|AN?)(\s+)$")
# "the" just before a field: left out before a value opening with a name's possessive,
# which makes the name its own determiner ("Broca's area controls speech", never "the
# Broca's area").
_DEFINITE = re.compile(r"(?<![^\W_])(?:the|The|THE)\s+$")
_NAMES_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s\b")
# Openings read with a consonant's sound though written with a vowel ("a unit", "a
# European", "a one-off"), and with a vowel's though written with an h ("an hour").
_SOUNDED_AS_CONSONANT = (
    *("uni", "use", "usu", "uti", "ura", "ure", "uri", "uro", "uru", "ubi", "uga", "ukr"),
    *("eu", "one", "once", "ewe"),
)
_SILENT_H = ("hour", "honest", "honour", "honor", "heir")
# Letters whose names open with a vowel's sound, for an acronym read letter by letter.
_VOWEL_SOUNDED_LETTERS = frozenset("AEFHILMNORSX")


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
    # Whether some literal text after a field opens with an end mark (see `render`).
    _marks_after_fields: bool = field(init=False, repr=False, compare=False)
    # The fields written just after "on" or "in" (see `render`).
    _prepositioned: frozenset[str] = field(init=False, repr=False, compare=False)
    # The fields written just after a possessive (see `render`).
    _after_possessive: frozenset[str] = field(init=False, repr=False, compare=False)
    # The fields written just after "a", "an" or "the" (see `render`).
    _after_article: frozenset[str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        pieces = tuple(("", p.name) if isinstance(p, FieldRef) else (p, None) for p in self.parts)
        object.__setattr__(self, "_pieces", pieces)
        marks = any(
            name is None and before is not None and _OPENING_MARK.match(text)
            for (_, before), (text, name) in itertools.pairwise(pieces)
        )
        object.__setattr__(self, "_marks_after_fields", marks)
        prepositioned = frozenset(
            name
            for (text, before), (_, name) in itertools.pairwise(pieces)
            if name is not None and before is None and _DATE_PREPOSITION.search(text)
        )
        object.__setattr__(self, "_prepositioned", prepositioned)
        # Only an English pattern's `a` is an article: French writes "Qui a {action} ?".
        english = reads_as_english(" ".join(text for text, name in pieces if name is None))
        after_article = frozenset(
            name
            for (text, before), (_, name) in itertools.pairwise(pieces)
            if name is not None
            and before is None
            and ((english and _INDEFINITE.search(text)) or _DEFINITE.search(text))
        )
        object.__setattr__(self, "_after_article", after_article)
        after_possessive = frozenset(
            name
            for (text, before), (_, name) in itertools.pairwise(pieces)
            if name is not None and before is None and _possessive_ending(text)
        )
        object.__setattr__(self, "_after_possessive", after_possessive)
        names = [name for _, name in pieces]
        fields = tuple(dict.fromkeys(name for name in names if name is not None))
        object.__setattr__(self, "_fields", fields)

    @property
    def fields(self) -> tuple[str, ...]:
        """The fields used, each once, in order of first use."""
        return self._fields

    @property
    def prepositioned(self) -> frozenset[str]:
        """The fields written just after "on" or "in", whose date decides which."""
        return self._prepositioned

    def render(
        self, values: Mapping[str, str], prepositions: Mapping[str, str] | None = None
    ) -> str:
        """The pattern with each field's value. A sentence's end mark written after a
        field is dropped when the value ends the sentence already ("Who wrote {title}?"
        with "What Is the Third Estate?"). `prepositions` gives, for some fields, the
        word that must stand for an "on" or "in" just before them (see
        `field_display.date_prepositions`). An article opening a value written just
        after a possessive is left out: "{composer}'s {work}" with "the Mass in B minor"
        is "Bach's Mass in B minor"; "a" or "an" just before a field is the one its value
        takes in an English pattern ("a {kind} rock" with "igneous" is "an igneous rock";
        French "Qui a {action} ?" keeps its verb `a`), and "the" is left out
        before a name's possessive ("the {area}" with "Broca's area")."""
        if self._after_possessive:
            values = _without_articles(values, self._after_possessive)
        if prepositions and self._prepositioned.isdisjoint(prepositions):
            prepositions = None
        if (
            not prepositions
            and not self._after_article
            and (
                not self._marks_after_fields
                # Most values end in a letter or a digit: no end mark of the pattern's to drop.
                or not any(values[name][-1:] in _VALUE_ENDINGS for name in self._fields)
            )
        ):
            return "".join([text if name is None else values[name] for text, name in self._pieces])
        out: list[str] = []
        previous = ""
        for text, name in self._pieces:
            if name is not None:
                if prepositions and (word := prepositions.get(name)) and out:
                    out[-1] = _DATE_PREPOSITION.sub(lambda m: _cased(word, m[1]) + m[2], out[-1])
                if name in self._after_article and out:
                    out[-1] = _article_before(values[name], out[-1])
                previous = values[name]
                out.append(previous)
                continue
            if previous:
                text = _without_second_mark(previous, text)
            previous = ""
            out.append(text)
        return "".join(out)

    def render_sentence(
        self, values: Mapping[str, str], prepositions: Mapping[str, str] | None = None
    ) -> str:
        """The rendering, with a capital first letter, whether a field's value or the
        pattern's own text starts it ("the Beagle reaches {place}" → "The Beagle …")."""
        return capitalised(self.render(values, prepositions))


def indefinite_article(value: str) -> str:
    """ "a" or "an", as the first sound of `value` takes: "an igneous", "a unit", "an
    hour", "an 8", "an FBI agent", "a NATO base"."""
    word = value.lstrip("\"'“‘(")
    if not word:
        return "a"
    if word[0].isdigit():
        digits = word.split()[0].replace(",", "")
        eleven = len(digits) in (2, 5) and digits[:2] in ("11", "18")
        return "an" if digits.startswith("8") or eleven else "a"
    first = word.split()[0].strip(".,;:")
    if first[0].isupper() and (first[1:2] in ("", "-") or first[1:2].isdigit()):
        return "an" if first[0] in _VOWEL_SOUNDED_LETTERS else "a"  # "an X-ray", "a U-boat"
    if len(first) > 1 and first.isupper() and first.isalpha() and not _pronounced(first):
        return "an" if first[0] in _VOWEL_SOUNDED_LETTERS else "a"  # read letter by letter
    lowered = first.casefold()
    if lowered.startswith(_SOUNDED_AS_CONSONANT):
        return "a"
    if lowered.startswith(_SILENT_H):
        return "an"
    return "an" if lowered[:1] in "aeiou" else "a"


def _article_before(value: str, text: str) -> str:
    """`text`, which ends with an article before `value`: "a" or "an" as `value` takes,
    and "the" left out before a name's possessive ("Broca's area")."""
    if _DEFINITE.search(text):
        return _DEFINITE.sub("", text) if _NAMES_POSSESSIVE.match(value) else text
    article = indefinite_article(value)
    return _INDEFINITE.sub(lambda m: _cased(article, m[1]) + m[2], text)


def _pronounced(acronym: str) -> bool:
    """Whether an acronym is said as a word ("NATO", "UNESCO"), not spelled: a vowel
    between its consonants, as a word has."""
    return len(acronym) > 3 and any(letter in "AEIOU" for letter in acronym[1:-1])


def _possessive_ending(text: str) -> bool:
    """Whether `text` ends with a possessive: "'s " after a field, "Bach's ", "the
    Beatles' "; not "It's "."""
    found = _POSSESSIVE.search(text)
    return found is not None and (found[1] or "").casefold() not in _CONTRACTED


def _without_articles(values: Mapping[str, str], names: frozenset[str]) -> Mapping[str, str]:
    """`values` with the article that opens each of `names`' left out."""
    changed = {
        name: _ARTICLE_OPENING.sub("", value, count=1)
        for name in names
        if (value := values.get(name)) is not None and _ARTICLE_OPENING.match(value)
    }
    return {**values, **changed} if changed else values


def _without_second_mark(value: str, text: str) -> str:
    """`text`, written after `value`, without the end mark it opens with when `value`
    ends its sentence already (see `_MARKS_SAID`)."""
    if value[-1:] not in _VALUE_ENDINGS:
        return text  # most values end in a letter or a digit
    found = _OPENING_MARK.match(text)
    if found is None:
        return text
    end = value.rstrip(_CLOSING_QUOTES)[-1:]
    if end and found[2] in _MARKS_SAID.get(end, ""):
        return found[1] + text[found.end() :]
    return text


def _cased(word: str, like: str) -> str:
    """`word` written in the case of `like`: "In" for "On", "IN" for "ON"."""
    if like.isupper() and len(like) > 1:
        return word.upper()
    return word.capitalize() if like[:1].isupper() else word


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


def wording_pattern(template: Template) -> Pattern | None:
    """The pattern of a template's question or statement; None where it has none or it
    is malformed (reported where the template is prepared)."""
    source = template.statement if template.kind is TemplateKind.TRUE_FALSE else template.prompt
    try:
        return parse_pattern(source) if source else None
    except PlaceholderError:
        return None
