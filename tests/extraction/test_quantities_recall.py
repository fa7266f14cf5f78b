"""Counted nouns the quantity scan used to miss. The sentences are made up for the test."""

from __future__ import annotations

from claims.extraction.quantities import find_quantities


def units(text, language):
    return [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)]


def test_a_swedish_compound_with_a_name_in_front_is_a_counted_noun():
    assert units("Två EU-länder har protesterat mot beslutet.", "sv") == [(2, "eu-länder")]
    assert units("Elva Natoländer deltar i övningen.", "sv") == [(11, "natoländer")]


def test_a_capitalised_name_after_a_figure_is_still_not_a_noun():
    assert units("Vi köpte tre Volvo i fjol.", "sv")[0][1] != "volvo"
