"""The word list is parsed once and read back from the cache folder after that; a damaged,
foreign or outdated copy is parsed again and replaced, never an error."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from trainer.core import lexicon
from trainer.engine import Engine, word_list_cache
from trainer.engine.deck_cache import CACHE_FOLDER
from trainer.engine.word_list_cache import ready_word_list

SMALL_TABLE = {"the": 100, "lipetsk": 3, "colour": 5, "color": 9}


class Recorder:
    """Stands in for the core's word list: what was parsed, and what was handed over."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, identity: str = "list v1") -> None:
        self.parses = 0
        self.given: list[dict[str, int]] = []
        monkeypatch.setattr(lexicon, "parsed_word_list", self._parse)
        monkeypatch.setattr(lexicon, "use_word_list", self.given.append)
        monkeypatch.setattr(lexicon, "word_list_identity", lambda: identity)
        monkeypatch.setattr(lexicon, "word_list_in_use", lambda: False)

    def _parse(self) -> dict[str, int]:
        self.parses += 1
        return dict(SMALL_TABLE)


def test_the_first_use_parses_and_keeps_the_list_and_the_next_reads_it_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    assert first.parses == 1 and first.given == [SMALL_TABLE]
    assert (tmp_path / "word-list.pickle").is_file()

    again = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    assert again.parses == 0
    assert again.given == [SMALL_TABLE]


def test_a_list_parsed_now_is_used_in_the_form_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The parsed table (16 MB for the real list) is let go: the process looks words up in
    # the compact form, as every later process does.
    recorder = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    given: list[object] = list(recorder.given)
    assert [type(table) for table in given] == [lexicon.SortedWordCounts]
    assert recorder.given == [SMALL_TABLE]


def test_a_list_kept_for_another_word_list_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Recorder(monkeypatch, identity="list v1")
    ready_word_list(tmp_path)
    newer = Recorder(monkeypatch, identity="list v2")
    ready_word_list(tmp_path)
    assert newer.parses == 1
    after = Recorder(monkeypatch, identity="list v2")
    ready_word_list(tmp_path)
    assert after.parses == 0  # replaced by the newer list's copy


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data[: len(data) // 2],  # truncated
        lambda data: b"",
        lambda data: b"not a pickle at all",
        lambda data: data.replace(b"lipetsk", b"lipetsq")[:-3],
    ],
)
def test_a_damaged_copy_is_parsed_again_and_replaced(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, damage: object
) -> None:
    Recorder(monkeypatch)
    ready_word_list(tmp_path)
    kept = tmp_path / "word-list.pickle"
    assert callable(damage)
    kept.write_bytes(damage(kept.read_bytes()))
    again = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    assert again.parses == 1 and again.given == [SMALL_TABLE]


def test_a_copy_that_would_build_other_objects_is_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import pickle

    kept = tmp_path / "word-list.pickle"
    with kept.open("wb") as stream:
        stream.write(word_list_cache._MAGIC)
        pickle.dump(("list v1", 1), stream)
        pickle.dump({"the": Path("/etc/passwd")}, stream)  # a class: refused by the reader
    recorder = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    assert recorder.parses == 1 and recorder.given == [SMALL_TABLE]


def test_a_folder_that_cannot_be_written_still_gives_the_list(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("not a folder")
    recorder = Recorder(monkeypatch)
    ready_word_list(blocked)
    assert recorder.given == [SMALL_TABLE]


def test_a_given_table_is_the_one_looked_up(monkeypatch: pytest.MonkeyPatch) -> None:
    real = lexicon._frequencies()
    monkeypatch.setattr(lexicon, "_given_table", dict(SMALL_TABLE))
    lexicon._frequencies.cache_clear()
    try:
        assert lexicon._frequencies() == SMALL_TABLE
    finally:
        monkeypatch.undo()
        lexicon._frequencies.cache_clear()
    assert lexicon._frequencies() == real


def test_a_list_in_use_is_not_read_again_but_is_kept_for_the_next_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorder = Recorder(monkeypatch)
    monkeypatch.setattr(lexicon, "word_list_in_use", lambda: True)
    monkeypatch.setattr(lexicon, "word_list_table", lambda: dict(SMALL_TABLE))
    ready_word_list(tmp_path)
    assert recorder.parses == 0 and recorder.given == []
    assert (tmp_path / "word-list.pickle").is_file()

    next_process = Recorder(monkeypatch)
    ready_word_list(tmp_path)
    assert next_process.parses == 0 and next_process.given == [SMALL_TABLE]


def test_the_real_word_list_round_trips(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    given: list[dict[str, int]] = []
    monkeypatch.setattr(lexicon, "use_word_list", given.append)
    monkeypatch.setattr(lexicon, "word_list_in_use", lambda: False)
    ready_word_list(tmp_path)
    ready_word_list(tmp_path)
    assert len(given) == 2
    assert given[0] == given[1] == lexicon.parsed_word_list()


def test_the_engine_keeps_the_word_list_with_the_deck_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    given: list[dict[str, int]] = []
    monkeypatch.setattr(lexicon, "use_word_list", given.append)
    monkeypatch.setattr(lexicon, "word_list_in_use", lambda: False)
    with Engine.open(environ={"TRAINER_HOME": str(tmp_path)}, backup=False) as engine:
        engine.ready_answering()
    kept = list(tmp_path.rglob("word-list.pickle"))
    # In the deck cache's folder: `trainer info` counts it there.
    assert [path.parent.name for path in kept] == [CACHE_FOLDER]
    assert len(given) == 1 and given[0]["the"] > 0


_FIRST_ANSWER_READY = """
import inspect, sys
from trainer.engine import Engine
from trainer.core.answering.text_matches import TextMatch
from trainer.core.answering.verdict import Verdict
with Engine.open(environ={"TRAINER_HOME": sys.argv[1]}, backup=False) as engine:
    engine.ready_answering()
print(all(inspect.isfunction(vars(kind)["__init__"]) for kind in (Verdict, TextMatch)))
"""


def test_readying_answering_writes_what_the_first_answer_builds(tmp_path: Path) -> None:
    # In a process of its own: another test may have built these records already.
    ready = subprocess.run(
        [sys.executable, "-c", _FIRST_ANSWER_READY, str(tmp_path)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert ready.stdout.strip() == "True", ready.stderr
