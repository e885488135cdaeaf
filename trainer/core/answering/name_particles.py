"""The particles that belong to a surname ("van" of "van Beethoven", "ibn" of "ibn Sina"), in
the languages whose names learners meet: never a given name, nor a word that ends one."""

from __future__ import annotations

NAME_PARTICLES = frozenset(
    {
        # Dutch, Flemish, German, Scandinavian.
        *("van", "von", "vom", "zu", "zum", "zur", "ter", "ten", "den", "der", "het", "af"),
        # French, Italian, Spanish, Portuguese.
        *("de", "du", "des", "la", "le", "les", "da", "di", "del", "della", "dei", "degli"),
        *("delle", "dello", "do", "dos", "das", "lo"),
        # Arabic, Hebrew, Welsh, Gaelic.
        *("bin", "ibn", "ben", "bint", "binti", "al", "el", "ap", "ab", "mac", "mc", "ni"),
    }
)
# One letter that joins or opens a surname in a typed name: "Ortega y Gasset", "Eça e
# Queirós", and what is left of "d'Artagnan", "l'Ouverture", "O'Brien" once folded.
# Only where a name is read word by word after its given name: elsewhere a lone letter
# is as often an initial ("Robert E. Lee").
JOINING_LETTERS = frozenset({"y", "e", "d", "l", "o"})
