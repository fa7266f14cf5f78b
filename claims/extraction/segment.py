"""Split news text into blocks (paragraphs, headings, bylines, captions) and sentences.

Every span is a pair of character offsets into the original text, so claims can always point
back at their source. The sentence splitter is one regex for candidate boundaries plus an
abbreviation check: "kl. 14.30", "t.ex.", "Mr.", "U.S.", "No. 10" do not end sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

HEADING = "heading"
BYLINE = "byline"
CAPTION = "caption"
PARAGRAPH = "paragraph"


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level unit: `kind` is paragraph, heading, byline or caption."""

    kind: str
    start: int
    end: int
    dialogue: bool = False  # starts with a dash: "— Vi ser ..., säger X."
    dateline_end: int | None = None  # "LONDON, April 26 — " is skipped up to here


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    block: int  # index into the block list
    quoted: bool  # starts inside a direct quotation or a dash-dialogue line


# Abbreviations that never end a sentence (a name, number or noun follows them).
NEVER_FINAL = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "mt",
        "gen",
        "sen",
        "rep",
        "gov",
        "lt",
        "col",
        "sgt",
        "capt",
        "rev",
        "hon",
        "no",
        "nos",
        "nr",
        "kl",
        "ca",
        "c:a",
        "t.ex",
        "bl.a",
        "s.k",
        "d.v.s",
        "dvs",
        "f.d",
        "p.g.a",
        "pga",
        "jfr",
        "resp",
        "fr.o.m",
        "t.o.m",
        "vol",
        "fig",
        "art",
        "nr",
        "pp",
        "ch",
        "vs",
        "e.g",
        "i.e",
        "cf",
        "approx",
        "dir",
        "tel",
        "ex",
        "mm",
        "cm",
        "km",
        "kg",
        "resp.",
        "jr.",
        "sr.",
        "ave",
        "blvd",
        "mme",
        "mlle",
        "hr",
        "fru",
        "sk",
        "s:t",
        "ung.",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "okt",
        "nov",
        "dec",
    ]
)
# Abbreviations that end a sentence only when a typical sentence opener follows.
AMBIGUOUS = frozenset(
    [
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "inc",
        "ltd",
        "co",
        "corp",
        "jr",
        "sr",
        "etc",
        "osv",
        "o.s.v",
        "m.m",
        "m.fl",
        "a.m",
        "p.m",
        "kr",
        "plc",
        "llc",
        "ab",
        "bros",
        "mfl",
    ]
)
SENTENCE_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "it",
        "he",
        "she",
        "they",
        "we",
        "i",
        "this",
        "that",
        "these",
        "those",
        "in",
        "on",
        "at",
        "but",
        "and",
        "so",
        "yet",
        "after",
        "before",
        "when",
        "while",
        "for",
        "there",
        "his",
        "her",
        "their",
        "its",
        "our",
        "my",
        "as",
        "if",
        "however",
        "meanwhile",
        "det",
        "den",
        "de",
        "han",
        "hon",
        "vi",
        "jag",
        "detta",
        "denna",
        "dessa",
        "i",
        "på",
        "men",
        "och",
        "så",
        "när",
        "efter",
        "innan",
        "enligt",
        "under",
        "för",
        "där",
        "hans",
        "hennes",
        "deras",
        "dess",
        "man",
        "nu",
        "sedan",
        "också",
    ]
)

_CANDIDATE = re.compile(r"[.!?…]+[\"”»’')\]]*(?=\s+[„\"“”«»'‘(\[—–\-]?\s*[A-ZÅÄÖÉÜ0-9])")
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_NEXT_WORD = re.compile(r"\s+[„\"“”«»'‘(\[—–\-]?\s*(\S+)")
_DASH_START = re.compile(r"[ \t]*[—–\-][ \t]+")
_DATELINE = re.compile(
    r"[A-ZÅÄÖ][A-ZÅÄÖ.'\- ]{1,40}(?:\s*\([A-Za-z]+\))?"
    r"(?:,\s*[A-Z][A-Za-z.]*\.?){0,2}"
    r"(?:,?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[a-zåäö]{3,9}))?"
    r"\s*[—–\-]{1,2}\s+"
)
_BYLINE = re.compile(
    r"^(?:(?:By|Av|Text:?|Written by|Reporting by)\s+[A-ZÅÄÖ][^.!?]{0,80}"
    r"|[A-ZÅÄÖ][\w.'\-]+(?:\s+[A-ZÅÄÖ][\w.'\-]+){0,3}\s*/\s*[A-Z][\w]+"
    r"(?:\s*/\s*[A-Z]\w+)?)$"
)
_CAPTION = re.compile(
    r"(?:\(\s*(?:Photo|Foto|Bild|Image|Picture|Illustration)\b[^)]*\)"
    r"|\b(?:Photo|Foto|Bild|Photograph|Image|Illustration|Picture)\s*:\s*[^.!?]{1,80}"
    r"|\((?:AP|AFP|Reuters|TT)\s+Photo[^)]*\))\s*$"
)
_TERMINAL = re.compile(r"[.!?…:;\"”»’)]\s*$")
_WORD = re.compile(r"\w+")


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines separate, and so does a line break after a line that
    ends a sentence or looks like a heading. A line that continues in lower case is a hard
    wrap and is joined to the previous line."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        ls, le = pos, line_end
        while ls < le and text[ls].isspace():
            ls += 1
        while le > ls and text[le - 1].isspace():
            le -= 1
        if ls == le:
            if cur_start >= 0:
                spans.append((cur_start, cur_end))
                cur_start = -1
        elif cur_start >= 0 and text[ls].islower() and not _TERMINAL.search(text, 0, cur_end):
            cur_end = le
        else:
            if cur_start >= 0:
                spans.append((cur_start, cur_end))
            cur_start, cur_end = ls, le
        if nl < 0:
            break
        pos = nl + 1
    if cur_start >= 0:
        spans.append((cur_start, cur_end))
    return spans


def classify_block(text: str, start: int, end: int) -> str:
    """heading, byline, caption or paragraph."""
    chunk = text[start:end]
    if len(chunk) <= 120 and _BYLINE.match(chunk):
        return BYLINE
    if _CAPTION.search(chunk):
        return CAPTION
    if not _TERMINAL.search(chunk) and len(_WORD.findall(chunk)) <= 25:
        return HEADING
    return PARAGRAPH


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation run ending at `after` (starting at `dot`) ends a
    sentence, looking at the token before it and the word after it."""
    if text[dot] != ".":
        return True
    tm = _TOKEN_BEFORE.search(text, max(0, dot - 20), dot + 1)
    if not tm:
        return True
    token = tm.group(1).lstrip("(\"“”„«»'[").lower()
    bare = token.rstrip(".")
    nm = _NEXT_WORD.match(text, after)
    next_word = nm.group(1) if nm else ""
    if len(bare) == 1 and bare.isalpha():
        return False  # an initial: "J. Smith"
    if bare in NEVER_FINAL:
        return False
    if bare in AMBIGUOUS or ("." in bare and bare.replace(".", "").isalpha() and len(bare) <= 6):
        return next_word.strip('"“”„«»(').lower() in SENTENCE_OPENERS
    return True


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph."""
    spans = []
    s = start
    for m in _CANDIDATE.finditer(text, start, end):
        if m.end() >= end:
            break
        if _is_boundary(text, m.start(), m.end()):
            spans.append((s, m.end()))
            s = m.end()
            while s < end and text[s].isspace():
                s += 1
    if s < end:
        spans.append((s, end))
    return spans


_QUOTE_CHARS = frozenset('"“”„«»')


def segment(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Block], list[Sentence]]:
    """Blocks and sentences of text[start:end] (offsets into `text`)."""
    end = len(text) if end is None else end
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    for ps, pe in split_paragraphs(text, start, end):
        kind = classify_block(text, ps, pe)
        dialogue = bool(_DASH_START.match(text, ps, pe))
        dateline_end = None
        body_start = ps
        if kind == PARAGRAPH and not dialogue:
            dm = _DATELINE.match(text, ps, pe)
            if dm and dm.group(0).split()[0].strip(",").replace(".", "").isupper():
                dateline_end = dm.end()
                body_start = dm.end()
        if dialogue:
            body_start = _DASH_START.match(text, ps, pe).end()
        bi = len(blocks)
        blocks.append(Block(kind, ps, pe, dialogue, dateline_end))
        if kind != PARAGRAPH:
            continue
        in_quote = False
        for ss, se in split_sentences(text, body_start, pe):
            first = text[ss] if ss < se else ""
            quoted = dialogue or in_quote or first in _QUOTE_CHARS
            sentences.append(Sentence(ss, se, bi, quoted))
            for ch in text[ss:se]:
                if ch in _QUOTE_CHARS:
                    in_quote = not in_quote
    return blocks, sentences
