"""Decomposition of news sentences that list one figure per party, group or place, or add a
fact in a tail phrase. Each test names the pattern of news language it specifies; the
sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def texts(text, language):
    return [c.text for c in extract(text, language=language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Centerpartiet får 12,4 procent och Liberalerna 3,1 procent.",
            "sv",
            ["Centerpartiet får 12,4 procent", "Liberalerna 3,1 procent."],
        ),
        (
            "Eleverna i årskurs nio hade i snitt 221,4 poäng och lärlingarna 198,2.",
            "sv",
            ["Eleverna i årskurs nio hade i snitt 221,4 poäng", "lärlingarna 198,2."],
        ),
        (
            "The union won 52% and the employers 48%.",
            "en",
            ["The union won 52%", "the employers 48%."],
        ),
    ],
)
def test_gapping_one_figure_per_owner_with_the_verb_left_out(text, language, expected):
    assert texts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Donors promised $200 million from Japan and 150 million euros ($170 million) "
            "from France.",
            "en",
            "150 million euros ($170 million) from France.",
        ),
        (
            "Most fled abroad, including about 600,000 to Kenya and more than 400,000 to Uganda.",
            "en",
            "more than 400,000 to Uganda.",
        ),
    ],
)
def test_each_figure_of_a_list_with_its_source_or_destination_is_a_claim(text, language, second):
    got = texts(text, language)
    assert len(got) == 2
    assert got[1].endswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "Prices ranged from 200 and upwards last year.",
        "Sales rose sharply in March 2020 and April 2021.",
        "The index rose to 40 points and then 45.",
    ],
)
def test_a_range_a_list_of_dates_or_a_sequence_stays_whole(text):
    assert len(texts(text, "en")) == 1


def test_a_gapped_owner_and_figure_keeps_its_own_appositive():
    assert texts(
        "Pojkarna hade i snitt 31,2 poäng och flickorna 35,6, en skillnad på 4,4 poäng.", "sv"
    ) == ["Pojkarna hade i snitt 31,2 poäng", "flickorna 35,6", "en skillnad på 4,4 poäng."]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Partiet ökar till 6,2 procent, partiets högsta notering sedan mars 2021.",
            "sv",
            "partiets högsta notering sedan mars 2021.",
        ),
        (
            "Passenger numbers rose to 81 million, the airport's highest since 2019.",
            "en",
            "the airport's highest since 2019.",
        ),
    ],
)
def test_a_rank_after_a_genitive_is_a_claim_of_its_own(text, language, second):
    assert texts(text, language)[-1] == second


@pytest.mark.parametrize(
    ("text", "language", "rank", "rest"),
    [
        (
            "Frankfurt, Germany's busiest airport, handled 60 million passengers.",
            "en",
            "Frankfurt, Germany's busiest airport",
            "Frankfurt handled 60 million passengers.",
        ),
        (
            "Vattenfall har stängt Ringhals, landets största kärnkraftverk, i en vecka.",
            "sv",
            "Vattenfall har stängt Ringhals, landets största kärnkraftverk",
            "Vattenfall har stängt Ringhals i en vecka.",
        ),
    ],
)
def test_a_genitive_rank_between_commas_is_told_apart(text, language, rank, rest):
    assert texts(text, language) == [rank, rest]


def test_a_genitive_without_a_rank_is_no_claim_of_its_own():
    assert len(texts("The council raised taxes by 3%, its members said.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Oppositionen får 48,1 procent, mot 50,2 procent för regeringssidan.",
            "sv",
            "mot 50,2 procent för regeringssidan.",
        ),
        (
            "Labour is on 38%, against 29% for the Conservatives.",
            "en",
            "against 29% for the Conservatives.",
        ),
    ],
)
def test_a_second_owners_figure_set_against_the_first_is_a_claim(text, language, second):
    assert texts(text, language)[-1] == second


def test_a_figure_set_against_an_earlier_time_stays_one_comparison():
    assert len(texts("Sales rose 4% in May, against 2% a year earlier.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Ett 30-tal brandmän från tre stationer deltog i arbetet, som pågick i drygt "
            "sju timmar.",
            "sv",
            "som pågick i drygt sju timmar.",
        ),
        (
            "The rise will hit 2 million renters, whose monthly rent will increase by an "
            "average of £40.",
            "en",
            "whose monthly rent will increase by an average of £40.",
        ),
    ],
)
def test_a_relative_clause_with_a_figure_after_a_figure_is_a_claim(text, language, second):
    assert texts(text, language)[-1] == second


def test_a_relative_clause_after_a_clause_without_a_figure_stays_whole():
    text = (
        "Ministers pointed to the new budget, whose levy cuts the Treasury says will lower "
        "bills by about 4%."
    )
    assert len(texts(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Det är det högsta priset sedan 2019 och nästan tre gånger så högt som snittet för "
            "mars.",
            "sv",
            "nästan tre gånger så högt som snittet för mars.",
        ),
        (
            "It was the highest price since 2019 and almost three times the March average.",
            "en",
            "almost three times the March average.",
        ),
    ],
)
def test_a_multiple_coordinated_with_a_rank_is_a_claim(text, language, second):
    assert texts(text, language)[-1] == second


def test_a_cause_after_a_focusing_adverb_is_a_claim():
    text = "Utsläppen ökade med 4 procent under 2024, främst på grund av ökad användning av kol."
    assert texts(text, "sv")[-1] == "främst på grund av ökad användning av kol."


def test_a_with_clause_with_a_figure_after_a_clause_with_a_loose_verb():
    text = (
        "Investors now expect at least three more cuts this year, with analysts betting that "
        "rates will end 2027 between 2% and 2.25%."
    )
    assert len(texts(text, "en")) == 2


@pytest.mark.parametrize(
    ("text", "language", "first"),
    [
        (
            "Because there is no bail in the state system, Smith must stay in custody for at "
            "least 90 days.",
            "en",
            "Because there is no bail in the state system",
        ),
        (
            "Eftersom bron är stängd, måste 12 000 pendlare ta färjan.",
            "sv",
            "Eftersom bron är stängd",
        ),
    ],
)
def test_a_reason_clause_opening_the_sentence_is_a_claim(text, language, first):
    got = texts(text, language)
    assert len(got) == 2
    assert got[0] == first


def test_a_reason_phrase_without_a_verb_stays_with_its_clause():
    assert len(texts("Because of the rain, the match was cancelled after 20 minutes.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("En kvinna i 30-årsåldern och en man i 50-årsåldern fördes till sjukhus.", "sv"),
        ("A woman in her 80s and a man in his 50s were taken to hospital with burns.", "en"),
    ],
)
def test_two_subjects_with_figures_of_one_verb_stay_one_claim(text, language):
    assert len(texts(text, language)) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "The clinic billed insurers for more than $40 million in scans, many of which "
            "were never ordered by a doctor.",
            "en",
            "many of which were never ordered by a doctor.",
        ),
        (
            "Polisen beslagtog 300 vapen, många av vilka var stulna.",
            "sv",
            "många av vilka var stulna.",
        ),
    ],
)
def test_a_share_of_which_after_a_figure_is_a_claim(text, language, second):
    assert texts(text, language)[-1] == second


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "He was convicted after a two-week trial in which prosecutors called more than 20 "
            "witnesses.",
            "prosecutors called more than 20 witnesses.",
        ),
        ("The city built 300 homes in a year in which prices rose 8%.", "prices rose 8%."),
    ],
)
def test_a_clause_after_preposition_and_which_with_a_figure_is_a_claim(text, second):
    assert texts(text, "en")[-1] == second


def test_a_preposition_and_which_without_a_figure_before_stays_whole():
    assert len(texts("It was a year in which prices rose 8%.", "en")) == 1


def test_a_reason_clause_before_a_preposition_and_which_is_still_cut():
    text = (
        "Smith was convicted in May of two counts of fraud after a two-week trial in which "
        "prosecutors called more than 20 witnesses."
    )
    assert len(texts(text, "en")) == 3


def test_a_rank_someone_gave_the_event_is_a_claim_of_its_own():
    text = (
        "In March, police arrested 212 people in what officials called the largest drugs "
        "raid in the country's history."
    )
    assert texts(text, "en") == [
        "In March, police arrested 212 people",
        "officials called the largest drugs raid in the country's history.",
    ]


def test_a_name_given_without_a_figure_or_rank_stays_whole():
    assert len(texts("He spoke for an hour in what he called a final warning.", "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "It was the fifth cut since the bank began lowering rates in June 2023, when the "
            "rate stood at 4.5%.",
            "en",
            "when the rate stood at 4.5%.",
        ),
        (
            "Priserna började stiga i mars 2022, när inflationen var 6 procent.",
            "sv",
            "när inflationen var 6 procent.",
        ),
    ],
)
def test_what_held_at_a_dated_time_is_a_claim_of_its_own(text, language, second):
    assert texts(text, language)[-1] == second


def test_a_clause_describing_a_named_year_stays_whole():
    text = "Byggstarterna jämförs med toppåret 2017, då byggstarterna var 64 000."
    assert len(texts(text, "sv")) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Jones scored twice on his debut as Harbour Town beat Millbridge 4-2.",
            "as Harbour Town beat Millbridge 4-2.",
        ),
        ("Sales fell 3% as Apple launched two new phones.", "as Apple launched two new phones."),
    ],
)
def test_as_with_a_named_subject_and_a_past_verb_is_a_clause_of_its_own(text, second):
    assert texts(text, "en")[-1] == second


def test_as_before_a_title_stays_whole():
    assert len(texts("He joined the firm as Chief Executive in 2019.", "en")) == 1
