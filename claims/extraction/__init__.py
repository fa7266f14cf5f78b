"""Claim extraction: news text in, atomic check-worthy claims out.

Pure Python, no Django, deterministic, offline. The pipeline is
language -> segment -> decompose -> analyse (quantities, dates, speaker, type, score) ->
filter (headings, bylines, captions, questions, calls to action, quotes with nothing
checkable). Every claim points back at the original text through `start`/`end`.

    >>> from claims.extraction import extract
    >>> [c.text for c in extract("Mötet avslutades efter runt tre timmar.", language="sv")]
    ['Mötet avslutades efter runt tre timmar.']
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field, replace

from .attribution import (
    EN_SPEECH_VERBS,
    SV_SPEECH_VERBS,
    Attribution,
    attribution_head,
    attribution_tail,
    resolve_pronoun,
)
from .classify import (
    checkworthiness,
    claim_type,
    is_evaluative,
    is_not_a_claim,
    is_source_line,
)
from .dates import DateMention, find_dates
from .decompose import (
    FIGURE_THEN_NOUN,
    TIME_LATER_CUES,
    decompose,
    gapped_owner_figure,
    has_core,
    is_finite,
    split_figures,
    time_references,
)
from .language import SUPPORTED, detect_language
from .quantities import Quantity, counted_subject, elided_unit, find_quantities
from .quotes import CHECKABLE_QUOTE, effect_before_cause, is_checkable_quote
from .segment import PARAGRAPH, Sentence, segment

__all__ = [
    "ExtractedClaim",
    "Extraction",
    "Quantity",
    "analyse",
    "detect_language",
    "extract",
    "split_date_header",
]


@dataclass(frozen=True, slots=True)
class ExtractedClaim:
    """One atomic claim. `text` reads on its own; `start`/`end` locate it in the source."""

    text: str
    start: int
    end: int
    type: str
    checkworthiness: float
    speaker: str | None
    quantities: list[Quantity] = field(default_factory=list)
    sentence_start: int = 0
    sentence_end: int = 0
    dates: list[DateMention] = field(default_factory=list)
    quoted: bool = False

    def as_dict(self) -> dict:
        """The JSON shape the CLI and API print."""
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "type": self.type,
            "checkworthiness": self.checkworthiness,
            "speaker": self.speaker,
            "quantities": [q.as_dict() for q in self.quantities],
            "sentence_start": self.sentence_start,
            "sentence_end": self.sentence_end,
            "dates": [d.as_dict() for d in self.dates],
        }


@dataclass(frozen=True, slots=True)
class Extraction:
    language: str
    published: dt.date | None
    claims: list[ExtractedClaim]


_DATE_HEADER = re.compile(r"^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?=\s|$)\s*", re.IGNORECASE)


def split_date_header(text: str) -> tuple[dt.date | None, str]:
    """A leading "date YYYY-MM-DD" metadata header and the body after it.

    Seed files carry the publication date glued before the first sentence; the Django side
    turns it into `Article.published_at`. Returns (None, text) when there is no header.
    """
    date, offset = _date_header(text)
    return date, text[offset:]


def _date_header(text: str) -> tuple[dt.date | None, int]:
    m = _DATE_HEADER.match(text)
    if not m:
        return None, 0
    try:
        return dt.date(int(m.group(1)), int(m.group(2)), int(m.group(3))), m.end()
    except ValueError:
        return None, m.end()


_COUNTED_SUBJECT = re.compile(r"\b(?:antalet|the number of)\s+([^\W\d_]+)", re.IGNORECASE)
_FIRST_PERSON_START = re.compile(r"[\"“”„«»—–\- ]*(?:jag|vi|I|we|our|my|vår|min)\b", re.IGNORECASE)
_DIGIT = re.compile(r"\d")
# Verbs that follow "antalet" / "the number of" when it is the subject of the sentence.
_VERBS_AFTER_COUNT = frozenset(
    [
        "öka",
        "ökar",
        "ökade",
        "ökat",
        "minska",
        "minskar",
        "minskade",
        "minskat",
        "stiga",
        "stiger",
        "steg",
        "stigit",
        "sjunka",
        "sjunker",
        "sjönk",
        "sjunkit",
        "väntas",
        "beräknas",
        "uppgår",
        "uppgick",
        "var",
        "är",
        "blev",
        "blir",
        "har",
        "hade",
        "kan",
        "väntades",
        "rose",
        "rises",
        "rise",
        "fell",
        "falls",
        "fall",
        "increased",
        "increases",
        "decreased",
        "decreases",
        "grew",
        "grows",
        "is",
        "was",
        "has",
        "had",
        "will",
        "could",
        "may",
    ]
)
_QUOTE_OPENERS = frozenset("\"“”„«»'‘")
# "Putin sa:", "Trump told reporters:", "Hon förklarar så här:" (a speech verb, then a colon)
_LEAD_IN_SPEAKER = re.compile(
    rf"(?P<sp>[A-ZÅÄÖ][^,:;]{{0,60}}?)\s+"
    rf"(?:{SV_SPEECH_VERBS}|{EN_SPEECH_VERBS})\b[^:]{{0,60}}:\s*$"
)
MIN_WORDS = 3
# A dateline before the first sentence of a wire story: "LONDON, Nov 5 (Reuters) - ",
# "AREQUIPA, Peru (AP) — ", "STOCKHOLM (TT) – "
_DATELINE = re.compile(
    r"[A-ZÅÄÖ]{2}[A-ZÅÄÖ.'\-]*(?:\s+[A-ZÅÄÖ]{2}[A-ZÅÄÖ.'\-]*){0,2}"
    # a place or date after a comma, an agency in parentheses, or both ("EU - the bloc -"
    # and "NATO - ..." are subjects, not datelines)
    r"(?:,\s+[A-ZÅÄÖ][\w.]*(?:\s+[\w.]+){0,2}?(?:\s+\([A-ZÅÄÖ][\w .&/-]{0,30}\))?"
    r"|\s+\([A-ZÅÄÖ][\w .&/-]{0,30}\))\s*[-—–]\s+(?=\S)"
)
_AND = re.compile(r"\b(?:och|and)\b")
# a quoted question and then who asked it: a question mark, perhaps a closing quotation mark,
# then a lower-case word ("? säger hon", '?" asked one resident')
_QUESTION_THEN_SPEAKER = re.compile(r"\?[”\"»]?\s+[a-zåäö]")
# "X sade att ...", "X said ...": what follows is all reported ("X announced €2m" is an act)
_COMPLEMENT = re.compile(
    r"\b(?:att|that|said|says|told|säger|sade|sa|uppger|uppgav|menar|hävdar|claims|claimed)\b"
)
_TAIL_CUE = re.compile(r",\s+(?:enligt|according|säger|said|says|uppger|told)\b")


def _credit_source(
    claims: list[ExtractedClaim], prev_start: int, text: str, sent: Sentence, rules: str
) -> None:
    """ "Tre personer greps i natt. Det bekräftar polisen för SVT.": the source named by a
    line of its own is the speaker of the claims of the sentence before it that have none."""
    speaker = attribution_head(text, sent.start, sent.end, rules)
    if not speaker:
        return
    for k in range(len(claims) - 1, -1, -1):
        if claims[k].sentence_start != prev_start:
            break
        if claims[k].speaker is None:
            claims[k] = replace(claims[k], speaker=speaker)


def _is_lead_in(text: str, sentences: list[Sentence], i: int) -> bool:
    """Sentence i ends with a colon and another sentence follows in the same paragraph."""
    sent = sentences[i]
    if text[sent.end - 1] != ":" or i + 1 >= len(sentences):
        return False
    return sentences[i + 1].block == sent.block


def extract(
    text: str, language: str | None = None, published: dt.date | None = None
) -> list[ExtractedClaim]:
    """The claims of `text`. `language` is "sv", "en", "auto"/None (detect) or another code
    (handled by the English rules); `published` anchors relative dates ("i går")."""
    return analyse(text, language=language, published=published).claims


def analyse(text: str, language: str | None = None, published: dt.date | None = None) -> Extraction:
    """Like `extract`, but also returns the language used and the publication date (taken
    from a "date YYYY-MM-DD" header when not given)."""
    header_date, body_start = _date_header(text)
    if published is None:
        published = header_date
    if not language or language == "auto":
        language = detect_language(text[body_start:])
    rules = language if language in SUPPORTED else "en"
    blocks, sentences = segment(text, body_start)

    claims: list[ExtractedClaim] = []
    last_named: str | None = None
    block_speaker: dict[int, str] = {}
    tails: dict[int, Attribution] = {}  # attribution tail per sentence index, computed once

    def tail(i: int) -> Attribution:
        att = tails.get(i)
        if att is None:
            sent = sentences[i]
            att = tails[i] = attribution_tail(text, sent.start, sent.end, rules)
        return att

    # Speaker of a quoted paragraph comes from its attribution tail, wherever it sits.
    for i, sent in enumerate(sentences):
        if sent.quoted and sent.block not in block_speaker:
            att = tail(i)
            if att.speaker:
                block_speaker[sent.block] = att.speaker
    # "svarade Trump och fortsatte:" hands the speaker to the next dialogue line
    for bi, block in enumerate(blocks):
        if block.dialogue and bi not in block_speaker and bi > 0:
            prev = blocks[bi - 1]
            if text[prev.start : prev.end].rstrip().endswith(":") and bi - 1 in block_speaker:
                block_speaker[bi] = block_speaker[bi - 1]

    context_unit: str | None = None
    current_block = -1
    lead_speaker: str | None = None  # named by a lead-in ("Putin sa:") for the next quote
    for i, sent in enumerate(sentences):
        if sent.block != current_block:
            current_block = sent.block
            context_unit = None
            lead_speaker = None
            money: str | None = None  # the currency last named in the paragraph
        if blocks[sent.block].kind != PARAGRAPH:
            continue
        sentence_text = text[sent.start : sent.end]
        if is_not_a_claim(sentence_text):  # a question, call to action or photo caption
            if is_source_line(sentence_text) and i > 0 and sentences[i - 1].block == sent.block:
                _credit_source(claims, sentences[i - 1].start, text, sent, rules)
            continue
        if _is_lead_in(text, sentences, i):
            # 'Putin sa: "..."', "Beskedet var tydligt: Det blir ...": what follows the colon
            # is the statement. The lead-in names the speaker of a quotation, and is a claim
            # itself only when it states a figure or a superlative.
            if text[sentences[i + 1].start] in _QUOTE_OPENERS:
                lm = _LEAD_IN_SPEAKER.match(sentence_text)
                lead_speaker = resolve_pronoun(lm.group("sp") if lm else None, last_named)
            if not has_core(sentence_text):
                continue
        if "?" in sentence_text and _QUESTION_THEN_SPEAKER.search(sentence_text):
            continue  # "– Vad gör vi nu? säger hon.", '"Why?" asked one resident.': a question
        att = tail(i)
        body_start = sent.start
        dm = _DATELINE.match(text, sent.start, att.body_end)
        if dm:
            body_start = dm.end()  # "LONDON, Nov 5 (Reuters) - ": where and who, not a claim
        speaker = att.speaker or attribution_head(text, body_start, att.body_end, rules)
        quoted = sent.quoted or bool(
            att.speaker and _FIRST_PERSON_START.match(text, sent.start, att.body_end)
        )
        if quoted and not att.speaker:
            speaker = lead_speaker or block_speaker.get(sent.block, speaker)
        speaker = resolve_pronoun(speaker, last_named)
        if speaker and speaker.lower() not in ("han", "hon", "he", "she", "they", "de"):
            last_named = speaker

        low = sentence_text.lower()
        if "antalet" in low or "the number of" in low:
            cm = _COUNTED_SUBJECT.search(sentence_text)
            # "antalet bostäder" names what is counted; "antalet ökar" does not (a verb),
            # and then the paragraph's earlier counted noun still holds.
            if cm and cm.group(1).lower() not in _VERBS_AFTER_COUNT:
                counted = counted_subject(sentence_text, cm.start(1), rules)
                context_unit = counted or context_unit

        pieces = decompose(text, body_start, att.body_end, rules)
        extra_pieces = [((att.extra[0], att.extra[1]),)] if att.extra else []
        # "för att räntorna har sjunkit och byggkostnaderna har stabiliserats": a cause,
        # comparison or forecast in a quote carries over to the clause coordinated with it
        marked = False
        prev_end = sent.start
        piece_speaker = speaker
        measured: str | None = None  # the unit of this sentence's last measured figure
        said_all: bool | None = None  # whether the sentence reports speech (found once)
        for n, (piece, piece_quoted) in enumerate(
            [(p, quoted) for p in pieces] + [(p, False) for p in extra_pieces]
        ):
            this_speaker = piece_speaker
            if len(pieces) > 1 and n < len(pieces) and not piece_quoted:
                if said_all is None:
                    said_all = bool(att.speaker) or bool(
                        _COMPLEMENT.search(text, pieces[0][0][0], pieces[0][-1][1])
                    )
                piece, this_speaker, piece_speaker = _own_speaker(
                    text, piece, n, rules, piece_speaker, last_named, said_all=said_all
                )
            if not piece_quoted and n < len(pieces) - 1 and this_speaker is None:
                # "Three people were arrested, police said, and two more are sought": a source
                # named in the middle of the sentence speaks for it from there on
                mid = attribution_tail(text, piece[-1][0], piece[-1][1], rules)
                if mid.speaker and mid.body_end > piece[-1][0]:
                    piece = (*piece[:-1], (piece[-1][0], mid.body_end))
                    this_speaker = piece_speaker = resolve_pronoun(mid.speaker, last_named)
            if (
                n > 0
                and claims
                and len(piece) == 1
                and FIGURE_THEN_NOUN.match(text, piece[0][0], piece[0][1])
                and text[claims[-1].end : piece[0][0]].strip(" ,").lower() in ("and", "och")
                and not _FINITE_AFTER_COUNT.search(text, piece[0][0], piece[0][1])
            ):
                # "The army deployed 3,000 soldiers and [the army deployed] 120 boats": a
                # count cut from a list takes the subject and verb of the one before
                lead = _lead(claims[-1], sent, text, piece, rules)
                if lead is not None:
                    piece = (lead, piece[0])
            unit_before = context_unit
            quote_kept = (marked and bool(_AND.search(text, prev_end, piece[0][0]))) or (
                # "Colleges have dropped courses because they cannot afford them": the effect
                # of a cause the quotation states is told with it
                piece_quoted
                and n + 1 < len(pieces)
                and effect_before_cause(
                    text[piece[0][0] : piece[-1][1]],
                    text[pieces[n + 1][0][0] : pieces[n + 1][0][1]],
                    rules,
                )
            )
            claim, context_unit = _analyse_piece(
                text,
                piece,
                sent,
                rules,
                published,
                this_speaker,
                piece_quoted,
                context_unit,
                quote_kept=quote_kept,
                context=text[sent.start : att.body_end],
            )
            later = (
                claim is not None
                and len(claim.quantities) == 1
                and any(w in claim.text for w in TIME_LATER_CUES)
            )
            if claim is not None and (len(claim.quantities) >= 2 or later):
                # two figures that are separate facts are two claims
                figures = [(q.start, q.end, q.unit) for q in claim.quantities]
                if later:
                    figures += time_references(text, piece[-1][0], piece[-1][1])
                parts = split_figures(
                    text,
                    piece,
                    figures,
                    rules,
                    lead=_lead(claims[-1], sent, text, piece, rules) if claims else None,
                    dates=[(d.start, d.end) for d in claim.dates],
                )
                if len(parts) > 1:
                    claims.extend(
                        c
                        for c in _analyse_parts(
                            text,
                            parts,
                            sent,
                            rules,
                            published,
                            this_speaker,
                            piece_quoted,
                            unit_before,
                            quote_kept,
                            text[sent.start : att.body_end],
                        )
                    )
                    claim = None
            marked = bool(piece_quoted and claim is not None and CHECKABLE_QUOTE.search(claim.text))
            prev_end = piece[-1][1]
            if claim is not None:
                # "asked for 15 years, while the defence sought no more than five"
                measured, money = elided_unit(text, claim.quantities, measured, piece[-1][1], money)
                claims.append(claim)
    return Extraction(language=language, published=published, claims=claims)


_WORD = re.compile(r"\S+")
_SOURCE = re.compile(r"(?:,\s+|^)(?:according\s+to|enligt|Enligt|According\s+to)\s")


def _names_source(sentence: str) -> bool:
    """`_SOURCE.search(sentence)`, asked of every piece: most sentences hold neither word,
    which two substring tests tell before the scan."""
    return ("nligt" in sentence or "ccording" in sentence) and bool(_SOURCE.search(sentence))


# "and 12 homes were lost": a count with a verb of its own is a clause, not a list item
_FINITE_AFTER_COUNT = re.compile(
    r"\b(?:was|were|is|are|has|have|had|will|would|could|can|did|var|är|blev|blir|har|hade|"
    r"kommer|ska|kan|kunde|[a-z]{3,}ed|[a-zåäö]{3,}(?:ades|des|tes))\b"
)
_OF_BEFORE_FIGURE = frozenset(["of", "på", "om"])
_ARTICLE_WORDS = frozenset(["a", "an", "the", "en", "ett", "den", "det"])


def _lead(
    prev: ExtractedClaim,
    sent: Sentence,
    text: str,
    piece: tuple[tuple[int, int], ...],
    rules: str = "en",
) -> tuple[int, int] | None:
    """The subject and verb of the claim before, in the same sentence and joined by "and" or a
    comma ("The report recorded 187,400 cases and [recorded] 3,120 deaths ..."): its text up
    to its first figure. None when the claim before is elsewhere or has no figure."""
    if prev.sentence_start != sent.start or not prev.quantities or len(piece) > 1:
        return None
    between = text[prev.end : piece[0][0]].strip(" ,").lower()
    if between not in ("", "and", "och"):
        return None
    first = min(q.start for q in prev.quantities)
    if not prev.start < first <= prev.end or len(text[prev.start : first].split()) < 2:
        return None
    end = first
    while end > prev.start and text[end - 1].isspace():
        end -= 1
    words = list(_WORD.finditer(text, prev.start, end))
    if len(words) > 2 and words[-1].group(0).lower() in _OF_BEFORE_FIGURE:
        # "will have total assets of [€1.1 trillion]": the noun belongs to the first figure;
        # the lead is the subject and verb ("The merged bank will have")
        verbs = [w for w in words[:-1] if is_finite(w.group(0).lower(), rules)]
        if not verbs:
            return None
        end = verbs[-1].end()
    elif words and words[-1].group(0).lower() in _ARTICLE_WORDS:
        return None  # "battled a [40-kilometre front]": the figure is inside a noun phrase
    return prev.start, end


def _analyse_parts(
    text, parts, sent, rules, published, speaker, quoted, context_unit, quote_kept, context
):
    """The claims of the pieces one piece was cut into, one figure each."""
    out = []
    for part in parts:
        claim, context_unit = _analyse_piece(
            text,
            part,
            sent,
            rules,
            published,
            speaker,
            quoted,
            context_unit,
            quote_kept=quote_kept,
            context=context,
        )
        if claim is not None:
            out.append(claim)
    return out


def _own_speaker(
    text: str,
    piece: tuple[tuple[int, int], ...],
    n: int,
    rules: str,
    speaker: str | None,
    last_named: str | None,
    *,
    said_all: bool = True,
) -> tuple[tuple[tuple[int, int], ...], str | None, str | None]:
    """The speaker of piece n of a sentence: (piece, its speaker, the speaker for the pieces
    after it). "X, enligt polisen, medan ...": a tail inside the piece names its speaker and
    is cut off. "..., medan Peskov sade att ...": a later piece opening with a speaker names
    it for itself and the pieces that follow. When the speaker was only the subject of the
    first clause ("The EU announced €2m in aid, and the US pledged $1m"; `said_all` false),
    a later clause with a subject of its own has no speaker unless it names one."""
    ps, pe = piece[-1]
    if _TAIL_CUE.search(text, ps, pe):
        tail = attribution_tail(text, ps, pe, rules)
        if tail.speaker:
            return (
                (*piece[:-1], (ps, tail.body_end)),
                resolve_pronoun(tail.speaker, last_named),
                speaker,
            )
    if n:
        own = attribution_head(text, ps, pe, rules)
        if own:
            speaker = resolve_pronoun(own, last_named)
        elif not said_all and len(piece) == 1:
            speaker = None
    return piece, speaker, speaker


def _analyse_piece(
    text: str,
    piece: tuple[tuple[int, int], ...],
    sent: Sentence,
    rules: str,
    published: dt.date | None,
    speaker: str | None,
    quoted: bool,
    context_unit: str | None,
    *,
    quote_kept: bool = False,
    context: str | None = None,
) -> tuple[ExtractedClaim | None, str | None]:
    """The claim of one piece (None when it states nothing to check) and the counted noun
    for the next piece. `quoted` pieces need something checkable; `quote_kept` marks a
    quoted piece kept because the piece before it states a cause, comparison or forecast."""
    # str.split() and the regex \s agree on what whitespace is: this collapses every run
    words = (
        text[piece[0][0] : piece[0][1]]
        if len(piece) == 1
        else " ".join(text[s:e] for s, e in piece)
    ).split()
    if len(words) < MIN_WORDS and not (
        # "... och pojkarna 215,6": an owner and its figure, the verb left out (gapping)
        len(words) == 2 and len(piece) == 1 and gapped_owner_figure(" ".join(words))
    ):
        return None, context_unit
    piece_text = " ".join(words)
    if len(words) <= 9 and is_evaluative(words):
        return None, context_unit  # "Kommunen är inte ensam.": a stance, nothing to check
    if (
        quoted
        and not quote_kept
        and not _DIGIT.search(piece_text)
        and not has_core(piece_text)
        and not is_checkable_quote(words, rules)
    ):
        return None, context_unit
    quantities: list[Quantity] = []
    dates: list[DateMention] = []
    for s, e in piece:
        found = find_quantities(text, s, e, rules, context_unit=context_unit)
        quantities.extend(found)
        for q in found:
            counted = q.unit == "person" or (
                q.unit and q.unit.replace(" ", "").isalpha() and q.unit.islower()
            )
            if counted and q.unit not in (
                "percent",
                "percentage_point",
                "hour",
                "minute",
                "second",
                "day",
                "week",
                "month",
                "year",
            ):
                context_unit = q.unit
        dates.extend(find_dates(text, s, e, published))
    ctype = claim_type(
        piece_text,
        quoted=quoted,
        # "..., according to police", "Enligt SMHI ...": a source vouches for the content,
        # which keeps its own type (an event, not a quote) when nothing else fits
        speaker=None if not quoted and _names_source(text[sent.start : sent.end]) else speaker,
        quantities=quantities,
        dates=dates,
        published=published,
    )
    score = checkworthiness(
        piece_text,
        ctype=ctype,
        quoted=quoted,
        speaker=speaker,
        quantities=quantities,
        dates=dates,
        language=rules,
        context=context,  # the model's words: those of the sentence, as it is fitted
    )
    start = piece[0][0]
    if len(piece) > 1:
        # a carried subject ("The union ... and [the union] called a strike") is in the text,
        # but the span covers the clause itself and every figure and date it states
        start = min([piece[-1][0], *(q.start for q in quantities), *(d.start for d in dates)])
    claim = ExtractedClaim(
        text=piece_text,
        start=start,
        end=piece[-1][1],
        type=ctype,
        checkworthiness=score,
        speaker=speaker,
        quantities=quantities,
        sentence_start=sent.start,
        sentence_end=sent.end,
        dates=dates,
        quoted=quoted,
    )
    return claim, context_unit
