"""Hostile deck files: each case of the corpus in hostile/ fails with exactly its lines.

A case is one deck file. Its leading comments say what it must produce and what to
build around it before loading:

    # expect: deck.yaml:3:8: error: ...      one line of the loader's output, in order
    # setup: file NAME = CONTENT             a one-line file beside the deck
    # setup: link NAME -> TARGET             a symbolic link
    # setup: fifo NAME / dir NAME / socket NAME
    # setup: big NAME MIB                    a deck file of that many MiB

`{folder}` stands for the real path of the deck's folder and `{outside}` for a folder
beside it that holds a secret-looking file. Line numbers count the comments too, so a
line of the corpus file is a line of the error.
"""

from __future__ import annotations

import os
import socket
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from trainer.core.authored import Deck
from trainer.core.deck.includes import (
    MAX_FILE_BYTES,
    RefusedFile,
    read_deck_file,
    read_recorded_files,
)
from trainer.core.deck.loader import load_deck
from trainer.core.model import DeckError
from trainer.core.untrusted import forbidden_search

CORPUS = Path(__file__).with_name("hostile")
# What lies outside the deck's folder: if any of it shows up in an error, a read leaked it.
SECRET = "shadow_entry_7f3a: root:$6$SECRETHASH:19000:0:99999:7:::\nexcerpts: [{id: leaked}]\n"
LOAD_TIMEOUT_SECONDS = 30


@dataclass
class Case:
    name: str
    text: str
    expected: list[str] = field(default_factory=list)
    setup: list[str] = field(default_factory=list)


def read_case(path: Path) -> Case:
    text = path.read_text(encoding="utf-8")
    case = Case(path.stem, text)
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        if line.startswith("# expect: "):
            case.expected.append(line.removeprefix("# expect: "))
        elif line.startswith("# setup: "):
            case.setup.append(line.removeprefix("# setup: "))
    return case


CASES = [read_case(path) for path in sorted(CORPUS.glob("*.yaml"))]


def build(step: str, folder: Path, outside: Path) -> None:
    kind, _, rest = step.partition(" ")
    rest = rest.replace("{outside}", str(outside))
    if kind == "file":
        name, _, content = rest.partition(" = ")
        (folder / name).write_text(content + "\n", encoding="utf-8")
    elif kind == "link":
        name, _, target = rest.partition(" -> ")
        (folder / name).symlink_to(target)
    elif kind == "fifo":
        os.mkfifo(folder / rest)
    elif kind == "dir":
        (folder / rest).mkdir()
    elif kind == "socket":
        listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        listener.bind(rest)  # relative: the deck's folder is the current one
        listener.close()
    elif kind == "big":
        name, mib = rest.split()
        padding = "#" * (int(mib) * 1024 * 1024)
        (folder / name).write_text(f"excerpts: []\n{padding}\n", encoding="utf-8")
    else:
        raise AssertionError(f"unknown setup step {step!r}")


@pytest.fixture
def deck_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An empty deck folder, made the current one, beside an outside folder with secrets."""
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "secret.yaml").write_text(SECRET, encoding="utf-8")
    (tmp_path / "outside.yaml").write_text(SECRET, encoding="utf-8")
    folder = tmp_path / "deck"
    folder.mkdir()
    monkeypatch.chdir(folder)
    yield folder


def outcome_within_timeout(load: Callable[[], Deck]) -> Deck | DeckError:
    """The loader's result, failing the test if it blocks (as reading a FIFO would)."""
    result: list[Deck | BaseException] = []

    def run() -> None:
        try:
            result.append(load())
        except BaseException as error:  # handed to the test thread below
            result.append(error)

    worker = threading.Thread(target=run, daemon=True)
    worker.start()
    worker.join(LOAD_TIMEOUT_SECONDS)
    if worker.is_alive():
        pytest.fail("the loader blocked")
    (value,) = result
    if isinstance(value, DeckError | Deck):
        return value
    raise value


def error_lines(load: Callable[[], Deck]) -> list[str]:
    outcome = outcome_within_timeout(load)
    assert isinstance(outcome, DeckError), "a hostile deck must not load"
    return [str(diagnostic) for diagnostic in outcome.diagnostics]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_each_hostile_deck_fails_with_exactly_its_error_lines(
    case: Case, deck_folder: Path
) -> None:
    assert case.expected, f"{case.name}.yaml has no '# expect:' line"
    outside = deck_folder.parent / "outside"
    for step in case.setup:
        build(step, deck_folder, outside)
    (deck_folder / "deck.yaml").write_text(case.text, encoding="utf-8")
    lines = error_lines(lambda: load_deck("deck.yaml"))
    placeholders = {"{folder}": os.path.realpath(deck_folder), "{outside}": str(outside)}
    expected = []
    for line in case.expected:
        for placeholder, value in placeholders.items():
            line = line.replace(placeholder, value)
        expected.append(line)
    assert lines == expected
    output = "\n".join(lines)
    assert forbidden_search(output) is None, "an error message holds a raw control character"
    for secret_line in [*SECRET.splitlines(), "SECRETHASH", "leaked", "root:x:0"]:
        assert secret_line not in output


def test_the_corpus_covers_every_kind_of_hostile_input() -> None:
    names = {case.name for case in CASES}
    assert len(names) >= 25
    assert {"include_fifo", "include_dev_zero", "include_symlink_out", "rlo_raw"} <= names


def test_a_fifo_as_the_main_deck_is_a_one_line_error(deck_folder: Path) -> None:
    os.mkfifo("deck.yaml")
    assert error_lines(lambda: load_deck("deck.yaml")) == [
        "deck.yaml:1:1: error: the deck file is a FIFO, not a regular file"
    ]


def test_a_device_as_the_main_deck_is_a_one_line_error(deck_folder: Path) -> None:
    Path("deck.yaml").symlink_to("/dev/zero")
    assert error_lines(lambda: load_deck("deck.yaml")) == [
        "deck.yaml:1:1: error: the deck file is a character device, not a regular file"
    ]
    assert error_lines(lambda: load_deck("/dev/zero")) == [
        "/dev/zero:1:1: error: the deck file is a character device, not a regular file"
    ]


def test_a_directory_as_the_main_deck_is_a_one_line_error(deck_folder: Path) -> None:
    assert error_lines(lambda: load_deck(deck_folder)) == [
        f"{deck_folder}:1:1: error: the deck file is a directory, not a regular file"
    ]


GOOD_PART = "excerpts:\n  - {id: e, page: 1, text: t, questions: [{q: Q?, a: A}]}\n"


def test_the_main_deck_may_live_anywhere_and_include_from_its_own_folder(tmp_path: Path) -> None:
    elsewhere = tmp_path / "any" / "where"
    elsewhere.mkdir(parents=True)
    (elsewhere / "part.yaml").write_text(GOOD_PART, encoding="utf-8")
    (elsewhere / "deck.yaml").write_text("id: d\ntitle: T\ninclude: [part.yaml]\n")
    deck = load_deck(elsewhere / "deck.yaml")
    assert [excerpt.id for excerpt in deck.excerpts] == ["e"]


def test_links_and_dot_dots_that_stay_inside_the_deck_are_followed(deck_folder: Path) -> None:
    (deck_folder / "chapters").mkdir()
    (deck_folder / "chapters" / "real.yaml").write_text(GOOD_PART, encoding="utf-8")
    (deck_folder / "alias.yaml").symlink_to("chapters/real.yaml")
    (deck_folder / "more.yaml").write_text("excerpts: [{id: f, page: 2, text: u}]\n")
    deck_text = "id: d\ntitle: T\ninclude: [alias.yaml, chapters/../more.yaml]\n"
    (deck_folder / "deck.yaml").write_text(deck_text)
    assert [excerpt.id for excerpt in load_deck("deck.yaml").excerpts] == ["e", "f"]


def test_a_deck_in_a_linked_folder_includes_its_own_files(tmp_path: Path) -> None:
    real = tmp_path / "real"
    real.mkdir()
    (real / "part.yaml").write_text(GOOD_PART, encoding="utf-8")
    (real / "deck.yaml").write_text("id: d\ntitle: T\ninclude: [part.yaml]\n")
    (tmp_path / "linked").symlink_to(real)
    deck = load_deck(tmp_path / "linked" / "deck.yaml")
    assert [excerpt.id for excerpt in deck.excerpts] == ["e"]


def test_the_error_for_an_outside_include_names_the_folder_not_the_file(
    deck_folder: Path,
) -> None:
    (deck_folder / "deck.yaml").write_text("id: d\ntitle: T\ninclude: [../outside/secret.yaml]\n")
    (line,) = error_lines(lambda: load_deck("deck.yaml"))
    assert line == (
        "deck.yaml:3:11: error: include '../outside/secret.yaml' leads outside the deck's"
        f" folder {os.path.realpath(deck_folder)}: includes must stay inside it"
    )


def counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """The size of every os.read from now on."""
    sizes: list[int] = []
    real_read = os.read

    def read(descriptor: int, count: int) -> bytes:
        data = real_read(descriptor, count)
        sizes.append(len(data))
        return data

    monkeypatch.setattr(os, "read", read)
    return sizes


def test_a_deck_file_is_read_one_byte_past_the_limit_at_most(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    huge = tmp_path / "huge.yaml"
    with huge.open("wb") as stream:
        stream.truncate(4 * MAX_FILE_BYTES)  # sparse: costs no disk
    sizes = counting_reads(monkeypatch)
    assert len(read_deck_file(huge)) == MAX_FILE_BYTES + 1
    assert sum(sizes) == MAX_FILE_BYTES + 1


def test_an_odd_file_is_refused_before_anything_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sizes = counting_reads(monkeypatch)
    os.mkfifo(tmp_path / "pipe")
    for odd in (Path("/dev/zero"), tmp_path / "pipe", tmp_path):
        with pytest.raises(RefusedFile, match="not a regular file"):
            read_deck_file(odd)
    assert sizes == []


def test_reading_again_refuses_an_include_moved_outside(tmp_path: Path) -> None:
    (tmp_path / "deck").mkdir()
    (tmp_path / "deck" / "deck.yaml").write_text("id: d\n")
    (tmp_path / "secret.yaml").write_text(SECRET)
    (tmp_path / "deck" / "part.yaml").symlink_to(tmp_path / "secret.yaml")
    main, part = str(tmp_path / "deck" / "deck.yaml"), str(tmp_path / "deck" / "part.yaml")
    assert [path for path, _ in read_recorded_files([main])] == [main]
    with pytest.raises(RefusedFile, match="leads outside"):
        read_recorded_files([main, part])
