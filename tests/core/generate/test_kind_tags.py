"""Tags the question names say what kind of thing its options must be, before other tags."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.references import Reference, naming_kind
from trainer.core.model import DeckDefaults

# (fact id, place, what happened there, tags)
PLACES = (
    ("lipetsk", "Lipetsk", "a flying school", ("city", "soviet", "twenties")),
    ("volga", "the Volga", "barges", ("river", "soviet", "twenties")),
    ("don", "the Don", "a crossing", ("river", "soviet", "twenties")),
    ("dnieper", "the Dnieper", "a dam", ("river", "soviet", "twenties")),
    ("berlin", "Berlin", "a treaty", ("city", "german")),
    ("hamburg", "Hamburg", "a shipyard", ("city", "german")),
)
# Each in a sentence of its own: places listed together might all be right.
TEXT = " ".join(f"{where[0].upper()}{where[1:]} had {what}." for _, where, what, _ in PLACES)


def _deck(make: type[Make], prompt: str) -> Deck:
    facts = tuple(
        make.fact(fact_id, where=where, what=what, tags=tags, line=20 + 2 * n)
        for n, (fact_id, where, what, tags) in enumerate(PLACES)
    )
    template = make.template("where", kind=TemplateKind.CHOICE, prompt=prompt, answer="where")
    return make.deck(
        make.excerpt("places", TEXT, facts=facts),
        templates=(template,),
        defaults=DeckDefaults(auto_cloze=False, choices=3),
    )


def _wrong_options(make: type[Make], deck: Deck, fact_id: str) -> set[str]:
    card = next(card for card in make.cards(deck) if card.id.endswith(f":{fact_id}.where"))
    return {choice for i, choice in enumerate(card.choices) if i not in card.answer.key}


def test_a_tag_the_question_names_comes_before_the_tags_shared() -> None:
    reference = Reference(tags=frozenset({"city", "soviet", "twenties"}))
    assert naming_kind(reference, "Which city had a flying school?").kind_tags == {"city"}
    assert naming_kind(reference, "Which of these cities …?").kind_tags == {"city"}
    assert naming_kind(reference, "Where was the flying school?") is reference


def test_options_are_of_the_kind_the_question_names(make: type[Make]) -> None:
    # Lipetsk shares two tags with each river and one with each German city; but the
    # question asks for a city.
    deck = _deck(make, "Which city had {what}?")
    assert _wrong_options(make, deck, "lipetsk") == {"Berlin", "Hamburg"}
    # Asked without naming the kind, the most tags shared still decide.
    deck = _deck(make, "Where was {what}?")
    assert _wrong_options(make, deck, "lipetsk") <= {"the Volga", "the Don", "the Dnieper"}


def test_an_option_beyond_the_kind_named_is_warned_about(make: type[Make]) -> None:
    deck = _deck(make, "Which river had {what}?")
    # Three rivers: two wrong options for each, of its kind; no warning for them.
    warnings = [str(w) for w in make.warnings(deck)]
    assert not any(f"fact '{river}'" in w for w in warnings for river in ("volga", "don"))
    # The cities' cards ask "Which river …?" of a city: named tags none of theirs.
    assert not any("which its question names" in w for w in warnings)


def test_a_drawn_option_beyond_the_kind_a_written_question_names_is_warned_about(
    make: type[Make],
) -> None:
    facts = tuple(
        make.fact(fact_id, where=where, what=what, tags=tags, line=20 + 2 * n)
        for n, (fact_id, where, what, tags) in enumerate(PLACES)
    )
    asked = make.question("Which river carried barges?", "the Volga", draw="where")
    deck = make.deck(
        make.excerpt("places", TEXT, facts=facts, questions=(asked,)),
        defaults=DeckDefaults(auto_cloze=False, choices=4),
    )
    warnings = [str(w) for w in make.warnings(deck)]
    # Two other rivers, and no third option of another kind: three options, said.
    assert any("question 'q1' offers 3 options, not 4" in w for w in warnings)
    card = next(card for card in make.cards(deck) if card.id.endswith(":q1"))
    assert set(card.choices) == {"the Volga", "the Don", "the Dnieper"}
    # With options enough of its kind, nothing is said.
    deck = make.deck(
        make.excerpt("places", TEXT, facts=facts, questions=(asked,)),
        defaults=DeckDefaults(auto_cloze=False, choices=3),
    )
    assert not any("which it names" in w for w in [str(w) for w in make.warnings(deck)])
