"""Automatic cloze leaves out what a template or a written question already asks: the same
answer with or without its article, or a part of it whose other words stand beside the
blank, in a sentence about what the prompt asks."""

from __future__ import annotations

import pytest

from tests.core.generate.conftest import Make
from trainer.core.authored import Fact, Question, Template
from trainer.core.generate.cloze_asked import AskedAlready, answer_key, readings
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.model import CardKind, DeckDefaults


def _clozes(
    make: type[Make],
    text: str,
    *,
    facts: tuple[Fact, ...] = (),
    templates: tuple[Template, ...] = (),
    questions: tuple[Question, ...] = (),
) -> list[str]:
    deck = make.deck(
        make.excerpt("x", text, facts=facts, questions=questions),
        templates=templates,
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=12),
    )
    return [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


@pytest.mark.parametrize(
    ("answer", "key"),
    [
        ("the Caspian Sea", "caspian sea"),
        ("The Hague", "hague"),
        ("an isthmus", "isthmus"),
        ("Edsger W. Dijkstra", "edsger dijkstra"),
        ("The W. H. Smith Shop", "smith shop"),
        # An article alone is the whole answer, and stays.
        ("A", "a"),
        ("Theodore", "theodore"),
    ],
)
def test_an_answer_key_leaves_out_a_leading_article(answer: str, key: str) -> None:
    assert answer_key(answer) == key


LAKES = (
    "The Caspian Sea, between Europe and Asia, is the largest lake on Earth by area. Lake "
    "Baikal in Siberia is the deepest, at 1,642 m, and holds about a fifth of the world's "
    "unfrozen fresh water. Lake Superior, on the border of Canada and the United States, "
    "is the largest freshwater lake by area."
)


def test_a_lake_a_template_asks_for_is_not_asked_again(make: type[Make]) -> None:
    # The audit's cases: the fact's value has an article the candidate has not, and the
    # sentence shares only "deepest" with its prompt; "lake", the kind asked for, is
    # in the blank.
    facts = (
        make.fact("caspian", lake="the Caspian Sea", record="the largest lake on Earth by area"),
        make.fact("baikal", lake="Lake Baikal", record="the deepest lake on Earth"),
    )
    template = make.template("record", prompt="Which lake is {record}?", answer="lake")
    found = _clozes(make, LAKES, facts=facts, templates=(template,))
    assert "Caspian Sea" not in found
    assert "Lake Baikal" not in found
    # Asked by no card: still blanked.
    assert {"Siberia", "Lake Superior", "1,642"} <= set(found)


def test_the_kind_asked_counts_only_when_the_answer_names_it(make: type[Make]) -> None:
    # "Which river …?" answered "the Danube": the answer does not name the kind, and one
    # shared word ("longest") is too few. "the Danube River" names it: two.
    template = make.template("record", prompt="Which river is {record}?", answer="river")
    text = "The Danube, flowing past Vienna, is the longest in Central Europe."
    fact = make.fact("d", river="the Danube", record="the longest in the EU")
    assert "Danube" in _clozes(make, text, facts=(fact,), templates=(template,))
    text = "The Danube River, flowing past Vienna, is the longest in Central Europe."
    fact = make.fact("d", river="the Danube River", record="the longest in the EU")
    assert "Danube River" not in _clozes(make, text, facts=(fact,), templates=(template,))


def test_a_part_of_an_answer_with_the_rest_beside_the_blank_is_asked(make: type[Make]) -> None:
    # The audit's cases: "the [...] gland" is `pineal gland`, "the [...] system" the
    # `integumentary system`, "vitamin [...]" `vitamin B1`.
    text = (
        "Melatonin, which regulates the sleep-wake cycle, is made by the pineal gland. The "
        "skin belongs to the integumentary system. A lack of thiamine (vitamin B1) causes "
        "beriberi."
    )
    facts = (
        make.fact("m", hormone="melatonin", gland="pineal gland"),
        make.fact("s", organ="skin", system="integumentary system"),
        make.fact("b", vitamin="vitamin B1", disease="beriberi"),
    )
    templates = (
        make.template("gland", prompt="Which gland makes {hormone}?", answer="gland"),
        make.template("system", prompt="Which body system includes the {organ}?", answer="system"),
        make.template(
            "vitamin", prompt="A deficiency of which vitamin causes {disease}?", answer="vitamin"
        ),
    )
    found = _clozes(make, text, facts=facts, templates=templates)
    assert not {"pineal", "integumentary", "B1"} & set(found), found
    assert "thiamine" in found


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("Melatonin is made by the pineal gland in the dark.", True),
        ("Melatonin is made by the pineal\ngland in the dark.", True),
        # The answer's other word is not beside the blank, but it is the kind of thing
        # the prompt asks for ("Which gland …?"), and the sentence asks what the prompt
        # asks: the same question ("the Fourth forbids …, the [...] guarantees …" for
        # the Sixth Amendment, asked "Which amendment …?").
        ("Melatonin is made by the pineal, a gland, in the dark.", True),
        ("Melatonin is made by the pineal body, a gland, in the dark.", True),
        ("Melatonin is made in the dark by the pineal. Gland cells make it.", True),
        # Where the sentence asks something else, it is another question.
        ("Sleep is slower without the pineal, though gland cells vary.", False),
    ],
)
def test_the_rest_of_the_answer_stands_beside_the_blank_or_is_the_kind_asked(
    make: type[Make], text: str, asked: bool
) -> None:
    fact = make.fact("m", hormone="melatonin", gland="pineal gland")
    template = make.template("gland", prompt="Which gland makes {hormone}?", answer="gland")
    excerpt = make.excerpt("x", text, facts=(fact,))
    already = AskedAlready(make.deck(excerpt, templates=(template,)), excerpt)
    start = text.index("pineal")
    candidate = Candidate(CandidateKind.TERM, "pineal", ((start, start + len("pineal")),))
    assert already.asks_again(candidate, text) is asked


def test_a_part_of_a_longer_answer_is_asked_where_its_sentence_asks_it(
    make: type[Make],
) -> None:
    # `Canada` stands in "on the border of Canada and the United States", the answer to
    # "Where is Lake Superior?", in a sentence naming Lake Superior: asked already. A
    # written question's answer may be part of a longer one too.
    text = (
        "Lake Superior lies on the border of Canada and the United States. Its water "
        "drains into the Saint Lawrence river."
    )
    where = "on the border of Canada and the United States"
    fact = make.fact("s", lake="Lake Superior", where=where)
    template = make.template("where", prompt="Where is {lake}?", answer="where")
    written = make.question("Which river drains the lake?", "the Saint Lawrence River")
    found = _clozes(make, text, facts=(fact,), templates=(template,), questions=(written,))
    assert "Canada" not in found and "Saint Lawrence" not in found, found
    # Asked by no card, each is blanked.
    assert {"Canada", "Saint Lawrence"} <= set(_clozes(make, text))


def test_the_same_answer_in_a_sentence_about_something_else_stays(make: type[Make]) -> None:
    # A year and a name the templates ask about one event, in a sentence about another.
    text = (
        "The canal opened in 1914, linking two oceans. The works were run by Goethals, an "
        "army engineer. In 1920 the Panama Railroad was sold."
    )
    facts = (make.fact("c", event="the war in Europe began", year="1914", who="Goethals"),)
    templates = (
        make.template("year", prompt="In what year did {event}?", answer="year"),
        make.template("who", prompt="Who said that {event}?", answer="who"),
    )
    found = _clozes(make, text, facts=facts, templates=templates)
    assert {"1914", "Goethals", "1920"} <= set(found)


WAR = (
    "Germany invaded Poland on 1 September 1939, and Britain and France declared war two "
    "days later. The Winter War began in 1939 between the Soviet Union and Finland."
)


def test_another_value_of_the_fact_beside_the_blank_says_it_is_the_same_question(
    make: type[Make],
) -> None:
    # "In what year did the war in Europe begin?" (1939, a fact whose `where` is Poland)
    # is asked again by "Germany invaded Poland on 1 September [year]", which shares no
    # telling word with the prompt but names the fact's place.
    facts = (make.fact("invasion", event="the war in Europe", year="1939", where="Poland"),)
    template = make.template("when", prompt="In what year did {event} begin?", answer="year")
    clozes = _clozes(make, WAR, facts=facts, templates=(template,))
    assert "1939" not in clozes
    # Without the template, the year is blanked; the same year about another fact (the
    # Winter War: no value of the invasion's beside it) would be a question of its own.
    assert "1939" in _clozes(make, WAR)


@pytest.mark.parametrize(
    ("answer", "keys"),
    [
        ("1961-04-12", {"1961 04 12", "1961"}),
        ("12 April 1961", {"12 april 1961", "1961"}),
        ("about 4.24 light-years", {"about 4 24 light years", "4 24"}),
        ("the 15th century", {"15 century"}),
        ("the fifteenth century", {"15 century"}),
        # A name with a number is no amount; a year alone is itself.
        ("Apollo 11", {"apollo 11"}),
        ("1961", {"1961"}),
    ],
)
def test_an_answer_is_read_as_its_year_its_number_and_its_ordinal(
    answer: str, keys: set[str]
) -> None:
    assert readings(answer) == keys


FLIGHTS = (
    "On 12 April 1961 Yuri Gagarin flew Vostok 1 once round the Earth. Proxima Centauri, "
    "the nearest star, lies 4.24 light-years away. Botticelli worked in Florence in the "
    "fifteenth century."
)


def test_a_year_number_or_ordinal_a_template_asks_in_another_form_is_not_asked_again(
    make: type[Make],
) -> None:
    # The audit's cases: the year of a date a template asks ("When did Vostok 1 fly?"),
    # the number of an amount ("How far is Proxima Centauri?"), the ordinal of a century.
    facts = (
        make.fact("vostok", mission="Vostok 1", date="1961-04-12"),
        make.fact("proxima", star="Proxima Centauri", distance="about 4.24 light-years"),
        make.fact("botticelli", painter="Botticelli", century="the 15th century"),
    )
    templates = (
        make.template("when", prompt="When did {mission} fly?", answer="date"),
        make.template("far", prompt="How far away is {star}?", answer="distance"),
        make.template("century", prompt="In which century did {painter} work?", answer="century"),
    )
    found = _clozes(make, FLIGHTS, facts=facts, templates=templates)
    assert not {"1961", "4.24", "fifteenth"} & set(found), found
    # Without the templates each is blanked.
    assert {"1961", "4.24", "fifteenth"} <= set(_clozes(make, FLIGHTS, facts=facts))


AMENDMENTS = (
    "The First Amendment protects freedom of speech. The Fourth forbids unreasonable "
    "searches, and the Sixth guarantees a speedy public trial. Chief Justice John "
    "Marshall decided Marbury v. Madison in 1803, which established judicial review."
)


def test_a_case_a_title_and_an_ordinal_alone_ask_again(make: type[Make]) -> None:
    # The audit's cases: "the [...] guarantees a speedy public trial" asks "Which amendment
    # guaranteed a speedy public trial?"; a case's "v." ends no sentence; a title before
    # the name a template asks is no other answer.
    facts = (
        make.fact("sixth", amendment="the Sixth Amendment", right="a speedy public trial"),
        make.fact("marbury", case="Marbury v. Madison", year="1803", chief="John Marshall"),
    )
    templates = (
        make.template("which", prompt="Which amendment guaranteed {right}?", answer="amendment"),
        make.template("year", prompt="In what year was {case} decided?", answer="year"),
        make.template("chief", prompt="Who was chief justice in {case}?", answer="chief"),
    )
    found = _clozes(make, AMENDMENTS, facts=facts, templates=templates)
    assert not {"Sixth", "1803", "Chief Justice John Marshall"} & set(found), found
    assert "Fourth" in found or "First Amendment" in found


def test_a_names_initial_ends_no_sentence(make: type[Make]) -> None:
    # "In [year] John B. Watson …" asked the year again: "B." was read as a sentence's end.
    text = "In 1920 John B. Watson and Rosalie Rayner conditioned a baby to fear a white rat."
    fact = make.fact("albert", who="John B. Watson", study="the Little Albert study", year="1920")
    template = make.template("year", prompt="In what year did {who} run {study}?", answer="year")
    found = _clozes(make, text, facts=(fact,), templates=(template,))
    assert "1920" not in found
    assert "Rosalie Rayner" in found


TRENCHES = (
    "The Puerto Rico Trench is the deepest part of the Atlantic Ocean, and the Java Trench "
    "the deepest part of the Indian Ocean. Mount Everest rises above the Khumbu Glacier."
)


def test_an_answer_with_the_kind_asked_is_the_answer(make: type[Make]) -> None:
    # The audit's case: "the deepest part of the [...]" for `Atlantic Ocean` asked again
    # "In which ocean is the Puerto Rico Trench?", answered `Atlantic`: the blank holds
    # the answer and the kind asked for. A word the prompt does not ask for keeps it
    # another question ("Khumbu Glacier" beside an answer `Khumbu` asked "Which valley …?").
    facts = (
        make.fact("pr", trench="the Puerto Rico Trench", ocean="Atlantic"),
        make.fact("java", trench="the Java Trench", ocean="Indian"),
        make.fact("everest", peak="Mount Everest", valley="Khumbu"),
    )
    templates = (
        make.template("ocean", prompt="In which ocean is {trench}?", answer="ocean"),
        make.template("valley", prompt="Which valley lies below {peak}?", answer="valley"),
    )
    found = _clozes(make, TRENCHES, facts=facts, templates=templates)
    assert not {"Atlantic Ocean", "Indian Ocean"} & set(found), found
    assert "Khumbu Glacier" in found


TITANIC = (
    "The Titanic sank 160 minutes after striking an iceberg south of Newfoundland, and "
    "about 1,500 people died. Her hull was 269 metres long."
)


@pytest.mark.parametrize(
    ("prompt", "asked"),
    [
        ("How many minutes after striking the iceberg did the Titanic sink?", True),
        # The unit may stand anywhere in the prompt, in another form.
        ("How long, in minutes, after striking the iceberg did the Titanic take to sink?", True),
        # Another unit is another amount.
        ("How many metres after striking the iceberg did the Titanic sink?", False),
    ],
)
def test_an_amount_whose_number_a_prompt_with_its_unit_asks_is_asked(
    make: type[Make], prompt: str, asked: bool
) -> None:
    # "[number] after striking an iceberg" asks what "How many minutes …?", answered
    # 160, asks: the same number, the unit being in the prompt.
    found = _clozes(make, TITANIC, questions=(make.question(prompt, "160"),))
    assert ("160 minutes" not in found) is asked, found
    assert {"Newfoundland", "1,500"} <= set(found)


def test_an_item_of_a_list_answer_with_the_others_beside_it_is_asked(make: type[Make]) -> None:
    # Each claimant blanked, the others beside it, asks "Which three men …?" again.
    text = (
        "In 1066 the English throne was claimed by Harold Godwinson, William of Normandy "
        "and Harald Hardrada."
    )
    answer = "Harold Godwinson, William of Normandy and Harald Hardrada"
    assert {"Harold Godwinson", "Harald Hardrada"} <= set(_clozes(make, text))
    question = make.question("Which three men claimed the English throne in 1066?", answer)
    found = _clozes(make, text, questions=(question,))
    assert not {"Harold Godwinson", "Harald Hardrada"} & set(found), found
    # The year is another question of the same sentence.
    assert "1066" in found


def test_an_answer_written_with_another_function_word_is_asked(make: type[Make]) -> None:
    # "of sorcery and of [...]" for `blasphemy`, the rest of `sorcery and blasphemy`
    # beside it with an "of" the answer has not.
    text = (
        "In 1921 a jury at Leeds convicted the alchemist Arthur Pendle of sorcery and of blasphemy."
    )
    question = make.question("Of what was the alchemist convicted?", "sorcery and blasphemy")
    assert "blasphemy" in _clozes(make, text)
    found = _clozes(make, text, questions=(question,))
    assert "blasphemy" not in found
    assert {"1921", "Leeds", "Arthur Pendle"} <= set(found)


PHILOSOPHERS = (
    "Later Zeno of Citium taught in the Painted Porch at Athens. Long before, Thales "
    "taught that all things are made of water."
)


def test_a_person_with_or_without_the_place_he_is_of_is_the_same_answer(
    make: type[Make],
) -> None:
    questions = (
        make.question("Who taught in the Painted Porch?", "Zeno"),
        make.question(
            "Who taught that all things are made of water?", "Thales of Miletus", slot="q2"
        ),
    )
    assert {"Zeno of Citium", "Thales"} <= set(_clozes(make, PHILOSOPHERS))
    found = _clozes(make, PHILOSOPHERS, questions=questions)
    assert not {"Zeno of Citium", "Thales"} & set(found), found
    assert {"Painted Porch", "Athens"} <= set(found)
    # The same name in a sentence about something else is another question.
    text = "Zeno of Elea posed paradoxes of motion. He was born about 490 BC."
    assert "Zeno of Elea" in _clozes(make, text, questions=questions[:1])


@pytest.mark.parametrize(
    ("answer", "keys"),
    [
        ("Catherine of Aragon", {"catherine of aragon", "catherine"}),
        ("Saint Francis of Assisi", {"saint francis of assisi", "saint francis"}),
        # A thing of a place is no person of it.
        ("the Gulf of Mexico", {"gulf of mexico"}),
        ("the Battle of Hastings", {"battle of hastings"}),
        ("Isle of Man", {"isle of man"}),
    ],
)
def test_a_person_of_a_place_reads_as_the_person(answer: str, keys: set[str]) -> None:
    assert readings(answer) == keys


def _titled_clozes(make: type[Make], text: str, question: Question, title: str) -> list[str]:
    deck = make.deck(
        make.excerpt("x", text, questions=(question,), title=title),
        defaults=DeckDefaults(auto_cloze=True, auto_cloze_max=12),
    )
    return [c.answer.text for c in make.cards(deck) if c.kind is CardKind.AUTO_CLOZE]


EMPERORS = (
    "The Flavian dynasty began the Colosseum in Rome; before them Claudius, a stammerer, "
    "conquered Britain."
)


def test_a_word_of_the_prompt_in_the_title_counts_as_shared(make: type[Make]) -> None:
    # "[...], a stammerer, conquered Britain" shares only "stammered" with "Which
    # emperor stammered?"; the title shown above it, "The Roman emperors", says "emperor".
    question = make.question("Which emperor stammered?", "Claudius")
    assert "Claudius" in _titled_clozes(make, EMPERORS, question, "Rome")
    found = _titled_clozes(make, EMPERORS, question, "The Roman emperors")
    assert "Claudius" not in found
    assert {"Colosseum", "Britain"} <= set(found)


def test_the_title_counts_once(make: type[Make]) -> None:
    # The title names "emperor" and "Flavian"; the sentence shares no word with the
    # prompt: another question.
    question = make.question("Which Flavian emperor stammered?", "Claudius")
    text = "The Colosseum stands in Rome; before it was built Claudius conquered Britain."
    assert "Claudius" in _titled_clozes(make, text, question, "The Flavian emperors")
