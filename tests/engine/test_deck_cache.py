"""Tests for trainer.engine.deck_cache: hits, misses on any change, and damaged entries."""

from __future__ import annotations

import os
import pickle
import textwrap
from pathlib import Path

import pytest

import trainer.core.compile
from tests.support.clock import MovableClock
from trainer.core.compile import CompileMemo, compile_deck
from trainer.core.model import CompiledDeck, DeckError
from trainer.engine import Engine
from trainer.engine import deck_cache as deck_cache_module
from trainer.engine.deck_cache import DeckCache
from trainer.store import get_card, prepare_deck

MAIN = """\
id: cached
title: A cached deck
include:
  - chapters/one.yaml
"""
CHAPTER = """\
excerpts:
  - id: lipetsk
    page: 128
    text: In March 1926 Germany agreed to set up an aviation school at Lipetsk.
    questions:
      - q: Where was the aviation school set up?
        a: Lipetsk
"""


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    main = tmp_path / "deck" / "course.yaml"
    (main.parent / "chapters").mkdir(parents=True)
    main.write_text(MAIN, encoding="utf-8")
    (main.parent / "chapters" / "one.yaml").write_text(CHAPTER, encoding="utf-8")
    return main


@pytest.fixture
def compiles(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Every path compiled from now on (the cache compiles through compile_deck_reusing)."""
    compiled: list[Path] = []
    reusing = trainer.core.compile.compile_deck_reusing

    def counting(path: Path, previous: CompileMemo) -> tuple[CompiledDeck, CompileMemo]:
        compiled.append(Path(path))
        return reusing(path, previous)

    monkeypatch.setattr(trainer.core.compile, "compile_deck_reusing", counting)
    return compiled


def test_a_second_use_is_a_hit_and_equals_a_fresh_compile(
    deck: Path, cache: DeckCache, compiles: list[Path]
) -> None:
    first = cache.prepared_deck(deck)
    second = cache.prepared_deck(deck)
    assert compiles == [deck]
    assert second == first == prepare_deck(compile_deck(deck))
    assert cache.entry_path(deck).is_file()


def test_editing_an_included_file_is_a_miss(
    deck: Path, cache: DeckCache, compiles: list[Path]
) -> None:
    cache.prepared_deck(deck)
    chapter = deck.parent / "chapters" / "one.yaml"
    chapter.write_text(CHAPTER.replace("a: Lipetsk", "a: Lipetsk, near Voronezh"), "utf-8")
    assert cache.load(deck) is None
    prepared = cache.prepared_deck(deck)
    assert len(compiles) == 2
    assert any(b"Voronezh" in row[3] for row in prepared.cards)
    assert cache.load(deck) == prepared


def test_a_main_file_that_includes_another_file_is_a_miss(
    deck: Path, cache: DeckCache, compiles: list[Path]
) -> None:
    cache.prepared_deck(deck)
    (deck.parent / "chapters" / "two.yaml").write_text(
        CHAPTER.replace("lipetsk", "kazan").replace("Lipetsk", "Kazan"), "utf-8"
    )
    deck.write_text(MAIN + "  - chapters/two.yaml\n", encoding="utf-8")
    assert cache.load(deck) is None
    assert len(cache.prepared_deck(deck).cards) == 2


def test_a_deleted_included_file_is_a_miss_and_the_error_is_reported(
    deck: Path, cache: DeckCache
) -> None:
    cache.prepared_deck(deck)
    (deck.parent / "chapters" / "one.yaml").unlink()
    assert cache.load(deck) is None
    with pytest.raises(DeckError, match="cannot read"):
        cache.prepared_deck(deck)


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:40] + b"\x00" * 20 + data[60:], id="overwritten"),
        pytest.param(lambda data: b"not a cache entry at all", id="foreign"),
    ],
)
def test_a_damaged_entry_is_ignored_and_replaced(
    deck: Path, cache: DeckCache, compiles: list[Path], damage: object
) -> None:
    expected = cache.prepared_deck(deck)
    entry = cache.entry_path(deck)
    entry.write_bytes(damage(entry.read_bytes()))  # type: ignore[operator]
    assert cache.load(deck) is None
    assert cache.prepared_deck(deck) == expected
    assert len(compiles) == 2
    assert cache.load(deck) == expected


class _Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo exploited > exploited.txt",))


def test_an_entry_holding_other_types_is_refused_without_running_them(
    deck: Path, cache: DeckCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    prepared = cache.prepared_deck(deck)
    entry = cache.entry_path(deck)
    data = entry.read_bytes()
    magic = data[: data.index(b"\n") + 1]
    header: tuple[object, ...] = (
        1,
        deck_cache_module.code_fingerprint(),
        str(deck),
        prepared.files,
    )
    header += (prepared.content_hash,)
    entry.write_bytes(magic + pickle.dumps(header) + pickle.dumps(_Exploit()))
    assert cache.load(deck) is None
    assert not (tmp_path / "exploited.txt").exists()


def test_an_entry_from_other_code_is_a_miss(
    deck: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.prepared_deck(deck)
    monkeypatch.setattr(deck_cache_module, "code_fingerprint", lambda: "another version")
    assert cache.load(deck) is None


def test_the_fingerprint_changes_when_the_compiler_changes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    before = deck_cache_module.code_fingerprint()
    deck_cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(trainer, "__version__", "999.0")  # the package deck_cache reads
    try:
        assert deck_cache_module.code_fingerprint() != before
    finally:
        deck_cache_module.code_fingerprint.cache_clear()


@pytest.mark.parametrize("library", ["yaml", "rapidfuzz", "spellchecker"])
def test_the_fingerprint_changes_when_a_library_it_keeps_output_of_changes(
    library: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another version of the YAML parser, the distance library or the word list's
    package (its files rewritten) is other code: what the cache kept is not used."""
    import importlib.util
    from importlib.machinery import ModuleSpec

    before = deck_cache_module.code_fingerprint()
    upgraded = tmp_path / "__init__.py"
    upgraded.write_text("# another version\n", encoding="utf-8")
    find_spec = importlib.util.find_spec

    def found(name: str, package: str | None = None) -> ModuleSpec | None:
        spec = find_spec(name, package)
        if name != library or spec is None:
            return spec
        # A copy: the module's own spec is what `find_spec` gives for a loaded module.
        return ModuleSpec(name, spec.loader, origin=str(upgraded))

    deck_cache_module.code_fingerprint.cache_clear()
    monkeypatch.setattr(importlib.util, "find_spec", found)
    try:
        assert deck_cache_module.code_fingerprint() != before
    finally:
        deck_cache_module.code_fingerprint.cache_clear()


def test_an_entry_for_another_deck_path_is_not_used(deck: Path, cache: DeckCache) -> None:
    cache.prepared_deck(deck)
    other = deck.parent / "copy.yaml"
    other.write_text(MAIN, encoding="utf-8")
    cache.entry_path(other).write_bytes(cache.entry_path(deck).read_bytes())
    assert cache.load(other) is None


def test_a_cache_that_cannot_be_written_is_not_used(deck: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder should be", encoding="utf-8")
    cache = DeckCache(blocker / "cache")
    assert cache.prepared_deck(deck) == prepare_deck(compile_deck(deck))
    assert cache.load(deck) is None


def test_engines_share_the_cache_and_force_compiles_afresh(
    deck: Path, tmp_path: Path, compiles: list[Path]
) -> None:
    environ = {"TRAINER_HOME": str(tmp_path / "home")}
    clock = MovableClock()
    for name in ("first", "second"):
        collection = tmp_path / f"{name}.sqlite"
        with Engine.open(collection, clock=clock, environ=environ, backup=False) as engine:
            result = engine.import_deck(deck)
            assert result.plan is not None and len(result.plan.added) == 1
            card = get_card(engine._conn, result.plan.added[0]).card
            assert card.answer.text == "Lipetsk"
    assert compiles == [deck]
    with Engine.open(collection, clock=clock, environ=environ, backup=False) as engine:
        assert engine.import_deck(deck, force=True).unchanged
    assert compiles == [deck, deck]
    # One entry, with its steps; the folder may also keep the parsed word list (written
    # by the first process that needs it).
    cached = sorted((tmp_path / "home" / "cache" / "decks").iterdir())
    assert [path.suffix for path in cached if path.name != "word-list.pickle"] == [
        ".deck",
        ".steps",
    ]


def test_a_cached_import_shows_the_deck_warnings(tmp_path: Path) -> None:
    deck = tmp_path / "warned.yaml"
    deck.write_text(
        textwrap.dedent(
            """\
            id: warned
            title: Warned
            excerpts:
              - id: lonely
                page: 1
                text: Nothing to ask here.
                auto_cloze: false
              - id: asked
                page: 2
                text: Lipetsk.
                questions:
                  - q: Where?
                    a: Lipetsk
            """
        ),
        encoding="utf-8",
    )
    cache = DeckCache(tmp_path / "cache")
    fresh = cache.prepared_deck(deck)
    cached = cache.load(deck)
    assert cached is not None
    assert [str(w) for w in cached.warnings] == [str(w) for w in fresh.warnings]
    assert any("yields no question" in str(w) for w in cached.warnings)


def test_the_compile_memos_are_emptied_before_the_rows_are_made(
    deck: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 100,000 cards they hold about 8 MB that encoding the rows would add to the peak.
    from trainer.core.answering.normalise import fold
    from trainer.store import prepared

    sizes: list[int] = []
    encode = prepared.prepare_cards

    def noting(*args: object, **kwargs: object) -> object:
        sizes.append(fold.cache_info().currsize)
        return encode(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(deck_cache_module, "prepare_cards", noting)
    fold("Lipetsk")
    cache.prepared_deck(deck)
    assert sizes == [0]
