"""The forms of English irregular verbs, by their plain form: "took" and "taken" are "take".

A typed answer may restate its question as a sentence: asked "What title did Napoleon
take?", a learner writes "He took the title of First Consul". The question's own verb,
in another form, adds nothing; a regular past is read by its stem (`past_stems`), and
an irregular one needs this table.
"""

from __future__ import annotations

# Plain form, past, past participle (and a second past or participle after a slash).
_VERBS = """
arise arose arisen; awake awoke awoken; be was/were been; bear bore borne/born;
beat beat beaten; become became become; begin began begun; bend bent bent;
bind bound bound; bite bit bitten; bleed bled bled; blow blew blown; break broke broken;
breed bred bred; bring brought brought; build built built; burn burnt burnt;
buy bought bought; catch caught caught; choose chose chosen; cling clung clung;
come came come; creep crept crept; deal dealt dealt; dig dug dug; do did done;
draw drew drawn; dream dreamt dreamt; drink drank drunk; drive drove driven;
eat ate eaten; fall fell fallen; feed fed fed; feel felt felt; fight fought fought;
find found found; flee fled fled; fly flew flown; forbid forbade forbidden;
forget forgot forgotten; forgive forgave forgiven; freeze froze frozen; get got got/gotten;
give gave given; go went gone; grind ground ground; grow grew grown; hang hung hung;
have had had; hear heard heard; hide hid hidden; hold held held; keep kept kept;
kneel knelt knelt; know knew known; lay laid laid; lead led led; lean leant leant;
leap leapt leapt; learn learnt learnt; leave left left; lend lent lent; lie lay lain;
light lit lit; lose lost lost; make made made; mean meant meant; meet met met;
overcome overcame overcome; overtake overtook overtaken; overthrow overthrew overthrown;
pay paid paid; prove proved proven; ride rode ridden; ring rang rung; rise rose risen;
run ran run; say said said; see saw seen; seek sought sought; sell sold sold;
send sent sent; sew sewed sewn; shake shook shaken; shine shone shone; shoot shot shot;
show showed shown; shrink shrank shrunk; sing sang sung; sink sank sunk; sit sat sat;
slay slew slain; sleep slept slept; slide slid slid; sling slung slung; speak spoke spoken;
speed sped sped; spend spent spent; spin spun spun; spit spat spat; spring sprang sprung;
stand stood stood; steal stole stolen; stick stuck stuck; sting stung stung;
stride strode stridden; strike struck struck; strive strove striven; swear swore sworn;
sweep swept swept; swim swam swum; swing swung swung; take took taken; teach taught taught;
tear tore torn; tell told told; think thought thought; throw threw thrown;
tread trod trodden; undergo underwent undergone; understand understood understood;
undertake undertook undertaken; wake woke woken; wear wore worn; weave wove woven;
weep wept wept; win won won; wind wound wound; withdraw withdrew withdrawn;
write wrote written
"""


def _forms() -> dict[str, str]:
    forms: dict[str, str] = {}
    for entry in _VERBS.split(";"):
        plain, *others = entry.split()
        for other in others:
            for form in other.split("/"):
                # A form that is another verb's plain form ("found", "lay", "ground",
                # "wound") is read as that verb: only its own table entry says more.
                forms.setdefault(form, plain)
    return forms


# Each irregular form (past or participle) with the verb's plain form.
PLAIN_FORMS = {form: plain for form, plain in _forms().items() if form != plain}
# The past participles ("eaten", "gone", "been"): after "he's", "has" ("he's gone").
PAST_PARTICIPLES = frozenset(
    form for entry in _VERBS.split(";") for form in entry.split()[-1].split("/")
)
# The plain forms themselves, and every other form, under the verb's plain form.
_VERB_WORDS = frozenset(PLAIN_FORMS) | frozenset(PLAIN_FORMS.values())


def plain_form(word: str) -> str:
    """The plain form of an irregular verb's past or participle ("took" → "take");
    `word` itself for any other word."""
    return PLAIN_FORMS.get(word, word)


def same_irregular_verb(word: str, words: frozenset[str]) -> bool:
    """Whether `word` is a form of an irregular verb that `words` holds in another form:
    "took" where the question says "take", "become" where it says "became"."""
    if word not in _VERB_WORDS:
        return False
    plain = plain_form(word)
    return any(other in _VERB_WORDS and plain_form(other) == plain for other in words)
