"""True-or-false cards: a fact's statement, shown as written or with one field swapped.

The value swapped in comes from a near neighbour among the facts the template matches (a
close year, a fact with the same tags or excerpt), never makes the statement true by
another fact or excerpt of the deck, and never names what the rest of the statement names.

Whether a card shows the true or the false statement is a coin seeded by its id, and
the deck's cards are balanced once all are made (true_false_drafts).
"""

from __future__ import annotations

from trainer.core.answering.approximate import question_approximates
from trainer.core.authored import Excerpt, Fact
from trainer.core.deck.answer_types import field_spec
from trainer.core.deck.card_ids import card_id, stable_seed, template_slot
from trainer.core.generate.accepted import asks_for_person
from trainer.core.generate.answer_kinds import being_of, thing_of
from trainer.core.generate.beings import Being
from trainer.core.generate.card_language import card_frame
from trainer.core.generate.context import (
    CardSink,
    DeckIndex,
    Diagnostics,
    build_card,
    seeded_random,
)
from trainer.core.generate.falsity import Falsity
from trainer.core.generate.field_display import date_prepositions, shown_values
from trainer.core.generate.kind_fields import field_kind_of
from trainer.core.generate.like_facts import accepted_for, same_precision, strays_from_tags
from trainer.core.generate.measure_kinds import in_people_noun_of, other_people_counted
from trainer.core.generate.name_styles import UNLIKE_NAMES, unlikeness
from trainer.core.generate.nested_values import may_be_true_too, refers_back, said_beside
from trainer.core.generate.option_rules import OptionRules, value_class, value_parts
from trainer.core.generate.pools import SMALL_POOL
from trainer.core.generate.prompt_giveaways import word_given_away
from trainer.core.generate.references import naming_kind
from trainer.core.generate.swap_shortfalls import LeftOut, no_swap_message
from trainer.core.generate.template_grammar import swap_breaks_agreement, warn_of_disagreement
from trainer.core.generate.templates import PreparedTemplate
from trainer.core.generate.trivial_swaps import (
    group_first,
    kind_in_its_subject,
    names_people,
    of_its_groups,
    outside_its_group,
    too_far,
)
from trainer.core.generate.true_false_drafts import TrueFalseDraft, shown
from trainer.core.generate.unstated_answers import unstated_message
from trainer.core.model import Answer, AnswerType, CardKind
from trainer.core.name_sexes import other_sexes, sex_known
from trainer.core.sex_words import sex_asked

# How unlike a swapped value of another shape is (more people, or fewer): worse than any
# rank of `unlikeness`.
ANOTHER_SHAPE = UNLIKE_NAMES + 1


def true_false_card(
    index: DeckIndex,
    excerpt: Excerpt,
    fact: Fact,
    prepared: PreparedTemplate,
    sink: CardSink,
    report: Diagnostics,
    falsity: Falsity,
) -> TrueFalseDraft | None:
    """The card `prepared` makes from `fact`, shown true if its coin says so (for now)."""
    template = prepared.template
    id_ = card_id(index.deck.id, excerpt.id, template_slot(fact.id, template.id))
    rng = seeded_random(id_)
    coin = rng.random()
    swap = template.swap
    true_value = fact.values[swap]
    rest = prepared.pattern.render({**fact.values, swap: ""})
    accepted = accepted_for(index, true_value, fact.accepts.get(swap, ()))
    if on_its_face := kind_in_its_subject(template.id, fact, prepared.pattern.fields, swap):
        report.warning(fact.location, on_its_face)
        return None  # "The Andromeda Galaxy is a star"
    # The sex the rest of the statement says of the true one ("the jilted woman …").
    said = sex_asked(rest)
    known = index.known_sexes()
    # The template's pool, looked up once for the card (it is asked for four times).
    own_pool = prepared.pool(index)
    rules = OptionRules.of(
        true_value,
        accepted,
        rest,
        person=asks_for_person(swap, "") or names_people(own_pool, true_value, said, known),
        also_named=index.aliases_named_in(rest),
        # A number within the field's tolerance of the true one would make it true too,
        # as would one near it where the statement says "about" it.
        tolerance=field_spec(index.deck.fields, swap).tolerance,
        approximate=question_approximates(prepared.pattern.render({**fact.values, swap: "[]"})),
    )
    reference = naming_kind(index.reference(fact), rest)
    sibling, widened, any_candidate, far_off = None, False, False, False
    # Values left out as less or more precise than the true one, or as maybe true too.
    vague = nested = disagrees = unsexed = other_kind = False
    # In a field of beings, a person, an animal or a thing, as the deck's tags and words
    # say, as options are ("Ham was the first American in space" is false on its face
    # once the deck says Ham is an animal). Tags of a field of places or years say what
    # their facts are about, not what the values are.
    kinds, tags_of = index.known_kinds(), index.pool(swap).tags_of

    # Elsewhere the deck's words and the names themselves say it, not the tags: "HMS
    # Dreadnought was the 1906 conference …" is false on its face too, as is a ship for
    # a conference ("a thing of another kind": `beings.thing_class`).
    def being(value: str) -> Being | None:
        return being_of(value, tags_of(value) or () if rules.person else (), known, kinds.beings)

    true_being = being(true_value)
    true_thing = thing_of(true_value, kinds.things) if true_being is Being.THING else None
    field_kind = field_kind_of(index, swap, fact)  # "The Mariana Trench is the largest lake"
    # A person named unlike the true one ("Ham" for "Alan Shepard") only if nothing else
    # will do, and one of the other sex before a value that is no person's name; a value
    # from outside the fact's groups (another novel's character) after all of those.
    unlike: tuple[int, str, bool] | None = None
    kind = value_class(true_value, own_pool.declared)
    shape = len(value_parts(true_value))
    asked = said if rules.person else None
    # A character of the true one's novel first: of two values as like the true one (of
    # its sex, its shape), the first tried is kept, so one of another novel only when
    # none of its own will do.
    # Never one the rest of the statement names ("… is the convict hunted by Javert").
    in_group = of_its_groups(index, prepared, fact, stable_seed(id_))
    refusals: dict[str, bool] = {}

    def refused(value: str) -> bool:
        if (known_refusal := refusals.get(value)) is None:
            known_refusal = refusals[value] = rules.refuses(value)
        return known_refusal

    tried: set[str] = set()
    for pool in (own_pool, index.pool(swap)):
        # A large pool ranks a sample first, and all of itself if no value there will do.
        for need in (1, len(pool) + 1):
            ranked = pool.ranked(reference, true_value, rules, rng, need)
            # "… a charge of 1+" for "1−": the value but for its sign, first.
            for value in group_first(true_value, in_group, ranked, refused):
                if value in tried:
                    continue
                tried.add(value)
                if too_far(value, true_value, kind):
                    far_off = True
                    continue
                if not same_precision(true_value, value, pool.declared):
                    vague = True
                    continue
                if (
                    (not rules.person and may_be_true_too(true_value, value))
                    or said_beside(true_value, value, excerpt.text, (excerpt.facts, swap))
                    or (rules.person and refers_back(true_value, value, excerpt.text))
                ):
                    nested = True
                    continue
                if swap_breaks_agreement(prepared.pattern, fact.values, swap, value):
                    disagrees = True
                    continue
                if (
                    (true_being is not None and being(value) not in (None, true_being))
                    or (
                        true_thing is not None
                        and thing_of(value, kinds.things) not in (None, true_thing)
                    )
                    or (field_kind is not None and field_kind.other(value))
                ):
                    other_kind = True
                    continue
                if (
                    asked is not None
                    and (
                        other_sexes(true_value, value, asked, known)
                        or sex_known(value, known) is None
                    )
                ) or (said is not None and other_sexes(true_value, value, said, known)):
                    # "Harrison Schmitt was the first woman in space": false on its face
                    # to a learner who knows he is a man, and no test of the fact; so is
                    # "Atalanta went down to bring back his wife", of a field not of people.
                    unsexed = True
                    continue
                any_candidate = True
                if falsity.holds(template.id, prepared.pattern, prepared.facts, fact, swap, value):
                    continue
                if shape and len(value_parts(value)) not in (0, shape):
                    # "Belka and Strelka became the first animal …" for Laika: a pair for
                    # one reads false on its face, so only when nothing else will do.
                    rank = ANOTHER_SHAPE
                elif other_people_counted(true_value, value):
                    rank = ANOTHER_SHAPE  # "about 250,000 troops" for "200,000 people" fled
                elif rules.person:
                    rank = unlikeness(true_value, value, asked, excerpt.text, known)
                else:
                    rank = 0
                if not rank:
                    sibling = value
                    break
                if unlike is None or rank < unlike[0]:
                    unlike = (rank, value, widened)
            if sibling is not None or len(pool) <= SMALL_POOL:
                break
        if sibling is not None:
            break
        widened = True
    if sibling is None and unlike is not None:
        _, sibling, widened = unlike
        if sibling is not None:
            sibling = in_people_noun_of(true_value, sibling)  # not "… fled was 250,000 troops"
    if sibling is None:
        # Decided regardless of the coin, so a card never comes and goes with it.
        left_out = LeftOut(any_candidate, unsexed, other_kind, nested, disagrees, vague, far_off)
        message = no_swap_message(fact.id, swap, template.id, true_value, kind, left_out)
        report.warning(fact.location, message)
        return None
    if outside := outside_its_group(index, prepared, fact, sibling, in_group, rules.person):
        report.warning(fact.location, outside)  # "In Twelfth Night, Claudius is …"
        return None
    if widened:
        report.warning(
            fact.location,
            f"template '{template.id}' finds no like fact whose '{swap}' can make fact "
            f"'{fact.id}' false, so the false statement takes one from every fact's '{swap}'",
        )
    elif strays_from_tags(own_pool, fact, (sibling,), reference):
        report.warning(
            fact.location,
            f"template '{template.id}' finds no fact tagged {_tags(fact)} like fact "
            f"'{fact.id}' whose '{swap}' can make it false, so the false statement takes "
            f"'{sibling}' from a fact without those tags: tag more facts alike",
        )
    if (word := word_given_away(rest, true_value)) is not None:
        # "The flight to Varennes took place in Varennes": true on its face, and its
        # false twin reads false for the same reason.
        report.warning(
            fact.location,
            f"template '{template.id}' for fact '{fact.id}': its statement names "
            f"'{word}' of its true '{swap}' '{true_value}' elsewhere, giving the answer away",
        )
    # A statement whose truth the excerpt never says is true or false by what it does not teach.
    what = f"its statement's true {swap}"
    if (unstated := unstated_message((true_value, *accepted), excerpt, what)) is not None:
        report.warning(fact.location, f"template '{template.id}' for fact '{fact.id}': {unstated}")
    warn_of_disagreement(report, template.id, prepared.pattern, fact)
    fields = index.deck.fields
    swapped = {**fact.values, swap: sibling}
    frame = card_frame(excerpt.text, template.statement)
    draft = TrueFalseDraft(
        position=len(sink.cards),
        coin=coin,
        card_id=id_,
        true_statement=prepared.pattern.render_sentence(
            index.shown_values(fact, frame),
            date_prepositions(fields, fact.values, prepared.pattern.prepositioned),
        ),
        false_statement=prepared.pattern.render_sentence(
            shown_values(fields, swapped, frame),
            date_prepositions(fields, swapped, prepared.pattern.prepositioned),
        ),
    )
    card = build_card(
        index,
        id=id_,
        excerpts=(excerpt,),
        kind=CardKind.TRUE_FALSE,
        prompt="",
        answer=Answer(AnswerType.CHOICE, ""),
        choices=frame.verdicts,
        tags=(*template.tags, *fact.tags),
    )
    if not sink.add(card, fact.location):
        return None
    sink.cards[draft.position] = shown(card, draft, draft.coin < 0.5)
    return draft


def _tags(fact: Fact) -> str:
    return ", ".join(fact.tags)
