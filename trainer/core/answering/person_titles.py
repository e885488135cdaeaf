"""A title typed before a person's surname that names another person than the answer's.

A title, a form of address or a given name typed before the answer's surname says who is
meant as much as the surname does. It names another person, never the answer's:

- where it says the other sex than the answer's title or given name ("Mrs Earnshaw" for
  "Mr Earnshaw", "Monsieur Defarge" or "Ernest Defarge" for "Madame Defarge");
- where a woman's title other than a maiden's ("Mrs", "Lady", "Dr"…) stands before a
  surname the question shows to be her maiden name: it asks whom she marries, or whose
  daughter or bride she is, and names no one else of that surname ("Lady Lucas" for
  "Charlotte Lucas", asked "Whom does Mr Collins marry?": her mother; not "Madame
  Curie", asked "Whom did Pierre Curie marry?", where the surname is her husband's);
A given name of the answer's sex, or of either, before the surname of an answer that
gives only a form of address ("Hindley Earnshaw" for "Mr Earnshaw", but "Emmeline
Pankhurst" for "Mrs Pankhurst") may be another of the family or the person's own: near,
not right; so is a form of address of the same sex in another marital state ("Mrs
Havisham" for "Miss Havisham"). A title of the answer's sex in the place of a given name
stays right ("Mr Darcy" for "Fitzwilliam Darcy", "Sir Davy", "Dr Marat"), as does a
title written in another language or form ("Mme Defarge", "Monsieur" for "Mr").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from trainer.core.answering.word_lists import FUNCTION_WORDS, HEDGE_WORDS, PERSONAL_TITLES
from trainer.core.lexicon import could_be_name, is_common_word, is_given_name
from trainer.core.name_sexes import SEXED_TITLES, Sex, is_known_given_name, sex_of

# Forms of address that say only the bearer's sex and marital state, each group written
# in English and the languages learners read most; "ms" belongs to both women's groups.
_ADDRESS_GROUPS = (
    frozenset({"mr", "mister", "monsieur", "herr", "signor", "signore", "senor", "master"}),
    frozenset({"mrs", "missus", "madame", "mme", "madam", "frau", "signora", "senora", "ms"}),
    frozenset(
        {"miss", "mademoiselle", "mlle", "fraulein", "signorina", "senorita", "ms", "mistress"}
    ),
)
FORMS_OF_ADDRESS = frozenset().union(*_ADDRESS_GROUPS)
# The titles of an unmarried woman: the only ones before her maiden name.
_MAIDENS = _ADDRESS_GROUPS[2]
# Other ways of writing one title.
_SAME_TITLES = (
    frozenset({"dr", "doctor"}),
    frozenset({"prof", "professor"}),
    frozenset({"rev", "reverend"}),
)
_TITLES = PERSONAL_TITLES | SEXED_TITLES | FORMS_OF_ADDRESS
# Words of a question that show a woman's surname is her maiden name: her marriage, or
# her as a bride or a daughter.
_MARRYING_WORDS = frozenset(
    {
        *("marry", "marries", "married", "marrying", "marriage", "wed", "weds", "wedded"),
        *("weddings", "wedding", "bride", "brides", "fiancee", "engaged", "betrothed"),
        *("propose", "proposes", "proposed", "woos", "wooed", "courts", "courted"),
        *("elope", "elopes", "eloped"),
    }
)
# Words that show it whatever else the question names: "Who is Mr Bennet's daughter?"
_DAUGHTER_WORDS = frozenset({"daughter", "daughters", "maiden", "girlhood", "unmarried"})
_MAYBE = "maybe another of the family"
_SEX_NAMES = {Sex.FEMALE: "a woman's", Sex.MALE: "a man's"}
# The rules written here, read back by `is_title_rule` (see `contradicted`).
_RULES = re.compile(
    r"^'[^']+' (?:is (?:a woman's|a man's) .*: it names another person"
    rf"|is a given name where the answer has only '[^']+': {_MAYBE}"
    r"|in the place of the title '[^']+'"
    r"|before her maiden name '[^']+' names another of her family"
    r"|instead of '[^']+', which the question gives: another person)$"
)


def is_title(word: str) -> bool:
    """Whether a folded word is a title or form of address written before a name."""
    return word in _TITLES


def same_title(a: str, b: str) -> bool:
    """Whether two folded titles are one ("mme", "madame"; "dr", "doctor")."""
    return a == b or any(a in group and b in group for group in (*_ADDRESS_GROUPS, *_SAME_TITLES))


def is_title_rule(rule: str, *, certain: bool = False) -> bool:
    """Whether a rule is one of `title_problem`'s: another person by a title or name;
    when `certain`, not where a given name only may be another of the family's."""
    found = _RULES.match(rule)
    return found is not None and not (certain and rule.endswith(_MAYBE))


def title_problem(
    want: Sequence[str],
    got: Sequence[str],
    placed: Mapping[int, int],
    question: Sequence[str],
) -> tuple[str, bool] | None:
    """Why the title or given name typed before the answer's matched surname names
    another person; with whether that is wrong outright (True) or near (False). `placed`
    maps the answer's matched words to the typed words matching them."""
    surname = _surname(want, placed)
    if surname is None:
        return None
    start = _name_start(want, surname)
    titles = [w for w in want[start:surname] if is_title(w)]
    given = [w for w in want[start:surname] if not is_title(w) and _given_name(w)]
    typed_end = placed[surname]
    matched = set(placed.values())
    typed_start = _name_start(got, typed_end)
    typed = [got[j] for j in range(typed_start, typed_end) if j not in matched]
    if not typed:
        return None
    name = " ".join(want[start : surname + 1])
    # The first title or given name that says a sex ("old Mr Earnshaw": a man).
    answer_sex = next(
        (sex for w in (*titles, *given) if (sex := sex_of(f"{w} {want[surname]}")) is not None),
        None,
    )
    for word in typed:
        word_sex = sex_of(f"{word} {want[surname]}")
        if is_title(word) and any(same_title(word, own) for own in titles):
            continue
        if not is_title(word) and given:
            # A given name against the answer's own is judged as any other word is
            # ("Hillary Clinton" for "William Clinton" is near); against its title, by sex.
            continue
        if answer_sex is not None and word_sex is not None and word_sex is not answer_sex:
            kind = "title" if is_title(word) else "name"
            rule = f"'{word}' is {_SEX_NAMES[word_sex]} {kind}, '{name}' {_SEX_NAMES[answer_sex]}"
            return f"{rule}: it names another person", True
        if not is_title(word):
            if (
                _given_name(word)
                and titles
                and not given
                and all(t in FORMS_OF_ADDRESS for t in titles)
            ):
                # Maybe the person's own ("Emmeline Pankhurst" for "Mrs Pankhurst"),
                # maybe another of the family ("Hindley Earnshaw" for "Mr Earnshaw"):
                # the answer does not say, so it is near at best.
                rule = f"'{word}' is a given name where the answer has only '{titles[0]}'"
                return f"{rule}: {_MAYBE}", False
            continue
        own_address = [t for t in titles if t in FORMS_OF_ADDRESS]
        if own_address and word in FORMS_OF_ADDRESS:
            # The same sex, another marital state: "Mrs Havisham" for "Miss Havisham".
            return f"'{word}' in the place of the title '{own_address[0]}'", False
        if (
            given
            and not titles
            and answer_sex is Sex.FEMALE
            and word not in _MAIDENS
            and _maiden_name_asked(question, want[surname])
        ):
            rule = f"'{word}' before her maiden name '{want[surname]}'"
            return f"{rule} names another of her family", True
    return None


def _given_name(word: str) -> bool:
    """A given name, known as one or a word rare enough to be one ("Hindley"), not a
    word that describes ("old Earnshaw")."""
    return is_known_given_name(word) or (could_be_name(word) and not is_common_word(word))


def _surname(want: Sequence[str], placed: Mapping[int, int]) -> int | None:
    """The answer's first matched word with a title or given name before it: the
    surname the typed words before it are read against."""
    for i in sorted(placed):
        if i == 0 or not want[i].isalpha() or is_title(want[i]):
            continue
        before = want[i - 1]
        if is_title(before) or is_known_given_name(before):
            return i
    # An answer that is a surname alone ("Earnshaw", accepted for "Mr Earnshaw") has
    # nothing before it to read a typed title against.
    return None


def _name_start(words: Sequence[str], end: int) -> int:
    """Where the run of name words and titles before `words[end]` starts."""
    start = end
    while start > 0:
        word = words[start - 1]
        if word in FUNCTION_WORDS or word in HEDGE_WORDS or not word.isalpha():
            break
        start -= 1
    return start


def _maiden_name_asked(question: Sequence[str], surname: str) -> bool:
    """Whether the question shows the answer's surname is a woman's maiden name: it asks
    of her marriage, or of her as a bride or daughter, and does not name the surname (as
    "Whom did Pierre Curie marry?" does: hers by marriage); or asks of her as a daughter,
    whatever it names ("Who is Mr Bennet's second daughter?")."""
    asked = set(question)
    return bool(asked & _DAUGHTER_WORDS) or (surname not in asked and bool(asked & _MARRYING_WORDS))


def given_name_replaced(
    want: Sequence[str],
    got: Sequence[str],
    placed: Mapping[int, int],
    in_question: Callable[[str], bool],
) -> str | None:
    """Another given name typed before the surname where the answer's own, which the
    question gives, is left out: "Joan Durbeyfield" or "Angel Durbeyfield" for "Tess
    Durbeyfield", asked "Whom does Angel Clare marry in Tess of the d'Urbervilles?". The
    question gives the name, so another in its place is no near miss: another person."""
    matched = set(placed.values())
    for i, word in enumerate(want[:-1]):
        own_name = _known_given(word) or could_be_name(word)
        if i in placed or i + 1 not in placed or not own_name or not in_question(word):
            continue
        j = placed[i + 1] - 1
        if j < 0 or j in matched:
            continue
        typed = got[j]
        if typed != word and not is_title(typed) and _given_name(typed):
            return f"'{typed}' instead of '{word}', which the question gives: another person"
    return None


def _known_given(word: str) -> bool:
    return is_given_name(word) or is_known_given_name(word)
