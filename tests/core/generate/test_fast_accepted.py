"""The pass of accepted answers, with its fast paths, gives exactly what it gave written
plainly (reference_accepted.py), on random decks of people's names, their surnames and
first names alone, people named together, aliases and prompts that ask or do not."""

from __future__ import annotations

from types import MappingProxyType

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.core.generate.conftest import Make
from tests.core.generate.reference_accepted import reference_attach_accepted_answers
from trainer.core.authored import Deck
from trainer.core.generate.accepted import attach_accepted_answers
from trainer.core.generate.context import DeckIndex
from trainer.core.model import Answer, AnswerType, Card, CardKind

NAMES = [
    *("Yuri Gagarin", "Gagarin", "Pavel Gagarin", "John Maynard Keynes", "Keynes"),
    *("Maynard Keynes", "Edmund Hillary and Tenzing Norgay", "Hillary", "Norgay"),
    *("Napoleon Bonaparte", "Napoleon", "William Anders", "Anders", "Marie Curie"),
    *("Pierre Curie", "Curie", "Edsger W. Dijkstra", "Dijkstra", "Asaph Hall", "Hall"),
    *("General Douglas MacArthur", "Captain Cook", "Cook", "James Watt", "the watt"),
    *("Kazan", "Lloyd George", "George", "1926", "Rembrandt van Rijn", "Rembrandt"),
    # Names that only the text around a cloze's blank tells to be a person's or not.
    *("Andrija Mohorovicic", "James Island", "Tenzing Norgay"),
    # Names known by one name and a place or an epithet, and rivals for that name.
    *("Ignatius of Loyola", "Catherine of Aragon", "Catherine Howard", "Frederick the Wise"),
    *("Lady Macbeth", "Macbeth", "Admiral Chester Nimitz", "Chester Nimitz"),
]
PROMPTS = [
    *("Who flew first?", "Whom did he meet?", "Which two poets met?", "What city?"),
    *("Which president signed it?", "When was it?", "Whose idea was it?", "Which?"),
    *("The Croatian seismologist [...] wrote it.", "[...] proposed it. His idea won."),
    *("born in [...] in 1810. His waltz.", "Charles Richter, working with [...] won."),
    *("signed by [...] and [...]", "a farmer, [...] left.", "It was [...]."),
]
TEXTS = [
    *("Yuri Gagarin flew. Gagarin landed.", "Keynes wrote, and John Maynard Keynes won."),
    *("Napoleon defeated the Austrians.", "Anders photographed the Earth rising."),
    *("the moons that Hall found", "Marie Curie and Pierre Curie; Curie won."),
    *("Edsger W. Dijkstra wrote it.", "Rembrandt painted. Kazan grew.", "nothing here"),
    *("Yuri Gagarin flew after his brother Pavel Gagarin.", "the tribune Yuri Gagarin"),
    *("Lady Macbeth spurred Macbeth on.", "Admiral Chester Nimitz directed it."),
]
KINDS = [
    *(CardKind.QA, CardKind.CLOZE, CardKind.AUTO_CLOZE, CardKind.TEMPLATE),
    *(CardKind.CHOICE, CardKind.TRUE_FALSE, CardKind.CHRONOLOGY),
]
TYPES = [AnswerType.TEXT, AnswerType.TEXT, AnswerType.CHOICE, AnswerType.YEAR]
EXCERPTS = ("e0", "e1", "e2")


@st.composite
def decks(draw: st.DrawFn) -> tuple[list[Card], DeckIndex]:
    names = st.sampled_from(NAMES)
    excerpts = tuple(
        Make.excerpt(
            excerpt_id,
            draw(st.sampled_from(TEXTS)),
            facts=tuple(
                Make.fact(f"{excerpt_id}f{i}", who=draw(names))
                if who
                else Make.fact(f"{excerpt_id}f{i}", place=draw(names))
                for i, who in enumerate(draw(st.lists(st.booleans())))
            ),
        )
        for excerpt_id in EXCERPTS
    )
    aliases = {draw(names): (draw(names),) for _ in range(draw(st.integers(0, 2)))}
    template = Make.template("t1", prompt=draw(st.sampled_from(PROMPTS)), answer="place")
    deck = Deck(
        id="d",
        title="D",
        location=Make.loc(),
        templates=(template,),
        excerpts=excerpts,
        aliases=MappingProxyType(aliases),
    )
    cards = []
    for i in range(draw(st.integers(1, 14))):
        parts = draw(st.sampled_from([(), (), (draw(names), draw(names))]))
        answer = Answer(
            draw(st.sampled_from(TYPES)),
            "; ".join(parts) if parts else draw(names),
            alternatives=tuple(draw(st.lists(names, max_size=2))),
            parts=parts,
        )
        excerpt_id = draw(st.sampled_from(EXCERPTS))
        cards.append(
            Card(
                id=f"d:{excerpt_id}:{i}",
                deck_id="d",
                kind=draw(st.sampled_from(KINDS)),
                excerpt_id=excerpt_id,
                prompt=draw(st.sampled_from(PROMPTS)),
                answer=answer,
                source="p. 1",
                choices=tuple(draw(st.lists(names, max_size=3))),
                cites=(excerpt_id,),
            )
        )
    return cards, DeckIndex.of(deck)


@settings(max_examples=400, deadline=None)
@given(decks())
def test_accepted_answers_are_those_found_plainly(deck: tuple[list[Card], DeckIndex]) -> None:
    cards, index = deck
    fast, plain = list(cards), list(cards)
    attach_accepted_answers(fast, index)
    reference_attach_accepted_answers(plain, index)
    assert fast == plain


def _cloze(answer: str, prompt: str) -> Card:
    return Card(
        id="d:e0:c1",
        deck_id="d",
        kind=CardKind.CLOZE,
        excerpt_id="e0",
        prompt=prompt,
        answer=Answer(AnswerType.TEXT, answer),
        source="p. 1",
        cites=("e0",),
    )


def test_a_cloze_answer_is_a_person_by_its_blank_as_plainly() -> None:
    index = DeckIndex.of(Make.deck(Make.excerpt("e0", "nothing here")))
    person = _cloze("Andrija Mohorovicic", "The Croatian seismologist [...] wrote it.")
    place = _cloze("James Island", "born in [...] in 1810. His waltz.")
    fast, plain = [person, place], [person, place]
    attach_accepted_answers(fast, index)
    reference_attach_accepted_answers(plain, index)
    assert fast == plain
    assert fast[0].answer.alternatives == ("Mohorovicic",)
    assert fast[1].answer.alternatives == ()
