"""A verb's tense in a translation: "it was raining" is not "it is raining".

Auxiliaries are function words, which grading leaves out of the comparison ("the treaty
was signed" answers "the treaty is signed" as well as a history teacher cares). Asked
what a phrase of another language means, or for a form of a word, the tense is the
answer: another auxiliary of another tense or mood before the same verb ("was raining"
for "is raining", "would come" for "will come", "had eaten" for "has eaten") is another
answer. An English word defined ("What does 'inert' mean?") may be said in any tense
("it does not react", "it will not react"), and another turn of phrase is judged by
its words ("the die has been cast" for "the die is cast"). The past and the perfect
translate one tense of French, German or Spanish ("il a mangé": he ate, he has eaten),
and "is going to" is a future.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainer.core.answering.irregular_verbs import plain_form
from trainer.core.answering.relations import past_stems
from trainer.core.answering.word_match import is_other_form
from trainer.core.lexicon import is_known_word

# Words between an auxiliary and its verb: a negation, and "be" after a future's or a
# conditional's ("will be raining", "would be cast"). A perfect's "been" is read as its
# verb: "has been cast" is another turn of phrase for "is cast", not another tense.
_BETWEEN = frozenset({"not", "n't", "never", "be"})
_TENSE_OF = {
    **dict.fromkeys(("am", "is", "are", "do", "does"), "present"),
    **dict.fromkeys(("was", "were", "did", "has", "have"), "past"),
    "had": "pluperfect",
    **dict.fromkeys(("will", "shall"), "future"),
    "would": "conditional",
}
# Modals ("can", "could", "should", "may") are left to the words: "you may have the
# body" and "you should have the body" render one Latin phrase.


def other_tense(want: Sequence[str], got: Sequence[str]) -> str | None:
    """Why `got` says another tense than `want`: an auxiliary of a tense or mood `want`
    has none of, before the same verb as one `got` has none of ("was raining" for "is
    raining"; not "has been cast" for "is cast", another turn of phrase); None
    otherwise. Folded words."""
    wanted, typed = _tenses(want), _tenses(got)
    if not wanted and not typed:
        return _simple_tense_turned(want, got)  # "I thought" for "I think"
    for tense, (word, verb) in wanted.items():
        if tense in typed:
            continue
        if not verb:
            # A linking verb with none after it: "therefore I was" for "therefore I am".
            copula = next((w for t, (w, v) in typed.items() if t not in wanted and not v), None)
            if copula is not None:
                return f"'{copula}' is another tense than '{word}'"
            continue
        if not typed and tense in _LEFT_OUT_IS_ANOTHER:
            # The auxiliary left out: "they go" or "they went" for "they will go".
            said = next((w for w in got if _same_verb(w, verb) or _plain(w) == verb), None)
            if said is not None:
                return f"'{said}' is another tense than '{word} {verb}'"
        other = next(
            (
                said
                for other_tense, said in typed.items()
                if other_tense not in wanted and _same_verb(said[1], verb)
            ),
            None,
        )
        if other is not None:
            return f"'{other[0]}' is another tense than '{word}'"
        if not typed and tense != "past":
            # No auxiliary at all, but the verb's past: "it rained" for "it is raining".
            past = next((w for w in got if w.endswith("ed") and _same_verb(w, verb)), None)
            if past is not None:
                return f"'{past}' is another tense than '{word} {verb}'"
    return None


# Tenses whose auxiliary, left out, leaves another tense: a future, a conditional, a
# pluperfect ("they go" for "they will go"). A present's or a perfect's leaves the same
# time ("raining" for "it is raining", "he ate" for "he has eaten").
_LEFT_OUT_IS_ANOTHER = frozenset({"future", "conditional", "pluperfect"})


def _plain(word: str) -> str:
    """A verb's plain form: an irregular past's ("went" → "go"), or a regular one's by
    the first of its stems the lexicon knows ("rained" → "rain", "planned" → "plan");
    the word itself otherwise."""
    if (plain := plain_form(word)) != word or not word.endswith("ed"):
        return plain
    return next((stem for stem in past_stems(word) if len(stem) > 1 and is_known_word(stem)), word)


def _simple_tense_turned(want: Sequence[str], got: Sequence[str]) -> str | None:
    """With no auxiliary on either side, a verb of `want` whose past `got` writes in its
    place, or the other way round: "I thought" for "I think", "I come" for "I came"."""
    for word in got:
        if word in want:
            continue
        plain = _plain(word)
        presents = [w for w in want if w not in got and plain in _present_forms(w)]
        if plain != word and presents:
            return f"'{word}' is another tense than '{presents[0]}'"  # "bit" for "bites"
        pasts = [
            w for w in want if w not in got and _plain(w) != w and _plain(w) in _present_forms(word)
        ]
        if pasts:
            return f"'{word}' is another tense than '{pasts[0]}'"  # "come" for "came"
    return None


def _present_forms(word: str) -> set[str]:
    """The plain forms a present may be of: itself, and without its "-s" or "-es"
    ("bites": "bite"; "goes": "go")."""
    forms = {word}
    if word.endswith("s") and len(word) > 2:
        forms.add(word[:-1])
        if word.endswith("es"):
            forms.add(word[:-2])
    return forms


def _same_verb(first: str, second: str) -> bool:
    """Whether two words are forms of one verb ("rain", "raining", "rained")."""
    return bool(first) and bool(second) and (first == second or is_other_form(first, second))


def translates(question: Sequence[str]) -> bool:
    """Whether a question about a meaning quotes words of another language ("What does
    'il pleut' mean?"), not an English word to define ("… 'impermeable' …")."""
    return any(
        word.isalpha() and word not in _ASKING and not is_known_word(word) for word in question
    )


_ASKING = frozenset({"what", "does", "do", "mean", "means", "meaning", "translate"})


def _tenses(words: Sequence[str]) -> dict[str, tuple[str, str]]:
    """Each tense the words' auxiliaries say, with the first word saying it and the verb
    after it ("" where none follows)."""
    found: dict[str, tuple[str, str]] = {}
    for at, word in enumerate(words):
        tense = _TENSE_OF.get(word)
        if tense is None:
            continue
        # The verb is the first word after the auxiliary that is none: "will be cast".
        after = [w for w in words[at + 1 : at + 4] if w not in _BETWEEN]
        if tense == "present" and tuple(after[:2]) == ("going", "to"):
            tense = "future"  # "it is going to rain": it will rain
        found.setdefault(tense, (word, after[0] if after else ""))
    return found
