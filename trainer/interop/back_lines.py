"""A card's back over several lines: the first line answers, the lines after it explain.

Anki's users write the answer first and what goes with it below ("Vitamin K", then
"also: prothrombin complex concentrate"). Typed as a whole, such a back asks for every
line. So where the second line says more (a label, a bracket, "e.g.", or a sentence),
the first line is the answer and the rest is what the learner reads after answering.
Other lines are one answer: a list ("Symptoms:", "- fever", "- rash"), its parts
("Legislative", "Executive", "Judicial"), or a line broken mid-phrase ("and COX-2").
"""

from __future__ import annotations

import re

__all__ = ["answer_and_explanation"]

# A list item: a bullet, or a number or letter with "." or ")".
_LIST_ITEM = re.compile(r"^\s*(?:[-–—•*·▪◦]\s|\(?(?:\d{1,2}|[a-zA-Z])[.)]\s)")
# A line that says more, marked so: a label of a word or three ("also:", "Note:",
# "Mnemonic:"), a bracket, or an abbreviation that gives an example or a reason.
_MARKED = re.compile(
    r"^\s*(?:[(\[]|(?:[^\W\d_]+\s+){0,2}[^\W\d_]+\s*:|(?i:e\.g\.|i\.e\.|cf\.|nb\b|see\b))"
)
# Or a sentence: a line of this many words, or of a few ending with a full stop. Short
# lines are more often the parts of one answer ("Legislative", "Executive", "Judicial").
_SENTENCE_WORDS = 5
_STATEMENT_WORDS = 3
# A first line that stops mid-phrase: the next one goes on with it.
_GOES_ON = (":", ",", ";", "-", "–", "—", "/", "&")


def answer_and_explanation(back: str) -> tuple[str, str]:
    """`back` as its answer and what explains it: its first line and the rest, or all of
    it and nothing where its lines are one answer (a list, a line broken mid-phrase)."""
    lines = [line.strip() for line in back.splitlines() if line.strip()]
    if len(lines) < 2 or lines[0].endswith(_GOES_ON) or _MARKED.match(lines[0]):
        return back, ""  # "Legislative: Congress", "Executive: …": labelled parts
    if any(_LIST_ITEM.match(line) for line in lines) or not _says_more(lines[1]):
        return back, ""  # a list, its parts, or "and COX-2": the first line goes on
    return lines[0], "\n".join(lines[1:])


def _says_more(line: str) -> bool:
    words = len(line.split())
    return bool(
        _MARKED.match(line)
        or (line[0].isupper() and words >= _SENTENCE_WORDS)
        or (line[0].isupper() and words >= _STATEMENT_WORDS and line.endswith("."))
    )
