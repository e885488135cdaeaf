"""Learned adjectives that say "of" a thing: "hepatic" is the liver's, "renal" the kidneys'.

Science and medicine write a thing by its Latin or Greek adjective ("hepatic glucose
production") where a learner writes the thing ("glucose production in the liver"), and
the reverse. Either, typed for the other, says the same: a form of the answer's word, as
"create" is for "set up". Only adjectives that mean nothing else are listed ("canine" is
a tooth as well as a dog's; "nervous" a mood).
"""

from __future__ import annotations

# Each adjective, and the nouns (singular and plural) of the thing it is of.
_OF_THE_THING = {
    "hepatic": ("liver", "livers"),
    "renal": ("kidney", "kidneys"),
    "cardiac": ("heart", "hearts"),
    "pulmonary": ("lung", "lungs"),
    "gastric": ("stomach", "stomachs"),
    "cerebral": ("brain", "brains"),
    "cutaneous": ("skin",),
    "dermal": ("skin",),
    "ocular": ("eye", "eyes"),
    "nasal": ("nose", "noses"),
    "dental": ("tooth", "teeth"),
    "spinal": ("spine", "spines"),
    "cranial": ("skull", "skulls"),
    "thoracic": ("chest", "chests", "thorax"),
    "abdominal": ("abdomen", "belly"),
    "arterial": ("artery", "arteries"),
    "venous": ("vein", "veins"),
    "ovarian": ("ovary", "ovaries"),
    "uterine": ("uterus", "womb"),
    "solar": ("sun",),
    "lunar": ("moon",),
    "maternal": ("mother", "mothers"),
    "paternal": ("father", "fathers"),
    "avian": ("bird", "birds"),
    "bovine": ("cow", "cows", "cattle"),
    "equine": ("horse", "horses"),
    "feline": ("cat", "cats"),
    "porcine": ("pig", "pigs"),
    # Of a people's institutions and places, as history writes them: "an aviation
    # school" is a flying school, "the papal court" the pope's.
    "aviation": ("flying", "flight"),
    "naval": ("navy", "navies"),
    "papal": ("pope", "popes"),
    "ecclesiastical": ("church", "churches"),
    "urban": ("city", "cities"),
    "rural": ("countryside",),
    "aquatic": ("water",),
    "nocturnal": ("night",),
}
_PAIRS = frozenset(
    pair
    for adjective, nouns in _OF_THE_THING.items()
    for noun in nouns
    for pair in ((adjective, noun), (noun, adjective))
)


def of_the_same_thing(expected: str, typed: str) -> bool:
    """Whether two folded words name one thing, one by its learned adjective and the
    other by its noun ("hepatic" and "liver", either way round)."""
    return (expected, typed) in _PAIRS


_ADJECTIVE_OF = {noun: adjective for adjective, nouns in _OF_THE_THING.items() for noun in nouns}


def by_adjective(word: str) -> str:
    """A folded word with the thing's noun written as its learned adjective ("flying" as
    "aviation", "liver" as "hepatic"), so that two forms compare word for word."""
    return _ADJECTIVE_OF.get(word, word)
