"""Decomposition of news sentences that pack a second fact into a tail phrase: an appositive
figure, a participle after an adverb, a comparison with a clause, the means of a figure, a
share after "varav". Each test names the pattern; the sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.decompose import decompose


def pieces(text, language):
    return [" ".join(text[s:e] for s, e in p) for p in decompose(text, 0, len(text), language)]


def claims(text, language):
    return [(c.text, c.type) for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The insurer will pay 1.4 new shares for each share held, a premium of 31% to "
            "Tuesday's close.",
            "en",
            "a premium of 31% to Tuesday's close.",
        ),
        (
            "Pensionsfonden sålde aktier för 2 miljarder kronor, en minskning med 9 procent.",
            "sv",
            "en minskning med 9 procent.",
        ),
    ],
)
def test_an_indefinite_appositive_with_a_figure_is_a_claim(text, language, second):
    assert pieces(text, language)[-1] == second


def test_an_indefinite_appositive_without_a_figure_stays():
    text = "The insurer paid 1.4 new shares for each share, a price the board accepted."
    assert len(pieces(text, "en")) == 1


def test_a_participle_after_an_adverb_states_its_own_figure():
    text = "The city has opened more than 300 cooling centres, now serving about 40,000 people."
    assert pieces(text, "en") == [
        "The city has opened more than 300 cooling centres",
        "now serving about 40,000 people.",
    ]


def test_an_adverb_then_a_participle_without_a_figure_stays():
    text = "The city has opened more than 300 cooling centres, still hoping for rain."
    assert len(pieces(text, "en")) == 1


def test_a_comparison_with_a_clause_of_its_own_is_a_claim():
    text = "About 90 millimetres of snow fell in one night, more than the valley sees in a winter."
    assert pieces(text, "en")[-1] == "more than the valley sees in a winter."


def test_a_short_comparison_stays():
    text = "Exports rose 6% in the quarter, more than expected."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "means"),
    [
        (
            "The chain expects to save $40 million a year, mainly by closing depots and "
            "sharing trucks.",
            "en",
            "mainly by closing depots and sharing trucks.",
        ),
        (
            "Regionen vill spara 300 miljoner kronor, främst genom att slå ihop två sjukhus.",
            "sv",
            "främst genom att slå ihop två sjukhus.",
        ),
    ],
)
def test_the_means_of_a_figure_is_a_causal_claim(text, language, means):
    out = claims(text, language)
    assert out[-1][0] == means
    assert out[-1][1] in ("causal", "quantity")
    if language == "en":
        assert out[-1][1] == "causal"


def test_a_means_through_a_noun_without_a_figure_stays():
    text = "Revenue rose 5% last year, mainly through exports."
    assert len(pieces(text, "en")) == 1


def test_a_share_after_varav_is_a_quantity_claim():
    text = "Länet tog emot omkring 2 400 flyktingar, varav drygt hälften från Ukraina."
    out = claims(text, "sv")
    assert [t for t, _ in out] == [
        "Länet tog emot omkring 2 400 flyktingar",
        "varav drygt hälften från Ukraina.",
    ]
    assert out[1][1] == "quantity"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The chain has struggled since a 2022 loss of $2 billion that forced out its founder.",
            "en",
            [
                "The chain has struggled since a 2022 loss of $2 billion",
                "a 2022 loss that forced out its founder.",
            ],
        ),
        (
            "Burglars took three paintings from a gallery in Leeds in a raid that lasted less "
            "than five minutes.",
            "en",
            [
                "Burglars took three paintings from a gallery in Leeds in a raid",
                "a raid that lasted less than five minutes.",
            ],
        ),
        (
            "Kommunen har byggt en ny skola som kostade 300 miljoner kronor.",
            "sv",
            ["Kommunen har byggt en ny skola", "en ny skola som kostade 300 miljoner kronor."],
        ),
        (
            # a strong past tense, with a particle or without
            "Förslaget klubbades med 41 röster mot 38 efter en debatt som pågick i drygt fem "
            "timmar.",
            "sv",
            [
                "Förslaget klubbades med 41 röster mot 38 efter en debatt",
                "en debatt som pågick i drygt fem timmar.",
            ],
        ),
    ],
)
def test_a_past_relative_clause_about_a_new_thing_is_a_claim(text, language, expected):
    assert pieces(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The company said that it lost $2 billion in 2022.", "en"),
        ("It was a storm that caused the worst damage in 40 years.", "en"),
        ("Polisen grep en man som misstänks för mordet.", "sv"),
        ("The town has a museum that opened in a former bank.", "en"),
    ],
)
def test_a_complement_a_cleft_or_a_relative_without_a_figure_stays(text, language):
    assert len(pieces(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The new airline will have 120 aircraft and about 9,000 employees.",
            "en",
            [
                "The new airline will have 120 aircraft",
                "The new airline will have about 9,000 employees.",
            ],
        ),
        (
            "The group will have total assets of roughly €40 billion and around 2 million "
            "customers.",
            "en",
            [
                "The group will have total assets of roughly €40 billion",
                "The group will have around 2 million customers.",
            ],
        ),
    ],
)
def test_each_count_of_a_list_of_counted_things_is_a_claim(text, language, expected):
    assert [t for t, _ in claims(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Prices rose between 10 and 12 percent last year.",
        "The strike hit flights in 2024 and 2025 across the region.",
    ],
)
def test_a_range_or_two_years_is_not_a_list_of_counts(text):
    assert len(pieces(text, "en")) == 1


def test_a_perfect_tense_attribution_tail_is_not_part_of_the_claim():
    out = extract("The council has closed 14 libraries since 2020, officials have said.", "en")
    assert [c.text for c in out] == ["The council has closed 14 libraries since 2020"]
    assert out[0].speaker == "officials"


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Regeringen föreslår att anslagen till polisen höjs med 2,1 miljarder kronor till "
            "totalt 40 miljarder kronor.",
            "sv",
            [
                "Regeringen föreslår att anslagen till polisen höjs med 2,1 miljarder kronor",
                "Regeringen föreslår att anslagen till polisen höjs till totalt 40 miljarder "
                "kronor.",
            ],
        ),
        (
            "Revenue rose by $2m to a total of $610m last year.",
            "en",
            ["Revenue rose by $2m", "Revenue rose to a total of $610m last year."],
        ),
        (
            "Antalet poliser ska enligt planen öka från dagens drygt 20 000 till 26 000 år 2030.",
            "sv",
            [
                "Antalet poliser ska enligt planen öka från dagens drygt 20 000",
                "Antalet poliser ska enligt planen öka till 26 000 år 2030.",
            ],
        ),
    ],
)
def test_a_change_and_a_total_or_a_level_now_and_one_planned_are_two_claims(
    text, language, expected
):
    assert pieces(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Revenue fell by $2m to $610m.", "en"),
        ("Priset steg med 3 kronor till 45 kronor.", "sv"),
        ("Resan tar från 3 till 4 timmar.", "sv"),
    ],
)
def test_a_change_read_two_ways_or_a_range_stays_whole(text, language):
    assert len(pieces(text, language)) == 1


def test_a_planned_count_before_a_year_keeps_the_counted_noun():
    out = extract("Antalet som gör värnplikt ska öka till 12 000 år 2032.", "sv")
    assert [(q.value, q.unit) for q in out[0].quantities] == [(12000, "person")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thieves have stolen three Bronze Age gold rings valued at about £2m from a museum "
            "in York.",
            [
                "Thieves have stolen three Bronze Age gold rings from a museum in York.",
                "three Bronze Age gold rings valued at about £2m",
            ],
        ),
        (
            "The two carmakers agreed on Friday to merge in an all-share deal valuing Rover at "
            "$9.2bn.",
            [
                "The two carmakers agreed on Friday to merge in an all-share deal",
                "an all-share deal valuing Rover at $9.2bn",
            ],
        ),
    ],
)
def test_a_valuation_inside_an_event_is_a_claim_of_its_own(text, expected):
    assert sorted(t for t, _ in claims(text, "en")) == sorted(expected)


def test_a_valuation_that_is_the_statement_stays():
    text = "The company was valued at $3bn in its last funding round."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Förseningarna beror på snöovädret och på att två tåg gick sönder.",
            "sv",
            [
                "Förseningarna beror på snöovädret",
                "Förseningarna beror på att två tåg gick sönder.",
            ],
        ),
        (
            "Enligt SMHI beror kylan i år främst på svag vind och på att högtrycket ligger kvar.",
            "sv",
            [
                "Enligt SMHI beror kylan i år främst på svag vind",
                "Enligt SMHI beror kylan i år främst på att högtrycket ligger kvar.",
            ],
        ),
        (
            "Flights were cancelled due to the strike and to the fact that snow closed a runway.",
            "en",
            [
                "Flights were cancelled due to the strike",
                "Flights were cancelled due to the fact that snow closed a runway.",
            ],
        ),
    ],
)
def test_a_second_cause_with_its_preposition_repeated_is_a_claim(text, language, expected):
    assert pieces(text, language) == expected


def test_one_cause_with_two_nouns_stays():
    assert len(pieces("Förseningarna beror på snö och is på spåren.", "sv")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Färjan gick på grund utanför Visby med 240 passagerare och 31 besättningsmän ombord.",
            "sv",
            [
                "Färjan gick på grund utanför Visby",
                "Färjan med 240 passagerare",
                "Färjan med 31 besättningsmän ombord.",
            ],
        ),
        (
            "A small plane crashed into a field near Leeds on Sunday with four people on board.",
            "en",
            [
                "A small plane crashed into a field near Leeds on Sunday",
                "A small plane with four people on board.",
            ],
        ),
    ],
)
def test_who_was_aboard_is_told_apart_from_the_event(text, language, expected):
    assert [t for t, _ in claims(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The bus, with 40 pupils aboard, slid off the road.",
        "A bus carrying 30 tourists overturned with 32 people on board.",
    ],
)
def test_aboard_stays_when_the_clause_has_a_figure_or_no_plain_subject(text):
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Omkring 3 000 idrottare från 90 länder tävlar i spelen.",
            "sv",
            [
                "Omkring 3 000 idrottare tävlar i spelen.",
                "idrottare från 90 länder tävlar i spelen.",
            ],
        ),
        (
            "More than 2,000 athletes from 90 countries will compete in the games.",
            "en",
            [
                "More than 2,000 athletes will compete in the games.",
                "athletes from 90 countries will compete in the games.",
            ],
        ),
    ],
)
def test_a_count_and_the_number_of_places_it_comes_from_are_two_claims(text, language, expected):
    assert [t for t, _ in claims(text, language)] == expected


def test_a_change_from_one_count_to_another_stays_whole():
    assert len(claims("The number of cases fell from 300 in May to 120 in June.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "last"),
    [
        (
            "Sales rose 5% in March, when a heatwave hit the region.",
            "en",
            "when a heatwave hit the region.",
        ),
        (
            "Produktionen väntas öka till 40 miljoner enheter nästa år, när en ny fabrik i Polen "
            "startar.",
            "sv",
            "när en ny fabrik i Polen startar.",
        ),
    ],
)
def test_a_when_clause_about_a_new_thing_is_an_event_of_its_own(text, language, last):
    assert pieces(text, language)[-1] == last


def test_a_when_clause_that_only_dates_the_figure_stays():
    assert len(pieces("The town had 3,000 residents in 1990, when the mine closed.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Prices were three times the EU average of €40 per megawatt hour.",
            "en",
            ["Prices were three times the EU average", "the EU average of €40 per megawatt hour."],
        ),
        (
            "Priset var tre gånger så högt som det europeiska snittet på 40 euro.",
            "sv",
            [
                "Priset var tre gånger så högt som det europeiska snittet",
                "det europeiska snittet på 40 euro.",
            ],
        ),
    ],
)
def test_a_multiple_of_a_stated_reference_value_and_the_value_are_two_claims(
    text, language, expected
):
    assert pieces(text, language) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Sales were twice the level of 2019.",
        "The level was well above the legal limit of 40 micrograms.",
    ],
)
def test_a_multiple_of_a_year_or_a_vague_comparison_stays(text):
    assert len(pieces(text, "en")) == 1


def test_a_measure_used_as_an_adjective_beside_other_figures_is_a_claim():
    text = (
        "The rocket released the 1,800-kilogram probe into an orbit about 650 kilometres above "
        "Earth."
    )
    assert pieces(text, "en") == [
        "The rocket released the probe into an orbit about 650 kilometres above Earth.",
        "the 1,800-kilogram probe",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The company built a 300-metre bridge across the river.",
        "The 24-year-old pulled away at around the 30-kilometre mark.",
    ],
)
def test_a_measure_adjective_alone_or_beside_an_age_stays(text):
    assert len(pieces(text, "en")) == 1


def test_a_count_with_a_verb_of_its_own_takes_no_lead():
    out = claims("Fire crews battled a 40-kilometre front on Sunday, and 12 homes were lost.", "en")
    assert out[-1][0] == "12 homes were lost."
