"""A verb's tense in a translation: "it was raining" is not "it is raining".

Auxiliaries are function words, which grading leaves out of the comparison ("the treaty
was signed" answers "the treaty is signed" as well as a history teacher cares). Asked
what a phrase means, or for a form of a word, the tense is the answer: another
auxiliary of another tense or mood ("was" for "is", "would" for "will", "had" for
"has") is another answer. The past and the perfect translate one tense of French,
German or Spanish ("il a mangé": he ate, he has eaten), and "is going to" is a future.
"""

from __future__ import annotations

from collections.abc import Sequence

_TENSE_OF = {
    **dict.fromkeys(("am", "is", "are", "do", "does"), "present"),
    **dict.fromkeys(("was", "were", "did", "has", "have"), "past"),
    "had": "pluperfect",
    **dict.fromkeys(("will", "shall"), "future"),
    "would": "conditional",
    **{modal: modal for modal in ("could", "should", "might", "must", "can", "may")},
}


def other_tense(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why `got` says another tense than `want`: an auxiliary of a tense or mood `want`
    has none of, in place of one `got` has none of; None otherwise. Folded words."""
    wanted, typed = _tenses(want), _tenses(got)
    lost = [tense for tense in wanted if tense not in typed]
    added = [tense for tense in typed if tense not in wanted]
    if not lost or not added:
        return None
    return f"'{typed[added[0]]}' is another tense than '{wanted[lost[0]]}'"


def _tenses(words: Sequence[str]) -> dict[str, str]:
    """Each tense the words' auxiliaries say, with the first word saying it."""
    found: dict[str, str] = {}
    for at, word in enumerate(words):
        tense = _TENSE_OF.get(word)
        if tense is None:
            continue
        if tense == "present" and tuple(words[at + 1 : at + 3]) == ("going", "to"):
            tense = "future"  # "it is going to rain": it will rain
        found.setdefault(tense, word)
    return found
