"""The pipeline around segmentation: colon lead-ins and the speakers they hand on."""

from __future__ import annotations

from claims.extraction import extract


def test_a_lead_in_names_the_speaker_of_the_quotation_and_is_no_claim():
    text = 'Putin sa: "Vi har skickat 5 000 soldater till gränsen." Sedan lämnade han salen.'
    claims = extract(text, language="sv")
    assert [c.text for c in claims] == [
        '"Vi har skickat 5 000 soldater till gränsen."',
        "Sedan lämnade han salen.",
    ]
    assert claims[0].speaker == "Putin"
    assert claims[0].quantities[0].value == 5000


def test_an_english_lead_in_hands_on_a_descriptive_speaker():
    text = 'The health minister told reporters: "We have hired 3,000 new nurses this year."'
    (claim,) = extract(text, language="en")
    assert claim.speaker == "The health minister"
    assert claim.text.startswith('"We have hired')


def test_a_lead_in_with_a_figure_stays_a_claim():
    text = "Regeringen sänker skatten med 5 miljarder kronor: Det är den största sänkningen."
    claims = extract(text, language="sv")
    assert claims[0].text.startswith("Regeringen sänker skatten med 5 miljarder kronor")
    assert claims[0].quantities[0].value == 5_000_000_000


def test_a_bare_lead_in_before_a_statement_is_dropped():
    text = "Beskedet var tydligt: Det blir inga fler skattesänkningar i år, enligt regeringen."
    (claim,) = extract(text, language="sv")
    assert claim.text.startswith("Det blir inga fler skattesänkningar")
    assert claim.speaker == "regeringen"
