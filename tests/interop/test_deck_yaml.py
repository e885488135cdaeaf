"""Writing a bank as a deck: valid slugs, stable ids, and whatever fails to compile left out."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.interop import deck_yaml
from trainer.interop.bank import Bank, BankItem, BankQuestion, InteropError
from trainer.interop.deck_yaml import write_deck
from trainer.interop.ids import content_key, guid_key, slugify, title_key, unique

SLUG = re.compile(r"^[a-z0-9][a-z0-9_-]*$")


@given(st.text())
def test_every_key_is_a_slug(text: str) -> None:
    for key in (title_key(text), guid_key(text), content_key(text)):
        assert SLUG.match(key), key
        assert len(key) <= 48
    assert slugify(text) == "" or SLUG.match(slugify(text))


@given(st.text(min_size=1), st.text(min_size=1))
def test_different_guids_give_different_ids(first: str, second: str) -> None:
    if first != second:
        assert guid_key(first) != guid_key(second) or slugify(first) == slugify(second)


def test_readable_guids_stay_readable() -> None:
    assert guid_key("weimar:schools:c1") == "weimar-schools-c1"
    assert guid_key("q%E1iZ&(j^").startswith("note-")
    long = "moore-germany-soviet:military-cooperation:lipetsk.where-choice"
    assert guid_key(long).startswith("moore-germany-soviet-military-cooperati-")
    assert guid_key(long) != guid_key(long + "2")


def test_taken_ids_get_a_number() -> None:
    taken: set[str] = set()
    assert [unique("q", taken) for _ in range(3)] == ["q", "q-2", "q-3"]


def item(key: str, **fields: object) -> BankItem:
    return BankItem(key=key, where=f"bank.txt:{key}", **fields)  # type: ignore[arg-type]


def test_an_item_that_does_not_compile_is_left_out_with_a_warning() -> None:
    bank = Bank(source="bank.txt", title="Bank")
    bank.items += [
        item("good", questions=(BankQuestion("Where?", "Lipetsk"),)),
        item("empty-cloze", text="A {{c1::}} deletion.", cloze=True),
        item("nested", text="A {{c1::{{c2::x}}}} deletion.", cloze=True),
    ]
    converted = write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank")
    assert [e.id for e in converted.compiled.deck.excerpts] == ["good"]
    assert [str(note) for note in converted.notes] == [
        "bank.txt:empty-cloze: warning: left out: cloze deletion c1 is empty",
        "bank.txt:nested: warning: left out: cloze markers cannot be nested",
    ]


def test_options_are_deduplicated_and_capped() -> None:
    wrong = ("Kazan", "kazan!", "Lipetsk", *(f"Town {n}" for n in range(9)))
    bank = Bank(source="bank.txt", title="Bank")
    bank.items.append(item("q", questions=(BankQuestion("Where?", "Lipetsk", distractors=wrong),)))
    converted = write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank")
    (card,) = converted.compiled.cards
    assert len(card.choices) == 8
    messages = [note.message for note in converted.notes]
    assert messages[0].startswith("wrong options left out, as they read the same as the answer")
    assert "'kazan!', 'Lipetsk'" in messages[0]
    assert messages[1].startswith("only 7 of the 10 wrong options of 'Where?' are shown")


def test_pages_chapters_and_urls() -> None:
    bank = Bank(source="bank.txt", title="Bank")
    question = (BankQuestion("Where?", "Lipetsk"),)
    bank.items += [
        item("a", questions=question, page="12"),
        item("b", questions=question, chapter="3"),
        item("c", questions=question),
    ]
    deck = write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank").compiled.deck
    assert [(e.source.pages, e.source.chapter) for e in deck.excerpts] == [
        ("12", ""),
        ("", "3"),
        ("unknown", ""),
    ]


def test_text_with_controls_is_cleaned() -> None:
    bank = Bank(source="bank.txt", title="Bank\x1b]0;x\x07")
    bank.items.append(item("q", questions=(BankQuestion("Where\u202e?", "Lip\x00etsk"),)))
    converted = write_deck(bank, name="bank.yaml", deck_id="bank", title=bank.title)
    (card,) = converted.compiled.cards
    assert (card.prompt, card.answer.text) == ("Where?", "Lipetsk")
    assert converted.compiled.deck.title == "Bank"  # the sequence whole, not its control only
    # What was removed is told, at the item's place, each text counted once.
    (note,) = converted.notes
    assert note.message.startswith("2 control or formatting characters removed: they could")


def test_one_character_removed_is_told_in_the_singular() -> None:
    bank = Bank(source="bank.txt", title="Bank")
    bank.items.append(item("q", questions=(BankQuestion("Where?", "Lip\x07etsk"),)))
    (note,) = write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank").notes
    assert note.message.startswith("1 control or formatting character removed: it could")


def test_clean_text_is_told_nothing() -> None:
    bank = Bank(source="bank.txt", title="Bank")
    bank.items.append(item("q", questions=(BankQuestion("Where?", "Lipetsk"),)))
    assert not write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank").notes


def _bank_of(count: int, words: int) -> Bank:
    text = " ".join(["word"] * words)
    questions = (BankQuestion(f"Question about {text}?", "Lipetsk"),)
    return Bank(
        source="big\nbank.csv",
        title="Bank",
        items=[item(f"q{n}", text=text, questions=questions) for n in range(count)],
    )


@pytest.mark.parametrize(("count", "words", "written_out"), [(100, 1, True), (200, 60, False)])
def test_a_bank_too_large_for_a_deck_file_is_refused_naming_its_size(
    monkeypatch: pytest.MonkeyPatch, count: int, words: int, written_out: bool
) -> None:
    """Refused once sure: before writing YAML when its text alone passes the bound (60
    words an item), while writing it when only the YAML around the text does (1 word)."""
    monkeypatch.setattr(deck_yaml, "MAX_FILE_BYTES", 8 * 1024)
    rendered: list[object] = []
    render = deck_yaml._render

    def spied(*arguments: Any) -> Any:
        rendered.append(render(*arguments))
        return rendered[-1]

    monkeypatch.setattr(deck_yaml, "_render", spied)
    with pytest.raises(InteropError) as refused:
        write_deck(_bank_of(count, words), name="bank.yaml", deck_id="bank", title="Bank")
    message = str(refused.value)
    assert message.startswith(f"big\\nbank.csv: refused: its {count} items would make a deck ")
    assert message.endswith("; split it into smaller files and convert each")
    assert rendered == ([None] if written_out else [])


def test_a_bank_just_under_the_bound_is_written() -> None:
    # Under the real bound: nothing refused, however many small items.
    converted = write_deck(_bank_of(300, 5), name="bank.yaml", deck_id="bank", title="Bank")
    assert len(converted.compiled.cards) == 300


def test_a_page_cell_loses_its_word_for_page() -> None:
    # "p. 212" was written as it was, and cited "p. p. 212".
    bank = Bank(source="bank.csv", title="Bank")
    bank.items.append(item("q", questions=(BankQuestion("When?", "1989"),), page="p. 212"))
    converted = write_deck(bank, name="bank.yaml", deck_id="bank", title="Bank")
    assert "page: '212'" in converted.yaml_text
    (excerpt,) = converted.compiled.deck.excerpts
    assert excerpt.source.pages == "212"
