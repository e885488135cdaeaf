"""Tests of reading a Quizlet export: which definitions are asked both ways, and how."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from trainer.interop.bank import BankQuestion
from trainer.interop.quizlet import read_quizlet

BIOLOGY = """\
osmosis\tthe movement of water across a partially permeable membrane
diffusion\tthe net movement of particles from high to low concentration
photosynthesis\tthe process by which plants make glucose from light and water
glucose\ta sugar made by photosynthesis and broken down in respiration
ribosome\tthe organelle where proteins are made
nucleus\tthe organelle that holds the cell's genetic material
mitochondrion\tthe organelle where aerobic respiration releases energy
enzyme\ta biological catalyst
"""


def _questions(text: str) -> dict[str, tuple[BankQuestion, ...]]:
    bank = read_quizlet(text, "set.txt")
    return {item.questions[0].prompt: item.questions for item in bank.items}


def test_a_described_term_is_asked_both_ways() -> None:
    forward, backward = _questions(BIOLOGY)["osmosis"]
    assert forward.answer == "the movement of water across a partially permeable membrane"
    assert len(forward.distractors) == 3
    assert backward == BankQuestion(
        prompt="Which term matches this definition: "
        "the movement of water across a partially permeable membrane?",
        answer="osmosis",
    )


def test_a_short_definition_stays_one_typed_question() -> None:
    (only,) = _questions(BIOLOGY)["enzyme"]
    assert only == BankQuestion(prompt="enzyme", answer="a biological catalyst")
    # Translations too.
    (word,) = _questions("der Hund\tthe dog\ndie Katze\tthe cat\n")["der Hund"]
    assert word.distractors == ()


def test_options_say_the_same_kind_of_thing_first() -> None:
    (forward, _) = _questions(BIOLOGY)["ribosome"]
    # In the export's order; no third organelle is left, so then the closest in length.
    assert forward.distractors == (
        "the movement of water across a partially permeable membrane",
        "the organelle that holds the cell's genetic material",
        "the organelle where aerobic respiration releases energy",
    )


def test_no_option_writes_the_term_asked() -> None:
    questions = _questions(BIOLOGY)
    assert not any("photosynthesis" in o for o in questions["photosynthesis"][0].distractors)
    assert not any("glucose" in o for o in questions["glucose"][0].distractors)


def test_a_definition_that_writes_its_term_gives_nothing_away() -> None:
    text = BIOLOGY + "Rapallo\ttown where the 1922 treaty was signed; in full, Rapallo Ligure\n"
    questions = _questions(text)
    (only,) = questions["Rapallo"]
    assert only.distractors == ()
    assert all("Rapallo" not in q.distractors for qs in questions.values() for q in qs)
    assert not any("Rapallo Ligure" in o for qs in questions.values() for o in qs[0].distractors)


def test_too_few_definitions_for_a_choice_leave_it_typed() -> None:
    text = "Lipetsk\ttown of the German aviation school\nKazan\ttown of the German tank school\n"
    forward, backward = _questions(text)["Lipetsk"]
    assert forward.distractors == ()
    assert backward.answer == "Lipetsk"


def test_a_definition_over_lines_is_one_line_as_an_option_and_the_answer() -> None:
    text = BIOLOGY + "vacuole\ta space in the cell\nthat stores water and salts\n"
    forward, backward = _questions(text)["vacuole"]
    assert forward.answer == "a space in the cell that stores water and salts"
    assert backward.prompt.endswith(": a space in the cell that stores water and salts?")


@given(
    st.lists(
        st.tuples(
            st.text("abcdef ", min_size=1, max_size=12).filter(str.strip),
            st.text("abcdef ", min_size=1, max_size=40).filter(str.strip),
        ),
        min_size=1,
        max_size=8,
    )
)
def test_no_card_offers_its_own_answer_twice_or_an_option_naming_its_term(
    cards: list[tuple[str, str]],
) -> None:
    text = "".join(f"{term}\t{definition}\n" for term, definition in cards)
    for item in read_quizlet(text, "set.txt").items:
        forward = item.questions[0]
        folded = [" ".join(o.casefold().split()) for o in forward.distractors]
        assert " ".join(forward.answer.casefold().split()) not in folded
        assert len(set(folded)) == len(folded)
        assert len(forward.distractors) in (0, 2, 3)


def test_a_term_written_twice_keeps_each_definition_its_own() -> None:
    text = (
        BIOLOGY + "osmosis\tthe movement of a solvent through a membrane to a stronger solution\n"
    )
    bank = read_quizlet(text, "set.txt")
    answers = [
        item.questions[0].answer for item in bank.items if item.questions[0].prompt == "osmosis"
    ]
    assert answers == [
        "the movement of water across a partially permeable membrane",
        "the movement of a solvent through a membrane to a stronger solution",
    ]
