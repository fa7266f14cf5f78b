"""Parentheticals and appositives after the subject: "The plant, which opened in 1974,
employs ...", "Reaktor 3, landets största, stängdes ...", "De två männen, 21 och 23 år
gamla, döms ...".

A parenthetical that states a figure, a rank or an event of its own is a claim of its own
(with its subject) and the sentence reads on without it; one that only says which thing is
meant (an age, a definition, "där" without a figure) stays out of the claims. Separate from
the clause split because it is decided once, from a match at the start of the sentence,
before the clause split runs over what is left.
"""

from __future__ import annotations

import re

from .words import (
    _APPOSITIVE_HEADS,
    _LIST_AND,
    _RELATIVE_ADVERBS,
    _SUPERLATIVE_WORDS,
    _SV_DEFINITE,
    Piece,
    _is_finite,
    _verb_start,
    _word_count,
    has_core,
)

# after a comma inside a list of names: "av Socialdemokraterna, Centerpartiet och Miljöpartiet"
_LIST_ITEM_AHEAD = r"\s+[A-ZÅÄÖ][^,\s]*(?:\s+[A-ZÅÄÖ][^,\s]*)?(?:,|\s+(?:och|and|or|eller|samt)\s)"
_PARENTHETICAL = re.compile(
    r"(?P<subj>(?:[^,]|,(?=\d{3}\b)){2,60}?),\s+"
    r"(?P<par>(?P<lead>som|which|who|whose|där|where|på|i|in|at|on|vid|ranked|[a-z]+ed|"
    # "The duties, of between 10% and 25%, ...": the size of what the subject names
    r"of(?=\s+(?:between|about|around|up\s+to|some|\d|[$£€]))|"
    r"alltså|dvs\.?|d\.v\.s\.|det vill säga|i\.e\.|that is"
    # "The strike, the largest in 30 years, closed ...": an appositive stating a rank
    r"|(?:the|its|their|den|det|dess|deras)(?=\s+(?:\S+\s+){0,2}?"
    rf"(?:{_SUPERLATIVE_WORDS}|{_APPOSITIVE_HEADS})\b)"
    # "Reactor 3, the country's largest, ...", "Ringhals 4, landets största reaktor, ..."
    rf"|[^\W\d_]{{2,}}(?:s|['’]s)(?=\s+(?:\S+\s+)?(?:{_SUPERLATIVE_WORDS})\b))\b"
    rf"(?:[^,]|,(?=\d)|,(?={_LIST_ITEM_AHEAD})){{3,140}}?),(?!{_LIST_ITEM_AHEAD})\s+(?=\S)"
)
# "The two men, aged 21 and 23, were ...", "Kvinnan, 34 år, greps ...": ages in apposition
_AGE_APPOSITIVE = re.compile(
    r"(?P<subj>[^,\d]{2,60}?),\s+(?:aged\s+)?\d{1,3}(?:\s+(?:och|and)\s+\d{1,3})?"
    r"(?:\s+år(?:\s+gamla|\s+gammal)?)?,\s+(?=\S)"
)
_DETERMINERS = frozenset(["the", "its", "their", "den", "det", "dess", "deras"])
_DEFINITION_LEADS = frozenset(
    {"alltså", "dvs", "dvs.", "d.v.s.", "det vill säga", "i.e.", "that is"}
)
_RELATIVE_LEADS = frozenset(["som", "which", "who", "whose", "där", "where"])
_OBJECT_RELATIVE_SUBJECTS = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "his",
        "her",
        "our",
        "this",
        "these",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "you",
        "den",
        "det",
        "de",
        "en",
        "ett",
        "han",
        "hon",
        "vi",
        "jag",
        "man",
        "du",
        "ni",
        "dess",
        "deras",
        "hans",
        "hennes",
        "sin",
        "sitt",
        "sina",
    ]
)


def _parenthetical_states(par: str, lead: str, language: str) -> bool:
    """A parenthetical between commas is a claim of its own when it states a figure or a rank,
    or when it is a relative clause whose verb follows the pronoun ("which provides ...",
    "som leds av ..."). "which the Bank watches closely" (the pronoun is the object) and a
    bare participle ("managed by the ICG") only describe the subject."""
    if has_core(par):
        return True
    if lead in ("där", "where"):
        # "I region 3, där bland annat Göteborg ingår, ...", "In the north, where most of the
        # mines are, ...": without a figure the clause only says which place is meant
        return False
    if lead in _RELATIVE_LEADS:
        words = par.split()[1:4]
        while words and words[0].lower() in _RELATIVE_ADVERBS:
            words = words[1:]
        if not words:
            return False
        w = words[0].strip('"“”„«»')
        low = w.lower()
        if _is_finite(low, language):
            return True
        # the pronoun is the object when a subject follows it: a determiner or pronoun, a
        # name, or a Swedish definite noun ("som regeringen presenterade")
        return not (
            low in _OBJECT_RELATIVE_SUBJECTS
            or w[:1].isupper()
            or (language == "sv" and len(low) > 4 and low.endswith(_SV_DEFINITE))
        )
    # a bare participle ("managed by ...") describes; other leads ("ranked", a place) inform
    return not lead.endswith("ed")


def _relative_pair(text: str, pm: re.Match, language: str) -> list[Piece]:
    """The piece of a parenthetical ("The plant, which opened in 1974") or, when a relative
    clause coordinates two verbs ("The plant, which opened in 1974 and employs about 240
    people, ..."), two: the second carries the subject ("The plant employs about 240
    people"), as a coordinated main clause does."""
    start, par_end = pm.start(), pm.end("par")
    if pm.group("lead").lower() in ("som", "which", "who"):
        for m in _LIST_AND.finditer(text, pm.start("par"), par_end):
            left = text[pm.start("par") : m.start()]
            right = text[m.end() : par_end]
            if (
                _word_count(left) >= 3
                and _word_count(right) >= 2
                and _verb_start(right, language)[1]
                and (has_core(left) or has_core(right))
            ):
                return [((start, m.start()),), ((start, pm.end("subj")), (m.end(), par_end))]
    return [((start, par_end),)]
