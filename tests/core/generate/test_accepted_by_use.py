"""Surnames accepted alone by how the deck's text uses them, and the same person never a rival."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from tests.core.generate.test_accepted import _by_id, _people_deck
from tests.support.decks import cards_by_slot, compiled_text


def _accepted(text: str, *questions: tuple[str, str]) -> list[tuple[str, ...]]:
    """The accepted answers of each of `questions` (prompt, answer), asked in that order
    of one excerpt of `text`."""
    asked = "".join(
        f"""      - id: q{i}
        q: {prompt}
        a: {answer}
"""
        for i, (prompt, answer) in enumerate(questions)
    )
    compiled = compiled_text(
        f"""id: d
title: T
excerpts:
  - id: e
    page: 1
    text: {text}
    questions:
{asked}"""
    )
    cards = cards_by_slot(compiled.cards)
    return [cards[f"q{i}"].answer.alternatives for i in range(len(questions))]


def test_a_surname_that_is_a_given_name_too_is_accepted_when_the_text_uses_it() -> None:
    text = "Frank Borman and William Anders orbited the Moon; Anders photographed the Earth."
    asked = ("Who took the Earthrise photograph?", "William Anders")
    assert _accepted(text, asked) == [("Anders",)]


def test_a_surname_that_is_a_given_name_the_text_never_uses_alone_stays_refused() -> None:
    text = "In 1916 Lloyd George became Prime Minister, and George V was king."
    assert _accepted(text, ("Who became Prime Minister in 1916?", "Lloyd George")) == [()]


def _discoverer(text: str) -> tuple[str, ...]:
    return _accepted(text, ("Who discovered the two moons of Mars?", "Asaph Hall"))[0]


def test_a_surname_that_is_a_common_word_is_accepted_when_the_text_names_him_by_it() -> None:
    # "Asaph" is in no list of given names, and "hall" is a common word: only the text,
    # calling him "Hall" inside a sentence, shows it to be his surname.
    named = "Asaph Hall found two moons of Mars in 1877, and the names that Hall chose stuck."
    assert _discoverer(named) == ("Hall",)
    assert _discoverer("Asaph Hall found two moons of Mars in 1877.") == ()
    # At a sentence's start every word has a capital: no sign of a name.
    opening = "Asaph Hall found two moons of Mars. Hall of Fame members include him."
    assert _discoverer(opening) == ()


def test_an_answer_that_is_the_same_persons_surname_is_no_rival() -> None:
    compiled = compiled_text(
        """id: d
title: T
excerpts:
  - id: sputnik
    page: 4
    text: Its chief designer, Sergei {{c1::Korolev}}, remained anonymous.
  - id: death
    page: 24
    text: Sergei Korolev died during surgery in Moscow in January 1966.
"""
    )
    card = cards_by_slot(compiled.cards)["auto-sergei-korolev"]
    assert card.answer.alternatives == ("Korolev",)


def _founder(text: str, answer: str, *others: str) -> tuple[str, ...]:
    """The accepted answers of "Who founded it?" answered by `answer`, where the deck's
    other questions ("Who else was there?") are answered by `others`."""
    others_asked = (("Who else was there?", other) for other in others)
    return _accepted(text, ("Who founded it?", answer), *others_asked)[0]


def test_one_known_by_a_name_and_a_place_or_an_epithet_is_accepted_by_the_name() -> None:
    text = "Ignatius of Loyola founded the Jesuits; Frederick the Wise hid Luther."
    assert _founder(text, "Ignatius of Loyola") == ("Ignatius",)
    assert _founder(text, "Frederick the Wise") == ("Frederick",)


def test_one_known_by_a_name_and_a_title_after_it_is_accepted_by_the_name() -> None:
    text = "Kublai Khan founded the Yuan dynasty; Enver Pasha led the Ottoman army."
    assert _founder(text, "Kublai Khan") == ("Kublai",)
    assert _founder(text, "Enver Pasha") == ("Enver",)
    # Nor is the title alone any answer: it names every khan.
    assert "Khan" not in _founder(text, "Kublai Khan", "Genghis Khan")


def test_a_title_before_a_place_is_no_name_to_go_by() -> None:
    text = "The Earl of Essex and the Archbishop of Mainz met the Marquis of Queensberry."
    for title in ("Earl of Essex", "Archbishop of Mainz", "Marquis of Queensberry"):
        assert _founder(text, title) == ()


def test_the_name_is_refused_where_another_answer_holds_it() -> None:
    text = "Henry married Catherine of Aragon, then Catherine Howard."
    assert _founder(text, "Catherine of Aragon", "Catherine Howard") == ()
    assert _founder(text, "Catherine of Aragon", "Anne Boleyn") == ("Catherine",)


def test_a_thing_named_of_a_place_is_no_person_known_so() -> None:
    # "Bank" is a common word: "the Bank of England" has no name to go by.
    assert _founder("The Bank of England was founded in 1694.", "the Bank of England") == ()
    assert _founder("The Bank of England was founded in 1694.", "Bank of England") == ()


def test_a_surname_is_refused_where_the_text_names_another_of_it() -> None:
    brothers = "The tribune Tiberius Gracchus was killed; his brother Gaius Gracchus too."
    assert _founder(brothers, "Tiberius Gracchus") == ()
    # A title, a word of his own name or a sentence's opening word names no other.
    alone = "The tribune Tiberius Gracchus was killed. When Gracchus fell, Rome shook."
    assert _founder(alone, "Tiberius Gracchus") == ("Gracchus",)
    # A place before the surname is no given name.
    place = "Julius Caesar crossed the Rubicon. At Pharsalus Caesar defeated Pompey."
    assert _founder(place, "Julius Caesar") == ("Caesar",)


def test_a_thing_named_after_the_person_is_no_rival_for_the_name() -> None:
    text = "Pompey the Great built the Theatre of Pompey, where Caesar died."
    builder, _ = _accepted(
        text,
        ("Who built the theatre?", "Pompey the Great"),
        ("Where did Caesar die?", "the Theatre of Pompey"),
    )
    assert builder == ("Pompey",)


def test_a_woman_named_by_her_title_and_a_surname_is_not_the_man_of_it() -> None:
    text = "Spurred by Lady Macbeth, Macbeth murders King Duncan in his sleep."
    urges, kills = _accepted(
        text, ("Who urges him on?", "Lady Macbeth"), ("Who kills King Duncan?", "Macbeth")
    )
    assert "Macbeth" not in urges
    assert "Lady Macbeth" not in kills


def test_a_roman_is_accepted_by_the_family_name_in_the_middle_of_his_three() -> None:
    text = "Marcus Junius Brutus and Gaius Cassius Longinus led the plot against Caesar."
    assert set(_founder(text, "Gaius Cassius Longinus")) == {"Longinus", "Cassius"}
    # Not where another person of the deck bears it: the brothers Gracchi share theirs.
    brothers = "Tiberius Sempronius Gracchus died in 133 BC, Gaius Sempronius Gracchus later."
    assert "Sempronius" not in _founder(
        brothers, "Tiberius Sempronius Gracchus", "Gaius Sempronius Gracchus"
    )
    # Three names of no Roman are none: "Mary" is no family's.
    assert "Mary" not in _founder("Anne Mary Smith founded it.", "Anne Mary Smith")


def test_a_given_name_last_is_the_surname_where_a_question_calls_him_by_it() -> None:
    # "Davy" is a given name too: only the author's own use of it alone says it is his.
    text = "Humphry Davy isolated sodium and potassium by electrolysis in 1807."
    isolated, _ = _accepted(
        text,
        ("Who isolated sodium?", "Humphry Davy"),
        ("How did Davy isolate sodium?", "by electrolysis"),
    )
    assert isolated == ("Davy",)
    (alone,) = _accepted(text, ("Who isolated sodium?", "Humphry Davy"))
    assert alone == ()


_ODE = """id: d
title: T
defaults:
  auto_cloze: true
excerpts:
  - id: ninth
    page: 27
    text: >
      His Ninth Symphony, whose finale sets Schiller's poem, was first performed in Vienna
      in 1824.
    questions:
      - q: Whose poem does the finale of the Ninth Symphony set?
        a: Friedrich Schiller
"""


def test_a_surname_blanked_alone_in_prose_is_the_same_persons() -> None:
    # Automatic cloze blanks "Schiller" where the text writes him without a given name:
    # the one Schiller of the deck, no rival to "Friedrich Schiller".
    cards = cards_by_slot(compiled_text(_ODE).cards)
    assert cards["auto-schiller"].answer.text == "Schiller"
    assert cards["q1"].answer.alternatives == ("Schiller",)


def test_a_surname_blanked_after_another_given_name_stays_a_rival() -> None:
    # "Charlotte Schiller" in the text is another Schiller than the one asked for.
    other = _ODE.replace("sets Schiller's poem", "sets a poem Charlotte Schiller copied")
    cards = cards_by_slot(compiled_text(other).cards)
    assert cards["q1"].answer.alternatives == ()


def test_a_sentence_that_names_one_known_by_a_given_name_leaves_it_accepted(
    make: type[Make],
) -> None:
    # A chronology's label, "Galileo sees four moons of Jupiter", held "galileo" as an
    # answer of its own, and "Galileo" was refused for Galileo Galilei.
    told = make.question("What happened in 1610?", "Galileo sees four moons of Jupiter")
    deck = _people_deck(make, ("Galileo Galilei", {}), ("Louis Desaix", {}), questions=(told,))
    assert "Galileo" in _by_id(make.cards(deck))["p0.who"].answer.alternatives
    # Another person's name holding it still makes it no answer.
    rival = _people_deck(make, ("Galileo Galilei", {}), ("Galileo Ferraris", {}))
    assert "Galileo" not in _by_id(make.cards(rival))["p0.who"].answer.alternatives
