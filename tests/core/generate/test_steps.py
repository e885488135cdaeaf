"""Generating an edited deck again from remembered steps gives what a cold run gives."""

from __future__ import annotations

import dataclasses

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from trainer.core.authored import (
    Chronology,
    Deck,
    Excerpt,
    Fact,
    FieldSpec,
    Question,
    Template,
    TemplateKind,
)
from trainer.core.generate import GeneratedDeck, generate_deck, generate_deck_reusing
from trainer.core.generate.falsity import Falsity
from trainer.core.generate.step_codec import memo_from_plain, memo_to_plain
from trainer.core.generate.steps import Steps
from trainer.core.model import DeckDefaults, Location, Severity, SourceRef

PEOPLE = [
    "James Watson",
    "Francis Crick",
    "Rosalind Franklin",
    "Yuri Gagarin",
    "Hans Seeckt",
    "Otto Hasse",
    "Karl Radek",
    "Ernst Volkmann",
    "Kurt Student",
    "Georgy Chicherin",
]
PLACES = ["Lipetsk", "Kazan", "Moscow", "Berlin", "Tiflis", "Samara", "Genoa", "Tomka", "Riga"]
ROLES = ["the first person in orbit", "a dog", "a president", "the author of the paper"]
TAGS = ["aviation", "tanks", "treaty"]
WORDS = ["in", "the", "school", "travelled", "to", "treaty", "signed", "and", "was", "built"]
FILES = ("course.yaml", "chapters/one.yaml", "chapters/two.yaml")
TEMPLATES = (
    Template("who-role", TemplateKind.CHOICE, Location(FILES[0], 3, 5), "Who was {role}?", "who"),
    Template("where", TemplateKind.TEXT, Location(FILES[0], 4, 5), "Where did {who} go?", "place"),
    Template(
        "went",
        TemplateKind.TRUE_FALSE,
        Location(FILES[0], 5, 5),
        statement="{who} went to {place}.",
        swap="place",
    ),
    Template(
        "when",
        TemplateKind.TRUE_FALSE,
        Location(FILES[0], 6, 5),
        statement="{who} went in {year}.",
        swap="year",
    ),
)


@st.composite
def sentences(draw: st.DrawFn) -> str:
    parts = draw(
        st.lists(
            st.one_of(
                st.sampled_from(PEOPLE),
                st.sampled_from(PLACES),
                st.sampled_from(WORDS),
                st.integers(1900, 1935).map(str),
                st.sampled_from(PLACES).map(lambda place: "{{c1::" + place + "}}"),
            ),
            min_size=3,
            max_size=12,
        )
    )
    return " ".join(parts) + "."


@st.composite
def excerpts(draw: st.DrawFn, name: str, path: str, line: int) -> Excerpt:
    facts = []
    for i in range(draw(st.integers(0, 4))):
        values = {"who": draw(st.sampled_from(PEOPLE))}
        for field, pool in (("place", PLACES), ("role", ROLES)):
            if draw(st.booleans()):
                values[field] = draw(st.sampled_from(pool))
        if draw(st.booleans()):
            values["year"] = str(draw(st.integers(1900, 1935)))
        facts.append(Fact(f"{name}-f{i}", name, values, Location(path, line + 3 + i, 7)))
    questions = []
    for i in range(draw(st.integers(0, 2))):
        answer = draw(st.sampled_from(PEOPLE + PLACES))
        style = draw(st.sampled_from(["plain", "distractors", "draw"]))
        questions.append(
            Question(
                slot=f"q{i}",
                prompt=draw(st.sampled_from(["Who went there?", "Where was it built?"])),
                answer=answer,
                location=Location(path, line + 8 + i, 9),
                distractors=tuple(p for p in PLACES if p != answer)[:3]
                if style == "distractors"
                else (),
                draw="who" if style == "draw" else None,
            )
        )
    text = " ".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
    return Excerpt(
        name,
        text,
        SourceRef(
            pages=str(draw(st.integers(1, 9))), chapter=draw(st.sampled_from(["", "1", "2"]))
        ),
        Location(path, line, 5),
        title=draw(st.sampled_from(["", "A title", "Lipetsk"])),
        tags=tuple(draw(st.sets(st.sampled_from(TAGS), max_size=2))),
        auto_cloze=draw(st.sampled_from([None, True, False])),
        facts=tuple(facts),
        questions=tuple(questions),
        text_location=Location(path, line + 1, 11),
    )


@st.composite
def decks(draw: st.DrawFn) -> Deck:
    found: list[Excerpt] = []
    for number, path in enumerate(FILES[1:]):
        for i in range(draw(st.integers(2, 5))):
            found.append(draw(excerpts(f"e{number}{i}", path, 2 + 12 * i)))
    auto_cloze: list[bool | str] = ["plain", True]
    dated = [fact.id for excerpt in found for fact in excerpt.facts if "year" in fact.values]
    chronologies = tuple(
        Chronology(
            f"c{i}",
            tuple(draw(st.permutations(dated))[:3]),
            Location(FILES[0], 40 + 3 * i, 5),
            label=draw(st.sampled_from(["{who}", "{who} in {year}"])),
        )
        for i in range(draw(st.integers(0, 2)) if len(dated) >= 3 else 0)
    )
    return Deck(
        id="d",
        title="T",
        location=Location(FILES[0], 1, 1),
        templates=TEMPLATES,
        excerpts=tuple(found),
        chronologies=chronologies,
        fields={"year": FieldSpec("year")},
        defaults=DeckDefaults(auto_cloze=draw(st.sampled_from(auto_cloze))),
        files=FILES,
    )


def _shifted(excerpt: Excerpt, lines: int) -> Excerpt:
    def moved(where: Location) -> Location:
        return dataclasses.replace(where, line=where.line + lines)

    text_location = excerpt.text_location
    return dataclasses.replace(
        excerpt,
        location=moved(excerpt.location),
        text_location=None if text_location is None else moved(text_location),
        facts=tuple(dataclasses.replace(f, location=moved(f.location)) for f in excerpt.facts),
        questions=tuple(
            dataclasses.replace(q, location=moved(q.location)) for q in excerpt.questions
        ),
    )


@st.composite
def edits(draw: st.DrawFn, deck: Deck) -> Deck:
    """`deck` after one to three edits of the kinds an author makes."""
    found = list(deck.excerpts)
    for _ in range(draw(st.integers(1, 3))):
        kinds = ["text", "fact", "question", "remove", "add", "shift", "tags", "chapter", "move"]
        kinds.append("pages")
        kind = draw(st.sampled_from(kinds))
        at = draw(st.integers(0, len(found) - 1)) if found else 0
        if kind == "add" or not found:
            path = draw(st.sampled_from(FILES[1:]))
            found.insert(at, draw(excerpts(f"new{len(found)}", path, 200)))
        elif kind == "remove" and len(found) > 1:
            del found[at]
        elif kind == "text":
            found[at] = dataclasses.replace(found[at], text=draw(sentences()))
        elif kind == "fact" and found[at].facts:
            fact = found[at].facts[0]
            values = {**fact.values, "who": draw(st.sampled_from(PEOPLE))}
            facts = (dataclasses.replace(fact, values=values), *found[at].facts[1:])
            found[at] = dataclasses.replace(found[at], facts=facts)
        elif kind == "question" and found[at].questions:
            question = dataclasses.replace(found[at].questions[0], prompt="Who was it then?")
            found[at] = dataclasses.replace(
                found[at], questions=(question, *found[at].questions[1:])
            )
        elif kind == "tags":
            tags = tuple(draw(st.sets(st.sampled_from(TAGS), max_size=2)))
            found[at] = dataclasses.replace(found[at], tags=tags)
        elif kind == "chapter":
            source = dataclasses.replace(
                found[at].source, chapter=draw(st.sampled_from(["", "1", "3"]))
            )
            found[at] = dataclasses.replace(found[at], source=source)
        elif kind == "pages":
            source = dataclasses.replace(found[at].source, pages=str(draw(st.integers(10, 12))))
            found[at] = dataclasses.replace(found[at], source=source)
        elif kind == "move" and len(found) > 1:
            # An excerpt moved elsewhere in the deck: searches find it at another place.
            found.insert(draw(st.integers(0, len(found) - 1)), found.pop(at))
        elif kind == "shift":
            path = found[at].location.path
            lines = draw(st.integers(1, 5))
            found = [
                _shifted(e, lines) if e.location.path == path and i >= at else e
                for i, e in enumerate(found)
            ]
    return dataclasses.replace(deck, excerpts=tuple(found))


def _same(reused: GeneratedDeck, cold: GeneratedDeck) -> None:
    assert reused.cards == cold.cards
    assert reused.diagnostics == cold.diagnostics
    assert dict(reused.origins) == dict(cold.origins)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_an_edited_deck_generated_from_remembered_steps_equals_a_cold_run(
    data: st.DataObject,
) -> None:
    deck = data.draw(decks())
    first, memo, _ = generate_deck_reusing(deck, {})
    _same(first, generate_deck(deck))
    edited = data.draw(edits(deck))
    # The steps go to disk and back between the two runs, as the deck cache keeps them.
    again, memo, _ = generate_deck_reusing(edited, memo_from_plain(memo_to_plain(memo)))
    _same(again, generate_deck(edited))
    unchanged, _, _ = generate_deck_reusing(edited, memo)
    _same(unchanged, generate_deck(edited))


@settings(max_examples=30, deadline=None)
@given(deck=decks())
def test_an_unchanged_deck_replays_every_step(deck: Deck) -> None:
    first, memo, _ = generate_deck_reusing(deck, {})
    # A step that reported an error is never kept (the deck does not compile anyway).
    assume(all(item.severity is Severity.WARNING for item in first.diagnostics))

    def refuse(*_: object) -> None:
        raise AssertionError("a step was run again")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Steps, "_record", refuse)
        generated, again, _ = generate_deck_reusing(deck, memo)
    _same(generated, generate_deck(deck))
    assert again == memo


@settings(max_examples=30, deadline=None)
@given(deck=decks())
def test_replayed_true_false_steps_search_no_excerpt_text_when_none_changed(deck: Deck) -> None:
    # A remembered search still holds when the excerpts it found are unchanged and no
    # changed excerpt names its words: with nothing changed, no text is searched at all.
    first, memo, _ = generate_deck_reusing(deck, {})
    assume(all(item.severity is Severity.WARNING for item in first.diagnostics))
    assume(any(record.searches for record in memo.values()))

    def refuse(*_: object) -> None:
        raise AssertionError("the excerpts' texts were searched")

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Falsity, "excerpts_naming", refuse)
        patch.setattr(Falsity, "words_named_at", refuse)
        generated, _, _ = generate_deck_reusing(deck, memo_from_plain(memo_to_plain(memo)))
    _same(generated, generate_deck(deck))


@settings(max_examples=30, deadline=None)
@given(deck=decks(), lines=st.integers(1, 9))
def test_lines_added_above_excerpts_run_again_only_steps_that_warned(
    deck: Deck, lines: int
) -> None:
    failed: list[object] = []
    record = Steps._record

    def kept(self: Steps, *args: object) -> object:
        result = record(self, *args)  # type: ignore[arg-type]
        if result is None:
            failed.append(args)
        return result

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Steps, "_record", kept)
        first, memo, _ = generate_deck_reusing(deck, {})
    path = FILES[1]
    # Steps of the moved excerpts that did not warn: these must be replayed, not run.
    quiet = [
        record
        for record in memo.values()
        if not record.diagnostics and any(origin.path == path for origin in record.origins)
    ]
    assume(quiet)
    shifted = dataclasses.replace(
        deck,
        excerpts=tuple(_shifted(e, lines) if e.location.path == path else e for e in deck.excerpts),
    )
    runs: list[object] = []

    def counted(self: Steps, *args: object) -> object:
        runs.append(args)
        return record(self, *args)  # type: ignore[arg-type]

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Steps, "_record", counted)
        generated, _, _ = generate_deck_reusing(shifted, memo_from_plain(memo_to_plain(memo)))
    _same(generated, generate_deck(shifted))
    # A step that warned is run again where its excerpt moved (its message may quote a
    # place), and one that reported an error was never kept; every other step is
    # replayed, its cards' origins moved.
    warned = sum(1 for record in memo.values() if record.diagnostics)
    assert len(runs) <= warned + len(failed)
    assert dict(generated.origins) != dict(first.origins)


def test_a_chronology_is_generated_again_when_an_excerpt_it_cites_changes() -> None:
    def holder(number: int, year: int, pages: str) -> Excerpt:
        name = f"e{number}"
        fact = Fact(
            f"{name}-f", name, {"who": PEOPLE[number], "year": str(year)}, Location(FILES[1], 9, 7)
        )
        return Excerpt(
            name,
            f"{PEOPLE[number]} travelled in {year}.",
            SourceRef(pages=pages),
            Location(FILES[1], 2 + 12 * number, 5),
            facts=(fact,),
        )

    chronology = Chronology("c", ("e0-f", "e1-f", "e2-f"), Location(FILES[0], 40, 5), label="{who}")
    deck = Deck(
        id="d",
        title="T",
        location=Location(FILES[0], 1, 1),
        excerpts=tuple(holder(i, 1920 + i, "1") for i in range(3)),
        chronologies=(chronology,),
        files=FILES,
    )
    first, memo, _ = generate_deck_reusing(deck, {})
    assert not first.diagnostics
    # Its card cites the excerpts holding its facts: their pages are in its source.
    edited = dataclasses.replace(deck, excerpts=(*deck.excerpts[:2], holder(2, 1922, "99")))
    again, _, _ = generate_deck_reusing(edited, memo_from_plain(memo_to_plain(memo)))
    _same(again, generate_deck(edited))
    assert again.cards[-1] != first.cards[-1]


def _twice(text: str, line: int, *questions: Question, pages: str = "1") -> Excerpt:
    """An excerpt under the id "twice", which a test's deck gives two excerpts."""
    return Excerpt(
        "twice",
        text,
        SourceRef(pages=pages),
        Location(FILES[1], line, 5),
        questions=questions,
        text_location=Location(FILES[1], line + 1, 11),
    )


def test_two_excerpts_under_one_id_each_get_their_own_steps() -> None:
    # Such a deck fails to compile, but its steps are remembered and looked up all the
    # same: the second excerpt once took the first's key and replayed its cards.
    question = Question("q0", "Who went there?", "Kazan", Location(FILES[1], 30, 9))
    deck = Deck(
        id="d",
        title="T",
        location=Location(FILES[0], 1, 1),
        templates=TEMPLATES,
        excerpts=(
            _twice("Otto Hasse travelled to Kazan in 1926.", 2, question),
            _twice("James Watson travelled to Lipetsk.", 14),
        ),
        defaults=DeckDefaults(auto_cloze=True),
        files=FILES,
    )
    first, memo, _ = generate_deck_reusing(deck, {})
    _same(first, generate_deck(deck))
    again, _, _ = generate_deck_reusing(deck, memo_from_plain(memo_to_plain(memo)))
    _same(again, generate_deck(deck))


def test_two_excerpts_under_one_id_each_cite_their_own_pages() -> None:
    # The citation was kept by excerpt id: a run that replayed the first excerpt's step
    # cited the second's pages for both, a cold run the first's.
    question = Question("q0", "Who went there?", "James Watson", Location(FILES[1], 30, 9))
    before = Deck(
        id="d",
        title="T",
        location=Location(FILES[0], 1, 1),
        excerpts=(_twice("{{c1::Lipetsk}} James Watson.", 2, pages="8"),),
        files=FILES,
    )
    after = dataclasses.replace(
        before,
        excerpts=(
            *before.excerpts,
            _twice("James Watson went to {{c1::Kazan}}.", 14, question),
        ),
    )
    _, memo, _ = generate_deck_reusing(before, {})
    again, memo, _ = generate_deck_reusing(after, memo)
    _same(again, generate_deck(after))
    unchanged, _, _ = generate_deck_reusing(after, memo)
    _same(unchanged, generate_deck(after))
