"""Two words of one closed kind, one typed in the place of the other: "Polish" for "Soviet".

In an answer of several words, a word typed in the place of one of its own is usually
near the mark ("train its troops" for "train its army"). Not when both are members of a
kind whose members exclude each other: another nation ("train its army on Polish soil"
for "on Soviet soil"), another chemical element ("a hydrogen tank exploded" for "an oxygen
tank"), another armed service ("train its navy" for "train its army"). The rest of the
answer is right only because the two things share it: the answer names another thing,
which is wrong, not close.

Names of one land at two times, or of a whole and its part, are not rivals: "Russian soil"
is "Soviet soil", "British" may stand for "English".
"""

from __future__ import annotations

from trainer.core.answering.nation_words import nations_of

# Chemical elements a clause names by their English names (not "lead", "tin" or
# "mercury", which are common words or a planet as well).
_ELEMENTS = frozenset(
    """hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium
    magnesium aluminium aluminum silicon phosphorus sulphur sulfur chlorine argon potassium
    calcium iron copper zinc silver gold platinum uranium plutonium radium radon xenon
    krypton iodine bromine nickel cobalt titanium chromium tungsten""".split()  # noqa: SIM905
)
# Two spellings of one element.
_SPELLINGS = frozenset({frozenset({"aluminium", "aluminum"}), frozenset({"sulphur", "sulfur"})})
# Armed services, each a rival of the others.
_SERVICES = frozenset(
    ["army", "navy", "airforce", "luftwaffe", "marines", "kriegsmarine", "reichsmarine"]
)
# Lands named one way at one time and another way at another, or as a whole and its
# part: a word of one is no rival of a word of another in the same group.
_SAME_LAND = (
    frozenset({"soviet union", "soviet russia", "russia", "ussr"}),
    frozenset({"britain", "great britain", "united kingdom", "england", "uk"}),
    frozenset({"persia", "iran"}),
    frozenset({"ottoman empire", "turkey"}),
    frozenset({"america", "united states", "usa"}),
    frozenset({"holland", "netherlands"}),
    frozenset({"prussia", "germany"}),
    frozenset({"macedonia", "greece"}),
)


def rival_of_its_kind(wanted: str, typed: str) -> bool:
    """Whether the folded word `typed`, in the place of the answer's word `wanted`, is
    another member of a kind whose members exclude each other: another nation, another
    chemical element, another armed service."""
    if wanted == typed:
        return False
    for kind in (_ELEMENTS, _SERVICES):
        if wanted in kind and typed in kind:
            return frozenset({wanted, typed}) not in _SPELLINGS
    own, other = nations_of(wanted), nations_of(typed)
    if not own or not other or not own.isdisjoint(other):
        return False
    return not any(not own.isdisjoint(land) and not other.isdisjoint(land) for land in _SAME_LAND)
