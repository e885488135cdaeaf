"""Familiar forms of given names, by the name they shorten: "Bill" and "Will" of William.

People are often known by a familiar form ("Ed White", "Gus Grissom", "Bill Anders"),
and a name that starts with one is a person's name as surely as "Edward White" would be
(see lexicon.is_given_name); grading takes either form for the other ("Bill Clinton" for
"William Clinton", see answering.word_match). The table is the usual English nickname table, as name
registers and genealogy lists give it, with the commonest Russian diminutives of the
names the given names list holds ("Sasha", "Misha"), and the English forms of Russian
men's names ("Leo" of Lev, "Nicholas" of Nikolai) and of German, French, Italian,
Spanish, Portuguese and Dutch ones ("Frederick" of Friedrich, "William" of Wilhelm, "John"
of João and Jan). Forms that are chiefly other
English words are left out ("Don", a river and a title; "Art", "Gene", "Herb", "Cliff",
"Rich", "Drew", "Sandy", "Sue", "Rob", "Kit", "Dot"): with the capital of a sentence's
first word, they would read as names. "Bill", "Will" and "Dick" stay, as their names are
too common to leave out.
"""

from __future__ import annotations

# Each line: a formal name, then its familiar forms, all folded.
_TABLE = """
abigail: abby
abraham: abe
albert: al bert bertie
alexander: alex alec sasha
alexandra: sasha
alfred: al alf alfie fred freddie
alan: al
allen: al
andrew: andy
anthony: tony
augustus: gus
gustav: gus
gustavus: gus
barbara: barb
benjamin: ben benny
catherine: kate katie kathy cathy
katherine: kate katie kathy
charles: charlie chuck
christopher: chris
daniel: dan danny
david: dave davy
deborah: debbie deb
donald: donnie
dorothy: dottie
douglas: doug
edmund: ed ned
edward: ed eddie ned ted teddy
edwin: ed
eleanor: ellie nell nora
elizabeth: liz lizzie beth betty bess eliza
francis: frank frankie
franklin: frank
frederick: fred freddie
gerald: gerry jerry
gregory: greg
harold: harry
henry: harry hank
herbert: bert
howard: howie
jacob: jake
james: jim jimmy jamie
jeffrey: jeff
jennifer: jenny jen
jessica: jess
john: jack johnny jon
jonathan: jon
joseph: joe joey
joshua: josh
judith: judy
kenneth: ken kenny
lawrence: larry
leonard: len lenny leo
louis: lou
margaret: maggie meg peggy greta
mary: molly polly
matthew: matt
michael: mike mick mickey misha
mikhail: misha
mitchell: mitch
montgomery: monty
nathaniel: nat nate
nicholas: nick nicky
nikolai: kolya
oliver: ollie
patricia: patty
patrick: pat paddy
peter: pete
philip: phil
randolph: randy
raymond: ray
rebecca: becky
richard: dick rick ricky
robert: bob bobby bert robbie
ronald: ron ronnie
russell: russ
samuel: sam sammy
sarah: sally
stanley: stan
stephen: steve
steven: steve
susan: susie
terence: terry
theodore: ted teddy theo
thomas: tom tommy
timothy: tim
victoria: vicky
vincent: vince vinny
virginia: ginny
vladimir: volodya
walter: walt wally
william: bill billy will willy willie
zachary: zach zack
"""
# Russian men's names and the English form each is known by in English books ("Leo
# Tolstoy", "Nicholas II", "Joseph Stalin"): one name, read as a familiar form is.
_TABLE += """
lev: leo
pyotr: peter
fyodor: theodore
nikolai: nicholas
aleksandr: alexander
iosif: joseph
pavel: paul
andrei: andrew
grigori: gregory
konstantin: constantine
yakov: jacob
vasily: basil
anton: anthony
"""
# German, French, Italian and Spanish men's names and their English forms, as English
# books write them ("Frederick Engels", "Kaiser William II", "Francis Joseph").
_TABLE += """
friedrich: frederick
wilhelm: william
johann: john
heinrich: henry
karl: charles carl
franz: francis
guillaume: william
jacques: james
pierre: peter
giuseppe: joseph
giovanni: john
guglielmo: william
federico: frederick
enrico: henry
carlo: charles
juan: john
jose: joseph
carlos: charles
felipe: philip
fernando: ferdinand
francisco: francis
"""
# Portuguese, Dutch, Scandinavian and more Spanish, Italian, French and German men's
# names with their English forms, as explorers and kings are written in English ("John
# II" for João II, "Ferdinand Magellan" for Fernão de Magalhães, "Christopher Columbus"
# for Cristoforo Colombo, "Bartholomew Dias" for Bartolomeu Dias).
_TABLE += """
joao: john
jan: john
johannes: john jan hans
hans: john
ivan: john
pedro: peter
pieter: peter
henrique: henry
hendrik: henry
fernao: ferdinand
cristovao: christopher
cristobal: christopher
cristoforo: christopher
bartolomeu: bartholomew
bartolome: bartholomew
bartolomeo: bartholomew
luis: louis
luigi: louis
miguel: michael
michel: michael
michele: michael
pablo: paul
paolo: paul
antonio: anthony
alessandro: alexander
alejandro: alexander
andres: andrew
guillermo: william
jaime: james
giacomo: james
jakob: jacob
gustave: gustav
"""


def _parse() -> dict[str, tuple[str, ...]]:
    table: dict[str, tuple[str, ...]] = {}
    for line in _TABLE.strip().splitlines():
        formal, _, forms = line.partition(":")
        table[formal.strip()] = table.get(formal.strip(), ()) + tuple(forms.split())
    return table


# The formal names, with their familiar forms.
FAMILIAR_FORMS = _parse()
# Every name of the table, formal or familiar.
NAMES_WITH_FORMS = frozenset(
    {*FAMILIAR_FORMS, *(form for forms in FAMILIAR_FORMS.values() for form in forms)}
)


def _formal_names() -> dict[str, frozenset[str]]:
    """Each familiar form, with the formal names it shortens."""
    formal_of: dict[str, set[str]] = {}
    for formal, forms in FAMILIAR_FORMS.items():
        for form in forms:
            formal_of.setdefault(form, set()).add(formal)
    return {form: frozenset(names) for form, names in formal_of.items()}


_FORMAL_OF = _formal_names()


def familiar_form_of(first: str, second: str) -> bool:
    """Whether one folded given name is a familiar form of the other ("bill", "william").
    Two familiar forms, or two formal names, are never taken for each other through a
    form they share: "Al" shortens Albert and Alfred, who are two people."""
    return second in _FORMAL_OF.get(first, ()) or first in _FORMAL_OF.get(second, ())
