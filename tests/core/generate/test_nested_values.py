"""Values a card's answer may hold, or that its excerpt says beside it: no fair rival."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate import nested_values
from trainer.core.generate.nested_values import may_hold, place_level, refers_back, said_beside
from trainer.core.model import CardKind


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("the Place de la Révolution", "Paris"),
        ("the Tuileries Palace", "Paris"),
        ("Trafalgar Square", "London"),
        ("Piazza Navona", "Rome"),
        ("Red Square", "the Russian Empire"),
        ("Lyon", "the Kingdom of France"),
        ("the Province of Quebec", "the Dominion of Canada"),
        # A sea, a gulf, a bay or a strait may lie in any ocean.
        ("the Gulf of Mexico", "the Atlantic Ocean"),
        ("North Sea", "Atlantic Ocean"),
        ("the Bay of Bengal", "the Indian Ocean"),
        ("Bering Strait", "Pacific Ocean"),
        # An ocean by its name alone, as often said.
        ("the North Sea", "the Atlantic"),
        ("the Kara Sea", "the Arctic"),
        ("the Coral Sea", "the South Pacific"),
        ("the English Channel", "the Atlantic"),
        # A continent may hold any country, region, town or site.
        ("Egypt", "Africa"),
        ("the Kingdom of France", "Europe"),
        ("the Duchy of Brittany", "Europe"),
        ("Brazil", "South America"),
        ("Peru", "the Americas"),
        ("Red Square", "Asia"),
        # A country by its name alone holds any town: "The Wall Street Crash took place
        # in Poland" is false only by knowing where Poland is not.
        ("New York", "Poland"),
        ("Paris", "France"),
        ("Sarajevo", "the Soviet Union"),
        ("Edinburgh", "Scotland"),
    ],
)
def test_a_place_of_a_higher_level_may_hold_the_answer(answer: str, value: str) -> None:
    assert may_hold(answer, value)


@pytest.mark.parametrize(
    ("answer", "value"),
    [
        ("Paris", "the Place de la Révolution"),  # a square never holds a town
        ("Paris", "Versailles"),  # two names: nothing to go by
        ("the Tuileries Palace", "the Louvre"),  # "the Louvre" is no town's name
        ("the Tuileries Palace", "the Place de la Révolution"),
        ("Marie Curie", "Pierre Curie"),
        ("a price floor", "Rent control"),
        ("1789", "1793"),
        # No sea holds an ocean, nor another sea.
        ("the Atlantic Ocean", "the Gulf of Mexico"),
        ("the North Sea", "the Black Sea"),
        ("the Atlantic Ocean", "the Pacific Ocean"),
        ("the Atlantic", "the North Sea"),
        ("Atlantic City", "the Atlantic"),  # a town named for an ocean holds no sea
        # No country holds a continent, nor a continent another.
        ("Africa", "Egypt"),
        ("Europe", "the Kingdom of France"),
        ("Africa", "Asia"),
        # A town for a country is fair, as is a country for a country.
        ("Poland", "New York"),
        ("Poland", "Germany"),
    ],
)
def test_a_value_of_the_same_or_a_lower_level_is_a_fair_rival(answer: str, value: str) -> None:
    assert not may_hold(answer, value)


def test_levels() -> None:
    assert place_level("the Place de la Révolution") == 1
    assert place_level("Westminster Abbey") == 1
    assert place_level("Nantes") == 2
    assert place_level("the Vendée") is None
    assert place_level("the Duchy of Brittany") == 3
    assert place_level("the Holy Roman Empire") == 4
    assert place_level("Africa") == 5
    assert place_level("Poland") == place_level("the Netherlands") == 4
    assert place_level("Luxembourg") == place_level("Georgia") == 2
    assert place_level("North America") == 5
    assert place_level("the African continent") == 5
    assert place_level("a price floor") is None


@pytest.mark.parametrize(
    ("text", "answer", "value", "beside"),
    [
        (
            "He was guillotined on the Place de la Révolution in Paris.",
            "the Place de la Révolution",
            "Paris",
            True,
        ),
        ("Marat and Danton founded the club in 1790.", "Jean-Paul Marat", "Danton", False),
        ("Marat and Danton founded the club in 1790.", "Marat", "Danton", True),
        ("The prisoners were drowned at Nantes, on the Loire.", "Nantes", "the Loire", True),
        (
            "Robespierre fell on 27 July 1794, and Marie Antoinette died on 16 October 1793.",
            "1794-07-27",
            "1793-10-16",
            False,
        ),
        ("Robespierre fell on 27 July 1794. Louis died in Paris.", "1794-07-27", "Paris", False),
        ("It was signed in Paris. Versailles was calm.", "Paris", "Versailles", False),
    ],
)
def test_a_value_said_within_two_words_of_the_answer_is_beside_it(
    text: str, answer: str, value: str, beside: bool
) -> None:
    assert said_beside(answer, value, text) is beside


def _places_deck(
    make: type[Make], text: str, king_place: str = "the Place de la Révolution"
) -> Deck:
    facts = (
        make.fact("king", happening="the execution of Louis XVI", place=king_place, line=20),
        make.fact("bastille", happening="the storming of the Bastille", place="Paris", line=21),
        make.fact(
            "estates", happening="the opening of the Estates-General", place="Versailles", line=22
        ),
        make.fact("flight", happening="the arrest of the king", place="Varennes", line=23),
        make.fact("defeat", happening="the defeat of the Vendéans", place="Savenay", line=24),
    )
    templates = (
        make.template(
            "where", kind=TemplateKind.CHOICE, prompt="Where was {happening}?", answer="place"
        ),
        make.template(
            "tf",
            kind=TemplateKind.TRUE_FALSE,
            statement="{happening} took place in {place}.",
            swap="place",
        ),
    )
    return make.deck(make.excerpt("e", text, facts=facts), templates=templates)


def test_a_site_is_never_swapped_for_a_place_that_may_hold_it(make: type[Make]) -> None:
    deck = _places_deck(
        make,
        make.naming("the Place de la Révolution", "Paris", "Versailles", "Varennes", "Savenay"),
    )
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.generate(deck)[0]}
    assert "king.tf" not in cards
    assert any(
        "king" in w.message and "may be true as well" in w.message for w in make.warnings(deck)
    )
    # A town is swapped for a square: a square holds no town.
    assert "bastille.tf" in cards


def test_a_value_said_beside_the_answer_is_neither_swapped_nor_offered(make: type[Make]) -> None:
    # "Savenay, near Nantes": Nantes said beside Savenay may be right as well.
    text = (
        "The Bastille fell in Paris. The Estates-General met at Versailles. The king was "
        "caught at Varennes. The Vendéans were beaten at Savenay, near Nantes. "
        "The Place de la Révolution saw the king die."
    )
    facts = [
        make.fact("defeat", happening="the defeat of the Vendéans", place="Savenay", line=20),
        make.fact("bastille", happening="the storming of the Bastille", place="Paris", line=21),
        make.fact(
            "estates", happening="the opening of the Estates-General", place="Versailles", line=22
        ),
        make.fact("flight", happening="the arrest of the king", place="Varennes", line=23),
        make.fact("noyades", happening="the drownings", place="Nantes", line=24),
        make.fact("lyon", happening="the siege", place="Lyon", line=25),
    ]
    templates = (
        make.template(
            "where", kind=TemplateKind.CHOICE, prompt="Where was {happening}?", answer="place"
        ),
        make.template(
            "tf",
            kind=TemplateKind.TRUE_FALSE,
            statement="{happening} took place in {place}.",
            swap="place",
        ),
    )
    deck = make.deck(make.excerpt("e", text, facts=tuple(facts)), templates=templates)
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(deck)}
    assert "Nantes" not in cards["defeat.where"].choices
    assert "Nantes" not in cards["defeat.tf"].prompt


def test_a_value_the_text_ties_to_its_own_fact_is_no_second_answer(make: type[Make]) -> None:
    text = "Être in the present: je suis, tu es, il est, nous sommes."
    facts = [
        make.fact(f"etre-{person}", verb="être", person=person, form=form)
        for person, form in (("je", "suis"), ("tu", "es"), ("il", "est"), ("nous", "sommes"))
    ]
    # Each form is said beside its own person: a list, not two answers.
    assert said_beside("suis", "es", text)
    assert not said_beside("suis", "es", text, (facts, "form"))
    # "Savenay, near Nantes" ties Nantes to no fact of its own, there: it may be right as
    # well, whatever another sentence says of it.
    near = "The Vendéans were beaten at Savenay, near Nantes. The drownings were at Nantes."
    drownings = [make.fact("noyades", happening="the drownings", place="Nantes")]
    assert said_beside("Savenay", "Nantes", near, (drownings, "place"))


def test_a_false_statement_takes_another_form_of_the_same_table(make: type[Make]) -> None:
    # Each form sits beside the others: none was a fair false value, so the statements
    # took another verb's ("The tu form of 'être' is 'ai'").
    text = "Être in the present: je suis, tu es."
    table = (("je", "suis"), ("tu", "es"))
    facts = tuple(
        make.fact(f"etre-{person}", verb="être", person=person, form=form, line=20 + i)
        for i, (person, form) in enumerate(table)
    )
    other = make.fact("avoir-je", verb="avoir", person="je", form="ai", line=40)
    tf = make.template(
        "tf",
        kind=TemplateKind.TRUE_FALSE,
        statement="The {person} form of '{verb}' is '{form}'.",
        swap="form",
    )
    deck = make.deck(
        make.excerpt("e", text, facts=facts),
        make.excerpt("f", "Avoir: j'ai.", facts=(other,), line=30),
        templates=(tf,),
    )
    stated = {
        card.id: card.prompt.rsplit("'", 2)[1]
        for card in make.cards(deck)
        if card.id.split(":")[1] == "e"
    }
    assert set(stated.values()) <= {form for _, form in table}, stated


RIVERS = (
    ("mississippi", "the Mississippi", "the Gulf of Mexico"),
    ("thames", "the Thames", "the North Sea"),
    ("danube", "the Danube", "the Black Sea"),
    ("yangtze", "the Yangtze", "the East China Sea"),
    ("rhone", "the Rhône", "the Mediterranean Sea"),
    ("amazon", "the Amazon", "the Atlantic"),
    ("columbia", "the Columbia", "the Pacific"),
    ("ob", "the Ob", "the Gulf of Ob"),
)


def _where_deck(
    make: type[Make],
    rows: tuple[tuple[str, str, str], ...],
    fields: tuple[str, str],
    prompt: str,
    statement: str,
    choice_id: str = "where",
) -> Deck:
    """One excerpt stating each row's thing and place, a choice template asking the place
    (`prompt`) and a true/false one swapping it (`statement`, also the text's sentences)."""
    thing, place = fields
    values: list[dict[str, Any]] = [{thing: named, place: where} for _, named, where in rows]
    facts = tuple(
        make.fact(key, line=20 + i, **row)
        for i, ((key, _, _), row) in enumerate(zip(rows, values, strict=True))
    )
    templates = (
        make.template(choice_id, kind=TemplateKind.CHOICE, prompt=prompt, answer=place),
        make.template("tf", kind=TemplateKind.TRUE_FALSE, statement=statement, swap=place),
    )
    sentences = (statement.format(**{thing: named, place: where}) for _, named, where in rows)
    text = " ".join(sentence[:1].upper() + sentence[1:] for sentence in sentences)
    return make.deck(make.excerpt("e", text, facts=facts), templates=templates)


def _rivers_deck(make: type[Make]) -> Deck:
    return _where_deck(
        make,
        RIVERS,
        ("river", "mouth"),
        "Where does {river} end?",
        "{river} flows into {mouth}.",
        choice_id="mouth",
    )


def test_an_ocean_is_never_a_false_value_for_a_sea_it_may_hold(make: type[Make]) -> None:
    # "The Mississippi flows into the Atlantic" is true of the Gulf of Mexico, and "the
    # Thames flows into the Atlantic" of the North Sea: an ocean said by its name alone.
    oceans = {"the Atlantic", "the Pacific"}
    cards = make.cards(_rivers_deck(make))
    seas = {mouth for _, _, mouth in RIVERS} - oceans
    falses = [c for c in cards if c.kind is CardKind.TRUE_FALSE and c.explanation]
    assert falses
    for card in falses:
        if any(sea in card.explanation for sea in seas):
            assert not any(ocean in card.prompt for ocean in oceans), card.prompt
    # As an option an ocean comes after every sea, so it is not offered for one.
    for card in cards:
        if card.kind is CardKind.CHOICE and card.answer.text in seas:
            assert oceans.isdisjoint(card.choices), card.choices


def test_a_continent_is_never_a_false_value_for_a_place_it_may_hold(make: type[Make]) -> None:
    # "The treaty was signed in Europe" is true of one signed in France.
    places = (
        ("rome", "the Treaty of Rome", "Italy"),
        ("versailles", "the Treaty of Versailles", "France"),
        ("utrecht", "the Treaty of Utrecht", "the Dutch Republic"),
        ("nanking", "the Treaty of Nanking", "China"),
        ("ghent", "the Treaty of Ghent", "Belgium"),
        ("tordesillas", "the Treaty of Tordesillas", "Spain"),
        ("waitangi", "the Treaty of Waitangi", "Oceania"),
        ("fort-laramie", "the Treaty of Fort Laramie", "North America"),
    )
    deck = _where_deck(
        make,
        places,
        ("treaty", "place"),
        "Where was {treaty} signed?",
        "{treaty} was signed in {place}.",
    )
    cards = make.cards(deck)
    continents = {"Oceania", "North America"}
    for card in cards:
        in_a_country = not any(continent in card.explanation for continent in continents)
        if card.kind is CardKind.TRUE_FALSE and card.explanation and in_a_country:
            assert not any(continent in card.prompt for continent in continents), card.prompt
        if card.kind is CardKind.CHOICE and card.answer.text not in continents:
            assert continents.isdisjoint(card.choices), card.choices


WAR_PLACES = (
    ("invasion", "the invasion of 1939", "Poland"),
    ("crash", "the Wall Street Crash", "New York"),
    ("fleet", "the attack on the American fleet", "Pearl Harbor"),
    ("surrender", "the surrender of February 1943", "Stalingrad"),
    ("charter", "the signing of the Charter", "San Francisco"),
)


def _war_deck(make: type[Make]) -> Deck:
    return _where_deck(
        make, WAR_PLACES, ("event", "place"), "Where was {event}?", "{event} was in {place}."
    )


def test_a_country_is_no_false_place_for_a_town_and_is_warned_alone(make: type[Make]) -> None:
    # "The Wall Street Crash took place in Poland" was offered as false; Poland holds
    # towns, and is the only country among the options for its own card.
    deck = _war_deck(make)
    cards = make.cards(deck)
    false_statements = [c for c in cards if c.kind is CardKind.TRUE_FALSE and c.explanation]
    choices = [c for c in cards if c.kind is CardKind.CHOICE and c.answer.text != "Poland"]
    assert false_statements and len(choices) == 4
    for card in false_statements:
        assert "Poland" not in card.prompt, card.prompt
    for card in choices:
        assert "Poland" not in card.choices, card.choices
    messages = [warning.message for warning in make.warnings(deck)]
    assert (
        "template 'where' for fact 'invasion': its answer 'Poland' is the only country "
        "among the options, so its kind gives it away: give more of the template's facts "
        "values of its shape"
    ) in messages


SCHEELE = (
    "In 1774 Joseph Priestley made oxygen at Calne. Carl Wilhelm Scheele had made the "
    "same gas a little earlier in Uppsala. Henry Cavendish described hydrogen in 1766."
)
LYELL = (
    "James Hutton argued that the Earth is shaped by slow processes. Charles Lyell "
    "popularised it in his Principles of Geology. Alfred Wegener proposed drift."
)


AVOGADRO = (
    "John Dalton set out an atomic theory. Amedeo Avogadro held that equal volumes of "
    "gases at the same temperature hold equal numbers of molecules."
)
FLEMING = (
    "Joseph Lister used carbolic acid against infection. Alexander Fleming saw a mould "
    "kill the bacteria around it."
)
PRIESTLEY = (
    "In 1774 Joseph Priestley heated mercuric oxide and collected a gas. He called it "
    "dephlogisticated air. Carl Wilhelm Scheele had made the same gas a little earlier. "
    "Henry Cavendish had also weighed hydrogen."
)
SEMMELWEIS = "Joseph Lister used carbolic acid. Ignaz Semmelweis had also fought infection."


@pytest.mark.parametrize(
    ("text", "answer", "value", "refers"),
    [
        # The audits' cases: the next sentence takes up what the answer's said.
        (SCHEELE, "Joseph Priestley", "Carl Wilhelm Scheele", True),
        (LYELL, "James Hutton", "Charles Lyell", True),
        # A sentence that says something of its own, or does not follow the answer's.
        (SCHEELE, "Joseph Priestley", "Henry Cavendish", False),
        (LYELL, "James Hutton", "Alfred Wegener", False),
        (LYELL, "Alfred Wegener", "Charles Lyell", False),
        # The same measure, or a word about the place, takes up nothing it did.
        (AVOGADRO, "John Dalton", "Amedeo Avogadro", False),
        (FLEMING, "Joseph Lister", "Alexander Fleming", False),
        (SEMMELWEIS, "Joseph Lister", "Ignaz Semmelweis", True),
        # A sentence opening with a pronoun goes on about the answer (the audit's deck).
        (PRIESTLEY, "Joseph Priestley", "Carl Wilhelm Scheele", True),
        (PRIESTLEY, "Joseph Priestley", "Henry Cavendish", False),
    ],
)
def test_a_person_whose_sentence_takes_up_the_answers_may_be_right_too(
    text: str, answer: str, value: str, refers: bool
) -> None:
    assert refers_back(answer, value, text) is refers


def test_a_person_the_next_sentence_credits_too_is_no_option_nor_swap(make: type[Make]) -> None:
    # The audit's case: Scheele, who discovered chlorine (a fact of his own), was offered
    # for oxygen and swapped in: "Oxygen was discovered by Carl Wilhelm Scheele", False.
    facts = (make.fact("oxygen", element="oxygen", who="Joseph Priestley", line=20),)
    others = (
        make.fact("chlorine", element="chlorine", who="Carl Wilhelm Scheele", line=30),
        make.fact("hydrogen", element="hydrogen", who="Henry Cavendish", line=31),
        make.fact("nitrogen", element="nitrogen", who="Daniel Rutherford", line=32),
        make.fact("potassium", element="potassium", who="Humphry Davy", line=33),
    )
    text = "Scheele chlorine, Cavendish hydrogen, Rutherford nitrogen, Davy potassium."
    choice = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who discovered {element}?", answer="who"
    )
    statement = "{element} was discovered by {who}."
    swap = make.template("tf", kind=TemplateKind.TRUE_FALSE, statement=statement, swap="who")
    offered: set[str] = set()
    for shift in range(6):
        deck = make.deck(
            make.excerpt("e", SCHEELE.split(" Henry")[0], facts=facts),
            make.excerpt("f", text, facts=others, line=29),
            templates=(choice, swap),
            deck_id=f"d{shift}",
        )
        for card in make.cards(deck):
            if card.id.endswith("oxygen.who"):
                offered.update(card.choices)
            if card.id.endswith("oxygen.tf"):
                assert "Scheele" not in card.prompt
    assert "Carl Wilhelm Scheele" not in offered
    assert {"Henry Cavendish", "Daniel Rutherford", "Humphry Davy"} <= offered


# Excerpts made of a few names and the words that take a sentence up: the quick paths of
# `refers_back` and `said_beside` (one search of the whole text first, each phrase
# padded once) must say what reading every sentence says.
_NAMES = ["Joseph Priestley", "Carl Wilhelm Scheele", "Scheele", "Lavoisier", "Kazan", "1774"]
_SENTENCE_WORDS = [*_NAMES, "had made the same gas", "also", "He", "at", "near", "and", "in"]


def _plain_refers_back(answer: str, value: str, text: str) -> bool:
    truth, other = nested_values._mentions(answer), nested_values._mentions(value)
    if not truth or not other:
        return False
    about_answer = False
    for sentence in nested_values._sentences(text):
        names_answer = nested_values._names(sentence, truth)
        if (
            about_answer
            and not names_answer
            and nested_values._names(sentence, other)
            and nested_values._BACK_REFERENCE.search(sentence) is not None
        ):
            return True
        about_answer = names_answer or (
            about_answer and sentence.startswith(nested_values._GOING_ON)
        )
    return False


def _plain_said_beside(answer: str, value: str, text: str) -> bool:
    needle, truth = nested_values._words(value), nested_values._words(answer)
    if not needle or not truth:
        return False
    for sentence in nested_values._sentences(text):
        padded = f" {sentence} "
        if f" {' '.join(needle)} " not in padded or f" {' '.join(truth)} " not in padded:
            continue
        if nested_values._near(sentence, needle, truth):
            return True
    return False


_TEXTS = st.lists(
    st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=1, max_size=7).map(" ".join),
    min_size=1,
    max_size=4,
).map(lambda sentences: ". ".join(sentences) + ".")


@given(st.sampled_from(_NAMES), st.sampled_from([*_NAMES, "Lyon", ""]), _TEXTS)
def test_the_quick_reads_of_an_excerpt_say_what_reading_each_sentence_says(
    answer: str, value: str, text: str
) -> None:
    assert refers_back(answer, value, text) == _plain_refers_back(answer, value, text)
    assert said_beside(answer, value, text) == _plain_said_beside(answer, value, text)


@given(st.sampled_from(_NAMES), st.sampled_from([*_NAMES, "Lyon", "Wilhelm", ""]), _TEXTS)
@example(
    "Joseph Priestley",
    "Carl Wilhelm Scheele",
    "Joseph Priestley made it. Scheele had made the same gas.",
)
def test_a_value_the_excerpt_never_names_is_neither_beside_nor_referred_back_to(
    answer: str, value: str, text: str
) -> None:
    # Named by surname alone, Scheele is taken up after Priestley: named, and referred back to.
    if _plain_refers_back(answer, value, text):
        assert nested_values.may_be_named_in(value, text)
    if not nested_values.may_be_named_in(value, text):
        assert not _plain_said_beside(answer, value, text)
        assert not _plain_refers_back(answer, value, text)


def test_an_amount_within_an_approximate_ones_reach_is_no_false_value() -> None:
    within = nested_values.within_approximation
    assert within("about 6,400 km", "about 6,300 km")  # "about" reaches a tenth
    assert within("about 1.4 billion", "about 1.3 billion")
    assert not within("about 6,400 km", "about 4,900 km")
    assert not within("6,400 km", "6,300 km")  # neither approximate: exact amounts differ
    assert not within("about 35", "about 40")


def test_a_false_statement_takes_no_length_an_about_still_covers(make: type[Make]) -> None:
    # "The Amazon is about 6,300 km long" was the false statement for about 6,400 km.
    lengths = {"nile": 6650, "amazon": 6400, "yangtze": 6300, "mekong": 4900, "volga": 3530}
    facts = tuple(
        make.fact(key, river=key.title(), length=f"about {km:,} km", line=20 + i)
        for i, (key, km) in enumerate(lengths.items())
    )
    tf = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="The {river} is {length} long.", swap="length"
    )
    deck = make.deck(
        make.excerpt("e", "The great rivers and their lengths.", facts=facts), templates=(tf,)
    )
    for card in make.cards(deck):
        if card.answer.text != "False":
            continue
        key = card.id.rsplit(":", 1)[1].removesuffix(".tf")
        stated = int(card.prompt.split("about ")[1].split(" km")[0].replace(",", ""))
        assert abs(stated - lengths[key]) > lengths[key] / 10, card.prompt
