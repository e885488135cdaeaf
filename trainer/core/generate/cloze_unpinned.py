"""Names that automatic cloze leaves alone because their sentence does not pin them down."""

from __future__ import annotations

from trainer.core.answering.word_lists import ARTICLES
from trainer.core.generate.cloze_kinds import Candidate
from trainer.core.generate.cloze_words import FUNCTION_WORDS, PARTICLES, SENTENCE_OPENERS, Token
from trainer.core.generate.surnames import surname_of

_LIST_JOINTS = frozenset({"and", "or", ","})
_ROUTE_WORDS = frozenset({"through", "via"})
# After a name, these go on with the sentence, not name a thing the name qualifies.
_NOT_QUALIFIED = (
    PARTICLES
    | {w.casefold() for w in FUNCTION_WORDS | SENTENCE_OPENERS}
    | frozenset(
        """and or nor but is was are were has had have will would could can may might
        must shall should who which that whose where when than as""".split()  # noqa: SIM905
    )
)
_VERB_ENDINGS = ("s", "ed")
# The forms of adjectives of nations and places (`Swedish`, `Croatian`, `Chinese`).
_ADJECTIVE_ENDINGS = ("ish", "ian", "ean", "ese", "ic", "an", "ch", "i")


def unpinned_name(candidate: Candidate, words: list[Token], positions: dict[int, int]) -> bool:
    """A name, not a person's, that its sentence does not pin down wherever it stands:
    one of a list of names (`through Alaska and Japan to …`), or a place name used as
    an adjective of a person named next (`the London chemist John Newlands`; not `the
    Swedish chemist …`, an adjective's own form). A person named beside others (`by
    Thomas Hanks and Hiroo Kanamori`) is a fact to learn, not an example from a list."""
    if surname_of(candidate.text) is not None:
        return False
    for start, end in candidate.spans:
        first = positions.get(start)
        if first is None:
            return False
        last = first
        while last + 1 < len(words) and words[last + 1].start < end:
            last += 1
        if not (_listed(words, first, last) or _attributive(words, first, last)):
            return False
    return True


def _listed(words: list[Token], first: int, last: int) -> bool:
    """One of three or more names joined by `and`, `or` or commas (`Berlin, Munich and
    Hamburg`), or of two such names that stops on a route lead to (`from the Andes
    through Alaska and Japan to …`): an example from a list. A pair alone (`the United
    States and Canada`, `sent Krupp and Junkers to Kazan`) is a fact to learn."""
    left = _joined_name(words, first, -1)
    right = _joined_name(words, last, 1)
    if not (left[0] or right[0]):
        return False
    members = [(first, last)]
    for step, (joint, at) in ((-1, left), (1, right)):
        near = first if step == -1 else last
        while joint and len(members) < 4:
            members.append((at, near - 1) if step == -1 else (near + 1, at))
            near = at
            joint, at = _joined_name(words, at, step)
    if any(_person(words, a, b) for a, b in members[1:]):
        return False  # `Gus Grissom, Ed White and Roger Chaffee`: a crew to learn
    if len(members) >= 3:
        return True
    start = min(a for a, _ in members)
    opening = start - 1 - (start > 0 and words[start - 1].text == "the")
    return opening >= 0 and words[opening].text in _ROUTE_WORDS


def _person(words: list[Token], first: int, last: int) -> bool:
    """Whether the capitalised words from `first` to `last` read as a person's name."""
    run = [w.text for w in words[max(0, first) : last + 1] if w.capitalised]
    return surname_of(" ".join(run)) is not None


def _joined_name(words: list[Token], edge: int, step: int) -> tuple[str, int]:
    """How the name ending (step 1) or starting (step -1) at `edge` is joined to a name
    beside it by `and`, `or` or a comma, and the far edge of that name; ("", edge) when
    it is not."""
    inner, outer = (edge + 1, edge) if step == 1 else (edge, edge - 1)
    if not 0 <= outer < len(words) or not 0 < inner < len(words):
        return "", edge
    at = outer if step == -1 else inner
    if words[inner].gap_before.strip() == "," and words[at].capitalised:
        joint = ","
    else:
        joint = words[at].text
        if joint not in _LIST_JOINTS:
            return "", edge
        at += step
        if 0 <= at < len(words) and words[at].text == "the" and step == 1:
            at += step
        if not 0 <= at < len(words) or not words[at].capitalised:
            return "", edge
    while (
        0 <= at + step < len(words)
        and words[at + step].capitalised
        and (words[max(at, at + step)].follows_closely)
    ):
        at += step
    return joint, at


def _attributive(words: list[Token], first: int, last: int) -> bool:
    """A name between an article and a noun that a person's name follows: `the London
    chemist John Newlands` says where the person worked, in passing."""
    if first == 0 or last + 2 >= len(words):
        return False
    word, before, after = words[last], words[first - 1], words[last + 1]
    named = last + 2
    while named + 1 < len(words) and words[named + 1].capitalised:
        named += 1
    return (
        words[last + 2].follows_closely
        and _person(words, last + 2, named)
        and before.text.casefold() in ARTICLES
        and after.follows_closely
        and after.text.isalpha()
        and after.text.islower()
        and after.text not in _NOT_QUALIFIED
        and not after.text.endswith(_VERB_ENDINGS)
        and not word.text.endswith(_ADJECTIVE_ENDINGS)
    )
