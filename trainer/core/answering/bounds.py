"""A bound an answer puts on its number: "more than 1.4 billion" is answered by "1.4 billion".

An answer that bounds its number ("more than 1.4 billion", "over 8,000", "almost 300",
"less than 5%") gives the number as its claim, and the bound as a caution the learner may
leave out: "1.4 billion" is right. The same bound in other words ("over", "above", "in
excess of" for "more than"; "under", "below", "fewer than" for "less than"; "nearly" for
"almost") is the same claim. A bound the other way ("less than 1.4 billion" for "more
than 1.4 billion") says the reverse, and is never close.
"""

from __future__ import annotations

from collections.abc import Sequence

# Each bound's words, by the way it bounds: above the number, or below it.
_BOUNDS: dict[tuple[str, ...], str] = {
    **dict.fromkeys(
        [("more", "than"), ("over",), ("above",), ("greater", "than"), ("in", "excess", "of")],
        "above",
    ),
    **dict.fromkeys(
        [("at", "least"), ("upwards", "of"), ("exceeding",), ("higher", "than")], "above"
    ),
    **dict.fromkeys(
        [("less", "than"), ("fewer", "than"), ("under",), ("below",), ("lower", "than")],
        "below",
    ),
    **dict.fromkeys(
        [("at", "most"), ("up", "to"), ("almost",), ("nearly",), ("just", "under")], "below"
    ),
}
_LONGEST = max(map(len, _BOUNDS))


def _bound_before(words: Sequence[str], index: int) -> tuple[int, str] | None:
    """The bound written right before the number at `index`: where it starts, and which
    way it bounds; None when there is none."""
    for size in range(_LONGEST, 0, -1):
        start = index - size
        if start >= 0 and (way := _BOUNDS.get(tuple(words[start:index]))) is not None:
            return start, way
    return None


def _numbers(words: Sequence[str]) -> list[int]:
    return [index for index, word in enumerate(words) if word[:1].isdecimal()]


def bounds_lined_up(want: Sequence[str], got: Sequence[str]) -> list[str]:
    """The typed words with a bound of the answer's number written as the answer writes
    it, where the typed words bound the same number the same way, or give the number
    with no bound at all (which leaves the caution out, as a learner may)."""
    wanted = {
        want[index]: (want[start:index], way)
        for index in _numbers(want)
        if (found := _bound_before(want, index)) is not None
        for start, way in [found]
    }
    if not wanted:
        return list(got)
    out = list(got)
    for index in reversed(_numbers(got)):
        if got[index] not in wanted:
            continue
        words, way = wanted[got[index]]
        typed = _bound_before(got, index)
        if typed is None:
            out[index:index] = list(words)
        elif typed[1] == way:
            out[typed[0] : index] = list(words)
    return out


def reversed_bound(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why the typed words bound the answer's number the other way ("less than 1.4
    billion" for "more than 1.4 billion"); None when they do not."""
    for index in _numbers(got):
        typed = _bound_before(got, index)
        wanted = next(
            (
                found
                for k in _numbers(want)
                if want[k] == got[index]
                if (found := _bound_before(want, k))
            ),
            None,
        )
        if typed is not None and wanted is not None and typed[1] != wanted[1]:
            return f"'{' '.join(got[typed[0] : index])}' bounds it the other way"
    return None


def same_way(accepted: Sequence[str], word: str) -> bool:
    """Whether a typed bound's word (a number answer's "over") bounds the same way as a
    bound the accepted answer puts on its number ("more than")."""
    ways = {
        way
        for index in _numbers(accepted)
        if (found := _bound_before(accepted, index))
        for _, way in [found]
    }
    return any(word in bound and way in ways for bound, way in _BOUNDS.items())
