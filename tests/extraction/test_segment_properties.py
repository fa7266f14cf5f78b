"""Property tests for segmentation and the colon lead-ins: total, ordered, in bounds."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract
from claims.extraction.segment import segment, split_sentences

SOUP = st.lists(
    st.sampled_from(
        [
            "Han",
            "sa:",
            "säger",
            "hon.",
            "Hon.",
            "Det",
            "The",
            "osv.",
            "km.",
            "no.",
            "No.",
            "10",
            "milj.",
            "kronor",
            "år",
            "manliga.",
            ":",
            ".",
            "?",
            '"',
            "”",
            "'",
            "—",
            "\n",
            "\n\n",
            "İSTANBUL",
            "I GÅR",
            "CIRKA TRE TIMMAR",
            "5 000",
            "Putin",
            "Foto: TT",
            "By Anna",
            "Vi",
            "kan",
            "Det",
            "byggs",
            "rubrik",
            "7",
            "7.",
            "IV.",
        ]
    ),
    max_size=50,
).map(" ".join)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(SOUP, st.text(max_size=300)))
def test_blocks_and_sentences_are_ordered_non_empty_and_in_bounds(text):
    blocks, sentences = segment(text)
    last_end = 0
    for b in blocks:
        assert last_end <= b.start < b.end <= len(text)
        last_end = b.end
    last_end = 0
    for s in sentences:
        assert last_end <= s.start < s.end <= len(text)
        block = blocks[s.block]
        assert block.start <= s.start and s.end <= block.end
        last_end = s.end


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(SOUP, st.sampled_from(["sv", "en", None]))
def test_extraction_of_colon_and_quote_soup_is_total_and_deterministic(text, language):
    first = extract(text, language=language)
    assert first == extract(text, language=language)
    for c in first:
        assert 0 <= c.start < c.end <= len(text)
        for q in c.quantities:
            assert q.text in text[c.start : c.end]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(SOUP, st.text(max_size=300)))
def test_sentences_tile_the_paragraph_with_only_blanks_between(text):
    spans = split_sentences(text, 0, len(text))
    assert spans == split_sentences(text, 0, len(text))
    pos = 0
    for s, e in spans:
        assert pos <= s < e <= len(text)
        assert not text[pos:s].strip()
        pos = e
    assert not text[pos:].strip()
