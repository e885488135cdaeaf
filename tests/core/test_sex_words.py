"""The sex a question's or a fact's words give the person asked for or described."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.name_sexes import Sex
from trainer.core.sex_words import may_say_a_sex, sex_asked, sex_described


@pytest.mark.parametrize(
    ("prompt", "sex"),
    [
        # Gods and goddesses, priests and priestesses, kings and queens say a sex.
        ("Which goddess of Egypt was the wife of Osiris?", Sex.FEMALE),
        ("Which god of the Norse carried the hammer Mjolnir?", Sex.MALE),
        ("Which priestess spoke for Apollo at Delphi?", Sex.FEMALE),
        ("Which priest crowned the emperor?", Sex.MALE),
        ("Which gods fought the giants?", Sex.MALE),
        # A noun said of either sex yields to a word for a woman about the person asked.
        ("Which actor broke her leg on stage?", Sex.FEMALE),
        ("Which hero lost her sandal in the river?", Sex.FEMALE),
        ("Which actor played Hamlet in 1900?", Sex.MALE),
        # A pronoun in a clause about someone of the other sex stands for the one asked.
        ("Which heroine would wed only a suitor who could beat her at running?", Sex.FEMALE),
        ("Which king married a woman who later betrayed him?", Sex.MALE),
        ("Who married a woman who loved him?", Sex.MALE),
        ("Which hero would marry only a man who could outrun her?", Sex.FEMALE),
        # A bare verb's object, past an adverb, is someone else.
        ("Who would marry only a prince?", None),
        ("Which actress would never marry a king?", Sex.FEMALE),
        # A noun after a possessive is another's, but after a form of "be".
        ("Which pharaoh buried his wife in the valley?", Sex.MALE),
        ("Who went down to the underworld to bring back his wife?", Sex.MALE),
        # A possessive after a preposition is the one asked's own where no other
        # person stands before it: "her husband" says she is a woman.
        ("Who sailed home to her husband?", Sex.FEMALE),
        ("Which Mughal ruler issued coins in her own name?", Sex.FEMALE),
        ("Who killed the king in his sleep?", None),  # the king's sleep
        ("Who stabbed Marat in his bath?", None),  # Marat's bath
        ("Who gave the ring to her?", None),  # "her": another, the object
        # A pronoun after a name inside the question may stand for that name.
        ("Who gave Theseus the thread that led him out?", None),
        ("Who told Akhenaten that his god was false?", None),
        # A reflexive is the one asked for ("Who killed himself …?" said nothing).
        ("Who killed himself at Utica rather than accept a pardon?", Sex.MALE),
        ("Who hid herself in the attic?", Sex.FEMALE),
        ("Who gave the King himself a sword?", None),
        # A title the one asked for bore, after "was" or "became" ("the First Lady" was
        # read as another's name); a ship's name is another's.
        ("Who was the First Lady who stood beside Johnson?", Sex.FEMALE),
        ("Who became Queen in 1558?", Sex.FEMALE),
        ("Who was the Prince of Wales in 1981?", Sex.MALE),
        ("Who married the Prince of Wales in 1981?", None),
        ("Who commanded the Queen Mary?", None),
    ],
)
def test_the_words_for_the_person_asked_say_a_sex(prompt: str, sex: Sex | None) -> None:
    assert sex_asked(prompt) is sex


@pytest.mark.parametrize(
    ("description", "sex"),
    [
        ("the goddess of the harvest", Sex.FEMALE),
        ("the god of thunder", Sex.MALE),
        ("the queen who ruled Egypt for twenty years", Sex.FEMALE),
        ("the high priestess of Amun", Sex.FEMALE),
        ("mother of Horus", Sex.FEMALE),
        ("the actress who played Ophelia", Sex.FEMALE),
        ("sailed home to bring back his bride", Sex.MALE),
        ("would wed only a man who could beat her", Sex.FEMALE),
        # "her" may be a third woman's where the suitor's sex is not said.
        ("would wed only a suitor who could beat her", None),
        # Someone else's sex says nothing of the person described.
        ("the wife of Osiris", Sex.FEMALE),
        ("married the daughter of a king", None),
        ("her husband", None),
        ("the messenger of the gods", None),
        # Nor does a word said of either sex.
        ("the hero who slew the dragon Fafnir", None),
        ("an actor of the Globe", None),
    ],
)
def test_a_description_says_the_sex_of_the_person_it_describes(
    description: str, sex: Sex | None
) -> None:
    assert sex_described(description) is sex


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("the goddess of marriage", True),
        ("Kings of Egypt", True),
        ("princesses", True),
        ("brought back her husband", True),
        ("head of the Sondergruppe R", False),
        ("Hermes", False),
        ("hisses", False),
        ("manager", False),
    ],
)
def test_a_quick_test_finds_every_text_that_may_say_a_sex(text: str, says: bool) -> None:
    assert may_say_a_sex(text) is says
    # Never False where a full reading finds a sex.
    if not says:
        assert sex_described(text) is None and sex_asked(f"Who was {text}?") is None


_PIECES = ["a", "s", "he", "her", "king", "queen", "ess", "priest", "god", " ", "e", "man"]


@given(st.lists(st.sampled_from(_PIECES), max_size=12).map("".join))
def test_what_the_quick_test_passes_over_says_no_sex(text: str) -> None:
    if not may_say_a_sex(text):
        assert sex_described(text) is None
        assert sex_asked(f"Who {text}?") is None
