"""A person's surname mentioned again after the whole name: one automatic cloze candidate."""

from __future__ import annotations

from trainer.core.generate.cloze_kinds import CandidateKind
from trainer.core.lexicon import could_be_name, is_common_word, is_given_name

# Words before a name's last word that make the name another thing than that word.
_OF_WORDS = frozenset({"of", "the"})
# Words that join a person's given names to the surname ("Vasco da Gama").
_PARTICLES = frozenset({"da", "de", "di", "del", "van", "von", "der", "du", "le", "la"})

Found = dict[tuple[CandidateKind, str], list[tuple[int, int]]]


def merge_surnames(found: Found) -> None:
    """A one-word name that ends exactly one longer name of a person (`Chargaff` after
    `Erwin Chargaff`) is that person mentioned again: its occurrences join the longer
    name's. Only a person's: the words before the last are given names, initials or
    rare words ("Edsger W. Dijkstra"), so `York` is no mention of `New York`, `JOIN`
    none of `LEFT JOIN`, and `Gibraltar` none of `Strait of Gibraltar`."""
    # Only a name whose last word is found alone as well can take its occurrences.
    alone = {name for kind, name in found if kind is CandidateKind.NAME and " " not in name}
    by_last_word: dict[str, list[str]] = {}
    for kind, name in list(found):
        if kind is CandidateKind.NAME and " " in name and not any(map(str.isdigit, name)):
            before, last = name.rsplit(" ", 1)
            if last not in alone or before.rsplit(" ", 1)[-1] in _OF_WORDS:
                continue
            if not _given_names(before.split()):
                continue
            by_last_word.setdefault(last, []).append(name)
    for kind, short in list(found):
        longer = by_last_word.get(short, []) if kind is CandidateKind.NAME else []
        if len(longer) == 1:
            spans = found.pop((CandidateKind.NAME, short))
            found[(CandidateKind.NAME, longer[0])] += spans


def _given_names(words: list[str]) -> bool:
    """Whether `words` could all be what comes before a person's surname: given names,
    initials, particles, or capitalised words too rare to be anything else (no word in
    capitals alone: that is a code or an acronym, "LEFT JOIN")."""
    for word in words:
        bare = word.rstrip(".")
        if word.casefold() in _PARTICLES or (len(bare) == 1 and bare.isupper()):
            continue
        if not bare[:1].isupper() or (len(bare) > 1 and bare.isupper()):
            return False
        if not (is_given_name(bare) or (could_be_name(bare) and not is_common_word(bare))):
            return False
    return True
