"""Automatic cloze: an excerpt's years, names, quantities and terms, each blanked on a card.

Candidates are looked for in the excerpt's text with its cloze deletions filled in, but
never inside a deletion. The rules are deliberately simple, so an author can predict
them (docs/deck-format.md, "Automatic cloze", says the same):

- A **year** is a whole number from 1000 to 2099 standing alone (`1926`; not `1,926`,
  `1926.5`, `1920s` or either end of `1939–45`), unless a unit follows it without `in`,
  `by`, `since` … before it (`1500 tanks` is a quantity); or a number with its era
  beside it (`44 BC`, `500 BCE`, `44 B.C.`, `AD 79`, `79 CE`), blanked with the era and
  answered as the deck format shows such a year (`44 BC`, `AD 79`); a number whose era
  makes no year (`10,000 BC`) is not blanked at all (see cloze_eras).
- A **name** is a run of capitalised words separated only by spaces, possibly joined by
  lowercase particles (`of`, `of the`, `von`, `de` …; `the` between a one-word name
  and an epithet, `Ivan the Terrible`, `Jude the Obscure`), and ending with the number that
  directly follows it: `Valerian Kuibyshev`, `Council of Labour`, `Sputnik 1`. A number
  with a percent sign or thousands is an amount, not part of the name (`cost Russia
  34%`); a name followed by a number with a unit is ambiguous (`gave Germany 200 tanks`,
  `the Apollo 11 astronauts`), and neither is blanked. After a verb of appointing, a
  person and an office are two names (`appointed Hitler Chancellor of Germany`). Months,
  weekdays, lower-case words and an era beside a number or a century (`387 BC Plato`,
  `the fourth century BC Athens`) end a run, and a number with its era ends none
  (`Hannibal 218 BC`); function words (`The`, `In` …) are dropped
  from its ends, and so are words such as `Several` or `First` where they open a
  sentence (`the First World War` is one name); one-letter words count only as initials
  (`James D. Watson`; not a unit after a number or against a word, `37 °C.`, `mmol/L.`,
  nor a letter before a word that is no name, so no name runs over a sentence's end)
  or after a name (`Juno I`).
  A word for a nation, people or creed before a name of its own stays outside it (`an
  American Apollo spacecraft` blanks `Apollo`; `the Soviet Union` stays whole). A
  possessive ends a name (`Stalin's`) unless it is a common word (`King's College`), a
  saint's (`St Paul's Cathedral`), or before the one word saying what kind of thing it
  names (`Ford's Theatre`, `Halley's Comet`: see cloze_possessives). A name that is a
  single word at the start of a sentence counts only if it is also
  capitalised mid-sentence somewhere in the excerpt, and a single word that is very
  common (`Earth`, `Moon`: lexicon.is_common_word) never counts. A name of several words
  counts even when each word is common (`Red Army`): together, the capitals make it one.
  A chemical formula (`CH4`, `MnO2`, `Ca(OH)2`, `NH4+`, `SO4²⁻`) is one word and a name
  by itself, blanked whole (answered `CH4`) and never in part; one written against its
  coefficient (`6CO2` in an equation) is never blanked: see cloze_formulas. A designation,
  a capital with digits against it (`MI5`, `B12`, `H1N1`), is one word as well, as is
  a word joined by a hyphen to letters and digits (`CRISPR-Cas9`): no blank leaves a
  letter or digit of its word beside it. A capital joined by a hyphen to small letters
  is a word of the name it stands in (`the Chandra X-ray Observatory`), not of a name
  it would open (`X-ray crystallography`): see cloze_name_splits.
- A **quantity** is a number with its unit: up to three lower-case words ending in a
  plural or a unit symbol (`50,000 hectares`, `50 million gold marks`, `27,000 kilometres
  per hour`), a scale word (`50 million`), a currency sign (`$3 billion`) or a percent
  sign (`50%`, `50 per cent`); `ones` or `others` count nothing (`2 million new ones`
  blanks `2 million`). It is graded as a number: the unit may be left out. Neither end of
  a range or choice of numbers is blanked (`10 to 100 micrometres`, `between 10 and 20`,
  `12 or 14 days`); years are (`from 1914 to 1918`).
- A **term** is a rare lower-case word (not among the 20,000 most frequent English
  words) of six letters or more, right after a determiner (`the reparations`; not
  `that`, which opens a clause as often), with
  the rare words that go on with it (`the medulla oblongata` is one term). Neither side
  of a term named after a person is blanked alone (`the islets of Langerhans`, `the
  loop of Henle`): see cloze_terms.
- A **number** is any other number with two or more digits, a decimal point or a percent
  sign (`22`, `3.5`). A lone single digit (`3`) is not one. A number written as a power
  is one number, blanked whole or not at all: `6.022 × 10^23`, `10⁻⁹`, `1.6e-19` (never
  its `10`, its mantissa or its exponent alone); the same power written two ways is
  blanked together, and an exponent after a caret (`m^2`) is never blanked.
- A **count in words** (`four haploid cells`) is blanked only in an excerpt where none of
  the above is found: see cloze_counts.

Never blanked: a day of the month beside its month (`1 April`, `April 1`), a piece of a
name the author deleted (`Sergei` in `Sergei {{c1::Korolev}}`) or of a foreign title
(`L'Ami` of `L'Ami du peuple`), anything in a
title (a quoted title-case phrase, or a capitalised run such as `What Is Life?` where a
word like `Is` or `The` is capitalised mid-sentence) or in `*emphasis*`/`_emphasis_`, and
any candidate that the rest of the text gives away once it is blanked: the same word or
another form of it visible elsewhere (`Russians` gives away `Russia`; the `Sputnik` of
`Sputnik 2` gives away `Sputnik 1`), the same number (in a name too: `carbon-12` gives
away `12 g`), or an acronym together with the words that define it (`the German
Communist party (KPD)`, `Gross domestic product, or GDP`, `Adenosine triphosphate, or
ATP`: neither is blanked). The excerpt's title, shown above the card, counts as
visible. A one-word name that ends exactly one longer name (`Chargaff` after `Erwin
Chargaff`) is that name again: both are blanked on one card, and the shorter is
accepted too.

A candidate that occurs more than once is asked once, with every occurrence blanked. One
that a written question or a template already asks of the excerpt is not asked again: its
answer, an article aside, in another form (a date's year, an amount's number, an
ordinal in words, a year's era written another way: `202 B.C.`, a person without the
place they are of), an amount whose number it is with the unit in the prompt, or a part
of it with the rest beside the blank (see cloze_beside), in a sentence sharing words
with the prompt (the excerpt's title lending one), where a year's blank counts as the
year that "In what year …?" or "When …?" asks for (see cloze_asked).
Nor is a piece of a title or of a name of several words that a fact of the excerpt
holds as a value (`Prelude to the Afternoon of a Faun`, `the May Fourth Movement`):
such a value is blanked whole or not at all (see cloze_values); nor the deck's own
subject or one of its stock phrases (`Solar System` in an astronomy deck that writes it
in excerpt after excerpt: see cloze_subject, cloze_stock).
Years come first, then names, quantities, terms and numbers, each in the order of first
occurrence.
"""

from __future__ import annotations

from trainer.core.answering.word_lists import PLACE_KINDS
from trainer.core.authored import Deck, Excerpt
from trainer.core.deck.answer_types import infer_answer_type
from trainer.core.deck.card_ids import auto_cloze_slot, card_id
from trainer.core.deck.cloze_markers import ClozeText
from trainer.core.generate.card_language import card_frame
from trainer.core.generate.cloze_asked import AskedAlready
from trainer.core.generate.cloze_candidates import find_candidates
from trainer.core.generate.cloze_counts import count_candidates
from trainer.core.generate.cloze_kinds import Candidate, CandidateKind
from trainer.core.generate.cloze_subject import deck_subject
from trainer.core.generate.cloze_values import WholeValues
from trainer.core.generate.context import CardSink, DeckIndex, build_card
from trainer.core.generate.surnames import surname_of
from trainer.core.lexicon import could_be_name
from trainer.core.model import Answer, AnswerType, CardKind

# A name that starts with one of these and goes on with a person's name is also accepted
# without it (`John F. Kennedy` for `President John F. Kennedy`). `St` is no title: `St
# Helena` is a place, and `Helena` another name.
PERSONAL_TITLES = frozenset(
    """President King Queen Emperor Empress Tsar Czar Kaiser Pope Prince Princess Duke
    General Admiral Marshal Colonel Captain Commander Lieutenant Major Sergeant Chancellor
    Premier Minister Chairman Secretary Senator Governor Ambassador Comrade Doctor Dr
    Professor Prof Sir Dame Lord Lady Mr Mrs Ms Miss Chief Justice Judge""".split()  # noqa: SIM905
)
_NAME_PARTICLES = frozenset({"of", "de", "von", "van", "der", "du", "da", "di"})
_PLACE_WORDS = PLACE_KINDS | {"land", "lands", "coast", "heights", "sound"}

__all__ = [
    "Candidate",
    "CandidateKind",
    "auto_cloze_cards",
    "auto_cloze_enabled",
    "find_candidates",
]


def auto_cloze_enabled(deck: Deck, excerpt: Excerpt, cloze: ClozeText) -> bool:
    """The excerpt's own setting, else the deck's; `plain` means only unannotated excerpts."""
    setting = excerpt.auto_cloze if excerpt.auto_cloze is not None else deck.defaults.auto_cloze
    if setting == "plain":
        return not (excerpt.questions or excerpt.facts or cloze.has_markers)
    return setting is True


def auto_cloze_cards(
    index: DeckIndex, excerpt: Excerpt, cloze: ClozeText, taken_slots: set[str], sink: CardSink
) -> None:
    """Up to `auto_cloze_max` cards from the excerpt's candidates; `taken_slots` grows."""
    if cloze.problems:
        return
    deck = index.deck
    text, masked = cloze.plain_with_marker_spans()
    limit = deck.defaults.auto_cloze_max
    asked = AskedAlready(deck, excerpt)
    titles = WholeValues(excerpt, text)
    found = find_candidates(
        text,
        masked,
        shown_with=excerpt.title,
        limit=limit + asked.most_left_out() + titles.words,
        subject=deck_subject(deck),
    )
    if not found:
        found = count_candidates(text, masked)[:limit]  # "Meiosis makes [number] haploid …"
    if asked or titles:
        found = [
            c for c in found if not titles.cuts(c) and not (asked and asked.asks_again(c, text))
        ][:limit]
    frame = card_frame(excerpt.text)
    for candidate in found:
        slot = auto_cloze_slot(candidate.text, taken_slots)
        taken_slots.add(slot)
        card = build_card(
            index,
            id=card_id(deck.id, excerpt.id, slot),
            excerpts=(excerpt,),
            kind=CardKind.AUTO_CLOZE,
            prompt=candidate.blanked(text, frame=frame).strip(),
            answer=Answer(
                answer_type(candidate), candidate.text, alternatives=alternatives(candidate, text)
            ),
        )
        sink.add(card, excerpt.location)


def answer_type(candidate: Candidate) -> AnswerType:
    """A quantity is graded as its number; a name with a number (`Apollo 11`) as text."""
    if candidate.kind is CandidateKind.QUANTITY:
        return AnswerType.NUMBER
    if candidate.kind is CandidateKind.NAME:
        return AnswerType.TEXT
    return infer_answer_type(candidate.text)


def alternatives(candidate: Candidate, text: str = "") -> tuple[str, ...]:
    """A name without its leading personal title, when a person's name follows it: each
    word after it a given name or a word rarer than one (`Professor Ehrenberg`; not `King
    George's Sound`, where `Sound` is a common word). And the shorter name that `text`
    writes in one of the blanks (`Calvin` of `Melvin Calvin` in "the [...] cycle"): the
    words the text itself has there fill that blank."""
    if candidate.kind is not CandidateKind.NAME:
        return ()
    shorter = tuple(
        dict.fromkeys(
            mention
            for start, end in candidate.spans
            if (mention := " ".join(text[start:end].split())) != candidate.text and mention
        )
    )
    first, _, rest = candidate.text.partition(" ")
    while rest.partition(" ")[0].rstrip(".") in PERSONAL_TITLES:
        rest = rest.partition(" ")[2]  # "Chief Justice John Marshall": both titles
    words = rest.split()
    if first.rstrip(".") not in PERSONAL_TITLES or not words or words[0] in _NAME_PARTICLES:
        return shorter
    name = [word for word in words if word not in _NAME_PARTICLES]
    # A given name and a surname after the title: "Chief Justice John Marshall"; not a
    # place named so ("Queen Maud Land", "Prince Edward Island").
    person = surname_of(rest) is not None and name[-1].casefold() not in _PLACE_WORDS
    if person or all(word.isdecimal() or could_be_name(word.removesuffix("'s")) for word in name):
        return (rest, *(mention for mention in shorter if mention != rest))
    return shorter
