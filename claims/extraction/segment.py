"""Split news text into blocks (paragraphs, headings, bylines, captions) and sentences.

Every span is a pair of character offsets into the original text, so claims can always point
back at their source. The sentence splitter is one regex for candidate boundaries plus an
abbreviation check: "kl. 14.30", "t.ex.", "Mr.", "U.S.", "No. 10" do not end sentences. A
footnote number stays with the sentence before it, a list marker ("7.") opens the sentence
after it, and a second regex finds run-in headings: a line without final punctuation joined
to the sentence after it ("Familjen som ideal Vi kan ...").

Speed: every scan is a compiled regex over the text (lines, candidate boundaries, quote
marks); Python code runs once per line and once per candidate boundary, never per character.
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


# Abbreviations that never end a sentence, whatever follows (a word, name or number follows).
NEVER_FINAL = frozenset(
    [
        "ca",
        "c:a",
        "kl",
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
        "e.g",
        "i.e",
        "cf",
        "approx",
        "vs",
        "mme",
        "mlle",
        "s:t",
        "ang",
        "inkl",
        "exkl",
        "a.k.a",
        "aka",
    ]
)
# Titles before a name ("Dr. Jones", "Sen. Warren"). Those in TITLES_CAPITALIZED count only
# when written with a capital: in lower case they are ordinary Swedish words ("säger hon.",
# "kom för sen.", "en gen.", "5 st.", "han rev.").
TITLES = frozenset(
    {"mr", "mrs", "ms", "dr", "prof", "mt", "lt", "sgt", "capt", "cpt", "supt", "insp"}
    | {"messrs", "adm", "brig", "cmdr", "cdr", "gov"}
)
TITLES_CAPITALIZED = frozenset(
    ["hon", "sen", "gen", "rep", "col", "rev", "st", "maj", "fr", "pres", "sec"]
)
# Abbreviations that stand before a number ("No. 10", "nr. 5", "Jan. 2024", "art. 3",
# "s. 14"): not final when a digit follows, ordinary words otherwise ("the answer was no.").
BEFORE_NUMBER = frozenset(
    [
        "no",
        "nos",
        "nr",
        "vol",
        "fig",
        "art",
        "pp",
        "ch",
        "tel",
        "kap",
        "p",
        "s",
        "sid",
        "ed",
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
# Abbreviations of four or more letters that a lower-case word may follow ("milj. kronor").
LOWER_CASE_ABBREVIATIONS = frozenset(
    [
        "milj",
        "forts",
        "inkl",
        "exkl",
        "prel",
        "ungef",
        "approx",
        "dept",
        "govt",
        "corp",
        "univ",
        "assoc",
        "sept",
        "febr",
        "tisd",
        "onsd",
        "torsd",
        "lörd",
        "sönd",
        "månd",
        "proc",
        "tills",
        "ordf",
        "avd",
        "ekon",
        "stud",
    ]
)
# Abbreviations that close a list: a capitalized word after them starts a new sentence.
LIST_ENDERS = frozenset(["etc", "osv", "o.s.v", "m.m", "m.fl", "mfl", "usw", "m.a.o"])
# "a.m."/"p.m." end a sentence before a capitalized word that is no time zone.
CLOCK_SUFFIXES = frozenset(["a.m", "p.m"])
TIME_ZONE_WORDS = frozenset(
    ["eastern", "pacific", "central", "mountain", "local", "british", "greenwich", "atlantic"]
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
        "kr",
        "plc",
        "llc",
        "ab",
        "bros",
        "ex",
    ]
)
# Every abbreviation the rules of _is_boundary look up (one look-up spares them for plain words)
_LISTED = (
    NEVER_FINAL | TITLES | TITLES_CAPITALIZED | BEFORE_NUMBER | LIST_ENDERS | CLOCK_SUFFIXES
) | AMBIGUOUS
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
        "by",
        "with",
        "from",
        "during",
        "since",
        "until",
        "one",
        "some",
        "many",
        "most",
        "all",
        "both",
        "several",
        "other",
        "others",
        "what",
        "why",
        "how",
        "who",
        "also",
        "then",
        "still",
        "now",
        "today",
        "yesterday",
        "last",
        "next",
        "according",
        "despite",
        "although",
        "though",
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
        "vid",
        "av",
        "om",
        "som",
        "till",
        "med",
        "från",
        "även",
        "dessutom",
        "därför",
        "här",
        "då",
        "ett",
        "en",
        "alla",
        "många",
        "flera",
        "båda",
        "samtidigt",
        "igår",
        "idag",
    ]
)

_OPEN = "„\"“”«»'‘(\\[—–\\-"
# One character class leads the pattern, so the regex engine skips straight to punctuation.
# The lower-case branch is a full stop after a plain word in an unedited text ("... av de
# manliga. år 1970 beräknar man ..."); _is_boundary decides both branches.
_CANDIDATE = re.compile(
    r"[.!?…:][.!?…]*[\"”»’')\]]*"
    rf"(?=\s+[{_OPEN}]?\s*[A-ZÅÄÖÉÜ0-9]|[ \t]+[a-zåäöéü])"
)
_TOKEN_BEFORE = re.compile(r"(\S+)$")
_TOKEN_THEN_SPACE = re.compile(r"(\S+)\s+$")
_NEXT_WORD = re.compile(rf"\s+([{_OPEN}]?)\s*(\S+)")
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
_CAPTION_TAIL = 240  # a caption credit sits in the last characters of its block
_TERMINAL_CHARS = frozenset('.!?…:;"”»’)')
_TERMINAL = re.compile(r"[.!?…:;\"”»’)]\s*$")
_WORD = re.compile(r"\w+")
_LINE = re.compile(r"\S(?:[^\n]*\S)?")  # a line without its surrounding blanks
_QUOTE_MARK = re.compile('["“”„«»]')
_QUOTE_CHARS = frozenset('"“”„«»')
_HEADING_MAX_WORDS = 25
# A list or footnote marker ("7.", "12.", "IV.") is no sentence of its own: it opens the next.
_MARKER = re.compile(r"(?:\d{1,3}|[IVX]{1,4})\.")
# After a colon: a numbered item ("följande: 1. Skatten ...") and a capitalized definite noun
# (-en, -et, -arna, genitive -ens ...) before a lower-case word that does not continue a list
# ("tydligt: Regeringen sänker ..." but not "två frågor: Bostaden och jobbet").
_NUMBERED_ITEM = re.compile(r"\s+\d{1,3}\.\s+[\"“”„«'A-ZÅÄÖ]")
_DEFINITE_NOUN_CLAUSE = re.compile(
    r"\s+[A-ZÅÄÖ][a-zåäö]{2,}(?:en|et|ens|ets|arna|erna|orna|arnas|ernas|ornas)"
    r"\s+(?!(?:och|eller|samt)\b)[a-zåäö]"
)
# A footnote reference after a sentence end ("... utveckling. 7 Nästa mening", "... slut. 7
# 7. Se Rabin ...") belongs to the sentence it annotates: a bare number of one to three digits
# before a capitalized word, the note's own "7." or the end of the paragraph (never "3 000").
_NOTE_REF = re.compile(r"\s+\d{1,3}(?=\s+(?:[A-ZÅÄÖ]|\d{1,3}\.\s)|\s*$)")
# A run-in heading: a line without final punctuation that the text joins to the sentence after
# it ("Familjen som ideal Vi kan ..."). Swedish writes pronouns, question words and sentence
# adverbs in lower case inside a sentence, so a capitalized one after a lower-case word, early
# in a sentence and before a lower-case word, starts a new sentence. Titles of works and names
# also start with such words ("filmen Det sjunde inseglet", "Isle of Man is", "Men in Black",
# "the Han dynasty", "Oscar De la Hoya"), so a pronoun must be followed by what a Swedish
# clause puts second, its verb ("Vi kan", "Det byggs", "Man har"): a verb or function word of
# the list, or for the pronouns that are no English words, any word in -r or -s (present
# tense, passive). Question words, conjunctions, sentence adverbs and the prepositions that are
# no English words ("När", "Därför", "Och", "Genom") need no verb; "I", "Med" and "Till" (also
# English) need a Swedish determiner or noun of the list after them ("I dag", "Med tanke på").
_RUN_IN_ADVERBS = (
    "När|Därför|Dessutom|Samtidigt|Även|Också|Många|Flera|Efter|Sedan|Enligt|Vad|Hur|Varför"
    "|Vilka|Vilken|Vilket|Varje|Numera|Och|Som|Ofta|Ibland|Därefter|Slutligen|Först|Alltså"
    "|Dock|Eftersom|Medan|Innan|Trots|Genom|Inom|Bland|Hos|Av|Mot|Utan|Mellan|Från|Vid|För|På"
)
_RUN_IN_PREPOSITIONS = "I|Med|Till"
_SWEDISH_DETERMINER = (
    "en|ett|det|den|de|detta|denna|dessa|många|flera|alla|vissa|andra|varje|sin|sitt|sina"
    "|hans|hennes|deras|vår|vårt|våra|dag|dagens|början|slutet|samma|hela|stället|samband"
    "|fråga|fjol|framtiden|praktiken|princip|synnerhet|allmänhet|regel|hjälp|tanke|hänsyn"
)
_RUN_IN_PRONOUNS = "Vi|Jag|Hon|De|Den|Det|Detta|Denna|Dessa"
_RUN_IN_AMBIGUOUS = "Man|Men|Han|Om|Under|Nu|Alla|Här|Där|Då|Så"  # English or name words too
_SWEDISH_SECOND = (
    "är|var|har|hade|kan|kunde|ska|skall|skulle|måste|bör|borde|får|fick|vill|ville|blir|blev"
    "|finns|fanns|menar|anser|säger|sade|sa|brukar|talar|vet|tror|tycker|gör|gjorde|kommer|kom"
    "|gick|gav|tog|såg|stod|låg|det|den|de|detta|dessa|man|vi|jag|hon|han|om|när|att|inte"
    "|också|även|ofta|alltid|nu|flesta|här"
)
# One alternation over the first letters of the words, each with its own fixed-width look back
# at the lower-case word before it, so the regex engine skips straight to those letters and
# yields only the rare hits; the word after is checked in Python.
_RUN_IN_WORDS = (
    f"{_RUN_IN_ADVERBS}|{_RUN_IN_PRONOUNS}|{_RUN_IN_AMBIGUOUS}|{_RUN_IN_PREPOSITIONS}".split("|")
)
_RUN_IN = re.compile(
    "(?:"
    + "|".join(
        f"{c}(?<=[a-zåäöéü\\d] {c})(?:"
        + "|".join(sorted((w[1:] for w in _RUN_IN_WORDS if w[0] == c), key=len, reverse=True))
        + ")"
        for c in sorted({w[0] for w in _RUN_IN_WORDS})
    )
    + ") (?=[a-zåäö])"
)
_RUN_IN_NEXT = {
    **dict.fromkeys(_RUN_IN_ADVERBS.split("|"), re.compile("")),
    **dict.fromkeys(
        _RUN_IN_PRONOUNS.split("|"), re.compile(rf"(?:{_SWEDISH_SECOND}|[a-zåäö]+[rs])\b")
    ),
    **dict.fromkeys(_RUN_IN_AMBIGUOUS.split("|"), re.compile(rf"(?:{_SWEDISH_SECOND})\b")),
    **dict.fromkeys(_RUN_IN_PREPOSITIONS.split("|"), re.compile(rf"(?:{_SWEDISH_DETERMINER})\b")),
}
# A heading does not end in a function word: "programledaren för På spåret" is a title.
_NO_HEADING_END = frozenset(
    {"för", "i", "på", "av", "med", "om", "till", "från", "mot", "vid", "under", "över"}
    | {"efter", "och", "eller", "att", "som", "en", "ett", "den", "det", "de"}
    | {"the", "a", "an", "of", "in", "on", "at", "to", "for", "and", "or", "with", "by", "from"}
)
# News introduces the title of a work or the name of a group by its kind ("filmen Om det
# oändliga", "barnboken Efter regnet", "föreningen Vi har ..."): after a word ending so, a
# capitalized opener starts a name.
_TITLE_NOUN_ENDINGS = tuple(
    {"gruppen", "föreningen", "organisationen", "partiet", "nätverket", "kampanjen"}
    | {"rörelsen", "bandet", "filmen", "boken", "romanen", "pjäsen", "serien", "programmet"}
    | {"låten", "sången", "albumet", "skivan", "dikten", "novellen", "utställningen"}
    | {"föreställningen", "dokumentären", "podden", "tidningen", "tidskriften", "operan"}
    | {"musikalen", "showen", "verket", "titeln"}
)
_RUN_IN_REACH = 120  # a run-in heading sits in the first characters of its sentence
_RUN_IN_MAX_WORDS = 12
_HEADING_STOPS = frozenset('.,;:!?()[]"”»“„«')


def split_paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Paragraph spans: blank lines separate, and so does a line break after a line that
    ends a sentence or looks like a heading. A line that continues in lower case is a hard
    wrap and is joined to the previous line."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    cur_start = cur_end = -1
    for m in _LINE.finditer(text, start, end):
        ls, le = m.span()
        if cur_start >= 0:
            gap_blank = text.count("\n", cur_end, ls) >= 2
            if not gap_blank and text[ls].islower() and text[cur_end - 1] not in _TERMINAL_CHARS:
                cur_end = le  # a hard-wrapped line continues the paragraph
                continue
            spans.append((cur_start, cur_end))
        cur_start, cur_end = ls, le
    if cur_start >= 0:
        spans.append((cur_start, cur_end))
    return spans


def classify_block(text: str, start: int, end: int) -> str:
    """heading, byline, caption or paragraph."""
    if end - start <= 120 and _BYLINE.match(text[start:end]):
        return BYLINE
    if _CAPTION.search(text, max(start, end - _CAPTION_TAIL), end):
        return CAPTION
    if text[end - 1] not in _TERMINAL_CHARS if end > start else True:
        # no closing punctuation: a heading unless it runs on like a paragraph
        for n, _ in enumerate(_WORD.finditer(text, start, end), 1):
            if n > _HEADING_MAX_WORDS:
                return PARAGRAPH
        return HEADING
    return PARAGRAPH


def _is_boundary(text: str, dot: int, after: int) -> bool:
    """Decide whether the punctuation run text[dot:after] ends a sentence, looking at the
    token before it and the word after it."""
    ch = text[dot]
    nm = _NEXT_WORD.match(text, after)
    opener, next_word = (nm.group(1), nm.group(2)) if nm else ("", "")
    if next_word[:1].islower():
        # lower case follows: a boundary only after one full stop that ends a plain word
        if ch != "." or after - dot != 1 or opener:
            return False
        tm = _TOKEN_BEFORE.search(text, max(0, dot - 30), dot)
        token = tm.group(1).lstrip("(\"“”„«»'[").lower() if tm else ""
        return len(token) >= 4 and token.isalpha() and token not in LOWER_CASE_ABBREVIATIONS
    if ch == ":":
        # "... så här: 'Det tycks ...'", "Beskedet var tydligt: Det blir ...": a colon ends a
        # sentence before a quotation, a sentence opener or a numbered item ("följande: 1.
        # Barnen ..."), not before a list or a name.
        if after - dot != 1:
            return False
        if next_word[:1].isdigit() and _NUMBERED_ITEM.match(text, after):
            return True
        if opener and opener in "\"“”„«»'‘":
            return next_word[:1].isupper()
        if next_word.lower() in SENTENCE_OPENERS:
            return next_word[:1].isupper()
        # Swedish capitalizes after a colon only a sentence, a quotation or a name, so a
        # capitalized definite noun before a lower-case word starts a sentence ("Beskedet var
        # tydligt: Regeringen sänker ...", "... vi vårdar: Individens rätt ..."); not after a
        # label of one or two words ("Källa: Skatteverket i Stockholm")
        if not (next_word[:1].isupper() and _DEFINITE_NOUN_CLAUSE.match(text, after)):
            return False
        lead = text[max(0, dot - 40) : dot]
        cut = max(lead.rfind(c) for c in ".!?\n")
        if cut < 0 and dot > 40:
            return True  # no sentence start in the last 40 characters: no label
        return len(lead[cut + 1 :].split()) > 2
    if ch != ".":
        return True
    # the token the full stop ends (what `(\S+)$` finds in the same slice, which ends with the
    # non-blank full stop): the text after the slice's last blank
    raw = text[max(0, dot - 20) : dot + 1].rsplit(None, 1)[-1].lstrip("(\"“”„«»'[")
    token = raw.lower()
    bare = token.rstrip(".")
    if not bare:
        return True
    if len(bare) == 1 and bare.isalpha():
        # an initial ("J. Smith", "A. I. Rabin") or a one-letter abbreviation ("s. 14"); a
        # capital letter after a lower-case word can end a sentence ("vitamin C. Det ...")
        if not raw[:1].isupper() or not nm:
            return False
        before = _TOKEN_THEN_SPACE.search(text, max(0, dot - 40), max(0, dot - 1))
        return (
            before is not None
            and before.group(1)[:1].islower()
            and next_word.lower() in SENTENCE_OPENERS
        )
    if bare not in _LISTED and "." not in bare:
        return True  # a plain word (most full stops): none of the rules below applies
    if bare in NEVER_FINAL:
        return False
    if bare in TITLES or (bare in TITLES_CAPITALIZED and raw[:1].isupper()):
        return False
    if bare in BEFORE_NUMBER and next_word[:1].isdigit():
        return False
    if bare in LIST_ENDERS:
        return next_word[:1].isupper()
    if bare in CLOCK_SUFFIXES:
        # "at 9 a.m. Police said ..." ends; "at 9 a.m. ET", "a.m. Eastern time" do not
        word = next_word.strip('"“”„«»(').rstrip(".,;:")
        return (
            word[:1].isupper()
            and not (word.isupper() and len(word) <= 4)
            and word.lower() not in TIME_ZONE_WORDS
        )
    if bare in AMBIGUOUS or ("." in bare and bare.replace(".", "").isalpha() and len(bare) <= 6):
        return next_word.strip('"“”„«»(').lower() in SENTENCE_OPENERS
    return True


def split_sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans inside one paragraph."""
    spans = []
    s = start
    for m in _CANDIDATE.finditer(text, start, end):
        e = m.end()
        if e >= end:
            break
        if e <= s or not _is_boundary(text, m.start(), e):
            continue
        if e - s <= 5 and _MARKER.fullmatch(text, s, e):
            continue  # "7. Se Rabin ...": the marker opens the sentence after it
        if text[e + 1 : e + 2].isdigit():
            note = _NOTE_REF.match(text, e, end)
            e = note.end() if note else e
        spans.append((s, e))
        s = e
        while s < end and text[s].isspace():
            s += 1
    if s < end:
        spans.append((s, end))
    heads = _run_in_starts(text, start, end)
    return _cut_run_in_headings(text, spans, heads) if heads else spans


def _run_in_starts(text: str, start: int, end: int) -> list[int]:
    """Where a capitalized Swedish sentence opener follows a lower-case word (rare inside a
    sentence, so one scan of the paragraph usually finds nothing)."""
    starts = []
    for m in _RUN_IN.finditer(text, start + 2, end):
        h = m.start()
        if _RUN_IN_NEXT[m.group()[:-1]].match(text, m.end()):
            before = text[max(text.rfind(" ", start, h - 1) + 1, start) : h - 1].lower()
            if before not in _NO_HEADING_END and not before.endswith(_TITLE_NOUN_ENDINGS):
                starts.append(h)
    return starts


def _cut_run_in_headings(
    text: str, spans: list[tuple[int, int]], heads: list[int]
) -> list[tuple[int, int]]:
    """Cut a run-in heading off the sentence it starts: a short capitalized stretch without
    punctuation before the opener."""
    out = []
    for s, e in spans:
        for h in heads:
            if s < h < e and h - s <= _RUN_IN_REACH and text[s].isupper():
                head = text[s : h - 1]
                if len(head.split()) <= _RUN_IN_MAX_WORDS and _HEADING_STOPS.isdisjoint(head):
                    out.append((s, h - 1))
                    s = h
                break
        out.append((s, e))
    return out


def segment(
    text: str, start: int = 0, end: int | None = None
) -> tuple[list[Block], list[Sentence]]:
    """Blocks and sentences of text[start:end] (offsets into `text`)."""
    end = len(text) if end is None else end
    blocks: list[Block] = []
    sentences: list[Sentence] = []
    for ps, pe in split_paragraphs(text, start, end):
        kind = classify_block(text, ps, pe)
        dash = _DASH_START.match(text, ps, pe)
        dialogue = dash is not None
        dateline_end = None
        body_start = ps
        if kind == PARAGRAPH and not dialogue:
            dm = _DATELINE.match(text, ps, pe)
            if dm and dm.group(0).split()[0].strip(",").replace(".", "").isupper():
                dateline_end = dm.end()
                body_start = dm.end()
        if dash is not None:
            body_start = dash.end()
        bi = len(blocks)
        blocks.append(Block(kind, ps, pe, dialogue, dateline_end))
        if kind != PARAGRAPH:
            continue
        in_quote = False
        for ss, se in split_sentences(text, body_start, pe):
            quoted = dialogue or in_quote or text[ss] in _QUOTE_CHARS
            sentences.append(Sentence(ss, se, bi, quoted))
            if len(_QUOTE_MARK.findall(text, ss, se)) % 2:
                in_quote = not in_quote
    return blocks, sentences
