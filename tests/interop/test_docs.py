"""docs/interchange.md stays true: the text headers, the limits and the commands it names."""

from __future__ import annotations

import re
from pathlib import Path

from trainer.interop import anki_collection, anki_read, archive
from trainer.interop.anki_text import HEADERS

DOC = (Path(__file__).resolve().parents[2] / "docs" / "interchange.md").read_text(encoding="utf-8")


def test_the_text_headers_are_the_ones_written() -> None:
    blocks = re.findall(r"```text\n(#separator.*?)```", DOC, flags=re.DOTALL)
    assert blocks == ["\n".join(HEADERS) + "\n"]


def test_the_limits_are_the_ones_enforced() -> None:
    assert f"more than {archive.MAX_MEMBERS:,} members" in DOC
    assert f"more than {anki_collection.MAX_NOTES:,} notes" in DOC
    assert f"more than {anki_collection.MAX_NOTES_TEXT // 2**20} MiB of text" in DOC
    assert f"the collection {anki_read.MAX_COLLECTION // 2**30} GiB" in DOC
    assert f"the media list {anki_read.MAX_MEDIA_LIST // 2**20} MiB" in DOC
    assert f"`meta` {anki_read.MAX_META // 2**20} MiB" in DOC
    assert f"past {archive.RATIO_FROM // 2**20} MiB a member" in DOC
    assert f"no more than {archive.MAX_RATIO} times its packed size" in DOC
    assert f"value longer than {anki_collection.MAX_VALUE // 2**20} MiB" in DOC
