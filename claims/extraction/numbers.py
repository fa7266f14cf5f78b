"""Number parsing for Swedish and English news text.

Why hand-written: no library normalizes Swedish compound number words ("tvåhundrafemtio"),
Swedish decimal commas and space-grouped thousands together with English number words at
the speed the extractor needs. The rules are small tables plus one evaluator.
"""

from __future__ import annotations

import re

SV_NUMBER_WORDS: dict[str, int] = {
    "noll": 0,
    "en": 1,
    "ett": 1,
    "två": 2,
    "tre": 3,
    "fyra": 4,
    "fem": 5,
    "sex": 6,
    "sju": 7,
    "åtta": 8,
    "nio": 9,
    "tio": 10,
    "elva": 11,
    "tolv": 12,
    "tretton": 13,
    "fjorton": 14,
    "femton": 15,
    "sexton": 16,
    "sjutton": 17,
    "arton": 18,
    "aderton": 18,
    "nitton": 19,
    "tjugo": 20,
    "tjugu": 20,
    "trettio": 30,
    "fyrtio": 40,
    "femtio": 50,
    "sextio": 60,
    "sjuttio": 70,
    "åttio": 80,
    "nittio": 90,
    "hundra": 100,
    "tusen": 1000,
}

EN_NUMBER_WORDS: dict[str, int] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
    "hundred": 100,
    "thousand": 1000,
    "dozen": 12,
}

# Scale words multiply what precedes them ("2,5 miljarder", "$4.2bn", "a million").
SCALE_WORDS: dict[str, int] = {
    "miljon": 10**6,
    "miljoner": 10**6,
    "milj": 10**6,
    "mn": 10**6,
    "miljard": 10**9,
    "miljarder": 10**9,
    "mdr": 10**9,
    "md": 10**9,
    "biljon": 10**12,
    "biljoner": 10**12,
    "million": 10**6,
    "millions": 10**6,
    "m": 10**6,
    "billion": 10**9,
    "billions": 10**9,
    "bn": 10**9,
    "b": 10**9,
    "trillion": 10**12,
    "tn": 10**12,
    "trn": 10**12,
    "k": 1000,
    "thousand": 1000,
    "tusen": 1000,
    "hundred": 100,
    "hundra": 100,
    "dozen": 12,
    "dussin": 12,
}

_SV_MORPHEMES = sorted(SV_NUMBER_WORDS, key=len, reverse=True)
SV_NUMBER_WORD_RE = re.compile(r"(?:" + "|".join(_SV_MORPHEMES) + r")+", re.IGNORECASE)
_SV_MORPHEME_SPLIT = re.compile("|".join(_SV_MORPHEMES))


def parse_swedish_number_word(word: str) -> int | None:
    """Value of a Swedish number word, compounds included ("tvåhundrafemtio" -> 250).

    Returns None when the word is not made of number morphemes only.
    """
    w = word.lower()
    if not SV_NUMBER_WORD_RE.fullmatch(w):
        return None
    parts = _SV_MORPHEME_SPLIT.findall(w)
    if "".join(parts) != w:
        return None
    return _combine([SV_NUMBER_WORDS[p] for p in parts])


def parse_english_number_words(phrase: str) -> int | None:
    """Value of an English number-word phrase ("two hundred and fifty", "twenty-five")."""
    tokens = [t for t in re.split(r"[\s\-]+", phrase.lower()) if t and t != "and"]
    values = []
    for t in tokens:
        if t in ("a", "an"):
            values.append(1)
        elif t in EN_NUMBER_WORDS:
            values.append(EN_NUMBER_WORDS[t])
        elif t in ("million", "billion", "trillion"):
            values.append(SCALE_WORDS[t])
        else:
            return None
    return _combine(values) if values else None


def _combine(values: list[int]) -> int:
    """Fold number-word values the way they are spoken: 2 100 50 -> 250, 5 1000 -> 5000."""
    total = 0
    current = 0
    for v in values:
        if v == 100:
            current = (current or 1) * 100
        elif v >= 1000:
            total += (current or 1) * v
            current = 0
        elif v == 12 and current:  # "two dozen"
            current *= 12
        else:
            current += v
    return total + current


_SPACE_GROUPS = re.compile(r"[ \u00a0\u2009\u202f]")
# Swedish decimals take a comma, so a full stop before three digits groups thousands
# ("32.500 kronor", "1.200 miljoner")
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3})+")
_COMMA_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def parse_numeral(digits: str, language: str) -> float | None:
    """Value of a written numeral: "140 000", "1,200", "2,5", "4.2", "5 275 000".

    Swedish uses a decimal comma and space-grouped thousands; English uses comma-grouped
    thousands and a decimal point. A comma followed by exactly three digits is a thousands
    separator in English and a decimal in Swedish.
    """
    s = _SPACE_GROUPS.sub("", digits)
    if not s:
        return None
    if language == "sv":
        if _DOT_GROUPED.fullmatch(s):
            s = s.replace(".", "")
        s = s.replace(",", ".")
    else:
        s = s.replace(",", "") if _COMMA_GROUPED.fullmatch(s) else s.replace(",", ".")
    try:
        return float(s)
    except ValueError:
        return None


def tidy(value: float) -> int | float:
    """Whole numbers as int (JSON prints 25000, not 25000.0); others rounded to 9 places."""
    if value == int(value) and abs(value) < 1e18:
        return int(value)
    return round(value, 9)
