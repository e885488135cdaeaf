"""Nouns that name the kind of a named thing ("the Battle of Hastings", "Symphony No. 5"):
what automatic cloze and its checks pass over when they look for what makes a name."""

from __future__ import annotations

from trainer.core.answering.word_lists import DESCRIPTORS, PLACE_KINDS

# Nouns naming the kind of a named thing, in any field: in an answer of several words,
# none gives it away (`Symphony No. 5 in C minor` beside "the Sixth Symphony", `Battle
# of Hastings` beside "the battle"); its distinctive words do.
KIND_NOUNS = (
    DESCRIPTORS
    | PLACE_KINDS
    | frozenset(
        {
            *("battle", "war", "siege", "campaign", "revolution", "rebellion", "revolt"),
            *("treaty", "pact", "accord", "agreement", "convention", "peace", "congress"),
            *("act", "law", "bill", "charter", "declaration", "edict", "decree", "theorem"),
            *("principle", "effect", "equation", "constant", "reaction", "cycle", "process"),
            *("symphony", "concerto", "sonata", "quartet", "quintet", "trio", "suite"),
            *("overture", "mass", "requiem", "cantata", "oratorio", "prelude", "fugue"),
            *("nocturne", "etude", "rhapsody", "variations", "song", "album", "ballet"),
            *("nerve", "nerves", "cell", "cells", "artery", "vein", "muscle", "bone"),
            *("gland", "duct", "ligament", "tendon", "lobe", "node", "syndrome", "disease"),
            *("church", "cathedral", "abbey", "temple", "mosque", "college", "school"),
            *("bridge", "tower", "wall", "gate", "museum", "library", "hospital"),
            *("dynasty", "empire", "kingdom", "party", "army", "fleet", "order"),
        }
    )
)
