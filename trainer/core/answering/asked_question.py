"""What grading takes from a card's prompt: its words, and what kind of answer it asks for."""

from __future__ import annotations

import re

from trainer.core.answering.english_translations import asks_for_english_translation
from trainer.core.answering.equations import blank_in_formula
from trainer.core.answering.form_questions import (
    asked_person_pronouns,
    asks_for_a_form,
    asks_in_another_language,
)
from trainer.core.answering.irregular_verbs import same_irregular_verb
from trainer.core.answering.named_places import LocatedPlace, located_places, places_named
from trainer.core.answering.nation_words import same_nation_named
from trainer.core.answering.relations import past_stems
from trainer.core.answering.who_questions import asks_which_person, opens_asking_who
from trainer.core.answering.word_match import is_other_form
from trainer.core.answering.words import answer_words
from trainer.core.answering.written_alternatives import asks_for_a_meaning
from trainer.core.lexicon import same_word
from trainer.core.records import record

# Words of a question whose answer is English whatever language it names.
_ENGLISH_ANSWER = frozenset({"mean", "means", "meaning", "define", "definition", "english"})
# A year as a text writes it: three or four digits standing alone.
_YEAR = re.compile(r"(?<![\d.,])\d{3,4}(?![\d.,]\d)")


@record
class Question:
    """What grading takes from the card's prompt."""

    words: frozenset[str] = frozenset()
    # Content words the question gives may be left out of the answer; not for a cloze,
    # whose prompt is the whole excerpt.
    gives_words: bool = True
    # The question's words in order.
    sequence: tuple[str, ...] = ()
    # The prompt is a question: it ends in "?" (a cloze's text, "Chi-squared …", is none).
    ends_in_question_mark: bool = False
    # The years the question or its excerpt writes ("On what day of 1933 …?").
    years_named: frozenset[str] = frozenset()
    # The places of a known class the question or its excerpt puts something in, on or
    # at, with what they put there (named_places); and, where there are any, every such
    # place they write.
    places_located: frozenset[LocatedPlace] = frozenset()
    places_named: frozenset[str] = frozenset()
    # The blank stands in a formula ("so V = [...]"): its answer is algebra, whatever it
    # looks like alone ("IR").
    blank_in_formula: bool = False
    # The question asks for one form of a word: no other form will do (form_questions).
    asks_for_form: bool = False
    # The question asks what a word means: each sense listed is an answer (written_alternatives).
    asks_for_meaning: bool = False
    # The subject pronouns of the grammatical person the question asks a form for.
    person_pronouns: frozenset[str] = frozenset()
    # The answer is in another language than English ("Translate into German: …", a
    # blank in a French sentence): none of its words is an English function word.
    in_another_language: bool = False

    @classmethod
    def of(cls, prompt: str, *, cloze: bool, context: str = "") -> Question:
        """What grading takes from `prompt`; `context` is the card's excerpt, whose years
        a day typed with its year must keep to."""
        words = answer_words(prompt)
        in_formula = cloze and blank_in_formula(prompt)
        # The pronouns of the person a form is asked for, as if the question wrote them.
        in_language = asks_in_another_language(prompt)
        # Put into English, a foreign word's English has its one form too ("the car").
        asks_form = asks_for_a_form(prompt, in_language) or asks_for_english_translation(prompt)
        pronouns = asked_person_pronouns(prompt, asks_form)
        # Asked what a word of another language means, or to put it into English, the
        # answer is English; asked to translate into another language, it is not.
        english = not _ENGLISH_ANSWER.isdisjoint(words)
        card_text = f"{prompt} {context}"
        located = located_places(prompt, asked=True) | located_places(context)
        return cls(
            frozenset(words) | pronouns,
            gives_words=not cloze,
            sequence=words,
            blank_in_formula=in_formula,
            asks_for_form=asks_form,
            asks_for_meaning=not cloze and asks_for_a_meaning(prompt),
            person_pronouns=pronouns,
            in_another_language=not english and in_language,
            years_named=frozenset(_YEAR.findall(card_text)),
            places_located=located,
            places_named=places_named(card_text) if located else frozenset(),
            ends_in_question_mark=prompt.rstrip().endswith("?"),
        )

    @property
    def asks_who(self) -> bool:
        """Whether the question asks for a person ("Who …?", "Whom …?", "Whose …?", and
        "¿Quién …?", "Wer …?", "Qui …?" in a question only, as generation reads them),
        or asks which one by what they were ("Which pilot …?", "Which two poets …?")."""
        return opens_asking_who(self.sequence[:2], self.ends_in_question_mark) or asks_which_person(
            self.sequence[:3]
        )

    def has(self, word: str) -> bool:
        """True when the question has the word, or another form of it ("law", "laws";
        "demand" where the question says "demanded", either way round; "stabbed" where
        it asks "Whom did Corday stab?", "took" where it asks "… take?"; "Japanese"
        where it names Japan; "labors" where it asks "How many labours …?")."""
        return (
            word in self.words
            or any(same_word(other, word) for other in self.words)
            or any(is_other_form(word, other) or is_other_form(other, word) for other in self.words)
            or (word.endswith("ed") and any(stem in self.words for stem in past_stems(word)))
            or same_irregular_verb(word, self.words)  # "took" where it asks "… take?"
            or same_nation_named(word, self.words)
        )
