"""Whether a person's name is a woman's or a man's, where its given name or title says so plainly.

A question that asks for "the first woman in space" and offers Valentina Tereshkova among
Alan Shepard, Alexei Leonov and John Glenn has given its answer away: the only woman is
the only guess. Options for a person are drawn of the answer's sex first, and an answer
that is the only one of its sex among its options is warned of (see `name_styles`).

A name's sex is read from its first word only: a title of a woman or a man ("Queen
Victoria", "Sir Isaac Newton"), or a given name. The women's given names are listed;
every other given name the lexicon knows is a man's (those that are as often surnames
too, "Curtis", "Dean", where they open a name), but for the names that are given to
both, or are a man's in one language and a woman's in another ("Andrea", "Jean",
"Evelyn", "Sasha"), which say nothing. A lone name ("Laika", "Lenin") says nothing
either.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from enum import Enum
from functools import lru_cache
from types import MappingProxyType

from trainer.core import lexicon
from trainer.core.answering.normalise import fold
from trainer.core.name_forms import FAMILIAR_FORMS


class Sex(Enum):
    """What a name says of its bearer."""

    FEMALE = "woman"
    MALE = "man"


# Women's given names, folded: the commonest of English, French, German, Italian, Spanish,
# Portuguese, Dutch, Scandinavian, Polish and Russian, and those a course is likely to
# name (scientists, rulers, writers, cosmonauts).
_WOMEN = frozenset(
    """abigail ada adelaide adele adelheid adriana adrienne agatha agathe agnes agnieszka
    aileen alberta alexandra alexandrine alice alicia alina aline alison amalia amalie
    amanda amelia amelie amy anastasia anastasiya andrée angela angelica angelika angelique
    anita ann anna annabel annabella anne annette annie antoinette antonia antonietta
    arabella ariane astrid augusta aurelia aurelie aurora barbara beatrice beatrix beatriz
    benazir benedetta bernadette berta bertha bettina betty birgit birgitta blanca blanche
    brigitte bridget camilla carla carlota carlotta carmen carolina caroline catalina
    catarina caterina catherine cecile cecilia cecily celeste celia celine charlotte
    chiara christa christiane christina christine cinzia clara clarissa claire clare
    claudia claudine clementine colette concepcion constance constanze cordelia cornelia
    cristina daniela danielle daria darya deborah delphine denise diana diane dolores
    dora doris dorothea dorothee dorothy edith edwige elaine eleanor eleonora eleonore
    elena eliane elisa elisabeth elisabetta elise eliza elizabeth ella ellen eloise elsa
    else elvira emilia emilie emily emma emmeline emmy erika ernestine esmeralda estelle
    esther ethel eugenia eugenie eva evita ewa fanny felicia felicitas felicite fiona
    flora florence francesca francine frances francoise frederique frida friederike
    gabriela gabriele gabriella gabrielle galina genevieve georgette georgia georgina
    geraldine gertrud gertrude ghislaine gillian gina giovanna gisela giselle giulia
    germaine giuseppina gloria golda grace grazia greta gretchen gudrun guadalupe halina hanna
    hannah harriet hedwig heidi helen helena helene helga heloise henrietta henriette
    hermine hilda hildegard hillary hortense hypatia ida ilse ines inez ingeborg ingrid
    irena irene irina irma isabel isabella isabelle isadora isolde ivana jacqueline
    jadwiga jane janet janina jeanne jeannette jennifer jessica joan joanna johanna
    josefa josefina josephine juana judith julia juliana julie julienne juliette justine
    karin karolina katarina katarzyna katharina katherine kathleen katja katrin katrina
    kristina larisa larissa laura laure lea leonie leonora leopoldine liliane lillian
    lina lisa lise liselotte livia lorenza louisa louise lucia lucie lucienne lucille
    lucrezia lucy ludmila ludmilla luisa luise lydia lyubov lyudmila mabel madeleine
    magdalena magdalene manon manuela marcela marcelle margaret margareta margarete
    margarethe margherita margot marguerite maria mariana marianne marie marina marion
    marisa marta martha marthe martina martine mary mathilde matilda matilde maud maxime
    mercedes michele micheline michelle mila mildred milena mireille miriam monica monika
    monique nadezhda nadia nadine natalia natalie natalya natasha nathalie nicole nicoletta
    nina noemi odette odile olga olympe ottilie paola patricia paula paulette pauline
    petra philippa pilar polina rachel raisa ramona raquel rebecca regina renata renee
    rita roberta romana rosa rosalie rosalind rosamund rosemarie rosina roxana sabine
    sabina sally sandra sara sarah severine sibylle sidonie silvia simona sofia sofie
    sofya solange sonia sonja sophia sophie stefania stephanie susanna susanne suzanne
    svetlana sybil sylvia sylvie tamara tatiana tatyana teresa thea therese theresa
    ulrike ursula valentina valeria valerie vera veronica veronika veronique victoire
    victoria viktoria viola violette virginia virginie vittoria wanda wilhelmina
    winifred yekaterina yelena yolanda yvette yvonne zinaida zofia zoe zoya

    ana audrey bernice beverly bonnie brenda brittany carol carolyn carrie cheryl cindy
    connie cynthia darlene debra donna edna elsie erica erin gail gladys hedy janice
    jeanette jill joann joanne juanita karen kathryn kimberly kristen laurie lauren linda
    lois loretta lori lorraine marilyn marjorie megan melanie melissa norma pamela
    phyllis rhonda samantha sharon sheila sherry shirley stacy tammy thelma tiffany tina
    vanessa wendy

    agrippina antigone arsinoe artemisia aspasia berenice boudica boudicca cleopatra
    clytemnestra fulvia hatshepsut lucretia medea messalina nefertiti octavia olympias
    penelope portia sappho theodora xanthippe zenobia
    benazir indira sarojini malala fatima aisha ayesha zainab""".split()  # noqa: SIM905
)
# Men's given names, folded, that the lexicon's list of given names may lack: the
# commonest of the same languages ("Napoleon", "Maximilien", "Honoré"), and the Greek,
# Roman and Egyptian names a history course gives (a Roman's praenomen). Every given name
# the lexicon knows that is listed neither here nor among women's is a man's too.
_MEN = frozenset(
    """achille adalbert adolphe adriano agostino alain alessio alexandre alexis alfonso
    alfredo alois aloysius alphonse amadeo amaury ambroise amedee anatole andrzej angelo
    anselm anselme antonin antonio aristide armand arnaud arsene auguste augustin aurelien
    baptiste barthelemy basile benedikt benoit bernardo bertrand boleslaw bonaventure
    bruno camillo casimir casimiro cesar cesare charles-maurice christophe claude-louis
    conrad constant constantin cosimo damien denis desire didier dimitri domenico
    dominik donato edmond edouard eduard eduardo egon elie emanuele emile emmanuel
    enrique ernesto esteban etienne eugen eugenio eusebio evgeny fabien fabrizio federico
    felipe felix ferdinando fernand filippo firmin florian francesc francisco franco
    francois frantisek fryderyk gaetano gaspard gaston gauthier gennaro geoffroy georges
    gerard germain giacomo gilbert gilles giorgio girolamo giulio gonzalo gottlieb
    gregoire guillaume gunther gustave guy hector heinrich henri herve hippolyte honore
    horace ignacio ignazio ilya isidore ivo jacopo jacques jaime janusz javier jeroen
    jerzy joaquim joaquin jorge josef joseph-ignace jozef juan julien jurij kazimierz
    konstantin krzysztof ladislas laurent leandre leonce leonid leopoldo lorenzo lothaire
    louis-philippe luc lucien ludovic luigi lukas manuel marc marcello marcellin
    marcelo marius massimo mathieu mattia maxim maxime maximilien michal mikhail modest
    napoleon nestor nicolas nikita noel octave odilon olivier onofrio orazio oreste
    ottavio pascal pasquale patrice piero pierre-joseph piotr prosper raffaele rafael
    raoul raimondo ramon raphael reinhard remi remy rene riccardo roberto rodolphe
    rodrigo roland romain ruggero salvador salvatore sandro santiago sebastien serge
    sergio severin sigismund silvio simeon stanislas stanislaw stefano stephane sylvain
    sylvestre taddeo thaddeus theodor theophile thibault thierry timofei tommaso toussaint
    tristan ugo urbain valery vasili vicente viktor vincenzo vladislav wenceslas
    wojciech xavier yves zygmunt

    akhenaten alcibiades appius aulus caius cleisthenes darius decimus gaius gnaeus
    hamilcar hannibal hasdrubal leonidas lucius manius pericles publius quintus ramesses
    servius sextus spurius themistocles tiberius titus tutankhamun xerxes""".split()  # noqa: SIM905
)
# Given names borne by women and men alike, or a man's in one language and a woman's in
# another: they say nothing.
_EITHER = frozenset(
    """alex alexis andrea ashley billie camille chris claude dana dominique evelyn frankie
    jan jean jo kim leslie lynn marian nicola robin sam sasha shannon simone toni
    vivian lee dale""".split()  # noqa: SIM905
)
# Titles that open a name and say its bearer's sex, in English and the languages above.
_WOMENS_TITLES = frozenset(
    """queen empress tsarina tsaritsa czarina princess duchess duchesse countess comtesse
    marchioness marquise viscountess vicomtesse baroness baronne lady dame mrs miss ms
    madame mme mademoiselle mlle frau fraulein signora signorina donna dona senora senorita
    infanta abbess mother sister""".split()  # noqa: SIM905
)
_MENS_TITLES = frozenset(
    """king emperor tsar czar kaiser prince duke duc count comte marquis marquess earl
    viscount vicomte baron lord sir mr monsieur herr signor signore don dom senor
    infante chevalier abbe abbot father brother friar fra cardinal archbishop bishop
    monsignor monseigneur pope sultan shah pharaoh caliph emir""".split()  # noqa: SIM905
)
# Every title that opens a person's name and says their sex.
SEXED_TITLES = _WOMENS_TITLES | _MENS_TITLES
# A title of two words, read by its second: "Grand Duchess Anastasia".
_OPENING_QUALIFIERS = frozenset({"grand", "crown", "dowager", "holy"})


def _familiar_forms() -> tuple[frozenset[str], frozenset[str]]:
    """The familiar forms of women's names, and the forms shared with a man's name."""
    women: set[str] = set()
    men: set[str] = set()
    for formal, forms in FAMILIAR_FORMS.items():
        (women if formal in _WOMEN else men).update(forms)
    return frozenset(women - men), frozenset(women & men)


_WOMENS_FORMS, _SHARED_FORMS = _familiar_forms()


def is_womans_title(word: str) -> bool:
    """Whether `word` is a woman's title ("Lady", "Mrs", "Madame"): before a surname alone
    it names her, not the man of that surname ("Lady Macbeth", "Macbeth")."""
    return _bare(word) in _WOMENS_TITLES


# An initial before the given name a person is known by.
_INITIAL = re.compile(r"[A-Z]\.")


# Options are drawn from a deck's few people again and again: each name is read once.
@lru_cache(maxsize=1 << 12)
def sex_of(name: str) -> Sex | None:
    """The sex that `name`'s first word says: a title, or a given name before a surname;
    None when it says none (a lone name, a name given to both, no given name). A
    hyphenated given name says what its parts say ("Jean-Paul", "Marie-Thérèse"), its
    first part none when it is one of both ("Jean-Paul" is a man's), and nothing when they
    disagree ("Marie-Joseph" was Lafayette's) or one of both comes with a woman's
    ("Jean-Marie" is a man's)."""
    words = name.split()
    while len(words) > 2 and _INITIAL.fullmatch(words[0]):
        words = words[1:]  # "T. Keith Glennan", "J. Robert Oppenheimer": the name after
    if len(words) < 2:
        return None
    first = _bare(words[0])
    if first in _OPENING_QUALIFIERS and len(words) > 2:
        first = _bare(words[1])
    if first in _WOMENS_TITLES:
        return Sex.FEMALE
    if first in _MENS_TITLES:
        return Sex.MALE
    parts = first.split()
    if len(parts) > 1:
        sexes = {_given_sex(part) for part in parts if part not in _EITHER}
        if len(sexes) != 1 or (Sex.FEMALE in sexes and not _EITHER.isdisjoint(parts)):
            # Disagreeing, or a name of both before a woman's: "Jean-Marie" is a man's.
            return None
        return sexes.pop()
    return _given_sex(first)


@lru_cache(maxsize=1 << 12)
def unlikely_sex(name: str) -> Sex | None:
    """The sex a person's name most likely does not say, where no list knows its given
    name: in most languages a man's given name ends in a consonant ("Gherman Titov",
    "Oswald Avery") and a woman's in "a" ("Svetlana", "Kamala"), so the other sex is
    unlikely. None for a name that says its sex (`sex_of`), a lone name, a given name
    ending in another vowel ("Lazare", "Théroigne": either), or a first word that is no
    given name's (a title, a word in lower case). Only ever a reason to leave a name out
    of a question asking for one sex, never to take it for one of that sex."""
    words = name.split()
    if len(words) < 2 or sex_of(name) is not None:
        return None
    first = words[0]
    if not first.isalpha() or not first[0].isupper() or first.isupper():
        return None
    last = _bare(first)[-1:]
    if last == "a":
        return Sex.MALE
    return Sex.FEMALE if last.isalpha() and last not in "aeiouy" else None


def is_known_given_name(word: str) -> bool:
    """Whether `word` is a given name of one sex or both, as the lists here or the
    lexicon know them: "Olympe", "Napoleon", "Camille"; a hyphenated one when each of its
    parts is ("Jean-Baptiste", "Anne-Marie")."""
    parts = _bare(word).split()
    return bool(parts) and all(
        part in _EITHER or _given_sex(part) is not None or part in _SHARED_FORMS for part in parts
    )


def _bare(word: str) -> str:
    return fold(word.strip(".,;:'’"))


def given_name_sex(word: str) -> Sex | None:
    """The sex a given name alone says ("joan" a woman's, "john" a man's); None for one
    of both or no given name."""
    return _given_sex(_bare(word))


def _given_sex(first: str) -> Sex | None:
    """The sex of one folded given name; None for one of both, or no given name."""
    if first in _EITHER or first in _SHARED_FORMS:
        return None
    if first in _WOMEN or first in _WOMENS_FORMS:
        return Sex.FEMALE
    return Sex.MALE if first in _MEN or lexicon.opens_a_name(first) else None


# The sexes a deck's own words give names that say none ("Hera", "the goddess of
# marriage"), by folded name: see `generate.deck_sexes`.
KnownSexes = Mapping[str, Sex]
NONE_KNOWN: KnownSexes = MappingProxyType({})


def sex_known(name: str, known: KnownSexes = NONE_KNOWN) -> Sex | None:
    """The sex `name` says (`sex_of`), or else the one the deck gives it (`known`)."""
    return sex_of(name) or (known.get(fold(name)) if known else None)


def other_sexes(
    answer: str, value: str, asked: Sex | None = None, known: KnownSexes = NONE_KNOWN
) -> bool:
    """Whether the two names say two different sexes, or the deck says so (`known`);
    `asked`, the sex the question asks for, stands for the answer's where nothing says
    it ("Which queen …?")."""
    own = sex_known(answer, known) or asked
    return own is not None and (other := sex_known(value, known)) is not None and other is not own
