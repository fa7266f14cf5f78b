"""Round 3 decomposition patterns, in Swedish and English; the sentences are made up."""

from __future__ import annotations

import pytest

from claims.extraction.decompose import decompose


def pieces(text, language):
    return [" ".join(text[s:e] for s, e in p) for p in decompose(text, 0, len(text), language)]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Side effects were seen in 4.2% of patients, less than half the rate seen last year.",
            "en",
            "less than half the rate seen last year.",
        ),
        (
            "Biljetten kostar 240 kronor, mindre än hälften av priset i Oslo.",
            "sv",
            "mindre än hälften av priset i Oslo.",
        ),
    ],
)
def test_a_multiple_after_less_than_is_a_comparison_of_its_own(text, language, second):
    assert pieces(text, language)[-1] == second


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Some 41,000 homes lack broadband, a figure the regulator expects to halve by 2030.",
            "en",
            "a figure the regulator expects to halve by 2030.",
        ),
        (
            "I fjol föddes 98 000 barn i Sverige, en siffra som väntas sjunka till 95 000 i år.",
            "sv",
            "en siffra som väntas sjunka till 95 000 i år.",
        ),
    ],
)
def test_an_appositive_figure_with_a_forecast_is_its_own_claim(text, language, second):
    assert pieces(text, language)[-1] == second
