"""A name that says no sex is given one by the deck's words, and options and swaps keep to it."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from tests.core.generate.two_plays import CAST, two_plays_deck
from trainer.core.authored import Deck, TemplateKind
from trainer.core.generate.deck_sexes import deck_sexes
from trainer.core.model import CardKind
from trainer.core.name_sexes import Sex

EGYPT = {
    "Isis": "the goddess of magic",
    "Hathor": "the goddess of love and music",
    "Sekhmet": "the goddess of war",
    "Bastet": "the goddess of cats",
    "Osiris": "the god of the dead",
    "Ra": "the god of the sun",
    "Thoth": "the god of writing",
    "Anubis": "the god of embalming",
}
GODDESSES = {name for name, role in EGYPT.items() if "goddess" in role}


def _egypt(make: type[Make], deities: dict[str, str] = EGYPT) -> Deck:
    facts = tuple(
        make.fact(name.lower(), deity=name, role=role, line=20 + i)
        for i, (name, role) in enumerate(deities.items())
    )
    lioness = make.question(
        "Which goddess had the head of a lioness?", "Sekhmet", slot="lioness", draw="deity"
    )
    excerpt = make.excerpt(
        "egypt",
        "The Egyptians worshipped "
        + "; ".join(f"{name}, {role}" for name, role in deities.items())
        + ". Sekhmet had the head of a lioness.",
        facts=facts,
        questions=(lioness,) if "Sekhmet" in deities else (),
    )
    templates = (
        make.template(
            "by-role", kind=TemplateKind.CHOICE, prompt="Which deity was {role}?", answer="deity"
        ),
        make.template(
            "role-tf", kind=TemplateKind.TRUE_FALSE, statement="{deity} was {role}.", swap="deity"
        ),
    )
    return make.deck(excerpt, templates=templates)


def test_options_and_swaps_keep_the_sex_a_role_says(make: type[Make]) -> None:
    checked = 0
    for card in make.cards(_egypt(make)):
        if card.kind is CardKind.CHOICE:
            answer = card.choices[card.answer.key[0]]
            # Four goddesses and four gods: three others of the answer's sex each time.
            assert (set(card.choices) <= GODDESSES) is (answer in GODDESSES), card
            assert set(card.choices).isdisjoint(GODDESSES) is (answer not in GODDESSES), card
            checked += 1
        elif card.kind is CardKind.TRUE_FALSE and card.explanation:
            # "Osiris was the goddess of magic" would be false on its face.
            swapped = card.prompt.removeprefix("True or false: ").split(" was ", 1)[0]
            truth = card.explanation.split(" was ", 1)[0]
            assert (swapped in GODDESSES) is (truth in GODDESSES), card
            checked += 1
    assert checked >= len(EGYPT) + 2


def test_a_question_naming_the_sex_draws_of_it(make: type[Make]) -> None:
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(_egypt(make))}
    assert set(cards["lioness"].choices) <= GODDESSES


def test_the_only_one_of_the_sex_a_role_says_is_warned_of(make: type[Make]) -> None:
    deities = {name: role for name, role in EGYPT.items() if name not in GODDESSES - {"Isis"}}
    warnings = [str(d) for d in make.warnings(_egypt(make, deities))]
    assert any(
        "'isis'" in w and "its answer 'Isis' is the only woman among the options" in w
        for w in warnings
    ), warnings


NORSE_HEROES = {
    "Sigurd": "slew the dragon Fafnir",
    "Brynhild": "would wed only the man who could wake her",
    "Hervor": "took up her dead father's sword",
    "Amleth": "avenged his father",
    "Ragnar": "fought a serpent to win his bride",
}


def test_a_pronoun_in_a_deed_keeps_the_swap_to_its_sex(make: type[Make]) -> None:
    facts = tuple(
        make.fact(name.lower(), hero=name, deed=deed, line=20 + i)
        for i, (name, deed) in enumerate(NORSE_HEROES.items())
    )
    excerpt = make.excerpt(
        "sagas", ". ".join(f"{name} {deed}" for name, deed in NORSE_HEROES.items()), facts=facts
    )
    templates = (
        make.template(
            "deed-tf", kind=TemplateKind.TRUE_FALSE, statement="{hero} {deed}.", swap="hero"
        ),
        make.template(
            "deed", kind=TemplateKind.CHOICE, prompt="Which hero {deed}?", answer="hero", choices=3
        ),
    )
    women, men = {"Brynhild", "Hervor"}, {"Amleth", "Ragnar"}
    checked = 0
    for card in make.cards(make.deck(excerpt, templates=templates)):
        if card.kind is CardKind.TRUE_FALSE and card.explanation:
            truth = card.explanation.split(" ", 1)[0]
            swapped = card.prompt.removeprefix("True or false: ").split(" ", 1)[0]
            # Never "Hervor avenged his father", nor "Ragnar took up her dead father's sword".
            assert not ({truth, swapped} & women and {truth, swapped} & men), card
            checked += 1
        elif card.kind is CardKind.CHOICE and card.choices[card.answer.key[0]] == "Brynhild":
            # "Which hero would wed only the man who could wake her?" asks for a woman.
            assert "Hervor" in card.choices and not set(card.choices) & men, card
            checked += 1
    assert checked >= 3


RULERS = {
    "Boudica": "the queen of the Iceni",
    "Zenobia": "the queen of Palmyra",
    "Aethelflaed": "the lady of the Mercians",
    "Offa": "the king of Mercia",
    "Cnut": "the king of England, Denmark and Norway",
    "Alfred": "the king of Wessex",
    "Athelstan": "the king of the English",
    "Edgar": "the king crowned at Bath",
    "Harold": "the king who fell at Hastings",
    "Edmund": "the king of the East Angles",
}


def test_a_drawn_question_for_a_queen_offers_queens_and_for_a_king_kings(
    make: type[Make],
) -> None:
    facts = tuple(
        make.fact(name.lower(), ruler=name, realm=realm, line=20 + i)
        for i, (name, realm) in enumerate(RULERS.items())
    )
    revolt = make.question(
        "Which queen led a revolt against Rome?", "Boudica", slot="revolt", draw="ruler"
    )
    cakes = make.question("Which king burned the cakes?", "Alfred", slot="cakes", draw="ruler")
    excerpt = make.excerpt(
        "rulers",
        "; ".join(f"{name} was {realm}" for name, realm in RULERS.items())
        + ". Boudica led a revolt against Rome. Alfred burned the cakes.",
        facts=facts,
        questions=(revolt, cakes),
    )
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(make.deck(excerpt))}
    # Three queens, then one king for the fourth option; for a king, kings only.
    assert {"Boudica", "Zenobia", "Aethelflaed"} <= set(cards["revolt"].choices)
    queens = {"Boudica", "Zenobia", "Aethelflaed"}
    assert queens.isdisjoint(cards["cakes"].choices), cards["cakes"].choices


def test_the_deck_gives_a_sex_only_where_its_words_say_one(make: type[Make]) -> None:
    facts = (
        # A role says the sex of the fact's only name.
        make.fact("siddons", player="Siddons", role="the actress who played Lady Macbeth"),
        make.fact("pythia", seer="Pythia", role="the priestess of Apollo at Delphi"),
        make.fact("imhotep", seer="Imhotep", role="the high priest of Ra"),
        # A word said of either sex says none.
        make.fact("garrick", player="Garrick", role="the actor who managed Drury Lane"),
        # Two names: the role may be either's.
        make.fact("juno", greek="Hera", roman="Juno", role="the goddess of marriage"),
        # Beside a name that says a sex, a role may be that name's.
        make.fact("ride", who="Sally Ride", first="the first American woman", craft="Challenger"),
        # Given both sexes, a name keeps none.
        make.fact("loki1", trickster="Loki", role="the god of mischief"),
        make.fact("loki2", trickster="Loki", role="the mother of Sleipnir"),
        # The wife is Frigg, not Odin; nor is a name that says a sex itself given one.
        make.fact("frigg", wife="Frigg", husband="Odin"),
        make.fact("victoria", monarch="Queen Victoria", role="the empress of India"),
    )
    templates = (
        make.template(
            "wife-of",
            kind=TemplateKind.CHOICE,
            prompt="{wife} was the wife of which god?",
            answer="husband",
        ),
        make.template(
            "whose-wife",
            kind=TemplateKind.CHOICE,
            prompt="Who was the wife of {husband}?",
            answer="wife",
        ),
    )
    known = deck_sexes(facts, templates)
    assert known == {
        "siddons": Sex.FEMALE,
        "pythia": Sex.FEMALE,
        "imhotep": Sex.MALE,
        "frigg": Sex.FEMALE,
    }


def test_words_said_of_several_names_give_each_its_sex() -> None:
    # Each distinct value is read once for a word of sex: every fact holding it still is.
    facts = [
        Make.fact(name.lower(), deity=name, role=role)
        for name, role in (("Isis", "the goddess"), ("Hathor", "the goddess"), ("Ra", "a sun"))
    ]
    facts.append(Make.fact("osiris", deity="Osiris", role="the god"))
    assert deck_sexes(facts, ()) == {"isis": Sex.FEMALE, "hathor": Sex.FEMALE, "osiris": Sex.MALE}


# Characters whose names say no sex, tagged with it, each beside the play they are in.
_WINTERS_TALE = {
    "Perdita": ("woman", "the baby abandoned on the coast"),
    "Paulina": ("woman", "the one who keeps the statue hidden"),
    "Antigonus": ("man", "the courtier pursued by a bear"),
    "Autolycus": ("man", "the pedlar who sings ballads"),
}


def test_a_tag_that_says_a_sex_gives_it_to_the_facts_one_name(make: type[Make]) -> None:
    facts = [
        make.fact(name.lower(), tags=(sex,), character=name, play="The Winter's Tale", role=role)
        for name, (sex, role) in _WINTERS_TALE.items()
    ]
    known = deck_sexes(facts, ())
    assert known == {
        "perdita": Sex.FEMALE,
        "paulina": Sex.FEMALE,
        "antigonus": Sex.MALE,
        "autolycus": Sex.MALE,
    }
    # Two names beside each other, or tags of both sexes, say whose it is no longer.
    pair = make.fact("pair", tags=("woman",), character="Perdita", suitor="Florizel")
    both = make.fact("both", tags=("man", "woman"), character="Camillo")
    assert deck_sexes([pair, both], ()) == {}


def test_swaps_keep_to_the_sex_a_tag_says(make: type[Make]) -> None:
    # "Antigonus is the baby abandoned on the coast", for Perdita, was made: neither
    # name says a sex, and only the tags say it.
    deck = two_plays_deck(make)
    swaps = 0
    for card in make.cards(deck):
        if card.explanation:
            shown = card.prompt.removeprefix("True or false: ").split(", ", 1)[1]
            truth = card.explanation.split(", ", 1)[1]
            swapped, true = shown.split(" is ", 1)[0], truth.split(" is ", 1)[0]
            assert CAST[swapped][0] == CAST[true][0], card
            swaps += 1
    assert swaps >= 2
