"""Compiling an edited deck from what the last compile remembered: only changed files are
parsed again, and the result is a cold compile's, even for an excerpt moved between files."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.chaptered_deck import chapter_yaml, excerpt_yaml, write_deck
from trainer.core.answering.confusables import confusables_from_plain, confusables_to_plain
from trainer.core.compile import CompileMemo, compile_deck, compile_deck_reusing
from trainer.core.deck.tree_memo import pack
from trainer.core.generate.step_codec import memo_from_plain, memo_to_plain
from trainer.core.model import CompiledDeck, DeckError

EXCERPTS = {
    "seeckt": excerpt_yaml("seeckt", 3, "Hans Seeckt", "Lipetsk"),
    "hasse": excerpt_yaml("hasse", 5, "Otto Hasse", "Kazan"),
    "volkmann": excerpt_yaml("volkmann", 8, "Ernst Volkmann", "Tomka"),
    "radek": excerpt_yaml("radek", 12, "Karl Radek", "Moscow"),
    "chicherin": excerpt_yaml("chicherin", 14, "Georgy Chicherin", "Genoa"),
}


def _write(folder: Path, one: list[str], two: list[str]) -> Path:
    return write_deck(
        folder,
        "moving",
        chapter_yaml([EXCERPTS[e] for e in one]),
        chapter_yaml([EXCERPTS[e] for e in two]),
    )


def _through_disk(memo: CompileMemo) -> CompileMemo:
    """The memo as the engine keeps it: steps and confusables through their codecs."""
    confusables = confusables_from_plain(confusables_to_plain(memo.confusables))
    assert confusables.forms and confusables.found
    steps = memo_from_plain(memo_to_plain(memo.steps))
    return CompileMemo(steps, dict(memo.trees), confusables, files=dict(memo.files))


def _same(reused: CompiledDeck, cold: CompiledDeck) -> None:
    assert reused.cards == cold.cards
    assert reused.warnings == cold.warnings
    assert dict(reused.origins) == dict(cold.origins)
    assert reused.deck == cold.deck


def test_an_excerpt_moved_to_another_file_compiles_as_a_cold_compile(tmp_path: Path) -> None:
    main = _write(tmp_path, ["seeckt", "hasse", "volkmann"], ["radek", "chicherin"])
    _, memo = compile_deck_reusing(main, CompileMemo())
    # Hasse moves from the middle of chapter one to the end of chapter two.
    _write(tmp_path, ["seeckt", "volkmann"], ["radek", "chicherin", "hasse"])
    reused, _ = compile_deck_reusing(main, _through_disk(memo))
    cold = compile_deck(main)
    _same(reused, cold)
    moved = [card for card in cold.cards if card.excerpt_id == "hasse"]
    assert moved and all(cold.origins[card.id].path.endswith("two.yaml") for card in moved)


def test_only_the_files_that_changed_are_parsed_again(tmp_path: Path, parsed: list[str]) -> None:
    main = _write(tmp_path, ["seeckt", "hasse"], ["radek", "chicherin"])
    _, memo = compile_deck_reusing(main, CompileMemo())
    assert sorted(parsed) == ["course.yaml", "one.yaml", "two.yaml"]
    parsed.clear()
    _write(tmp_path, ["seeckt", "hasse", "volkmann"], ["radek", "chicherin"])
    reused, again = compile_deck_reusing(main, _through_disk(memo))
    assert parsed == ["one.yaml"]
    _same(reused, compile_deck(main))
    # What is remembered next is the main file's tree, and what each included file
    # added to the deck: the unchanged file's as it was, the changed one's anew.
    assert again.trees == memo.trees and len(again.trees) == 1
    assert len(again.files) == 2 and len(set(again.files) & set(memo.files)) == 1


def test_a_damaged_tree_or_file_is_parsed_again(tmp_path: Path, parsed: list[str]) -> None:
    main = _write(tmp_path, ["seeckt"], ["radek"])
    _, memo = compile_deck_reusing(main, CompileMemo())
    parsed.clear()
    damaged = {key: pack((9, "not a node")) for key in memo.trees}
    files = {key: pack(("not", "parts")) for key in memo.files}
    reused, again = compile_deck_reusing(main, CompileMemo(memo.steps, damaged, files=files))
    assert sorted(parsed) == ["course.yaml", "one.yaml", "two.yaml"]
    _same(reused, compile_deck(main))
    assert again.trees == memo.trees and again.files == memo.files


def test_a_deck_with_errors_reports_them_as_a_cold_compile(tmp_path: Path) -> None:
    main = _write(tmp_path, ["seeckt"], ["radek"])
    _, memo = compile_deck_reusing(main, CompileMemo())
    chapter = tmp_path / "chapters" / "two.yaml"
    chapter.write_text(chapter.read_text("utf-8").replace("page: 12", "page: [12"), "utf-8")
    with pytest.raises(DeckError) as reused:
        compile_deck_reusing(main, memo)
    with pytest.raises(DeckError) as cold:
        compile_deck(main)
    assert str(reused.value) == str(cold.value)
