"""Generation pauses the cyclic garbage collector while it runs, and leaves it as it was."""

from __future__ import annotations

import gc

import pytest

from trainer.core.authored import Deck
from trainer.core.generate import generate_deck
from trainer.core.model import Location


@pytest.mark.parametrize("enabled", [True, False])
def test_the_collector_is_left_as_it_was(enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        generate_deck(Deck("d", "D", Location("d.yaml")))
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()
