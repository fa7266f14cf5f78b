"""Who a statement is attributed to: "säger X", "enligt X", "X uppger att", "said X",
"according to X", and the closing "säger Putin" of a dash-dialogue line.

An attribution tail is cut off the claim text (it is not part of the fact) and becomes the
claim's speaker; a relative clause after the speaker ("säger Putin, som också varnar ...")
is itself a statement and is handed back so it can become a claim of its own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from .trie_regex import alternation

SV_SPEECH_VERBS = (
    "säger|sade|sa|skriver|skrev|uppger|uppgav|meddelar|meddelade|rapporterar|rapporterade|"
    "berättar|berättade|menar|förklarar|förklarade|svarar|svarade|konstaterar|konstaterade|"
    "hävdar|hävdade|framhåller|tillägger|tillade|fortsätter|fortsatte|bekräftar|bekräftade|"
    "varnar|varnade|betonar|betonade|understryker|skriver|visar|visade|kräver|krävde"
)
EN_SPEECH_VERBS = (
    "said|says|told|added|wrote|writes|reported|reports|explained|warned|stated|noted|"
    "announced|claimed|argued|insisted|confirmed|tweeted|posted"
)
# lower-case groups that speak in news: "police said", "polisen uppger"
SPEAKER_NOUNS = frozenset(
    [
        "police",
        "officials",
        "authorities",
        "prosecutors",
        "investigators",
        "researchers",
        "analysts",
        "experts",
        "witnesses",
        "organisers",
        "organizers",
        "doctors",
        "scientists",
        "economists",
        "residents",
        "polisen",
        "myndigheten",
        "åklagaren",
        "forskarna",
        "experterna",
        "kommunen",
        "regeringen",
        "bolaget",
        "företaget",
    ]
)
PRONOUNS = frozenset(["han", "hon", "de", "den", "det", "he", "she", "they", "it", "we", "vi"])

# `..., säger Sofia Berglund, utredare på SCB.` / `..., enligt Bloomberg.`
_SV_TAIL = re.compile(
    # "– Vad gör vi då? säger hon.": a question or exclamation mark stands for the comma
    rf"(?:,|[?!”\"»]|\s[—–])\s*[”\"»]?\s*(?:(?:{SV_SPEECH_VERBS})\s+(?:också\s+)?|enligt\s+)"
    r"(?P<rest>[^\s,.].*?)\s*[.!?:]*[\"”»]?\s*$"
)
# `..." Ms. Whitfield told analysts.` / `..., the London Ambulance Service said.`
_EN_GROUPS = "|".join(
    sorted(
        [w for w in SPEAKER_NOUNS if w.isascii()]
        + [
            "company",
            "ministry",
            "government",
            "agency",
            "department",
            "council",
            "court",
            "army",
            "military",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "statement",
            "report",
            "firm",
            "union",
            "bank",
            "airline",
            "hospital",
            "regulator",
            "committee",
            "commission",
            "board",
            "ministry",
            "group",
        ]
    )
)
_EN_TAIL_AFTER = re.compile(
    rf"(?:,|[”\"])\s*[”\"]?\s*(?P<rest>(?:[Tt]he\s+)?(?:[A-Z]|(?:he|she|they|we)\b)[^,\"”]{{0,60}}?"
    # "..., officials said", "..., the company said"
    rf"|(?:the\s+)?(?:[a-z]+\s+)?(?:{_EN_GROUPS})"
    # '"...," the head teacher said': right after a quotation, any short noun phrase
    r"|(?<=[”\"]\s)(?:the|a|an)\s+[a-z][\w'’-]+(?:\s+[a-z][\w'’-]+){0,3})"
    # "..., police have said", "..., the union has said": the perfect tense too
    rf"\s+(?:(?:have|has|had)\s+)?(?:{EN_SPEECH_VERBS})"
    r"\b(?P<trail>[^\"”]{0,60}?)\s*[.!?]?\s*$"
)
# `..., said race director Helen Marsh.` / `..., according to Reuters.`
_EN_TAIL_BEFORE = re.compile(
    rf"(?:,|[”\"])\s*[”\"]?\s*(?:(?:{EN_SPEECH_VERBS})\s+|according\s+to\s+)"
    r"(?P<rest>[^\s,.][^\"”]*?)\s*[.!?]?\s*$"
)
_SV_HEAD_ENLIGT = re.compile(r"^(?:Enligt|According to)\s+(?P<rest>[^,]{2,80})")
_SV_HEAD_INVERTED = re.compile(
    rf"\b(?:{SV_SPEECH_VERBS})\s+(?P<sp>[A-ZÅÄÖ][\w\-]+(?:\s+[A-ZÅÄÖ][\w\-]+)*"
    r"|[a-zåäö]{3,}(?:en|et|na))\s+"  # "I ett pressmeddelande skriver bolaget att ..."
    r"(?:också\s+|även\s+)?(?:till\s+\S+\s+)?(?:för\s+|om\s+)?att\b"
)
# "Det bekräftar Trafikverkets presschef Anna Ek för SVT.": the speaker of what was just said
_SV_HEAD_DET = re.compile(
    rf"^(?:Det|Detta|Så)\s+(?:{SV_SPEECH_VERBS})\s+(?:också\s+|även\s+)?"
    r"(?P<sp>[^,.]{2,80}?)(?:\s+(?:för|till|i|på|vid)\s+[^,.]{2,40})?\s*[.!]?$"
)
# "In a statement, the company said ...", "On Tuesday, police said ..."
_EN_LEAD_IN = re.compile(
    r"^(?:In|On|At|During|After|Later|Earlier|Speaking|Separately|Meanwhile)\b[^,]{0,40},\s+"
)
# "Trump beskriver mötet som ”mycket produktivt”", "Putin described the talks as constructive"
_DESCRIBE_HEAD = re.compile(
    r"^(?P<sp>[^,]{2,70}?)\s+(?:beskriver|beskrev|kallar|kallade|betecknar|betecknade|"
    r"describes|described|calls|called|characteri[sz]ed)\s+[^,]{2,90}?\s+(?:som|as)\s+\S"
)


def _describe_head(chunk: str) -> re.Match | None:
    """_DESCRIBE_HEAD.match(chunk), run only when one of its verbs is in the chunk."""
    if (
        "beskr" in chunk
        or "kalla" in chunk
        or "beteckna" in chunk
        or "describ" in chunk
        or "call" in chunk
        or "characteri" in chunk
    ):
        return _DESCRIBE_HEAD.match(chunk)
    return None


_SV_HEAD = re.compile(
    rf"^(?P<sp>[^,]{{2,90}}?)(?:,\s*(?P<app>[^,]{{2,80}}),)?\s+(?:{SV_SPEECH_VERBS})"
    r"(?:\s+(?:också|även|nu|tidigare))?"
    r"(?:\s+(?:till|på|i|under|inför|för)\s+\S+(?:\s+\S+)?)?\s+(?:att|sig)\b"
)
_EN_HEAD = re.compile(
    rf"^(?P<sp>[^,]{{2,90}}?)(?:,\s*(?P<app>[^,]{{2,80}}),)?\s+"
    rf"(?:{EN_SPEECH_VERBS}|expects|expect|estimates|predicts)"
    r"\b(?:\s+\w+)?(?:\s+on\s+\w+day)?"
)
# "svarade Trump och fortsatte:", "said Ms Lee and added": the speaker ends before the verb
_CUT_SPEAKER = re.compile(
    r"\s+(?:(?:till|to|on|in|at|during|under|på|i|vid|efter|after)\s+"
    r"|(?:och|and)\s+[a-zåäö]+(?:ade|te|de|ed)\b"
    # "en ny rapport från Socialstyrelsen som presenterades i dag": the relative clause goes
    r"|(?:som|which|who|that)\s).*$"
)
_SPEECH_VERB = re.compile(rf"\b(?:{SV_SPEECH_VERBS}|{EN_SPEECH_VERBS})\b")
_DIGIT = re.compile(r"\d")
# Every tail and head pattern needs a speech verb (the Swedish ones followed by white space),
# "enligt" or "according": one scan for those words, which `re` skips to in C (the pattern
# opens with a letter), rules out most sentences before the patterns' slower scans.
_SV_SAID = re.compile(rf"(?:{alternation([*SV_SPEECH_VERBS.split('|'), 'enligt'])})\s")
_EN_SAID = re.compile(
    alternation(
        [*EN_SPEECH_VERBS.split("|"), "according", "expects", "expect", "estimates", "predicts"]
    )
)
_SPLIT_COMPOUND = re.compile(r"\S+-\s+(?:och|and|eller|or)\s+\S+")
_SV_DEFINITE = ("erna", "arna", "orna", "na", "en", "et")
# ", police said, and two more are being sought": a clause after the source, which is no
# tail (the clause split then names the source of the first clause)
_NEXT_CLAUSE = re.compile(r",\s+(?:medan|men|while|whereas|but|and)\s")
_CLAUSE_START = re.compile(r"(?:att|om|hur|när|that|if|how|when)\b", re.IGNORECASE)
_CLAUSE_WORDS = re.compile(r"\b(?:is|are|was|were|has|have|had|will|would|did|does)\b")
_RELATIVE = re.compile(r",\s*(?:som|who|which)\s+")
# "säger till TT att", "told the BBC that": the listener before what is said
_TO_LISTENER = re.compile(r"^(?:till|för|to)\s+(?:the\s+)?\S+\s+", re.IGNORECASE)
# "Statistiska centralbyrån", "Brottsförebyggande rådet (Brå)": a name may go on with one
# lower-case word in the definite form
_CAP_RUN = re.compile(
    r"[A-ZÅÄÖ][\w\-:’'.]*(?:\s+(?:[A-ZÅÄÖ(][\w\-:’'.)]*|of|för|och|and))*"
    r"(?:\s+[a-zåäö]{3,}(?:et|en|na|ån)\b(?:\s+\([A-ZÅÄÖ][\w\-]*\))?)?"
)


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: str | None
    body_end: int  # claim text stops here (the attribution tail is cut off)
    extra: tuple[int, int] | None  # "Putin, som också varnar ..." span, a statement itself


def _clean_speaker(raw: str) -> str | None:
    sp = raw.strip(' ,.:;"”»“')
    sp = _CUT_SPEAKER.sub("", sp)
    sp = sp.split(",")[0].strip()
    if not sp or len(sp) > 80:
        return None
    return sp


_PERFECT_FIGURE = re.compile(
    r"(?:redan\s+|nu\s+|already\s+|now\s+)?(?:har|hade|has|have|had)\s+"
    r"(?:(?:redan|nu|också|already|now|also)\s+)?[a-zåäö]{3,}(?:t|ed|d)\s[^.]*\d",
    re.IGNORECASE,
)


def attribution_tail(text: str, start: int, end: int, language: str) -> Attribution:
    """A speaker named at the end of a sentence, and where the claim text should stop."""
    chunk_start = max(start, end - 160)
    chunk = text[chunk_start:end]
    if not (
        "," in chunk
        or '"' in chunk
        or "”" in chunk
        or "»" in chunk
        or "—" in chunk
        or "–" in chunk
        or "?" in chunk
        or "!" in chunk
    ):
        return Attribution(None, end, None)  # every tail pattern opens with one of these
    if not (_SV_SAID if language == "sv" else _EN_SAID).search(chunk):
        return Attribution(None, end, None)  # no speech verb, "enligt" or "according"
    patterns = (_SV_TAIL,) if language == "sv" else (_EN_TAIL_BEFORE, _EN_TAIL_AFTER)
    for pat in patterns:
        m = pat.search(chunk)
        if not m:
            continue
        rest = m.group("rest")
        rest_start = chunk_start + m.start("rest")
        if rest_start - start < 12 or _CLAUSE_START.match(_TO_LISTENER.sub("", rest, count=1)):
            # ", säger att domen överklagas", ", säger till TT att ...": what is said, not who
            # says it
            continue
        if _NEXT_CLAUSE.search(rest):
            continue  # ", enligt polisen, medan arrangörerna ...": a tail of the first clause

        if (
            pat is _EN_TAIL_AFTER
            and rest[:1].islower()
            and rest.split()[0] not in PRONOUNS
            and (len(m.group("trail").split()) > 3 or _DIGIT.search(m.group("trail")))
        ):
            continue  # "On Tuesday, police said 14 people ...": the statement follows

        extra = None
        rm = _RELATIVE.search(rest)
        if rm:
            # "säger Putin, som också varnar Ukraina ..." -> speaker Putin + a statement
            speaker_text = rest[: rm.start()]
            tail_clause = rest[rm.end() :]
            if _SPEECH_VERB.search(tail_clause) or (
                # "..., enligt förbundet, som redan har sålt 3 000 biljetter": what the source
                # has done, with a figure, is a fact of its own
                _PERFECT_FIGURE.match(tail_clause)
            ):
                # (a figure alone tells about the speaker: "..., som var på väg hem med sina
                # två barn")
                extra = (rest_start, chunk_start + m.end("rest"))
        else:
            speaker_text = rest
            if len(rest.split()) > 10:
                continue  # a clause, not a name: "..., sa han och tillade att ..."
        if (
            pat is _EN_TAIL_BEFORE
            and (
                # "..., according to the police": an institution, named or not ("according to
                # three officials", anonymous sourcing, stays part of the claim)
                not (
                    any(ch.isupper() for ch in speaker_text)
                    or ("according" in m.group(0) and speaker_text.lower().startswith("the "))
                    # '"...," said the head teacher': after a quotation, a noun phrase speaks
                    or (
                        m.group(0).lstrip(", ")[:1] in '"”'
                        and speaker_text.lower().startswith(("the ", "a ", "an "))
                    )
                )
                or _CLAUSE_WORDS.search(speaker_text)
            )
        ):
            continue  # "..., said staff shortages were the cause": a clause, not a name
        speaker = _clean_speaker(speaker_text)
        if speaker is None:
            continue
        body_end = chunk_start + m.start()
        while body_end > start and text[body_end - 1] in " \t,":
            body_end -= 1
        return Attribution(speaker, body_end, extra)
    return Attribution(None, end, None)


def attribution_head(text: str, start: int, end: int, language: str) -> str | None:
    """A speaker named at the start: "Enligt SMHI ...", "X uppger att ...", "X said ..."."""
    chunk = text[start : min(end, start + 200)]
    m = _SV_HEAD_ENLIGT.match(chunk)
    if m:
        rest = m.group("rest")
        if rest[:4].lower() == "the ":
            rest = rest[4:]
        cap = _CAP_RUN.match(rest)
        if cap:
            return cap.group(0).strip()
        compound = _SPLIT_COMPOUND.match(rest)
        if compound:
            return compound.group(0)  # "Enligt hälso- och sjukvårdslagen ..."
        return rest.split()[0]  # "Enligt regeringens bedömning ..." -> "regeringens"
    if language == "sv":
        # both speech-verb patterns end in "att" (or "sig"): most chunks hold neither, and a
        # substring test spares them the two scans
        verb = _SV_SAID.search(chunk) is not None  # (all three need one)
        said = verb and ("att" in chunk or "sig" in chunk)
        m = (said and _SV_HEAD_INVERTED.search(chunk)) or (verb and _SV_HEAD_DET.match(chunk))
        if m:
            return _clean_speaker(m.group("sp"))
        m = (said and _SV_HEAD.match(chunk)) or _describe_head(chunk)
    else:
        lead = _EN_LEAD_IN.match(chunk)
        if lead:
            chunk = chunk[lead.end() :]
        m = (_EN_SAID.search(chunk) and _EN_HEAD.match(chunk)) or _describe_head(chunk)
    if m:
        sp = m.group("sp").strip()
        if sp.split()[-1].lower() in ("were", "was", "is", "are", "been", "blev", "var"):
            return None  # passive: "Residents were told to stay indoors"
        app = m.groupdict().get("app")
        if (
            app
            and _NAMED_APPOSITIVE.fullmatch(app.strip())
            and not any(c.isupper() for c in sp[1:])
        ):
            # "His coach, Peter Ngeno, said ...", "Hennes advokat, Sara Lind, säger att ..."
            return app.strip()
        if len(sp.split()) <= 8 and (any(c.isupper() for c in sp) or sp.lower() in PRONOUNS):
            return sp
        words = sp.lower().split()
        if len(words) <= 4 and (words[0] in ("the", "a", "an") or words[-1] in SPEAKER_NOUNS):
            return sp  # "the company said", "police said"
        if language == "sv" and len(words) == 1 and sp.isalpha() and sp.endswith(_SV_DEFINITE):
            return sp  # "arrangörerna uppger att", "utredningen konstaterar att"
    return None


# a personal name given as an appositive: two to four capitalised words
_NAMED_APPOSITIVE = re.compile(r"[A-ZÅÄÖ][\w\-.']+(?:\s+[A-ZÅÄÖ][\w\-.']+){1,3}")


def resolve_pronoun(speaker: str | None, last_named: str | None) -> str | None:
    """ "säger hon" / "She said" -> the last named speaker, when there is one."""
    if speaker and speaker.lower() in PRONOUNS:
        return last_named or speaker
    return speaker
