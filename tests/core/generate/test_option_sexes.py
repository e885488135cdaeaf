"""Options for a person follow the sex of the answer, or of the person the question asks for."""

from __future__ import annotations

from tests.core.generate.conftest import Make
from trainer.core.authored import TemplateKind
from trainer.core.name_sexes import Sex, sex_of

AUTHORS = {
    "gouges": ("the Declaration of the Rights of Woman", "Olympe de Gouges"),
    "roland": ("the memoirs written in prison", "Madame Roland"),
    "stael": ("Corinne", "Germaine de Staël"),
    "sieyes": ("the pamphlet on the Third Estate", "Abbé Sieyès"),
    "marat": ("L'Ami du peuple", "Jean-Paul Marat"),
    "lafayette": ("the Declaration of the Rights of Man", "Marquis de Lafayette"),
    "hebert": ("Le Père Duchesne", "Jacques Hébert"),
    "napoleon": ("the Civil Code", "Napoleon Bonaparte"),
}


def test_a_person_is_offered_among_people_of_their_sex(make: type[Make]) -> None:
    facts = tuple(
        make.fact(key, document=document, author=author, line=20 + i)
        for i, (key, (document, author)) in enumerate(AUTHORS.items())
    )
    template = make.template(
        "author", kind=TemplateKind.CHOICE, prompt="Who wrote {document}?", answer="author"
    )
    excerpt = make.excerpt("e", "The authors wrote their works.", facts=facts)
    consul = make.question(
        "Which man became First Consul?", "Napoleon Bonaparte", slot="consul", draw="author"
    )
    # "Camille" is a woman's name and a man's: the question says which.
    sculptor = make.question(
        "Which woman sculpted The Waltz?", "Camille Claudel", slot="waltz", draw="author"
    )
    other = make.excerpt("f", "Napoleon became First Consul.", questions=(consul, sculptor))
    cards = {
        card.id.rsplit(":", 1)[1]: card
        for card in make.cards(make.deck(excerpt, other, templates=(template,)))
    }
    for key, (_, author) in AUTHORS.items():
        card = cards[f"{key}.author"]
        sex = sex_of(author)
        assert sex is not None
        same = sum(sex_of(option) is sex for option in card.choices)
        # Three women in the pool: a woman's card offers the two others; a man's offers men.
        assert same == (3 if sex is Sex.FEMALE else 4), card.choices
    assert {sex_of(option) for option in cards["consul"].choices} == {Sex.MALE}
    wrong = [option for option in cards["waltz"].choices if option != "Camille Claudel"]
    assert {sex_of(option) for option in wrong} == {Sex.FEMALE}


def test_which_woman_offers_no_unlikely_man_nor_a_lone_name_when_women_run_short(
    make: type[Make],
) -> None:
    # "Gherman" and "Oswald" are given names no list knows, of men; "Dolly" a sheep's:
    # each filled "Which woman …?" once its women ran out.
    firsts = {
        "tereshkova": ("the first woman in space", "Valentina Tereshkova"),
        "ride": ("the first American woman in space", "Sally Ride"),
        "titov": ("the second man in orbit", "Gherman Titov"),
        "avery": ("the first to show that genes are DNA", "Oswald Avery"),
        "dolly": ("the first mammal cloned from an adult cell", "Dolly"),
    }
    facts = tuple(
        make.fact(key, first=first, who=who, line=20 + i)
        for i, (key, (first, who)) in enumerate(firsts.items())
    )
    question = make.question(
        "Which woman first walked in space?", "Svetlana Savitskaya", slot="walk", draw="who"
    )
    excerpt = make.excerpt("e", "Svetlana Savitskaya walked in space.", facts=facts)
    other = make.excerpt("f", "Women in space.", questions=(question,))
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(make.deck(excerpt, other))}
    assert set(cards["walk"].choices) == {
        "Svetlana Savitskaya",
        "Valentina Tereshkova",
        "Sally Ride",
    }


def test_which_woman_keeps_to_women_where_the_answers_given_name_is_either_sexs(
    make: type[Make],
) -> None:
    # "Lynn" is given to both: "Which woman …?" of Lynn Margulis offered Oswald Avery.
    firsts = {
        "franklin": ("the first to photograph DNA's helix", "Rosalind Franklin"),
        "mcclintock": ("the first to find jumping genes", "Barbara McClintock"),
        "avery": ("the first to show that genes are DNA", "Oswald Avery"),
        "watson": ("the first to model the helix", "James Watson"),
    }
    facts = tuple(
        make.fact(key, first=first, who=who, line=20 + i)
        for i, (key, (first, who)) in enumerate(firsts.items())
    )
    question = make.question(
        "Which woman argued that chloroplasts descend from bacteria?",
        "Lynn Margulis",
        slot="margulis",
        draw="who",
    )
    excerpt = make.excerpt("e", "Lynn Margulis argued for endosymbiosis.", facts=facts)
    other = make.excerpt("f", "Women in biology.", questions=(question,))
    cards = {card.id.rsplit(":", 1)[1]: card for card in make.cards(make.deck(excerpt, other))}
    assert set(cards["margulis"].choices) == {
        "Lynn Margulis",
        "Rosalind Franklin",
        "Barbara McClintock",
    }
