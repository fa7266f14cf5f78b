"""Claim type, check-worthiness, and what is not a claim at all.

Types follow DESIGN.md (after Full Fact's taxonomy). The check-worthiness score is a small
logistic model over words and cues that fact-checkers use (figures, dates, comparisons,
named sources, first-person talk, opinion), fitted offline on ClaimBuster by
bench/fit_checkworthiness.py; the weights are a plain dict in checkworthy_weights.py, so
scoring is a handful of dict look-ups per claim (the words are those of the whole sentence,
summed once per sentence; the cue part is cached by its inputs).

What is not a claim is decided per sentence on one lower-cased copy (`is_not_a_claim`):
questions, calls to action and advice (imperative openers, also after a short lead-in,
"For more ..." pointers, advice to "du"/"you" or to the public at large) and photo captions
that name positions in the picture.
"""

from __future__ import annotations

import datetime as dt
import itertools
import math
import re

from .checkworthy_weights import BIAS, WEIGHTS, WORD_LENGTH
from .dates import DateMention
from .decompose import _SUPERLATIVE_ENDINGS, SUPERLATIVES
from .lowercase import lower_same_length
from .quantities import Quantity

QUANTITY = "quantity"
COMPARISON = "comparison"
EVENT = "event"
QUOTE = "quote"
PREDICTION = "prediction"
CAUSAL = "causal"
RULE = "rule"
OTHER = "other"


def _words(*groups: str) -> list[str]:
    return [w for group in groups for w in group.split("|")]


# Every cue the type rules and the check-worthiness model look at. Exact words and phrases
# (lower case, single spaces) and word prefixes are compiled into ONE prefix-factored
# alternation that is scanned once per claim; the matched text is looked up in a dict. The
# few cues that are not plain words (a year after "sedan", "-aste" endings, "förbud" inside
# a compound, a capitalised name, "I") get small regexes that start with a literal or a
# character class, which `re` scans quickly; nothing starts with \w+.
_EXACT: dict[str, tuple[str, ...]] = {}
_PREFIX: dict[str, str] = {}


def _add(cue: str, words: list[str]) -> None:
    for w in words:
        _EXACT[w] = (*_EXACT.get(w, ()), cue)


_add(
    "causal",
    _words(
        "på grund av|p g a|pga|konsekvens|konsekvenser|konsekvenserna|fått följder|"
        "följderna av|effekten av|bidrog till|bidragit till|utlöste|eftersom|till följd av|"
        "ledde till|leder till|orsaka|orsakade|orsakas|orsakat|beror på|berodde på",
        "consequence|consequences|contributed to|triggered|sparked|because|due to|caused|"
        "causes|led to|leads to|as a result|resulted in|owing to|driven by|blamed on|thanks to|"
        "hit by|weighed down by|dragged down by",
    ),
)
_add(
    "prediction",
    _words(
        "kommer att|ska|skall|väntas|förväntas|planerar|planer|beräknas|bedöms|bedömning|"
        "lovar|nästa år",
        "will|expect|expects|expected|plan to|plans to|planned|forecast|forecasts|is set to|"
        "are set to|going to|would|projected|aim to|aims to|intend to|intends to|next year|"
        "capable of|could reach",
    ),
)
# "tre gånger så hög som", "twice as many as", "five times higher": a comparison even
# though it states a figure
_add(
    "multiple",
    [f"gånger {w}" for w in _words("så|större|högre|fler|mer|lägre|mindre")]
    + [
        f"times {w}"
        for w in _words("as|more|higher|larger|bigger|greater|lower|smaller|fewer|less")
    ]
    + _words("dubbelt så|hälften så|twice as|half as"),
)
# "more than half of", "en tredjedel av": a share, i.e. a quantity
_add(
    "fraction",
    [
        f"{w} av"
        for w in _words(
            "hälften|halva|tredjedel|tredjedelen|tredjedelar|fjärdedel|fjärdedelen|"
            "fjärdedelar|majoriteten"
        )
    ]
    + [f"{w} of" for w in _words("half|a third|two thirds|a quarter|three quarters|the majority")]
    # "varav knappt hälften till ...": a qualified half is a share ("less than half the rate"
    # is a comparison in English, so only Swedish)
    + [
        f"{q} {h}"
        for q in _words("knappt|drygt|nästan|över|närmare|omkring|ungefär|runt|cirka")
        for h in ("hälften", "halva")
    ],
)
_add("superlative", sorted(SUPERLATIVES))
_add(
    "rule",
    _words(
        "lag|lagen|lagar|lagstiftning|regler|regeln|regelverk|olaglig|olagligt|tillåtet",
        "law|laws|ban|bans|banned|rules|regulation|regulations|illegal|legislation|statute|"
        "mandatory",
    ),
)
_add(
    "comparison",
    _words(
        "än|jämfört|dubbelt|före|fler|färre|samma period|första|gånger så",
        "than|compared|twice|double|ahead of|record|first|times as",
    ),
)
_add(
    "opinion",
    _words(
        "tycker|anser|tror|hoppas|känner|borde|bör|måste|misslyckande",
        "think|believe|feel|hope|should|must|ought|great|terrible|wonderful|amazing|awful|"
        "failure|disgrace|shame",
    ),
)
_add(
    "first_person",
    _words(
        "jag|vi|oss|vår|vårt|våra|mig|mitt|mina",
        "we|our|my|me|we've|we're|we'll|we'd|i'm|i've|i'll|i'd",
        "we’ve|we’re|we’ll|we’d|i’m|i’ve|i’ll|i’d",
    ),
)
_add("swedish", _words("och|att|som|det|med|inte|har|till|ett|av|om|sig"))
for _prefix, _cue in (
    ("prognos", "prediction"),
    ("rekord", "comparison"),
    ("tredubbl", "comparison"),
    ("direktiv", "rule"),
    ("förordning", "rule"),
    ("obligatorisk", "rule"),
    ("fantastisk", "opinion"),
    ("underbar", "opinion"),
):
    _PREFIX[_prefix] = _cue

# a cause named after "by"/"av" with a word or two between: "driven largely by", "drivna
# främst av" (the phrases themselves are cues above)
_CAUSE_PARTICIPLES = frozenset(
    ["driven", "fuelled", "fueled", "spurred", "prompted", "drivet", "drivna", "orsakad"]
)
_DIGITS = re.compile(r"\d\d*")  # "\d+", opening with its class so `re` skips ahead in C
_DIGIT = re.compile(r"\d")
_SINGLE = {w: c for w, c in _EXACT.items() if " " not in w}
_SINGLE_KEYS = frozenset(_SINGLE)
# multi-word phrases by their first word: looked for only when that word occurs
_PHRASES: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
for _w, _c in _EXACT.items():
    if " " in _w:
        _PHRASES.setdefault(_w.split(" ", 1)[0], []).append((f" {_w} ", _c))
_PHRASE_KEYS = frozenset(_PHRASES)
_PREFIXES = tuple(_PREFIX)
# words (with a clitic: "we've", "don't") and digit runs, which read "0"
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W\d_]+)?")
_TOKEN_NO_CLITIC = re.compile(r"[^\W_]+")  # the same tokens when there is no apostrophe


def _plain_tokens(text: str) -> list[str]:
    """`_TOKEN_NO_CLITIC.findall(text)`, about twice as fast: its runs of letters and digits
    never cross white space, so a whitespace-separated word that is all letters and digits
    (`str.isalnum`, the same test as the pattern's class) is one token as it stands, and only
    words with punctuation in them ("covid-19", "said,") go through the pattern."""
    out: list[str] = []
    for word in text.split():
        if word.isalnum():
            out.append(word)
        else:
            out += _TOKEN_NO_CLITIC.findall(word)
    return out


# the capital first, then the look-behind (a character before it that is no space or "("):
# a pattern that opens with a character class lets `re` skip ahead in C to each capital
_NAME = re.compile(r"[A-ZÅÄÖ](?<![^\s(][A-ZÅÄÖ])[\w\-]{2,}")
# "\bI\b" and "\bus\b" with the word first and the boundary before it as a look-behind: a
# pattern that opens with a literal is scanned for in C, one that opens with \b is tried
# at every position of the text (and "i" is in most Swedish claims)
_CAPITAL_I = re.compile(r"I\b(?<!\wI)")
_LOWER_US = re.compile(r"us\b(?<!\wus)")
_SINCE_YEAR = re.compile(r"\b(?:sedan|since)\s+\d{4}")
_AFTER_START = ("after ", "efter att ", "efter det att ", "sedan ", "as ")
# verbs that make an "after ..." clause the reason for a change
_AFTER_VERBS = frozenset(
    ["took", "came", "trädde", "infördes", "was", "were", "had", "blev", "började", "began"]
)
# "at least 12", "most of them", "last year", "de senaste tre månaderna": these words are
# superlatives only after a determiner and not before a time word ("the most popular",
# "den sista överlevande")
_WEAK_SUPERLATIVES = frozenset(["least", "most", "last", "sista"])
# "the latest figures", "den senaste mätningen": the newest, not a rank
_NEWEST = frozenset(["latest", "senaste"])
_STRONG_SUPERLATIVES = SUPERLATIVES - _WEAK_SUPERLATIVES - _NEWEST
_DETERMINERS = frozenset(
    ["the", "its", "their", "his", "her", "our", "den", "det", "de", "sin", "sitt", "sina"]
)
_TIME_WORDS = frozenset(
    [
        "year",
        "years",
        "week",
        "weeks",
        "month",
        "months",
        "night",
        "time",
        "times",
        "season",
        "quarter",
        "decade",
        "century",
        "day",
        "days",
        "minute",
        "minutes",
        "hour",
        "hours",
        "år",
        "året",
        "åren",
        "vecka",
        "veckan",
        "veckorna",
        "månad",
        "månaden",
        "månaderna",
        "tiden",
        "gången",
        "dygnet",
        "dagarna",
        "timmarna",
        "säsongen",
        "kvartalet",
    ]
)


def _weak_superlative(toks: list[str]) -> bool:
    for i, t in enumerate(toks):
        if (
            t in _WEAK_SUPERLATIVES
            and i > 0
            # "the most", or after a genitive: "Wales's most visited museum"
            and (toks[i - 1] in _DETERMINERS or toks[i - 1].endswith(("'s", "’s")))
        ):
            following = toks[i + 1 : i + 3]
            if not following or (
                following[0] not in _TIME_WORDS
                and (len(following) < 2 or following[1] not in _TIME_WORDS)
            ):
                return True
    return False


def cues(text: str) -> frozenset[str]:
    """Names of the cues in `text`.

    One tokenisation, then word-set look-ups: single words by set intersection, phrases
    only when their first word occurs, prefixes and endings by `str.startswith/endswith`
    once per new word (known plain words are skipped by a set difference); regexes only for
    a capitalised name, "I"/"us" and a year after "since". Recent results are kept, because
    the type and the score of a claim, and the pieces of one sentence with the sentence as
    their context, look at the same texts one after the other.
    """
    return _analysed(text)[0]


def _token_cues(t: str) -> tuple[str, ...]:
    """Cues a single token carries by its beginning or ending ("rekordhöga", "största")."""
    out: tuple[str, ...] = ()
    if t.startswith(_PREFIXES):
        out += (_PREFIX[next(p for p in _PREFIXES if t.startswith(p))],)
    if (
        t.endswith(_SUPERLATIVE_ENDINGS)
        and len(t) > 4
        and t not in _WEAK_SUPERLATIVES
        and t not in _NEWEST
    ):
        out += ("superlative",)
    return out


# Tokens already known to carry no prefix/ending cue (a set difference in C skips them) and
# the cues of those that do; both bounded, so a long-running worker does not grow them.
_PLAIN_TOKENS: set[str] = set()
_TOKEN_CUES: dict[str, tuple[str, ...]] = {}
_TOKEN_MEMO_MAX = 200_000
# (cues, tokens, token set, lower-cased text) of recent texts: the pieces of one sentence,
# the sentence as context
_ANALYSED: dict[str, tuple[frozenset[str], list[str], frozenset[str], str]] = {}
_ANALYSED_MAX = 64


def _analysed(text: str) -> tuple[frozenset[str], list[str], frozenset[str], str]:
    """(cues, tokens, set of the tokens, `text.lower()`) of `text`; the tokens are the
    model's word features. The set is shared by every caller, so nobody may change it
    (hence frozen)."""
    hit = _ANALYSED.get(text)
    if hit is not None:
        return hit
    low = text.lower()
    # most claims hold no digit: one search is cheaper than a substitution that finds none
    digit = _DIGIT.search(low) is not None
    plain = _DIGITS.sub("0", low) if digit else low
    toks = _TOKEN.findall(plain) if "'" in low or "’" in low else _plain_tokens(plain)
    words = frozenset(toks)
    found: set[str] = set()
    for w in words & _SINGLE_KEYS:
        found.update(_SINGLE[w])
    if "superlative" in found and words.isdisjoint(_STRONG_SUPERLATIVES):
        found.discard("superlative")
        if _weak_superlative(toks):
            found.add("superlative")
    firsts = words & _PHRASE_KEYS
    if firsts:
        joined = " " + " ".join(toks) + " "
        for w in firsts:
            for phrase, cue in _PHRASES[w]:
                if phrase in joined:
                    found.update(cue)
    for t in words - _PLAIN_TOKENS:
        tc = _TOKEN_CUES.get(t)
        if tc is None:
            tc = _token_cues(t)
            if len(_PLAIN_TOKENS) >= _TOKEN_MEMO_MAX:
                _PLAIN_TOKENS.clear()
                _TOKEN_CUES.clear()
            if not tc:
                _PLAIN_TOKENS.add(t)
                continue
            _TOKEN_CUES[t] = tc
        found.update(tc)
    if ("beror" in words or "berodde" in words) and "på" in words:
        found.add("causal")
    if ("by" in words or "av" in words) and not words.isdisjoint(_CAUSE_PARTICIPLES):
        found.add("causal")  # "driven largely by spending", "drivna främst av dyrare el"
    if ("sedan" in words or "since" in words) and _SINCE_YEAR.search(low):
        found.add("comparison")
    if not low.isascii():  # O(1); an English text has neither "förbud" nor Swedish letters
        if "förbud" in low:
            found.add("rule")
        if "å" in low or "ä" in low or "ö" in low:
            found.add("swedish")
    if ("i" in words and _CAPITAL_I.search(text)) or ("us" in words and _LOWER_US.search(text)):
        found.add("first_person")
    if _NAME.search(text):
        found.add("name")
    if digit:
        found.add("digit")
    if low.startswith(_AFTER_START) and not words.isdisjoint(_AFTER_VERBS):
        found.add("after")
    result = (frozenset(found), toks, words, low)
    if len(_ANALYSED) >= _ANALYSED_MAX:
        _ANALYSED.clear()
    _ANALYSED[text] = result
    return result


# --- what is not a claim: calls to action, advice to the public, photo captions ----------
#
# Everything below runs once per sentence on one lower-cased copy (`lower_same_length`), with
# word-set look-ups on its first words and patterns compiled without IGNORECASE.

# Imperatives that open calls to action and advice in news ("Skriv till oss", "Hör av dig",
# "Sign up for our newsletter", "Get in touch"). Only forms that are not also common nouns
# at the start of a sentence: one of those opens a call to action on its own.
CALL_TO_ACTION_VERBS = frozenset(
    _words(
        # Swedish
        "skriv|berätta|tipsa|kontakta|läs|följ|lyssna|titta|se|gå|lägg|anmäl|hör|mejla|maila|"
        "skicka|klicka|prenumerera|ladda|dela|använd|kolla|välj|fyll|spara|stäng|tänk|glöm|"
        "drick|undvik|ta|kom|låt|lämna|ge|rösta|logga|registrera|kontrollera|betala|svara|"
        "ansök|boka|köp|stanna|håll|ring|besök|sök|testa|prova|skydda|lås|byt|kika|"
        # the advice of a fact box: "Sänk värmen", "Stäng av kranen", "Vädra kort"
        "sänk|stäng|släck|vädra|dra|packa|förbered|planera|fråga|ät|vila|klä|skölj|"
        "lita|spärra|uppdatera|installera|aktivera|polisanmäl|avstå|begränsa|minska|ställ|"
        "sätt|slå|skaffa|koka|förvara|undersök|kör|tvätta",
        # English
        "tell|subscribe|click|listen|join|send|follow|read|get|find|see|learn|avoid|keep|"
        "don't|do|please|stay|go|scroll|tap|write|discover|explore|donate|sign-up|"
        "sign|check|call|share|watch|contact|email|visit|use|try|download|register|drink|"
        "head|enter|vote|apply|book|buy|leave|report|submit|stop|"
        "turn|switch|unplug|make|remember|wear|lower|reduce|limit|pack|prepare|plan|charge|"
        "boil|cover|close|open|lock|move|seek|be|ask|consider|text|phone|tune|"
        "wash|store|dial|ring|give|put|bring|take|pay|hold|wait|drive|walk",
    )
)
# Forms that are also nouns ("Share prices fell", "Besök på akuten ökade", "Call volumes
# doubled", "Use of force"), or commands that open a statement in speech ("Learn from
# Denmark, where ..."): an imperative only before an object or a particle.
_SV_NOUN_LIKE = frozenset(_words("ring|besök|håll|sök|lås|köp|låt|dra|kör|sätt|slå|fråga"))
# "Se på Danmark, där arbetslösheten sjönk", "See for yourself: ...": in speech these open a
# statement; before a preposition they are no call to action ("Se hela listan" is)
_SPEECH_OPENERS = frozenset(["se", "see"])
_NOUN_LIKE_VERBS = _SV_NOUN_LIKE | frozenset(
    _words(
        "sign|check|call|share|watch|contact|email|visit|use|try|download|register|drink|"
        "head|enter|vote|apply|book|buy|leave|report|stop|do|learn|submit|"
        "turn|switch|make|lower|limit|plan|charge|boil|cover|close|open|lock|move|"
        "ask|consider|text|phone|tune|wash|store|dial|ring|remember|pack|wear|pay|hold|wait|"
        "drive|walk",
    )
)
# What follows an imperative: a pronoun, a determiner or possessive, a particle, "here".
_OBJECT_STARTS = frozenset(
    _words(
        "oss|mig|dig|er|dem|honom|henne|den|det|de|denna|detta|dessa|en|ett|vår|vårt|våra|"
        "din|ditt|dina|era|ert|till|för|på|in|ut|upp|av|med|om|hit|här|gärna|alltid|aldrig|"
        "inte|mer|ihåg|koll|kontakt|tt|alla|allt|några|någon|inga|ingen|hellre|själv",
        "us|me|you|your|yours|our|the|a|an|this|these|that|those|it|them|him|her|up|in|out|"
        "on|back|here|more|all|any|every|for|to|at|with|about|off|also|yourself|yourselves|"
        "plenty|lots|not|never|always|sure|care|part|advantage|note|away|what|how|whether|"
        "www|some|touch|informed|safe|tuned|indoors|inside",
    )
)
# An adverb before the imperative: "Never leave children alone", "Always check the label"
_BEFORE_IMPERATIVE = frozenset(["never", "always"])
# "Be careful", "Var försiktig": a command before an adjective ("Be that as it may", "Var
# tredje ..." are no commands)
_NOT_AFTER_BE = frozenset(["it", "that"])
# Openers that command only before a verb or an adjective ("Never leave", "Var försiktig")
_ADVERB_OR_COPULA = _BEFORE_IMPERATIVE | {"var"}
_SV_VAR_ADJECTIVES = frozenset(
    _words("försiktig|försiktiga|uppmärksam|uppmärksamma|beredd|beredda|vaksam|vaksamma|noga")
)
# After a noun the same words are prepositions: "Besök på akuten", "Call for tenders"
_PREPOSITIONS = frozenset(
    _words("på|till|av|med|för|om|i|mot", "to|for|at|with|about|on|of|in|against")
)
# Not the start of a command: "Listen, we cut taxes", "Se, det var ..."
_DISCOURSE_END = (",", ":", "—", "–")
# A lead-in before the imperative: "For more on global health, sign up ...", "Om du vill
# veta mer, ring ...", "Until further notice, avoid ..." (at most this many words; a longer
# opening is a clause of its own: "För medborgare födda före 1923 gäller andra regler, se
# sid 7"). "Att följa barnet, se hur det växer ... är en upplevelse" lists infinitives.
_LEAD_IN_WORDS = 6
# "For more on ...", "För mer information ...": a pointer to more reading, not a statement
# ("For more than a decade ..." and "För mer än tio år sedan ..." are statements)
_FOR_MORE = re.compile(
    r"(?:for|för)\s+(?:more|further|the\s+latest|mer|senaste)\s+"
    r"(?:on|about|information|info|details|news|updates|coverage|stories|from|om|information|"
    r"info|nytt|nyheter|detaljer)\b"
    r"|(?:more|further|mer)\s+(?:information|info|details)\b"
)
# Second person as the one advised or addressed: "du kan", "you should", "om du", "if you".
_ADVICE = re.compile(
    r"\b(?:(?:du|ni)\s+(?:kan|kunde|bör|borde|måste|ska|skall|behöver|får|vill|kommer|hittar)|"
    r"(?:kan|bör|borde|måste|ska|skall|behöver|får|hittar)\s+(?:du|ni)|"
    r"(?:can|should|must|could)\s+you|you(?:'ll|\s+will)\s+find|"
    r"(?:om|när|innan|ifall)\s+(?:du|ni)|"
    r"you\s+(?:can|could|should|must|need|may|might|will|want|have\s+to|'ll)|"
    r"(?:if|when|before|unless|whether)\s+you(?!\s+(?:look|notice|compare|consider|think\s+about|"
    r"remember|recall))|your\s+own)\b"
)
# Advice to the public at large: the people addressed, then "should"/"bör" or "are urged
# to". A named actor ("The government should cut fuel taxes, Smith said") states a position
# someone holds, which is checkable; "should have" / "borde ha" judges the past, and
# "Residents were told to stay indoors" reports what happened. What the public "should
# get", "should be paid" or "bör räkna med" is a position or a forecast, not advice.
_PUBLIC = (
    r"residents|people|drivers|motorists|travellers|travelers|passengers|parents|customers|"
    r"consumers|shoppers|households|homeowners|tenants|readers|viewers|listeners|patients|"
    r"pedestrians|cyclists|visitors|users|anyone|everyone|everybody|those|swimmers|"
    r"holidaymakers|commuters|boende|invånare|bilister|trafikanter|resenärer|passagerare|"
    r"föräldrar|kunder|konsumenter|hushåll|hushållen|läsare|patienter|fotgängare|cyklister|"
    r"besökare|användare|allmänheten|alla|man|husägare|badgäster|pendlare|den\s+som|de\s+som"
)
_PUBLIC_ADVICE = re.compile(
    rf"(?:the\s+|all\s+|local\s+|affected\s+|berörda\s+)?(?:{_PUBLIC})\b"
    r"(?:\s+(?:in|of|on|near|around|across|who|living|i|på|inom|nära|kring|som|från|from|with|"
    r"med)\b[^,.;:]{1,50}?)?"
    r"\s+(?:(?:should|bör|borde)(?!\s+(?:have|ha|get|receive|få|expect|räkna|förvänta|"
    r"be(?!\s+(?:aware|careful|alert|prepared|ready|vigilant|cautious))|"
    r"vara(?!\s+(?:uppmärksamma|försiktiga|beredda|vaksamma))|bli)\b)|ought\s+to|"
    r"(?:are|is)\s+(?:advised|urged|encouraged|asked|told|reminded|warned)\s+(?:to|not)|"
    r"uppmanas|rekommenderas|ombeds|avråds|råds)\b"
)
# An appeal for information: who is asked ("Anyone with information", "Den som har sett
# något", "Witnesses"), then how to get in touch ("can call the tip line", "uppmanas att
# kontakta polisen", "are urged to come forward"). The report of an appeal names who made it
# ("Police asked anyone with information to call") and is a claim. Every appeal opens with
# one of APPEAL_OPENERS.
APPEAL_OPENERS = (
    "anyone",
    "those",
    "witnesses",
    "whoever",
    "den som",
    "de som",
    "alla som",
    "vittnen",
)
_APPEAL = re.compile(
    rf"(?:{'|'.join(APPEAL_OPENERS)})\b[^.;:!?]{{0,90}}?\b"
    r"(?:can|may|should|(?:is|are)\s+(?:asked|urged|encouraged|requested)\s+to|kan|bör|"
    r"ombeds|uppmanas|uppmanas\s+att|får\s+gärna)\s+"
    r"(?:call|contact|ring|phone|e-?mail|text|report|reach|submit|come\s+forward|"
    r"get\s+in\s+touch|ringa|kontakta|höra\s+av\s+sig|mejla|maila|tipsa|anmäla|lämna)\b"
)
# A photo caption without a credit: a position in the picture set off by commas or
# brackets ("Anna Ek, längst till höger, ...", "(L-R)", "from left", "i mitten."). Inside a
# sentence ("partiet längst till höger", "i mitten av maj") these are ordinary words.
_PICTURE_POSITION = re.compile(
    r"\(\s*(?:l\s*-\s*r|r\s*-\s*l|l\s+to\s+r|left\s+to\s+right|(?:pictured\s+)?from\s+left|"
    r"from\s+right|left|right|centre|center|front|back|top|bottom|above|below|pictured|"
    r"från\s+vänster|från\s+höger|längst\s+(?:till\s+)?(?:höger|vänster)|i\s+mitten|mitten|"
    r"t\.\s*[vh]\.?|th|tv|fr\.?\s*v\.?)\s*\)"
    r"|(?:^|[,–—]\s*)(?:(?:pictured\s+)?from\s+left(?:\s+to\s+right)?|left\s+to\s+right|"
    r"from\s+right|från\s+vänster|från\s+höger|längst\s+(?:till\s+)?(?:höger|vänster)|"
    r"i\s+mitten|t\.\s*[vh]\.)(?=\s*(?:[,.;:)]|$))"
    # "..., från vänster Anna Ek, Per Lund" (not "from left to right", "från vänster och höger")
    r"|[,–—:]\s*(?:pictured\s+)?(?:from\s+left|från\s+vänster)\s+(?!(?:to|till|and|och|or|"
    r"eller|right|höger|in|i|on|på|of|av)\b)"
)
_OPENING_MARKS = '—–-"“”„«» \t'
# What _FOR_MORE and _PUBLIC_ADVICE can open with (their first literal words): a sentence
# that starts with none of them cannot match, and most do not, so `str.startswith` spares
# the two patterns (_PUBLIC is a long list of words tried one by one).
_FOR_MORE_OPENERS = ("for", "för", "more", "further", "mer")
_PUBLIC_OPENERS = tuple(
    ["the", "all", "local", "affected", "berörda"] + [w.split("\\")[0] for w in _PUBLIC.split("|")]
)


def is_question(sentence: str) -> bool:
    return sentence.rstrip().rstrip('"”»)’').endswith("?")


def _imperative_at(words: list[str], i: int) -> bool:
    """words[i] opens a command: an imperative, not a noun or a discourse marker."""
    if i >= len(words):
        return False
    word = words[i]
    verb = word.rstrip(",.:!;—–")
    if verb == "please" or verb == "snälla":
        return i + 1 < len(words)
    if verb not in CALL_TO_ACTION_VERBS and verb not in _ADVERB_OR_COPULA:
        return False
    nxt = words[i + 1].strip(",.:!;\"'“”()") if i + 1 < len(words) else ""
    if verb in _BEFORE_IMPERATIVE:
        return nxt in CALL_TO_ACTION_VERBS
    if verb == "var":
        return nxt in _SV_VAR_ADJECTIVES
    if verb == "be" and nxt in _NOT_AFTER_BE:
        return False
    if word.endswith(_DISCOURSE_END):
        return False  # "Listen, we cut taxes", "Look: the figures are clear"
    if verb in _NOUN_LIKE_VERBS or verb in _SPEECH_OPENERS:
        # "Ring 112", "Email tips@...", "Share your story"; not "Besök på akuten". A
        # Swedish noun opening a sentence is mostly definite ("Besöken ökade"), so the bare
        # form is a command unless a preposition follows ("Ring polisen", "Köp av aktier").
        if nxt in _PREPOSITIONS:
            return False
        return (
            nxt in _OBJECT_STARTS
            or verb in _SV_NOUN_LIKE
            or verb in _SPEECH_OPENERS
            or nxt[:1].isdigit()
            or "@" in nxt
        )
    return True


def is_call_to_action(sentence: str) -> bool:
    """Addressed to the reader rather than stating something: an imperative opener ("Skriv
    till oss på TT", "Sign up for our newsletter"), also after a short lead-in ("For more on
    X, sign up ..."), a pointer to more reading ("For more information ..."), advice to
    "du"/"you" ("du bör", "här kan du", "you can", "om du", "if you", "your own"), or advice
    to the public at large ("Residents should check the app", "Bilister bör undvika E4").

    Other second-person sentences state something about the one addressed ("You cut 2,000
    jobs", "Ni höjde skatten", "They were paying you a lot"): claims, not calls to act.
    Imperative forms that are also nouns ("Share prices fell", "Besök på akuten ökade") are
    commands only before an object or particle ("Share your story", "Besök vår sajt").
    """
    return _call_to_action(lower_same_length(sentence.lstrip(_OPENING_MARKS)))


def _call_to_action(low: str) -> bool:
    words = low.split(None, 2)
    if not words:
        return False
    if _imperative_at(words, 0):
        return True
    if ("your say" in low or "comment" in low or "tyck till" in low) and _READER_INVITE.search(low):
        return True  # "Have your say on the budget in the comments below."
    for sep in (", ", ": "):
        # "For the latest, sign up ...", "How to help: donate only to ...": a short lead-in
        cut = low.find(sep)
        if (
            cut > 0
            and low.count(" ", 0, cut) < _LEAD_IN_WORDS
            and not low.startswith("att ")
            and _imperative_at(low[cut + 2 :].split(None, 2), 0)
        ):
            return True
    # the patterns are anchored at the start: a word they open with must be there first
    if (
        (low.startswith(_FOR_MORE_OPENERS) and _FOR_MORE.match(low))
        or (low.startswith(_PUBLIC_OPENERS) and _PUBLIC_ADVICE.match(low))
        or (low.startswith(APPEAL_OPENERS) and _APPEAL.match(low))
    ):
        return True
    # every advice pattern holds "you", or "du"/"ni" as a word: skip the rest quickly
    if "you" not in low and (
        ("du" not in low and "ni" not in low) or _DU_NI.isdisjoint(low.split())
    ):
        return False
    if _QUOTE_CHARS.search(low):
        # advice inside a quotation reports what someone said ("I told them, 'I think you
        # need more'"); a sentence that opens with the quotation has lost its mark already
        low = _QUOTED.sub(" ", low)
    return _ADVICE.search(low) is not None


_READER_INVITE = re.compile(
    r"\bhave your say\b|\b(?:in|below) the comments\b|\bcomments below\b|\bkommentarsfältet\b|"
    r"^tyck till\b"
)
_QUOTE_CHARS = re.compile(r"[\"“”„«»‘’']")
_QUOTED = re.compile(r"[\"“„«»][^\"“”„«»]*[\"”»“]|(?<![^\s(])['‘][^'‘’]*['’](?!\w)")


_DU_NI = frozenset(["du", "ni", "du,", "ni,", "du.", "ni."])


def is_photo_caption(sentence: str) -> bool:
    """A picture described without a credit: "Anna Ek, längst till höger, och Per Lund",
    "Ministers at the summit (L-R): ...", "From left, ...". Captions with a credit
    ("Foto: ...") are found by the segmenter as caption blocks."""
    return _photo_caption(lower_same_length(sentence.lstrip(_OPENING_MARKS)))


def _photo_caption(low: str) -> bool:
    # every picture position holds one of these words: substring tests skip most sentences
    return (
        "(" in low
        or "left" in low
        or "right" in low
        or "vänster" in low
        or "höger" in low
        or "mitten" in low
        or "t.v" in low
        or "t.h" in low
        or "t. v" in low
        or "t. h" in low
    ) and _PICTURE_POSITION.search(low) is not None


def is_not_a_claim(sentence: str) -> bool:
    """A question, a call to action or advice, a photo caption, or a line that only names
    the source of what was just said ("Det visar ny statistik från Skolverket.", "That is
    according to figures from the ONS."): one lower-cased copy of the sentence for all the
    checks."""
    if is_question(sentence):
        return True
    low = lower_same_length(sentence.lstrip(_OPENING_MARKS))
    return _call_to_action(low) or _photo_caption(low) or _source_line(low)


def is_source_line(sentence: str) -> bool:
    """The sentence only names the source of the one before it ("Det bekräftar polisen för
    SVT.", "That is according to figures from the ONS.")."""
    return _source_line(sentence.lstrip(_OPENING_MARKS).lower())


def _source_line(low: str) -> bool:
    # a source line is short; the length test spares most sentences the pattern
    return (
        len(low) < 120
        and low.startswith(_SOURCE_LINE_OPENERS)
        and _SOURCE_LINE.match(low) is not None
    )


_SOURCE_LINE_OPENERS = ("det ", "detta ", "that", "this ")
_SOURCE_LINE = re.compile(
    r"(?:det|detta)\s+(?:visar|framgår\s+av|uppger|meddelar|bekräftar|skriver|rapporterar|"
    r"säger|konstaterar)\s+(?!att\b|om\b|hur\b)[^\d,.;:]{2,80}[.!]?\s*$"
    r"|(?:that|this)(?:\s+is|['’]s)\s+according\s+to\s+[^\d,.;:]{2,80}[.!]?\s*$"
)


_COPULAS = frozenset(["är", "var", "blir", "blev", "is", "are", "was", "were", "remains", "remain"])
# a stance word before the adjective: negation, degree, "also"
_STANCE_ADVERBS = frozenset(
    [
        "inte",
        "mer",
        "mindre",
        "lika",
        "också",
        "även",
        "heller",
        "not",
        "more",
        "less",
        "also",
        "too",
        "somewhat",
        "något",
        "far",
        "much",
        "betydligt",
        "mycket",
    ]
)
_THAN = frozenset(["än", "than"])
# comparatives and participles after the copula ("lägre", "higher", "growing", "closed",
# "stängd"): not a bare stance ("unconvinced" is one)
_NOT_STANCE_ENDINGS = ("are", "re", "er", "ing", "ad", "ade", "nde", "d")


def is_evaluative(words: list[str]) -> bool:
    """A stance with nothing to check: a short subject, a copula, a negation or degree word
    and one adjective, perhaps "than X" ("Kommunen är inte ensam.", "Analysts were less
    upbeat.", "Förbundet är mer skeptiskt än regeringen."). Plain descriptions ("Skillnaderna
    är stora") and anything with a figure are kept."""
    if len(words) > 9:
        return False
    low = [w.strip('.,;:!"”»').lower() for w in words]
    for i in range(1, min(4, len(low))):
        if low[i] in _COPULAS:
            break
    else:
        return False
    rest = low[i + 1 :]
    adverbs = 0
    while rest and rest[0] in _STANCE_ADVERBS:
        rest = rest[1:]
        adverbs += 1
    if not adverbs or not rest or not rest[0].isalpha():
        return False
    if rest[0].endswith(_NOT_STANCE_ENDINGS) and not (
        rest[0].startswith("un") and rest[0].endswith("ed")
    ):
        # "är inte lägre än i fjol", "is not growing", "was not closed", "är inte stängd":
        # a comparison or an event, which can be checked
        return False
    tail = rest[1:]
    if tail and not (tail[0] in _THAN and 1 <= len(tail) <= 3):
        return False
    return not any(ch.isdigit() for w in words for ch in w)


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
    to `quote` only when nothing else fits. A modal about what a law or rule lays down
    ("will be eligible", "får inte", "enligt skollagen ska") is a rule (a quantity when it
    states a figure), an amount decided with "ska" a quantity; expectations held before
    ("than expected") are no forecast, likelihood and "is due" are. Ages and clock times do
    not make a claim a quantity. Ranks among repeats ("fifth defeat in a row"), Swedish -st
    superlatives and shares ("var femte", "en tredjedel") are told apart.
    """
    if quoted:
        return QUOTE
    found, toks, words, low = _analysed(text)
    # the claim's words that any test below looks for: empty for most claims, so each
    # `hits.isdisjoint` is immediate (the same answer as on `words`, since every set tested
    # is part of _CLAIM_TYPE_WORDS)
    hits = words & _CLAIM_TYPE_WORDS
    if quantities and not hits.isdisjoint(_AGE_OR_CLOCK_WORDS):
        # "a 27-year-old man", "en 45-årig kvinna", "vid 16-tiden": who and when, not a figure
        quantities = [q for q in quantities if not _age_or_clock(q, text)]
    # The word helpers below run only when the claim holds one of their trigger words, so
    # most claims skip them.
    rule = "rule" in found or (
        not hits.isdisjoint(_RULE_TRIGGERS) and _rule_words(words, toks, text)
    )
    if rule and speaker and "rule" not in found and not hits.isdisjoint(_DEMANDS):
        # "the minister said Sweden must act": a demand someone makes, unless a rule is named
        rule = _rule_words(words - _DEMANDS, toks, text)
    prediction = "prediction" in found or (
        not hits.isdisjoint(_FORECAST_TRIGGERS) and _forecast_words(words, toks)
    )
    if prediction and _PAST_EXPECTATION.search(text):
        # "than expected", "had forecast": an expectation held before, not a forecast
        prediction = "prediction" in cues(_PAST_EXPECTATION.sub(" ", text))
    if not hits.isdisjoint(_NAMING_VERBS) and _QUOTED_PHRASE.search(text):
        # 'The union called the offer "an insult"': checkable first is that it was said
        return QUOTE
    # _rank_words, computed at most once (None: not yet)
    rank = None if not hits.isdisjoint(_RANK_TRIGGERS) else False
    if prediction or (
        published
        and any(d.value and d.value.year > published.year for d in dates)
        and hits.isdisjoint(_PAST_MARKERS)
        # "far short of the target of 600,000 by 2028": a comparison with a goal
        and not (
            "comparison" in found
            or (rank if rank is not None else (rank := _rank_words(words, toks)))
        )
    ):
        if rule and hits.isdisjoint(_ESTIMATE_WORDS):
            # "Households will be eligible for ...", "ska enligt kommunallagen ...": what a
            # law or a rule lays down, with its figure when it states one
            return QUANTITY if quantities else RULE
        if quantities and ("ska" in words or "skall" in words) and hits.isdisjoint(_FORECAST_WORDS):
            # "kommunen ska spara 60 miljoner": an amount decided, not a forecast
            return QUANTITY
        return PREDICTION
    if "causal" in found or "after" in found:
        return CAUSAL
    if (
        # causes beyond the cue words: "citing", "in retaliation for", "huvudorsaker",
        # "orsakades av", "motiverar beslutet med att"
        not hits.isdisjoint(_CAUSAL_WORDS)
        or "orsak" in low
        or "in response to" in low
        or "som svar på" in low
        or "hämnd" in low
        or (
            text[:6].lower().startswith(_AFTER_START)
            and _past_verb(toks[1:8])
            # "as about 1,400 pilots walked out", "after having sailed less than 800 metres":
            # what happened meanwhile or before, a figure to check
            and not quantities
        )
        # "largely by merging their IT systems", "främst genom att ...": how a figure comes
        # about, told on its own
        or (_MEANS_OPENING.match(low) and not quantities)
    ):
        return CAUSAL
    if (
        "superlative" in found
        and quantities
        and _superlative_names_subject(toks)
        and words.isdisjoint(_RECORD_FRAMES)
        and not _IN_PERIOD.search(low)
        and "multiple" not in found
    ):
        # "Den yngsta av dem var 14 år", "the strongest of magnitude 5.4": the superlative
        # only says which one is measured; the figure is what to check
        return QUANTITY
    if (
        "superlative" in found
        or "multiple" in found
        or (rank if rank is not None else _rank_words(words, toks))
    ):
        return COMPARISON
    if (
        quantities
        or "fraction" in found
        or (not hits.isdisjoint(_SHARE_LEADS) and _share(words, toks))
        # every fraction ending holds "del" ("tredjedel", "femtedelen", "tiondelar")
        or ("del" in low and _share(words, toks))
    ):
        return QUANTITY
    if rule:
        return RULE
    if "comparison" in found and not (
        low.startswith(("sedan ", "since ")) and "comparison" not in cues(_SINCE_YEAR.sub("", low))
    ):
        # "Sedan 2022 har regeringen infört ...": a year that opens the claim frames an event;
        # "the first meeting since 2019" is a comparison
        return COMPARISON
    if speaker:
        return QUOTE
    return EVENT


# "ever", "since 2008", "record": a superlative set against history stays a comparison
_RECORD_FRAMES = frozenset(
    ["ever", "någonsin", "since", "sedan", "record", "rekord", "history", "historien"]
)

# "the biggest gain in more than a decade", "den högsta nivån på tio år"
_IN_PERIOD = re.compile(
    r"\b(?:in|på)\s+(?:more\s+than\s+|över\s+|drygt\s+)?\S+\s+"
    r"(?:years?|decades?|centur(?:y|ies)|år|decennier|decennium|årtionden?|sekel)\b"
)


def _superlative_names_subject(toks: list[str]) -> bool:
    """A superlative among the first words after a determiner ("den yngsta", "the
    strongest", "det äldsta brottsoffret"): it picks out the subject."""
    if len(toks) < 3 or toks[0] not in _DETERMINERS:
        return False
    w = toks[1]
    return w in _STRONG_SUPERLATIVES or (len(w) > 5 and w.endswith(("aste", "iest")))


_MEANS_OPENING = re.compile(
    r"(?:(?:largely|mainly|partly|chiefly|bland annat|främst|delvis|huvudsakligen)\s+)?"
    r"(?:by\s+[a-z]{2,}ing\b|genom\s+att\b)"
)
# a quoted phrase; Swedish opens with ” as well
_QUOTED_PHRASE = re.compile(r"[\"“”„«»][^\"“”„«»]{1,80}[\"”»“]")
# verbs that name what someone called something: 'called the move "unjustified"'
_NAMING_VERBS = frozenset(
    [
        "called",
        "calls",
        "described",
        "describes",
        "dubbed",
        "branded",
        "labelled",
        "labeled",
        "kallade",
        "kallar",
        "beskrev",
        "beskriver",
        "betecknade",
        "betecknar",
        "kallat",
    ]
)


# Ages and clock times are quantities.py figures, but they say who or when, not how much
_AGE_OR_CLOCK_WORDS = frozenset(["old", "årig", "åring", "årige", "åringen", "tiden", "klockan"])


def _age_or_clock(q: Quantity, text: str) -> bool:
    low = q.text.lower()
    return (
        low.endswith(("årig", "åring", "årige", "åringen", "tiden"))
        or (low.endswith("year") and f"{q.text}-old" in text)
        or low.startswith("klockan")
    )


_PAST_EXPECTATION = re.compile(
    r"\b(?:than|had|as|än|som)\s+(?:\w+\s+)?(?:expected|forecast|predicted|projected|"
    r"anticipated|väntat|förväntat|beräknat|prognostiserat)\b",
    re.IGNORECASE,
)
# A finished act: a future year it names is what it is about ("a budget for 2027"), not
# a forecast
_PAST_MARKERS = frozenset(
    [
        "had",
        "has",
        "have",
        "was",
        "were",
        "did",
        "har",
        "hade",
        "var",
        "blev",
        "voted",
        "röstade",
        "passed",
        "approved",
        "adopted",
        "antog",
        "beslutade",
        "klubbade",
    ]
)
# Words that make a stated amount a forecast rather than a decided one
_FORECAST_WORDS = frozenset(
    [
        "väntas",
        "förväntas",
        "beräknas",
        "bedöms",
        "prognos",
        "prognosen",
        "kommer",
        "will",
        "expect",
        "expects",
        "expected",
        "forecast",
        "forecasts",
        "projected",
        "would",
        "going",
        "estimate",
        "estimates",
        "räknar",
        "tror",
        "could",
        "kan",
        "kunna",
    ]
)
# an explicit estimate ("the CBO estimates the law will add $256bn") keeps a forecast
_ESTIMATE_WORDS = _FORECAST_WORDS - {"will", "kommer", "would", "could", "kan", "kunna"}
# Obligation, permission and prohibition beyond the rule cue words: "is required to", "must",
# "får inte", "eligible for", "enligt kommunallagen"
_RULE_WORDS = frozenset(
    [
        "legally",
        "required",
        "requires",
        "require",
        "requirement",
        "requirements",
        "eligible",
        "entitled",
        "prohibited",
        "forbidden",
        "permitted",
        "must",
        "obliged",
        "obligation",
        "måste",
        "skyldig",
        "skyldiga",
        "skyldighet",
        "förbjuden",
        "förbjudet",
        "förbjudna",
        "tillåts",
        "tillåter",
        "tillåten",
        "rätt",
    ]
)
_DEMANDS = frozenset(["must", "måste"])
_LAW_ENDINGS = ("lagen", "balken", "förordningen", "direktivet", "regler", "reglerna", "regeln")
_PERMITTED_PASSIVE = frozenset(["får", "may"])


def _rule_words(words: frozenset[str], toks: list[str], text: str) -> bool:
    if not words.isdisjoint(_RULE_WORDS):
        if "rätt" in words:
            # "rätt att", "rätt till": a right; "har rätt" alone is "is right"
            joined = " ".join(toks)
            if "rätt att" not in joined and "rätt till" not in joined:
                return (len(words & _RULE_WORDS)) > 1
        return True
    if ("enligt" in words or "under" in words) and (
        # "enligt hälso- och sjukvårdslagen", "under the Climate Change Act"
        any(t.endswith(_LAW_ENDINGS) for t in toks) or " Act" in text
    ):
        return True
    if "code" in words and ("building" in words or "penal" in words or "criminal" in words):
        return True
    if "får" in words:
        # "48 vargar får fällas", "får inte längre ställa": permission and prohibition
        for i, t in enumerate(toks[:-1]):
            if t == "får":
                nxt = toks[i + 1]
                if "inte" in toks[i + 1 : i + 4] or (len(nxt) > 4 and nxt.endswith("as")):
                    return True
        return "inte" in words and "får" in toks[toks.index("inte") + 1 : toks.index("inte") + 3]
    return False


_LIKELIHOOD = frozenset(
    [
        "likely",
        "unlikely",
        "probably",
        "sannolikt",
        "osannolikt",
        "troligen",
        "troligtvis",
        "sannolikhet",
        "likelihood",
    ]
)
_NEXT = frozenset(["next", "nästa", "kommande", "coming", "upcoming"])
_PERIODS = frozenset(
    [
        "week",
        "month",
        "spring",
        "summer",
        "autumn",
        "fall",
        "winter",
        "season",
        "quarter",
        "decade",
        "decision",
        "meeting",
        "election",
        "vecka",
        "veckan",
        "månad",
        "vår",
        "sommar",
        "höst",
        "vinter",
        "säsong",
        "kvartal",
        "möte",
        "mötet",
        "val",
        "valet",
        "beslut",
    ]
)


def _forecast_words(words: frozenset[str], toks: list[str]) -> bool:
    """Forecasts the cue words miss: likelihood ("highly unlikely", "troligen"), what could
    happen ("aftershocks could continue"), what is due next ("by next spring", "is due on")."""
    if not words.isdisjoint(_LIKELIHOOD):
        return True
    if "could" in words:
        i = toks.index("could")
        if i + 1 < len(toks) and toks[i + 1] not in ("not", "be", "have"):
            return True
    if not words.isdisjoint(_NEXT):
        for i, t in enumerate(toks[:-1]):
            if t in _NEXT and not _PERIODS.isdisjoint(toks[i + 1 : i + 3]):
                return True
    if "due" in words:
        i = toks.index("due")
        return 0 < i < len(toks) - 1 and toks[i - 1] in ("is", "are") and toks[i + 1] != "to"
    return False


_IRREGULAR_PAST = frozenset(
    [
        "fell",
        "rose",
        "cut",
        "grew",
        "drove",
        "lost",
        "won",
        "took",
        "came",
        "föll",
        "steg",
        "sjönk",
        "ökade",
        "minskade",
        "tog",
        "kom",
        "blev",
        "gick",
    ]
)


def _past_verb(toks: list[str]) -> bool:
    """A past-tense verb among the first words of an "after ..."/"as ..." clause: "after
    inflation fell", "as wages surged", "efter att räntan steg"."""
    return any(t in _IRREGULAR_PAST or (len(t) > 4 and t.endswith("ed")) for t in toks)


# tredjedel, fjärdedel, femtedel, åttondel, tiondel (and their definite and plural forms)
_FRACTION_ENDINGS = tuple(
    stem + ending for stem in ("jedel", "dedel", "tedel", "ondel") for ending in ("", "en", "ar")
)


def _share(words: frozenset[str], toks: list[str]) -> bool:
    """A share the cue words miss: "var tionde elev", "every fifth voter", "en femtedel"."""
    if not words.isdisjoint(_SHARE_LEADS):
        for i, t in enumerate(toks[:-1]):
            if t in _SHARE_LEADS and toks[i + 1] in _SHARE_ORDINALS:
                return True
    return any(t.endswith(_FRACTION_ENDINGS) for t in toks)


# Cause words beyond the cues (claim_type also looks for "orsak", "in response to", "som
# svar på" and "hämnd" in the lower-cased text)
_CAUSAL_WORDS = frozenset(
    [
        "citing",
        "fearing",
        "driving",
        "drove",
        "reason",
        "reasons",
        "retaliation",
        "anledning",
        "anledningen",
        "skäl",
        "skälet",
        "skälen",
        "motiverar",
        "motiverade",
        "motiveras",
        "motiverades",
    ]
)


_ORDINALS = frozenset(
    [
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "tredje",
        "fjärde",
        "femte",
        "sjätte",
        "sjunde",
        "åttonde",
        "nionde",
        "tionde",
    ]
)
# "var andra" is "every second"; as a rank "andra" mostly means "other", so only shares take it
_SHARE_ORDINALS = _ORDINALS | {"andra"}
_SHARE_LEADS = frozenset(["var", "vart", "every", "each"])
_RANK_HEADS = frozenset(
    [
        "time",
        "gången",
        "increase",
        "rise",
        "jump",
        "gain",
        "drop",
        "fall",
        "decline",
        "cut",
        "reduction",
        "loss",
        "win",
        "defeat",
        "ökningen",
        "höjningen",
        "sänkningen",
        "minskningen",
        "raka",
        "straight",
        "consecutive",
    ]
)
# Swedish superlatives in -st ("längst", "flest"); "högst", "minst", "mest" also mean "at
# most"/"at least" and are left out
_SV_ST_SUPERLATIVES = frozenset(
    [
        "längst",
        "störst",
        "flest",
        "lägst",
        "kortast",
        "snabbast",
        "äldst",
        "yngst",
        "bäst",
        "sämst",
        "billigast",
        "dyrast",
        "vanligast",
    ]
)
_COMPARISON_WORDS = frozenset(
    [
        "below",
        "above",
        "outpaced",
        "outperformed",
        "trails",
        "trailed",
        "exceeds",
        "exceeded",
        "överstiger",
        "översteg",
        "understiger",
        "understeg",
        "skillnaden",
        "skillnaderna",
        "skillnader",
        "difference",
        "differences",
        "gap",
    ]
)


def _rank_words(words: frozenset[str], toks: list[str]) -> bool:
    """A rank or a comparison the cue words miss: "the third increase in a row", "for the
    second time", "längst är köerna", "långt under behovet", "stora skillnader"."""
    if not words.isdisjoint(_COMPARISON_WORDS):
        return True
    if not words.isdisjoint(_SV_ST_SUPERLATIVES) and "till" not in words:
        return True  # "längst till höger" is a place
    if ("a" in words and "row" in words) or ("i" in words and "rad" in words):
        return True
    if "short" in words and "of" in words and "short of" in " ".join(toks):
        return True  # "far short of the target"
    if not words.isdisjoint(_ORDINALS):
        # "the fourth cut this year", "för tredje gången" (not "var fjärde elev", "was third")
        for i, t in enumerate(toks):
            if (
                t in _ORDINALS
                and (i == 0 or toks[i - 1] not in _SHARE_LEADS)
                and not _RANK_HEADS.isdisjoint(toks[i + 1 : i + 3])
            ):
                return True
    if "andra" in words and ("gången" in words or ("året" in words and "rad" in words)):
        return True
    return "under" in words and ("långt" in words or "klart" in words or "behovet" in words)


# Every word that can make each helper above true: a claim without any of them skips it.
_RULE_TRIGGERS = _RULE_WORDS | {"enligt", "under", "code", "får"}
_FORECAST_TRIGGERS = _LIKELIHOOD | _NEXT | {"could", "due"}
_RANK_TRIGGERS = (
    _COMPARISON_WORDS | _SV_ST_SUPERLATIVES | _ORDINALS | {"row", "rad", "short", "andra", "under"}
)
# every word set claim_type tests against the claim's words
_CLAIM_TYPE_WORDS = (
    _AGE_OR_CLOCK_WORDS
    | _RULE_TRIGGERS
    | _DEMANDS
    | _FORECAST_TRIGGERS
    | _NAMING_VERBS
    | _RANK_TRIGGERS
    | _PAST_MARKERS
    | _ESTIMATE_WORDS
    | _FORECAST_WORDS
    | _CAUSAL_WORDS
    | _SHARE_LEADS
)

# cue name -> feature name (the cues that the model weighs besides the type)
_CUE_FEATURES = (
    ("digit", "c:digit"),
    ("first_person", "c:first"),
    ("opinion", "c:opinion"),
    ("comparison", "c:comparison"),
    ("multiple", "c:comparison"),
    ("name", "c:name"),
    ("superlative", "c:superlative"),
    ("prediction", "c:prediction"),
    ("causal", "c:causal"),
    ("rule", "c:rule"),
)


def cw_features(
    text: str,
    *,
    ctype: str,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    words: bool = True,
    context: str | None = None,
) -> list[str]:
    """The features the check-worthiness model weighs.

    Cues that hold in both languages (figures, dates, the claim type, a speaker, a
    quotation, first person, opinion words, comparison, prediction, cause, rule words, a
    name, length), and with `words` the lower-cased words (every digit run reads "0"), the
    first word and the `_shape_features`, of `context` when given (the whole sentence a
    piece was cut from: the model is fitted on whole sentences) or else of `text`. Word
    bigrams were tried and did not help on CheckThat! dev-test nor on held-out debates.
    """
    found, toks, _, _ = _analysed(text)
    feats = ["t=" + ctype]
    feats += sorted({f for c, f in _CUE_FEATURES if c in found})
    if quantities:
        feats.append("c:qty")
    if dates:
        feats.append("c:date")
    if speaker:
        feats.append("c:speaker")
    if quoted:
        feats.append("c:quoted")
    feats.append(_len_feature(text.count(" ") + 1))
    if words:
        source = text if context is None else context
        toks = _analysed(source)[1]
        if toks:
            feats.append("^" + toks[0])
            feats += toks
            feats += _shape_features(toks, _analysed(source)[3])
    return feats


_THIRD_PERSON = frozenset(["he", "she", "they"])


def _shape_features(toks: list[str], low: str) -> list[str]:
    """Word-part features that no single word carries and that hold across debates and
    years: how many figures a sentence holds, regular past-tense verbs (something that
    happened), a sentence about what he, she or they did or want, and a question."""
    feats = ["x:num" + str(min(toks.count("0"), 3))]
    # words ending in -ed ("reported", "closed"; a few like "need" too), counted in C
    past = low.count("ed ") + low.count("ed,") + low.count("ed.") + low.endswith("ed")
    if past:
        feats.append("x:ed" if past == 1 else "x:ed2")
    if toks[0] in _THIRD_PERSON:
        feats.append("x:3p")
    if "?" in low:
        feats.append("x:q")
    return feats


# summed word weights of recent contexts (a sentence's pieces share one)
_WORD_LOGIT: dict[str, float] = {}


_ZEROS = itertools.repeat(0.0)  # map(WEIGHTS.get, toks, _ZEROS): get(t, 0.0) in C


def _tokens(text: str) -> list[str]:
    """The word features of `text` alone (what `_analysed` returns second, without cues)."""
    low = text.lower()
    token = _TOKEN if "'" in low or "’" in low else _TOKEN_NO_CLITIC
    return token.findall(_DIGITS.sub("0", low))


def word_scale(n: int) -> float:
    """Factor on the summed word weights of a context of `n` words: sqrt(WORD_LENGTH / n).

    Summed plainly, the word weights of a long sentence pile up into a confident score
    whatever its words, and a short one stays near the cue part. Dividing by the square
    root of the length (as the model was fitted) keeps the word evidence of a 40-word
    sentence and a 6-word one on one scale; on debates of years the model was not fitted
    on this ranked check-worthy sentences better than the plain sum did."""
    return math.sqrt(WORD_LENGTH / max(n, 3))


def _word_logit(text: str) -> float:
    """Each distinct word once (a repeated "the" or "we" is no more evidence) and the
    shape features, the sum scaled by `word_scale` of the number of words."""
    z = _WORD_LOGIT.get(text)
    if z is None:
        hit = _ANALYSED.get(text)
        toks = hit[1] if hit is not None else _tokens(text)
        if toks:
            get = WEIGHTS.get
            distinct = hit[2] if hit is not None else set(toks)
            low = hit[3] if hit is not None else text.lower()
            z = get("^" + toks[0], 0.0) + sum(map(get, distinct, _ZEROS))
            z += sum(map(get, _shape_features(toks, low), _ZEROS))
            z *= word_scale(len(toks))
        else:
            z = 0.0
        if len(_WORD_LOGIT) >= _ANALYSED_MAX:
            _WORD_LOGIT.clear()
        _WORD_LOGIT[text] = z
    return z


def checkworthiness(
    text: str,
    *,
    ctype: str,
    quoted: bool,
    speaker: str | None,
    quantities: list[Quantity],
    dates: list[DateMention],
    language: str | None = None,
    context: str | None = None,
) -> float:
    """Score in [0, 1]: how much a fact-checker would want to check this statement.

    A logistic model fitted offline by bench/fit_checkworthiness.py on ClaimBuster
    (CheckThat! 2024 English train + dev), weights in checkworthy_weights.py. It has two
    parts: cue weights, fitted alone first, and English word weights fitted on top of them
    as a correction. Swedish text (`language` "sv", or, when not given, Swedish letters or
    function words) is scored by the cue part alone, which is calibrated on its own. The
    words are those of `context` (the sentence the claim was cut from) when given, summed
    once per sentence and scaled by `word_scale` of its length; the cues are the claim's own.
    """
    found = cues(text)
    swedish = language == "sv" if language else "swedish" in found
    n = text.count(" ") + 1
    key = (found, ctype, bool(quantities), bool(dates), bool(speaker), quoted, _len_feature(n))
    z = _CUE_LOGIT.get(key)
    if z is None:
        get = WEIGHTS.get
        feats = cw_features(
            text,
            ctype=ctype,
            quoted=quoted,
            speaker=speaker,
            quantities=quantities,
            dates=dates,
            words=False,
        )
        z = BIAS + sum(get(f, 0.0) for f in feats)
        if len(_CUE_LOGIT) >= _TOKEN_MEMO_MAX:
            _CUE_LOGIT.clear()
        _CUE_LOGIT[key] = z
    if not swedish:
        z += _word_logit(text if context is None else context)
    return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)


# cue part of the logit by (cues, type, figures, dates, speaker, quoted, length): a few
# thousand combinations, so most claims cost one dict look-up here
_CUE_LOGIT: dict[tuple, float] = {}


def _len_feature(n: int) -> str:
    return "len<6" if n < 6 else "len<12" if n < 12 else "len<25" if n < 25 else "len>=25"
