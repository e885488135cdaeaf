"""Writing a converted bank as a YAML deck that passes `trainer check`.

Each item becomes one excerpt, preceded by a comment naming where it came from. The text
is then compiled as `trainer check` would; an excerpt the compiler refuses (a cloze it
cannot read, too few distinct options…) is dropped with a warning naming its source, so
the deck written always compiles.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from typing import Any

import yaml

from trainer.core.answering.normalise import fold
from trainer.core.compile import compile_loaded
from trainer.core.deck.excerpt_builder import without_page_word
from trainer.core.deck.includes import MAX_FILE_BYTES
from trainer.core.deck.loader import load_deck_bytes
from trainer.core.model import CompiledDeck, DeckError, Diagnostic
from trainer.core.records import record
from trainer.core.untrusted import on_one_line, without_forbidden
from trainer.interop.bank import (
    UNKNOWN_PAGE,
    Bank,
    BankItem,
    BankQuestion,
    InteropError,
    Note,
    NothingConverted,
)
from trainer.interop.ids import slugify, unique
from trainer.interop.text_clean import one_line, removed_message
from trainer.interop.verdicts import readable_by_all

MAX_CHOICES = 8


@record
class Converted:
    """The deck as YAML text, compiled, with every warning about what was left out."""

    yaml_text: str
    compiled: CompiledDeck
    notes: tuple[Note, ...]

    @property
    def unknown_pages(self) -> int:
        return sum(1 for e in self.compiled.deck.excerpts if e.source.pages == UNKNOWN_PAGE)


class _Dumper(yaml.SafeDumper):
    """Safe YAML with multi-line text as `|` blocks, for an instructor to edit."""


# libyaml's emitter, where PyYAML was built with it (its wheels are): the same YAML as
# `_Dumper` for the text it is given (see `_fast_emitter_writes`), ten times faster; the
# pure-Python emitter took 5.5 of the 9.7 s of converting a 20,000-row CSV.
_LIBYAML: type[Any] | None = getattr(yaml, "CSafeDumper", None)
_FastDumper: type[Any] | None = None if _LIBYAML is None else type("_FastDumper", (_LIBYAML,), {})


def _represent_text(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style = "|" if "\n" in text else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_Dumper.add_representer(str, _represent_text)
if _FastDumper is not None:
    _FastDumper.add_representer(str, _represent_text)

# What libyaml writes otherwise than the Python emitter: it escapes every character past
# U+FFFF even with `allow_unicode` ("\U0001F600" for an emoji, unreadable to an
# instructor), treats the Unicode line breaks and a lone carriage return its own way, and
# folds long double-quoted lines elsewhere (text that has line breaks and cannot be a `|`
# block). Text holding any of these goes to the Python emitter.
_PYTHON_EMITTER_TEXT = re.compile("[\n\r\x85\u2028\u2029\U00010000-\U0010ffff]")


def write_deck(bank: Bank, *, name: str, deck_id: str, title: str) -> Converted:
    """The bank as a deck file named `name` (for messages); InteropError if nothing is left."""
    notes = list(bank.notes)
    head = {"id": slugify(deck_id) or "converted", "title": one_line(_clean(title)) or "Converted"}
    taken: set[str] = set()
    chunks: list[tuple[BankItem, dict[str, Any]]] = []
    # A bank too large for one deck file is refused as soon as that is sure, not once it
    # is written out: YAML is written item by item in pure Python, a minute for every
    # 200,000 items (a CSV of 500,000 short rows was refused after 90 s, now 8).
    least = 0
    for item in bank.items:
        excerpt = _excerpt(item, unique(slugify(item.key) or "item", taken), notes)
        least += _least_size(excerpt)
        if least > MAX_FILE_BYTES:
            raise _too_large(bank.source, len(bank.items))
        chunks.append((item, excerpt))
    while True:
        if not chunks:
            nothing = f"{on_one_line(bank.source)}: no question could be converted"
            raise NothingConverted(nothing, tuple(notes))
        rendered = _render(bank.source, head, chunks)
        if rendered is None:
            raise _too_large(bank.source, len(chunks))
        text, spans = rendered
        try:
            compiled = compile_loaded(load_deck_bytes(name, text.encode("utf-8")))
        except DeckError as error:
            chunks = _without_failing(chunks, spans, error.diagnostics, notes)
            continue
        return Converted(text, compiled, tuple(notes))


def _excerpt(item: BankItem, excerpt_id: str, notes: list[Note]) -> dict[str, Any]:
    clean = _Cleaner()
    excerpt: dict[str, Any] = {"id": excerpt_id}
    if item.page or not (item.chapter or item.url):
        excerpt["page"] = without_page_word(clean(item.page)) or UNKNOWN_PAGE
    if item.chapter:
        excerpt["chapter"] = clean(item.chapter)
    if item.url:
        excerpt["url"] = clean(item.url)
    tags = _distinct(clean(tag) for tag in item.tags)
    if tags:
        excerpt["tags"] = tags
    prompts = [q.prompt for q in item.questions]
    said = readable_by_all(clean(item.feedback), item.where, notes) if item.feedback else ""
    text = "\n\n".join(part for part in (clean(item.text), said) if part)
    excerpt["text"] = text or clean(prompts[0] if prompts else "") or "(no text)"
    questions = [_question(q, item, notes, clean) for q in item.questions]
    if questions:
        excerpt["questions"] = questions
    if removed := clean.removed:
        notes.append(Note(item.where, removed_message(removed)))
    return excerpt


class _Cleaner:
    """An item's texts without what must not reach a terminal, each text counted once."""

    def __init__(self) -> None:
        self._removed: dict[str, int] = {}

    def __call__(self, text: str) -> str:
        cleaned, self._removed[text] = without_forbidden(text)
        return cleaned.strip()

    @property
    def removed(self) -> int:
        return sum(self._removed.values())


def _question(
    question: BankQuestion, item: BankItem, notes: list[Note], clean: _Cleaner
) -> dict[str, Any]:
    answer = clean(question.answer)
    entry: dict[str, Any] = {"q": clean(question.prompt), "a": answer}
    accept = [a for a in _distinct(clean(a) for a in question.accept) if a != answer]
    taken = {fold(answer), *(fold(a) for a in accept)}
    if accept:
        entry["accept"] = accept
    if question.type:
        entry["type"] = question.type
    if question.tolerance and math.isfinite(question.tolerance):  # readers warn of others
        tolerance = question.tolerance
        entry["tolerance"] = int(tolerance) if tolerance == int(tolerance) else tolerance
    if question.hint:
        entry["hint"] = clean(question.hint)
    wrong: list[str] = []
    dropped: list[str] = []
    for candidate in (clean(d) for d in question.distractors):
        if candidate and fold(candidate) and fold(candidate) not in taken:
            taken.add(fold(candidate))
            wrong.append(candidate)
        else:
            dropped.append(candidate)
    if dropped:
        listed = ", ".join(repr(d) for d in dropped[:5])
        notes.append(
            Note(
                item.where,
                f"wrong options left out, as they read the same as the answer or "
                f"another option, or are only punctuation: {listed}",
            )
        )
    if wrong:
        entry["distractors"] = wrong
        entry["choices"] = min(MAX_CHOICES, len(wrong) + 1)
        if len(wrong) >= MAX_CHOICES:
            notes.append(
                Note(
                    item.where,
                    f"only {MAX_CHOICES - 1} of the {len(wrong)} wrong options "
                    f"of '{one_line(entry['q'])[:60]}' are shown: a question has at most "
                    f"{MAX_CHOICES} options",
                )
            )
    return entry


def _too_large(source: str, items: int) -> InteropError:
    return InteropError(
        f"{on_one_line(source)}: refused: its {items} items would make a deck file larger "
        f"than {MAX_FILE_BYTES // 2**20} MiB, the most a deck file may hold; "
        "split it into smaller files and convert each"
    )


def _least_size(value: object) -> int:
    """Fewer characters than YAML writes `value` in: each string and key as it is (YAML
    only adds to them: quotes, escapes, indents, line breaks), numbers as digits."""
    if isinstance(value, dict):
        return sum(len(str(key)) + _least_size(item) for key, item in value.items())
    if isinstance(value, list):
        return sum(_least_size(item) for item in value)
    return len(str(value))


def _render(
    source: str, head: dict[str, Any], chunks: list[tuple[BankItem, dict[str, Any]]]
) -> tuple[str, list[tuple[int, int]]] | None:
    """The deck's text, and the first and last line of each excerpt in it; None as soon
    as the text passes the size of a deck file."""
    lines = [
        f"# Converted by `trainer convert` from {_comment(source)}.",
        "# Check every answer, and replace each `page: unknown` with the page it comes from.",
        *_dump(head).splitlines(),
        "excerpts:",
    ]
    spans: list[tuple[int, int]] = []
    # Characters, never more than the bytes they encode to: past the bound, so is the file.
    size = 0
    for item, excerpt in chunks:
        comment = f"{item.where} {item.comment}".strip()
        lines.append(f"  # {_comment(comment)}")
        first = len(lines) + 1
        lines += [f"  {line}" if line else "" for line in _dump([excerpt]).splitlines()]
        size += sum(len(line) + 1 for line in lines[first - 2 :])
        if size > MAX_FILE_BYTES:
            return None
        spans.append((first, len(lines)))
    return "\n".join(lines) + "\n", spans


def _without_failing(
    chunks: list[tuple[BankItem, dict[str, Any]]],
    spans: list[tuple[int, int]],
    diagnostics: Iterable[Diagnostic],
    notes: list[Note],
) -> list[tuple[BankItem, dict[str, Any]]]:
    failing: dict[int, str] = {}
    for diagnostic in diagnostics:
        line = diagnostic.location.line
        index = next((i for i, (a, b) in enumerate(spans) if a <= line <= b), None)
        if index is None:
            raise InteropError(f"the converted deck is not valid: {diagnostic}")
        failing.setdefault(index, diagnostic.message)
    for index, message in failing.items():
        notes.append(Note(chunks[index][0].where, f"left out: {message}"))
    return [chunk for i, chunk in enumerate(chunks) if i not in failing]


def _dump(value: object) -> str:
    dumper = _FastDumper if _fast_emitter_writes(value) else _Dumper
    return yaml.dump(value, Dumper=dumper, sort_keys=False, allow_unicode=True, width=100, indent=2)


def _fast_emitter_writes(value: object) -> bool:
    """True when libyaml is there and writes `value` exactly as the Python emitter does:
    none of its text (keys and values of dicts, lists, at any depth) matches
    `_PYTHON_EMITTER_TEXT`."""
    if _FastDumper is None:
        return False
    pending = [value]
    while pending:
        item = pending.pop()
        if isinstance(item, str):
            if _PYTHON_EMITTER_TEXT.search(item):
                return False
        elif isinstance(item, dict):
            pending.extend(item)
            pending.extend(item.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return True


def _clean(text: str) -> str:
    return without_forbidden(text)[0].strip()


def _comment(text: str) -> str:
    return one_line(_clean(text))


def _distinct(values: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    kept: list[str] = []
    for value in values:
        if value and value not in seen:
            seen.add(value)
            kept.append(value)
    return kept
