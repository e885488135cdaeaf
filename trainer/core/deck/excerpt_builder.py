"""Builds an excerpt, its facts and its questions from checked YAML."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TypeVar

from trainer.core.authored import Excerpt, Fact, Question
from trainer.core.deck.checked import Checked
from trainer.core.deck.id_registry import IdRegistry, slot_clash_message
from trainer.core.deck.schema import DRAW_FILTER, EXCERPT, FACT, FACT_VALUE, QUESTION
from trainer.core.deck.spec_check import SpecChecker
from trainer.core.deck.yaml_tree import YamlMapping, YamlScalar
from trainer.core.model import AnswerType, Location, SourceRef

_PAGE_RANGE = re.compile(r"(?<=\d)\s*-\s*(?=\d)")
# The word for a page an author writes before the number ("p. 212", "pp. 45-47", "page
# 12"): a card cites pages with its own "p.", which would stand twice ("p. p. 212").
_PAGE_WORD = re.compile(r"^\s*(?:pp?\.|pgs?\.|pages?\b\.?|pp?(?=\s*\d))\s*(?=\S)", re.IGNORECASE)
# Excerpt and chronology ids share one namespace: a chronology stands in for an excerpt
# in its cards' ids.
EXCERPT_IDS = "excerpt"


# Most excerpts accept nothing for their deletions, and most facts accept nothing:
# they share one empty view instead of a view and a dict each (6 MB at 100,000 cards).
_NOTHING: Mapping[object, object] = MappingProxyType({})
_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def frozen(entries: dict[_Key, _Value]) -> Mapping[_Key, _Value]:
    """A read-only view of `entries`, the shared empty one when there are none."""
    return MappingProxyType(entries) if entries else _NOTHING  # type: ignore[return-value]


def cited_pages(pages: str) -> str:
    """Pages as cited: without a word for "page" before them (`without_page_word`), and
    a hyphen between numbers an en dash, '128-129' → '128–129'."""
    return _PAGE_RANGE.sub("–", without_page_word(pages))


def without_page_word(pages: str) -> str:
    """`pages` without a word for "page" before them: 'p. 212' → '212', 'pp. 45-47' →
    '45-47', 'page 12' → '12'."""
    return _PAGE_WORD.sub("", pages)


class FieldLocations(Mapping[str, Location]):
    """Where each field of a fact was written; Locations are made only when asked for."""

    __slots__ = ("_path", "_places")

    def __init__(self, path: str, places: dict[str, tuple[int, int]]) -> None:
        self._path = path
        self._places = places

    def __getitem__(self, name: str) -> Location:
        line, column = self._places[name]
        return Location(self._path, line, column)

    def __iter__(self) -> Iterator[str]:
        return iter(self._places)

    def __len__(self) -> int:
        return len(self._places)


def build_excerpt(check: SpecChecker, node: YamlMapping, ids: IdRegistry) -> Excerpt | None:
    """The excerpt written at `node`, its id and its facts' claimed in `ids`; None if it
    has no valid id (that is reported)."""
    c = check.check(node, EXCERPT)
    ident = ids.claim(EXCERPT_IDS, "excerpt", c)
    facts = tuple(_fact(check, fact, ident or "", ids) for fact in c.mappings("facts"))
    questions = _questions(check, c)
    if ident is None:
        return None
    pages = c.optional_text("page") or c.text("pages")
    text_node = node.entries["text"].value if "text" in node.entries else None
    cloze_accept: dict[int, tuple[str, ...]] = {}
    cloze_places: dict[int, Location] = {}
    for key, line, column, answers in c.string_lists("accept"):
        number = int(key.removeprefix("c"))
        if number in cloze_accept:
            check.error(line, column, f"cloze number {key} is given answers twice in 'accept'")
            continue
        cloze_accept[number] = answers
        cloze_places[number] = Location(check.path, line, column)
    return Excerpt(
        id=ident,
        text=c.text("text"),
        source=SourceRef(cited_pages(pages), c.text("chapter"), c.text("url")),
        location=Location(check.path, node.line, node.column),
        title=c.text("title"),
        tags=c.strings("tags"),
        auto_cloze=c.flag("auto_cloze"),
        facts=facts,
        questions=questions,
        text_location=Location(check.path, *c.place("text")),
        text_inline=isinstance(text_node, YamlScalar) and text_node.inline,
        title_location=Location(check.path, *c.place("title")),
        cloze_accept=frozen(cloze_accept),
        cloze_accept_locations=frozen(cloze_places),
    )


def _fact(check: SpecChecker, node: YamlMapping, excerpt_id: str, ids: IdRegistry) -> Fact:
    c = check.check(node, FACT)
    ident = ids.claim("fact", "fact", c) or ""
    path = check.path
    values: dict[str, str] = {}
    places: dict[str, tuple[int, int]] = {}
    accepts: dict[str, tuple[str, ...]] = {}
    for name in node.entries:
        if name in c.extras:
            text, line, column = c.extras[name]
            values[name] = text
            places[name] = (line, column)
        elif name in c.extra_objects:
            written = check.check(c.extra_objects[name], FACT_VALUE)
            value = written.optional_text("value")
            if value is not None:
                values[name] = value
                places[name] = written.place("value")
                accepts[name] = written.strings("accept")
    return Fact(
        id=ident,
        excerpt_id=excerpt_id,
        values=frozen(values),
        location=Location(path, node.line, node.column),
        tags=c.strings("tags"),
        field_locations=FieldLocations(path, places),
        accepts=frozen(accepts),
    )


def _questions(check: SpecChecker, excerpt: Checked) -> tuple[Question, ...]:
    questions: list[Question] = []
    slots: dict[str, tuple[int, bool]] = {}
    for position, node in excerpt.indexed_mappings("questions"):
        c = check.check(node, QUESTION)
        ident = c.optional_text("id")
        slot = ident or f"q{position}"
        line, column = c.place("id") if ident else (node.line, node.column)
        first = slots.get(slot)
        if first is None:
            slots[slot] = (line, ident is not None)
        else:
            check.error(line, column, slot_clash_message(slot, position, ident, first, excerpt))
        answer_type = c.optional_text("type")
        tolerance = c.number("tolerance")
        draw, draw_tags = _draw(check, c)
        questions.append(
            Question(
                slot=slot,
                prompt=c.text("q"),
                answer=c.text("a"),
                location=Location(check.path, node.line, node.column),
                accept=c.strings("accept"),
                type=AnswerType(answer_type) if answer_type else None,
                tolerance=0.0 if tolerance is None else tolerance,
                hint=c.text("hint"),
                distractors=c.strings("distractors"),
                draw=draw,
                draw_tags=draw_tags,
                choices=c.integer("choices"),
                tags=c.strings("tags"),
            )
        )
    return tuple(questions)


def _draw(check: SpecChecker, question: Checked) -> tuple[str | None, tuple[str, ...]]:
    """A question's `draw`: the field, and the tags of its filter form, if any."""
    written = question.mapping_or_text("draw")
    if not isinstance(written, YamlMapping):
        return written, ()
    draw_filter = check.check(written, DRAW_FILTER)
    return draw_filter.optional_text("field"), draw_filter.strings("tags")
