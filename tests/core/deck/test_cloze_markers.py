"""Tests of cloze marker parsing and rendering."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.deck.cloze_markers import (
    MAX_DELETIONS,
    ClozeDeletion,
    parse_cloze,
    plain_text,
)
from trainer.core.model import MAX_ANSWER_LENGTH

TEXT = "In March {{c1::1926}} they agreed on {{c2::Lipetsk::town}} and {{c1::Kazan}}."


def test_deletions_carry_number_text_hint_and_offsets() -> None:
    parsed = parse_cloze(TEXT)
    assert parsed.problems == ()
    first, second, third = parsed.deletions
    assert first == ClozeDeletion(1, "1926", "", 9, 21)
    assert TEXT[first.start : first.end] == "{{c1::1926}}"
    assert (second.number, second.text, second.hint) == (2, "Lipetsk", "town")
    assert TEXT[second.start : second.end] == "{{c2::Lipetsk::town}}"
    assert third.number == 1
    assert parsed.numbers == (1, 2)
    assert [d.text for d in parsed.deletions_numbered(1)] == ["1926", "Kazan"]


def test_render_blanks_one_number_and_fills_the_others() -> None:
    parsed = parse_cloze(TEXT)
    assert parsed.render(1) == "In March [...] they agreed on Lipetsk and [...]."
    assert parsed.render(2) == "In March 1926 they agreed on [town] and Kazan."
    assert parsed.plain() == "In March 1926 they agreed on Lipetsk and Kazan."


def test_plain_with_marker_spans_points_at_the_filled_in_text() -> None:
    plain, spans = parse_cloze(TEXT).plain_with_marker_spans()
    assert [plain[a:b] for a, b in spans] == ["1926", "Lipetsk", "Kazan"]


def test_text_without_markers_has_none() -> None:
    parsed = parse_cloze("Plain { braces } and } stay.")
    assert parsed.deletions == () and parsed.problems == ()
    assert not parsed.has_markers
    assert parsed.plain() == "Plain { braces } and } stay."


def test_numbers_sort_numerically() -> None:
    parsed = parse_cloze("{{c10::ten}} {{c2::two}} {{c1::one}}")
    assert parsed.numbers == (1, 2, 10)


def test_an_empty_deletion_is_a_problem_at_its_offset() -> None:
    text = "Before {{c1::}} after {{c2::  }}"
    parsed = parse_cloze(text)
    assert parsed.deletions == ()
    assert [(p.offset, p.message) for p in parsed.problems] == [
        (7, "cloze deletion c1 is empty"),
        (22, "cloze deletion c2 is empty"),
    ]
    assert parsed.has_markers


def test_an_unclosed_marker_is_a_problem_and_earlier_deletions_survive() -> None:
    text = "{{c1::fine}} then {{c2::never closed"
    parsed = parse_cloze(text)
    assert [d.text for d in parsed.deletions] == ["fine"]
    assert len(parsed.problems) == 1
    assert parsed.problems[0].offset == text.index("{{c2")
    assert "never closed" in parsed.problems[0].message


def test_malformed_nested_and_zero_markers_are_problems() -> None:
    malformed = parse_cloze("at {{c1:Lipetsk}}")
    assert malformed.problems[0].offset == 3
    assert "malformed cloze marker '{{c1:Lipetsk}}'" in malformed.problems[0].message
    nested = parse_cloze("{{c1::a {{c2::b}}")
    assert "nested" in nested.problems[0].message
    zero = parse_cloze("{{c0::x}}")
    assert "c0" in zero.problems[0].message
    assert zero.deletions == ()


def test_hint_and_text_are_stripped() -> None:
    (deletion,) = parse_cloze("{{c3:: Kazan :: town }}").deletions
    assert (deletion.text, deletion.hint, deletion.blank) == ("Kazan", "town", "[town]")


words = st.text(alphabet="abcdefghij ", min_size=1, max_size=12).filter(lambda s: s.strip())


@given(st.lists(st.tuples(st.text(alphabet="xyz .,", max_size=8), words), max_size=6))
def test_plain_text_is_the_markers_with_their_text(pieces: list[tuple[str, str]]) -> None:
    raw = "".join(f"{before}{{{{c{i + 1}::{inner}}}}}" for i, (before, inner) in enumerate(pieces))
    parsed = parse_cloze(raw)
    assert parsed.problems == ()
    assert parsed.plain() == "".join(f"{before}{inner.strip()}" for before, inner in pieces)
    for deletion in parsed.deletions:
        assert raw[deletion.start : deletion.end].startswith(f"{{{{c{deletion.number}::")


@given(st.lists(st.sampled_from(["Kazan", " ", "{{c1::", "}}", "::hint", "{{", "{", "}"])))
def test_plain_text_is_the_cloze_text_filled_in(pieces: list[str]) -> None:
    text = "".join(pieces)
    assert plain_text(text) == parse_cloze(text).plain()


def test_quotation_marks_around_a_deletion_belong_to_the_sentence() -> None:
    for opening, closing in [('"', '"'), ("“", "”"), ("'", "'"), ("«", "»")]:
        cloze = parse_cloze(f"the {{{{c3::{opening}Pastoral{closing}}}}} symphony")
        assert cloze.deletions[0].text == "Pastoral"
        assert cloze.render(3) == f"the {opening}[...]{closing} symphony"
        assert cloze.plain() == f"the {opening}Pastoral{closing} symphony"
    assert parse_cloze('{{c1::"A" and "B"}}').deletions[0].text == '"A" and "B"'
    assert parse_cloze("the {{c1::'90s}}").deletions[0].text == "'90s"


def test_a_deletion_longer_than_a_typed_answer_is_a_problem() -> None:
    longest = "word " * (MAX_ANSWER_LENGTH // 5)
    fits = parse_cloze(f"It was {{{{c1::{longest.strip()}}}}}.")
    assert fits.problems == () and len(fits.deletions) == 1
    too_long = parse_cloze(f"It was {{{{c1::{longest}more}}}} and {{{{c2::Rapallo}}}}.")
    assert [problem.offset for problem in too_long.problems] == [7]
    assert "at most 1,000" in too_long.problems[0].message
    assert [deletion.text for deletion in too_long.deletions] == ["Rapallo"]


def test_an_excerpt_holds_at_most_so_many_deletions() -> None:
    # 10,000 deletions in one excerpt took a minute to check: each is looked for
    # through the whole text. Past the limit, one problem, and no more deletions read.
    text = " ".join(f"{{{{c{n}::w{n}}}}}" for n in range(1, MAX_DELETIONS + 3))
    parsed = parse_cloze(text)
    assert len(parsed.deletions) == MAX_DELETIONS
    (problem,) = parsed.problems
    assert problem.offset == text.index(f"{{{{c{MAX_DELETIONS + 1}::")
    assert f"at most {MAX_DELETIONS} cloze deletions" in problem.message
    assert parse_cloze(" ".join(["{{c1::x}}"] * MAX_DELETIONS)).problems == ()
