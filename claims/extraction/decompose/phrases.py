"""Cuts inside one clause: a phrase that states a second fact in a piece the clause split
left whole.

Each step takes a piece and returns it, or two pieces when its phrase is found: a change and
the level reached, a penalty and the offence, a relative clause telling what a new thing did,
a valuation, a second cause, a multiple of a stated reference, a measure used as an
adjective, a "respektive" pair; `_aboard` tells who was aboard apart from the event.
`decompose()` runs a step only where a cheap test finds its cue (the patterns for those
tests are kept here, beside the step). Separate because each step stands alone and new ones
are added beside the others.
"""

from __future__ import annotations

import re

from ..numbers import parse_numeral
from ..trie_regex import any_substring
from .words import (
    _DIGIT,
    _HAS_NUMBER,
    _LIST_AND,
    _NUMBER_WORD_SET,
    _NUMBER_WORDS,
    _PERCENT,
    _SV_STRONG_PAST,
    FIGURE_THEN_NOUN,
    Piece,
    _contains_verb,
    _is_finite,
    _loose_verb,
    _sv_strong_past,
    _trim,
    _trim_end,
    _word_count,
    has_core,
    subject_span,
)

# the level after "to"/"till": a figure, perhaps qualified ("to about 3.5%"), not a year
_LEVEL_QUALIFIER = (
    r"(?:about|around|roughly|nearly|almost|cirka|runt|drygt|knappt|nästan|omkring)?\s*"
)
_LEVEL_AHEAD = rf"(?={_LEVEL_QUALIFIER}[$£€]?\d)(?!(?:1[89]|20)\d\d\b)"
# "cut rates by a quarter of a percentage point to 3.5%", "ökade med 9 procent till 1 780":
# a change stated in percent or points, then the level reached
_CHANGE_TO_LEVEL = re.compile(
    r"\s(?:by|med)\s+(?P<change>(?:[^,;]|,(?=\d)){1,50}?(?:"
    + _PERCENT
    + r"|procentenheter|procentenhet|points?|poäng|punkter))(?P<gap>[^,;]{0,30}?)\s+"
    r"(?P<to>to|till)\s+" + _LEVEL_AHEAD,
    re.IGNORECASE,
)
_CHANGE_UNITS = ("%", "cent", "procent", "point", "poäng", "punkt")
# the level after "to"/"till" in percent: a change in percent or points to a level in money
# or heads ("rose by 12% to $4.2bn") is one fact, the relative and the absolute size of it
_LEVEL_PERCENT = re.compile(
    rf"{_LEVEL_QUALIFIER}(\d+(?:[.,]\d+)?)\s*(?:{_PERCENT})",
    re.IGNORECASE,
)
_FIRST_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


_FRACTION = re.compile(r"\b(?:quarter|half|halv|kvarts)", re.IGNORECASE)


# "höjs med 12,4 miljarder till totalt 166 miljarder", "rose by $2m to a total of $610m": a
# change, then a level marked as the total; "öka från dagens 8 000 till 12 000 år 2032",
# "from today's 40 to 60 by 2030": the level now, then the level planned
_CHANGE_TO_TOTAL = re.compile(
    r"\s(?:(?:by|med)\s+(?P<change>(?:[^,;]|,(?=\d)){1,40}?\d(?:[^,;]|,(?=\d)){0,30}?)|"
    r"(?:from|från)\s+(?P<now>(?:today's|today’s|the\s+current|current|dagens|nuvarande|"
    r"nu)\s+(?:[^,;]|,(?=\d)){0,40}?\d(?:[^,;]|,(?=\d)){0,30}?))"
    r"\s+(?P<to>to|till)\s+(?(change)(?:totalt|a\s+total\s+of|sammanlagt|in\s+total)\s+)"
    + _LEVEL_AHEAD,
    re.IGNORECASE,
)


def _change_and_level(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when its last segment states a change and then the level reached
    ("The bank cut rates by 0.25 percentage points to 3.5%" -> "The bank cut rates by 0.25
    percentage points" + "The bank cut rates to 3.5%"). A change in the unit of the level
    ("fell by $2m to $610m") is one fact read two ways and stays whole, unless the level is
    marked as a total ("to a total of $610m"); a level now and a level planned ("from
    today's 8,000 to 12,000 by 2032") are two facts."""
    s, e = piece[-1]
    seg = text[s:e]
    m = _CHANGE_TO_TOTAL.search(seg)
    if m is not None:
        by_at, to_at = s + m.start() + 1, s + m.start("to")
        return [(*piece[:-1], (s, to_at - 1)), (*piece[:-1], (s, by_at - 1), (to_at, e))]
    if not any(u in seg for u in _CHANGE_UNITS):
        return [piece]
    m = _CHANGE_TO_LEVEL.search(seg)
    if not m or not (has_core(m.group("change")) or _FRACTION.search(m.group("change"))):
        return [piece]
    level = _LEVEL_PERCENT.match(seg, m.end())
    if level is None:
        return [piece]  # "minskade med 14 procent till 3,9 miljarder": the level, measured
    change = _FIRST_FIGURE.search(m.group("change"))
    if change and (parse_numeral(change.group(0), language) or 0) > (
        parse_numeral(level.group(1), language) or 0
    ):
        return [piece]  # "approved by 61% to 39%": a result, not a change to a level
    by_at, to_at = s + m.start() + 1, s + m.start("to")
    first = (*piece[:-1], (s, to_at - 1))
    second = (*piece[:-1], (s, by_at - 1), (to_at, e))
    return [first, second]


# "döms till sju års fängelse för grovt bedrägeri", "was jailed for six years for fraud": the
# penalty and the offence are two facts
_PENALTY_FOR = re.compile(
    r"\b(?:fängelse|fängelsestraff|böter|dagsböter|prison|jail|years|months|år|månader)"
    r"\s+(?P<for>för|for)\s+(?!att\b|to\b|the\s+first\b|första\b)",
    re.IGNORECASE,
)
# the size of the penalty: "sju års", "six years", "80 dagsböter", "£2,000"
_PENALTY_SIZE = re.compile(
    rf"(?:\d[\d\s,.]*|\b(?:{_NUMBER_WORDS})\s+)(?:års?|månaders?|månader|years?|months?|"
    r"dagsböter|kronor|pounds|dollars)\b|[$£€]\s?\d",
    re.IGNORECASE,
)
_PENALTY_VERB = re.compile(
    r"\b(?:döms|dömdes|dömts|dömde|döma|sentenced|jailed|convicted|fined|bötfälldes|"
    r"bötfälls)\b",
    re.IGNORECASE,
)


_PENALTY_CUE = re.compile("döm|sentenc|jail|convict|fined|bötf")


def _penalty(text: str, piece: Piece) -> list[Piece]:
    """ "X döms till sju års fängelse för grovt bedrägeri" -> "X döms till sju års fängelse"
    + "X döms för grovt bedrägeri" (the sentence and the crime are checked apart)."""
    s, e = piece[-1]
    verb = _PENALTY_VERB.search(text, s, e)
    if verb is None:
        return [piece]
    m = _PENALTY_FOR.search(text, verb.end(), e)
    if m is None or not _PENALTY_SIZE.search(text, verb.end(), m.start("for")):
        return [piece]
    for_at = m.start("for")
    first = (*piece[:-1], (s, for_at - 1))
    second = (*piece[:-1], (s, verb.end()), (for_at, e))
    return [first, second]


# "since a 2022 loss of $2bn that forced out its founder", "in a raid that lasted less than
# seven minutes", "en förlust på 2 miljarder som tvingade bort vd:n": a new thing brought in
# with an indefinite article, then a relative clause telling what it did
_THAT_RELATIVE = re.compile(r"\s(?:that|which|who|som)\s+(?P<verb>[a-zåäö]{2,})\b")
_NEW_THING = re.compile(
    r"(?:^|\s)(?:an?|en|ett)\s+(?:[\w$£€.,-]+\s+){0,4}?[\w-]+"
    r"(?P<of>\s+(?:of|på|om)\s+\S*\d\S*(?:\s+[\w$£€]+){0,3})?\s*$",
    re.IGNORECASE,
)
_PAST_OR_PERFECT = frozenset(["was", "were", "had", "has", "have", "var", "hade", "har"])


def _relative_event(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when its last segment brings in a new thing ("a loss of $2bn", "a
    raid") and a relative clause tells what that thing did: "The chain has struggled since a
    2022 loss of $2bn that forced out its founder" -> "The chain has struggled since a 2022
    loss of $2bn" + "a 2022 loss that forced out its founder". Only a past-tense relative
    clause (an event) is cut off, and only when it or the thing states a figure; "the storm
    that hit", "said that it lost" and present-tense descriptions stay."""
    s, e = piece[-1]
    for m in _THAT_RELATIVE.finditer(text, s, e):
        verb = m.group("verb").lower()
        if language == "sv":
            past = (
                verb in _PAST_OR_PERFECT
                or (_is_finite(verb, "sv") and verb.endswith(("de", "te")))
                # "en man som stal tre bilar", "en debatt som pågick i drygt fem timmar"
                or verb in _SV_STRONG_PAST
                or _sv_strong_past(verb)
            )
        else:
            past = verb in _PAST_OR_PERFECT or (verb.endswith("ed") and len(verb) > 4)
        if not past:
            continue
        nm = _NEW_THING.search(text[s : m.start()])
        if nm is None:
            continue
        np_s = s + nm.start() + (1 if text[s + nm.start()].isspace() else 0)
        rel = text[m.start() + 1 : e]
        thing = text[np_s : m.start()]
        if _word_count(rel) < 3 or not (has_core(rel) or _DIGIT.search(thing)):
            continue
        before = " ".join([*(text[a:b] for a, b in piece[:-1]), text[s:np_s]])
        if _word_count(before) < 3 or not _contains_verb(before, language):
            continue  # "It was a storm that ...": a cleft, one fact
        first = (*piece[:-1], _trim_end(text, s, m.start()))
        if nm.group("of"):
            # the figure stays with the first claim; the thing keeps its noun
            second = ((np_s, s + nm.start("of")), (m.start() + 1, e))
        else:
            second = ((np_s, e),)
        return [first, second]
    return [piece]


# "four gold torcs valued at about £3m", "a deal valuing the bank at $14.6bn", "en affär som
# värderar bolaget till 3 miljarder": a valuation stated on the way is a fact of its own
_VALUATION = re.compile(
    r"\s(?:valued\s+at|valuing\s+(?:[^\s,]+\s+){1,3}?at|värderade?\s+till|"
    r"som\s+värderar\s+(?:[^\s,]+\s+){1,3}?till)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|cirka|omkring|"
    r"runt|drygt|närmare|över|uppemot)\s+)?[$£€]?\d[\d.,]*(?:\s?(?:bn|m|billion|million|"
    r"trillion|miljoner|miljarder|mdr|kronor|dollar|euro|pounds)\b)*"
)
# the noun phrase a valuation describes: a figure or an article, then a few words
_VALUED_THING = re.compile(
    r"(?:^|\s)(?:an?|the|en|ett|\d[\d.,]*|" + _NUMBER_WORDS + r")\s+(?:[^\s,]+\s+){0,4}?"
    r"[^\s,]+$",
    re.IGNORECASE,
)


def _valuation(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when a valuation sits inside it: "Thieves stole four torcs valued
    at about £3m from a museum" -> "Thieves stole four torcs from a museum" + "four torcs
    valued at about £3m"."""
    s, e = piece[-1]
    m = _VALUATION.search(text, s, e)
    if m is None:
        return [piece]
    tm = _VALUED_THING.search(text, s, m.start())
    if tm is None:
        return [piece]
    t0 = tm.start() + (1 if text[tm.start()].isspace() else 0)
    if t0 <= s or not (_contains_verb(text[s:t0], language) or _loose_verb(text[s:t0], language)):
        return [piece]  # "The deal, valued at $2bn, ...": the valuation is the claim
    v_end = m.end()
    rest = text[v_end:e].strip(" ,.;")
    first = (*piece[:-1], _trim_end(text, s, m.start()))
    if _word_count(rest) >= 2:
        first = (*first, (v_end + (len(text[v_end:e]) - len(text[v_end:e].lstrip())), e))
    second = ((t0, v_end),)
    return [first, second]


# "beror på svag vind och på att två reaktorer står stilla": a second cause, its preposition
# repeated
_SECOND_CAUSE = re.compile(
    r"\s(?:och|and)\s+(?P<prep>på|av|to|of)\s+(?:att|that|the\s+fact\s+that)\s", re.IGNORECASE
)
_CAUSE_HEAD = re.compile(
    r"\b(?:beror|berodde|berott|beroende|due|owing|thanks)\s+(?:\S+\s+){0,5}?(?P<prep>på|to)\s",
    re.IGNORECASE,
)


def _second_cause(text: str, piece: Piece) -> list[Piece]:
    """One piece, or two when its last segment gives a cause and then a second cause with the
    preposition repeated: "Förseningarna beror på snöovädret och på att två tåg gick sönder"
    -> "Förseningarna beror på snöovädret" + "Förseningarna beror på att två tåg gick
    sönder"."""
    s, e = piece[-1]
    cm = _CAUSE_HEAD.search(text, s, e)
    if cm is None:
        return [piece]
    m2 = _SECOND_CAUSE.search(text, cm.end(), e)
    if m2 is None or m2.group("prep").lower() != cm.group("prep").lower():
        return [piece]
    first = (*piece[:-1], (s, m2.start()))
    second = (*piece[:-1], (s, cm.start("prep") - 1), (m2.start("prep"), e))
    return [first, second]


# "nearly double the WHO's guideline of 5 micrograms", "three times the EU average of €40":
# a multiple of a reference value that is stated too; the value is a fact of its own
_MULTIPLE_OF_REFERENCE = re.compile(
    r"\b(?:double|twice|triple|\w+\s+times|dubbelt|tre\s+gånger|\w+\s+gånger)\s+"
    r"(?:så\s+\w+\s+som\s+)?(?P<ref>(?:the|its|their|den|det)\s+(?:[^\s,]+\s+){0,4}?"
    r"[^\s,]+)(?P<of>\s+(?:of|på|om)\s+)(?=(?:about|around|some|nearly|cirka|omkring|runt)?\s*"
    r"[$£€]?\d)(?!(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


def _multiple_of_reference(text: str, piece: Piece) -> list[Piece]:
    """One piece, or two when it sets a figure against a multiple of a reference value it
    states: "nearly double the WHO's guideline of 5 micrograms" -> "nearly double the WHO's
    guideline" + "the WHO's guideline of 5 micrograms"."""
    s, e = piece[-1]
    m = _MULTIPLE_OF_REFERENCE.search(text, s, e)
    if m is None:
        return [piece]
    first = (*piece[:-1], (s, m.start("of")))
    return [first, ((m.start("ref"), e),)]


# "the 2,300-kilogram satellite", "a 90-kilometre (56-mile) front": a measure used as an
# adjective, with its conversion in parentheses
_MEASURE_ADJECTIVE = re.compile(
    r"(?P<det>\b(?:the|a|an|its|their|den|det|en|ett)\s+)(?P<fig>\d[\d,.]*-(?:kilogram|kilo|kg|"
    r"tonne|ton|metre|meter|kilometre|kilometer|km|mile|foot|feet|hectare|acre|litre|liter|"
    r"megawatt|gigawatt|storey|story|kilos?|meters?|metres?|miles?)s?"
    r"(?:\s+\([^()]{1,30}\))?)\s+(?P<noun>[a-zåäö][\w-]+)",
    re.IGNORECASE,
)


# the prepositions of a setting: "on a 12-kilometre route", "along a 90-km front"
_SETTING_PREPOSITIONS = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "at",
        "vid",
        "along",
        "over",
        "through",
        "to",
        "from",
        "by",
        "with",
        "for",
        "of",
        "around",
        "near",
        "across",
        "längs",
        "över",
        "genom",
        "till",
        "från",
        "med",
        "av",
        "för",
        "runt",
        "nära",
    ]
)
_DIGIT_HYPHEN = re.compile(r"\d-[^\W\d_]")
_AGE = re.compile(r"\d+-(?:year-old|årig|åring)\w*|\d+-(?:years?|år)\b")


def _measure_adjective(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when a measure used as an adjective sits beside other figures: "The
    rocket released the 2,300-kilogram satellite into an orbit 720 kilometres above Earth" ->
    "The rocket released the satellite into an orbit 720 kilometres above Earth" + "the
    2,300-kilogram satellite". Alone in its clause ("built a 300-metre bridge") it stays."""
    s, e = piece[-1]
    m = _MEASURE_ADJECTIVE.search(text, s, e)
    if m is None:
        return [piece]
    before = text[s : m.start("det")].split()[-1:]
    if before and before[0].lower() in _SETTING_PREPOSITIONS:
        return [piece]  # "took part on a 12-kilometre route": the measure describes a setting
    rest = _AGE.sub(" ", text[s : m.start("fig")] + " " + text[m.end("fig") : e])
    if not (_DIGIT.search(rest) and _contains_verb(rest, language)):
        return [piece]
    first = (*piece[:-1], _trim_end(text, s, m.start("fig")), (m.start("noun"), e))
    return [first, ((m.start("det"), m.end("noun")),)]


_MULTIPLIER_WORDS = ("double", "twice", "triple", "times", "dubbelt", "gånger")
_MULTIPLIER_WORD = re.compile(rf"\b(?:{'|'.join(_MULTIPLIER_WORDS)})\b")
# the pattern opens with \b, so `re` tries it at every position; most sentences hold none
# of its words, which substring tests in C rule out first
_has_multiplier_word = any_substring(_MULTIPLIER_WORDS)


# "gick på grund med 187 passagerare och 25 besättningsmän ombord", "crashed with 120 people
# on board": who was aboard is told apart from what happened
_ABOARD = re.compile(
    r"\s(?P<with>with|med)\s+(?=(?:about|around|nearly|almost|more\s+than|over|some|at\s+least|"
    rf"omkring|cirka|runt|drygt|knappt|nästan|över|minst)?\s*(?:\d|(?:{_NUMBER_WORDS})\b))"
    r"(?P<rest>[^,;]*?)"
    r"\s(?:aboard|on\s+board|ombord)\b",
    re.IGNORECASE,
)


def _aboard(text: str, start: int, end: int, language: str) -> list[Piece] | None:
    """The pieces of a clause that tells an event and then, with "with"/"med", who was aboard:
    "Färjan gick på grund med 240 passagerare och 31 besättningsmän ombord" -> "Färjan gick på
    grund", "Färjan med 240 passagerare", "Färjan med 31 besättningsmän ombord". None when the
    clause has no such phrase, states a figure before it, or has no subject to carry."""
    m = _ABOARD.search(text, start, end)
    if m is None or has_core(text[start : m.start()]) or text[m.end() : end].strip(" .!"):
        return None
    subject = subject_span(text, start, m.start(), language)
    if subject is None:
        return None
    w0, w1 = m.start("with"), m.end("with")
    pieces: list[Piece] = [(_trim_end(text, start, m.start()),)]
    # "240 passagerare och 31 besättningsmän": each count of the list with the subject
    cuts = [
        a
        for a in _LIST_AND.finditer(text, w1, m.end())
        if FIGURE_THEN_NOUN.match(text, a.end()) or _HAS_NUMBER.match(text, a.end())
    ]
    bounds = [w1, *(a.end() for a in cuts)]
    ends = [*(a.start() for a in cuts), end]
    for i, (ps, pe) in enumerate(zip(bounds, ends, strict=True)):
        ps, pe = _trim(text, ps, pe)
        pieces.append((subject, (w0, pe)) if i == 0 else (subject, (w0, w1), (ps, pe)))
    return pieces


_RESPEKTIVE = re.compile(r"\s+respektive\s+(?=\S)")
_WORD_OR_FIGURE = re.compile(r"\d[\d.,]*(?:\s\d{3}\b)*|[^\W\d_]+")


def _respektive(text: str, piece: Piece) -> list[Piece]:
    """ "döms till fyra års fängelse respektive tre år och sex månader": two figures paired
    with "respektive" are two claims, the second in the place of the first ("... döms till
    fyra års fängelse" + "... döms till tre år och sex månader")."""
    s, e = piece[-1]
    m = _RESPEKTIVE.search(text, s, e)
    if m is None or not has_core(text[m.end() : e]):
        return [piece]
    figure_at = None
    for w in _WORD_OR_FIGURE.finditer(text, s, m.start()):
        token = w.group(0).lower()
        if token[0].isdigit() or token in _NUMBER_WORD_SET:
            figure_at = w.start()
    if figure_at is None or figure_at == s:
        return [piece]
    head = piece[:-1]
    return [(*head, (s, m.start())), (*head, _trim_end(text, s, figure_at), (m.end(), e))]
