"""Round 3 decomposition patterns, in Swedish and English; the sentences are made up."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.decompose import decompose
from claims.extraction.quantities import find_quantities


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


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I zon 2 steg hyran med 40 kronor.", "sv"),
        ("I elområde 1 och 2 kostade strömmen 11 öre.", "sv"),
        ("The phase 2 study cost $40 million.", "en"),
        ("Flights from Terminal 5 and 3 were cut by 40.", "en"),
    ],
)
def test_a_small_number_naming_a_zone_or_phase_is_not_a_quantity(text, language):
    values = [q.value for q in find_quantities(text, 0, len(text), language)]
    assert values == [40] or values == [11] or values == [40_000_000]


def test_a_number_after_a_label_noun_with_a_qualifier_is_still_a_count():
    text = "Minst 3 reaktorer och omkring 4 fartyg berördes."
    assert [q.value for q in find_quantities(text, 0, len(text), "sv")] == [3, 4]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I region 3, där bland annat Malmö ingår, sjönk priset till 90 öre.", "sv"),
        ("In the north, where the old mines are, prices fell to 90 pence.", "en"),
    ],
)
def test_a_where_clause_without_a_figure_only_names_the_place(text, language):
    assert len(pieces(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "I år blev det förbjudet att sälja lustgas, med böter på upp till 50 000 kronor.",
            "sv",
            "med böter på upp till 50 000 kronor.",
        ),
        (
            "Carrying a knife near a school became a crime, with a penalty of up to four years.",
            "en",
            "with a penalty of up to four years.",
        ),
    ],
)
def test_a_with_phrase_stating_a_figure_after_a_rule_is_its_own_claim(text, language, second):
    assert pieces(text, language)[-1] == second


def claim_texts(text, language):
    return [c.text for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Since 2019 the council has closed two libraries and introduced parking fees.",
            "en",
            [
                "Since 2019 the council has closed two libraries",
                "Since 2019 the council has introduced parking fees.",
            ],
        ),
        (
            "I år har kommunen stängt två bibliotek och infört avgifter.",
            "sv",
            ["I år har kommunen stängt två bibliotek", "I år har kommunen infört avgifter."],
        ),
    ],
)
def test_two_perfect_participles_with_objects_are_two_claims(text, language, expected):
    assert claim_texts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Two men have been arrested and charged.", "en"),
        ("Fonden har köpt och sålt aktier.", "sv"),
    ],
)
def test_a_passive_or_a_shared_object_keeps_participles_together(text, language):
    assert len(claim_texts(text, language)) == 1


def test_a_figure_before_the_year_it_refers_to_keeps_the_sentence_unit():
    text = "I fjol skadades 12 personer i olyckor, jämfört med 17 året innan."
    units = [(q.value, q.unit) for c in extract(text, language="sv") for q in c.quantities]
    assert (17, "person") in units
    assert all(u != "året" for _, u in units)


def test_a_swedish_definite_plural_after_of_is_a_noun_not_an_adjective():
    text = "Drygt 300 av eleverna kommer från Malmö."
    (q,) = find_quantities(text, 0, len(text), "sv")
    assert q.value == 300
    assert q.unit != "kommer"


def test_a_swedish_tal_numeral_is_an_approximate_count():
    text = "Branden skadade ett trettiotal hus och ett hundratal bilar under 1990-talet."
    found = [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), "sv")]
    assert found == [(30, "hus", "approx"), (100, "bilar", "approx")]


def test_a_relative_clause_after_a_swedish_present_tense_clause_is_its_own_claim():
    text = "Omkring 400 elever deltar i tävlingen, som startade i Umeå på lördagen."
    assert pieces(text, "sv")[-1] == "som startade i Umeå på lördagen."


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The bank raised its rate to 4%, in line with what economists predicted last week.",
            "en",
            "in line with what economists predicted last week.",
        ),
        (
            "Staden ska halvera utsläppen, i linje med målet som riksdagen beslutade i maj.",
            "sv",
            "i linje med målet som riksdagen beslutade i maj.",
        ),
    ],
)
def test_in_line_with_a_clause_is_its_own_claim(text, language, second):
    assert pieces(text, language)[-1] == second


def test_in_line_with_a_bare_noun_stays_whole():
    text = "The bank raised its rate to 4%, in line with expectations."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Ridership has grown by 3,000 trips a day since it opened in May 2022.",
            "en",
            ["Ridership has grown by 3,000 trips a day", "since it opened in May 2022."],
        ),
        (
            "Olyckorna har minskat med 40 procent sedan den infördes i mars 2019.",
            "sv",
            ["Olyckorna har minskat med 40 procent", "sedan den infördes i mars 2019."],
        ),
        (
            "Prices are at their highest since records began in 1990.",
            "en",
            ["Prices are at their highest since records began in 1990."],
        ),
    ],
)
def test_since_a_pronoun_and_a_past_verb_is_an_event_of_its_own(text, language, expected):
    assert pieces(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Sales rose to 4,200 cars in May, up 12% from April and the highest since 2019.",
            "en",
            ["Sales rose to 4,200 cars in May", "up 12% from April", "the highest since 2019."],
        ),
        (
            "Priset sjönk till 31 kronor, ned 8 procent från i fjol och det lägsta sedan 2015.",
            "sv",
            ["Priset sjönk till 31 kronor", "ned 8 procent från i fjol", "det lägsta sedan 2015."],
        ),
    ],
)
def test_a_change_and_a_rank_after_a_level_are_claims_of_their_own(text, language, expected):
    assert pieces(text, language) == expected


def test_an_including_phrase_after_a_bare_subject_is_not_cut_off():
    text = "The largest farms, including two near the coast, lost up to 40 cows each."
    assert pieces(text, "en") == [text]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("I zon 1 och 2 kostade biljetten 30 kronor.", "sv"),
        ("In phases 2 and 3 the trial enrolled 900 patients.", "en"),
    ],
)
def test_two_numbered_names_joined_by_and_are_one_subject(text, language):
    assert pieces(text, language) == [text]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three ferries were cancelled because of strong winds in the strait.",
            ["Three ferries were cancelled", "because of strong winds in the strait."],
        ),
        (
            "Patients were given one dose instead of two because of the shortage.",
            ["Patients were given one dose instead of two because of the shortage."],
        ),
    ],
)
def test_because_of_a_new_cause_is_its_own_claim(text, expected):
    assert pieces(text, "en") == expected


def test_a_qualified_time_after_a_distance_keeps_its_qualifier():
    text = "The probe entered an orbit 400 kilometres above Mars about 40 minutes later."
    claims = extract(text, language="en")
    assert claims[-1].text.endswith("about 40 minutes later.")
    assert [(q.value, q.unit, q.qualifier) for q in claims[-1].quantities] == [
        (40, "minute", "approx")
    ]


def test_years_ago_is_a_point_in_time_but_minutes_later_is_a_measured_gap():
    text = "Two years ago the plant closed; 20 minutes later the fire was out."
    found = [(q.value, q.unit) for q in find_quantities(text, 0, len(text), "en")]
    assert found == [(20, "minute")]
