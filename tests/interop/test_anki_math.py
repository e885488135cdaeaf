"""Math in Anki fields written as plain text, as a learner would type it."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.anki_legacy import legacy_package, note_type
from trainer.interop.anki_math import formula_text, left_unread, plain_math
from trainer.interop.sources import convert


@pytest.mark.parametrize(
    ("field", "text"),
    [
        (r"\(x = \pm 3\)", "x = ± 3"),
        (r"Solve \(3x^2 = 12\) for x", "Solve 3x² = 12 for x"),
        (r"\[\frac{a+b}{2} \geq \sqrt{ab}\]", "(a+b)/2 ≥ √(ab)"),
        (r"[$]\sum_{k=1}^{n} k = \frac{n(n+1)}{2}[/$]", "∑_(k=1)^n k = (n(n+1))/2"),
        (r"[$$]\int_a^b f(x)\,dx[/$$]", "∫_a^b f(x) dx"),
        (r"[latex]$\Delta G < 0$[/latex]", "ΔG < 0"),
        (r"\(v_0 = 3\,\text{m/s}\)", "v₀ = 3 m/s"),
        (r"\(\angle ABC = 45^\circ\)", "∠ABC = 45°"),
        (r"\(10^{-34}\ \mathrm{J\,s}\)", "10⁻³⁴ J s"),
        (r"\(x \in \mathbb{Z}\)", "x ∈ ℤ"),
        (r"\(A = \{1, 2\}\)", "A = {1, 2}"),
        (r"\(\sqrt[3]{27} = 3\)", "∛27 = 3"),
        # No math: left alone, a backslash and brackets included.
        (r"C:\temp [see] (a)", r"C:\temp [see] (a)"),
    ],
)
def test_formulas_read_as_plain_text(field: str, text: str) -> None:
    assert plain_math(field)[0] == text


def test_every_formula_rewritten_is_listed() -> None:
    assert plain_math(r"\(a\) and [$]b[/$]") == ("a and b", [r"\(a\)", "[$]b[/$]"])


def test_a_command_not_known_stays_as_written() -> None:
    assert formula_text(r"\overrightarrow{AB}") == r"\overrightarrowAB"


def test_a_converted_deck_asks_and_grades_math_as_text(tmp_path: Path) -> None:
    model = note_type("Basic", ["Front", "Back"], [("{{Front}}", "{{Back}}")])
    path = legacy_package(
        tmp_path / "math.apkg",
        model,
        [
            [r"Roots of \(x^2 - 9\)?", r"\(x = \pm 3\)"],
            [r"Curl of \(\vec{E}\)?", r"\(\nabla \times \vec{E}\)"],
        ],
    )
    converted = convert(path, deck_id="math")
    cards = [(c.prompt, c.answer.text) for c in converted.compiled.cards]
    assert cards[0] == ("Roots of x² - 9?", "x = ± 3")
    # A formula with a command trainer cannot write is named, to be checked.
    messages = [note.message for note in converted.notes]
    assert messages == [
        r"math with commands trainer cannot write as text: '\\(\\vec{E}\\)', "
        r"'\\(\\nabla \\times \\vec{E}\\)'"
    ]


def test_openers_never_closed_leave_the_text_as_it_is_and_later_formulas_are_read() -> None:
    text = "\\(" * 2000 + " then [$]" * 500 + " and \\[x^{2}\\]"
    written, formulas = plain_math(text)
    assert formulas == ["\\[x^{2}\\]"]
    assert written.endswith(" and x²")


def test_a_formula_left_with_a_command_is_told_from_one_written_out() -> None:
    _, formulas = plain_math(r"a \(\vec{E} = q\) and \(x^{2}\) and [$]\frac{1}{2}[/$]")
    assert [left_unread(formula) for formula in formulas] == [True, False, False]


def test_a_root_index_is_read_only_a_few_characters_on() -> None:
    # The expression once looked for the `]` of every `\sqrt[` to the formula's end: a
    # field of 100,000 of them took hours. An index is at most 64 characters.
    assert formula_text(r"\sqrt[" + "n" * 64 + "]{x}") == "n" * 64 + "√x"
    assert formula_text(r"\sqrt[" + "n" * 65 + "]{x}") == r"\sqrt[" + "n" * 65 + "]x"
    assert formula_text(r"\sqrt[" * 100_000) == r"\sqrt[" * 100_000
