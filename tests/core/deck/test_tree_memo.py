"""Parsed trees as plain tuples and back: the same tree, any document; shared nodes and
problems are never remembered."""

from __future__ import annotations

import pickle
import tracemalloc

import pytest
import yaml
import zstandard
from hypothesis import given
from hypothesis import strategies as st

from trainer.core.deck.tree_memo import (
    ParsedTrees,
    file_digest,
    pack,
    tree_from_plain,
    tree_to_plain,
    unpack,
)
from trainer.core.deck.yaml_source import parse_yaml
from trainer.core.untrusted import forbidden_search

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=False),
    # Characters a deck may hold: those that could take over a terminal are refused by
    # the parser (test_yaml_source.py), and make no tree to remember.
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12).filter(
        lambda text: forbidden_search(text) is None
    ),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text("abcdefgh", min_size=1, max_size=6), inner, max_size=4),
    ),
    max_leaves=30,
)


@given(documents, st.sampled_from([None, False, True]))
def test_a_tree_rebuilt_from_its_plain_form_is_the_same_tree(
    document: object, flow: bool | None
) -> None:
    data = yaml.safe_dump(document, default_flow_style=flow, allow_unicode=True).encode()
    parsed = parse_yaml(data, "deck.yaml")
    assert parsed.root is not None and not parsed.errors
    rebuilt = tree_from_plain(unpack(pack(tree_to_plain(parsed.root))))
    _assert_same_tree(rebuilt, parsed.root)


def _assert_same_tree(rebuilt: object, original: object) -> None:
    """Node by node: the same class and every attribute equal (its slots, all of them)."""
    assert type(rebuilt) is type(original)
    for name in type(original).__slots__:  # type: ignore[attr-defined]
        mine, theirs = getattr(rebuilt, name), getattr(original, name)
        if name == "items":
            assert len(mine) == len(theirs)
            for item, other in zip(mine, theirs, strict=True):
                _assert_same_tree(item, other)
        elif name == "entries":
            assert list(mine) == list(theirs)
            for key in theirs:
                _assert_same_tree(mine[key], theirs[key])
        elif name == "value" and not isinstance(theirs, (str, int, float, bool, type(None))):
            _assert_same_tree(mine, theirs)
        else:
            assert type(mine) is type(theirs) and mine == theirs, name


def test_a_tree_that_shares_a_node_is_not_remembered() -> None:
    data = b"base: &shared {page: 3}\nfirst: *shared\nsecond: *shared\n"
    parsed = parse_yaml(data, "deck.yaml")
    assert parsed.root is not None
    with pytest.raises(ValueError, match="shares"):
        tree_to_plain(parsed.root)
    trees = ParsedTrees({})
    assert trees.parse(data, "deck.yaml").root is not None
    assert trees.used == {}


def test_a_file_with_a_problem_is_not_remembered() -> None:
    trees = ParsedTrees({})
    document = trees.parse(b"id: [unclosed\n", "deck.yaml")
    assert document.errors
    assert trees.used == {}


def test_a_remembered_tree_is_given_for_the_same_bytes_only() -> None:
    data = b"id: lipetsk\nexcerpts: []\n"
    first = ParsedTrees({})
    first.parse(data, "deck.yaml")
    assert list(first.used) == [file_digest(data)]
    again = ParsedTrees(first.used)
    root = again.parse(data, "other.yaml").root
    assert root is not None
    assert tree_to_plain(root) == unpack(first.used[file_digest(data)])
    assert again.used == first.used
    edited = ParsedTrees(first.used)
    edited.parse(b"id: kazan\nexcerpts: []\n", "deck.yaml")
    assert list(edited.used) != list(first.used)


@pytest.mark.parametrize(
    "damaged",
    [(9, 1, 1), (), ("x",), (2, 1, 1, (("key", 1, 1, (7,)),)), (0, "v", "v", 1)],
)
def test_a_damaged_plain_tree_is_refused(damaged: tuple[object, ...]) -> None:
    with pytest.raises((ValueError, TypeError, IndexError)):
        tree_from_plain(damaged)


def _claiming(size: int) -> bytes:
    """A packed tree whose frame says it holds `size` bytes."""
    frame = bytearray(pack((0, "v", "v", 1, 1, False)))
    assert frame[4] == 0x20  # a single segment whose content size takes one byte
    frame[4] = 0xE0  # a single segment, with an eight-byte content size
    return bytes(frame[:5] + size.to_bytes(8, "little") + frame[6:])


class _Exploit:
    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (print, ("exploited",))


@pytest.mark.parametrize(
    "packed",
    [
        b"",
        b"not a pickle",
        pickle.dumps((0, "v", "v", 1, 1, False)),  # a tree, but not compressed
        zstandard.compress(pickle.dumps([1, 2])),  # not a tuple
        zstandard.compress(pickle.dumps((_Exploit(),))),  # would call a function
        pack((0, "v", "v", 1, 1, False))[:-2],  # truncated
        zstandard.compress(pickle.dumps((0, "v", "v", 1, 1, False))[:-2]),  # a cut pickle
        _claiming(2**40),  # a frame that claims a terabyte
    ],
)
def test_packed_bytes_that_are_not_a_tree_are_refused(
    packed: bytes, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(ValueError):
        unpack(packed)
    assert "exploited" not in capsys.readouterr().out
    # And a compile given them parses the file instead.
    trees = ParsedTrees({file_digest(b"id: x\n"): packed})
    assert trees.parse(b"id: x\n", "deck.yaml").root is not None
    assert trees.used[file_digest(b"id: x\n")] != packed


def test_a_packed_tree_holds_its_compressed_frame_alone() -> None:
    # python-zstandard returns its frame in a buffer as large as its input: kept as it
    # was, every file's tree took as much memory as if it had not been compressed.
    lines = [f"- {{id: fact-{i}, who: Person {i}, year: {1900 + i % 40}}}" for i in range(3000)]
    root = parse_yaml("\n".join(lines).encode(), "deck.yaml").root
    assert root is not None
    plain = tree_to_plain(root)
    tracemalloc.start()
    try:
        packed = pack(plain)
        held, _ = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(packed) < len(pickle.dumps(plain)) // 4
    assert held < 2 * len(packed)
