"""Symbols that stand for words, read as those words: Greek letters by their names ("α cells"
is "alpha cells"), a note's accidentals ("F♯", "F#" are "F sharp"; "B♭", "Bb" are "B flat")
and a root ("√2" is "root 2", as "the square root of 2" is)."""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold

# The 24 letters of the Greek alphabet, each with its English name; both cases read alike.
_GREEK_NAMES = (
    *("alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa"),
    *("lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon", "phi"),
    *("chi", "psi", "omega"),
)
_GREEK_CAPITALS = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
_GREEK_SMALL = "αβγδεζηθικλμνξοπρστυφχψω"
GREEK_LETTER_NAMES: dict[str, str] = {
    **dict(zip(_GREEK_CAPITALS, _GREEK_NAMES, strict=True)),
    **dict(zip(_GREEK_SMALL, _GREEK_NAMES, strict=True)),
    "ς": "sigma",  # the final form
    "ϑ": "theta",
    "ϕ": "phi",
    "ϵ": "epsilon",
    "µ": "mu",  # the micro sign, which folding makes a mu
}
# A Greek letter standing alone, not a letter of a Greek word ("λόγος") or a unit's prefix
# ("µm", "μg"), nor a constant after its factor ("2π").
_LONE_GREEK = re.compile(
    rf"(?<![^\W_])(?<!\d)([{''.join(GREEK_LETTER_NAMES)}])(?![^\W\d_])", re.UNICODE
)
# A note letter with its accidental as a sign: "F♯", "F#", "B♭", "E♮"; and a note letter
# with a "b" where a key is named ("Bb major", "eb minor"): alone, "Bb", "Eb" or "Ab" may
# be anything (an antibody, a unit), and reading them by their case would make "bb" and
# "Bb" differ. Not after a number ("10 Gb" is a unit).
_SIGNED_NOTE = re.compile(r"(?<![\w#♯♭♮])(?<!\d\s)([A-Ga-g])\s?([#♯♭♮])(?![\w#♯♭])")
_FLAT_NOTE = re.compile(r"(?<![\w-])(?<!\d\s)([A-G])b(?=[\s-]+(?:major|minor)\b)", re.IGNORECASE)
_ACCIDENTALS = {"#": "sharp", "♯": "sharp", "♭": "flat", "♮": "natural"}
# Symbols that are answers by themselves, read as their names: "∞" is "infinity".
_SPELLED = {"∞": "infinity", "∅": "empty set"}
SPELLED_SYMBOLS = frozenset(_SPELLED)
_SQUARE_ROOT = re.compile(r"\bsquare\s+root(?:\s+of)?\b|\bsqrt\b", re.IGNORECASE)


def symbols_spelled_out(text: str) -> str:
    """The text with lone Greek letters, notes' accidentals and roots as words: "α cells"
    → "alpha cells", "C♯ minor" → "C sharp minor", "Bb major" → "B flat major", "√2" and
    "the square root of 2" → "root 2"."""
    if text.isascii():
        if "#" not in text and "b" not in text and "B" not in text and "sq" not in text.lower():
            return text
    else:
        text = _LONE_GREEK.sub(lambda found: f" {GREEK_LETTER_NAMES[found[1]]} ", text)
        text = text.replace("√", " root ").replace("∛", " cube root ")
        for symbol, name in _SPELLED.items():
            text = text.replace(symbol, f" {name} ")
    # A square root however written is one: "√2", "sqrt(2)", "the square root of 2" and
    # "root 2" are all "root 2" (and "2" alone is not it).
    text = _SQUARE_ROOT.sub(" root ", text)
    text = _SIGNED_NOTE.sub(lambda found: f"{found[1]} {_ACCIDENTALS[found[2]]}", text)
    return _FLAT_NOTE.sub(lambda found: f"{found[1]} flat", text)


def readable(text: str) -> bool:
    """Whether `text` holds anything to grade against: a letter or a digit once folded,
    or a symbol read as its name ("∞")."""
    return bool(fold(text)) or not SPELLED_SYMBOLS.isdisjoint(text)
