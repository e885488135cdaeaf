"""Reading a CSV (or tab-separated) table with a header row into a question bank.

The header names the columns (`csv_columns.py` says how they may be named): `question`
and `answer` are required; `accept`, `distractors`, numbered or lettered options,
`page`, `chapter`, `url`, `tags`, `id`, `hint`, `type`, `tolerance` and `text` are
optional. Several values in one cell are separated by `|`. The header is the first row
naming a question and an answer column, so a quiz site's title and instructions above
it are left out (with a warning), and its cells may hold line breaks. Cells left blank
past the header's last column are no error; a tolerance may be written with a decimal
comma or grouped digits (`0,05`, `1 000`).
Anki's text-file headers (`#separator:`, `#html:`, `#columns:` …) are understood, so a
file written by `trainer export csv` can be read back. The delimiter is the one the
headers or the option give, else the one the table's first lines use most.
"""

from __future__ import annotations

import csv
import itertools
import math
import re
from collections.abc import Iterator
from contextlib import suppress

from trainer.core.untrusted import without_forbidden
from trainer.interop.bank import Bank, BankItem, BankQuestion, source_error, where
from trainer.interop.csv_columns import (
    REPEATABLE,
    bare_name,
    chosen_options,
    name_columns,
    names_a_question,
    options_are_lettered,
    spreadsheet_number,
)
from trainer.interop.ids import content_key, title_key
from trainer.interop.text_clean import html_to_text, removed_message

ANKI_SEPARATORS = {
    "comma": ",",
    "semicolon": ";",
    "tab": "\t",
    "space": " ",
    "pipe": "|",
    "colon": ":",
}
_TYPES = frozenset({"text", "year", "date", "number"})
# How many rows a title and instructions may take above the header row (Kahoot's take 7).
HEADER_SEARCH = 20
_DELIMITERS = (",", "\t", ";", "|")
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
        header_number = first
        names = _row(headers["columns"], delimiter or "\t", path, header_number)
        records = _records(body, delimiter or "\t", path, first + 1)
    else:
        delimiter = delimiter or _guess_delimiter(body)
        records = _records(body, delimiter, path, first + 1)
        header_number, names = _header(records, path, bank)
    columns = _columns(names, path, header_number, bank)
    lettered = options_are_lettered(names, columns)
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        if any(cell.strip() for cell in cells[len(names) :]):
            raise source_error(
                path, line, 1, f"{len(cells)} cells, but the header names {len(names)} columns"
            )
        row: dict[str, list[str]] = {}
        removed = 0
        for column, cell in zip(columns, cells, strict=False):
            if column is not None and (cell.strip() or column == "option"):
                value = cell.strip()
                if is_html:
                    cleaned = html_to_text(cell)
                    value, removed = cleaned.text, removed + cleaned.removed
                row.setdefault(column, []).append(value)
        if removed:
            bank.warn(where(path, line, 1), removed_message(removed))
        item = _item(row, path, line, bank, lettered=lettered)
        if item is not None:
            bank.items.append(item)
    return bank


def _header(
    records: Iterator[tuple[int, list[str]]], path: str, bank: Bank
) -> tuple[int, list[str]]:
    """The header row: the first that names a question and an answer column, within the
    first rows; a title or instructions above it (a quiz site's template) are left out
    with a warning. With none, the first row is the header, and says what it lacks."""
    first: tuple[int, list[str]] | None = None
    skipped = 0
    for line, cells in records:
        if not any(cell.strip() for cell in cells):
            continue
        first = first or (line, cells)
        if names_a_question(cells):
            if skipped:
                bank.warn(
                    where(path, first[0]),
                    f"{skipped} row(s) above the header row (line {line}) are a title or "
                    "instructions; left out",
                )
            return line, cells
        skipped += 1
        if skipped >= HEADER_SEARCH:
            break
    if first is None:
        raise source_error(path, 1, 1, "no header row naming the columns")
    return first


def _guess_delimiter(lines: list[str]) -> str:
    """The delimiter that splits one of the first rows into a header naming a question
    and an answer column (a title above it may use none); else the one the first line
    uses most."""
    filled = [line for line in lines if line.strip()]
    first = filled[0] if filled else ""
    counts = {d: first.count(d) for d in _DELIMITERS}
    head = filled[: HEADER_SEARCH * 2]
    for candidate in sorted(_DELIMITERS, key=lambda d: -sum(line.count(d) for line in head)):
        rows = csv.reader(head, delimiter=candidate)
        with suppress(csv.Error):
            if any(names_a_question(row) for row in itertools.islice(rows, HEADER_SEARCH)):
                return candidate
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
    columns = name_columns(names)
    column_at = 1
    for index, (name, column) in enumerate(zip(names, columns, strict=True)):
        if column is not None and column in columns[:index] and column not in REPEATABLE:
            raise source_error(path, line, column_at, f"two columns give the {column}")
        if column is None and bare_name(name):
            shown = " ".join(name.split())  # a template's name may take several lines
            bank.warn(where(path, line, column_at), f"column '{shown}' is not used; left out")
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


def _item(
    row: dict[str, list[str]], path: str, line: int, bank: Bank, *, lettered: bool
) -> BankItem | None:
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
    # Every option column in order, a blank one too: "3" is the third column's.
    options = [option.strip() for option in row.get("option", [])]
    accept, distractors = many("accept"), many("distractors")
    if any(options):
        chosen = chosen_options(answer, options, lettered=lettered)
        if chosen is None:
            named = "letter" if lettered else "number"
            bank.warn(here, f"correct answer '{answer}' is no option's {named}; left out")
            return None
        if len(chosen) > 1:
            bank.warn(
                here,
                f"{len(chosen)} right options: the first is the answer, the others are accepted"
                " answers, not shown as options",
            )
        answer = chosen[0] if chosen else answer
        accept += tuple(chosen[1:])
        distractors += tuple(option for option in options if option and option not in chosen)
    answer_type = one("type").lower() or None
    if answer_type is not None and answer_type not in _TYPES:
        bank.warn(here, f"type '{answer_type}' is not text, year, date or number; left out")
        answer_type = None
    tolerance = None
    if one("tolerance"):
        try:
            tolerance = abs(float(spreadsheet_number(one("tolerance"))))
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
        feedback="\n\n".join(row.get("feedback", [])),
        page=one("page"),
        chapter=one("chapter"),
        url=one("url"),
        tags=tuple(t.strip() for t in tags if t.strip()),
    )


def _split_tags(cell: str) -> list[str]:
    """Tags separated by `|`, `,` or `;` if the cell has one, else by spaces (as Anki's);
    a control sequence in the cell removed whole first (its `;` separates no tags)."""
    cell = without_forbidden(cell)[0]
    return re.split(r"[|,;]" if re.search(r"[|,;]", cell) else r"\s+", cell)
