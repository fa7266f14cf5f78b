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


def test_people_counted_by_their_state_are_persons():
    assert units("Floods left about 1.2 million stranded, officials said.", "en") == [
        (1200000, "person")
    ]
    assert units("The quake left 300 dead and 1,200 injured.", "en") == [
        (300, "person"),
        (1200, "person"),
    ]
    assert units("Olyckan krävde tre döda.", "sv") == [(3, "person")]


def test_a_swedish_definite_plural_of_people_counts_persons():
    assert units("Drygt 6 500 av soldaterna kommer från Sverige.", "sv") == [(6500, "person")]


def test_a_name_in_front_of_an_english_counted_noun_is_skipped():
    assert units("Thieves have stolen four Iron Age gold torcs from a museum.", "en") == [
        (4, "torcs")
    ]
    assert units("The firm owns two Tesla factories in Texas.", "en") == [(2, "factories")]


def test_a_name_then_a_verb_is_no_counted_noun():
    # the verb after the name is never the noun; a plural abbreviation ("MPs") is
    assert units("Three Labour MPs resigned on Monday.", "en") == [(3, "person")]
    assert units("Three Acme Bank resigned from the board.", "en") == [(3, None)]


def quals(text, language):
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), language)]


def test_or_more_after_a_figure_is_at_least():
    assert quals("Any bank buying a stake of 10% or more must get approval.", "en") == [
        (10, "percent", "at_least")
    ]
    assert quals("Vid två timmar eller mer betalas hälften tillbaka.", "sv")[0][2] == "at_least"


def test_within_a_figure_is_at_most():
    assert quals("Finds must be reported within 14 days.", "en") == [(14, "day", "at_most")]
    assert quals("Jägarna måste anmäla fällda vargar inom en timme.", "sv") == [
        (1, "hour", "at_most")
    ]
