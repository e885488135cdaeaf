"""Tests of automatic cloze candidates: which units are blanked, which never are, in what order."""

from __future__ import annotations

import pytest

from trainer.core.generate.cloze_candidates import MAX_CANDIDATE_WORDS, find_candidates
from trainer.core.generate.cloze_kinds import CandidateKind


def _found(text: str) -> list[tuple[str, str]]:
    return [(c.kind.name, c.text) for c in find_candidates(text)]


def _texts(text: str) -> list[str]:
    return [c.text for c in find_candidates(text)]


# --- names are whole units ---------------------------------------------------------


@pytest.mark.parametrize(
    "name", ["Sputnik 1", "Apollo 11", "Friendship 7", "Vostok 6", "Luna 2", "Juno I", "R-7"]
)
def test_a_name_with_its_trailing_number_is_one_candidate(name: str) -> None:
    assert _found(f"The crew launched {name} into orbit.") == [("NAME", name)]


def test_an_amount_after_a_name_is_not_part_of_it() -> None:
    assert _found("The war cost Russia 34% of its people.") == [
        ("NAME", "Russia"),
        ("QUANTITY", "34%"),
    ]
    # Is 200 part of the name, or a count of tanks? Neither is blanked.
    assert _found("They gave Germany 200 tanks in 1926.") == [("YEAR", "1926")]
    assert _found("The Apollo 11 astronauts landed.") == []


def test_dotted_capitals_and_saints_stay_in_the_name() -> None:
    assert _texts("The U.S. Army met the U.S.S.R. at St Paul's Cathedral.") == [
        "U.S. Army",
        "U.S.S.R.",
        "St Paul's Cathedral",
    ]


def test_a_possessive_joins_the_one_word_saying_what_kind_of_thing_it_names() -> None:
    assert _texts("Then Booth shot Lincoln at Ford's Theatre in Washington.") == [
        "Booth",
        "Lincoln",
        "Ford's Theatre",
        "Washington",
    ]
    assert _texts("In 1758 Halley's Comet came back.") == ["1758", "Halley's Comet"]
    assert _texts("They built Hadrian's Wall.") == ["Hadrian's Wall"]
    # Not a name after it, nor a kind of person, nor a kind running on into a name.
    assert _texts("Then Stalin's Supreme Council met Stalin.") == ["Stalin", "Supreme Council"]
    assert _texts("Then Stalin's General Zhukov came.") == ["Stalin", "General Zhukov"]
    assert _texts("In Ford's Theatre Royal, Booth waited.") == ["Ford", "Theatre Royal", "Booth"]


def test_a_name_never_runs_across_a_month() -> None:
    found = _found("Eisenhower's Space Act of July 1958 created NASA.")
    assert found == [("YEAR", "1958"), ("NAME", "Space Act"), ("NAME", "NASA")]


def test_particles_join_only_between_two_capitalised_words() -> None:
    text = "They met Ludwig van Beethoven and the Council of Labour in Brest-Litovsk."
    assert _texts(text) == ["Ludwig van Beethoven", "Council of Labour", "Brest-Litovsk"]
    assert _found("the Treaty of 1922 was signed") == [("YEAR", "1922"), ("NAME", "Treaty")]


def test_of_the_joins_a_name_and_and_does_not() -> None:
    text = "The Declaration of the Rights of Man came before the Council of the Republic."
    assert _texts(text) == ["Declaration of the Rights of Man", "Council of the Republic"]
    assert _texts("Lenin met Trotsky and Kamenev in Petrograd of the Tsars.") == [
        "Trotsky",
        "Kamenev",
        "Petrograd of the Tsars",
    ]


def test_degrees_and_lettered_shapes_are_not_names() -> None:
    assert _texts("A PhD student took an X-ray image at Cambridge.") == ["Cambridge"]


def test_a_name_never_runs_across_a_lower_case_word() -> None:
    assert _texts("He sent Krupp and Junkers to Kazan via Moscow.") == [
        "Krupp",
        "Junkers",
        "Kazan",
        "Moscow",
    ]


def test_a_common_possessive_is_part_of_a_name_and_a_rare_one_ends_it() -> None:
    assert _texts("He met the Council of People's Commissars at King's College.") == [
        "Council of People's Commissars",
        "King's College",
    ]
    text = "Valerian Kuibyshev chaired Stalin's Supreme Council in 1929."
    assert _texts(text) == ["1929", "Valerian Kuibyshev", "Stalin", "Supreme Council"]


def test_initials_and_titles_with_a_full_stop_stay_in_the_name() -> None:
    text = "James D. Watson met Dr. Maurice Wilkins at St. Andrews and in the Strand."
    assert _texts(text) == ["James D. Watson", "Dr. Maurice Wilkins", "St. Andrews", "Strand"]


def test_function_words_months_and_sentence_starts_are_not_names() -> None:
    text = "Krupp leased land. In March the Soviets agreed. Several Mensheviks paid. It rained."
    assert _found(text) == [("NAME", "Soviets"), ("NAME", "Mensheviks")]


def test_a_sentence_opener_in_mid_sentence_is_part_of_the_name() -> None:
    assert _texts("Several Mensheviks left. It ended the First World War.") == [
        "Mensheviks",
        "First World War",
    ]


def test_a_sentence_start_counts_if_the_word_is_capitalised_mid_sentence_too() -> None:
    text = "Krupp leased land. The lease made Krupp's name."
    (candidate,) = find_candidates(text)
    assert (candidate.kind, candidate.text) == (CandidateKind.NAME, "Krupp")
    assert [text[a:b] for a, b in candidate.spans] == ["Krupp", "Krupp"]


# --- never blanked -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("On 1 April 1926 the lease began.", ["1926"]),
        ("On 17 June the lease began at Kazan.", ["Kazan"]),
        ("On June 17, 1928 the lease began.", ["1928"]),
        ("Vostok 6 June 16 was no date.", []),
        ("The coup of 18 Brumaire made Napoleon consul.", ["Napoleon"]),
    ],
)
def test_a_day_number_beside_its_month_is_never_blanked(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_nothing_in_a_title_is_blanked() -> None:
    text = "In 1944 Erwin Schrödinger's What Is Life? moved Crick."
    assert _texts(text) == ["1944", "Erwin Schrödinger", "Crick"]
    quoted = "Tsiolkovsky's “The Exploration of Cosmic Space” of 1903 moved Korolev."
    assert _texts(quoted) == ["1903", "Korolev"]
    assert _texts("Watson wrote *The Double Helix* in 1968 at Harvard.") == ["1968", "Harvard"]
    assert _texts("Darwin wrote On the Origin of Species in 1859.") == ["1859"]


def test_a_very_common_word_alone_is_never_blanked() -> None:
    assert _texts("Gagarin circled the Earth and saw the Moon and the Sun in 1961.") == ["1961"]


def test_a_name_of_several_common_words_is_judged_as_a_whole() -> None:
    assert _texts("They joined the Red Army under the Supreme Council.") == [
        "Red Army",
        "Supreme Council",
    ]


def test_a_word_visible_elsewhere_gives_its_candidate_away() -> None:
    # Blanking "Sputnik 1" leaves "Sputnik" visible, and the other way round.
    assert _texts("The Soviets launched Sputnik 1 on 4 October. Sputnik was tiny.") == ["Soviets"]
    assert _texts("Kazan sent Apollo 11 and Apollo 12 to Kazan.") == ["Kazan"]
    # Another form of the same word gives it away too.
    assert _texts("The Russians allowed Germany courses inside Soviet Russia.") == ["Germany"]


def test_the_excerpt_title_shown_beside_the_text_can_give_a_candidate_away() -> None:
    text = "In 1926 Krupp leased land near Kazan."
    assert [c.text for c in find_candidates(text, shown_with="Krupp's lease")] == [
        "1926",
        "Kazan",
    ]


def test_a_repeated_number_of_two_things_counted_is_blanked_in_both() -> None:
    # What is counted stays in the sentence; the number, blanked wherever it stands,
    # gives itself away nowhere.
    text = "Kazan had 50,000 men and 50,000 horses."
    (found,) = find_candidates(text)
    assert found.blanked(text) == "Kazan had [number] men and [number] horses."


def test_a_repeated_number_in_two_measures_gives_both_away() -> None:
    assert _texts("Kazan lay 500 km away and 500 km high.") == ["500 km"]  # one measure, twice
    assert _texts("It weighed 50 kg and cost 50 marks.") == []


def test_an_acronym_and_the_words_that_define_it_are_never_blanked() -> None:
    text = "In 1919 the German Communist party (KPD) was founded by Rosa Luxemburg."
    assert _texts(text) == ["1919", "Rosa Luxemburg"]
    assert _texts("The KPD (German Communist Party) met Thälmann.") == ["Thälmann"]
    spelled = "The National Aeronautics and Space Administration grew, and NASA hired Glenn."
    assert _texts(spelled) == ["Glenn"]
    # Defined by the words just before it, capitals or not: "gross domestic product".
    defined = "Gross domestic product, or GDP, fell in Ruritania, and GDP fell again."
    assert _texts(defined) == ["Ruritania"]
    assert _texts("The Union of Soviet Socialist Republics, or USSR, began in 1922.") == ["1922"]
    gnp = "Its gross national product, or the GNP, rose in 1955, and the GNP fell."
    assert _texts(gnp) == ["1955"]
    # Words that only end in its letters define nothing: "made in Germany, or GM".
    assert _texts("It was made in Germany, or GM, by Opel.") == ["Germany", "GM", "Opel"]
    # An acronym in small letters too ("KiB"), and a term it defines.
    assert _texts("In 1998 the kibibyte (KiB) came into use.") == ["1998"]


@pytest.mark.parametrize(
    ("text", "given_away"),
    [
        # A name inside a word in camel case is given away by it, and the other way round.
        ("In 1991 the CPython program compiled Python to bytecode.", ["CPython", "Python"]),
        (
            "In 1995 Brendan Eich wrote JavaScript, which borrowed from Java.",
            ["JavaScript", "Java"],
        ),
    ],
)
def test_a_name_in_camel_case_gives_away_its_parts(text: str, given_away: list[str]) -> None:
    found = _texts(text)
    assert "1991" in found or "1995" in found
    assert not set(given_away) & set(found), found
    # Without the camel case word, the name is blanked.
    assert given_away[1] in _texts(text.replace(given_away[0], "the program"))


# --- numbers, quantities and terms ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Krupp leased 50,000 hectares there.", ("QUANTITY", "50,000 hectares")),
        ("A credit of 50 million gold marks came.", ("QUANTITY", "50 million gold marks")),
        ("It flew at 27,000 kilometres per hour then.", ("QUANTITY", "27,000 kilometres per hour")),
        ("Nearly 50% came.", ("QUANTITY", "50%")),
        ("Nearly 50 per cent came.", ("QUANTITY", "50 per cent")),
        ("About 5 million died.", ("QUANTITY", "5 million")),
        ("It weighed 83.6 kg at launch.", ("QUANTITY", "83.6 kg")),
        ("They sent 1500 tanks.", ("QUANTITY", "1500")),  # "[number] tanks"
        ("In 1500 tanks were unknown.", ("YEAR", "1500")),
        ("Some 22 of them left.", ("NUMBER", "22")),
        ("It cost $3 billion then.", ("QUANTITY", "$3 billion")),
        ("It cost £5 then.", ("QUANTITY", "£5")),
        # A unit with a slash, and a minus sign: both are the answer's.
        ("Its winds reach 2,100 km/h there.", ("QUANTITY", "2,100 km/h")),
        ("It falls to −180 °C at night.", ("NUMBER", "−180")),
        ("It falls to (−180) at night.", ("NUMBER", "−180")),
    ],
)
def test_a_number_takes_its_unit(text: str, expected: tuple[str, str]) -> None:
    assert _found(text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He had 3 guns.", []),
        ("In the 1920s it grew.", []),
        ("A sum of 1,926 rose.", [("NUMBER", "1,926")]),
        ("A T-34 tank and 5% more.", [("NAME", "T-34"), ("QUANTITY", "5%")]),
        ("It was the 21st; 2100 came.", [("NUMBER", "2100")]),
        ("It was 1.926 in 1926.", [("YEAR", "1926"), ("NUMBER", "1.926")]),
        ("Version 1.926 of 1926.", [("YEAR", "1926"), ("NAME", "Version 1.926")]),
        ("At 9:30 they met.", []),
        ("The war of 1939–45 and pages 90-91 or 1926-09-01.", []),
        # The second part of a measure in two units leaves the first shown.
        ("Light takes 8 minutes 20 seconds to come.", []),
        ("He stood 5 ft 10 in tall.", []),
    ],
)
def test_what_counts_as_a_year_or_a_number(text: str, expected: list[tuple[str, str]]) -> None:
    assert _found(text) == expected


def test_a_term_is_a_rare_word_after_a_determiner() -> None:
    assert _found("They set up the kolkhoz and paid the reparations wryly.") == [
        ("TERM", "kolkhoz"),
        ("TERM", "reparations"),
    ]
    assert _found("They glutted the market and ran.") == []


def test_order_is_years_names_quantities_terms_numbers_each_in_text_order() -> None:
    text = "Some 22 of the kulaks and 50,000 men left Kazan in 1929 and 1926."
    assert _found(text) == [
        ("YEAR", "1929"),
        ("YEAR", "1926"),
        ("NAME", "Kazan"),
        ("QUANTITY", "50,000"),
        ("TERM", "kulaks"),
        ("NUMBER", "22"),
    ]


def test_masked_spans_are_never_looked_into() -> None:
    text = "In 1926 Germany built a school at Lipetsk."
    start = text.index("Lipetsk")
    assert _texts(text) == ["1926", "Germany", "Lipetsk"]
    # Lipetsk is a hand-written deletion here, so it is shown on the card: never blanked.
    assert [c.text for c in find_candidates(text, ((start, start + 7),))] == ["1926", "Germany"]


@pytest.mark.parametrize(
    ("text", "deleted", "expected"),
    [
        # A first name left beside a deleted surname is no name to ask for alone.
        ("It was led by Sergei Korolev until 1966.", "Korolev", ["1966"]),
        # Half of a name whose other half is deleted.
        ("He flew for the Soviet Air Force in Kazan.", "Soviet", ["Kazan"]),
        ("Signed by Walther Rathenau in Rapallo.", "Walther", ["Rapallo"]),
        # A deleted year or lower-case word, or punctuation between, leaves a whole name.
        ("In 1926 Germany built a school.", "1926", ["Germany"]),
        ("The school at Lipetsk, Germany paid for.", "Lipetsk", ["Germany"]),
        ("They agreed Germany would train in secret.", "agreed", ["Germany"]),
    ],
)
def test_a_name_beside_a_deleted_name_is_a_piece_of_it(
    text: str, deleted: str, expected: list[str]
) -> None:
    start = text.index(deleted)
    masked = ((start, start + len(deleted)),)
    assert [c.text for c in find_candidates(text, masked)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name running on through another language's particle into lower-case words
        # is a piece of a foreign title: "L'Ami" alone is no answer.
        ("In 1790 Marat founded L'Ami du peuple in Paris.", ["1790", "Marat", "Paris"]),
        ("She read Il Corriere della sera at Milan.", ["Milan"]),
        # Capitalised after the particle, the name goes on; after "of", it ends.
        ("He met Charles de Gaulle in London.", ["Charles de Gaulle", "London"]),
        ("The Bank of England of old.", ["Bank of England"]),
    ],
)
def test_a_name_running_into_a_foreign_phrase_is_not_blanked(
    text: str, expected: list[str]
) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A verb of appointing puts a person and an office side by side: two names.
        (
            "In 1933 Hindenburg appointed Hitler Chancellor of Germany.",
            ["1933", "Hindenburg", "Hitler", "Chancellor of Germany"],
        ),
        (
            "The coup made Napoleon Bonaparte First Consul in 1799.",
            ["1799", "Napoleon Bonaparte", "First Consul"],
        ),
        (
            "Parliament made Oliver Cromwell Lord Protector in 1653.",
            ["1653", "Oliver Cromwell", "Lord Protector"],
        ),
        # The office may open with a word of its own: "Prime", "Vice".
        (
            "In 1940 the King made Winston Churchill Prime Minister.",
            ["1940", "Winston Churchill", "Prime Minister"],
        ),
        (
            "In 1933 Hindenburg appointed Hitler Vice Chancellor.",
            ["1933", "Hindenburg", "Hitler", "Vice Chancellor"],
        ),
        # Without one, an office word ends a person's name.
        (
            "In 1963 Martin Luther King spoke in Washington.",
            ["1963", "Martin Luther King", "Washington"],
        ),
        ("Critics praised Alexander Pope for his verse.", ["Alexander Pope"]),
    ],
)
def test_a_person_given_an_office_is_two_names(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # An acronym before "of" is a measure or an office of what follows: two names.
        ("In 2019 the GDP of Ruritania grew fast.", ["2019", "GDP", "Ruritania"]),
        (
            "In 1909 Gustav became the CEO of Krupp Steel.",
            ["1909", "Gustav", "CEO", "Krupp Steel"],
        ),
        # So is a land's people before "of".
        (
            "In 1915 many Australians and New Zealanders of ANZAC landed at Gallipoli.",
            ["1915", "Australians", "New Zealanders", "ANZAC", "Gallipoli"],
        ),
        # A person's name in full before "of" says where they came from; an owner after
        # it ends the name before it.
        (
            "Johannes Vermeer of Delft painted around 1665.",
            ["1665", "Johannes Vermeer", "Delft"],
        ),
        (
            "In 1969 the lunar module Eagle of NASA's Apollo 11 landed.",
            ["1969", "Eagle", "NASA", "Apollo 11"],
        ),
        # Names that run through "of" stay whole, a monarch's number with them.
        ("Henry VIII of England broke with Rome.", ["Henry VIII of England", "Rome"]),
        ("In 1509 Henry married Catherine of Aragon.", ["1509", "Henry", "Catherine of Aragon"]),
        ("Mary Queen of Scots was executed.", ["Mary Queen of Scots"]),
        ("The Brothers of Mercy met in Vienna.", ["Brothers of Mercy", "Vienna"]),
        ("The Supreme Soviet of the USSR met in Moscow.", ["Supreme Soviet of the USSR", "Moscow"]),
    ],
)
def test_an_acronym_or_a_people_before_of_ends_a_name(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


@pytest.mark.parametrize(
    ("text", "absent", "present"),
    [
        ("It rose. Below 4.0 mmol/L is low, as Smith said.", "Below 4.0", "4.0"),
        ("It sank. Over 300 sailors drowned, as Nelson wrote.", "Over 300", "300"),
        ("It fell. Roughly 4000 men died at Ypres.", "Roughly 4000", "Ypres"),
        ("It flew. Apollo 11 landed in 1969.", "Apollo", "Apollo 11"),
        (
            "Claude Debussy's Prélude à l'après-midi d'un faune was played in Paris.",
            "Prélude",
            "Paris",
        ),
        (
            "Gabriel García Márquez wrote Cien años de soledad in Mexico City.",
            "Cien",
            "Mexico City",
        ),
    ],
)
def test_sentence_openers_and_foreign_titles_are_no_names(
    text: str, absent: str, present: str
) -> None:
    found = [value for _, value in _found(text)]
    assert absent not in found
    assert present in found


def test_an_era_is_never_blanked_alone() -> None:
    text = "Gaius Marius, consul in 107 BC, enrolled men without land. Sulla took Rome in 88 B.C."
    texts = [candidate.text for candidate in find_candidates(text)]
    assert "BC" not in texts and "B.C." not in texts
    # It is blanked with its number, as a year: see test_cloze_eras.
    assert "107 BC" in texts and "88 BC" in texts and "Gaius Marius" in texts
    assert "107" not in texts


# --- a number that could be any number ------------------------------------------------


def test_a_number_before_two_units_in_one_sentence_is_never_blanked() -> None:
    # Both blanked, "a [number] W lamp transfers [number] J every second" holds for any.
    text = "A 60 W lamp transfers 60 J every second. Its filament glows at 2,500 degrees."
    assert _found(text) == [("QUANTITY", "2,500")]
    assert _found("A 5 V cell drives 5 C through it each second.") == []
    # In two sentences, each blank is pinned by the other sentence's words.
    assert ("NUMBER", "60") in _found("The lamp is rated at 60 W. It uses 60 J a second.")
    # Two things counted: a fact to recall, both blanked.
    assert _found("Kazan had 50,000 men and 50,000 horses.") == [("QUANTITY", "50,000")]


@pytest.mark.parametrize(
    ("text", "left_out", "kept"),
    [
        # The first side of an equation has many forms; the value after "=" is one.
        ("So 2^10 = 1024 and 2^6 = 64 = 63 + 1 here.", ["2^10", "2^6"], ["1024", "64"]),
        # A function's arguments are worked on, not stated.
        ("For example gcd(48, 18) gives 6 after 15 steps.", ["48", "18"], ["15"]),
    ],
)
def test_a_number_worked_on_in_an_expression_is_never_blanked(
    text: str, left_out: list[str], kept: list[str]
) -> None:
    found = _texts(text)
    assert not set(left_out) & set(found), found
    assert set(kept) <= set(found), found


def test_a_year_twice_in_one_sentence_is_still_a_year() -> None:
    assert _found("Begun in 1914, the war had by the end of 1914 cost a million lives.") == [
        ("YEAR", "1914")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A 2000 W kettle boils water quickly.", ("NUMBER", "2000")),
        ("The 1500 kW engine was new.", ("NUMBER", "1500")),
        ("It ran at 1200 V for hours.", ("NUMBER", "1200")),
        ("In 1945 V-E Day was marked.", ("YEAR", "1945")),
        ("It was founded in 1891. A new firm followed.", ("YEAR", "1891")),
    ],
)
def test_a_unit_symbol_after_a_year_like_number_makes_it_a_measure(
    text: str, expected: tuple[str, str]
) -> None:
    assert expected in _found(text)


def test_a_run_of_more_capitalised_words_than_a_name_has_is_no_candidate() -> None:
    # A hostile excerpt of thousands of names in a row was one "name" whose every word
    # was searched for through the whole text (35 s for 110 KB).
    listing = " ".join(f"Name{i} Other{i}" for i in range(3000)) + "."
    assert all(len(c.text.split()) <= MAX_CANDIDATE_WORDS for c in find_candidates(listing))


def test_a_long_name_is_still_one() -> None:
    text = "In 1922 the Union of Soviet Socialist Republics was founded in Moscow."
    names = [c.text for c in find_candidates(text) if c.kind is CandidateKind.NAME]
    assert "Union of Soviet Socialist Republics" in names


def test_a_unit_after_degree_is_no_name() -> None:
    # "cooled the world by about half a degree [...]" asked for "Celsius".
    names = _texts("The eruption of Pinatubo cooled the world by half a degree Celsius.")
    assert "Celsius" not in names and "Pinatubo" in names
    assert "Fahrenheit" not in _texts("The sea froze at 28 degrees Fahrenheit that winter.")
    # The man, and a name after a year, stay names.
    assert "Anders Celsius" in _texts("The scale was devised by Anders Celsius in 1742.")
    assert "Newton" in _texts("In 1687 Newton published his laws.")
