"""Dates swapped in or offered are as precise as the answer, and read with its preposition."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.field_display import MONTH_NAMES
from trainer.core.generate.placeholders import parse_pattern
from trainer.core.partial_dates import parse_iso_date

DATES = {
    "arrest": "1794-07-27",
    "queen": "1793-10-16",
    "king": "1793-01-21",
    "bastille": "1789-07-14",
    "savenay": "1793-12",
    "varennes": "1791-06",
    "tennis": "1789",
}


def _deck(make: type[Make], dates: dict[str, str] = DATES) -> Deck:
    facts = tuple(
        make.fact(name, happening=f"the {name} event", date=date, line=20 + i)
        for i, (name, date) in enumerate(dates.items())
    )
    templates = (
        make.template(
            "tf",
            kind=TemplateKind.TRUE_FALSE,
            statement="{happening} took place on {date}.",
            swap="date",
        ),
        make.template(
            "when", kind=TemplateKind.CHOICE, prompt="When was {happening}?", answer="date"
        ),
    )
    return make.deck(make.excerpt("e", "It names dates.", facts=facts), templates=templates)


def _precision(shown: str) -> int:
    words = shown.split()
    return 3 if len(words) == 3 else 2 if words[0] in MONTH_NAMES else 1


def test_a_day_is_swapped_for_a_day_and_read_after_on(make: type[Make]) -> None:
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.generate(_deck(make))[0]}
    for name, date in DATES.items():
        precision = parse_iso_date(date).precision  # type: ignore[union-attr]
        tf = cards.get(f"{name}.tf")
        if tf is not None:
            for statement in (tf.prompt, tf.explanation):
                if statement:
                    shown = statement.split(" took place ", 1)[1].removesuffix(".")
                    preposition, _, when = shown.partition(" ")
                    assert _precision(when) == precision, statement
                    assert preposition == ("on" if precision == 3 else "in"), statement
        choice = cards[f"{name}.when"]
        if precision == 3:  # four days: three wrong options of their precision
            assert {_precision(option) for option in choice.choices} == {3}, choice.choices


def test_options_of_another_precision_are_warned_of(make: type[Make]) -> None:
    warnings = [w.message for w in make.warnings(_deck(make))]
    assert any("savenay" in w and "not as precise a date" in w for w in warnings), warnings


def test_a_date_with_no_sibling_of_its_precision_makes_no_true_false_card(make: type[Make]) -> None:
    deck = _deck(make)
    ids = {card.id.rsplit(":", 1)[1] for card in make.generate(deck)[0]}
    assert "tennis.tf" not in ids  # the only year
    assert any("as precise as its own" in w.message for w in make.warnings(deck))


@settings(max_examples=40, deadline=None)
@given(
    st.sampled_from(["on", "in", "On", "In"]), st.sampled_from(["1832", "1832-03", "1832-03-05"])
)
def test_the_preposition_before_a_date_follows_its_precision(word: str, value: str) -> None:
    from trainer.core.generate.field_display import date_prepositions, shown_values

    pattern = parse_pattern(word + " {date} the ship sailed; upon {date} it rained.")
    values = {"date": value}
    rendered = pattern.render(
        shown_values({}, values), date_prepositions({}, values, pattern.prepositioned)
    )
    expected = "on" if value.count("-") == 2 else "in"
    assert rendered.split()[0] == (expected.capitalize() if word[0].isupper() else expected)
    assert " upon " in rendered  # a word ending in "on" is no preposition to change
