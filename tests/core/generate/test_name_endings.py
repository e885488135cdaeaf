"""The surnames that end a value's names, which a prompt must not name of an option."""

from __future__ import annotations

from trainer.core.generate.name_endings import NO_NAME_ENDINGS, name_endings


def test_a_persons_name_ends_in_the_surname() -> None:
    endings = name_endings("Joseph Lister and Hugo de Vries")
    assert endings.every == {"lister", "vries"}
    assert endings.given == {"lister", "vries"}


def test_a_place_of_a_kind_is_no_persons_name() -> None:
    endings = name_endings("Bering Strait")
    assert endings.every == {"strait"}
    assert not endings.given


def test_a_title_after_a_name_is_no_surname() -> None:
    assert name_endings("Kublai Khan") == NO_NAME_ENDINGS
    assert name_endings("Enver Pasha") == NO_NAME_ENDINGS
    assert name_endings("Genghis Khan and Wasim Akram").every == {"akram"}


def test_khan_after_a_given_name_is_a_family_name() -> None:
    # "Khan" is a title after Genghis, and a family name after a given name.
    assert name_endings("Imran Khan and Wasim Akram").every == {"khan", "akram"}
