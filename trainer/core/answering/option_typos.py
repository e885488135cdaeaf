"""A slip that makes a dictionary word, read as the option it misspells among a card's options.

Against a text answer a real word is no typo of another ("Marshal" for "Marshall",
"Lock" for "Locke"): the learner may mean that word. Among a closed set of options it
can only mean the one option it is a slip away from: typed within the typo allowance of
exactly one option (word for word, as written or as its shorter form), and clearly far
from every other (not within one edit more than the allowance of any), it chooses that
option, with a slip. Never when the typed word is a word of another option, another term
of the same root as a word of any option ("hydrophilic" among "hydrophobic",
"lipophobic"), the negation of the option's word ("unnatural"), or a proper noun, the
name of another place or person ("Prussia" among "Russia", "Austria"; "Paul" for
"Gaul"): the learner names it.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import chain

from rapidfuzz.distance import OSA

from trainer.core.answering.morphemes import another_term
from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.transliteration import name_key
from trainer.core.answering.word_match import (
    Refusal,
    WordMatch,
    WordRefusal,
    match_word,
    word_allowance,
)
from trainer.core.answering.words import answer_words
from trainer.core.name_sexes import is_known_given_name

# How many edits past its allowance a word of another option must be from the typed one
# for the typed text to be clearly not that option.
_MARGIN = 1


def option_misspelt(
    typed: str,
    choices: Sequence[str],
    other_forms: Mapping[int, Sequence[str]],
    typo_tolerance: float,
) -> tuple[int, str] | None:
    """The one option the typed text misspells into real words, and the rule that says
    so ("'marshal' is a slip for 'marshall' among these options"); None when no option,
    or more than one, is near it."""
    got = answer_words(typed)
    if not got:
        return None
    words_of = [
        [answer_words(form) for form in (choice, *other_forms.get(index, ()))]
        for index, choice in enumerate(choices)
    ]
    near = [
        index
        for index, forms in enumerate(words_of)
        if any(_within(want, got, typo_tolerance, 0) is not None for want in forms)
    ]
    if len(near) != 1:
        return None
    index = near[0]
    others = [forms for k, forms in enumerate(words_of) if k != index]
    other_words = {word for forms in others for want in forms for word in want}
    if any(_within(want, got, typo_tolerance, _MARGIN) is not None for want in chain(*others)):
        return None  # near another option too
    if any(word in other_words or any(another_term(word, o) for o in other_words) for word in got):
        return None
    slips = next(
        found
        for want in words_of[index]
        if (found := _within(want, got, typo_tolerance, 0)) is not None
    )
    shown = "; ".join(f"'{typed_word}' is a slip for '{wanted}'" for typed_word, wanted in slips)
    return index, f"{shown} among these options"


def _within(
    want: Sequence[str], got: Sequence[str], typo_tolerance: float, margin: int
) -> list[tuple[str, str]] | None:
    """The typed words that differ from the option's, each within its typo allowance (and
    `margin` edits more), a real word or not; None when one is further, or (with no
    margin) is refused as a negation or another term, or the words are not as many."""
    if len(want) != len(got):
        return None
    slips: list[tuple[str, str]] = []
    for wanted, typed in zip(want, got, strict=True):
        if wanted == typed:
            continue
        if not (wanted.isalpha() and typed.isalpha()):
            return None  # numbers are facts
        found = match_word(wanted, typed, typo_tolerance)
        if isinstance(found, WordRefusal) and (
            found.reason is not Refusal.OTHER_WORD or _names_another(typed, wanted)
        ):
            if not margin:
                return None
        elif not isinstance(found, WordMatch) and name_key(wanted) != name_key(typed):
            # A word that sounds as the option's ("Marks" for "Marx") is within reach.
            allowance = word_allowance(len(wanted), typo_tolerance)
            if not (allowance or margin) or OSA.distance(wanted, typed) > allowance + margin:
                return None
        slips.append((typed, wanted))
    return slips


def _names_another(word: str, wanted: str) -> bool:
    """Whether a folded word is the name of a place or a person: a country or state, a
    place whose people have a word of their own, or a given name where the option's
    word is none ("Paul" for "Gaul"; "Alex" for "Alec" is a slip in a given name)."""
    if word in REGIONS or place_forms(word):
        return True
    return is_known_given_name(word) and not is_known_given_name(wanted)
