"""Abbreviations every reader knows whatever their letters: USSR, UK, US, the world wars."""

from __future__ import annotations

# Abbreviations whose letters are not the initials of what they stand for, or not of all
# of it: what every reader knows them to mean.
WELL_KNOWN_ABBREVIATIONS: dict[str, tuple[tuple[str, ...], ...]] = {
    "usa": (("united", "states", "of", "america"), ("united", "states")),
    "us": (("united", "states", "of", "america"), ("united", "states")),
    "ussr": (("soviet", "union"),),
    "uk": (("united", "kingdom"),),
    # Science's abbreviations of compound words, whose initials are not the words'.
    "dna": (("deoxyribonucleic", "acid"),),
    "rna": (("ribonucleic", "acid"),),
    "mrna": (("messenger", "rna"), ("messenger", "ribonucleic", "acid")),
    "trna": (("transfer", "rna"), ("transfer", "ribonucleic", "acid")),
    "atp": (("adenosine", "triphosphate"),),
    "adp": (("adenosine", "diphosphate"),),
    "pvc": (("polyvinyl", "chloride"),),
    "tnt": (("trinitrotoluene",),),
    "cfc": (("chlorofluorocarbon",),),
    "cfcs": (("chlorofluorocarbons",),),
    "uv": (("ultraviolet",), ("ultra", "violet")),
    "ir": (("infrared",), ("infra", "red")),
    "ecg": (("electrocardiogram",), ("electrocardiography",)),
    "ekg": (("electrocardiogram",), ("electrocardiography",)),
    "eeg": (("electroencephalogram",), ("electroencephalography",)),
    "tv": (("television",),),
    "cctv": (("closed", "circuit", "television"),),
    "icbm": (("intercontinental", "ballistic", "missile"),),
    "icbms": (("intercontinental", "ballistic", "missiles"),),
    # The world wars, as their words are read ("the Second World War", "World War II").
    "ww2": (("2", "world", "war"), ("world", "war", "2")),
    "ww1": (("1", "world", "war"), ("world", "war", "1")),
}
# The world wars' abbreviations with a Roman numeral, read with its digit ("WWII" is WW2).
WARS_IN_DIGITS = {"wwii": "ww2", "wwi": "ww1"}
