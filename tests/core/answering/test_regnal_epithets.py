"""Tests of a ruler named by both a number and an epithet, answered by either one."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.regnal_epithets import regnal_shortenings
from trainer.core.answering.verdict import Outcome

RIGHT = (Outcome.EXACT, Outcome.TYPO)


def test_the_number_and_the_epithet_each_name_the_ruler() -> None:
    assert regnal_shortenings("Ptolemy II Philadelphus") == ["Ptolemy II", "Ptolemy Philadelphus"]
    assert regnal_shortenings("Antiochus III the Great") == ["Antiochus III", "Antiochus the Great"]


@pytest.mark.parametrize(
    "answer", ["Ptolemy II", "Ptolemy Philadelphus", "Saturn V Rocket", "Mary of Teck", ""]
)
def test_no_shortening_without_both_or_of_a_thing(answer: str) -> None:
    assert regnal_shortenings(answer) == []


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Ptolemy II Philadelphus", "Ptolemy II"),
        ("Ptolemy II Philadelphus", "Ptolemy the Second"),
        ("Ptolemy II Philadelphus", "Ptolemy 2"),
        ("Ptolemy II Philadelphus", "Ptolemy Philadelphus"),
        ("Antiochus III the Great", "Antiochus III"),
        ("Antiochus III the Great", "Antiochus the Great"),
        ("Ptolemy I Soter", "Ptolemy Soter"),
    ],
)
def test_either_beside_the_name_is_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which king was it?") in RIGHT


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("Ptolemy II Philadelphus", "Ptolemy I"),
        ("Ptolemy II Philadelphus", "Ptolemy III"),
        ("Ptolemy II Philadelphus", "Ptolemy Soter"),
        ("Antiochus III the Great", "Antiochus IV"),
        ("Ptolemy II Philadelphus", "Ptolemy"),
    ],
)
def test_another_number_or_epithet_or_the_name_alone_is_not_right(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Which king was it?") not in RIGHT


def test_a_ruler_named_with_his_land_is_named_by_his_number_alone() -> None:
    # "of England" is no epithet ("Henry England"), but the number says which Henry.
    assert regnal_shortenings("Henry VIII of England") == ["Henry VIII"]
    assert regnal_shortenings("King Louis XIV of France") == ["King Louis XIV"]


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("Ludwig II", Outcome.EXACT),
        ("King Ludwig II", Outcome.EXACT),
        ("Ludwig", Outcome.CLOSE),  # which Ludwig?
        ("Ludwig III", Outcome.WRONG),
        ("Ludwig II of Prussia", Outcome.WRONG),
    ],
)
def test_the_land_a_ruler_ruled_may_be_left_out(typed: str, wanted: Outcome) -> None:
    question = "Which king supported the building of Wagner's theatre?"
    assert graded("Ludwig II of Bavaria", typed, question) is wanted


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        # A house after its particle, as a land after "of": "Cosimo I" was wrong for
        # "Duke Cosimo I de' Medici", and "Cosimo de' Medici" (his forebear's name) right.
        ("Cosimo I", Outcome.EXACT),
        ("Cosimo I de Medici", Outcome.EXACT),
        ("Cosimo de' Medici", Outcome.CLOSE),
        ("Cosimo II", Outcome.WRONG),
    ],
)
def test_the_house_a_ruler_came_of_may_be_left_out(typed: str, wanted: Outcome) -> None:
    question = "Whom did Vasari serve as architect?"
    assert graded("Duke Cosimo I de' Medici", typed, question) is wanted


def test_a_titled_ruler_named_with_a_land_is_named_by_title_and_name() -> None:
    assert regnal_shortenings("King Menelaus of Sparta") == ["King Menelaus"]
    assert regnal_shortenings("Prince Albert of Saxe-Coburg and Gotha") == ["Prince Albert"]
    # No title: the place is part of what the person is called.
    assert regnal_shortenings("Catherine of Aragon") == []
    assert regnal_shortenings("Joan of Arc") == []
    assert regnal_shortenings("the Duke of Wellington") == []


@pytest.mark.parametrize(
    ("typed", "wanted"),
    [
        ("Menelaus", Outcome.EXACT),
        ("King Menelaus", Outcome.EXACT),
        ("Menelaos", Outcome.TYPO),
        ("Menelaus of Sparta", Outcome.EXACT),
        ("Agamemnon", Outcome.WRONG),
        ("Menelaus of Mycenae", Outcome.WRONG),
    ],
)
def test_the_land_of_a_titled_ruler_may_be_left_out(typed: str, wanted: Outcome) -> None:
    assert graded("King Menelaus of Sparta", typed, "Whose wife was Helen?") is wanted


@pytest.mark.parametrize(("answer", "typed"), [("Catherine of Aragon", "Catherine")])
def test_without_a_title_the_place_is_still_wanted(answer: str, typed: str) -> None:
    assert graded(answer, typed, "Who was Henry's first wife?") not in RIGHT
