"""The fast paths of the scanners find exactly what the full patterns find."""

from __future__ import annotations

import datetime as dt

import pytest

from claims.extraction.dates import _DATE, RELATIVE, WEEKDAYS, WORD_KEYS, find_dates
from claims.extraction.lowercase import lower_same_length, lower_view
from claims.extraction.quantities import find_quantities


def test_lower_case_views_keep_every_offset():
    text = "İSTANBUL, 16 AUGUSTI — Över 5 000 personer"
    low = lower_same_length(text)
    assert len(low) == len(text)
    assert low.index("över") == text.index("Över")
    view, pos = lower_view(text, 10, len(text))
    assert view[pos:] == low[10:]
    assert lower_view(text, 0, 5) == (low[:5], 0)


def test_every_relative_date_and_weekday_passes_the_word_gate():
    for phrase in [*RELATIVE, *WEEKDAYS]:
        assert any(k in phrase for k in WORD_KEYS), phrase


@pytest.mark.parametrize(
    "text",
    [
        "I GÅR meddelade SCB siffrorna, och på Måndagen kom beskedet.",
        "Last Week the company said it would report On Friday, Feb. 4, 2025.",
        "Mötet hölls 16 augusti 2025 och nästa möte blir i fjol eller 2019-05-01.",
        "Inget datum här alls, bara ord.",
    ],
)
def test_dates_match_the_case_insensitive_pattern(text):
    published = dt.date(2025, 8, 16)
    found = find_dates(text, 0, len(text), published)
    expected = [(m.group(0), m.start(), m.end()) for m in _DATE.finditer(text)]
    assert [(d.text, d.start, d.end) for d in found] == expected


def test_upper_case_figures_and_qualifiers_are_found_in_a_slice():
    text = "Rubrik. MÖTET VARADE CIRKA TRE TIMMAR, OCH MER ÄN 5 000 KOM."
    found = find_quantities(text, 8, len(text), "sv")
    assert [(q.value, q.unit, q.qualifier) for q in found] == [
        (3, "hour", "approx"),
        (5000, None, "more_than"),
    ]
    for q in found:
        assert text[q.start : q.end] == q.text
