"""Math in Anki fields (MathJax `\\(…\\)`, LaTeX `[$]…[/$]`, `[latex]…`) as plain text.

A deck is plain text, and a typed answer is compared with what it shows: `\\(x=\\pm 2\\)`
would have to be typed as written. Math is written as it reads: its delimiters
removed, common commands as their symbols (`\\pm` → ±, `\\le` → ≤, `\\alpha` → α),
`\\frac{a}{b}` as `a/b`, `\\sqrt{x}` as `√x`, `x^{2}` as `x²`, `x_{1}` as `x₁`, and
formatting (`\\text{…}`, `\\mathrm{…}`, `\\left(`, `\\,`) dropped. A command not known
stays as written; the converter quotes every formula it rewrote, to be checked.
"""

from __future__ import annotations

import re
from functools import lru_cache

from trainer.interop.text_clean import raised

# Math's delimiters, openers with the closers that end them (lower case: `[latex]` is
# matched in any case). A package is untrusted: formulas are found by a scan that reads
# the text a bounded number of times, never by a search that may read the rest of the
# text again from every opener that is never closed (quadratic on a field of openers).
_DELIMITERS = (
    ("\\(", ("\\)",)),
    ("\\[", ("\\]",)),
    ("[$$]", ("[/$$]", "[/$]")),
    ("[$]", ("[/$]", "[/$$]")),
    ("[latex]", ("[/latex]",)),
)
_GREEK = (
    "alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho"
    " sigma tau upsilon phi chi psi omega"
)
_LOWER = "αβγδεζηθικλμνξοπρστυφχψω"
_UPPER = "ΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩ"
# A written brace (`\\{1, 2\\}`) stands for itself, unlike a group's: kept aside meanwhile.
_OPEN_BRACE, _CLOSE_BRACE = "\ue000", "\ue001"
_SYMBOLS = {
    **dict(zip(_GREEK.split(), _LOWER, strict=True)),
    **{name.capitalize(): upper for name, upper in zip(_GREEK.split(), _UPPER, strict=True)},
    **{"varepsilon": "ε", "vartheta": "ϑ", "varphi": "φ", "varrho": "ϱ", "ell": "ℓ"},
    **{"pm": "±", "mp": "∓", "times": "×", "cdot": "·", "div": "÷", "ast": "*"},
    **{"le": "≤", "leq": "≤", "ge": "≥", "geq": "≥", "ne": "≠", "neq": "≠", "lt": "<"},
    **{"gt": ">", "approx": "≈", "sim": "∼", "equiv": "≡", "propto": "∝", "cong": "≅"},
    **{"to": "→", "rightarrow": "→", "leftarrow": "←", "Rightarrow": "⇒", "implies": "⇒"},
    **{"Leftarrow": "⇐", "Leftrightarrow": "⇔", "iff": "⇔", "leftrightarrow": "↔"},
    **{"mapsto": "↦", "infty": "∞", "partial": "∂", "nabla": "∇", "sum": "∑", "prod": "∏"},
    **{"int": "∫", "oint": "∮", "in": "∈", "notin": "∉", "subset": "⊂", "subseteq": "⊆"},
    **{"supset": "⊃", "cup": "∪", "cap": "∩", "emptyset": "∅", "varnothing": "∅"},
    **{"forall": "∀", "exists": "∃", "neg": "¬", "lnot": "¬", "land": "∧", "wedge": "∧"},
    **{"lor": "∨", "vee": "∨", "circ": "∘", "degree": "°", "angle": "∠", "perp": "⊥"},
    **{"parallel": "∥", "cdots": "⋯", "ldots": "…", "dots": "…", "prime": "′"},
    **{"hbar": "ħ", "mid": "|", "vert": "|", "langle": "⟨", "rangle": "⟩", "%": "%"},
    **{"{": _OPEN_BRACE, "}": _CLOSE_BRACE, "$": "$", "&": "&", "#": "#", "_": "_"},
    **{"quad": " ", "qquad": " ", ",": " ", ";": " ", ":": " ", "!": "", " ": " "},
    **{"left": "", "right": "", "displaystyle": "", "limits": ""},
    **{"sin": "sin", "cos": "cos", "tan": "tan", "log": "log", "ln": "ln", "exp": "exp"},
    **{"lim": "lim", "max": "max", "min": "min", "det": "det", "\\": " "},
}
# Commands whose argument is text to keep as it is (`\text{kg}`, `\mathrm{d}x`).
_KEPT = r"text|textrm|textit|textbf|mathrm|mathit|mathbf|mathsf|operatorname|mbox|boldsymbol"
_GROUP = r"\{((?:[^{}]|\{[^{}]*\})*)\}"
_STYLED = re.compile(rf"\\(?:{_KEPT})\s*{_GROUP}")
_FRACTION = re.compile(rf"\\[dt]?frac\s*{_GROUP}\s*{_GROUP}")
# A root's index (`\\sqrt[3]`) is a few characters: read no further for its `]`, or every
# `\\sqrt[` that none closes would be read on to the formula's end, each in turn.
_MOST_INDEX = 64
_ROOT = re.compile(rf"\\sqrt\s*(?:\[([^\]]{{0,{_MOST_INDEX}}}+)\])?\s*{_GROUP}")
_SCRIPT = re.compile(rf"([\^_])\s*(?:{_GROUP}|(\\[a-zA-Z]+|[^\s\\{{}}]))")
_COMMAND = re.compile(r"\\([a-zA-Z]+)( ?)|\\(.)")
# Symbols written as letters: the space that ends their name is no space (`\\Delta G` is
# ΔG); a relation or an operator keeps the spaces around it (`a \\le b`).
_LETTERS = frozenset(_LOWER + _UPPER + "εϑφϱℓħ∂∇∞∠¬")
_NUMBER_SETS = re.compile(r"\\mathbb\s*\{([^{}]*)\}")
_SETS = {"N": "ℕ", "Z": "ℤ", "Q": "ℚ", "R": "ℝ", "C": "ℂ"}
_SUBSCRIPTS = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")


def plain_math(text: str) -> tuple[str, list[str]]:
    """`text` with every formula written as plain text, and the formulas as they were."""
    found: list[str] = []

    parts: list[str] = []
    done = 0
    for start, inner, end in _formulas(text):
        found.append(text[start:end])
        parts += [text[done:start], formula_text(text[inner[0] : inner[1]])]
        done = end
    return "".join(parts) + text[done:], found


def left_unread(formula: str) -> bool:
    """Whether a formula `plain_math` found (delimiters and all) keeps a command it could
    not write as text (`\\vec{E}`): its text is the one `plain_math` made, kept."""
    return any(
        _LATEX_COMMAND.search(formula_text(formula[inner[0] : inner[1]]))
        for _, inner, _ in _formulas(formula)
    )


_LATEX_COMMAND = re.compile(r"\\[a-zA-Z]")


def _formulas(text: str) -> list[tuple[int, tuple[int, int], int]]:
    """Each formula of `text`, in order: where it starts, where its source lies between its
    delimiters (never empty), and where it ends. An opener never closed after it opens
    none; no later one of its kind is closed either, and its kind is looked for no more."""
    lower = text.lower()
    kinds = list(_DELIMITERS)
    formulas: list[tuple[int, tuple[int, int], int]] = []
    position = 0
    # Where each kind's next opener lies, looked for again only once it is passed.
    next_at: dict[str, int] = {}
    while kinds:
        for opener, _ in kinds:
            if next_at.get(opener, -1) < position:
                found_at = lower.find(opener, position)
                next_at[opener] = found_at if found_at >= 0 else len(text) + 1
        openings = [(next_at[opener], opener, closers) for opener, closers in kinds]
        found = [opening for opening in openings if opening[0] <= len(text)]
        if not found:
            break
        # The first opener; at one place the longer ("[$$]" before "[$]").
        start, opener, closers = min(found, key=lambda item: (item[0], -len(item[1])))
        inner = start + len(opener)
        ends = [(at, closer) for closer in closers if (at := lower.find(closer, inner + 1)) >= 0]
        if not ends:
            kinds = [kind for kind in kinds if kind[0] != opener]
            continue
        at, closer = min(ends)
        formulas.append((start, (inner, at), at + len(closer)))
        position = at + len(closer)
    return formulas


@lru_cache(maxsize=1 << 12)  # asked again of each formula, whether it kept a command
def formula_text(source: str) -> str:
    """A LaTeX formula as it reads: `\\frac{1}{2}` → `1/2`, `x^{2}` → `x²`, `\\pi` → `π`."""
    text = source.strip()
    if text.startswith("$") and text.endswith("$"):  # `[latex]$x$[/latex]`: inline math
        text = text.strip("$")
    text = _COMMAND.sub(_symbol, text)
    text = _NUMBER_SETS.sub(lambda m: _SETS.get(m.group(1).strip(), m.group(0)), text)
    # Inner groups first: `\frac{\sqrt{2}}{2}`; each pass removes one level of nesting.
    for _ in range(8):
        before = text
        text = _STYLED.sub(lambda m: m.group(1), text)
        text = _FRACTION.sub(lambda m: f"{_grouped(m.group(1))}/{_grouped(m.group(2))}", text)
        text = _ROOT.sub(_root, text)
        if text == before:
            break
    # Once: what a script becomes (`_(n+1)`) is no script to read again.
    text = _SCRIPT.sub(_script, text)
    text = re.sub(r"(?<!\\)[{}]", "", text)
    text = text.replace(_OPEN_BRACE, "{").replace(_CLOSE_BRACE, "}")
    return " ".join(text.split())


def _symbol(match: re.Match[str]) -> str:
    if match.group(3) is not None:
        return _SYMBOLS.get(match.group(3), match.group(0))
    symbol = _SYMBOLS.get(match.group(1))
    if symbol is None:
        return match.group(0)
    return symbol if symbol in _LETTERS else symbol + match.group(2)


def _grouped(part: str) -> str:
    """A fraction's numerator or denominator: in parentheses unless a single term."""
    part = part.strip()
    return part if re.fullmatch(r"[\d.]+|\w|\\[a-zA-Z]+", part) else f"({part})"


def _root(match: re.Match[str]) -> str:
    index, radicand = match.group(1), _grouped(match.group(2))
    sign = {"3": "∛", "4": "∜"}.get((index or "").strip(), "√")
    return f"{index}{sign}{radicand}" if index and sign == "√" else f"{sign}{radicand}"


def _script(match: re.Match[str]) -> str:
    mark, body = match.group(1), match.group(2) if match.group(2) is not None else match.group(3)
    body = body.strip()
    if mark == "^":
        # `90^\circ` is ninety degrees.
        return "°" if body in ("∘", "\\circ") else raised(body) if body else ""
    subscript = body.translate(_SUBSCRIPTS)
    if all(c in "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎" for c in subscript) and subscript:
        return subscript
    return f"_{body}" if len(body) == 1 else f"_({body})"
