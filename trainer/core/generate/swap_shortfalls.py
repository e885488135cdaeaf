"""Why a template makes no true/false card from a fact: the message `trainer check` gives."""

from __future__ import annotations

from trainer.core.generate.measure_kinds import MIXED, measure_noun
from trainer.core.generate.option_rules import ValueClass
from trainer.core.generate.pools import quantity_of
from trainer.core.records import record


@record
class LeftOut:
    """What the values that could be swapped in were left out for, the first that holds
    saying why: one made a statement shown true; none was of the sex the statement says;
    none was the true one's kind of being; each may be true as well; made a verb
    disagree; was less or more precise; was too far off."""

    shown_true: bool
    unsexed: bool
    other_kind: bool
    nested: bool
    disagrees: bool
    vague: bool
    far_off: bool


def no_swap_message(
    fact_id: str, swap: str, template_id: str, true_value: str, kind: ValueClass, why: LeftOut
) -> str:
    """The warning for a fact that template `template_id` makes no true/false card from."""
    ending = f"so template '{template_id}' makes no true/false card from it"
    if why.shown_true:
        return (
            f"fact '{fact_id}': every value of '{swap}' that could be swapped in makes "
            f"a statement that another fact or an excerpt shows to be true, {ending}"
        )
    if why.unsexed:
        return (
            f"fact '{fact_id}': no other value of '{swap}' is known to be a person of "
            "the sex its statement names (one of the other makes a statement false on "
            f"its face), {ending}"
        )
    if why.other_kind:
        return (
            f"fact '{fact_id}': no other value of '{swap}' is known to be what "
            f"'{true_value}' is, a person, an animal or a thing (one of another kind makes "
            f"a statement false on its face), {ending}"
        )
    if why.nested:
        return (
            f"fact '{fact_id}': every value of '{swap}' to swap in may be true as well (a "
            f"place that may hold '{true_value}', a looser bound, a value its excerpt says "
            f"beside it), {ending}"
        )
    if why.disagrees:
        return (
            f"fact '{fact_id}': every value of '{swap}' that could be swapped in makes "
            "a verb disagree in number ('The lungs pumps'), which gives the false "
            f"statement away, {ending}"
        )
    if why.vague:
        return (
            f"fact '{fact_id}' has no sibling value of '{swap}' as precise as its own "
            f"(a month for a day gives itself away by its vagueness), {ending}"
        )
    if why.far_off:
        dated = kind in (ValueClass.YEAR, ValueClass.DATE)
        within = "a century" if dated else "a factor of five"
        return (
            f"fact '{fact_id}' has no sibling value of '{swap}' within {within} of "
            f"its own to swap in (one further off makes a trivially false statement), {ending}"
        )
    return (
        f"fact '{fact_id}' has no sibling value of '{swap}'"
        f"{_of_its_measure(true_value, kind)} to swap in, {ending}"
    )


def _of_its_measure(true_value: str, kind: ValueClass) -> str:
    """What a value swapped in must measure, for a message: only values of the true one's
    measure are swapped in (see `measure_kinds`); empty when it measures nothing."""
    quantity = quantity_of(true_value, kind)
    if quantity is None or quantity == MIXED:
        return ""
    return f" that is {measure_noun(quantity)}, as '{true_value}' is,"
