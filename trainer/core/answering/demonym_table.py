"""Countries and states with the adjectives and peoples named after them: the data behind
`answering.demonyms`.

Each line is a country's names (the names its adjectives are said of; whether one name
answers for another is `country_names`' to say), then its adjectives,
then its peoples where they are not the adjective with an "s" ("the Spaniards", "the
Danes"; "the French" and "the Portuguese" are the adjective). Historical states are here
too, as history decks ask for them: Prussia, Castile, Venice, the Soviet Union, Rome.
"""

from __future__ import annotations

# country names / adjectives / peoples (blank: the adjectives with an "s", or none for an
# adjective ending in -ese, -ish, -ch or -sh, which is its people: "the Portuguese").
TABLE = """
Afghanistan / Afghan / Afghans
Albania / Albanian /
Algeria / Algerian /
Argentina / Argentine, Argentinian / Argentines, Argentinians
Armenia / Armenian /
Australia / Australian /
Austria / Austrian /
Austria-Hungary / Austro-Hungarian /
Azerbaijan / Azerbaijani, Azeri /
Bangladesh / Bangladeshi /
Belarus / Belarusian /
Belgium / Belgian /
Bolivia / Bolivian /
Bosnia / Bosnian /
Brazil / Brazilian /
Bulgaria / Bulgarian /
Burma, Myanmar / Burmese /
Cambodia / Cambodian /
Cameroon / Cameroonian /
Canada / Canadian /
Chile / Chilean /
China / Chinese /
Colombia / Colombian /
Croatia / Croatian, Croat / Croatians, Croats
Cuba / Cuban /
Cyprus / Cypriot /
Czechoslovakia / Czechoslovak, Czechoslovakian /
the Czech Republic, Czechia / Czech / Czechs
Denmark / Danish / Danes
Ecuador / Ecuadorian /
Egypt / Egyptian /
England / English / Englishmen
Estonia / Estonian /
Ethiopia, Abyssinia / Ethiopian, Abyssinian /
Finland / Finnish / Finns
France / French / Frenchmen
Georgia / Georgian /
Germany / German /
Ghana / Ghanaian /
Great Britain, Britain / British / Britons, Brits
the United Kingdom, the UK / British / Britons, Brits
Greece / Greek /
Hungary / Hungarian /
Iceland / Icelandic / Icelanders
India / Indian /
Indonesia / Indonesian /
Iran / Iranian /
Iraq / Iraqi /
Ireland / Irish / Irishmen
Israel / Israeli /
Italy / Italian /
Jamaica / Jamaican /
Japan / Japanese /
Jordan / Jordanian /
Kenya / Kenyan /
Korea / Korean /
North Korea / North Korean /
South Korea / South Korean /
Latvia / Latvian /
Lebanon / Lebanese /
Libya / Libyan /
Lithuania / Lithuanian /
Luxembourg / Luxembourgish / Luxembourgers
Malaysia / Malaysian /
Mexico / Mexican /
Mongolia / Mongolian, Mongol /
Morocco / Moroccan /
Nepal / Nepalese, Nepali / Nepalese, Nepalis
the Netherlands, Holland / Dutch / Dutchmen
New Zealand / New Zealand / New Zealanders
Nigeria / Nigerian /
Norway / Norwegian /
Pakistan / Pakistani /
Palestine / Palestinian /
Peru / Peruvian /
the Philippines / Philippine, Filipino / Filipinos
Poland / Polish / Poles
Portugal / Portuguese /
Romania / Romanian /
Russia / Russian /
Saudi Arabia / Saudi, Saudi Arabian /
Scotland / Scottish, Scots / Scots, Scotsmen
Serbia / Serbian, Serb / Serbians, Serbs
Slovakia / Slovak, Slovakian /
Slovenia / Slovenian, Slovene /
South Africa / South African /
the Soviet Union, the USSR / Soviet /
Spain / Spanish / Spaniards
Sri Lanka, Ceylon / Sri Lankan, Ceylonese /
Sudan / Sudanese /
Sweden / Swedish / Swedes
Switzerland / Swiss /
Syria / Syrian /
Taiwan / Taiwanese /
Tanzania / Tanzanian /
Thailand, Siam / Thai, Siamese / Thais, Siamese
Tunisia / Tunisian /
Turkey / Turkish / Turks
Uganda / Ugandan /
Ukraine / Ukrainian /
the United States, the USA, the United States of America / American /
Uruguay / Uruguayan /
Venezuela / Venezuelan /
Vietnam / Vietnamese /
Wales / Welsh / Welshmen
Yugoslavia / Yugoslav, Yugoslavian /
Zimbabwe / Zimbabwean /
Aragon / Aragonese /
Assyria / Assyrian /
Athens / Athenian /
Babylon, Babylonia / Babylonian /
Bavaria / Bavarian /
Bohemia / Bohemian /
Burgundy / Burgundian /
Byzantium, the Byzantine Empire / Byzantine /
Carthage / Carthaginian /
Castile / Castilian /
Flanders / Flemish /
Florence / Florentine /
Genoa / Genoese /
Macedon, Macedonia / Macedonian /
Milan / Milanese /
Normandy / Norman /
the Ottoman Empire / Ottoman /
Persia / Persian /
Piedmont / Piedmontese /
Prussia / Prussian /
Rome, the Roman Empire / Roman /
Sardinia / Sardinian /
Savoy / Savoyard /
Saxony / Saxon /
Sparta / Spartan /
Venice / Venetian /
"""
