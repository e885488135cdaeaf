"""Titles and emphasis in an excerpt: text that automatic cloze never blanks any part of."""

from __future__ import annotations

import re
from collections.abc import Sequence

from trainer.core.answering.word_lists import ARTICLES
from trainer.core.generate.cloze_words import Token, tokens
from trainer.core.lexicon import frequency, is_common_word

# Short words a title leaves in lower case (`On the Origin of Species`).
TITLE_MINOR_WORDS = frozenset(
    """a an the and or nor but of in on at to for by with from as into upon via vs de
    la le du von van""".split()  # noqa: SIM905
)
# Lower-case words a title run may cross to reach its next capitalised word: not `and`,
# which joins two titles or names as often as it sits inside one.
_BRIDGING_WORDS = TITLE_MINOR_WORDS - {"and", "or", "nor", "but"}
# Capitalised in the middle of a sentence, these words mark a title (`What Is Life?`):
# a name would leave them in lower case.
TITLE_MARKERS = frozenset(
    """The An And Or Nor But Of In On At To For By With From As Into Upon Is Are Was Were
    Be Been Do Does Did Has Have Had Could Would Shall Should Must Might What Which Who
    Whom Whose Why How Where When It Its This That These Those He She They We You His
    Her Their Our My Your Him Them Not If""".split()  # noqa: SIM905
)
_QUOTED = re.compile(r"“([^“”\n]{1,150})”|\"([^\"\n]{1,150})\"|‘([^‘’\n]{1,150})’(?!\w)")
_EMPHASIS = re.compile(r"(?<![\w*])(\*{1,2}|_{1,2})(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![\w*])")
_MAX_TITLE_WORDS = 12
# A capitalised word of a name, possessive or hyphened ("Women's", "Brandenburg-Schwedt"),
# and a run of them, across "of", "the", "for" ("Board of Education of Topeka").
_NAME_WORD = r"[A-Z][\w'’-]*"
_NAME_RUN = rf"{_NAME_WORD}(?:\s+(?:of\s+|the\s+|for\s+)*{_NAME_WORD})*"
_RUN_AFTER = re.compile(rf"(?:the\s+)?{_NAME_RUN}")
_RUN_BEFORE = re.compile(rf"{_NAME_RUN}\s+$")
# How far back a name before a case's "v." or a work's number may start.
_RUN_REACH = 120
# A court case, "Roe v. Wade", "Brown v. Board of Education": one name, never a part
# blanked. Found by its "v." first, the names on each side read from there.
_VERSUS = re.compile(r"\svs?\.?\s+(?=(?:the\s+)?[A-Z])")
# A work's number in a catalogue or a series: "Op. 64 No. 1", "BWV 1046 to 1051", "K.
# 551" (never written against its number: "K2Cr2O7" is a formula); with the name before
# it ("Symphony No. 5", "Federalist No. 47"), its numbers are no years nor counts, and
# its parts no answers. "D" and "S" (Schubert's, Liszt's catalogues) only with their
# full stop: a lone capital before a number is as often an initial or a grid's letter;
# and never after another one's ("A.D. 79" is a year).
_DESIGNATION = re.compile(
    r"\b(?:(?:Op|Opp|No|Nos|BWV|KV|K|Hob|HWV|RV|WoO)(?:\.\s*|\s+)|(?<!\.)[DS]\.\s*)"
    r"(?:[IVXL]+[:.]\s*)?\d+[a-z]?"
    r"(?:(?:\s*,\s*|\s+)(?:No|Nos)(?:\.\s*|\s+)\d+[a-z]?)*(?:\s*(?:to|-|–)\s*\d+)?"
)


def off_limits(text: str, words: Sequence[Token]) -> list[tuple[int, int]]:
    """The [start, end) spans of `text` that are titles or emphasis.

    A title is a quoted phrase in title case (“The Double Helix”), or a run of
    capitalised words that holds a capitalised function word not at the start of a
    sentence (`What Is Life?`, `On the Origin of Species`, `The Times` mid-sentence):
    such capitals mark a title, not a name. So is a court case (`Roe v. Wade`), and a
    work's number in a catalogue or a series with the name before it (`Op. 64 No. 1`,
    `BWV 1046 to 1051`, `Federalist No. 47`). Emphasis is `*text*` or `_text_`.
    """
    spans = [match.span() for match in _EMPHASIS.finditer(text)]
    for match in _QUOTED.finditer(text):
        inner = next(group for group in match.groups() if group is not None)
        if _title_case(inner):
            spans.append(match.span())
    quoted = list(spans)
    spans += [
        run
        for run in (*_title_runs(text, words), *_common_word_titles(words))
        if not any(a <= run[0] and run[1] <= b for a, b in quoted)
    ]
    if " v. " in text or " v " in text or " vs" in text:
        for versus in _VERSUS.finditer(text):
            after = _RUN_AFTER.match(text, versus.end())
            if after is not None:
                spans.append((_run_start(text, versus.start()), after.end()))
    if _DESIGNATION_START.search(text):
        spans += [(_run_start(text, m.start()), m.end()) for m in _DESIGNATION.finditer(text)]
    return sorted(spans)


# What a designation must hold, found faster than a designation (a look-up of each
# marker costs more still): most excerpts hold none, and are searched no further.
_DESIGNATION_START = re.compile(
    r"(?:Op|No|BWV|KV|K|Hob|HWV|RV|WoO|D|S)[.\s]\s*(?:[IVXL]+[:.]\s*)?\d"
)


def _run_start(text: str, end: int) -> int:
    """Where the run of capitalised words that ends just before `end` starts (`end`
    itself when there is none)."""
    window = max(0, end - _RUN_REACH)
    found = _RUN_BEFORE.search(text[window:end] + " ")
    return window + found.start() if found is not None else end


def _title_case(phrase: str) -> bool:
    words = tokens(phrase)
    if not words or len(words) > _MAX_TITLE_WORDS or not words[0].capitalised:
        return False
    return all(w.number or w.text[0].isupper() or w.text in TITLE_MINOR_WORDS for w in words)


def _title_runs(text: str, words: Sequence[Token]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(words):
        word = words[index]
        if not _opens_title(word):
            index += 1
            continue
        first = index
        while first > 0 and _joined(words[first - 1], words[first]):
            first -= 1
        last = index
        probe = index + 1
        while probe < len(words) and words[probe].follows_closely:
            current = words[probe]
            if current.capitalised or (current.number and last == probe - 1):
                last = probe
            elif current.number or current.text not in _BRIDGING_WORDS:
                break
            probe += 1
        end = words[last].end
        if words[last].possessive:
            end += 2
        elif end < len(text) and text[end] in "?!":
            end += 1
        spans.append((words[first].start, end))
        index = last + 1
    return spans


# Words that join a common word to what follows in a title ("Pride and Prejudice",
# "Girl with a Pearl Earring"), the articles after them aside; not "of", which a name
# of common words holds as often ("the Battle of the Somme", "Bank of England").
_TITLE_JOINERS = frozenset({"and", "with", "to"})
# Joiners that make a title only after whose work it is ("Schiller's Ode to Joy", "his
# Letter to the Romans"): elsewhere a common word capitalised before "to" is a name's
# ("sent the Army to Berlin").
_JOINERS_AFTER_WHOSE = frozenset({"to"})
# Verbs of making a work: after one, two names joined by "and" are its title ("wrote
# Romeo and Juliet", "painted Venus and Mars"), where two people or lands would stand
# before a verb of their own ("Britain and France declared war").
_MAKING_VERBS = frozenset(
    """wrote write writes written published publishes painted paints composed composes
    staged stages premiered sculpted directed filmed""".split()  # noqa: SIM905
)
# Words saying whose a work is, capitalised only where they open a sentence.
_WHOSE = frozenset({"his", "her", "their", "its", "our", "my", "your"})


def _common_word_titles(words: Sequence[Token]) -> list[tuple[int, int]]:
    """Titles written in ordinary title case: a common word capitalised on its own in
    mid-sentence, joined by "and" or "with" to capitalised words after it ("Pride and
    Prejudice", "War and Peace", "Girl with a Pearl Earring"), or by "to" after whose
    work it is ("Schiller's Ode to Joy"). Prose would not
    capitalise the common word ("the pride and prejudice of …"); two names joined
    ("Britain and France", "the Red Army and the Navy") have no common word standing
    alone."""
    spans: list[tuple[int, int]] = []
    reached = 0
    # Only the words before a joiner are looked at: most texts have few.
    for joiner in range(1, len(words) - 1):
        if joiner < reached or words[joiner].text not in _TITLE_JOINERS:
            continue
        word, before = words[joiner - 1], words[joiner - 2] if joiner > 1 else None
        # Alone: no capitalised word runs into it, but for a possessive ("Jane Austen's
        # Pride and Prejudice": whose it is).
        alone = (
            before is None
            or not (word.follows_closely and before.capitalised)
            or before.text.casefold() in _WHOSE  # "His Being and Nothingness" opening a sentence
        )
        whose = before is not None and (before.possessive or before.text.casefold() in _WHOSE)
        after_whose = words[joiner].text in _JOINERS_AFTER_WHOSE
        if after_whose and not whose:
            continue
        if not (
            words[joiner].follows_closely
            and word.capitalised
            and not word.sentence_start
            and (alone or (before is not None and before.possessive))
            and not word.possessive
            and (
                is_common_word(word.text.casefold())
                or (
                    words[joiner].text == "and"
                    and before is not None
                    and before.text in _MAKING_VERBS
                )
                # After whose it is, any word of the language: "Keats's Ode to a …".
                or (after_whose and frequency(word.text.casefold()) > 0 and not word.text.isupper())
            )
        ):
            continue
        probe = joiner + 1
        while probe < len(words) and words[probe].text in ARTICLES:
            probe += 1
        if probe >= len(words) or not (words[probe].capitalised and words[probe].follows_closely):
            continue
        last = probe
        # The capitalised words right after it: a small word there may open prose again
        # ("War and Peace in Moscow").
        while (
            last + 1 < len(words)
            and words[last + 1].follows_closely
            and words[last + 1].capitalised
            and not words[last].possessive
        ):
            last += 1
        spans.append((word.start, words[last].end))
        reached = last + 1
    return spans


def _opens_title(word: Token) -> bool:
    """A title marker in mid-sentence."""
    return word.text in TITLE_MARKERS and not word.sentence_start


def _joined(before: Token, word: Token) -> bool:
    return (
        word.follows_closely
        and not word.sentence_start
        and before.capitalised
        and not before.possessive
    )
