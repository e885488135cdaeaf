"""Given names, as folded words: what a person's name may open with."""

from __future__ import annotations

from trainer.core.name_forms import NAMES_WITH_FORMS

# Given names, as folded words: common English ones, those of the people history and
# science decks ask about most, and common European and Russian ones ("Theodor Schwann",
# "Lise Meitner"); last, familiar forms and names that are known words or end as an
# adjective does ("Tom", "Sebastian"), which grading would otherwise take for a
# qualifier; then more of the commonest English given names of men and women, but for
# those that are as often surnames or are words or places ("Glenn", "Troy", "Rose"); and
# the formal and familiar forms of the nickname table ("Ed", "Gus", "Bill": name_forms);
# then more Italian, Spanish, Portuguese, Central European and Nordic ones, of the people
# arts and history decks name ("Lorenzo Da Ponte", "Bedřich Smetana", "Béla Bartók");
# then South Asian, Middle Eastern and African ones of modern history ("Imran Khan",
# "Golda Meir", "Kwame Nkrumah").
# A word missing here is not taken for a given name.
GIVEN_NAMES = NAMES_WITH_FORMS | frozenset(
    """aaron abigail abraham ada adam adelaide adolf adrian agatha agnes alan albert alberto
    albrecht alec alexander alexandra alexei alexis alfred alice alison amadeus amelia amy
    andrea andreas andrew andrei angela ann anna anne annie anthony anton antonio antoine
    archibald arnold arthur augustus barbara bartholomew beatrice ben benedict benjamin
    bernard bertha bertrand betty boris brian bruce buzz carl carlos caroline catherine
    cecil cecilia charles charlotte christian christina christine christopher clara clarence
    claude claudia clement constance cornelius cyril daniel david deborah denis dennis
    diana dietrich dmitri dmitry donald dorothy douglas dwight edgar edith edmund edward
    edwin eleanor elisabeth elizabeth ella ellen emil emile emily emma emmanuel enrico erich
    ernest ernst erwin esther eugene eva evelyn felix ferdinand florence frances francesco
    francis francisco francois frank franklin franz frederic frederick friedrich gabriel
    galileo george georg georges gerald gerhard gertrude giovanni giuseppe gottfried grace
    gregor gregory gustav gustave hannah hans harold harriet harry hector heinrich helen
    helena helmut henri henrietta henry herbert hermann hilda horace horatio howard hugh
    hugo humphrey ian igor immanuel irene isaac isabel isabella ivan jack jacob jacques
    james jan jane jean jeanne jennifer jeremy jerome jessica joan johann johannes
    john jonathan jose josef joseph josephine joshua judith julia julian julius karl
    katherine kathleen kenneth kliment konrad konstantin kurt larry laura lawrence lazar
    leo leon leonard leonardo leonid leopold lev lewis lillian linus lloyd louis louise lucy
    ludwig luigi lydia lyndon malcolm margaret maria marie mark martha martin mary matthew
    maurice max maximilian michael michel mikhail nancy nathaniel neil nicholas nikita
    nikolai niels norman oliver olga oscar otto pablo patricia patrick paul paula pavel
    peter philip philippe phillip pierre pyotr rachel ralph raymond rebecca richard
    robert roger ronald rosa rosalind rudolf rupert ruth samuel sarah sergei sergey sigmund
    simon sofia sophia sophie stanley stephen steven susan theodore thomas timothy ulysses
    valentina valerian vasily victor vincent virginia vladimir walter werner wernher
    wilhelm william winston wolfgang yakov yuri yury zachary

    alessandro amedeo anatoly anders andre antonie auguste bernhard blaise camille carlo
    christiaan clemens colette diego dieter ekaterina enzo erik evangelista fernando fritz
    fyodor francoise galina gaston genevieve giacomo gustaf guglielmo guido hedwig heinz
    hendrik henrik horst ignaz irina jakob joachim johan jules juliette jurgen justus klaus
    knut lars lise lothar luis lyudmila madeleine manfred marcel marco marguerite mario
    maurits matthias michelangelo miguel mstislav nadezhda natalia niccolo nicolaus nikolaus
    nikolay nils olaf paolo pedro pieter pietro rainer rene simone sofya soren svetlana
    sven tatiana theodor tomas tycho ulrich umberto valentin valeri vittorio vyacheslav
    walther willem yekaterina

    billy bob bobby chris damian dan danny dave derek dominic eddie eric fabian fred
    gillian jake jerry jim jimmy joe johnny kyle lucian marian matt mike phil ricky ryan
    sam scott sean sebastian steve ted tim tom tommy tony vivian

    alvin ansel armando brad brandon brent brett casey clyde cody corey cory craig
    darren darrell darryl daryl derrick duane dustin dwayne elmer gary grover herman jared
    jason jesse joel johnnie julio justin keith kevin leroy lester lonnie marcus marvin
    melvin nathan orville raul randall reginald rodney ruben seth shane shawn terrance
    terrence travis vernon wilbur willard woodrow

    ana ashley audrey bernice beverly bonnie brenda brittany carol carolyn carrie cheryl
    cindy connie cynthia dana darlene debra donna edna elsie erica erin gail gladys hedy
    janice jeanette jill joann joanne juanita karen kathryn kimberly kristen laurie lauren
    linda lois loretta lori lorraine lynn marilyn marjorie megan melanie melissa norma
    pamela phyllis rhonda samantha shannon sharon sheila sherry shirley stacy tammy
    thelma tiffany tina vanessa wendy

    lorenzo gaetano vincenzo domenico arcangelo claudio cosimo raffaello filippo tiziano
    gioachino giulio giorgio luca matteo piero riccardo roberto sergio stefano benito
    bartolomeo cesare fabio gabriele giuliano massimo nicola ottavio ruggero
    salvatore silvio tommaso ugo alessandra caterina chiara francesca giovanna giulia lucia
    maddalena teresa vittoria jorge ernesto hernan hernando emiliano alfonso afonso vasco
    alvaro gonzalo rodrigo ramon rafael enrique joaquin manuel ignacio esteban agustin
    andres bartolome cristobal eduardo emilio gaspar guillermo jaime javier mateo
    nicolas elena frida ines juana pilar fidel antonin bedrich leos henryk
    fryderyk jozef kazimierz stanislaw tadeusz wladyslaw zygmunt bohuslav vaclav jaroslav
    jiri karel bohdan mykola taras yaroslav vassily bela zoltan ferenc imre istvan janos
    lajos laszlo miklos sandor gyorgy edvard bjorn cornelis piet christoph hildegard
    gottlieb siegfried gunther bertolt honore josquin etienne lucien yves baptiste
    hippolyte edouard raoul

    imran sadiq abdul nawaz zulfikar liaquat pervez ayub benazir jawaharlal mohandas subhas indira
    rajiv sanjay rahul narendra manmohan rabindranath sarojini vallabhbhai bhimrao
    gamal hosni saddam bashar hafez yasser recep mehmet mehmed mahmoud ruhollah reza
    malala fatima aisha ayesha zainab golda menachem yitzhak moshe shimon kwame jomo
    kofi thabo""".split()  # noqa: SIM905
)
# Given names that are as often surnames ("Marshall Nirenberg", "George Marshall"; an
# Arabic name's father's or family's name, "Muhammad Ali", "Saddam Hussein"): one opens a
# name as a given name does, but a name that ends with one still has it for its surname,
# so they are kept apart from the list above.
GIVEN_NAMES_AND_SURNAMES = frozenset(
    """barry bradley bryan byron calvin clifford curtis dale dean everett floyd glenn gordon
    harvey kirk lee marshall milton morris nelson perry ross roy sidney stuart todd tyler
    wallace warren wayne wesley dario marcos ricardo thierry vicente
    ali hussein hassan abbas ahmed ahmad muhammad mohammed mohammad mohamed omar ibrahim
    ismail yusuf abdullah kemal mustafa anwar""".split()  # noqa: SIM905
)
