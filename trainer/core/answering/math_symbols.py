"""Mathematical symbols an answer is written with: each is part of the answer, as a word is.

Folding text for comparison turns symbols into spaces, so that "anti-tank" is "anti
tank". In mathematics that loses the answer: "A ∩ B" is not "A ∪ B", "−sin x" not
"sin x", "real GDP / nominal GDP" not "nominal GDP / real GDP". So, where an answer is
written with a symbol of mathematics or logic, the typed answer must write the same
symbols in the same order (by the symbol, its ASCII spelling, "<=", or its name,
"union"), the same sign before each term, and the sides of a one-way symbol (a
quotient, an inclusion, an implication, an order) where the answer has them.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.text_matches import TextMatch

# Each symbol, by every way of writing it, as one: what it is read as.
_SYMBOLS = {"∪": "∪", "∩": "∩", "⊂": "⊆", "⊆": "⊆", "⊃": "⊇", "⊇": "⊇", "∈": "∈", "∉": "∉"}
_SYMBOLS |= {"∧": "∧", "∨": "∨", "¬": "¬", "→": "→", "⇒": "→", "⟹": "→", "↔": "↔", "⇔": "↔"}
_SYMBOLS |= {"<": "<", ">": ">", "≤": "≤", "⩽": "≤", "≥": "≥", "⩾": "≥", "≠": "≠", "±": "±"}
_SYMBOLS |= {"∀": "∀", "∃": "∃", "∅": "∅", "÷": "/", "×": "×", "·": "×"}
_SYMBOLS |= {"<=": "≤", ">=": "≥", "!=": "≠", "=/=": "≠", "->": "→", "=>": "→", "<->": "↔"}
_SYMBOLS |= {"<=>": "↔", "+/-": "±", "/": "/"}
# An equation's sign, read so that another relation typed for it is seen ("x ≠ 3" for
# "x = 3"); left out, it is no symbol lost ("pH 7" for "pH = 7": `_EQUALITY`).
_SYMBOLS |= {"=": "=", "==": "=", "≈": "≈", "~=": "≈"}
_EQUALITY = frozenset({"="})
# Symbols read from their names, in a typed answer.
_NAMES = {"union": "∪", "cup": "∪", "intersection": "∩", "intersect": "∩", "cap": "∩"}
_NAMES |= {"subset": "⊆", "superset": "⊇", "implies": "→", "iff": "↔", "times": "×"}
_NAMES |= {"and": "∧", "or": "∨", "divided by": "/", "over": "/"}
_NAMES |= {"greater than or equal to": "≥", "less than or equal to": "≤", "at least": "≥"}
_NAMES |= {"at most": "≤", "greater than": ">", "less than": "<", "not equal to": "≠"}
# Names read as their symbol wherever the answer is mathematics; "and" and "or" only
# beside an answer that writes "∧" or "∨" ("A ∪ B and C").
_LOGIC = frozenset({"∧", "∨"})
_NAMED_ALWAYS = frozenset(_NAMES.values()) - _LOGIC
# The symbols that make an answer one of mathematics (a bare "/" or "×" may be prose:
# "bookshop / bookstore", "2 × 4 timber").
_MATHEMATICAL = frozenset(_SYMBOLS.values()) - {"/", "×"}
# Symbols whose sides may not be swapped: "A ⊆ B" is not "B ⊆ A".
_ONE_WAY = frozenset({"⊆", "⊇", "∈", "∉", "→", "<", ">", "≤", "≥", "/"})
_SYMBOL = re.compile(
    "|".join(re.escape(s) for s in sorted(_SYMBOLS, key=len, reverse=True))
    + r"|\b(?:"
    + "|".join(sorted(_NAMES, key=len, reverse=True))
    + r")\b",
    re.IGNORECASE,
)
# A minus before a term of mathematics: a small letter standing alone (a variable; a
# capital may be a chemical group's bond, "−C≡N"), a function, a constant
# (a number's sign is read with the number, and a charge's after it: `charges`); not
# inside a word ("well-known"), between spaces (a dash), nor before a suffix ("-ing").
_FUNCTION = r"(?:sin|cos|tan|sec|csc|cot|log|ln|exp|sinh|cosh|tanh|arcsin|arccos|arctan|sqrt)\b"
_SIGN = re.compile(r"(?:^|(?<=[\s(=,;]))[-−](?=[a-zα-ω](?![a-zA-Z])|π|∞|√|" + _FUNCTION + ")")
# A sign before a function or a constant is always a term's; before a letter alone only
# in mathematics ("-s" is the plural's suffix, "−x + 1" a term).
_FUNCTION_SIGN = re.compile(r"(?:^|(?<=[\s(=,;]))[-−](?=π|∞|√|" + _FUNCTION + ")")
_MATHEMATICS = re.compile(r"[\d=^√+×÷*/<>≤≥]|" + _FUNCTION)
# A number as written, with its sign and a power's caret: "−1.6", "^−19".
_NUMBER = re.compile(r"[-−+^]*\d+(?:[.,]\d+)*")
# A digit or an equals sign: with them, "/" and "×" are mathematics.
_ARITHMETIC = re.compile(r"[\d=^√]")


def math_symbol_match(expected: str, typed: str) -> TextMatch | None:
    """The verdict where `typed` writes the answer's words but not its symbols: another
    symbol or a sign left out is wrong, a symbol left out close, the sides of a one-way
    symbol swapped wrong. None where the answer is written with no symbol of
    mathematics, or the words differ (grading then compares them)."""
    sign = _SIGN if _MATHEMATICS.search(expected) else _FUNCTION_SIGN
    marks = _MARKS.search(expected) or _MARKS.search(typed)  # most answers have none
    if marks and (marked := _marks_problem(expected, typed, sign)) is not None:
        return TextMatch(False, False, marked, 0.5, decisive=True)
    wanted = _read(expected)
    symbols = [symbol for symbol, _ in wanted if symbol]
    if not _is_mathematics(expected, symbols):
        return None
    named = _NAMED_ALWAYS | (_LOGIC if _LOGIC & set(symbols) else frozenset())
    if "∪" in symbols:
        typed = _LETTER_U.sub("∪", typed)  # "A U B"
    written = _read(typed, named=named)
    typed_symbols = [symbol for symbol, _ in written if symbol]
    if _sides_turned(wanted, written):  # "B ∪ A" for "A ∪ B", "B ⊇ A" for "A ⊆ B"
        return TextMatch(True, False, "the same symbols", 1.0)
    if symbols == typed_symbols:
        if (swapped := _swapped(wanted, written)) is not None:
            return swapped
        # The same symbols between the same words and numbers: "p and q" for "p ∧ q",
        # "x is greater than 0" for "x > 0".
        same = _operands(wanted) == _operands(written) and _numbers(expected) == _numbers(typed)
        return TextMatch(True, False, "the same symbols", 1.0) if same else None
    if _operands(wanted) != _operands(written):
        return None  # other words: grading compares them
    if not typed_symbols:
        if set(symbols) <= _EQUALITY:
            return None  # "x 3", "pH 7": the words and numbers decide
        rule = f"'{' '.join(symbols)}' left out: the symbol is the answer's"
        return TextMatch(False, False, rule, 0.7)
    rule = f"'{' '.join(typed_symbols)}' for '{' '.join(symbols)}': another symbol"
    return TextMatch(False, False, rule, 0.5, decisive=True)


def _marks_problem(expected: str, typed: str, sign: re.Pattern[str]) -> str | None:
    """Why `typed`, the answer's terms with other signs or primes, is another answer: a
    minus lost or added ("sin x" for "−sin x"), both signs at once ("±sin x", "cos x or
    −cos x": a hedge), a prime lost or added ("f(x)" for "f′(x)", "A" for "A′")."""
    terms = _terms(expected, sign)
    if _signs(expected, sign) != _signs(typed, sign) and terms == _terms(typed, sign):
        return "a minus sign before a term changes the answer"
    if "±" in typed and "±" not in expected and fold(typed.replace("±", "")) == fold(expected):
        return "'±' gives both signs: more than one answer"
    parts = [part for part in _ALTERNATIVES.split(typed) if part.strip()]
    alike = len(parts) > 1 and all(_terms(part, sign) == terms for part in parts)
    if alike and len({_signs(part, sign) for part in parts}) > 1:
        return "a term and its negative: more than one answer"
    if _PRIME_CONTEXT.search(expected) or len(expected.strip()) <= _SHORT_SYMBOL:
        wanted, written = _PRIME.findall(expected), _PRIME.findall(typed)
        if _primes(wanted) != _primes(written) and fold(expected) == fold(typed):
            return "a prime mark changes the answer"
    return None


# The marks `_marks_problem` reads: a sign, both signs, a prime.
_MARKS = re.compile("[-−±'′″‴]")
# Ways of typing two answers as one: "cos x or −cos x", "sin x, −sin x", "a / −a".
_ALTERNATIVES = re.compile(r"\s+or\s+|\s*[,;]\s*|\s+/\s+", re.IGNORECASE)
# A prime after a letter standing alone or a bracket ("f′(x)", "f''", "(A ∪ B)′"), not an
# apostrophe ("Newton's", "O'Brien"): where the answer is mathematics, or a short symbol.
_PRIME = re.compile(r"(?:(?<![A-Za-zα-ω])[A-Za-zα-ω]|\))(['′″‴]+)(?![A-Za-z])")
_PRIME_CONTEXT = re.compile(r"[()=∪∩⊆∈^√]")
_SHORT_SYMBOL = 3


def _primes(marks: list[str]) -> list[int]:
    return [sum({"′": 1, "'": 1, "″": 2, "‴": 3}.get(char, 0) for char in mark) for mark in marks]


def _read(text: str, *, named: frozenset[str] = frozenset()) -> list[tuple[str, str]]:
    """Each symbol of `text` (as what it is read as), with the words before it; and
    the words after the last, under an empty symbol. Symbols are read by their names
    too where `named` holds what they are read as (a typed answer's, beside an answer
    that writes them)."""
    pieces: list[tuple[str, str]] = []
    start = 0
    for match in _SYMBOL.finditer(text):
        symbol = _SYMBOLS.get(match.group()) or _NAMES.get(match.group().casefold())
        if symbol is None or (match.group() not in _SYMBOLS and symbol not in named):
            continue
        pieces.append((symbol, fold(text[start : match.start()])))
        start = match.end()
    return [*pieces, ("", fold(text[start:]))]


def _is_mathematics(expected: str, symbols: list[str]) -> bool:
    return bool(set(symbols) & _MATHEMATICAL) or (
        bool(symbols) and _ARITHMETIC.search(expected) is not None
    )


def _operands(read: list[tuple[str, str]]) -> str:
    """The words around the symbols, but a copula ("x is greater than 0")."""
    return " ".join(word for _, words in read for word in words.split() if word not in _GLUE)


_GLUE = frozenset({"is", "are", "be", "the"})


# Symbols whose sides may be turned about, and each one-way symbol with its mirror.
_COMMUTATIVE = frozenset({"∪", "∩", "∧", "∨", "↔", "≠", "×", "=", "≈"})
_MIRRORS = {"⊆": "⊇", "⊇": "⊆", "<": ">", ">": "<", "≤": "≥", "≥": "≤"}
# A capital U between two terms, for a union typed on a keyboard without "∪".
_LETTER_U = re.compile(r"(?<=\s)U(?=\s)")


def _sides_turned(wanted: list[tuple[str, str]], written: list[tuple[str, str]]) -> bool:
    """Whether `written` is `wanted`'s one symbol between its two sides turned about,
    where that says the same: a symbol that may be ("B ∪ A"), or one-way, mirrored
    ("B ⊇ A" for "A ⊆ B")."""
    if len(wanted) != 2 or len(written) != 2:
        return False
    (symbol, left), (_, right) = wanted
    (typed_symbol, typed_left), (_, typed_right) = written
    if not left or not right or left == right or (typed_left, typed_right) != (right, left):
        return False
    return (symbol == typed_symbol and symbol in _COMMUTATIVE) or _MIRRORS.get(
        symbol
    ) == typed_symbol


def _swapped(wanted: list[tuple[str, str]], written: list[tuple[str, str]]) -> TextMatch | None:
    """Wrong where a one-way symbol's two sides are swapped ("real GDP / nominal GDP")."""
    for k, (symbol, _) in enumerate(wanted[:-1]):
        left, right = wanted[k][1], wanted[k + 1][1]
        if symbol not in _ONE_WAY or left == right or not left or not right:
            continue
        if written[k][1] == right and written[k + 1][1] == left:
            rule = f"'{right}' and '{left}' swap sides of '{symbol}': another answer"
            return TextMatch(False, False, rule, 0.5, decisive=True)
    return None


def _numbers(text: str) -> list[str]:
    return [number.replace("−", "-") for number in _NUMBER.findall(text)]


def _signs(text: str, sign: re.Pattern[str]) -> int:
    return len(sign.findall(text))


def _terms(text: str, sign: re.Pattern[str]) -> str:
    return fold(sign.sub(" ", text))
