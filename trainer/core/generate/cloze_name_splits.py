"""Runs of capitalised words that are two names: a person and an office, a measure and its place.

Automatic cloze reads a run of capitalised words, with particles between them, as one
name ("the Bank of England", "Treaty of Versailles"). Some runs are two names side by
side, and blanking the run would ask for both at once.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from trainer.core.answering.kind_words import names_a_kind
from trainer.core.answering.place_forms import place_forms
from trainer.core.answering.regions import REGIONS
from trainer.core.answering.word_lists import ARTICLES, PERSONAL_TITLES
from trainer.core.generate.cloze_words import PARTICLES, Token
from trainer.core.generate.kind_nouns import KIND_NOUNS
from trainer.core.lexicon import could_be_name, is_given_name, is_known_word

# An office or a rank, and the verbs that give one to a person (see `_at_office`).
_OFFICES = PERSONAL_TITLES | {
    *("consul", "minister", "secretary", "regent", "viceroy", "dictator", "ambassador"),
    *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
}
_APPOINTING = frozenset(
    {
        *("make", "makes", "made", "appoint", "appoints", "appointed", "elect", "elects"),
        *("elected", "proclaim", "proclaims", "proclaimed", "crown", "crowns", "crowned"),
        *("name", "names", "named", "declare", "declares", "declared", "nominated"),
    }
)
# Verbs that take whom a thing goes to, then the thing ("gave Zhukov the Order"): after
# them, a name and "the" and a capitalised word are two objects.
_GIVING = frozenset(
    """give gives gave given giving hand hands handed award awards awarded grant grants
    granted offer offers offered send sends sent show shows showed shown tell tells told
    teach teaches taught cost costs owe owes owed lend lends lent sell sells sold pay pays
    paid promise promises promised deny denies denied bring brings brought win wins won
    earn earns earned allow allows allowed assign assigns assigned bequeath bequeaths
    bequeathed""".split()  # noqa: SIM905
)
# Nouns a text capitalises after "the" for one thing of its kind, which no epithet is:
# a body in the sky, a quarter of the world, an institution, an office or a kind of
# place (`showed Peter the Moon`, `cost Prussia the Crown`, `Sputnik the Earth`).
_NEVER_EPITHETS = KIND_NOUNS | frozenset(
    {
        *("earth", "moon", "sun", "world", "sky", "heavens", "universe", "galaxy"),
        *("north", "south", "east", "west", "left", "right", "centre", "center"),
        *("crown", "state", "front", "navy", "government", "parliament", "senate"),
        *("council", "court", "allies", "axis", "union", "league", "assembly", "reich"),
    }
)
# A people's word made of a land's name ("New Zealanders", "Icelanders", "Highlanders"):
# no name runs on from one with "of" (Brothers of Mercy and Masters of Arts are names).
_PEOPLE_OF_A_LAND = "landers"
_MIN_ACRONYM = 2
_ROMAN = re.compile("[IVXLCDM]+")
# English prepositions and adverbs of amount or place that can stand before a number.
_NOT_NOUNS = frozenset(
    """above below over under beyond within about around across after before since until
    past near nearer beneath between among after upto till circa some just only almost
    exactly fully barely scarcely less more fewer least most up down outside inside
    throughout during per plus minus""".split()  # noqa: SIM905
)
_FOREIGN_PARTICLES = PARTICLES - {"of", "the"}
# A lower-case word: letters, joined by hyphens or apostrophes (`l'après-midi`, `d'un`).
# A capital joined by a hyphen to a word in small letters: `X-ray`, `U-boat`, `T-cell`.
_LETTERED = re.compile(r"[A-Z]-[^\W\d_]")
_LOWER_WORD = re.compile(r"[^\W\d_A-Z]+(?:[-'’][^\W\d_]+)*")


def epithet_after(run: list[Token], words: list[Token], index: int) -> bool:
    """Whether the lower-case "the" at `words[index]`, right after `run`, joins the
    one-word name that ends `run` (after any opener: `Later`) to an epithet or a
    title's last word: `Ivan the Terrible`, `Alfred the Great`, `Jude the
    Obscure`, `Jack the Ripper` are one name each; a noun for one thing of its kind
    (`After Charles the Crown passed`, `Before Gagarin the Moon`) is no epithet.

    The word after "the" is one capitalised word, not a plural, that ends the run, and
    either the name before is a given name or that word reads as a word, not a name
    (`Terrible`). A land's name before "the", a name after an article, or one after a
    verb that gives one thing to another, is no name with an epithet: `cost Germany the
    Saar`, `in the Reichstag the Communists`, `gave Zhukov the Order`.
    """
    if words[index].text != "the" or index + 1 >= len(words):
        return False
    if len(run) > 1 and not all(word.is_function_word() for word in run[:-1]):
        return False  # `Later Alfred the Great`: an opener before the name is no part of it
    epithet = words[index + 1]
    if not (epithet.capitalised and epithet.follows_closely and not epithet.number):
        return False
    if epithet.is_function_word() or epithet.is_calendar_word() or len(epithet.text) < 2:
        return False
    if epithet.folded in _NEVER_EPITHETS or epithet.folded in _OFFICES:
        return False
    after = words[index + 2] if index + 2 < len(words) else None
    if (
        after is not None
        and after.follows_closely
        and (after.capitalised or after.number or after.text in PARTICLES)
    ):
        return False
    if epithet.text.endswith("s") and not epithet.text.endswith(("ss", "us")):
        return False  # `the Reichstag the Communists`: a people, not one's epithet
    name = run[-1]
    if place_forms(name.folded):
        return False
    before = words[index - 2] if index >= 2 else None
    # An article before a name makes it a thing's (`the Reichstag`), not a person's.
    if before is not None and before.folded in _GIVING | ARTICLES:
        return False  # `gave Zhukov the Order`: the name is whom something is given
    return is_given_name(name.text) or not could_be_name(epithet.text)


def opening_word_alone(run: list[Token], named: set[str]) -> bool:
    """Whether `run` is one preposition or adverb of English, capitalised only because it
    opens the sentence: no name, so the number after it is no designation (`Below 4.0
    mmol/L`, `Roughly 300 died`; but `Apollo 11`, and `Version 1.2`, a noun's)."""
    if len(run) != 1 or not run[0].sentence_start or run[0].text in named:
        return False
    text = run[0].text
    if text.endswith("ly"):
        return not could_be_name(text)  # `Approximately`, `Nearly`; not `Kelly`
    return text.casefold() in _NOT_NOUNS


def lettered_in_name(words: list[Token], index: int, usable: list[bool]) -> bool:
    """Whether `words[index]`, a capital joined by a hyphen to small letters (`X-ray`,
    `U-boat`), which alone is no name, is a word of the name it runs through: the caller
    has it right after a capitalised word, and a capitalised word follows it closely
    ("the Chandra X-ray Observatory"; not "Chandra X-ray images", nor "X-ray Astronomy",
    where it opens the run as a plain word would). Read apart, the name's pieces would
    be blanked alone: "The [...] X-ray Observatory" for `Chandra`."""
    word = words[index]
    if word.capitalised or not _LETTERED.match(word.text) or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return (
        usable[index + 1]
        and after.capitalised
        and after.follows_closely
        and not after.is_calendar_word()
        and not after.is_function_word()
    )


# Words before a month that make it the first word of a name, not a time: "the October
# Manifesto", "his April Theses"; but "In October Tsar Nicholas issued", "that October
# Lenin returned".
_OWNING_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"})


def month_opens_name(words: list[Token], index: int, usable: list[bool]) -> bool:
    """Whether the month `words[index]` is the first word of the name that follows it
    closely (`the February Revolution`, `Lenin's April Theses`, `the May Fourth
    Movement`). Read as a time, the month ends the run before it, and the name is
    blanked without it: "his April [...]" asks for `Theses`, half a name."""
    word = words[index]
    if index == 0 or index + 1 >= len(words) or not word.follows_closely:
        return False
    before, after = words[index - 1], words[index + 1]
    owned = before.folded in _OWNING_DETERMINERS or before.possessive
    return (
        owned
        and usable[index + 1]
        and after.capitalised
        and after.follows_closely
        and not after.number
        and not after.is_calendar_word()
        and not after.is_function_word()
    )


def article_opens_title(words: list[Token], index: int) -> bool:
    """Whether `words[index]` is a capital "A" in mid-sentence that opens the title after
    it (`published A Room of One's Own`, `in A Brief History of Time`): left out, the
    blank would ask for the title without its first word. ("The" and "An" are words of
    two letters and more, which a run keeps already.)"""
    word = words[index]
    if word.text != "A" or word.sentence_start or index == 0 or index + 1 >= len(words):
        return False
    after = words[index + 1]
    return (
        word.follows_closely
        and not words[index - 1].capitalised
        and after.capitalised
        and after.follows_closely
        and not after.number
        and not after.is_calendar_word()
    )


def runs_on_abroad(word: Token, particles: list[Token]) -> bool:
    """Whether the lower-case `word`, after a name and the `particles` that follow it,
    shows the name to be a piece of a title or phrase in another language, and so no
    name to blank: after another language's particle (`L'Ami du peuple`), or as the
    next word when it is no word of English in its own spelling (`Prélude à
    l'après-midi d'un faune`, `Cien años de soledad`, `Homo sapiens`)."""
    if any(p.text in _FOREIGN_PARTICLES for p in particles):
        return word.text.isalpha()
    if particles or not word.follows_closely or not _LOWER_WORD.fullmatch(word.text):
        return False
    return not all(is_known_word(part) for part in word.text.split("-"))


def split_names(run: list[Token], words: list[Token]) -> list[list[Token]]:
    """`run` as the names it holds: one, or two where a person and an office stand side
    by side (`_at_office`), or a measure or a people and what follows "of" (`_at_of`),
    or a place and the thing named after it (`_at_article`)."""
    return [
        piece
        for whole in _at_article(run)
        for part in _at_of(whole)
        for piece in _at_office(part, words)
    ]


# Articles in small letters of Spanish, French and Italian: inside a name they follow
# "de" (`Río de la Plata`) or open an epithet. (German writes every noun with a capital:
# "Werk der Weimarer Republik" would part a noun from its genitive, not two names.)
_ARTICLES_ABROAD = frozenset("el la le les los las il lo".split())  # noqa: SIM905


def _at_article(run: list[Token]) -> list[list[Token]]:
    """`run` split at an article in small letters that stands right after a name's word,
    no particle between, where two capitalised words at least follow it and the word
    before is no given name: "firmó en Caracas el Acta de la Declaración de
    Independencia" is a place, then the thing signed there, as in English "signed in
    Caracas the Act of …". `Alfonso el Sabio` and `Philippe le Bel` (one word after)
    and `Jean le Rond d'Alembert` (after a given name) stay whole."""
    for index in range(1, len(run) - 2):
        article, before = run[index], run[index - 1]
        if article.text not in _ARTICLES_ABROAD or not before.capitalised:
            continue
        rest = run[index + 1 :]
        if before.text in PARTICLES or is_given_name(before.folded):
            continue
        if sum(word.capitalised for word in rest) >= 2:
            return [run[:index], *_at_article(rest)]
    return [run]


def _at_of(run: list[Token]) -> list[list[Token]]:
    """`run` split at an "of" that follows an acronym ("the GDP of Ruritania", "the CEO
    of Krupp"), a people's word ("New Zealanders of ANZAC") or a person's name in full
    ("Johannes Vermeer of Delft": where he came from), or that comes before an owner
    ("the lunar module Eagle of NASA's Apollo 11"): neither side is one name with the
    other. "Bank of England", "Battle of the Somme", "Catherine of Aragon" and "Mary
    Queen of Scots" stay whole."""
    for index in range(1, len(run) - 1):
        if run[index].text != "of":
            continue
        before = run[:index]
        if _stands_alone(run[index - 1]) or _in_full(before) or run[-1].possessive:
            return [before, *_at_of(run[index + 1 :])]
    return [run]


def _in_full(name: list[Token]) -> bool:
    """A person's name in full, after any titles: a given name, then capitalised words
    none of which is an office or title, nor a monarch's number ("Johannes Vermeer",
    "Commodore Matthew Perry"; not "Mary Queen", "Henry VIII" or "King Henry", whose "of
    England" or "of Navarre" is part of the style)."""
    while name and name[0].folded in PERSONAL_TITLES:
        name = name[1:]
    return (
        len(name) >= 2
        and is_given_name(name[0].folded)
        and all(word.capitalised and word.folded not in _OFFICES for word in name[1:])
        and not _ROMAN.fullmatch(name[-1].text)
    )


def _stands_alone(word: Token) -> bool:
    text = word.text
    if len(text) >= _MIN_ACRONYM and text.isalpha() and text.isupper():
        return not _ROMAN.fullmatch(text)  # a monarch's number: "Henry VIII of England"
    return text[:1].isupper() and text.endswith(_PEOPLE_OF_A_LAND)


def _at_office(run: list[Token], words: list[Token]) -> list[list[Token]]:
    """`run` as two names where a verb of appointing puts a person and an office side by
    side: "appointed Hitler Chancellor of Germany", "made Winston Churchill Prime
    Minister", "made Napoleon Bonaparte First Consul". The office starts after the
    person's name words, with any word before the office's own ("Prime", "Vice"). Only
    after such a verb: "Martin Luther King" and "Alexander Pope" are one name each,
    though King and Pope are offices too."""
    office = next((i for i in range(1, len(run)) if run[i].folded in _OFFICES), None)
    if office is None:
        return [run]
    start = office
    while start > 1 and not could_be_name(run[start - 1].text):
        start -= 1
    if not all(word.capitalised and could_be_name(word.text) for word in run[:start]):
        return [run]
    position = bisect_left([word.start for word in words], run[0].start)
    if position == 0 or words[position - 1].folded not in _APPOINTING:
        return [run]
    return [run[:start], run[start:]]


def without_kind_word(run: list[Token]) -> list[Token]:
    """`run` without a leading word for a nation, people or creed ("American", "Soviet",
    "Nazi": kind_words) when the rest is a name of its own: each word a number, an
    initial, a given name or a word rarer than the commonest given names ("an American
    Apollo spacecraft", "the Soviet Soyuz 19"). The adjective says whose the thing was;
    the name is the answer, and "Apollo" typed alone would be marked short of a word.
    A word common in English makes the whole run one name ("the Soviet Union", "the
    French Revolution"), and so does a region after the word ("British Honduras")."""
    if len(run) < 2 or run[0].possessive or not run[1].capitalised:
        return run
    if not names_a_kind(run[0].folded):
        return run
    rest = run[1:]
    for word in rest:
        if not (
            word.number or len(word.text) == 1 or (word.capitalised and could_be_name(word.text))
        ):
            return run
    if " ".join(word.folded for word in rest) in REGIONS:
        return run
    return rest
