"""Words that say which nation, people or creed a thing belongs to: "Soviet", "Prussian", "Marxist".

Typed before an answer, such a word makes it another thing: the Stahlhelm was no Soviet
league, and "Prussian Nazis" are not the Nazis. A rare word there is usually a given name
("Adolf Hitler"), and a word for what a person did describes them ("the engineer
Brunel"), so grading must know these words apart. A nation's word is made from the names
of the regions grading knows (`regions.py`: "Russia" → "Russian", "Italy" → "Italian",
"China" → "Chinese"), kept only when the dictionary holds it, with the forms no rule
makes (`place_forms.py`: "French", "Dutch") and a few of history; a creed's are listed.
"""

from __future__ import annotations

from functools import cache

from trainer.core.answering.place_forms import people_words
from trainer.core.answering.regions import REGIONS
from trainer.core.lexicon import is_known_word

# Nations, states and peoples of history that no region of today names.
_OF_HISTORY = frozenset(
    """soviet soviets prussian prussians bavarian bavarians saxon saxons ottoman ottomans
    byzantine habsburg tsarist imperial austro hungarian bolshevik bolsheviks menshevik
    mensheviks weimar""".split()  # noqa: SIM905
)
# Political and religious allegiances.
_CREEDS = frozenset(
    """communist communists socialist socialists fascist fascists nazi nazis marxist
    marxists leninist stalinist trotskyist maoist anarchist anarchists nationalist
    nationalists imperialist imperialists royalist royalists monarchist republican
    republicans democrat democrats liberal liberals conservative conservatives tory
    tories whig whigs jacobin jacobins catholic catholics protestant protestants
    orthodox lutheran calvinist puritan puritans anglican methodist baptist quaker
    muslim muslims islamic jewish buddhist hindu sunni shia zionist""".split()  # noqa: SIM905
)


def names_a_kind(word: str) -> bool:
    """Whether the folded word says which nation, people or creed something belongs to."""
    if word in _LISTED or word in people_words():
        return True
    # A nation's word, or its plural, made by rule and held by the dictionary. Only the
    # word asked about is looked up: looking up every rule's every result at once took
    # 70 ms, on the way to the answer that first needed it.
    made = _made_words()
    if word in made:
        return is_known_word(word)
    return word.endswith("s") and word[:-1] in made and is_known_word(word[:-1])


_LISTED = _OF_HISTORY | _CREEDS


@cache
def _made_words() -> frozenset[str]:
    """Every word the rules make from the regions' one-word names, real or not."""
    return frozenset(made for region in REGIONS if " " not in region for made in _made_from(region))


def _made_from(place: str) -> tuple[str, ...]:
    """The usual ways a people's word is made from its place's name: Russia → Russian,
    Egypt → Egyptian, Italy → Italian, Mexico → Mexican, China → Chinese, Japan →
    Japanese, Sweden → Swedish, Turkey → Turkish, Iraq → Iraqi, Germany → German."""
    stem = place[:-1]
    return (
        *((stem,) if place.endswith("y") else ()),  # Germany → German
        place + "n",
        place + "an",
        place + "ian",
        stem + "ian",
        stem + "an",
        place + "ese",
        stem + "ese",
        place + "ish",
        stem + "ish",
        place[:-2] + "ish",
        place + "i",
    )
