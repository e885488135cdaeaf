"""Tests of automatic cloze cards: prompts, answers, ids, limits, and when it is on."""

from __future__ import annotations

import dataclasses
from typing import TypedDict, Unpack

import pytest

from tests.core.generate.conftest import Make
from trainer.core.deck.answer_types import infer_answer_type
from trainer.core.generate.auto_cloze import Candidate, CandidateKind, find_candidates
from trainer.core.generate.cloze_subject import names_the_subject, subject_words
from trainer.core.model import AnswerType, BookSource, Card, CardKind, DeckDefaults

EXPORTS = "In 1932 nearly 50% of what the Soviet Union imported came from Germany.\n"


class ClozeDefaults(TypedDict, total=False):
    """The deck defaults these tests vary."""

    auto_cloze_max: int


def _cards(make: type[Make], text: str, **defaults: Unpack[ClozeDefaults]) -> tuple[Card, ...]:
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True, **defaults))
    return make.cards(deck)


def test_the_documented_example(make: type[Make]) -> None:
    cards = _cards(make, EXPORTS, auto_cloze_max=3)
    assert [(c.id, c.prompt, c.answer.text) for c in cards] == [
        (
            "d:x:auto-1932",
            "In [year] nearly 50% of what the Soviet Union imported came from Germany.",
            "1932",
        ),
        (
            "d:x:auto-soviet-union",
            "In 1932 nearly 50% of what the [...] imported came from Germany.",
            "Soviet Union",
        ),
        (
            "d:x:auto-germany",
            "In 1932 nearly 50% of what the Soviet Union imported came from [...].",
            "Germany",
        ),
    ]
    assert all(c.kind is CardKind.AUTO_CLOZE for c in cards)
    assert [c.answer.type for c in cards] == [AnswerType.YEAR, AnswerType.TEXT, AnswerType.TEXT]


def test_a_name_with_its_number_is_one_blank_answered_as_text(make: type[Make]) -> None:
    cards = _cards(make, "In 1957 the Soviets launched Sputnik 1 from Baikonur.")
    sputnik = next(c for c in cards if c.id == "d:x:auto-sputnik-1")
    assert sputnik.prompt == "In 1957 the Soviets launched [...] from Baikonur."
    assert (sputnik.answer.text, sputnik.answer.type) == ("Sputnik 1", AnswerType.TEXT)
    assert not any(c.answer.text == "Sputnik" for c in cards)


@pytest.mark.parametrize("name", ["Apollo 11", "Sputnik 1", "Friendship 7", "Vostok 6", "Luna 2"])
def test_a_name_with_a_number_is_typed_as_text(name: str) -> None:
    assert infer_answer_type(name) is AnswerType.TEXT


def test_a_quantity_is_blanked_with_its_unit_and_graded_as_a_number(make: type[Make]) -> None:
    cards = _cards(make, "On 1 April 1926 Krupp leased 50,000 hectares in the North Caucasus.")
    hectares = next(c for c in cards if c.answer.text == "50,000 hectares")
    assert hectares.id == "d:x:auto-50,000-hectares"
    assert hectares.prompt == "On 1 April 1926 Krupp leased [number] in the North Caucasus."
    assert hectares.answer.type is AnswerType.NUMBER
    assert all("[number] April" not in c.prompt for c in cards)


def test_a_name_with_a_personal_title_also_accepts_the_name_alone(make: type[Make]) -> None:
    cards = _cards(make, "On 25 May 1961 President John F. Kennedy spoke to Congress.")
    kennedy = next(c for c in cards if c.answer.text == "President John F. Kennedy")
    # His surname too: a given name after the title says a person.
    assert kennedy.answer.alternatives == ("John F. Kennedy", "Kennedy")
    assert next(c for c in cards if c.answer.text == "Congress").answer.alternatives == ()


@pytest.mark.parametrize("place", ["St Helena", "Queen Maud Land", "Prince Edward Island"])
def test_a_place_named_like_a_person_keeps_every_word(make: type[Make], place: str) -> None:
    cards = _cards(make, f"In July 1836 the ship anchored off {place} for a week.")
    card = next(c for c in cards if c.answer.text == place)
    assert card.answer.alternatives == ()


def test_a_persons_title_before_a_name_may_be_left_out(make: type[Make]) -> None:
    cards = _cards(make, "In 1844 Professor Ehrenberg found living things in the dust.")
    ehrenberg = next(c for c in cards if c.answer.text == "Professor Ehrenberg")
    assert ehrenberg.answer.alternatives == ("Ehrenberg",)


def _subject_cards(make: type[Make], text: str, title: str, source_title: str = "") -> list[str]:
    source = BookSource(title=source_title) if source_title else None
    deck = make.deck(make.excerpt("x", text), defaults=DeckDefaults(auto_cloze=True))
    deck = dataclasses.replace(deck, title=title, source=source)
    return [card.answer.text for card in make.cards(deck)]


def test_the_decks_own_subject_is_never_blanked(make: type[Make]) -> None:
    answers = _subject_cards(make, EXPORTS, "Germany and the Soviet Union")
    assert answers == ["1932", "50%"]
    answers = _subject_cards(
        make, "The Germans trained pilots while the Soviets watched at Lipetsk.", "Germany"
    )
    assert "Lipetsk" in answers and "Germans" not in answers
    assert "Soviets" in answers  # not the subject of a deck titled "Germany"


def test_the_sources_title_names_the_subject_too(make: type[Make]) -> None:
    title, source = "A voyage", "The Voyage of H.M.S. Beagle"
    answers = _subject_cards(make, "In 1832 HMS Beagle reached Bahia.", title, source)
    assert answers == ["1832", "Bahia"]
    answers = _subject_cards(make, "In 1833 the ship sailed the Beagle Channel.", title, source)
    assert "Beagle Channel" in answers  # a name with a word more is another thing


def test_a_common_title_word_is_the_subject_only_as_written() -> None:
    subject = subject_words("How Power Came to Africa")
    assert subject == {"how", "power", "came", "africa"}

    def named(text: str) -> bool:
        return names_the_subject(Candidate(CandidateKind.NAME, text, ((0, 1),)), subject)

    assert named("Africa") and named("Africans") and named("Power")
    assert not named("Cameroon")  # not a form of the common word "came"
    assert not named("South Africa")


def test_years_then_names_then_quantities_terms_and_numbers(make: type[Make]) -> None:
    text = (
        "Kazan sent 22 of its 3.5 times larger staff, 50,000 men and the reparations "
        "to Kazan in 1929 and 1926."
    )
    assert [c.answer.text for c in _cards(make, text, auto_cloze_max=20)] == [
        "1929",
        "1926",
        "Kazan",
        # Quantities: what is counted stays in the sentence ("[number] men").
        "3.5",
        "50,000",
        "reparations",
        "22",
    ]


def test_a_repeated_candidate_is_asked_once_with_every_occurrence_blanked(make: type[Make]) -> None:
    text = "Germany signed in 1922. By 1926 Germany trained pilots; in 1922 nobody knew."
    cards = _cards(make, text)
    assert [c.id for c in cards] == ["d:x:auto-1922", "d:x:auto-1926", "d:x:auto-germany"]
    assert cards[0].prompt == (
        "Germany signed in [year]. By 1926 Germany trained pilots; in [year] nobody knew."
    )
    assert cards[2].prompt == (
        "[...] signed in 1922. By 1926 [...] trained pilots; in 1922 nobody knew."
    )


def test_a_surname_after_the_full_name_is_blanked_with_it(make: type[Make]) -> None:
    text = "Erwin Chargaff measured the bases of DNA in 1950. Chargaff's rules followed."
    (chargaff,) = [c for c in _cards(make, text) if c.answer.text == "Erwin Chargaff"]
    assert chargaff.prompt == "[...] measured the bases of DNA in 1950. [...]'s rules followed."
    # The text itself fills the second blank with the surname alone: it is right too.
    assert chargaff.answer.alternatives == ("Chargaff",)


def test_a_surname_after_a_name_with_an_initial_is_that_person_again(make: type[Make]) -> None:
    text = "Edsger W. Dijkstra published his algorithm in 1959. Dijkstra was Dutch."
    (dijkstra,) = [c for c in _cards(make, text) if "Dijkstra" in c.answer.text]
    assert dijkstra.answer.text == "Edsger W. Dijkstra"
    assert dijkstra.prompt.endswith("in 1959. [...] was Dutch.")


@pytest.mark.parametrize(
    ("text", "longer", "shorter"),
    [
        ("A LEFT JOIN keeps every row. An inner JOIN keeps only matches.", "LEFT JOIN", "JOIN"),
        ("New York grew fast in 1850. York stayed small.", "New York", "York"),
    ],
)
def test_the_last_word_of_no_persons_name_is_no_mention_of_it(
    make: type[Make], text: str, longer: str, shorter: str
) -> None:
    # A plain JOIN is no LEFT JOIN, and York no New York: never blanked as one another.
    for card in _cards(make, text):
        if card.answer.text == longer:
            assert shorter not in card.answer.alternatives
            assert card.prompt.count("[...]") == 1, card.prompt


def test_a_surname_blanked_as_an_eponym_is_accepted_for_its_blank(make: type[Make]) -> None:
    text = (
        "The Calvin cycle in the stroma fixes carbon dioxide. "
        "Melvin Calvin received the Nobel Prize in 1961."
    )
    (calvin,) = [c for c in _cards(make, text) if c.answer.text == "Melvin Calvin"]
    assert calvin.prompt.startswith("The [...] cycle in the stroma")
    assert calvin.answer.alternatives == ("Calvin",)


def test_a_place_is_no_mention_of_a_name_that_ends_of_it(make: type[Make]) -> None:
    # "Gibraltar" is a place, "the Strait of Gibraltar" another: neither blank is the other.
    text = "Spain ceded Gibraltar to Britain in 1713. The Strait of Gibraltar is 14 km wide."
    for card in _cards(make, text):
        assert card.answer.text not in ("Gibraltar", "Strait of Gibraltar"), card.prompt


def test_words_inside_cloze_markers_are_left_alone(make: type[Make]) -> None:
    text = "In {{c1::1926}} Germany built a school at {{c2::Lipetsk}} for 200 pilots."
    cards = _cards(make, text)
    assert [c.id for c in cards] == ["d:x:c1", "d:x:c2", "d:x:auto-germany", "d:x:auto-200"]
    assert cards[2].prompt == "In 1926 [...] built a school at Lipetsk for 200 pilots."
    assert cards[3].prompt == "In 1926 Germany built a school at Lipetsk for [number] pilots."
    assert cards[3].answer.type is AnswerType.NUMBER


def test_a_candidate_visible_inside_a_deletion_is_not_blanked(make: type[Make]) -> None:
    text = "In 1926 Germany built {{c1::Germany's first school}} at Lipetsk."
    assert [c.id for c in _cards(make, text)] == ["d:x:c1", "d:x:auto-1926", "d:x:auto-lipetsk"]


def test_at_most_auto_cloze_max_cards(make: type[Make]) -> None:
    text = "In 1901, 1902, 1903, 1904, 1905 and 1906 nothing happened."
    assert [c.answer.text for c in _cards(make, text)] == ["1901", "1902", "1903", "1904", "1905"]


def test_a_slot_already_taken_gets_a_number(make: type[Make]) -> None:
    question = make.question("Who signed?", "Germany", slot="auto-1926")
    deck = make.deck(
        make.excerpt("x", "Signed in 1926.", questions=(question,)),
        defaults=DeckDefaults(auto_cloze=True),
    )
    assert [c.id for c in make.cards(deck)] == ["d:x:auto-1926", "d:x:auto-1926-2"]


def test_a_name_stops_before_a_month(make: type[Make]) -> None:
    cards = _cards(make, "Eisenhower's Space Act of July 1958 made NASA.")
    assert [c.id for c in cards] == ["d:x:auto-1958", "d:x:auto-space-act", "d:x:auto-nasa"]
    assert cards[1].prompt == "Eisenhower's [...] of July 1958 made NASA."


def test_plain_means_only_excerpts_with_nothing_else(make: type[Make]) -> None:
    text = "In 1926 Germany agreed."
    plain = make.excerpt("plain", text)
    asked = make.excerpt("asked", text, questions=(make.question(),))
    with_facts = make.excerpt("facts", text, facts=(make.fact("f", x="y"),))
    marked = make.excerpt("marked", "In {{c1::1926}} Germany agreed.")
    deck = make.deck(plain, asked, with_facts, marked, defaults=DeckDefaults())
    kinds = [(c.excerpt_id, c.kind) for c in make.cards(deck)]
    assert (("plain", CardKind.AUTO_CLOZE)) in kinds
    assert all(kind is not CardKind.AUTO_CLOZE for excerpt, kind in kinds if excerpt != "plain")


def test_an_excerpt_setting_overrides_the_deck_default(make: type[Make]) -> None:
    on = make.excerpt("on", "In 1926 it rained.", questions=(make.question(),), auto_cloze=True)
    off = make.excerpt("off", "In 1927 it rained.", auto_cloze=False)
    cards = make.cards(make.deck(on, off, defaults=DeckDefaults(auto_cloze="plain")))
    assert [c.id for c in cards] == ["d:on:q1", "d:on:auto-1926"]
    deck_off = make.deck(make.excerpt("x", "In 1926 it rained."))
    assert make.cards(deck_off) == ()


def test_find_candidates_is_reexported_for_callers() -> None:
    assert [c.text for c in find_candidates("Lenin left Zurich in 1917.")] == ["1917", "Zurich"]


@pytest.mark.parametrize("word", ["colour", "harbour", "centre", "neighbour", "favourite"])
def test_a_british_spelling_of_a_common_word_is_no_term(word: str) -> None:
    text = f"In 1835 the people noticed the {word} of the island."
    assert word not in [candidate.text for candidate in find_candidates(text)]


def test_a_person_opened_by_a_given_name_that_is_also_a_surname_is_one(
    make: type[Make],
) -> None:
    # "Marshall" opens a name as a given name does: the blank asks for a person, whose
    # surname is accepted alone.
    text = "In 1961 Marshall Nirenberg cracked the first codon of the genetic code."
    (nirenberg,) = [c for c in _cards(make, text) if c.answer.text == "Marshall Nirenberg"]
    assert nirenberg.answer.alternatives == ("Nirenberg",)


def test_a_title_before_a_given_name_still_says_a_person(make: type[Make]) -> None:
    text = "Japan's constitution came into force under General Douglas MacArthur in 1947."
    (macarthur,) = [c for c in _cards(make, text) if c.answer.text == "General Douglas MacArthur"]
    assert macarthur.answer.alternatives == ("Douglas MacArthur", "MacArthur")


def test_a_blank_asking_what_the_author_asks_already_is_left_out(make: type[Make]) -> None:
    # "When was Hildegard declared …?" asks the year its sentence gives: no second card.
    question = make.question("When was Hildegard declared a Doctor of the Church?", "2012")
    other = make.question("Who paid for the abbey?", "Rupertsberg", slot="q2")
    deck = make.deck(
        make.excerpt(
            "x",
            "Hildegard was declared a Doctor of the Church in 2012. The abbey at "
            "Rupertsberg stood near Bingen from 1150.",
            questions=(question, other),
        ),
        defaults=DeckDefaults(auto_cloze=True),
    )
    answers = [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]
    assert "2012" not in answers
    # The same answer in a sentence about something else is another question.
    assert "1150" in answers and "Rupertsberg" in answers


def test_a_blank_in_a_sentence_naming_all_a_prompt_names_asks_it_again(make: type[Make]) -> None:
    # "In what year did UNIX appear?" shares one telling word with the sentence, but the
    # sentence names all the prompt names; the blank in any of the answer's sentences
    # counts, and a name's initial makes no other answer.
    questions = (
        make.question("In what year did UNIX appear?", "1969"),
        make.question("How many edges does K_5 have?", "10", slot="q2"),
        make.question("Who designed the shortest-path algorithm?", "Edsger Dijkstra", slot="q3"),
        make.question("Which join keeps every row of the left table?", "LEFT JOIN", slot="q4"),
    )
    deck = make.deck(
        make.excerpt(
            "x",
            "Thompson began UNIX at Bell Labs in 1969. K_5 has 10 edges. Edsger W. Dijkstra "
            "designed the shortest-path algorithm in 1956. A query may JOIN courses. A LEFT "
            "JOIN keeps every row of the left table.",
            questions=questions,
        ),
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=9),
    )
    answers = [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]
    assert not {"1969", "10", "Edsger W. Dijkstra", "LEFT JOIN"} & set(answers), answers
    assert "1956" in answers and "Bell Labs" in answers
