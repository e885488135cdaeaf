"""A place named by its kind ('Bering Strait') is no person whose surname a prompt names."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.name_endings import name_endings
from trainer.core.generate.option_reasons import left_out, left_out_message
from trainer.core.generate.option_rules import OptionRules


@pytest.mark.parametrize(
    ("prompt", "answer", "value"),
    [
        ("Which strait links the Atlantic?", "Strait of Gibraltar", "Bering Strait"),
        ("Which bay lies north of Ontario?", "James Bay", "Hudson Bay"),
        ("Which sea lies between Africa and Arabia?", "Red Sea", "Caspian Sea"),
        ("Which channel separates England and France?", "English Channel", "Bristol Channel"),
        ("Which island lies off Tanzania?", "Zanzibar", "Christmas Island"),
        ("Which river flows through Vienna?", "Danube", "Hudson River"),
    ],
)  # fmt: skip
def test_a_place_of_the_kind_the_prompt_names_is_a_fair_option(
    prompt: str, answer: str, value: str
) -> None:
    assert not name_endings(value).given
    assert not OptionRules.of(answer, [], prompt).refuses(value)


def test_a_person_whose_surname_the_prompt_names_is_still_refused() -> None:
    rules = OptionRules.of("Charles Darwin", [], "Whose theory did Wallace share?")
    assert rules.refuses("Alfred Russel Wallace")


def test_four_straits_give_three_wrong_options_each(make: type[Make]) -> None:
    straits = {
        "Strait of Gibraltar": "the Atlantic with the Mediterranean",
        "Bosporus": "the Black Sea with the Sea of Marmara",
        "Strait of Malacca": "the Andaman Sea with the South China Sea",
        "Bering Strait": "the Pacific with the Arctic Ocean",
    }
    facts = tuple(
        make.fact(f"s{i}", strait=strait, links=links, line=20 + i)
        for i, (strait, links) in enumerate(straits.items())
    )
    template = make.template(
        "links", kind=TemplateKind.CHOICE, prompt="Which strait links {links}?", answer="strait"
    )
    cards = make.cards(make.deck(make.excerpt("e", facts=facts), templates=(template,)))
    assert all(sorted(card.choices) == sorted(straits) for card in cards)


def test_a_shortfall_says_which_values_were_left_out_and_why(make: type[Make]) -> None:
    seas = {"Black Sea": "Odessa", "Red Sea": "Jeddah", "Caspian Sea": "Baku and the Black Sea"}
    facts = tuple(
        make.fact(f"s{i}", sea=sea, place=place, line=20 + i)
        for i, (sea, place) in enumerate(seas.items())
    )
    template = make.template(
        "beside",
        kind=TemplateKind.CHOICE,
        prompt="Which sea lies beside {place}?",
        answer="sea",
        choices=3,
        line=12,
    )
    (error,) = make.errors(make.deck(make.excerpt("e", facts=facts), templates=(template,)))
    assert error.message == (
        "template 'beside' needs 2 distinct wrong options from field 'sea' for fact 's2', "
        "but only 1 could be found; left out: 'Black Sea' (the prompt names it); set "
        "`choices: 2`"
    )


def test_reasons_name_each_rule() -> None:
    rules = OptionRules.of("Kazan", ["Kasan"], "Where did Lenin study, near the Volga?")
    reasons = dict(left_out(rules, "Kazan", ["kasan", "Kazan Kremlin", "Volga", "1926", "Perm"]))
    assert reasons == {
        "kasan": "it is the answer or an accepted answer, written otherwise",
        "Kazan Kremlin": "it holds the answer",
        "Volga": "the prompt names it",
        "1926": "it is a year, and the answer a text",
    }
    assert left_out_message([]) == ""
