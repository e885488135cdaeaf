"""HTML to plain text: raised text (`<sup>`) keeps its meaning as a power, or as an ordinal."""

from __future__ import annotations

import pytest

from trainer.interop.text_clean import html_to_text, raised


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("6.022 &times; 10<sup>23</sup>", "6.022 × 10²³"),
        ("an area in km<sup>2</sup>", "an area in km²"),
        ("10<sup>&minus;9</sup> m", "10⁻⁹ m"),
        ("10<sup>-9</sup> m", "10⁻⁹ m"),
        ("2<sup>n</sup> subsets", "2^n subsets"),
        ("x<sup>n+1</sup>", "x^(n+1)"),
        ("e<sup>i&pi;</sup> = &minus;1", "e^(iπ) = −1"),
        ("e<sup>2x</sup>", "e^(2x)"),
        # Ordinals and abbreviations are read as written.
        ("the 1<sup>st</sup> and 22<sup>nd</sup>", "the 1st and 22nd"),
        ("le XIX<sup>e</sup> siècle, M<sup>me</sup> Curie", "le XIXe siècle, Mme Curie"),
        ("la 3<sup>ème</sup> République", "la 3ème République"),
        # Subscripts stay as they read: H2O.
        ("H<sub>2</sub>O", "H2O"),
        # One never closed still counts, and an empty one is nothing.
        ("a<sup>2", "a²"),
        ("<sup> </sup>x", "x"),
    ],
)
def test_raised_text_keeps_its_meaning(html: str, text: str) -> None:
    assert html_to_text(html).text == text


def test_raised_text_on_its_own() -> None:
    assert [raised(t) for t in ("23", "x", " n - 1 ", "th", "")] == [
        "²³",
        "^x",
        "^(n - 1)",
        "th",
        "",
    ]
