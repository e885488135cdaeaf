"""German umlauts written as digraphs: "Maedchen" is "Mädchen", "Bruening" is "Brüning".

German itself writes ä, ö and ü as ae, oe and ue where they cannot be typed, and English
texts often spell German names so (Bruening, Goebbels, Duesseldorf). Accent folding alone
makes "Mädchen" "madchen", a letter away from "maedchen": a typo, or, where no typo is
allowed (a noun with its article), a wrong answer. A typed word that is an answer word
in the other spelling is read as the answer writes it; nothing else is changed, so "Mae"
never becomes "Ma" and a word the answer does not hold is left as typed.
"""

from __future__ import annotations

import re

_UMLAUTS = re.compile(r"[äöüÄÖÜ]")
_AS_DIGRAPHS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})
_WORD = re.compile(r"\w+")


def umlauts_as_written(expected: str, typed: str) -> str:
    """`typed`, each word that spells an answer word's umlauts the other way (as ae, oe
    and ue, or as ä, ö and ü) written as the answer writes it."""
    if _UMLAUTS.search(expected) is None and _UMLAUTS.search(typed) is None:
        return typed
    written: dict[str, str | None] = {}
    for word in _WORD.findall(expected):
        key = _spelled_out(word)
        # An answer that writes both spellings ("Müller and Mueller") keeps each as typed.
        written[key] = word if written.get(key, word) == word else None

    def as_written(found: re.Match[str]) -> str:
        word = found.group()
        answer_word = written.get(_spelled_out(word))
        # Only an umlaut on one side and its digraph on the other: a word that differs
        # from the answer's in case alone keeps its case ("co" is not "CO").
        if answer_word is None or _has_umlaut(word) == _has_umlaut(answer_word):
            return word
        return answer_word

    return _WORD.sub(as_written, typed)


def _has_umlaut(word: str) -> bool:
    return _UMLAUTS.search(word) is not None


def _spelled_out(word: str) -> str:
    """The word with umlauts as digraphs, in lower case: the key both spellings share."""
    return word.translate(_AS_DIGRAPHS).casefold()
