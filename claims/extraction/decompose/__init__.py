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

The package holds the steps by phenomenon; `decompose()` (here) runs them in order:
`parenthetical` (an appositive or parenthetical right after the subject), `clauses` (the
split at commas, semicolons, dashes and conjunctions), then `phrases` (cuts inside one
clause). `figures` is the pipeline's later fallback of one claim per figure; `words` holds the
vocabulary and predicates all of them share. The names other modules import from
`claims.extraction.decompose` are re-exported here.
"""

from __future__ import annotations

import re

from .clauses import _PERFECT, _perfect_pair, _split_span, gapped_owner_figure
from .figures import TIME_LATER_CUES, split_figures, time_references
from .parenthetical import (
    _AGE_APPOSITIVE,
    _DEFINITION_LEADS,
    _DETERMINERS,
    _PARENTHETICAL,
    _parenthetical_states,
    _relative_pair,
)
from .phrases import (
    _DIGIT_HYPHEN,
    _MULTIPLIER_WORD,
    _PENALTY_CUE,
    _aboard,
    _change_and_level,
    _has_multiplier_word,
    _measure_adjective,
    _multiple_of_reference,
    _penalty,
    _relative_event,
    _respektive,
    _second_cause,
    _valuation,
)
from .words import (
    _DIGIT,
    _SUPERLATIVE_ENDINGS,
    FIGURE_THEN_NOUN,
    NON_SUBJECT_OPENERS,
    SUPERLATIVES,
    Piece,
    _first_word,
    _trim,
    _verb_start,
    _word_count,
    has_core,
    is_finite,
    subject_span,
)

# what other modules import from here (claims.extraction, classify)
__all__ = [
    "FIGURE_THEN_NOUN",
    "SUPERLATIVES",
    "TIME_LATER_CUES",
    "_SUPERLATIVE_ENDINGS",
    "Piece",
    "decompose",
    "gapped_owner_figure",
    "has_core",
    "is_finite",
    "split_figures",
    "time_references",
]


def decompose(text: str, start: int, end: int, language: str) -> list[Piece]:
    """Atomic statements of the sentence text[start:end], as tuples of segments."""
    pieces: list[Piece] = []
    main: list[tuple[int, int]] = [(start, end)]
    # the subject before an appositive's comma is 2 to 60 characters long: without a comma
    # there, neither pattern can match (and most sentences skip their lazy scans)
    comma = text.find(",", start + 2, min(end, start + 61)) >= 0
    am = (
        _AGE_APPOSITIVE.match(text, start, end)
        if comma and _DIGIT.search(text, start, end)
        else None
    )
    pm = _PARENTHETICAL.match(text, start, end) if comma and am is None else None
    if am is not None:
        # "De två männen, 21 och 23 år gamla, döms ...": the ages only tell who they are
        main = [(start, am.end("subj")), (am.end(), end)]
    elif pm and _word_count(pm.group("subj")) <= 6:
        lead = pm.group("lead").lower()
        par = pm.group("par")
        prepositional = lead in ("på", "i", "in", "at", "on", "vid")
        informative = not prepositional or re.search(r"[A-ZÅÄÖ\d]", par)
        if lead in _DEFINITION_LEADS or (
            _first_word(pm.group("subj")).lower() in NON_SUBJECT_OPENERS
            and lead in ("som", "which", "who", "whose")
        ):
            # "Enligt myndighetens prognos, som kom i dag, ...": the relative clause tells
            # about the source, not a fact to check
            main = [(start, pm.end("subj")), (pm.end(), end)]
        elif lead in _DETERMINERS and (
            _first_word(pm.group("subj")).lower() in NON_SUBJECT_OPENERS
            or not _verb_start(text[pm.end() : end], language)[1]
        ):
            pass  # "Och slutligen daghemmet, den bästa lösningen - för ...": no subject + verb
        elif informative and _word_count(par) >= 2 and _parenthetical_states(par, lead, language):
            pieces.extend(_relative_pair(text, pm, language))
            main = [(start, pm.end("subj")), (pm.end(), end)]
    head = main[:-1]
    last_s, last_e = main[-1]
    seg = text[start:end]  # one copy for the substring tests below (`in` parses no offsets)
    # (without a head, the last span is the whole sentence)
    if not head and ("ombord" in seg or "board" in seg):
        aboard = _aboard(text, last_s, last_e, language)
        if aboard:
            return aboard
    clauses = _split_span(text, last_s, last_e, language)
    subject: tuple[int, int] | None = None
    first: tuple[int, int] | None = None  # the first clause, whose subject may be carried
    first_clause: tuple[int, int] | None = None
    for i, (cs, ce) in enumerate(clauses):
        cs, ce = _trim(text, cs, ce)
        if cs >= ce:
            continue
        if i == 0:
            if head:
                pieces.append((*head, (cs, ce)))
                hs, he = head[0]
                subject = (hs, he) if _word_count(text[hs:he]) <= 6 else None
            else:
                pieces.append(((cs, ce),))
                first = first_clause = (cs, ce)
            continue
        if (
            first_clause is not None
            and text[max(0, cs - 5) : cs].split()[-1:] in (["och"], ["and"])
            and _perfect_pair(text[first_clause[0] : first_clause[1]], text[cs:ce], language)
        ):
            m = _PERFECT.search(text, first_clause[0], first_clause[1])
            if m:
                # "Since 2020 the city has | introduced congestion charges"
                pieces.append(((first_clause[0], m.start("part")), (cs, ce)))
                continue
        if _verb_start(text[cs:ce], language)[1]:
            if first is not None:  # found lazily: most sentences never need it
                subject = subject_span(text, first[0], first[1], language)
                first = None
            if subject:
                # "The union rejected the offer and called a strike": the second clause
                # reads "The union called a strike"
                pieces.append((subject, (cs, ce)))
                continue
        pieces.append(((cs, ce),))
    if (" by " in seg or " med " in seg or " from " in seg or " från " in seg) and (
        " to " in seg or " till " in seg
    ):
        pieces = [r for p in pieces for r in _change_and_level(text, p, language)]
    if _PENALTY_CUE.search(text, start, end):
        pieces = [r for p in pieces for r in _penalty(text, p)]
    if " that " in seg or " som " in seg:
        pieces = [r for p in pieces for r in _relative_event(text, p, language)]
    if _DIGIT_HYPHEN.search(text, start, end):
        pieces = [r for p in pieces for r in _measure_adjective(text, p, language)]
    if _has_multiplier_word(seg) and _MULTIPLIER_WORD.search(text, start, end):
        pieces = [r for p in pieces for r in _multiple_of_reference(text, p)]
    if " och på att " in seg or " and to " in seg:
        pieces = [r for p in pieces for r in _second_cause(text, p)]
    if " valu" in seg or " värder" in seg:
        pieces = [r for p in pieces for r in _valuation(text, p, language)]
    if language == "sv" and " respektive " in seg:
        pieces = [r for p in pieces for r in _respektive(text, p)]
    if len(pieces) < 2:
        return pieces  # most sentences: a lone piece is kept whatever its length
    # fold fragments too short to state anything into their neighbour
    merged: list[Piece] = []
    for p in pieces:
        words = sum(_word_count(text[s:e]) for s, e in p)
        if merged and words < 3 and not gapped_owner_figure(text[p[-1][0] : p[-1][1]]):
            prev = merged.pop()
            merged.append((*prev[:-1], (prev[-1][0], p[-1][1])))
        else:
            merged.append(p)
    return merged
