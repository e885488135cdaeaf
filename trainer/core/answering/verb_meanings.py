"""Verbs that say one thing in other words: "to establish a school" for "to set up a school"
(and the words for a small number left unsaid: "a couple of hours" for "a few hours").

An answer says what was done, and a learner says it with another verb of the same
meaning: "to create an aviation school", "they founded one", "to establish a flying
school" for "to set up an aviation school". Word by word, "'establish' instead of
'set'" was wrong. A few verbs are grouped by what they mean (`_GROUPS`), in every form,
with the phrasal verbs among them ("set up"), and any of a group answers for another. A
group holds only verbs that say the same act of anything they are said of: "found" a
school is to set one up, but "build" a ship is not to found it, nor "open" a door.
Verbs of opposite acts are opposites: "to close an aviation school" is wrong for "to set
one up", not close.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence


def _forms(*verbs: str) -> frozenset[str]:
    """Each verb's forms, given as "base third past participle ing" (or "base" for a
    regular -s, -ed, -ing verb)."""
    forms: set[str] = set()
    for verb in verbs:
        written = verb.split("/")
        if len(written) == 1:
            base = written[0]
            stem = base[:-1] if base.endswith("e") else base
            written = [base, f"{base}es" if base.endswith(("sh", "ch")) else f"{base}s"]
            written += [f"{stem}ed", f"{stem}ing"]
        forms.update(written)
    return frozenset(forms)


# Verbs of bringing something into being as an institution: a school, a party, a state.
_FOUNDING = _forms(
    "establish",
    "found",
    "create",
    "form",
    "launch",
    "institute",
    "start/starts/started/starting",
    "set up/sets up/setting up",
)
# Verbs of bringing one to an end by decision: a law, a tax, a monarchy, a school.
_ABOLISHING = _forms(
    "abolish",
    "scrap/scraps/scrapped/scrapping",
    "repeal",
    "rescind",
    "dissolve",
    "disband",
    "close",
)
# Verbs of a plan or an attempt coming to nothing: "the plan misfired", "it backfired".
_FAILING = _forms(
    "fail",
    "misfire",
    "backfire",
    "flop/flops/flopped/flopping",
    "fall through/falls through/fell through/fallen through/falling through",
    # Said with "be": "it was a failure", "a fiasco".
    "failure/failures",
    "fiasco/fiascos/fiascoes",
)
# Verbs of one coming to what it was meant to: "it succeeded", "it worked out" ("paid
# off" is paying a debt as often: see `_PAYING`).
_SUCCEEDING = _forms("succeed", "work out/works out/worked out/working out", "success/successes")
# Verbs of paying what is owed: "to repay their war debts", "to pay them off".
_PAYING = _forms(
    "pay/pays/paid/paying",
    "repay/repays/repaid/repaying",
    "pay off/pays off/paid off/paying off",
    "pay back/pays back/paid back/paying back",
)
# Verbs of taking what is another's: "the natives stole his things" for "plundered".
_STEALING = _forms(
    "steal/steals/stole/stolen/stealing",
    "plunder",
    "loot",
    "pilfer",
    "carry off/carries off/carried off/carrying off",
)
# Verbs of giving way to another's demands: "he capitulated", "he gave in", "he caved in".
_YIELDING = _forms(
    "capitulate",
    "surrender",
    "yield",
    "give in/gives in/gave in/given in/giving in",
    "cave in/caves in/caved in/caving in",
    "back down/backs down/backed down/backing down",
)
# And of not giving way: "he held out", "he stood firm".
_HOLDING_OUT = _forms(
    "resist",
    "hold out/holds out/held out/holding out",
    "stand firm/stands firm/stood firm/standing firm",
)
# Not a verb's group, but words that say one thing as these do: a small number left
# unsaid ("only a few hours", "a couple of hours", "several hours"); "many" is their
# opposite (`word_lists.OPPOSITES`).
_A_FEW = frozenset({"few", "couple", "several", "handful"})
# Parents as a child names them: "her dad" says "her father".
_FATHERS = frozenset({"father", "dad", "daddy"})
_MOTHERS = frozenset({"mother", "mum", "mom", "mummy", "mommy"})
_PARENTS_PLURAL = (frozenset({"fathers", "dads"}), frozenset({"mothers", "mums", "moms"}))
_GROUPS = (
    *(_FOUNDING, _ABOLISHING, _FAILING, _SUCCEEDING, _PAYING, _STEALING),
    *(_YIELDING, _HOLDING_OUT, _A_FEW, _FATHERS, _MOTHERS, *_PARENTS_PLURAL),
)
# Groups that say the reverse of each other: to set up a school is not to close it, and
# a plan that misfired did not pay off.
_OPPOSITE_GROUPS = {0: 1, 1: 0, 2: 3, 3: 2, 6: 7, 7: 6}  # paying has no opposite act
_GROUP_OF = {form: index for index, group in enumerate(_GROUPS) for form in group}
# The phrasal verbs, by their first word: joined into one word before words are matched.
_PHRASES: dict[str, set[str]] = {}
for _phrase in (form for form in _GROUP_OF if " " in form):
    _PHRASES.setdefault(_phrase.split()[0], set()).add(_phrase.split()[1])


def same_meaning(expected: str, typed: str) -> bool:
    """Whether two words (or phrases joined by `join_verb_phrases`) are verbs of one
    meaning: "establish" and "set up", "founded" and "created"."""
    group = _GROUP_OF.get(expected)
    return group is not None and group == _GROUP_OF.get(typed)


def opposite_meaning(expected: str, typed: str) -> bool:
    """Whether two words (or joined phrases) are verbs of opposite acts: "set up" and
    "closed", "founded" and "abolished"."""
    opposite = _OPPOSITE_GROUPS.get(_GROUP_OF.get(expected, -1))
    return opposite is not None and opposite == _GROUP_OF.get(typed)


def join_verb_phrases(expected: Sequence[str], typed: Sequence[str]) -> tuple[list[str], list[str]]:
    """Each side's phrasal verbs of a group ("set", "up") joined into one word ("set
    up"), on a side whose other side holds a verb of the same group; otherwise the words
    as they are, so that "set up" is no verb beside an answer that says none. Beside a
    verb of the opposite act too, which it is then the opposite of ("set up", "close")."""
    return _joined(expected, typed), _joined(typed, expected)


def _joined(words: Sequence[str], other: Sequence[str]) -> list[str]:
    out = list(words)
    if not any(word in _PHRASES for word in out):
        return out
    groups = {_GROUP_OF[word] for word in other if word in _GROUP_OF}
    groups |= {_OPPOSITE_GROUPS[group] for group in groups if group in _OPPOSITE_GROUPS}
    at = 0
    while at + 1 < len(out):
        phrase = f"{out[at]} {out[at + 1]}"
        if out[at + 1] in _PHRASES.get(out[at], ()) and _GROUP_OF.get(phrase) in groups:
            out[at : at + 2] = [phrase]
        at += 1
    return out


# Verbs of bringing a thing into being, said before it: "to set up an aviation school",
# "to build one", "to open one". Beside an answer that names the thing alone ("an
# aviation school", asked "What was agreed?"), they say what was done with it.
_BRINGING_ABOUT = _FOUNDING | _forms("build/builds/built/building", "open")
# Each word of them, alone or of a phrase ("set" of "set up"), found at once.
_BRINGING_WORDS = frozenset(word for verb in _BRINGING_ABOUT for word in verb.split()[:1])


def act_of_founding_before(got: Sequence[str], at: int, first_matched: int) -> bool:
    """Whether the typed word at `at`, before the answer's first word (at
    `first_matched`), belongs to a verb of bringing it into being ("set" of "to set up
    an aviation school", "build", "established")."""
    if at >= first_matched:
        return False
    word = got[at]
    if word in _BRINGING_ABOUT:
        return True
    after = got[at + 1] if at + 1 < len(got) else ""
    before = got[at - 1] if at > 0 else ""
    return f"{word} {after}" in _BRINGING_ABOUT or f"{before} {word}" in _BRINGING_ABOUT


def undoing_asked(in_question: Callable[[str], bool]) -> bool:
    """Whether the question asks of a thing undone ("What did they close?"): then a verb
    of bringing it into being says the reverse."""
    return any(map(in_question, _ABOLISHING))


def founding_in_place_of(typed: str, wanted: str) -> bool:
    """Whether a typed word of a verb of bringing a thing into being ("set" of "set up",
    "build") stands in the place of an answer's word that says no undoing of it: "to set
    up a flying school" says what "to build an aviation school" does, and "German" of "a
    German aviation school" is no verb it could contradict; "close" could."""
    return typed in _BRINGING_WORDS and wanted not in _ABOLISHING
