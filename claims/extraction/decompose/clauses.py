"""The clause split: where a sentence is cut at a comma, semicolon, dash or conjunction.

`_SPLIT` finds the separators, `_candidates` adds the rarer ones ("which means that", "in
which"), `_decide` judges each from the words on its two sides (a new clause, and something
checkable on both sides), and `_split_span` cuts the span at the separators it accepts. The
patterns and word lists here are the cues only `_decide` reads. Separate because this one
decision is where most rules have been added, case by case.
"""

from __future__ import annotations

import re

from .words import (
    _APPOSITIVE_HEADS,
    _ARTICLES,
    _HAS_NUMBER,
    _NUMBER_WORDS,
    _PERCENT,
    _RELATIVE_ADVERBS,
    _SUPERLATIVE_WORDS,
    _SV_DEFINITE,
    ADVERBS,
    EN_FINITE_VERBS,
    FIGURE_THEN_NOUN,
    NON_SUBJECT_OPENERS,
    SV_FINITE_VERBS,
    _contains_verb,
    _first_word,
    _is_finite,
    _loose_verb,
    _starts_with_verb,
    _verb_start,
    _word_count,
    has_core,
)

_MULTIPLIER_START = re.compile(
    r"(?:ungefär\s+|roughly\s+|nearly\s+|almost\s+|nästan\s+|about\s+|mer än\s+|more than\s+|"
    r"mindre än\s+|less than\s+)?"
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
    rf"(?:den|det|de|dess|deras|hans|hennes|sin|sitt|sina|en|ett|the|a|an|its|their|his|her|"
    rf"our)\s+(?:\S+\s+){{0,2}}?(?:{_SUPERLATIVE_WORDS}|{_APPOSITIVE_HEADS})\b",
    re.IGNORECASE,
)
# a rank after a genitive: "..., partiets högsta notering sedan 2019", "..., the region's
# second-largest employer", "..., Europe's busiest airport"
_GENITIVE_RANK_START = re.compile(
    rf"[^\W\d_]{{2,}}(?:s|['’]s)\s+(?:\S+\s+)?(?:{_SUPERLATIVE_WORDS}|{_APPOSITIVE_HEADS})\b",
    re.IGNORECASE,
)
# "..., mot 52 procent för oppositionen", "..., against 41% for Labour": the figure of a
# second owner set against the first
_OWNER_CONTRAST = re.compile(
    r"(?:mot|against|versus|vs\.?)\s+(?:(?:about|around|roughly|nearly|almost|over|some|"
    r"more\s+than|less\s+than|cirka|runt|drygt|knappt|nästan|över|omkring|ungefär|minst)\s+)?"
    r"[$£€]?\d[\d.,]*\s*(?:%|[^\W\d]+(?:\s+[^\W\d]+)?)?\s+(?:for|för|hos|among|bland)\s+",
    re.IGNORECASE,
)
# "..., nytt banrekord", "..., a new all-time record"
_NEW_RECORD_START = re.compile(
    r"(?:(?:a|an|ett|en)\s+)?(?:new|nytt|ny|nya|all-time)\s+(?:\S+\s+)?\S*(?:rekord|record)",
    re.IGNORECASE,
)
# after a dash the rank may come without a determiner: "– highest since 2016"
_BARE_RANK_START = re.compile(
    rf"(?:\S+\s+)?(?:{_SUPERLATIVE_WORDS}|{_APPOSITIVE_HEADS})\b|\S*(?:rekord|record)\b",
    re.IGNORECASE,
)
# "..., most of them in Germany", "..., de flesta av dem barn"
_SHARE_OF_THEM = re.compile(
    r"(?:most|half|many|all|some|two-thirds|a\s+third|a\s+quarter|de\s+flesta|hälften|"
    r"merparten|majoriteten|många|flera|alla)\s+(?:of\s+(?:them|which|whom)|av\s+(?:dem|vilka))\b",
    re.IGNORECASE,
)
# first words of the phrases above (a cheap gate before their regexes)
_OF_WHICH = re.compile(r"(?:varav|of\s+which)\s", re.IGNORECASE)
_TIME_RELATIVES = frozenset(["när", "when", "då"])
_RANK = re.compile(
    r"\b(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|tredje|fjärde|femte|"
    r"sjätte|sjunde|åttonde|nionde|tionde)\b",
    re.IGNORECASE,
)
_YEAR_END = re.compile(r"\b(?:1[89]|20)\d\d\W*$")
_DATED_YEAR_END = re.compile(
    r"\b(?:in|i|january|february|march|april|may|june|july|august|september|october|"
    r"november|december|januari|februari|mars|maj|juni|juli|augusti)\s+(?:1[89]|20)\d\d\W*$",
    re.IGNORECASE,
)
# "two weeks after", "bara några dagar efter att": the clause dates the one before
_TIME_DISTANCE_END = re.compile(
    r"\b(?:minutes|hours|days|weeks|months|years|minuter|timmar|dagar|dygn|veckor|månader|år|"
    # "came a day after", "kom en vecka efter": one unit of time (not a rate: "3,000 trips a
    # day since it opened")
    r"(?:came|comes|began|begins|started|kom|kommer|började|inleddes)\s+(?:just\s+|only\s+|bara\s+)?"
    r"(?:a|an|one|en|ett)\s+(?:minute|hour|day|week|month|year|minut|timme|dag|vecka|månad)|"
    r"shortly|soon|strax|kort|just|only|bara|direkt|immediately)\s*$",
    re.IGNORECASE,
)
_AS_PHRASE = re.compile(
    r"as\s+(?:well|such|expected|planned|usual|part|of|much|many|long|soon|far|a|an|if|"
    r"though|in|for|with|to|at|on|väntat)\b",
    re.IGNORECASE,
)
_YEARS = re.compile(r"\b(?:1[89]|20)\d\d\b")
_PHRASE_OPENERS = frozenset(
    [
        "i",  # "i linje med"
        "or",
        "eller",
        "varav",
        "of",
        "because",
        "since",
        "after",
        "eftersom",
        "efter",
        "därför",
        "with",
        "med",
        "citing",
        "blaming",
        "driven",
        "fuelled",
        "fueled",
        "spurred",
        "prompted",
        "caused",
        "triggered",
        "boosted",
        "dragged",
        "weighed",
        "hit",
        "drivet",
        "drivna",
        "orsakad",
        "orsakat",
        "orsakade",
        "till",
        "på",
        "due",
        "owing",
        "as",
        "pointing",
        "bland",
        "bl.a.",
        "bl.",
        "främst",
        "delvis",
        "framför",
        "mainly",
        "partly",
        "largely",
        "among",
        "in",
        "genom",
        "by",
        "through",
        "far",
        "well",
        "just",
        "short",
        "senast",
        "most",
        "latest",
        "half",
        "many",
        "all",
        "some",
        "two-thirds",
        "a",
        "de",
        "hälften",
        "merparten",
        "majoriteten",
        "många",
        "flera",
        "alla",
        "följt",
        "följd",
        "följda",
        "followed",
    ]
)
_COMPARATIVE_WORDS = frozenset(["more", "less", "mer", "mindre", "fler", "färre", "worse", "sämre"])
_COMPARATIVE_START = re.compile(r"\S+(?:\s+\S+)?\s+(?:than|än)\s", re.IGNORECASE)
_RECORD_OPENERS = frozenset(["a", "an", "ett", "en", "new", "nytt", "ny", "nya", "all-time"])
_FOLLOWED_BY = re.compile(r"(?:följt|följd|följda|followed)\s+(?:av|by)\s", re.IGNORECASE)
# ", after inflation fell ...", ", eftersom räntan steg": a subordinate clause after a comma
_COMMA_SUBORDINATE_START = re.compile(
    r"(?:because|since|after|eftersom|efter\s+att|därför\s+att)\s", re.IGNORECASE
)
_HAVING_DONE = re.compile(r"(?:efter\s+att\s+ha|after\s+having)\s", re.IGNORECASE)
# ", with three members voting ...", ", med Labour på 24 procent": an absolute phrase
_WITH_START = re.compile(r"(?:with|med)\s", re.IGNORECASE)
# ", with the money earmarked for roads", ", with most of it going to ...": an absolute phrase
# whose noun has a participle of its own states a second fact, with or without a figure
_WITH_ABSOLUTE = re.compile(
    r"with\s+(?:the|its|their|his|her|most|much|all|some|part)\s+(?:\S+\s+){0,3}?"
    r"(?:[a-z-]{3,}(?:ed|ing)|set|put|kept|held|spent|paid|split|given|taken|made)\s+"
    r"(?:(?:aside|away|out|up|off)\s+)?(?:for|to|by|on|in|from|into|at|towards?)\s",
    re.IGNORECASE,
)
# ", citing weak demand", ", med hänvisning till ...": the reason given for the main fact
_REASON_START = re.compile(
    # ", främst på grund av ...", ", largely due to ...": a focusing adverb before the cause
    r"(?:(?:främst|delvis|framför\s+allt|mainly|partly|largely)\s+)?"
    r"(?:citing|blaming|pointing\s+to|med\s+hänvisning\s+till|"
    # ", driven by higher income", ", till följd av ...": the cause of the fact before
    r"(?:driven|fuelled|fueled|spurred|prompted|caused|triggered|boosted|dragged\s+down|"
    r"weighed\s+down|hit)\s+(?:(?:largely|mainly|mostly|partly|primarily|chiefly)\s+)?by|"
    r"(?:drivet|drivna|driven|orsakad|orsakat|orsakade)\s+(?:(?:främst|delvis|framför\s+allt)\s+)?av|"
    r"till\s+följd\s+av|på\s+grund\s+av|as\s+a\s+result\s+of|due\s+to|owing\s+to)\s",
    re.IGNORECASE,
)
_OPENING_REASON = re.compile(r"(?:because|eftersom)\s", re.IGNORECASE)
# ", bland annat genom att ...", ", mainly by cutting ...": the means, with a figure of its own
_MEANS_START = re.compile(
    r"(?:(?:bland\s+annat|bl\.\s?a\.|främst|delvis|framför\s+allt|mainly|partly|largely|"
    r"among\s+other\s+things|in\s+part)\s+)?(?:genom\s+att|by\s+\w+ing|through)\s",
    re.IGNORECASE,
)
# ", or 38.6% of the total": a share stated beside a count
_OR_SHARE = re.compile(rf"(?:or|eller)\s+(?:\S+\s+)?[\d.,]+\s*(?:{_PERCENT})", re.IGNORECASE)
# ", far short of the target of 600,000", ", senast till 1,75 procent": a figure set against
# the one before
_CONTRAST_START = re.compile(
    r"(?:(?:far|well|just)\s+(?:short\s+of|below|above|ahead\s+of|behind)|short\s+of|"
    r"senast|most\s+recently|latest)\b",
    re.IGNORECASE,
)
# ", down 6% from 2024", ", down nine points on last year": a change in percent or points,
# the figure in digits or in words
_CHANGE_APPOSITIVE = re.compile(
    r"(?:up|down|upp|ned|ner)\s+(?:about\s+|nearly\s+|almost\s+|drygt\s+|nästan\s+)?"
    rf"(?:[\d.,]+|(?:{_NUMBER_WORDS}))\s*(?:{_PERCENT}|"
    r"(?:percentage\s+)?points?|procentenheter|procentenhet)",
    re.IGNORECASE,
)
# "..., more than the area's average for a whole month", "..., mer än normalt för mars": a
# figure set against a norm (an average, a forecast, a target) is a comparison of its own
_NORM_REFERENCE = re.compile(
    r"\b(?:average|norm|normal|forecast|target|genomsnitt\w*|snitt\w*|normal\w*|prognos\w*|"
    r"målet)\b",
    re.IGNORECASE,
)
# "..., flest av alla spelare", "..., högst i länet": a Swedish superlative adverb, without a
# determiner, ranks the figure before it
_BARE_SUPERLATIVE_ADVERB = re.compile(
    r"(?:flest|färst|mest|minst|högst|lägst|störst|längst|kortast|snabbast|bäst|sämst|värst)\s+"
    r"(?:av\s+alla|bland|i|inom|på|sedan|någonsin)\s",
    re.IGNORECASE,
)
# ", a premium of 28% to ...", ", en ökning med 23 procent": an indefinite noun whose
# complement is a figure states that figure as a fact of its own
_FIGURE_APPOSITIVE = re.compile(
    r"(?:a|an|en|ett)\s+(?:[^\W\d_][\w-]*\s+){1,2}?(?:of|på|med|om)\s+", re.IGNORECASE
)
# "..., varav knappt hälften till ...", "..., of which two-thirds ...": a share is a figure
_SHARE_WORD = re.compile(
    r"\b(?:hälften|halva|half|\w+del(?:ar)?|a\s+(?:third|quarter|fifth)|two-thirds|"
    r"three-quarters|de\s+flesta|merparten|majoriteten|most|the\s+majority)\b",
    re.IGNORECASE,
)
_LABEL_NUMBER_END = re.compile(
    r"(?:\b(?:areas?|zones?|phases?|stages?|terminals?|reactors?)|område|zon|fas|etapp|"
    r"terminal|reaktor)\s+\d{1,2}$",
    re.IGNORECASE,
)
_ANAPHORIC_DETERMINERS = frozenset(["the", "this", "that", "these", "those", "its", "their"])
_IN_LINE_WITH = re.compile(r"(?:in\s+line\s+with|i\s+linje\s+med)\s", re.IGNORECASE)
_RELATIVE_START = re.compile(r"(?:vilket|vilka|which|där|where|när|when|då)\b", re.IGNORECASE)
# -ing words that open a phrase, not a clause: "..., including X", "..., according to Y".
PREPOSITION_LIKE_ING = frozenset(
    [
        "including",
        "according",
        "regarding",
        "concerning",
        "following",
        "excluding",
        "notwithstanding",
        "during",
        "considering",
        "pending",
        "barring",
        "saying",
        "adding",
        "noting",
        "citing",
        "ranging",
        "totalling",
        "totaling",
        "starting",
        "beginning",
        "ending",
    ]
)
_RELATIVE_CLAUSE = re.compile(r"(?:which|who|som|vilket|vilka|vilken)\s+", re.IGNORECASE)
_NOT_ONLY = re.compile(r"\b(?:not\s+only|inte\s+bara|inte\s+enbart)\b", re.IGNORECASE)
_PARTICIPLE_START = re.compile(r"[a-z]{3,}ing\b")
_SEQUENCE_START = re.compile(
    r"(?:för att sedan|för att därefter|innan|before|then|and then|only to)\b", re.IGNORECASE
)
_ADDITION_START = re.compile(
    r"(?:utöver|in addition to|plus|up from|down from|compared with|compared to|jämfört med|"
    r"att jämföra med)\b",
    re.IGNORECASE,
)

_CONCESSIVES = frozenset(["though", "although", "even", "även", "fast"])
_SPLIT = re.compile(
    # The pattern opens with the character every separator starts with, so `re` skips in C
    # to the next comma, semicolon or white space. Each branch then asks with a look-behind
    # which of them it was (after white space, `\s*` stands for the `\s+` of a separator).
    # The lookahead rejects at once the many spaces that cannot start a separator: it asks
    # for a word or dash some branch opens with (one test of the first letter, not every
    # branch in turn).
    r"[,;\s](?:(?<=[,;])|(?=\s*(?:[—–]|a(?:fter|nd|s)|b(?:ecause|ut)|efter|in|m(?:edan|en)|"
    r"och|s(?:edan|ince|om)|whereas)))(?:"
    r"(?P<semi>(?<=;)\s+)"
    # a dash alone is told apart from "– och" in _split_span (one branch scans faster)
    r"|(?P<strong>(?<=,)\s+(?:medan|whereas)\s+|(?<=\s)\s*(?:medan|whereas)\s+"
    r"|(?<=,)\s+while\s+|(?<=\s)\s*[—–]\s+(?:(?:medan|och|men|while|and|but)\s+)?"
    r"|(?<=,)\s+(?:men|but)\s+"
    # ", though side effects were reported in one in five": a concession is a fact of its own
    r"|(?<=,)\s+(?:though|although|even\s+though|även\s+om|fast)\s+)"
    r"|(?P<but>(?<=\s)\s*(?:men|but)\s+)"
    r"|(?P<comma_and>(?<=,)\s+(?:och|and)\s+)"
    r"|(?P<and>(?<=\s)\s*(?:och|and)\s+)"
    r"|(?P<because>(?<=\s)\s*(?:because|eftersom|efter\s+att|after"
    r"|as(?=\s+(?:it|they|he|she|we)\b)"
    # "scored twice as City beat Rovers 3-1": a name and a past-tense verb after "as"
    r"|as(?=\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+"
    r"(?:beat|won|lost|drew|fell|rose|took|went|came|[a-z]{3,}ed)\s)"
    # "... fall 9% this year as at least 11 gigawatts of coal capacity is retired": a figure
    # with a verb of its own after "as" (not "as many as 40 people were hurt")
    r"|(?<!many\s)(?<!much\s)as(?=\s+(?:(?:about|around|at\s+least|more\s+than|nearly|almost|"
    r"some|up\s+to|over)\s+)?[$£€]?\d[\d.,]*(?:\s+[\w-]+){1,5}?\s+"
    r"(?:is|are|was|were|has|have|had|will|[a-z]{3,}ed)\s)"
    # "... since it launched in 2021", "sedan den infördes 2021": an event of its own
    r"|since(?=\s+(?:it|they|he|she)\s+[a-z]{3,}ed\s)"
    r"|sedan(?=\s+(?:den|det|de|han|hon)\s+[a-zåäö]{3,}(?:des|tes)\s)))\s+"
    # "... tariffs on €21bn of goods in retaliation for US duties": the reason, kept whole
    r"|(?P<response>(?<=\s)\s*(?=in\s+re(?:taliation|sponse)\s|som\s+(?:svar|hämnd|"
    r"vedergällning)\s))"
    r"|(?P<comma>(?<=,)\s+))"
)


_CLAUSE_OPENERS_EN = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "his",
        "her",
        "their",
        "this",
        "these",
        "those",
        "it",
        "he",
        "she",
        "they",
        "we",
    ]
)
_CLAUSE_OPENERS_SV = frozenset(
    ["den", "det", "de", "en", "ett", "han", "hon", "vi", "dess", "hans", "hennes", "deras", "man"]
)


# Coordinated parts of one subordinate clause ("because costs rose and the company took a
# charge") state one reason together: they are not split apart.
# "between 2 | and 3", "mellan 10 | och 12": one range, not two clauses
_RANGE_END = re.compile(r"\b(?:between|mellan|from|från)\s+\S+\s*$", re.IGNORECASE)
_SUBORDINATOR = re.compile(
    r"\b(?:because|since|after|if|when|while|although|though|unless|until|eftersom|"
    r"efter\s+att|om|när|medan|fast|trots\s+att|tills)\s",
    re.IGNORECASE,
)


def _new_clause(chunk: str, language: str) -> bool:
    """`chunk` opens with its own subject and a finite verb within five words: "the company
    took ...", "Jim Gottfridsson gjorde ...", "(later) he was ..."."""
    words = chunk[:120].split()[:7]
    if words and words[0].lower() in ADVERBS:
        words = words[1:]
    if len(words) < 2:
        return False
    first = words[0].strip('"“”„«»').lower()
    openers = _CLAUSE_OPENERS_SV if language == "sv" else _CLAUSE_OPENERS_EN
    second = words[1].strip('.;:"”»').lower()
    if first.isalpha() and first not in ADVERBS and first not in NON_SUBJECT_OPENERS:
        # "och byggkostnaderna har stabiliserats", "and prices rose": a bare noun subject
        # (Swedish in its definite form), then a listed finite verb
        if language == "sv":
            if len(first) > 4 and first.endswith(_SV_DEFINITE) and second in SV_FINITE_VERBS:
                return True
        elif second in EN_FINITE_VERBS and first not in _LIST_WORDS:
            return True
    if (
        first not in openers
        and not words[0][:1].isupper()
        and not _QUALIFIER_OR_NUMBER_START.match(first)  # "tre personer fördes ..."
    ):
        return False
    for w in words[1:5]:
        low = w.strip('.;:"”»').lower()
        if w.endswith(",") or low in _LIST_WORDS:
            return False  # "the Senate and House and was ...": a list, not a subject
        if _is_finite(low, language):
            return True
    return False


_LIST_WORDS = frozenset(["and", "or", "och", "eller", "nor", "samt"])


_SV_CONJUNCTIONS = frozenset(["men", "och", "medan", "eftersom", "efter"])
_EN_CONJUNCTIONS = frozenset(["but", "and", "while", "whereas", "because", "after", "as"])


def _parallel_participle(left: str, right: str) -> bool:
    """ "breaking the record by 27 seconds and becoming the first ...": the -ing word after
    the conjunction continues a participle clause that the left side opened. Not so for a
    gerund used as a noun ("and breeding of cattle") or a pair ("Assessing and
    understanding")."""
    lwords = left.split()
    rwords = right[:60].split()
    return (
        len(lwords) >= 2
        and lwords[0].lower().endswith("ing")
        and not lwords[-1].lower().strip(",").endswith("ing")
        and (len(rwords) < 2 or rwords[1].lower() != "of")
    )


_PASSIVE_AUX = frozenset(["be", "been", "being", "is", "are", "was", "were", "get", "got"])
_EN_PARTICIPLES = frozenset(
    [
        "kept",
        "made",
        "held",
        "sold",
        "built",
        "paid",
        "sent",
        "left",
        "found",
        "given",
        "taken",
        "shown",
        "known",
        "seen",
        "done",
        "put",
        "set",
        "cut",
        "hit",
        "brought",
        "bought",
        "told",
    ]
)


def _shared_passive(left: str, right: str) -> bool:
    """ "Boilers can be repaired and kept in use": a participle after the conjunction shares
    the auxiliary of the participle before it."""
    lwords = [w.lower().strip(",") for w in left[-60:].split()]
    rword = _first_word(right).lower()
    return (
        len(lwords) >= 2
        and (rword in _EN_PARTICIPLES or (rword.endswith("ed") and len(rword) > 4))
        and any(w in _PASSIVE_AUX for w in lwords[-5:-1])
        and (lwords[-1].endswith("ed") or lwords[-1] in _EN_PARTICIPLES)
    )


# a figure, then a word that says what it belongs to: "17% for the Conservatives"
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")
_LIST_QUALIFIER = (
    r"(?:(?:about|around|roughly|nearly|almost|over|under|some|more\s+than|less\s+than|"
    r"fewer\s+than|at\s+least|cirka|runt|drygt|knappt|nästan|över|omkring|ungefär|minst|"
    r"mer\s+än|mindre\s+än|fler\s+än)\s+)?"
)


def gapped_owner_figure(chunk: str) -> bool:
    """The chunk is an owner and its figure with the verb left out ("Liberalerna 3,1
    procent", "the employers 48%"), not a date ("April 2021")."""
    m = GAPPED_OWNER_FIGURE.match(chunk)
    return bool(m) and not _YEAR.fullmatch(m.group("figure").rstrip(".,"))


# the units a figure may take before its owner: "300 million euros ($341 million) from ..."
_FIGURE_WORDS = r"(?:%|\S+)?(?:\s+[^\W\d]+)?(?:\s+\([^()]{1,40}\))?"
_FIGURE_THEN_OWNER = re.compile(
    _LIST_QUALIFIER
    + r"[$£€]?\d[\d.,]*\s*"
    + _FIGURE_WORDS
    + r"\s+(?:for|on|to|in|of|from|för|på|till|i|av|hos|från)\s+\S",
    re.IGNORECASE,
)
# gapping: the verb of the clause before is left out ("X fick 19 procent och Y 12 procent",
# "flickorna hade i snitt 242 poäng och pojkarna 216", "the union won 52% and the employers
# 48%"): an owner (a name or a definite noun) and its figure, nothing after
GAPPED_OWNER_FIGURE = re.compile(
    r"(?:(?:the|its|their)\s+[a-z][\w-]*(?:\s+[a-z][\w-]*)?|"
    r"[A-ZÅÄÖ][\w-]*(?:\s+[A-ZÅÄÖ][\w-]*){0,2}|[a-zåäö]{3,}(?:erna|arna|orna|rna|na|en|et))\s+"
    + _LIST_QUALIFIER
    + r"(?P<figure>[$£€]?\d[\d.,]*)(?:\s*%|\s+[^\W\d]+){0,2}[\s.]*$"
)
_OWNER_THEN_FIGURE = re.compile(
    r"(?:the\s+)?[A-ZÅÄÖ]\S*(?:\s+[A-ZÅÄÖ]\S*){0,3}\s+(?:med|on|at|with|på)\s+"
    r"(?:(?:about|around|nearly|almost|over|under|cirka|runt|drygt|knappt|nästan|över)\s+)?"
    r"[$£€]?\d"
)
_FIGURE_AT_END = re.compile(
    r"\d[\d.,]*\s*(?:%|\S+)?(?:\s+[^\W\d]+)?"
    r"(?:\s+(?:for|on|to|in|of|from|för|på|till|i|av|hos|från)\s+[^,]+)?$"
)
_COUNT_AT_END = re.compile(
    r"\d[\d.,]*(?:\s+(?:million|billion|trillion|miljoner|miljarder|kronor))?(?:\s+[^\W\d]+)?$"
)
_SV_POSTURE = frozenset(["ligger", "låg", "sitter", "satt", "står", "stod", "går", "gick"])
_MODALS = frozenset(
    [
        "will",
        "would",
        "can",
        "could",
        "shall",
        "should",
        "must",
        "may",
        "might",
        "to",
        "ska",
        "skall",
        "skulle",
        "kan",
        "kunde",
        "måste",
        "vill",
        "att",
    ]
)
_NOT_INFINITIVE = frozenset(
    [
        "the",
        "a",
        "an",
        "its",
        "their",
        "fram",
        "framåt",
        "med",
        "till",
        "then",
        "sedan",
        "on",
        "in",
        "i",
        "på",
        "den",
        "det",
        "de",
        "en",
        "ett",
        "up",
        "to",
        "into",
    ]
)


def _modal_then_infinitive(left: str, right: str, language: str) -> bool:
    """ "will ban new boilers from 2035 and spend £8bn": after a modal, a bare verb after
    the conjunction starts a second verb phrase, not the end of a range ("från 1920-talet
    och fram till kriget")."""
    word = _first_word(right).lower()
    if not word.isalpha() or word in _NOT_INFINITIVE or word in ADVERBS:
        return False
    words = [w.lower() for w in left[:200].split()]
    return any(w in _MODALS for w in words[:-2])


_LIST_ITEM_OPENERS = (
    "the ",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "cirka",
    "runt",
    "drygt",
    "knappt",
    "nästan",
    "över",
    "roughly",
    "some",
    "more than",
    "less than",
    "fewer than",
    "at least",
    "omkring",
    "ungefär",
    "minst",
    "mer än",
    "fler än",
)


def _figure_list_item(left: str, right: str) -> bool:
    """ "... 20% for Labour and 17% for the Conservatives", "with Labour on 24% and 17% for
    the Conservatives": each figure of a list, with what it belongs to, is a fact; so is each
    count of a list of counted things ("with 240 passengers and 31 crew aboard", "assets of
    €1bn and about 9,000 employees")."""
    r = right.lstrip()
    c = r[:1]
    if not (c.isdigit() or c.isupper() or c in "$£€" or r.startswith(_LIST_ITEM_OPENERS)):
        return False
    if _OWNER_THEN_FIGURE.match(r):
        pass  # "Moderaterna med 19 procent och Liberalerna med 5 procent"
    elif _YEAR.match(r):
        return False
    elif FIGURE_THEN_NOUN.match(r) and _COUNT_AT_END.search(left.rstrip()[-60:]):
        pass  # "187 passagerare och 25 besättningsmän ombord"
    elif not _FIGURE_THEN_OWNER.match(r) or _word_count(r) < 3:
        return False
    tail = left.rstrip()[-60:]
    rm = _RANGE_END.search(left)
    # "from 2,000 and ..." opens a range; "$200 million from Japan and ..." names a source
    return bool(_FIGURE_AT_END.search(tail)) and not (rm and _HAS_NUMBER.search(rm.group(0)))


# "has doubled fines and introduced ...", "har höjt skatten och infört ...": a perfect tense
# whose participle has an object, then a second participle with one
_PERFECT = re.compile(
    r"\b(?:har|hade|has|have|had)\s+(?:\S+\s+){0,3}(?P<part>[^\W\d_]{3,}(?:ed|t))\s+\S",
    re.IGNORECASE,
)
_PASSIVE_PERFECT = frozenset(["been", "blivit", "varit"])


_SV_PRESENT_BEFORE_PREP = re.compile(
    r"\b[a-zåäö]{3,}(?:ar|er|ir|är)\s+(?:i|på|med|vid|om|under|för)\s"
)


def _perfect_pair(left: str, right: str, language: str) -> bool:
    first = _first_word(right).lower()
    ending = ("ed",) if language != "sv" else ("t",)
    if len(first) < 5 or not first.endswith(ending):
        return False
    m = _PERFECT.search(left)
    return bool(
        m
        and m.group("part").lower().endswith(ending)
        and not _PASSIVE_PERFECT.intersection(left[-80:].lower().split())
    )


def _decide(kind: str, sep: str, left: str, right: str, language: str) -> bool:
    lw, rw = _word_count(left), _word_count(right)
    if (lw < 3 and not (lw == 2 and gapped_owner_figure(left))) or rw < 2:
        return False  # a gapped "pojkarna 215,6" is a clause, however short
    conj = sep.strip(" ,;—–\t\n").split(" ", 1)[0].lower()
    if conj in (_SV_CONJUNCTIONS if language != "sv" else _EN_CONJUNCTIONS):
        return False  # "two men had been arrested": "men" is Swedish for "but" only
    if kind in ("semi", "strong"):
        if conj in _CONCESSIVES:
            # ", though side effects were reported": a clause; ", though not by as much": no
            return rw >= 3 and _contains_verb(right, language)
        return rw >= 3
    if kind == "prep_which":
        # a figure on both sides and a verb in the clause: two facts
        return (
            rw >= 3
            and has_core(left)
            and has_core(right)
            and (_contains_verb(right, language) or _loose_verb(right, language))
        )
    if kind == "means":
        # "a budget that means the tax rises by 35 öre": what it means is a fact of its own
        return rw >= 3 and has_core(right)
    verb = finite = False
    if kind in ("and", "comma_and"):
        if left.endswith("-") and left[-2:-1].isalpha():
            return False  # "pappa- och mammarollerna": one compound written twice
        last = left.rsplit(None, 1)[-1:]
        if language == "sv" and last and last[0].lower() in _SV_POSTURE:
            return False  # "folk ligger och dör": one action
        verb, finite = _verb_start(right, language)
        if verb and not finite and not _parallel_participle(left, right):
            return False  # "the domestication and breeding of cattle", "warmth, and liking"
        if verb and _shared_passive(left, right) and not (has_core(left) and has_core(right)):
            return False  # "can be repaired and kept in use": one auxiliary, one fact
    if kind == "comma_and":
        # "..., 9% more than a year earlier, and said it expects ...": a finite verb after
        # ", and" continues the sentence's subject even when the phrase before has no verb
        return (
            rw >= 4
            and (
                finite
                or _contains_verb(left, language)
                or _loose_verb(left, language)
                # ", och i Stockholm blir höjningen 6 procent": a figure on both sides, a verb
                # early on the right
                or (has_core(left) and has_core(right) and _contains_verb(right[:40], language))
            )
        )
    if kind == "and":
        # (the pattern ends in a digit at the end, or before a final newline: most lefts
        # end otherwise and skip the scan)
        if (left[-1:].isdigit() or left.endswith("\n")) and _LABEL_NUMBER_END.search(left):
            return False  # "i elområde 1 och 2 kostade den ...": two names, one subject
        if rw == 2 and _perfect_pair(left, right, language):
            return True  # "har fördubblat straffen och infört visitationszoner"
        if (
            gapped_owner_figure(right.lstrip())
            and _FIGURE_AT_END.search(left.rstrip()[-60:])
            and (_contains_verb(left, language) or _loose_verb(left, language))
        ):
            return True  # "X fick 19 procent och Y 12 procent": one claim per owner
        if rw < 3:
            return False
        if verb:
            return True
        if _DET_SUPERLATIVE_START.match(right.lstrip()) and _HAS_NUMBER.search(left):
            return True  # "down 6% from 2024 and the lowest since records began": a rank
        if _MULTIPLIER_START.match(right.lstrip()) and has_core(left):
            return True  # "the highest since 2019 and almost three times the average"
        if _figure_list_item(left, right):
            return True  # "20% for Labour and 17% for the Conservatives"
        if (
            _new_clause(right, language)
            and _contains_verb(left, language)
            and not _SUBORDINATOR.search(left)
            and not _RANGE_END.search(left)
        ):
            return True  # "... rose and the company took a charge ..."
        right_start = right.lstrip()[:1]
        return (
            has_core(left)
            and has_core(right)
            and right_start.islower()
            # "En kvinna i 70-årsåldern och en man i 40-årsåldern fördes ...": two subjects
            # of one verb, not two clauses
            and not (
                _first_word(right).lower() in _ARTICLES
                and not _contains_verb(left, language)
                and not _loose_verb(left, language)
            )
            and (not _RANGE_END.search(left) or _modal_then_infinitive(left, right, language))
            and not _QUALIFIER_OR_NUMBER_START.match(right.lstrip())
        )
    if kind == "but":
        if (
            rw < 6
            and not has_core(right)
            and _REPORTED.search(left)
            and _starts_with_verb(right, language)
        ):
            # "said it was unlikely but could not be ruled out": after reported speech a
            # short verb phrase without a figure continues the reported clause, whose
            # subject ("it") is not the speaker
            return False
        # "made its debut in 1952 but started gaining prominence in the 1980s"
        return (
            rw >= 3
            and _contains_verb(left, language)
            and (_starts_with_verb(right, language) or _new_clause(right, language))
            and not _NOT_ONLY.search(left)
        )
    if kind == "response":
        return rw >= 5 and (has_core(left) or _contains_verb(left, language))
    if kind == "because":
        if sep.strip().lower() == "because" and right.startswith("of "):
            # "were scrubbed because of high winds": a new cause is a claim of its own; "because
            # of the shortage" points back to one already told
            return (
                rw >= 3
                and _first_word(right[3:]).lower() not in _ANAPHORIC_DETERMINERS
                and _contains_verb(left, language)
            )
        if sep.strip().lower() != "as" and _TIME_DISTANCE_END.search(left):
            return False  # "kom bara några dagar efter att ...", "two weeks after": one time
        if sep.strip().lower() == "as":
            # "as it moves into the Gulf ...": the pronoun makes it a clause; "as they slept"
            # alone states nothing to check
            return rw >= 4 or has_core(right)
        if (
            language != "sv"
            and _PARTICIPLE_START.match(right)
            and has_core(left)
            and has_core(right)
        ):
            return True  # "rose 0.4% in March after falling 0.2% in February"
        return rw >= 3 and _contains_verb(right, language) and not right.lstrip()[:1].isdigit()
    # plain comma (or a dash)
    r = right.lstrip()
    if (
        kind == "comma"
        and _OPENING_REASON.match(left.lstrip())
        and rw >= 3
        and _contains_verb(left, language)
        and _contains_verb(r, language)
    ):
        # "Because the plant is closed, prices rose 8%", "Eftersom bron är stängd, ...": the
        # cause opening the sentence and the main clause are two facts
        return True
    if kind == "dash" and _BARE_RANK_START.match(r):
        return has_core(left)  # "... 5.2% – highest since 2016", "– första höjningen sedan 2012"
    fw = r[: r.find(" ")].lower()
    if fw in _PHRASE_OPENERS:  # one set look-up spares the regexes below for most commas
        if _OR_SHARE.match(r):
            # "took 11,482 votes, or 38.6% of the total": a share beside a count
            return has_core(left) and not _OR_SHARE.match(left.lstrip()) and "%" not in left
        if _COMMA_SUBORDINATE_START.match(r):
            # "..., after inflation fell faster than expected": the reason is a claim; so is
            # what was done before, with a figure ("..., efter att ha seglat knappt 1 300 meter")
            return rw >= 3 and (
                _contains_verb(r, language) or bool(_HAVING_DONE.match(r) and has_core(r))
            )
        if _WITH_START.match(r):
            # "..., with three members preferring to hold rates at 3.75%"; a figure after a
            # clause without one too ("X became a crime, with a penalty of up to six years")
            # a share ("with roughly a third of that coming from ...") is a figure too
            return (
                rw >= 3
                and (
                    has_core(r)
                    or bool(_SHARE_WORD.search(r))
                    or (rw >= 5 and bool(_WITH_ABSOLUTE.match(r)))
                )
                and (_contains_verb(left, language) or _loose_verb(left, language))
            )
        if fw == "as":
            # ", as wages surged after ...": a clause of its own (not "as well as", "as
            # expected", "as part of")
            return (
                rw >= 4
                and not _AS_PHRASE.match(r)
                and _contains_verb(r[3:], language)
                and (_contains_verb(left, language) or has_core(left))
            )
        if _IN_LINE_WITH.match(r):
            # ", in line with the goal NATO members agreed in 2023": what it accords with is
            # a fact of its own when it has a verb
            return rw >= 5 and _contains_verb(r, language) and _contains_verb(left, language)
        if _REASON_START.match(r):
            return rw >= 3 and _contains_verb(left, language)
        if (
            (mm := _MEANS_START.match(r))
            and has_core(left)
            and (has_core(r) or not mm.group(0).rstrip().lower().endswith("through"))
        ):
            # ", mainly by closing branches": how a figure comes about is a (causal) claim of
            # its own, with or without a figure
            return rw >= 3 and (_contains_verb(left, language) or _loose_verb(left, language))
        if _CONTRAST_START.match(r):
            return rw >= 3 and has_core(r) and has_core(left)
        if _SHARE_OF_THEM.match(r):
            return has_core(left)
        if fw in ("varav", "of") and _OF_WHICH.match(r):
            # "2 miljarder kronor, varav 500 miljoner till ...": a part with its own figure,
            # or a share of the whole ("varav knappt hälften till ...")
            return has_core(left) and (has_core(r) or bool(_SHARE_WORD.search(r))) and rw >= 3
        if _FOLLOWED_BY.match(r):
            # "X fick 34 procent, följt av Y med 19 procent": the next in a ranked list
            return has_core(left) and has_core(r)
    if (fw.endswith(("er", "are")) or fw in _COMPARATIVE_WORDS) and _COMPARATIVE_START.match(r):
        # "grew 0.3%, slower than the 0.5% forecast": the comparison is a claim of its own;
        # "..., less than half the rate of ...": a multiple is a figure too
        # "..., more than the town usually gets in a month": a comparison with a clause of its
        # own (a verb) states what the figure is set against
        return has_core(left) and (
            has_core(r)
            or bool(_MULTIPLIER_START.match(r))
            or (rw >= 4 and bool(_NORM_REFERENCE.search(r)))  # not "..., more than expected"
            or (rw >= 5 and (_contains_verb(r, language) or _loose_verb(r, language)))
        )
    if fw in ("up", "down", "upp", "ned", "ner") and _CHANGE_APPOSITIVE.match(r):
        # "fell to 31 micrograms, down 6% from 2024": the change is a claim of its own
        return has_core(left)
    if _RESTATEMENT_START.match(r):
        return False
    if (
        fw in _TIME_RELATIVES
        and rw >= 5
        and (has_core(left) or _MULTIPLIER_START.match(left.lstrip()))
        and _first_word(r[len(fw) :]).lower() in _ARTICLES
        and (_contains_verb(r, language) or _loose_verb(r[len(fw) :], language))
    ):
        # "..., roughly double this year's output, when a new plant begins production": a
        # new thing and what it does is an event of its own
        return True
    if _RELATIVE_START.match(r) and (has_core(r) or _SHARE_WORD.search(r[:40]) is not None):
        # "..., when a quake killed 500": a fact of its own, unless the clause before only
        # names the time ("jämförs med toppåret 2017, då byggstarterna var 64 000")
        return (
            fw not in _TIME_RELATIVES
            or has_core(_YEARS.sub("", left))
            # "started on Thursday, when the temperature hit 44 degrees": a clause before,
            # not a year the clause describes ("toppåret 2017, då ...")
            or (not _YEAR_END.search(left) and _contains_verb(left, language) and rw >= 4)
            # "began easing in August 2024, when rates stood at 5.25%": a clause dated by a
            # month or "in", then what else held at the time
            or (
                _DATED_YEAR_END.search(left) is not None
                and rw >= 4
                and _contains_verb(left, language)
                and (_contains_verb(r, language) or _loose_verb(r[len(fw) :], language))
            )
        )
    if fw in ("mot", "against", "versus", "vs") and has_core(left) and _OWNER_CONTRAST.match(r):
        # "X får 46 procent, mot 52 procent för Y": a second owner's figure is a fact
        return rw >= 4
    if (
        fw in ("som", "which", "who", "whose", "vars")
        and rw >= 4
        and _HAS_NUMBER.search(r)
        and _HAS_NUMBER.search(left)
        and (_contains_verb(left, language) or _loose_verb(left, language))
        and (fw in ("whose", "vars") or not _first_word(r[len(fw) :])[:1].isdigit())
    ):
        # "..., som pågick i drygt fem timmar", "..., whose payments fall by £29": a
        # relative clause after a clause that states a figure of its own is a claim
        return True
    rel = _RELATIVE_CLAUSE.match(r)
    if (
        rel
        and rw >= 4
        and (
            _contains_verb(left, language)
            # "... deltar i övningen, som inleddes i ...": a present tense before a preposition
            or (language == "sv" and _SV_PRESENT_BEFORE_PREP.search(left))
        )
    ):
        # a non-restrictive relative clause states a fact of its own: "..., which provides
        # padding and grip", "..., som leds av Region Skåne"
        return _starts_with_verb(r[rel.end() :], language)
    if language != "sv" and fw in _RELATIVE_ADVERBS and has_core(r):
        # "..., now housing 280,000 people", "..., still holding 40%": an adverb before the
        # participle
        r2 = r[len(fw) :].lstrip()
        if _PARTICIPLE_START.match(r2) and _first_word(r2).lower() not in PREPOSITION_LIKE_ING:
            return rw >= 3 and has_core(left)
    if (
        fw in _ARTICLES
        and has_core(left)
        and (m := _FIGURE_APPOSITIVE.match(r))
        and _QUALIFIER_OR_NUMBER_START.match(r, m.end())
    ):
        # "..., a premium of 28% to Friday's close", "..., en ökning med 23 procent"
        return rw >= 4
    if language != "sv" and _PARTICIPLE_START.match(r):
        # "..., making it the largest ...", "..., offering meals and snacks to commuters"
        word = _first_word(r).lower()
        if word == "according":
            return False  # ", according to two diplomats": the attribution tail
        if word in PREPOSITION_LIKE_ING and not _contains_verb(left, language):
            return False  # "The busiest sites, including the A38, recorded ...": a subject
        return has_core(r) or (
            rw >= 5 and word not in PREPOSITION_LIKE_ING and _contains_verb(left, language)
        )
    if _SEQUENCE_START.match(r):
        return has_core(left) and has_core(r)
    if _MULTIPLIER_START.match(r):
        return bool(_HAS_NUMBER.search(left))
    if _ADDITION_START.match(r):
        return bool(_HAS_NUMBER.search(left) and _HAS_NUMBER.search(r))
    if _QUALIFIER_OR_NUMBER_START.match(r):
        # "... is seventh in the table, nine points off the top": a rank is a figure too
        return (
            bool(_HAS_NUMBER.search(left) or _RANK.search(left))
            and bool(_HAS_NUMBER.search(r))
            and rw >= 2
        )
    if (
        _DET_SUPERLATIVE_START.match(r)
        or (kind == "comma" and _BARE_SUPERLATIVE_ADVERB.match(r))
        or (fw in _RECORD_OPENERS and _NEW_RECORD_START.match(r))
        or (fw.endswith("s") and _GENITIVE_RANK_START.match(r))
    ):
        return has_core(left)
    return False


# "som innebär att", "which means that": rare words, so searched for only when present
_MEANS = re.compile(
    r",?\s+(?:(?:som|vilket)\s+innebär\s+att|which\s+means(?:\s+that)?|meaning(?:\s+that)?)\s+"
)


# "a three-week trial in which prosecutors called 40 witnesses", "ett möte under vilket
# tre ministrar avgick": a clause of its own after a preposition and a relative pronoun
_PREP_WHICH = re.compile(
    r",?\s+(?:in|during|at|under|i|vid)\s+(?:which|vilken|vilket)\s+(?=[^\W\d]+\s)"
    # "charged 300 people in what police called the largest raid in a decade": a rank
    # someone gave the event is a claim of its own
    r"|\s+in\s+what\s+(?=\S+\s+(?:\S+\s+)?(?:called|described|termed|said)\s)",
    re.IGNORECASE,
)


def _candidates(text: str, start: int, end: int) -> list[tuple[str, int, int, str]]:
    """(kind, start, end, separator) of every place text[start:end] might split."""
    cands = []
    for m in _SPLIT.finditer(text, start, end):
        kind = m.lastgroup
        sep = m.group(0)
        if kind == "strong" and not sep.strip(" \t\n\u00a0—–"):
            kind = "dash"
        cands.append((kind, m.start(), m.end(), sep))
    seg = text[start:end]  # one copy for the substring tests (`in` parses no offsets)
    if "innebär att" in seg or "mean" in seg:  # "means", "meaning"
        for m in _MEANS.finditer(text, start, end):
            ms, me = m.start(), m.end()
            cands = [c for c in cands if not ms <= c[1] < me]
            cands.append(("means", ms, me, m.group(0)))
        cands.sort(key=lambda c: c[1])
    if " which " in seg or " vilk" in seg or " in what " in seg:
        for m in _PREP_WHICH.finditer(text, start, end):
            ms, me = m.start(), m.end()
            if not any(c[1] <= ms < c[2] or ms <= c[1] < me for c in cands):
                cands.append(("prep_which", ms, me, m.group(0)))
        cands.sort(key=lambda c: c[1])
    return cands


def _split_span(text: str, start: int, end: int, language: str) -> list[tuple[int, int]]:
    """Clause spans of text[start:end]."""
    cands = _candidates(text, start, end)
    if not cands:
        return [(start, end)]
    spans = []
    piece_start = start
    for i, (kind, ms, me, sep) in enumerate(cands):
        nxt = end
        for later in cands[i + 1 :]:
            if later[0] not in ("and", "prep_which"):
                nxt = later[1]
                break
        left = text[piece_start:ms]
        right = text[me:nxt]
        if _decide(kind, sep, left, right, language):
            spans.append((piece_start, ms))
            piece_start = me if kind != "because" else ms + 1
    spans.append((piece_start, end))
    return spans


_REPORTED = re.compile(
    r"\b(?:said|says|told|warned|säger|sade|sa|uppger|uppgav|menar|varnade|that|att)\s"
)
