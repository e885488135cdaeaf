"""Questions that ask for one form of a word (a plural, a tense, a conjugated person, a
word in another language, or a blank in a sentence of one): there, another form of the
word is another answer, not a slip.

Everywhere else "apples" for "apple" or "capitulated" for "capitulate" is the same
answer, and a letter wrong in a long word is a typo. Asked "What is the plural of
cactus?", "cactus" only gives the question back; asked for the "nous" form of "parler",
"parlont" and "parlez" are the very mistakes the card is there to catch. So, in such a
question:

- a word typed in another form of the answer's word is refused;
- a word the English word list does not know (a French, Spanish or German form) must
  be typed exactly, accents aside: that list cannot tell which letters make another
  form, and in these languages a doubled letter does ("appelle", "appelons").

A misspelling of an English form ("phenomenom") is still a typo.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence

from trainer.core.answering.normalise import fold
from trainer.core.answering.word_match import Kind, Refusal, WordMatch, WordRefusal
from trainer.core.lexicon import is_known_word

_FORM_NAMES = (
    "plural|singular|feminine|masculine|neuter|comparative|superlative|diminutive|"
    "infinitive|gerund|participle|imperative|subjunctive|conditional|preterite|preterit|"
    "imperfect|pluperfect|genitive|dative|accusative|nominative|ablative|vocative"
)
_TENSES = "present|past|future|perfect|imperfect|pluperfect|preterite|simple|continuous"
# Each names a form the answer must be in: "the plural of", "its feminine form", "past
# tense", "conjugate", "first person plural", "the nous form of 'parler'".
_ASKS_FOR_FORM = re.compile(
    rf"\b(?:(?:{_FORM_NAMES})(?:\s+form)?\s+of\b"
    rf"|(?:{_FORM_NAMES})\s+form\b"
    rf"|(?:{_TENSES})\s+(?:tense|participle)\b"
    r"|conjugat(?:e|es|ed|ing|ion)\b"
    # "first person plural", not "the first person to fly the Atlantic".
    r"|(?:first|second|third|1st|2nd|3rd)[\s-]+person\s+(?:singular|plural)\b"
    r"|\w+\s+form\s+of\s+['\"‘“«„]"
    # An exercise that changes a sentence, told as an order: "Put into the passé
    # composé", "Rewrite it in the plural", "Make negative", "Turn it into a question";
    # not "How did the Nazis turn the Reichstag into a rubber stamp?".
    r"|(?:^|[.!?:]\s*)(?:(?:put|turn|change|rewrite)\b[^.?!:]{0,40}\binto\b"
    r"|rewrite\b[^.?!:]{0,40}\bin\s+the\b"
    rf"|make\b[^.?!:]{{0,30}}\b(?:negative|interrogative|passive|{_FORM_NAMES})\b))",
    re.IGNORECASE,
)


_LANGUAGES = (
    "French|Spanish|German|Italian|Portuguese|Latin|Dutch|Swedish|Norwegian|Danish|"
    "Polish|Czech|Romanian|Catalan|Welsh|Irish|Greek|Russian|Turkish|Esperanto"
)
# A word asked for in another language: "How do you say 'to speak' in French?", "What
# is the German for 'the girl'?", "Which Spanish word means…". Not "in French Indochina"
# nor "the German army".
_ASKS_IN_ANOTHER_LANGUAGE = re.compile(
    rf"\bin\s+(?:{_LANGUAGES})\s*(?:[?.,;:!()]|$)"
    # An order to translate: "Translate into German: …", not "Which book was translated
    # into French?".
    rf"|(?:^|[.!?:]\s*)[Tt]ranslate\b[^.?!]{{0,80}}\b(?:in|into|to)\s+(?:{_LANGUAGES})\b"
    rf"|\b(?:{_LANGUAGES})\s+(?:for|word|words|noun|verb|adjective|translation|spelling)\b"
)
# A phrase of the language, asked however: "Which Latin motto means 'out of many,
# one'?", "Which Latin phrase did Caesar write?" (its words keep their order).
_PHRASE_OF_A_LANGUAGE = re.compile(
    rf"\b(?:{_LANGUAGES})\s+(?:motto|mottos|mottoes|phrase|phrases|saying|expression|proverb)\b"
)


# Function words of French, Spanish, German and Italian (accents folded), none of them
# an English word a sentence needs; and English's own.
_FOREIGN_FUNCTION_WORDS = frozenset(
    """le la les un une des du et je tu il elle nous vous ils elles est sont avec pour dans
    sur pas ne que qui au aux ce cette mon ma mes ton ta leur
    el los las una unos unas y es con por para del al muy pero yo ella ellos esta este
    der das und ist sind ein eine nicht ich du er sie wir ihr im dem den zu auf fur von
    lo gli della di che non sono
    suis sommes etes ai avons avez ont vais soy eres somos estoy tengo tiene bin bist habe
    hast haben deux trois quatre zwei drei vier dos tres cuatro""".split()  # noqa: SIM905
)
_ENGLISH_FUNCTION_WORDS = frozenset(
    """the and of to in is are was were an for with by on at that which this it as from
    be has have had not or but""".split()  # noqa: SIM905
)
_FOLDED_WORD = re.compile(r"[a-z]+")
# At least this many foreign function words, and more than twice the English ones; or,
# with no English one, two, or one beside a word in small letters with an accent ("Ich
# [...] müde.", "Je [...] fatigué.").
_MIN_FOREIGN_WORDS = 3
_ACCENTED_WORD = re.compile(r"(?<![^\W\d_])[a-zß]*[à-öø-ÿœ][a-zà-öø-ÿœ]*")


def written_in_another_language(prompt: str) -> bool:
    """Whether the question (a cloze's excerpt, say) is written in French, Spanish,
    German or Italian: its blank is then a word of that language ("Nous [...] deux
    chats."). English text quoting a phrase ("the French say je ne sais pas") is not."""
    words = _FOLDED_WORD.findall(fold(prompt))
    foreign = sum(word in _FOREIGN_FUNCTION_WORDS for word in words)
    english = sum(word in _ENGLISH_FUNCTION_WORDS for word in words)
    if english == 0 and foreign and (foreign >= 2 or _ACCENTED_WORD.search(prompt)):
        return True
    return foreign >= _MIN_FOREIGN_WORDS and foreign > 2 * english


def asks_in_another_language(prompt: str) -> bool:
    """Whether the answer is a word or a sentence of another language: the question asks
    for one ("Translate into German: …", "What is the French for 'cat'?") or is written
    in one (a blank in "Nous [...] deux chats.")."""
    prompt = prompt.strip()
    return (
        (_ASKS_IN_ANOTHER_LANGUAGE.search(prompt) is not None and not _asks_of_a_work(prompt))
        or _PHRASE_OF_A_LANGUAGE.search(prompt) is not None
        or written_in_another_language(prompt)
    )


def asks_for_a_form(prompt: str, in_another_language: bool | None = None) -> bool:
    """Whether the question asks for one form of a word ("What is the plural of cactus?",
    "Give the first person plural form of 'être'"), or for a word in another language,
    where each form is a word of its own ("How do you say 'to speak' in French?");
    `in_another_language`, where `asks_in_another_language` was asked already."""
    prompt = prompt.strip()  # an order opens it: "Put into the plural: …"
    if _ASKS_FOR_FORM.search(prompt) is not None:
        return True
    return asks_in_another_language(prompt) if in_another_language is None else in_another_language


# "Which novel did Beckett write in French?" asks for a title, not a French word.
_ASKS_OF_A_WORK = re.compile(r"(?:who|whom|whose|which|when|where|why)\b", re.IGNORECASE)
# A quotation opening before a word: "'the year'", not the apostrophe of "Beckett's".
_QUOTED = re.compile(r"(?:^|\s)['\"‘“«„]\w")


def _asks_of_a_work(prompt: str) -> bool:
    """Whether a question that names a language asks who, which or when, and quotes no
    word to say in it: it asks about something written or said in it."""
    return _ASKS_OF_A_WORK.match(prompt) is not None and _QUOTED.search(prompt) is None


def in_the_asked_form(
    expected: str, result: WordMatch | WordRefusal | None, foreign: bool = False
) -> bool:
    """Whether a typed word's match with `expected` holds when the question asks for a
    form: not as another form of it, nor, for a word of another language (`foreign`: the
    whole answer is) or unknown to the English word list, as anything but the word
    itself ("sind" is a place in English, but "sinf" no slip of the German)."""
    if not isinstance(result, WordMatch):
        return True
    if result.kind is Kind.FORM:
        return False
    slip = result.kind in (Kind.TYPO, Kind.VARIANT)
    return not slip or (not foreign and is_known_word(expected))


def order_in_the_asked_form(want: Sequence[str], placed: Mapping[int, int]) -> str | None:
    """Why words typed in another order are not the form asked for: a sentence in
    another language ("Ich müde bin" for "Ich bin müde"), a tense of several words ("gone
    had"). `placed` maps each answer word's place to its typed word's."""
    places = sorted(placed)
    order = [placed[i] for i in places]
    ranked = sorted(order)
    if order == ranked:
        return None
    moved = next(want[i] for i, at, due in zip(places, order, ranked, strict=True) if at != due)
    return f"'{moved}' out of place: the form asked for has its word order"


def other_accent(expected: str, typed: str) -> str | None:
    """Why `typed` is another word where it writes an accent the answer does not
    ("pêcher", to fish, for "pécher", to sin; "où" for "ou"; "Mütter" for "Mutter"): asked
    for a form, an accent typed is a letter chosen. An accent left out ("ou" for "où",
    "allee") may be a keyboard's, and is let go as everywhere."""
    wanted, written = _marked_letters(expected), _marked_letters(typed)
    if [letter for letter, _ in wanted] != [letter for letter, _ in written]:
        return None
    for (letter, marks), (_, typed_marks) in zip(wanted, written, strict=True):
        if typed_marks and marks != typed_marks:
            shown = unicodedata.normalize("NFC", letter + marks)
            typed_shown = unicodedata.normalize("NFC", letter + typed_marks)
            return f"'{typed_shown}' for '{shown}': another accent makes another word"
    return None


def _marked_letters(text: str) -> list[tuple[str, str]]:
    """Each letter of `text`, in lower case, with the accents written on it."""
    out: list[tuple[str, str]] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if unicodedata.combining(char) and out:
            out[-1] = (out[-1][0], out[-1][1] + char)
        elif char.isalnum():
            out.append((char, ""))
    return out


ANOTHER_FORM = WordRefusal(Refusal.OTHER_FORM)


# The subject pronouns of each grammatical person in French, Spanish, German, Italian,
# Portuguese, Latin and English, folded ("él" is "el"): "yo tengo" answers the first
# person singular of "tener" as "tengo" does, and "ego amo" "amo", where "tú tengo"
# gives another person.
_PERSON_PRONOUNS = {
    ("1", "singular"): "je j yo ich io eu ego i",
    ("2", "singular"): "tu du you",
    ("3", "singular"): "il elle on el ella usted er sie es lui lei ele he she it",
    ("1", "plural"): "nous nosotros nosotras wir noi nos we",
    ("2", "plural"): "vous vosotros vosotras ustedes ihr voi vos you",
    ("3", "plural"): "ils elles ellos ellas ustedes sie loro eles elas they",
}
_EVERY_PERSON_PRONOUN = frozenset(" ".join(_PERSON_PRONOUNS.values()).split())
_ORDINAL_PERSONS = {"first": "1", "1st": "1", "second": "2", "2nd": "2", "third": "3", "3rd": "3"}
_ASKED_PERSON = re.compile(
    r"\b(?P<person>first|1st|second|2nd|third|3rd)[\s-]+person[\s-]+(?P<number>singular|plural)\b"
    r"|\b(?P<digit>[123])(?:st|nd|rd)?\s?(?P<short>sg|pl|sing|plur)\b",
    re.IGNORECASE,
)


def asked_person_pronouns(prompt: str, asks_form: bool | None = None) -> frozenset[str]:
    """The subject pronouns (folded) of the grammatical person the question asks a form
    for ("the first person singular of 'tener'", "3rd pl."): typed before the form, they
    only say whose form it is. `asks_form`: `asks_for_a_form`, where it was asked already."""
    found = _ASKED_PERSON.search(prompt)
    if found is None:
        return _person_named(prompt, asks_for_a_form(prompt) if asks_form is None else asks_form)
    if found.group("person"):
        person = _ORDINAL_PERSONS[found.group("person").casefold()]
        number = found.group("number").casefold()
    else:
        person = found.group("digit")
        number = "singular" if found.group("short").casefold().startswith("s") else "plural"
    return frozenset(_PERSON_PRONOUNS[person, number].split())


# English's pronouns, which a question writes for itself ("What do you call …?").
_ENGLISH_PRONOUNS = frozenset({"i", "you", "he", "she", "it", "we", "they"})


def _person_named(prompt: str, asks_form: bool) -> frozenset[str]:
    """The pronouns of the one person a question asking for a form names by a pronoun of
    another language ("Conjugate 'être' for 'ils'", "the nous form of avoir")."""
    if not asks_form and "conjugat" not in prompt.casefold():
        return frozenset()
    words = set(_FOLDED_WORD.findall(fold(prompt))) - _ENGLISH_PRONOUNS
    persons = {
        pronouns for pronouns in _PERSON_PRONOUNS.values() if not words.isdisjoint(pronouns.split())
    }
    return frozenset(persons.pop().split()) if len(persons) == 1 else frozenset()


def other_person_pronoun(extras: Sequence[str], asked: frozenset[str]) -> str | None:
    """The first subject pronoun among the typed words besides the answer that is of
    another person than the one asked (`asked`, from `asked_person_pronouns`): "ella
    tengo" for the first person singular gives the form to the wrong person."""
    if not asked:
        return None
    return next((word for word in extras if word in _EVERY_PERSON_PRONOUN - asked), None)


# Words after which a word is a verb, not a noun ("it rains" is no plural of "rain"),
# and before which it is one ("thanks" is no plural of the "thank" of "thank you").
_BEFORE_VERBS = frozenset(
    {"i", "you", "he", "she", "it", "we", "they", "to", "not", "do", "does", "did"}
    | {"can", "could", "will", "would", "shall", "should", "may", "might", "must"}
)
_AFTER_VERBS = frozenset({"you", "me", "him", "her", "us", "them", "it"})


def other_number(
    want: Sequence[str], at: int, typed: str, result: WordMatch | WordRefusal | None
) -> bool:
    """Whether `typed`, matched to the answer's word at `at` as another form of it, is
    the same noun in the other number: "houses" for "house", "girls" for "girl",
    "libraries" for "library"; not a verb after its subject ("it rains")."""
    if not isinstance(result, WordMatch) or result.kind is not Kind.FORM:
        return False
    after = want[at + 1] if at + 1 < len(want) else ""
    if (at and want[at - 1] in _BEFORE_VERBS) or after in _AFTER_VERBS:
        return False
    word = want[at]
    singular, plural = sorted((word, typed), key=len)
    return plural in (f"{singular}s", f"{singular}es") or (
        singular.endswith("y") and plural == f"{singular[:-1]}ies"
    )
