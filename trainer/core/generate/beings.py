"""Beings and the words that name them: what a card asking "Who …?" or "Which dog …?" asks for."""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from types import MappingProxyType

from trainer.core.answering.demonyms import is_people_word
from trainer.core.answering.kind_clashes import ANIMAL_NOUNS
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.generate.asking_people import PERSON_NOUNS
from trainer.core.records import record


class Being(Enum):
    """What a value names, as far as a card asking for a being cares."""

    ANIMAL = "animal"
    PERSON = "person"
    THING = "thing"  # a ship, a place, a team: no being at all


_ANIMAL_WORDS = ANIMAL_NOUNS  # also the kinds a typed answer may name (`kind_clashes`)
# The nouns `accepted` asks for a person by ("Which poet …?"), and a few more of people.
_PERSON_WORDS = PERSON_NOUNS | frozenset(
    {"people", "human", "men", "women", "taikonaut", "soldier", "pilot"}
)
_THING_WORDS = frozenset(
    """ship vessel boat liner yacht submarine warship spacecraft city town village state
    country nation place river mountain team club agency organisation organization
    company firm corporation institution government empire kingdom republic newspaper
    university satellite rocket""".split()  # noqa: SIM905
)
# Nouns that name a kind of thing, by the kind, read only in a description or at the
# head of a name ("the 1906 conference that …", "the Algeciras Conference"), never in a
# tag: a fact tagged `war` or `treaty` is about one, and may be a person. A card asking
# for one kind is offered no value known to be another ("the Algeciras Conference" for
# a battleship).
_THING_CLASSES = {
    "ship": """ship vessel boat liner yacht submarine warship battleship cruiser destroyer
        frigate galleon caravel steamship steamer""",
    "aircraft or spacecraft": "spacecraft satellite rocket airship aircraft plane probe",
    "place": """city town village place river mountain island sea ocean lake desert
        province region""",
    # A state acts as a body does: the Soviet Union beside NASA in the race to the Moon;
    # a school, as a firm does: the Lipetsk school beside Junkers.
    "state or organisation": """state country nation kingdom empire republic team club
        agency organisation organization company firm corporation institution government
        newspaper university school college party movement dynasty""",
    "meeting": "conference summit congress council",
    "agreement": """treaty pact accord agreement convention alliance entente charter
        declaration act law edict decree plan doctrine""",
    "conflict": """battle war siege campaign revolution rebellion revolt uprising crisis
        massacre offensive""",
    "building": """church cathedral abbey temple mosque palace castle bridge tower canal
        railway museum library hospital""",
    "work": "symphony opera novel poem painting film album ballet",
}
_THING_CLASS_OF = {noun: kind for kind, nouns in _THING_CLASSES.items() for noun in nouns.split()}
_THING_KIND_WORDS = frozenset(_THING_CLASS_OF)
# A ship's name opens with its navy's or line's letters: "HMS Dreadnought", "USS Maine".
_SHIP_PREFIXES = frozenset({"hms", "uss", "sms", "rms", "hmas", "hmcs", "ss", "mv"})
# Words that end the phrase naming the kind: what follows says what it did, or where.
_PHRASE_ENDS = frozenset(
    """of in on at to for from by with into during after before under over about as than
    who whom whose which that where when while is was were are be been being did does do
    had has have will would could can may might must should and or but not the a an
    took won made gave ran flew led wrote built sank fought became found sent brought kept
    met lost beat saw held left went came bore rode drew sat stood sang between against
    among across through near within without beyond around along upon behind towards
    toward via since until amid""".split()  # noqa: SIM905
)
# Verbs of being, after which a question's words name what it asks for ("Who was …").
BE_WORDS = frozenset({"was", "is", "were", "are", "became", "becomes", "remained"})
# The words a question opens with when it asks for a being or a person.
ASKING_WORDS = frozenset({"who", "which", "what"})
# At most this many words name a kind ("Which Roman emperor", "the first great ape").
_PHRASE_WORDS = 4
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


# The being the deck's words give each value that says none itself (`deck_beings`), by
# folded value.
KnownBeings = Mapping[str, Being]
NO_BEINGS: KnownBeings = MappingProxyType({})
# The kind of thing the deck's words make each thing (`thing_class`), by folded value.
KnownThings = Mapping[str, str]
NO_THINGS: KnownThings = MappingProxyType({})


@record
class KnownKinds:
    """What the deck's words say each value is: its being, and a thing's kind."""

    beings: KnownBeings
    things: KnownThings


NO_KINDS = KnownKinds(NO_BEINGS, NO_THINGS)


# Every word that names a being, singular and plural: a text holding none names none.
BEING_WORDS = frozenset(
    form
    for word in (*_ANIMAL_WORDS, *_THING_WORDS, *_PERSON_WORDS, *_THING_KIND_WORDS)
    for form in (word, f"{word}s")
)


def being_word(word: str) -> Being | None:
    """The being a tag or a noun names, singular or plural: "dogs", "emperor"."""
    for form in (word, word[:-1] if word.endswith("s") else word):
        if form in _ANIMAL_WORDS:
            return Being.ANIMAL
        if form in _THING_WORDS:
            return Being.THING
        if form in _PERSON_WORDS:
            return Being.PERSON
    return None


def described_being(word: str) -> Being | None:
    """The being a description's head noun names ("dog", "conference", "battleship"),
    or a people's name ("a Bosnian Serb", "the French"): more than a tag's."""
    if (being := being_word(word)) is not None:
        return being
    if word in _THING_KIND_WORDS or word.removesuffix("s") in _THING_KIND_WORDS:
        return Being.THING
    return Being.PERSON if is_people_word(word) else None


def thing_class(word: str) -> str | None:
    """The kind of thing a noun names, singular or plural ("battleships": "ship")."""
    return _THING_CLASS_OF.get(word) or _THING_CLASS_OF.get(word.removesuffix("s"))


def named_thing(value: str) -> str | None:
    """The kind of thing `value` is written as the name of: a ship's ("HMS
    Dreadnought"), or the kind its head noun names ("the Algeciras Conference", "the
    Treaty of Versailles"); None for any other (not "the Duke of Wellington", nor one
    word alone)."""
    words = [word for word in value.split() if fold(word) not in ARTICLES]
    if len(words) < 2 or not words[0][:1].isupper():
        return None
    if fold(words[0]) in _SHIP_PREFIXES:
        return "ship"
    folded = [fold(word) for word in words]
    head = words[folded.index("of") - 1] if "of" in folded[1:] else words[-1]
    return thing_class(fold(head)) if head[:1].isupper() else None


_OPENING_PREPOSITIONS = frozenset(
    "for in on at to from by with into under over during after before against".split()  # noqa: SIM905
)


def kind_words(prompt: str) -> tuple[str, ...]:
    """The words (folded) that name the kind a question asks for: after "Which" or
    "What" ("Which Roman emperor …?"), after "What is the" ("What is the city of the
    Red Sox?") or "What was the name of the" (… horse), or after
    "Who was" or "Who became" and an article ("Who became the first animal …?"), up to
    the first word of what the answer did, or where."""
    words = _WORD.findall(prompt)
    folded = [fold(word) for word in words]
    if len(folded) > 1 and folded[0] in _OPENING_PREPOSITIONS and folded[1] in ("which", "what"):
        # "For which Soviet spy …?", "In which city …?": the kind follows as after "Which".
        words, folded = words[1:], folded[1:]
    if not folded:
        return ()
    at = 1
    if folded[0] in ("which", "what"):
        if folded[1:2] and folded[1] in BE_WORDS and folded[2:3] == ["the"]:
            # "What is the city of the Red Sox?", "What was the name of the horse …?"
            at = 5 if folded[3:5] == ["name", "of"] else 2
    elif folded[0] in ("who", "whom") and len(folded) > 1 and folded[1] in BE_WORDS:
        at = 2
    else:
        return ()
    while at < len(folded) and folded[at] in ARTICLES:
        at += 1
    named: list[str] = []
    for word, said in zip(words[at:], folded[at:], strict=True):
        if said in _PHRASE_ENDS or len(named) == _PHRASE_WORDS or _past_tense(word):
            break
        named.append(said)
    return tuple(named)


def _past_tense(word: str) -> bool:
    """A verb in the past tense, which ends the kind's words ("Which horse carried …")."""
    return word.islower() and len(word) > 4 and word.endswith("ed")
