"""A country's official name and its common ones, which name one country: one answer.

"The United States of America" is answered by "United States" as by "USA", and "the
People's Republic of China" by "China"; word by word, "America" and "People's Republic"
would be missing. Only names that stand for the same state are grouped: "Britain" is not
the United Kingdom, "Germany" not the Federal Republic of before 1990, and "America"
alone (a continent as often) is left out. A state's former names are its names too
("Ceylon", "Persia", "Siam"), as "Burma" is.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from trainer.core.answering.normalise import fold

# Each line: the names of one country, folded, separated by "|".
_GROUPS = """
united states of america | united states
united kingdom of great britain and northern ireland | united kingdom
union of soviet socialist republics | soviet union
people's republic of china | china
russian federation | russia
republic of ireland | ireland
democratic people's republic of korea | north korea
republic of korea | south korea
german democratic republic | east germany
czech republic | czechia
myanmar | burma
cote d'ivoire | ivory coast
eswatini | swaziland
timor-leste | east timor
cabo verde | cape verde
kingdom of the netherlands | netherlands
iran | persia
sri lanka | ceylon
thailand | siam
taiwan | formosa
ethiopia | abyssinia
ghana | gold coast
benin | dahomey
burkina faso | upper volta
turkey | turkiye
cambodia | kampuchea
"""


@cache
def _names() -> dict[str, tuple[str, ...]]:
    """Each folded name, to the other names of its country."""
    table: dict[str, tuple[str, ...]] = {}
    for line in _GROUPS.strip().splitlines():
        group = [fold(name) for name in line.split("|")]
        for name in group:
            table[name] = tuple(other for other in group if other != name)
    return table


def other_country_names(answer: str) -> tuple[str, ...]:
    """The other names of the country `answer` names, "the" aside; () for any other."""
    folded = fold(answer)
    return _names().get(folded.removeprefix("the "), ())


def is_country_name(
    typed: str, answer: str, in_question: Callable[[str], bool] = lambda word: False
) -> bool:
    """Whether `typed` is, whole, another name of the country `answer` names ("the" aside):
    a name in part is judged as any answer is ("the Union of Soviet Republics"). Not the
    name the question itself gives (`in_question`): "Burma", asked what Burma was renamed,
    only gives the question back."""
    name = fold(typed).removeprefix("the ")
    return name in other_country_names(answer) and not all(map(in_question, name.split()))
