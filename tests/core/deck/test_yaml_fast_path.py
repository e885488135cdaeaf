"""Reading a YAML file whose text holds no forbidden character and no escape skips the
character check of each value: the tree and errors are those of checking every value."""

from __future__ import annotations

import yaml
from hypothesis import example, given
from hypothesis import strategies as st

from trainer.core.deck.yaml_loader import DECK_LOADER
from trainer.core.deck.yaml_source import parse_yaml
from trainer.core.deck.yaml_tree import (
    MAX_NODES,
    YamlInvalid,
    YamlMapping,
    YamlNode,
    YamlScalar,
    YamlSequence,
    to_tree,
)

VALUES = [
    *("plain text", '"quoted"', '"escaped \\e here"', '"tab\\there"', "'single'"),
    *("\u202eflipped", "a\u200fb", '"\\u202e"', "'it''s'", "12", "true", "~", "1926-04-16"),
    *("|\n    block\n    text", ">\n    folded\n    text", "C:\\path", "[a, b]", "{k: v}"),
]


def shape(node: YamlNode | None) -> object:
    if isinstance(node, YamlScalar):
        return ("scalar", node.value, node.raw, node.line, node.column, node.inline)
    if isinstance(node, YamlSequence):
        return ("list", node.line, node.column, [shape(item) for item in node.items])
    if isinstance(node, YamlMapping):
        entries = [(k, e.line, e.column, shape(e.value)) for k, e in node.entries.items()]
        return ("map", node.line, node.column, entries)
    if isinstance(node, YamlInvalid):
        return ("invalid", node.line, node.column)
    return None


@st.composite
def documents(draw: st.DrawFn) -> str:
    keys = draw(st.lists(st.sampled_from(["a", "b", "c\u202e", '"d\\e"', "e"]), max_size=4))
    lines = [f"{key}: {draw(st.sampled_from(VALUES))}" for key in keys]
    if draw(st.booleans()):
        lines.append("items:")
        lines += [f"  - {draw(st.sampled_from(VALUES))}" for _ in range(draw(st.integers(0, 3)))]
    return "\n".join(lines) + "\n"


@given(documents())
@example('a: "\\e"\n')
@example("a: \u202ex\n")
def test_the_tree_is_that_of_checking_every_value(text: str) -> None:
    read = parse_yaml(text.encode(), "d.yaml")
    try:
        root = yaml.compose(text, Loader=DECK_LOADER)
    except yaml.YAMLError:
        return
    if root is None:
        return
    tree, errors = to_tree(root, "d.yaml", MAX_NODES, has_anchors="&" in text, check_chars=True)
    assert shape(read.root) == shape(tree)
    assert read.errors == errors
