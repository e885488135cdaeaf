"""Words that change what a typed answer means: relations reversed, opposite morphemes, terms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.answering.asked_question import Question
from trainer.core.answering.grading import Outcome, grade
from trainer.core.answering.morphemes import another_term, opposite_morphemes
from trainer.core.answering.text_match import match_text
from trainer.core.model import Answer, AnswerType
from trainer.core.scheduling.policy import Policy

POLICY = Policy()


def judge(answer: str, typed: str, *accept: str, question: str = "What is it?") -> Outcome:
    expected = Answer(AnswerType.TEXT, answer, alternatives=accept)
    return grade(expected, typed, policy=POLICY, question=question).outcome


def rule(answer: str, typed: str, question: str = "") -> str:
    asked = Question.of(question, cloze=False) if question else Question()
    return match_text(answer, typed, question=asked, typo_tolerance=0.15).rule


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("from higher to lower", "from lower to higher"),
        ("From the north to the south", "from the south to the north"),
        ("From higher to lower water potential", "from lower to higher water potential"),
        ("glucose is converted into pyruvate", "pyruvate is converted into glucose"),
        ("Jupiter is larger than Saturn", "Saturn is larger than Jupiter"),
        ("carbon dioxide causes warming", "warming causes carbon dioxide"),
        ("the Moon before Mars", "Mars before the Moon"),
        # A verb's past tense relates who did it to whom it was done.
        ("Germany invaded Poland", "Poland invaded Germany"),
        ("Hitler succeeded Hindenburg", "Hindenburg succeeded Hitler"),
        ("Britain declared war on Germany", "Germany declared war on Britain"),
        ("Caesar led the army", "the army led Caesar"),
    ],
)
def test_words_swapped_across_a_relation_say_the_reverse(answer: str, typed: str) -> None:
    assert judge(answer, typed) is Outcome.WRONG
    assert "swap sides" in rule(answer, typed)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("air and water", "water and air"),
        ("The Treaty of Rapallo", "Rapallo Treaty"),
        ("from west to east", "from the west to the east"),
        # A word on both sides says nothing of which side is which.
        (
            "from a higher water potential to a lower water potential",
            "to a lower water potential from a higher water potential",
        ),
        ("from higher to lower water potential", "from higher water potential to lower"),
        # What each side does to the other, and words of a name, say no direction.
        ("Hitler met Mussolini", "Mussolini met Hitler"),
        ("Germany signed a treaty with Russia", "Russia signed a treaty with Germany"),
        ("the Red Army soldiers", "soldiers of the Red Army"),
        ("the armed forces of Germany", "Germany's armed forces"),
    ],
)
def test_reorderings_that_keep_each_side_stay_right(answer: str, typed: str) -> None:
    assert judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)


_WORDS = st.sampled_from(
    ["osmosis", "sodium", "glucose", "north", "south", "summer", "winter", "copper", "Lipetsk"]
)
_TEMPLATES = st.sampled_from(
    [
        *("from {} to {}", "{} turns into {}", "{} is heavier than {}", "{} causes {}"),
        *("{} after {}", "{} invaded {}", "{} defeated {}", "{} annexed {}"),
    ]
)


@given(_TEMPLATES, _WORDS, _WORDS)
def test_swapping_the_two_sides_of_a_relation_is_never_right(
    template: str, first: str, second: str
) -> None:
    if first == second:
        return
    answer, typed = template.format(first, second), template.format(second, first)
    found = match_text(answer, typed, question=Question(), typo_tolerance=0.15)
    assert not found.accepted
    assert found.decisive


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("hydrophobic", "hydrophilic"),
        ("endocytosis", "exocytosis"),
        ("hypertonic", "hypotonic"),
        ("Inwards", "outwards"),
        ("his suit inflated", "his suit deflated"),
        ("a homozygous plant", "a heterozygous plant"),
        ("active transport", "passive transport"),
        ("the pH of the cytoplasm is higher", "the pH of the cytoplasm is too low"),
        ("a bigger cell", "a small cell"),
    ],
)
def test_an_opposite_found_by_its_parts_or_its_degree_is_wrong_not_close(
    answer: str, typed: str
) -> None:
    assert judge(answer, typed) is Outcome.WRONG
    assert "opposite" in rule(answer, typed)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("A suborbital flight", "an orbital flight"),
        ("antimatter", "matter"),
        ("natural", "unnatural"),
        ("sulphate", "sulphite"),
        ("lactase", "lactose"),
        # A prefix of chemistry names another compound, with the rest of the answer
        # right beside it too.
        ("deoxyribonucleic acid", "ribonucleic acid"),
        ("hydrogen peroxide", "hydrogen oxide"),
        ("carbon dioxide", "carbon oxide"),
        ("hydrochloric acid", "chloric acid"),
        ("isobutane", "butane"),
        ("2-methylpropane", "2-propane"),
    ],
)
def test_another_term_made_by_a_prefix_or_an_ending_is_wrong(answer: str, typed: str) -> None:
    assert judge(answer, typed) is Outcome.WRONG


def test_a_prefix_of_degree_leaves_the_term_close() -> None:
    assert judge("Hyperinflation", "Inflation") is Outcome.CLOSE


def test_a_compound_with_a_slip_is_still_a_typo() -> None:
    assert judge("deoxyribonucleic acid", "deoxyribonucliec acid") is Outcome.TYPO
    assert judge("hydrochloric acid", "hydrocloric acid") is Outcome.TYPO


def test_morphemes_need_a_shared_root() -> None:
    assert opposite_morphemes("inflow", "outflow")
    assert not opposite_morphemes("in", "out")
    assert not another_term("gagarin", "gagrin")
    assert not another_term("russian", "prussian")


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("In the stroma", "in the stoma", False),  # a term near another term
        ("stroma", "stoma", False),
        ("Gagarin", "Gagrin", True),  # a name keeps its typo allowance
        ("Yuri Gagarin", "Yuri Gagrin", True),
        ("mitochondria", "mitochondira", True),  # a slip that makes no word
    ],
)
def test_a_real_word_near_a_term_is_another_term(answer: str, typed: str, right: bool) -> None:
    assert (judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)) is right


def test_a_word_the_question_uses_is_never_a_typo_of_the_answer() -> None:
    # The other option the question names is meant, whatever its letters.
    asked = "Is the sugar made in the stoma or the stroma?"
    assert judge("Stroma", "stoma", question=asked) is not Outcome.TYPO
    assert judge("Stroma", "stoma", question="Where is the sugar made?") is Outcome.TYPO
    asked = "Are the phospholipid tails hydrophobic or hydrophilic?"
    assert judge("Hydrophobic", "hydrophilic", question=asked) is Outcome.WRONG


def test_a_word_another_answer_of_the_deck_uses_is_never_a_typo() -> None:
    expected = Answer(AnswerType.TEXT, "Stroma", confusables=("the stoma",))
    verdict = grade(expected, "stoma", policy=POLICY, question="Where?")
    assert not verdict.correct


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        ("osmosis", "reverse osmosis", False),
        ("Osmosis", "reverse osmosis", False),
        ("pressure", "partial pressure", False),
        ("diffusion", "facilitated diffusion", False),
        ("square law", "inverse square law", False),
        # Before a name that opens the term: the whole term is another.
        ("the Fourier transform", "inverse Fourier transform", False),
        ("the Doppler effect", "inverse Doppler effect", False),
        ("the Krebs cycle", "Hans Krebs cycle", True),
        # Before a name: a given name, a trade, a middle name.
        ("Acheson", "Dean Acheson", True),
        ("Brunel", "the engineer Brunel", True),
        ("Gagarin", "cosmonaut Gagarin", True),
        ("John F. Kennedy", "John Fitzgerald Kennedy", True),
        ("Osmosis", "osmosis of water", True),
    ],
)
def test_a_dictionary_word_before_a_term_makes_another_term(
    answer: str, typed: str, right: bool
) -> None:
    assert (judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)) is right


def test_a_negation_left_out_is_named_as_left_out() -> None:
    assert (
        rule("It never rained", "it rained")
        == "'never' of the answer left out: it says the reverse"
    )
    assert judge("It never rained", "it rained") is Outcome.WRONG
    # Typed in other words, the answer with a negation is judged by those words: the
    # learner typed no "not", and the rule does not say so.
    found = rule("the cytoplasm is not acidic enough", "the cytoplasm is less acidic")
    assert "not" not in found
    # A negation added is still the reverse.
    assert rule("It rained", "it never rained").startswith("'never' changes the meaning")


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        # A relating word on both sides of another ("by … rather than by …") is no side.
        ("By head rather than by order", "by order rather than by head"),
        ("butter rather than guns", "guns rather than butter"),
        ("butter instead of guns", "guns instead of butter"),
        ("butter in place of guns", "guns in place of butter"),
        ("butter, not guns", "guns, not butter"),
        ("the Senate over the Assembly", "the Assembly over the Senate"),
        ("coal without oil", "oil without coal"),
        # A passive is read as its active: who did it stands before the verb.
        ("Charlotte Corday stabbed Marat", "Charlotte Corday was stabbed by Marat"),
        ("the Romans conquered Gaul", "the Romans were conquered by Gaul"),
    ],
)
def test_one_way_relations_and_passives_swapped_say_the_reverse(answer: str, typed: str) -> None:
    assert judge(answer, typed) is Outcome.WRONG
    assert "swap sides" in rule(answer, typed)


@pytest.mark.parametrize(
    ("answer", "typed"),
    [
        ("By head rather than by order", "rather than by order, by head"),
        ("butter instead of guns", "instead of guns, butter"),
        ("Charlotte Corday stabbed Marat", "Marat was stabbed by Charlotte Corday"),
        ("Germany invaded Poland", "Poland was invaded by Germany"),
        ("Marat was killed by Corday", "Corday killed Marat"),
    ],
)
def test_a_relation_fronted_or_turned_passive_keeps_its_sides(answer: str, typed: str) -> None:
    assert judge(answer, typed) in (Outcome.EXACT, Outcome.TYPO)


def test_a_relation_of_another_accepted_answer_swapped_is_wrong() -> None:
    asked = "How did the Third Estate want the Estates-General to vote?"
    accepted = ("by head rather than by order", "per head")
    assert judge("By head", "by order rather than by head", *accepted, question=asked) is (
        Outcome.WRONG
    )
    assert judge("By head", "by head rather than by order", *accepted, question=asked) is (
        Outcome.EXACT
    )
