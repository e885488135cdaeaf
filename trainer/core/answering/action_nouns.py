"""Nouns that name a verb's action in another shape than its stem ("sale" of "sell",
"death" of "die", "arrival" of "arrive"), read as one word with the verb's forms.

Asked "What practice did Luther attack?", a learner writes "selling indulgences" for
"the sale of indulgences": the same claim. A noun made by adding "-ion" or "-ing" to its
verb is matched by the shared stem already (`word_match._derived_form`); these are the
nouns whose stem changes, by a rule of Latin's ("expulsion" of "expel", "admission" of
"admit", "description" of "describe") or none ("destruction" of "destroy", listed), and
those that add an ending no stem rule reads ("-al", "-ure"). A rule reads only a verb
common in English with a common past, and never the nouns it would give another verb:
"revolution" is no "revolving", nor "tension" "tending", nor "position" "posing".
"""

from __future__ import annotations

from functools import lru_cache

from trainer.core.answering.irregular_verbs import plain_form
from trainer.core.lexicon import frequency

# Noun and its verb (a noun of two verbs, or spelled two ways, once for each).
_PAIRS = """
sale sell; death die; loss lose; growth grow; choice choose; defence defend;
defense defend; proof prove; flight flee; flight fly; thought think; speech speak;
belief believe; relief relieve; theft steal; conquest conquer; entry enter;
complaint complain; receipt receive; laughter laugh; pursuit pursue; descent descend;
ascent ascend; response respond; offence offend; offense offend; advice advise;
hatred hate; marriage marry; knowledge know; service serve; destruction destroy;
succession succeed; coronation crown; analysis analyse; analysis analyze;
rebellion rebel; occupation occupy; unification unify; acquisition acquire;
deposition depose; intervention intervene; persuasion persuade; invasion invade;
explosion explode; erosion erode; repetition repeat; competition compete;
opposition oppose; exhibition exhibit; intention intend; attention attend;
detention detain; retention retain; maintenance maintain; obedience obey;
assistance assist; resistance resist; acceptance accept; appearance appear;
performance perform; disappearance disappear; renewal renew; betrayal betray;
withdrawal withdraw; dismissal dismiss; failure fail; departure depart;
"""


def _pairs() -> dict[str, frozenset[str]]:
    verbs: dict[str, set[str]] = {}
    for entry in _PAIRS.split(";"):
        if entry.strip():
            noun, verb = entry.split()
            verbs.setdefault(noun, set()).add(verb)
    return {noun: frozenset(each) for noun, each in verbs.items()}


_VERBS_OF_NOUNS = _pairs()
# Endings that make a noun of a verb, each verb read again by a rule where the ending
# changed its stem: "arrival" of "arrive", "denial" of "deny", "acquittal" of "acquit",
# "seizure" of "seize". A noun that keeps its verb whole ("failure") is listed.
_RULED_ENDINGS = ("al", "ure")
# Latin nouns whose verb's stem changes by rule: "expulsion" of "expel", "admission" of
# "admit", "extension" of "extend", "description" of "describe", "consumption" of
# "consume", "reception" of "receive", "absorption" of "absorb", "solution" of "solve",
# "abolition" of "abolish".
_LATIN_STEMS = (
    *(("ulsion", "el"), ("ission", "it"), ("ension", "end"), ("ansion", "and")),
    *(("ription", "ribe"), ("umption", "ume"), ("eption", "eive"), ("orption", "orb")),
    *(("olution", "olve"), ("olition", "olish")),
)
# Nouns the rules would read as another verb's: a revolution is no revolving, a tension
# no tending, a commission no committing.
_OTHER_NOUNS = frozenset({"revolution", "tension", "commission", "pension", "mansion"})
# A verb a rule reads must be this common in English ("acquit" 724, "enclose" 582): the
# "porte" of "portal" (101) is a name, no verb.
_VERB_FLOOR = 500


def _verbs_of(noun: str) -> frozenset[str]:
    """The verbs whose action `noun` (folded) names."""
    listed = _VERBS_OF_NOUNS.get(noun)
    if listed is not None:
        return listed
    if noun in _OTHER_NOUNS:
        return frozenset()
    for ending, verb_ending in _LATIN_STEMS:
        if noun.endswith(ending):
            verb = noun[: -len(ending)] + verb_ending
            return frozenset({verb}) if _common_verb(verb) else frozenset()
    for ending in _RULED_ENDINGS:
        if noun.endswith(ending) and len(noun) > len(ending) + 3:
            # Only a stem the ending changed: "signal" is no "sign", nor "culture" "cult".
            stem = noun[: -len(ending)]
            candidates = {stem + "e"}
            if stem.endswith("i"):
                candidates.add(stem[:-1] + "y")  # denial: deny
            if stem[-1] == stem[-2]:
                candidates.add(stem[:-1])  # acquittal: acquit
            return frozenset(verb for verb in candidates if _common_verb(verb))
    return frozenset()


def _common_verb(word: str) -> bool:
    """Whether `word` is common in English, and so is a past of it: a verb ("arrive",
    "arrived"), not an adjective ("festive")."""
    if frequency(word) < _VERB_FLOOR:
        return False
    pasts = (word + "ed", word + "d", word[:-1] + "ied", word + word[-1] + "ed")
    return any(frequency(past) >= _VERB_FLOOR for past in pasts)


def _is_form_of(word: str, verb: str) -> bool:
    """Whether `word` is `verb` or one of its inflected forms: "selling", "sold", "dies",
    "denied", "admitting"."""
    if word == verb or plain_form(word) == verb:
        return True
    stems = {verb, verb[:-1] if verb.endswith("e") else verb, verb + verb[-1]}
    if verb.endswith("y"):
        stems.add(verb[:-1] + "i")
    if verb.endswith("ie"):
        stems.add(verb[:-2] + "y")  # die: dying
    return any(
        word == stem + ending
        for stem in stems
        for ending in ("s", "es", "ed", "d", "ing")
        if not (ending == "ing" and stem.endswith("i"))
    )


@lru_cache(maxsize=1 << 12)
def action_of_verb(expected: str, typed: str) -> bool:
    """Whether one folded word is a noun naming the action of a verb and the other a form
    of that verb: "sale" and "selling", "death" and "died", "arrival" and "arriving".
    A noun the rules read ("arrival") takes only the verb, its "-ing" or its past: a
    word in "-s" beside it may be another noun ("feats" of "feature")."""
    for noun, word in ((expected, typed), (typed, expected)):
        singular = noun[:-1] if noun.endswith("s") and not noun.endswith("ss") else noun
        for each in {noun, singular}:
            listed = each in _VERBS_OF_NOUNS
            if not listed and word.endswith("s"):
                continue
            if any(_is_form_of(word, verb) for verb in _verbs_of(each)):
                return True
    return False
