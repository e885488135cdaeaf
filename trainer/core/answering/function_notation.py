"""Answers in function notation, compared as whole formulas: "O(n log n)", "Θ(n²)", "f(x) = 2x".

A letter applied to a bracket, with no space between ("O(", "f(", "P("), writes a formula,
in which every symbol counts: "O(n log n)" and "O(log n)" are two complexity classes,
however many words they share. Graded word by word, single letters would be joined as
initials ("O(n" read as "on") and an extra or repeated word let pass, so an answer that
is such a formula and nothing more is compared as one instead. Case, spaces and the ways
of writing a power ("n^2", "n**2", "n²"), a product ("2·n", "2*n", "2n") and a Greek
letter ("Θ", "theta") are set aside; the typed answer must write the same formula. Its
argument alone ("n log n" for "O(n log n)") is right with a slip: the notation is missing.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

from trainer.core.answering.text_matches import TextMatch

# A lone letter (no letter or digit before it) applied to a bracket: "O(", "Θ(", "f(";
# brackets inside it one deep ("O((V + E) log V)").
_CALL = re.compile(r"(?<!\w)[^\W\d_]\(((?:[^()]|\([^()]*\))*)\)")
# A word of two letters or more outside every call: the answer says more than a formula.
_WORD = re.compile(r"[^\W\d_]{2,}")
_PRODUCT_SIGN = re.compile(r"\s*[*·×⋅]\s*")
# A product sign beside a letter or a bracket says nothing "2n" or "(v+e)log v" does not;
# between digits it is kept.
_SILENT_PRODUCT = re.compile(
    r"(?<=[^\W_])\*(?=[^\W\d_])|(?<=[^\W\d_])\*(?=[^\W_])|(?<=\))\*|\*(?=\()"
)
_MINUS_SIGNS = str.maketrans("−–", "--")
# A lone letter written with digits straight after it: a power typed without "^".
_BARE_POWER = re.compile(r"(?<![^\W\d_])([^\W\d_])(\d+)")
# A square or a cube said in words after what is raised: "n squared", "x cubed".
_POWER_WORDS = {"squared": 2, "cubed": 3}
_POWER_WORD = re.compile(r"\s*\b(squared|cubed)\b")
# A named function applied to one plain term: "log(n)" is "log n".
_NAMED_CALL = re.compile(r"(?<![^\W\d_])(?!(?:theta|omega)\()([^\W\d_]{2,})\(([^()\s]+)\)")
# Asymptotic notation: big and little O, Theta and Omega.
_ASYMPTOTIC = re.compile(r"(?:o|theta|omega)\(")
_LOGARITHM = re.compile(r"\b(?:lg|ln|log_?2|log)(?![^\W\d_])")
_GREEK_NAMES = {
    "α": "alpha",
    "β": "beta",
    "γ": "gamma",
    "δ": "delta",
    "ε": "epsilon",
    "θ": "theta",
    "λ": "lambda",
    "μ": "mu",
    "π": "pi",
    "σ": "sigma",
    "φ": "phi",
    "ω": "omega",
}


class FormulaMatch(Enum):
    SAME = "the same formula"
    NAMED = "the same class, by its name"
    ARGUMENT_ONLY = "the notation around it is missing"
    LOOSER = "an upper bound where a tight one is asked"
    OTHER = "another formula"


# Complexity classes by name, and the argument they name ("linear" is O(n)).
_CLASS_NAMES = {"constant": "1", "logarithmic": "logn", "linear": "n", "quadratic": "n^2"}
_CLASS_NAMES |= {"cubic": "n^3", "exponential": "2^n", "factorial": "n!"}
_CLASS_NAMES |= {"linearithmic": "nlogn", "loglinear": "nlogn", "log linear": "nlogn"}
# Words a class's name may come with: "linear time", "quadratic complexity".
_CLASS_WORDS = re.compile(r"\b(?:time|complexity|running|order|of)\b")


def is_formula(text: str) -> bool:
    """Whether `text` is a formula in function notation and nothing more. A letter before
    a bracket that holds the same letter multiplies it ("n(n − 1)/2" is algebra)."""
    if not any(_is_call(found) for found in _CALL.finditer(text)):
        return False
    return _WORD.search(_CALL.sub(" ", text)) is None


def _is_call(found: re.Match[str]) -> bool:
    letter = found.group(0)[0]
    return re.search(rf"(?<![^\W\d_]){re.escape(letter)}(?![^\W\d_])", found.group(1)) is None


def match_formula(expected: str, typed: str) -> FormulaMatch | None:
    """How `typed` compares with `expected` when that is a formula (`is_formula`); None
    when it is not one."""
    if not is_formula(expected):
        return None
    if _ASYMPTOTIC.match(compact(expected)):
        # Growth is the same in any base: "lg n", "log2 n" and "ln n" are "log n".
        expected, typed = _LOGARITHM.sub("log", expected), _LOGARITHM.sub("log", typed)
    wanted = compact(expected)
    for written in (compact(typed), compact(_without_remark(typed))):
        if wanted == written or _sums_in_order(wanted) == _sums_in_order(written):
            return FormulaMatch.SAME
    if _ASYMPTOTIC.match(wanted) and (bound := _bound_or_name(wanted, typed)) is not None:
        return bound
    written = compact(typed)
    arguments = [compact(found.group(1)) for found in _CALL.finditer(expected)]
    if len(arguments) == 1 and arguments[0] and written == arguments[0]:
        return FormulaMatch.ARGUMENT_ONLY
    return FormulaMatch.OTHER


def _bound_or_name(wanted: str, typed: str) -> FormulaMatch | None:
    """A complexity asked in asymptotic notation, typed as its class's name ("linear"
    for O(n), "quadratic time" for O(n²)), or in Θ for O (a tight bound is an upper
    bound too: right); in O for Θ only a looser claim. None for anything else."""
    written = _repeats_as_powers(compact(_without_remark(typed)))
    letter, _, argument = wanted.partition("(")
    argument = argument.removesuffix(")")
    if written == f"{letter}({argument})":
        return FormulaMatch.SAME  # "O(n*n)" for "O(n^2)"
    if written.startswith("theta(") and letter == "o" and written[len("theta(") : -1] == argument:
        return FormulaMatch.SAME
    if written.startswith("o(") and letter == "theta" and written[2:-1] == argument:
        return FormulaMatch.LOOSER
    name = " ".join(_CLASS_WORDS.sub(" ", typed.casefold().replace("-", " ")).split())
    if _CLASS_NAMES.get(name) == argument and letter in ("o", "theta"):
        return FormulaMatch.NAMED
    return None


def _repeats_as_powers(text: str) -> str:
    """A letter written two or three times over as its power: "nn" is "n^2"."""
    return _REPEATED.sub(lambda found: f"{found[1]}^{len(found[0])}", text)


# A letter repeated, alone: "nn" of "o(nn)", not the letters of a word ("all").
_REPEATED = re.compile(r"(?<![^\W\d_])([^\W\d_])\1{1,2}(?![^\W\d_])")


# A formula in function notation, then words with no bracket: "O(n log n) time".
_REMARK_AFTER = re.compile(r"\s*((?<!\w)[^\W\d_]\((?:[^()]|\([^()]*\))*\))\s+([^()]+)")
_NEGATIONS = frozenset({"not", "never", "no", "isn't", "isnt", "nor"})


def _without_remark(typed: str) -> str:
    """The formula alone when words follow it that deny nothing: "O(n log n) time", "O(n)
    comparisons", "O(n^2) on a sorted array" say the formula and where it holds."""
    found = _REMARK_AFTER.fullmatch(typed)
    if found is None or _NEGATIONS.intersection(found[2].casefold().split()):
        return typed
    return found[1]


# A bracket holding a sum and nothing bracketed: "(v+e)".
_SUM = re.compile(r"\(([^()]*\+[^()]*)\)")


def _sums_in_order(text: str) -> str:
    """A compact formula with the terms of each bracketed sum in one order: "o(e+v)" and
    "o(v+e)" are one running time. Terms with a minus sign are left as they are."""
    return _SUM.sub(
        lambda found: found[0] if "-" in found[1] else f"({'+'.join(sorted(found[1].split('+')))})",
        text,
    )


def formula_match(expected: str, typed: str) -> TextMatch | None:
    """`match_formula` as text grading reports it: its argument alone is right with a slip,
    another formula wrong however near in letters; None when `expected` is no formula."""
    found = match_formula(expected, typed)
    if found is None:
        return None
    if found in (FormulaMatch.SAME, FormulaMatch.NAMED):
        return TextMatch(True, False, found.value, 1.0)
    if found in (FormulaMatch.ARGUMENT_ONLY, FormulaMatch.LOOSER):
        return TextMatch(True, True, found.value, 0.9)
    return TextMatch(False, False, found.value, 0.0, decisive=True)


def compact(text: str) -> str:
    """`text` as formulas compare: powers as "^", products of letters unmarked, Greek
    letters by name, no spaces, no case."""
    text = "".join(_powers_marked(text)).replace("**", "^")
    text = unicodedata.normalize("NFKC", text).casefold().translate(_MINUS_SIGNS)
    text = "".join(_GREEK_NAMES.get(char, char) for char in text)
    text = _SILENT_PRODUCT.sub("", _PRODUCT_SIGN.sub("*", text))
    # "n2" where "n²" was meant, and "log(n)" for "log n"; "n squared" is "n^2".
    text = _BARE_POWER.sub(r"\1^\2", _NAMED_CALL.sub(r"\1 \2", text))
    text = _POWER_WORD.sub(lambda found: f"^{_POWER_WORDS[found[1]]}", text)
    return "".join(text.split())


def _powers_marked(text: str) -> list[str]:
    """The characters of `text`, each run of raised ones ("²", "ⁿ", "⁻¹") after a "^"."""
    out: list[str] = []
    raised_before = False
    for char in text:
        raised = unicodedata.decomposition(char).startswith("<super>")
        if raised and not raised_before:
            out.append("^")
        out.append(char)
        raised_before = raised
    return out
