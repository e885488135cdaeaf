"""How a card template shows its fields: hints, Japanese readings, sections, citations."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.anki_legacy import legacy_package, note_type
from trainer.interop.anki_fields import Reference, references, rendered, section_fields
from trainer.interop.bank import NothingConverted
from trainer.interop.sources import convert


def questions_of(path: Path) -> list[tuple[str, str, str]]:
    converted = convert(path, deck_id="shared")
    return [(c.prompt, c.answer.text, c.hint) for c in converted.compiled.cards]


def messages_of(path: Path) -> list[str]:
    return [note.message for note in convert(path, deck_id="shared").notes]


def test_references_name_each_field_with_its_filters() -> None:
    template = "{{#Extra}}{{hint:Extra}}{{/Extra}} {{ type:Back }} {{FrontSide}} {{tts en_US:Word}}"
    assert references(template) == (
        Reference("Extra", frozenset({"hint"})),
        Reference("Back", frozenset({"type"})),
        Reference("Word", frozenset({"tts"})),
    )
    assert section_fields("{{#Add Reverse}}{{Back}}{{/Add Reverse}}{{^ Notes }}-{{/Notes}}") == {
        "Add Reverse",
        "Notes",
    }


@pytest.mark.parametrize(
    ("value", "kanji", "kana", "furigana"),
    [
        ("東京[とうきょう]", "東京", "とうきょう", "東京(とうきょう)"),
        ("お 茶[ちゃ]を 飲[の]む", "お茶を飲む", "おちゃをのむ", "お茶(ちゃ)を飲(の)む"),
        ("no reading here", "no reading here", "no reading here", "no reading here"),
    ],
)
def test_japanese_filters_read_furigana(value: str, kanji: str, kana: str, furigana: str) -> None:
    def shown(name: str) -> str:
        return rendered(value, Reference("Reading", frozenset({name})))

    assert (shown("kanji"), shown("kana"), shown("furigana")) == (kanji, kana, furigana)
    assert rendered(value, Reference("Reading", frozenset())) == value


def test_a_hint_field_is_the_questions_hint_not_part_of_it(tmp_path: Path) -> None:
    model = note_type(
        "Mnemonic",
        ["Word", "Meaning", "Mnemonic"],
        [("{{Word}}<br>{{hint:Mnemonic}}", "{{FrontSide}}<hr id=answer>{{Meaning}}")],
    )
    path = legacy_package(
        tmp_path / "m.apkg",
        model,
        [["lugubrious", "mournful", "lug a boulder, gloomily"], ["terse", "brief", ""]],
    )
    assert questions_of(path) == [
        ("lugubrious", "mournful", "lug a boulder, gloomily"),
        ("terse", "brief", ""),
    ]
    assert messages_of(path) == []


def test_a_card_that_asks_one_reading_of_a_field_for_another(tmp_path: Path) -> None:
    """`{{kanji:Reading}}` asked, `{{kana:Reading}}` answered: one field, two texts."""
    model = note_type(
        "Japanese",
        ["Expression", "Reading", "Meaning"],
        [
            ("{{Expression}}", "{{FrontSide}}<hr>{{furigana:Reading}}<br>{{Meaning}}"),
            ("{{kanji:Reading}}", "{{FrontSide}}<hr>{{kana:Reading}}"),
        ],
    )
    path = legacy_package(tmp_path / "jp.apkg", model, [["大阪", "大阪[おおさか]", "Osaka"]])
    assert questions_of(path) == [("大阪", "大阪(おおさか)", ""), ("大阪", "おおさか", "")]


def test_a_field_only_tested_by_a_section_is_used_not_lost(tmp_path: Path) -> None:
    model = note_type(
        "Optional reverse",
        ["Front", "Back", "Make reverse", "Source"],
        [
            ("{{Front}}", "{{FrontSide}}<hr>{{Back}}"),
            ("{{#Make reverse}}{{Back}}{{/Make reverse}}", "{{FrontSide}}<hr>{{Front}}"),
        ],
    )
    path = legacy_package(tmp_path / "r.apkg", model, [["chat", "cat", "yes", "Larousse"]])
    # The flag is no content; a field no card shows at all still is.
    assert messages_of(path) == [
        "its field 'Source' is on no card and is not converted: 'Larousse'"
    ]
    assert [q[:2] for q in questions_of(path)] == [("chat", "cat"), ("cat", "chat")]


def test_page_chapter_and_url_fields_are_the_citation(tmp_path: Path) -> None:
    model = note_type(
        "Textbook",
        ["Question", "Answer", "Pages", "Chapter", "Link"],
        [("{{Question}}", "{{Answer}}<br>p. {{Pages}}, {{Chapter}}<br>{{Link}}")],
    )
    path = legacy_package(
        tmp_path / "t.apkg",
        model,
        [
            ["Unit of force?", "newton", "45-47", "2. Dynamics", "https://example.org/f"],
            ["Unit of power?", "watt", "a whole paragraph, not a page at all", "", "no url"],
        ],
    )
    excerpts = convert(path, deck_id="shared").compiled.deck.excerpts
    cited = excerpts[0].source
    assert (cited.pages, cited.chapter) == ("45–47", "2. Dynamics")
    assert cited.url == "https://example.org/f"
    assert excerpts[0].text == "Unit of force?"
    # What cannot be a citation stays the excerpt's text, as the card showed it.
    assert excerpts[1].source.pages == "unknown"
    assert "a whole paragraph, not a page at all" in excerpts[1].text


def test_a_suspended_card_is_named_and_converted(tmp_path: Path) -> None:
    model = note_type("Basic", ["Front", "Back"], [("{{Front}}", "{{Back}}")])
    path = legacy_package(
        tmp_path / "s.apkg",
        model,
        [["Capital of Malta?", "Valletta"], ["Capital of Cyprus?", "Nicosia"]],
        cards=[(0, 0, 0), (1, 0, -1)],
    )
    assert [q[1] for q in questions_of(path)] == ["Valletta", "Nicosia"]
    assert messages_of(path) == ["card 1 is suspended in Anki; converted all the same"]


def test_a_note_type_without_templates_is_named(tmp_path: Path) -> None:
    path = legacy_package(
        tmp_path / "n.apkg",
        note_type("Broken", ["Front", "Back"], []),
        [["q", "a"]],
        cards=[(0, 0, 0)],
    )
    with pytest.raises(NothingConverted) as raised:
        convert(path)
    assert [note.message for note in raised.value.notes] == [
        "its note type 'Broken' has no card templates; left out"
    ]


def test_a_question_two_notes_ask_is_named(tmp_path: Path) -> None:
    model = note_type(
        "Basic and reversed",
        ["Front", "Back"],
        [("{{Front}}", "{{Back}}"), ("{{Back}}", "{{Front}}")],
    )
    path = legacy_package(
        tmp_path / "d.apkg",
        model,
        [["der Hund", "the dog"], ["der Köter", "The  dog"], ["die Katze", "the cat"]],
    )
    # Asked twice with other answers, the learner would be marked wrong on one card.
    assert messages_of(path) == [
        "asks 'The dog' as note 1 does, with another answer: 'der Köter' here, 'der Hund' there"
    ]
    assert len(questions_of(path)) == 6
