"""A value's opening verb and its form: past ("published"), plain ("filter") or neither."""

from __future__ import annotations

from functools import lru_cache

from trainer.core.lexicon import is_known_word

# Words that take a singular subject as readily as a plural one.
AUXILIARIES = frozenset(
    "would could should will can may might must shall did had was were".split()  # noqa: SIM905
)
# Verbs whose past tense is their plain form: "Which firm set terms…" is past.
_PAST_AS_PLAIN = frozenset(
    """set put cut hit let shut spread cost hurt quit read bet burst cast split thrust
    upset broadcast forecast bid rid shed slit""".split()  # noqa: SIM905
)
# Words that may come before a value's verb: "first produced", "later showed".
_ADVERBS = frozenset(
    "first then also once later still never only finally since often always".split()  # noqa: SIM905
)
# Pasts that are no plain form too ("found" is: "did they found a city").
_IRREGULAR_PASTS = frozenset(
    """made took gave wrote saw won became began built sent fought brought taught thought
    sold held told met ran rose fell drew grew knew flew threw went came led proved""".split()  # noqa: SIM905
)
# Words in -ed that are no past tense, or whose stem is another word.
_NOT_PASTS = frozenset("need seed speed proceed exceed succeed bleed breed feed hundred".split())  # noqa: SIM905
# Plain verbs that are as well the past of another: "found" (find), "lay" (lie).
_PAST_OF_ANOTHER = frozenset("found ground wound bound lay fell saw left felt".split())  # noqa: SIM905
_MIN_PAST = 5


@lru_cache(maxsize=4096)  # a fact's value is put in each of its templates
def verb_of(value: str) -> str:
    """The first word of `value` after any adverb, when the value opens in small letters."""
    words = value.split()
    while words and (words[0] in _ADVERBS or words[0].endswith("ly")):
        words = words[1:]
    first = words[0] if words else ""
    return first if first.isalpha() and first.islower() else ""


@lru_cache(maxsize=4096)
def is_past(word: str) -> bool:
    """Whether `word` is a past tense: a common irregular one, or in -ed from a known stem."""
    if word in _IRREGULAR_PASTS:
        return True
    if word in _NOT_PASTS or len(word) < _MIN_PAST or not word.endswith("ed"):
        return False
    return is_known_word(word[:-2]) or is_known_word(word[:-1])


@lru_cache(maxsize=4096)
def is_plain_verb(word: str) -> bool:
    """Whether `word` is a verb's plain form ("filter"): known, as its -s form is."""
    if word.endswith("s") or word in AUXILIARIES or word in _PAST_AS_PLAIN or is_past(word):
        return False
    if word in _PAST_OF_ANOTHER:  # "Who found …?" is the past of "find"
        return False
    return is_known_word(word) and (is_known_word(word + "s") or is_known_word(word + "es"))
