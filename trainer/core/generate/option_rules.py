"""What makes a value a fair wrong option or swap: a like value that neither names nor overlaps."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import field
from fractions import Fraction
from functools import lru_cache

from trainer.core.answering.approximate import NEAR
from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import ARTICLES
from trainer.core.generate.acronym_spelling import acronym_spelled, spelled_by
from trainer.core.generate.formula_symbols import formula_symbols, one_letter_words
from trainer.core.generate.name_endings import NO_NAME_ENDINGS, NameEndings, name_endings

# The kinds of value, re-exported where option rules were always imported from.
from trainer.core.generate.value_classes import ValueClass as ValueClass
from trainer.core.generate.value_classes import alike as alike
from trainer.core.generate.value_classes import number_in
from trainer.core.generate.value_classes import value_class as value_class
from trainer.core.generate.value_classes import value_distance as value_distance
from trainer.core.records import record
from trainer.core.value_split import split_parts

# Every byte but a small letter or a digit, as a space: folding ASCII text by
# `bytes.translate` costs a third of a regex substitution (1.3 µs, not 4.7, for a
# prompt of 150 characters; 0.28 µs, not 0.64, for a name).
_ALNUM_OR_SPACE = bytes(
    byte if chr(byte).isascii() and (chr(byte).islower() or chr(byte).isdigit()) else 32
    for byte in range(256)
)
_ASCII_WORD = re.compile(r"[a-z0-9]+")
# What joins the people or parts of one answer: "Watson and Crick", "Marx & Engels", "A, B".
# A comma between a number's thousands ("6,650 km") parts nothing.


def quick_fold(text: str) -> str:
    """`fold(text)`, computed faster for plain ASCII text, which most deck text is.

    For ASCII, folding lowercases and turns everything but letters and digits into
    spaces; other text goes through `fold` itself. Short text (values and options, which
    recur from card to card) is kept once folded; text read once should use `fold_once`.
    """
    if len(text) <= _KEPT_FOLD_LENGTH:
        return _kept_fold(text)
    return fold_once(text)


_KEPT_FOLD_LENGTH = 80


@lru_cache(maxsize=1 << 16)
def _kept_fold(text: str) -> str:
    return fold_once(text)


def fold_once(text: str) -> str:
    """`quick_fold`, never kept: for text folded once (a sentence, a statement, a title)."""
    if text.isascii():
        return " ".join(text.lower().encode().translate(_ALNUM_OR_SPACE).decode().split())
    return fold(text)


# A sign that makes a number or a charge what it is: before a digit that no letter or
# digit precedes ("−5 °C", "+1", "10^-19"), or after a letter or digit that none follows
# ("1+", "2−", "Na+", "O²⁻"). Folding drops it, and "1+" and "1−" would be one option.
_SIGN = re.compile(r"((?<![^\W_])[-+−–⁺⁻±](?=\d)|(?<=[^\W_])[-+−–⁺⁻±](?![^\W_]))")
_SIGN_WORDS = {"+": "+", "⁺": "+", "±": "±"}
SIGN_TOKENS = frozenset({"+", "-", "±"})


def signed_fold(text: str) -> str:
    """`quick_fold(text)` keeping each sign that makes a number or a charge as a word of
    its own ('+', '-', '±'): "1+" → '1 +', "−5 °C" → '- 5 c', "Na+" → 'na +'. Values
    that differ only by such a sign are two values, and the best of rivals."""
    if len(text) <= _KEPT_FOLD_LENGTH:
        return _kept_signed_fold(text)
    return signed_fold_once(text)


@lru_cache(maxsize=1 << 16)
def _kept_signed_fold(text: str) -> str:
    return signed_fold_once(text)


def signed_fold_once(text: str) -> str:
    """`signed_fold`, never kept: for text folded once (a sentence, a prompt)."""
    if not _may_sign(text):
        return fold_once(text)
    pieces = _SIGN.split(text)
    if len(pieces) == 1:
        return fold_once(text)
    words: list[str] = []
    for i, piece in enumerate(pieces):
        if i % 2:
            words.append(_SIGN_WORDS.get(piece, "-"))
        elif folded := fold_once(piece):
            words.append(folded)
    return " ".join(words)


def _may_sign(text: str) -> bool:
    # Substring tests cost a tenth of a regex search, and most text has no sign at all.
    return (
        "-" in text
        or "+" in text
        or (not text.isascii() and any(sign in text for sign in _NON_ASCII_SIGNS))
    )


_NON_ASCII_SIGNS = "−–⁺⁻±"


def unsigned(key: str) -> str:
    """A signed fold without its signs: what the value says but for them."""
    if not any(token in key for token in SIGN_TOKENS):
        return key
    return " ".join(word for word in key.split() if word not in SIGN_TOKENS)


def sign_rivals_first(anchor: str, values: Iterable[str]) -> list[str]:
    """`values`, those differing from `anchor` only by a sign first ("1+" for "1−",
    "5 °C" for "−5 °C"): the nearest wrong value there is, and one a learner who
    knows the size but not the sign must tell apart. Otherwise in their order."""
    values = list(values)
    own, plain = signed_fold(anchor), quick_fold(anchor)
    twins = [v for v in values if quick_fold(v) == plain and signed_fold(v) != own]
    if not twins:
        return values
    return [*twins, *(value for value in values if value not in twins)]


def folded_words(text: str) -> list[str]:
    """`quick_fold(text).split()`, without joining the words only to split them again."""
    if text.isascii():
        return _ASCII_WORD.findall(text.lower())
    return fold(text).split()


# A comma between a number's thousands: "5,400", "1,000,000".
_THOUSANDS_SEPARATOR = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")


@lru_cache(maxsize=1 << 16)
def core_words(text: str) -> str:
    """The folded words of `text` without a leading article: 'The Nazis' → 'nazis'; a
    sign that makes a number or charge kept ('1−' → '1 -': see `signed_fold`); a number
    written with thousands separators one word ('5,400 °C' → '5400 c', which holds no
    '400 c')."""
    if "," in text:
        text = _THOUSANDS_SEPARATOR.sub("", text)
    words = signed_fold(text).split()
    if len(words) > 1 and words[0] in ARTICLES:
        words = words[1:]
    return " ".join(words)


@lru_cache(maxsize=1 << 16)
def value_parts(text: str) -> frozenset[str]:
    """The people or parts of a value, folded: 'Watson and Crick' → {'watson', 'crick'}."""
    pieces = (core_words(piece) for piece in split_parts(text))
    return frozenset(piece for piece in pieces if piece)


def named_words(text: str) -> frozenset[str]:
    """The folded words of `text`, a possessive's 's' aside: what a surname is looked for in."""
    return frozenset(fold(text).split())


def holds_words(haystack: str, needle: str) -> bool:
    """True when folded `needle` is a run of whole words of folded `haystack`."""
    return bool(needle) and f" {needle} " in f" {haystack} "


@record
class OptionRules:
    """Refuses values that would make a card unfair, given its answer and its prompt.

    A value is refused when it folds equal to the answer, an accepted answer or an alias
    of it (a leading article aside), or a second right answer another fact gives
    (`also_right`); when it shares a person or part with the answer,
    contains it or is contained in it; or when it, one of its parts, or another name the
    deck's aliases give it, is named in the prompt, a person also by surname alone
    ('led Lister' refuses 'Joseph Lister'; 'Lister's' too). A value reads as a person
    when the card asks for one (`person`) or when its name reads as one (see NameEndings).
    Where the answer spells an acronym the prompt asks about ('RSA stands for …'), a value
    that does not spell it is refused: false or wrong on its face, it asks nothing.
    """

    # The answer's and its accepted answers' core words.
    taken: frozenset[str]
    answer_core: str
    answer_parts: frozenset[str]
    prompt: str
    # The prompt's words, and those of the names that aliases give names in it.
    prompt_words: frozenset[str] = frozenset()
    person: bool = False
    # The prompt's acronym that the answer spells, if any ("rsa"): every value must too.
    acronym: str = ""
    # An answer that is a formula: its one-letter symbols, which a value may not go beyond
    # ("O((V + E) log V)" is no running time of a sort in n).
    symbols: frozenset[str] | None = None
    # Second right answers (`answers_too`): values another fact holds with every value
    # the prompt shows, with their parts, as core words.
    also_right: frozenset[str] = frozenset()
    # How far off the answer's number a value may be and still be right (`tolerance`).
    tolerance: float = 0.0
    answer_number: Fraction | None = None
    _padded_answer: str = field(init=False, repr=False, compare=False)
    _padded_prompt: str = field(init=False, repr=False, compare=False)
    _answer_words: tuple[str, ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "_padded_answer", f" {self.answer_core} ")
        object.__setattr__(self, "_padded_prompt", f" {self.prompt} ")
        object.__setattr__(self, "_answer_words", tuple(self.answer_core.split()))

    @classmethod
    def of(
        cls,
        answer: str,
        accepted: Iterable[str],
        prompt: str,
        *,
        person: bool = False,
        also_named: Iterable[str] = (),
        also_right: Iterable[str] = (),
        tolerance: float = 0.0,
        approximate: bool = False,
    ) -> OptionRules:
        """Rules for a card asking `prompt`; `also_named` are other names (aliases) of
        what the prompt names, counted as named in it too; `also_right`, the core words of
        values that answer it too (`answers_too`); `tolerance`, how far a number may be
        off the answer's and still be right ("6,300 km" for 6,400 within 100), and no less
        than a twentieth of it where the card says the answer is `approximate` ("The
        Yangtze is about {length} long": "6,400 km" is about 6,300 km, as graded)."""
        number = number_in(answer)
        if approximate and number is not None:
            tolerance = max(tolerance, float(abs(number) * NEAR))
        others = " | ".join(also_named)
        named = f"{prompt} | {others}" if others else prompt
        return cls(
            taken=frozenset({core_words(answer), *(core_words(text) for text in accepted)}),
            answer_core=core_words(answer),
            answer_parts=value_parts(answer),
            prompt=signed_fold_once(named),
            prompt_words=named_words(named),
            person=person,
            acronym=acronym_spelled(prompt, core_words(answer)),
            symbols=formula_symbols(answer),
            also_right=frozenset(also_right),
            tolerance=tolerance,
            answer_number=number if tolerance > 0 else None,
        )

    def refuses(self, value: str) -> bool:
        return self.refuses_shaped(
            signed_fold(value), core_words(value), value_parts(value), name_endings(value), value
        )

    def within_tolerance(self, value: str) -> bool:
        """Whether `value` (as written: folding drops a decimal point) holds a number
        within the tolerance of the answer's."""
        if self.answer_number is None or (number := number_in(value)) is None:
            return False
        return abs(number - self.answer_number) <= Fraction(str(self.tolerance))

    def refuses_shaped(
        self,
        key: str,
        core: str,
        parts: frozenset[str],
        endings: NameEndings = NO_NAME_ENDINGS,
        value: str = "",
    ) -> bool:
        """`refuses` for a value whose fold, core words, parts and name endings are known
        (and, where a tolerance applies, the value as written)."""
        return self.refuses_padded(key, core, f" {core} ", parts, endings, value)

    def refuses_padded(
        self,
        key: str,
        core: str,
        padded_core: str,
        parts: frozenset[str],
        endings: NameEndings = NO_NAME_ENDINGS,
        value: str = "",
    ) -> bool:
        """`refuses_shaped`, given the core words between spaces too (` core `), as pools
        keep them for each of their values."""
        # Each test is a `holds_words`, on text padded once rather than at every test.
        if not key or core in self.taken:
            return True
        if self.right_too(core, parts) or self.within_tolerance(value):
            return True
        # A value holding the answer's words, or held in them, or saying them less
        # precisely, gives it away or is as right; not a formula's, whose terms make
        # another value: O(log n) beside O(n log n).
        if (
            self.symbols is None
            and (
                (self.answer_core and self._padded_answer in padded_core)
                or (core and padded_core in self._padded_answer)
            )
            and not self._sign_rival(core)
        ):
            return True
        if (
            " " in core
            and self.symbols is None
            and len(self._answer_words) > 1
            and self._nested(core, padded_core)
            and not self._sign_rival(core)
        ):
            return True
        if parts & self.answer_parts:
            return True
        if self.acronym and not spelled_by(self.acronym, core.split()):
            return True
        if self.symbols is not None and not one_letter_words(core) <= self.symbols:
            return True
        padded_prompt = self._padded_prompt
        if core and padded_core in padded_prompt:
            return True
        if any(part and f" {part} " in padded_prompt for part in parts):
            return True
        surnames = endings.every if self.person else endings.given
        return bool(surnames) and not surnames.isdisjoint(self.prompt_words)

    def right_too(self, core: str, parts: frozenset[str]) -> bool:
        """Whether a value of `core` words and `parts` answers the question too: one of
        `also_right`, or made only of their parts."""
        also_right = self.also_right
        return bool(also_right) and (core in also_right or (bool(parts) and parts <= also_right))

    def _nested(self, core: str, padded_core: str) -> bool:
        """Whether the value's words are the answer's with some left out, or the other
        way round, in order: "a set of concertos" for "a set of violin concertos" says
        what the answer says, less precisely, and is as right."""
        answer = self._answer_words
        if core.partition(" ")[0] in answer:
            return _in_order(core.split(), answer)
        if f" {answer[0]} " in padded_core:
            return _in_order(answer, core.split())
        return False

    def _sign_rival(self, core: str) -> bool:
        """Whether `core` is the answer's but for a sign ("5 °C" for "−5 °C"): holding the
        answer's words, it still says another value."""
        return core != self.answer_core and unsigned(core) == unsigned(self.answer_core)


def _in_order(shorter: Sequence[str], longer: Sequence[str]) -> bool:
    """Whether every word of `shorter` is in `longer`, in the same order."""
    rest = iter(longer)
    return len(shorter) < len(longer) and all(word in rest for word in shorter)
