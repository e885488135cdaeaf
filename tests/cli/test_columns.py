"""Command-line tables line up as the terminal shows them: escapes and wide characters."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st
from rich.cells import cell_len

from trainer.cli.columns import aligned_table
from trainer.core.untrusted import first_forbidden


def _column_starts(line: str, cells: list[str]) -> list[int]:
    starts, at = [], 0
    for cell in cells:
        at = line.index(cell, at)
        starts.append(cell_len(line[:at]))
        at += len(cell)
    return starts


def test_a_title_with_a_control_is_measured_as_its_escape() -> None:
    table = aligned_table(
        ("id", "title", "cards"),
        [("a", "Red \x1b[31mtitle", "12"), ("b", "Plain", "3")],
        numeric=frozenset({2}),
    )
    lines = table.splitlines()
    assert "\x1b" not in table and "\\x1b" in lines[1]
    assert {len(line) for line in lines} == {len(lines[1])}
    assert lines[1].endswith("12") and lines[2].endswith(" 3")


def test_wide_characters_take_two_columns() -> None:
    table = aligned_table(
        ("id", "title", "file"),
        [("jp", "日本史", "a.yaml"), ("en", "History", "b.yaml")],
        numeric=frozenset(),
    )
    _, first, second = table.splitlines()
    assert (
        _column_starts(first, ["jp", "日本史", "a.yaml"])[2]
        == _column_starts(second, ["en", "History", "b.yaml"])[2]
    )


_NO_BAR = st.text(st.characters(blacklist_characters="|"), max_size=12)


@given(st.lists(st.tuples(_NO_BAR, _NO_BAR), min_size=1, max_size=5))
def test_the_second_column_starts_at_the_same_place_on_every_line(
    rows: list[tuple[str, str]],
) -> None:
    table = aligned_table(
        ("left|", "|right"), [(a + "|", "|" + b) for a, b in rows], numeric=frozenset()
    )
    lines = table.splitlines()
    assert len(lines) == len(rows) + 1
    assert all(first_forbidden(line) is None and "\x1b" not in line for line in lines)
    starts = {cell_len(line[: line.index("|", line.index("|") + 1)]) for line in lines}
    assert len(starts) == 1
