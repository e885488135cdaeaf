"""A value written after a possessive leaves out the article it opens with: "Bach's Mass"."""

from __future__ import annotations

import pytest

from trainer.core.generate.placeholders import parse_pattern


@pytest.mark.parametrize(
    ("source", "values", "expected"),
    [
        (
            "{composer}'s {work} is in {key}.",
            {"composer": "Bach", "work": "the Mass in B minor", "key": "B minor"},
            "Bach's Mass in B minor is in B minor.",
        ),
        (
            "{painter}’s {work}",
            {"painter": "Leonardo", "work": "the Mona Lisa"},
            "Leonardo’s Mona Lisa",
        ),
        ("Bach's {work}", {"work": "a cantata"}, "Bach's cantata"),
        ("the Beatles' {work}", {"work": "an album"}, "the Beatles' album"),
        # An article with a capital is a title's own.
        (
            "{who}'s {work}",
            {"who": "Shakespeare", "work": "A Midsummer Night's Dream"},
            "Shakespeare's A Midsummer Night's Dream",
        ),
        # "It's" is "it is": no possessive.
        ("It's {work}", {"work": "the Mass"}, "It's the Mass"),
        ("What's {work}?", {"work": "the Mass"}, "What's the Mass?"),
        # No possessive before the field: the article stays.
        ("{who} wrote {work}.", {"who": "Bach", "work": "the Mass"}, "Bach wrote the Mass."),
    ],
)
def test_an_article_after_a_possessive_is_left_out(
    source: str, values: dict[str, str], expected: str
) -> None:
    assert parse_pattern(source).render(values) == expected
