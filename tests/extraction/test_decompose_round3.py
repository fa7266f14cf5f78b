"""Decomposition of tail phrases that state a second fact about the figure before them: a
change in points written in words, a comparison with a norm, a Swedish superlative adverb
without a determiner. Each test names the pattern; the sentences are made up for the test."""

from __future__ import annotations

import pytest

from claims.extraction.decompose import decompose


def pieces(text, language):
    return [" ".join(text[s:e] for s, e in p) for p in decompose(text, 0, len(text), language)]


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "A poll found that only 40% of voters believed the plan would work, down six "
            "points from a similar poll in 2023.",
            "en",
            "down six points from a similar poll in 2023.",
        ),
        (
            "Stödet för partiet är 31 procent, ned fyra procentenheter sedan i våras.",
            "sv",
            "ned fyra procentenheter sedan i våras.",
        ),
    ],
)
def test_a_change_in_points_written_in_words_is_a_claim(text, language, second):
    assert pieces(text, language)[-1] == second


@pytest.mark.parametrize(
    ("text", "language", "second"),
    [
        (
            "Official figures show that 71mm of rain fell on the town in a single night, more "
            "than the area's average for the whole of October.",
            "en",
            "more than the area's average for the whole of October.",
        ),
        (
            "Det föll 48 millimeter regn under natten, mer än genomsnittet för hela juli.",
            "sv",
            "mer än genomsnittet för hela juli.",
        ),
    ],
)
def test_a_figure_set_against_a_norm_is_a_comparison_of_its_own(text, language, second):
    assert pieces(text, language)[-1] == second


def test_a_comparison_without_a_norm_or_figure_stays_whole():
    text = "Exports rose 6% in the quarter, more than in the spring."
    assert len(pieces(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Svensson gjorde 28 mål under våren, flest av alla spelare i ligan.",
            "flest av alla spelare i ligan.",
        ),
        (
            "Arbetslösheten i kommunen låg på 9,2 procent i mars, högst i hela länet.",
            "högst i hela länet.",
        ),
    ],
)
def test_a_swedish_superlative_adverb_ranks_the_figure_before_it(text, second):
    assert pieces(text, "sv")[-1] == second


def test_a_superlative_adverb_without_a_figure_before_it_stays_whole():
    assert len(pieces("Kören sjöng vackert i kväll, bäst i hela länet.", "sv")) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "The council expects the tax to raise about £30m a year, with roughly a half of "
            "that coming from the city centre.",
            "with roughly a half of that coming from the city centre.",
        ),
        (
            "The plan lets councils add a fee of up to £3 a night, with the money set aside "
            "for roads and parks.",
            "with the money set aside for roads and parks.",
        ),
        (
            "Prices rose 3% in May, with the biggest increases seen in food and energy.",
            "with the biggest increases seen in food and energy.",
        ),
    ],
)
def test_an_absolute_with_phrase_with_a_share_or_a_participle_is_a_claim(text, second):
    assert pieces(text, "en")[-1] == second


def test_a_with_phrase_naming_only_a_means_stays_whole():
    text = "The firm hired 40 new staff, with the help of a grant from the council."
    assert len(pieces(text, "en")) == 1


def _texts(text, language):
    from claims.extraction import extract

    return [c.text for c in extract(text, language=language)]


LEAD_SV = "Tre män dömdes i går för bedrägeri i Göteborg.\n\n"
LEAD_EN = "Three men were jailed on Monday for fraud in Leeds.\n\n"


def test_a_quote_telling_what_someone_else_has_done_keeps_its_subject():
    text = LEAD_SV + "– Domstolen har gått på vår linje i alla punkter, säger åklagaren Anna Berg."
    assert "Domstolen har gått på vår linje i alla punkter" in _texts(text, "sv")
    text = LEAD_EN + '"The court has accepted our case on almost every count," the prosecutor said.'
    assert any("The court has accepted" in t for t in _texts(text, "en"))


def test_a_quote_opening_with_a_dummy_subject_is_still_not_a_claim():
    text = LEAD_SV + "– Det har varit en tung höst för oss alla, säger hon."
    assert len(_texts(text, "sv")) == 1
    text = LEAD_EN + '"It has been a long autumn for all of us," she said.'
    assert len(_texts(text, "en")) == 1


@pytest.mark.parametrize(
    ("text", "second"),
    [
        (
            "Bolaget köpte 40 fastigheter i Malmö och avbröt samtidigt bygget i Lund.",
            "Bolaget avbröt samtidigt bygget i Lund.",
        ),
        (
            "Under våren ringde bedragarna upp hundratals företag i Skåne och övertog deras "
            "konton.",
            "övertog deras konton.",
        ),
    ],
)
def test_a_swedish_strong_past_with_a_particle_prefix_opens_a_second_clause(text, second):
    assert pieces(text, "sv")[-1] == second


def test_a_noun_that_looks_like_a_prefixed_verb_does_not_split():
    assert len(pieces("Kommunen köpte 40 bilar och tre bussar till skolorna.", "sv")) == 1


def test_what_a_source_has_done_with_a_figure_is_a_claim_of_its_own():
    texts = _texts(
        "Konserten flyttas till Malmö Arena, enligt arrangören, som redan har sålt omkring "
        "8 000 biljetter.",
        "sv",
    )
    assert "Konserten flyttas till Malmö Arena" in texts
    assert any("har sålt omkring 8 000 biljetter" in t for t in texts)
    texts = _texts(
        "The festival moves to Leeds next year, according to the organisers, who have already "
        "sold about 8,000 tickets.",
        "en",
    )
    assert any("have already sold about 8,000 tickets" in t for t in texts)


def test_a_source_described_without_a_figure_adds_no_claim():
    texts = _texts("Konserten flyttas till Malmö Arena, enligt arrangören, som är nöjd.", "sv")
    assert texts == ["Konserten flyttas till Malmö Arena"]
