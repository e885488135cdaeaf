"""SI units made from prefixes and base units: a symbol is its name, another prefix another unit."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.unit_table import _BASES, _PREFIXES, CASED_SYMBOLS
from trainer.core.answering.units import units_in
from trainer.core.answering.words import answer_words
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def outcome(expected: str, typed: str, question: str = "How much?") -> Outcome:
    answer = Answer(AnswerType.TEXT, expected)
    return grade(answer, typed, policy=POLICY, question=question).outcome


def _si_units() -> list[tuple[str, str, str, str]]:
    """(kind, name, plural name, symbol) of every SI unit the table makes."""
    made = []
    for kind, spellings, symbols, prefixes in _BASES:
        for prefix in prefixes.split(" "):
            for letter in _PREFIXES[prefix]:
                for alone in symbols.split():
                    name, plural = spellings[0]
                    made.append((kind, prefix + name, prefix + plural, letter + alone))
    return [unit for unit in made if len(unit[3]) > 1 or unit[3] in ("g", "l", "L")]


_UNITS = _si_units()
_SYMBOLS_WRITTEN = [unit for unit in _UNITS if unit[3] not in ("us",)]


@given(st.sampled_from(_SYMBOLS_WRITTEN), st.integers(2, 99999))
def test_a_units_symbol_is_its_name(unit: tuple[str, str, str, str], number: int) -> None:
    _, name, plural, symbol = unit
    assert outcome(f"{number} {plural}", f"{number} {symbol}") is Outcome.EXACT
    assert outcome(f"{number} {symbol}", f"{number} {name}") is Outcome.EXACT


@given(st.sampled_from(_UNITS), st.sampled_from(_UNITS), st.integers(2, 9999))
def test_another_prefix_or_base_of_the_same_kind_is_wrong(
    first: tuple[str, str, str, str], second: tuple[str, str, str, str], number: int
) -> None:
    if first[0] != second[0] or first[1] == second[1]:
        return
    assert outcome(f"{number} {first[2]}", f"{number} {second[2]}") is Outcome.WRONG


def test_the_micro_sign_and_mu_and_micron_are_one_unit() -> None:
    for typed in ("100 µm", "100 μm", "100µm", "100 um", "100 microns", "100 micrometers"):
        assert outcome("100 micrometres", typed) is Outcome.EXACT, typed


def test_the_answers_own_unit_is_never_replaced_by_the_questions() -> None:
    cloze = "Most cells are 10 to [...] across. The yolk, at about 8 centimetres, is large."
    assert outcome("100 micrometres", "100 cm", cloze) is Outcome.WRONG
    assert outcome("100 micrometres", "100 mm", cloze) is Outcome.WRONG
    assert outcome("100 micrometres", "100 µm", cloze) is Outcome.EXACT
    # A factor of a thousand is no slip, nor close.
    assert outcome("83.6 kilograms", "83.6 g") is Outcome.WRONG
    assert outcome("7 nanometres", "7 micrometres") is Outcome.WRONG


def test_a_symbol_only_its_case_tells_is_read_as_written() -> None:
    assert CASED_SYMBOLS["kN"] == "kilonewton"
    assert answer_words("34,000 kN") == ("34000", "kilonewton")
    assert units_in(answer_words("34 kn")) == {"speed": "knot"}
    assert outcome("5 megawatts", "5 MW") is Outcome.EXACT
    assert outcome("5 megawatts", "5 mW") is Outcome.WRONG
    assert outcome("110.6 metres", "110.6 m") is Outcome.EXACT


def test_a_one_letter_symbol_is_read_beside_its_kind() -> None:
    assert outcome("34 newtons", "34 N") is Outcome.EXACT
    assert outcome("34 kN", "34 N") is Outcome.WRONG
    assert outcome("the 51st parallel", "51 N") is not Outcome.EXACT
