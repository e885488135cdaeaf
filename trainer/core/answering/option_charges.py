"""Whether a typed option differs from a card's option by its charge alone, which chooses no option.

Folding drops "+" and "−", so "H", "H−" and "H+" read alike, and a formula typed for
the ion an option names ("H2" for "H+", "Cl2" for "Cl−") may reach it through an
accepted name ("hydrogen ions"). Among ions a charge is the answer: "H−" is hydride,
"H2" hydrogen gas, "Fe2+" another ion than "Fe3+". The typed text and the option are
compared as `charges` compares a text answer's ions, so the two paths agree.
"""

from __future__ import annotations

from trainer.core.answering.charges import charge_problem, is_ion, uncharged_kin
from trainer.core.answering.words import answer_words


def option_charge_problem(typed: str, option: str) -> str | None:
    """Why the typed text is the option with another charge, or none where the option
    has one, or with one where it has none ("'h^-' has another charge than 'h^+'");
    None when the charges agree or neither side writes an ion."""
    want, got = answer_words(option), answer_words(typed)
    if not any(map(is_ion, want)) and not any(map(is_ion, got)):
        return None  # no charge on either side: nothing for a charge to tell apart
    return charge_problem(want, got) or uncharged_kin(want, got)
