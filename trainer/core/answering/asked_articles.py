"""Whether a vocabulary question asks for the definite or the indefinite article.

"Translate into French: the house" and "with the definite article" ask for "la maison":
"une maison" is the French for "a house", another phrase, not a slip of the article."""

from __future__ import annotations

from collections.abc import Sequence

DEFINITE = "definite"
INDEFINITE = "indefinite"
# Folded French, Spanish and Italian articles of each kind ("l" is the elided "l'").
_KIND_OF_ARTICLE = {
    **dict.fromkeys(("le", "la", "les", "l", "el", "los", "las", "il", "lo", "gli"), DEFINITE),
    **dict.fromkeys(("un", "une", "des", "una", "uno", "unos", "unas"), INDEFINITE),
}
# English articles opening the phrase to translate.
_ENGLISH_ARTICLES = {"the": DEFINITE, "a": INDEFINITE, "an": INDEFINITE}
_LANGUAGES = frozenset({"french", "spanish", "italian", "portuguese", "catalan"})
# Words between the language and the phrase: "the French for the book".
_LINKS = frozenset({"for", "of"})


def asked_kind(sequence: Sequence[str]) -> str | None:
    """The kind of article the question's words (`sequence`) ask for: named ("with the
    definite article"), or the English article of the phrase to translate ("Translate
    into French: the dog", "What is the Spanish for a hand?", "Translate the dog into
    French"); None when the question does not say ("What is the French for dog?")."""
    if INDEFINITE in sequence:
        return INDEFINITE
    if DEFINITE in sequence:
        return DEFINITE
    phrase = _phrase_after_language(sequence)
    if not phrase and sequence[:1] == ("translate",) and "into" in sequence:
        phrase = sequence[1 : sequence.index("into")]
    return _ENGLISH_ARTICLES.get(phrase[0]) if phrase else None


def swapped_against_the_question(
    article: str, typed_article: str | None, sequence: Sequence[str]
) -> str | None:
    """Why the other article of the same gender (`typed_article` for `article`) is not a
    slip: the question asks for the answer's kind of article; None when it does not."""
    asked = asked_kind(sequence)
    if asked is None or typed_article is None or _KIND_OF_ARTICLE.get(article) != asked:
        return None
    if _KIND_OF_ARTICLE.get(typed_article) == asked:
        return None
    return f"'{typed_article}' instead of '{article}': the question asks for the {asked} article"


def _phrase_after_language(sequence: Sequence[str]) -> Sequence[str]:
    """The words after the question's last language name, past "for" or "of"."""
    last = max((k for k, word in enumerate(sequence) if word in _LANGUAGES), default=None)
    if last is None:
        return ()
    phrase = sequence[last + 1 :]
    return phrase[1:] if phrase[:1] and phrase[0] in _LINKS else phrase
