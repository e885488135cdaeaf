"""Whatever text a bank holds, the deck written compiles: items it cannot hold are left out
with a warning, never written broken, and never a crash."""

from __future__ import annotations

import dataclasses

import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.interop import deck_yaml
from trainer.interop.bank import Bank, BankItem, BankQuestion, NothingConverted
from trainer.interop.deck_yaml import write_deck

TEXT = st.text(max_size=40)
QUESTIONS = st.builds(
    BankQuestion,
    prompt=TEXT,
    answer=TEXT,
    accept=st.lists(TEXT, max_size=2).map(tuple),
    distractors=st.lists(TEXT, max_size=3).map(tuple),
    hint=TEXT,
)
ITEMS = st.builds(
    BankItem,
    key=TEXT,
    where=st.just("bank.txt:1:1"),
    questions=st.lists(QUESTIONS, max_size=2).map(tuple),
    text=TEXT,
    cloze=st.booleans(),
    page=TEXT,
    tags=st.lists(TEXT, max_size=2).map(tuple),
    comment=TEXT,
)


@settings(max_examples=150)
@given(items=st.lists(ITEMS, min_size=1, max_size=4), title=TEXT)
def test_the_deck_written_always_compiles(items: list[BankItem], title: str) -> None:
    bank = Bank(source="bank.txt", title=title, items=items)
    try:
        converted = write_deck(bank, name="bank.yaml", deck_id="bank", title=title)
    except NothingConverted as nothing:
        assert len(nothing.notes) >= len(items)
        return
    again = compile_loaded(load_deck_bytes("bank.yaml", converted.yaml_text.encode("utf-8")))
    assert [c.id for c in again.cards] == [c.id for c in converted.compiled.cards]
    left_out = [note for note in converted.notes if note.message.startswith("left out")]
    assert len(converted.compiled.deck.excerpts) + len(left_out) == len(items)


@settings(max_examples=150)
@given(item=ITEMS, tolerance=st.none() | st.floats(0.001, 1e6))
def test_the_least_size_of_an_excerpt_is_never_more_than_its_yaml(
    item: BankItem, tolerance: float | None
) -> None:
    """The size bound that refuses a bank too large for a deck file before writing it
    must never refuse one that fits: YAML writes an excerpt in no fewer characters."""
    if tolerance is not None and item.questions:
        first = dataclasses.replace(item.questions[0], type="number", tolerance=tolerance)
        item = dataclasses.replace(item, questions=(first, *item.questions[1:]))
    excerpt = deck_yaml._excerpt(item, "an-id", [])
    assert deck_yaml._least_size(excerpt) <= len(deck_yaml._dump([excerpt]))


# Text of every kind the emitters treat apart: YAML's indicators, quotes, spaces at either
# end, controls, line breaks of every kind, characters past U+FFFF, and lines long enough
# to fold.
YAML_TEXT = (
    st.text(max_size=120)
    | st.text(
        alphabet=" \n\t\r\x85\u2028\ufeff\xa0\x00\x1b\x7f:#-'\"{}[]|>&*!%@`,?~é—’", max_size=60
    )
    | st.text(alphabet=" abc-.:", min_size=90, max_size=300)
)
EXCERPT_SHAPES = st.lists(
    st.fixed_dictionaries(
        {
            "id": YAML_TEXT,
            "text": YAML_TEXT,
            "page": st.integers() | YAML_TEXT,
            "questions": st.lists(
                st.fixed_dictionaries({"q": YAML_TEXT, "a": st.lists(YAML_TEXT, max_size=3)}),
                max_size=2,
            ),
        }
    ),
    max_size=2,
)


@settings(max_examples=400)
@given(value=EXCERPT_SHAPES)
def test_libyaml_writes_what_the_python_emitter_writes(value: list[dict[str, object]]) -> None:
    """The fast emitter is used only where its YAML is the Python emitter's, byte for byte."""
    slow = yaml.dump(
        value, Dumper=deck_yaml._Dumper, sort_keys=False, allow_unicode=True, width=100, indent=2
    )
    assert deck_yaml._dump(value) == slow
    if deck_yaml._fast_emitter_writes(value):
        assert yaml.safe_load(slow) == value


def test_text_past_u_ffff_and_line_breaks_are_written_as_an_instructor_reads_them() -> None:
    written = deck_yaml._dump([{"q": "Which symbol is 🜍?", "text": "line one\nline two"}])
    assert "🜍" in written
    assert "text: |-\n    line one\n    line two\n" in written
