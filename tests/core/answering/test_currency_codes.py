"""Tests for trainer.core.answering.currency_codes: a currency by its ISO code or its sign."""

from __future__ import annotations

import pytest

from tests.support.grading import graded
from trainer.core.answering.currency_codes import currency_by_symbol, is_currency_sign
from trainer.core.answering.verdict import Outcome


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("the Swiss franc", "CHF", "What is the currency of Switzerland?"),
        ("the Swiss franc", "chf", "What is the currency of Switzerland?"),
        ("the yen", "JPY", "What is the currency of Japan?"),
        ("the yen", "¥", "What is the currency of Japan?"),
        ("the euro", "€", "Which currency replaced the mark?"),
        ("the euro", "EUR", "Which currency replaced the mark?"),
        ("the pound sterling", "£", "What is the currency of the United Kingdom?"),
        ("the pound sterling", "GBP", "What is the currency of the United Kingdom?"),
        ("the US dollar", "$", "What is the world's main reserve currency?"),
        ("the US dollar", "USD", "What is the world's main reserve currency?"),
        ("the dollar", "CAD", "What is the currency of Canada?"),
        ("the Indian rupee", "₹", "What is the currency of India?"),
        ("the renminbi", "CNY", "What is the currency of China?"),
        ("the yuan", "¥", "What is the currency of China?"),
        ("the rouble", "RUB", "What is the currency of Russia?"),
        ("the won", "₩", "What is the currency of South Korea?"),
        ("the rand", "ZAR", "What is the currency of South Africa?"),
        ("the Brazilian real", "R$", "What is the currency of Brazil?"),
        ("the Turkish lira", "₺", "What is the currency of Turkey?"),
        # And the name for the code or the sign.
        ("CHF", "the Swiss franc", "Which currency does Switzerland use?"),
        ("JPY", "yen", "Which currency does Japan use?"),
    ],
)
def test_a_currency_by_its_code_or_sign_is_right(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.EXACT


@pytest.mark.parametrize(
    ("answer", "typed", "question"),
    [
        ("the yen", "USD", "What is the currency of Japan?"),
        ("the yen", "$", "What is the currency of Japan?"),
        ("the yen", "CNY", "What is the currency of Japan?"),  # ¥ is shared, the code is not
        ("the Swiss franc", "EUR", "What is the currency of Switzerland?"),
        ("the dollar", "USD", "What is the currency of Canada?"),
        ("the Canadian dollar", "USD", "What is the currency of Canada?"),
        ("the krona", "NOK", "What is the currency of Sweden?"),
        ("the rupee", "PKR", "What is the currency of India?"),
        ("the euro", "£", "What is the currency of Germany?"),
        # Asked for the code, the name is no answer; the code the question gives neither.
        ("CHF", "Swiss franc", "What is the ISO code of the Swiss franc's currency?"),
        ("the Swiss franc", "CHF", "Which currency has the code CHF?"),
    ],
)
def test_another_currencys_code_or_sign_stays_wrong(answer: str, typed: str, question: str) -> None:
    assert graded(answer, typed, question) is Outcome.WRONG


def test_a_shared_sign_names_each_currency_and_a_name_is_narrowed_by_the_question() -> None:
    assert currency_by_symbol("$", "the dollar", ("what", "is", "the", "currency", "of", "canada"))
    assert currency_by_symbol("kr", "the krone", ())
    assert currency_by_symbol("USD", "the dollar", ()) is not None  # no country named
    assert currency_by_symbol("USD", "the dollar", ("of", "canada")) is None
    assert currency_by_symbol("CHF", "Paris", ()) is None
    # A shared name typed for a code names it only where the question picks it out.
    assert currency_by_symbol("pounds", "GBP", ()) is None
    assert currency_by_symbol("pounds", "GBP", ("currency", "of", "britain")) is not None


def test_only_signs_and_codes_alone_are_currencies() -> None:
    assert is_currency_sign("¥")
    assert is_currency_sign(" € ")
    assert is_currency_sign("usd")
    assert not is_currency_sign("?")
    assert not is_currency_sign("$5")
    assert not is_currency_sign("")


@pytest.mark.parametrize(
    ("answer", "typed", "right"),
    [
        # A sign after the number, as much of Europe writes it, was no sign at all:
        # "3.30 €" was exact for "$3.30".
        ("$3.30", "3.30 €", False),
        ("€3.30", "3.30 €", True),
        ("€3.30", "3,30€", True),
        ("€5 million", "5 million €", True),
        ("£5 million", "5 million €", False),
    ],
)
def test_a_currency_sign_after_the_number_is_that_currency(
    answer: str, typed: str, right: bool
) -> None:
    assert (
        graded(answer, typed, "How much did it cost?") in (Outcome.EXACT, Outcome.TYPO)
    ) is right
