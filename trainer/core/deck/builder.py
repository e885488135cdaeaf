"""Builds a Deck's parts from checked YAML, file by file, and checks ids across the deck."""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import TypeVar

from trainer.core.answering.normalise import fold
from trainer.core.authored import (
    Chronology,
    Deck,
    Excerpt,
    Fact,
    FieldSpec,
    Question,
    Template,
    TemplateKind,
)
from trainer.core.deck.answer_types import inferred_field_type
from trainer.core.deck.checked import Checked, ErrorSink, describe
from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.id_registry import IdRegistry, slot_clash_message, where_first
from trainer.core.deck.includes import DeckFile, IncludeRef
from trainer.core.deck.schema import (
    CHRONOLOGY,
    DECK,
    DEFAULTS,
    DRAW_FILTER,
    EXCERPT,
    FACT,
    FACT_VALUE,
    FIELD,
    INCLUDED_FILE,
    QUESTION,
    SOURCE,
    TEMPLATE,
)
from trainer.core.deck.spec_check import SpecChecker
from trainer.core.deck.yaml_tree import YamlInvalid, YamlMapping, YamlScalar
from trainer.core.did_you_mean import did_you_mean
from trainer.core.model import AnswerType, BookSource, DeckDefaults, Location, SourceRef

_PAGE_RANGE = re.compile(r"(?<=\d)\s*-\s*(?=\d)")
# Excerpt and chronology ids share one namespace: a chronology stands in for an excerpt
# in its cards' ids.
_EXCERPT_IDS = "excerpt"


# Most excerpts accept nothing for their deletions, and most facts accept nothing:
# they share one empty view instead of a view and a dict each (6 MB at 100,000 cards).
_NOTHING: Mapping[object, object] = MappingProxyType({})
_Key = TypeVar("_Key")
_Value = TypeVar("_Value")


def _frozen(entries: dict[_Key, _Value]) -> Mapping[_Key, _Value]:
    """A read-only view of `entries`, the shared empty one when there are none."""
    return MappingProxyType(entries) if entries else _NOTHING  # type: ignore[return-value]


def cited_pages(pages: str) -> str:
    """Pages as cited: a hyphen between numbers becomes an en dash, '128-129' → '128–129'."""
    return _PAGE_RANGE.sub("–", pages)


class _FieldLocations(Mapping[str, Location]):
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


class DeckBuilder:
    """Builds the deck's parts file by file, in reading order, checking ids across files."""

    def __init__(self, sink: ErrorSink) -> None:
        self.sink = sink
        self.ids = IdRegistry(sink)
        self.main: Checked | None = None
        self.source: BookSource | None = None
        self.defaults = DeckDefaults()
        self.fields: dict[str, FieldSpec] = {}
        self.field_places: dict[str, tuple[str, int]] = {}
        self.templates: list[Template] = []
        self.excerpts: list[Excerpt] = []
        self.chronologies: list[Chronology] = []
        self.chronology_facts: list[tuple[str, str, list[tuple[str, int, int]]]] = []
        self.aliases: dict[str, tuple[str, ...]] = {}
        self.alias_places: dict[str, tuple[str, int]] = {}

    def add_file(self, file: DeckFile) -> list[IncludeRef]:
        check = SpecChecker(file.path, self.sink)
        root = file.root
        if not isinstance(root, YamlMapping):
            if not isinstance(root, YamlInvalid):
                what = "a deck" if file.is_main else "an included file"
                message = (
                    f"{what} must be a mapping of keys such as 'excerpts'; got {describe(root)}"
                )
                check.error(root.line, root.column, message)
            return []
        top = check.check(root, DECK if file.is_main else INCLUDED_FILE)
        for key in root.entries:
            if key == "fields":
                self._fields(check, top)
            elif key == "templates":
                for node in top.mappings(key):
                    self._template(check, node)
            elif key == "chronology":
                for node in top.mappings(key):
                    self._chronology(check, node)
            elif key == "excerpts":
                for node in top.mappings(key):
                    self._excerpt(check, node)
            elif key == "aliases":
                self._aliases(check, top)
            elif key == "source" and (source := top.mapping(key)) is not None:
                self.source = self._source(check, source)
            elif key == "defaults" and (defaults := top.mapping(key)) is not None:
                self.defaults = self._defaults(check, defaults)
        if file.is_main:
            self.main = top
        return [IncludeRef(*entry) for entry in top.strings_with_places("include")]

    def check_chronology_facts(self) -> None:
        known = set(self.ids.known("fact"))
        for label, path, refs in self.chronology_facts:
            for fact_id, line, column in refs:
                if fact_id not in known:
                    hint = did_you_mean(fact_id, known)
                    message = f"{label} names fact '{fact_id}', which no excerpt has{hint}"
                    self.sink.add(path, line, column, message)

    def deck(self, files: list[tuple[str, bytes]]) -> Deck:
        main = self.main
        if main is None:  # pragma: no cover - a deck without errors has a main mapping
            raise ValueError("deck() called before the main file was read")
        return Deck(
            id=main.text("id"),
            title=main.text("title"),
            location=Location(main.path, main.node.line, main.node.column),
            description=main.text("description"),
            author=main.text("author"),
            license=main.text("license"),
            version=main.text("version"),
            source=self.source,
            tags=main.strings("tags"),
            defaults=self.defaults,
            fields=MappingProxyType(self.fields),
            templates=tuple(self.templates),
            excerpts=tuple(self.excerpts),
            chronologies=tuple(self.chronologies),
            aliases=MappingProxyType(self.aliases),
            files=tuple(path for path, _ in files),
            content_hash=content_hash(files),
        )

    def _source(self, check: SpecChecker, node: YamlMapping) -> BookSource:
        c = check.check(node, SOURCE)
        return BookSource(
            title=c.text("title"),
            author=c.text("author"),
            edition=c.text("edition"),
            year=c.text("year"),
            publisher=c.text("publisher"),
            url=c.text("url"),
        )

    def _defaults(self, check: SpecChecker, node: YamlMapping) -> DeckDefaults:
        c = check.check(node, DEFAULTS)
        base = DeckDefaults()
        choices = c.integer("choices")
        auto_cloze = c.choice("auto_cloze")
        auto_cloze_max = c.integer("auto_cloze_max")
        bury_siblings = c.flag("bury_siblings")
        return DeckDefaults(
            new_per_day=c.integer("new_per_day"),
            reviews_per_day=c.integer("reviews_per_day"),
            choices=base.choices if choices is None else choices,
            auto_cloze=base.auto_cloze if not isinstance(auto_cloze, bool | str) else auto_cloze,
            auto_cloze_max=base.auto_cloze_max if auto_cloze_max is None else auto_cloze_max,
            typo_tolerance=c.number("typo_tolerance"),
            bury_siblings=base.bury_siblings if bury_siblings is None else bury_siblings,
        )

    def _fields(self, check: SpecChecker, top: Checked) -> None:
        node = top.mapping("fields")
        if node is None:
            return
        for name, line, column, c in check.check_map(node, FIELD, f"'fields' in {top.noun}"):
            first = self.field_places.get(name)
            if first is not None:
                where = where_first(*first, check.path)
                check.error(line, column, f"field '{name}' is declared twice (first {where})")
                continue
            self.field_places[name] = (check.path, line)
            declared = c.optional_text("type")
            tolerance = c.number("tolerance")
            self.fields[name] = FieldSpec(
                name=name,
                type=AnswerType(declared) if declared else inferred_field_type(name),
                tolerance=0.0 if tolerance is None else tolerance,
                label=c.text("label"),
            )

    def _aliases(self, check: SpecChecker, top: Checked) -> None:
        for value, line, column, names in top.string_lists("aliases"):
            key = fold(value)
            first = self.alias_places.get(key)
            if first is not None:
                where = where_first(*first, check.path)
                check.error(
                    line, column, f"aliases of '{value}' are declared twice (first {where})"
                )
                continue
            self.alias_places[key] = (check.path, line)
            self.aliases[value] = names

    def _template(self, check: SpecChecker, node: YamlMapping) -> None:
        c = check.check(node, TEMPLATE)
        ident = self.ids.claim("template", "template", c)
        if ident is None:
            return
        self.templates.append(
            Template(
                id=ident,
                kind=TemplateKind(c.text("kind", TemplateKind.TEXT.value)),
                location=Location(check.path, node.line, node.column),
                prompt=c.text("prompt"),
                answer=c.text("answer"),
                statement=c.text("statement"),
                swap=c.text("swap"),
                choices=c.integer("choices"),
                tags=c.strings("tags"),
            )
        )

    def _chronology(self, check: SpecChecker, node: YamlMapping) -> None:
        c = check.check(node, CHRONOLOGY)
        ident = self.ids.claim(_EXCERPT_IDS, "chronology", c)
        refs = c.strings_with_places("facts")
        self.chronology_facts.append((f"chronology '{ident or '?'}'", check.path, refs))
        if ident is None:
            return
        model_default = Chronology(id=ident, fact_ids=(), location=Location(check.path))
        self.chronologies.append(
            Chronology(
                id=ident,
                fact_ids=tuple(fact_id for fact_id, _, _ in refs),
                location=Location(check.path, node.line, node.column),
                prompt=c.text("prompt", model_default.prompt),
                label=c.text("label", model_default.label),
                date_field=c.optional_text("date"),
                tags=c.strings("tags"),
            )
        )

    def _excerpt(self, check: SpecChecker, node: YamlMapping) -> None:
        c = check.check(node, EXCERPT)
        ident = self.ids.claim(_EXCERPT_IDS, "excerpt", c)
        facts = tuple(self._fact(check, fact, ident or "") for fact in c.mappings("facts"))
        questions = self._questions(check, c)
        if ident is None:
            return
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
        self.excerpts.append(
            Excerpt(
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
                cloze_accept=_frozen(cloze_accept),
                cloze_accept_locations=_frozen(cloze_places),
            )
        )

    def _fact(self, check: SpecChecker, node: YamlMapping, excerpt_id: str) -> Fact:
        c = check.check(node, FACT)
        ident = self.ids.claim("fact", "fact", c) or ""
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
            values=_frozen(values),
            location=Location(path, node.line, node.column),
            tags=c.strings("tags"),
            field_locations=_FieldLocations(path, places),
            accepts=_frozen(accepts),
        )

    def _questions(self, check: SpecChecker, excerpt: Checked) -> tuple[Question, ...]:
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
            draw, draw_tags = self._draw(check, c)
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

    def _draw(self, check: SpecChecker, question: Checked) -> tuple[str | None, tuple[str, ...]]:
        """A question's `draw`: the field, and the tags of its filter form, if any."""
        written = question.mapping_or_text("draw")
        if not isinstance(written, YamlMapping):
            return written, ()
        draw_filter = check.check(written, DRAW_FILTER)
        return draw_filter.optional_text("field"), draw_filter.strings("tags")
