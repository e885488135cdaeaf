"""Classes of weak blanks and unfair options found on decks nobody here wrote (issue 9)."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, Fact, TemplateKind
from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_words import related_words
from trainer.core.generate.field_display import shown_value
from trainer.core.generate.option_rules import ValueClass, value_class
from trainer.core.model import AnswerType, Card, CardKind, DeckDefaults
from trainer.core.partial_dates import Precision, parse_iso_date


def _texts(text: str) -> list[str]:
    return [c.text for c in find_candidates(text)]


def _auto_deck(make: type[Make], *texts: str) -> Deck:
    excerpts = [make.excerpt(f"x{i}", text) for i, text in enumerate(texts)]
    return make.deck(*excerpts, defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=10))


def _auto(cards: tuple[Card, ...]) -> dict[str, Card]:
    return {card.answer.text: card for card in cards if card.kind is CardKind.AUTO_CLOZE}


# --- a person's name blanked by automatic cloze accepts the surname ------------------


def test_an_automatic_cloze_person_accepts_the_surname_when_the_text_shows_a_person(
    make: type[Make],
) -> None:
    deck = _auto_deck(
        make,
        "In 1952 the Welsh botanist Emrys Pugwell described the lichen in detail.",
        "In 1910 a shepherd, Tadeo Urquiza, found the cave while searching for a goat.",
        "In 1921 Ottilie Brandvold mapped the glacier; her survey stood for decades.",
        "In 1887 Edward Quennell surveyed the estuary.",
        "In 1899 Walter Ashby, working with Ruprecht Kalbfleisch, drained the fen.",
    )
    cards = _auto(make.cards(deck))
    assert cards["Ruprecht Kalbfleisch"].answer.alternatives == ("Kalbfleisch",)
    assert cards["Emrys Pugwell"].answer.alternatives == ("Pugwell",)
    assert cards["Tadeo Urquiza"].answer.alternatives == ("Urquiza",)
    assert cards["Ottilie Brandvold"].answer.alternatives == ("Brandvold",)
    assert cards["Edward Quennell"].answer.alternatives == ("Quennell",)


def test_a_place_of_rare_words_or_a_shared_surname_gets_none(make: type[Make]) -> None:
    deck = _auto_deck(
        make,
        "In 1930 the ship reached Porto Mirandela before the storm.",
        "In 1887 Edward Quennell surveyed the estuary.",
        "In 1890 Martha Quennell sailed up the estuary.",
        "In 1902 the mail came from Charles Island every month.",
    )
    cards = _auto(make.cards(deck))
    assert cards["Porto Mirandela"].answer.alternatives == ()
    assert cards["Edward Quennell"].answer.alternatives == ()
    assert cards["Charles Island"].answer.alternatives == ()


def test_a_place_after_its_preposition_is_no_person_by_a_later_pronoun(
    make: type[Make],
) -> None:
    # "His" is Chopin's, not the birthplace's: "Wola" is no surname to accept.
    deck = _auto_deck(
        make,
        "Frederic Chopin was born in Zelazowa Wola in 1810. His nocturnes were published.",
    )
    cards = _auto(make.cards(deck))
    assert cards["Zelazowa Wola"].answer.alternatives == ()


def test_a_person_after_to_is_still_a_person_by_a_later_pronoun(make: type[Make]) -> None:
    # "to" and "from" lead to people as often as to places: the pronoun still counts.
    deck = _auto_deck(make, "In 1921 the survey went to Ottilie Brandvold; her map stood long.")
    cards = _auto(make.cards(deck))
    assert cards["Ottilie Brandvold"].answer.alternatives == ("Brandvold",)


# --- blanks the rest of the sentence gives away, or does not pin down ---------------


def test_a_clipped_form_gives_its_full_name_away_both_ways() -> None:
    assert related_words("Brastovac", "Bra") is False  # too short to be a stem
    assert related_words("Velimirovitz", "Velim")
    assert related_words("port", "portmanteau") is False  # a common word is no clipping
    text = "In 1931 the geologist Tomo Velimirovitz found the layer now called the Velim."
    assert not {"Tomo Velimirovitz", "Velim"} & set(_texts(text))


def test_a_sentence_opening_common_noun_is_not_part_of_the_name_after_it() -> None:
    text = "In 1870 the plan was mocked. Students of the Royal Academy laughed at it."
    assert "Royal Academy" in _texts(text)
    assert not any(t.startswith("Students") for t in _texts(text))
    # Capitalised mid-sentence too, the word belongs to the name.
    text = "Battle of the Somme began. Soldiers at the Battle of the Somme wrote home."
    assert "Battle of the Somme" in _texts(text)


def test_a_term_after_a_sentence_opening_article_is_not_blanked() -> None:
    text = "In 1828 a salt was heated. The isomerisation surprised the chemists."
    assert "isomerisation" not in _texts(text)
    assert "isomerisation" in _texts("Later came the isomerisation of the salt.")


def test_list_members_and_incidental_places_are_not_blanked() -> None:
    route = "The railway ran from Lisbon through Porto and Vigo to Santiago in 1911."
    assert not {"Porto", "Vigo"} & set(_texts(route))
    listed = "The fair drew traders from Genoa, Pisa and Lucca in 1502."
    assert not {"Genoa", "Pisa", "Lucca"} & set(_texts(listed))
    # A pair alone, or a list of people, is a fact to learn.
    assert {"Krupp", "Junkers"} <= set(_texts("He sent Krupp and Junkers to Kazan."))
    crew = "The crew were Anton Reissig, Paul Dreher and Kasimir Wolny."
    assert {"Paul Dreher", "Kasimir Wolny"} <= set(_texts(crew))
    incidental = "In 1865 the Lyon engraver Auguste Bressant cut the plates."
    assert "Lyon" not in _texts(incidental)
    assert "Swedish" in _texts("In 1865 the Swedish engraver Auguste Bressant cut them.")
    assert "Soviet" in _texts("In 1961 the Soviet craft Vostok 1 carried a man.")


# --- years before 1000 ------------------------------------------------------------


def test_a_year_of_one_to_three_digits_is_a_year_shown_without_zeros(
    make: type[Make],
) -> None:
    for text, year in (("79", 79), ("0079", 79), ("476", 476), ("9", 9)):
        when = parse_iso_date(text)
        assert when is not None and (when.year, when.precision) == (year, Precision.YEAR)
    assert parse_iso_date("0") is None and parse_iso_date("79-03") is None
    assert shown_value({}, "year", "0079") == "79"
    assert shown_value({}, "title", "0079") == "0079"
    facts = (
        make.fact("a", year="0410", what="Rome was sacked"),
        make.fact("b", year="1453", what="Constantinople fell"),
    )
    template = make.template(
        "when", prompt="In what year did it happen that {what}?", answer="year"
    )
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert {card.answer.text for card in cards} == {"410", "1453"}


# --- options of the answer's shape, not named in the card's own excerpt -------------


def _who_deck(make: type[Make], text: str, *people: str) -> Deck:
    # The first two people share a tag more than the rest: they are the nearest.
    facts = tuple(
        make.fact(f"p{i}", who=who, feat=f"feat {i}", tags=("x", "y") if i < 2 else ("x",))
        for i, who in enumerate(people)
    )
    template = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who did {feat}?", answer="who", choices=3
    )
    return make.deck(
        make.excerpt("e", text, facts=facts[:1]),
        make.excerpt("f", "other text.", facts=facts[1:]),
        templates=(template,),
    )


def test_options_have_the_answers_shape_while_the_pool_allows(make: type[Make]) -> None:
    deck = _who_deck(
        make,
        "plain text.",
        "Ada Quist",
        "Bram Olde and Cora Vint",
        "Dirk Haller",
        "Emil Sand",
    )
    card = next(c for c in make.cards(deck) if c.id.endswith("p0.who"))
    assert "Bram Olde and Cora Vint" not in card.choices
    assert len(card.choices) == 3


def test_options_avoid_people_the_excerpt_names_while_the_pool_allows(
    make: type[Make],
) -> None:
    text = "Ada Quist found the ore; Dirk Haller had found it a year earlier."
    deck = _who_deck(make, text, "Ada Quist", "Dirk Haller", "Emil Sand", "Fritz Lom")
    card = next(c for c in make.cards(deck) if c.id.endswith("p0.who"))
    assert "Dirk Haller" not in card.choices
    # Too few others: the named person is offered rather than no card.
    deck = _who_deck(make, text, "Ada Quist", "Dirk Haller", "Emil Sand")
    card = next(c for c in make.cards(deck) if c.id.endswith("p0.who"))
    assert "Dirk Haller" in card.choices


def test_hand_cloze_gets_the_same_surname_and_clipping_rules(make: type[Make]) -> None:
    excerpt = make.excerpt("e", "In 1952 the Welsh botanist {{c1::Emrys Pugwell}} named it.")
    (card,) = make.cards(make.deck(excerpt))
    assert card.answer.alternatives == ("Pugwell",)
    clipped = make.excerpt("e", "{{c1::Velimirovitz}} found the layer called the Velim.")
    (warning,) = make.warnings(make.deck(clipped))
    assert "'Velim' gives it away" in warning.message


# --- true/false swaps of a year -----------------------------------------------------


def _swapped(
    make: type[Make], facts: tuple[Fact, ...], statement: str, swap: str
) -> tuple[dict[str, str], str]:
    """The true/false statements a template makes of `facts`, by card slot, and the
    one warning it gives."""
    template = make.template("tf", kind=TemplateKind.TRUE_FALSE, statement=statement, swap=swap)
    # Each fact stated in a sentence of its own: a card's source teaches its truth.
    text = " ".join(f"{'; '.join(fact.values.values())}." for fact in facts)
    deck = make.deck(make.excerpt(text=text, facts=facts), templates=(template,))
    statements = {card.id.split(":")[-1]: card.prompt for card in make.cards(deck)}
    (warning,) = make.warnings(deck)
    return statements, warning.message


def test_a_year_is_never_swapped_for_one_more_than_a_century_away(make: type[Make]) -> None:
    facts = (
        make.fact("a", year="0410", what="Rome was sacked"),
        make.fact("b", year="1453", what="Constantinople fell"),
        make.fact("c", year="1492", what="Granada fell"),
    )
    statements, warning = _swapped(make, facts, "In {year} {what}.", "year")
    assert "a.tf" not in statements
    assert not any("410" in text for text in statements.values())
    assert "within a century" in warning


def test_an_amount_is_never_swapped_for_one_more_than_five_times_off(make: type[Make]) -> None:
    facts = (
        make.fact("india", country="India", people="about 1.4 billion"),
        make.fact("canada", country="Canada", people="about 40 million"),
        make.fact("australia", country="Australia", people="about 27 million"),
    )
    statements, warning = _swapped(make, facts, "{country} has {people} people.", "people")
    assert "india.tf" not in statements
    assert not any("billion" in text for text in statements.values())
    assert {"canada.tf", "australia.tf"} <= statements.keys()  # 40 and 27 million swap
    assert "within a factor of five" in warning


def test_a_small_amount_is_never_swapped_for_a_large_one(make: type[Make]) -> None:
    # Judged by the larger amount: "India has about 500 people" is as trivially false.
    facts = (
        make.fact("india", country="India", people="about 1.4 billion"),
        make.fact("monaco", country="Monaco", people="about 500"),
        make.fact("nauru", country="Nauru", people="about 600"),
    )
    statements, warning = _swapped(make, facts, "{country} has {people} people.", "people")
    assert "india.tf" not in statements
    assert not any("billion" in text for text in statements.values())
    assert "within a factor of five" in warning


def test_a_short_number_is_a_year_only_in_a_field_of_years() -> None:
    assert value_class("33") is ValueClass.NUMBER
    assert value_class("79", AnswerType.YEAR) is ValueClass.YEAR
    assert value_class("79", AnswerType.DATE) is ValueClass.YEAR
    assert value_class("0079") is ValueClass.DATE
    assert value_class("1815") is ValueClass.YEAR
