"""Whether a person's name is a woman's or a man's, where its given name or title says so plainly.

A question that asks for "the first woman in space" and offers Valentina Tereshkova among
Alan Shepard, Alexei Leonov and John Glenn has given its answer away: the only woman is
the only guess. Options for a person are drawn of the answer's sex first, and an answer
that is the only one of its sex among its options is warned of (see `name_styles`).

A name's sex is read from its first word only: a title of a woman or a man ("Queen
Victoria", "Sir Isaac Newton"), or a given name. The women's given names are listed;
every other given name the lexicon knows is a man's, but for the names that are given to
both, or are a man's in one language and a woman's in another ("Andrea", "Jean",
"Evelyn", "Sasha"), which say nothing. A lone name ("Laika", "Lenin") says nothing
either.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from trainer.core import lexicon
from trainer.core.answering.normalise import fold
from trainer.core.name_forms import FAMILIAR_FORMS


class Sex(Enum):
    """What a name says of its bearer."""

    FEMALE = "woman"
    MALE = "man"


# Women's given names, folded: those the lexicon knows, and those a course is likely to
# name (scientists, rulers, writers, cosmonauts).
_WOMEN = frozenset(
    """abigail ada adelaide agatha agnes alexandra alice alison amelia amy anastasia angela
    ann anna anne annie astrid barbara beatrice beatrix benazir bertha betty birgit
    camilla caroline catherine cecilia charlotte christina christine clara claudia
    clementine colette constance deborah diana dorothea dorothy edith elena eleanor
    elisabeth elizabeth ella ellen elsa emily emma emmeline emmy esther ethel eva evita
    florence frances francoise frida galina genevieve gertrude gillian golda grace greta
    hannah harriet hedwig helen helena helga henrietta hilda hildegard hillary hypatia
    ilse indira ingrid irena irene irina isabel isabella jane jeanne jennifer jessica joan
    josephine judith julia juliette kamala katharina katherine kathleen katrina laura
    lillian lise louisa louise lucy ludmila lydia lyudmila mabel madeleine margaret
    margarethe marguerite maria marie marina martha mary matilda maud michelle mildred
    nadezhda nadia natalia natalya natasha nina olga patricia paula rachel raisa rebecca
    rosa rosalind ruth sally sarah sofia sofya sophia sophie svetlana sylvia tatiana
    tatyana teresa theresa ursula valentina vera victoria virginia wilhelmina winifred
    yekaterina yelena zoya""".split()  # noqa: SIM905
)
# Given names borne by women and men alike, or a man's in one language and a woman's in
# another: they say nothing.
_EITHER = frozenset(
    """alex alexis andrea billie camille chris dominique evelyn frankie jan jean jo kim
    leslie marian nicola robin sam sasha simone toni vivian""".split()  # noqa: SIM905
)
# Titles that open a name and say its bearer's sex.
_WOMENS_TITLES = frozenset(
    """queen empress tsarina tsaritsa princess duchess countess baroness lady dame mrs miss
    ms madame mme mother sister""".split()  # noqa: SIM905
)
_MENS_TITLES = frozenset(
    """king emperor tsar czar kaiser prince duke count baron lord sir mr monsieur father
    brother pope sultan shah pharaoh""".split()  # noqa: SIM905
)


def _familiar_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The familiar forms of women's names, and the forms shared with a man's name."""
    women: set[str] = set()
    men: set[str] = set()
    for formal, forms in FAMILIAR_FORMS.items():
        (women if formal in _WOMEN else men).update(forms)
    return frozenset(women - men), frozenset(women & men)


_WOMENS_FORMS, _SHARED_FORMS = _familiar_forms()


# Options are drawn from a deck's few people again and again: each name is read once.
@lru_cache(maxsize=1 << 12)
def sex_of(name: str) -> Sex | None:
    """The sex that `name`'s first word says: a title, or a given name before a surname;
    None when it says none (a lone name, a name given to both, no given name)."""
    words = name.split()
    if len(words) < 2:
        return None
    first = fold(words[0].strip(".,;:'’"))
    if first in _WOMENS_TITLES:
        return Sex.FEMALE
    if first in _MENS_TITLES:
        return Sex.MALE
    if first in _EITHER or first in _SHARED_FORMS:
        return None
    if first in _WOMEN or first in _WOMENS_FORMS:
        return Sex.FEMALE
    return Sex.MALE if lexicon.is_given_name(first) else None


def other_sexes(answer: str, value: str) -> bool:
    """Whether the two names say two different sexes."""
    own = sex_of(answer)
    return own is not None and (other := sex_of(value)) is not None and other is not own


# Words by which a question says the sex of the person it asks for.
_WOMAN_WORDS = frozenset(
    """woman women female she her hers herself girl lady queen empress princess actress
    mother daughter wife widow sister aunt niece heroine""".split()  # noqa: SIM905
)
_MAN_WORDS = frozenset(
    """man male he his him himself boy gentleman king emperor prince actor father son
    husband widower brother uncle nephew hero""".split()  # noqa: SIM905
)


def sex_asked(prompt: str) -> Sex | None:
    """The sex a question's words give the person it asks for ("Who was the first woman
    in space?"); None when they give none, or both."""
    words = {fold(word.strip(".,;:!?'’\"()")) for word in prompt.split()}
    women, men = not words.isdisjoint(_WOMAN_WORDS), not words.isdisjoint(_MAN_WORDS)
    if women == men:
        return None
    return Sex.FEMALE if women else Sex.MALE
