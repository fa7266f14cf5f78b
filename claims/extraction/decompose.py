"""Split a sentence into atomic statements.

"Putin talade i drygt åtta minuter, medan Trump höll sig till drygt tre minuter" is two
claims; "Mötet, på militärbasen Elmendorf-Richardson, är det första fysiska mötet ... sedan
2019" is one about the place and one about "first since 2019". A split is made only where
the words around a comma or conjunction show a new clause (a subordinator, a finite verb, a
participle) and both sides still state something checkable (a figure, a superlative, a
comparison); otherwise the sentence stays whole, because a wrong split produces fragments
that no reviewer can check.

A piece is a tuple of (start, end) segments into the original text: removing a parenthesis
from the middle of a sentence leaves two segments.
"""

from __future__ import annotations

import re

Piece = tuple[tuple[int, int], ...]

_NUMBER_WORDS = (
    "två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\\w*|trettio|fyrtio|femtio|hundra\\w*|"
    "tusen|miljon\\w*|miljard\\w*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "twenty\\w*|thirty|forty|fifty|hundred|thousand|million|billion|dozen"
)
_HAS_NUMBER = re.compile(
    rf"\d|\b(?:{_NUMBER_WORDS})\b|\b(?:minst|drygt|knappt|nästan|över|runt|cirka|omkring|"
    rf"at least|more than|nearly|almost|about|around|over)\s+(?:en|ett|a|an)\s",
    re.IGNORECASE,
)
_SUPERLATIVE_WORDS = (
    "högsta|lägsta|största|minsta|längsta|kortaste|bästa|sämsta|värsta|första|sista|senaste|"
    "äldsta|yngsta|snabbaste|tyngsta|best|worst|first|last|most|least|"
    "highest|lowest|largest|biggest|smallest|longest|shortest|fastest|slowest|greatest|"
    "oldest|youngest|strongest|weakest|deadliest|hottest|coldest|warmest|heaviest|latest|"
    "\\w+aste|\\w+-fastest|\\w+iest"
)
_HAS_SUPERLATIVE = re.compile(rf"\b(?:{_SUPERLATIVE_WORDS})\b", re.IGNORECASE)
_MULTIPLIER_START = re.compile(
    r"(?:ungefär\s+|roughly\s+|nearly\s+|almost\s+|nästan\s+|about\s+|mer än\s+|more than\s+)?"
    r"(?:dubbelt|twice|double|triple|tredubbelt|hälften|half|\w+\s+gånger|\w+\s+times)\b",
    re.IGNORECASE,
)
_QUALIFIER_OR_NUMBER_START = re.compile(
    rf"(?:runt|drygt|cirka|ca\.?|knappt|nästan|över|minst|upp till|omkring|ungefär|närmare|"
    rf"mer än|mindre än|fler än|about|around|roughly|nearly|almost|more than|over|at least|"
    rf"up to|some|less than|fewer than|just over|just under|\d|(?:{_NUMBER_WORDS})\b|"
    rf"[$£€])",
    re.IGNORECASE,
)
_RESTATEMENT_START = re.compile(
    r"(?:or|eller|i\.e\.|dvs\.?|d\.v\.s\.|alltså|that is|det vill säga|varav|of which)\b",
    re.IGNORECASE,
)
_DET_SUPERLATIVE_START = re.compile(
    rf"(?:den|det|de|the|a|its|sin|sitt)\s+(?:\S+\s+){{0,2}}?(?:{_SUPERLATIVE_WORDS})\b",
    re.IGNORECASE,
)
_RELATIVE_START = re.compile(r"(?:vilket|vilka|which|där|where|när|when)\b", re.IGNORECASE)
_PARTICIPLE_START = re.compile(r"[a-z]{3,}ing\b")
_SEQUENCE_START = re.compile(
    r"(?:för att sedan|för att därefter|innan|before|then|and then|only to)\b", re.IGNORECASE
)
_ADDITION_START = re.compile(
    r"(?:utöver|in addition to|plus|up from|down from|compared with|compared to|jämfört med)\b",
    re.IGNORECASE,
)
EN_FINITE_VERBS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "did",
        "does",
        "do",
        "rose",
        "fell",
        "won",
        "lost",
        "took",
        "made",
        "said",
        "told",
        "became",
        "began",
        "came",
        "went",
        "got",
        "gave",
        "left",
        "kept",
        "saw",
        "grew",
        "paid",
        "sold",
        "bought",
        "cut",
        "hit",
        "set",
        "put",
        "ran",
        "beat",
        "led",
        "held",
        "met",
        "rose",
        "spent",
        "struck",
        "fought",
        "sank",
        "shrank",
    ]
)
SV_FINITE_VERBS = frozenset(
    [
        "är",
        "var",
        "har",
        "hade",
        "blir",
        "blev",
        "kan",
        "kunde",
        "ska",
        "skulle",
        "kommer",
        "kom",
        "får",
        "fick",
        "gör",
        "gjorde",
        "går",
        "gick",
        "tar",
        "tog",
        "ligger",
        "låg",
        "står",
        "stod",
        "steg",
        "sjönk",
        "ökade",
        "minskade",
        "uppgick",
        "uppgår",
        "vann",
        "förlorade",
        "fortsätter",
        "fortsatte",
        "tycker",
        "tror",
        "säger",
        "sade",
        "sa",
        "uppger",
        "uppgav",
        "föreslog",
    ]
)

_SPLIT = re.compile(
    r"(?P<semi>;\s+)"
    r"|(?P<strong>,?\s+(?:medan|whereas)\s+|,\s+while\s+|\s+[—–]\s+(?:medan|och|men|while|and|but)\s+"
    r"|,\s+(?:men|but)\s+)"
    r"|(?P<comma_and>,\s+(?:och|and)\s+)"
    r"|(?P<and>\s+(?:och|and)\s+)"
    r"|(?P<because>\s+(?:because|eftersom|efter\s+att|after|as(?=\s+(?:it|they|he|she|we)\b)))\s+"
    r"|(?P<comma>,\s+)"
)
_PARENTHETICAL = re.compile(
    r"(?P<subj>[^,]{2,60}?),\s+"
    r"(?P<par>(?P<lead>som|which|who|whose|där|where|på|i|in|at|on|vid|ranked|[a-z]+ed|"
    r"alltså|dvs\.?|d\.v\.s\.|det vill säga|i\.e\.|that is)\b[^,]{3,140}?),\s+(?=\S)"
)
_DEFINITION_LEADS = frozenset(
    {"alltså", "dvs", "dvs.", "d.v.s.", "det vill säga", "i.e.", "that is"}
)
_LEADING_CONJ = re.compile(
    r"(?:[—–\-]\s*)?(?:medan|men|och|while|whereas|but|and)\s+", re.IGNORECASE
)
_WORDS = re.compile(r"\S+")


def has_core(chunk: str) -> bool:
    """A figure or a superlative: something a reviewer can check."""
    return bool(_HAS_NUMBER.search(chunk) or _HAS_SUPERLATIVE.search(chunk))


def _word_count(chunk: str) -> int:
    return len(_WORDS.findall(chunk))


def _first_word(chunk: str) -> str:
    m = _WORDS.match(chunk.lstrip())
    return m.group(0).strip(',.;:"”»') if m else ""


def _starts_with_verb(chunk: str, language: str) -> bool:
    w = _first_word(chunk)
    low = w.lower()
    if language == "sv":
        return low in SV_FINITE_VERBS or (low.endswith(("ade", "ades")) and len(low) > 4)
    return (
        low in EN_FINITE_VERBS
        or (low.endswith("ed") and len(low) > 4)
        or (low.endswith("ing") and len(low) > 5)
        or (low.endswith("s") and low[:-1] in ("rise", "fall", "gain", "earn", "take", "win"))
    )


def _contains_verb(chunk: str, language: str) -> bool:
    for w in _WORDS.findall(chunk):
        low = w.lower().strip(",.")
        if language == "sv":
            if low in SV_FINITE_VERBS:
                return True
        elif low in EN_FINITE_VERBS or (low.endswith("ed") and len(low) > 4):
            return True
    return False


def _decide(kind: str, sep: str, left: str, right: str, language: str) -> bool:
    lw, rw = _word_count(left), _word_count(right)
    if lw < 3 or rw < 2:
        return False
    if kind in ("semi", "strong"):
        return rw >= 3
    if kind == "comma_and":
        return rw >= 4
    if kind == "and":
        if rw < 3:
            return False
        if _starts_with_verb(right, language):
            return True
        right_start = right.lstrip()[:1]
        return (
            has_core(left)
            and has_core(right)
            and right_start.islower()
            and not re.search(r"\b(?:between|mellan|from|från)\s+\S+\s*$", left)
            and not _QUALIFIER_OR_NUMBER_START.match(right.lstrip())
        )
    if kind == "because":
        if sep.strip().lower() == "as":
            return True  # "as it moves ...": the pronoun makes it a clause
        return rw >= 3 and _contains_verb(right, language) and not right.lstrip()[:1].isdigit()
    # plain comma
    r = right.lstrip()
    if _RESTATEMENT_START.match(r):
        return False
    if _RELATIVE_START.match(r):
        return bool(_HAS_NUMBER.search(r) or _HAS_SUPERLATIVE.search(r))
    if language != "sv" and _PARTICIPLE_START.match(r):
        return has_core(r)
    if _SEQUENCE_START.match(r):
        return has_core(left) and has_core(r)
    if _MULTIPLIER_START.match(r):
        return bool(_HAS_NUMBER.search(left))
    if _ADDITION_START.match(r):
        return bool(_HAS_NUMBER.search(left) and _HAS_NUMBER.search(r))
    if _QUALIFIER_OR_NUMBER_START.match(r):
        return bool(_HAS_NUMBER.search(left)) and bool(_HAS_NUMBER.search(r)) and rw >= 2
    if _DET_SUPERLATIVE_START.match(r):
        return has_core(left)
    return False


def _split_span(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Clause spans of text[start:end]."""
    cands = [m for m in _SPLIT.finditer(text, start, end)]
    if not cands:
        return [(start, end)]
    spans = []
    piece_start = start
    for i, m in enumerate(cands):
        kind = m.lastgroup
        nxt = end
        for later in cands[i + 1 :]:
            if later.lastgroup != "and":
                nxt = later.start()
                break
        left = text[piece_start : m.start()]
        right = text[m.end() : nxt]
        if _decide(kind, m.group(0), left, right, language):
            spans.append((piece_start, m.start()))
            piece_start = m.end() if kind != "because" else m.start() + 1
    spans.append((piece_start, end))
    return spans


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    m = _LEADING_CONJ.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;–—-"):
        e -= 1
    return s, e


def decompose(text: str, start: int, end: int, language: str) -> list[Piece]:
    """Atomic statements of the sentence text[start:end], as tuples of segments."""
    pieces: list[Piece] = []
    main: list[tuple[int, int]] = [(start, end)]
    pm = _PARENTHETICAL.match(text, start, end)
    if pm and _word_count(pm.group("subj")) <= 6:
        lead = pm.group("lead").lower()
        par = pm.group("par")
        prepositional = lead in ("på", "i", "in", "at", "on", "vid")
        informative = not prepositional or re.search(r"[A-ZÅÄÖ\d]", par)
        if lead in _DEFINITION_LEADS:
            main = [(start, pm.end("subj")), (pm.end(), end)]
        elif informative and _word_count(par) >= 2:
            pieces.append(((start, pm.end("par")),))
            main = [(start, pm.end("subj")), (pm.end(), end)]
    head = main[:-1]
    last_s, last_e = main[-1]
    clauses = _split_span(text, last_s, last_e, language)
    for i, (cs, ce) in enumerate(clauses):
        cs, ce = _trim(text, cs, ce)
        if cs >= ce:
            continue
        if i == 0 and head:
            pieces.append((*head, (cs, ce)))
        else:
            pieces.append(((cs, ce),))
    # fold fragments too short to state anything into their neighbour
    merged: list[Piece] = []
    for p in pieces:
        words = sum(_word_count(text[s:e]) for s, e in p)
        if merged and words < 3:
            prev = merged.pop()
            merged.append((*prev[:-1], (prev[-1][0], p[-1][1])))
        else:
            merged.append(p)
    return merged
