"""Reading Moodle's GIFT format into a question bank: every question type that maps to a deck.

Multiple choice (`=right ~wrong`, with `%weights%`), true/false, short answer (several
`=`), numeric (tolerance, ranges, several answers), matching (each pair a question whose
wrong options are the other pairs' answers) and the missing-word form. An essay or a
description has no answer to check: a warning, and left out. Feedback becomes the
excerpt's text, which the learner sees after answering; `$CATEGORY` and `[tag:…]` become
tags; a title or `[id:…]` gives the item its id.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from trainer.core.answering.normalise import fold
from trainer.core.records import record
from trainer.interop.bank import Bank, BankItem, BankQuestion
from trainer.interop.gift_blocks import (
    CITATION_PREFIX,
    Block,
    find_any_unescaped,
    find_unescaped,
    split_blocks,
)
from trainer.interop.gift_matching import matching_questions
from trainer.interop.gift_numbers import numeric_questions
from trainer.interop.gift_text import (
    WILDCARD,
    format_of,
    plain,
    plain_and_media,
    without_wildcards,
)
from trainer.interop.ids import content_key, title_key

BLANK = "_____"
_WEIGHT = re.compile(r"^\s*%(-?\d+(?:\.\d*)?)%")
_TRUE_FALSE = re.compile(r"^(T|F|TRUE|FALSE)$", re.IGNORECASE)
_BLANK_LINE = re.compile(r"\n[ \t]*\n")
# A line of text after a question's answer block: a question of its own, when another
# answer block follows.
_NEXT_LINE = re.compile(r"\n[ \t]*(?=\S)")
_NOISE_CATEGORY = re.compile(r"^\$\w*\$$|^top$", re.IGNORECASE)


@record
class Entry:
    """One answer of a block: `=` or `~`, its weight in percent, text and feedback."""

    marker: str
    weight: float
    text: str
    feedback: str
    offset: int
    # Images the answer showed (file names): a deck shows none.
    media: tuple[str, ...] = ()


@dataclass(slots=True)
class Parsed:
    """A question block read: where the question starts, its title, text and raw answer
    block with its offset."""

    block: Block
    start: int
    title: str
    prompt: str
    answers: str
    answers_offset: int


def read_gift(text: str, path: str) -> Bank:
    """Every question of a GIFT file; DeckError (`file:line:col: error:`) if malformed."""
    bank = Bank(source=path, title="")
    for block in split_blocks(text, path):
        parsed = _parse_block(block, bank)
        if parsed is not None:
            _add_questions(parsed, bank)
    return bank


def _parse_block(block: Block, bank: Bank) -> Parsed | None:
    text = block.text
    start = begin = len(text) - len(text.lstrip())
    title = ""
    if text.startswith("::", start):
        end = find_unescaped(text, "::", start + 2)
        if end < 0:
            raise block.error(start, "a title opened with '::' is never closed")
        title = plain(text[start + 2 : end])
        start = end + 2
    opening = find_any_unescaped(text, "{}", start)
    if opening < 0:
        bank.warn(
            block.where(start),
            "text with no answer block is a description, not a question; left out",
        )
        return None
    if text[opening] == "}":
        raise block.error(opening, "'}' closes no answer block (write '\\}' for a brace)")
    closing = find_any_unescaped(text, "{}", opening + 1)
    if closing < 0:
        raise block.error(opening, "this answer block is never closed with '}'")
    if text[closing] == "{":
        if _BLANK_LINE.search(text, opening, closing):
            # A blank line between them: the first block was left open.
            raise block.error(opening, "this answer block is never closed with '}'")
        raise block.error(closing, "'{' inside an answer block (write '\\{' for a brace)")
    after = text[closing + 1 :]
    if (extra := find_any_unescaped(after, "{}")) >= 0:
        if (next_line := _NEXT_LINE.search(after, 0, extra)) is not None:
            # "::Q2:: …" on the next line: two questions with no blank line between.
            raise block.error(
                closing + 1 + next_line.end(),
                "another question starts here: separate questions with a blank line",
            )
        raise block.error(
            closing + 1 + extra, "a question has one answer block; write '\\{' and '\\}' for braces"
        )
    # Text after the answers: the missing-word form, the answers stand for a blank.
    prompt = text[start:opening] + (BLANK + after if after.strip() else "")
    return Parsed(block, begin, title, prompt, text[opening + 1 : closing], opening + 1)


def _add_questions(parsed: Parsed, bank: Bank) -> None:
    block = parsed.block
    # Answers and feedback are in the question's format unless they name their own.
    kind = format_of(parsed.prompt)
    prompt, images = plain_and_media(parsed.prompt, kind)
    answers = parsed.answers
    general_at = find_unescaped(answers, "####")
    general, general_images = (
        plain_and_media(answers[general_at + 4 :], kind) if general_at >= 0 else ("", [])
    )
    if block.citation:
        general = _without_citation(general)
    body = answers[:general_at] if general_at >= 0 else answers
    where = block.where(parsed.answers_offset - 1)
    if not prompt:
        raise block.error(parsed.answers_offset - 1, "a question with no text")
    explanation: list[str] = [general] if general else []
    # Images the question or its general feedback show (an answer's are named with it).
    if images := images + general_images:
        shown = ", ".join(repr(name) for name in dict.fromkeys(images))
        bank.warn(
            block.where(parsed.start),
            f"images a deck cannot show are left out: {shown}; check the question reads "
            "without them",
        )
    stripped = body.strip()
    if not stripped:
        bank.warn(where, "an essay question has no answer to check; left out")
        return
    if stripped.startswith("#"):
        offset = parsed.answers_offset + body.index("#") + 1
        questions, feedback = numeric_questions(
            prompt, body[body.index("#") + 1 :], block, offset, bank, kind
        )
    elif _TRUE_FALSE.match(_before_feedback(stripped).strip()):
        questions, feedback = _true_false(prompt, stripped, kind)
    else:
        entries = _entries(body, parsed.answers_offset, block, kind)
        # As Moodle reads it: an arrow anywhere makes a matching question.
        if all(e.marker == "=" for e in entries) and any("->" in e.text for e in entries):
            sides = [(entry.text, entry.offset) for entry in entries]
            questions, feedback = matching_questions(prompt, sides, block, bank)
        elif not (entries := _with_text(entries, block, bank)):
            return
        elif any(e.marker == "~" for e in entries):
            questions, feedback = _multiple_choice(prompt, entries, where, bank)
            accept = tuple(block.accept)
            questions = [replace(q, accept=accept) for q in questions] if accept else questions
        else:
            questions, feedback = _short_answer(prompt, entries, where, bank)
    if not questions:
        return
    if not general:
        explanation += [f for f in feedback if f]
    tags = [t for t in (_category_tag(block.category), *block.tags) if t]
    if block.question_id:
        key = title_key(block.question_id)
    elif parsed.title:
        key = title_key(parsed.title)
    else:
        key = content_key(prompt, answers)
    bank.items.append(
        BankItem(
            key=key,
            where=block.where(parsed.start),
            questions=tuple(questions),
            feedback="\n\n".join(explanation),
            page=block.citation.get("page", ""),
            chapter=block.citation.get("chapter", ""),
            url=block.citation.get("url", ""),
            tags=tuple(dict.fromkeys(tags)),
            comment=f"::{parsed.title}::" if parsed.title else "",
        )
    )


def _entries(body: str, base: int, block: Block, kind: str) -> list[Entry]:
    """The `=`/`~` answers of a block, with their weights and feedback."""
    first = find_any_unescaped(body, "=~")
    if first < 0 or body[:first].strip():
        offset = base + len(body) - len(body.lstrip())
        raise block.error(offset, "an answer must start with '=' (right) or '~' (wrong)")
    entries: list[Entry] = []
    index = first
    while index >= 0:
        following = find_any_unescaped(body, "=~", index + 1)
        raw = body[index + 1 : following if following >= 0 else len(body)]
        marker = body[index]
        weight = 100.0 if marker == "=" else 0.0
        if found := _WEIGHT.match(raw):
            weight = float(found.group(1))
            raw = raw[found.end() :]
        feedback_at = find_unescaped(raw, "#")
        text = raw if feedback_at < 0 else raw[:feedback_at]
        feedback = "" if feedback_at < 0 else raw[feedback_at + 1 :]
        shown, media = plain_and_media(text, kind)
        entries.append(
            Entry(marker, weight, shown, plain(feedback, kind), base + index, tuple(media))
        )
        index = following
    return entries


def _multiple_choice(
    prompt: str, entries: list[Entry], where: str, bank: Bank
) -> tuple[list[BankQuestion], list[str]]:
    full = [e for e in entries if e.weight >= 100]
    partial = [e for e in entries if 0 < e.weight < 100]
    wrong = [e.text for e in entries if e.weight <= 0]
    right = full or partial
    if not right:
        bank.warn(where, "a multiple choice question with no right answer; left out")
        return [], []
    if full and partial:
        bank.warn(
            where,
            "answers with partial credit are left out: " + ", ".join(repr(e.text) for e in partial),
        )
    # A right answer written twice ('=Paris =paris') is one: grading ignores case and
    # accents, so the second would only make the same question again.
    firsts: dict[str, Entry] = {}
    for entry in right:
        firsts.setdefault(fold(entry.text), entry)
    right = list(firsts.values())
    if len(right) > 1:
        bank.warn(
            where,
            f"{len(right)} right answers: each becomes a question of its own, "
            "with the wrong answers as options",
        )
    _warn_feedback(entries, right, where, bank)
    questions = [
        BankQuestion(prompt=prompt, answer=e.text, distractors=tuple(wrong)) for e in right
    ]
    return questions, [e.feedback for e in right]


def _short_answer(
    prompt: str, entries: list[Entry], where: str, bank: Bank
) -> tuple[list[BankQuestion], list[str]]:
    entries = _wildcards_read(entries, where, bank)
    full = [e for e in entries if e.weight >= 100]
    others = [e for e in entries if e.weight < 100]
    if others:
        bank.warn(
            where,
            "answers with partial or no credit are left out: "
            + ", ".join(repr(e.text) for e in others),
        )
    if not full:
        bank.warn(where, "a short answer question with no fully right answer; left out")
        return [], []
    _warn_feedback(entries, full[:1], where, bank)
    texts = [e.text for e in full]
    return [BankQuestion(prompt=prompt, answer=texts[0], accept=tuple(texts[1:]))], [
        full[0].feedback
    ]


def _wildcards_read(entries: list[Entry], where: str, bank: Bank) -> list[Entry]:
    """Short answers with Moodle's wildcard read as the words around it (`gift_text`),
    with a warning; one all wildcard is left out. Answers of partial or no credit are
    left out as they are, with their own warning."""
    kept: list[Entry] = []
    read: list[str] = []
    for entry in entries:
        words = entry.text if entry.weight < 100 else without_wildcards(entry.text)
        if not words:
            bank.warn(where, f"the answer {entry.text!r} accepts any answer; left out")
            continue
        if WILDCARD.search(entry.text) and entry.weight >= 100:
            read.append(f"{entry.text!r} as {words!r}")
        kept.append(replace(entry, text=words) if words != entry.text else entry)
    if read:
        more = " …" if len(read) > 3 else ""
        listed = ", ".join(read[:3]) + more
        bank.warn(where, f"a deck has no wildcard: '*' is read as the words around it, {listed}")
    return kept


def _true_false(prompt: str, body: str, kind: str) -> tuple[list[BankQuestion], list[str]]:
    verdict = _before_feedback(body).strip().upper().startswith("T")
    answer, other = ("True", "False") if verdict else ("False", "True")
    feedback = [plain(part, kind) for part in _split_feedback(body)[1:]]
    question = BankQuestion(prompt=f"True or false: {prompt}", answer=answer, distractors=(other,))
    return [question], feedback


def _with_text(entries: list[Entry], block: Block, bank: Bank) -> list[Entry]:
    """The answers that have text: one with none (`{= ~Lyon}`, `{=Paris ~ ~Lyon}`) is a
    slip no learner could answer or choose; a warning at its place, and left out."""
    for entry in entries:
        if not entry.text:
            side = "right" if entry.weight > 0 else "wrong"
            what = f"only an image, {entry.media[0]!r}" if entry.media else "no text"
            bank.warn(block.where(entry.offset), f"a {side} answer with {what}; left out")
    return [entry for entry in entries if entry.text]


def _warn_feedback(entries: list[Entry], kept: list[Entry], where: str, bank: Bank) -> None:
    dropped = [e for e in entries if e.feedback and e not in kept]
    if dropped:
        bank.warn(
            where,
            f"feedback on {len(dropped)} other answer(s) is left out: "
            + ", ".join(repr(e.feedback[:40]) for e in dropped[:3]),
        )


def _before_feedback(text: str) -> str:
    return _split_feedback(text)[0]


def _split_feedback(text: str) -> list[str]:
    parts: list[str] = []
    start = 0
    while (found := find_unescaped(text, "#", start)) >= 0:
        parts.append(text[start:found])
        start = found + 1
    parts.append(text[start:])
    return parts


def _without_citation(feedback: str) -> str:
    """The feedback without the citation paragraph trainer's export ends it with."""
    head, _, last = feedback.rpartition("\n\n")
    return head if last.startswith(CITATION_PREFIX) else feedback


def _category_tag(category: str) -> str:
    parts = [p.strip() for p in category.split("/") if p.strip()]
    kept = [p for p in parts if not _NOISE_CATEGORY.match(p)]
    return "_".join("/".join(kept).split())
