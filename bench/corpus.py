"""Word banks and sentence patterns for synthetic excerpts that read like course notes.

The benchmark decks must cost what real decks cost to read: multi-line prose of a few
dozen words, with names, places, years and figures where a history course has them, and
questions phrased the way an instructor phrases them. Everything is drawn from a seeded
`random.Random`, so the same size always gives the same deck.
"""

from __future__ import annotations

import random
from dataclasses import dataclass


def _listed(text: str) -> tuple[str, ...]:
    """The comma-separated items of a word bank."""
    return tuple(item.strip() for item in text.split(",") if item.strip())


FIRST_NAMES = _listed(
    """
    Walther, Gustav, Karl, Heinrich, Otto, Hans, Friedrich, Ernst, Wilhelm, Ludwig, Georg,
    Hermann, Paul, Kurt, Rudolf, Franz, Josef, Max, Erich, Werner, Valerian, Nikolai,
    Maxim, Grigory, Lev, Georgy, Mikhail, Sergei, Alexei, Anatoly, Vyacheslav, Leonid,
    Ivan, Boris, Christian, Viktor, Arthur, Edgar, Julius, Konrad, Adolf, Theodor,
    Matthias, Clara, Rosa, Ruth, Elisabeth, Alexandra, Anna, Margarete
    """
)
SURNAMES = _listed(
    """
    Rathenau, Stresemann, Seeckt, Brockdorff, Rantzau, Wirth, Hilferding, Hugenberg,
    Schleicher, Papen, Bruning, Muller, Luther, Marx, Cuno, Thalmann, Zetkin, Levi,
    Fischer, Maslow, Radek, Chicherin, Litvinov, Krestinsky, Kuibyshev, Rykov, Bukharin,
    Zinoviev, Kamenev, Trotsky, Tukhachevsky, Voroshilov, Frunze, Unshlikht, Rosengolts,
    Dirksen, Nadolny, Hasse, Blomberg, Hammerstein, Groener, Niedermayer, Lieth, Thomsen,
    Stinnes, Krupp, Thyssen, Duisberg, Bosch, Siemens, Borsig, Junkers, Deutsch, Warburg,
    Schacht, Luther, Severing, Braun, Noske, Ebert, Scheidemann, Erzberger, Helfferich,
    Westarp, Kaas, Treviranus, Curtius, Dietrich, Moldenhauer, Hirtsiefer, Wissell, Koch,
    Gessler, Reinhardt
    """
)
PLACES = _listed(
    """
    Berlin, Moscow, Leningrad, Hamburg, Munich, Dresden, Leipzig, Cologne, Essen,
    Dusseldorf, Stuttgart, Frankfurt, Breslau, Konigsberg, Danzig, Stettin, Kiel, Bremen,
    Hanover, Magdeburg, Lipetsk, Kazan, Saratov, Tomka, Podosinki, Fili, Kharkov, Kiev,
    Odessa, Rostov, Tsaritsyn, Nizhny Novgorod, Samara, Perm, Sverdlovsk, Novosibirsk,
    Tiflis, Baku, Riga, Reval, Kovno, Warsaw, Prague, Vienna, Geneva, Genoa, Rapallo,
    Locarno, The Hague, Lausanne, Stockholm, Berne, Zurich, Paris, London, Rome, Brussels,
    Copenhagen, Oslo, Helsinki
    """
)
FIRMS = _listed(
    """
    Krupp, Junkers, Rheinmetall, Siemens, AEG, IG Farben, Borsig, Henschel, Daimler, Benz,
    Zeiss, Bosch, Thyssen, Mannesmann, Hapag, Norddeutscher Lloyd, Deutsche Bank,
    Dresdner Bank, Stinnes, Klockner, Hoesch, Demag, Orenstein, Blohm und Voss, Vulcan,
    Heinkel, Dornier, Rohrbach, Bayer, Agfa
    """
)
INSTITUTIONS = _listed(
    """
    the Reichswehr, the Foreign Office, the Reichstag, the Reichsbank, the Comintern,
    the Politburo, the Supreme Council of the National Economy, the Red Army,
    the People's Commissariat for Foreign Affairs, the Social Democratic Party,
    the Communist Party of Germany, the Centre Party, the German National People's Party,
    the Soviet trade delegation, the German embassy in Moscow, the General Staff,
    the Ministry of Finance, the Ministry of Economics, the Prussian government,
    the League of Nations, the Allied Control Commission, the Reich Chancellery
    """
)
GOODS = _listed(
    """
    machine tools, locomotives, steel tubes, turbines, tractors, aircraft engines,
    artillery shells, poison gas, rolling stock, electrical equipment, fertiliser,
    dyestuffs, optical glass, ball bearings, grain, timber, manganese ore, oil, furs, flax
    """
)
ROLES = _listed(
    """
    Foreign Minister, ambassador in Moscow, Chancellor, Minister of Defence,
    chief of the Army Command, People's Commissar for Foreign Affairs,
    chairman of the Supreme Council, head of the Soviet trade delegation,
    President of the Reichsbank, Minister of Finance, Minister of Economics,
    leader of the Communist Party of Germany, chief of the Truppenamt,
    commander of the Red Army, Prussian Minister of the Interior, state secretary,
    head of the Sondergruppe R, military attache in Moscow
    """
)
EVENTS = _listed(
    """
    the signing of a trade agreement, the opening of a flying school,
    the founding of a joint aircraft works, a credit of several hundred million marks,
    the first gas trials, the arrest of German engineers, a purge of the party leadership,
    the exchange of military delegations, the collapse of a coalition government,
    a strike in the Ruhr, the evacuation of the Rhineland, a treaty of neutrality,
    the closing of a tank school, the dissolution of the Reichstag,
    a loan from American banks, the publication of a secret memorandum,
    a congress of the Comintern, the recall of an ambassador, a famine in the Volga region,
    the first five-year plan
    """
)
MONTHS = _listed(
    """
    January, February, March, April, May, June, July, August, September, October, November,
    December
    """
)
ACTIONS = _listed(
    """
    negotiated, signed, denounced, approved, financed, postponed, announced, opposed,
    proposed, reported on
    """
)

# Sentence patterns: prose of the length and shape of a lecturer's notes.
SENTENCES = (
    "In {month} {year} {person} travelled to {place} to discuss {goods} with {institution}.",
    "{person}, who was then {role}, told {institution} that the talks in {place} had failed.",
    "The agreement obliged {firm} to deliver {goods} worth {amount} marks within two years.",
    "According to the minutes, {person} {action} the plan before {institution} in {month}.",
    "Shipments of {goods} through {place} rose to {amount} tonnes, twice the figure of {year}.",
    "Neither {person} nor {other} expected {institution} to accept the terms offered in {place}.",
    "{firm} had kept an office in {place} since {year}, staffed by {small} engineers.",
    "Reports from {place} reached {institution} only weeks later, by way of {other_place}.",
    "The press in {place} said little about it, and {institution} preferred it that way.",
    "By the end of {year} some {small} officers had passed through the course at {place}.",
    "{person} later wrote that the meeting with {other} had been cold but businesslike.",
    "The cost, about {amount} marks, was hidden in the budget of {institution}.",
)


@dataclass(frozen=True, slots=True)
class Persona:
    """A person an excerpt is about: full name and surname."""

    name: str
    surname: str


class Prose:
    """A seeded source of names, numbers and sentences for one synthetic deck."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def person(self) -> Persona:
        first = self.rng.choice(FIRST_NAMES)
        last = self.rng.choice(SURNAMES)
        return Persona(f"{first} {last}", last)

    def year(self) -> int:
        return self.rng.randrange(1917, 1934)

    def amount(self) -> str:
        return f"{self.rng.randrange(2, 900) * 1000:,}"

    def sentence(self, **fixed: str) -> str:
        """One sentence of notes; `fixed` names what the excerpt is about."""
        pattern = self.rng.choice(SENTENCES)
        values = {
            "month": self.rng.choice(MONTHS),
            "year": str(self.year()),
            "person": self.person().name,
            "other": self.person().name,
            "place": self.rng.choice(PLACES),
            "other_place": self.rng.choice(PLACES),
            "goods": self.rng.choice(GOODS),
            "institution": self.rng.choice(INSTITUTIONS),
            "firm": self.rng.choice(FIRMS),
            "role": self.rng.choice(ROLES),
            "amount": self.amount(),
            "small": str(self.rng.randrange(12, 95)),
            "action": self.rng.choice(ACTIONS),
        }
        values.update(fixed)
        text = pattern.format(**values)
        return text[0].upper() + text[1:]

    def paragraph(self, sentences: int, **fixed: str) -> str:
        return " ".join(self.sentence(**fixed) for _ in range(sentences))
