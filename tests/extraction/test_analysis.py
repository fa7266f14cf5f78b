"""Attribution, decomposition, dates, types and filtering, through the public API."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction import analyse, detect_language, extract, split_date_header
from claims.extraction.dates import find_dates
from claims.extraction.decompose import decompose


def texts(text, language):
    return [c.text for c in extract(text, language=language)]


def pieces(text, language):
    return [" ".join(text[s:e] for s, e in p) for p in decompose(text, 0, len(text), language)]


def test_medan_splits_two_facts():
    text = "Putin talade i drygt åtta minuter, medan Trump höll sig till drygt tre minuter."
    assert pieces(text, "sv") == [
        "Putin talade i drygt åtta minuter",
        "Trump höll sig till drygt tre minuter.",
    ]


def test_parenthetical_place_becomes_its_own_claim():
    text = (
        "Mötet, på militärbasen Elmendorf-Richardson, är det första fysiska mötet mellan "
        "Trump och Putin sedan 2019."
    )
    got = pieces(text, "sv")
    assert got[0] == "Mötet, på militärbasen Elmendorf-Richardson"
    assert got[1].startswith("Mötet är det första fysiska mötet")


def test_which_clause_and_participle_are_split_in_english():
    text = (
        "Sales of chips, which now make up more than half of revenue, jumped 41% to $2.3bn, "
        "making it the largest division ever."
    )
    assert len(pieces(text, "en")) == 3


def test_lists_and_ranges_are_not_split():
    assert len(pieces("Brightline expects revenue of between $4.3bn and $4.5bn.", "en")) == 1
    assert len(pieces("Putin tog med sig Sergej Lavrov och Jurij Usjakov som stöd.", "sv")) == 1


def test_a_share_after_or_is_a_figure_of_its_own_but_a_plain_restatement_is_not():
    # a share beside a count can be checked on its own (the total may be wrong)
    text = "The mayor won 5,210 votes, or 41.3% of those cast, in the second round."
    assert pieces(text, "en") == [
        "The mayor won 5,210 votes",
        "or 41.3% of those cast, in the second round.",
    ]
    text = "The plant makes 40 tonnes a day, or about 14,600 tonnes a year."
    assert len(pieces(text, "en")) == 1


def test_comparative_tail_with_a_figure_is_split():
    text = "Totalt var 528 000 personer arbetslösa, knappt 40 000 fler än ett år tidigare."
    assert len(pieces(text, "sv")) == 2


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Arbetslösheten steg till 9,1 procent, enligt SCB.", "sv", "SCB"),
        ("Enligt SMHI beror värmen på ett högtryck över Finland.", "sv", "SMHI"),
        (
            "Region Norrbotten uppger att besöken har ökat med 40 procent.",
            "sv",
            "Region Norrbotten",
        ),
        ("Revenue rose 12% to $4.2bn, according to Reuters.", "en", "Reuters"),
        (
            "More than 100 runners were treated, the London Ambulance Service said.",
            "en",
            "the London Ambulance Service",
        ),
        (
            '"London is the greatest marathon in the world," said race director Helen Marsh.',
            "en",
            "race director Helen Marsh",
        ),
    ],
)
def test_speakers_are_found(text, language, speaker):
    (claim,) = extract(text, language=language)
    assert claim.speaker == speaker


def test_dash_dialogue_speaker_comes_from_the_closing_saeger():
    text = "— Vi gör den största satsningen på över tjugo år. Det ger resultat, säger Elin Falk."
    claims = extract(text, language="sv")
    assert claims and all(c.speaker == "Elin Falk" for c in claims)
    assert "säger" not in claims[0].text


def test_relative_clause_after_the_speaker_is_a_claim_of_its_own():
    text = (
        "— Han förstår att Ryssland har intressen, säger Putin, som också varnar Ukraina för "
        "att skapa ”några hinder” för fred."
    )
    assert any("några hinder" in t for t in texts(text, "sv"))


def test_relative_dates_resolve_against_publication():
    published = dt.date(2025, 8, 16)  # a Saturday
    text = "I går steg priset, förra veckan sjönk det, nästa år väntas en ökning, i fjol likaså."
    values = {d.text.lower(): d.value for d in find_dates(text, 0, len(text), published)}
    assert values["i går"] == dt.date(2025, 8, 15)
    assert values["förra veckan"] == dt.date(2025, 8, 4)
    assert values["nästa år"] == dt.date(2026, 1, 1)
    assert values["i fjol"] == dt.date(2024, 1, 1)
    en = "Yesterday it rose; last year it fell; on Wednesday it was flat."
    values = {d.text.lower(): d.value for d in find_dates(en, 0, len(en), published)}
    assert values["yesterday"] == dt.date(2025, 8, 15)
    assert values["last year"] == dt.date(2024, 1, 1)
    assert values["on wednesday"] == dt.date(2025, 8, 13)


def test_absolute_dates_and_years():
    text = "Det hände den 16 augusti 2025 och i juli 2014, och rekordet är från 1947."
    found = [(d.value, d.granularity) for d in find_dates(text, 0, len(text), None)]
    assert (dt.date(2025, 8, 16), "day") in found
    assert (dt.date(2014, 7, 1), "month") in found
    assert (dt.date(1947, 1, 1), "year") in found


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        ("Arbetslösheten steg till 9,1 procent i oktober.", "sv", "quantity"),
        ("Det är den högsta nivån sedan sommaren 2021.", "sv", "comparison"),
        ("Regeringen kommer att satsa på yrkesvux.", "sv", "prediction"),
        ("Uppgången beror på färre nyanställningar inom byggsektorn.", "sv", "causal"),
        ("Eldningsförbud gäller i hela länet.", "sv", "rule"),
        ("Mötet ägde rum bakom stängda dörrar.", "sv", "event"),
        ("Profit fell because research costs rose sharply.", "en", "causal"),
        ("The company will report results in February.", "en", "prediction"),
    ],
)
def test_claim_types(text, language, ctype):
    (claim,) = extract(text, language=language)
    assert claim.type == ctype


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Hur länge håller värmen i sig?", "sv"),
        ("Har du förlorat jobbet? Hör av dig till oss.", "sv"),
        ("Drick mycket vatten, även om du inte är törstig.", "sv"),
        ("Follow our live markets blog for more on the day's earnings.", "en"),
        ("Check your finishing time on the race website.", "en"),
        ("Regeringen lovar vändning", "sv"),
        ("By Marcus Webb", "en"),
        ("— Det är helt fantastiskt, säger Maja Lind.", "sv"),
        ('"I came to win, and the record came to me," Kiptanui said.', "en"),
    ],
)
def test_non_claims_are_filtered(text, language):
    assert extract(text, language=language) == []


def test_date_header_is_metadata_and_gives_the_publication_date():
    text = " date 2025-08-16 Mötet avslutades i går efter runt tre timmar."
    published, body = split_date_header(text)
    assert published == dt.date(2025, 8, 16)
    assert body.startswith("Mötet")
    result = analyse(text, language="sv")
    assert result.published == published
    (claim,) = result.claims
    assert not claim.text.startswith("date")
    assert claim.dates[0].value == dt.date(2025, 8, 15)


def test_offsets_point_into_the_original_text():
    text = "Rubrik\n\nArbetslösheten steg till 9,1 procent, enligt SCB. Det är den högsta nivån."
    for c in extract(text, language="sv"):
        assert 0 <= c.start < c.end <= len(text)
        for q in c.quantities:
            assert q.text in text[c.start : c.end]


def test_language_detection_reports_swedish_english_and_others():
    assert detect_language("Arbetslösheten i Sverige steg i oktober till 9,1 procent.") == "sv"
    assert detect_language("Unemployment in Sweden rose to 9.1 percent in October.") == "en"
    assert (
        detect_language(
            "Die Arbeitslosigkeit in Deutschland ist im Oktober deutlich gestiegen, teilte das "
            "Statistische Bundesamt am Mittwoch in Wiesbaden mit."
        )
        == "de"
    )
    assert detect_language("") == "en"


def test_a_speaker_who_goes_on_speaking_is_named_without_the_verb():
    text = (
        "— Det blir dyrare, svarade Lena Ek och fortsatte:\n\n"
        "— Vi kommer att höja avgiften med 40 kronor i januari."
    )
    (claim,) = [c for c in extract(text, language="sv") if "40 kronor" in c.text]
    assert claim.speaker == "Lena Ek"


@pytest.mark.parametrize(
    ("text", "language", "speakers"),
    [
        (
            "Borgmästaren Eva Lund sade att bron kostade 90 miljoner kronor, medan "
            "oppositionsrådet Per Berg uppgav att den kostade 120 miljoner kronor.",
            "sv",
            ["Borgmästaren Eva Lund", "oppositionsrådet Per Berg"],
        ),
        (
            "The union said the strike cost 2,000 jobs, while the employer said it cost 500.",
            "en",
            ["The union", "the employer"],
        ),
    ],
)
def test_each_piece_of_a_sentence_has_its_own_speaker(text, language, speakers):
    assert [c.speaker for c in extract(text, language=language)] == speakers


def test_a_claim_with_a_carried_subject_spans_its_own_clause():
    text = "The union rejected the offer of 3% and called a strike for 12 days."
    second = extract(text, language="en")[1]
    assert second.text == "The union called a strike for 12 days."
    assert text[second.start : second.end] == "called a strike for 12 days."


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("The storm cut power to 9,000 homes, officials said.", "officials"),
        ("The drug halved relapses in 800 patients, the company said.", "the company"),
    ],
)
def test_a_lower_case_group_at_the_end_is_the_speaker(text, speaker):
    (claim,) = extract(text, language="en")
    assert claim.speaker == speaker
    assert not claim.text.endswith("said.")


def test_a_tail_inside_the_first_clause_names_only_that_clause():
    text = (
        "Runt 3 000 personer deltog i tåget, enligt polisen, medan arrangörerna uppger att "
        "de var 8 000."
    )
    first, second = extract(text, language="sv")
    assert (first.text, first.speaker) == ("Runt 3 000 personer deltog i tåget", "polisen")
    assert second.speaker == "arrangörerna"
    assert [q.value for q in second.quantities] == [8000]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Enligt Statistiska centralbyrån steg priserna med 2 procent i maj.",
            "Statistiska centralbyrån",
        ),
        (
            "Enligt Brottsförebyggande rådet (Brå) anmäldes 9 000 rån i fjol.",
            "Brottsförebyggande rådet (Brå)",
        ),
        ("Enligt Trafikverket kan olyckorna minska med 12 procent.", "Trafikverket"),
    ],
)
def test_a_name_going_on_with_a_definite_word_is_the_whole_speaker(text, speaker):
    assert extract(text, language="sv")[0].speaker == speaker


def test_the_subject_of_the_first_clause_is_not_the_speaker_of_the_second():
    text = "The city announced £2m in aid, and the county pledged £1.5m for repairs."
    assert [c.speaker for c in extract(text, language="en")] == ["The city", None]
    text = "Officials said 14 people were killed, and 40 others were hurt in the blast."
    assert [c.speaker for c in extract(text, language="en")] == ["Officials", "Officials"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Enligt miljö- och hälsoskyddslagen ska anmälan göras inom 14 dagar.",
            "miljö- och hälsoskyddslagen",
        ),
        (
            "Över 4 000 bilar stals i fjol, enligt en rapport från Polisen som kom i dag.",
            "en rapport från Polisen",
        ),
    ],
)
def test_a_speaker_keeps_a_split_compound_and_drops_a_relative_clause(text, speaker):
    assert extract(text, language="sv")[0].speaker == speaker
