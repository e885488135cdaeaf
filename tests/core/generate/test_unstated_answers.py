"""A card whose answer its excerpt never states is a warning: its source cannot teach it."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.core.authored import Excerpt, Question
from trainer.core.compile import compile_loaded
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.generate.unstated_answers import unstated_message
from trainer.core.model import Location, SourceRef

DECK = """\
id: industry
title: Industry
templates:
  - id: where-built
    prompt: Where was {work} built?
    answer: place
excerpts:
  - id: ironbridge
    page: 35
    text: The Iron Bridge over the River Severn was finished in 1779.
    facts:
      - {id: iron-bridge, work: the Iron Bridge, place: Coalbrookdale}
  - id: cromford
    page: 33
    text: Arkwright's mill at Cromford opened in 1771 and ran day and night.
    facts:
      - {id: cromford-mill, work: Arkwright's first water-powered mill, place: Cromford}
  - id: finches
    page: 12
    text: Darwin saw a graded series of beaks in one small group of birds.
    questions:
      - {q: In which group of birds did Darwin see a graded series of beaks?, a: The finches}
      - {q: What did Darwin see in one small group?, a: a graded series of beaks}
      - {q: How small was the group?, a: very small, accept: [small]}
"""


def _warnings(deck: str = DECK) -> list[str]:
    compiled = compile_loaded(load_deck_bytes("industry.yaml", deck.encode()))
    return [str(w) for w in compiled.warnings]


def test_a_template_answer_and_a_question_answer_their_excerpt_never_states_are_warned() -> None:
    assert _warnings() == [
        "industry.yaml:12:9: warning: template 'where-built' for fact 'iron-bridge': its "
        "answer 'Coalbrookdale' is not stated in excerpt 'ironbridge', so the card cannot "
        "be answered from its source: say it in the excerpt's text, or put the card under "
        "the excerpt that does",
        "industry.yaml:22:9: warning: question 'q1': its answer 'The finches' is not stated "
        "in excerpt 'finches', so the card cannot be answered from its source: say it in "
        "the excerpt's text, or put the card under the excerpt that does",
    ]


def test_stated_in_the_text_a_deletion_or_another_form_is_no_warning() -> None:
    stated = DECK.replace("finished in 1779.", "finished in 1779 at Coalbrookdale.").replace(
        "one small group of birds.", "one small group of birds, the {{c1::finch}}."
    )
    assert _warnings(stated) == []


def _excerpt(text: str, title: str = "") -> Excerpt:
    return Excerpt("e", text, SourceRef("1"), Location("d.yaml", 1, 1), title=title)


def test_one_accepted_answer_stated_is_enough() -> None:
    excerpt = _excerpt("The Soviet Union trained German pilots.")
    assert unstated_message(("the USSR", "the Soviet Union"), excerpt) is None
    assert unstated_message(("Germans",), excerpt) is None  # another form of 'German'
    assert unstated_message(("q and a",), _excerpt("It needs q, the question, and a.")) is None
    assert unstated_message(("Lipetsk",), excerpt) is not None
    # Read as the grader reads words: spellings and numbers in words are the same word.
    assert unstated_message(("the colour",), _excerpt("The color changed.")) is None
    assert unstated_message(("aeroplanes",), _excerpt("Airplanes flew over.")) is None
    assert unstated_message(("four inspectors",), _excerpt("It named 4 new inspectors.")) is None
    assert unstated_message(("Lipetsk",), _excerpt("Pilots trained.", title="Lipetsk")) is None


def test_an_answer_with_numbers_is_stated_by_its_numbers_in_digits_or_words() -> None:
    # "about 68 million" was never judged: a population the excerpt never gives passed.
    excerpt = _excerpt("The Soviet Union trained German pilots.")
    assert unstated_message(("50,000 marks",), excerpt) is not None
    assert unstated_message(("about 68 million",), _excerpt("France is large.")) is not None
    stated = {
        "about 68 million": "About sixty-eight million people live in France.",
        "8,849 m": "Mount Everest rises 8849 metres.",
        "1914-1918": "The war lasted from 1914 to 1918.",
        "£2.5": "It cost £2.50.",
        "1789-07-14": "He was born on 14 July 1789.",
        # A month's date: its year, as the text writes the month in words.
        "2005-01": "In January 2005 the Huygens probe landed on Titan.",
        # A formula's numbers are powers and indices, written many ways: not judged.
        "a^2 + b^2 = c^2": "Pythagoras showed that a² + b² = c².",
        # A span's short end is a year ("1872" was warned as not stated).
        "1872": "George Eliot published Middlemarch in 1871–72.",
        "1918": "The war of 1914-18 killed millions.",
    }
    for answer, text in stated.items():
        assert unstated_message((answer,), _excerpt(text)) is None, answer
    assert unstated_message(("8,850 m",), _excerpt("Everest rises 8,849 metres.")) is not None
    assert unstated_message(("1873",), _excerpt("It came out in 1871–72.")) is not None
    # A date is named in words, as the card shows it.
    message = unstated_message(("2006-01",), _excerpt("In March 2005 it landed."))
    assert message is not None and "'January 2006' is not stated" in message


def test_a_count_of_none_is_stated_by_no_beside_the_names_asked_about() -> None:
    text = "Mercury has no moons. Venus rotates backwards. Mars has two moons."
    asked = "How many moons does {} have?"
    assert unstated_message(("0",), _excerpt(text), asked=asked.format("Mercury")) is None
    # Written as words, the count of none is stated so too ("none" was warned).
    for none in ("none", "no moons", "0 moons"):
        assert unstated_message((none,), _excerpt(text), asked=asked.format("Mercury")) is None
    # "no moons" is said of Mercury, not of Venus: Venus's none is not stated.
    assert unstated_message(("0",), _excerpt(text), asked=asked.format("Venus")) is not None
    assert unstated_message(("0",), _excerpt("None survived the crash."), asked="How many?") is None
    # Without the question, or "no" before another thing, none is not stated.
    assert unstated_message(("0",), _excerpt(text)) is not None
    assert unstated_message(("0",), _excerpt("It has no rings."), asked="How many moons?")


def test_a_true_false_statement_whose_true_value_is_unstated_is_warned() -> None:
    deck = DECK.replace(
        """    prompt: Where was {work} built?
    answer: place
""",
        """    prompt: Where was {work} built?
    answer: place
  - id: built-tf
    kind: true_false
    statement: "{work} was built at {place}."
    swap: place
""",
    )
    warnings = [w for w in _warnings(deck) if "built-tf" in w]
    assert warnings == [
        "industry.yaml:16:9: warning: template 'built-tf' for fact 'iron-bridge': its "
        "statement's true place 'Coalbrookdale' is not stated in excerpt 'ironbridge', so "
        "the card cannot be answered from its source: say it in the excerpt's text, or put "
        "the card under the excerpt that does"
    ]


_WORDS = ["Lipetsk", "aviation", "school", "Kazán", "tank", "Reichswehr", "secret", "pilots"]


@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=8), st.data())
def test_any_run_of_the_texts_words_is_stated_whatever_its_case_or_accents(
    words: list[str], data: st.DataObject
) -> None:
    text = " ".join(words) + "."
    start = data.draw(st.integers(0, len(words) - 1))
    end = data.draw(st.integers(start + 1, len(words)))
    run = " ".join(words[start:end])
    typed = data.draw(st.sampled_from([run, run.upper(), run.lower(), run.replace("á", "a")]))
    assert unstated_message((typed,), _excerpt(text)) is None


def test_an_excerpt_with_no_source_text_yet_and_a_verdict_are_not_judged() -> None:
    # As `trainer convert` writes a bank's items: no page, or the question as the text.
    unknown = Excerpt("e", "Yes, on the Riviera.", SourceRef("unknown"), Location("d", 1, 1))
    assert unstated_message(("Rapallo",), unknown) is None
    asked = "In which town was the treaty signed?"
    question = Question("q1", asked, "Rapallo", Location("d", 2, 1))
    repeated = Excerpt("e", asked, SourceRef("3"), Location("d", 1, 1), questions=(question,))
    assert unstated_message(("Rapallo",), repeated) is None
    assert unstated_message(("False",), _excerpt("Rheinmetall was a German firm.")) is None
    # A yes or a no replies to its question: no excerpt states it.
    assert unstated_message(("No",), _excerpt("Laika died within hours of launch.")) is None
    assert unstated_message(("Yes",), _excerpt("Ham lived until 1983.")) is None
    assert unstated_message(("Rapallo",), _excerpt("Yes, on the Riviera.")) is not None


def test_another_person_sharing_a_given_name_does_not_state_the_answer() -> None:
    tale = _excerpt("It ends with Sydney Carton dying in place of Charles Darnay.")
    assert unstated_message(("Charles Dickens",), tale) is not None
    emma = _excerpt("In Emma, Frank Churchill is engaged to Jane Fairfax.")
    assert unstated_message(("Jane Austen",), emma) is not None
    assert unstated_message(("Mary Ann Evans",), _excerpt("Mary Ann Cross wed.")) is not None


def test_a_person_is_stated_by_their_surname_or_their_given_name_alone() -> None:
    proposal = _excerpt("Elizabeth at first refuses Mr Darcy, but later they marry.")
    assert unstated_message(("Elizabeth Bennet",), proposal) is None
    assert unstated_message(("Fitzwilliam Darcy",), proposal) is None
    assert unstated_message(("Charles Dickens",), _excerpt("Dickens wrote it in 1859.")) is None
    assert unstated_message(("J. R. R. Tolkien",), _excerpt("Tolkien taught at Oxford.")) is None


def test_a_translation_is_not_judged_against_the_text_it_translates() -> None:
    # A vocabulary deck's every English gloss was warned: a Spanish text never states it.
    spanish = _excerpt("En el mercado compramos el pan, la leche y los huevos.")
    assert unstated_message(("bread",), spanish, asked="What does 'el pan' mean?") is None
    text = _excerpt("Cada día me despierto a las siete y salgo de casa.")
    asked = "What is the Spanish for 'to wake up'?"
    assert unstated_message(("despertarse",), text, asked=asked) is None
    english = _excerpt("Every day I wake up at seven.")
    assert unstated_message(("me despierto",), english, asked="Translate: I wake up") is None
    # Not a translation: an English answer an English text never states, or a Spanish
    # text's own words asked for.
    assert unstated_message(("bread",), english, asked="What did he buy?") is not None
    assert unstated_message(("la carne",), spanish, asked="¿Qué compramos?") is not None


def test_a_plain_word_of_a_name_states_no_other_name_it_ends() -> None:
    # "Internet Protocol" passed as stated: "Protocol" ends another name in the text.
    transport = _excerpt("TCP, the Transmission Control Protocol, opens a connection.")
    assert unstated_message(("Internet Protocol",), transport) is not None
    assert unstated_message(("Transmission Control Protocol",), transport) is None
    # A name's rare word still states it, and a description is read loosely.
    assert unstated_message(("the Suez Canal",), _excerpt("Suez opened in 1869.")) is None
    assert unstated_message(("every protocol it names",), transport) is None


def test_words_the_question_gives_state_no_answer() -> None:
    # "growth" stood in the text only as the hormone's name, which the question gives.
    glands = _excerpt("The pituitary releases growth hormone and the thyroid thyroxine.")
    asked = "What does growth hormone do?"
    assert unstated_message(("stimulates growth",), glands, asked=asked) is not None
    # Said in the text's own words, beside the question's, it is stated.
    told = _excerpt("Growth hormone from the pituitary stimulates growth of bone.")
    assert unstated_message(("stimulates growth",), told, asked=asked) is None
