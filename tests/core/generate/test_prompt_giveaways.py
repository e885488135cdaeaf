"""A warning when a question names its own answer: a rare word of it, or another form."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.generate.prompt_giveaways import giveaway_message, word_given_away


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        (
            "Who is the man Tess kills in Tess of the d'Urbervilles?",
            "Alec d'Urberville",
            "d'Urberville",
        ),
        (
            "In which novel does Alec d'Urberville appear?",
            "Tess of the d'Urbervilles",
            "d'Urbervilles",
        ),
        ("Where did Edgar Zetkin serve as ambassador in Moscow?", "Moscow", "Moscow"),
        ("Which firm did Franz Krupp commission?", "the Krupp works", "Krupp"),
        ("Who painted the Zürich altarpiece?", "the Master of ZÜRICH", "ZÜRICH"),
        # A name of common words only counts whole, as written.
        (
            "Which country adopted the Constitution of the United States?",
            "the United States",
            "United States",
        ),
        ("Where did the Bay of Pigs invasion fail?", "the Bay of Pigs", "Bay of Pigs"),
        # A place's people's word, common as it is, for the place the prompt names.
        ("What is the currency of Australia?", "the Australian dollar", "Australian"),
        ("What is the currency of Switzerland?", "the Swiss franc", "Swiss"),
        ("Which language is spoken in France?", "French", "French"),
    ],
)
def test_a_rare_word_of_the_answer_in_the_prompt_gives_it_away(
    prompt: str, answer: str, word: str
) -> None:
    assert word_given_away(prompt, answer) == word


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        # The kind asked for, a common word, is repeated by the answer: nothing given.
        ("Which chapel's ceiling did Michelangelo paint?", "The Sistine Chapel"),
        ("Which bay did the Endeavour anchor in?", "Matavai Bay"),
        ("Which survey was the Beagle sent to complete?", "The survey of Patagonia"),
        ("In what year was the Krupp works founded?", "1811"),
        ("Who was the first American in space?", "Alan Shepard"),
        # Letters in common, but not a word of the answer.
        ("Who followed Mosca as tutor?", "Moscow"),
        # An answer that describes: the name it shares is what the question is about.
        ("What did Falkenhayn mean to do to France at Verdun?", "bleed France white"),
        ("What did Article 231 say of Germany?", "it blamed Germany for the war"),
        ("What event does Guernica show?", "the bombing of Guernica"),
        # Its words apart, or the name offered among others, give nothing away.
        ("Which state united with the others in 1787?", "United States"),
        ("Which of Germany, the United States or Japan adopted it first?", "United States"),
        # The same people's word in both names the kind asked for.
        ("What was the Italian currency before the euro?", "the Italian lira"),
        ("Which state did Germany invade in 1939?", "Poland"),
        # A title after a name gives away no more than the title.
        ("Who was the first Great Khan?", "Genghis Khan"),
        ("Which pasha led the Young Turks?", "Enver Pasha"),
    ],
)
def test_no_rare_word_of_the_answer_in_the_prompt_gives_nothing_away(
    prompt: str, answer: str
) -> None:
    assert word_given_away(prompt, answer) is None


def test_a_template_and_a_question_naming_their_answers_warn_the_author(
    make: type[Make],
) -> None:
    novel = make.fact("tess", novel="Tess of the d'Urbervilles", character="Alec d'Urberville")
    template = make.template("who-in", prompt="Who is the villain of {novel}?", answer="character")
    question = make.question("Where did Zetkin serve in Moscow?", "Moscow", line=12)
    deck = make.deck(
        make.excerpt(
            "e1", make.naming("Alec d'Urberville", "Moscow"), facts=(novel,), questions=(question,)
        ),
        templates=(template,),
    )
    assert [str(d) for d in make.warnings(deck)] == [
        "deck.yaml:12:7: warning: question 'q1': its prompt 'Where did Zetkin serve in "
        "Moscow?' names 'Moscow' of its answer 'Moscow', giving it away",
        "deck.yaml:20:9: warning: template 'who-in' for fact 'tess': its prompt 'Who is "
        "the villain of Tess of the d'Urbervilles?' names 'd'Urberville' of its answer "
        "'Alec d'Urberville', giving it away",
    ]


def test_a_statement_naming_its_true_value_elsewhere_warns_the_author(
    make: type[Make],
) -> None:
    facts = tuple(
        make.fact(f"f{i}", event=event, place=place, line=20 + i)
        for i, (event, place) in enumerate(
            [
                ("the flight to Varennes", "Varennes"),
                ("the storming of the Bastille", "Paris"),
                ("the meeting of the Estates-General", "Versailles"),
            ]
        )
    )
    template = make.template(
        "tf", kind=TemplateKind.TRUE_FALSE, statement="{event} took place in {place}.", swap="place"
    )
    text = "The king was caught at Varennes. Paris rose. The Estates met at Versailles."
    deck = make.deck(make.excerpt("e1", text, facts=facts), templates=(template,))
    assert [d.message for d in make.warnings(deck)] == [
        "template 'tf' for fact 'f0': its statement names 'Varennes' of its true 'place' "
        "'Varennes' elsewhere, giving the answer away"
    ]


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [
        # An either-or question offers its answer among the alternatives it names.
        ("Is combustion exothermic or endothermic?", "exothermic"),
        ("Is a solution of pH 3 acidic or alkaline?", "Acidic"),
        ("Do metals form positive or negative ions?", "Positive ions"),
        ("Which of the two, Niger or Nigeria, is landlocked?", "Niger"),
        ("Is photosynthesis anabolic or catabolic?", "Anabolic"),
        ("Is the Krebs cycle aerobic, anaerobic, or both?", "aerobic"),
        ("Which of these is landlocked: Niger, Nigeria or Ghana?", "Niger"),
        ("Which electrode attracts cations, the anode or the cathode?", "The cathode"),
        # The kind of thing asked for, named after "which" or "what".
        ("Which strait links the Atlantic Ocean with the Mediterranean?", "Strait of Gibraltar"),
        ("Which strait separates Russia from Alaska?", "Bering Strait"),
        ("Which ions do acids produce in water?", "Hydrogen ions"),
        ("In what kind of ratios do atoms combine?", "Simple whole-number ratios"),
        ("Which isthmus joins North and South America?", "Isthmus of Panama"),
        ("What archipelago did Darwin visit?", "the Galápagos archipelago"),
    ],
)
def test_alternatives_offered_and_the_kind_asked_for_give_nothing_away(
    prompt: str, answer: str
) -> None:
    assert word_given_away(prompt, answer) is None


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        # A name before the kind is the answer's own: it still gives it away.
        ("Which Brontë sister wrote as Ellis Bell?", "Emily Brontë", "Brontë"),
        ("Which Krupp firm made guns, or rather, shells?", "the Krupp works", "Krupp"),
        # An "or" that offers no alternative to the answer hides nothing.
        ("Where is the Zürich altarpiece, or its copy, kept?", "the Master of Zürich", "Zürich"),
        # A common name that is the whole answer counts.
        ("Which novel opens with the words “Emma Woodhouse, handsome, clever”?", "Emma", "Emma"),
        ("Which city did the Paris Commune rule in 1871?", "Paris", "Paris"),
    ],
)
def test_names_of_the_answer_beside_the_kind_or_an_or_still_give_it_away(
    prompt: str, answer: str, word: str
) -> None:
    assert word_given_away(prompt, answer) == word


def test_a_common_word_that_is_the_whole_answer_counts_only_as_a_name() -> None:
    # Capitalised in the answer only as its first word: not a name the prompt names.
    assert (
        word_given_away("When magnesium burns in oxygen, which is oxidised?", "Magnesium") is None
    )
    assert word_given_away("What does a ray of light carry?", "Energy") is None


def test_the_unit_to_answer_in_gives_nothing_away() -> None:
    from trainer.core.generate.prompt_giveaways import word_given_away

    prompt = "From what fasting plasma glucose, in mmol/L, is diabetes diagnosed?"
    assert word_given_away(prompt, "7.0 mmol/L") is None
    assert word_given_away("What creatinine, in µmol/L, marks it?", "150 µmol/L") is None
    assert word_given_away("Which battle at Waterloo ended it?", "1815, at Waterloo") == "Waterloo"


@pytest.mark.parametrize(
    ("prompt", "answer", "given_away"),
    [
        ("What is short for 'Electronic Numerical Integrator and Computer'?", "ENIAC", True),
        ("Which acronym is short for 'Structured Query Language'?", "SQL", True),
        ("Which alliance, the North Atlantic Treaty Organization, did Bonn join?", "NATO", True),
        # Capitals that spell nothing in a row, or no capitals at all, give nothing away.
        ("Which protocol did Cerf and Kahn design?", "TCP", False),
        ("Which language queries relational databases?", "SQL", False),
        ("Whom did the United States elect in 1932?", "FDR", False),
    ],
)
def test_an_acronym_spelled_by_the_prompts_initials(
    prompt: str, answer: str, given_away: bool
) -> None:
    assert (word_given_away(prompt, answer) == answer) is given_away
    if given_away:
        assert "by the initials of its words" in giveaway_message(prompt, answer, answer)


def test_a_number_the_prompt_writes_gives_it_away() -> None:
    asked = "In what year did the German army surrender in February 1943?"
    assert word_given_away(asked, "1943") == "1943"
    assert word_given_away("When was the peace treaty of 1919 signed?", "1919") == "1919"
    # Another number, a part of one, or a short one is no giveaway.
    assert word_given_away("In what year did the 1943 campaign end?", "1944") is None
    assert word_given_away("How many of the 11943 men survived?", "1943") is None
    assert word_given_away("How far is it from 12 to 24?", "12") is None


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        ("Who founded Constantinople?", "Constantine", "Constantine"),
        ("Who was Leningrad named after?", "Vladimir Lenin", "Lenin"),
        ("Who wrote the founding text of Marxism?", "Karl Marx", "Marx"),
        ("Who explored Tasmania?", "Abel Tasman", "Tasman"),
    ],
)
def test_a_place_or_a_doctrine_named_after_the_answer_gives_it_away(
    prompt: str, answer: str, word: str
) -> None:
    assert word_given_away(prompt, answer) == word


@pytest.mark.parametrize(
    ("prompt", "answer"),
    [("Who founded the city?", "Constantine"), ("Who painted the Mona Lisa?", "Leonardo")],
)
def test_a_name_the_prompt_does_not_build_on_gives_nothing_away(prompt: str, answer: str) -> None:
    assert word_given_away(prompt, answer) is None


@pytest.mark.parametrize(
    ("prompt", "answer", "word"),
    [
        ("Which statute defines theft?", "the Theft Act", "Theft"),
        (
            "Which act brought the Convention on Human Rights into law?",
            "the Human Rights Act",
            "Human Rights",
        ),
        ("Which battle was fought at Hastings in 1066?", "the Battle of Hastings", "Hastings"),
    ],
)
def test_a_name_given_but_for_its_kind_gives_it_away(prompt: str, answer: str, word: str) -> None:
    assert word_given_away(prompt, answer) == word
    assert (
        word_given_away("Which treaty ended the war in the east?", "the Treaty of Brest-Litovsk")
        is None
    )


def test_the_name_before_a_title_after_it_still_gives_the_answer_away() -> None:
    assert word_given_away("Which khan was born Temujin and called Genghis?", "Genghis Khan")


@pytest.mark.parametrize(
    ("prompt", "answer", "given"),
    [
        # The kind of event named, where the answer says which one.
        ("Which Olympic Games did the United States boycott?", "the 1980 Moscow Olympics", None),
        ("Which crisis began in Cuba in 1962?", "the Cuban Missile Crisis", None),
        # Its distinctive words named still give it away.
        ("Which Moscow Olympics did they boycott?", "the 1980 Moscow Olympics", "Moscow"),
        ("What is the currency of Australia?", "the Australian dollar", "Australian"),
    ],
)
def test_the_kind_of_a_named_thing_in_the_prompt_gives_nothing_away(
    prompt: str, answer: str, given: str | None
) -> None:
    assert word_given_away(prompt, answer) == given
