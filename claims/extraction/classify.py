"""Claim type, check-worthiness, and what is not a claim at all.

Types follow DESIGN.md (after Full Fact's taxonomy). The check-worthiness score is a small
additive model over cues that fact-checkers use: figures, comparisons, named sources and
entities raise it; first-person talk, opinion and hedging lower it. The weights were set by
hand on the dev articles and the ClaimBuster / CheckThat! dev data (see bench/).
"""

from __future__ import annotations

import datetime as dt
import re

from .dates import DateMention
from .decompose import _HAS_SUPERLATIVE
from .quantities import Quantity

QUANTITY = "quantity"
COMPARISON = "comparison"
EVENT = "event"
QUOTE = "quote"
PREDICTION = "prediction"
CAUSAL = "causal"
RULE = "rule"
OTHER = "other"

_PREDICTION = re.compile(
    r"\b(?:kommer\s+att|ska|skall|väntas|förväntas|planerar|planer|prognos\w*|beräknas|"
    r"bedöms|bedömning|lovar|will|expects?|expected|plans?\s+to|planned|forecasts?|"
    r"is\s+set\s+to|are\s+set\s+to|going\s+to|would|projected|aims?\s+to|intends?\s+to|"
    r"next\s+year|nästa\s+år|capable\s+of|could\s+reach)\b",
    re.IGNORECASE,
)
_CAUSAL = re.compile(
    r"\b(?:beror(?:\s+\w+)?\s+på|berodde(?:\s+\w+)?\s+på|på\s+grund\s+av|p\.g\.a\.|pga|"
    r"eftersom|till\s+följd\s+av|ledde\s+till|leder\s+till|orsakade?|orsakas|because|"
    r"due\s+to|caused|causes|led\s+to|leads\s+to|as\s+a\s+result|resulted\s+in|owing\s+to|"
    r"driven\s+by|blamed\s+on|thanks\s+to|after\s+(?:new|the)\s+\w+\s+\w+\s+took)\b",
    re.IGNORECASE,
)
_RULE = re.compile(
    r"\b(?:lag|lagen|lagar|lagstiftning|\w*förbud\w*|regler|regeln|regelverk|förordning\w*|"
    r"direktiv\w*|olagligt?|tillåtet|laws?|bans?|banned|rules|regulations?|illegal|"
    r"legislation|statute|mandatory|obligatorisk\w*)\b",
    re.IGNORECASE,
)
_COMPARISON = re.compile(
    r"\b(?:än|than|jämfört|compared|dubbelt|twice|double|tredubbl\w*|sedan\s+\d{4}|"
    r"since\s+\d{4}|ahead\s+of|före|fler|färre|rekord\w*|record|first|första|gånger\s+så|"
    r"times\s+as|samma\s+period)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(r"\b(?:jag|vi|oss|vår|vårt|våra|mig|min|mitt|mina|I|we|us|our|my|me)\b")
_SECOND_PERSON = re.compile(r"\b(?:du|dig|din|ditt|dina|ni|er|you|your|yours)\b", re.IGNORECASE)
_OPINION = re.compile(
    r"\b(?:tycker|anser|tror|hoppas|känner|borde|bör|måste|think|believe|feel|hope|should|"
    r"must|ought|fantastisk\w*|underbar\w*|great|terrible|wonderful|amazing|awful|"
    r"misslyckande|failure|disgrace|shame)\b",
    re.IGNORECASE,
)
# Imperatives that open calls to action in news ("Hör av dig", "Follow our blog").
CALL_TO_ACTION_VERBS = frozenset(
    [
        "hör",
        "läs",
        "följ",
        "ring",
        "kontakta",
        "skicka",
        "tipsa",
        "mejla",
        "klicka",
        "anmäl",
        "prenumerera",
        "lyssna",
        "titta",
        "se",
        "drick",
        "undvik",
        "håll",
        "ta",
        "tänk",
        "glöm",
        "besök",
        "ladda",
        "follow",
        "read",
        "check",
        "download",
        "sign",
        "subscribe",
        "click",
        "call",
        "visit",
        "share",
        "watch",
        "join",
        "contact",
        "send",
        "tell",
        "email",
        "listen",
        "register",
        "drink",
        "avoid",
        "keep",
        "try",
        "don't",
        "do",
        "find",
        "learn",
    ]
)
_NAME = re.compile(r"(?<=[\s(])[A-ZÅÄÖ][\w\-]{2,}")


def is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip('"”»)’').endswith("?")


def is_call_to_action(sentence: str) -> bool:
    """Addressed to the reader: an imperative opener or "du"/"you" outside a quotation."""
    stripped = sentence.lstrip('—–-"“”„«» \t')
    first = stripped.split(" ", 1)[0].strip(",.:!").lower()
    if first in CALL_TO_ACTION_VERBS:
        return True
    return bool(_SECOND_PERSON.search(stripped))


def claim_type(
    text: str,
    *,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    published: dt.date | None,
) -> str:
    """One of the DESIGN.md types, by the strongest cue in the claim text."""
    if _PREDICTION.search(text) or (
        published and any(d.value and d.value.year > published.year for d in dates)
    ):
        return PREDICTION
    if _CAUSAL.search(text):
        return CAUSAL
    if _HAS_SUPERLATIVE.search(text):
        return COMPARISON
    if quantities:
        return QUANTITY
    if _RULE.search(text):
        return RULE
    if _COMPARISON.search(text):
        return COMPARISON
    if quoted or speaker:
        return QUOTE
    return EVENT


def checkworthiness(
    text: str,
    *,
    ctype: str,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
) -> float:
    """Score in [0, 1]: how much a fact-checker would want to check this statement."""
    score = 0.3
    if quantities:
        score += 0.3
    elif re.search(r"\d", text):
        score += 0.15
    if ctype in (COMPARISON, CAUSAL, RULE):
        score += 0.15
    elif ctype == PREDICTION:
        score += 0.05
    if dates:
        score += 0.05
    if speaker:
        score += 0.05
    if _NAME.search(" " + text):
        score += 0.1
    if quoted:
        score -= 0.1
    if _FIRST_PERSON.search(text):
        score -= 0.15
    if _OPINION.search(text):
        score -= 0.2
    words = len(text.split())
    if words < 6:
        score -= 0.1
    return round(min(1.0, max(0.0, score)), 3)
