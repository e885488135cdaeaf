"""Author slips: a prompt that writes out its answer, an accepted part of a list."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tests.support.decks import compiled_text
from trainer.core.generate.author_slips import _COPIED_WORDS, _copyable
from trainer.core.generate.option_rules import core_words, fold_once, holds_words


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
        "list such as 'Grissom, White and Chaffee' as one answer, put it in quotes"
    ]


def test_check_warns_of_a_list_cut_at_its_first_comma_in_other_words() -> None:
    # The accepted list says the answer's parts in other words: only its cut shows.
    compiled = compiled_text(
        """id: d
title: T
excerpts:
  - id: e
    page: 1
    text: The Constitution set up a legislative, an executive and a judicial branch.
    questions:
      - id: branches
        q: Name the three branches of government.
        a: legislative, executive and judicial
        accept: [the legislature, the executive and the judiciary]
"""
    )
    assert [str(warning) for warning in compiled.warnings] == [
        "deck.yaml:8:9: warning: question 'branches': it accepts 'the legislature', only one "
        "part of its answer 'legislative, executive and judicial': if 'accept' was meant to "
        "hold a list such as 'the legislature, the executive and the judiciary' as one "
        "answer, put it in quotes"
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


def test_check_warns_of_an_accepted_answer_or_alias_the_prompt_writes_out() -> None:
    compiled = compiled_text(
        """id: d
title: T
aliases:
  George Eliot: [Mary Ann Evans]
excerpts:
  - id: e
    page: 1
    text: Mary Ann Evans published her novels as George Eliot; Yuri Gagarin flew first.
    questions:
      - id: pen
        q: Under what pen name did Mary Ann Evans publish?
        a: George Eliot
      - id: first
        q: Who flew first, as the Vostok 1 pilot?
        a: Yuri Gagarin
        accept: [the Vostok 1 pilot]
      - id: choice
        q: Was the first man in space Gagarin or Titov?
        a: Yuri Gagarin
        accept: [Gagarin]
"""
    )
    messages = [str(warning) for warning in compiled.warnings]
    assert messages == [
        "deck.yaml:10:9: warning: card 'pen': it accepts 'Mary Ann Evans', which its prompt "
        "'Under what pen name did Mary Ann Evans publish?' writes out, so copying the "
        "prompt's words is marked right: drop it from 'accept' or 'aliases', or word the "
        "prompt without it",
        "deck.yaml:13:9: warning: card 'first': it accepts 'the Vostok 1 pilot', which its "
        "prompt 'Who flew first, as the Vostok 1 pilot?' writes out, so copying the "
        "prompt's words is marked right: drop it from 'accept' or 'aliases', or word the "
        "prompt without it",
    ]


_DEPTH = """id: d
title: T
excerpts:
  - id: e
    page: 1
    text: The Challenger Deep lies about 10,935 m below sea level; Everest rises 8,849 m.
    questions:
      - {id: t, q: How deep is the Challenger Deep?, a: "−10,935 m", accept: %s}
      - {id: h, q: How high is Everest?, a: "8,849 m", distractors: %s, choices: 3}
"""


def test_check_warns_of_a_list_cut_at_a_numbers_thousands_comma() -> None:
    compiled = compiled_text(_DEPTH % ("[10,935 m below sea level]", "[1,000 m, 9,000 m]"))
    assert [str(warning) for warning in compiled.warnings] == [
        "deck.yaml:8:9: warning: question 't': its list 'accept' holds '10' and '935 m below "
        "sea level', one value '10,935 m below sea level' cut at its thousands comma: in a "
        "list in brackets, put a number with a comma in quotes",
        "deck.yaml:9:9: warning: question 'h': its list 'distractors' holds '1' and '000 m', "
        "one value '1,000 m' cut at its thousands comma: in a list in brackets, put a "
        "number with a comma in quotes",
        "deck.yaml:9:9: warning: question 'h': its list 'distractors' holds '9' and '000 m', "
        "one value '9,000 m' cut at its thousands comma: in a list in brackets, put a "
        "number with a comma in quotes",
    ]


def test_numbers_quoted_or_listed_apart_are_no_slip() -> None:
    quoted = _DEPTH % ('["10,935 m below sea level", 10935 m]', '["1,000 m", "9,000 m"]')
    assert compiled_text(quoted).warnings == ()
    # Two answers that are numbers: joined, they make no number of the answer.
    apart = _DEPTH.replace('a: "−10,935 m"', 'a: "12"').replace("10,935 m below", "12 m")
    assert compiled_text(apart % ("[12, 144]", '["1,000 m", "9,000 m"]')).warnings == ()


def test_check_warns_of_a_question_and_a_template_asking_the_same() -> None:
    compiled = compiled_text(
        """id: d
title: T
templates:
  - id: who-wrote
    prompt: Who wrote {novel}?
    answer: author
excerpts:
  - id: tess
    page: 3
    text: Tess of the d'Urbervilles, by Thomas Hardy, came out in 1891.
    facts:
      - {id: tess, novel: Tess of the d'Urbervilles, author: Thomas Hardy}
    questions:
      - {id: author, q: Who wrote Tess of the d'Urbervilles?, a: Thomas Hardy}
      - {id: year, q: When did Tess of the d'Urbervilles come out?, a: "1891"}
"""
    )
    assert [str(warning) for warning in compiled.warnings] == [
        "deck.yaml:12:9: warning: card 'tess.who-wrote' asks 'Who wrote Tess of the "
        "d'Urbervilles?', as card 'author' of excerpt 'tess' does: a learner meets one "
        "question twice; drop one, or word them apart"
    ]


def test_a_number_cut_at_each_of_its_commas_is_one_slip_told_once() -> None:
    # YAML reads `[1,000,000]` as the numbers 1, 000 and 000, which the deck keeps as
    # written (not 0): else "0" and "1" would be accepted answers, and nothing warned.
    compiled = compiled_text(
        _DEPTH.replace('a: "−10,935 m"', 'a: "about 1 million"').replace(
            "rises 8,849 m.", "rises 8,849 m; about 1 million people live near it."
        )
        % ("[1 million, 1,000,000, a million]", '["1,000 m", "9,000 m"]')
    )
    (warning,) = compiled.warnings
    assert "holds '1' and '000,000', one value '1,000,000'" in str(warning)
    (card,) = [card for card in compiled.cards if card.id.endswith(":t")]
    assert "0" not in card.answer.alternatives


def test_digits_with_a_leading_zero_are_kept_as_written_not_read_as_octal() -> None:
    yaml = _DEPTH.replace('a: "−10,935 m"', "a: 0410") % ("[410 AD]", '["1,000 m", "9,000 m"]')
    (card,) = [card for card in compiled_text(yaml).cards if card.id.endswith(":t")]
    assert card.answer.text == "0410"  # the year 410; YAML's octal would make it 264


_WORDS = ["the", "flattened", "membrane", "sac", "a", "of", "1,000", "Sac", "-"]


@given(
    st.lists(st.sampled_from(_WORDS), max_size=5).map(" ".join),
    st.lists(st.sampled_from(_WORDS), max_size=7).map(" ".join),
)
def test_an_answer_is_copied_as_its_whole_words_say(answer: str, prompt: str) -> None:
    # Worked out once per answer: what is checked of each card's prompt is unchanged.
    core = core_words(answer)
    plainly = len(core.split()) >= _COPIED_WORDS and holds_words(fold_once(prompt), core)
    copied = _copyable(answer)
    assert bool(copied and holds_words(fold_once(prompt), copied)) is plainly
