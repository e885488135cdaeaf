"""Text tables for the command line, aligned as the terminal will show them.

A cell is made printable before it is measured: a deck title holding a control character
is printed as its escape (`\\x1b`, four columns), and a wide character (a CJK title, an
emoji) takes two columns, so padding by `len` of the raw text would skew every column
after it.
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.cells import cell_len

from trainer.core.untrusted import printable


def shown_cell(value: str) -> str:
    """`value` as one line the terminal shows as it is: controls and breaks escaped."""
    return printable(value, one_line=True)


def padded(cell: str, width: int, *, right: bool = False) -> str:
    """An already printable `cell`, padded with spaces to `width` terminal columns."""
    fill = " " * max(0, width - cell_len(cell))
    return fill + cell if right else cell + fill


def aligned_table(
    header: Sequence[str], rows: Sequence[Sequence[str]], *, numeric: frozenset[int]
) -> str:
    """`header` and `rows` as lines of columns two spaces apart, the `numeric` columns
    right-aligned; trailing spaces trimmed."""
    shown = [[shown_cell(cell) for cell in row] for row in [header, *rows]]
    widths = [max(cell_len(row[i]) for row in shown) for i in range(len(header))]
    lines = [
        "  ".join(
            padded(cell, widths[i], right=i in numeric) for i, cell in enumerate(row)
        ).rstrip()
        for row in shown
    ]
    return "\n".join(lines)
