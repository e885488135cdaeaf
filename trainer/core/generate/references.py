"""What a card is about, its reference: tags, excerpts, chapters and the day it is dated by.

Options and swaps are ranked by their nearness to it (see `pools`). A fact is dated by its
`date` or `year`; one with neither, by the dated facts of its excerpt, so that an option's
era counts even where the author dated only some facts.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.authored import Excerpt, Fact
from trainer.core.partial_dates import parse_iso_date
from trainer.core.records import record


def fact_day(fact: Fact) -> int | None:
    """The day a fact is dated by (its `date`, else its `year`), as an ordinal; or None."""
    value = fact.values.get("date") or fact.values.get("year")
    return _day_of(value) if value else None


def days_of(facts: Iterable[Fact], dated_by: Iterable[Fact] = ()) -> tuple[int, ...]:
    """The days `facts` are dated by, sorted; where none is dated, those `dated_by` (the
    facts of their excerpts) are: "Isaac Newton" of an excerpt on the Principia (1687)
    is far from a question about 1961."""
    days = {day for fact in facts if (day := fact_day(fact)) is not None}
    if not days:
        days = {day for fact in dated_by if (day := fact_day(fact)) is not None}
    return tuple(sorted(days))


@lru_cache(maxsize=1 << 14)
def _day_of(value: str) -> int | None:
    # Many facts share a year: each is read once.
    when = parse_iso_date(value)
    return when.first_ordinal if when is not None else None


@record
class Reference:
    """What a card is about, so that its options and swaps can be its near neighbours."""

    tags: frozenset[str] = frozenset()
    excerpt_ids: frozenset[str] = frozenset()
    excerpt_tags: frozenset[str] = frozenset()
    chapters: frozenset[str] = frozenset()
    day: int | None = None
    # The tags the card's own words name: the kind of thing its answer is.
    kind_tags: frozenset[str] = frozenset()
    # The fields and values the card's prompt shows beside its answer (a template's).
    sides: frozenset[tuple[str, str]] = frozenset()

    @classmethod
    def of(
        cls,
        facts: Sequence[Fact],
        excerpts: Sequence[Excerpt],
        tags: Iterable[str] = (),
        dated_by: Sequence[Fact] = (),
    ) -> Reference:
        """What cards about `facts` (from `excerpts`) are about; when none of `facts` is
        dated, `dated_by` (say the facts of a question's own excerpt) date them."""
        days = days_of(facts, dated_by)
        return cls(
            tags=frozenset(tags).union(*(fact.tags for fact in facts)),
            excerpt_ids=frozenset(e.id for e in excerpts),
            excerpt_tags=frozenset().union(*(e.tags for e in excerpts)),
            chapters=frozenset(e.source.chapter for e in excerpts if e.source.chapter),
            day=days[0] if days else None,
        )


_WORD = re.compile(r"[^\W\d_]+")


def naming_kind(reference: Reference, text: str) -> Reference:
    """`reference`, with the tags that `text` (the card's prompt or statement) names as
    words, singular or plural, for its kind: options sharing them come first, whatever
    else they share ("Who became the first animal to orbit the Earth?" asks for an
    animal, and an astronaut tagged "soviet" as the dog is, is none)."""
    if not reference.tags:
        return reference
    # Most prompts name no tag: a tag's letters missing from the text settle it at once.
    lowered = text.casefold()
    maybe = [tag for tag in reference.tags if _number_forms(tag)[-1] in lowered]
    if not maybe:
        return reference
    words = set(_WORD.findall(fold(text)))
    named = frozenset(tag for tag in maybe if not words.isdisjoint(_number_forms(tag)))
    return dataclasses.replace(reference, kind_tags=named) if named else reference


def tag_named(tag: str, words: Iterable[str]) -> bool:
    """Whether one of `words` (folded) names `tag`, singular or plural ("cities" names
    `city`, "animal" names `animals`)."""
    return not set(_number_forms(tag)[:-1]).isdisjoint(words)


@lru_cache(maxsize=1024)
def _number_forms(tag: str) -> tuple[str, ...]:
    """A tag and its singular or plural ("city", "cities"; "animals", "animal"), then
    the letters every one of them begins with."""
    if tag.endswith("ies"):
        return tag, f"{tag[:-3]}y", tag[:-3]
    if tag.endswith("s"):
        return tag, tag[:-1], tag[:-1]
    if tag.endswith("y"):
        return tag, f"{tag[:-1]}ies", tag[:-1]
    return tag, f"{tag}s", f"{tag}es", tag
