"""Designations, a name of letters and a number ("F-16", "T-34", "C-130"): one however joined.

A model, a vehicle or a vitamin is named by a few letters and a number, and learners join
them every way: "F-16", "F 16" and "F16" are one fighter. Word by word, "F16" is one word
and "F-16" two, and the two ways met only where nothing else read either side: "C-130"
lost its "C" as a "circa" before a number, and "F16" was read as the farad to the 16th
power, "F-16" to the −16th. Here the split writing is joined where the other side runs it
on, and a symbol run on into a number is a designation, not a unit's power, where its
capital and hyphen say so or the power is one no unit is raised to.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from trainer.core.answering.word_lists import FUNCTION_WORDS
from trainer.core.answering.words import joined_pairs

# A few letters run on into a whole number, with a hyphen or not: "f16", "mig15", "s-1";
# a designation's plural too ("F-16s").
_RUN_ON = re.compile(r"([^\W\d_]{1,3})(-?)(\d+)(s?)")
# Units are raised to small powers: the Stefan–Boltzmann constant's "K^-4" is as high as
# they go, so "T34" is no tesla to the 34th.
_HIGHEST_POWER = 4


def both_designations(expected: str, typed: str) -> bool:
    """Whether both sides are a symbol run on into a number and one of them is a name, not
    a unit to a power: a capital and a hyphen, as "F-16", "T-34" and "V-2" are written (a
    charge is told so too, `answering.charges`), or a power no unit is raised to."""
    found = [_RUN_ON.fullmatch(side.strip()) for side in (expected, typed)]
    return all(found) and any(
        run_on is not None
        and ((run_on[1][0].isupper() and bool(run_on[2])) or int(run_on[3]) > _HIGHEST_POWER)
        for run_on in found
    )


def designations_lined_up(want: Sequence[str], got: Sequence[str]) -> tuple[list[str], list[str]]:
    """Both sides' words with letters and the number after them joined ("c", "130" →
    "c130") where the other side writes them run on as one word, and a plural ("F-16s")
    as the other side's singular."""
    want, got = _singular(want, got), _singular(got, want)
    return joined_pairs(want, _designations(got)), joined_pairs(got, _designations(want))


def _singular(words: Sequence[str], other: Sequence[str]) -> list[str]:
    """`words` with a designation's plural ("f", "16s" of "F-16s", or "f16s") as the
    singular the other side writes, run on or apart; a decade ("the 1920s") is none."""
    out = list(words)
    written = {*other, *(first + second for first, second in pairwise(other))}
    for at, word in enumerate(words):
        if not (word.endswith("s") and word[-2:-1].isdigit()):
            continue
        stem, before = word[:-1], words[at - 1] if at else ""
        code = (
            _RUN_ON.fullmatch(stem) is not None
            if not stem.isdigit()
            else before.isalpha() and len(before) <= 3 and before not in FUNCTION_WORDS
        )
        if code and (stem in written or before + stem in written):
            out[at] = stem
    return out


def _designations(words: Sequence[str]) -> frozenset[str]:
    return frozenset(
        word for word in words if (run_on := _RUN_ON.fullmatch(word)) and not run_on[2]
    )


# A designation with the kind of thing it is after it, in small letters: "U-2 spy
# planes", "the V-2 rocket", "F-16 fighter jets".
_BEFORE_ITS_KIND = re.compile(
    r"\s*(?:[Tt]he\s+)?([A-Z]{1,3}-?\d+[A-Za-z]?s?)\s+([a-z][a-z -]*[a-z])\s*"
)


def designation_before_its_kind(accepted: str) -> str | None:
    """The designation alone of an answer that is one and the kind of thing it names,
    written in small letters after it ("U-2" of "U-2 spy planes"): the name says which
    machine; None for any other answer."""
    found = _BEFORE_ITS_KIND.fullmatch(accepted)
    if found is None or any(word in FUNCTION_WORDS for word in found[2].split()):
        return None  # "F-16 of the air force": more than its kind
    return found[1]
