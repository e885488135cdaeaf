"""Another subject typed where the question's own was left out: "its pressure rises", of volume."""

from __future__ import annotations

from collections.abc import Callable, Collection, Iterable, Mapping, Sequence

from trainer.core.answering.directions import way_of_change
from trainer.core.answering.relations import relates
from trainer.core.answering.steady_states import STEADY
from trainer.core.answering.word_lists import FUNCTION_WORDS


def subject_swapped(
    want: Sequence[str],
    got: Sequence[str],
    placed: Mapping[int, int],
    left_out: Iterable[int],
    extras: Collection[int],
    harmless: Callable[[str], bool],
) -> str | None:
    """Why the typed answer says its change of another thing: a word of the answer the
    question gives (`left_out`, positions in `want`) may be left out, but not replaced by
    another word right before the same verb of change ("its pressure stays the same" for
    "its volume is unchanged", asked "What happens to its volume?"). None otherwise.
    `placed` maps each matched word of `want` to the typed word's position."""
    for i in left_out:
        after = i + 1
        if after not in placed or not _says_a_change(want[after]):
            continue
        k = placed[after] - 1
        if k in extras and got[k] not in FUNCTION_WORDS and not harmless(got[k]):
            return (
                f"'{got[k]}' in the place of '{want[i]}', which the question gives: another thing"
            )
    return None


def _says_a_change(word: str) -> bool:
    """A verb of going up or down, of keeping as it is, or of one side acting on another."""
    return word == STEADY or way_of_change(word) is not None or relates(word)
