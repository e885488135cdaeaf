"""A hostile Anki package: a card's template number outside its note type's templates."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.anki_legacy import legacy_package, note_type
from trainer.interop.bank import InteropError
from trainer.interop.sources import convert

_BASIC = note_type("Basic", ["Front", "Back"], [("{{Front}}", "{{FrontSide}}<hr>{{Back}}")])


def _package(path: Path, ordinals: list[int]) -> Path:
    """A legacy .apkg of one Basic note whose cards have these template numbers."""
    note = ["Which town got the aviation school?", "Lipetsk"]
    return legacy_package(path, _BASIC, [note], cards=[(0, ordinal, 0) for ordinal in ordinals])


@pytest.mark.parametrize("ordinal", [-1, -5, 7])
def test_a_card_with_no_template_of_its_number_is_left_out_with_a_warning(
    tmp_path: Path, ordinal: int
) -> None:
    # A negative number indexed from the end: -1 took the last template, -5 crashed.
    package = _package(tmp_path / "bank.apkg", [0, ordinal])
    converted = convert(package, deck_id="weimar")
    assert [card.answer.text for card in converted.compiled.cards] == ["Lipetsk"]
    assert any("has no template in its note type" in note.message for note in converted.notes)
    with pytest.raises(InteropError, match="no question could be converted"):
        convert(_package(tmp_path / "only.apkg", [ordinal]), deck_id="weimar")
