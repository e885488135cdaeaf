"""Tests of the warning about hand-written cloze answers that their own card still shows."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.model import Location

WHEAT = "to export {{c2::wheat}}, the wheat that paid for {{c1::the goods}}."


def test_an_answer_printed_next_to_its_blank_is_warned_about_at_the_deletion(
    make: type[Make],
) -> None:
    excerpt = make.excerpt("x", WHEAT, text_location=make.loc(7, 11), text_inline=True)
    (warning,) = make.warnings(make.deck(excerpt))
    assert warning.location == Location("deck.yaml", 7, 11 + WHEAT.index("{{c2"))
    assert "c2" in warning.message and "'wheat'" in warning.message


def test_another_form_of_the_answer_gives_it_away_too(make: type[Make]) -> None:
    text = "The {{c1::Russians}} let Germany train officers inside Soviet Russia."
    (warning,) = make.warnings(make.deck(make.excerpt("x", text)))
    assert "'Russia'" in warning.message


def test_a_compound_or_a_word_of_the_same_long_stem_gives_an_answer_away(
    make: type[Make],
) -> None:
    text = "He took matter from cowpox sores; vacca is Latin for a {{c1::cow}}."
    (warning,) = make.warnings(make.deck(make.excerpt("x", text)))
    assert "'cowpox'" in warning.message
    text = "The mould was {{c1::Penicillium notatum}}; he called its juice {{c2::penicillin}}."
    warnings = make.warnings(make.deck(make.excerpt("x", text)))
    assert [
        "'penicillin' gives" in w.message or "'Penicillium' gives" in w.message for w in warnings
    ] == [True, True]


def test_a_key_word_of_a_longer_answer_gives_it_away(make: type[Make]) -> None:
    text = "They formed ‘an {{c1::unnatural alliance}}’; the alliance toppled Prussia."
    (warning,) = make.warnings(make.deck(make.excerpt("x", text)))
    assert "'alliance'" in warning.message


def test_the_same_answer_under_another_number_is_visible_on_this_card(make: type[Make]) -> None:
    text = "In {{c1::1926}} Lipetsk opened; by {{c2::1926}} it trained pilots."
    warnings = make.warnings(make.deck(make.excerpt("x", text)))
    assert [w.message.split("'")[0] for w in warnings] == ["cloze c1", "cloze c2"]


def test_deletions_that_share_a_number_hide_each_other(make: type[Make]) -> None:
    text = "In {{c1::1926}} Lipetsk opened; by {{c1::1926}} it trained pilots at {{c2::Lipetsk}}."
    warnings = make.warnings(make.deck(make.excerpt("x", text)))
    assert [w.message.split("'")[0] for w in warnings] == ["cloze c2"]


def test_a_blank_whose_answer_appears_nowhere_else_is_quiet(make: type[Make]) -> None:
    text = "In {{c1::1926}} Germany set up a school at {{c2::Lipetsk}} for pilots."
    assert make.warnings(make.deck(make.excerpt("x", text))) == []
    common = "Several {{c1::Mensheviks}} joined the Red Army; the army grew."
    assert make.warnings(make.deck(make.excerpt("y", common))) == []
