"""A small deck in a main file and two chapter files, for tests that edit, move and
recompile excerpts between compiles."""

from __future__ import annotations

import textwrap
from pathlib import Path

# The main file: two templates over every excerpt's fact (a text question and a
# true/false one, whose swap pool reads every other fact), and the two chapters.
MAIN = """\
id: {deck_id}
title: A deck in two chapters
templates:
  - id: where
    prompt: Where did {{who}} go?
    answer: place
  - id: went
    kind: true_false
    statement: "{{who}} went to {{place}}."
    swap: place
include:
  - chapters/one.yaml
  - chapters/two.yaml
"""


def excerpt_yaml(excerpt_id: str, page: int, who: str, place: str) -> str:
    """One excerpt (a list item): a text naming `who` and `place`, a fact of both and an
    authored question."""
    return textwrap.dedent(f"""\
        - id: {excerpt_id}
          page: {page}
          text: In 1926 {who} travelled to {place} to inspect the school there.
          facts:
            - id: {excerpt_id}-f
              who: {who}
              place: {place}
          questions:
            - q: Who travelled to {place}?
              a: {who}
        """)


def chapter_yaml(excerpts: list[str]) -> str:
    """A chapter file holding these excerpts (as `excerpt_yaml` writes them)."""
    return "excerpts:\n" + textwrap.indent("".join(excerpts), "  ")


def write_deck(folder: Path, deck_id: str, one: str, two: str) -> Path:
    """Write the main file and the two chapters' texts into `folder`; the main file."""
    (folder / "chapters").mkdir(parents=True, exist_ok=True)
    (folder / "chapters" / "one.yaml").write_text(one, "utf-8")
    (folder / "chapters" / "two.yaml").write_text(two, "utf-8")
    main = folder / "course.yaml"
    main.write_text(MAIN.format(deck_id=deck_id), "utf-8")
    return main
