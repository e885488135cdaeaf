"""Nouns a question asks by, said otherwise: "twelve countries" answers "How many states …?".

A word the question already gives adds nothing typed beside the answer ("twelve
states"). Nor does a noun that says the same thing in other words: a state is a country
or a nation where a count of them is asked, a ship a vessel, a person an individual,
the Games the Olympics. Each group holds nouns that name the same things wherever a
question names one of them ("Which Games …?" asks of Olympics); "city" and "town" are
not one.
"""

from __future__ import annotations

from collections.abc import Callable

_GROUPS = (
    ("state", "states", "country", "countries", "nation", "nations"),
    ("person", "persons", "people", "individual", "individuals"),
    ("ship", "ships", "vessel", "vessels"),
    ("plane", "planes", "aircraft", "airplane", "airplanes", "aeroplane", "aeroplanes"),
    ("soldier", "soldiers", "troops"),
    ("car", "cars", "automobile", "automobiles"),
    ("games", "olympics", "olympiad"),
)
_SAME: dict[str, tuple[str, ...]] = {word: group for group in _GROUPS for word in group}


def asked_otherwise(word: str, asked: Callable[[str], bool]) -> bool:
    """Whether folded `word` is another noun for one the question (`asked`) names."""
    group = _SAME.get(word)
    return group is not None and any(asked(other) for other in group if other != word)


def named_by_question(word: str, asked: Callable[[str], bool]) -> bool:
    """Whether the question (`asked`) names folded `word`, itself or by another noun."""
    return asked(word) or asked_otherwise(word, asked)
