"""The particles that belong to a surname ("van" of "van Beethoven", "ibn" of "ibn Sina"), in
the languages whose names learners meet: never a given name, nor a word that ends one."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    {
        # Dutch, Flemish, German, Scandinavian.
        *("van", "von", "vom", "zu", "zum", "zur", "ter", "ten", "den", "der", "het", "af"),
        # French, Italian, Spanish, Portuguese.
        *("de", "du", "des", "la", "le", "les", "da", "di", "del", "della", "dei", "degli"),
        *("delle", "dello", "do", "dos", "das", "lo", "y", "e", "d", "l"),
        # Arabic, Hebrew, Welsh, Gaelic.
        *("bin", "ibn", "ben", "bint", "binti", "al", "el", "ap", "ab", "mac", "mc", "ni", "o"),
    }
)
