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
    *("Which Japanese admiral planned it?", "Which Pacific island fell?", "Which young poet?"),
    *("The Croatian seismologist [...] wrote it.", "[...] proposed it. His idea won."),
    *("What 3 kings?", "¿Who?", "Ｗho?", "Wĥo was it?", "who", "In which poets"),
    # In the other languages a deck is written in, asked as a question.
    *("¿Quién ganó la batalla?", "¿A quién venció Sucre?", "Qui a écrit Candide ?"),
    *("Wer schrieb Faust?", "Mit wem?", "Chi ha scritto?", "Chi-squared is what?", "Qui"),
]


@given(
    st.one_of(
        st.sampled_from([*PROMPTS, "", "  who", "WHO is it", "Which 3 kings?", "'Who?"]),
        st.text(alphabet="WwHhOoIiCcTtAaQqUuEeRr ’'.é?¿\n", max_size=14),
    )
)
def test_an_opening_asks_as_the_whole_prompt_does(prompt: str) -> None:
    assert asks_who(prompt) is reference_asks_who(prompt)


def test_who_in_another_language_asks_for_a_person_only_in_a_question() -> None:
    assert asks_who("¿Quién ganó la batalla de Boyacá?")
    assert asks_who("Wer schrieb den Faust?")
    assert asks_who("¿A quién venció Sucre?")
    assert not asks_who("Chi-squared tests compare what?")
    assert not asks_who("Qui")  # no question


def test_a_field_for_people_asks_for_a_person_whatever_its_prompt() -> None:
    assert asks_for_person("who", "")
    assert asks_for_person("place", "Which poet wrote it?")
    # A calling a history asks by: "Anderson" was refused for "Which pilot …?".
    assert asks_for_person("place", "Which pilot was shot down over Cuba?")
    assert not asks_for_person("place", "Where was it?")


def test_a_person_named_by_whom_they_stand_to_is_asked_for() -> None:
    assert asks_who("Which opponent of Caesar killed himself at Utica?")
    assert asks_who("Which rival of Caesar fled to Egypt?")
    assert asks_who("Which brother took up the reforms?")
    assert asks_who("Which wives outlived Henry?")
    assert not asks_who("Which river did Caesar cross?")


def test_a_person_noun_after_a_word_describing_it_is_asked_for() -> None:
    assert asks_who("Which Japanese admiral planned the attack?")
    assert asks_who("What French king was beheaded?")
    assert asks_who("Which young poet died at Missolonghi?")
    assert asks_who("Which President signed it?")  # the noun itself, capitalised
    assert not asks_who("Which Pacific island fell first?")
    assert not asks_who("Which old road led there?")


def test_a_rank_that_is_a_common_word_asks_for_no_person() -> None:
    assert not asks_who("Which major city fell first?")
    assert not asks_who("Which grand duchy joined?")
    assert asks_who("Which earl led the rising?")
    assert asks_who("Which brigadier held the ridge?")
