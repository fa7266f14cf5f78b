"""Claim types of sentences news writes often, both languages; sentences written for these
tests. Each case names the pattern the type rule is about."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction import extract


def only_type(text, language, published=None):
    claims = extract(text, language=language, published=published)
    assert len(claims) == 1, [c.text for c in claims]
    return claims[0].type


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        # a law or rule laid down with a modal is a rule, not a forecast
        ("Enligt skollagen ska en elev få stöd i alla ämnen där behovet finns.", "sv", "rule"),
        (
            "Från och med i höst får bolagen inte längre sälja energidrycker till barn.",
            "sv",
            "rule",
        ),
        ("Anglers will be required to release every salmon caught in the river.", "en", "rule"),
        ("Landlords must register each rented flat with the council.", "en", "rule"),
        ("Tenants will be eligible for support under the Renters Act.", "en", "rule"),
        # ... and a quantity when it states a figure
        ("Pensioners will be eligible for grants of up to £2,000.", "en", "quantity"),
        ("Fiskarna måste rapportera varje fångad lax inom två timmar.", "sv", "quantity"),
        # permission: "får" + passive
        ("I år får tolv björnar fällas i Jämtlands län.", "sv", "quantity"),
        # an explicit estimate stays a forecast even about a law
        ("Analysts estimate the law will cost households $90 a year.", "en", "prediction"),
    ],
)
def test_rules_are_told_from_forecasts(text, language, ctype):
    assert only_type(text, language) == ctype


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        # an amount decided with "ska" is a quantity; with a forecast word it is a forecast
        ("Samtidigt ska regionen spara 45 miljoner kronor på vården.", "sv", "quantity"),
        ("Elpriset väntas stiga med 12 procent i vinter.", "sv", "prediction"),
        # an expectation held before is no forecast
        ("Unemployment rose faster than economists had expected in March.", "en", "comparison"),
        # likelihood, "could", what is due next
        ("Forecasters said further flooding was likely in the valley.", "en", "prediction"),
        ("Meteorologerna säger att stormen troligen når kusten på söndag.", "sv", "prediction"),
        ("The council's final ruling is due on 3 March.", "en", "prediction"),
        ("Fares will be reviewed again by next spring.", "en", "prediction"),
        # a future year named by a finished act is what the act is about
        ("Regionfullmäktige röstade i går igenom en plan för 2031.", "sv", "event"),
    ],
)
def test_forecasts(text, language, ctype):
    assert only_type(text, language, published=dt.date(2026, 11, 20)) == ctype


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        # a rank among repeated events
        ("It was the club's fifth defeat in a row.", "en", "comparison"),
        ("Det är tredje gången i år som färjan ställs in.", "sv", "comparison"),
        # Swedish -st superlatives and comparisons without "than"
        ("Flest anmälningar kom från Skåne och Halland.", "sv", "comparison"),
        ("Bostadsbyggandet ligger långt under behovet i länet.", "sv", "comparison"),
        ("Skillnaderna mellan skolorna i kommunen är stora.", "sv", "comparison"),
        # ... but not "var femte" (a share), "third-quarter" or "den senaste mätningen"
        ("Var femte elev i länet saknar godkänt betyg i engelska.", "sv", "quantity"),
        ("Third-quarter sales at the group were flat.", "en", "event"),
        ("Den senaste mätningen gjordes på tisdagen.", "sv", "event"),
        # a fraction written as one word is a share
        ("Partiet vill minska antalet nämnder med en tredjedel.", "sv", "quantity"),
    ],
)
def test_comparisons_and_shares(text, language, ctype):
    assert only_type(text, language) == ctype


@pytest.mark.parametrize(
    ("text", "language", "ctype"),
    [
        ("The airline cancelled 40 flights, citing a shortage of pilots.", "en", "quantity"),
        ("Kommunen motiverar nedläggningen med att elevantalet har minskat.", "sv", "causal"),
        ("Bolaget pekar på dyrare el som huvudorsaken till förlusten.", "sv", "causal"),
        ("After the bank raised its rates, house sales slowed sharply.", "en", "causal"),
        ("Landlords raised rents in retaliation for the new levy.", "en", "causal"),
    ],
)
def test_causes(text, language, ctype):
    types = [c.type for c in extract(text, language=language)]
    assert ctype in types


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("The 34-year-old was arrested at the airport on Sunday.", "en"),
        ("En 52-årig man greps i Malmö på lördagen.", "sv"),
        ("Tåget kunde avgå först vid 18-tiden.", "sv"),
    ],
)
def test_an_age_or_a_clock_time_alone_makes_no_quantity_claim(text, language):
    assert only_type(text, language) == "event"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Malmö är inte ensam.", "sv"),
        ("Förbundet är mer skeptiskt än regeringen.", "sv"),
        ("Investors were less upbeat.", "en"),
        ("The unions are also unconvinced.", "en"),
    ],
)
def test_a_stance_without_anything_to_check_is_not_a_claim(text, language):
    assert extract(text, language=language) == []


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Skillnaderna mellan regionerna är stora.", "sv"),  # a plain description: a claim
        ("Kommunen är inte ensam om att höja skatten med 50 öre.", "sv"),  # a figure
        ("The bridge was not safe for lorries over 7.5 tonnes.", "en"),
    ],
)
def test_descriptions_and_figures_after_a_copula_are_still_claims(text, language):
    assert len(extract(text, language=language)) == 1


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ('The mayor called the strike "completely irresponsible" on Friday.', "en"),
        ("Ministern kallade förslaget ”ett stort misstag” i riksdagen.", "sv"),
    ],
)
def test_calling_something_a_quoted_phrase_is_a_quote(text, language):
    assert only_type(text, language) == "quote"


def test_a_shortfall_against_a_future_target_is_a_comparison():
    text = "Installations reached 90,000, far short of the target of 250,000 a year by 2030."
    types = [c.type for c in extract(text, language="en", published=dt.date(2026, 1, 5))]
    assert types[-1] == "comparison"


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Arbetslösheten är inte lägre än i fjol.", "sv"),
        ("The economy is not growing.", "en"),
        ("Skolan är inte stängd.", "sv"),
        ("The bridge was not closed.", "en"),
    ],
)
def test_a_comparative_or_a_participle_after_a_negated_copula_is_still_a_claim(text, language):
    assert len(extract(text, language=language)) == 1


def test_a_demand_someone_makes_with_must_is_not_a_rule():
    text = "The minister said the country must build more homes."
    assert only_type(text, "en") == "quote"
    assert only_type("Enligt skollagen måste skolan erbjuda stöd.", "sv") == "rule"
