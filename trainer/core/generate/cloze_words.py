"""Excerpt text as automatic cloze reads it: words and numbers, their case and sentence starts."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from itertools import accumulate
from typing import NamedTuple

from trainer.core.answering.dates_in_text import WEEKDAY_NAMES
from trainer.core.answering.place_forms import place_forms
from trainer.core.card_frames import ENGLISH
from trainer.core.generate.cloze_formulas import FORMULA
from trainer.core.generate.foreign_words import REPUBLICAN_MONTHS
from trainer.core.lexicon import could_be_name, is_common_word, is_given_name, is_known_word

# A word: a chemical formula, whose digits are its own (`CH4`, not `CH` and `4`: see
# cloze_formulas); a designation, a capital and digits against it (`MI5`, `B12`, `H1N1`),
# one word for the same reason, its possessive with it (`MI5's`); letters, joined by
# apostrophes or hyphens to more letters, digits or both (`T-34`, `CRISPR-Cas9`); or
# capitals with full stops (`U.S.`, `U.S.S.R.`).
_WORD = (
    FORMULA
    + r"|(?:[A-Z]\.){2,}|[A-Z][^\W\d_]*[0-9]+(?:[^\W\d_]+[0-9]*)*(?:['’]s)?(?![\w.,][0-9])"
    + r"|[^\W\d_]+(?:['’-](?:[^\W\d_]+[0-9]*|[0-9]+))*"
)
# A number standing alone: not part of a word (`T-34`), a decade (`1920s`), a date
# (`1/4`), a time (`9:30`), a range (`1939–45`) or a longer number.
_NUMERIC = re.compile(
    r"(?<![\w.,/:-])(?<![0-9][–—])(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?%?"
    r"(?![\w%]|[.,:/–—-][0-9])"
)
_WORDS_AND_GAPS = re.compile(f"({_WORD}|{_NUMERIC.pattern})")
_DIGIT_AFTER_APOSTROPHE = re.compile(r"['’][0-9]")
_DIGITS = frozenset("0123456789")
# Only a formula's word starts with a bracket, and it is capitalised as its symbols are.
_FORMULA_OPENERS = "(["
_LETTERED_SHAPE = re.compile(r"[A-Z]-[^\W\d_]")
_STOP_AND_SPACE = re.compile(r"\.\s+")
_INITIAL_FOLLOWER = re.compile(r"\.\s+([^\W\d_]+)")
_ELISION = re.compile(r"['’]\s+")
_TWO_INITIALS = re.compile(r"\.\s+[A-Z]\.\s+[A-Z]")
# What may stand right before an initial other than a space: an opening bracket or quote.
_BEFORE_AN_INITIAL = frozenset("([{\"'“‘«")
_SENTENCE_BREAK = re.compile(r"[.!?]|\n\s*\n")
_POSSESSIVES = ("'s", "’s")
# What tells two forms of a word apart past their common stem (see related_words).
_WORD_ENDINGS = frozenset(
    """a e y o ia en ay s es d ed n ns an ans ian ians ean eans ese ish ic ics ism ist ists
    ite ites egian egians""".split()  # noqa: SIM905
)
# The ending of a Latin or Greek name, which a word made from it drops ('Olympus',
# 'Olympian'), and the suffixes such a word takes (see `_derived`).
_NAME_ENDINGS = frozenset("us os um is as es on a e y o i ia".split())  # noqa: SIM905
_DERIVED_SUFFIXES = frozenset(
    "ian ians ic ics ical ean eans ese an ans ite ites ist ists ism isms".split()  # noqa: SIM905
)
# Endings of a letter or two, besides the usual ones, that make a word of a name or a
# word ('Iraq', 'Iraqi'; 'Hamburg', 'Hamburger'; 'nation', 'national').
_SHORT_ENDINGS = frozenset("i is er ers al ly".split())  # noqa: SIM905
# The shortest word that a compound ('cowpox') gives away, and the shortest other word
# it may be run together with.
_COMPOUND_PART = 3
# Two words sharing this many first letters, all but two letters of the shorter, are
# forms of one word whatever their endings: 'penicillin' and 'Penicillium'.
_LONG_STEM = 6
# A word rarer than this many of the most frequent English words, standing at the start
# of a longer word, is a clipped form of it (see related_words).
_CLIPPING_RANK = 20_000

# Word lists read best as plain text.
PARTICLES = frozenset(
    "of von van de der den du da di del della des la le al el bin ibn zu y".split()  # noqa: SIM905
)
# English months and their short forms, and the Republican calendar's, capitalised.
_ENGLISH_MONTHS = {*ENGLISH.months, *(name[:3] for name in ENGLISH.months), "Sept"}
MONTHS = frozenset({*_ENGLISH_MONTHS, *(name.capitalize() for name in REPUBLICAN_MONTHS)})
WEEKDAYS = frozenset(name.capitalize() for name in WEEKDAY_NAMES)
# Capitalised, these only start a sentence or a title; they never start or end a name.
FUNCTION_WORDS = frozenset(
    """The A An In On At It Its This That These Those He She They We You I His Her Their
    Our My Your Him Them Us But And Or Nor If When While After Before As By For From To
    With Of Under Over Then There Here What Which Who Whom Whose Why How Where Not No So
    Although Though Because Since Until During Between Among Is Are Was Were Be Been Do
    Does Did Has Have Had Can Could Will Would Shall Should Must Might Up Out Off Down
    Into Onto Upon Via Than Against Without Within Through Across Along Towards Toward
    Like""".split()  # noqa: SIM905
)
# Capitalised at the start of a sentence, these only open it (`Several Mensheviks …`);
# in mid-sentence they belong to a name (`the First World War`, `the Big Two`).
SENTENCE_OPENERS = frozenset(
    """Some Such Both Each Every All Any Many Most Much More Few Several Other Another
    Only Also Even Yet Thus Once Later Earlier Early Late First Last Next Soon Still Now
    Today Yesterday Already Finally Eventually Afterwards Perhaps Meanwhile However
    Moreover Nevertheless Instead Indeed Nearly Almost About Around Just Two Three Four
    Five Six Seven Eight Nine Ten""".split()  # noqa: SIM905
)
_NOT_AFTER_INITIAL = FUNCTION_WORDS | SENTENCE_OPENERS
# Written with capitals, but never names.
NOT_NAMES = frozenset("PhD DPhil MPhil MSc BSc MA BA MD LLB LLM".split())  # noqa: SIM905
# Abbreviations whose full stop does not end a sentence (`Dr. Watson`, `St. Petersburg`).
ABBREVIATIONS = frozenset(
    "Dr Mr Mrs Ms St Mt Prof Gen Col Capt Lt Sgt Maj Adm Jr Sr Fr Rev Gov Sen Pres".split()  # noqa: SIM905
)


class Token(NamedTuple):
    """A word or a number of the text, with what a reader sees around it.

    A named tuple rather than a frozen dataclass: an excerpt has hundreds of tokens,
    and a tuple is made more than twice as fast.
    """

    text: str
    start: int
    end: int
    number: bool
    # Starts with a capital and is more than one letter, or is an initial (`D.`) or a
    # single capital after a capitalised word (`Juno I`).
    capitalised: bool
    possessive: bool
    sentence_start: bool
    # Only whitespace (or the full stop of an initial or abbreviation) separates it from
    # the token before.
    follows_closely: bool
    gap_before: str

    @property
    def folded(self) -> str:
        return fold_word(self.text)

    def is_function_word(self) -> bool:
        if len(self.text) < 2:
            return False
        return self.text in FUNCTION_WORDS or (
            self.sentence_start and self.text in SENTENCE_OPENERS
        )

    def is_calendar_word(self) -> bool:
        return self.text in MONTHS or self.text in WEEKDAYS


@lru_cache(maxsize=1 << 16)
def fold_word(word: str) -> str:
    """Case and accents ignored, and typographic apostrophes made plain."""
    decomposed = unicodedata.normalize("NFKD", word.casefold().replace("’", "'"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))


@lru_cache(maxsize=64)
def kept_tokens(text: str) -> tuple[Token, ...]:
    """`tokens(text)`, kept: one excerpt's plain text is read by its cloze card's answer
    type and by its checks, one after the other."""
    return tuple(tokens(text))


@cache
def _words() -> re.Pattern[str]:
    """`_WORD` compiled, for the rare text that needs it alone (compiling takes ms)."""
    return re.compile(_WORD)


def tokens(text: str) -> list[Token]:
    """Every word and number of `text`, in order."""
    if _DIGIT_AFTER_APOSTROPHE.search(text):
        # A number can stand inside a word only after an apostrophe (`O'123`): the rare
        # text with one is scanned for words and numbers apart, as they may overlap.
        found = [(m.start(), m.end()) for m in _words().finditer(text)]
        found += [(m.start(), m.end()) for m in _NUMERIC.finditer(text)]
        found.sort()
        starts = [start for start, _ in found]
        raws = [text[start:end] for start, end in found]
        gaps = [text[end:start] for (_, end), start in zip([(0, 0), *found], starts, strict=False)]
    else:
        # Otherwise one scan finds both (a word starts with a letter, a number with a
        # digit), and splitting the text on them gives every gap between them too.
        pieces = _WORDS_AND_GAPS.split(text)
        gaps, raws = pieces[0::2], pieces[1::2]
        starts = list(accumulate(map(len, pieces)))[0::2]
    result: list[Token] = []
    append = result.append
    new_token = tuple.__new__
    previous: Token | None = None
    previous_initial = False
    # The gap before a token starts where the one before it ends, its possessive included.
    # `gaps` and `starts` hold one more item than `raws`: the text after the last token.
    for gap, raw, start in zip(gaps, raws, starts, strict=False):
        raw_end = start + len(raw)
        number = raw[0] in _DIGITS
        possessive = not number and len(raw) > 2 and raw.endswith(_POSSESSIVES)
        word = raw[:-2] if possessive else raw
        if previous is None:
            sentence_start, follows_closely = True, False
        elif gap == " ":
            # Most words: one space after another word, in mid-sentence.
            sentence_start, follows_closely = False, True
        else:
            dotted = _is_abbreviation(previous, gap, previous_initial)
            sentence_start = not dotted and _breaks_sentence(gap)
            follows_closely = gap.isspace() or dotted or elided_particle(previous, gap)
        initial = raw_end - start == 1 and _is_initial(text, start, raw_end, previous, gap)
        if number:
            capitalised = False
        elif initial or (raw_end - start == 1 and _is_numeral(previous, raw, gap)):
            capitalised = True
        else:
            capitalised = (
                len(word) > 1
                and (word[0].isupper() or word[0] in _FORMULA_OPENERS)
                and word not in NOT_NAMES
                # Its hyphen second is the shape's cheap sign: most words skip the regex.
                and not (word[1] == "-" and _LETTERED_SHAPE.match(word))
            )
        token: Token = new_token(
            Token,
            (
                word,
                start,
                start + len(word),
                number,
                capitalised,
                possessive,
                sentence_start,
                follows_closely,
                gap,
            ),
        )
        append(token)
        previous, previous_initial = token, initial
    return result


def elided_particle(previous: Token, gap: str) -> bool:
    """Whether `gap` is an elided particle's apostrophe: a name runs on over `de' Medici`."""
    return previous.text in PARTICLES and _ELISION.fullmatch(gap) is not None


def _capitalised(word: str) -> bool:
    """More than one letter and a capital first (or a formula's bracket: `(NH4)2SO4`); not
    a lettered shape (`X-ray`) nor a degree."""
    if word in NOT_NAMES or _LETTERED_SHAPE.match(word):
        return False
    return len(word) > 1 and (word[0].isupper() or word[0] in _FORMULA_OPENERS)


def _breaks_sentence(gap: str) -> bool:
    return bool(_SENTENCE_BREAK.search(gap))


def _is_initial(text: str, start: int, end: int, previous: Token | None, gap: str) -> bool:
    """A capital, a full stop and a capitalised word: the `D.` of `James D. Watson`.

    Not a unit's symbol after a number or a degree sign (`37 °C.`, `300 K.`) or written
    against the word before it (`mmol/L. Wavelengths …`), and not a lone letter before a
    word that is no name (`vitamin C. Sailors …`: lexicon's `could_be_name`): there the
    full stop ends a sentence, and a name running over it would join two sentences.
    After a given name or another initial, any capitalised word may follow (`George W.
    Bush`, `J. R. R.`)."""
    if end - start != 1 or not text[start].isupper():
        return False
    if "°" in gap:
        return False
    if previous is not None and previous.number and not _TWO_INITIALS.match(text, end):
        return False  # `300 K.` is a unit's symbol; `In 1922 T. S. Eliot` two initials
    if previous is not None and gap[-1:] not in _BEFORE_AN_INITIAL and not gap[-1:].isspace():
        return False  # the `L` of `mmol/L. Wavelengths …` is a unit's, written against it
    after = _INITIAL_FOLLOWER.match(text, end)
    if after is None:
        return False
    follower = after.group(1)
    if not follower[0].isupper() or follower in _NOT_AFTER_INITIAL:
        return False
    in_a_name = previous is not None and (
        (gap.isspace() and is_given_name(previous.text))
        or (
            len(previous.text) == 1
            and previous.capitalised
            and _STOP_AND_SPACE.fullmatch(gap) is not None
        )
    )
    return in_a_name or could_be_name(follower)


def _is_numeral(previous: Token | None, word: str, gap: str) -> bool:
    """A single capital right after a capitalised word: `Juno I`, `Saturn V`, `Plan B`."""
    return (
        previous is not None
        and previous.capitalised
        and not previous.possessive
        and len(word) == 1
        and word.isupper()
        and gap.isspace()
    )


def _is_abbreviation(previous: Token, gap: str, initial: bool) -> bool:
    """The gap is the full stop of an initial (`initial`: see `_is_initial`) or of a
    title such as `Dr.`. Any other letter's full stop ends a sentence (`vitamin C.`)."""
    if not _STOP_AND_SPACE.fullmatch(gap):
        return False
    return previous.text in ABBREVIATIONS or initial


def related_words(first: str, second: str) -> bool:
    """Two forms of one word, as far as a reader can tell: `Russia` and `Russians`,
    `Germany` and `German`, `China` and `Chinese`, `Sweden` and `Swedish`.

    Both are folded. They are related when equal; when the shorter, of four letters or
    more, starts the longer and the longer adds at most four letters (but a letter or
    two that are no usual ending make a common word another word: `Mars` and `marsh`),
    or any number of letters when the shorter is a rare word (a clipped name: `Moho` for
    `Mohorovičić`); or when they
    share a stem of four letters or more, missing at most two letters of the shorter,
    and each ends past the stem in a usual ending (`-a`, `-y`, `-ese`, `-ian`, `-ish` …),
    so that `MacLeod` and `Maclyn` are not related, or the shorter in a Latin or Greek
    name's ending and the longer in a suffix made from a name (`Olympus` and
    `Olympians`, `Thebes` and `Theban`: `_derived`); or when they share a long stem, of
    six letters or more, missing at most two letters of the shorter (`penicillin` and
    `Penicillium`); or when the longer is the shorter run together with another familiar
    English word, each of three letters or more, before it or after it (`cow` and
    `cowpox`, `port` and `seaport`: see `is_compound`, `is_compound_tail`);
    or when one is a place and the other a word for its people that no stem relates
    (`France` and `French`: see `place_forms`).
    """
    a, b = fold_word(first), fold_word(second)
    if a == b or b in place_forms(a):
        return True
    shorter, longer = sorted((a, b), key=len)
    if len(shorter) < _COMPOUND_PART or not shorter.isalpha() or not longer.isalpha():
        return False
    if longer.startswith(shorter) and is_compound(shorter, longer):
        return True
    if longer.endswith(shorter) and is_compound_tail(shorter, longer):
        return True
    if len(shorter) < 4:
        return False
    if longer.startswith(shorter):
        rest = longer[len(shorter) :]
        if len(rest) > 4:
            return not is_common_word(shorter, _CLIPPING_RANK)
        # A word of English of its own, a letter or two longer with no usual ending, is
        # another word: 'Mars' and 'marsh', 'Paris' and 'parish', 'Hera' and 'herald'.
        return (
            len(rest) > 2
            or rest in _WORD_ENDINGS
            or rest in _SHORT_ENDINGS
            or not is_common_word(longer, _CLIPPING_RANK)
        )
    shared = 0
    for x, y in zip(shorter, longer, strict=False):
        if x != y:
            break
        shared += 1
    if shared >= max(_LONG_STEM, len(shorter) - 2):
        return True
    if shared < max(4, len(shorter) - 2):
        return False
    endings = {shorter[shared:], longer[shared:]}
    return endings <= _WORD_ENDINGS or _derived(shorter[shared:], longer[shared:])


def _derived(name_ending: str, suffix: str) -> bool:
    """Whether a word ending in `suffix` past the stem is made from a name ending in
    `name_ending`: a Latin or Greek name's ending gives way to a suffix of its people,
    its kind or its school ('Olympus' and 'Olympians', 'Thebes' and 'Theban', 'cosmos'
    and 'cosmic'), however short the stem they share."""
    return name_ending in _NAME_ENDINGS and suffix in _DERIVED_SUFFIXES


def is_compound(head: str, word: str) -> bool:
    """`word` is `head` run together with another familiar English word, each of three
    letters or more: 'cowpox' (cow + pox). Both folded, `word` starting with `head`.

    A very common head runs into too many unrelated words to give one away ('sun' and
    'Sunday', 'car' and 'carpet'), and a rare rest makes no compound a reader sees
    ('port' and 'portmanteau')."""
    rest = word[len(head) :]
    return (
        len(head) >= _COMPOUND_PART
        and len(rest) >= _COMPOUND_PART
        and is_known_word(head)
        and not is_common_word(head)
        and is_common_word(rest, _CLIPPING_RANK)
    )


def is_compound_tail(tail: str, word: str) -> bool:
    """`word` is a familiar English word run together with `tail`, each of three letters
    or more: 'seaport' (sea + port). Both folded, `word` ending with `tail`, which, as a
    compound's head, is no very common word ('light' ends too many words to give one
    away)."""
    front = word[: len(word) - len(tail)]
    return (
        len(tail) > _COMPOUND_PART  # a word of three letters ends too many ('cot' + 'ton')
        and len(front) >= _COMPOUND_PART
        and is_known_word(tail)
        and not is_common_word(tail)
        and is_common_word(front, _CLIPPING_RANK)
    )
