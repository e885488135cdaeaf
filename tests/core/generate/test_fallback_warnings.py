"""Every way a swap or an option can come from beyond a card's like facts warns in `check`."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.model import DeckDefaults, Severity

EPISODE = "It was {scene} that {episode}."
WHO = "Who was {role}?"


def _voyage(make: type[Make], *places: tuple[str, str, tuple[str, ...]]) -> Deck:
    """Episodes of a voyage, each at a scene and tagged by region."""
    facts = tuple(
        make.fact(fact_id, scene=scene, episode=f"Darwin saw thing {n}", tags=tags, line=20 + 2 * n)
        for n, (fact_id, scene, tags) in enumerate(places)
    )
    template = make.template(
        "episode-tf", kind=TemplateKind.TRUE_FALSE, statement=EPISODE, swap="scene"
    )
    # Each scene stated, in a sentence of its own: a card's source teaches its truth.
    text = " ".join(f"Darwin went {scene}." for _, scene, _ in places)
    return make.deck(make.excerpt("voyage", text, facts=facts), templates=(template,))


def _warnings(make: type[Make], deck: Deck) -> list[str]:
    return [str(d) for d in make.warnings(deck)]


def test_a_swap_from_beyond_the_facts_tags_is_warned_about(make: type[Make]) -> None:
    # The fact's region holds no other place: the swap comes from another region.
    deck = _voyage(
        make,
        ("convicts", "on Mauritius", ("homeward",)),
        ("bahia", "at Bahia", ("east-coast",)),
        ("falmouth", "at Falmouth", ("east-coast",)),
    )
    assert (
        "deck.yaml:20:9: warning: template 'episode-tf' finds no fact tagged homeward like "
        "fact 'convicts' whose 'scene' can make it false, so the false statement takes "
    ) in "\n".join(_warnings(make, deck))


def test_tags_that_say_the_true_value_itself_are_not_warned_about(make: type[Make]) -> None:
    # Every fact tagged `europe` lies in Europe: no tagging could give another continent.
    countries = [
        ("france", "Europe", ("europe",)),
        ("spain", "Europe", ("europe",)),
        ("canada", "North America", ("americas",)),
        ("brazil", "South America", ("americas",)),
        ("japan", "Asia", ("asia",)),
    ]
    facts = tuple(
        make.fact(name, country=name.title(), continent=where, tags=tags, line=20 + 2 * n)
        for n, (name, where, tags) in enumerate(countries)
    )
    template = make.template(
        "continent-tf",
        kind=TemplateKind.TRUE_FALSE,
        statement="{country} lies in {continent}.",
        swap="continent",
    )
    text = " ".join(f"{name.title()} lies in {where}." for name, where, _ in countries)
    deck = make.deck(make.excerpt("countries", text, facts=facts), templates=(template,))
    warned = [w for w in _warnings(make, deck) if "tag more facts alike" in w]
    assert not [w for w in warned if "'france'" in w or "'spain'" in w]


def test_a_swap_among_the_facts_tags_is_not_warned_about(make: type[Make]) -> None:
    deck = _voyage(
        make,
        ("convicts", "on Mauritius", ("homeward",)),
        ("napoleon", "on St Helena", ("homeward",)),
        ("bahia", "at Bahia", ("east-coast",)),
        ("falmouth", "at Falmouth", ("east-coast",)),
    )
    assert _warnings(make, deck) == []
    cards = make.cards(deck)
    convicts = next(card for card in cards if "convicts" in card.id)
    if convicts.answer.text == "False":
        assert "on St Helena" in convicts.prompt


def test_untagged_facts_and_years_never_warn_about_tags(make: type[Make]) -> None:
    deck = _voyage(
        make,
        ("convicts", "on Mauritius", ()),
        ("bahia", "at Bahia", ("east-coast",)),
        ("falmouth", "at Falmouth", ("east-coast",)),
    )
    assert _warnings(make, deck) == []
    facts = (
        make.fact("a", event="the first", year="1832", tags=("early",)),
        make.fact("b", event="the second", year="1836", tags=("late",)),
    )
    template = make.template(
        "year-tf", kind=TemplateKind.TRUE_FALSE, statement="{event} was in {year}.", swap="year"
    )
    text = "The first was in 1832. The second was in 1836."
    assert (
        make.warnings(make.deck(make.excerpt(text=text, facts=facts), templates=(template,))) == []
    )


def _people(make: type[Make], *people: tuple[str, str, tuple[str, ...]], choices: int = 3) -> Deck:
    facts = tuple(
        make.fact(f"p{n}", who=who, role=role, tags=tags, line=20 + 2 * n)
        for n, (who, role, tags) in enumerate(people)
    )
    template = make.template("who", kind=TemplateKind.CHOICE, prompt=WHO, answer="who")
    # The excerpt names each of them: the cards are answered from it.
    text = " ".join(f"{who} served." for who, _, _ in people)
    return make.deck(
        make.excerpt("space", text, facts=facts),
        templates=(template,),
        defaults=DeckDefaults(auto_cloze=False, choices=choices),
    )


def test_choice_options_from_beyond_the_facts_tags_are_warned_about(make: type[Make]) -> None:
    deck = _people(
        make,
        ("Yang Liwei", "the first Chinese in orbit", ("taikonaut",)),
        ("Yuri Gagarin", "the first person in space", ("cosmonaut",)),
        ("Alexei Leonov", "the first to walk in space", ("cosmonaut",)),
        ("Gherman Titov", "the first to spend a day in orbit", ("cosmonaut",)),
    )
    warnings = _warnings(make, deck)
    assert len(warnings) == 1
    assert warnings[0].startswith(
        "deck.yaml:20:9: warning: template 'who' finds too few facts tagged taikonaut like "
        "fact "
        "'p0' to make 2 wrong options, so '"
    )
    assert warnings[0].endswith(
        "come from facts without those tags: tag more facts alike, or set the template's 'choices'"
    )


def test_every_tag_sharing_option_keeps_check_quiet(make: type[Make]) -> None:
    deck = _people(
        make,
        ("Yuri Gagarin", "the first person in space", ("cosmonaut",)),
        ("Alexei Leonov", "the first to walk in space", ("cosmonaut",)),
        ("Gherman Titov", "the first to spend a day in orbit", ("cosmonaut",)),
        ("Alan Shepard", "the first American in space", ("astronaut", "cosmonaut")),
    )
    assert _warnings(make, deck) == []


REGIONS = ("north", "south", "east")
SCENES = ("at Bahia", "at Falmouth", "on Mauritius", "on St Helena", "at Sydney", "in Lima")


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(SCENES), st.sampled_from(REGIONS)), min_size=2))
def test_a_fact_whose_tags_no_other_scene_shares_is_always_warned_about(
    episodes: list[tuple[str, str]],
) -> None:
    """Whatever the deck, a tagged fact whose tag-mates hold no other scene makes a
    warning (a widened swap, a swap beyond its tags, or no card at all)."""
    make = Make
    deck = _voyage(
        make, *((f"f{n}", scene, (region,)) for n, (scene, region) in enumerate(episodes))
    )
    diagnostics = make.generate(deck)[1]
    assert all(d.severity is Severity.WARNING for d in diagnostics)
    warned = [d.message for d in diagnostics]
    for n, (scene, region) in enumerate(episodes):
        mates = {s for s, r in episodes if r == region and s != scene}
        others = {s for s, _ in episodes if s != scene}
        if not mates and others:
            assert any(f"fact 'f{n}'" in message for message in warned), (n, episodes)
