"""The giveaway index filed through memoised word keys is the index the plain per-token
loop built: the same words, numbers, stems and ends, in the same order."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence

from hypothesis import given, settings
from hypothesis import strategies as st

from trainer.core.generate.cloze_giveaways import TextIndex, _word_keys
from trainer.core.generate.cloze_words import Token, fold_word, tokens

_WORDS = [
    "Soviet-German",
    "carbon-12",
    "U-235",
    "cowpox",
    "cow",
    "seaport",
    "port",
    "Russia",
    "Russians",
    "Zürich",
    "l’Ouverture",
    "50,000",
    "1926",
    "3.5%",
    "the",
    "of",
    "T-34",
    "MI5's",
    "U.S.",
    "–",
    "a",
]
_TEXTS = st.lists(st.sampled_from(_WORDS), max_size=30).map(" ".join) | st.text(
    alphabet="aAbBzZ-–'’ 0123456789,.", max_size=40
)


def _plain_index(text_tokens: Sequence[Token]) -> tuple[object, ...]:
    """The index as TextIndex built it token by token, before its words were memoised."""
    by_word: dict[str, list[int]] = defaultdict(list)
    by_stem: dict[str, list[tuple[int, str]]] = defaultdict(list)
    by_end: dict[str, list[tuple[int, str]]] = defaultdict(list)
    numbers: dict[str, list[int]] = defaultdict(list)
    for index, token in enumerate(text_tokens):
        folded = fold_word(token.text)
        by_word[folded].append(index)
        if token.number:
            numbers[token.text.replace(",", "")].append(index)
            continue
        parts = [part for part in folded.replace("–", "-").split("-") if part]
        for part in parts if ("-" in folded or "–" in folded) else [folded]:
            if part.isdecimal():
                numbers[part].append(index)
            by_stem[part[:4]].append((index, part))
            if len(part) > 3:
                by_stem[part[:3]].append((index, part))
            by_end[part[-3:]].append((index, part))
    return dict(by_word), dict(by_stem), dict(by_end), dict(numbers)


@settings(max_examples=300, deadline=None)
@given(_TEXTS)
def test_the_memoised_index_is_the_plain_one(text: str) -> None:
    index = TextIndex(text, tokens(text))
    built = (index._by_word, index._by_stem, index._by_end, index._numbers)
    assert tuple(dict(part) for part in built) == _plain_index(tokens(text))


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(_WORDS) | st.text(alphabet="aAzZ-–'’09,", min_size=1, max_size=12))
def test_a_words_memoised_keys_are_its_plain_keys(word: str) -> None:
    assert _word_keys(word) == _word_keys.__wrapped__(word)


def test_a_broken_memo_would_show() -> None:
    # The reference does tell indexes apart: a text and its words in another order differ.
    assert _plain_index(tokens("cowpox seaport")) != _plain_index(tokens("seaport cowpox"))
