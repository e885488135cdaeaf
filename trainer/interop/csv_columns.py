"""A CSV bank's header: which column is which, and the options a correct answer names.

Columns are named in any order, case and language ("Question text", "Frage",
"Respuesta correcta", "Mauvaise réponse 1" …); a note after a name ("Question - max 120
characters", "Correct answer(s)") is no part of it. Options are numbered ("Option 1",
"Answer 1", as Kahoot, Quizizz and Blooket write them) or lettered ("A", "B" … or
"Option A" …, as teachers' sheets and Socrative write them); the correct answer names
its options by number, by letter or by their text. The header need not be the first
row: a quiz site's template puts a title and instructions above it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

COLUMNS = {
    "question": (
        *("question", "q", "front", "prompt", "term", "question text", "frage", "pregunta"),
        *("domanda", "vraag", "pergunta", "questão", "énoncé", "enunciado"),
    ),
    "answer": (
        *("answer", "a", "back", "definition", "correct answer", "right answer", "correct"),
        *("antwort", "richtige antwort", "korrekte antwort", "respuesta", "respuesta correcta"),
        *("réponse", "bonne réponse", "réponse correcte", "risposta", "risposta corretta"),
        *("resposta", "resposta correta", "antwoord", "juist antwoord", "goed antwoord"),
    ),
    "accept": ("accept", "accepted", "alternatives", "also accepted"),
    "distractors": (
        *("distractors", "distractor", "wrong", "wrong answers", "incorrect", "wrong answer"),
        *("incorrect answer", "incorrect answers", "false answer", "falsche antwort"),
        *("respuesta incorrecta", "mauvaise réponse", "réponse incorrecte", "distracteur"),
        *("risposta sbagliata", "risposta errata", "resposta errada", "fout antwoord"),
    ),
    # Options numbered or lettered beside a correct answer: "Option 1" …, "Option A" ….
    "option": ("option", "choice", "answer option", "antwortoption", "opción", "opzione"),
    "page": ("page", "pages"),
    "chapter": ("chapter", "section"),
    "url": ("url", "link"),
    "tags": ("tags", "tag"),
    "id": ("id", "guid"),
    "hint": ("hint",),
    "type": ("type",),
    "tolerance": ("tolerance", "tolérance", "toleranz", "tolerancia", "tolleranza"),
    "text": ("text", "excerpt", "extra", "notes"),
    # Written to the learner who answered: its verdicts are left out (`verdicts`).
    "feedback": (
        *("explanation", "feedback", "answer explanation"),
        *("erklärung", "explicación", "explication", "spiegazione"),
    ),
}
_BY_NAME = {name: column for column, names in COLUMNS.items() for name in names}
REPEATABLE = frozenset({"accept", "distractors", "tags", "option"})
# A note after a column's name: "Question - max 120 characters", "Correct answer(s)".
_HEADER_NOTE = re.compile(r"\s*(?:\(.*|\s[-–—]\s.*)$")
# Names that, numbered or lettered, are options rather than the one answer: "Answer 1".
_NUMBERED_OPTIONS = frozenset({"answer", "antwort", "respuesta", "réponse", "risposta"})
_NUMBERED = re.compile(r"[\s_]*\d+$")
# "Option A", "Answer (b)", "Choice C": a letter after an option's name.
_LETTERED = re.compile(r"[\s_]+\(?[a-h]\)?$")
# Options are lettered A to H at most: a deck's question shows no more.
_LETTERS = "abcdefgh"
# A correct answer naming its options: "2", "1, 3"; "B", "a; c", "(B)", "B)".
_SEPARATOR = r"\s*[,;/&]\s*|\s+"
_NUMBER_LIST = re.compile(rf"\d+(?:(?:{_SEPARATOR})\d+)*")
_LETTER = r"\(?[A-Ha-h][.)]?"
_LETTER_LIST = re.compile(rf"{_LETTER}(?:(?:{_SEPARATOR}){_LETTER})*")


def bare_name(name: str) -> str:
    """A column's name without case, extra spaces or a note after it."""
    return _HEADER_NOTE.sub("", " ".join(name.lower().split()))


def name_columns(names: Sequence[str]) -> list[str | None]:
    """What each column of a header row gives (None: a column not used)."""
    keys = [bare_name(name) for name in names]
    # Columns named by single letters from A on are options, not "a" (the answer).
    letters = {key for key in keys if len(key) == 1 and key in _LETTERS}
    lettered = {"a", "b"} <= letters
    columns: list[str | None] = []
    for name, key in zip(names, keys, strict=True):
        numbered = _NUMBERED.sub("", key)
        # The letter may be in brackets ("Antwort (b)"), which a note's would strip.
        spaced = " ".join(name.lower().split())
        with_letter = _LETTERED.sub("", spaced)
        if lettered and key in letters:
            columns.append("option")  # a sheet's "A", "B", "C", "D"
        elif numbered != key and numbered in _NUMBERED_OPTIONS:
            columns.append("option")  # "Answer 1": one of numbered options
        elif with_letter != spaced and (
            with_letter in _NUMBERED_OPTIONS or _is_option(with_letter)
        ):
            columns.append("option")  # "Option A", "Answer B"
        else:
            columns.append(_BY_NAME.get(key) or _BY_NAME.get(numbered))
    return columns


def options_are_lettered(names: Sequence[str], columns: Sequence[str | None]) -> bool:
    """True when the option columns are named by letters ("A", "Option B"), not numbers."""
    labels = [
        " ".join(name.lower().split())
        for name, column in zip(names, columns, strict=True)
        if column == "option"
    ]
    return bool(labels) and all(len(key) == 1 or _LETTERED.search(key) for key in labels)


def _is_option(key: str) -> bool:
    return _BY_NAME.get(key) == "option"


def names_a_question(names: Sequence[str]) -> bool:
    """True when a row names a question and an answer column: the header row."""
    columns = name_columns(names)
    return "question" in columns and "answer" in columns


def chosen_options(answer: str, options: Sequence[str], *, lettered: bool) -> list[str] | None:
    """The options a correct answer names, `options` in their columns' order (an empty
    one is a column left blank): by number ("2", "1, 3", counting from 1), by letter
    ("B", "a, c"), or by its text. Numbered columns are named by number first, lettered
    ones by letter; the other way only when no option reads as the answer. An empty
    list: the answer is none of them, an answer of its own; None: it names by number or
    letter an option there is not."""
    text = answer.strip()
    by_text = [o for o in options if o and o.casefold() == text.casefold()][:1]
    first, second = (_by_letters, _by_numbers) if lettered else (_by_numbers, _by_letters)
    for reading in (first, None, second):
        if reading is None:
            if by_text:
                return by_text
            continue
        positions = reading(text)
        if positions is None:
            continue
        chosen = [options[p] for p in positions if 0 <= p < len(options) and options[p]]
        if len(chosen) != len(positions):
            return None
        return list(dict.fromkeys(chosen))
    return []


def _by_numbers(text: str) -> list[int] | None:
    if not _NUMBER_LIST.fullmatch(text):
        return None
    return [int(number) - 1 for number in re.split(_SEPARATOR, text)]


def _by_letters(text: str) -> list[int] | None:
    if not _LETTER_LIST.fullmatch(text):
        return None
    return [_LETTERS.index(letter) for letter in re.findall(r"[a-h]", text.lower())]


def spreadsheet_number(text: str) -> str:
    """A number as a spreadsheet of any locale writes it, as Python reads it: spaces
    between digit groups dropped (`1 000`), a decimal comma made a point (`0,05`), and
    of a point and a comma the last one the decimal mark (`1.234,5`, `1,234.5`). A comma
    before three digits and no other mark is a thousands comma (`1,000`), as the deck's
    grading reads it."""
    compact = re.sub(r"(?<=\d)[\s\u00a0\u202f'](?=\d)", "", text.strip())
    if "," in compact and "." in compact:
        decimal = "," if compact.rfind(",") > compact.rfind(".") else "."
        thousands = "." if decimal == "," else ","
        return compact.replace(thousands, "").replace(decimal, ".")
    if re.fullmatch(r"[-+]?\d{1,3}(?:,\d{3})+", compact):
        return compact.replace(",", "")
    return compact.replace(",", ".") if compact.count(",") == 1 else compact
