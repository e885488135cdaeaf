"""Who a sentence says did it, by its pronouns and voice: "we came" is not "I came".

Pronouns are function words to grading ("he fled to Argentina" for "fled to
Argentina"), yet where an answer speaks in the first or second person, a quotation or a
translation ("I came, I saw, I conquered"; "through my fault"), another person is
another answer: "we came", "through his fault", "you love" for "I love". Between third
persons ("they" for a company that is "it") nothing is decided here. Nor is an active
sentence the passive of itself: "I was conquered" for "I conquered" turns it round.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

# Each pronoun and possessive by the person it names.
_PERSON_OF = {
    **dict.fromkeys(("i", "me", "my", "mine", "myself"), "i"),
    **dict.fromkeys(("we", "us", "our", "ours", "ourselves"), "we"),
    **dict.fromkeys(("you", "your", "yours", "yourself", "yourselves", "thou", "thee"), "you"),
    **dict.fromkeys(("he", "him", "his", "himself"), "he"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "she"),
    **dict.fromkeys(("it", "its", "itself"), "it"),
    **dict.fromkeys(("they", "them", "their", "theirs", "themselves"), "they"),
}
# The persons of someone speaking or spoken to.
_SPEAKING = frozenset({"i", "we", "you"})
_SUBJECTS = frozenset({"i", "we", "you", "he", "she", "it", "they"})
_BE = frozenset({"am", "is", "are", "was", "were", "be", "been", "being"})


def other_person(want: Sequence[str], got: Sequence[str], translation: bool = False) -> str | None:
    """Why `got` names another person than `want` does, where one of the two is
    someone speaking or spoken to; None when it names the same, or only third persons
    differ. Both are folded words. In a `translation` every person is the sentence's
    own ("he is tired" is not "elle est fatiguée"), and so is who does what to whom:
    "you love me" turns "I love you" round."""
    wanted = {_PERSON_OF[word]: word for word in reversed(want) if word in _PERSON_OF}
    typed = {_PERSON_OF[word]: word for word in reversed(got) if word in _PERSON_OF}
    lost = [person for person in wanted if person not in typed]
    added = [person for person in typed if person not in wanted]
    # "il est grand" is "he is tall" or "it is big": another language's he or she may
    # be a thing's, so "it" for either is left to the words.
    thing = {*lost, *added} <= {"he", "she", "it"} and "it" in {*lost, *added}
    if lost and added and ((translation and not thing) or _SPEAKING & {*lost, *added}):
        return f"'{_shown(typed[added[0]])}' for '{_shown(wanted[lost[0]])}': another person"
    if translation and not lost and not added and len(wanted) > 1:
        order_wanted = list(dict.fromkeys(_PERSON_OF[w] for w in want if w in _PERSON_OF))
        order_typed = list(dict.fromkeys(_PERSON_OF[w] for w in got if w in _PERSON_OF))
        if order_wanted != order_typed:
            return f"'{_shown(' '.join(got))}' turns '{_shown(' '.join(want))}' round"
    return None


def voice_turned(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why `got` is the passive of an active `want` with its subject, or the active of
    a passive one: "I was conquered" for "I conquered", "it destroyed" for "it was
    destroyed"; None otherwise."""
    return _passive_of(got, want) or _passive_of(want, got, typed_active=True)


def _passive_of(
    passive: Sequence[str], active: Sequence[str], typed_active: bool = False
) -> str | None:
    pairs = set(pairwise(active))
    for at in range(1, len(passive) - 1):
        subject, be, verb = passive[at - 1], passive[at], passive[at + 1]
        if subject in _SUBJECTS and be in _BE and (subject, verb) in pairs:
            if (subject, be) in pairs:
                continue
            said, meant = f"{subject} {verb}", f"{subject} {be} {verb}"
            if typed_active:
                said, meant = meant, said
            return f"'{_shown(meant)}' turns '{_shown(said)}' round"
    return None


def _shown(words: str) -> str:
    return " ".join("I" if word == "i" else word for word in words.split())
