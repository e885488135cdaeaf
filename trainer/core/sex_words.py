"""Which sex a question's or a statement's words give the person it asks for or is about.

"Who became the first woman in space?" asks for a woman, "Who lost his seat?" for a
man; "Who married a prince?" says nothing of who did. Options and true/false swaps for
that person keep to the sex the words give (see `generate.name_styles`), and the words
a deck says of a name that says no sex ("Hera", "the goddess of marriage") give it one
(see `generate.deck_sexes`).
"""

from __future__ import annotations

import re

from trainer.core.answering.normalise import fold
from trainer.core.name_sexes import Sex

# Words by which a question or statement says the sex of the person it asks for: its
# pronouns, and the nouns of English for a woman or a man by kin, marriage, rank, calling
# or station ("the jilted bride", "the wife kept locked in the attic"), plurals too (see
# `_sexed_word`). Not the words a man and a woman share ("host", "heir", "waiter"), nor
# those with another sense ("prior to", "a bachelor's degree", "a maiden voyage").
_WOMAN_WORDS = frozenset(
    """woman women female she her hers herself girl lady ladies queen empress princess
    actress mother daughter wife wives widow sister aunt niece heroine bride fiancee
    spinster maid matron mistress housewife housewives governess housekeeper
    nun abbess prioress priestess goddess duchess countess baroness marchioness
    viscountess heiress hostess waitress stewardess seamstress sorceress enchantress
    murderess poetess authoress songstress shepherdess huntress laundress
    postmistress schoolmistress headmistress landlady chambermaid housemaid milkmaid
    barmaid dairymaid handmaid nursemaid midwife grandmother granddaughter
    stepmother stepdaughter stepsister godmother goddaughter mum mom mama mamma
    grandma granny matriarch dowager tsarina czarina sultana""".split()  # noqa: SIM905
)
_MAN_WORDS = frozenset(
    """man men male he his him himself boy gentleman gentlemen king emperor prince actor
    god priest father son husband widower brother uncle nephew hero groom bridegroom fiance
    bishop archbishop cardinal pope
    monk friar abbot duke earl baron viscount marquess marquis lord sorcerer
    enchanter wizard huntsman landlord
    postmaster schoolmaster headmaster grandfather grandson stepfather stepson
    stepbrother godfather godson dad papa grandpa patriarch tsar czar sultan
    pharaoh""".split()  # noqa: SIM905
)


# Either list's words: a quick test of whether a text can say a sex at all, before it is
# read word by word.
_SEXED_WORDS = _WOMAN_WORDS | _MAN_WORDS
_LETTERS = re.compile(r"[^\W\d_]+")


def may_say_a_sex(text: str) -> bool:
    """Whether `text` holds a word that says a sex ("goddess", "his", "kings"): without
    one, `sex_asked` and `sex_described` find none."""
    words = set(_LETTERS.findall(text.lower() if text.isascii() else fold(text)))
    if not words.isdisjoint(_SEXED_WORDS):
        return True
    return any(_sexed_word(word) is not None for word in words if word.endswith("s"))


def _sexed_word(folded: str) -> Sex | None:
    """The sex a folded word says of its bearer, as one of the words above or their
    plural ("brides", "princesses", "duchesses"); None for any other word."""
    for form in (folded, folded[:-1] if folded.endswith("s") else "", _singular(folded)):
        if form in _WOMAN_WORDS:
            return Sex.FEMALE
        if form in _MAN_WORDS:
            return Sex.MALE
    return None


def _singular(folded: str) -> str:
    # "princesses", "duchesses": the plural of a word ending in "ess" or "ch" adds "es".
    return folded[:-2] if folded.endswith(("esses", "ches")) else ""


# Words that make the noun after them (past an article or possessive) another's: "the
# Rights of Woman", "a gift for the queen", "married to a king".
_PREPOSITIONS = frozenset(
    """of for to from by with against about toward towards under over after before beside
    behind between among amongst without within into onto upon at in on near than
    like""".split()  # noqa: SIM905
)
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "their", "its", "this", "that"})
# Counts before a noun: "had five husbands", "married two kings".
_COUNT_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve several many".split()  # noqa: SIM905
)
# Verbs whose object is someone else than the person asked for: past forms not in "-ed",
# present ones and bare ones ("would marry a man"); any other past in "-ed" ("married",
# "killed") counts too.
_OBJECT_VERBS = frozenset(
    """had has have met meets wed weds bore beat beats fought fights saw sees took takes
    left leaves marries kills loves murders betrays succeeds defeats follows adopts
    rescues saves poisons hates helps nurses visits marry kill love meet murder betray
    defeat follow adopt rescue poison hate visit""".split()  # noqa: SIM905
)
# Words that may stand between a verb and its object: "would marry only a man".
_ADVERBS = frozenset({"only", "also", "later", "never", "first", "secretly", "eventually"})
_POSSESSIVES = frozenset({"his", "her", "their", "its"})
# Before a past in "-ed", a form of "be" makes the noun after it the subject's own
# calling: "Who was crowned queen?", "Who was named emperor?".
_BE = frozenset({"is", "was", "were", "are", "be", "been", "being"})
_ASKING = frozenset({"which", "what", "whose"})
_BECOMING = frozenset({"became", "become", "becomes", "becoming"})
_REFLEXIVES = frozenset({"himself", "herself"})
# Nouns said of a woman as well as of a man ("Atalanta was a hero", "she is an actor"):
# a man's only where no word says a woman, and no word of the deck's about a name.
_SAID_OF_EITHER = frozenset({"hero", "heroes", "actor", "actors"})
# Pronouns for a verb's object, and the words opening a clause about the noun before them.
_OBJECT_PRONOUNS = frozenset({"her", "him"})
_PRONOUNS = frozenset(
    "he him his himself she her hers herself".split()  # noqa: SIM905
)
_RELATIVES = frozenset({"who", "whom", "that"})
_WORD = re.compile(r"[^\W\d_][\w'’-]*")


def sex_asked(prompt: str, either: bool = True) -> Sex | None:
    """The sex a question's words give the person it asks for ("Who was the first woman
    in space?"); None when they give none, or both.

    A word counts unless it names someone else: the noun a preposition governs ("the
    Declaration of the Rights of Woman", "Who married the widow of a king?" counts
    "widow" only), or a word of a capitalised name or title inside the sentence ("Who
    commanded the Queen Mary?"; "Which Queen …" still asks). A noun said of either sex
    ("hero", "actor") says a man only where no word says a woman ("Which hero would
    marry only a man who could outrun her?" asks for a woman), and nothing without
    `either`.
    """
    if not may_say_a_sex(prompt):
        return None  # most questions: no word of the lists, read at once
    words = _WORD.findall(prompt)
    women = men = of_either = False
    for position, word in enumerate(words):
        folded = fold(word.strip("'’"))
        sex = _sexed_word(folded)
        if sex is None or _names_someone_else(words, position):
            continue
        if folded in _PRONOUNS and _name_before(words, position):
            # "Who gave Theseus the thread that led him out?": "him" is Theseus.
            continue
        if sex is Sex.FEMALE:
            women = True
        elif folded in _SAID_OF_EITHER:
            of_either = True
        else:
            men = True
    men = men or (of_either and either and not women)
    if women == men:
        return None
    return Sex.FEMALE if women else Sex.MALE


def sex_described(description: str) -> Sex | None:
    """The sex a fact's description of a person gives them, as its words would of the
    person asked for ("the goddess of marriage", "mother of Achilles", "went down to
    bring back his wife"); None where they give none, or only by a word said of
    either sex ("the hero who slew the Minotaur"). Read both as what the person was
    and as what they did, it must give one sex both ways: "married the daughter of a
    king" is no daughter, nor "her husband" a woman."""
    was = sex_asked(f"Who was {description}?", either=False)
    return was if was is sex_asked(f"Who {description}?", either=False) else None


def _name_before(words: list[str], position: int, first: int = 2) -> bool:
    """Whether a capitalised name stands before `position` within the sentence, from
    `first` on, past its opening ("Which Ancient Greek hero …" opens it): a pronoun may
    stand for it."""
    return any(
        words[i][0].isupper() and not words[i - 1][0].isupper() for i in range(first, position)
    )


def _counts(word: str) -> bool:
    return word.isdecimal() or fold(word) in _COUNT_WORDS


def _object_of(verb: str, before_verb: str) -> bool:
    """Whether a noun right after `verb` (past its determiners) is the verb's object."""
    if verb in _OBJECT_VERBS:
        return True
    # After a determiner, a word in "-ed" is an adjective: "the jilted bride".
    return len(verb) > 4 and verb.endswith("ed") and before_verb not in _BE | _DETERMINERS


def _names_someone_else(words: list[str], position: int) -> bool:
    """Whether the word at `position` is governed by a preposition, is the object of a
    verb ("Which woman had five husbands?", "Who killed his wife?") but for a pronoun
    that can only be the person asked for (`_refers_back`), is another's by a possessive
    ("to bring back his wife"), or is a word of a capitalised name within the sentence."""
    if fold(words[position]) in _REFLEXIVES and not _name_before(words, position):
        return False  # "Who killed himself at Utica?": none but the one asked for
    before = position - 1
    owned = False
    while before >= 0 and (
        (skipped := fold(words[before])) in _DETERMINERS
        or skipped in _ADVERBS
        or _counts(words[before])
    ):
        owned = owned or skipped in _POSSESSIVES
        before -= 1
    previous = fold(words[before]) if before >= 0 else ""
    if previous in _PREPOSITIONS and _subjects_own(words, position):
        return False  # "Who issued coins in her own name?": her own, the one asked for
    if previous in _PREPOSITIONS or previous == "whose":
        # "Whose father …?" asks for the child, not the father.
        return True
    word = words[position]
    if owned and previous not in _BE:
        # "his wife" is the wife of the one "his" stands for; "Who was his wife?" asks her.
        return True
    if _object_of(previous, fold(words[before - 1]) if before > 0 else ""):
        # A possessive is the subject's own: "Who lost his seat?" says a man.
        following = fold(words[position + 1]) if position + 1 < len(words) else ""
        possessive = fold(word) in ("his", "her") and following not in ("", *_PREPOSITIONS)
        return not possessive and not _refers_back(words, position, before)
    return position > 0 and word[0].isupper() and not _own_title(words, position)


def _own_title(words: list[str], position: int) -> bool:
    """Whether the capitalised word at `position` is of a title the one asked for bore:
    after an asking word ("Which Queen …?") or, past the title's other words and an
    article, a form of "be" or "become" ("Who was the First Lady …?", "Who became
    Queen …?"); not a ship's or another's name ("Who commanded the Queen Mary?")."""
    start = position
    while start > 1 and words[start - 1][0].isupper():
        start -= 1
    before = start - 1
    while before > 0 and fold(words[before]) in _DETERMINERS:
        before -= 1
    previous = fold(words[before]) if before >= 0 else ""
    return previous in _ASKING or previous in _BE or previous in _BECOMING


def _subjects_own(words: list[str], position: int) -> bool:
    """Whether the word at `position`, after a preposition, is a possessive that can only
    stand for the one asked for: "his" or "her" before a word ("in her own name", "with
    his army"), where no other person is named before it in the sentence ("Who killed
    the king in his sleep?": the king's)."""
    word = fold(words[position])
    if word not in ("his", "her") or position + 1 >= len(words):
        return False
    if word == "her" and not words[position + 1].islower():
        return False  # "with her." or "gave it to her Majesty"
    # Any name after a word in small letters is another person, from the second word on
    # ("stabbed Marat in his bath", a statement's rest), as is any word for a person past
    # the opening ("the king in his sleep").
    return not _name_before(words, position, first=1) and not any(
        _sexed_word(fold(other)) for other in words[2:position]
    )


def _refers_back(words: list[str], position: int, verb: int) -> bool:
    """Whether the object pronoun at `position` stands for the person asked for: in a
    clause about someone of the other sex ("a man who could outrun her"), it cannot
    stand for its own subject."""
    pronoun = fold(words[position])
    if pronoun not in _OBJECT_PRONOUNS:
        return False
    opener = next(
        (i for i in range(verb - 1, 0, -1) if fold(words[i]) in _RELATIVES),
        None,
    )
    if opener is None:
        return False
    subject = _sexed_word(fold(words[opener - 1]))
    return subject is not None and subject is not _sexed_word(pronoun)
