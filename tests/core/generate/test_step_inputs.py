"""What a generation step reads: the content its key digests sees every field of the
model, and none of the places, which its cards' origins move by."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings

from tests.core.generate.test_steps import decks
from trainer.core.authored import Chronology, Deck, Excerpt, Fact, Question
from trainer.core.generate.distractors import Shortfall
from trainer.core.generate.step_inputs import excerpt_content, excerpt_places
from trainer.core.model import Diagnostic, Location, SourceRef


# The digests and the codec spell these models' fields out: a field added to one of them
# must be added there too, or an edit of it would go unseen.
@pytest.mark.parametrize(
    ("model", "fields"),
    [
        (
            Excerpt,
            "id text source location title tags auto_cloze facts questions text_location"
            " text_inline title_location cloze_accept cloze_accept_locations",
        ),
        (Fact, "id excerpt_id values location tags field_locations accepts"),
        (Chronology, "id fact_ids location prompt label date_field tags"),
        (
            Question,
            "slot prompt answer location accept type tolerance hint distractors draw"
            " draw_tags choices tags",
        ),
        (SourceRef, "pages chapter url"),
        (Location, "path line column"),
        (Diagnostic, "location severity message"),
        (Shortfall, "needed found"),
    ],
)
def test_the_fields_the_digests_and_codec_name_are_the_models(model: type, fields: str) -> None:
    assert [field.name for field in dataclasses.fields(model)] == fields.split()


@settings(max_examples=20, deadline=None)
@given(deck=decks())
def test_an_excerpt_digest_sees_every_field(deck: Deck) -> None:
    excerpt = deck.excerpts[0]
    for changed in (
        dataclasses.replace(excerpt, title="Another"),
        dataclasses.replace(excerpt, tags=("x",)),
        dataclasses.replace(excerpt, source=SourceRef(url="u")),
        dataclasses.replace(excerpt, text_inline=not excerpt.text_inline),
    ):
        assert excerpt_content(changed) != excerpt_content(excerpt)
    moved = dataclasses.replace(excerpt, location=Location("other.yaml", 1, 1))
    assert excerpt_content(moved) == excerpt_content(excerpt)
    assert excerpt_places(moved) != excerpt_places(excerpt)
