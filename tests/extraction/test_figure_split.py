"""The fallback that cuts a claim stating two separate figures into one claim per figure.

The sentences are made up for the test, in Swedish and English."""

from __future__ import annotations

import pytest

from claims.extraction import extract


def claims(text, language):
    return extract(text, language=language)


def figures_per_claim(text, language):
    return [[q.text for q in c.quantities] for c in claims(text, language)]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Enligt åklagaren lurade mannen minst 85 företagare i Skåne på drygt 4 miljoner "
            "kronor under fjolåret.",
            "sv",
            [["minst 85 företagare"], ["drygt 4 miljoner kronor"]],
        ),
        (
            "I fjol omkom 412 personer i 27 kommuner enligt myndigheten.",
            "sv",
            [["412 personer"], ["27 kommuner"]],
        ),
        (
            "The inspection found 640 faults in 38 bridges across the region.",
            "en",
            [["640 faults"], ["38 bridges"]],
        ),
        (
            "The council's £12 million flood plan was only 40% complete by the deadline.",
            "en",
            [["£12 million"], ["40%"]],
        ),
    ],
)
def test_two_figures_of_different_kinds_are_two_claims(text, language, expected):
    # when
    found = claims(text, language)
    # then
    assert [[q.text for q in c.quantities] for c in found] == expected
    for claim, figs in zip(found, expected, strict=True):
        assert all(f in claim.text for f in figs)
        assert 0 <= claim.start < claim.end <= len(text)
        assert all(claim.start <= q.start and q.end <= claim.end for q in claim.quantities)


def test_the_second_claim_carries_the_subject_and_verb():
    texts = [
        c.text
        for c in claims("Enligt domen lurade ligan 96 pensionärer på 7 miljoner kronor.", "sv")
    ]
    assert texts == [
        "Enligt domen lurade ligan 96 pensionärer",
        "Enligt domen lurade ligan på 7 miljoner kronor.",
    ]


def test_a_figure_after_and_keeps_the_verb_of_the_clause_before():
    texts = [
        c.text
        for c in claims(
            "The survey counted 5,300 nests and 870 chicks in 14 colonies this spring.", "en"
        )
    ]
    assert "The survey counted 870 chicks" in texts
    assert any("14 colonies" in t and "870" not in t for t in texts)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # a range
        ("Priset väntas landa mellan 20 och 30 kronor per kilo.", "sv"),
        ("Tickets will cost between $40 and $65 each.", "en"),
        # change and level in the same unit
        ("Omsättningen ökade med 12 000 till 540 000 kronor.", "sv"),
        ("Profits fell by $30m to $410m last year.", "en"),
        # N of M
        ("Förslaget fick stöd av 33 av 61 ledamöter.", "sv"),
        ("The team won 9 of its 14 home games.", "en"),
        # a rate
        ("Elen kostar 1,40 kronor per kilowattimme i vinter.", "sv"),
        # a level and its baseline
        ("Unemployment rose to 6.2% in May from 5.9% in April.", "en"),
        ("Meritvärdet steg från 221,4 till 224,9 poäng.", "sv"),
        # a conversion in parentheses
        ("The storm flattened 2,000 hectares (4,900 acres) of forest.", "en"),
        # a duration that frames the figure
        ("Exporten minskade med 14 procent under de första sex månaderna.", "sv"),
        ("The agency will spend £3bn over the next four years on new roads.", "en"),
        # an age
        ("Totalt var 41 000 personer i åldern 16–24 år utan jobb.", "sv"),
        # a figure describing a noun ("a 12-kilometre route") is no fact of its own
        ("About 8,000 runners took part on a 12-kilometre route.", "en"),
        # a participle ties the second figure to the first figure's noun
        ("Two board members voting to keep the rate at 4.5% were outvoted.", "en"),
        # reported speech
        ("Tre kommuner meddelade i går att 60 tjänster försvinner.", "sv"),
    ],
)
def test_figures_that_belong_together_stay_in_one_claim(text, language):
    found = claims(text, language)
    assert len(found) == 1
    assert found[0].text.rstrip(".") == text.rstrip(".")


@pytest.mark.parametrize(
    ("text", "language", "share", "total"),
    [
        (
            "Nedskärningen gäller 40 procent av koncernens 3 100 tjänster.",
            "sv",
            "Nedskärningen gäller 40 procent av koncernens tjänster.",
            "koncernens 3 100 tjänster.",
        ),
        (
            "The cuts affect 35% of the firm's 3,100 staff in Britain.",
            "en",
            "The cuts affect 35% of the firm's staff in Britain.",
            "the firm's 3,100 staff in Britain.",
        ),
    ],
)
def test_a_share_of_an_owners_total_and_the_total_are_two_claims(text, language, share, total):
    assert [c.text for c in claims(text, language)] == [share, total]


def test_a_sentence_opening_with_its_figure_keeps_the_noun_in_the_second_claim():
    texts = [c.text for c in claims("Drygt 300 elever insjuknade på 9 skolor i Malmö.", "sv")]
    assert texts == ["Drygt 300 elever insjuknade", "elever insjuknade på 9 skolor i Malmö."]


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "The probe reached a height of 410 kilometres 9 minutes later.",
            "en",
            [
                "The probe reached a height of 410 kilometres",
                "The probe reached a height 9 minutes later.",
            ],
        ),
        (
            "Sonden nådde 410 kilometers höjd nio minuter senare.",
            "sv",
            ["Sonden nådde 410 kilometers höjd", "Sonden nådde nio minuter senare."],
        ),
    ],
)
def test_a_distance_and_the_time_it_was_reached_are_two_claims(text, language, expected):
    assert [c.text for c in claims(text, language)] == expected


@pytest.mark.parametrize(
    "text",
    ["Priset var 40 kronor ett år tidigare.", "Omkring 300 personer evakuerades två dagar senare."],
)
def test_a_time_that_only_locates_a_level_or_count_stays(text):
    assert [c.text for c in claims(text, "sv")] == [text]


def test_a_date_that_ends_the_sentence_is_told_by_both_claims():
    texts = [c.text for c in claims("The firm closed 900 stores in 21 countries last year.", "en")]
    assert texts == [
        "The firm closed 900 stores last year.",
        "The firm closed in 21 countries last year.",
    ]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Branden förstörde 40 hus i en by med 800 invånare.", "sv"),
        ("The factory makes 300,000 cars with 5,000 workers.", "en"),
        ("Bolaget gjorde en vinst på 2 miljarder kronor för 3 000 anställda.", "sv"),
    ],
)
def test_a_figure_after_with_or_for_describes_what_comes_before(text, language):
    assert [c.text for c in claims(text, language)] == [text]


def test_a_price_stays_with_what_was_bought():
    text = "Regionen köpte 120 bussar för 600 miljoner kronor i fjol."
    assert [c.text for c in claims(text, "sv")] == [text]


def test_a_claim_with_one_figure_is_not_touched():
    text = "Olyckan krävde 4 liv på riksväg 50 i natt."
    assert [c.text for c in claims(text, "sv")] == [text]
