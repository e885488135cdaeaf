"""A prompt asks for a person as its opening words say, told as the plain reading tells it:
each opening folded once, a prompt opening with a letter other than "w" at once."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.reference_accepted import reference_asks_who
from trainer.core.generate.asking_people import asks_for_person, asks_who

PROMPTS = [
    *("Who flew first?", "Whom did he meet?", "Which two poets met?", "What city?"),
    *("Which president signed it?", "When was it?", "Whose idea was it?", "Which?"),
    *("The Croatian seismologist [...] wrote it.", "[...] proposed it. His idea won."),
    *("What 3 kings?", "¿Who?", "Ｗho?", "Wĥo was it?", "who", "In which poets"),
]


@given(
    st.one_of(
        st.sampled_from([*PROMPTS, "", "  who", "WHO is it", "Which 3 kings?", "'Who?"]),
        st.text(alphabet="WwHhOoIiCcTtAa ’'.é\n", max_size=14),
    )
)
def test_an_opening_asks_as_the_whole_prompt_does(prompt: str) -> None:
    assert asks_who(prompt) is reference_asks_who(prompt)


def test_a_field_for_people_asks_for_a_person_whatever_its_prompt() -> None:
    assert asks_for_person("who", "")
    assert asks_for_person("place", "Which poet wrote it?")
    assert not asks_for_person("place", "Where was it?")
