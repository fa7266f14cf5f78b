"""Find and normalize the figures a clause states.

"drygt åtta minuter" -> Quantity(value=8, unit="minute", qualifier="more_than").
Everything is table-driven: qualifier phrases, unit words, currency symbols and the nouns
that count people. Years, clock times, dates, ranks and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import MONTHS
from .lowercase import lower_view
from .numbers import (
    EN_NUMBER_WORDS,
    SCALE_WORDS,
    SV_NUMBER_WORDS,
    parse_english_number_words,
    parse_numeral,
    parse_swedish_number_word,
    tidy,
)
from .trie_regex import alternation


@dataclass(frozen=True, slots=True)
class Quantity:
    """A normalized figure. `text` is the exact source text (offsets `start`/`end`)."""

    text: str
    value: int | float
    unit: str | None
    qualifier: str
    start: int = 0
    end: int = 0
    value_max: int | float | None = None

    def as_dict(self) -> dict:
        return {
            "text": self.text,
            "value": self.value,
            "unit": self.unit,
            "qualifier": self.qualifier,
        }


QUALIFIERS: dict[str, str] = {
    # Swedish
    "runt": "approx",
    "cirka": "approx",
    "ca": "approx",
    "ca.": "approx",
    "c:a": "approx",
    "omkring": "approx",
    "ungefär": "approx",
    "kring": "approx",
    "uppemot": "approx",
    "bortåt": "approx",
    "uppskattningsvis": "approx",
    "drygt": "more_than",
    "dryga": "more_than",
    "över": "more_than",
    "mer än": "more_than",
    "fler än": "more_than",
    "strax över": "more_than",
    "knappt": "less_than",
    "knappa": "less_than",
    "nästan": "less_than",
    "närmare": "less_than",
    "nära": "less_than",
    "mindre än": "less_than",
    "färre än": "less_than",
    "under": "less_than",
    "strax under": "less_than",
    "minst": "at_least",
    "åtminstone": "at_least",
    "inte mindre än": "at_least",
    "upp till": "at_most",
    "högst": "at_most",
    "som mest": "at_most",
    "maximalt": "at_most",
    "inte mer än": "at_most",
    "inom": "at_most",  # "inom en timme": no later than
    # English
    "about": "approx",
    "around": "approx",
    "roughly": "approx",
    "approximately": "approx",
    "some": "approx",
    "an estimated": "approx",
    "estimated": "approx",
    "circa": "approx",
    "nearly": "less_than",
    "almost": "less_than",
    "less than": "less_than",
    "fewer than": "less_than",
    "below": "less_than",
    "close to": "less_than",
    "just under": "less_than",
    "just shy of": "less_than",
    "more than": "more_than",
    "over": "more_than",
    "above": "more_than",
    "just over": "more_than",
    "upwards of": "more_than",
    "in excess of": "more_than",
    "at least": "at_least",
    "no fewer than": "at_least",
    "no less than": "at_least",
    "up to": "at_most",
    "at most": "at_most",
    "no more than": "at_most",
    "as many as": "at_most",
    "as much as": "at_most",
    "within": "at_most",
}
_OR_MORE = re.compile(r"\s+(?:or\s+more|or\s+longer|eller\s+mer|eller\s+fler|eller\s+längre)\b")
_QUAL_ALT = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_QUALIFIER_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“”„«»]))(" + _QUAL_ALT + r")\s+$", re.IGNORECASE)
_QUALIFIER_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:between|mellan)\s+$", re.IGNORECASE)

UNIT_WORDS: dict[str, str] = {
    "%": "percent",
    "procent": "percent",
    "percent": "percent",
    "per cent": "percent",
    "pct": "percent",
    "procentenhet": "percentage_point",
    "procentenheter": "percentage_point",
    "procentenheters": "percentage_point",
    "percentage point": "percentage_point",
    "percentage points": "percentage_point",
    "timme": "hour",
    "timmar": "hour",
    "timmes": "hour",
    "hour": "hour",
    "hours": "hour",
    "minut": "minute",
    "minuter": "minute",
    "minuters": "minute",
    "minute": "minute",
    "minutes": "minute",
    "sekund": "second",
    "sekunder": "second",
    "second": "second",
    "seconds": "second",
    "dag": "day",
    "dagar": "day",
    "dagars": "day",
    "dygn": "day",
    "day": "day",
    "days": "day",
    "vecka": "week",
    "veckor": "week",
    "veckors": "week",
    "week": "week",
    "weeks": "week",
    "månad": "month",
    "månader": "month",
    "månaders": "month",
    "month": "month",
    "months": "month",
    "år": "year",
    "års": "year",
    "year": "year",
    "years": "year",
    "kr": "SEK",
    "kr.": "SEK",
    "kronor": "SEK",
    "krona": "SEK",
    "sek": "SEK",
    "dollar": "USD",
    "dollars": "USD",
    "usd": "USD",
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "pund": "GBP",
    "pounds": "GBP",
    "gbp": "GBP",
}
# Units that carry their own scale: "12 mkr" is 12 million kronor.
SCALED_UNITS: dict[str, tuple[int, str]] = {
    "mkr": (10**6, "SEK"),
    "mnkr": (10**6, "SEK"),
    "mdkr": (10**9, "SEK"),
    "tkr": (10**3, "SEK"),
}
CURRENCY_SYMBOLS: dict[str, str] = {
    "$": "USD",
    "us$": "USD",
    "£": "GBP",
    "€": "EUR",
    "sek": "SEK",
    "usd": "USD",
    "eur": "EUR",
    "gbp": "GBP",
}

# Nouns that count people: normalized to the unit "person". Swedish compounds are matched by
# suffix ("långtidsarbetslösa" ends with "arbetslösa").
PERSON_NOUNS_EN = frozenset(
    [
        "people",
        "persons",
        "person",
        "individuals",
        "runners",
        "spectators",
        "residents",
        "inhabitants",
        "passengers",
        "patients",
        "workers",
        "employees",
        "children",
        "adults",
        "students",
        "pupils",
        "voters",
        "fans",
        "visitors",
        "tourists",
        "migrants",
        "refugees",
        "civilians",
        "participants",
        "attendees",
        "citizens",
        "men",
        "women",
        "teenagers",
        "pensioners",
        "jobseekers",
        "unemployed",
        "staffers",
        "athletes",
        "competitors",
        "soldiers",
        "troops",
        "officers",
        "police",
        "firefighters",
        "rescuers",
        "volunteers",
        "candidates",
        "mps",
        "members",
        "lawmakers",
        "legislators",
        "senators",
        "councillors",
        "councilors",
        "delegates",
        "ministers",
        "officials",
        "doctors",
        "nurses",
        "teachers",
        "staff",
        "victims",
        "survivors",
        "prisoners",
        "inmates",
        "suspects",
        "defendants",
        "plaintiffs",
        "journalists",
        "players",
        "guests",
        "protesters",
        "demonstrators",
        "farmers",
        "drivers",
        "pilots",
        "researchers",
        "scientists",
        "experts",
        "applicants",
        "evacuees",
        "homeowners",
        "tenants",
        "commuters",
        "travellers",
        "travelers",
        "hostages",
        "fighters",
        "immigrants",
        "babies",
        "infants",
        "girls",
        "boys",
        "retirees",
        "veterans",
        "seniors",
        "youths",
    ]
)
_PERSON_SINGULARS_EN = frozenset(["man", "woman", "child", "baby", "youth"])
PERSON_SUFFIXES_SV = (
    "personer",
    "människor",
    "individer",
    "invånare",
    "arbetslösa",
    "sysselsatta",
    "anställda",
    "deltagare",
    "åskådare",
    "besökare",
    "löpare",
    "resenärer",
    "passagerare",
    "patienter",
    "elever",
    "väljare",
    "medborgare",
    "flyktingar",
    "asylsökande",
    "turister",
    "pensionärer",
    "ungdomar",
    "kvinnor",
    "barn",
    "vuxna",
    "arbetare",
    "studenter",
    "boende",
    "män",
    "kvinnor",
    "barn",
    "flickor",
    "pojkar",
    "ungdomar",
    "vuxna",
    "lärare",
    "läkare",
    "sjuksköterskor",
    "poliser",
    "soldater",
    "ledamöter",
    "politiker",
    "medlemmar",
    "kandidater",
    "målsägande",
    "misstänkta",
    "åtalade",
    "dömda",
    "omkomna",
    "räddningsarbetare",
    "brandmän",
    "frivilliga",
    "volontärer",
    "kunder",
    "användare",
    "prenumeranter",
    "aktieägare",
    "journalister",
    "spelare",
    "gäster",
    "demonstranter",
    "bönder",
    "förare",
    "piloter",
    "forskare",
    "experter",
    "tjänstemän",
    "ministrar",
    "sökande",
    "hyresgäster",
    "pendlare",
    "invandrare",
    "migranter",
    "jägare",
    "brottsoffer",
    "offer",
)

# Words that cannot be the counted noun right after a number.
_NOT_NOUNS = frozenset(
    [
        "under",  # "ytterligare 30 under 2026"
        "without",
        "utan",
        "före",
        "until",
        "within",
        "och",
        "eller",
        "i",
        "på",
        "av",
        "till",
        "från",
        "med",
        "för",
        "om",
        "som",
        "är",
        "var",
        "har",
        "hade",
        "blev",
        "blir",
        "kan",
        "ska",
        "skulle",
        "att",
        "det",
        "den",
        "de",
        "en",
        "ett",
        "än",
        "mot",
        "per",
        "efter",
        "inom",
        "vid",
        "sedan",
        "jämfört",
        "fler",
        "färre",
        "mer",
        "mindre",
        "sin",
        "sina",
        "samt",
        "men",
        "medan",
        "där",
        "när",
        "då",
        "inte",
        "också",
        "bara",
        "redan",
        "nu",
        "totalt",
        "varav",
        "vardera",
        "st",
        "styck",
        "and",
        "or",
        "in",
        "on",
        "at",
        "of",
        "to",
        "from",
        "with",
        "for",
        "by",
        "as",
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "be",
        "been",
        "the",
        "a",
        "an",
        "than",
        "more",
        "fewer",
        "less",
        "each",
        "ahead",
        "back",
        "after",
        "before",
        "since",
        "during",
        "up",
        "down",
        "into",
        "who",
        "which",
        "that",
        "this",
        "these",
        "those",
        "it",
        "its",
        "their",
        "his",
        "her",
        "per",
        "cent",
        "while",
        "but",
        "so",
        "if",
        "ago",
        "earlier",
        "later",
        "apiece",
        "between",
        "among",
        "against",
        "through",
        "across",
        "about",
        "around",
        "times",
        "gånger",
    ]
)
_ADJECTIVES_EN = frozenset(
    [
        "new",
        "more",
        "other",
        "additional",
        "small",
        "large",
        "big",
        "major",
        "old",
        "young",
        "local",
        "foreign",
        "extra",
        "full",
        "further",
        "public",
        "private",
        "former",
        "current",
        "total",
        "average",
        "annual",
        "daily",
        "weekly",
        "monthly",
        "so-called",
    ]
)
_SKIP_BEFORE_NOUN = frozenset({"s.k.", "så", "kallade", "so-called", "sk"})
_DETERMINERS_BEFORE_WORDNUM = frozenset(
    [
        "de",
        "dessa",
        "båda",
        "alla",
        "the",
        "these",
        "those",
        "both",
        "all",
        "its",
        "their",
        "his",
        "her",
        "our",
    ]
)
_CLOCK_BEFORE = frozenset({"kl", "kl.", "klockan", "nr", "nr.", "no.", "nummer", "number"})
# A small number right after one of these nouns names the thing instead of counting it
# ("elområde 4", "fas 3", "phase 3 trial", "Terminal 5", "type 2 diabetes")
_LABEL_NOUNS = frozenset(
    [
        "area",
        "zone",
        "phase",
        "stage",
        "terminal",
        "article",
        "chapter",
        "section",
        "category",
        "grade",
        "route",
        "platform",
        "gate",
        "lane",
        "reactor",
        "ward",
        "district",
        "type",
        "version",
        "season",
        "round",
    ]
)
_LABEL_NOUN_ENDINGS = (
    "område",
    "zon",
    "fas",
    "etapp",
    "kategori",
    "terminal",
    "paragraf",
    "artikel",
    "kapitel",
    "avsnitt",
    "reaktor",
    "plattform",
    "omgång",
    "säsong",
    "version",
)
_PLAIN_SMALL_INT = re.compile(r"\d{1,2}")
_PAIR_WORDS = frozenset(["och", "and", "or", "eller"])
_LABEL_PAIR_BEFORE = re.compile(
    r"(?:\b(?:areas?|zones?|phases?|stages?|terminals?|reactors?|types?)|område|zon|fas|"
    r"etapp|terminal|reaktor)\s+\d{1,2}\s+(?:och|and|or|eller)\s+$",
    re.IGNORECASE,
)
_CLOCK_AFTER = frozenset({"a.m.", "p.m.", "am", "pm"})
_TIME_UNIT_WORDS = alternation(
    [
        "minute",
        "minutes",
        "hour",
        "hours",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "months",
        "year",
        "years",
        "decade",
        "second",
        "quarter",
        "dozen",
        "hundred",
        "thousand",
        "million",
        "billion",
        "trillion",
        "minut",
        "timme",
        "dag",
        "dygn",
        "vecka",
        "månad",
        "år",
        "sekund",
        "miljon",
        "miljard",
        "biljon",
        "dussin",
        "halvtimme",
    ]
)

_SV_WORDS = alternation(SV_NUMBER_WORDS)
_EN_WORDS = alternation([*EN_NUMBER_WORDS, "million", "billion", "trillion"])
_NUMERAL = r"\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)*"
_SCALES = alternation(SCALE_WORDS)

# One pass finds every candidate figure; clock times and ordinals are matched first so the
# digits inside them are consumed and never read as quantities.
_CANDIDATE = re.compile(
    rf"""
    (?P<skip>\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?=\s*(?:a\.m\.|p\.m\.|am\b|pm\b))
        |\d+:\d{{2}}(?::\d{{2}})?(?![\d])
        |\d+(?:st|nd|rd|th|:e|:a)\b
        |\d+-tal(?:et|ets)?\b|\d{{4}}s\b)
    |(?P<cur>US\$|\$|£|€|\b(?:SEK|USD|EUR|GBP)\s?)?
    (?P<num>(?<![\w.,])(?<![^\W\d_]-)(?:{_NUMERAL})(?!\d)(?!-tal)
        |\b(?:{_SV_WORDS})+(?:tal)?\b(?!-)
        |\b(?:{_EN_WORDS})(?:(?:(?<=hundred)\s+and\s+|[\s-]+)(?:{_EN_WORDS}))*\b(?!-(?!{_EN_WORDS}))
        |\b(?:a|an)\b(?=\s+(?:{_TIME_UNIT_WORDS})\b))
    (?:\s*(?P<rangesep>–|-|—|\btill\b|\bto\b|\band\b|\boch\b)\s*
        (?P<num2>(?:{_NUMERAL})(?!\d)|\b(?:{_SV_WORDS})+\b|\b(?:{_EN_WORDS})\b))?
    (?:\s?(?P<scale>(?:{_SCALES})\b\.?))?
    """,
    re.IGNORECASE | re.VERBOSE,
)
# Cheap first pass over the LOWER-CASED clause: only where this matches is the full candidate
# pattern tried. One prefix-factored alternation of every number word and currency code,
# matched case-sensitively on lower-case text, scans several times faster than separate
# case-insensitive alternations (figures in bench/extraction.py).
_CURRENCY_CODES = ("sek", "usd", "eur", "gbp")
_ALL_WORDS = alternation(
    [*SV_NUMBER_WORDS, *EN_NUMBER_WORDS, "million", "billion", "trillion", *_CURRENCY_CODES]
)
_GATE = re.compile(
    rf"[\d$£€]|\b(?:(?:{_ALL_WORDS})(?:{_SV_WORDS})*(?:tal)?\b|(?:a|an)\s+(?:{_TIME_UNIT_WORDS})\b)"
)  # one \b for both word branches: one test fewer at every position of the scan
_UNIT_AFTER = re.compile(
    r"""\s?(?:
        (?P<pct>%)
        |(?P<deg>°\s?[CF]\b|(?<=\d)[CF]\b)
        |(?P<hyphen>-[^\W\d_]+)
        |(?P<abbr>(?<=\d)(?:mph|km/h|kmh|km|kg|mm|cm|mw|gw|kwh|twh|mwh|ton|tonnes|kcal|ha|m2|m)\b)
    )""",
    re.VERBOSE,
)
_WORD_AFTER = re.compile(r"\s+([^\W\d_][\w:'’.\-]*)")


def _value_of(token: str, language: str) -> float | None:
    if token[0].isdigit():
        return parse_numeral(token, language)
    key = (token, language)
    value = _WORD_VALUES.get(key, _MISSING)
    if value is _MISSING:
        if len(_WORD_VALUES) >= _WORD_VALUES_MAX:
            _WORD_VALUES.clear()
        value = _WORD_VALUES[key] = _word_value(token, language)
    return value


# Values of number words by (word as written, language): a small vocabulary, so most figures
# written in words cost one look-up; bounded, so a long-running worker does not grow it.
_WORD_VALUES: dict[tuple[str, str], float | None] = {}
_WORD_VALUES_MAX = 20_000
_MISSING = object()


def _word_value(token: str, language: str) -> float | None:
    low = token.lower()
    if low in ("a", "an"):
        return 1.0
    sv = parse_swedish_number_word(low)
    en = parse_english_number_words(low)
    # "sex" and "tre" are Swedish, "one" and "ten" English; prefer the text's language.
    if language == "sv":
        return float(sv) if sv is not None else (float(en) if en is not None else None)
    return float(en) if en is not None else (float(sv) if sv is not None else None)


def _is_person_noun(noun: str, language: str) -> bool:
    if noun in PERSON_NOUNS_EN:
        return True
    if language == "sv":
        return noun.endswith(PERSON_SUFFIXES_SV)
    # the singular after "one": "one firefighter", "one man", "a single child"
    return noun + "s" in PERSON_NOUNS_EN or noun in _PERSON_SINGULARS_EN


def normalize_unit(noun: str, language: str) -> str:
    """Canonical unit for a unit word or counted noun ("timmar" -> hour, "runners" -> person)."""
    low = noun.lower().strip(".,;:")
    if low in UNIT_WORDS:
        return UNIT_WORDS[low]
    if low in _PEOPLE_STATES:
        return "person"  # "63 dead", "antalet skadade"
    last = low.rsplit(" ", 1)[-1]
    if _is_person_noun(last, language):  # "police officers" counts people
        return "person"
    if (
        language == "sv"
        and last.endswith(("erna", "arna", "orna"))
        and _is_person_noun(last[:-2], language)
    ):
        return "person"  # "6 500 av soldaterna": the definite plural
    return low


# _WORDS_AFTER[n]: up to n words in a row, each as _WORD_AFTER matches it, in one match call
_WORD = r"\s+([^\W\d_][\w:'’.\-]*)"
_WORDS_AFTER = [None] + [
    re.compile(_WORD + "".join("(?:" + _WORD for _ in range(n - 1)) + ")?" * (n - 1))
    for n in range(1, 5)
]
_STOPS_AFTER_WORD = frozenset(',;:!?)"”»')


def _words_after(text: str, pos: int, limit: int = 4) -> list[tuple[str, int, int]]:
    """Up to `limit` words following `pos`, stopping at punctuation."""
    m = _WORDS_AFTER[limit].match(text, pos)
    if m is None:
        return []
    out = []
    n = len(text)
    for g in range(1, limit + 1):
        word = m.group(g)
        if word is None:
            break
        start, end = m.span(g)
        # a trailing sentence period is punctuation, not part of the word (keep "s.k."); no
        # word follows it
        if word[-1] == "." and word.count(".") == 1:
            out.append((word[:-1], start, end - 1))
            break
        out.append((word, start, end))
        if end < n and text[end] in _STOPS_AFTER_WORD:
            break
    return out


_MULTIPLIER_AFTER = frozenset(
    ["så", "as", "mer", "more", "fler", "om", "the", "that", "what", "större", "högre", "less"]
)
_PRONOUNS_AFTER_OF = frozenset(["dem", "them", "those", "these", "dessa", "oss", "us"])
_TOTAL_AFTER = re.compile(r"\s+\d[\d\s\u00a0.,]*?\d?(?=\s+[^\W\d_])")


def _looks_genitive(text: str, words: list[tuple[str, int, int]], i: int) -> bool:
    """A Swedish genitive before a figure or a noun ("landets 290 kommuner")."""
    word = words[i][0]
    if not word.endswith("s") or len(word) < 5 or word[0].isupper():
        return False
    if _TOTAL_AFTER.match(text, words[i][2]):
        return True
    return i + 1 < len(words) and words[i + 1][0].lower() not in _NOT_NOUNS


_SV_PASSIVE = ("ades", "des", "tes")


# English adjectives of origin are capitalised: "African", "European", "Swedish", "Chinese"
_NATIONALITY_ENDINGS = ("an", "ish", "ese", "ian", "ic")
_DOLLAR_CODES = {"australian": "AUD", "canadian": "CAD", "singaporean": "SGD"}


_DEFINITE_TIME_NOUNS = frozenset(["året", "dagen", "veckan", "månaden", "dygnet"])
_SV_NAMED_COMPOUND_ENDS = ("länder", "länderna", "kommuner", "kommunerna", "skolor", "medlemmar")
# what casualty and disaster reports count people by: "63 dead", "1.2 million stranded"
_PEOPLE_STATES = frozenset(
    [
        "dead",
        "injured",
        "wounded",
        "missing",
        "displaced",
        "stranded",
        "homeless",
        "evacuated",
        "killed",
        "hurt",
        "döda",
        "skadade",
        "sårade",
        "saknade",
        "omkomna",
        "evakuerade",
        "hemlösa",
        "strandsatta",
    ]
)
_YEAR_AFTER = re.compile(r"\s+(?:1[89]|20)\d\d\b")
_WHEN_YEAR = re.compile(r"\s+(?:år|year)\s+(?:1[89]|20)\d\d\b")


def _common_noun(word: str) -> bool:
    low = word.lower()
    return (
        word[:1].islower()
        and low not in _NOT_NOUNS
        and not low.endswith(("ed", "ing"))
        and word.isalpha()
    )


def _noun_after_name(words: list[tuple[str, int, int]], i: int, pos: int) -> tuple[str | None, int]:
    """The counted noun after a name in front of it ("four Iron Age gold torcs", "two Tesla
    factories"): the common noun after at most two capitalised words, or the second of two
    ("gold torcs"). (None, pos) when none follows ("three Labour MPs resigned")."""
    j = i + 1
    while j < len(words) and j <= i + 1 and words[j][0][:1].isupper():
        j += 1
    if j >= len(words) or not _common_noun(words[j][0]):
        return None, pos
    if j + 1 < len(words) and _common_noun(words[j + 1][0]):
        j += 1
    return words[j][0].lower(), words[j][2]


def _counted_noun(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """The noun a figure counts and where it ends ("sju s.k. tropiska nätter" -> nätter)."""
    words = _words_after(text, pos)
    i = 0
    while i < len(words) and words[i][0].lower() in _SKIP_BEFORE_NOUN:
        i += 1
    if i < len(words) and words[i][0].lower() in ("av", "of"):
        # "tjugofem av SMHI:s väderstationer", "five of the company's plants",
        # "41 av fullmäktiges 81 ledamöter", "38 of the country's 290 municipalities"
        i += 1
        while i < len(words) and (
            words[i][0].lower() in ("the", "its", "their", "de", "dess", "deras", "all", "alla")
            or words[i][0].endswith((":s", "'s", "’s"))
            or (language == "sv" and _looks_genitive(text, words, i))
        ):
            i += 1
        if i < len(words) and words[i][0].lower() in _PRONOUNS_AFTER_OF:
            return None, pos  # "tre av dem": the noun is the one counted before
        total = _TOTAL_AFTER.match(text, words[i - 1][2])  # the total: "of its 81 members"
        if (
            not total
            and i < len(words)
            and words[i][0].lower() not in _ARTICLES
            and _value_of(words[i][0], language) is not None  # "sju av tio svenskar"
        ):
            i += 1
        if total:
            words = _words_after(text, total.end())
            i = 0
    if i >= len(words):
        return None, pos
    word, _, end = words[i]
    low = word.lower()
    if low in _DEFINITE_TIME_NOUNS or (
        low in ("år", "year") and _YEAR_AFTER.match(text, end)  # a year is not a word here
    ):
        # "jämfört med 44 året innan", "12 000 år 2032": when, not what is counted
        return None, pos
    if low in UNIT_WORDS or low in SCALED_UNITS:
        return low, end
    if low in ("gånger", "times"):
        nxt_low = words[i + 1][0].lower() if i + 1 < len(words) else ""
        if nxt_low in _MULTIPLIER_AFTER or nxt_low.endswith(("are", "er")):
            return None, pos  # "tre gånger så mycket", "four times higher": a multiplier
        return low, end  # "sänkt räntan sju gånger sedan maj": a count of times
    if (low in _NOT_NOUNS and not (language != "sv" and low in PERSON_NOUNS_EN)) or len(low) < 2:
        return None, pos  # ("men" is "but" in Swedish, people in English)
    if (
        word[0].isupper()
        and not _is_person_noun(low, language)
        # "elva Natoländer", "två EU-länder": a Swedish compound with a name in front
        and not (language == "sv" and low.endswith(_SV_NAMED_COMPOUND_ENDS))
    ):  # a name, not a noun
        nxt = words[i + 1] if i + 1 < len(words) else None
        if (
            language != "sv"
            and nxt
            and low.endswith(_NATIONALITY_ENDINGS)
            and nxt[0].isalpha()
            and nxt[0].islower()
            and nxt[0] not in _NOT_NOUNS
        ):
            # "19 African countries", "1,000 Australian dollars": an adjective of origin
            nlow = nxt[0].lower()
            if nlow in ("dollar", "dollars") and low in _DOLLAR_CODES:
                return _DOLLAR_CODES[low], nxt[2]
            return nlow, nxt[2]
        if language != "sv":
            return _noun_after_name(words, i, pos)
        return None, pos
    if language == "sv" and len(low) > 5 and low.endswith(_SV_PASSIVE):
        return None, pos  # "och 14 skadades": a passive verb, the counted noun came before
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt and nxt[0].lower() not in _NOT_NOUNS and not nxt[0][0].isupper():
        nlow = nxt[0].lower()
        adjective = (
            (
                language == "sv"
                and low.endswith(("a", "ade", "ande", "ende", "iga", "ska"))
                and not low.endswith(("erna", "arna", "orna"))  # "soldaterna": a noun
                and not _is_person_noun(low, language)
            )
            or low in _ADJECTIVES_EN
            or (
                language != "sv"
                and low.endswith(("al", "ic", "ous", "ive", "ful", "ed", "ing"))
                and not _is_person_noun(low, language)
            )
        )
        if adjective and (nlow in UNIT_WORDS or nlow.isalpha()):
            return nlow, nxt[2]
    if (
        language != "sv"
        and nxt
        and not low.endswith("s")
        and nxt[0].isalpha()
        and nxt[0].islower()
        and nxt[0].endswith("s")
        and nxt[0] not in _NOT_NOUNS
        and nxt[1] == end + 1
    ):
        return f"{low} {nxt[0]}", nxt[2]
    if language != "sv" and len(low) > 4 and low.endswith("ed"):
        return None, pos  # "and 40 injured": a participle, the counted noun came before
    return low, end


def find_quantities(
    text: str, start: int, end: int, language: str, *, context_unit: str | None = None
) -> list[Quantity]:
    """Quantities stated in text[start:end]; offsets are into `text`.

    `context_unit` is the counted noun of the sentence ("personer"), used for bare figures
    such as "40 000 fler" or "Twelve were taken to hospital".
    """
    found: list[Quantity] = []
    last_unit = context_unit
    unit_from: int | None = None  # a figure whose unit is the next one's ("från 20 till 25 kr")
    low, pos = lower_view(text, start, end)
    shift = start - pos
    while True:
        g = _GATE.search(low, pos)
        if g is None:
            break
        gs = shift + g.start()
        m = _CANDIDATE.match(text, gs, end)
        if m is None or m.end() == gs:
            pos = g.end()
            continue
        pos = m.end() - shift
        if m.group("skip") or not m.group("num"):
            continue
        q = _build(text, m, start, end, language, last_unit)
        if m.group("num2") and (q is None or q.end <= m.start("num2")):
            # not a range ("från 229,8 till 226,1 poäng", "from 10 to 12 million"): the
            # second figure is a quantity of its own, and lends its unit to the first
            pos = m.start("num2") - shift
            if q is not None and q.unit is None:
                unit_from = len(found)
        if q is not None:
            if unit_from is not None and unit_from < len(found):
                if q.unit and not any(
                    w.lower().rstrip(".") in SCALE_WORDS for w in q.text.split()[1:]
                ):
                    # (not "from 10 to 12 million": the first figure's scale is unknown)
                    found[unit_from] = replace(found[unit_from], unit=q.unit)
                unit_from = None
            found.append(q)
            if q.unit and (q.unit == "person" or q.unit not in _CANONICAL_UNITS):
                last_unit = q.unit
    if "percentage" in low or "procentenhet" in low:
        found.extend(_fractions_of_a_point(text, start, end))
    return found


def _fractions_of_a_point(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for m in _FRACTION_OF_POINT.finditer(text, start, end):
        words = m.group("frac").lower().replace("-", " ").split()
        value = _FRACTIONS[words[-1].rstrip("s")] * (3 if words[0] in ("three", "tre") else 1)
        found.append(Quantity(m.group(0), value, "percentage_point", "exact", m.start(), m.end()))
    return found


def _build(
    text: str, m: re.Match, seg_start: int, seg_end: int, language: str, last_unit: str | None
) -> Quantity | None:
    num_text = m.group("num")
    qstart = m.start("cur") if m.group("cur") else m.start("num")
    qend = m.end()
    before = text[max(seg_start, qstart - 30) : qstart]
    before_words = before.rsplit(None, 1)  # only the last word is needed
    prev_word = before_words[-1].lower() if before_words else ""
    # The qualifier pattern is tried only when the word before is the end of a qualifier.
    qual_m = (
        _QUALIFIER_BEFORE.search(before)
        if prev_word.lstrip('("“”„«»') in _QUALIFIER_LAST_WORDS
        else None
    )
    low_num = num_text.lower()
    # Articles read as "one" only after a qualifier ("minst en vecka", "more than a minute")
    # or before a scale word ("en miljon"); most "en"/"ett"/"a" in running text are neither,
    # so this is decided before any other work.
    if low_num in _ARTICLES and not m.group("scale") and qual_m is None:
        return None
    # "ett tjugotal fartyg", "ett hundratal boende": about twenty, about a hundred
    tal = not num_text[0].isdigit() and low_num.endswith("tal") and len(low_num) > 5
    value = _value_of(num_text[:-3] if tal else num_text, language)
    if value is None:
        return None
    is_word = not num_text[0].isdigit()
    after_words = _words_after(text, m.end("num"), 1)
    next_word = after_words[0][0].lower() if after_words else ""

    if prev_word in _CLOCK_BEFORE or next_word in _CLOCK_AFTER:
        return None
    if (
        (
            prev_word in _LABEL_NOUNS
            or prev_word.endswith(_LABEL_NOUN_ENDINGS)
            # "i elområde 1 och 2", "phases 2 and 3": the second label of a pair
            or (prev_word in _PAIR_WORDS and _LABEL_PAIR_BEFORE.search(before))
        )
        and qual_m is None
        and _PLAIN_SMALL_INT.fullmatch(num_text)
    ):
        return None  # "i elområde 4", "a phase 3 trial": a name, not a count
    if prev_word.rstrip(".") in MONTHS or (next_word.rstrip(".") in MONTHS and value <= 31):
        return None
    if is_word and prev_word in _DETERMINERS_BEFORE_WORDNUM:
        return None
    if low_num in ("one", "en", "ett") and next_word in ("of", "av"):
        return None

    value_max = None
    if m.group("num2"):
        sep = m.group("rangesep").lower()
        v2 = _value_of(m.group("num2"), language)
        small = not is_word and value < 100 and (v2 or 0) < 100
        between = bool(_BETWEEN_BEFORE.search(before))
        ok = v2 is not None and v2 > value
        if sep in ("and", "och"):
            ok = ok and between
        elif sep in ("till", "to"):
            ok = ok and (is_word or small) and prev_word not in ("från", "from", "med", "by")
        if ok:
            value_max = v2
        else:
            qend = m.end("num")
            value_max = None
    scale_word = m.group("scale") if value_max is not None or not m.group("num2") else None
    if m.group("num2") and value_max is None:
        scale_word = None
        qend = m.end("num")
    if scale_word:
        scale_key = scale_word.lower().rstrip(".")
        if scale_word.endswith(".") and scale_key not in _DOTTED_SCALES and qend == m.end():
            qend -= 1  # "£350m." at a sentence end: the full stop is the sentence's
        if scale_key in ("m", "b", "k") and not m.group("cur") and not _unit_follows(text, qend):
            # a bare "m" is metres more often than millions unless money is involved
            qend = m.start("scale")
            scale_word = None
        else:
            factor = SCALE_WORDS[scale_key]
            value *= factor
            if value_max is not None:
                value_max *= factor

    # Years are dates, not quantities ("sedan 2019", "i juli 2014").
    if (
        not is_word
        and not m.group("cur")
        and not scale_word
        and value_max is None
        and len(num_text) == 4
        and num_text.isdecimal()
        and 1000 <= value <= 2100
    ):
        word, _ = _counted_noun(text, qend, language)
        if word is None or (
            normalize_unit(word, language) not in UNIT_WORDS.values()
            and word not in ("personer", "people")
        ):
            return None

    unit: str | None = None
    currency = m.group("cur")
    if currency:
        unit = CURRENCY_SYMBOLS.get(currency.strip().lower())
    elif prev_word in _UNITS_BEFORE:  # "a magnitude 6.9 earthquake"
        unit = _UNITS_BEFORE[prev_word]
    bp = _BASIS_POINTS.match(text, qend) if unit is None else None
    if bp and bp.end() <= seg_end:  # kept as written: newsrooms quote rate moves in bp
        unit, qend = "basis points", bp.end()
    um = _UNIT_AFTER.match(text, qend)
    if um and um.end() <= seg_end:
        if um.group("pct"):
            unit, qend = "percent", um.end()
        elif um.group("abbr"):
            unit, qend = um.group("abbr").lower(), um.end()
        elif um.group("deg"):
            unit, qend = "celsius", um.end()
        elif um.group("hyphen") and not unit:
            word = um.group("hyphen")[1:].lower()
            unit, qend = normalize_unit(word, language), um.end()
    pp = _PERCENTAGE_POINTS.match(text, qend) if unit is None else None
    if pp and pp.end() <= seg_end:
        unit, qend = "percentage_point", pp.end()
    if unit is None or unit in ("USD", "EUR", "GBP", "SEK"):
        noun, noun_end = _counted_noun(text, qend, language)
        if noun is None and next_word in ("av", "of") and last_unit:  # "tre av dem"
            unit = normalize_unit(last_unit, language)
        if noun and noun_end <= seg_end:
            low = noun.lower()
            if low in SCALED_UNITS:
                factor, unit = SCALED_UNITS[low]
                value *= factor
                qend = noun_end
            elif low in ("percent", "per", "procent", "procentenheter", "procentenhet"):
                unit, qend = UNIT_WORDS.get(low, "percent"), noun_end
            elif unit is None:
                unit, qend = normalize_unit(noun, language), noun_end
            elif UNIT_WORDS.get(low) in ("USD", "EUR", "GBP", "SEK"):
                qend = noun_end
        if unit is None:
            pp = _PERCENTAGE_POINTS.match(text, qend)
            if pp:
                unit, qend = "percentage_point", pp.end()
            elif _PER_CENT.match(text, qend):
                pc = _PER_CENT.match(text, qend)
                unit, qend = "percent", pc.end()
    if unit is None and (
        next_word in _PEOPLE_STATES
        or (
            scale_word
            and (state := _words_after(text, qend, 1))
            and state[0][0].lower() in _PEOPLE_STATES
        )
    ):
        unit = "person"  # "about 1.2 million stranded", "63 dead": people in that state
    # articles read as "one" only after a qualifier ("minst en vecka", "more than a minute")
    if low_num in _ARTICLES and not scale_word and qual_m is None:
        return None
    if (
        unit in (None,) and last_unit and next_word in ("fler", "färre", "more", "fewer", "less")
    ) or (
        unit is None
        and last_unit
        and (
            not next_word
            or next_word in _BARE_FIGURE_FOLLOWERS
            or next_word in _DEFINITE_TIME_NOUNS  # "jämfört med 44 året innan"
            or _WHEN_YEAR.match(text, qend)  # "öka till 12 000 år 2032"
            or (language == "sv" and len(next_word) > 5 and next_word.endswith(_SV_PASSIVE))
            or (language != "sv" and len(next_word) > 4 and next_word.endswith("ed"))
        )
    ):
        unit = normalize_unit(last_unit, language)

    if (
        unit in _TIME_UNITS
        and unit not in ("second", "minute", "hour")  # "64 minutes later": a measured gap
        and qualifier_free_time_reference(text, qend, seg_end)
    ):
        return None
    qualifier = "approx" if tal else "exact"
    if qual_m:
        qualifier = QUALIFIERS[qual_m.group(1).lower()]
        qstart = qstart - (len(before) - qual_m.start(1))
    elif _OR_MORE.match(text, qend, seg_end):
        qualifier = "at_least"  # "a stake of 10% or more", "två timmar eller mer"
    qend = min(qend, seg_end)
    return Quantity(
        text=text[qstart:qend],
        value=tidy(value),
        unit=unit,
        qualifier=qualifier,
        start=qstart,
        end=qend,
        value_max=tidy(value_max) if value_max is not None else None,
    )


_ARTICLES = frozenset(["a", "an", "en", "ett"])
# Scale abbreviations written with a full stop ("5 milj. kronor"); after the others
# ("£350m.", "$4bn.") a full stop ends the sentence.
_DOTTED_SCALES = frozenset(["milj", "mdr", "md", "mn"])
_CANONICAL_UNITS = frozenset(
    [
        "hour",
        "minute",
        "second",
        "day",
        "week",
        "month",
        "year",
        "percent",
        "percentage_point",
        "person",
        "SEK",
        "USD",
        "GBP",
        "EUR",
    ]
)
_TIME_REFERENCE_AFTER = frozenset(
    ["tidigare", "sedan", "senare", "ago", "earlier", "later", "before"]
)
_TIME_UNITS = frozenset({"hour", "minute", "second", "day", "week", "month", "year"})
_BARE_FIGURE_FOLLOWERS = frozenset(
    [
        "under",
        "during",
        "before",
        "före",
        "a",
        "per",
        "om",
        "each",
        "every",
        "var",
        "varit",
        "blev",
        "har",
        "hade",
        "är",
        "were",
        "was",
        "are",
        "have",
        "had",
        "till",
        "to",
        "in",
        "i",
        "vid",
        "at",
    ]
)
_PERCENTAGE_POINTS = re.compile(r"\s+percentage[ -]points?\b", re.IGNORECASE)
_BASIS_POINTS = re.compile(r"\s+(?:basis[ -]points?|baspunkt(?:er)?)\b", re.IGNORECASE)
_UNITS_BEFORE = {"magnitude": "magnitude", "magnitud": "magnitude"}
# "a quarter of a percentage point", "half a percentage point", "en halv procentenhet"
_FRACTION_OF_POINT = re.compile(
    r"\b(?P<frac>(?:a |one )?quarter|three[- ]quarters|(?:a |one )?half|en kvarts|en halv|"
    r"halv|tre kvarts)(?: of)?(?: a| en)?\s+(?:percentage[ -]points?|procentenhet(?:er)?)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"quarter": 0.25, "kvarts": 0.25, "half": 0.5, "halv": 0.5}
_PER_CENT = re.compile(r"\s+per\s?cent\b", re.IGNORECASE)


def _unit_follows(text: str, pos: int) -> bool:
    m = _WORD_AFTER.match(text, pos)
    return bool(m and m.group(1).lower() in UNIT_WORDS)


def qualifier_free_time_reference(text: str, pos: int, seg_end: int) -> bool:
    """ "ett år tidigare", "two years ago": a point in time, not a stated duration. "six
    months earlier than forecast" / "två veckor senare än planerat" compares two times: the
    gap is the stated figure."""
    words = _words_after(text, pos, 2)
    if not (words and words[0][2] <= seg_end and words[0][0].lower() in _TIME_REFERENCE_AFTER):
        return False
    return not (len(words) > 1 and words[1][2] <= seg_end and words[1][0].lower() in ("than", "än"))
