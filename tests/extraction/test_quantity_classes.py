"""Quantity normalisation, by class of news phrasing (invented sentences).

Each test names a property of how news states figures: what a figure counts, its sign,
the qualifier written after it, halves, hyphenated number words and approximate "-tal".
"""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.quantities import find_quantities


def quantities(text, language):
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # the head of an English noun phrase is its last plural noun
        ("Ozone exceeded the limit at 9 of the city's 30 kerbside measuring stations.", "en",
         (9, "stations", "exact")),
        ("Investors get 1.5 new Acme shares for every share they hold.", "en",
         (1.5, "shares", "exact")),
        ("Burglars took three Viking Age silver brooches.", "en", (3, "brooches", "exact")),
        ("It follows two earlier test flights.", "en", (2, "test flights", "exact")),
        ("The club signed 40 more stewards.", "en", (40, "stewards", "exact")),
        # Swedish definite plurals of people nouns count people
        ("Över 2 000 av lärarna strejkade.", "sv", (2000, "person", "more_than")),
        ("Knappt 300 av passagerarna klev av.", "sv", (300, "person", "less_than")),
        ("Två av männen släpptes.", "sv", (2, "person", "exact")),
        # what befell people, written as a participle or verb after a bare figure
        ("The landslide left about 4,000 homeless and 12 missing.", "en",
         (4000, "person", "approx")),
        ("Flooding left 300,000 stranded.", "en", (300000, "person", "exact")),
        ("I olyckan omkom sju och över 40 skadade fördes till sjukhus.", "sv",
         (40, "person", "more_than")),
        ("Tre omkom i branden.", "sv", (3, "person", "exact")),
        # a casualty verb or a crowd before the figure
        ("The fever killed more than 1,800 last year.", "en", (1800, "person", "more_than")),
        ("Jordskredet dödade minst 14 i byn.", "sv", (14, "person", "at_least")),
        ("A crowd of 31,250 watched the final.", "en", (31250, "person", "exact")),
        # demonyms and hyphenated people nouns
        ("The scheme covers about 5 million Canadians.", "en", (5_000_000, "person", "approx")),
        ("Four co-workers gave evidence.", "en", (4, "person", "exact")),
        ("Officials counted 1,100 new arrivals a week.", "en", (1100, "person", "exact")),
        ("More than 40 parents and two witnesses spoke.", "en", (40, "person", "more_than")),
        ("Ett tiotal föräldrar och tre vittnen hördes.", "sv", (3, "person", "exact")),
        # customers and the like count accounts or households as often as people
        ("Elbolaget har 900 000 kunder.", "sv", (900000, "kunder", "exact")),
        ("Stammen räknas nu till 260 individer.", "sv", (260, "individer", "exact")),
    ],
)  # fmt: skip
def test_what_a_figure_counts(text, language, expected):
    assert expected in quantities(text, language)


def test_a_singular_abstract_noun_after_a_figure_is_not_what_is_counted():
    text = "Totalt sökte 40 000 personer. Av dem saknade drygt 9 000 behörighet."
    found = [q for c in extract(text, language="sv") for q in c.quantities]
    assert (9000, "person", "more_than") in [(q.value, q.unit, q.qualifier) for q in found]


def test_a_scaled_bare_figure_takes_the_noun_counted_before_it():
    text = "The depot should hold 3 million masks. On Friday it held fewer than 1.1 million."
    found = [(q.value, q.unit, q.qualifier) for c in extract(text, language="en")
             for q in c.quantities]  # fmt: skip
    assert (1_100_000, "masks", "less_than") in found


def test_a_figure_due_in_a_year_is_not_a_number_of_years():
    assert quantities("Antalet ska öka till 9 000 år 2030.", "sv") == [(9000, None, "exact")]
    text = "Antalet som utbildas ska öka från 4 000 per år till 9 000 år 2030."
    found = [(q.value, q.unit) for c in extract(text, language="sv") for q in c.quantities]
    assert found == [(4000, "person"), (9000, "person")]


def test_the_number_of_compound_nouns_counts_the_head():
    text = "The number of school buses was cut from six to four."
    found = [(q.value, q.unit) for c in extract(text, language="en") for q in c.quantities]
    assert found == [(6, "school buses"), (4, "school buses")]
    text = "Antalet skadade ökade till 52."
    found = [(q.value, q.unit) for c in extract(text, language="sv") for q in c.quantities]
    assert found == [(52, "person")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Det var minus 24,5 grader i Kiruna i natt.", "sv", (-24.5, "grader", "exact")),
        ("Overnight it fell to minus 12 degrees.", "en", (-12, "degrees", "exact")),
        ("Det var \u221231 grader i Jokkmokk.", "sv", (-31, "grader", "exact")),
    ],
)
def test_temperatures_below_zero_are_negative(text, language, expected):
    assert expected in quantities(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Any investor holding 5% or more must disclose it.", "en", (5, "percent", "at_least")),
        ("Drivers aged 70 or older must renew yearly.", "en", (70, "year", "at_least")),
        ("Skatten gäller inkomster på 600 000 kronor eller mer.", "sv",
         (600000, "SEK", "at_least")),
        ("Barn som är 12 år eller yngre åker gratis.", "sv", (12, "year", "at_most")),
        ("Households earning £20,000 or less qualify.", "en", (20000, "GBP", "at_most")),
    ],
)  # fmt: skip
def test_a_qualifier_written_after_the_figure(text, language, expected):
    assert expected in quantities(text, language)


def test_or_more_than_is_not_a_qualifier_after_the_figure():
    assert quantities("It won 3 or more than 4.", "en")[0] == (3, None, "exact")


def test_a_converted_amount_in_brackets_is_as_rough_as_its_source():
    text = "The upgrade will cost about 400 million Norwegian crowns ($38 million)."
    assert (38_000_000, "USD", "approx") in quantities(text, "en")
    text = "Bygget kostar drygt 2 miljarder kronor (180 miljoner euro)."
    assert (180_000_000, "EUR", "more_than") in quantities(text, "sv")
    text = "The fine was 50 million crowns ($4.7 million)."
    assert (4_700_000, "USD", "exact") in quantities(text, "en")


def test_nationality_crowns_are_currency_codes():
    assert (2_000_000_000, "SEK", "exact") in quantities("It paid 2bn Swedish crowns.", "en")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Ett 50-tal elever evakuerades.", "sv", (50, "person", "approx")),
        ("Ett 20-tal bilar brann upp.", "sv", (20, "bilar", "approx")),
    ],
)
def test_ett_n_tal_is_about_n(text, language, expected):
    assert expected in quantities(text, language)


def test_a_decade_is_not_about_n():
    assert quantities("Huset byggdes på 1970-talet.", "sv") == []


def test_ett_n_tal_without_a_noun_takes_the_noun_counted_before():
    text = "Ett tiotal bilar förstördes, och ytterligare ett 30-tal har fått skador."
    found = [(q.value, q.unit) for c in extract(text, language="sv") for q in c.quantities]
    assert (30, "bilar") in found


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The hearing lasted half an hour.", "en", (0.5, "hour", "exact")),
        ("Prices rose by less than half a point.", "en", (0.5, "point", "less_than")),
        ("Nearly half a million people signed.", "en", (500_000, "person", "less_than")),
        ("The journey takes three and a half hours.", "en", (3.5, "hour", "exact")),
        ("It cost one and a half million pounds.", "en", (1_500_000, "GBP", "exact")),
        ("Förhandlingen tog en halvtimme.", "sv", (0.5, "hour", "exact")),
        ("Bygget försenas ett halvt år.", "sv", (0.5, "year", "exact")),
        ("Resan tar fyra och en halv timme.", "sv", (4.5, "hour", "exact")),
        ("Han dömdes till ett och ett halvt års fängelse.", "sv", (1.5, "year", "exact")),
        ("Det kostar en halv miljon kronor.", "sv", (500_000, "SEK", "exact")),
    ],
)
def test_halves(text, language, expected):
    found = quantities(text, language)
    assert expected in found
    assert len(found) == 1  # the half is read once, with its whole


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She was jailed after a two-week trial.", (2, "week", "exact")),
        ("He signed a four-and-a-half-year deal.", (4.5, "year", "exact")),
        ("The striker faces a three-match ban.", (3, "match", "exact")),
        ("It was a twenty-minute delay.", (20, "minute", "exact")),
    ],
)
def test_hyphenated_number_words(text, expected):
    assert expected in quantities(text, "en")


@pytest.mark.parametrize("text", ["It was a one-off payment.", "It is a two-way street."])
def test_hyphenated_words_that_are_not_counts(text):
    assert quantities(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # money: scales written into the currency, pence, trillions
        ("Rörelseresultatet landade på 512 MSEK.", "sv", (512_000_000, "SEK", "exact")),
        ("The plan would cost $2.4trn over a decade.", "en", (2_400_000_000_000, "USD", "exact")),
        ("The fine was 3.5m kronor.", "en", (3_500_000, "SEK", "exact")),
        ("Shares fell 12p to 318p.", "en", (318, "pence", "exact")),
        # a bare "m" is millions before a plural noun, metres otherwise
        ("About 2.5m households will pay more.", "en", (2_500_000, "households", "approx")),
        ("Officials received 1.2m applications.", "en", (1_200_000, "applications", "exact")),
        ("The flood wall is 1.8m high.", "en", (1.8, "m", "exact")),
        # a deadline ("inom", "within") is a figure, and a ceiling
        ("Larmet ska besvaras inom en minut.", "sv", (1, "minute", "at_most")),
        ("Police arrived within an hour.", "en", (1, "hour", "at_most")),
        ("Han satt häktad i under en vecka.", "sv", (1, "week", "less_than")),
        # noun phrases: several adjectives, "out of"
        ("The council approved 240 new affordable flats.", "en", (240, "flats", "exact")),
        ("Eight out of ten dentists agreed.", "en", (8, "dentists", "exact")),
        # ages
        ("Den 52-årige mannen häktades.", "sv", (52, "year", "exact")),
        ("A driver aged 81 was hurt.", "en", (81, "year", "exact")),
    ],
)  # fmt: skip
def test_money_scales_deadlines_and_noun_phrases(text, language, expected):
    assert expected in quantities(text, language)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vid 16-tiden larmades räddningstjänsten.", "sv"),
        ("Det gäller inom ett område i norr.", "sv"),
        ("Larmet kom under en stöld i centrum.", "sv"),
        ("Bilen körde över en bro.", "sv"),
        ("The lorry crashed over a bridge.", "en"),
    ],
)
def test_times_of_day_and_articles_are_not_figures(text, language):
    assert quantities(text, language) == []


def test_a_dozen_in_swedish():
    assert quantities("Ett dussin fartyg låg i hamn.", "sv") == [(12, "fartyg", "exact")]


def test_an_adjective_of_origin_is_not_a_demonym():
    assert quantities("Three Japanese carmakers bid.", "en") == [(3, "carmakers", "exact")]
    assert quantities("Two Canadians were hurt.", "en") == [(2, "person", "exact")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Räntan sänktes med 0,25 %-enheter.", "sv", (0.25, "percentage_point", "exact")),
        ("Månadslönen är 34.500 kronor.", "sv", (34500, "SEK", "exact")),
        ("Underskottet blev 2.300 miljoner kronor.", "sv", (2_300_000_000, "SEK", "exact")),
        ("Räntan är 4,5 procent.", "sv", (4.5, "percent", "exact")),
        ("Retail sales grew 1.5pc in March.", "en", (1.5, "percent", "exact")),
    ],
)
def test_separators_and_percent_abbreviations(text, language, expected):
    assert expected in quantities(text, language)


def _claim_quantities(text, language):
    return [(q.value, q.unit, q.qualifier) for c in extract(text, language=language)
            for q in c.quantities]  # fmt: skip


def test_a_bare_figure_ending_a_contrasting_clause_takes_the_measure_before_it():
    text = "The prosecution asked for 12 years, while the defence sought no more than four."
    assert (4, "year", "at_most") in _claim_quantities(text, "en")
    text = "Statsministern talade i drygt nio minuter, medan oppositionsledaren höll sig till sex."
    assert (6, "minute", "exact") in _claim_quantities(text, "sv")


def test_a_measure_is_not_lent_to_a_figure_followed_by_more_words_or_to_a_total():
    text = "The strike lasted 3 days, and 12 were arrested."
    assert (12, None, "exact") in _claim_quantities(text, "en")
    text = "Andelen var 40 procent, medan den i grannkommunen var två av tre."
    assert (3, "percent", "exact") not in _claim_quantities(text, "sv")


def test_definite_plural_time_units_are_durations():
    assert (5, "year", "exact") in quantities("Under de senaste fem åren har priset stigit.", "sv")
    assert (3, "day", "exact") in quantities("Under de första tre dagarna kom 200 klagomål.", "sv")


def test_a_bare_sum_in_billions_takes_the_currency_named_before_it_in_the_paragraph():
    text = "Staten satsar 6,5 miljarder kronor på vägarna. Det är drygt en miljard mer än i fjol."
    assert (1_000_000_000, "SEK", "more_than") in _claim_quantities(text, "sv")
    text = "The fund raised $3.1bn last year. This year it expects about 4 billion."
    assert (4_000_000_000, "USD", "approx") in _claim_quantities(text, "en")


def test_a_sum_that_counts_a_noun_takes_no_currency():
    text = "Regionen fick 2 miljarder kronor. Den har 1,4 miljoner invånare."
    assert (1_400_000, "person", "exact") in _claim_quantities(text, "sv")


def test_over_after_a_sum_is_the_period_it_is_spread_over():
    found = quantities("The council will spend £90m over four years.", "en")
    assert (4, "year", "exact") in found
    assert (4, "year", "more_than") in quantities("The road has been closed for over four years.",
                                                  "en")  # fmt: skip


def test_a_fraction_of_a_percentage_point_keeps_its_qualifier():
    text = "The cut amounts to less than a quarter of a percentage point."
    assert quantities(text, "en") == [(0.25, "percentage_point", "less_than")]


def test_swedish_comparatives_before_the_noun():
    assert quantities("Ett femtiotal äldre bilister bötfälldes.", "sv") == [
        (50, "person", "approx")
    ]


def test_swedish_under_one_period_after_a_figure_is_during():
    found = quantities("Det kan falla 50 millimeter regn under ett dygn.", "sv")
    assert (1, "day", "exact") in found
    assert quantities("Räddningen tog under en minut.", "sv") == [(1, "minute", "less_than")]


def test_a_number_word_after_a_figure_is_the_next_figure_not_its_noun():
    text = "The party won 120 seats, up from 85 four years ago."
    assert (85, "seats", "exact") in _claim_quantities(text, "en")


def test_the_second_clock_time_of_a_pair_is_not_a_figure():
    assert quantities("Elen var dyrast mellan klockan 7 och 8 på morgonen.", "sv") == []


def test_ages_after_aged_are_years_also_in_pairs_and_ranges():
    found = quantities("Two women, aged 29 and 52, were charged.", "en")
    assert (29, "year", "exact") in found and (52, "year", "exact") in found
    assert (18, "year", "exact") in quantities("Voters aged between 18 and 24 were polled.", "en")


def test_a_time_figure_after_for_or_wait_is_a_duration_even_before_before():
    # "for six days before ...": how long something lasted, not when it happened
    assert quantities("The pump was idle for six days before the flood hit.", "en") == [
        (6, "day", "exact")
    ]
    assert quantities("Buyers must wait 14 days before signing.", "en") == [(14, "day", "exact")]
    assert quantities("Hon fick vänta tre veckor innan hon opererades.", "sv") == [
        (3, "week", "exact")
    ]
    # a point in time before an event states no duration
    assert quantities("Two days before the vote he resigned.", "en") == []


def test_a_plural_abbreviation_after_a_name_is_the_counted_noun():
    assert quantities("Twelve Green MPs backed the motion.", "en") == [(12, "person", "exact")]
    assert quantities("The fleet has 40 Volvo SUVs.", "en") == [(40, "suvs", "exact")]
    # and a bare "N more" later in the sentence counts the same
    text = "Twelve Green MPs backed the motion, and about 30 more abstained."
    assert (30, "person", "approx") in _claim_quantities(text, "en")


def test_a_bare_figure_a_plural_subject_reaches_counts_that_subject():
    assert _claim_quantities("Road deaths could reach 4,000 a year by 2040.", "en") == [
        (4000, "deaths", "exact")
    ]
    assert (350, "arrests", "approx") in quantities("Arrests rose to about 350 in June.", "en")
    # a plural that measures an amount is no count
    assert quantities("Sales rose to 1,200 in May.", "en") == [(1200, None, "exact")]
    assert quantities("Acme shares fell to 212 on Monday.", "en") == [(212, None, "exact")]


def test_a_fraction_of_a_unit_takes_that_unit_past_names_in_front():
    assert quantities("Holders get 0.6 of a new Borealis share each.", "en") == [
        (0.6, "share", "exact")
    ]
    assert quantities("The bank cut by 0.25 of a percentage point.", "en") == [
        (0.25, "percentage_point", "exact")
    ]
    assert quantities("Räntan sänktes med 0,25 av en procentenhet.", "sv") == [
        (0.25, "percentage_point", "exact")
    ]


def test_others_after_a_figure_counts_what_was_counted_before_or_people():
    text = "Inspectors tested 200 hydrants. They found 14 others that leaked."
    assert (14, "hydrants", "exact") in _claim_quantities(text, "en")
    assert quantities("Two others were hurt in the blast.", "en") == [(2, "person", "exact")]
