"""Dates in claims: absolute ("16 augusti 2025", "Feb. 4", "2019") and relative ("i går",
"last year", "på onsdagen") resolved against the publication date."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .lowercase import lower_view
from .trie_regex import alternation, any_substring


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    start: int
    end: int
    value: dt.date | None  # None when the publication date is needed but unknown
    granularity: str  # day, week, month, year

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "value": self.value.isoformat() if self.value else None,
            "granularity": self.granularity,
        }


MONTHS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "januari january jan",
        "februari february feb",
        "mars march mar",
        "april apr",
        "maj may",
        "juni june jun",
        "juli july jul",
        "augusti august aug",
        "september sep sept",
        "oktober october okt oct",
        "november nov",
        "december dec",
    ],
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _i
WEEKDAYS: dict[str, int] = {}
for _i, _names in enumerate(
    [
        "måndag måndagen måndags monday",
        "tisdag tisdagen tisdags tuesday",
        "onsdag onsdagen onsdags wednesday",
        "torsdag torsdagen torsdags thursday",
        "fredag fredagen fredags friday",
        "lördag lördagen lördags saturday",
        "söndag söndagen söndags sunday",
    ]
):
    for _n in _names.split():
        WEEKDAYS[_n] = _i

# phrase -> (unit, offset): resolved as published + offset units
RELATIVE: dict[str, tuple[str, int]] = {
    "i dag": ("day", 0),
    "idag": ("day", 0),
    "today": ("day", 0),
    "i går": ("day", -1),
    "igår": ("day", -1),
    "yesterday": ("day", -1),
    "i förrgår": ("day", -2),
    "i morgon": ("day", 1),
    "imorgon": ("day", 1),
    "tomorrow": ("day", 1),
    "förra veckan": ("week", -1),
    "last week": ("week", -1),
    "nästa vecka": ("week", 1),
    "next week": ("week", 1),
    "i veckan": ("week", 0),
    "this week": ("week", 0),
    "förra månaden": ("month", -1),
    "last month": ("month", -1),
    "nästa månad": ("month", 1),
    "next month": ("month", 1),
    "förra året": ("year", -1),
    "i fjol": ("year", -1),
    "last year": ("year", -1),
    "nästa år": ("year", 1),
    "next year": ("year", 1),
    "i år": ("year", 0),
    "this year": ("year", 0),
}
_MONTH_ALT = alternation(MONTHS)
_WEEKDAY_ALT = alternation(WEEKDAYS)
_REL_ALT = alternation(RELATIVE)
_DATE = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<dm>\b(?P<dm_d>\d{{1,2}})\s+(?P<dm_m>{_MONTH_ALT})\b\.?(?:\s+(?P<dm_y>\d{{4}})\b)?)"
    rf"|(?P<md>\b(?P<md_m>{_MONTH_ALT})\.?\s+(?P<md_d>\d{{1,2}})\b(?!:)(?:,?\s+(?P<md_y>\d{{4}})\b)?)"
    rf"|(?P<my>\b(?P<my_m>{_MONTH_ALT})\s+(?P<my_y>\d{{4}})\b)"
    rf"|(?P<rel>\b(?:{_REL_ALT})(?!\w))"
    rf"|(?P<wd>\b(?:på\s+|i\s+|on\s+|last\s+)(?P<wd_n>{_WEEKDAY_ALT})\b)"
    rf"|(?P<year>\b(?<![\d,.\-])(?:1[5-9]\d\d|20\d\d)\b(?![\d\-]|\s?%))",
    re.IGNORECASE,
)
# What find_dates runs: the same branches, split into those that need a digit and those that
# are words only, compiled for lower-cased text (see lowercase.py). A clause with no digit
# skips the first, one with no date word the second. A digit match and a word match can never
# overlap or start at the same place (no month name starts like a relative phrase or "på",
# "i", "on", "last"), so running both and merging by offset finds what _DATE finds.
_DATE_DIGITS = re.compile(
    rf"(?P<iso>\b\d{{4}}-\d{{2}}-\d{{2}}\b)"
    rf"|(?P<dm>\b(?P<dm_d>\d{{1,2}})\s+(?P<dm_m>{_MONTH_ALT})\b\.?(?:\s+(?P<dm_y>\d{{4}})\b)?)"
    rf"|(?P<md>\b(?P<md_m>{_MONTH_ALT})\.?\s+(?P<md_d>\d{{1,2}})\b(?!:)(?:,?\s+(?P<md_y>\d{{4}})\b)?)"
    rf"|(?P<my>\b(?P<my_m>{_MONTH_ALT})\s+(?P<my_y>\d{{4}})\b)"
    rf"|(?P<year>\b(?<![\d,.\-])(?:1[5-9]\d\d|20\d\d)\b(?![\d\-]|\s?%))"
)
_DATE_WORDS = re.compile(
    rf"(?P<rel>\b(?:{_REL_ALT})(?!\w))"
    rf"|(?P<wd>\b(?:på\s+|i\s+|on\s+|last\s+)(?P<wd_n>{_WEEKDAY_ALT})\b)"
)


def _shift(published: dt.date, unit: str, offset: int) -> dt.date:
    if unit == "day":
        return published + dt.timedelta(days=offset)
    if unit == "week":
        monday = published - dt.timedelta(days=published.weekday())
        return monday + dt.timedelta(weeks=offset)
    if unit == "month":
        m = published.month - 1 + offset
        return dt.date(published.year + m // 12, m % 12 + 1, 1)
    return dt.date(published.year + offset, 1, 1)


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


# Every date mention holds a digit or one of these (lower-case) strings: "dag"/"day" cover
# "i dag", "yesterday" and the weekdays, the others the remaining relative phrases. One scan
# for a digit or any of them costs far less than running the date patterns over a clause that
# has none (most clauses).
WORD_KEYS = (
    "dag",
    "day",
    "går",
    "morgon",
    "tomorrow",
    "förra",
    "last",
    "nästa",
    "next",
    "vecka",
    "this week",
    "this year",
    "fjol",
    "i år",
)
_DIGIT = re.compile(r"\d")
_has_word_key = any_substring(WORD_KEYS)  # low -> any(k in low for k in WORD_KEYS)
# Where a match of _DATE_DIGITS can start: a digit at a word boundary (the look-behind after
# the digit is the \b before it; a leading character class lets the scan skip ahead in C),
# or a month name followed by a day or year ("Feb. 4", "maj 2024"). Trying the pattern only
# there finds what `finditer` finds: every branch starts with \b and a digit or a month name.
_DIGIT_START = re.compile(r"\d(?<!\w\d)")
_MONTH_THEN_DIGIT = re.compile(rf"(?:{_MONTH_ALT})\.?\s+\d")


def may_hold_date(text: str, start: int, end: int) -> bool:
    """False when text[start:end] certainly mentions no date (no digit, no date word)."""
    if _DIGIT.search(text, start, end):
        return True
    return _has_word_key(text[start:end].lower())


def _digit_matches(low: str, pos: int) -> list[re.Match]:
    """`list(_DATE_DIGITS.finditer(low, pos))`, trying the pattern only where it can start."""
    starts = [m.start() for m in _DIGIT_START.finditer(low, pos)]
    if not starts:
        return []
    months = [m.start() for m in _MONTH_THEN_DIGIT.finditer(low, pos)]
    if months:
        starts = sorted(starts + months)
    out = []
    after = pos
    match = _DATE_DIGITS.match
    for p in starts:
        if p >= after:
            m = match(low, p)
            if m is not None:
                out.append(m)
                after = m.end()
    return out


def find_dates(text: str, start: int, end: int, published: dt.date | None) -> list[DateMention]:
    """Date mentions in text[start:end]; relative ones need `published` to get a value."""
    out: list[DateMention] = []
    low, pos = lower_view(text, start, end)
    has_digit = _DIGIT.search(low, pos) is not None
    has_word = _has_word_key(low)
    if has_digit and has_word:
        matches = sorted(
            [*_digit_matches(low, pos), *_DATE_WORDS.finditer(low, pos)],
            key=lambda m: m.start(),
        )
    elif has_digit:
        matches = _digit_matches(low, pos)
    elif has_word:
        matches = _DATE_WORDS.finditer(low, pos)
    else:
        return out
    shift = start - pos
    for m in matches:
        kind = m.lastgroup
        value: dt.date | None = None
        gran = "day"
        if kind == "iso":
            y, mo, d = (int(x) for x in m.group("iso").split("-"))
            value = _safe_date(y, mo, d)
        elif kind == "dm":
            y = int(m.group("dm_y")) if m.group("dm_y") else (published.year if published else None)
            mo = MONTHS[m.group("dm_m").lower()]
            value = _safe_date(y, mo, int(m.group("dm_d"))) if y else None
        elif kind == "md":
            y = int(m.group("md_y")) if m.group("md_y") else (published.year if published else None)
            mo = MONTHS[m.group("md_m").lower()]
            value = _safe_date(y, mo, int(m.group("md_d"))) if y else None
        elif kind == "my":
            value = _safe_date(int(m.group("my_y")), MONTHS[m.group("my_m").lower()], 1)
            gran = "month"
        elif kind == "rel":
            unit, offset = RELATIVE[m.group("rel").lower()]
            gran = unit
            value = _shift(published, unit, offset) if published else None
        elif kind == "wd":
            if published:
                wd = WEEKDAYS[m.group("wd_n").lower()]
                back = (published.weekday() - wd) % 7
                value = published - dt.timedelta(days=back)
        elif kind == "year":
            value = dt.date(int(m.group("year")), 1, 1)
            gran = "year"
        ds, de = shift + m.start(), shift + m.end()
        out.append(DateMention(text[ds:de], ds, de, value, gran))
    return out
