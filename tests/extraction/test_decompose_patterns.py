"""Decomposition of sentences that state more than one fact, in Swedish and English.

Each test names the language pattern; the sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction import extract
from claims.extraction.decompose import decompose


def pieces(text, language):
    return [" ".join(text[s:e] for s, e in p) for p in decompose(text, 0, len(text), language)]


def claim_texts(text, language):
    return [c.text for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The club sold 41,000 season tickets, its third increase in a row.",
            "en",
            "its third increase in a row.",
        ),
        (
            "Nine ships docked in the harbour on Sunday, a record for the port.",
            "en",
            "a record for the port.",
        ),
        (
            "The party came second with 19.4%, their best result in the county since 1998.",
            "en",
            "their best result in the county since 1998.",
        ),
        (
            "Polisen tog emot 3 100 anmälningar i fjol, en ökning med 11 procent.",
            "sv",
            "en ökning med 11 procent.",
        ),
        (
            "Varvet levererade sex fartyg under året, dess fjärde rekord i rad.",
            "sv",
            "dess fjärde rekord i rad.",
        ),
    ],
)
def test_an_appositive_stating_a_rank_record_or_change_is_its_own_claim(text, language, second):
    got = pieces(text, language)
    assert len(got) == 2
    assert got[1] == second


def test_a_plain_appositive_without_a_rank_stays_with_its_sentence():
    assert len(pieces("The mayor visited 12 schools, a task she enjoys.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exports rose 4% in May, after the currency fell to a ten-year low.", "en"),
        ("Sales fell 8% in the spring, because two large stores closed for repairs.", "en"),
        ("Bensinpriset steg till 21 kronor, eftersom kronan försvagades mot dollarn.", "sv"),
    ],
)
def test_a_subordinate_clause_after_a_comma_is_a_claim(text, language):
    got = pieces(text, language)
    assert len(got) == 2
    assert got[1].split()[0].lower() in ("after", "because", "eftersom")


def test_after_with_a_noun_phrase_only_is_not_split():
    assert len(pieces("Exports rose 4% in May, after the holidays.", "en")) == 1


def test_an_absolute_with_phrase_stating_a_figure_is_split():
    text = "The council voted 7-2 for the plan, with two members preferring a fee of 40 pence."
    assert pieces(text, "en") == [
        "The council voted 7-2 for the plan",
        "with two members preferring a fee of 40 pence.",
    ]
    text = "Partiet fick 31 procent, med Vänsterpartiet på 12 procent."
    assert len(pieces(text, "sv")) == 2


def test_each_figure_of_a_list_with_its_owner_is_a_claim():
    text = "The poll put the Greens on 22%, compared with 18% for the Liberals and 9% for Labour."
    got = pieces(text, "en")
    assert len(got) == 3
    assert got[1].endswith("compared with 18% for the Liberals")
    assert got[2] == "9% for Labour."
    # a range and a bare pair of figures stay whole
    assert len(pieces("Prices ranged between 18% and 22% for most lenders.", "en")) == 1


def test_a_reason_phrase_is_split_from_the_fact_it_explains():
    text = "The airline cut its growth forecast to 2.1%, citing weak demand and high fuel prices."
    assert pieces(text, "en")[1] == "citing weak demand and high fuel prices."


def test_the_means_with_a_figure_of_its_own_is_split():
    text = (
        "Regionen ska spara 40 miljoner kronor, bland annat genom att stänga 15 vårdplatser "
        "under sommaren."
    )
    got = pieces(text, "sv")
    assert got[0] == "Regionen ska spara 40 miljoner kronor"
    assert got[1].startswith("bland annat genom att stänga 15 vårdplatser")


def test_a_figure_set_against_another_is_split():
    text = "The city planted 3,000 trees, far short of its goal of 10,000 a year."
    assert pieces(text, "en")[1] == "far short of its goal of 10,000 a year."
    text = "Banken har höjt räntan fyra gånger sedan 2022, senast till 3,5 procent i maj."
    assert pieces(text, "sv")[1] == "senast till 3,5 procent i maj."


@pytest.mark.parametrize(
    ("text", "language", "what"),
    [
        (
            "Parken har ett nytt avtal som innebär att entréavgiften sänks med 20 kronor.",
            "sv",
            "entréavgiften sänks med 20 kronor.",
        ),
        (
            "The board approved a plan, which means that fares rise by 6% in March.",
            "en",
            "fares rise by 6% in March.",
        ),
    ],
)
def test_what_a_decision_means_is_its_own_claim(text, language, what):
    assert pieces(text, language)[-1] == what


def test_a_change_in_points_and_the_level_reached_are_two_claims():
    text = "The central bank raised its rate by half a percentage point to 4.25% on Monday."
    assert pieces(text, "en") == [
        "The central bank raised its rate by half a percentage point",
        "The central bank raised its rate to 4.25% on Monday.",
    ]
    text = "Räntan på bolånen sänktes med 0,4 procentenheter i fjol till 3,1 procent."
    assert pieces(text, "sv") == [
        "Räntan på bolånen sänktes med 0,4 procentenheter i fjol",
        "Räntan på bolånen sänktes till 3,1 procent.",
    ]


def test_a_change_in_the_unit_of_the_level_or_a_year_after_till_stays_whole():
    assert len(pieces("Profit fell by $20m to $410m.", "en")) == 1
    assert len(pieces("Antalet äldre väntas öka med 20 procent fram till 2040.", "sv")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # the relative and the absolute size of one change, as "rose 12% to $4.2bn"
        ("Antalet ansökningar minskade med 12 procent i fjol till 8 400.", "sv"),
        ("Omsättningen minskade med 14 procent till 3,9 miljarder kronor.", "sv"),
        ("Sales rose by 9% to $1.2bn in the quarter.", "en"),
        # a result, not a change: the first figure is the larger
        ("Voters approved the library levy by 61% to 39%.", "en"),
    ],
)
def test_a_percent_change_to_a_level_in_money_or_heads_or_a_result_stays_whole(text, language):
    assert len(pieces(text, language)) == 1


def test_the_level_reached_keeps_the_counted_noun_of_the_sentence():
    text = "Antalet konkurser bland restauranger ökade med 14 procent i fjol till 920."
    (claim,) = extract(text, language="sv")
    assert [(q.value, q.unit) for q in claim.quantities] == [(14, "percent"), (920, "konkurser")]


def test_a_shared_passive_auxiliary_is_not_split():
    text = "Older bridges can be repainted and kept open until the end of their service life."
    assert len(pieces(text, "en")) == 1
    # two verbs with figures of their own still make two claims
    text = "The fee was raised by 5% in May and cut by 3% in October."
    assert len(pieces(text, "en")) == 2


def test_a_verb_phrase_after_a_year_is_not_a_range():
    text = "The city will close the old depot from 2029 and spend £40m on a new one."
    assert len(pieces(text, "en")) == 2


def test_a_short_as_clause_is_not_split_off():
    text = "Three men were hurt in the fire at the hostel as they slept."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("— Hyrorna stiger snabbare än lönerna i hela regionen, säger Eva Lund.", "sv"),
        ("— Vi kommer att se fler konkurser under hösten, säger Eva Lund.", "sv"),
        ('"The closures will hit rural schools hardest," said Tom Reed.', "en"),
        ('"Fares went up because the operator lost its subsidy," said Tom Reed.', "en"),
    ],
)
def test_a_quote_stating_a_comparison_cause_or_forecast_is_a_claim(text, language):
    assert len(claim_texts(text, language)) == 1


def test_a_quote_of_mere_opinion_is_not_a_claim():
    assert claim_texts("— Det här är en skam för hela kommunen, säger Eva Lund.", "sv") == []


def test_a_duration_earlier_than_a_plan_is_a_figure():
    (claim,) = extract("The line opened around four months earlier than planned.", language="en")
    assert [(q.value, q.unit) for q in claim.quantities] == [(4, "month")]


def test_a_parenthetical_relative_clause_holds_a_list_of_names():
    text = (
        "Förslaget, som skrivits av Liberalerna, Centerpartiet och Miljöpartiet, fick stöd "
        "av 33 ledamöter."
    )
    got = pieces(text, "sv")
    assert got[0] == "Förslaget, som skrivits av Liberalerna, Centerpartiet och Miljöpartiet"
    assert got[1] == "Förslaget fick stöd av 33 ledamöter."


def test_a_relative_clause_about_the_source_is_no_claim_of_its_own():
    text = "Enligt myndighetens rapport, som kom i dag, steg utsläppen med 4 procent."
    assert pieces(text, "sv") == ["Enligt myndighetens rapport steg utsläppen med 4 procent."]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Vi ser en vändning eftersom priserna har sjunkit och lagren har minskat.", "sv"),
        ("Output fell in May and exports were weaker than in April.", "en"),
    ],
)
def test_clauses_with_a_bare_noun_subject_are_split(text, language):
    assert len(pieces(text, language)) == 2


def test_a_quoted_clause_coordinated_with_a_cause_is_kept():
    text = "— Det går bättre nu för att räntorna har sjunkit och hyrorna har stabiliserats."
    got = claim_texts(text, "sv")
    assert len(got) == 2
    assert got[1] == "hyrorna har stabiliserats."


def test_a_quoted_clause_after_but_needs_its_own_checkable_content():
    text = "— Vi kommer att få kritik för beslutet, men jag tror att det blir bra, säger Eva Lund."
    assert claim_texts(text, "sv") == ["Vi kommer att få kritik för beslutet"]


def test_a_compound_written_twice_is_not_split():
    text = "Skolan har bytt ut alla el- och vattenledningarna under 2024."
    assert len(pieces(text, "sv")) == 1


def test_a_range_from_a_year_stays_whole_but_a_second_verb_after_a_modal_is_split():
    text = "Hyrorna höjdes från 1920-talet och fram till 1940 med 3 procent om året."
    assert len(pieces(text, "sv")) == 1
    text = "Regionen ska stänga sjukhuset från 2028 och bygga 400 vårdplatser i staden."
    assert len(pieces(text, "sv")) == 2


@pytest.mark.parametrize(
    "text",
    [
        '"We will do it," said Tom Reed.',
        '"I said no because you are who you are and that is all," said Tom Reed.',
    ],
)
def test_a_short_or_first_person_quote_without_a_figure_is_not_a_claim(text):
    assert claim_texts(text, "en") == []


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Exports rose to $41bn in May – the highest level since 2014.",
            "en",
            "the highest level since 2014.",
        ),
        (
            "Taxan höjs med 12 procent – första höjningen sedan 2019.",
            "sv",
            "första höjningen sedan 2019.",
        ),
        (
            "Hon sprang på 2.08.41, nytt banrekord, i söndags.",
            "sv",
            "nytt banrekord, i söndags.",
        ),
    ],
)
def test_a_rank_or_record_after_a_dash_or_comma_is_its_own_claim(text, language, second):
    got = pieces(text, language)
    assert len(got) == 2
    assert got[1] == second


def test_a_dash_before_a_plain_phrase_does_not_split():
    assert len(pieces("Priset steg med 4 procent – enligt bolaget.", "sv")) == 1


def test_a_ranked_list_of_owners_with_figures_is_split():
    text = (
        "Centerpartiet fick 28,1 procent, följt av Liberalerna med 17,5 procent och "
        "Vänsterpartiet med 9,2 procent."
    )
    assert pieces(text, "sv") == [
        "Centerpartiet fick 28,1 procent",
        "följt av Liberalerna med 17,5 procent",
        "Vänsterpartiet med 9,2 procent.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Three people died and 11 were hurt when the ferry hit the pier.", "en"),
        ("Tre personer omkom och 11 skadades när färjan körde in i kajen.", "sv"),
    ],
)
def test_the_dead_and_the_injured_are_two_claims_counting_people(text, language):
    claims = extract(text, language=language)
    assert [[(q.value, q.unit) for q in c.quantities] for c in claims] == [
        [(3, "person")],
        [(11, "person")],
    ]


def test_and_with_a_finite_verb_after_a_verbless_phrase_carries_the_subject():
    text = (
        "The ferry line carried 2.1 million people in June, 6% more than a year earlier, "
        "and said it would add 14 routes in the autumn."
    )
    got = claim_texts(text, "en")
    assert got[-1] == "The ferry line said it would add 14 routes in the autumn."


def test_a_swedish_strong_past_verb_makes_the_clause_before_and():
    text = "Tullen grep tre män i Malmö på fredagen, och en fjärde man söks fortfarande."
    assert len(pieces(text, "sv")) == 2


@pytest.mark.parametrize(
    ("text", "language", "first", "second"),
    [
        (
            "The flood, the worst in 40 years, closed 210 roads.",
            "en",
            "The flood, the worst in 40 years",
            "The flood closed 210 roads.",
        ),
        (
            "Branden, den största i länet sedan 2018, förstörde 300 hektar skog.",
            "sv",
            "Branden, den största i länet sedan 2018",
            "Branden förstörde 300 hektar skog.",
        ),
    ],
)
def test_an_appositive_rank_after_the_subject_is_its_own_claim(text, language, first, second):
    assert pieces(text, language) == [first, second]


def test_where_most_of_them_were_is_its_own_claim():
    text = "Omkring 25 000 hushåll saknade el på söndagen, de flesta i Dalarna."
    assert pieces(text, "sv")[1] == "de flesta i Dalarna."


def test_swedish_posture_verb_with_och_is_one_action():
    text = "Två män i 40-årsåldern satt och väntade på bussen i 3 timmar."
    assert len(pieces(text, "sv")) == 1


def test_an_appositive_rank_needs_a_subject_and_a_verb_around_it():
    text = "Och sist förskolan, den hittills bästa lösningen - för lugna, nyfikna barn."
    assert "förskolan" in pieces(text, "sv")[0]
    assert not any(p.startswith("Och sist förskolan nyfikna") for p in pieces(text, "sv"))


def test_and_before_an_inverted_swedish_clause_with_its_own_figure_splits():
    text = "Taxan höjs med i snitt 3,1 procent, och i Umeå blir höjningen 4 procent."
    assert pieces(text, "sv") == [
        "Taxan höjs med i snitt 3,1 procent",
        "i Umeå blir höjningen 4 procent.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        ("About 900 trains were cancelled, most of them in the north.", "en", "most of them"),
        ("Bolaget har 3 000 anställda, hälften av dem i Polen.", "sv", "hälften av dem"),
    ],
)
def test_a_share_of_them_after_a_count_is_its_own_claim(text, language, second):
    assert pieces(text, language)[1].startswith(second)


def test_a_bare_figure_before_a_time_phrase_counts_the_noun_before():
    text = "Skolan har anställt 12 nya lärare i år och ska anställa ytterligare 8 under 2026."
    claims = extract(text, language="sv")
    assert [(q.value, q.unit) for q in claims[-1].quantities] == [(8, "person")]


@pytest.mark.parametrize(
    ("text", "language", "offence"),
    [
        (
            "Mannen döms till fyra års fängelse för grov misshandel och olaga hot.",
            "sv",
            "Mannen döms för grov misshandel och olaga hot.",
        ),
        (
            "The driver was jailed for three years for causing death by dangerous driving.",
            "en",
            "The driver was jailed for causing death by dangerous driving.",
        ),
    ],
)
def test_the_penalty_and_the_offence_are_two_claims(text, language, offence):
    got = pieces(text, language)
    assert len(got) == 2
    assert got[1] == offence


def test_a_sentence_without_its_size_stays_with_the_offence():
    text = "Tingsrätten dömde i dag tre män till fängelse för en serie rån i Borås."
    assert len(pieces(text, "sv")) == 1


def test_a_quote_stating_a_trend_is_a_claim():
    text = "— Allt fler äldre hör av sig, och köerna har blivit längre, säger Eva Lund."
    assert claim_texts(text, "sv") == [
        "Allt fler äldre hör av sig",
        "köerna har blivit längre",
    ]


def test_visar_at_the_end_names_the_source():
    (claim,) = extract("Hyrorna har stigit med 9 procent sedan 2022, visar SCB:s siffror.", "sv")
    assert claim.speaker == "SCB:s siffror"
    assert claim.text == "Hyrorna har stigit med 9 procent sedan 2022"


def test_att_jamfora_med_another_figure_is_split():
    text = "I år har 17 personer drunknat, att jämföra med 25 under samma period i fjol."
    assert len(pieces(text, "sv")) == 2


def test_a_when_clause_with_a_figure_is_split_unless_the_clause_before_only_names_a_year():
    text = "Det är den värsta branden sedan 2014, då 15 000 hektar skog brann."
    assert len(pieces(text, "sv")) == 2
    text = "Det kan jämföras med rekordåret 2014, då 15 000 hektar skog brann."
    assert len(pieces(text, "sv")) == 1


def test_after_a_participle_with_its_own_figure_is_split():
    text = "Output rose 0.6% in May after falling 0.3% in April."
    assert pieces(text, "en") == ["Output rose 0.6% in May", "after falling 0.3% in April."]


@pytest.mark.parametrize(
    ("text", "language", "unit"),
    [
        ("Banken har höjt räntan fem gånger sedan 2022.", "sv", "gånger"),
        ("The club has won the cup four times since 1990.", "en", "times"),
        ("Priset är tre gånger så högt som i fjol.", "sv", None),
        ("Rents are four times higher than in 1990.", "en", None),
    ],
)
def test_times_counts_events_but_a_multiplier_has_no_unit(text, language, unit):
    (claim,) = extract(text, language=language)
    assert claim.quantities[0].unit == unit


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Kommunen lånar 900 miljoner kronor, varav 300 miljoner går till skolor.", "sv"),
        ("The charity raised £12m, of which £4m came from one donor.", "en"),
    ],
)
def test_a_part_with_its_own_figure_after_of_which_is_split(text, language):
    assert len(pieces(text, language)) == 2


def test_an_english_participle_after_a_bare_figure_counts_the_noun_before():
    claims = extract("At least 9 people were killed and 25 injured in the crash.", language="en")
    assert [[(q.value, q.unit) for q in c.quantities] for c in claims] == [
        [(9, "person")],
        [(25, "person")],
    ]


def test_without_is_not_a_counted_noun():
    (claim,) = extract("The storm left 80,000 without power on Sunday.", language="en")
    assert claim.quantities[0].unit is None


def test_which_means_is_found_without_a_comma_candidate_left_behind():
    text = "The council raised the fee, which means that parking costs £3 more from May."
    assert pieces(text, "en") == [
        "The council raised the fee",
        "parking costs £3 more from May.",
    ]


def test_a_quoted_purpose_is_not_a_cause():
    text = "— Vi gör allt vi kan för att hjälpa de drabbade familjerna, säger Eva Lund."
    assert claim_texts(text, "sv") == []
    text = "— Det går bättre för att räntorna har sjunkit under hösten, säger Eva Lund."
    assert len(claim_texts(text, "sv")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Exports grew 2.1% in May, faster than the 1.5% analysts had expected.", "en"),
        ("Priserna steg med 3 procent, mer än de 2 procent som Riksbanken räknat med.", "sv"),
    ],
)
def test_a_comparison_with_its_own_figure_after_a_comma_is_split(text, language):
    assert len(pieces(text, language)) == 2


def test_a_later_clause_that_demands_something_names_its_own_speaker():
    text = (
        "Borgmästaren säger att 40 tjänster ska bort, medan facket kräver att 12 miljoner "
        "kronor skjuts till personalen."
    )
    assert [c.speaker for c in extract(text, language="sv")] == ["Borgmästaren", "facket"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Ticket sales rose to 48,000 last season, driven by a cheaper family pass.", "en"),
        ("Exports fell 4% in the quarter, hit by weaker demand from China.", "en"),
        ("Elpriset steg med 30 procent i januari, till följd av kylan och svag vind.", "sv"),
        ("Water bills rose 7.2% last year, driven largely by spending on sewage works.", "en"),
        ("Priserna steg med 4 procent i fjol, drivna främst av dyrare el.", "sv"),
    ],
)
def test_a_cause_phrase_after_a_comma_is_a_claim_of_its_own(text, language):
    assert len(pieces(text, language)) == 2
    assert extract(text, language=language)[1].type == "causal"


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Output will fall a further 6% this year as at least 9 gigawatts of capacity is "
            "retired.",
            "as at least 9 gigawatts of capacity is retired.",
        ),
        (
            "The airline cancelled 600 flights on Friday as about 1,400 pilots walked out.",
            "as about 1,400 pilots walked out.",
        ),
    ],
)
def test_an_as_clause_stating_a_figure_is_a_quantity_claim_of_its_own(text, second):
    claims = extract(text, language="en")
    assert [c.text for c in claims][1:] == [second]
    assert claims[1].type == "quantity"


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Fartyget sjönk den 3 maj 1911, efter att ha seglat knappt 800 meter.",
            "sv",
            "efter att ha seglat knappt 800 meter.",
        ),
        (
            "The ship sank on 3 May 1911, after having sailed less than 800 metres.",
            "en",
            "after having sailed less than 800 metres.",
        ),
    ],
)
def test_what_was_done_before_with_a_figure_is_a_quantity_claim_of_its_own(text, language, second):
    claims = extract(text, language=language)
    assert len(claims) == 2
    assert claims[1].text.endswith(second)
    assert claims[1].type == "quantity"


def test_as_many_as_is_not_a_clause():
    assert len(pieces("The storm killed as many as 40 people were hurt in the town.", "en")) == 1


def test_an_as_clause_with_its_own_subject_and_verb_is_split():
    text = "Costs hit a record £80m, as energy bills and wages climbed through the winter."
    assert pieces(text, "en")[1] == "as energy bills and wages climbed through the winter."
    # "as expected", "as well as": no clause of its own
    assert len(pieces("Prices rose by 2.4% in June, as expected by most economists.", "en")) == 1


def test_an_after_clause_that_dates_a_time_distance_is_not_cut_off():
    text = "Beslutet kom bara två veckor efter att kommunen sagt upp 40 lärare i Kalmar."
    assert len(pieces(text, "sv")) == 1
    text = "The plant closed three months after the owners announced 200 job cuts."
    assert len(pieces(text, "en")) == 1


def test_a_when_clause_with_a_figure_after_a_full_clause_is_split():
    text = "The storm reached the coast on Monday night, when winds hit 140 km/h in Bergen."
    assert len(pieces(text, "en")) == 2
    # after a year the clause describes that year
    text = "Antalet jämförs med rekordåret 2019, då 1 200 personer omkom."
    assert len(pieces(text, "sv")) == 1


def test_a_short_verb_phrase_after_reported_speech_continues_the_reported_clause():
    text = "Engineers said a collapse was improbable but could not be excluded."
    assert claim_texts(text, "en") == [text]
    # without reported speech, "men varnade ..." is a second clause of the same subject
    assert len(pieces("Bolaget ökade sin vinst men varnade för en svag höst.", "sv")) == 2


def test_and_plus_a_verb_before_to_is_a_second_clause():
    text = "The mayor said the city expects a surplus this year and plans to cut fares by 2027."
    assert len(pieces(text, "en")) == 2
    # "and threats to the ...": a noun
    text = "The report lists floods and threats to the water supply in 12 towns."
    assert len(pieces(text, "en")) == 1


def test_according_to_after_a_comma_is_the_attribution_not_a_claim():
    text = "The two ministers clashed over the budget, according to three officials."
    assert [c.text for c in extract(text, language="en")] == [text]


@pytest.mark.parametrize(
    ("text", "language", "claims"),
    [
        # the pronoun is the object, or a bare participle: it only describes the subject
        ("Food inflation, which the central bank watches closely, rose to 6.1% in May.", "en", 1),
        ("The reserve fund, managed by an independent board, lost 3% last year.", "en", 1),
        ("Tunnelbygget, som regionen beställde, kostar 2 miljarder kronor.", "sv", 1),
        # the pronoun is the subject: a fact of its own
        ("The ferry, which carries 900 passengers, ran aground off Gotland.", "en", 2),
        ("Bron, som leds av Trafikverket, öppnar för trafik i maj 2027.", "sv", 2),
    ],
)
def test_a_parenthetical_between_commas_is_a_claim_only_when_it_states_something(
    text, language, claims
):
    assert len(pieces(text, language)) == claims


def test_a_subject_with_a_thousands_comma_still_takes_a_parenthetical():
    text = "About 2,400 volunteers, supported by 35 boats, searched the coast on Monday."
    assert pieces(text, "en") == [
        "About 2,400 volunteers, supported by 35 boats",
        "About 2,400 volunteers searched the coast on Monday.",
    ]


def test_an_of_phrase_with_a_figure_between_commas_states_the_size():
    text = "The new fees, of up to £40 a month, will apply from 1 March."
    assert pieces(text, "en") == [
        "The new fees, of up to £40 a month",
        "The new fees will apply from 1 March.",
    ]


def test_a_rank_and_a_figure_after_it_are_two_claims():
    text = "The team is fourth in the league, six points behind the leaders."
    assert len(pieces(text, "en")) == 2
    text = "Laget ligger på femte plats i serien, tre poäng efter Malmö."
    assert len(pieces(text, "sv")) == 2


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Canada raised duties on 300 US products in retaliation for new steel tariffs.",
            "en",
            "in retaliation for new steel tariffs.",
        ),
        (
            "Norge stängde gränsen för 2 000 lastbilar som svar på de svenska kontrollerna.",
            "sv",
            "som svar på de svenska kontrollerna.",
        ),
    ],
)
def test_a_response_or_retaliation_is_a_cause_of_its_own(text, language, second):
    claims = extract(text, language=language)
    assert [c.text for c in claims][1] == second
    assert claims[1].type == "causal"


def test_a_short_response_phrase_stays_with_its_clause():
    text = "The council said the cuts came in response to pressure."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The factory, which opened in 1968 and employs about 310 people, will close next year.",
            "en",
            [
                "The factory, which opened in 1968",
                "The factory employs about 310 people",
                "The factory will close next year.",
            ],
        ),
        (
            "Fabriken, som öppnade 1968 och har omkring 310 anställda, stänger nästa år.",
            "sv",
            [
                "Fabriken, som öppnade 1968",
                "Fabriken har omkring 310 anställda",
                "Fabriken stänger nästa år.",
            ],
        ),
    ],
)
def test_a_relative_clause_with_two_verbs_is_two_claims_about_its_subject(text, language, expected):
    assert [c.text for c in extract(text, language=language)] == expected


def test_a_relative_clause_with_two_nouns_stays_one_claim():
    text = "The museum, which houses paintings and sculptures from 1900, reopened on Monday."
    first = extract(text, language="en")[0]
    assert first.text == "The museum, which houses paintings and sculptures from 1900"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Männen döms till fyra års fängelse respektive tre år och sex månader.",
            ["Männen döms till fyra års fängelse", "Männen döms till tre år och sex månader."],
        ),
        (
            "Priset steg med 3,1 respektive 2,8 procent i Stockholm och Göteborg.",
            ["Priset steg med 3,1", "Priset steg med 2,8 procent i Stockholm och Göteborg."],
        ),
    ],
)
def test_two_figures_paired_by_respektive_are_two_claims(text, expected):
    assert pieces(text, "sv") == expected


def test_respektive_without_figures_stays_one_claim():
    assert len(pieces("Kvinnan och mannen fördes till sjukhus respektive polisstation.", "sv")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The announcement came a day after the agency said emissions fell 4.2% in 2025.", "en"),
        ("Beskedet kom en vecka efter att bolaget varslade 300 anställda.", "sv"),
        ("The strike began two weeks after talks with the employers collapsed.", "en"),
    ],
)
def test_a_time_distance_before_after_is_not_cut_off_as_a_fragment(text, language):
    assert len(pieces(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "claim"),
    [
        (
            "De två männen, 21 och 23 år gamla, döms till fyra års fängelse.",
            "sv",
            "De två männen döms till fyra års fängelse.",
        ),
        (
            "The two men, aged 21 and 23, were jailed for four years.",
            "en",
            "The two men were jailed for four years.",
        ),
    ],
)
def test_ages_in_apposition_stay_with_their_subject(text, language, claim):
    assert [c.text for c in extract(text, language=language)] == [claim]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Längst är köerna inom ortopedin, där nästan hälften av patienterna har väntat "
            "längre än vårdgarantin medger.",
            "sv",
        ),
        ("Waits are longest in orthopaedics, where almost half of patients have waited.", "en"),
    ],
)
def test_a_where_clause_stating_a_share_is_a_claim_of_its_own(text, language):
    assert len(pieces(text, language)) == 2


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The vaccine was 91% effective in a trial of 30,000 adults, though side effects "
            "were reported in one in five participants.",
            "en",
            "side effects were reported in one in five participants.",
        ),
        (
            "Vinsten steg med 12 procent, även om försäljningen minskade i Asien.",
            "sv",
            "försäljningen minskade i Asien.",
        ),
    ],
)
def test_a_concession_with_a_clause_of_its_own_is_a_claim(text, language, second):
    assert pieces(text, language)[1:] == [second]


def test_a_concession_without_a_clause_stays_with_its_fact():
    assert len(pieces("Prices rose sharply in May, though not by as much as in April.", "en")) == 1
