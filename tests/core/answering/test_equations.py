"""Tests for trainer.core.answering.equations: equations graded as mathematics, not letters."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.equations import blank_in_formula, equation_match, is_algebra
from trainer.core.answering.verdict import Outcome

LAW = "What does Ohm's law state?"


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("V = IR", "V = RI"),
        ("V = IR", "IR = V"),
        ("V = IR", "v = i*r"),
        ("V = IR", "V=I×R"),
        ("E = mc²", "E = mc^2"),
        ("E = mc²", "E = m*c**2"),
        ("E = mc²", "e=mc2"),
        ("pV = nRT", "PV = nRT"),
        ("pV = nRT", "nRT = pV"),
        ("F = Gm₁m₂/r²", "F = G m1 m2 / r^2"),
        ("T = 2π√(l/g)", "T = 2 pi sqrt(l/g)"),
        ("KE = ½mv²", "KE = 1/2 m v^2"),
        ("KE = ½mv²", "KE = 0.5mv^2"),
        ("λ = h/p", "lambda = h/p"),
        ("P₁V₁ = P₂V₂", "P1V1 = P2V2"),
        ("x = 5", "5"),
        # π times variables, without "=": the circumference, the area of a cylinder's side.
        ("2πr", "2 pi r"),
        ("2πr", "2*pi*r"),
        ("2πr", "r × 2π"),
        ("πd", "d pi"),
        ("2πrh", "2 pi r h"),
        ("2πr", "two pi r"),
        # A fraction's sign times letters, without "=": the area of a triangle.
        ("½bh", "bh/2"),
        ("½bh", "1/2 bh"),
        ("½bh", "0.5 × b × h"),
        ("¼πd²", "pi d^2 / 4"),
        # A power binds before a division: "v^2/2" is half of v².
        ("KE = ½mv²", "KE = mv^2/2"),
        ("σ²/n", "σ^2/n"),
    ],
)
def test_the_same_equation_in_any_writing_is_right(expected: str, typed: str) -> None:
    assert graded(expected, typed, LAW) is Outcome.EXACT


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("V = IR", "I = V/R"),
        ("V = IR", "R = V/I"),
        ("v = u + at", "v - u = at"),
        ("v = u + at", "a = (v - u)/t"),
        ("E = mc²", "mc²"),
    ],
)
def test_the_law_rearranged_or_without_its_quantity_is_a_slip(expected: str, typed: str) -> None:
    assert graded(expected, typed, LAW) is Outcome.TYPO


@pytest.mark.parametrize(
    ("expected", "typed"),
    [
        ("V = IR", "V = I/R"),
        ("V = IR", "V = I + R"),
        ("E = hf", "E = h/f"),
        ("F = ma", "F = m/a"),
        ("E = mc²", "E = mc"),
        ("E = mc²", "E = m²c"),
        ("v = u + at", "v = u - at"),
        ("KE = ½mv²", "KE = mv²"),
        ("x = 5", "6"),
        ("F = Gm₁m₂/r²", "F = Gm₁m₂/r"),
        ("2πr", "πr²"),
        ("2πr", "2r"),
        ("2πr", "pi r"),
        ("πd", "2πd"),
        ("½bh", "½(b + h)"),
        ("½bh", "½b + h"),
        # The answer with an operation on it is another value, whatever its words.
        ("π", "π/180"),
        ("π", "π × 180"),
        ("θ", "θ/2"),
        ("pi", "pi/180"),  # the letter's name, as a card may accept it beside "π"
    ],
)
def test_another_equation_is_wrong_however_near_in_letters(expected: str, typed: str) -> None:
    assert graded(expected, typed, LAW) is Outcome.WRONG


def test_a_formula_without_equals_is_right_as_either_side_of_one() -> None:
    assert graded("½mv²", "KE = ½mv²", "What is kinetic energy?") is Outcome.EXACT
    assert graded("½mv²", "mv²", "What is kinetic energy?") is Outcome.WRONG


def test_case_counts_only_where_the_answer_writes_both_cases() -> None:
    # "M" and "m" are two quantities in "g = GM/r²": "g = Gm/r²" is no rewriting.
    assert graded("g = GM/r²", "g = GM/r^2", LAW) is Outcome.EXACT
    assert graded("g = GM/r²", "g = Gm/r^2", LAW) is Outcome.WRONG


@pytest.mark.parametrize(
    "text",
    [
        *("V = IR", "E = mc²", "½mv²", "T = 2π√(l/g)", "F = Gm₁m₂/r²", "a² + b² = c²"),
        # Expressions of one-letter variables and numbers, with an operator.
        *("2^n", "2i + 1", "n − 1", "n-1", "n(n − 1)/2"),
    ],
)
def test_equations_and_powers_in_symbols_are_algebra(text: str) -> None:
    assert is_algebra(text)


@pytest.mark.parametrize(
    "text",
    [
        "the Treaty of Rapallo",
        "9.8 m/s²",  # a measure with its unit
        "H2O",  # a chemical formula
        "2H2 + O2 = 2H2O",
        "O(n log n)",
        "Hindenburg (President)",
        "1926",
        *("B-52", "U-2", "TCP/IP"),  # a hyphen after a capital names a thing
    ],
)
def test_words_measures_and_chemistry_are_not(text: str) -> None:
    assert not is_algebra(text)
    assert equation_match(text, text) is None


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        # Graded word by word, operators were lost and the same letters right.
        ("2^n", "n^2", Outcome.WRONG),
        ("2^n", "2n", Outcome.WRONG),
        ("2i + 1", "2i - 1", Outcome.WRONG),
        ("2i + 1", "2(i + 1)", Outcome.WRONG),
        ("n − 1", "n + 1", Outcome.WRONG),
        ("n-1", "n+1", Outcome.WRONG),
        ("n(n − 1)/2", "n - 1", Outcome.WRONG),
        ("n(n − 1)/2", "n(n + 1)/2", Outcome.WRONG),
        # The same expression in any writing, powers and operators in words too.
        ("2^n", "2**n", Outcome.EXACT),
        ("2^n", "2 to the n", Outcome.EXACT),
        ("2^n", "2 to the power of n", Outcome.EXACT),
        ("2i + 1", "1 + 2i", Outcome.EXACT),
        ("2i + 1", "2 times i plus 1", Outcome.EXACT),
        ("n − 1", "n minus 1", Outcome.EXACT),
        ("n(n − 1)/2", "n*(n-1)/2", Outcome.EXACT),
        ("n(n − 1)/2", "(n^2 - n)/2", Outcome.EXACT),
        ("n(n − 1)/2", "(n squared - n)/2", Outcome.EXACT),
    ],
)
def test_an_expression_is_graded_as_algebra(expected: str, typed: str, outcome: Outcome) -> None:
    assert graded(expected, typed, "How many?") is outcome


def test_prose_is_left_to_the_word_grader() -> None:
    assert equation_match("V = IR", "the voltage rises") is None


@pytest.mark.parametrize(
    ("expected", "typed", "right"),
    [
        # An equation in words for one in symbols, and the reverse, each name written as
        # the symbol the other side writes it with.
        ("V = IR", "voltage equals current times resistance", True),
        ("F = ma", "force = mass × acceleration", True),
        ("force = mass × acceleration", "F = ma", True),
        ("ρ = m/V", "density = mass divided by volume", True),
        ("pV = nRT", "pressure × volume = nRT", True),
        ("Ek = ½mv²", "kinetic energy = ½ × mass × speed²", True),
        ("v = fλ", "wave speed = frequency × wavelength", True),
        # Another law in words is another formula.
        ("V = IR", "current = voltage × resistance", False),
        ("F = ma", "force = mass × velocity", False),
        ("ρ = m/V", "density = volume / mass", False),
    ],
)
def test_an_equation_in_words_is_the_equation_in_symbols(
    expected: str, typed: str, right: bool
) -> None:
    found = equation_match(expected, typed)
    assert (found is not None and found.accepted) is right, found


_CLOZE = "The current is proportional to the potential difference, so V = [...], where R is…"


@pytest.mark.parametrize(
    ("typed", "outcome"),
    [
        ("IR", Outcome.EXACT),
        ("RI", Outcome.EXACT),
        ("I*R", Outcome.EXACT),
        ("I x R", Outcome.EXACT),
        ("I/R", Outcome.WRONG),  # the slash is no punctuation to drop
        ("R/I", Outcome.WRONG),
    ],
)
def test_symbols_blanked_out_of_a_formula_are_algebra(typed: str, outcome: Outcome) -> None:
    assert graded("IR", typed, _CLOZE) is outcome


def test_indices_blanked_out_of_a_formula_may_be_typed_as_digits() -> None:
    cloze = "The force between two masses is F = [...]/r², where r is the distance."
    assert graded("Gm₁m₂", "G m1 m2", cloze) is Outcome.EXACT
    assert graded("Gm₁m₂", "Gm1", cloze) is Outcome.WRONG


def test_a_blank_outside_a_formula_is_graded_as_words() -> None:
    assert not blank_in_formula("Infrared light is also called [...] radiation.")
    assert blank_in_formula("so V = [...], where")
    assert graded("IR", "infrared", "Infrared light, or [...], is invisible.") is Outcome.WRONG


def test_a_greek_letters_name_may_be_letters_side_by_side() -> None:
    # "p = mu" is momentum, m times u, as often as anything with μ in it.
    assert graded("p = mu", "p = um", LAW) is Outcome.EXACT
    assert graded("p = mu", "p = μ", LAW) is Outcome.EXACT
    assert graded("T = 2π√(l/g)", "T = 2 pi sqrt(l/g)", LAW) is Outcome.EXACT
    assert graded("p = mu", "p = m/u", LAW) is Outcome.WRONG


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        ("pV = constant", "PV = constant", Outcome.EXACT),
        ("pV = constant", "p/V = constant", Outcome.WRONG),
        ("pV = constant", "p + V = constant", Outcome.WRONG),
        ("pV = constant", "V = constant/p", Outcome.TYPO),
        ("concentration = moles / volume", "concentration = volume / moles", Outcome.WRONG),
        ("concentration = moles / volume", "concentration = moles × volume", Outcome.WRONG),
        ("concentration = moles / volume", "moles = concentration x volume", Outcome.TYPO),
        ("speed = distance / time", "speed = distance/time", Outcome.EXACT),
        ("speed = distance / time", "speed = time / distance", Outcome.WRONG),
        ("Force = mass × acceleration", "force = acceleration * mass", Outcome.EXACT),
        ("density = mass / volume", "density = mass/volumes", Outcome.EXACT),
    ],
)
def test_an_equation_in_words_is_algebra_of_its_words(
    expected: str, typed: str, outcome: Outcome
) -> None:
    assert graded(expected, typed, LAW) is outcome


DERIVATIVE = "What is the derivative of x^2?"


@pytest.mark.parametrize(
    ("expected", "typed", "outcome"),
    [
        # A number times a variable is algebra though it has no operator: a power typed
        # for it is another term, not an extra word.
        ("2x", "2x^2", Outcome.WRONG),
        ("2x", "2x²", Outcome.WRONG),
        ("4x", "4x^2", Outcome.WRONG),
        ("2n", "n^2", Outcome.WRONG),
        ("2n", "2n^2", Outcome.WRONG),
        ("2x", "x", Outcome.WRONG),
        ("2x", "2 x", Outcome.EXACT),
        ("2x", "2*x", Outcome.EXACT),
        ("2x", "x*2", Outcome.EXACT),
        ("2x", "2 times x", Outcome.EXACT),
        # A measure or a name with a letter after its number is no algebra.
        ("100m", "100 metres", Outcome.EXACT),
        ("3D", "3-D", Outcome.EXACT),
    ],
)
def test_a_monomial_is_compared_as_algebra(expected: str, typed: str, outcome: Outcome) -> None:
    assert graded(expected, typed, DERIVATIVE) is outcome
    assert is_algebra("2x") and not is_algebra("100m") and not is_algebra("5G")


@pytest.mark.parametrize(
    ("expected", "typed", "wanted"),
    [
        ("V = IR", "V = I x R", Outcome.EXACT),
        ("F = ma", "F = m X a", Outcome.EXACT),
        ("E = mc^2", "E = m x c^2", Outcome.EXACT),
        ("F = ma", "F = m x v", Outcome.WRONG),
        # Where a quantity is x, "m x" is m times x.
        ("y = mx + c", "y = m x + c", Outcome.EXACT),
    ],
)
def test_the_letter_x_between_quantities_is_times(
    expected: str, typed: str, wanted: Outcome
) -> None:
    assert graded(expected, typed, "Which equation?") is wanted
