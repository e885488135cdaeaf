"""What a typed number answer claims besides its number: "not 4", "more than 4", "206 teeth".

A `number` answer is graded by its number, and words around it are mostly how a learner
writes one ("about 50,000 hectares", "300,000 men killed"). Some words change the claim,
whatever the number: a qualifier that denies, bounds or hedges it ("not 4", "more than
4", "fewer than 17,000", "maybe 4"), which makes the answer wrong; a unit the question
does not measure in ("27 months" asked "How old…?", "3 kg" asked "How many ions…?"),
wrong too, as is a word whose opposite the answer or the question says ("6 men" for "How
many women…?"); and a word naming something else counted, which makes it close: the number is
right, the thing is not. Where the answer names what it counts ("206 bones"), a word it
and the question lack is another thing ("206 teeth"). Where the answer is a bare number
the question names the thing, and a typed word is another thing when it stands in place
of the word the question or the excerpt qualifies it by ("3 potassium ions" for "How
many sodium ions…?", "4 diploid cells" where the excerpt says "four haploid cells"), or
names a thing of its own ("2 NADH", "300,000 ships"); a common word that only describes
("300,000 dead men") is nothing. Words the answer or the question has, function words and
units count for nothing (`units.unit_problem` judges units of another kind).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from fractions import Fraction
from itertools import pairwise

from trainer.core.answering.approximate import APPROXIMATORS
from trainer.core.answering.bounds import same_way
from trainer.core.answering.fraction_words import is_fraction_word
from trainer.core.answering.group_counts import MULTIPLIERS
from trainer.core.answering.number_scales import SCALES
from trainer.core.answering.units import is_unit_word
from trainer.core.answering.verdict import opposite_rule
from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS, NEGATORS, OPPOSITES
from trainer.core.answering.word_match import is_other_form
from trainer.core.lexicon import is_common_word, is_known_word

# Words that bound or compare a number: "more than 4" is no claim that it is 4.
NUMBER_BOUNDS = frozenset(
    {
        *("more", "less", "fewer", "over", "under", "above", "below", "least", "most"),
        *("than", "exceeding", "beyond", "nearly", "almost", "upto", "max", "min"),
    }
)
_QUALIFIERS = NEGATORS | (HEDGE_WORDS - {"and"}) | NUMBER_BOUNDS
# The words a question asks by, after a bound it asks for: "Over what age …?".
_WH_WORDS = frozenset({"what", "which", "how"})
# Words after a percentage that say which way a thing changed by it: "15% fewer".
_CHANGES = frozenset(
    {"more", "less", "fewer", "higher", "lower", "above", "below", "over", "under"}
)
# Words that make a number a percentage ("15 percent", "15 per cent", "15 percentage
# points"; "%" is read as "percent").
PERCENT_WORDS = frozenset({"percent", "cent", "percentage", "pc", "pct", "percentages"})
# Words that give a number's sign: "minus 1.5", "negative 1.5" (its value says which).
_SIGNS = frozenset({"minus", "negative"})
# Words that lead up to a number without qualifying it: "up to 100,000 men", "aged 35".
_LEADING = frozenset({"up", "some", "exactly", "precisely", "total", "totalling", "aged", "age"})


def qualifier_problem(
    accepted: Sequence[str], typed: Sequence[str], question: Sequence[str] = ()
) -> str | None:
    """The first word of `typed` that denies, bounds or hedges its number, which the
    `accepted` answer does not say itself; None if there is none. A word of comparison
    the question asks by is the question's after the number ("300 more" for "How many
    more men than women…?"), not before it ("more than 300"); and anywhere where it asks
    what the bound is ("over 30" for "Over what age could women vote?")."""
    own = set(accepted) | {
        word for word, after in pairwise(question) if word in NUMBER_BOUNDS and after in _WH_WORDS
    }
    asked = NUMBER_BOUNDS & set(question)
    # "404 Not Found" for "Which status code means 'Not Found'?": the question's words.
    quoted = set(pairwise(question))
    first_number = next((i for i, word in enumerate(typed) if word[:1].isdecimal()), len(typed))
    found = next(
        (
            word
            for index, word in enumerate(typed)
            # "up to nine" bounds it, where "went up 5%" says which way it went.
            if (word in _QUALIFIERS or (word == "up" and "to" in typed[index + 1 : index + 2]))
            and word not in own
            and not (word in asked and index > first_number)
            and tuple(typed[index : index + 2]) not in quoted
            and not (word in NUMBER_BOUNDS and same_way(accepted, word))
            # "15% fewer", "10 per cent more": a change by the percentage, not a bound.
            and not _percentage_phrase(typed, index)
        ),
        None,
    )
    shown = "up to" if found == "up" else found
    return None if found is None else f"'{shown}' makes it another claim than the number"


def opposite_claim(
    accepted: Sequence[str], typed: Sequence[str], question: Sequence[str]
) -> str | None:
    """A typed word whose opposite the answer or the question says, and which neither says
    itself: "6 men" for "How many women were ENIAC's first programmers?", "300 in the
    south" for "How many … in the north?". The number may be right; the claim is the
    reverse. Words of comparison are left to `qualifier_problem` and `same_way`."""
    said = {*accepted, *question}
    for word in typed:
        if word in said or word in NUMBER_BOUNDS or word in _CHANGES:
            continue
        opposite = next((other for other in OPPOSITES.get(word, ()) if other in said), None)
        if opposite is not None:
            return opposite_rule(word, opposite)
    return None


def counted_problem(
    accepted: Sequence[str], typed: Sequence[str], asked: Callable[[str], bool]
) -> str | None:
    """The first word of `typed` naming something the `accepted` answer does not count,
    and the question (`asked`) does not name; None if there is none."""
    own = [word for word in accepted if word.isalpha()]
    bare = not any(
        word not in FUNCTION_WORDS and word not in APPROXIMATORS and word not in _SIGNS
        for word in own
    )
    for index, word in enumerate(typed):
        if _says_nothing(word, own) or asked(word) or _percentage_phrase(typed, index):
            continue
        if is_fraction_word(word) and index and typed[index - 1][:1].isdecimal():
            continue  # "3 quarters": a fraction, read as one (`parsing`), not a thing
        if word in NUMBER_BOUNDS and same_way(accepted, word):
            continue  # "over 1.4 billion" for "more than 1.4 billion"
        if word in _DEGREE_WORDS and (
            is_unit_word(typed[index + 1] if index + 1 < len(typed) else "")
            or any(map(asked, _DEGREE_SIGNS))
        ):
            continue  # "430 degrees Celsius", "430 degrees" where the question says "°C"
        if not bare:
            return f"'{word}' is not what the answer counts"
        # A bare number: the question names what it counts. A common word that only
        # describes it ("100,000 dead men") is no other thing; one in place of the word
        # the question or the excerpt qualifies it by is (`swapped_qualifier`).
        if _names_a_thing(word):
            return f"'{word}' is not what the question counts"
    return None


def _percentage_phrase(words: Sequence[str], index: int) -> bool:
    """Whether the word at `index` only goes with the percentage before it: the "points"
    of "3 percentage points", the "fewer" of "15% fewer" (a change by it, not a bound)."""
    before = words[index - 1] if index > 0 else ""
    if words[index] in ("point", "points"):
        return before == "percentage"
    return words[index] in _CHANGES and before in PERCENT_WORDS


def swapped_qualifier(
    question: Sequence[str], typed: Sequence[str], stated: frozenset[str] = frozenset()
) -> str | None:
    """A word typed in place of the one a "How many …?" question qualifies what it counts
    by: "3 potassium ions" for "How many sodium ions does the sodium-potassium pump move
    out?". The question may name the word elsewhere, so finding it there says nothing:
    what counts is which word stands before the thing counted. A word added where the
    question has none ("100,000 German men" for "How many men …?") is no swap. None when
    there is none. The words the excerpt says of the same number (`stated`: "four haploid
    cells") qualify it too, and typed, are no swap."""
    counted = _counted_phrase(question)
    if not counted:
        return None
    head = counted[-1]
    own = set(counted[:-1])
    if any(word == head or is_other_form(word, head) for word in stated):
        own.update(word for word in stated if word != head and not is_other_form(word, head))
    if not own:
        return None
    for index, word in enumerate(typed):
        if word != head and not is_other_form(word, head):
            continue
        before: list[str] = []
        for earlier in reversed(typed[:index]):
            if not earlier.isalpha() or earlier in FUNCTION_WORDS or earlier in SCALES:
                break
            before.append(earlier)
        if before and own.isdisjoint(before) and not stated.issuperset(before):
            return f"'{before[-1]}' is not the {' '.join(counted)} the question counts"
    return None


def _counted_phrase(question: Sequence[str]) -> list[str]:
    """The words after "how many" up to the first function word: "sodium ions" of "how
    many sodium ions does …"; empty when the question asks no "how many"."""
    for index, (first, second) in enumerate(pairwise(question)):
        if (first, second) == ("how", "many"):
            phrase: list[str] = []
            for word in question[index + 2 :]:
                if word in FUNCTION_WORDS or not word.isalpha():
                    break
                phrase.append(word)
            return phrase
    return []


def _says_nothing(word: str, own: Sequence[str]) -> bool:
    """Whether a typed word only writes the number, its unit or the answer's own words."""
    return (
        not word.isalpha()
        or word in FUNCTION_WORDS
        or word in SCALES
        or word in MULTIPLIERS
        or word in APPROXIMATORS
        or word in _LEADING
        or word in _SIGNS
        or word in _COUNTING_WORDS
        or is_unit_word(word)
        or word in own
        or any(is_other_form(word, other) for other in own)
    )


def _names_a_thing(word: str) -> bool:
    """Whether a word typed alone beside a bare number names a thing counted: a plural
    ("ships") or a word no common English has ("NADH"); not a word that only describes
    ("dead", "killed")."""
    if not is_common_word(word):
        return True
    return len(word) > _SHORTEST_PLURAL and any(
        word.endswith(ending) and is_known_word(word[: -len(ending)]) for ending in ("s", "es")
    )


_SHORTEST_PLURAL = 3
# "degrees" is the word of a unit's sign, before its scale or where the question writes
# the sign (`unit_notation.SIGN_WORDS`).
_DEGREE_WORDS = frozenset({"degree", "degrees"})
_DEGREE_SIGNS = ("degc", "degfahr", "arcdeg", "celsius", "fahrenheit", "kelvin")
# Words a count is told in, whatever is counted ("2 ATP molecules", "3 in total").
_COUNTING_WORDS = frozenset(
    {
        *("molecule", "molecules", "unit", "units", "item", "items", "piece", "pieces"),
        *("thing", "things", "ones", "copies", "total", "altogether", "overall", "only"),
        *("net", "all", "each", "times", "around"),
    }
)


def stated_with(value: Fraction, context: Sequence[str]) -> frozenset[str]:
    """The words a text puts after the number `value`, up to a function word: what it
    says that many of ("four haploid cells" → haploid, cells; not "two potassium ions"
    for 3)."""
    said: set[str] = set()
    for index, word in enumerate(context):
        if not word[:1].isdecimal() or _value(word) != value:
            continue
        for after in context[index + 1 : index + 1 + _WORDS_AFTER]:
            if after in FUNCTION_WORDS or after[:1].isdecimal():
                break
            said.add(after)
    return frozenset(said)


_WORDS_AFTER = 3


def _value(word: str) -> Fraction | None:
    try:
        return Fraction(word)
    except (ValueError, ZeroDivisionError):
        return None


def percent_problem(
    accepted: Sequence[str], typed: Sequence[str], question: Sequence[str]
) -> str | None:
    """Why a typed amount is of another kind than a percentage: a count of a thing typed
    for one ("15 tickets" for 15%), or one typed for a count ("120%" asked "How many
    tickets…?"); None when it is none."""
    wants_percent = any(word in PERCENT_WORDS for word in accepted)
    typed_percent = any(word in PERCENT_WORDS for word in typed)
    if wants_percent and not typed_percent:
        counted = next(
            (
                word
                for word in _after_numbers(typed)
                if _names_a_thing(word) and not is_fraction_word(word)  # "3 quarters"
            ),
            None,
        )
        return None if counted is None else f"a percentage is no count of '{counted}'"
    asks_percent = any(word in PERCENT_WORDS for word in question)
    counting = ("how", "many") in set(pairwise(question))
    if typed_percent and not wants_percent and not asks_percent and counting:
        return "a percentage is no count of what the question counts"
    return None


def _after_numbers(words: Sequence[str]) -> list[str]:
    """The words right after each number, up to a function word: "concert tickets" of
    "15 concert tickets fewer"."""
    after: list[str] = []
    for index, word in enumerate(words):
        if not word[:1].isdecimal():
            continue
        for following in words[index + 1 :]:
            if following in FUNCTION_WORDS or not following.isalpha():
                break
            after.append(following)
    return after
