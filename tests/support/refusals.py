"""The one-line refusal a bank reader gives for a package or file it will not read."""

from __future__ import annotations

from pathlib import Path

import pytest

from trainer.interop.bank import InteropError
from trainer.interop.sources import read_bank


def refusal(path: Path) -> str:
    """The message `read_bank` refuses `path` with: one line, never a traceback."""
    with pytest.raises(InteropError) as raised:
        read_bank(path)
    message = str(raised.value)
    assert "\n" not in message
    return message
