"""Damaging a collection the way disks do: one page overwritten, the rest intact."""

from __future__ import annotations

import hashlib
import sqlite3
from contextlib import closing
from pathlib import Path


def damage_index_page(path: Path, index: str = "reviews_by_day") -> int:
    """Overwrite the cells of an index's root page; returns the page number.

    The schema (page 1) survives, so the collection still opens and most queries work:
    only `PRAGMA quick_check`, or a query through that index, finds the damage. The
    file must be closed (no -wal beside it).
    """
    with closing(sqlite3.connect(path)) as conn:
        page_size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        row = conn.execute(
            "SELECT rootpage FROM sqlite_master WHERE type = 'index' AND name = ?", (index,)
        ).fetchone()
    assert row is not None, f"no index {index}"
    page = int(row[0])
    data = bytearray(path.read_bytes())
    start = (page - 1) * page_size
    # Keep the 8-byte page header, scribble over the cell pointers and cells.
    data[start + 8 : start + page_size] = b"\xa5" * (page_size - 8)
    path.write_bytes(bytes(data))
    return page


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
