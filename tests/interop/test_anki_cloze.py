"""Anki cloze notes whose deletions nest: one question per cloze number, never dropped."""

from __future__ import annotations

from pathlib import Path

from tests.support.anki_legacy import legacy_package, note_type
from trainer.interop.anki_cloze import nested_cloze_questions, revealed
from trainer.interop.bank import BankQuestion
from trainer.interop.sources import convert

CLOZE = note_type(
    "Cloze",
    ["Text", "Back Extra"],
    [("{{cloze:Text}}", "{{cloze:Text}}<br>{{Back Extra}}")],
    cloze=True,
)


def test_each_number_is_asked_as_anki_asks_it() -> None:
    text = "{{c1::Canberra, {{c2::Australia::country}}}} and {{c3::Ottawa}}, {{c2::Canada}}"
    assert nested_cloze_questions(text) == (
        BankQuestion("[...] and Ottawa, Canada", "Canberra, Australia"),
        BankQuestion("Canberra, [country] and Ottawa, [...]", "Australia, Canada"),
        BankQuestion("Canberra, Australia and [...], Canada", "Ottawa"),
    )
    assert revealed(text) == "Canberra, Australia and Ottawa, Canada"


def test_deletions_nested_deeper_and_hints_with_colons() -> None:
    text = "{{c1::a {{c2::b {{c3::c}}}}}} {{c4::d::at 10:30}}"
    questions = nested_cloze_questions(text)
    assert questions is not None
    assert [(q.prompt, q.answer) for q in questions] == [
        ("[...] d", "a b c"),
        ("a [...] d", "b c"),
        ("a b [...] d", "c"),
        ("a b c [at 10:30]", "d"),
    ]


def test_text_a_deck_reads_itself_is_left_to_it() -> None:
    # None nested, one unclosed, none at all: the deck's own cloze (or its error) stands.
    for text in ("{{c1::Paris}} and {{c2::Rome}}", "{{c1::a {{c2::b}}", "no deletion"):
        assert nested_cloze_questions(text) is None


def test_a_nested_cloze_note_converts_instead_of_being_left_out(tmp_path: Path) -> None:
    path = legacy_package(
        tmp_path / "c.apkg",
        CLOZE,
        [
            ["The {{c1::Treaty of {{c2::Rapallo}}}} was signed in {{c3::1922}}.", ""],
            ["{{c1::Kazan}} had a tank school.", ""],
        ],
    )
    converted = convert(path, deck_id="cloze")
    cards = [(c.kind.value, c.prompt, c.answer.text) for c in converted.compiled.cards]
    assert cards == [
        ("qa", "The [...] was signed in 1922.", "Treaty of Rapallo"),
        ("qa", "The Treaty of [...] was signed in 1922.", "Rapallo"),
        ("qa", "The Treaty of Rapallo was signed in [...].", "1922"),
        ("cloze", "[...] had a tank school.", "Kazan"),
    ]
    assert [note.message for note in converted.notes] == [
        "its cloze deletions are nested, as a deck's cannot be: converted as one question "
        "per cloze number"
    ]


def test_deletions_nested_past_any_note_or_numbered_past_any_count_are_left_as_written() -> None:
    # A package is untrusted: thousands of levels once took the converter past Python's
    # recursion limit, and a number of thousands of digits past its reading of numbers.
    deep = "{{c1::" * 3000 + "Rapallo" + "}}" * 3000
    assert nested_cloze_questions(deep) is None
    assert revealed(deep) == deep
    counted = "{{c1::a {{c" + "7" * 5000 + "::b}}}}"
    assert nested_cloze_questions(counted) is None
