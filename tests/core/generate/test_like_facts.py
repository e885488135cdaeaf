"""Tests of pools of like facts: where wrong options come from, and when a pool is widened."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from hypothesis import example, given
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.answering.normalise import fold
from trainer.core.authored import Deck, Fact, Question, TemplateKind
from trainer.core.generate import like_facts
from trainer.core.generate.option_rules import holds_words
from trainer.core.generate.surnames import surname_of
from trainer.core.model import Card, DeckDefaults
from trainer.core.value_split import split_parts

PEOPLE = ("person",)


def _space_deck(
    make: type[Make],
    *,
    extra_facts: tuple[Fact, ...] = (),
    choices: int = 3,
    questions: tuple[Question, ...] = (),
) -> Deck:
    """The space race, as the issue tells it: people, a dog and a president."""
    facts = (
        make.fact(
            "tereshkova",
            who="Valentina Tereshkova",
            first="the first woman in space",
            tags=(*PEOPLE, "cosmonaut"),
            line=20,
        ),
        make.fact(
            "gagarin",
            who="Yuri Gagarin",
            first="the first person in space",
            tags=(*PEOPLE, "cosmonaut"),
            line=24,
        ),
        make.fact(
            "leonov",
            who="Alexei Leonov",
            first="the first person to walk in space",
            tags=(*PEOPLE, "cosmonaut"),
            line=28,
        ),
        make.fact(
            "shepard",
            who="Alan Shepard",
            first="the first American in space",
            tags=(*PEOPLE, "astronaut"),
            line=32,
        ),
        make.fact("laika", who="Laika", first="the first animal in orbit", tags=("dog",), line=36),
        make.fact(
            "eisenhower",
            who="Dwight Eisenhower",
            signed="the Space Act",
            tags=(*PEOPLE, "president"),
            line=40,
        ),
        *extra_facts,
    )
    templates = (
        make.template(
            "first", kind=TemplateKind.CHOICE, prompt="Who was {first}?", answer="who", line=3
        ),
        make.template(
            "signed", kind=TemplateKind.CHOICE, prompt="Who signed {signed}?", answer="who", line=7
        ),
    )
    # The excerpt names everyone its cards ask for: they are answered from it.
    text = " ".join(f"{fact.values['who']} flew." for fact in facts if "who" in fact.values)
    return make.deck(
        make.excerpt("space", text, facts=facts, questions=questions),
        templates=templates,
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def _by_id(cards: Iterable[Card]) -> dict[str, Card]:
    return {card.id.rsplit(":", 1)[1]: card for card in cards}


def test_a_template_draws_only_from_the_facts_it_matches(make: type[Make]) -> None:
    cards, _ = make.generate(_space_deck(make))
    by_id = _by_id(cards)
    for slot in ("tereshkova.first", "gagarin.first", "shepard.first"):
        assert "Dwight Eisenhower" not in by_id[slot].choices
    # The only animal has no card: every other value is a person (see `answer_kinds`).
    assert "laika.first" not in by_id


def test_options_prefer_facts_sharing_tags(make: type[Make]) -> None:
    by_id = _by_id(make.generate(_space_deck(make))[0])
    # The first woman in space is offered cosmonauts, never the dog.
    assert set(by_id["tereshkova.first"].choices) == {
        "Valentina Tereshkova",
        "Yuri Gagarin",
        "Alexei Leonov",
    }
    # The first American in space is offered people, never the dog.
    assert "Laika" not in by_id["shepard.first"].choices


def test_a_pool_too_small_is_widened_with_a_warning(make: type[Make]) -> None:
    cards, diagnostics = make.generate(_space_deck(make))
    signed = _by_id(cards)["eisenhower.signed"]
    # Only one fact has `signed`, so the options come from every fact's `who`: people first.
    assert "Laika" not in signed.choices
    warnings = [str(d) for d in diagnostics if "finds too few like facts" in d.message]
    assert warnings == [
        "deck.yaml:40:9: warning: template 'signed' finds too few like facts for fact "
        "'eisenhower' to make 2 wrong options, so some are drawn from every fact's 'who': "
        "give the template's facts more values, or set its 'choices'"
    ]


def test_no_warning_when_the_pool_is_large_enough(make: type[Make]) -> None:
    deck = _space_deck(make)
    deck = dataclasses.replace(deck, templates=deck.templates[:1])
    _, diagnostics = make.generate(deck)
    assert not [d for d in diagnostics if "like facts" in d.message]


def test_an_error_when_even_the_widest_pool_is_too_small(make: type[Make]) -> None:
    errors = make.errors(_space_deck(make, choices=8))
    assert [e.message for e in errors] == [
        "template 'first' needs 7 distinct wrong options from field 'who' for fact "
        "'tereshkova' (and 4 more facts), but only 5 could be found; add more facts with "
        "field 'who', or set `choices: 6`",
        "template 'signed' needs 7 distinct wrong options from field 'who' for fact "
        "'eisenhower', but only 5 could be found; add more facts with field 'who', or set "
        "`choices: 6`",
    ]


def test_years_are_drawn_nearest_first(make: type[Make]) -> None:
    years = [1903, 1911, 1921, 1922, 1927, 1933, 1945, 1962]
    facts = tuple(
        make.fact(f"f{year}", event=f"event {year}", year=str(year), line=20 + i)
        for i, year in enumerate(years)
    )
    template = make.template(
        "when", kind=TemplateKind.CHOICE, prompt="When was {event}?", answer="year"
    )
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    by_id = _by_id(cards)
    assert set(by_id["f1921.when"].choices) == {"1921", "1922", "1927", "1911"}
    assert set(by_id["f1962.when"].choices) == {"1962", "1945", "1933", "1927"}


def test_a_draw_filter_draws_only_from_tagged_facts(make: type[Make]) -> None:
    question = make.question(
        "Who flew Vostok 6?",
        "Valentina Tereshkova",
        slot="vostok-6",
        draw="who",
        draw_tags=("cosmonaut",),
        line=50,
    )
    cards, diagnostics = make.generate(_space_deck(make, questions=(question,)))
    card = _by_id(cards)["vostok-6"]
    assert set(card.choices) == {"Valentina Tereshkova", "Yuri Gagarin", "Alexei Leonov"}
    assert not [d for d in diagnostics if "vostok-6" in d.message]


def test_a_draw_filter_too_narrow_is_widened_with_a_warning(make: type[Make]) -> None:
    question = make.question(
        "Who flew Freedom 7?",
        "Alan Shepard",
        slot="freedom-7",
        draw="who",
        draw_tags=("astronaut",),
        line=50,
    )
    cards, diagnostics = make.generate(_space_deck(make, questions=(question,)))
    assert len(_by_id(cards)["freedom-7"].choices) == 3
    assert [str(d) for d in diagnostics if "question" in d.message] == [
        "deck.yaml:50:7: warning: question 'freedom-7' finds too few facts tagged astronaut "
        "to draw its wrong options from, so some are drawn from every fact's 'who'"
    ]


def test_a_plain_draw_is_never_warned_about(make: type[Make]) -> None:
    question = make.question("Who?", "Alan Shepard", slot="q", draw="who", line=50)
    cards, diagnostics = make.generate(_space_deck(make, questions=(question,)))
    assert len(_by_id(cards)["q"].choices) == 3
    assert not [d for d in diagnostics if "question" in d.message]


def test_options_never_name_the_questions_subject(make: type[Make]) -> None:
    facts = (
        make.fact("watson", who="James Watson", adviser="Salvador Luria", line=20),
        make.fact("crick", who="Francis Crick", adviser="Max Perutz", line=22),
        make.fact("wilkins", who="Maurice Wilkins", adviser="John Randall", line=24),
        make.fact("franklin", who="Rosalind Franklin", adviser="Ronald Norrish", line=26),
        make.fact("luria", who="Salvador Luria", adviser="James Watson", line=28),
    )
    template = make.template(
        "adviser",
        kind=TemplateKind.CHOICE,
        prompt="Under whom did {who} take a PhD?",
        answer="adviser",
        choices=4,
    )
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    watson = _by_id(cards)["watson.adviser"]
    assert set(watson.choices) == {"Salvador Luria", "Max Perutz", "John Randall", "Ronald Norrish"}
    for card in cards:
        subject = card.prompt.removeprefix("Under whom did ").removesuffix(" take a PhD?")
        assert subject not in card.choices


def test_options_never_overlap_the_answer(make: type[Make]) -> None:
    facts = (
        make.fact("helix", what="the double helix", by="James Watson and Francis Crick"),
        make.fact("photo", what="Photo 51", by="Rosalind Franklin"),
        make.fact("x-ray", what="the X-ray work", by="James Watson"),
        make.fact("phage", what="the phage group", by="Max Delbrück"),
        make.fact("alpha", what="the alpha helix", by="Linus Pauling"),
    )
    template = make.template(
        "by", kind=TemplateKind.CHOICE, prompt="Who described {what}?", answer="by"
    )
    cards = make.cards(make.deck(make.excerpt(facts=facts), templates=(template,)))
    helix = _by_id(cards)["helix.by"]
    xray = _by_id(cards)["x-ray.by"]
    assert "James Watson" not in helix.choices
    assert "James Watson and Francis Crick" not in xray.choices


def test_options_are_values_of_the_answers_kind(make: type[Make]) -> None:
    facts = tuple(
        make.fact(f"f{i}", event=f"event {i}", when=when, line=20 + i)
        for i, when in enumerate(["1926", "1927", "in the spring", "1929", "1930", "soon"])
    )
    template = make.template(
        "when", kind=TemplateKind.CHOICE, prompt="When was {event}?", answer="when"
    )
    cards, _ = make.generate(make.deck(make.excerpt(facts=facts), templates=(template,)))
    for card in cards:
        kinds = {choice.isdigit() for choice in card.choices}
        assert len(kinds) == 1, card.choices


def test_aliases_are_never_options(make: type[Make]) -> None:
    facts = (
        make.fact("a", what="the pact", who="Soviet Union"),
        make.fact("b", what="the treaty", who="USSR"),
        make.fact("c", what="the loan", who="Germany"),
        make.fact("d", what="the plan", who="Britain"),
    )
    template = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who signed {what}?", answer="who", choices=3
    )
    deck = make.deck(
        make.excerpt(facts=facts), templates=(template,), aliases={"Soviet Union": ("USSR",)}
    )
    by_id = _by_id(make.cards(deck))
    assert "USSR" not in by_id["a.who"].choices
    assert "Soviet Union" not in by_id["b.who"].choices
    assert by_id["a.who"].answer.alternatives == ("USSR",)


def test_a_large_pool_draws_deterministically_and_fairly(make: type[Make]) -> None:
    facts = tuple(
        make.fact(f"p{i}", who=f"Person {i:03d}", role=f"holder of post {i}", line=20 + i)
        for i in range(200)
    )
    template = make.template(
        "who", kind=TemplateKind.CHOICE, prompt="Who was the {role}?", answer="who"
    )
    deck = make.deck(make.excerpt(facts=facts), templates=(template,))
    cards = make.cards(deck)
    assert cards == make.cards(deck)
    for card in cards:
        assert len(set(card.choices)) == 4
        assert card.choices[card.answer.key[0]] == card.answer.text


NOVELISTS = (
    ("emma", "Emma", "Jane Austen"),
    ("frank", "Frankenstein", "Mary Shelley"),
    ("dalloway", "Mrs Dalloway", "Virginia Woolf"),
    ("eyre", "Jane Eyre", "Charlotte Brontë"),
    ("bleak", "Bleak House", "Charles Dickens"),
    ("mis", "Les Misérables", "Victor Hugo"),
    ("salammbo", "Salammbô", "Gustave Flaubert"),
)
# Each sentence ties its author to the work of their own fact.
NOVELS_TEXT = (
    "Jane Austen wrote Emma, Mary Shelley wrote Frankenstein, Virginia Woolf wrote Mrs "
    "Dalloway and Charlotte Brontë wrote Jane Eyre. Charles Dickens wrote Bleak House, "
    "Victor Hugo Les Misérables and Gustave Flaubert Salammbô."
)


def test_a_person_the_excerpt_ties_to_a_fact_of_their_own_is_a_fair_option(
    make: type[Make],
) -> None:
    # The audit's case: "Which woman wrote Persuasion?" offered Gustave Flaubert and
    # Victor Hugo, as every other woman stood beside the answer in the excerpt's list;
    # each stands beside her own work there, which says nothing of Persuasion.
    facts = tuple(
        make.fact(id_, work=work, author=author, line=20 + i)
        for i, (id_, work, author) in enumerate(NOVELISTS)
    )
    questions = (
        make.question("Which woman wrote Persuasion?", "Jane Austen", draw="author"),
        make.question("Which woman wrote The Last Man?", "Mary Shelley", draw="author", slot="q2"),
    )
    deck = make.deck(make.excerpt("e", NOVELS_TEXT, facts=facts, questions=questions))
    women = {"Jane Austen", "Mary Shelley", "Virginia Woolf", "Charlotte Brontë"}
    for card in make.cards(deck):
        if card.id.endswith(("q1", "q2")):
            assert set(card.choices) <= women, card.choices


def test_a_field_of_named_people_keeps_to_the_sex_its_question_says(make: type[Make]) -> None:
    # The audit's case: "Which character is the jilted woman who befriends Pip …?" offered
    # Mr Rochester, Mr Darcy and Heathcliff: a `character` field is of people when most
    # of its values say a sex, and the question says the answer's.
    characters = (
        ("havisham", "Miss Havisham", "the jilted woman who befriends Pip"),
        ("darcy", "Mr Darcy", "the proud master of Pemberley"),
        ("rochester", "Mr Rochester", "the master of Thornfield Hall"),
        ("heathcliff", "Heathcliff", "the foundling who loves Catherine"),
        ("elizabeth", "Elizabeth Bennet", "the heroine who marries Darcy"),
        ("dorothea", "Dorothea Brooke", "the idealistic wife of Casaubon"),
    )
    facts = tuple(
        make.fact(id_, character=name, role=role, line=20 + i)
        for i, (id_, name, role) in enumerate(characters)
    )
    template = make.template(
        "which", kind=TemplateKind.CHOICE, prompt="Which character is {role}?", answer="character"
    )
    by_id = _by_id(make.cards(make.deck(make.excerpt(facts=facts), templates=(template,))))
    assert set(by_id["havisham.which"].choices) == {
        "Miss Havisham",
        "Elizabeth Bennet",
        "Dorothea Brooke",
        "Heathcliff",
    }


_PEOPLE_VALUES = st.one_of(
    st.sampled_from(["Joseph Lister", "Watson and Crick", "Marx & Engels", "Hugo de Vries", " "]),
    st.text(alphabet="ab ABC,&'.", max_size=16),
)


@given(
    _PEOPLE_VALUES,
    st.sampled_from(["", "a", "lister", "blister", "crick and watson", "de vries", "b c", "ab"]),
)
@example("Joseph Lister", "blister")
@example("Joseph Lister", "listerine")
def test_a_values_mentions_kept_say_what_reading_them_each_time_says(
    value: str, excerpt: str
) -> None:
    plain = [
        fold(mention)
        for part in split_parts(value)
        if part.strip()
        for mention in (part, surname_of(part.strip()) or part)
    ]
    # As `like_values` gives it: the excerpt's folded text between spaces.
    named = f" {fold(excerpt)} " if excerpt else ""
    named_in = bool(named) and any(holds_words(named, mention) for mention in plain)
    assert like_facts._unfit(value, 0, named) is named_in
