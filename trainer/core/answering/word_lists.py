"""The closed word classes text grading reads: function words, negators, hedges and descriptors.

Every list holds folded words (see `textnorm.fold`). They are deliberately small and
closed: a word missing here is treated as a content word, which is the strict choice.
"""

from __future__ import annotations

from trainer.core.answering.opposite_pairs import OPPOSITE_PAIRS

# The English articles.
ARTICLES = frozenset({"a", "an", "the"})

# Words that turn to the unit a rate is per: "per minute", "an hour", "each day".
PER_WORDS = frozenset({"per", "a", "an", "each", "every"})

# Grammar, not claims: articles, pronouns, auxiliaries and the prepositions that only
# link ("at Lipetsk", "the city of Kazan", "pay its war debts"). Prepositions that say
# something (before, after, under, against…) are content words, and so are quantifiers
# (only, all, some, most), since leaving them out or adding them changes the answer.
FUNCTION_WORDS = frozenset(
    {
        *("a", "an", "the", "of", "in", "on", "at", "to", "for", "from", "by", "with"),
        *("into", "onto", "upon", "as", "about", "via", "per", "than", "that", "which"),
        *("who", "whom", "whose", "what", "this", "these", "those", "there", "here"),
        *("it", "its", "he", "him", "his", "she", "her", "hers", "they", "them", "their"),
        *("theirs", "we", "us", "our", "you", "your", "i", "me", "my", "oneself"),
        *("himself", "herself", "itself", "themselves"),
        *("is", "was", "were", "be", "been", "being", "are", "am", "has", "have", "had"),
        *("do", "does", "did", "will", "would", "shall", "should", "can", "could", "may"),
        *("might", "must", "ca", "wo", "sha"),
        *("very", "just", "really", "quite", "rather", "so", "then", "also", "too"),
        *("already", "actually", "indeed"),
        *("both", "called", "named", "known", "number", "percent", "cent", "one"),
        # An answer to "Why …?" may open with it or not: "because it forms water".
        "because",
        # Particles of names: "Leonardo da Vinci" = "Leonardo di Vinci".
        *("da", "di", "de", "del", "della", "der", "den", "van", "von", "du", "la", "le"),
    }
)

# Verbs that only link a thing to the state it comes to ("it goes floppy", "limewater
# turns milky", "it becomes flaccid") or stays in ("it stays firm"). Before the state,
# the verb may be left out ("milky"), and one of a group typed for another ("it becomes
# floppy"); a coming-to verb is no staying one ("it stays floppy" is another claim).
LINKING_VERB_GROUPS = (
    frozenset(
        {
            *("go", "goes", "went", "going", "turn", "turns", "turned", "turning"),
            *("become", "becomes", "became", "becoming", "get", "gets", "got", "getting"),
            *("grow", "grows", "grew", "growing"),
        }
    ),
    frozenset({"stay", "stays", "stayed", "staying", "remain", "remains", "remained"}),
)
LINKING_VERBS = frozenset().union(*LINKING_VERB_GROUPS)

# British spellings in -re of American -er words ("centre", "kilometre", "theatres"). The
# lexicon derives a British -re form from any -er word, so "formre", a slip in "former",
# would pass for a spelling; only words ending in one of these are.
BRITISH_RE_WORDS = (
    *("centre", "metre", "litre", "theatre", "mitre", "nitre", "titre", "goitre"),
    *("lustre", "spectre", "sceptre", "sepulchre", "ochre", "fibre", "sabre"),
    *("calibre", "sombre", "meagre", "manoeuvre", "louvre", "reconnoitre", "saltpetre"),
    *("philtre", "accoutre", "lucre"),
)

# Words that open a phrase saying when or where, after a whole answer: "sunlight during
# an eclipse", "Kazan near the Volga". Like a function word there, they start a phrase
# that adds to the answer without changing it (before, after, under… are QUALIFIERS).
PHRASE_OPENERS = frozenset(
    {
        *("during", "near", "through", "throughout", "across", "along", "around"),
        *("inside", "within", "beside", "among", "amongst", "while", "whilst"),
        *("when", "where", "whereas"),
    }
)

# Words that turn a statement into its opposite. A typed answer that adds or drops one
# is never a typo ("with strings attached" / "without strings attached").
NEGATORS = frozenset(
    {
        *("not", "no", "never", "without", "nothing", "none", "nor", "neither"),
        *("nobody", "nowhere", "non", "cannot"),
        # French "ne … pas", whose "ne" is often elided or dropped ("n'est pas", "est
        # pas"): "ne pas être" is not "être"; and the negations of Spanish and German.
        *("ne", "pas", "jamais", "nunca", "nicht", "kein", "keine"),
    }
)
# Prefixes that negate the rest of a word: "unnatural", "nonviolent", "disagree".
NEGATING_PREFIXES = ("un", "non", "in", "im", "il", "ir", "dis", "a")
# "a-" negates only an adjective of these endings ("amoral", "atypical", "asymmetric",
# "atheist"); before other words it makes another word of the same sense ("around",
# "awake", "ashore", "arise").
A_NEGATES_ENDINGS = ("al", "ic", "ics", "ous", "ive", "ist", "ists", "ism", "ar")

# Words that join several answers into one: "Lipetsk or Kazan", "Kazan and Lipetsk".
# Together with an extra content word they make a hedge, which is never right.
# Or and and in the languages vocabulary decks teach too: "avez ou avons", "oder".
HEDGE_WORDS = frozenset(
    {"or", "and", "either", "maybe", "perhaps", "probably", "possibly", "versus", "vs", "nor"}
    | {"ou", "oder", "ni"}
)

# Generic descriptors and titles: naming the kind of thing adds no claim ("the city of
# Kazan", "Mount Everest", "the planet Mars", "Sir Isaac Newton", "8849 m").
DESCRIPTORS = frozenset(
    {
        *("city", "town", "village", "capital", "port", "river", "lake", "sea", "ocean"),
        *("mount", "mt", "mountain", "mountains", "island", "islands", "desert"),
        *("country", "state", "region", "province", "republic", "place", "area"),
        *("planet", "element", "gas", "metal", "molecule", "particle"),
        # Kinds of substance and of the body's parts: "the enzyme amylase", "the antibiotic
        # penicillin", "the hormone insulin".
        *("enzyme", "hormone", "protein", "antibiotic", "drug", "mineral", "organelle"),
        *("sir", "saint", "st", "dr", "mr", "mrs", "ms", "professor", "prof", "lord"),
        *("jr", "junior", "sr", "senior"),
        *("king", "queen", "emperor", "tsar", "czar", "president", "general"),
        *("painter", "composer", "writer", "poet", "author", "artist", "scientist"),
        *("physicist", "chemist", "philosopher", "firm", "company", "newspaper"),
        *("astronomer", "mathematician", "engineer", "inventor", "explorer", "astronaut"),
        *("cosmonaut", "pilot", "biologist", "economist", "historian", "judge", "justice"),
        *("politician", "statesman", "diplomat", "activist", "revolutionary", "sculptor"),
        # Spans of history named by their kind: "the Ming Empire", "the Shōwa period".
        *("empire", "kingdom", "realm", "period", "era", "age"),
        # Beings of myth named by their kind: "the god Mars", "Minerva, goddess of wisdom".
        *("god", "goddess", "deity", "hero", "heroine", "titan", "titaness", "nymph"),
        # Animals named by their kind: "the dog Laika", "the chimpanzee Ham".
        *("dog", "chimpanzee", "chimp", "monkey", "cat", "ape", "animal", "horse"),
        *("treaty", "year", "years", "century", "date", "day", "ad", "bc", "ce", "bce"),
        *("degrees", "degree", "celsius", "fahrenheit", "c", "f", "k", "kelvin"),
        *("m", "km", "kg", "g", "cm", "mm", "metres", "meters", "kilometres", "miles"),
        *("hectares", "people", "men", "inhabitants", "residents", "persons"),
        *("word", "name", "answer", "term"),
        # Craft and works, named by what they are: "the Vostok 1 capsule", "the novel
        # Middlemarch", "the ship Beagle".
        *("ship", "vessel", "boat", "steamer", "spacecraft", "spaceship", "capsule"),
        *("satellite", "probe", "rocket", "aircraft", "airship", "plane", "mission"),
        *("book", "novel", "play", "opera", "poem", "film", "painting", "symphony"),
        *("museum", "gallery"),
    }
)

# Words that, added to an answer, pick out another thing: "North Korea" is not Korea,
# "the Second law" is not the first. Never ignored as extra words.
QUALIFIERS = frozenset(
    {
        *("north", "south", "east", "west", "northern", "southern", "eastern", "western"),
        *("central", "upper", "lower", "inner", "outer", "new", "old", "great", "greater"),
        *("little", "lesser", "high", "low", "higher", "lower", "early", "late", "middle"),
        *("ancient", "modern", "former", "ex", "vice", "deputy", "acting", "sub", "semi"),
        *("anti", "pre", "post", "half", "mini", "micro", "macro", "major", "minor"),
        *("red", "white", "black", "green", "blue", "yellow", "left", "right", "far"),
        *("positive", "negative", "male", "female", "small", "large", "big", "short"),
        *("long", "single", "double", "triple", "first", "last", "next", "previous"),
        *("only", "all", "most", "least", "more", "less", "every", "each", "sole"),
        *("before", "after", "above", "below", "under", "over", "against", "except"),
        # The day before: "the eve of 9 November 1989" is 8 November.
        "eve",
        *("false", "fake", "pseudo", "proto", "super", "ultra", "hyper", "hypo"),
        # Prefixes written with a hyphen that make another movement, period or thing:
        # "Neo-Impressionism" is no Impressionism.
        *("neo", "quasi", "counter", "crypto", "para", "mid"),
        # How often or how far it holds, which takes back what the answer claims: "it
        # rarely decreases", "it is unlikely to fall", "it partly dissolves".
        *("rarely", "seldom", "occasionally", "scarcely", "unlikely", "partly", "partially"),
    }
)

# Adjectives of size, degree or pace, which say how much or how fast, not which kind:
# before a term the answer writes in lower case they add no claim ("a large surplus", "a
# severe shortage", "rapid inflation"). Words that make a kind ("natural monopoly",
# "total surplus", "high tide") are not among them.
DEGREE_ADJECTIVES = frozenset(
    {
        *("big", "bigger", "large", "larger", "huge", "enormous", "massive", "vast"),
        *("small", "smaller", "tiny", "slight", "modest", "minimal", "considerable"),
        *("substantial", "significant", "sizeable", "sizable", "severe", "serious"),
        *("acute", "extreme", "dramatic", "sharp", "steep", "sudden", "gradual"),
        *("rapid", "fast", "quick", "slow", "persistent", "growing", "increasing"),
        *("widespread", "temporary", "brief", "marked", "noticeable", "excessive"),
    }
)

# Titles written before a person's name, which an answer may leave out when a person's
# name follows: "Isaac Newton" for "Sir Isaac Newton", "Nicholas II" for "Tsar Nicholas
# II" (but not "George's Sound" for "King George's Sound": see text_match). A saint's
# "St" is not one of them: "St Helena" and "Santa Fe" are names of places, and "Helena"
# or "Fe" alone is another name.
PERSONAL_TITLES = frozenset(
    {
        *("sir", "dame", "lord", "lady", "dr", "doctor", "mr", "mrs", "ms", "miss"),
        *("professor", "prof", "king", "queen", "emperor", "empress", "tsar", "czar"),
        *("tsarina", "kaiser", "pope", "prince", "princess", "duke", "duchess"),
        *("president", "general", "admiral", "marshal", "colonel", "captain", "commander"),
        *("lieutenant", "sergeant", "chancellor", "premier", "senator", "governor"),
        *("comrade", "chairman", "cardinal", "bishop", "reverend", "rev"),
        # Offices held by a person named after them: "the MP William Huskisson", "Prime
        # Minister H. H. Asquith" ("prime" only ever before "minister": a title needs a
        # person's name after it, and titles in a row are read as one).
        *("mp", "mep", "minister", "prime", "secretary", "mayor", "ambassador", "consul"),
        *("doge", "sultan", "caliph", "shah", "archbishop", "abbot"),
        # A court's: "Justice Anthony Kennedy", "Chief Justice John Marshall".
        *("justice", "chief", "judge"),
        # Ranks, peerages and the clergy's: "Brigadier John Nicholson", "Earl Haig",
        # "Rabbi Akiva", "Inspector Lestrade".
        *("brigadier", "corporal", "commodore", "ensign", "inspector", "constable"),
        *("earl", "viscount", "baron", "baroness", "countess", "marquis", "marquess"),
        *("archduke", "archduchess", "rabbi", "imam", "pastor", "vicar", "pharaoh"),
    }
)

# Words that are titles only before a person's name, and common words anywhere else:
# "Major Robert Anderson" but "a major port", "Count Cavour" but "the count", "Field
# Marshal Haig" but "a field". Never a title typed on its own, nor a word asking for a
# person ("Which major city …?").
TITLES_BEFORE_NAMES_ONLY = frozenset(
    {"major", "private", "count", "field", "grand", "rear", "vice", "air", "crown"}
)

# Titles written after a ruler's or an officer's name, no surname: "Genghis Khan",
# "Kublai Khan", "Enver Pasha". The name before one is the person's ("Kublai"), and the
# title alone names any who held it.
TITLES_AFTER_NAMES = frozenset({"khan", "khagan", "pasha", "bey", "effendi"})

# Kinds of natural feature that make part of a place's name, and the words of a question
# that name each kind. One is left out of an answer only when the question names that
# kind: "Victoria" answers "What is the largest lake in Africa?" for "Lake Victoria", and
# "Everest" "Which mountain…?" for "Mount Everest". Other words of a place's name (Saint,
# San, Fort, Port, New…) are never left out: "Helena" is not St Helena, whatever the
# question.
PLACE_WORDS: dict[str, frozenset[str]] = {
    "mount": frozenset({"mount", "mountain", "mountains", "peak", "summit", "volcano"}),
    "lake": frozenset({"lake", "lakes"}),
    "loch": frozenset({"loch", "lake", "lakes"}),
    "river": frozenset({"river", "rivers"}),
    "planet": frozenset({"planet", "planets"}),
    "cape": frozenset({"cape", "capes", "headland"}),
}

# Generic head nouns written after a place's name ("Pacific Ocean", "Sahara Desert",
# "Hudson Bay"): one may be left out when the name before it is distinctive on its own
# ("the Pacific"; not "the Red" for the Red Sea). See `name_titles.generic_head_noun`.
# Not valley, basin or delta: without them "the Rhine", "the Amazon" name the river.
PLACE_HEAD_NOUNS = frozenset(
    {
        *("ocean", "sea", "river", "lake", "mountains", "mountain", "range", "hills"),
        *("island", "islands", "isles", "archipelago", "peninsula", "desert"),
        *("bay", "gulf", "strait", "straits", "channel", "sound", "canyon", "gorge"),
        *("falls", "glacier", "plateau", "reef", "trench", "volcano"),
        # Sites named after their place: "Baikonur" for "Baikonur Cosmodrome", "the
        # Wartburg" for "the Wartburg castle", "the Louvre" for "the Louvre museum".
        *("cosmodrome", "observatory", "spaceport"),
        *("castle", "palace", "fortress", "cathedral", "abbey", "museum", "gallery"),
        # A manor or a chapel by its name: "the Sistine" for "the Sistine Chapel". Not
        # "house" or "hall", which end titles and surnames too: "Bleak House", "The
        # Tenant of Wildfell Hall", "Radclyffe Hall".
        *("manor", "priory", "chapel"),
    }
)

# Kinds of place written after a name, each of which makes a place of its own of the
# name before it: "Kansas City", "the Hudson River", "Baker Street" (see
# `extra_words.place_kind_problem`).
PLACE_KINDS = PLACE_HEAD_NOUNS | frozenset(
    {
        *("city", "town", "village", "county", "district", "borough", "parish", "state"),
        *("province", "territory", "street", "road", "avenue", "square", "lane", "park"),
        *("port", "harbour", "harbor", "creek", "canal", "valley", "hill", "beach"),
        *("cape", "point", "fort", "castle", "palace", "station", "airport", "university"),
    }
)

# Short forms of the words above, read as the words themselves: "St Helena" is "Saint
# Helena", "Mt. Everest" "Mount Everest", "Ft Sumter" "Fort Sumter". Only before a
# name: "Baker St" is a street and "8 ft" is feet.
SHORT_PLACE_WORDS = {"st": "saint", "mt": "mount", "ft": "fort"}
# Words for a saint that open a name, folded, shared by many names ("São Gabriel", "São
# Cristóvão"; "St Paul's Cathedral"): no key to which one, and no possessor of their own.
SAINT_WORDS = frozenset({"st", "ste", "saint", "sainte", "sankt", "san", "santa", "santo", "sao"})
# Short forms of ranks and offices, read as the words themselves before a name: "Gen.
# MacArthur" is "General MacArthur", "Lt. Col. Custer" "Lieutenant Colonel Custer".
SHORT_TITLES = {
    **{"gen": "general", "col": "colonel", "lt": "lieutenant", "capt": "captain"},
    **{"adm": "admiral", "sgt": "sergeant", "maj": "major", "cmdr": "commander"},
    **{"brig": "brigadier", "cpl": "corporal", "gov": "governor", "sen": "senator"},
    **{"pres": "president", "insp": "inspector", "supt": "superintendent"},
}

# Titles and kinds of place written before a name: an extra one typed adds no claim
# ("Sir Isaac Newton" for "Isaac Newton", "Mount Kilimanjaro" for "Kilimanjaro").
TITLES = PERSONAL_TITLES | PLACE_WORDS.keys() | {"saint", "st", "mt", "fort", "port"}

# Words that say which way, or how much, a thing changes or compares, other than the
# verbs of `DIRECTION_GROUPS` and comparatives of size: each is said of a subject ("Spain
# gained and Britain lost"), each pair once. Opposites too (see `OPPOSITES`).
# The first of each pair of `GROWTH_PAIRS` goes up as "rises" does, the second down.
GROWTH_PAIRS = (
    *(("gain", "lose"), ("gains", "loses"), ("gained", "lost"), ("gaining", "losing")),
    *(("expand", "contract"), ("expands", "contracts"), ("expanded", "contracted")),
    *(("expanding", "contracting"), ("strengthen", "weaken"), ("strengthens", "weakens")),
    *(("strengthened", "weakened"), ("appreciate", "depreciate"), ("appreciates", "depreciates")),
    *(("appreciated", "depreciated"), ("accelerates", "decelerates"), ("speeds", "slows")),
)
CHANGE_PAIRS = (
    *GROWTH_PAIRS,
    *(("win", "lose"), ("wins", "loses"), ("won", "lost"), ("winning", "losing")),
    *(("improve", "worsen"), ("improves", "worsens"), ("improved", "worsened")),
    *(("high", "low"), ("most", "least"), ("many", "few"), ("more", "fewer")),
    *(("strong", "weak"), ("fast", "slow"), ("rich", "poor"), ("hot", "cold"), ("warm", "cool")),
    *(("long", "short"), ("early", "late"), ("big", "small")),
    *(("large", "small"), ("wide", "narrow"), ("deep", "shallow"), ("cheap", "expensive")),
    *(("up", "down"), ("upward", "downward"), ("upwards", "downwards")),
    *(("contracts", "relaxes"), ("contracted", "relaxed"), ("opens", "closes")),
    *(("attracts", "repels"), ("absorbs", "emits"), ("accepts", "rejects"), ("heats", "cools")),
    *(("positive", "negative"), ("acidic", "alkaline"), ("open", "closed"), ("full", "empty")),
)


def _both_ways(pairs: tuple[tuple[str, str], ...]) -> dict[str, frozenset[str]]:
    found: dict[str, set[str]] = {}
    for first, second in pairs:
        found.setdefault(first, set()).add(second)
        found.setdefault(second, set()).add(first)
    return {word: frozenset(others) for word, others in found.items()}


# Two spellings of one word that the British/American rule does not relate: a word with
# or without its "-s", "a-" or "-st", or a past tense in "-t" or "-ed".
SAME_WORDS = _both_ways(
    (
        *(("round", "around"), ("toward", "towards"), ("among", "amongst")),
        *(("while", "whilst"), ("amid", "amidst"), ("upward", "upwards")),
        *(("downward", "downwards"), ("forward", "forwards"), ("backward", "backwards")),
        *(("afterward", "afterwards"), ("learnt", "learned"), ("spelt", "spelled")),
        *(("burnt", "burned"), ("dreamt", "dreamed"), ("leapt", "leaped")),
        *(("spoilt", "spoiled"), ("got", "gotten"), ("op", "opus")),
        *(("jr", "junior"), ("sr", "senior")),
    )
)

# Abbreviations of the parts of a law or a book, typed for the word ("Art. 6" for
# "Article 6"); one way only, since "article" is no way of writing the word "art".
ABBREVIATED_WORDS = {
    "art": "article", "arts": "articles", "para": "paragraph", "paras": "paragraphs",
    "vol": "volume", "vols": "volumes",
}  # fmt: skip

# Verbs of going up and going down, each group in all its forms: one verb of a group
# typed for another is the same claim ("it decreases" for "it falls"), and one of the
# other group its opposite ("it rises", "lowers interest rates" for "raises …").
DIRECTION_GROUPS = (
    frozenset(
        {
            *("rise", "rises", "rose", "risen", "rising", "raise", "raises", "raised"),
            *("raising", "increase", "increases", "increased", "increasing"),
            *("grow", "grows", "grew", "grown", "growing", "climb", "climbs", "climbed"),
            *("climbing", "soar", "soars", "soared", "soaring", "boost", "boosts"),
            *("boosted", "boosting"),
        }
    ),
    frozenset(
        {
            *("fall", "falls", "fell", "fallen", "falling", "lower", "lowers", "lowered"),
            *("lowering", "decrease", "decreases", "decreased", "decreasing", "drop"),
            *("drops", "dropped", "dropping", "decline", "declines", "declined", "declining"),
            *("reduce", "reduces", "reduced", "reducing", "shrink", "shrinks", "shrank"),
            *("shrunk", "shrinking", "diminish", "diminishes", "diminished", "diminishing"),
            *("plunge", "plunges", "plunged", "plunging", "plummet", "plummets"),
            *("plummeted", "plummeting", "slump", "slumps", "slumped", "slumping"),
            *("cut", "cuts", "cutting", "lessen", "lessens", "lessened", "lessening"),
            *("slash", "slashes", "slashed", "slashing"),
        }
    ),
)

# Each word's opposites: some have several ("lower" is the opposite of "higher" and of
# "upper"). Verbs of going up and down are opposites by their groups (see directions).
OPPOSITES = _both_ways((*OPPOSITE_PAIRS, *CHANGE_PAIRS))
CHANGE_WORDS = frozenset(word for pair in CHANGE_PAIRS for word in pair)

# Kin a person is named by after their name, through "of": "Perseus, son of Zeus".
KIN_WORDS = frozenset(
    {
        *("son", "daughter", "father", "mother", "wife", "husband", "brother", "sister"),
        *("child", "grandson", "granddaughter", "widow", "heir", "pupil", "student"),
    }
)

# "Who" in the other languages a deck is written in (French, German, Spanish, Italian):
# "¿Quién ganó …?", "Wer schrieb …?", "Qui a …?", "Chi ha …?"; and the prepositions a
# question may open with before it: "¿A quién …?", "Mit wem …?", "A chi …?".
FOREIGN_WHO_WORDS = frozenset({"qui", "wer", "wen", "wem", "wessen", "quien", "quienes", "chi"})
PREPOSITIONS_BEFORE_WHO = frozenset({"a", "de", "con", "para", "mit", "von", "fur", "di", "per"})
