"""What a generation step reads: the content its key digests sees every field of the
model, and none of the places, which its cards' origins move by."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import given, settings

from tests.core.generate.test_steps import decks
from trainer.core.authored import Chronology, Deck, Excerpt, Fact, Question
from trainer.core.generate.distractors import Shortfall
from trainer.core.generate.step_inputs import content_digest, excerpt_content, excerpt_places
from trainer.core.model import AnswerType, Diagnostic, Location, SourceRef


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


@settings(max_examples=20, deadline=None)
@given(deck=decks())
def test_a_content_digest_tells_contents_apart_as_their_values_do(deck: Deck) -> None:
    excerpt = deck.excerpts[0]
    # Equal contents built apart (no string shared with the original) digest alike.
    rebuilt = dataclasses.replace(excerpt, text="".join(list(excerpt.text)), id=excerpt.id[:])
    assert content_digest(rebuilt) == content_digest(excerpt)
    assert content_digest(dataclasses.replace(excerpt, location=Location("x.yaml", 9, 9))) == (
        content_digest(excerpt)
    )
    other_flag = {None: True, True: False, False: None}[excerpt.auto_cloze]
    for changed in (
        dataclasses.replace(excerpt, text=excerpt.text + " "),
        dataclasses.replace(excerpt, auto_cloze=other_flag),
        dataclasses.replace(excerpt, tags=(*excerpt.tags, "x")),
    ):
        assert content_digest(changed) != content_digest(excerpt)


def test_a_question_type_and_a_value_marshal_cannot_write_are_digested() -> None:
    question = Question("q1", "When?", "1926", Location("a.yaml", 3, 3))
    excerpt = Excerpt("e", "Text of 1926.", SourceRef("1"), Location("a.yaml", 1, 1))
    asked = dataclasses.replace(excerpt, questions=(question,))
    typed = dataclasses.replace(
        excerpt, questions=(dataclasses.replace(question, type=AnswerType.YEAR),)
    )
    assert len({content_digest(asked), content_digest(typed)}) == 2

    class Odd(str):
        """A string of a type of its own, which marshal refuses."""

    odd = dataclasses.replace(excerpt, tags=(Odd("x"),))
    assert content_digest(odd) != content_digest(excerpt)
    assert content_digest(odd) == content_digest(dataclasses.replace(excerpt, tags=(Odd("x"),)))
