"""Fallback: one claim per figure.

A claim that still states two figures of different kinds after the rules of the
decomposition ("lurade minst 240 pensionärer på drygt 31 miljoner kronor", "3,120 deaths in
19 countries") is cut at the preposition or comma nearest to the second figure. Figures that
belong together stay whole: ranges, change and level, "N of M", rates, comparisons with a
baseline, restatements and conversions in parentheses, and a duration that only frames the
event. Separate because the pipeline calls `split_figures` later than `decompose()`, with the
figures the quantity scan found (`time_references` adds the points in time that scan leaves
out), not on the words of the sentence alone.
"""

from __future__ import annotations

import itertools
import re

from .words import _NUMBER_WORDS, _WORDS, Piece, _is_finite, _trim_end, _word_count

_QUALIFIER_BEFORE_END = re.compile(
    r"\s((?:roughly|about|around|nearly|almost|some|cirka|omkring|runt|ungefär|nästan|drygt|"
    r"knappt)\s+)$",
    re.IGNORECASE,
)


_DURATION_UNITS = frozenset(["hour", "minute", "second", "day", "week", "month", "year"])
_DISTANCE_UNITS = frozenset(
    [
        "km",
        "m",
        "mi",
        "mil",
        "mile",
        "miles",
        "meter",
        "meters",
        "metre",
        "metres",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
    ]
)
_MONEY_UNITS = frozenset(["cent", "cents", "öre", "aud", "cad", "nok", "dkk"])
# a duration read as a point in time ("64 minutes later", "två timmar senare") is a fact
_LATER = re.compile(r"\s*(?:later|earlier|ago|senare|tidigare)\b", re.IGNORECASE)
# words between two figures that tie them into one fact
_TOGETHER = re.compile(
    r"\b(?:to|till|and|och|or|eller|from|från|than|än|compared|jämfört|versus|vs|mot|per|"
    r"each|varje|every|that|att|som|which|who|whose|där|where|of|av|varav|i\.e|that is|"
    r"dvs|d\.v\.s|alltså|aged?|åldern|ålder|equal|motsvarar|motsvarande|worth|värd|"
    r"respectively|respektive|an?\s+(?:year|month|week|day|hour|head|person|share|piece|"
    r"kilo|litre|liter|ton|tonne))\b|[(/×:;]|\bd\.v\.s\.",
    re.IGNORECASE,
)
_CUT_PREPOSITIONS = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "at",
        "across",
        "during",
        "throughout",
        "near",
        "inom",
        "bland",
        "among",
        "within",
        "vid",
        "hos",
        "after",
        "efter",
    ]
)
_NON_FINITE = re.compile(r"\b(?:[a-z]{3,}ing|to\s+[a-z]+|[a-zåäö]{3,}(?:ande|ende))\b")


_SHARE_UNITS = (
    "fjärdedel",
    "tredjedel",
    "femtedel",
    "tiondel",
    "hälft",
    "quarter",
    "third",
    "fifth",
    "tenth",
    "half",
)
# "en fjärdedel av bolagets 2 800 anställda", "40% of the firm's 3,000 staff": a share of a
# total the owner has; the total is a fact of its own
_SHARE_OF_OWNER = re.compile(
    r"\s+(?:av|of)\s+(?P<owner>(?:the\s+)?[^\W\d_]+(?:s|'s|’s)|its|their|his|her|dess|deras|"
    r"sina|sin|hans|hennes)\s+$",
    re.IGNORECASE,
)
_PRICE_WORDS = frozenset(["at"])
# "i byn med 800 invånare", "a plant with 5,000 workers", "en vinst för 2 400 anställda",
# "paid $3m for 40 licences", "backed by 60 aircraft": the second figure describes a noun
# before it, what the first figure is for or the agent of a participle; one fact
_ATTRIBUTE_WORDS = frozenset(["with", "med", "for", "för", "by"])


def _after_number(text: str, start: int, end: int) -> int | None:
    """Where the counted noun of the figure text[start:end] starts ("people" in "More than 40
    people"); None when no word follows its last digit."""
    digits = [i for i in range(start, end) if text[i].isdigit()]
    if not digits:
        return None
    at = digits[-1] + 1
    while at < end and not text[at].isspace():
        at += 1
    while at < end and text[at].isspace():
        at += 1
    return at if at < end else None


def _share_of_owner(
    text: str, head: Piece, s: int, e: int, a1: int, b0: int, b1: int
) -> list[Piece] | None:
    """("Varslet motsvarar en fjärdedel av bolagets anställda", "bolagets 2 800 anställda")
    when text[a1:b0] is "av bolagets" before the figure b0..b1; None otherwise."""
    m = _SHARE_OF_OWNER.match(text, a1, b0)
    if m is None or m.end() != b0:
        return None
    noun_at = _after_number(text, b0, b1)
    if noun_at is None:
        return None  # no counted noun after the number to keep
    # the first claim without the total's number (its noun stays): "... av bolagets anställda"
    first = (*head, _trim_end(text, s, b0), (noun_at, e))
    return [first, ((m.start("owner"), e),)]


def _figure_kind(text: str, start: int, end: int, unit: str | None) -> str | None:
    """What a figure measures, or None when it may not be cut off on its own (no unit, an
    attribute like "a 26.2-mile route" or "27-årig", an age, a framing duration)."""
    if not unit:
        return None
    figure = text[start:end]
    if re.search(r"\d-[^\W\d_]", figure) or text.startswith("-", end) or unit.endswith("årig"):
        return None  # "90-kilometer", "24-year-old", "27-årig": a description, not a fact
    if unit == "later":
        return "time"
    if unit in _DURATION_UNITS:
        return "time" if _LATER.match(text, end) else None
    if unit in ("percent", "percentage_point"):
        return "percent"
    if unit.lower().startswith(_SHARE_UNITS):
        return "share"
    if unit.isupper() or unit in _MONEY_UNITS:
        return "money"
    if unit in _DISTANCE_UNITS:
        return "distance"
    return "count:" + unit[:4].lower()


def _phrase_start(text: str, seg_start: int, at: int) -> int:
    """Where the phrase of the figure at `at` starts: before a preposition right before it."""
    before = text[seg_start:at].rstrip()
    m = re.search(r"(\S+)$", before)
    if m and (
        m.group(1).lower() in _CUT_PREPOSITIONS
        or m.group(1).lower() in _ATTRIBUTE_WORDS
        or m.group(1).lower() in ("of", "av")
    ):
        return seg_start + m.start(1)
    return at


def split_figures(
    text: str,
    piece: Piece,
    figures: list[tuple[int, int, str | None]],
    language: str,
    lead: tuple[int, int] | None = None,
    depth: int = 0,
    dates: list[tuple[int, int]] = (),
) -> list[Piece]:
    """One piece per separate figure of the piece's last segment (see above); `figures` are
    the (start, end, unit) of the figures the piece states. `lead` is the subject and verb
    of the clause before ("recorded") for a piece that opens with its figure ("3,120 deaths in
    19 countries"). `dates` are the (start, end) of the dates the piece names: a date that ends
    the piece ("... in 14 countries last year") is also told by the first claim. The piece
    itself when nothing is cut."""
    s, e = piece[-1]
    head = piece[:-1]
    figs = sorted(f for f in figures if s <= f[0] and f[1] <= e)
    for (a0, a1, au), (b0, b1, bu) in itertools.pairwise(figs):
        if b0 < a1:
            continue  # overlapping readings ("41 av 81 ledamöter", "81 ledamöter")
        ka, kb = _figure_kind(text, a0, a1, au), _figure_kind(text, b0, b1, bu)
        if ka is None or kb is None or ka == kb:
            continue
        if kb == "time" and ka != "distance":
            continue  # "40 kronor ett år tidigare", "300 were evacuated two days later": when
        gap = text[a1:b0]
        if ka in ("percent", "share") and kb.startswith("count:"):
            shared = _share_of_owner(text, head, s, e, a1, b0, b1)
            if shared:
                return shared
        if (
            ka.startswith("count:")
            and kb.startswith("count:")
            and gap.strip().lower() in ("från", "from")
            and a0 == s
            and not head
            and _word_count(text[b1:e]) >= 2
        ):
            # "Nära 9 000 soldater från sju länder deltar i övningen": how many take part,
            # and from how many places -> "Nära 9 000 soldater deltar i övningen" +
            # "soldater från sju länder deltar i övningen"
            noun_at = _after_number(text, a0, a1)
            if noun_at is not None:
                return [((s, a1), (b1 + 1, e)), ((noun_at, e),)]
        together = _TOGETHER.search(gap) or _NON_FINITE.search(gap) or not gap.strip(" ,")
        if together and not (kb == "time" and not gap.strip()):
            continue  # "at 720 kilometres 64 minutes later": nothing between, still two
        cut = verb = None
        if gap.strip():
            for w in reversed(list(_WORDS.finditer(gap))):
                word = w.group(0)
                low = word.strip(",.").lower()
                if low in _ATTRIBUTE_WORDS:
                    break
                if low in _CUT_PREPOSITIONS:
                    if kb == "money" and low in _PRICE_WORDS:
                        break  # "sold 300 buses for $20m": a price, one fact
                    cut = a1 + w.start()
                    break
                if word.endswith(","):
                    cut = a1 + w.end()
                    break
                if _is_finite(low, language):
                    verb = a1 + w.start()
                    break
        if cut is None and verb is None and kb == "time":
            cut = b0  # "reached 720 kilometres 64 minutes later": the time stands alone
            qm = _QUALIFIER_BEFORE_END.search(text, a1, b0)
            if qm:
                cut = qm.start(1)  # "... above Earth roughly 64 minutes later"
        if cut is not None:
            first = (*head, _trim_end(text, s, cut))
            p1 = _phrase_start(text, s, a0)
            if p1 > s:
                second = (*head, _trim_end(text, s, p1), (cut, e))
            elif head:
                second = (*head, (cut, e))
            elif lead is not None:
                first = (lead, (s, _trim_end(text, s, cut)[1]))
                second = (lead, (cut, e))
            else:
                # "More than 40 people were killed in 12 air strikes": the second claim keeps
                # the first figure's noun, not its number ("people were killed in 12 ...")
                noun_at = _after_number(text, a0, a1)
                if noun_at is None:
                    continue
                second = ((noun_at, e),)
            if dates and _only_dates(text, b1, e, dates):
                first = (*first, (b1, e))  # "The company cut 1,200 jobs [...] last year."
        elif verb is not None and ka in ("money", "percent"):
            # "The $55 million appeal was only 23% funded": the first figure is in the
            # subject; the second claim is the sentence without it
            first = (*head, _trim_end(text, s, verb))
            second = (*head, _trim_end(text, s, a0), (a1, e)) if a0 > s else (*head, (a1, e))
        else:
            continue
        if any(_word_count(" ".join(text[x:y] for x, y in p)) < 3 for p in (first, second)):
            continue
        if _only_figure(text, first, a0, a1) or _only_figure(text, second, b0, b1):
            continue  # "More than 1,200 firefighters, backed by ...": a figure, no statement
        rest = (
            split_figures(text, second, figures, language, depth=depth + 1, dates=dates)
            if depth < 3
            else [second]
        )
        return [first, *rest]
    return [piece]


def _only_figure(text: str, piece: Piece, f0: int, f1: int) -> bool:
    """The piece says nothing but its figure (and a preposition before it)."""
    rest = " ".join(
        (text[x:f0] + " " + text[f1:y]) if x <= f0 and f1 <= y else text[x:y] for x, y in piece
    )
    return all(w.lower() in _CUT_PREPOSITIONS for w in rest.split())


def _only_dates(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """text[start:end] holds a date, and every other word of it is a small word around a
    date ("in", "mellan", "och")."""
    words = [
        (w.start(), w.start() + len(w.group(0).rstrip(".,;:!)")))
        for w in _WORDS.finditer(text, start, end)
    ]
    words = [(ws, we) for ws, we in words if we > ws]
    inside = [any(ds <= ws and we <= de for ds, de in dates) for ws, we in words]
    glue = [text[ws:we].lower() in _DATE_GLUE for ws, we in words]
    return any(inside) and all(i or g for i, g in zip(inside, glue, strict=True))


# the small words around dates: "in March", "mellan januari 2024 och mars 2025"
_DATE_GLUE = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "during",
        "under",
        "between",
        "mellan",
        "and",
        "och",
        "since",
        "sedan",
        "from",
        "från",
        "to",
        "till",
        "until",
        "fram",
        "the",
        "of",
        "by",
        "senast",
    ]
)


# "64 minutes later", "två timmar senare": a point in time, which the quantity scan leaves out
_TIME_LATER = re.compile(
    rf"\b(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS}|en|ett|an?)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunder|sekund|minuter|minut|"
    r"timmar|timme|dagar|dygn|dag|veckor|vecka|månader|månad|år)\s+"
    r"(?:later|earlier|senare|tidigare)\b",
    re.IGNORECASE,
)
TIME_LATER_CUES = ("later", "earlier", "senare", "tidigare")


def time_references(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The relative points in time ("64 minutes later") of text[start:end] as figures
    (start, end, "later") for `split_figures`."""
    return [(m.start(), m.end(), "later") for m in _TIME_LATER.finditer(text, start, end)]
