"""Titles and names held as fact values: automatic cloze blanks one whole or not at all.

A work's title in ordinary title case ("Prelude to the Afternoon of a Faun", "Wanderer
above the Sea of Fog", "Impression, Sunrise") is no run of capitals that automatic cloze
can see whole: its small words and commas part it, and "[...] to the Afternoon of a
Faun" asks for a piece of a name, whose answer is the rest of the text. Where a fact of
the excerpt holds the title as a value, the author has said where it starts and ends: no
candidate inside it but the whole is blanked. So with a name of several words that a
fact holds: where the text's capitals are read apart ("The [...] X-ray Observatory"),
the value says the pieces are one name.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from trainer.core.authored import Excerpt
from trainer.core.generate.cloze_kinds import Candidate
from trainer.core.lexicon import is_common_word

# Small words that join two names as often as they sit inside one ("Watson and Crick").
_JOINING_NAMES = frozenset({"and", "or", "nor", "&"})
# A title's leading article is the sentence's as much as the title's: "the [...]" for
# "The Birth of Venus" blanks the whole title, as for "the Discourse on the Method".
_ARTICLE = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)


def title_values(excerpt: Excerpt) -> list[str]:
    """The values of `excerpt`'s facts that read as titles, without a leading article:
    capitalised words at both ends, and between them a word in small letters or a comma
    ("Marriage of Figaro", "Wanderer above the Sea of Fog", "Impression, Sunrise"); not
    names joined by "and" ("Watson and Crick"), but a title that "and" joins inside
    (`_joined_in_a_title`)."""
    return list(dict.fromkeys(_titles(_fact_values(excerpt))))


def _fact_values(excerpt: Excerpt) -> Iterable[str]:
    return (str(value) for fact in excerpt.facts for value in fact.values.values())


def _titles(values: Iterable[str]) -> Iterable[str]:
    for value in values:
        bare = _ARTICLE.sub("", value.strip())
        words = bare.split()
        if len(words) < 2 or not (words[0][:1].isupper() and words[-1][:1].isupper()):
            continue
        inner = [word for word in words if not word[:1].isupper()]
        if any(word in _JOINING_NAMES for word in inner) and not _joined_in_a_title(words):
            continue
        if inner or any(word.endswith(",") for word in words):
            yield bare


def _joined_in_a_title(words: list[str]) -> bool:
    """Whether a value whose words "and" joins is one title, not names listed: it holds
    a small word besides the joining one ("On the Principles of Political Economy and
    Taxation"), or its capitalised words are all common words ("War and Peace"), where
    names are not ("Watson and Crick")."""
    small = [word for word in words if not word[:1].isupper()]
    if any(word not in _JOINING_NAMES for word in small):
        return True
    capitalised = [word.strip(",").casefold() for word in words if word[:1].isupper()]
    return all(map(is_common_word, capitalised))


def name_values(excerpt: Excerpt) -> list[str]:
    """The values of `excerpt`'s facts that read as one name of several words, without a
    leading article: each word capitalised, a number, or a capital joined by a hyphen to
    small letters ("the Chandra X-ray Observatory", "Olympus Mons", "Apollo 11"); not a
    list ("Voyager 1 and Voyager 2", "Grissom, White and Chaffee")."""
    return list(dict.fromkeys(_names(_fact_values(excerpt))))


def _names(values: Iterable[str]) -> Iterable[str]:
    for value in values:
        bare = _ARTICLE.sub("", value.strip())
        words = bare.split()
        if len(words) >= 2 and "," not in bare and all(map(_NAME_WORD.fullmatch, words)):
            yield bare


# A word of a name: a capital first, or digits (`Apollo 11`), possibly a possessive.
_NAME_WORD = re.compile(r"[A-Z][^\s]*|[0-9][^\s]*")


class WholeValues:
    """Where an excerpt's text writes its facts' titles and names, and which candidates
    cut one: a blank for a piece of a value the sentence writes whole asks for a
    fragment, whose answer is the rest of the text."""

    __slots__ = ("_spans", "words")

    def __init__(self, excerpt: Excerpt, text: str) -> None:
        titles = [*title_values(excerpt), *name_values(excerpt)] if excerpt.facts else []
        self._spans = [
            match.span()
            for title in titles
            for match in re.finditer(rf"(?<!\w){re.escape(title)}(?!\w)", text)
        ]
        # How many candidates the titles may hold at most: one a word.
        self.words = sum(len(title.split()) for title in titles) if self._spans else 0

    def __bool__(self) -> bool:
        return bool(self._spans)

    def cuts(self, candidate: Candidate) -> bool:
        """Whether `candidate` is blanked somewhere inside a title, not as the whole."""
        return any(
            start <= low and high <= end and (low, high) != (start, end)
            for low, high in candidate.spans
            for start, end in self._spans
        )
