"""Check-worthiness, claim types, decomposition and attribution: one phenomenon per test,
in both languages, with sentences written for these tests (not from the dev set)."""

from __future__ import annotations

import math

import pytest

from claims.extraction import extract
from claims.extraction.checkworthy_weights import BIAS, WEIGHTS
from claims.extraction.classify import checkworthiness, cw_features, is_call_to_action


def texts(text: str, language: str) -> list[str]:
    return [c.text for c in extract(text, language=language)]


def only(text: str, language: str):
    (claim,) = extract(text, language=language)
    return claim


# --- check-worthiness -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("checkable", "chatter", "language"),
    [
        (
            "Unemployment rose to 9.1 percent in October, the highest level since 2021.",
            "It was a really nice evening and everyone seemed happy.",
            "en",
        ),
        (
            "The bill cuts corporate taxes by $300 billion over ten years.",
            "Well, I think that's a wonderful thing for all of us.",
            "en",
        ),
        (
            "Arbetslösheten steg till 9,1 procent i oktober, den högsta nivån sedan 2021.",
            "Det var en trevlig kväll och alla verkade nöjda.",
            "sv",
        ),
        (
            "Regeringen sänkte skatten med 40 miljarder kronor förra året.",
            "Jag tycker att det känns fantastiskt bra.",
            "sv",
        ),
    ],
)
def test_statements_with_figures_score_above_chatter_and_opinion(checkable, chatter, language):
    (claim,) = extract(checkable, language=language)[:1]
    others = extract(chatter, language=language)
    assert all(claim.checkworthiness > o.checkworthiness for o in others)
    assert claim.checkworthiness >= 0.5


def test_scores_are_deterministic_probabilities():
    text = "Exports to China fell 18 percent after new rules took effect."
    first = [c.checkworthiness for c in extract(text, language="en")]
    second = [c.checkworthiness for c in extract(text, language="en")]
    assert first == second
    assert all(0.0 <= s <= 1.0 for s in first)


def test_swedish_is_scored_by_the_language_neutral_cues_alone():
    # given a Swedish claim: English word weights must not leak in ("i" is not "I")
    kwargs = {"ctype": "quantity", "quoted": False, "speaker": None, "quantities": []}
    text = "Priset i Malmö steg med 12 procent i fjol."
    cues = cw_features(text, dates=[], words=False, **kwargs)
    # when
    score = checkworthiness(text, dates=[], **kwargs)
    guessed = checkworthiness(text, dates=[], language=None, **kwargs)
    # then
    expected = 1 / (1 + math.exp(-(BIAS + sum(WEIGHTS.get(f, 0.0) for f in cues))))
    assert score == guessed == round(expected, 3)
    assert "i" not in cues


def test_the_weights_table_is_small_and_plain():
    assert 100 < len(WEIGHTS) < 10_000
    assert all(isinstance(k, str) and isinstance(v, float) for k, v in WEIGHTS.items())
    assert WEIGHTS["c:qty"] > 0  # a figure makes a statement more check-worthy
    assert WEIGHTS["c:opinion"] < 0


# --- what is addressed to the reader ------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "Här kan du läsa hela rapporten.",
        "Om du har frågor om din deklaration, ring Skatteverket.",
        "You can find the full results on our website.",
        "If you were affected by the outage, contact your provider.",
        "Du bör dricka mycket vatten i värmen.",
    ],
)
def test_advice_to_the_reader_is_a_call_to_action(sentence):
    assert is_call_to_action(sentence)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("You cut 2,000 jobs at the plant in 2019.", "en"),
        ("They were paying you a lot of money for those contracts.", "en"),
        ("Ni höjde skatten på bensin med 40 öre per liter.", "sv"),
    ],
)
def test_a_statement_about_the_one_addressed_is_a_claim(sentence, language):
    assert not is_call_to_action(sentence)
    assert extract(sentence, language=language)


# --- claim types -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        ("— Vi sänkte priset med tio procent i fjol, säger vd:n Karin Ek.", "sv", "quote"),
        ('"We hired 400 engineers this year," the chief executive said.', "en", "quote"),
        ("Andelen rökare är tre gånger så hög som bland kvinnor.", "sv", "comparison"),
        ("Prices in the north are five times higher than in the south.", "en", "comparison"),
        ("Exports now make up more than half of the group's sales.", "en", "quantity"),
        ("Mer än hälften av eleverna klarade provet.", "sv", "quantity"),
        ("Förseningarna beror främst på brist på lokförare.", "sv", "causal"),
        ("Torkan har fått allvarliga konsekvenser för skörden.", "sv", "causal"),
        ("The strike contributed to a sharp fall in output.", "en", "causal"),
    ],
)
def test_claim_types(text, language, ctype):
    assert only(text, language).type == ctype


def test_an_attributed_paraphrase_keeps_the_type_of_its_content():
    claim = only("Enligt Trafikverket beror förseningarna på en signalstörning.", "sv")
    assert claim.type == "causal"
    assert claim.speaker == "Trafikverket"


# --- attribution ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        ("Statsministern beskriver förhandlingarna som mycket svåra.", "sv", "Statsministern"),
        (
            "Finance minister Anna Berg described the budget as the tightest in a decade.",
            "en",
            "Finance minister Anna Berg",
        ),
        (
            "Tidigare varnade Magdalena Andersson för att reformen skulle bli dyr.",
            "sv",
            "Magdalena Andersson",
        ),
    ],
)
def test_describing_and_warning_name_the_speaker(text, language, speaker):
    claims = extract(text, language=language)
    assert claims
    assert all(c.speaker == speaker for c in claims)


# --- decomposition ----------------------------------------------------------------------


def test_a_coordinated_verb_phrase_carries_the_subject_of_the_first_clause():
    text = "The union rejected the offer on Monday and called a strike at 14 plants from next week."
    claims = extract(text, language="en")
    assert [c.text for c in claims] == [
        "The union rejected the offer on Monday",
        "The union called a strike at 14 plants from next week.",
    ]
    # the span stays in the source text and holds the figures
    for c in claims:
        for q in c.quantities:
            assert q.text in text[c.start : c.end]


def test_a_swedish_coordinated_verb_phrase_carries_the_subject():
    text = (
        "Regeringen sänkte skatten med 10 miljarder kronor och höjde barnbidraget med 200 kronor."
    )
    assert texts(text, "sv") == [
        "Regeringen sänkte skatten med 10 miljarder kronor",
        "Regeringen höjde barnbidraget med 200 kronor.",
    ]


def test_an_adverb_between_and_and_the_verb_still_makes_a_clause():
    text = "She was born in Leeds in 1961 and later served two terms as mayor of York."
    assert texts(text, "en") == [
        "She was born in Leeds in 1961",
        "She later served two terms as mayor of York.",
    ]


def test_no_subject_is_carried_after_a_fronted_adverbial():
    # Swedish puts the subject after the verb here ("I oktober steg arbetslösheten")
    text = "I oktober steg arbetslösheten till 9 procent och sjönk sedan till 8 procent i november."
    pieces = texts(text, "sv")
    assert pieces[0] == "I oktober steg arbetslösheten till 9 procent"
    assert not any(p.startswith("I oktober sjönk") for p in pieces)


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Sales of the old model fell sharply and the company closed two factories.",
            "en",
            [
                "Sales of the old model fell sharply",
                "the company closed two factories.",
            ],
        ),
        (
            "Målvakten räddade tolv skott och hans lag vann finalen.",
            "sv",
            ["Målvakten räddade tolv skott", "hans lag vann finalen."],
        ),
        (
            "The club was founded in 1902 but moved to its current stadium only in 1998.",
            "en",
            [
                "The club was founded in 1902",
                "The club moved to its current stadium only in 1998.",
            ],
        ),
    ],
)
def test_coordinated_clauses_with_their_own_verbs_are_split(text, language, expected):
    assert texts(text, language) == expected


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The delegation included the foreign minister and two senior advisers.", "en"),
        ("Putin tog med sig utrikesministern och två rådgivare till mötet.", "sv"),
        ("Profit fell because costs rose and the company took a one-off charge.", "en"),
        ("For example, the price, weight, and size of the device are all listed.", "en"),
    ],
)
def test_lists_of_nouns_and_joint_reasons_stay_whole(text, language):
    assert len(texts(text, language)) == 1


def test_a_trailing_relative_clause_is_a_statement_of_its_own():
    text = "The city opened a new bridge across the river, which carries four lanes of traffic."
    assert texts(text, "en") == [
        "The city opened a new bridge across the river",
        "which carries four lanes of traffic.",
    ]


def test_a_parenthesis_with_a_thousands_separator_is_still_split_off():
    text = "Volvo, which employs about 40,000 people in Sweden, will present its results on Friday."
    assert texts(text, "en") == [
        "Volvo, which employs about 40,000 people in Sweden",
        "Volvo will present its results on Friday.",
    ]


def test_a_participle_clause_is_split_off():
    text = (
        "The storm knocked out power across the region, leaving thousands of homes "
        "without heating overnight."
    )
    pieces = texts(text, "en")
    assert pieces[0] == "The storm knocked out power across the region"
    assert pieces[1].startswith("leaving thousands of homes")


def test_including_opens_a_phrase_not_a_clause():
    text = "The museum reopened its galleries on Monday, including the hall of modern art."
    assert len(texts(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "His lawyer, Mark Evans, said the ruling would be appealed within 30 days.",
            "en",
            "Mark Evans",
        ),
        (
            "Hennes advokat, Sara Lind, säger att domen kommer att överklagas inom tre veckor.",
            "sv",
            "Sara Lind",
        ),
        ("Dana Reyes, the chief executive, said revenue rose 12 percent.", "en", "Dana Reyes"),
    ],
)
def test_a_named_appositive_is_the_speaker_rather_than_a_role(text, language, speaker):
    (claim,) = extract(text, language=language)
    assert claim.speaker == speaker


def test_what_is_said_after_a_speech_verb_is_not_taken_for_the_speaker():
    text = "Hon skakar på huvudet, säger att hyran steg med 40 procent i fjol."
    claims = extract(text, language="sv")
    assert claims
    assert all(c.speaker is None or not c.speaker.startswith("att") for c in claims)


@pytest.mark.parametrize(
    "text",
    [
        "Farming played a large role in the domestication and breeding of horses.",
        "Kindness is a feeling of warmth, fondness, and caring towards other people.",
        "Planning and Testing: Reviewing and updating the old system before the move.",
    ],
)
def test_a_gerund_after_and_is_a_noun_not_a_new_clause(text):
    assert len(texts(text, "en")) == 1


def test_parallel_participle_clauses_are_split():
    text = (
        "The striker scored twice in the final, breaking the club record by three goals "
        "and becoming the youngest scorer since 1998."
    )
    pieces = texts(text, "en")
    assert pieces[1].startswith("breaking the club record")
    assert pieces[2].startswith("becoming the youngest scorer")


@pytest.mark.parametrize(
    ("text", "language", "expected"),
    [
        (
            "Bilen körde av vägen och tre personer fördes till sjukhus med lindriga skador.",
            "sv",
            ["Bilen körde av vägen", "tre personer fördes till sjukhus med lindriga skador."],
        ),
        (
            "The plant closed in March and about 300 workers lost their jobs.",
            "en",
            ["The plant closed in March", "about 300 workers lost their jobs."],
        ),
        (
            "Hon föddes i Umeå och flyttade till Stockholm som tonåring.",
            "sv",
            ["Hon föddes i Umeå", "Hon flyttade till Stockholm som tonåring."],
        ),
    ],
)
def test_a_counted_subject_or_a_passive_past_opens_a_clause(text, language, expected):
    assert texts(text, language) == expected


def test_a_range_is_not_split_into_clauses():
    text = "Between 20 and 30 people were injured in the fire."
    assert len(texts(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        ("The storm killed at least 12 people in the valley.", "en", "quantity"),
        ("Most of the new jobs were created in the north.", "en", "event"),
        ("Exports fell sharply last year.", "en", "event"),
        ("It is the most popular brand in the country.", "en", "comparison"),
        ("Hon är den sista överlevande från olyckan.", "sv", "comparison"),
        ("Priset har stigit kraftigt de senaste veckorna.", "sv", "event"),
    ],
)
def test_at_least_most_of_and_last_year_are_not_superlatives(text, language, ctype):
    assert only(text, language).type == ctype


def test_men_is_a_conjunction_only_in_swedish():
    assert texts("Police said two men had been arrested after the raid.", "en") == [
        "Police said two men had been arrested after the raid."
    ]
    assert texts("Bolaget gick med vinst men varnade för sämre tider.", "sv") == [
        "Bolaget gick med vinst",
        "Bolaget varnade för sämre tider.",
    ]


@pytest.mark.parametrize(
    ("text", "language", "speaker"),
    [
        (
            "Statsministern Ulf Berg meddelade på tisdagen att skatten sänks med 10 miljarder.",
            "sv",
            "Statsministern Ulf Berg",
        ),
        (
            "Skolan stängs efter sommaren. Det bekräftar kommunens presschef Anna Ek för TT.",
            "sv",
            "kommunens presschef Anna Ek",
        ),
        ("I ett pressmeddelande skriver bolaget att 300 tjänster försvinner.", "sv", "bolaget"),
        (
            "According to the World Health Organization, cases rose by 30 percent.",
            "en",
            "World Health Organization",
        ),
        ("In a statement, the company said it had cut 500 jobs.", "en", "the company"),
        ("On Tuesday, police said 14 people had been arrested.", "en", "police"),
    ],
)
def test_more_ways_news_name_a_source(text, language, speaker):
    claims = extract(text, language=language)
    assert claims
    assert all(c.speaker == speaker for c in claims)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The bill passed the Senate and House and was signed into law in May.",
            ["The bill passed the Senate and House", "The bill was signed into law in May."],
        ),
        (
            "The firm makes cars and trucks and sells them in 40 countries.",
            ["The firm makes cars and trucks", "The firm sells them in 40 countries."],
        ),
    ],
)
def test_a_list_inside_the_first_clause_does_not_start_a_new_one(text, expected):
    assert texts(text, "en") == expected


def test_a_swedish_present_tense_verb_after_och_or_men_continues_the_clause():
    text = "Kommunen har anställt 40 nya lärare men saknar fortfarande lärare i matematik."
    assert texts(text, "sv") == [
        "Kommunen har anställt 40 nya lärare",
        "Kommunen saknar fortfarande lärare i matematik.",
    ]
    assert len(texts("Han köpte äpplen och päron och bananer på torget.", "sv")) == 1


@pytest.mark.parametrize(
    "text",
    [
        "— I dag har vart tredje äldreboende i länet brist på sjuksköterskor, säger Anna Ek.",
        "— Skolan kommer inte att klara kraven utan fler lärare i höst, säger Per Lind.",
    ],
)
def test_a_quote_stating_a_share_or_a_negated_forecast_is_kept(text):
    assert len(extract(text, language="sv")) == 1


def test_a_relative_clause_about_the_speaker_with_only_a_figure_is_no_claim():
    text = (
        "— Bussen stod still i tre timmar utan värme, säger Lena Ek, som reste med sina fyra barn."
    )
    claims = extract(text, language="sv")
    assert [c.speaker for c in claims] == ["Lena Ek"]
    assert "fyra barn" not in claims[0].text


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Fackets ordförande på bruket, Eva Lund, säger till SVT att varslet kom oväntat.", "sv"),
        ("The mill's union chief, Eva Lund, said to reporters that 120 jobs would go.", "en"),
    ],
)
def test_a_listener_after_the_speech_verb_is_not_taken_for_the_speaker(text, language):
    claims = extract(text, language=language)
    assert [c.speaker for c in claims] == ["Eva Lund"]
    assert claims[0].text == text


@pytest.mark.parametrize(
    ("text", "language", "claim"),
    [
        (
            "OSLO, March 3 (Reuters) - Norway's central bank kept rates at 4.5% on Thursday.",
            "en",
            "Norway's central bank kept rates at 4.5% on Thursday.",
        ),
        (
            "KIRUNA (TT) – Gruvbolaget varslar 120 anställda om uppsägning.",
            "sv",
            "Gruvbolaget varslar 120 anställda om uppsägning.",
        ),
    ],
)
def test_a_wire_dateline_is_not_part_of_the_claim(text, language, claim):
    (c,) = extract(text, language=language)
    assert c.text == claim
    assert text[c.start : c.end] == claim


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Three people were arrested, police said, and two more are being sought.",
            [("Three people were arrested", "police"), ("two more are being sought.", "police")],
        ),
        (
            "The vaccine was 91% effective in a trial of 30,000 adults, the company said, "
            "though side effects were reported in one in five participants.",
            [
                ("The vaccine was 91% effective in a trial of 30,000 adults", "the company"),
                ("side effects were reported in one in five participants.", "the company"),
            ],
        ),
    ],
)
def test_a_source_named_in_the_middle_of_a_sentence_speaks_for_it(text, expected):
    assert [(c.text, c.speaker) for c in extract(text, language="en")] == expected
