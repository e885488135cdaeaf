"""Tests of accepted answers on generated cards: fact values, cloze, aliases and surnames."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, Question, TemplateKind
from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.generate.accepted import surname_of
from trainer.core.model import AnswerType, Card, CardKind, DeckDefaults, DeckError


def _by_id(cards: Iterable[Card]) -> dict[str, Card]:
    return {card.id.split(":", 2)[2]: card for card in cards}


def _people_deck(
    make: type[Make],
    *people: tuple[str, dict[str, Any]],
    aliases: dict[str, tuple[str, ...]] | None = None,
    questions: tuple[Question, ...] = (),
    text: str = "plain text.",
    **kw: Any,
) -> Deck:
    """People, each with their extra fields (passed to `Make.fact`), in one excerpt."""
    facts = tuple(
        make.fact(f"p{i}", who=who, role=f"holder of post {i}", line=20 + i, **extra)
        for i, (who, extra) in enumerate(people)
    )
    template = make.template("who", prompt="Who was the {role}?", answer="who")
    return make.deck(
        make.excerpt("e", text, facts=facts, questions=questions),
        templates=(template,),
        aliases=aliases or {},
        **kw,
    )


def test_a_fact_values_accepted_answers_go_to_its_cards(make: type[Make]) -> None:
    deck = _people_deck(make, ("Yuri Gagarin", {"accepts": {"who": ("Yuri A. Gagarin",)}}))
    (card,) = make.cards(deck)
    assert card.answer.text == "Yuri Gagarin"
    assert card.answer.alternatives == ("Yuri A. Gagarin", "Gagarin")


def test_a_fact_values_accepted_answers_go_to_choice_cards_too(make: type[Make]) -> None:
    facts = (
        make.fact("a", where="Lipetsk", what="the air school", accepts={"where": ("Lipeck",)}),
        make.fact("b", where="Kazan", what="the tank school"),
        make.fact("c", where="Tomka", what="the gas site"),
    )
    template = make.template(
        "where", kind=TemplateKind.CHOICE, prompt="Where was {what}?", answer="where", choices=3
    )
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert _by_id(cards)["a.where"].answer.alternatives == ("Lipeck",)
    assert _by_id(cards)["b.where"].answer.alternatives == ()


def test_a_surname_is_accepted_when_no_other_answer_ends_in_it(make: type[Make]) -> None:
    deck = _people_deck(make, ("Yuri Gagarin", {}), ("Alan Shepard", {}), ("Laika", {}))
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Gagarin",)
    assert by_id["p1.who"].answer.alternatives == ("Shepard",)
    assert by_id["p2.who"].answer.alternatives == ()


def test_a_surname_shared_by_another_answer_is_not_accepted(make: type[Make]) -> None:
    deck = _people_deck(
        make, ("John Kennedy", {}), ("Robert Kennedy", {}), ("Yuri Gagarin", {}), ("Gagarin", {})
    )
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ()
    assert by_id["p1.who"].answer.alternatives == ()
    assert by_id["p2.who"].answer.alternatives == ()


def test_a_common_noun_is_no_rival_for_a_surname(make: type[Make]) -> None:
    # The unit "the watt" is no person: "Watt" answers who improved the steam engine.
    # "Watt" written as a name is.
    deck = _people_deck(make, ("James Watt", {}), ("the watt", {}), ("Georg Ohm", {}), ("Ohm", {}))
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Watt",)
    assert by_id["p2.who"].answer.alternatives == ()


def test_an_answer_ending_in_the_full_name_is_no_rival_for_its_surname(
    make: type[Make],
) -> None:
    # The same person named in full at the end of another answer, initials aside.
    deck = _people_deck(
        make,
        ("Dennis Ritchie", {}),
        ("began UNIX together with Dennis Ritchie", {}),
        ("Edsger Dijkstra", {}),
        ("Edsger W. Dijkstra", {}),
        ("John Kennedy", {}),
        ("Robert F. Kennedy", {}),
    )
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Ritchie",)
    assert by_id["p2.who"].answer.alternatives == ("Dijkstra",)
    assert by_id["p4.who"].answer.alternatives == ()


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Yuri Gagarin", "Gagarin"),
        ("Valerian Kuibyshev", "Kuibyshev"),
        ("Charles de Gaulle", "de Gaulle"),
        ("Dwight D. Eisenhower", "Eisenhower"),
        ("Valentina Tereshkova", "Tereshkova"),
        ("Lloyd George", None),
        ("Social Democrats", None),
        ("Soviet Union", None),
        ("The Manchester Guardian", None),
        ("Apollo 11", None),
        ("Laika", None),
        ("Supreme Council", None),
        ("the Allied Military Control Commission", None),
        ("Watson and Crick", None),
        ("Yuri A.", None),
        # After a given name, a surname may be a common word.
        ("Thomas Bell", "Bell"),
        ("Phillip Parker King", "King"),
        ("J. Robert Oppenheimer", "Oppenheimer"),
        # A nickname or a name made of words starts with no given name: no surname.
        ("York Minster", None),
        ("Jemmy Button", None),
        ("Fuegia Basket", None),
        ("Sitting Bull", None),
        # A last word that is a given name is no surname to be used alone.
        ("Dylan Thomas", None),
        # Nor is a ruler's number.
        ("Louis XVIII", None),
        ("Henry VIII", None),
        ("Alexander I", None),
        ("Pope John XXIII", None),
        # Titles and ranks before the name are not part of it.
        ("Count Alfred von Schlieffen", "von Schlieffen"),
        ("Field Marshal Douglas Haig", "Haig"),
        ("Admiral John Jellicoe", "Jellicoe"),
        ("Archduke Franz Ferdinand", None),
    ],
)
def test_what_counts_as_a_persons_name(name: str, surname: str | None) -> None:
    assert surname_of(name) == surname


def test_a_distinctive_first_name_the_text_uses_alone_is_accepted(make: type[Make]) -> None:
    text = "At Marengo Napoleon beat the Austrians, and Napoleon's horse took the name."
    deck = _people_deck(make, ("Napoleon Bonaparte", {}), ("Michael von Melas", {}), text=text)
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Bonaparte", "Napoleon")
    assert by_id["p1.who"].answer.alternatives == ("von Melas",)


@pytest.mark.parametrize(
    "text",
    [
        # The text never names him by his first name alone.
        "Napoleon Bonaparte beat the Austrians at Marengo.",
        # The first name is a common given name: which Louis?
        "Louis crowned himself.",
        # Initials or a middle name between first name and surname: still in full.
        "Napoleon B. Bonaparte beat the Austrians at Marengo.",
        "Napoleon Carlo Bonaparte beat the Austrians at Marengo.",
    ],
)
def test_a_first_name_is_not_accepted_without_the_texts_word(make: type[Make], text: str) -> None:
    deck = _people_deck(make, ("Napoleon Bonaparte", {}), ("Louis Desaix", {}), text=text)
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Bonaparte",)
    assert by_id["p1.who"].answer.alternatives == ("Desaix",)


def test_a_first_name_before_a_particle_and_the_surname_is_the_full_name(
    make: type[Make],
) -> None:
    text = "In 1770 Jean-Charles de Borda ranked candidates by points."
    deck = _people_deck(make, ("Jean-Charles de Borda", {}), ("Louis Desaix", {}), text=text)
    assert "Jean-Charles" not in _by_id(make.cards(deck))["p0.who"].answer.alternatives


def test_a_first_name_that_only_ends_another_name_is_not_accepted(make: type[Make]) -> None:
    # The "Lisa" of "Mona Lisa" names the painting, not the woman who sat for it.
    text = "Leonardo painted the Mona Lisa. Lisa Gherardini sat for it."
    deck = _people_deck(make, ("Lisa Gherardini", {}), ("Louis Desaix", {}), text=text)
    assert _by_id(make.cards(deck))["p0.who"].answer.alternatives == ("Gherardini",)


def test_a_first_name_another_answer_holds_is_not_accepted(make: type[Make]) -> None:
    text = "Napoleon beat the Austrians; Napoleon III lost to the Prussians."
    deck = _people_deck(make, ("Napoleon Bonaparte", {}), ("Napoleon III", {}), text=text)
    by_id = _by_id(make.cards(deck))
    assert by_id["p0.who"].answer.alternatives == ("Bonaparte",)
    assert by_id["p1.who"].answer.alternatives == ()


def test_only_answers_the_deck_treats_as_people_get_a_surname(make: type[Make]) -> None:
    facts = (make.fact("a", place="Cape Canaveral", what="the launch site"),)
    template = make.template("where", prompt="Where was {what}?", answer="place")
    (card,) = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert card.answer.alternatives == ()


def test_a_who_question_and_an_automatic_cloze_of_a_person_get_the_surname(
    make: type[Make],
) -> None:
    question = make.question("Who first orbited the Earth?", "Yuri Gagarin", slot="who")
    excerpt = make.excerpt(
        "e", "In 1961 {{c1::Yuri Gagarin}} orbited the Earth.", questions=(question,)
    )
    by_id = _by_id(make.cards(make.deck(excerpt)))
    assert by_id["who"].answer.alternatives == ("Gagarin",)
    assert by_id["c1"].answer.alternatives == ("Gagarin",)


@pytest.mark.parametrize(
    ("prompt", "surname"),
    [
        ("Which president took the United States into the war?", ("Wilson",)),
        ("What scientist first described the moons of Mars?", ("Wilson",)),
        # In the plural, and with how many.
        ("Which presidents led the country in a war?", ("Wilson",)),
        ("Which two presidents led the country in a war?", ("Wilson",)),
        # Not a person asked for by what they were.
        ("Which country did Woodrow Wilson lead?", ()),
    ],
)
def test_a_person_asked_for_by_what_they_were_gets_the_surname(
    make: type[Make], prompt: str, surname: tuple[str, ...]
) -> None:
    question = make.question(prompt, "Woodrow Wilson", slot="q")
    (card,) = make.cards(make.deck(make.excerpt("e", "Some text.", questions=(question,))))
    assert card.answer.alternatives == surname


def test_a_cloze_of_a_person_with_a_european_given_name_gets_the_surname(
    make: type[Make],
) -> None:
    text = "In 1839 {{c1::Theodor Schwann}} and {{c2::Matthias Schleiden}} proposed it."
    by_id = _by_id(make.cards(make.deck(make.excerpt("e", text))))
    assert by_id["c1"].answer.alternatives == ("Schwann",)
    assert by_id["c2"].answer.alternatives == ("Schleiden",)


def test_a_cloze_of_several_people_gets_each_ones_surname(make: type[Make]) -> None:
    text = "The treaty was signed by {{c1::Walther Rathenau}} and {{c1::Georgy Chicherin}}."
    (card,) = make.cards(make.deck(make.excerpt("e", text)))
    assert card.answer.alternatives == (
        "Rathenau; Georgy Chicherin",
        "Walther Rathenau; Chicherin",
    )
    # Places are no people, whatever their names look like.
    places = "Schools were built at {{c1::Lipetsk}} and {{c1::Kazan}}."
    (card,) = make.cards(make.deck(make.excerpt("e", places)))
    assert card.answer.alternatives == ()


def test_people_named_together_are_accepted_by_their_surnames(make: type[Make]) -> None:
    climbs = [
        ("everest", "Edmund Hillary and Tenzing Norgay"),
        ("k2", "Achille Compagnoni and Lino Lacedelli"),
        ("mont-blanc", "Jacques Balmat, Michel-Gabriel Paccard"),
        ("aconcagua", "Matthias Zurbriggen"),
        # A part that is no full name: no surname for the pair.
        ("radium", "Marie and Pierre Curie"),
    ]
    facts = tuple(
        make.fact(key, peak=key, climber=who, line=20 + i) for i, (key, who) in enumerate(climbs)
    )
    template = make.template("who", prompt="Who first climbed {peak}?", answer="climber")
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    assert [card.answer.alternatives for card in cards] == [
        ("Hillary and Norgay",),
        ("Compagnoni and Lacedelli",),
        ("Balmat and Paccard",),
        ("Zurbriggen",),
        (),
    ]
    # A surname another answer ends in is no one's alone, in a pair as anywhere.
    rival = make.fact("lhotse", peak="Lhotse", climber="Fritz Norgay", line=40)
    cards = make.cards(make.deck(make.excerpt(facts=(*facts, rival)), templates=(template,)))
    assert cards[0].answer.alternatives == ()


def test_aliases_are_accepted_on_every_kind_of_card(make: type[Make]) -> None:
    question = make.question("Who signed?", "the Soviet Union", slot="q", accept=("Soviets",))
    excerpt = make.excerpt(
        "e",
        "In 1922 Germany and the {{c1::Soviet Union}} signed a treaty at Rapallo.",
        questions=(question,),
    )
    auto = make.excerpt("plain", "In 1939 the Soviet Union signed a pact.", auto_cloze=True)
    deck = make.deck(excerpt, auto, aliases={"Soviet Union": ("USSR", "the Soviets")})
    by_id = _by_id(make.cards(deck))
    assert by_id["q"].answer.alternatives == ("Soviets", "USSR")
    assert by_id["c1"].answer.alternatives == ("USSR", "the Soviets")
    autos = [card for card in make.cards(deck) if card.kind is CardKind.AUTO_CLOZE]
    soviet = [card for card in autos if card.answer.text == "Soviet Union"]
    assert [card.answer.alternatives for card in soviet] == [("USSR", "the Soviets")]


def test_an_alias_group_works_both_ways_and_merges(make: type[Make]) -> None:
    question = make.question("Who?", "USSR", slot="q")
    deck = make.deck(
        make.excerpt("e", questions=(question,)),
        aliases={"Soviet Union": ("USSR",), "the Soviets": ("Soviet Union",)},
    )
    (card,) = make.cards(deck)
    assert card.answer.alternatives == ("Soviet Union", "the Soviets")


def test_a_cloze_with_several_blanks_has_parts_and_part_aliases(make: type[Make]) -> None:
    excerpt = make.excerpt(
        "e",
        "Schools at {{c1::Lipetsk}} and {{c1::Kazan}} were agreed in {{c2::1926}}.",
        cloze_accept={2: ("in 1926",)},
    )
    deck = make.deck(excerpt, aliases={"Lipetsk": ("Lipeck",)})
    by_id = _by_id(make.cards(deck))
    assert by_id["c1"].answer.text == "Lipetsk; Kazan"
    assert by_id["c1"].answer.parts == ("Lipetsk", "Kazan")
    assert by_id["c1"].answer.alternatives == ("Lipeck; Kazan",)
    assert by_id["c2"].answer.parts == ()
    assert by_id["c2"].answer.alternatives == ("in 1926",)
    assert by_id["c2"].answer.type is AnswerType.YEAR


def test_cloze_accepted_answers_for_an_unknown_number_are_an_error(make: type[Make]) -> None:
    excerpt = make.excerpt(
        "e",
        "Schools at {{c1::Lipetsk}}.",
        cloze_accept={1: ("Lipeck",), 3: ("x",)},
        cloze_accept_locations={1: make.loc(8, 14), 3: make.loc(8, 30)},
    )
    assert [str(e) for e in make.errors(make.deck(excerpt))] == [
        "deck.yaml:8:30: error: excerpt 'e' accepts answers for c3, but its text has no "
        "deletion c3 (its cloze numbers: c1)"
    ]


def test_an_excerpt_title_that_gives_an_answer_away_is_warned_about(make: type[Make]) -> None:
    question = make.question("Who announced it?", "Valerian Kuibyshev", slot="who")
    other = make.question("Which firm?", "Rheinmetall", slot="firm")
    excerpt = make.excerpt(
        "e",
        "The guns were made by Rheinmetall.",
        title="Kuibyshev announces the deal",
        title_location=make.loc(6, 12),
        questions=(question, other),
    )
    warnings = [str(w) for w in make.warnings(make.deck(excerpt))]
    assert warnings == [
        "deck.yaml:6:12: warning: excerpt 'e': its title 'Kuibyshev announces the deal', "
        "shown above its questions, gives away the answer 'Valerian Kuibyshev' (who)"
    ]


def test_a_title_names_every_card_whose_answer_it_gives_away(make: type[Make]) -> None:
    # Mending the one card named would leave its siblings of the same answer.
    questions = tuple(
        make.question(f"Which movement was {poet} part of?", "Romantic", slot=poet, line=10 + i)
        for i, poet in enumerate(("wordsworth", "keats", "byron", "shelley", "clare"))
    )
    excerpt = make.excerpt("e", title="The Romantic poets", questions=questions)
    (warning,) = [str(w) for w in make.warnings(make.deck(excerpt))]
    assert warning.endswith(
        "gives away the answer 'Romantic' (wordsworth, keats, byron and 2 more cards)"
    )


def test_a_title_that_merely_shares_small_words_is_fine(make: type[Make]) -> None:
    question = make.question("Who?", "The Nazis", slot="q", accept=("the",))
    excerpt = make.excerpt("e", title="The enemy within", questions=(question,))
    assert make.warnings(make.deck(excerpt)) == []


def test_a_template_that_no_fact_fits_is_warned_about(make: type[Make]) -> None:
    facts = (
        make.fact("a", who="Lenin", role="a Bolshevik", line=20),
        make.fact("b", who="Krupp", firm="Krupp", line=24),
    )
    template = make.template("x", prompt="Was {role} a {firm}?", answer="who", line=3)
    _, diagnostics = make.generate(
        make.deck(
            make.excerpt(facts=facts, questions=(make.question(),)),
            templates=(template,),
            defaults=DeckDefaults(auto_cloze=False),
        )
    )
    assert [str(d) for d in diagnostics if "makes no card" in d.message] == [
        "deck.yaml:3:5: warning: template 'x' makes no card: no fact has all of its fields "
        "'firm', 'role', 'who' (fact 'a' lacks 'firm')"
    ]


def test_an_unknown_cloze_number_in_accept_is_an_error_at_its_key() -> None:
    text = (
        "id: d\ntitle: T\nexcerpts:\n  - id: e\n    page: 1\n"
        "    text: At {{c1::Lipetsk}}.\n    accept: {c1: [Lipeck], c2: [Kazan]}\n"
    )
    with pytest.raises(DeckError) as caught:
        compile_loaded(load_deck_bytes("deck.yaml", text.encode()))
    assert [str(d) for d in caught.value.diagnostics] == [
        "deck.yaml:7:28: error: excerpt 'e' accepts answers for c2, but its text has no "
        "deletion c2 (its cloze numbers: c1)"
    ]


@pytest.mark.parametrize(
    ("name", "first"),
    [
        ("Leonardo da Vinci", "Leonardo"),
        ("Galileo Galilei", "Galileo"),
        ("Dante Alighieri", "Dante"),
    ],
)
def test_one_known_by_a_given_name_is_accepted_by_it_whatever_the_text(
    make: type[Make], name: str, first: str
) -> None:
    deck = _people_deck(make, (name, {}), ("Louis Desaix", {}), text=f"{name} worked here.")
    by_id = _by_id(make.cards(deck))
    assert first in by_id["p0.who"].answer.alternatives
    assert "Louis" not in by_id["p1.who"].answer.alternatives


def test_a_known_first_name_another_answer_holds_is_not_accepted(make: type[Make]) -> None:
    deck = _people_deck(make, ("Leonardo da Vinci", {}), ("Leonardo Fibonacci", {}))
    by_id = _by_id(make.cards(deck))
    assert "Leonardo" not in by_id["p0.who"].answer.alternatives


def test_the_same_name_with_a_title_is_no_rival_for_its_surname(make: type[Make]) -> None:
    deck = _people_deck(make, ("Admiral Chester Nimitz", {}), ("Chester Nimitz", {}))
    by_id = _by_id(make.cards(deck))
    assert "Nimitz" in by_id["p0.who"].answer.alternatives
    assert by_id["p1.who"].answer.alternatives == ("Nimitz",)


def test_a_name_alone_in_a_list_answer_is_no_rival_for_its_bearer(make: type[Make]) -> None:
    # "Crassus" was refused for "Marcus Licinius Crassus" because another card's answer,
    # "Julius Caesar, Pompey and Crassus", ended in it: the list names him alone.
    listed = make.question("Who formed the alliance of 60 BC?", "Julius Caesar, Pompey and Crassus")
    deck = _people_deck(
        make,
        ("Marcus Licinius Crassus", {}),
        ("Gnaeus Pompeius Magnus", {}),
        questions=(listed,),
        text="In 60 BC Julius Caesar, Pompey and Crassus formed an alliance.",
    )
    by_id = _by_id(make.cards(deck))
    assert "Crassus" in by_id["p0.who"].answer.alternatives
    # Two people of the name in the deck: the list's is either.
    twice = _people_deck(
        make,
        ("Marcus Licinius Crassus", {}),
        ("Publius Licinius Crassus", {}),
        questions=(listed,),
        text="In 60 BC Julius Caesar, Pompey and Crassus formed an alliance.",
    )
    assert "Crassus" not in _by_id(make.cards(twice))["p0.who"].answer.alternatives


def test_a_first_name_another_option_holds_is_no_answer(make: type[Make]) -> None:
    # "Pliny" was accepted for Pliny the Younger with Pliny the Elder among the options.
    asked = make.question(
        "Who described the eruption in letters to Tacitus?",
        "Pliny the Younger",
        distractors=("Pliny the Elder", "Seneca", "Suetonius"),
    )
    plain = make.question("Who wrote the Letters?", "Pliny the Younger", slot="q2", line=12)
    deck = _people_deck(make, ("Marcus Tullius Cicero", {}), questions=(asked, plain))
    by_id = _by_id(make.cards(deck))
    choice = next(card for key, card in by_id.items() if card.choices)
    assert "Pliny" not in choice.answer.alternatives
