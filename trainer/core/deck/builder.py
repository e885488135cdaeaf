"""Builds a Deck's parts from checked YAML, file by file, and checks ids across the deck."""

from __future__ import annotations

from types import MappingProxyType

from trainer.core.answering.normalise import fold
from trainer.core.authored import (
    Chronology,
    Deck,
    Excerpt,
    FieldSpec,
    Template,
    TemplateKind,
)
from trainer.core.deck.answer_types import inferred_field_type
from trainer.core.deck.checked import Checked, ErrorSink, describe
from trainer.core.deck.content_hash import content_hash
from trainer.core.deck.excerpt_builder import EXCERPT_IDS, build_excerpt
from trainer.core.deck.id_registry import IdRegistry, where_first
from trainer.core.deck.includes import DeckFile, IncludeRef
from trainer.core.deck.schema import (
    CHRONOLOGY,
    DECK,
    DEFAULTS,
    FIELD,
    INCLUDED_FILE,
    SOURCE,
    TEMPLATE,
)
from trainer.core.deck.spec_check import SpecChecker
from trainer.core.deck.yaml_tree import YamlInvalid, YamlMapping
from trainer.core.did_you_mean import did_you_mean
from trainer.core.model import AnswerType, BookSource, DeckDefaults, Location

# A field as declared: its name, line, column and spec; an alias group: its name, line,
# column and the other names.
FieldDeclaration = tuple[str, int, int, FieldSpec]
AliasDeclaration = tuple[str, int, int, tuple[str, ...]]


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
        # Every field and alias declared, in reading order (see file_memo).
        self.declared_fields: list[FieldDeclaration] = []
        self.declared_aliases: list[AliasDeclaration] = []

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
            if self._twice(
                self.field_places, name, (check.path, line, column), f"field '{name}' is"
            ):
                continue
            declared = c.optional_text("type")
            tolerance = c.number("tolerance")
            spec = FieldSpec(
                name=name,
                type=AnswerType(declared) if declared else inferred_field_type(name),
                tolerance=0.0 if tolerance is None else tolerance,
                label=c.text("label"),
            )
            self._declare_field(check.path, (name, line, column, spec))

    def declare_field(self, path: str, declared: FieldDeclaration) -> None:
        """Declare a field written at a place of `path`, unless it was declared before."""
        name, line, column, _ = declared
        if not self._twice(self.field_places, name, (path, line, column), f"field '{name}' is"):
            self._declare_field(path, declared)

    def _declare_field(self, path: str, declared: FieldDeclaration) -> None:
        name, line, _, spec = declared
        self.field_places[name] = (path, line)
        self.fields[name] = spec
        self.declared_fields.append(declared)

    def _aliases(self, check: SpecChecker, top: Checked) -> None:
        for value, line, column, names in top.string_lists("aliases"):
            self.declare_aliases(check.path, (value, line, column, names))

    def declare_aliases(self, path: str, declared: AliasDeclaration) -> None:
        """Declare the aliases of a name written at a place of `path`, unless its aliases
        were declared before."""
        value, line, column, names = declared
        key, shown = fold(value), f"aliases of '{value}' are"
        if not self._twice(self.alias_places, key, (path, line, column), shown):
            self.alias_places[key] = (path, line)
            self.aliases[value] = names
            self.declared_aliases.append(declared)

    def _twice(
        self, places: dict[str, tuple[str, int]], key: str, at: tuple[str, int, int], shown: str
    ) -> bool:
        """Whether `key` was declared before (at `places`), reported at `at` if so."""
        first = places.get(key)
        if first is None:
            return False
        path, line, column = at
        self.sink.add(
            path, line, column, f"{shown} declared twice (first {where_first(*first, path)})"
        )
        return True

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
        ident = self.ids.claim(EXCERPT_IDS, "chronology", c)
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
        excerpt = build_excerpt(check, node, self.ids)
        if excerpt is not None:
            self.excerpts.append(excerpt)
