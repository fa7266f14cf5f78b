from __future__ import annotations

import pytest

from claims.extraction.segment import (
    BYLINE,
    CAPTION,
    HEADING,
    PARAGRAPH,
    segment,
    split_paragraphs,
    split_sentences,
)


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text, 0, len(text))]


@pytest.mark.parametrize(
    "text",
    [
        "Han kom kl. 14.30 till mötet. Sedan gick han.",
        "De köpte bl.a. mjölk och t.ex. bröd. Sedan gick de hem.",
        "Det kostar ca. 20 kronor, d.v.s. billigt. Sedan gick de hem.",
        "Den s.k. Tidöpakten gäller. Sedan gick de hem.",
        "Mr. Smith met Dr. Jones at No. 10 Downing Street. They talked.",
        "The U.S. export rules took effect in Jan. 2024 at 9 a.m. local time. They talked.",
        "Brightline Semiconductor Inc. said revenue rose. They talked.",
    ],
)
def test_abbreviations_do_not_end_sentences(text):
    parts = sentences(text)
    assert len(parts) == 2, parts


def test_sentences_inside_quotes_split_and_keep_offsets():
    text = '"We have never seen this. Our backlog is the largest," Ms. Whitfield said. Shares rose.'
    spans = split_sentences(text, 0, len(text))
    assert [text[s:e] for s, e in spans] == [
        '"We have never seen this.',
        'Our backlog is the largest," Ms. Whitfield said.',
        "Shares rose.",
    ]


def test_abbreviation_at_the_end_of_a_sentence_still_splits_before_an_opener():
    assert len(sentences("The talks were held in the U.S. The next round is in May.")) == 2


def test_paragraphs_headings_bylines_and_captions_are_told_apart():
    text = (
        "Rekordvärme i Norrbotten\n\nErik Nilsson/TT\n\n"
        "Värmen slog rekord på lördagen.\n\n"
        "Badgäster vid havet på lördagen. Foto: Anna Berg/TT\n\n"
        "Stora skillnader\n\nBy Marcus Webb\n\n"
        "Chief Executive Dana Whitfield in San Jose. (Photo: Brightline)\n"
    )
    blocks, _ = segment(text)
    assert [b.kind for b in blocks] == [
        HEADING,
        BYLINE,
        PARAGRAPH,
        CAPTION,
        HEADING,
        BYLINE,
        CAPTION,
    ]


def test_dash_dialogue_lines_are_quoted():
    text = (
        "— Vi ser en försvagning. Det oroar oss, säger Sofia Berglund.\n\n"
        "SCB publicerade siffrorna."
    )
    blocks, sents = segment(text)
    assert blocks[0].dialogue
    assert [s.quoted for s in sents] == [True, True, False]


def test_dateline_is_skipped():
    text = "SAN JOSE, Calif., Oct. 29 — Brightline said revenue rose."
    _, sents = segment(text)
    assert text[sents[0].start : sents[0].end] == "Brightline said revenue rose."


def test_hard_wrapped_lines_are_one_paragraph():
    text = "Regeringen satsar på\nyrkesvux nästa år.\nSedan kommer mer."
    assert len(split_paragraphs(text)) == 2
