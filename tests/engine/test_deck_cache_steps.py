"""The deck cache's remembered generation steps, and the pruning of entries of lost decks."""

from __future__ import annotations

import dataclasses
import os
import pickle
from pathlib import Path

import pytest

from tests.support.chaptered_deck import chapter_yaml, excerpt_yaml, write_deck
from trainer.core.authored import Excerpt
from trainer.core.compile import CompileMemo, compile_deck
from trainer.core.generate.steps import Steps
from trainer.engine import deck_cache as deck_cache_module
from trainer.engine.deck_cache import STEPS_SUFFIX, DeckCache
from trainer.store import prepare_deck


def _chapter(name: str, people: list[tuple[str, str]]) -> str:
    excerpts = [
        excerpt_yaml(f"{name}-{i}", i + 1, who, place) for i, (who, place) in enumerate(people)
    ]
    plain = (
        f"- id: {name}-plain\n  page: 9\n"
        "  text: Berlin and Moscow signed a treaty in Rapallo in 1922.\n"
    )
    return chapter_yaml([*excerpts, plain])


ONE = [("Hans Seeckt", "Lipetsk"), ("Otto Hasse", "Kazan"), ("Ernst Volkmann", "Tomka")]
TWO = [("Karl Radek", "Moscow"), ("Georgy Chicherin", "Genoa"), ("Ulrich Rantzau", "Samara")]


def _write_deck(folder: Path) -> Path:
    return write_deck(folder, "stepped", _chapter("one", ONE), _chapter("two", TWO))


@pytest.fixture
def deck(tmp_path: Path) -> Path:
    return _write_deck(tmp_path / "deck")


@pytest.fixture
def steps_run(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The excerpt of every step run (not replayed) from now on."""
    run: list[str] = []
    original_places = Steps._places

    # Every step of an excerpt asks for its places just before it is run or replayed.
    def places(self: Steps, excerpt: Excerpt) -> object:
        self._last = excerpt.id  # type: ignore[attr-defined]
        return original_places(self, excerpt)

    original_record = Steps._record

    def record(self: Steps, work: object, falsity: object, places: object) -> object:
        run.append(self._last)  # type: ignore[attr-defined]
        return original_record(self, work, falsity, places)  # type: ignore[arg-type]

    monkeypatch.setattr(Steps, "_places", places)
    monkeypatch.setattr(Steps, "_record", record)
    return run


def test_an_edited_chapter_runs_again_only_its_own_steps(
    deck: Path, cache: DeckCache, steps_run: list[str]
) -> None:
    cache.prepared_deck(deck)
    assert {name.split("-")[0] for name in steps_run} == {"one", "two"}
    steps_run.clear()
    _reword(deck, "one", ONE)
    prepared = cache.prepared_deck(deck)
    assert prepared == prepare_deck(compile_deck(deck))
    assert steps_run and {name.split("-")[0] for name in steps_run} == {"one"}, str(steps_run)


def test_lines_added_above_a_chapters_excerpts_run_none_of_their_steps_again(
    deck: Path, cache: DeckCache, steps_run: list[str]
) -> None:
    first = cache.prepared_deck(deck)
    steps_run.clear()
    chapter = deck.parent / "chapters" / "one.yaml"
    note = "# Revised for the spring term.\n# Sources checked against the second edition.\n"
    chapter.write_text(note + _chapter("one", ONE), "utf-8")
    prepared = cache.prepared_deck(deck)
    assert prepared == prepare_deck(compile_deck(deck))
    assert prepared.content_hash != first.content_hash
    assert steps_run == []


def test_a_new_fact_elsewhere_runs_the_steps_whose_pools_it_joins(
    deck: Path, cache: DeckCache, steps_run: list[str]
) -> None:
    cache.prepared_deck(deck)
    steps_run.clear()
    chapter = deck.parent / "chapters" / "one.yaml"
    chapter.write_text(_chapter("one", [*ONE, ("Kurt Student", "Genoa")]), "utf-8")
    prepared = cache.prepared_deck(deck)
    assert prepared == prepare_deck(compile_deck(deck))
    # The places pool changed: chapter two's template steps drew from it.
    assert any(name.startswith("two-") for name in steps_run)


def test_refresh_runs_every_step_again(deck: Path, cache: DeckCache, steps_run: list[str]) -> None:
    cache.prepared_deck(deck)
    first = len(steps_run)
    cache.prepared_deck(deck, refresh=True)
    assert len(steps_run) == 2 * first


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(lambda data: b"", id="empty"),
        pytest.param(lambda data: data[: len(data) // 2], id="truncated"),
        pytest.param(lambda data: data[:60] + b"\x00" * 40 + data[100:], id="overwritten"),
        pytest.param(lambda data: b"not remembered steps", id="foreign"),
    ],
)
def test_damaged_steps_are_ignored(deck: Path, cache: DeckCache, damage: object) -> None:
    cache.prepared_deck(deck)
    steps = cache.entry_path(deck).with_suffix(STEPS_SUFFIX)
    steps.write_bytes(damage(steps.read_bytes()))  # type: ignore[operator]
    (deck.parent / "chapters" / "two.yaml").write_text(_chapter("two", TWO[:2]), "utf-8")
    assert cache.prepared_deck(deck) == prepare_deck(compile_deck(deck))


def test_steps_written_by_other_code_are_not_used(
    deck: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    cache.prepared_deck(deck)
    memo = cache.load_memo(deck)
    assert memo.steps and memo.confusables.found
    assert len(memo.trees) == 1 and len(memo.files) == 2  # the main file's tree, two chapters
    monkeypatch.setattr(deck_cache_module, "code_fingerprint", lambda: "another version")
    assert cache.load_memo(deck) == CompileMemo()


class _Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (os.system, ("echo exploited > exploited.txt",))


def test_steps_that_would_run_code_are_refused(
    deck: Path, cache: DeckCache, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    cache.prepared_deck(deck)
    steps = cache.entry_path(deck).with_suffix(STEPS_SUFFIX)
    header = (deck_cache_module._FORMAT, deck_cache_module.code_fingerprint(), str(deck))
    with steps.open("wb") as stream:
        stream.write(deck_cache_module._STEPS_MAGIC)
        pickle.dump(header, stream)
        pickle.dump({b"key": _Exploit()}, stream)
    assert cache.load_memo(deck) == CompileMemo()
    assert not (tmp_path / "exploited.txt").exists()


def test_entries_of_decks_that_are_gone_are_pruned(cache: DeckCache, tmp_path: Path) -> None:
    kept = _write_deck(tmp_path / "kept")
    gone = _write_deck(tmp_path / "gone")
    cache.prepared_deck(kept)
    cache.prepared_deck(gone)
    gone_files = [cache.entry_path(gone), cache.entry_path(gone).with_suffix(STEPS_SUFFIX)]
    assert all(path.is_file() for path in gone_files)
    gone.unlink()
    # Steps whose entry is lost (a crash between the two writes) go too.
    stray = cache.entry_path(tmp_path / "stray.yaml").with_suffix(STEPS_SUFFIX)
    stray.write_bytes(b"stray")
    (kept.parent / "chapters" / "two.yaml").write_text(_chapter("two", TWO[:1]), "utf-8")
    cache.prepared_deck(kept)  # writing an entry prunes
    assert not any(path.exists() for path in [*gone_files, stray])
    assert cache.load(kept) is not None and cache.load_memo(kept).steps
    # The parsed word list may be kept beside the entries: pruning leaves it alone.
    left = cache.entry_path(kept).parent.iterdir()
    assert sorted(path.suffix for path in left if path.name != "word-list.pickle") == [
        ".deck",
        ".steps",
    ]


def test_is_current_says_whether_load_would_use_the_entry(
    deck: Path, cache: DeckCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not cache.is_current(deck)
    cache.prepared_deck(deck)
    assert cache.is_current(deck)
    (deck.parent / "chapters" / "two.yaml").write_text(_chapter("two", TWO[:1]), "utf-8")
    assert not cache.is_current(deck) and cache.load(deck) is None
    cache.prepared_deck(deck)
    assert cache.is_current(deck)
    monkeypatch.setattr(deck_cache_module, "code_fingerprint", lambda: "another version")
    assert not cache.is_current(deck) and cache.load(deck) is None


def test_an_edited_chapter_is_the_only_file_parsed_again(
    deck: Path, cache: DeckCache, parsed: list[str]
) -> None:
    cache.prepared_deck(deck)
    assert sorted(parsed) == ["course.yaml", "one.yaml", "two.yaml"]
    chapter = deck.parent / "chapters" / "two.yaml"
    chapter.write_text(_chapter("two", TWO[:2]), "utf-8")
    cold = prepare_deck(compile_deck(deck))
    parsed.clear()
    assert cache.prepared_deck(deck) == cold
    assert parsed == ["two.yaml"]
    # What was read back was written again: the next edit parses only its own file.
    chapter = deck.parent / "chapters" / "one.yaml"
    chapter.write_text(_chapter("one", ONE[:2]), "utf-8")
    cold = prepare_deck(compile_deck(deck))
    parsed.clear()
    assert cache.prepared_deck(deck) == cold
    assert parsed == ["one.yaml"]


def test_a_damaged_tree_or_file_in_the_cache_is_parsed_again(
    deck: Path, cache: DeckCache, parsed: list[str], steps_run: list[str]
) -> None:
    cache.prepared_deck(deck)
    memo = cache.load_memo(deck)
    assert len(memo.trees) == 1 and len(memo.files) == 2
    trees = {key: packed[: len(packed) // 2] for key, packed in memo.trees.items()}
    files = {key: packed[: len(packed) // 2] for key, packed in memo.files.items()}
    cache.save_memo(deck, dataclasses.replace(memo, trees=trees, files=files))
    _reword(deck, "two", TWO)
    cold = prepare_deck(compile_deck(deck))
    parsed.clear()
    steps_run.clear()
    assert cache.prepared_deck(deck) == cold
    assert sorted(parsed) == ["course.yaml", "one.yaml", "two.yaml"]
    # The rest of the memo was read: chapter one's steps were replayed, not run.
    assert steps_run and all(name.startswith("two-") for name in steps_run), steps_run


def test_steps_are_remembered_across_parts(
    deck: Path, cache: DeckCache, steps_run: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """A large deck's steps are written a part at a time; all of them are read back."""
    monkeypatch.setattr(deck_cache_module, "_STEPS_PER_PART", 2)
    cache.prepared_deck(deck)
    remembered = cache.load_memo(deck).steps
    assert len(remembered) > 4
    steps_run.clear()
    _reword(deck, "two", TWO)
    assert cache.prepared_deck(deck) == prepare_deck(compile_deck(deck))
    assert steps_run and all(name.startswith("two-") for name in steps_run), steps_run


def _reword(deck: Path, name: str, people: list[tuple[str, str]]) -> None:
    """An edit of a chapter's texts alone: its facts, which other steps read, stay."""
    reworded = _chapter(name, people).replace("to inspect the school", "to see the school")
    (deck.parent / "chapters" / f"{name}.yaml").write_text(reworded, "utf-8")
