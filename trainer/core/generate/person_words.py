"""Words that say a person is meant: a role ('the lawyer', 'a farmer') or a title before a name."""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_lists import PERSONAL_TITLES
from trainer.core.name_sexes import SEXED_TITLES

_ROLE_ENDINGS = ("ist", "ian", "er", "or", "eer", "ess", "ant", "ent", "man")
# Words with those endings that name no person, or are no nouns.
_NOT_ROLES = frozenset(
    """after other under never over river water border corner quarter tower crater
    either neither whether rather later earlier major minor interior exterior sector
    corridor harbor colour color floor mirror chamber member number order centre center
    winter summer letter matter paper power silver copper ocean christian present recent
    different current important silent patent agent parent continent human""".split()  # noqa: SIM905
)
# Words for people that the endings miss.
_ROLES = frozenset(
    """apothecary shepherd monk priest nun bishop cardinal poet chief king queen prince princess
    emperor tsar pope general admiral captain colonel doctor nurse student pupil friend
    wife husband son daughter brother sister uncle aunt nephew niece cousin convict
    thief clerk cook maid servant butler valet nanny""".split()  # noqa: SIM905
)
_TITLES = PERSONAL_TITLES | SEXED_TITLES
_WORD_BEFORE = r"([^\W\d_]+)\.?\s+"


def is_role(word: str) -> bool:
    """A lower-case word naming a person by what they do: 'physicist', 'farmer'."""
    return word in _ROLES or (
        word.islower()
        and len(word) >= 5
        and word.endswith(_ROLE_ENDINGS)
        and word not in _NOT_ROLES
    )


@lru_cache(maxsize=1 << 12)
def _before_name(name: str) -> re.Pattern[str]:
    return re.compile(_WORD_BEFORE + re.escape(name) + r"\b")


def written_as_person(name: str, text: str) -> bool:
    """Whether `text` writes `name` just after a word for a person or a title, as a
    person's surname is written: "The lawyer Jaggers handles the money", "Mr Jaggers";
    not "the dog Laika"."""
    if not name or name not in text:
        return False
    return any(is_role(word) or fold(word) in _TITLES for word in _before_name(name).findall(text))
