"""Reading a CSV (or tab-separated) table with a header row into a question bank.

The header names the columns, in any order and case: `question` and `answer` are
required; `accept`, `distractors` (or `wrong`, `distractor 1`, `distractor 2` …),
`page`, `chapter`, `url`, `tags`, `id`, `hint`, `type`, `tolerance` and `text` (or
`explanation`, `feedback`, `notes`) are optional. Several values in one cell are separated by `|`.
Spreadsheets written for quiz sites and in other languages name them their own ways, and
are read too: "Question text", "Correct answer", "Wrong answer 1", "Frage", "Antwort",
"Falsche Antwort 1", "Pregunta", "Respuesta correcta", "Réponse" …; a note after a name
("Question - max 120 characters", "Correct answer(s)") is no part of it. Options
numbered beside a correct answer ("Option 1" … or "Answer 1" …, as Kahoot and Quizizz
write them) make the right option the answer and the others wrong options; the correct
answer names its option by number ("2") or by its text.
Anki's text-file headers (`#separator:`, `#html:`, `#columns:` …) are understood, so a
file written by `trainer export csv` can be read back. The delimiter is the one the
headers or the option give, else the one the header row uses most.
"""

from __future__ import annotations

import csv
import math
import re
from collections.abc import Iterator

from trainer.interop.bank import Bank, BankItem, BankQuestion, source_error, where
from trainer.interop.ids import content_key, title_key
from trainer.interop.text_clean import html_to_text

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
    # Options numbered beside a correct answer: "Option 1" … or "Answer 1" ….
    "option": ("option", "choice", "answer option", "antwortoption", "opción", "opzione"),
    "page": ("page", "pages"),
    "chapter": ("chapter", "section"),
    "url": ("url", "link"),
    "tags": ("tags", "tag"),
    "id": ("id", "guid"),
    "hint": ("hint",),
    "type": ("type",),
    "tolerance": ("tolerance",),
    "text": (
        *("text", "excerpt", "explanation", "feedback", "extra", "notes", "answer explanation"),
        *("erklärung", "explicación", "explication", "spiegazione"),
    ),
}
_BY_NAME = {name: column for column, names in COLUMNS.items() for name in names}
_REPEATABLE = frozenset({"accept", "distractors", "tags", "option"})
# A note after a column's name: "Question - max 120 characters", "Correct answer(s)".
_HEADER_NOTE = re.compile(r"\s*(?:\(.*|\s[-–—]\s.*)$")
# Names that, numbered, are options rather than the one answer: "Answer 1", "Answer 2".
_NUMBERED_OPTIONS = frozenset({"answer", "antwort", "respuesta", "réponse", "risposta"})
# A correct answer given as the numbers of its options: "2", "1, 3".
_OPTION_NUMBERS = re.compile(r"\d+(?:\s*[,;]\s*\d+)*")
ANKI_SEPARATORS = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_TYPES = frozenset({"text", "year", "date", "number"})
_NUMBERED = re.compile(r"[\s_]*\d+$")
_EXCEL_SEPARATOR = re.compile(r"^sep=(.)$")


def read_csv(text: str, path: str, *, delimiter: str | None = None) -> Bank:
    """Every row of a table with a header row; DeckError (`file:line:col: error:`) if
    the table is malformed."""
    bank = Bank(source=path, title="")
    lines = text.split("\n")
    headers: dict[str, str] = {}
    first = 0
    while first < len(lines) and lines[first].startswith("#"):
        key, _, value = lines[first][1:].partition(":")
        headers[key.strip().lower()] = value.strip()
        first += 1
    if first < len(lines) and (excel := _EXCEL_SEPARATOR.match(lines[first])):
        # Excel's own hint, `sep=;`, on the first line.
        headers.setdefault("separator", excel.group(1))
        first += 1
    named = headers.get("separator", "")
    delimiter = (
        delimiter or ANKI_SEPARATORS.get(named.lower()) or (named if len(named) == 1 else None)
    )
    is_html = headers.get("html", "").lower() == "true"
    body = lines[first:]
    if "columns" in headers:
        header_line = headers["columns"]
        header_number = first
    else:
        while body and not body[0].strip():
            body, first = body[1:], first + 1
        if not body:
            raise source_error(path, 1, 1, "no header row naming the columns")
        header_line, body, header_number = body[0], body[1:], first + 1
    delimiter = delimiter or _guess_delimiter(header_line)
    names = _row(header_line, delimiter, path, header_number)
    columns = _columns(names, path, header_number, bank)
    for line, cells in _records(body, delimiter, path, header_number + 1):
        if not any(cell.strip() for cell in cells):
            continue
        if len(cells) > len(names):
            raise source_error(
                path, line, 1, f"{len(cells)} cells, but the header names {len(names)} columns"
            )
        row: dict[str, list[str]] = {}
        for index, cell in enumerate(cells):
            column = columns[index] if index < len(columns) else None
            if column is not None and cell.strip():
                value = html_to_text(cell).text if is_html else cell.strip()
                row.setdefault(column, []).append(value)
        item = _item(row, path, line, bank)
        if item is not None:
            bank.items.append(item)
    return bank


def _guess_delimiter(header: str) -> str:
    counts = {d: header.count(d) for d in (",", "\t", ";", "|")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _row(line: str, delimiter: str, path: str, number: int) -> list[str]:
    try:
        return next(csv.reader([line], delimiter=delimiter, strict=True), [])
    except csv.Error as error:
        raise source_error(path, number, 1, f"malformed row: {error}") from None


def _records(
    lines: list[str], delimiter: str, path: str, start: int
) -> Iterator[tuple[int, list[str]]]:
    reader = csv.reader((f"{line}\n" for line in lines), delimiter=delimiter, strict=True)
    line = start
    while True:
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            if reader.line_num >= len(lines):
                # The file ended inside quotes: the cell that opened them is the slip.
                raise source_error(
                    path, line, 1, "a quoted cell opened in this row is never closed with '\"'"
                ) from None
            raise source_error(
                path, start + reader.line_num - 1, 1, f"malformed row: {error}"
            ) from None
        yield line, cells
        line = start + reader.line_num


def _columns(names: list[str], path: str, line: int, bank: Bank) -> list[str | None]:
    columns: list[str | None] = []
    column_at = 1
    for name in names:
        key = _HEADER_NOTE.sub("", " ".join(name.lower().split()))
        bare = _NUMBERED.sub("", key)
        if bare != key and bare in _NUMBERED_OPTIONS:
            column: str | None = "option"  # "Answer 1": one of numbered options
        else:
            column = _BY_NAME.get(key) or _BY_NAME.get(bare)
        if column is not None and column in columns and column not in _REPEATABLE:
            raise source_error(path, line, column_at, f"two columns give the {column}")
        if column is None and key:
            bank.warn(where(path, line, column_at), f"column '{name}' is not used; left out")
        columns.append(column)
        column_at += len(name) + 1
    for required in ("question", "answer"):
        if required not in columns:
            raise source_error(
                path,
                line,
                1,
                f"no '{required}' column: the header row names "
                "the columns (question, answer, accept, distractors, page …)",
            )
    return columns


def _item(row: dict[str, list[str]], path: str, line: int, bank: Bank) -> BankItem | None:
    def one(column: str) -> str:
        return row.get(column, [""])[0]

    def many(column: str) -> tuple[str, ...]:
        return tuple(
            v.strip() for cell in row.get(column, []) for v in cell.split("|") if v.strip()
        )

    here = where(path, line)
    question, answer = one("question"), one("answer")
    if not question or not answer:
        bank.warn(here, f"a row with no {'question' if not question else 'answer'}; left out")
        return None
    options = [option.strip() for option in row.get("option", []) if option.strip()]
    accept, distractors = many("accept"), many("distractors")
    if options:
        chosen = _chosen_options(answer, options)
        if chosen is None:
            bank.warn(here, f"correct answer '{answer}' is no option's number; left out")
            return None
        if len(chosen) > 1:
            bank.warn(
                here,
                f"{len(chosen)} right options: the first is the answer, the others are accepted"
                " answers, not shown as options",
            )
        answer = chosen[0] if chosen else answer
        accept += tuple(chosen[1:])
        distractors += tuple(option for option in options if option not in chosen)
    answer_type = one("type").lower() or None
    if answer_type is not None and answer_type not in _TYPES:
        bank.warn(here, f"type '{answer_type}' is not text, year, date or number; left out")
        answer_type = None
    tolerance = None
    if one("tolerance"):
        try:
            tolerance = abs(float(one("tolerance")))
        except ValueError:
            bank.warn(here, f"tolerance '{one('tolerance')}' is not a number; left out")
        if tolerance is not None and not math.isfinite(tolerance):
            bank.warn(here, f"tolerance '{one('tolerance')}' is not a finite number; left out")
            tolerance = None
    tags = [tag for cell in row.get("tags", []) for tag in _split_tags(cell)]
    return BankItem(
        key=title_key(one("id")) if one("id") else content_key(question),
        where=here,
        questions=(
            BankQuestion(
                prompt=question,
                answer=answer,
                accept=accept,
                distractors=distractors,
                type=answer_type,
                tolerance=tolerance,
                hint=one("hint"),
            ),
        ),
        text="\n\n".join(row.get("text", [])),
        page=one("page"),
        chapter=one("chapter"),
        url=one("url"),
        tags=tuple(t.strip() for t in tags if t.strip()),
    )


def _split_tags(cell: str) -> list[str]:
    """Tags separated by `|`, `,` or `;` if the cell has one, else by spaces (as Anki's)."""
    return re.split(r"[|,;]" if re.search(r"[|,;]", cell) else r"\s+", cell)


def _chosen_options(answer: str, options: list[str]) -> list[str] | None:
    """The options a correct answer names: by number ("2", "1, 3", counting from 1), or
    by its text (an empty list when it is none of them: an answer of its own); None for
    a number that is no option's."""
    if _OPTION_NUMBERS.fullmatch(answer.strip()):
        numbers = [int(number) for number in re.split(r"\s*[,;]\s*", answer.strip())]
        if not all(1 <= number <= len(options) for number in numbers):
            return None
        return list(dict.fromkeys(options[number - 1] for number in numbers))
    return [option for option in options if option.casefold() == answer.casefold()][:1]
