"""A kind of thing typed beside the answer that the question rules out ("the Ottawa River")."""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence

from trainer.core.answering.regions import REGIONS
from trainer.core.answering.who_questions import PERSON_NOUNS
from trainer.core.answering.word_lists import FUNCTION_WORDS

# Kinds a learner types beside a name ("the Ottawa River", "Lake Victoria", "the Jupiter
# Symphony"), by what they are.
_SETTLEMENTS = frozenset({"city", "town", "village", "capital", "port"})
_WATERS = frozenset({"river", "lake", "sea", "ocean", "bay", "gulf", "strait"})
_HEIGHTS = frozenset({"mount", "mt", "mountain", "mountains", "volcano", "desert"})
_PLANETS = frozenset({"planet", "moon", "star", "comet"})
_WORKS = frozenset({"novel", "opera", "poem", "film", "painting", "symphony"})
_STATES = frozenset({"country", "state", "nation", "republic", "kingdom", "province"})
_DEITIES = frozenset({"god", "goddess", "deity"})
# Nouns for an animal, which generation reads a value's being by too (`beings`).
ANIMAL_NOUNS = frozenset(
    """animal dog hound puppy cat kitten horse pony mare stallion colt ape chimpanzee chimp
    gorilla orangutan monkey bird parrot pigeon elephant lion tiger bear mouse rat rabbit
    tortoise turtle pig cow bull mule donkey camel wolf dolphin whale pet mammal sheep ewe
    lamb goat hen chicken fish frog toad insect primate reptile amphibian creature beast
    hamster macaque baboon""".split()  # noqa: SIM905
)
_ANIMALS = ANIMAL_NOUNS
# Kinds that may be asked "Who …?" all the same: "Who was the patron of Athens?" of the
# goddess Athena, "Who carried Alexander?" of the horse Bucephalus.
_ASKED_WHO_TOO = (_DEITIES, _ANIMALS)
# For each kind typed, the kinds asked for that rule it out: a river is no city, state,
# mountain, planet or work, nor anyone asked "Who …?". (An island may be a state, and
# a city a port: kinds that overlap are left out.)
_RULED_OUT = {
    _WATERS: (_SETTLEMENTS, _STATES, _HEIGHTS, _PLANETS, _WORKS, PERSON_NOUNS),
    _HEIGHTS: (_SETTLEMENTS, _WATERS, _PLANETS, _WORKS, PERSON_NOUNS),
    _SETTLEMENTS: (_WATERS, _HEIGHTS, _PLANETS, _WORKS, PERSON_NOUNS),
    _PLANETS: (_SETTLEMENTS, _WATERS, _HEIGHTS, _WORKS, PERSON_NOUNS),
    _WORKS: (_SETTLEMENTS, _WATERS, _HEIGHTS, _PLANETS, PERSON_NOUNS),
    # "the god Mars" asked "Which planet …?", "the dog Laika" asked "Which city …?".
    _DEITIES: (_SETTLEMENTS, _WATERS, _HEIGHTS, _PLANETS, _WORKS),
    _ANIMALS: (_SETTLEMENTS, _WATERS, _HEIGHTS, _PLANETS, _WORKS, PERSON_NOUNS),
}


def kind_clash(
    want: Sequence[str],
    got: Sequence[str],
    extras: Sequence[int],
    used: Collection[int],
    in_question: Callable[[str], bool],
    asks_who: bool,
) -> str | None:
    """Why an extra typed word that names a kind of thing makes the answer another thing:
    the question asks for a kind it cannot be ("the Ottawa River" for "What is the
    capital of Canada?", "the Jupiter Symphony" for "Which planet …?") or for a person
    ("Lake Victoria" for "Who was queen in 1850?"). None where the question names the
    typed kind too ("the Nile River", asked "Which river flows through the capital?") or
    names no kind at all ("the Alps mountains", asked "What did Hannibal cross?"). Only
    a kind written right beside a word of the answer names it ("Cairo on the river Nile"
    says where Cairo lies). Nor is a kind typed in the place of the answer's own, left
    out: "the Pacific Ocean" for "the Pacific Plate"."""
    head = want[-1] if want else ""
    head_lost = head not in got and head not in REGIONS and head not in FUNCTION_WORDS
    for j in extras:
        word = got[j]
        if j - 1 not in used and j + 1 not in used:
            continue
        typed_kind = next((kind for kind in _RULED_OUT if word in kind), None)
        if typed_kind is not None and head_lost and head and head not in typed_kind:
            return f"'{word}' in the place of '{head}': another thing"
        if typed_kind is None or any(map(in_question, typed_kind)):
            continue
        for ruled_out in _RULED_OUT[typed_kind]:
            asked = next((kind for kind in sorted(ruled_out) if in_question(kind)), None)
            if asked is not None:
                return f"'{word}' names another kind of thing than the question's '{asked}'"
        if asks_who and typed_kind not in _ASKED_WHO_TOO:
            return f"'{word}' names no person, and the question asks who"
    return None
