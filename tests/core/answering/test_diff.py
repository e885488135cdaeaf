"""Character diffs for highlighting: the segments rebuild both strings and ignore folding."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.answering.diff import DiffSegment, diff_segments


def test_a_typo_is_one_replaced_letter() -> None:
    assert diff_segments("Kuibyshev", "kuybyshev") == [
        DiffSegment("equal", "Ku", "ku"),
        DiffSegment("replace", "i", "y"),
        DiffSegment("equal", "byshev", "byshev"),
    ]


def test_missing_and_extra_letters() -> None:
    assert diff_segments("Kazan", "Kazn") == [
        DiffSegment("equal", "Kaz", "Kaz"),
        DiffSegment("delete", "a", ""),
        DiffSegment("equal", "n", "n"),
    ]
    assert diff_segments("Kazan", "Kazzan") == [
        DiffSegment("equal", "Kaz", "Kaz"),
        DiffSegment("insert", "", "z"),
        DiffSegment("equal", "an", "an"),
    ]


def test_case_accents_and_punctuation_are_not_mistakes() -> None:
    assert [s.op for s in diff_segments("Élan-vital", "elan vital")] == ["equal"]
    assert [s.op for s in diff_segments("Élan", "elan", ignore_folding=False)] == [
        "replace",
        "equal",
    ]


def test_empty_sides() -> None:
    assert diff_segments("", "") == []
    assert diff_segments("abc", "") == [DiffSegment("delete", "abc", "")]
    assert diff_segments("", "abc") == [DiffSegment("insert", "", "abc")]


@given(st.text(max_size=40), st.text(max_size=40), st.booleans())
def test_segments_rebuild_both_strings(expected: str, typed: str, ignore: bool) -> None:
    segments = diff_segments(expected, typed, ignore_folding=ignore)
    assert "".join(s.expected for s in segments) == unicodedata.normalize("NFC", expected)
    assert "".join(s.typed for s in segments) == unicodedata.normalize("NFC", typed)
    for segment in segments:
        assert segment.op in ("equal", "insert", "delete", "replace")
        assert (segment.expected == "") == (segment.op == "insert")
        assert (segment.typed == "") == (segment.op == "delete")
        if segment.op == "equal" and not ignore:
            assert segment.expected == segment.typed


@given(st.text(max_size=40))
def test_identical_strings_are_one_equal_segment(text: str) -> None:
    segments = diff_segments(text, text)
    assert all(s.op == "equal" for s in segments)


@settings(max_examples=40)
@given(
    st.text(alphabet="AB 1/é", min_size=201, max_size=600),
    st.text(alphabet="AB 1/é", min_size=201, max_size=600),
    st.booleans(),
)
def test_long_texts_are_compared_alike_in_linear_time(
    expected: str, typed: str, ignore: bool
) -> None:
    # A deck from anyone may hold a 1,000-character answer that repeats itself, against
    # which the longest-match search took seconds: past 40,000 pairs of characters the
    # texts' shared start and end are equal and the rest between is one change.
    test_segments_rebuild_both_strings.hypothesis.inner_test(expected, typed, ignore)  # type: ignore[attr-defined]
    segments = diff_segments(expected, typed, ignore_folding=ignore)
    assert len(segments) <= 3


def test_a_long_answer_typed_with_one_slip_keeps_its_start_and_end_equal() -> None:
    answer = "A B " * 60 + "Rathenau"
    segments = diff_segments(answer, "A B " * 60 + "Ratenau")
    assert segments == [
        DiffSegment("equal", "A B " * 60 + "Rat", "A B " * 60 + "Rat"),
        DiffSegment("delete", "h", ""),
        DiffSegment("equal", "enau", "enau"),
    ]
