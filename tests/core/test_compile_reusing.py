"""Compiling an edited deck from what the last compile remembered: only changed files are
parsed again, and the result is a cold compile's, even for an excerpt moved between files."""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

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
    kept = _round_trip(memo)
    assert kept.confusables.forms and kept.confusables.found
    return kept


def _round_trip(memo: CompileMemo) -> CompileMemo:
    confusables = confusables_from_plain(confusables_to_plain(memo.confusables))
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


# Excerpts to deal between the two chapters: some share a place, a person or a page, so
# that option and swap pools, true/false searches and confusables cross the files.
POOL = {
    **EXCERPTS,
    "kurt": excerpt_yaml("kurt", 3, "Kurt Student", "Lipetsk"),
    "ernst": excerpt_yaml("ernst", 8, "Ernst Volkmann", "Kazan"),
}


@st.composite
def _arrangements(draw: st.DrawFn) -> tuple[list[str], list[str]]:
    """Two chapters' excerpts: distinct, in any order, at least one in each chapter."""
    chosen = draw(
        st.lists(st.sampled_from(sorted(POOL)), unique=True, min_size=2, max_size=len(POOL))
    )
    cut = draw(st.integers(1, len(chosen) - 1))
    return chosen[:cut], chosen[cut:]


def _outcome(compile: Callable[[], CompiledDeck]) -> tuple[object, ...]:
    try:
        deck = compile()
    except DeckError as error:
        return ("error", str(error))
    return (deck.cards, deck.warnings, dict(deck.origins), deck.deck)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    first=_arrangements(),
    edits=st.lists(_arrangements(), min_size=1, max_size=2),
    reword=st.sampled_from([None, "Lipetsk", "Kazan", "1926"]),
)
def test_random_edits_compile_as_a_cold_compile_does(
    tmp_path_factory: pytest.TempPathFactory,
    first: tuple[list[str], list[str]],
    edits: list[tuple[list[str], list[str]]],
    reword: str | None,
) -> None:
    """The whole way, from the files to the cards: each compile reuses what the one
    before it remembered (through the engine's codecs), and gives a cold compile's
    cards, warnings, origins and deck, or its errors."""
    folder = tmp_path_factory.mktemp("deck")
    pool = dict(POOL)

    def write(arrangement: tuple[list[str], list[str]]) -> Path:
        one, two = arrangement
        return write_deck(
            folder,
            "random",
            chapter_yaml([pool[e] for e in one]),
            chapter_yaml([pool[e] for e in two]),
        )

    main = write(first)
    memo = CompileMemo()
    for step, arrangement in enumerate(edits):
        with contextlib.suppress(DeckError):
            memo = _round_trip(compile_deck_reusing(main, memo)[1])
        if reword is not None and step == len(edits) - 1:
            # One excerpt's text changes in place, where the others still name it.
            pool["seeckt"] = POOL["seeckt"].replace("1926", "1927").replace(reword, "Tomka")
        write(arrangement)
        reused = _outcome(lambda memo=memo: compile_deck_reusing(main, memo)[0])  # type: ignore[misc]
        assert reused == _outcome(lambda: compile_deck(main))
