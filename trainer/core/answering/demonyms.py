"""A country named by its people or its adjective: "the Portuguese crown" for "Portugal".

History says a state by its people as often as by its name: "the Portuguese" sponsored
Dias, "the Spanish crown" Columbus, "the French" lost at Trafalgar. Word by word, "the
Portuguese crown" was wrong for "Portugal" ("'portuguese' instead of 'portugal'"), and
whether the adjective alone was close or wrong hung on its spelling ("Portuguese" close,
"Spanish" wrong). Here a people or adjective of the answer's country (`demonym_table`)
is read as the country where it stands for the state: as a people ("the French", "the
Spaniards"), before a word for a state or one the question asks ("the Spanish crown",
"the Spanish fleet" asked "Which fleet…?"), or alone where the question asks for a
country, a crown or a side. A question about a language, a nationality or what a people
is called keeps them apart: "French" is no answer to "Which country…" asked so, and
"France" none to "What language…?". A country's other names are `country_names`'.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from trainer.core.answering.demonym_table import TABLE
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import FUNCTION_WORDS

Phrase = tuple[str, ...]

# Words for a state that an adjective may stand before: "the Portuguese crown".
_STATE_NOUNS = frozenset(
    {
        *("crown", "kingdom", "state", "government", "empire", "republic", "monarchy"),
        *("nation", "people", "side", "forces", "army", "navy", "court", "regime"),
        *("crowns", "kingdoms", "states", "governments", "empires", "nations", "sides"),
        *("armies", "navies", "regimes"),
    }
)
# A question with one of these asks for a state: an adjective alone answers it.
_ASKS_FOR_A_STATE = _STATE_NOUNS | {"country", "power", "powers", "countries", "ally"}
# A question with one of these asks about the people or the word: keep them apart.
_ASKS_FOR_THE_WORD = frozenset(
    {
        *("language", "languages", "speak", "speaks", "spoke", "spoken", "tongue"),
        *("nationality", "nationalities", "citizen", "citizens", "citizenship"),
        *("called", "adjective", "demonym", "cuisine"),
    }
)
# Words before a people's name that make it another's: "South Americans", "East Germans".
_OTHER_PARTS = frozenset(
    {"north", "south", "east", "west", "central", "latin", "northern", "southern"}
) | {"eastern", "western", "upper", "lower", "new", "old"}
# Words after which a people's name has ended: "the Spanish and the Portuguese".
_PHRASE_ENDS = FUNCTION_WORDS | {"and", "or", "nor", "but", "with", "against"}
_PLURAL_ITSELF = ("ese", "ish", "ch", "sh", "ss")  # "the Portuguese", "the French", "Swiss"


@cache
def _tables() -> tuple[dict[Phrase, frozenset[Phrase]], frozenset[Phrase]]:
    """Each adjective and people as words → the countries it names; and the peoples that
    are no adjective ("spaniards", "germans"), which name the state by themselves."""
    countries_of: dict[Phrase, set[Phrase]] = {}
    peoples: set[Phrase] = set()
    for line in TABLE.strip().splitlines():
        names, adjectives, people = (part.strip() for part in line.split("/"))
        countries = {_words(name) for name in names.split(",")}
        written = [adjective.strip() for adjective in adjectives.split(",")]
        plurals = [word.strip() for word in people.split(",") if word.strip()] or [
            adjective if adjective.endswith(_PLURAL_ITSELF) else adjective + "s"
            for adjective in written
        ]
        for word in written + plurals:
            countries_of.setdefault(_words(word), set()).update(countries)
        peoples.update(_words(plural) for plural in plurals if plural not in written)
    named = {demonym: frozenset(found) for demonym, found in countries_of.items()}
    return named, frozenset(peoples)


def is_people_word(word: str) -> bool:
    """Whether a folded word names a people or says one ("serb", "spaniards", "french")."""
    return word in _people_words()


@cache
def _first_words() -> frozenset[str]:
    """The first word of each people, adjective or name a side may be read by."""
    return frozenset(demonym[0] for demonym in _tables()[0])


@cache
def _people_words() -> frozenset[str]:
    return frozenset(demonym[0] for demonym in _tables()[0] if len(demonym) == 1)


def _words(name: str) -> Phrase:
    """A name's words as grading reads them (the table holds only letters, so folding
    reads them as `answer_words` would, in a tenth of the time)."""
    words = tuple(fold(name).split())
    return words[1:] if words[:1] == ("the",) else words


def demonyms_lined_up(
    want: Sequence[str], got: Sequence[str], question: frozenset[str], asked: Callable[[str], bool]
) -> tuple[list[str], list[str]]:
    """Both sides' words with a people or adjective of a country the other side names
    written as that country, where it stands for the state (see the module); `question`
    is the question's words and `asked` tells them, ignoring form."""
    starts = _first_words()
    if not question.isdisjoint(_ASKS_FOR_THE_WORD) or (
        starts.isdisjoint(want) and starts.isdisjoint(got)
    ):
        return list(want), list(got)  # most answers name no people: at once
    asks_for_a_state = not question.isdisjoint(_ASKS_FOR_A_STATE)
    # One side at a time: once the typed side names the country, the answer's is left.
    got = _as_countries(got, want, asks_for_a_state, asked)
    return _as_countries(want, got, asks_for_a_state, asked), got


def _as_countries(
    words: Sequence[str], other: Sequence[str], asks_for_a_state: bool, asked: Callable[[str], bool]
) -> list[str]:
    out = list(words)
    at = 0
    while at < len(out):
        at += _read_at(out, at, other, asks_for_a_state, asked) or 1
    return out


def _read_at(
    out: list[str],
    at: int,
    other: Sequence[str],
    asks_for_a_state: bool,
    asked: Callable[[str], bool],
) -> int:
    """Write the people or adjective starting at `at` as the country it names, if it
    stands for the state; how many words the country takes (0 for none written)."""
    countries_of, peoples = _tables()
    if at and out[at - 1] in _OTHER_PARTS:
        return 0  # "the South Americans", "East Germans": another people
    for length in (3, 2, 1):
        demonym = tuple(out[at : at + length])
        country = _named(countries_of.get(demonym, frozenset()), other, out)
        if len(demonym) < length or country is None:
            continue
        if _holds(other, demonym) and not _holds(country, demonym):
            continue  # "the French and Indian War": the word is the other side's too
        after = out[at + length] if at + length < len(out) else ""
        if after and after not in other and (after in _STATE_NOUNS or asked(after)):
            out[at : at + length + 1] = country  # "the Spanish crown"
            return len(country)
        # "the French" is a people where no word it describes follows: not "the Philippine
        # Sea", which is another place.
        ends = not after or after in _PHRASE_ENDS
        as_people = demonym in peoples or (at > 0 and out[at - 1] == "the" and ends)
        if as_people or (asks_for_a_state and not after):
            out[at : at + length] = country
            return len(country)
    return 0


def _named(
    countries: frozenset[Phrase], other: Sequence[str], words: Sequence[str]
) -> Phrase | None:
    """The one of `countries` that `other` names and `words` does not, the longest
    ("great britain", not "britain")."""
    for country in sorted(countries, key=len, reverse=True):
        if _holds(other, country) and not _holds(words, country):
            return country
    return None


def _holds(words: Sequence[str], phrase: Phrase) -> bool:
    size = len(phrase)
    return any(tuple(words[at : at + size]) == phrase for at in range(len(words) - size + 1))
