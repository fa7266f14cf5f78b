"""Word lists and small predicates shared by every step of the decomposition.

Number and superlative words (`has_core`: does a piece state something checkable), the
finite-verb lists and tests (`_is_finite`, `_verb_start`, `_contains_verb`), subject
detection (`subject_span`), and the `Piece` type with the trims of its ends. Separate because
the clause split, the parentheticals, the phrase cuts and the figure fallback all ask these
same questions: a word added here changes every step that asks them.
"""

from __future__ import annotations

import re

Piece = tuple[tuple[int, int], ...]

_NUMBER_WORDS = (
    "två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tjugo\\w*|trettio|fyrtio|femtio|hundra\\w*|"
    "tusen|miljon\\w*|miljard\\w*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    "twenty\\w*|thirty|forty|fifty|hundred|thousand|million|billion|dozen"
)
# the ways a percentage is written, as bare alternatives: a pattern puts them in a group of
# their own ("(?:{_PERCENT})") or in one that goes on ("(?:{_PERCENT}|points?)")
_PERCENT = r"%|per\s?cent|percent|procent"
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
SUPERLATIVES = frozenset(_SUPERLATIVE_WORDS.split("|")[:-3])
# Head nouns of an appositive that states a rank, a record or a change of its own: "...,
# its fourth reduction this year", "..., a record for the town", "..., en ökning med 14 procent"
_APPOSITIVE_HEADS = (
    "second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|andra|tredje|fjärde|femte|"
    "sjätte|sjunde|åttonde|nionde|tionde|record|rekord|increase|rise|jump|gain|drop|fall|"
    "decline|decrease|reduction|cut|loss|ökning|minskning|höjning|sänkning|uppgång|nedgång|"
    "rekordnivå|record-high|record-low|flesta|merparten|majoriteten|majority|hälften|"
    # "..., a figure the charity expects to rise to 1.4 million", "..., en siffra som ..."
    "figure|siffra"
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

EN_VERBS = EN_FINITE_VERBS | frozenset(
    [
        "am",
        "been",
        "may",
        "might",
        "must",
        "shall",
        "should",
        "cannot",
        "can't",
        "won't",
        "don't",
        "doesn't",
        "didn't",
        "isn't",
        "aren't",
        "wasn't",
        "weren't",
        "hasn't",
        "haven't",
        "hadn't",
        "says",
        "tells",
        "adds",
        "wrote",
        "announced",
        "reported",
        "remains",
        "remained",
        "includes",
        "included",
        "serves",
        "means",
        "owns",
        "runs",
        "holds",
        "makes",
        "takes",
        "gives",
        "shows",
        "needs",
        "wants",
        "found",
        "knew",
        "thought",
        "brought",
        "built",
        "sent",
        "spent",
        "told",
        "won",
        "drew",
        "flew",
        "wore",
        "became",
        "stood",
        "understood",
        "meant",
        "caught",
        "taught",
        "bore",
        "swore",
        "drove",
        "rode",
        "wrote",
        "chose",
        "froze",
        "spoke",
        "broke",
        "woke",
        "stole",
    ]
)
SV_VERBS = SV_FINITE_VERBS | frozenset(
    [
        "måste",
        "bör",
        "borde",
        "vill",
        "ville",
        "finns",
        "fanns",
        "gäller",
        "gällde",
        "behöver",
        "behövde",
        "verkar",
        "verkade",
        "anser",
        "ansåg",
        "menar",
        "menade",
        "uppger",
        "meddelar",
        "skriver",
        "skrev",
        "berättar",
        "kräver",
        "krävde",
        "visar",
        "visade",
        "ökar",
        "minskar",
        "stiger",
        "sjunker",
        "ger",
        "gav",
        "ser",
        "såg",
        "vet",
        "visste",
        "lämnar",
        "lämnade",
        "sätter",
        "satte",
        "håller",
        "höll",
        "räknar",
        "väntas",
        "beräknas",
        "bedöms",
        "planerar",
        "beskriver",
        "beskrev",
        "kallar",
        "kallade",
        "hävdar",
        "varnar",
        "varnade",
        "betonar",
        "betonade",
        "bekräftar",
        "tillägger",
        "tillade",
        "omkom",
        "grep",
        "greps",
        "bröt",
        "sköt",
        "sköts",
        "drog",
        "drabbades",
        "skrev",
        "dog",
        "föll",
        "slog",
        "brann",
    ]
)
# Words in -de/-te that are not past-tense verbs (ordinals, adjectives, nouns).
SV_NOT_PAST = frozenset(
    [
        "femte",
        "sjätte",
        "elfte",
        "tolfte",
        "halte",
        "sista",
        "bästa",
        "största",
        "första",
        "andra",
        "tredje",
        "hela",
        "egna",
        "gamla",
        "stora",
        "nya",
        "unga",
        "olika",
        "vidare",
        "tomte",
        "lite",
        "flesta",
        "mesta",
    ]
)
# Adverbs that may sit between "och"/"and" and the verb of a coordinated clause.
ADVERBS = frozenset(
    [
        "also",
        "then",
        "later",
        "previously",
        "subsequently",
        "eventually",
        "still",
        "now",
        "even",
        "further",
        "recently",
        "again",
        "soon",
        "quickly",
        "finally",
        "initially",
        "only",
        "already",
        "never",
        "once",
        "thus",
        "therefore",
        "också",
        "även",
        "sedan",
        "senare",
        "därefter",
        "dessutom",
        "nu",
        "fortfarande",
        "ännu",
        "redan",
        "aldrig",
        "snart",
        "slutligen",
        "därmed",
        "då",
        "alltså",
        "bara",
        "just",
    ]
)
# Words that open a sentence without being (the start of) its subject.
NON_SUBJECT_OPENERS = frozenset(
    [
        "after",
        "before",
        "when",
        "while",
        "if",
        "because",
        "although",
        "though",
        "as",
        "since",
        "until",
        "unless",
        "in",
        "on",
        "at",
        "by",
        "for",
        "from",
        "with",
        "without",
        "during",
        "under",
        "over",
        "into",
        "through",
        "according",
        "yesterday",
        "today",
        "tomorrow",
        "now",
        "then",
        "later",
        "earlier",
        "meanwhile",
        "however",
        "also",
        "thus",
        "so",
        "but",
        "and",
        "or",
        "yet",
        "still",
        "here",
        "there",
        "instead",
        "overall",
        "finally",
        "first",
        "last",
        "such",
        "efter",
        "innan",
        "när",
        "medan",
        "om",
        "eftersom",
        "fast",
        "trots",
        "sedan",
        "tills",
        "i",
        "på",
        "vid",
        "av",
        "för",
        "från",
        "med",
        "utan",
        "under",
        "över",
        "genom",
        "enligt",
        "igår",
        "idag",
        "imorgon",
        "nu",
        "då",
        "senare",
        "tidigare",
        "samtidigt",
        "men",
        "och",
        "eller",
        "ändå",
        "här",
        "där",
        "därför",
        "dessutom",
        "däremot",
        "först",
        "sist",
        "därmed",
        "alltså",
        "så",
        "varpå",
        "totalt",
    ]
)
# (its words are `str.split()`'s: \s and str.split() agree on white space, and split is
# several times faster where the spans are not needed)
_WORDS = re.compile(r"\S+")


_DIGIT = re.compile(r"\d")
# "[^\W\d_]+" written to open with its character class: `re` then skips in C to each letter
# instead of trying the repeat at every space, digit and comma (the same tokens)
_WORD_TOKEN = re.compile(r"[^\W\d_][^\W\d_]*")
_NUMBER_WORD_SET = frozenset(w for w in _NUMBER_WORDS.split("|") if "\\" not in w)
_NUMBER_WORD_PREFIXES = tuple(w[:-3] for w in _NUMBER_WORDS.split("|") if w.endswith("\\w*"))
_CORE_WORDS = _NUMBER_WORD_SET | SUPERLATIVES
_SUPERLATIVE_ENDINGS = ("aste", "iest")
_QUALIFIER_WORDS = frozenset(
    [
        "minst",
        "drygt",
        "knappt",
        "nästan",
        "över",
        "runt",
        "cirka",
        "omkring",
        "least",
        "than",
        "nearly",
        "almost",
        "about",
        "around",
        "over",
    ]
)
_ARTICLES = frozenset(["en", "ett", "a", "an"])


def has_core(chunk: str) -> bool:
    """A figure or a superlative: something a reviewer can check.

    Word-set look-ups over one tokenisation (the same answer as `_HAS_NUMBER` or a scan for
    SUPERLATIVES and -aste/-iest words, several times faster than scanning alternations)."""
    if _DIGIT.search(chunk):
        return True
    toks = _WORD_TOKEN.findall(chunk.lower())
    words = set(toks)
    if not words.isdisjoint(_CORE_WORDS):
        return True
    for t in toks:
        if t.startswith(_NUMBER_WORD_PREFIXES) or (t.endswith(_SUPERLATIVE_ENDINGS) and len(t) > 4):
            return True
    if not words.isdisjoint(_QUALIFIER_WORDS) and not words.isdisjoint(_ARTICLES):
        return bool(_HAS_NUMBER.search(chunk))
    return False


def _word_count(chunk: str) -> int:
    return len(chunk.split())


def _first_word(chunk: str) -> str:
    m = _WORDS.match(chunk.lstrip())
    return m.group(0).strip(',.;:"”»') if m else ""


# Swedish strong verbs change their vowel in the past tense ("gav", "bröt") and take a
# particle as a prefix ("utgav", "avbröt", "övertog", "infann"): a closed class, listed here
_SV_STRONG_PAST = frozenset(
    [
        "gav",
        "tog",
        "bröt",
        "drog",
        "höll",
        "slog",
        "lät",
        "sköt",
        "föll",
        "steg",
        "sjönk",
        "vann",
        "skrev",
        "grep",
        "drev",
        "bjöd",
        "sprang",
        "stal",
        "satt",
        "såg",
        "fann",
        "brann",
        "drack",
        "sjöng",
        "sprack",
        "stack",
        "strök",
        "svek",
        "fick",
        "gick",
        "kom",
        "stod",
        "flög",
        "frös",
        "gled",
        "grät",
        "knöt",
        "njöt",
        "rann",
    ]
)
_SV_PARTICLE_PREFIX = re.compile(
    r"(?:ut|in|upp|av|över|under|fram|till|om|be|för|an|på|ned|ner|bort|sam|mot|genom|efter|"
    r"åter|med)(?P<stem>[a-zåäö]{2,5})"
)


def _sv_strong_past(low: str) -> bool:
    """ "avbröt", "utgav", "övertog": a particle and a strong past tense (a finite verb)."""
    m = _SV_PARTICLE_PREFIX.fullmatch(low)
    return bool(m and m.group("stem") in _SV_STRONG_PAST)


def _is_finite(low: str, language: str) -> bool:
    """A lower-case word that is (very likely) a finite verb: listed, or a past-tense form."""
    if language == "sv":
        return (
            low in SV_VERBS
            or low in _SV_STRONG_PAST
            or _sv_strong_past(low)
            or (low.endswith(("ade", "ades")) and len(low) > 4)
            or (low.endswith(("des", "tes")) and len(low) > 5)  # "föddes", "sköttes"
            or (
                low.endswith(("de", "te"))
                and len(low) > 4
                and not low.endswith("nde")
                and low not in SV_NOT_PAST
            )
        )
    return (
        low in EN_VERBS
        or (low.endswith("ed") and len(low) > 4 and not low.endswith("eed"))
        or (low.endswith("ied") and len(low) == 4)  # "died", "lied", "tied"
    )


is_finite = _is_finite  # for the pipeline: the claim before's verb ends a carried lead


def _verb_start(chunk: str, language: str) -> tuple[bool, bool]:
    """(starts with a verb, that verb is finite): "and (also) raised ..." -> (True, True),
    "breaking the record" -> (True, False)."""
    words = chunk[:80].split()
    if not words:
        return False, False
    i = 1 if words[0].lower() in ADVERBS and len(words) > 1 else 0
    low = words[i].strip(',.;:"”»').lower()
    if _is_finite(low, language):
        return True, True
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    if language == "sv":
        if (
            len(low) > 4
            and low.endswith(("ar", "er", "ir", "är"))
            and (nxt in _SV_OBJECT_STARTS or nxt in ADVERBS or nxt[:1].isdigit())
        ):
            return True, True  # "men saknar fortfarande ...", "och innebär att ..."
        return False, False
    if low.endswith("ing") and len(low) > 5:
        return True, False
    if (
        len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s"))
        and (nxt in _OBJECT_STARTS or nxt[:1].isdigit())
    ):
        return True, True  # "and sells them in 40 countries", "and employs about 300"
    if (
        nxt == "to"
        and len(low) > 3
        and low.endswith("s")
        and not low.endswith(("ss", "us", "is", "'s"))
        and i + 2 < len(words)
        and words[i + 2].lower() not in _TO_NOUN_OBJECTS
        and not words[i + 2][:1].isdigit()
        and not words[i + 2][:1].isupper()
    ):
        return True, True  # "and aims to break even", "and plans to close" (not "threats to the")
    return False, False


_TO_NOUN_OBJECTS = frozenset(
    ["the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"]
)


def _starts_with_verb(chunk: str, language: str) -> bool:
    return _verb_start(chunk, language)[0]


def _contains_verb(chunk: str, language: str) -> bool:
    return any(_is_finite(w.lower().strip(',.;:"”»'), language) for w in chunk.split())


_LOOSE_EN = re.compile(r"\b[a-z]{2,}(?<!s)(?<!u)s\b|\b[a-z]{3,}ed\b")
_LOOSE_SV = re.compile(r"\b[a-zåäö]{2,}(?:ar|er|ir|or|de|te|dde|tte)\b")


def _loose_verb(chunk: str, language: str) -> bool:
    """A word shaped like a present- or past-tense verb (nouns pass too): only used to tell
    a clause from a bare list of nouns."""
    return bool((_LOOSE_SV if language == "sv" else _LOOSE_EN).search(chunk))


def subject_span(text: str, start: int, end: int, language: str) -> tuple[int, int] | None:
    """The subject of the clause text[start:end]: the words before its first finite verb,
    when they look like a noun phrase ("The union", "Sveriges statsminister Ulf Berg",
    "It"). None when the clause opens with an adverbial, a subordinator or a comma, or no
    verb comes within the first eight words (Swedish "I går steg priset" puts the subject
    after the verb: no subject is carried then)."""
    words = list(_WORDS.finditer(text, start, min(end, start + 160)))
    if len(words) < 2:
        return None
    first = words[0].group(0).strip('"“”„«»—–-').lower()
    pronouns = SV_SUBJECT_PRONOUNS if language == "sv" else EN_SUBJECT_PRONOUNS
    if first not in pronouns and (
        not first or first in NON_SUBJECT_OPENERS or not words[0].group(0)[:1].isupper()
    ):
        return None
    for i, w in enumerate(words[1:9], start=1):
        raw = w.group(0)
        low = raw.strip(',.;:"”»').lower()
        if raw.endswith(",") and not (_is_finite(low, language) or low in ADVERBS):
            return None  # "Anna Berg, 54, won": keep it simple, no carry
        if _is_finite(low, language) or (language == "sv" and raw.islower() and low in _SV_PRESENT):
            subj_end = words[i - 1].end()
            if i - 1 >= 1 and words[i - 1].group(0).strip(",").lower() in ADVERBS:
                subj_end = words[i - 2].end()
            return (words[0].start(), subj_end)
    return None


_SV_DEFINITE = ("erna", "arna", "orna", "na", "en", "et")


_SV_OBJECT_STARTS = frozenset(
    [
        "den",
        "det",
        "de",
        "dem",
        "en",
        "ett",
        "att",
        "inte",
        "sin",
        "sitt",
        "sina",
        "hans",
        "hennes",
        "deras",
        "ingen",
        "inget",
        "inga",
        "mer",
        "över",
        "drygt",
        "cirka",
        "omkring",
        "runt",
        "nästan",
        "minst",
    ]
)
_OBJECT_STARTS = frozenset(
    [
        "the",
        "a",
        "an",
        "them",
        "it",
        "its",
        "their",
        "his",
        "her",
        "our",
        "more",
        "about",
        "over",
        "some",
        "all",
        "up",
        "down",
    ]
)


_SV_PRESENT = frozenset(["beskriver", "uppger", "säger"])
EN_SUBJECT_PRONOUNS = frozenset(["it", "he", "she", "they", "we", "i"])
SV_SUBJECT_PRONOUNS = frozenset(["han", "hon", "de", "vi", "det", "den", "jag", "man"])


# a figure and the noun it counts: "25 besättningsmän", "around 19 million retail customers"
FIGURE_THEN_NOUN = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|over|some|cirka|runt|drygt|knappt|nästan|över|"
    r"omkring|ungefär)\s+)?[$£€]?\d[\d.,]*(?:\s+(?:million|billion|trillion|miljoner|"
    r"miljarder))?\s+[a-zåäö][\w-]{2,}",
    re.IGNORECASE,
)


_RELATIVE_ADVERBS = frozenset(
    [
        "now",
        "also",
        "still",
        "already",
        "not",
        "never",
        "often",
        "nu",
        "också",
        "även",
        "inte",
        "aldrig",
        "fortfarande",
        "redan",
        "ofta",
    ]
)


_LIST_AND = re.compile(r"\s(?:och|and)\s+")


# the ends of a piece: separators, a leading conjunction, a trailing dash
_LEADING_CONJ = re.compile(
    r"(?:[—–\-]\s*)?(?:medan|men|och|while|whereas|but|and)\s+", re.IGNORECASE
)


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    """The span without the separators around it and a leading conjunction ("och", "but")."""
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    m = _LEADING_CONJ.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    return _trim_end(text, s, e)


def _trim_end(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;–—-"):
        e -= 1
    return s, e
