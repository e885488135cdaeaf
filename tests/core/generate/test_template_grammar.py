"""Tests for trainer.core.generate.template_grammar: a template that disagrees with a value."""

from __future__ import annotations

from collections.abc import Mapping

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.noun_number import plural_noun, singular_verb
from trainer.core.generate.placeholders import Pattern, parse_pattern
from trainer.core.generate.template_grammar import (
    _MENTIONED,
    _SINGULAR_BEFORE,
    _WHICH_NOUN,
    _asked_object,
    _first_word,
    _literal,
    _plain_verb_after,
    _quoted,
    clause_for_a_noun,
    disagreement,
    swap_breaks_agreement,
    tense_slip,
)
from trainer.core.generate.verb_forms import verb_of


@pytest.mark.parametrize(
    ("pattern", "values", "words"),
    [
        ("To which system does the {organ} belong?", {"organ": "lungs"}, "does the lungs belong"),
        (
            "The {organ} belongs to the {system} system.",
            {"organ": "kidneys", "system": "x"},
            "kidneys belongs",
        ),
        (
            "The {animal} lives in {place}.",
            {"animal": "penguins", "place": "Antarctica"},
            "penguins lives",
        ),
        ("Which organ {job}?", {"job": "filter the blood"}, "Which organ filter"),
        # The head of a value stands before its "of".
        (
            "In what year was {body} discovered?",
            {"body": "the four largest moons of Jupiter"},
            "was the four largest moons of Jupiter discovered",
        ),
        # Names may open a plural ("the ABO blood groups"); a hyphenated word's number
        # is its last part's; a name's own last word is a name's, and a name after a
        # common word opens a clause.
        (
            "In what year was {thing} discovered?",
            {"thing": "the ABO blood groups"},
            "was the ABO blood groups discovered",
        ),
        ("{thing} was discovered in {year}.", {"thing": "X-rays", "year": "1895"}, "X-rays was"),
        # The head stands before any preposition, not only "of" (the audit's case).
        (
            "{study} was carried out by {who}.",
            {"study": "the experiments on salivation in dogs", "who": "Pavlov"},
            "the experiments on salivation in dogs was",
        ),
        ("{finding} is still taught.", {"finding": "studies with twins"}, "studies with twins is"),
        ("{finding} is still taught.", {"finding": "the study of twins in Ohio"}, None),
        ("{finding} is still taught.", {"finding": "the rise in prices"}, None),
        ("When was {work} published?", {"work": "Newton's laws"}, "was Newton's laws published"),
        ("When was {place} first climbed?", {"place": "the Alps"}, None),
        ("Who is {role}?", {"role": "the man Tess kills"}, None),
        ("When was {thing} first described?", {"thing": "a new species"}, None),
        ("In what year was {treaty} signed?", {"treaty": "the Treaty of Versailles"}, None),
        ("In what year was {thing} found?", {"thing": "a pair of shoes"}, None),
        # The value is the question's object, its verb's subject after the verb.
        ("How many {unit} does {whole} have?", {"unit": "keys", "whole": "a piano"}, None),
        ("Which {unit} does {whole} use?", {"unit": "strings", "whole": "a harp"}, None),
        ("How many {unit} lives in {whole}?", {"unit": "people", "whole": "Oslo"}, None),
        ("Which {unit} lives here?", {"unit": "penguins"}, "penguins lives"),
        # A past after an adverb, or a past that is another verb's plain form, is no
        # plain verb.
        ("Which woman {feat}?", {"feat": "first won the Prix de Rome"}, None),
        ("Which woman {feat}?", {"feat": "saw her songs published"}, None),
        ("Which organ {job}?", {"job": "often filter the blood"}, "Which organ often filter"),
        # In agreement, or no clear case.
        ("To which system does the {organ} belong?", {"organ": "heart"}, None),
        ("Which organ {job}?", {"job": "pumps blood round the body"}, None),
        ("Which planet {feature}?", {"feature": "would float in water"}, None),
        ("Which firm {deal}?", {"deal": "set hard terms"}, None),
        ("When was {thing} discovered?", {"thing": "a vaccine against rabies"}, None),
        ("Who is {role} in {novel}?", {"role": "the man Tess kills", "novel": "Tess"}, None),
        ("How many moons does {planet} have?", {"planet": "Mars"}, None),
        ("Which country {did}?", {"did": "signed the treaty"}, None),
        # People named together are plural; a work or a land of two names is one thing.
        (
            "{who} was first to climb Everest.",
            {"who": "Edmund Hillary and Tenzing Norgay"},
            "Edmund Hillary and Tenzing Norgay was",
        ),
        ("{work} was first staged in 1597.", {"work": "Romeo and Juliet"}, None),
        ("{land} was part of Yugoslavia.", {"land": "Bosnia and Herzegovina"}, None),
        # A value named as a word is a mention: its number is the sentence's own.
        ("The term {word} refers to goods used together.", {"word": "complements"}, None),
        ("What does the word '{word}' mean?", {"word": "externalities"}, None),
        ("'{form}' is the nous form of 'être'.", {"form": "sommes"}, None),
        ("“{form}” is a French verb form.", {"form": "avons"}, None),
    ],
)
def test_words_that_do_not_agree_in_number_are_found(
    pattern: str, values: dict[str, str], words: str | None
) -> None:
    assert disagreement(parse_pattern(pattern), values) == words


@pytest.mark.parametrize(
    ("pattern", "value", "words"),
    [
        (
            "In what year was {discovery} discovered?",
            "how to make urea from ammonium cyanate",
            "was how to make urea from ammonium cyanate discovered",
        ),
        (
            "When was {discovery} shown?",
            "that DNA is a double helix",
            "was that DNA is a double helix shown",
        ),
        ("When was {discovery} shown?", "what makes a gene", "was what makes a gene shown"),
        # A noun phrase, a clause that is a verb's object, a clause that opens a statement.
        ("In what year was {discovery} discovered?", "the synthesis of urea", None),
        ("Who showed {discovery}?", "that DNA is a double helix", None),
        ("{discovery} was shown in 1953.", "how DNA copies itself", None),
        # A title is a name, whatever its words.
        ("When was {discovery} published?", "What Is Life?", None),
    ],
)
def test_a_clause_where_a_question_needs_its_subject_is_found(
    pattern: str, value: str, words: str | None
) -> None:
    assert clause_for_a_noun(parse_pattern(pattern), {"discovery": value}) == words


def test_a_template_that_disagrees_with_a_fact_warns_the_author(make: type[Make]) -> None:
    facts = (
        make.fact("heart", organ="heart", system="circulatory", line=20),
        make.fact("lungs", organ="lungs", system="respiratory", line=21),
        make.fact("brain", organ="brain", system="nervous", line=22),
    )
    template = make.template(
        "organ-system", prompt="To which system does the {organ} belong?", answer="system"
    )
    statement = make.template(
        "tf-system",
        kind=TemplateKind.TRUE_FALSE,
        statement="The {organ} belongs to the {system} system.",
        swap="system",
    )
    text = make.naming("circulatory", "respiratory", "nervous")
    deck = make.deck(make.excerpt("body", text, facts=facts), templates=(template, statement))
    assert [d.message for d in make.warnings(deck)] == [
        "template 'organ-system' for fact 'lungs' reads 'does the lungs belong', whose words "
        "do not agree in number: reword the template or the fact's value",
        "template 'tf-system' for fact 'lungs' reads 'lungs belongs', whose words do not "
        "agree in number: reword the template or the fact's value",
    ]


def test_a_clause_for_a_question_subject_warns_the_author(make: type[Make]) -> None:
    facts = (
        make.fact("wohler", discovery="how to make urea from ammonium cyanate", year="1828"),
        make.fact("landsteiner", discovery="the ABO blood groups", year="1901", line=21),
        make.fact("roentgen", discovery="the rays named X", year="1895", line=22),
    )
    template = make.template(
        "discovery-year", prompt="In what year was {discovery} discovered?", answer="year"
    )
    text = "Urea was made in 1828. The groups were found in 1901, the rays in 1895."
    deck = make.deck(make.excerpt("discoveries", text, facts=facts), templates=(template,))
    assert [d.message for d in make.warnings(deck)] == [
        "template 'discovery-year' for fact 'wohler' reads 'was how to make urea from "
        "ammonium cyanate discovered', a clause where the question needs a noun: reword "
        "the fact's value as a noun phrase ('the synthesis of urea'), or the template",
        "template 'discovery-year' for fact 'landsteiner' reads 'was the ABO blood groups "
        "discovered', whose words do not agree in number: reword the template or the "
        "fact's value",
    ]


@pytest.mark.parametrize(
    ("pattern", "values", "words"),
    [
        (
            "In what year did {who} {did}?",
            {"who": "Georg Ohm", "did": "published his law"},
            "did Georg Ohm published",
        ),
        ("When did {who} {did}?", {"who": "Darwin", "did": "wrote the Origin"}, "did Darwin wrote"),
        ("Who {did}?", {"did": "show that mass is energy"}, "Who show"),
        ("Who {did}?", {"did": "first produce radio waves"}, "Who produce"),
        # In agreement, or no clear case.
        ("In what year did {who} {did}?", {"who": "Ohm", "did": "publish his law"}, None),
        ("Who {did}?", {"did": "showed that mass is energy"}, None),
        ("Who {did}?", {"did": "first produced radio waves"}, None),
        ("Which country {did}?", {"did": "signed the treaty"}, None),
        ("What did {who} {do}?", {"who": "Carnegie", "do": "found a steel company"}, None),
        ("Who {did}?", {"did": "needs no introduction"}, None),
    ],
)
def test_a_verb_in_the_wrong_form_is_found(
    pattern: str, values: dict[str, str], words: str | None
) -> None:
    assert tense_slip(parse_pattern(pattern), values) == words


def test_a_verb_that_is_the_past_of_another_is_read_as_past() -> None:
    assert tense_slip(parse_pattern("Who {did}?"), {"did": "found the wreck"}) is None


@pytest.mark.parametrize(
    ("pattern", "values", "swap", "candidate", "breaks"),
    [
        # A subject of another number before the verb.
        ("The {organ} {job}.", {"organ": "heart", "job": "pumps blood"}, "organ", "lungs", True),
        ("The {organ} is {where}.", {"organ": "liver", "where": "right"}, "organ", "ovaries", True),
        ("The {organ} {job}.", {"organ": "heart", "job": "pumps blood"}, "organ", "liver", False),
        (
            "The {organ} {job}.",
            {"organ": "kidneys", "job": "filter blood"},
            "organ",
            "lungs",
            False,
        ),
        # A verb of another form after the subject.
        (
            "The {organ} {job}.",
            {"organ": "liver", "job": "makes bile"},
            "job",
            "filter blood",
            True,
        ),
        (
            "The {organ} {job}.",
            {"organ": "lungs", "job": "exchange gases"},
            "job",
            "pumps blood",
            True,
        ),
        (
            "The {organ} {job}.",
            {"organ": "liver", "job": "makes bile"},
            "job",
            "pumps blood",
            False,
        ),
        # After an article or a preposition a value is a noun phrase: "alkali metals"
        # and "halogens" open with no verb there.
        (
            "{element} is in the {group}.",
            {"element": "Chlorine", "group": "halogens"},
            "group",
            "alkali metals",
            False,
        ),
        (
            "{element} is one of {group}.",
            {"element": "Iron", "group": "transition metals"},
            "group",
            "halogens",
            False,
        ),
        # A quoted value is a word mentioned, singular whatever its ending.
        (
            "'{form}' is the {person} form of '{verb}'.",
            {"form": "suis", "person": "je", "verb": "être"},
            "form",
            "sommes",
            False,
        ),
        # After "to" a value is a verb: its form still counts.
        (
            "The League voted to {decision}.",
            {"decision": "expel Japan"},
            "decision",
            "condemns Italy",
            True,
        ),
        # People named together for one person: a plural subject for a singular.
        (
            "{who} was the first to achieve {feat}.",
            {"who": "Edmund Hillary and Tenzing Norgay", "feat": "the ascent of Everest"},
            "who",
            "Yuri Gagarin",
            True,
        ),
        # Nothing to agree with.
        (
            "{who} was born in {place}.",
            {"who": "Darwin", "place": "Shrewsbury"},
            "place",
            "the Alps",
            False,
        ),
    ],
)
def test_a_swap_that_makes_a_verb_disagree_is_found(
    pattern: str, values: dict[str, str], swap: str, candidate: str, breaks: bool
) -> None:
    assert swap_breaks_agreement(parse_pattern(pattern), values, swap, candidate) is breaks


def test_a_true_false_card_swaps_in_only_a_value_that_agrees(make: type[Make]) -> None:
    facts = (
        make.fact("heart", organ="heart", job="pumps blood around the body", line=20),
        make.fact("liver", organ="liver", job="makes bile", line=21),
        make.fact("kidneys", organ="kidneys", job="filter the blood", line=22),
        make.fact("lungs", organ="lungs", job="take in oxygen", line=23),
    )
    statement = make.template(
        "tf-job", kind=TemplateKind.TRUE_FALSE, statement="The {organ} {job}.", swap="job"
    )
    text = make.naming("heart", "liver", "kidneys", "lungs")
    deck = make.deck(make.excerpt("body", text, facts=facts), templates=(statement,))
    for card in make.cards(deck):
        assert "The heart filter" not in card.prompt and "The lungs makes" not in card.prompt
        assert "The heart take" not in card.prompt and "The kidneys pumps" not in card.prompt


def test_an_auxiliary_after_what_is_no_noun_to_agree_with() -> None:
    # "What did {study} investigate?" was read as the noun "did" before a plain verb.
    question = parse_pattern("What did {study} investigate?")
    assert disagreement(question, {"study": "the line-judgement experiment"}) is None
    assert disagreement(parse_pattern("Which organ {job}?"), {"job": "filter the blood"}) == (
        "Which organ filter"
    )


# Templates whose words around a field say something of its number, and values that
# may disagree with them: `disagreement` reads each template's words once, and must say
# what reading them afresh for every fact says.
_TEMPLATES = [
    "To which system does the {organ} belong?",
    "The {organ} belongs to the {system} system.",
    "The {animal} lives in {place}.",
    "How many {unit} does {whole} have?",
    "How many {unit} lives in {whole}?",
    "Which organ {job}?",
    "What did {study} investigate?",
    "The term {word} refers to goods used together.",
    "'{form}' is the nous form of 'être'.",
    "“{form}” is a French verb form.",
    "Which {unit} does {whole} use?",
    "{finding} is still taught.",
    "{study} was carried out by {who}.",
    "Which country {did}?",
    "Is the {organ}{job}?",
    "{organ} {job}",
]
_VALUES = st.one_of(
    st.sampled_from(
        [
            "lungs",
            "the kidneys",
            "heart",
            "filter the blood",
            "first won the Prix de Rome",
            "the ABO blood groups",
            "X-rays",
            "the news",
            "pumps blood",
            "",
            "the moons of Jupiter",
            "Newton's laws",
        ]
    ),
    st.text(alphabet="abcdefghijklmnopqrsty -'ABT", max_size=20),
)
_FIELDS = ("organ", "system", "animal", "place", "unit", "whole", "job", "study", "word")
_MORE_FIELDS = ("form", "finding", "who", "did")


@given(
    st.sampled_from(_TEMPLATES),
    st.fixed_dictionaries({name: _VALUES for name in _FIELDS + _MORE_FIELDS}),
)
def test_reading_a_template_once_finds_what_reading_it_for_each_fact_finds(
    template: str, values: dict[str, str]
) -> None:
    pattern = parse_pattern(template)
    assert disagreement(pattern, values) == plain_disagreement(pattern, values)


def plain_disagreement(pattern: Pattern, values: Mapping[str, str]) -> str | None:
    """`disagreement` as first written, reading the template's words afresh for every
    fact: what its fast path (each template's words read once) is pinned to."""
    parts = pattern.parts
    for index, part in enumerate(parts):
        if isinstance(part, str):
            continue
        value = values.get(part.name, "")
        before = _literal(parts, index - 1)
        after = _literal(parts, index + 1)
        if _MENTIONED.search(before) or _quoted(before, after):
            continue  # "The term {word} refers to…", "'{form}' is…": named, not used
        if plural_noun(value):
            if (verb := _SINGULAR_BEFORE.search(before)) is not None:
                return f"{verb.group()}{value}{_first_word(after, spaced=True)}".strip()
            following = _first_word(after)
            if following and singular_verb(following) and not _asked_object(before, following):
                return f"{value} {following}"
        if (which := _WHICH_NOUN.match(before)) is not None and _plain_verb_after(
            which.group(1), value
        ):
            plain = verb_of(value)
            return f"{which.group()}{value[: value.index(plain) + len(plain)]}"
    return None
