"""Tests of option picking: written distractors first, then drawn tiers, never a duplicate."""

from __future__ import annotations

import random

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.normalise import fold
from trainer.core.generate.distractors import Options, Shortfall, case_is_meaning, pick_options
from trainer.core.generate.option_rules import signed_fold

values = st.lists(st.text(alphabet="abAB é.", min_size=1, max_size=5), max_size=15)


def test_pick_options_puts_written_first_then_drawn() -> None:
    options = pick_options(
        random.Random(3),
        answer="Kazan",
        written=["Berlin", "berlin"],
        drawn=[["Lipetsk", "Moscow", "Tomka"]],
        count=3,
    )
    assert isinstance(options, Options)
    assert set(options.choices) == {"Kazan", "Berlin", "Lipetsk"}
    assert options.choices[options.right] == "Kazan"
    assert not options.widened


def test_a_later_tier_is_used_only_when_the_earlier_runs_out() -> None:
    narrow = pick_options(random.Random(0), answer="A", drawn=[["B", "C"], ["D", "E"]], count=3)
    wide = pick_options(random.Random(0), answer="A", drawn=[["B"], ["D", "E"]], count=3)
    assert isinstance(narrow, Options) and isinstance(wide, Options)
    assert set(narrow.choices) == {"A", "B", "C"} and not narrow.widened
    assert set(wide.choices) == {"A", "B", "D"} and wide.widened


def test_pick_options_reports_how_many_were_needed_and_found() -> None:
    result = pick_options(random.Random(0), answer="Kazan", written=["Kazan", "Moscow"], count=4)
    assert result == Shortfall(needed=3, found=1)


def test_pick_options_excludes_accepted_alternatives() -> None:
    result = pick_options(
        random.Random(0),
        answer="Kazan",
        alternatives=["Kasan"],
        drawn=[["Kasan", "Lipetsk"]],
        count=3,
    )
    assert result == Shortfall(needed=2, found=1)


@given(values, values, st.integers(2, 6), st.integers())
def test_options_are_distinct_and_hold_the_answer_once(
    written: list[str], drawn: list[str], count: int, seed: int
) -> None:
    result = pick_options(
        random.Random(seed), answer="zz", written=written, drawn=[drawn], count=count
    )
    if isinstance(result, Shortfall):
        distinct = {signed_fold(v) for v in [*written, *drawn]} - {"", "zz"}
        assert len(distinct) < count - 1
        return
    # Values that differ only by a sign ("A", "A-") are distinct options.
    folded = [signed_fold(choice) for choice in result.choices]
    assert len(result.choices) == count
    assert len(set(folded)) == count
    # The answer may open with a capital, as the options it stands among do ("Zz").
    assert fold(result.choices[result.right]) == "zz"
    assert result == pick_options(
        random.Random(seed), answer="zz", written=written, drawn=[drawn], count=count
    )


def test_an_equations_or_a_symbols_case_is_never_changed() -> None:
    # "p = mv" is momentum; "P = mv" says nothing. The answer keeps its case too.
    options = pick_options(
        random.Random(1),
        answer="p = mv",
        written=["V = IR", "F = ma", "v = fλ"],
        count=4,
    )
    assert isinstance(options, Options)
    assert set(options.choices) == {"p = mv", "V = IR", "F = ma", "v = fλ"}
    assert case_is_meaning("p1V1 = p2V2") and case_is_meaning("v") and case_is_meaning("m1")
    assert not case_is_meaning("a price floor") and not case_is_meaning("the equator")


def _shown(answer: str, drawn: list[str]) -> tuple[str, set[str]]:
    """The answer as its option shows it, and the wrong options."""
    options = pick_options(random.Random(0), answer=answer, drawn=[drawn], count=len(drawn) + 1)
    assert isinstance(options, Options)
    right = options.choices[options.right]
    return right, set(options.choices) - {right}


def test_an_article_marks_no_option() -> None:
    # The answer alone with an article among bare words is shown without it.
    assert _shown("the liver", ["gallbladder", "heart", "hypothalamus"]) == (
        "liver",
        {"gallbladder", "heart", "hypothalamus"},
    )
    # A wrong option alone with one loses it.
    assert _shown("malaria", ["plague", "a boil", "cholera"]) == (
        "malaria",
        {"plague", "boil", "cholera"},
    )
    # Where others have one too, or a name follows it, or the answer is a name, all stay.
    assert _shown("the liver", ["the heart", "gallbladder", "lungs"])[0] == "the liver"
    assert _shown("the Falklands", ["Cuba", "Malta", "Crete"])[0] == "The Falklands"
    assert _shown("Paris", ["a city", "the town", "Rome"])[1] == {"a city", "the town", "Rome"}
    # A name's article ("the D'Hondt method") stays, and so do the others' beside it.
    assert _shown(
        "first-past-the-post", ["the D'Hondt method", "the Borda count", "the list vote"]
    )[1] == {"the D'Hondt method", "the Borda count", "the list vote"}


@given(st.integers(0, 2**32), st.sampled_from([("True", "False"), ("Vrai", "Faux")]))
def test_true_and_false_as_options_stand_true_first_whichever_is_right(
    seed: int, verdicts: tuple[str, str]
) -> None:
    for answer, wrong in (verdicts, verdicts[::-1]):
        options = pick_options(random.Random(seed), answer=answer, written=[wrong], count=2)
        assert isinstance(options, Options)
        assert options.choices == verdicts
        assert options.choices[options.right] == answer


@given(st.integers(0, 10_000))
def test_written_options_about_the_others_stand_after_them(seed: int) -> None:
    options = pick_options(
        random.Random(seed),
        answer="All of the above",
        written=["None of the above", "Berlin", "Kazan"],
        count=4,
    )
    assert isinstance(options, Options)
    assert set(options.choices[2:]) == {"All of the above", "None of the above"}
    assert options.choices[options.right] == "All of the above"
