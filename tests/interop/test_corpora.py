"""Every bank of the corpora (GIFT, Aiken, Quizlet, CSV) converts to its expected deck.

Each source file under tests/interop/data/ sits next to `<file>.expected.yaml`, the deck
`trainer convert` must write, and `<file>.expected.log`, the warnings it must print (and
the error, for a bank with nothing to convert). Run with TRAINER_REGENERATE_CORPUS=1 to
write them anew after a deliberate change, then read the diff.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.interop.bank import NothingConverted
from trainer.interop.sources import ReadOptions, convert

DATA = Path(__file__).parent / "data"
FORMATS = {"gift": "gift", "aiken": "aiken", "quizlet": "quizlet", "csv": "csv"}
OPTIONS = {
    "quizlet/comma_semicolon.txt": ReadOptions(term_separator=",", card_separator=";"),
}
REGENERATE = os.environ.get("TRAINER_REGENERATE_CORPUS") == "1"


def corpus() -> list[str]:
    sources = []
    for folder in FORMATS:
        for path in sorted((DATA / folder).rglob("*")):
            if path.is_file() and ".expected." not in path.name and path.name != "LICENSE":
                sources.append(path.relative_to(DATA).as_posix())
    return sources


def outcome(relative: str) -> tuple[str | None, str]:
    """The deck written (None if nothing converted) and the log printed, as the CLI would."""
    fmt = FORMATS[relative.split("/")[0]]
    path = Path(relative)
    try:
        converted = convert(
            path,
            named=fmt,
            name=f"{relative}.expected.yaml",
            options=OPTIONS.get(relative),
        )
    except NothingConverted as nothing:
        log = [str(note) for note in nothing.notes] + [f"error: {nothing}"]
        return None, "\n".join(log) + "\n"
    return converted.yaml_text, "".join(f"{note}\n" for note in converted.notes)


@pytest.mark.parametrize("relative", corpus())
def test_the_bank_converts_to_its_expected_deck(
    relative: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(DATA)
    deck, log = outcome(relative)
    expected_deck = DATA / f"{relative}.expected.yaml"
    expected_log = DATA / f"{relative}.expected.log"
    if REGENERATE:
        if deck is None:
            expected_deck.unlink(missing_ok=True)
        else:
            expected_deck.write_text(deck, encoding="utf-8")
        expected_log.write_text(log, encoding="utf-8")
    assert log == expected_log.read_text(encoding="utf-8")
    if deck is None:
        assert not expected_deck.exists()
    else:
        assert deck == expected_deck.read_text(encoding="utf-8")


@pytest.mark.parametrize("relative", corpus())
def test_the_expected_deck_passes_check(relative: str) -> None:
    expected = DATA / f"{relative}.expected.yaml"
    if not expected.exists():
        pytest.skip("nothing to convert in this bank")
    compiled = compile_loaded(load_deck_bytes(str(expected), expected.read_bytes()))
    assert compiled.cards
    unknown = [e.id for e in compiled.deck.excerpts if e.source.pages == "unknown"]
    warned = [w for w in compiled.warnings if "page: unknown" in w.message]
    assert len(warned) == len(unknown)


def test_the_corpus_covers_every_gift_question_type() -> None:
    kinds = {
        "multiple choice": "multiple_choice.gift",
        "true/false": "true_false.gift",
        "short answer": "short_answer.gift",
        "numeric": "numeric.gift",
        "matching": "matching.gift",
        "escapes": "escapes.gift",
        "comments, titles, categories": "comments_titles_categories.gift",
        "essay and description": "essay_description.gift",
        "text formats": "html_formats.gift",
    }
    assert all((DATA / "gift" / name).is_file() for name in kinds.values())
    assert len(list((DATA / "gift" / "peg").glob("*.gift"))) >= 15
