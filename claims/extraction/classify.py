"""Claim type, check-worthiness, and what is not a claim at all.

Types follow DESIGN.md (after Full Fact's taxonomy). The check-worthiness score is a small
logistic model over words and cues that fact-checkers use (figures, dates, comparisons,
named sources, first-person talk, opinion), fitted offline on ClaimBuster by
bench/fit_checkworthiness.py; the weights are a plain dict in checkworthy_weights.py, so
scoring is a handful of dict look-ups per claim.
"""

from __future__ import annotations

import datetime as dt
import math
import re

from .checkworthy_weights import BIAS, WEIGHTS
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
    r"\b(?:beror(?:\s+\w+){0,3}\s+på|berodde(?:\s+\w+){0,3}\s+på|på\s+grund\s+av|p\.g\.a\.|pga|"
    r"konsekvens(?:er|erna)?|consequences?|fått\s+följder|följderna\s+av|effekten\s+av|"
    r"bidrog\s+till|bidragit\s+till|contributed\s+to|triggered|sparked|utlöste|"
    r"eftersom|till\s+följd\s+av|ledde\s+till|leder\s+till|orsakade?|orsakas|because|"
    r"due\s+to|caused|causes|led\s+to|leads\s+to|as\s+a\s+result|resulted\s+in|owing\s+to|"
    r"driven\s+by|blamed\s+on|thanks\s+to)\b"
    # a clause split off after a change ("fell 18% | after new rules took effect") gives
    # the reason for it
    r"|^(?:after|efter\s+att|efter\s+det\s+att|sedan)\s+\S+(?:\s+\S+)*?\s+"
    r"(?:took|came|trädde|infördes|was|were|had|blev|började|began)\b",
    re.IGNORECASE,
)
# "tre gånger så hög som", "twice as many as", "five times higher": a comparison, even
# though it states a figure.
_MULTIPLE = re.compile(
    r"\b(?:gånger\s+(?:så|större|högre|fler|mer|lägre|mindre)|dubbelt\s+så|hälften\s+så|"
    r"times\s+(?:as|more|higher|larger|bigger|greater|lower|smaller|fewer|less)|"
    r"twice\s+as|half\s+as)\b",
    re.IGNORECASE,
)
# "more than half of", "en tredjedel av", "a quarter of": a share, i.e. a quantity.
_FRACTION = re.compile(
    r"\b(?:hälften|halva|tredjedel(?:en|ar)?|fjärdedel(?:en|ar)?|majoriteten|"
    r"half|a\s+third|two\s+thirds|a\s+quarter|three\s+quarters|the\s+majority)\s+(?:av|of)\b",
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
# Second person as the one advised or addressed: "du kan", "you should", "om du", "if you".
_ADVICE = re.compile(
    r"\b(?:(?:du|ni)\s+(?:kan|kunde|bör|borde|måste|ska|skall|behöver|får|vill|kommer|hittar)|"
    r"(?:kan|bör|borde|måste|ska|skall|behöver|får|hittar)\s+(?:du|ni)|"
    r"(?:can|should|must|could)\s+you|you(?:'ll|\s+will)\s+find|"
    r"(?:om|när|innan|ifall)\s+(?:du|ni)|"
    r"you\s+(?:can|could|should|must|need|may|might|will|want|have\s+to|'ll)|"
    r"(?:if|when|before|unless|whether)\s+you|your\s+own)\b",
    re.IGNORECASE,
)
_NAME = re.compile(r"(?<=[\s(])[A-ZÅÄÖ][\w\-]{2,}")


def is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip('"”»)’').endswith("?")


def is_call_to_action(sentence: str) -> bool:
    """Addressed to the reader: an imperative opener, or advice to "du"/"you" ("du bör",
    "här kan du", "you can", "om du", "if you", "your own").

    Other second-person sentences state something about the one addressed ("You cut 2,000
    jobs", "Ni höjde skatten", "They were paying you a lot"): claims, not calls to act.
    """
    stripped = sentence.lstrip('—–-"“”„«» \t')
    first = stripped.split(" ", 1)[0].strip(",.:!").lower()
    if first in CALL_TO_ACTION_VERBS:
        return True
    return bool(_SECOND_PERSON.search(stripped) and _ADVICE.search(stripped))


def claim_type(
    text: str,
    *,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    published: dt.date | None,
) -> str:
    """One of the DESIGN.md types, by the strongest cue in the claim text.

    A direct quotation is a `quote` whatever it says (what is checkable first is that the
    speaker said it); an attributed paraphrase takes the type of its content and falls back
    to `quote` only when nothing else fits.
    """
    if quoted:
        return QUOTE
    if _PREDICTION.search(text) or (
        published and any(d.value and d.value.year > published.year for d in dates)
    ):
        return PREDICTION
    if _CAUSAL.search(text):
        return CAUSAL
    if _HAS_SUPERLATIVE.search(text) or _MULTIPLE.search(text):
        return COMPARISON
    if quantities or _FRACTION.search(text):
        return QUANTITY
    if _RULE.search(text):
        return RULE
    if _COMPARISON.search(text):
        return COMPARISON
    if quoted or speaker:
        return QUOTE
    return EVENT


_DIGITS = re.compile(r"\d+")
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
# Swedish letters or function words: the word weights (English) are not used then.
_SWEDISH = re.compile(r"[åäöÅÄÖ]|\b(?:och|att|som|det|med|inte|har|till|ett|av|om|sig)\b")


def cw_features(
    text: str,
    *,
    ctype: str,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    words: bool = True,
) -> list[str]:
    """The features the check-worthiness model weighs.

    Cues that hold in both languages (figures, dates, the claim type, a speaker, a
    quotation, first person, opinion words, a comparison, a name, length), and with
    `words` the lower-cased words (every digit run reads "0") and the first word. Word
    bigrams were tried and did not help on CheckThat! dev-test (see the fitting script).
    """
    low = text.lower()
    feats = ["t=" + ctype]
    if quantities:
        feats.append("c:qty")
    if _DIGITS.search(low):
        feats.append("c:digit")
    if dates:
        feats.append("c:date")
    if speaker:
        feats.append("c:speaker")
    if quoted:
        feats.append("c:quoted")
    if _FIRST_PERSON.search(text):
        feats.append("c:first")
    if _OPINION.search(text):
        feats.append("c:opinion")
    if _COMPARISON.search(text):
        feats.append("c:comparison")
    if _NAME.search(" " + text):
        feats.append("c:name")
    if _HAS_SUPERLATIVE.search(text):
        feats.append("c:superlative")
    n = text.count(" ") + 1
    feats.append("len<6" if n < 6 else "len<12" if n < 12 else "len<25" if n < 25 else "len>=25")
    if words:
        toks = _TOKEN.findall(_DIGITS.sub("0", low))
        if toks:
            feats.append("^" + toks[0])
            feats += toks
    return feats


def checkworthiness(
    text: str,
    *,
    ctype: str,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    language: str | None = None,
) -> float:
    """Score in [0, 1]: how much a fact-checker would want to check this statement.

    A logistic model fitted offline by bench/fit_checkworthiness.py on ClaimBuster
    (CheckThat! 2024 English train + dev), weights in checkworthy_weights.py. It has two
    parts: cue weights, fitted alone first, and English word weights fitted on top of them
    as a correction. Swedish text (`language` "sv", or, when not given, Swedish letters or
    function words) is scored by the cue part alone, which is calibrated on its own.
    """
    swedish = language == "sv" if language else bool(_SWEDISH.search(text))
    feats = cw_features(
        text,
        ctype=ctype,
        quoted=quoted,
        speaker=speaker,
        quantities=quantities,
        dates=dates,
        words=not swedish,
    )
    get = WEIGHTS.get
    z = BIAS + sum(get(f, 0.0) for f in feats)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)
