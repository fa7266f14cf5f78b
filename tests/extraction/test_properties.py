"""Property tests: extraction is total, deterministic and keeps its offsets honest."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from claims.extraction import extract

NEWSY = st.lists(
    st.sampled_from(
        [
            "Mötet",
            "varade",
            "runt",
            "tre",
            "timmar",
            ",",
            ".",
            "säger",
            "Putin",
            "—",
            "”",
            "drygt",
            "2,5",
            "miljarder",
            "kronor",
            "$4.2bn",
            "about",
            "1,200",
            "jobs",
            "said",
            "\n\n",
            "140\u00a0000",
            "procent",
            "kl.",
            "14.30",
            "t.ex.",
            "U.S.",
            "?",
            "medan",
            "and",
            "which",
            "enligt",
            "SCB",
            "date 2025-08-16",
            "i går",
            "last year",
            "(",
            ")",
            "Foto:",
            "By",
            "tjugofem",
            "a dozen",
            "%",
            "£",
            "–",
            "procentenheter",
            "Mr.",
        ]
    ),
    max_size=60,
).map(" ".join)


def check(text: str, language: str | None) -> None:
    first = extract(text, language=language)
    assert first == extract(text, language=language)
    for c in first:
        assert 0 <= c.start < c.end <= len(text)
        assert 0.0 <= c.checkworthiness <= 1.0
        for q in c.quantities:
            assert q.text in text[c.start : c.end]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400), st.sampled_from(["sv", "en", None]))
def test_any_unicode_text_is_handled(text, language):
    check(text, language)


@settings(max_examples=300, deadline=None)
@given(NEWSY, st.sampled_from(["sv", "en"]))
def test_news_like_token_soup_is_handled(text, language):
    check(text, language)
