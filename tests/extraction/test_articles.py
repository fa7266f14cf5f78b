"""Whole articles of several domains and both languages (see articles.py)."""

from __future__ import annotations

import pytest

from claims.extraction import analyse

from . import articles


def claim_with(result, anchor):
    matches = [c for c in result.claims if anchor.lower() in c.text.lower()]
    assert matches, f"no claim contains {anchor!r}: {[c.text for c in result.claims]}"
    return matches[0]


def has_quantity(claim, value, unit, qualifier="exact"):
    return any(
        abs(q.value - value) < 1e-6 * max(1, value) and q.unit == unit and q.qualifier == qualifier
        for q in claim.quantities
    )


def test_swedish_economy_article():
    r = analyse(articles.SV_ECONOMY)
    assert r.language == "sv"
    assert has_quantity(claim_with(r, "0,25 procentenheter"), 0.25, "percentage_point")
    assert claim_with(r, "lägsta nivån sedan våren 2022").type == "comparison"
    inflation = claim_with(r, "2,3 procent")
    assert inflation.speaker == "SCB"
    assert "8,7 procent" not in inflation.text  # "medan" split the sentence
    assert has_quantity(claim_with(r, "4 000 miljarder"), 4e12, "SEK", "more_than")
    texts = " ".join(c.text for c in r.claims)
    assert "Anna Svensson" not in texts and "Läs vår guide" not in texts
    assert "STOCKHOLM" not in texts


def test_swedish_sports_article():
    r = analyse(articles.SV_SPORTS)
    assert r.language == "sv"
    assert claim_with(r, "första VM-guld sedan 1999").type == "comparison"
    assert has_quantity(claim_with(r, "tjugotvå skott"), 22, "skott")
    assert has_quantity(claim_with(r, "sju mål"), 7, "mål")
    assert has_quantity(claim_with(r, "18 000 åskådare"), 18000, "person", "approx")
    assert has_quantity(claim_with(r, "två miljoner tittare"), 2e6, "tittare", "more_than")


def test_swedish_crime_article():
    r = analyse(articles.SV_CRIME, published=None)
    assert has_quantity(claim_with(r, "1,5 miljoner kronor"), 1.5e6, "SEK", "approx")
    assert claim_with(r, "1,5 miljoner kronor").speaker == "polisen"
    assert has_quantity(claim_with(r, "12 procent"), 12, "percent")
    assert claim_with(r, "12 procent").speaker == "Brottsförebyggande rådet"
    assert not any("Ring polisen" in c.text for c in r.claims)


def test_english_weather_article():
    r = analyse(articles.EN_WEATHER)
    assert r.language == "en"
    gusts = claim_with(r, "gusts of up to 97mph")
    assert has_quantity(gusts, 97, "mph", "at_most")
    assert gusts.speaker == "the Met Office"
    assert claim_with(r, "strongest winds").type == "comparison"
    assert has_quantity(claim_with(r, "20,000 homes"), 20000, "homes", "more_than")
    assert has_quantity(claim_with(r, "300 flights"), 300, "flights", "approx")
    assert not any("travel updates" in c.text for c in r.claims)


def test_english_politics_article():
    r = analyse(articles.EN_POLITICS)
    bill = claim_with(r, "$1.2 trillion")
    assert has_quantity(bill, 1.2e12, "USD")
    assert has_quantity(claim_with(r, "$110bn"), 110e9, "USD")
    assert claim_with(r, "will add $256bn").type == "prediction"
    assert not any(c.text.startswith("Is it enough") for c in r.claims)


def test_english_health_article():
    r = analyse(articles.EN_HEALTH)
    assert has_quantity(claim_with(r, "390,000 patients"), 390000, "person", "approx")
    assert has_quantity(claim_with(r, "14.2 weeks"), 14.2, "week")
    assert has_quantity(claim_with(r, "£2.3bn"), 2.3e9, "GBP")
    nurses = claim_with(r, "lost almost a third")
    assert nurses.speaker == "Dr. Sarah Jones"


@pytest.mark.parametrize("name", [n for n in dir(articles) if n.isupper()])
def test_every_claim_points_at_its_source(name):
    text = getattr(articles, name)
    for c in analyse(text).claims:
        assert 0 <= c.start < c.end <= len(text)
        assert 0.0 <= c.checkworthiness <= 1.0
        for q in c.quantities:
            assert q.text in text[c.start : c.end]
