"""A question that names its own answer: a rare word of the answer, or another form of it,
in the prompt ("Who is the man Tess kills in *Tess of the d'Urbervilles*?" → Alec
d'Urberville; "Where did he serve as ambassador in Moscow?" → Moscow), or in a true/false
statement outside the value swapped ("The flight to Varennes took place in Varennes").

An answer that describes ("bleed France white", "it blamed Germany for the war") is left
alone: a name it shares with the question is what the question is about, and the claim
asked for is in its other words.

Only rare words count, as names and terms are (rarer than the 20,000 most frequent
English words, as automatic cloze's terms are): a common word of the answer repeated by
the question is most often the kind of thing asked for ("Which chapel's ceiling…?" →
the Sistine Chapel; "Which bay…?" → Matavai Bay), and gives nothing away. So does a
rare word that names the kind of thing asked for, right after "which", "what" or "whose"
("Which strait links …?" → the Strait of Gibraltar; "Which ions do acids produce?" →
hydrogen ions). And a question that offers its answer among alternatives it names ("Is
combustion exothermic or endothermic?", "Do metals form positive or negative ions?")
asks the learner to choose: naming the answer there is the question.
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.word_lists import ARTICLES, TITLES_AFTER_NAMES
from trainer.core.answering.word_match import is_other_form
from trainer.core.answering.words import answer_words
from trainer.core.generate.cloze_words import related_words
from trainer.core.generate.kind_nouns import KIND_NOUNS
from trainer.core.generate.member_names import members_named
from trainer.core.generate.prompt_answers import GRAMMAR as _GRAMMAR
from trainer.core.generate.prompt_answers import (
    describes,
    long_word_starts,
    names_a_place,
)
from trainer.core.lexicon import is_common_word

# As automatic cloze's terms (cloze_terms.TERM_RANK): rarer than this many words.
_RARE_RANK = 20_000
_MIN_LENGTH = 4
# Words that ask for a kind of thing named after them ("Which strait …?", "In what kind
# of ratios …?"): the words that name it are the kind, not the answer.
_KIND_ASKERS = frozenset({"which", "what", "whose"})
_KIND_OF = frozenset({"kind", "kinds", "sort", "sorts", "type", "types"})
# The kind is at most an adjective and a noun ("Which noble gas …?", "Which Brontë
# sister …?"); a verb or a function word ends it.
_KIND_WORDS = 2
# One alternative of an either-or question: up to this many words beside an "or" or a
# comma of the list it ends ("Is it hydrogen, helium or neon?").
_ALTERNATIVE_WORDS = 3
# An answer that is an acronym: capitals only.
_ACRONYM = re.compile(r"[A-Z]{2,8}")
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_PROMPT_PIECES = re.compile(r"[^\W_]+(?:['’][^\W_]+)*|[,;:?!()]")


def _written_number(prompt: str, answer: str) -> bool:
    """Whether `answer` is a number of three digits or more (a year, a count) that the
    prompt writes as a number of its own."""
    if len(answer) < _NUMBER_DIGITS or not answer.isdecimal() or answer not in prompt:
        return False
    return re.search(rf"(?<![\d.,]){answer}(?![\d]|[.,]\d)", prompt) is not None


_NUMBER_DIGITS = 3


def word_given_away(prompt: str, answer: str) -> str | None:
    """The word of `answer`, as written there, that `prompt` names, itself or in another
    form; None when the prompt names none of its rare words, nor every word of a name
    but its kind ("Which statute defines theft?" → the Theft Act), nor its members
    ("… of five Directors?" → the Directory)."""
    return (
        _rare_word_given_away(prompt, answer)
        or _named_but_for_its_kind(prompt, answer)
        or members_named(prompt, answer)
        or None
    )


def _rare_word_given_away(prompt: str, answer: str) -> str | None:
    if _ACRONYM.fullmatch(answer.strip()) and _spelled_by_initials(prompt, answer.strip()):
        return answer.strip()  # "Which acronym is short for 'Structured Query Language'?"
    if _written_number(prompt, answer.strip()):
        return answer.strip()  # "In what year did the army surrender in February 1943?"
    # Most prompts share no four letters running with any long word of their answer:
    # those are passed over before either is read as grading reads words.
    if describes(answer):
        return None
    lowered = prompt.casefold()
    if not any(start in lowered for start in long_word_starts(answer)):
        # Only a place and its people's word unrelated in letters may be left: "France",
        # "French"; "Switzerland", "Swiss".
        return _place_word_named(prompt, answer, by_letters=False)
    words = answer_words(answer)
    # A name that is the whole answer counts however common ("Emma", "Paris"), but only
    # as itself, and only written as a name in the prompt too.
    whole_name = _whole_name(answer, words)
    if whole_name and not is_common_word(whole_name, _RARE_RANK):
        whole_name = ""  # a rare name counts as any rare word does
    unit = _unit_of(answer)
    rare = [
        word
        for word in words
        if len(word) >= _MIN_LENGTH
        and word not in unit
        # A title after a name gives away no more than the title: "Who was the first
        # Great Khan?" of "Genghis Khan".
        and word not in TITLES_AFTER_NAMES
        and word.isalpha()
        and (word == whole_name or not is_common_word(word, _RARE_RANK))
    ]
    # A name of common words only ("the United States") counts whole, as written.
    name = _name_of_words(answer)
    named = bool(name) and _holds_whole(prompt, name)
    if not rare and not named:
        return _place_word_named(prompt, answer)
    folded_prompt = fold(prompt)
    # Most prompts hold none of the answer's rare words at all: only those that hold the
    # beginning of one are read word by word.
    rare = [word for word in rare if word[:_MIN_LENGTH] in folded_prompt]
    if not rare and not named:
        return _place_word_named(prompt, answer)
    written = _PROMPT_PIECES.findall(prompt)
    pieces = _folded_pieces(written)
    if _offered_among_alternatives(pieces, answer):
        return None
    if named:
        return name  # "Which country adopted the Constitution of the United States?"
    if whole_name and not any(
        folded == whole_name and piece[:1].isupper()
        for piece, folded in zip(written, pieces, strict=True)
    ):
        # Capitalised in the prompt too, or no name: "When magnesium burns …?" → Magnesium.
        rare = [word for word in rare if word != whole_name]
    kind = _kind_asked_for(written)
    asked = set(answer_words(prompt)) - kind
    for word in rare:
        if word in kind or (word in _NAMED_KINDS and _more_than_its_kind(words, asked)):
            continue
        if (
            word in asked
            or (word != whole_name and any(is_other_form(word, other) for other in asked))
            or _named_after(word, answer, asked)
        ):
            return next((token for token in answer.split() if word in fold(token)), word)
    return None


# Kinds of named thing and of event: named by the prompt, they only say what is asked
# for ("Which Olympic Games …?" of "the 1980 Moscow Olympics") where the answer says more.
_NAMED_KINDS = KIND_NOUNS | {
    *("olympics", "olympiad", "games", "cup", "championship", "tournament", "crisis"),
    *("summit", "conference", "exhibition", "festival", "expedition", "voyage", "mission"),
}


def _more_than_its_kind(words: tuple[str, ...], asked: set[str]) -> bool:
    """Whether the answer's folded `words` hold one that is no kind, no article and not
    named by the question: what tells it from others of its kind ("1980", "moscow")."""
    return any(
        word not in _NAMED_KINDS and word not in ARTICLES and word not in asked for word in words
    )


def _named_but_for_its_kind(prompt: str, answer: str) -> str:
    """The capitalised words of the answer but the kind of thing it is, when the prompt
    names every one, common as they are ("" when not): "Which statute defines theft?" → the Theft
    Act, "… the European Convention on Human Rights …" → the Human Rights Act, "Which
    battle was fought at Hastings?" → the Battle of Hastings."""
    capitals = [word for word in _WORD.findall(answer) if word[:1].isupper()]
    rest = [word for word in capitals if fold(word) not in KIND_NOUNS]
    if len(rest) == len(capitals) or not rest:
        return ""
    named = {fold(word) for word in _WORD.findall(prompt)}
    return " ".join(rest) if all(fold(word) in named for word in rest) else ""


# The least a name may hold to be read inside a longer word: "Lenin" in "Leningrad".
_NAME_STEM = 5


def _named_after(word: str, answer: str, asked: set[str]) -> bool:
    """Whether a word of the prompt is made of the answer's name `word`, a final vowel
    aside, and more: a place or a doctrine named after a person ("Constantinople" for
    Constantine, "Leningrad" for Lenin, "Marxism" for Marx). Only a name the answer
    writes with a capital."""
    if not any(token[:1].isupper() and fold(token) == word for token in _WORD.findall(answer)):
        return False
    stem = word[:-1] if word[-1] in "aeiou" else word
    return len(stem) >= _NAME_STEM - 1 and any(
        other.startswith(stem) and len(other) > len(word) for other in asked
    )


def _place_word_named(prompt: str, answer: str, *, by_letters: bool = True) -> str | None:
    """The word of `answer` written with a capital that another form of a name in the
    prompt is, common as it may be: "Australian" of "the Australian dollar", asked "What
    is the currency of Australia?" (`related_words`: "Swiss" for "Switzerland" too). The
    same word in both ("Which Italian currency …?" → the Italian lira) names the kind
    asked for, and is left to the rules above. Without `by_letters`, only forms that
    share no letters' stem are looked for (`place_forms`)."""
    if answer == answer.lower():
        return None  # no capital: no name
    if not by_letters and not names_a_place(answer):
        return None  # only a place's other forms are looked for, and it names none
    names: dict[str, str] | None = None
    tokens: list[str] = _WORD.findall(answer)
    for token in tokens:
        if not token[0].isupper() or len(token) < _MIN_LENGTH:
            continue
        folded = fold(token)
        if folded in _NAMED_KINDS and _more_than_its_kind(
            answer_words(answer), set(answer_words(prompt))
        ):
            continue  # "Which Olympic Games …?" of "the 1980 Moscow Olympics": the kind
        forms = place_forms(folded)
        # Forms related by their letters share the first four ("Australia", "Australian").
        if not forms and (not by_letters or token[:_MIN_LENGTH] not in prompt):
            continue
        if names is None:
            names = {fold(word): word for word in _WORD.findall(prompt)[1:] if word[0].isupper()}
        for folded_name, name in names.items():
            if folded_name == folded:
                continue
            if folded_name in forms or (
                by_letters
                and folded_name[:_MIN_LENGTH] == folded[:_MIN_LENGTH]
                and related_words(name, token)
            ):
                return token
    return None


def _spelled_by_initials(prompt: str, acronym: str) -> bool:
    """Whether words of `prompt` in a row spell `acronym` by their initials, a capital
    each, or a small function word that gives the next letter or is passed over
    ("Electronic Numerical Integrator and Computer" spells ENIAC)."""
    words = _WORD.findall(prompt)
    for start, first in enumerate(words):
        if first[0] != acronym[0]:
            continue
        letter = 0
        for word in words[start:]:
            if letter == len(acronym):
                break
            if word[0].upper() == acronym[letter] and (word[0].isupper() or word in _GRAMMAR):
                letter += 1
            elif word not in _GRAMMAR:
                break
        if letter == len(acronym):
            return True
    return False


def _unit_of(answer: str) -> set[str]:
    """The words (folded) of the unit, or the things counted, right after the number
    that opens an answer (`7.0 mmol/L`, `126 mg/dL`, `5kg`, `300 sailors`): a prompt
    names them to say what to answer in, and gives nothing away."""
    pieces = answer.split()
    if not pieces or not pieces[0][:1].isdecimal():
        return set()
    number = re.fullmatch(r"[\d.,]*\d", pieces[0])
    unit = (pieces[1] if len(pieces) > 1 else "") if number else pieces[0]
    return set(answer_words(re.sub(r"[\d.,]+", " ", unit)))


def _holds_whole(text: str, phrase: str) -> bool:
    """Whether `text` writes `phrase` as written, not inside a longer word."""
    start = text.find(phrase)
    while start != -1:
        end = start + len(phrase)
        if (start == 0 or not text[start - 1].isalnum()) and (
            end == len(text) or not text[end].isalnum()
        ):
            return True
        start = text.find(phrase, start + 1)
    return False


def _name_of_words(answer: str) -> str:
    """The answer as written without its article, when it is a name of two words or more,
    each capitalised but for small words inside ("United States", "the Bay of Pigs");
    else ""."""
    written = [word for word in answer.split() if fold(word) not in ARTICLES]
    if len(written) < 2 or not written[0][:1].isupper() or not written[-1][:1].isupper():
        return ""
    if not all(word[:1].isupper() or word in _GRAMMAR for word in written):
        return ""
    return " ".join(written)


def _whole_name(answer: str, words: tuple[str, ...]) -> str:
    """The answer's one word (folded) when the answer is a single capitalised word after
    any article ("Emma", "the Thames"); else ""."""
    content = [word for word in words if word not in ARTICLES]
    written = [word for word in answer.split() if fold(word) not in ARTICLES]
    if len(content) != 1 or len(written) != 1 or not written[0][:1].isupper():
        return ""
    return content[0]


def _kind_asked_for(written: list[str]) -> set[str]:
    """The words (folded) naming the kind of thing a question asks for: up to two
    lower-case words after "which", "what" or "whose" (and after "kind of", "sort of" …),
    before any function word ("Which strait links …" → strait; "Which ions do …" →
    ions). A capitalised word there is a name the answer may share ("Which Brontë
    sister …?" → Emily Brontë), and ends the kind."""
    pieces = [piece.casefold() for piece in written]
    kind: set[str] = set()
    for index, piece in enumerate(pieces):
        if piece not in _KIND_ASKERS:
            continue
        start = index + 1
        if start + 1 < len(pieces) and pieces[start] in _KIND_OF and pieces[start + 1] == "of":
            start += 2
        for word in written[start : start + _KIND_WORDS]:
            if not word.isalpha() or not word.islower() or word in _GRAMMAR:
                break
            kind.add(fold(word))
    return kind


def offers_answer(prompt: str, answer: str) -> bool:
    """Whether `prompt` offers `answer` among alternatives it names (see below)."""
    if " or " not in prompt:
        return False
    return _offered_among_alternatives(_folded_pieces(_PROMPT_PIECES.findall(prompt)), answer)


def _folded_pieces(written: list[str]) -> list[str]:
    return [fold(piece) if piece.isalnum() else piece for piece in written]


def _offered_among_alternatives(pieces: list[str], answer: str) -> bool:
    """Whether a question (its folded words and punctuation, in order) offers `answer`
    among alternatives it names: a word of the answer stands next to an "or", or in the
    short items of the list the "or" ends ("Is combustion exothermic or endothermic?",
    "Which of the two, Niger or Nigeria, …?", "Is it hydrogen, helium or neon?")."""
    if "or" not in pieces:
        return False
    wanted = {word for word in answer_words(answer) if word not in _GRAMMAR}
    if not wanted:
        return False
    for index, piece in enumerate(pieces):
        if piece != "or":
            continue
        alternatives = set(_content(_run(pieces, index + 1, 1))[:_ALTERNATIVE_WORDS])
        if index > 0 and pieces[index - 1].isalpha():
            alternatives.add(pieces[index - 1])
        # Each short item of a list before it: "hydrogen, helium or neon".
        end = index
        while True:
            item = _run(pieces, end - 1, -1)
            comma = end - 1 - len(item)
            if len(_content(item)) > _ALTERNATIVE_WORDS:
                # The list's first item, run on from the question before it: its last
                # word ("Is the Krebs cycle aerobic, anaerobic or both?").
                alternatives.update(item[:1])
                break
            alternatives.update(_content(item))
            if comma < 0 or pieces[comma] != ",":
                break  # the list's first item, after a colon or a bracket
            end = comma
        if wanted & alternatives:
            return True
    return False


def _run(pieces: list[str], start: int, step: int) -> list[str]:
    """The words from `start`, walking by `step`, up to punctuation or an "or"."""
    words: list[str] = []
    index = start
    while 0 <= index < len(pieces) and pieces[index].isalpha() and pieces[index] != "or":
        words.append(pieces[index])
        index += step
    return words


def _content(words: list[str]) -> list[str]:
    return [word for word in words if word not in ARTICLES]


def giveaway_message(prompt: str, answer: str, word: str) -> str:
    """The end of a warning that the prompt names the answer's `word`."""
    if word == answer.strip() and _ACRONYM.fullmatch(word):
        return (
            f"its prompt '{prompt}' spells its answer '{answer}' by the initials of its "
            "words, giving it away"
        )
    return f"its prompt '{prompt}' names '{word}' of its answer '{answer}', giving it away"
