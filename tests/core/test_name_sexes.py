"""What a person's name says of their sex: a title or a given name, never a lone name."""

from __future__ import annotations

import pytest

from trainer.core.name_sexes import Sex, other_sexes, sex_of, unlikely_sex
from trainer.core.sex_words import sex_asked


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Valentina Tereshkova", Sex.FEMALE),
        ("Marie Curie", Sex.FEMALE),
        ("Kate Sheppard", Sex.FEMALE),  # a familiar form of a woman's name
        ("Queen Victoria", Sex.FEMALE),
        ("Mother Teresa", Sex.FEMALE),
        ("Alan Shepard", Sex.MALE),
        ("Yuri Gagarin", Sex.MALE),
        ("Ed White", Sex.MALE),
        ("Sir Isaac Newton", Sex.MALE),
        ("King George", Sex.MALE),
        ("Laika", None),  # a lone name says nothing
        ("Lenin", None),
        ("Jean Monnet", None),  # a man's name in French, a woman's in English
        ("Andrea Doria", None),
        ("Sasha Black", None),  # the familiar form of Alexander and of Alexandra
        ("Kennedy Space Center", None),
        # The commonest English given names, a woman's too, or one given to both.
        ("Linda Buck", Sex.FEMALE),
        ("Keith Campbell", Sex.MALE),
        ("Dana Scott", None),
        # A man's given name that is as often a surname is a man's where it opens a
        # name: "Curtis LeMay" was offered for "Which woman …?".
        ("Curtis LeMay", Sex.MALE),
        ("Dean Rusk", Sex.MALE),
        ("Glenn Miller", Sex.MALE),
        ("Lee Harvey Oswald", None),  # given to both
        ("Harper Lee", None),
        # Given names of modern South Asian, Middle Eastern and African history.
        ("Benazir Bhutto", Sex.FEMALE),
        ("Indira Gandhi", Sex.FEMALE),
        ("Golda Meir", Sex.FEMALE),
        ("Imran Khan", Sex.MALE),
        ("Gamal Abdel Nasser", Sex.MALE),
        ("Kwame Nkrumah", Sex.MALE),
    ],
)
def test_a_names_first_word_says_its_sex_or_nothing(name: str, sex: Sex | None) -> None:
    assert sex_of(name) is sex


def test_names_of_unknown_sex_are_never_of_other_sexes() -> None:
    assert other_sexes("Valentina Tereshkova", "John Glenn")
    assert not other_sexes("Valentina Tereshkova", "Svetlana Savitskaya")
    assert not other_sexes("Valentina Tereshkova", "Laika")
    assert not other_sexes("Jean Monnet", "Robert Schuman")


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        ("Who became the first woman in space?", Sex.FEMALE),
        ("Which queen opened the exhibition?", Sex.FEMALE),
        ("Who lost his seat in 1932?", Sex.MALE),
        ("Which king signed it?", Sex.MALE),
        ("Who flew Vostok 6?", None),
        ("Who met her brother and his wife in Paris?", None),  # both: nothing to go by
    ],
)
def test_a_question_may_say_the_sex_of_the_person_it_asks_for(prompt: str, sex: Sex | None) -> None:
    assert sex_asked(prompt) is sex


@pytest.mark.parametrize(
    ("name", "sex"),
    [
        ("Olympe de Gouges", Sex.FEMALE),  # French, German, Italian, Spanish, Russian names
        ("Manon Roland", Sex.FEMALE),
        ("Brigitte Bardot", Sex.FEMALE),
        ("Liselotte Herrmann", Sex.FEMALE),
        ("Giuseppina Strepponi", Sex.FEMALE),
        ("Dolores Ibárruri", Sex.FEMALE),
        ("Zinaida Gippius", Sex.FEMALE),
        ("Napoleon Bonaparte", Sex.MALE),
        ("Maximilien Robespierre", Sex.MALE),
        ("Honoré Mirabeau", Sex.MALE),
        ("Wojciech Jaruzelski", Sex.MALE),
        ("Jean-Paul Marat", Sex.MALE),  # a name of both, then a man's
        ("Marie-Thérèse Charlotte", Sex.FEMALE),
        ("Jean-Marie Roland", None),  # a man's, though its second part is a woman's
        ("Marie-Joseph Lafayette", None),  # parts that disagree
        ("Camille Desmoulins", None),  # a name of both
        ("Madame Roland", Sex.FEMALE),  # titles, of several languages
        ("Mme Roland", Sex.FEMALE),
        ("Marquise de Pompadour", Sex.FEMALE),
        ("Frau Merkel", Sex.FEMALE),
        ("Grand Duchess Anastasia", Sex.FEMALE),
        ("Abbé Sieyès", Sex.MALE),
        ("Marquis de Lafayette", Sex.MALE),
        ("Comte de Mirabeau", Sex.MALE),
        ("Cardinal Richelieu", Sex.MALE),
        ("Herr Schmidt", Sex.MALE),
    ],
)
def test_names_and_titles_of_the_major_european_languages_say_a_sex(
    name: str, sex: Sex | None
) -> None:
    assert sex_of(name) is sex


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        # The sex of someone else than the person asked for says nothing of theirs.
        ("Who wrote the Declaration of the Rights of Woman and of the Female Citizen?", None),
        ("Who built a palace for the queen?", None),
        ("Who commanded the Queen Mary?", None),
        ("Who married the widow of a king?", None),
        # A verb's object is someone else; a possessive is the subject's own.
        ("Which woman had five husbands?", Sex.FEMALE),
        ("Who had five husbands?", None),
        ("Who married a prince?", None),
        ("Who defeated the emperor at Adwa?", None),
        ("Who met him in Paris?", None),
        ("Who killed his wife?", Sex.MALE),
        ("Who met her brother in Paris?", Sex.FEMALE),
        # After a form of "be", the noun is the subject's own calling.
        ("Who was crowned queen in 1953?", Sex.FEMALE),
        ("Who was named emperor in 1804?", Sex.MALE),
        ("Who was the wife of Louis XVI?", Sex.FEMALE),
        ("Which Queen of France was guillotined?", Sex.FEMALE),
        ("Who reigned as empress after Peter?", Sex.FEMALE),
        ("Which woman cried on the scaffold?", Sex.FEMALE),
    ],
)
def test_only_the_asked_persons_sex_counts(prompt: str, sex: Sex | None) -> None:
    assert sex_asked(prompt) is sex


def test_a_question_saying_the_sex_stands_for_a_name_that_says_none() -> None:
    # Names no list knows (Nefertiti and Hatshepsut are known women now).
    assert sex_of("Nebet Amun") is None and sex_of("Khenut Ra") is None
    assert other_sexes("Nebet Amun", "John Glenn", Sex.FEMALE)
    assert not other_sexes("Nebet Amun", "Khenut Ra", Sex.FEMALE)
    assert sex_of("Nefertiti Amun") is Sex.FEMALE and sex_of("Publius Scipio") is Sex.MALE
    assert not other_sexes("Valentina Tereshkova", "Svetlana Savitskaya", Sex.MALE)


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        # The nouns of English for a woman or a man by kin, marriage, rank or calling.
        ("In Great Expectations,  is the jilted bride who adopts Estella.", Sex.FEMALE),
        ("In Jane Eyre,  is the wife kept locked in the attic.", Sex.FEMALE),
        ("Who is the governess at Thornfield?", Sex.FEMALE),
        ("Who is the housekeeper who tells the story?", Sex.FEMALE),
        ("Which nun founded the order?", Sex.FEMALE),
        ("Who is the heroine of Persuasion?", Sex.FEMALE),
        ("Which duchesses attended the coronation?", Sex.FEMALE),  # plurals
        ("Who was the widower of Mumtaz Mahal?", Sex.MALE),
        ("Who is the bridegroom in the play?", Sex.MALE),
        ("Which monks copied the gospels?", Sex.MALE),
        # Madame Roland was offered for "Who was the Bishop of Autun who …?".
        ("Who was the Bishop of Autun who proposed taking the Church's lands?", Sex.MALE),
        ("Which cardinal ruled France for Louis XIII?", Sex.MALE),
        # Words a man and a woman share, or with another sense, say nothing.
        ("Who was the host of the summit?", None),
        ("Who ruled prior to the revolution?", None),
        ("Who earned a bachelor's degree in law?", None),
        ("Who made a maiden speech in 1919?", None),
        # "Whose father …?" asks for the child.
        ("Whose father is Magwitch revealed to be?", None),
    ],
)
def test_role_words_say_the_sex_of_the_person_asked_for(prompt: str, sex: Sex | None) -> None:
    assert sex_asked(prompt) is sex


def test_a_given_name_no_list_knows_makes_the_other_sex_unlikely_by_its_ending() -> None:
    assert unlikely_sex("Gherman Titov") is Sex.FEMALE  # a consonant: a man's, mostly
    assert unlikely_sex("Kamala Harris") is Sex.MALE  # an "a": a woman's, mostly
    assert unlikely_sex("Lazare Carnot") is None  # another vowel: either
    assert unlikely_sex("Valentina Tereshkova") is None  # a known name says its sex
    assert unlikely_sex("Laika") is None  # a lone name says nothing


def test_initials_before_a_given_name_leave_it_to_say_the_sex() -> None:
    assert sex_of("T. Keith Glennan") is Sex.MALE
    assert sex_of("J. K. Rowling") is None
