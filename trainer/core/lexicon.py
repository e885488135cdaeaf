"""English words (pyspellchecker's frequencies): real or common, British spellings, given names.

Grading asks whether a typed word that is a letter or two from the expected one is itself
a real word ("Prussian" for "Russian" is another word, not a typo); automatic cloze asks
whether a word is too common to be worth a blank ("Earth", "Moon"). Both read the same
list, loaded once, on first use, from the maintained pyspellchecker package: about 160,000
words with their counts in a large English corpus (proper nouns are counted low there).

That list is American: British spellings are missing ("colour", "centre", "organise") or
counted low ("grey", "travelled"). A word the list lacks, or counts lower than its American
form, is looked up by that form (`american_spelling`), so "colour" is as common and as
known as "color", and the two are one word to grading (`same_word`).

Given names ("Thomas", "Yuri") tell a person's surname from the rest of a name: the
surname of "Thomas Bell" is "Bell", though "bell" is a common word (`is_given_name`).
"""

from __future__ import annotations

import gzip
import re
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence
from functools import cache, lru_cache
from importlib import resources
from itertools import accumulate
from pathlib import Path

import orjson

from trainer.core.answering.normalise import fold
from trainer.core.given_names import GIVEN_NAMES, GIVEN_NAMES_AND_SURNAMES

# A word counted less often than this is rarer than the commonest given names ('george'
# 2,069, 'david' 2,216): a name more likely than a word ('kennedy' 450, 'washington' 1,306).
NAME_CEILING = 2000
# A word among the this-many most frequent counts as common. At 3,000, "earth", "moon",
# "city" and "school" are common; "union", "treaty", "soviet" and "comintern" are not.
COMMON_RANK = 3000

# British spellings that no rule below derives, with their American forms.
_IRREGULAR_SPELLINGS = {
    "grey": "gray",
    "greys": "grays",
    "greyish": "grayish",
    "programme": "program",
    "programmes": "programs",
    "cheque": "check",
    "cheques": "checks",
    "tyre": "tire",
    "tyres": "tires",
    "plough": "plow",
    "ploughed": "plowed",
    "ploughs": "plows",
    "aluminium": "aluminum",
    "mould": "mold",
    "moulds": "molds",
    "mouldy": "moldy",
    "smoulder": "smolder",
    "moult": "molt",
    "kerb": "curb",
    "gaol": "jail",
    "draught": "draft",
    "draughts": "drafts",
    "pyjamas": "pajamas",
    "storey": "story",
    "storeys": "stories",
    "sceptic": "skeptic",
    "sceptical": "skeptical",
    "scepticism": "skepticism",
    "moustache": "mustache",
    "jewellery": "jewelry",
    "ageing": "aging",
    "judgement": "judgment",
    "acknowledgement": "acknowledgment",
    "aeroplane": "airplane",
    "aeroplanes": "airplanes",
    "manoeuvre": "maneuver",
    "manoeuvres": "maneuvers",
    "practise": "practice",
    "enrolment": "enrollment",
    "instalment": "installment",
    "fulfilment": "fulfillment",
    "skilful": "skillful",
    "wilful": "willful",
    "artefact": "artifact",
    "artefacts": "artifacts",
    "sulphur": "sulfur",
    "sulphuric": "sulfuric",
    "oestrogen": "estrogen",
    "foetus": "fetus",
    "diarrhoea": "diarrhea",
}
# Words that the rules would turn into another, commoner word: never British spellings.
_NOT_BRITISH = frozenset({"timbre", "acre", "ogre", "genre", "cadre", "massacre", "mediocre"})
# Regular British endings and their American forms, tried one at a time and all together.
# A rewrite counts only when it makes a word of the list that is commoner than the
# British form (see `american_spelling`), so "four" or "tour" are never touched.
_SPELLING_RULES = (
    (re.compile(r"(?<=[a-z]{2})our(?=[a-z]*$)"), "or"),  # colour, honourable, favourite
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations|er|ers)$"), r"iz\1"),  # organise
    (re.compile(r"(?<=[a-z]{2})ys(e|es|ed|ing)$"), r"yz\1"),  # analyse, paralysed
    (re.compile(r"(?<=[a-z]{2}[^aeiou])re(s?)$"), r"er\1"),  # centre, metres
    (re.compile(r"(?<=[a-z]{2}[^aeiou])red$"), "ered"),  # centred
    (re.compile(r"(?<=[a-z]{2}[^aeiou])ring$"), "ering"),  # centring
    # travelled, counsellor, marvellous, tranquillity, woollen
    (re.compile(r"(?<=[a-z]{2}[aeiou])ll(ed|ing|er|ers|or|ors|ous|ity|ities|en)$"), r"l\1"),
    (re.compile(r"(?<=[a-z]{3})ogue(s?)$"), r"og\1"),  # catalogue, dialogues
    (re.compile(r"(?<=[a-z]{2})ence(s?)$"), r"ense\1"),  # defence, licence
    (re.compile(r"(?<=[a-z])ae(?=[a-z]{2})"), "e"),  # anaemia, paediatric
    (re.compile(r"^oe(?=[a-z]{3})"), "e"),  # oesophagus, oedema
)

_WORD_LIST = ("spellchecker", "resources/en.json.gz")


class SortedWordCounts(Mapping[str, int]):
    """The word list as four flat values: its words joined in sorted order, where each
    starts, their counts, and every count from the highest down. The engine keeps these in
    its cache folder: reading them back builds four objects instead of a table of 160,000
    entries (50-70 ms), while a compile looks up a few hundred words, each found by binary
    search."""

    def __init__(self, words: str, starts: bytes, counts: bytes, ranked: bytes) -> None:
        """ValueError unless the three arrays (native 64-bit integers) fit `words`."""
        self._words = words
        self._starts, self._counts, self._ranked = array("q"), array("q"), array("q")
        self._starts.frombytes(starts)
        self._counts.frombytes(counts)
        self._ranked.frombytes(ranked)
        size = len(self._counts)
        if (
            len(self._starts) != size + 1
            or len(self._ranked) != size
            or self._starts[0] != 0
            or self._starts[-1] != len(words)
        ):
            raise ValueError("the word list's parts do not fit together")

    @classmethod
    def of(cls, table: Mapping[str, int]) -> SortedWordCounts:
        """The counts of `table`, in this form."""
        words = sorted(table)
        # The package's list is written in sorted order: its counts are then taken as
        # they stand, not looked up one by one (1 against 14 ms of the 50 this takes).
        in_order = words == list(table)
        counts = list(table.values()) if in_order else [table[word] for word in words]
        return cls(
            "".join(words),
            array("q", [0, *accumulate(map(len, words))]).tobytes(),
            array("q", counts).tobytes(),
            array("q", sorted(counts, reverse=True)).tobytes(),
        )

    def parts(self) -> tuple[str, bytes, bytes, bytes]:
        """What to keep to make these counts again (`SortedWordCounts(*parts)`)."""
        return self._words, self._starts.tobytes(), self._counts.tobytes(), self._ranked.tobytes()

    def descending(self) -> Sequence[int]:
        """Every count, from the highest down."""
        return self._ranked

    def _word(self, position: int) -> str:
        return self._words[self._starts[position] : self._starts[position + 1]]

    def _position(self, word: object) -> int:
        if not isinstance(word, str):
            return -1
        position = bisect_left(range(len(self._counts)), word, key=self._word)
        return position if position < len(self._counts) and self._word(position) == word else -1

    def __getitem__(self, word: str) -> int:
        position = self._position(word)
        if position < 0:
            raise KeyError(word)
        return self._counts[position]

    def get(self, word: str, default: int | None = None) -> int | None:  # type: ignore[override]
        position = self._position(word)
        return default if position < 0 else self._counts[position]

    def __contains__(self, word: object) -> bool:
        return self._position(word) >= 0

    def __len__(self) -> int:
        return len(self._counts)

    def __iter__(self) -> Iterator[str]:
        return map(self._word, range(len(self._counts)))


# The word list kept by the caller (`use_word_list`), if any.
_given_table: Mapping[str, int] | None = None


def word_list_identity() -> str:
    """What names the word list's content: its file, with its size and modification time.
    A table kept under another identity is out of date."""
    package, name = _WORD_LIST
    file = resources.files(package).joinpath(name)
    if isinstance(file, Path):
        status = file.stat()
        return f"{file} {status.st_size} {status.st_mtime_ns}"
    data = file.read_bytes()
    return f"{package}/{name} {len(data)} {zlib.crc32(data)}"


def use_word_list(table: Mapping[str, int]) -> None:
    """Use `table`, the word list as `parsed_word_list` gave it earlier, or as
    `SortedWordCounts` kept since (by the engine, in the cache folder). Only before the
    first word is looked up; afterwards the table in use stays."""
    global _given_table  # the process's one word list, as `_frequencies` is
    _given_table = table


def word_list_in_use() -> bool:
    """Whether a word was looked up already: the table is in memory, and stays."""
    return _frequencies.cache_info().currsize > 0


def word_list_table() -> Mapping[str, int]:
    """The word list's counts as looked up, read or parsed now if none is in use yet."""
    return _frequencies()


def parsed_word_list() -> dict[str, int]:
    """The word list's counts, parsed from the package's file."""
    package, name = _WORD_LIST
    data = resources.files(package).joinpath(name).read_bytes()
    # orjson parses the 2.8 MB of JSON in about half the standard parser's time (65
    # against 115 ms here), and gives the same table: a cold compile pays for it once.
    table = orjson.loads(gzip.decompress(data))
    # JSON keys are strings already: converting 160,000 entries one by one would take a
    # third as long again as parsing, so a table of whole counts is only copied, at C
    # speed. The copy is kept because it leaves the parser's freed scratch memory at the
    # top of the heap, where it goes back to the system (10 MB less resident on Linux).
    if isinstance(table, dict) and all(type(count) is int for count in table.values()):
        return dict(table)
    return {str(word): int(count) for word, count in table.items()}


@cache
def _frequencies() -> Mapping[str, int]:
    return _given_table if _given_table is not None else parsed_word_list()


# A word is looked up again and again, and a list read back from the cache
# (`SortedWordCounts`) finds each by binary search: what it found is kept.
@lru_cache(maxsize=1 << 16)
def _count(word: str) -> int:
    """The list's count of `word` exactly as written; 0 if the list lacks it."""
    return _frequencies().get(word, 0)


@lru_cache(maxsize=1 << 16)
def _listed(word: str) -> bool:
    """Whether the list holds `word` exactly as written."""
    return word in _frequencies()


@cache
def _counts_descending() -> Sequence[int]:
    table = _frequencies()
    if isinstance(table, SortedWordCounts):
        return table.descending()
    return sorted(table.values(), reverse=True)


@cache
def _common_threshold(rank: int) -> int:
    counts = _counts_descending()
    return counts[min(rank, len(counts)) - 1]


@lru_cache(maxsize=1 << 16)
def american_spelling(word: str) -> str:
    """The American form of a British spelling, folded ("Colour" → "color", "centred" →
    "centered", "grey" → "gray"); any other word folded, as it is."""
    folded = word.casefold()
    if not folded.isalpha() or folded in _NOT_BRITISH:
        return folded
    own = _count(folded)
    irregular = _IRREGULAR_SPELLINGS.get(folded)
    if irregular is not None:
        return irregular
    candidates = [rule.sub(replacement, folded) for rule, replacement in _SPELLING_RULES]
    together = folded
    for rule, replacement in _SPELLING_RULES:
        together = rule.sub(replacement, together)
    candidates.append(together)
    best, best_count = folded, own
    for candidate in candidates:
        count = _count(candidate)
        if candidate != folded and count > best_count:
            best, best_count = candidate, count
    return best


def same_word(first: str, second: str) -> bool:
    """True when two words are one word spelled the British and the American way
    ("colour" and "color", "travelled" and "traveled"), or the same word; case ignored."""
    return american_spelling(first) == american_spelling(second)


@lru_cache(maxsize=1 << 16)
def frequency(word: str) -> int:
    """How often the word occurs in the corpus (0 if never), a British spelling counted as
    its American form; case is ignored."""
    folded = word.casefold()
    own = _count(folded)
    american = american_spelling(folded)
    return own if american == folded else max(own, _count(american))


def is_known_word(word: str) -> bool:
    """True for a word of the English dictionary, in any case and either spelling
    ("Prussian", "kazan", "colour")."""
    folded = word.casefold()
    return _listed(folded) or _listed(american_spelling(folded))


def is_common_word(word: str, rank: int = COMMON_RANK) -> bool:
    """True for a word among the `rank` most frequent English words."""
    count = frequency(word)
    return count > 0 and count >= _common_threshold(rank)


def is_given_name(word: str) -> bool:
    """True for a common given name ("Thomas", "Yuri", "Marie", "Jürgen"), in any case,
    with or without its accents."""
    folded = word.casefold().strip(".'’")
    if not folded.isascii():
        folded = fold(folded)
    return folded in GIVEN_NAMES


def opens_a_name(word: str) -> bool:
    """True for a word that may open a person's name as a given name: one of the given
    names (`is_given_name`), or one that is as often a surname ("Marshall", "Glenn")."""
    return is_given_name(word) or word.casefold().strip(".'’") in GIVEN_NAMES_AND_SURNAMES


def could_be_name(word: str) -> bool:
    """True for a given name, or a word rarer than the commonest given names ("Newton",
    "Gaulle", "II"): a word of a person's name, as far as words can tell."""
    bare = word.strip(".'’")
    return is_given_name(bare) or frequency(bare) < NAME_CEILING
