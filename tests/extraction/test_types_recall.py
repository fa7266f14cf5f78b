"""Claim types for shapes where the first cue misleads: a superlative that only picks out
what is measured, a year that frames an event, the means of a figure, a qualified half.
The sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def types(text, language):
    return [(c.text, c.type) for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Den äldsta deltagaren i loppet var 81 år.", "sv"),
        ("Den kraftigaste skuren gav 60 millimeter regn på en timme.", "sv"),
        ("The heaviest of the parcels weighed 34 kilograms.", "en"),
    ],
)
def test_a_superlative_that_picks_out_the_subject_leaves_a_quantity(text, language):
    assert types(text, language)[0][1] == "quantity"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The biggest one-day fall in more than a decade wiped 9% off the index.", "en"),
        ("Den högsta temperaturen sedan 1947 uppmättes till 36 grader.", "sv"),
        ("The hottest day ever recorded in the city reached 41 degrees.", "en"),
    ],
)
def test_a_superlative_set_against_history_stays_a_comparison(text, language):
    assert types(text, language)[0][1] == "comparison"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Sedan 2021 har kommunen infört avgifter i alla parkeringshus.", "sv"),
        ("Since 2019 the council has closed its night buses.", "en"),
    ],
)
def test_a_year_opening_the_claim_frames_an_event(text, language):
    assert types(text, language)[0][1] == "event"


def test_first_since_a_year_is_still_a_comparison():
    assert (
        types("The summit was the first meeting of the two leaders since 2019.", "en")[0][1]
        == "comparison"
    )


def test_most_after_a_genitive_is_a_superlative():
    out = types(
        "The zoo attracts about 400,000 visitors a year, making it Scotland's most visited "
        "attraction.",
        "en",
    )
    assert out[-1] == ("making it Scotland's most visited attraction.", "comparison")


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The gang broke into the library through a side door, according to Kent Police.", "en"),
        ("Stormen drog in över Gotland under natten, enligt SMHI.", "sv"),
    ],
)
def test_content_vouched_for_by_a_source_keeps_its_own_type(text, language):
    out = extract(text, language=language)
    assert out[0].type == "event"
    assert out[0].speaker


def test_a_reported_statement_without_other_cues_is_a_quote():
    out = extract("Critics said the plan was unaffordable.", language="en")
    assert out[0].type == "quote"


def test_according_to_an_unnamed_source_is_an_attribution_tail():
    out = extract(
        "The gang broke into the library through a side door, according to the police.", "en"
    )
    assert [(c.text, c.speaker) for c in out] == [
        ("The gang broke into the library through a side door", "the police")
    ]
