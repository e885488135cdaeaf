"""A foreign word's article is part of the answer: "le chat", not "la chat" or "chat".

In a vocabulary deck the article gives a noun's gender, which is what a learner must
learn with it. An answer that opens with a French, Spanish or Italian article in lower
case ("le chat", "la maison", "l'école", "el perro"), or a German one before a noun with
its capital ("der Hund", "die Katze"), needs that article typed. A capitalised article
opens a name ("La Paz", "Los Angeles"), and English articles never count.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.asked_articles import swapped_against_the_question
from trainer.core.answering.normalise import fold
from trainer.core.answering.text_matches import TextMatch

# Folded articles before a lower-case noun ("l" is the elided "l'").
_ROMANCE = frozenset(
    {"le", "la", "les", "l", "un", "une", "des", "el", "los", "las", "il", "gli", "uno", "una"}
)
# German articles, before a noun written with its capital.
_GERMAN = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem"})
_ARTICLES = _ROMANCE | _GERMAN
FOREIGN_ARTICLES = _ARTICLES
_ELISION = "'’"
# A definite article and the indefinite one of its gender and number, in French,
# Spanish and Italian. Not German's: "ein" is masculine or neuter, and "die" feminine or
# plural ("eine Kinder" is no form of "die Kinder").
_DEFINITE_AND_INDEFINITE = (
    *(("le", "un"), ("la", "une"), ("les", "des")),
    *(("el", "un"), ("la", "una"), ("los", "unos"), ("las", "unas")),
    *(("il", "un"), ("lo", "uno")),
)
_SAME_GENDER = frozenset(pair for a, b in _DEFINITE_AND_INDEFINITE for pair in ((a, b), (b, a)))


def article_problem(expected: str, typed: str) -> str | None:
    """Why `typed` does not give the article `expected` opens with; None when it does,
    or when `expected` opens with no foreign article (see the module)."""
    article = _opening_article(expected)
    if article is None:
        return None
    typed_article = _opening_article(typed, capitals=True)
    if typed_article == article:
        return None
    if typed_article is None:
        return f"'{article}' is missing: the article gives the noun's gender"
    return f"'{typed_article}' instead of '{article}': the article gives the noun's gender"


def with_article(
    expected: str, typed: str, noun: TextMatch, question: Sequence[str] = ()
) -> TextMatch:
    """How a vocabulary answer compares, its noun matched (`noun`), by its article: the
    same is the noun's verdict; another of the same gender and number ("un café" for "le
    café", "una casa" for "la casa") right with a slip, unless the question's words
    (`question`) ask for the answer's kind of article ("Translate into French: the
    coffee"), when "un café" is another phrase, "a coffee"; any other close."""
    article = _opening_article(expected)
    typed_article = _opening_article(typed, capitals=True)
    if article is not None and (
        swapped := swapped_against_the_question(article, typed_article, question)
    ):
        return TextMatch(False, False, swapped, noun.similarity)  # close, as any other
    if article is not None and (article, typed_article) in _SAME_GENDER:
        return TextMatch(True, True, f"'{typed_article}' for '{article}': the same gender", 1.0)
    if (problem := article_problem(expected, typed)) is not None:
        return TextMatch(False, False, problem, noun.similarity)
    return noun


def opens_with_article(expected: str) -> bool:
    """Whether the answer `expected` opens with a foreign article that counts."""
    return _opening_article(expected) is not None


def without_article(text: str) -> str:
    """`text` without the foreign article it opens with, if it opens with one."""
    if _opening_article(text, capitals=True) is None:
        return text
    first, _, rest = text.strip().partition(" ")
    after = _after_elided_article(first, any_case=True)
    return rest if after is None else f"{after} {rest}".strip()


def _opening_article(text: str, *, capitals: bool = False) -> str | None:
    """The folded article `text` opens with. An answer's counts only in lower case, and
    a German one before a capitalised noun; a typed one (`capitals`) in any case."""
    words = text.split()
    if not words:
        return None
    first = words[0]
    if _after_elided_article(first, any_case=capitals):
        return "l"
    folded = fold(first)
    if len(words) < 2 or not (capitals or first.islower()):
        return None
    if capitals:
        return folded if folded in _ARTICLES else None
    # An answer's "l" is an article only with its elision mark ("l'école", above): "l l
    # a" opens with a letter.
    if folded in _ROMANCE and folded != "l" and words[1][:1].islower():
        return folded
    if folded in _GERMAN and words[1][:1].isupper():
        return folded
    return None


def _after_elided_article(word: str, *, any_case: bool) -> str | None:
    """What follows the elided article of "l'école" ("école"), if `word` opens with one:
    in lower case, or in any case with `any_case`."""
    for mark in _ELISION:
        head, elided, rest = word.partition(mark)
        if (
            elided
            and head.casefold() == "l"
            and (any_case or head.islower())
            and rest[:1].isalpha()
        ):
            return rest
    return None
