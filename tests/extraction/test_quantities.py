from __future__ import annotations

import pytest

from claims.extraction.quantities import find_quantities


def quantities(text, language):
    return [(q.value, q.unit, q.qualifier) for q in find_quantities(text, 0, len(text), language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mötet avslutades efter runt tre timmar.", "sv", (3, "hour", "approx")),
        ("Putin talade i drygt åtta minuter.", "sv", (8, "minute", "more_than")),
        ("Det tog knappt 40 sekunder.", "sv", (40, "second", "less_than")),
        ("Värmen håller i sig minst en vecka till.", "sv", (1, "week", "at_least")),
        ("Priset kan stiga upp till 20 procent.", "sv", (20, "percent", "at_most")),
        ("Det var ca 25 000 personer där.", "sv", (25000, "person", "approx")),
        ("Nästan 2 grader varmare.", "sv", (2, "grader", "less_than")),
        ("Shares rose almost 7% on Monday.", "en", (7, "percent", "less_than")),
        ("She has more than a dozen customers.", "en", (12, "customers", "more_than")),
        ("It will cut about 1,200 jobs.", "en", (1200, "jobs", "approx")),
        ("At least 30 people died.", "en", (30, "person", "at_least")),
        ("Up to 40 flights were cancelled.", "en", (40, "flights", "at_most")),
        ("It lasted around two hours.", "en", (2, "hour", "approx")),
        ("Nearly 1,300 runners finished.", "en", (1300, "person", "less_than")),
    ],
)
def test_qualifiers_normalize(text, language, expected):
    assert expected in quantities(text, language)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Revenue rose to $4.2bn.", "en", (4_200_000_000, "USD")),
        ("Profit fell to £350m.", "en", (350_000_000, "GBP")),
        ("Budget of €12 million.", "en", (12_000_000, "EUR")),
        ("Satsningen är 2,5 miljarder kronor.", "sv", (2_500_000_000, "SEK")),
        ("Det kostade 140 000 kr.", "sv", (140_000, "SEK")),
        ("Vinsten blev 12 mkr.", "sv", (12_000_000, "SEK")),
        ("Två miljarder kronor avsattes.", "sv", (2_000_000_000, "SEK")),
        ("Det var en miljon besökare.", "sv", (1_000_000, "person")),
    ],
)
def test_currencies_and_scales(text, language, expected):
    assert expected in [(v, u) for v, u, _ in quantities(text, language)]


def test_percent_and_percentage_points_are_different_units():
    sv = quantities("Arbetslösheten steg med 0,6 procentenheter till 9,1 procent.", "sv")
    assert (0.6, "percentage_point", "exact") in sv
    assert (9.1, "percent", "exact") in sv
    en = quantities("The rate rose 0.5 percentage points to 4.5 per cent.", "en")
    assert (0.5, "percentage_point", "exact") in en
    assert (4.5, "percent", "exact") in en


def test_counted_nouns_are_the_unit():
    assert (25, "väderstationer", "exact") in quantities(
        "Totalt har tjugofem av SMHI:s väderstationer slagit rekord.", "sv"
    )
    assert (7, "nätter", "exact") in quantities("Det har varit sju s.k. tropiska nätter.", "sv")
    assert (250, "bostäder", "exact") in quantities(
        "Kommunen bygger tvåhundrafemtio bostäder.", "sv"
    )


def test_bare_figures_inherit_the_counted_noun_of_the_sentence():
    found = quantities(
        "Totalt var 528 000 personer arbetslösa, knappt 40 000 fler än i fjol.", "sv"
    )
    assert (40000, "person", "less_than") in found


def test_ranges_keep_the_lower_bound_and_the_qualifier():
    found = find_quantities(
        t := 'Mötet skulle pågå i "minst sex till sju timmar".', 0, len(t), "sv"
    )
    assert [(q.value, q.value_max, q.unit, q.qualifier) for q in found] == [
        (6, 7, "hour", "at_least")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Mötet började kl. 14.30 i Stockholm.",
        "Han vann på tiden 2:00:58.",
        "Det hände i juli 2014.",
        "Rapporten kommer den 4 februari.",
        "Results are due on Feb. 4.",
        "He was ranked No. 2 in the world.",
        "It was the 19th year in a row.",
        "Det var ett möte med en talesperson.",
        "De två delegationerna möttes.",
        "Det gällde säsongen 2021/22.",
        "The council set its budget for 2026/27 on Tuesday.",
        "The crew of Apollo 11 landed on the moon.",
        "Det var Ringhals 4 som stängdes i går.",
    ],
)
def test_times_dates_years_ranks_and_articles_are_not_quantities(text):
    assert quantities(text, "sv" if "Det" in text or "Mötet" in text else "en") == []


def test_quantity_text_is_the_source_text():
    text = "Regeringen satsar drygt två miljarder kronor."
    (q,) = find_quantities(text, 0, len(text), "sv")
    assert text[q.start : q.end] == q.text == "drygt två miljarder kronor"


def test_a_sentence_full_stop_after_a_scale_symbol_is_not_part_of_the_figure():
    text = "It earned £350m. The rest went to $4bn."
    found = find_quantities(text, 0, len(text), "en")
    assert [(q.text, q.value, q.unit) for q in found] == [
        ("£350m", 350_000_000, "GBP"),
        ("$4bn", 4_000_000_000, "USD"),
    ]
    text = "Det kostade 5 milj. kronor."
    (q,) = find_quantities(text, 0, len(text), "sv")
    assert (q.value, q.unit) == (5_000_000, "SEK")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        # "N of [the whole's] M nouns": the figure counts the noun after the total
        ("Förslaget fick stöd av 41 av fullmäktiges 81 ledamöter.", "sv", (41, "person", "exact")),
        ("Hittills har 38 av landets 290 kommuner höjt skatten.", "sv", (38, "kommuner", "exact")),
        ("Five of the company's 12 plants closed.", "en", (5, "plants", "exact")),
        ("Sju av tio svenskar oroar sig för priserna.", "sv", (7, "svenskar", "exact")),
        # adjectives and participles between the figure and the noun
        ("Över 6 000 nyproducerade bostadsrätter står osålda.", "sv", (6000, "bostadsrätter",
                                                                     "more_than")),
        ("Rescuers searched for at least 20 missing people.", "en", (20, "person", "at_least")),
        # people-counting nouns, also capitalised acronyms
        ("The party now has eight MPs.", "en", (8, "person", "exact")),
        ("Domstolen dömde sex män till fängelse.", "sv", (6, "person", "exact")),
        ("Six men were convicted.", "en", (6, "person", "exact")),
        ("About 4,000 police officers were deployed.", "en", (4000, "person", "approx")),
        # English compound nouns
        ("Britain installed about 98,000 heat pumps.", "en", (98000, "heat pumps", "approx")),
        # units written before the figure, and basis points
        ("A magnitude 6.9 earthquake struck the coast.", "en", (6.9, "magnitude", "exact")),
        ("Bond yields rose 25 basis points.", "en", (25, "basis points", "exact")),
        ("Räntan höjdes med 50 baspunkter.", "sv", (50, "basis points", "exact")),
        # fractions of a percentage point
        ("Rates were cut by a quarter of a percentage point.", "en",
         (0.25, "percentage_point", "exact")),
        ("Riksbanken höjde räntan med en halv procentenhet.", "sv",
         (0.5, "percentage_point", "exact")),
    ],
)  # fmt: skip
def test_counted_nouns_and_unusual_units(text, language, expected):
    assert expected in quantities(text, language)


def test_a_bare_figure_takes_the_noun_counted_before_it():
    text = "Britain installed 98,000 heat pumps, far short of its target of 600,000 a year."
    assert (600000, "heat pumps", "exact") in quantities(text, "en")
    text = "Six men were convicted. Three of them will be deported."
    assert (3, "person", "exact") in quantities(text, "en")


def test_a_verb_after_antalet_does_not_become_the_counted_noun():
    from claims.extraction import extract

    text = (
        "Myndigheten räknar med att omkring 31 000 bostäder påbörjas i år. "
        "Nästa år väntas antalet öka till cirka 38 000."
    )
    units = {q.unit for claim in extract(text, language="sv") for q in claim.quantities}
    assert units == {"bostäder"}


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Snittbetyget föll från 14,2 till 13,8 poäng.", "sv", [(14.2, "poäng"), (13.8, "poäng")]),
        ("Biljetten steg från 30 till 35 kronor.", "sv", [(30, "SEK"), (35, "SEK")]),
        ("Turnout fell from 64 to 59 percent.", "en", [(64, "percent"), (59, "percent")]),
    ],
)
def test_from_one_figure_to_another_keeps_both_with_the_unit_after_the_second(
    text, language, expected
):
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text), language)] == expected


def test_from_a_figure_to_a_scaled_one_does_not_lend_the_unit_to_the_first():
    text = "Sales rose from 8 to 9 million euros."
    found = find_quantities(text, 0, len(text), "en")
    assert [(q.value, q.unit) for q in found] == [(8, None), (9_000_000, "EUR")]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("Flooding hit 14 Asian countries this year.", "countries"),
        ("Volunteers delivered 300 Swedish flags.", "flags"),
        ("The grant pays 2,000 Canadian dollars to each family.", "CAD"),
    ],
)
def test_an_adjective_of_origin_before_the_counted_noun_is_skipped(text, unit):
    q = find_quantities(text, 0, len(text), "en")[0]
    assert q.unit.lower() == unit.lower()


@pytest.mark.parametrize(
    "text",
    ["The blast injured one firefighter.", "Police detained one man.", "One nurse was on duty."],
)
def test_a_singular_person_noun_counts_people(text):
    assert [(q.value, q.unit) for q in find_quantities(text, 0, len(text), "en")] == [(1, "person")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("The plan passed by nine votes to four despite 540 objections.", "en", [4, None]),
        ("Hemmalaget vann med 3–1 inför knappt 9 000 åskådare.", "sv", [1, None]),
        ("They were jailed for six and four years respectively.", "en", [4, "year"]),
        (
            "At least 23 were killed and more than 100 injured when a bus overturned.",
            "en",
            [100, "person"],
        ),
    ],
)
def test_a_preposition_or_conjunction_after_a_figure_is_not_what_it_counts(
    text, language, expected
):
    assert [[q.value, q.unit] for q in find_quantities(text, 0, len(text), language)].count(
        expected
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Becker won the election by 12 points in 2021.", (12, "percentage_point")),
        (
            "The poll had Labour down nine points from a similar poll in 2024.",
            (9, "percentage_point"),
        ),
        ("City have 49 points from 22 games.", (49, "points")),
        ("After the rate cut the FTSE 100 index closed up 42 points.", (42, "points")),
    ],
)
def test_points_in_a_poll_or_a_vote_are_percentage_points(text, expected):
    assert expected in [q[:2] for q in quantities(text, "en")]


def test_a_genitive_percent_is_percent():
    text = "Den som blir försenad har rätt till minst 25 procents ersättning."
    assert quantities(text, "sv") == [(25, "percent", "at_least")]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Mediantiden var 1 timme och 50 minuter i fjol.", "sv", [(110, "minute", "exact")]),
        ("Hon döms till tre år och sex månaders fängelse.", "sv", [(42, "month", "exact")]),
        ("The meeting lasted about two hours and 15 minutes.", "en", [(135, "minute", "approx")]),
        # not a compound: a smaller unit first, or two facts
        ("Det tog tre dagar och två veckor.", "sv", [(3, "day", "exact"), (2, "week", "exact")]),
    ],
)
def test_a_compound_duration_is_one_figure_in_the_smaller_unit(text, language, expected):
    assert quantities(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        ("Av de 23 som fördes till sjukhus är fyra allvarligt skadade.", "sv", (4, "person")),
        ("The blast left 14 critically injured.", "en", (14, "person")),
        ("Only 12 early voters turned up.", "en", (12, "person")),
        ("Sonden nådde 410 kilometers höjd.", "sv", (410, "kilometers")),
    ],
)
def test_an_adverb_before_a_fate_word_counts_people(text, language, expected):
    assert expected in [q[:2] for q in quantities(text, language)]


def test_a_swedish_s_passive_after_a_figure_is_not_what_it_counts():
    assert quantities("Två flögs till Universitetssjukhuset i Linköping.", "sv") == [
        (2, None, "exact")
    ]
