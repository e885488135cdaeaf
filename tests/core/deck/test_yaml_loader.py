"""Tests for trainer.core.deck.yaml_loader: its quick tag resolution is PyYAML's own."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import yaml
from hypothesis import example, given
from hypothesis import strategies as st
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from trainer.core.deck.yaml_loader import DECK_LOADER, resolve_tag

_SAFE = yaml.CSafeLoader if yaml.__with_libyaml__ else yaml.SafeLoader
# PyYAML's own resolution, untyped in its stubs.
_pyyaml_resolve: Callable[[Any, type, Any, Any], Any] = yaml.resolver.BaseResolver.resolve
# Text that opens with the characters the implicit resolvers look at, and others.
_SCALARS = st.one_of(
    st.text(max_size=12),
    st.text(alphabet="yYnNtTfFoO~0123456789+-._:<=eExXbB", max_size=8),
    st.sampled_from(["", "~", "null", "yes", "No", "true", "off", "12", "-1_000", "0x1F", "0o7"]),
    st.sampled_from(["1.5", ".inf", "-.Inf", ".nan", "<<", "=", "2001-12-14", "1:20", "Kazan"]),
)


@given(_SCALARS, st.tuples(st.booleans(), st.booleans()))
@example("true", (True, False))
@example("12", (True, True))
@example("", (True, False))
@example("true", (False, True))
def test_a_scalar_resolves_as_pyyaml_resolves_it(value: str, implicit: tuple[bool, bool]) -> None:
    loader = _SAFE("")
    expected = _pyyaml_resolve(loader, ScalarNode, value, implicit)
    assert resolve_tag(loader, ScalarNode, value, implicit) == expected


def test_collections_resolve_as_pyyaml_resolves_them() -> None:
    loader = _SAFE("")
    for kind in (MappingNode, SequenceNode):
        for implicit in (True, False):
            expected = _pyyaml_resolve(loader, kind, None, implicit)
            assert resolve_tag(loader, kind, None, implicit) == expected


def _tags(node: yaml.Node) -> list[str]:
    tags = [node.tag]
    if isinstance(node, SequenceNode):
        for item in node.value:
            tags += _tags(item)
    elif isinstance(node, MappingNode):
        for key, value in node.value:
            tags += _tags(key) + _tags(value)
    return tags


def test_a_document_composes_with_the_tags_of_the_safe_loader() -> None:
    text = (
        "a: yes\nb: 'yes'\nc: 12\nd: ~\ne: [1.5, .inf, x, \"2\", null, 2001-12-14]\n"
        "f: {g: Off, h: <<}\ni:\n  - -3\n  - text: plain words\n"
    )
    assert DECK_LOADER is not _SAFE
    quick = yaml.compose(text, Loader=DECK_LOADER)
    plain = yaml.compose(text, Loader=_SAFE)
    assert quick is not None
    assert plain is not None
    assert _tags(quick) == _tags(plain)
