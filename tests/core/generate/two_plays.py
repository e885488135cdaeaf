"""A deck of two plays' characters, tagged with their sex, for true/false swap tests."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import Deck, TemplateKind

# Name: (sex tag, play, role). No name says its sex but by the tags; Antigonus is his
# play's only man.
CAST = {
    "Hermione": ("woman", "The Winter's Tale", "the queen whose statue comes to life"),
    "Perdita": ("woman", "The Winter's Tale", "the baby abandoned on the coast"),
    "Antigonus": ("man", "The Winter's Tale", "the courtier pursued by a bear"),
    "Miranda": ("woman", "The Tempest", "the magician's daughter"),
    "Prospero": ("man", "The Tempest", "the exiled duke"),
    "Caliban": ("man", "The Tempest", "the son of the witch Sycorax"),
}


def two_plays_deck(make: type[Make]) -> Deck:
    """The cast's facts, and a true/false template naming each one's play."""
    facts = tuple(
        make.fact(name.lower(), tags=(sex,), character=name, play=play, role=role, line=20 + i)
        for i, (name, (sex, play, role)) in enumerate(CAST.items())
    )
    text = "; ".join(f"In {play}, {name} is {role}" for name, (_, play, role) in CAST.items())
    template = make.template(
        "role-tf",
        kind=TemplateKind.TRUE_FALSE,
        statement="In {play}, {character} is {role}.",
        swap="character",
    )
    return make.deck(make.excerpt("cast", f"{text}.", facts=facts), templates=(template,))
