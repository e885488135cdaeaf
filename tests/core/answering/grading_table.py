"""Reading grading_cases.yaml: typed answers, their cards, a teacher's decision."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml

from trainer.core.answering.confusables import attach_confusables, deck_values
from trainer.core.compile import compile_deck
from trainer.core.model import Answer, AnswerType, Card, CardKind, CompiledDeck

ROOT = Path(__file__).resolve().parents[3]
TABLE = Path(__file__).with_name("grading_cases.yaml")


@dataclass(frozen=True)
class Case:
    """One typed answer to one card, and whether a fair teacher counts it right."""

    card: Card
    typed: str
    right: bool
    category: str

    def __str__(self) -> str:
        side = "right" if self.right else "wrong"
        return f"{self.card.id}: {self.typed!r} ({side}, {self.category})"


class _UniqueKeysLoader(yaml.SafeLoader):
    """A card written twice in the table would silently drop its first block of cases."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[object, object]:
        keys = [self.construct_object(key, deep=deep) for key, _ in node.value]
        repeated = sorted({str(key) for key in keys if keys.count(key) > 1})
        assert not repeated, f"{TABLE.name}:{node.start_mark.line + 1}: written twice: {repeated}"
        return super().construct_mapping(node, deep=deep)


@cache
def table() -> dict[str, object]:
    data = yaml.load(TABLE.read_text(encoding="utf-8"), Loader=_UniqueKeysLoader)
    assert isinstance(data, dict)
    return data


@cache
def compiled_decks() -> dict[str, CompiledDeck]:
    decks = table()["decks"]
    assert isinstance(decks, dict)
    return {name: compile_deck(ROOT / path) for name, path in decks.items()}


def cases() -> list[Case]:
    cards = _cards()
    out: list[Case] = []
    entries = table()["cards"]
    assert isinstance(entries, dict)
    for key, answers in entries.items():
        deck, card_id = key.split(" ")
        card = cards.get((deck, card_id))
        assert card is not None, f"the grading table names an unknown card: {key}"
        for side in ("right", "wrong"):
            for typed, category in answers.get(side, []):
                out.append(Case(card, str(typed), side == "right", category))
    return out


def _cards() -> dict[tuple[str, str], Card]:
    cards: dict[tuple[str, str], Card] = {}
    for name, compiled in compiled_decks().items():
        for card in compiled.cards:
            cards[(name, card.id.split(":", 1)[1])] = card
    inline = table()["inline"]
    assert isinstance(inline, dict)
    for name, spec in inline.items():
        cards[("inline", name)] = _inline_card(name, spec)
    return cards


def _inline_card(name: str, spec: dict[str, object]) -> Card:
    answer = Answer(
        AnswerType(str(spec["type"])),
        str(spec.get("answer", "")),
        alternatives=tuple(str(a) for a in spec.get("accept", ())),  # type: ignore[attr-defined]
        key=tuple(int(k) for k in spec.get("key", ())),  # type: ignore[attr-defined]
    )
    card = Card(
        id=f"inline:{name}",
        deck_id="inline",
        kind=CardKind.QA,
        excerpt_id=name,
        prompt=str(spec["prompt"]),
        answer=answer,
        source="",
        choices=tuple(str(c) for c in spec.get("choices", ())),  # type: ignore[attr-defined]
    )
    deck = spec.get("deck")
    if deck is None:
        return card
    # A card written here for a deck's card that the deck may not keep (an automatic
    # cloze): its confusables are the deck's values, as if it were one of its cards.
    compiled = compiled_decks()[str(deck)]
    values = [
        *(c.answer.text for c in compiled.cards),
        *(a for c in compiled.cards for a in c.answer.alternatives),
        *(o for c in compiled.cards for o in c.choices),
        *deck_values(compiled.deck),
    ]
    return attach_confusables([card], values)[0]
