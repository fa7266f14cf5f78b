"""Find and normalize the figures a clause states.

"drygt åtta minuter" -> Quantity(value=8, unit="minute", qualifier="more_than").
Everything is table-driven: qualifier phrases, unit words, currency symbols and the nouns
that count people. Years, clock times, dates, ranks and ordinals are not quantities.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .dates import MONTHS, WEEKDAYS
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
_QUAL_ALT = "|".join(re.escape(q) for q in sorted(QUALIFIERS, key=len, reverse=True))
_QUALIFIER_BEFORE = re.compile(r"(?:^|(?<=[\s(\"“”„«»]))(" + _QUAL_ALT + r")\s+$", re.IGNORECASE)
_QUALIFIER_LAST_WORDS = frozenset(q.split()[-1] for q in QUALIFIERS)
_BETWEEN_BEFORE = re.compile(r"(?:^|\s)(?:between|mellan)\s+$", re.IGNORECASE)

UNIT_WORDS: dict[str, str] = {
    "%": "percent",
    "procent": "percent",
    "procents": "percent",  # "minst 25 procents ersättning"
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
    # definite plurals: "de senaste tre åren", "under de första fem dagarna"
    "åren": "year",
    "dagarna": "day",
    "dygnen": "day",
    "veckorna": "week",
    "månaderna": "month",
    "timmarna": "hour",
    "minuterna": "minute",
    "sekunderna": "second",
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
    "msek": (10**6, "SEK"),
    "mdsek": (10**9, "SEK"),
    "ksek": (10**3, "SEK"),
    "tsek": (10**3, "SEK"),
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
        "arrivals",
        "newcomers",
        "seekers",
        "witnesses",
        "jurors",
        "judges",
        "lawyers",
        "prosecutors",
        "physicians",
        "surgeons",
        "paramedics",
        "carers",
        "parents",
        "relatives",
        "motorists",
        "cyclists",
        "pedestrians",
        "shoppers",
        "worshippers",
        "pilgrims",
        "mourners",
        "marchers",
        "campaigners",
        "activists",
        "supporters",
        "taxpayers",
        "claimants",
        "recruits",
        "conscripts",
        "sailors",
        "crew",
        "diplomats",
        "climbers",
        "skiers",
        "swimmers",
    ]
)
_PERSON_SINGULARS_EN = frozenset(["man", "woman", "child", "baby", "youth"])
PERSON_SUFFIXES_SV = (
    "personer",
    "människor",
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
    "vittnen",
    "domare",
    "advokater",
    "åklagare",
    "föräldrar",
    "anhöriga",
    "bilister",
    "cyklister",
    "fotgängare",
    "tonåringar",
    "värnpliktiga",
    "rekryter",
    "sjömän",
    "diplomater",
    "aktivister",
    "anhängare",
    "skattebetalare",
    "vårdare",
    "undersköterskor",
)

# Words that cannot be the counted noun right after a number.
_NOT_NOUNS = frozenset(
    [
        # conjunctions and adverbs: "more than 100 injured when a bus overturned"
        "when",
        "where",
        "because",
        "though",
        "although",
        "unless",
        "whereas",
        "then",
        "there",
        "here",
        "still",
        "just",
        "only",
        "even",
        "already",
        "again",
        "yet",
        "eftersom",
        "innan",
        "även",
        "ännu",
        # prepositions: "by nine votes to four despite 540 objections", "3–1 inför 9 000"
        "despite",
        "against",
        "among",
        "amid",
        "across",
        "through",
        "via",
        "versus",
        "vs",
        "apiece",
        "respectively",
        "trots",
        "inför",
        "bland",
        "enligt",
        "genom",
        "hos",
        "mellan",
        "kring",
        "respektive",
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
        "last",  # "killed 1,800 last year"
        "next",
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
_SV_COMPARATIVES = frozenset(
    ["äldre", "yngre", "större", "mindre", "högre", "lägre", "längre", "bättre", "sämre", "nyare"]
)
_COMPARATIVES_BEFORE_NOUN = frozenset(
    ["earlier", "previous", "more", "fewer", "other", "further", "fler", "färre", "ytterligare"]
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
    "årskurs",
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

# One pass finds every candidate figure; clock times, ordinals and split years ("säsongen
# 2021/22", "in 2026/27") are matched first so the digits inside them are consumed and never
# read as quantities.
_CANDIDATE = re.compile(
    rf"""
    (?P<skip>\d{{1,2}}[:.]\d{{2}}(?::\d{{2}})?(?=\s*(?:a\.m\.|p\.m\.|am\b|pm\b))
        |\d+:\d{{2}}(?::\d{{2}})?(?![\d])
        |\d+(?:st|nd|rd|th|:e|:a)\b
        |\d+-tal(?:et|ets)?\b|\d{{4}}s\b
        |(?:1[89]|20)\d\d/\d\d(?:\d\d)?\b)
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
        |(?P<abbr>(?<=\d)(?:mph|km/h|kmh|km|kg|mm|cm|mw|gw|kwh|twh|mwh|ton|tonnes|kcal|ha|m2|m|pc|p(?!\.m\.))\b)
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
        if noun.endswith(PERSON_SUFFIXES_SV):
            return True
        # the definite plural: "soldaterna", "lärarna", "männen", "barnen"
        if len(noun) < 5:
            return False
        if noun.endswith("na"):
            return noun[:-2].endswith(PERSON_SUFFIXES_SV) or (noun[:-2] + "e").endswith(
                PERSON_SUFFIXES_SV
            )
        return noun.endswith("en") and (
            noun[:-2].endswith(PERSON_SUFFIXES_SV) or noun[:-3].endswith(PERSON_SUFFIXES_SV)
        )
    # the singular after "one": "one firefighter", "one man", "a single child"
    return noun + "s" in PERSON_NOUNS_EN or noun in _PERSON_SINGULARS_EN


# Words of polls, votes and rates: "points" among them are percentage points, not a score
_POLL_WORDS = re.compile(
    r"%|\bper\s?cent|\bpercentage\b|\bpolls?\b|\bsurveys?\b|\bmargin\b|\bturnout\b|"
    r"\bvoters?\b|\bvotes?\b|\belection\b|\bapproval\b|\brates?\b",
    re.IGNORECASE,
)


_INDEX_NAMES = re.compile(r"\b(?:index|FTSE|Dow|Nasdaq|S&P|Nikkei|DAX|CAC|Stoxx|OMX\w*)\b")


def _poll_context(text: str, at: int) -> bool:
    """The paragraph around `at` speaks of polls, votes, rates or percentages ("won by 12
    points", "a shift of nearly 21 points in the margin"), not of a game ("49 points from 22
    games")."""
    start = text.rfind("\n\n", 0, at) + 1
    if _INDEX_NAMES.search(text, max(start, at - 80), at):
        return False  # "the FTSE 100 closed up 42 points": index points
    end = text.find("\n\n", at)
    return bool(_POLL_WORDS.search(text, start, end if end >= 0 else len(text)))


def normalize_unit(noun: str, language: str) -> str:
    """Canonical unit for a unit word or counted noun ("timmar" -> hour, "runners" -> person)."""
    low = noun.lower().strip(".,;:")
    if low in UNIT_WORDS:
        return UNIT_WORDS[low]
    head = low.rsplit(" ", 1)[-1]
    if _is_person_noun(head, language) or _is_person_noun(head.rsplit("-", 1)[-1], language):
        return "person"  # "police officers", "co-defendants" count people
    if low in _FATE_WORDS:  # "1,200 stranded", "14 omkom": what befell people
        return "person"
    if low in _AGE_WORDS:  # "en 34-årig man", "en 19-åring"
        return "year"
    return low


_SV_S_PASSIVE_ENDINGS = ("gs", "ps", "ks", "ls", "vs", "bs", "fs", "ds", "es")
# adverbs before a participle: "fyra allvarligt skadade", "two critically injured"
_ADVERB_ENDINGS = ("ligt", "ly")
# Words that, right after a bare figure, say what happened to people: in news these count
# people ("left 1.2 million stranded", "17 dead", "tre omkom", "över 3 000 skadade").
_FATE_WORDS = frozenset(
    [
        "killed",
        "injured",
        "wounded",
        "dead",
        "missing",
        "stranded",
        "displaced",
        "evacuated",
        "arrested",
        "detained",
        "hurt",
        "hospitalised",
        "hospitalized",
        "rescued",
        "drowned",
        "died",
        "homeless",
        "döda",
        "omkom",
        "omkomna",
        "skadade",
        "sårade",
        "saknade",
        "försvunna",
        "gripna",
        "anhållna",
        "häktade",
        "evakuerade",
        "drunknade",
        "hemlösa",
        "strandsatta",
    ]
)
_AGE_WORDS = frozenset(["årig", "åriga", "årige", "åring", "åringar", "åringen"])


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
_DEMONYM_ENDINGS = ("ans", "ons", "nns", "ards", "swedes", "danes", "scots")
_CROWN_CODES = {"swedish": "SEK", "danish": "DKK", "norwegian": "NOK", "icelandic": "ISK"}
_DOLLAR_CODES = {"australian": "AUD", "canadian": "CAD", "singaporean": "SGD"}


_DEFINITE_TIME_NOUNS = frozenset(["året", "dagen", "veckan", "månaden", "dygnet"])
_SV_NAMED_COMPOUND_ENDS = ("länder", "länderna", "kommuner", "kommunerna", "skolor", "medlemmar")
_YEAR_AFTER = re.compile(r"\s+(?:1[89]|20)\d\d\b")  # "12 000 år 2032": the year it is due


def _counted_noun(text: str, pos: int, language: str) -> tuple[str | None, int]:
    """The noun a figure counts and where it ends ("sju s.k. tropiska nätter" -> nätter)."""
    words = _words_after(text, pos)
    i = 0
    while i < len(words) and words[i][0].lower() in _SKIP_BEFORE_NOUN:
        i += 1
    if (
        i + 1 < len(words)
        and words[i][0].lower() in _COMPARATIVES_BEFORE_NOUN
        and words[i + 1][1] == words[i][2] + 1
        and words[i + 1][0][0].islower()
        and words[i + 1][0] not in _NOT_NOUNS
        and not words[i + 1][0].endswith(("ed", "ades", "des", "tes"))
    ):
        i += 1  # "two earlier attempts", "3 000 fler bostäder": the noun follows
    if i + 1 < len(words) and words[i][0].lower() == "out" and words[i + 1][0].lower() == "of":
        i += 1  # "nine out of ten doctors"
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
    if low == "others" and i == 0:
        return None, pos  # "37 others": more of what was counted before
    if low in _DEFINITE_TIME_NOUNS or (low in ("år", "year") and _YEAR_AFTER.match(text, end)):
        # "jämfört med 44 året innan", "12 000 år 2032": when, not what is counted
        return None, pos
    if low in UNIT_WORDS or low in SCALED_UNITS:
        return low, end
    if (
        low.endswith(_ADVERB_ENDINGS)
        and i + 1 < len(words)
        and words[i + 1][0].lower() in _FATE_WORDS
    ):
        return "person", words[i + 1][2]  # "fyra allvarligt skadade", "two seriously hurt"
    if language == "sv" and len(low) > 3 and low.endswith(_SV_S_PASSIVE_ENDINGS):
        # "två flögs till sjukhus", "tre greps": an s-passive, the people counted before (a
        # genitive, "410 kilometers höjd", "tre barns", ends otherwise)
        return None, pos
    if low in ("gånger", "times"):
        nxt_low = words[i + 1][0].lower() if i + 1 < len(words) else ""
        if nxt_low in _MULTIPLIER_AFTER or nxt_low.endswith(("are", "er")):
            return None, pos  # "tre gånger så mycket", "four times higher": a multiplier
        return low, end  # "sänkt räntan sju gånger sedan maj": a count of times
    if (
        (low in _NOT_NOUNS and not (language != "sv" and low in PERSON_NOUNS_EN))
        or len(low) < 2
        or low in EN_NUMBER_WORDS  # "up from 91 five years ago": the next figure
    ):
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
            and low.endswith(_DEMONYM_ENDINGS)
            and (nxt is None or nxt[0].islower())
        ):
            return "people", end  # "68 million Americans", "two Britons": a demonym
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
            if nlow in ("crowns", "kronor", "kroner", "krona") and low in _CROWN_CODES:
                return _CROWN_CODES[low], nxt[2]  # "2bn Swedish crowns"
            return nlow, nxt[2]
        head = _plural_head(words, i) if language != "sv" else None
        return head if head is not None else (None, pos)
    if language == "sv" and len(low) > 5 and low.endswith(_SV_PASSIVE):
        return None, pos  # "och 14 skadades": a passive verb, the counted noun came before
    nxt = words[i + 1] if i + 1 < len(words) else None
    if nxt and nxt[0].lower() not in _NOT_NOUNS and not nxt[0][0].isupper():
        nlow = nxt[0].lower()
        adjective = (
            (language == "sv" and low in _SV_COMPARATIVES)  # "ett sextiotal äldre personer"
            or (
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
        passive = language == "sv" and len(nlow) > 5 and nlow.endswith(_SV_PASSIVE)
        if (
            adjective
            and language != "sv"
            and not nlow.endswith("s")
            and nlow not in UNIT_WORDS
            and _plural_head(words, i) is not None
        ):
            return _plural_head(words, i)  # "120 new affordable homes"
        if adjective and (nlow in UNIT_WORDS or nlow.isalpha()) and not passive:
            return nlow, nxt[2]  # (not "3 000 skadade fördes ...": a verb follows)
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
    if language != "sv" and not low.endswith("s") and low not in _PERSON_SINGULARS_EN:
        head = _plural_head(words, i)
        if head is not None and not _is_person_noun(low, language):
            return head
    if language != "sv" and len(low) > 4 and low.endswith("ed") and low not in _FATE_WORDS:
        return None, pos  # "and 40 injured": a participle, the counted noun came before
    return low, end


def _plural_head(words: list[tuple[str, int, int]], i: int) -> tuple[str, int] | None:
    """The head of an English noun phrase whose modifiers are singular nouns or names:
    "42 roadside monitoring sites", "four Bronze Age gold rings", "0.82 new Acme shares"
    count sites, rings and shares. None when a function word or a verb comes first."""
    for word, _, end in words[i + 1 : i + 4]:
        low = word.lower()
        if (
            low in _NOT_NOUNS
            or not word.replace("-", "").isalpha()
            or low.endswith("ed")
            or low in EN_NUMBER_WORDS
        ):
            return None
        if word[0].islower() and low.endswith("s") and not low.endswith(("ss", "us", "is")):
            return low, end
        if len(word) > 2 and word.endswith("s") and word[:-1].isupper():
            return low, end  # "14 Labour MPs", "12 Volvo SUVs": an abbreviation in the plural
    return None


_ELLIPSIS_UNITS = frozenset(
    ["hour", "minute", "second", "day", "week", "month", "year", "percent", "percentage_point"]
)
_SHARE_OF_BEFORE = re.compile(r"\b(?:av|of|in)\s+$", re.IGNORECASE)
# a noun right after the sum says what it counts ("2 miljoner invånare")
_CLAUSE_NOUN_AFTER = re.compile(r"\s+(?!(?:mer|more|than|än|till|to|i|in|på|on|för|for)\b)[^\W\d_]")
_CLAUSE_END_AFTER = re.compile(r"[ \t]*[,.;:)]")


def elided_unit(
    text: str,
    quantities: list[Quantity],
    unit: str | None,
    piece_end: int,
    money: str | None = None,
) -> tuple[str | None, str | None]:
    """Lend `unit`, the measure of the clause before in the same sentence, to a bare figure
    that ends its own clause ("asked for 15 years, while the defence sought no more than
    five"; "Putin talade i åtta minuter, medan Trump höll sig till tre"), and `money`, the
    currency last named in the paragraph, to a bare sum in millions or billions ("Det är
    drygt en miljard mer än i fjol"), in place. Returns what the next clause may use: the
    measure of the last figure here if it is a time or a percentage, and the currency."""
    for k, q in enumerate(quantities):
        if (
            money
            and q.unit is None
            and q.value >= 10**6
            and any(w.lower().rstrip(".") in SCALE_WORDS for w in q.text.split()[1:])
            and not _CLAUSE_NOUN_AFTER.match(text, q.end)
        ):
            quantities[k] = q = replace(q, unit=money)
        if (
            unit
            and q.unit is None
            and q.value_max is None
            and (q.end >= piece_end or _CLAUSE_END_AFTER.match(text, q.end))
            and not _SHARE_OF_BEFORE.search(text, max(0, q.start - 8), q.start)  # "två av tre"
        ):
            quantities[k] = replace(q, unit=unit)
    last = quantities[-1].unit if quantities else None
    for q in quantities:
        if q.unit in ("SEK", "USD", "GBP", "EUR"):
            money = q.unit
    return (last if last in _ELLIPSIS_UNITS else None), money


def counted_subject(text: str, pos: int, language: str) -> str | None:
    """The unit of "antalet X" / "the number of X" whose X starts at `pos`: the head noun
    ("the number of night guards" counts guards); "antalet som ..." counts people; None when
    no noun follows."""
    m = _WORD_AFTER.match(text, pos - 1)
    if m and (m.group(1).lower() in ("som", "who") or m.group(1).lower() in _FATE_WORDS):
        return "person"  # "antalet som dog", "antalet skadade minskade"
    noun, _ = _counted_noun(text, pos - 1, language)
    return normalize_unit(noun, language) if noun else None


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
            hm = _HYPHENATED.match(text, gs, end) if m is None else None
            if hm is not None:  # "a three-week trial", "a five-and-a-half-year contract"
                q = _hyphenated(text, hm, start, language)
                if q is not None:
                    found.append(q)
                pos = hm.end() - shift
                continue
            pos = g.end()
            continue
        pos = m.end() - shift
        if m.group("skip") or not m.group("num"):
            if m.group("skip") and m.group("skip").endswith("-tal"):
                q = _about_n(text, m, start, end, language, last_unit)
                if q is not None:
                    found.append(q)
                    if q.unit and q.unit not in _CANONICAL_UNITS:
                        last_unit = q.unit
            continue
        q = _build(text, m, start, end, language, last_unit)
        if q is not None and q.unit is None and _name_number(text, q):
            q = None  # "Oskarshamn 3 står still": the reactor's name, not a figure
        if q is not None and q.end > m.end() and _and_a_half(text, m.end("num"), end):
            pos = q.end - shift  # "one and a half million": "million" is read
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
            if (
                found
                and q.qualifier == "exact"
                and found[-1].qualifier != "exact"
                and _OPEN_PAREN.fullmatch(text, found[-1].end, q.start)
            ):
                # "about 90 million crowns ($13 million)": a conversion is as rough as its source
                q = replace(q, qualifier=found[-1].qualifier)
            found.append(q)
            if q.unit and (q.unit == "person" or q.unit not in _CANONICAL_UNITS):
                last_unit = q.unit
    if "percentage" in low or "procentenhet" in low:
        fractions = _fractions_of_a_point(text, start, end)
        if fractions:  # "a quarter of a percentage point" is not also "a quarter"
            found = [q for q in found if not any(f.start <= q.start < f.end for f in fractions)]
            found.extend(fractions)
    if len(found) > 1 and (" och " in low or " and " in low):
        found = _compound_durations(text, found)
    if "half" in low or "halv" in low:
        halves = [  # (not the half of "två och en halv timme", read with its whole)
            h
            for h in _halves(text, start, end, language)
            if not any(q.start <= h.start < q.end for q in found)
        ]
        if halves:  # "half a million people" is not also "a million people"
            found = [q for q in found if not any(h.start <= q.start < h.end for h in halves)]
            found = sorted(found + halves, key=lambda q: q.start)
    return found


# a capitalised word inside a sentence (after a lower-case word or a comma), then the figure
_NAME_BEFORE = re.compile(r"(?<=[a-zåäö,] )(?P<name>[A-ZÅÄÖ][\w-]+) $")
# months and weekdays ("on May 3") are dates, "No. 10" a rank
_NOT_NAMES = frozenset([*MONTHS, *WEEKDAYS, "no", "nr"])


def _name_number(text: str, q: Quantity) -> bool:
    """A bare whole number of one to three digits right after a capitalised word inside a
    sentence is part of a name ("Oskarshamn 3", "Apollo 11", "Boeing 737"), not a figure;
    dates ("on May 3") are found by the date pass."""
    if q.qualifier != "exact" or not q.text.isdigit() or len(q.text) > 3:
        return False
    m = _NAME_BEFORE.search(text, max(0, q.start - 40), q.start)
    return m is not None and m.group("name").lower().rstrip(".") not in _NOT_NAMES


# a duration in two units, the larger first, and how many of the smaller make one larger
_SMALLER_UNIT = {
    ("year", "month"): 12,
    ("week", "day"): 7,
    ("day", "hour"): 24,
    ("hour", "minute"): 60,
    ("minute", "second"): 60,
}
_AND_ONLY = re.compile(r"\s+(?:och|and)\s+")


def _compound_durations(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "1 timme och 50 minuter" is one duration of 110 minutes, "tre år och sex månader" one
    of 42 months: the two figures of a compound duration become one, in the smaller unit."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        factor = _SMALLER_UNIT.get((prev.unit, q.unit)) if prev is not None else None
        if factor and prev.value_max is None and _AND_ONLY.fullmatch(text, prev.end, q.start):
            out[-1] = replace(
                prev,
                text=text[prev.start : q.end],
                value=prev.value * factor + q.value,
                unit=q.unit,
                end=q.end,
            )
        else:
            out.append(q)
    return out


# English number words written as a modifier: "a three-week trial", "a two-match ban"
_HYPHENATED = re.compile(
    rf"(?P<n>(?:{_EN_WORDS})(?:-(?:{_EN_WORDS}))*)(?P<half>-and-a-half)?-(?P<u>[a-z]{{3,}})\b",
    re.IGNORECASE,
)
# compounds that are not counts: "one-off", "two-way", "three-fold", "one-sided"
_NOT_HYPHEN_UNITS = frozenset(
    ["off", "way", "fold", "sided", "time", "thirds", "quarters", "half", "and", "hundred"]
)


def _hyphenated(text: str, m: re.Match, seg_start: int, language: str) -> Quantity | None:
    word = m.group("u").lower()
    if word in _NOT_HYPHEN_UNITS:
        return None
    value = parse_english_number_words(m.group("n").replace("-", " "))
    if value is None:
        return None
    if m.group("half"):
        value += 0.5
    before = text[max(seg_start, m.start() - 30) : m.start()]
    qual_m = _QUALIFIER_BEFORE.search(before)
    qualifier, qstart = "exact", m.start()
    if qual_m:
        qualifier = QUALIFIERS[qual_m.group(1).lower()]
        qstart -= len(before) - qual_m.start(1)
    unit = normalize_unit(word, language)
    return Quantity(text[qstart : m.end()], tidy(value), unit, qualifier, qstart, m.end())


# "half an hour", "half a point", "en halvtimme", "ett halvt år", "en halv miljon"
_HALF = re.compile(
    r"\b(?:(?:a|one)\s+)?half\s+an?\s+(?P<en>[a-z]+)\b"
    r"|\b(?:en|ett)\s+(?:halv|halvt)\s+(?P<sv>[a-zåäö]+)\b"
    r"|\b(?:en|ett)\s+halv(?P<svc>timme|år|dygn|dag|minut|sekund|miljon|miljard)\b",
    re.IGNORECASE,
)
_HALF_SCALES = {"million": 10**6, "billion": 10**9, "miljon": 10**6, "miljard": 10**9}


def _halves(text: str, start: int, end: int, language: str) -> list[Quantity]:
    found = []
    for m in _HALF.finditer(text, start, end):
        word = (m.group("en") or m.group("sv") or m.group("svc")).lower()
        if word.startswith(("percentage", "procentenhet")) or word in _NOT_NOUNS:
            continue  # (_fractions_of_a_point reads those)
        value: float = 0.5
        unit: str | None = normalize_unit(word, language)
        qend = m.end()
        if word in _HALF_SCALES:
            value, unit = 0.5 * _HALF_SCALES[word], None
            noun, noun_end = _counted_noun(text, qend, language)
            if noun is not None and noun_end <= end:
                unit, qend = normalize_unit(noun, language), noun_end
        before = text[max(start, m.start() - 30) : m.start()]
        qual_m = _QUALIFIER_BEFORE.search(before)
        qualifier, qstart = "exact", m.start()
        if qual_m:
            qualifier = QUALIFIERS[qual_m.group(1).lower()]
            qstart -= len(before) - qual_m.start(1)
        found.append(Quantity(text[qstart:qend], tidy(value), unit, qualifier, qstart, qend))
    return found


_DIGIT_BEFORE = re.compile(r"\d")
_AGED_BEFORE = re.compile(r"\baged\s+(?:between\s+|\d+\s+(?:and|or|to)\s+)$", re.IGNORECASE)
_PAIR_WORDS_CLOCK = frozenset(["och", "and", "till", "to", "-", "–"])
_CLOCK_PAIR_BEFORE = re.compile(
    r"\b(?:kl\.?|klockan)\s+\d{1,2}(?:[.:]\d{2})?\s*(?:och|till|and|to|-|–)\s*$", re.IGNORECASE
)
_FIGURE_BEFORE_OVER = re.compile(
    r"(?:\d(?:bn|m|k|p)?|%|\b(?:million|billion|cent|pounds|dollars|euros))\s+over\s+$", re.I
)
_OPEN_PAREN = re.compile(r"\s*\(\s*")
_ETT_BEFORE = re.compile(r"\bett\s+$", re.IGNORECASE)


def _about_n(
    text: str, m: re.Match, seg_start: int, seg_end: int, language: str, last_unit: str | None
) -> Quantity | None:
    """ "ett 30-tal brandmän": about thirty (the decade "1990-talet" has no article)."""
    before = _ETT_BEFORE.search(text, max(seg_start, m.start() - 8), m.start())
    if before is None:
        return None
    qend = m.end()
    noun, noun_end = _counted_noun(text, qend, language)
    if noun is not None and noun_end <= seg_end:
        unit, qend = normalize_unit(noun, language), noun_end
    else:
        unit = normalize_unit(last_unit, language) if last_unit else None
    value = int(m.group("skip")[:-4])
    return Quantity(text[before.start() : qend], value, unit, "approx", before.start(), qend)


def _fractions_of_a_point(text: str, start: int, end: int) -> list[Quantity]:
    found = []
    for m in _FRACTION_OF_POINT.finditer(text, start, end):
        words = m.group("frac").lower().replace("-", " ").split()
        value = _FRACTIONS[words[-1].rstrip("s")] * (3 if words[0] in ("three", "tre") else 1)
        before = text[max(start, m.start() - 30) : m.start()]
        qual_m = _QUALIFIER_BEFORE.search(before)  # "less than half a percentage point"
        qualifier, qstart = "exact", m.start()
        if qual_m:
            qualifier = QUALIFIERS[qual_m.group(1).lower()]
            qstart -= len(before) - qual_m.start(1)
        found.append(
            Quantity(text[qstart : m.end()], value, "percentage_point", qualifier, qstart, m.end())
        )
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
    # "inom"/"within", "under", "över"/"over" are also plain prepositions ("inom ett område",
    # "under en stöld", "over a bridge"): before an article they qualify a figure only when a
    # unit follows ("inom en timme", "under en vecka")
    preposition = prev_word in ("inom", "within", "under", "över", "over")
    if (
        low_num in _ARTICLES
        and not m.group("scale")
        and (qual_m is None or preposition)
        and not _and_a_half(text, m.end("num"), seg_end)  # "ett och ett halvt år"
        and not (preposition and _unit_follows(text, m.end("num")))
    ):
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
    if prev_word in _PAIR_WORDS_CLOCK and _CLOCK_PAIR_BEFORE.search(before):
        return None  # "mellan klockan 8 och 9": the second clock time of a pair
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
        if (
            scale_key in ("m", "b", "k")
            and not m.group("cur")
            and not _unit_follows(text, qend)
            and not _plural_noun_follows(text, qend)  # "1.2m people", "2.5m households"
        ):
            # a bare "m" is metres more often than millions unless money is involved
            qend = m.start("scale")
            scale_word = None
        else:
            factor = SCALE_WORDS[scale_key]
            value *= factor
            if value_max is not None:
                value_max *= factor
            # what follows "1.2 million" is the word after the scale, not the scale itself
            after_words = _words_after(text, qend, 1)
            next_word = after_words[0][0].lower() if after_words else ""
    hm = _and_a_half(text, qend, seg_end) if value_max is None and not scale_word else None
    if hm:  # "two and a half hours", "ett och ett halvt år", "one and a half million"
        value += 0.5
        qend = hm.end()
        if hm.group("scale"):
            value *= SCALE_WORDS[hm.group("scale").lower()]
            scale_word = hm.group("scale")
        after_words = _words_after(text, qend, 1)
        next_word = after_words[0][0].lower() if after_words else ""

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
    elif prev_word in ("between", "and", "or", "to") and _AGED_BEFORE.search(before):
        unit = "year"  # "aged between 18 and 24", "two men, aged 34 and 41"
    bp = _BASIS_POINTS.match(text, qend) if unit is None else None
    if bp and bp.end() <= seg_end:  # kept as written: newsrooms quote rate moves in bp
        unit, qend = "basis points", bp.end()
    um = _UNIT_AFTER.match(text, qend)
    if um and um.end() <= seg_end:
        if um.group("pct"):
            unit, qend = "percent", um.end()
            pe = _PCT_POINTS_SV.match(text, qend)
            if pe:  # "0,5 %-enheter"
                unit, qend = "percentage_point", pe.end()
        elif um.group("abbr"):
            unit, qend = um.group("abbr").lower(), um.end()
            if unit == "p":  # "45p a share": pence
                unit = "pence"
            elif unit == "pc":  # "rose 2.5pc": per cent
                unit = "percent"
        elif um.group("deg"):
            unit, qend = "celsius", um.end()
        elif um.group("hyphen") and not unit:
            word = um.group("hyphen")[1:].lower()
            if word == "tiden":
                return None  # "vid 14-tiden": a time of day
            unit, qend = normalize_unit(word, language), um.end()
    pp = _PERCENTAGE_POINTS.match(text, qend) if unit is None else None
    if pp and pp.end() <= seg_end:
        unit, qend = "percentage_point", pp.end()
    if unit is None or unit in ("USD", "EUR", "GBP", "SEK"):
        noun, noun_end = _counted_noun(text, qend, language)
        if noun is None and next_word in ("av", "of") and last_unit:  # "tre av dem"
            unit = normalize_unit(last_unit, language)
        elif noun is None and _OF_THEM.match(text, qend):
            unit = "person"  # "tre av dem dömdes": with nothing counted before, people
        mass = language == "sv" and noun is not None and value > 1 and noun.endswith(_SV_SINGULARS)
        if mass:  # "saknade drygt 19 000 behörighet": a singular is what they lack, not counted
            noun = None
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
                if unit in ("points", "point") and _poll_context(text, qend):
                    unit = "percentage_point"  # "down nine points from a poll in 2024"
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
        next_word in _FATE_WORDS
        or (
            scale_word
            and (state := _words_after(text, qend, 1))
            and state[0][0].lower() in _FATE_WORDS
        )
    ):
        unit = "person"  # "about 1.2 million stranded", "63 dead": people in that state
    # articles read as "one" only after a qualifier ("minst en vecka", "more than a minute")
    if (
        low_num in _ARTICLES
        and not scale_word
        and qual_m is None
        and not hm
        and not (prev_word in ("inom", "within") and unit in _TIME_UNITS)
    ):
        return None
    if (
        unit in (None,) and last_unit and next_word in ("fler", "färre", "more", "fewer", "less")
    ) or (
        unit is None
        and last_unit
        and (
            not next_word
            or next_word in _BARE_FIGURE_FOLLOWERS
            or next_word == "others"  # "checked 4,000 sensors and found 37 others"
            or next_word in _DEFINITE_TIME_NOUNS  # "jämfört med 44 året innan"
            or mass
            or next_word in EN_NUMBER_WORDS  # "up from 91 five years ago"
            or (next_word in ("år", "year") and _IN_YEAR.match(text, qend))  # "12 000 år 2032"
            or (language == "sv" and len(next_word) > 5 and next_word.endswith(_SV_PASSIVE))
            or (language != "sv" and len(next_word) > 4 and next_word.endswith("ed"))
        )
    ):
        unit = normalize_unit(last_unit, language)
    if next_word == "others" and language != "sv":
        # "found 37 others": more of what was counted before; with nothing counted, people
        unit = unit or "person"
        qend = _words_after(text, qend, 1)[0][2]
    pb = (
        _PEOPLE_BEFORE.search(before)
        if (unit is None or unit not in _CANONICAL_UNITS)
        and not _PEOPLE_CUES.isdisjoint(before.lower().split()[-4:])
        else None
    )
    if pb and (unit is None or (pb.group(1) and not unit.endswith(("s", "r")))):
        # "Cholera killed more than 3,000", "a crowd of 58,412 saw": what befell, or gathered,
        # people (a word after the figure of a crowd that is no plural is its verb)
        if unit is not None:  # the verb is not part of the figure
            qend = max(text.rfind(" ", qstart, qend), m.end("num"))
        unit = "person"

    if (
        unit in _TIME_UNITS
        and unit not in ("second", "minute", "hour")  # "64 minutes later": a measured gap
        and qualifier_free_time_reference(text, qend, seg_end)
        and prev_word not in _DURATION_BEFORE  # "off for 11 days before the crash": a duration
    ):
        return None
    qualifier = "approx" if tal else "exact"
    if qual_m and qual_m.group(1).lower() == "over" and _FIGURE_BEFORE_OVER.search(before):
        qual_m = None  # "£1.8bn over five years": the period a sum is spread over
    if (
        qual_m
        and qual_m.group(1).lower() == "under"
        and low_num in _ARTICLES
        and unit
        and _DIGIT_BEFORE.search(before)
    ):
        qual_m = None  # "60 millimeter regn under ett dygn": the period of a figure, not less
    if qual_m:
        qualifier = QUALIFIERS[qual_m.group(1).lower()]
        qstart = qstart - (len(before) - qual_m.start(1))
    else:
        om = (
            _OR_MORE_AFTER.match(text, qend, seg_end)
            if text.startswith((" or ", " eller "), qend)
            else None
        )
        if om:  # "10% or more", "18 år eller äldre": the figure is a floor (or a ceiling)
            qualifier = "at_most" if om.group(1).lower() in _OR_LESS else "at_least"
            qend = om.end()
    if prev_word == "minus" and not qual_m:  # "minus 17 grader"
        value = -value
        qstart -= len(before) - before.lower().rfind("minus")
    elif qstart > seg_start and text[qstart - 1] == "\u2212":  # "−17 °C", a minus sign
        value = -value
        qstart -= 1
    if unit is None and value < 1 and text.startswith((" of a", " av en", " av ett"), qend):
        fm = _FRACTION_OF_A.match(text, qend, seg_end)
        if fm:  # "0.4 of a share", "0,25 av en procentenhet": a part of one unit
            unit, qend = normalize_unit(fm.group(1).lower(), language), fm.end()
    if unit is None and language != "sv" and prev_word in _LEVEL_VERB_ENDS:
        sm = _COUNT_REACHES.search(text, max(seg_start, qstart - 60), qstart)
        if sm and sm.group(1).lower() not in _MEASURE_PLURALS:
            unit = normalize_unit(sm.group(1).lower(), language)
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
# "deaths could reach 30,000", "arrests rose to about 400": a bare figure that a plural
# subject reaches counts that subject. Plurals that measure an amount (sales, prices) are
# sums or levels, not counts, and keep no unit.
# the unit a fraction is a part of, past names in front of it ("of a new Acme share")
_FRACTION_OF_A = re.compile(
    r"\s+(?:of\s+an?|av\s+en|av\s+ett)\s+(?:new\s+|ny\s+)?(?:[A-Z][\w-]*\s+){0,2}"
    r"((?:percentage\s+)?[^\W\d_A-Z][^\W\d_]+)\b"
)
_COUNT_REACHES = re.compile(
    r"\b([a-z]{2,}[^sui\W]s)\s+(?:(?:could|would|will|may|might|are expected to)\s+)?"
    r"(?:reach(?:ed|es)?|(?:rise|rose|rises|risen|fall|fell|falls|climb(?:ed|s)?)\s+to|"
    r"total(?:l?ed|s)?|numbered|stood\s+at|stand\s+at)\s+"
    r"(?:(?:about|around|nearly|almost|more\s+than|over|at\s+least|up\s+to|some|roughly)\s+)?$",
    re.IGNORECASE,
)
_LEVEL_VERB_ENDS = frozenset(
    ["reach", "reached", "reaches", "to", "total", "totalled", "totaled", "totals", "numbered",
     "at", "about", "around", "nearly", "almost", "than", "over", "least", "some", "roughly"]
)  # fmt: skip
_MEASURE_PLURALS = frozenset(
    ["sales", "prices", "costs", "profits", "revenues", "earnings", "rates", "levels",
     "emissions", "temperatures", "losses", "savings", "returns", "yields", "assets", "wages",
     "rents", "bills", "fees", "debts", "takings", "receipts", "exports", "imports", "funds",
     "reserves", "figures", "numbers", "totals", "shares", "times", "speeds", "ratings",
     "values", "volumes", "balances", "readings", "salaries", "incomes", "budgets", "gains"]
)  # fmt: skip
_IN_YEAR = re.compile(r"\s+(?:år|year)\s+(?:1[89]|20)\d\d\b", re.IGNORECASE)
_PEOPLE_CUES = frozenset(
    [
        "killed",
        "injured",
        "wounded",
        "evacuated",
        "arrested",
        "dödade",
        "skadade",
        "evakuerade",
        "grep",
        "crowd",
        "attendance",
        "audience",
        "population",
        "workforce",
        "publik",
        "befolkning",
    ]
)


def _and_a_half(text: str, pos: int, end: int) -> re.Match | None:
    """ "två och en halv", "two and a half" at `pos` (a cheap test first: most figures are
    followed by something else)."""
    if text.startswith((" och ", " and "), pos):
        return _AND_A_HALF.match(text, pos, end)
    return None


_SV_SINGULARS = ("het", "else", "ning")
_OF_THEM = re.compile(r"\s+(?:av dem|of them)\b", re.IGNORECASE)
_PEOPLE_BEFORE = re.compile(
    r"\b(?:killed|injured|wounded|evacuated|arrested|dödade|skadade|evakuerade|grep|"
    r"(crowd|attendance|audience|population|workforce|publik|befolkning)\s+(?:of|på|om))"
    r"\s+(?:(?:" + _QUAL_ALT + r")\s+)?$",
    re.IGNORECASE,
)
_AND_A_HALF = re.compile(
    r"\s+(?:and|och)\s+(?:a|en|ett)\s+(?:half|halv|halvt)\b"
    r"(?:\s+(?P<scale>million|billion|miljoner|miljon|miljarder|miljard)\b)?",
    re.IGNORECASE,
)
_OR_MORE_AFTER = re.compile(
    r"\s+(?:or|eller)\s+(more|above|higher|greater|over|older|mer|fler|högre|äldre|över|"
    r"less|fewer|below|lower|younger|mindre|färre|lägre|yngre)\b(?!\s+(?:than|än)\b)",
    re.IGNORECASE,
)
_OR_LESS = frozenset(
    ["less", "fewer", "below", "lower", "younger", "mindre", "färre", "lägre", "yngre"]
)
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
# Words before a time figure that make it a stretch of time even when "before"/"innan" or
# "earlier" follows: "closed for six days before it reopened", "must wait 30 days before".
_DURATION_BEFORE = frozenset(["for", "wait", "waits", "waited", "vänta", "väntar", "väntade"])
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
        "by",  # "rise to 1.4 million by 2040"
        "in",
        "i",
        "vid",
        "at",
    ]
)
_PCT_POINTS_SV = re.compile(r"-enhet(?:er)?\b", re.IGNORECASE)
_PERCENTAGE_POINTS = re.compile(r"\s+percentage[ -]points?\b", re.IGNORECASE)
_BASIS_POINTS = re.compile(r"\s+(?:basis[ -]points?|baspunkt(?:er)?)\b", re.IGNORECASE)
_UNITS_BEFORE = {"magnitude": "magnitude", "magnitud": "magnitude", "aged": "year"}
# "a quarter of a percentage point", "half a percentage point", "en halv procentenhet"
_FRACTION_OF_POINT = re.compile(
    r"\b(?P<frac>(?:a |one )?quarter|three[- ]quarters|(?:a |one )?half|en kvarts|en halv|"
    r"halv|tre kvarts)(?: of)?(?: a| en)?\s+(?:percentage[ -]points?|procentenhet(?:er)?)\b",
    re.IGNORECASE,
)
_FRACTIONS = {"quarter": 0.25, "kvarts": 0.25, "half": 0.5, "halv": 0.5}
_PER_CENT = re.compile(r"\s+per\s?cent\b", re.IGNORECASE)


def _plural_noun_follows(text: str, pos: int) -> bool:
    m = _WORD_AFTER.match(text, pos)
    if not m:
        return False
    word = m.group(1).rstrip(".")
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in _NOT_NOUNS
        and (low in PERSON_NOUNS_EN or (low.endswith("s") and not low.endswith("ss")))
    )


def _unit_follows(text: str, pos: int) -> bool:
    m = _WORD_AFTER.match(text, pos)
    return bool(m and m.group(1).lower().rstrip(".") in UNIT_WORDS)  # "1.5m kronor."


def qualifier_free_time_reference(text: str, pos: int, seg_end: int) -> bool:
    """ "ett år tidigare", "two years ago": a point in time, not a stated duration. "six
    months earlier than forecast" / "två veckor senare än planerat" compares two times: the
    gap is the stated figure."""
    words = _words_after(text, pos, 2)
    if not (words and words[0][2] <= seg_end and words[0][0].lower() in _TIME_REFERENCE_AFTER):
        return False
    return not (len(words) > 1 and words[1][2] <= seg_end and words[1][0].lower() in ("than", "än"))
