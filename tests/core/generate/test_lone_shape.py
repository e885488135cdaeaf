"""A warning when the answer alone has its shape among the options: a pair among single names,
or a single name among people's full names."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.like_facts import lone_shape, unlike_shaped

SINGLE = ("Gregor Mendel", "Charles Darwin", "Carl Linnaeus", "Robert Hooke")
PAIR = "James Watson and Francis Crick"


def _who_did_deck(make: type[Make], names: tuple[str, ...]) -> Deck:
    """A deck asking "Who {did}?" of a fact for each of `names` (p0, p1 …, lines 20 on)."""
    facts = tuple(
        make.fact(f"p{i}", who=name, did=f"found thing {i}", line=20 + i)
        for i, name in enumerate(names)
    )
    template = make.template("who-did", kind=TemplateKind.CHOICE, prompt="Who {did}?", answer="who")
    return make.deck(
        make.excerpt("people", make.naming(*names), facts=facts), templates=(template,)
    )


def test_a_pair_among_single_names_stands_out() -> None:
    assert lone_shape(PAIR, SINGLE[:3]) == 2
    assert (
        lone_shape("Gregor Mendel", (PAIR, "Vine and Matthews", "Hershey, Delbrück and Luria")) == 1
    )
    # A title of words joined by "and" is one thing, not a pair of names.
    assert (
        lone_shape("Emma", ("Pride and Prejudice", "Sense and Sensibility", "Persuasion")) is None
    )
    assert lone_shape(PAIR, (*SINGLE[:2], "Vine and Matthews")) is None
    assert lone_shape("Charles Darwin", SINGLE[:3]) is None
    # Descriptions joined by 'and' are not names: their shape says nothing.
    assert lone_shape("Both its claims and its citizens' claims", ("Only its claims", "Y")) is None
    assert lone_shape("1953", ("1859", "1,000")) is None


def test_a_template_warns_at_the_fact_whose_pair_stands_out(make: type[Make]) -> None:
    deck = _who_did_deck(make, (*SINGLE, PAIR))
    messages = [str(d) for d in make.warnings(deck)]
    assert messages == [
        "deck.yaml:24:9: warning: template 'who-did' for fact 'p4': its answer "
        f"'{PAIR}' is the only option that is a pair or list of names, so its shape gives "
        "it away: give more of the template's facts values of its shape"
    ]


def test_a_question_warns_when_its_pair_stands_out(make: type[Make]) -> None:
    facts = tuple(make.fact(f"p{i}", who=name, line=20 + i) for i, name in enumerate(SINGLE))
    question = make.question("Who built the model of DNA?", PAIR, draw="who")
    deck = make.deck(make.excerpt("people", make.naming(PAIR), questions=(question,), facts=facts))
    (warning,) = make.warnings(deck)
    assert warning.message.startswith("question 'q1': its answer")
    assert warning.message.endswith("add distractors of its shape")
    written = make.question(
        "Who built the model of DNA?", PAIR, distractors=("Vine and Matthews", "Hooke")
    )
    assert (
        make.warnings(make.deck(make.excerpt("people", make.naming(PAIR), questions=(written,))))
        == []
    )


def test_a_question_warns_when_its_drawn_lone_name_stands_out_among_people(
    make: type[Make],
) -> None:
    people = ("Yuri Gagarin", "Alan Shepard", "John Glenn")
    facts = tuple(make.fact(f"p{i}", who=name, line=20 + i) for i, name in enumerate(people))
    # (A question naming an animal would make no card: see `answer_kinds`.)
    drawn = make.question("Who went first into orbit?", "Laika", draw="who")
    excerpt = make.excerpt("firsts", make.naming("Laika"), questions=(drawn,), facts=facts)
    (warning,) = make.warnings(make.deck(excerpt))
    assert warning.message == (
        "question 'q1': its answer 'Laika' is the only option that is a single name (the "
        "others are full names), so its shape gives it away: add distractors of its shape"
    )
    # Written by the author, the options are the author's choice.
    written = make.question("Who was the first animal in orbit?", "Laika", distractors=people)
    assert (
        make.warnings(make.deck(make.excerpt("firsts", make.naming("Laika"), questions=(written,))))
        == []
    )


def test_options_of_another_shape_than_the_answer_are_named() -> None:
    assert unlike_shaped(PAIR, ("Vine and Matthews", SINGLE[0], SINGLE[1])) == list(SINGLE[:2])
    assert unlike_shaped(SINGLE[0], (PAIR, SINGLE[1])) == [PAIR]
    assert unlike_shaped(SINGLE[0], SINGLE[1:]) == []
    assert unlike_shaped("1953", ("1859 and 1860", "1900")) == []


def test_a_template_warns_when_it_mixes_pairs_among_single_names(make: type[Make]) -> None:
    # Two pairs and four single names: the pair's card must offer single names beside it,
    # though neither shape is its answer's alone.
    deck = _who_did_deck(make, (*SINGLE, PAIR, "Frederick Banting and Charles Best"))
    messages = [d.message for d in make.warnings(deck)]
    assert len(messages) == 2, messages
    assert all("name another number of people than the answer" in m for m in messages)
    assert messages[0].startswith("template 'who-did' for fact 'p4': wrong options '")
    assert f"the answer '{PAIR}', as too few facts have a 'who' of its shape" in messages[0]


def test_a_question_warns_when_its_drawn_options_mix_shapes(make: type[Make]) -> None:
    people = (*SINGLE[:2], "Vine and Matthews")
    facts = tuple(make.fact(f"p{i}", who=name, line=20 + i) for i, name in enumerate(people))
    question = make.question("Who built the model of DNA?", PAIR, draw="who")
    (warning,) = make.warnings(
        make.deck(make.excerpt("people", make.naming(PAIR), questions=(question,), facts=facts))
    )
    assert warning.message.startswith("question 'q1': wrong options ")
    assert warning.message.endswith(
        "as too few facts have a 'who' of its shape: add distractors of its shape"
    )
