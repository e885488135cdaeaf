"""Author slips: a prompt that writes out its answer, an accepted part of a list."""

from __future__ import annotations

from tests.support.decks import compiled_text


def test_check_warns_of_a_prompt_that_writes_out_its_answer() -> None:
    compiled = compiled_text(
        """id: d
title: T
templates:
  - id: term-for
    prompt: What is the term for {meaning}?
    answer: term
excerpts:
  - id: e
    page: 1
    text: Stacks of flattened membrane sacs that hold chlorophyll are thylakoids.
    facts:
      - id: thylakoid
        term: a flattened membrane sac that holds chlorophyll
        meaning: a flattened membrane sac that holds chlorophyll
"""
    )
    messages = [str(warning) for warning in compiled.warnings]
    assert any(
        message.startswith("deck.yaml:12:9: warning: card 'thylakoid.term-for': its prompt")
        and "writes out its whole answer" in message
        for message in messages
    )


_CREW = """id: d
title: T
excerpts:
  - id: e
    page: 1
    text: A fire killed Gus Grissom, Ed White and Roger Chaffee.
    questions:
      - id: crew
        q: Which three astronauts died?
        a: Gus Grissom, Ed White and Roger Chaffee
        accept: %s
"""


def test_check_warns_of_an_accepted_answer_that_is_one_part_of_a_list() -> None:
    compiled = compiled_text(_CREW % "[Grissom, White and Chaffee]")
    assert [str(warning) for warning in compiled.warnings] == [
        "deck.yaml:8:9: warning: question 'crew': it accepts 'Grissom', only one part of its "
        "answer 'Gus Grissom, Ed White and Roger Chaffee': if 'accept' was meant to hold a "
        "list such as 'White and Chaffee' as one answer, put it in quotes"
    ]


def test_the_whole_list_accepted_is_no_slip() -> None:
    compiled = compiled_text(_CREW % '["Grissom, White and Chaffee"]')
    assert compiled.warnings == ()


def test_a_part_accepted_of_an_answer_that_is_a_sentence_is_no_slip() -> None:
    compiled = compiled_text(
        """id: d
title: T
excerpts:
  - id: e
    page: 1
    text: The hatch opened inwards and could not be opened in time.
    questions:
      - id: why
        q: Why could the crew not escape?
        a: The hatch opened inwards and could not be opened in time
        accept: [the hatch opened inwards]
"""
    )
    assert compiled.warnings == ()
