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

import itertools
import re

from .trie_regex import alternation, any_substring

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
SUPERLATIVES = frozenset(_SUPERLATIVE_WORDS.split("|")[:-3])
# listed words prefix-factored, plus any word ending in -aste / -iest ("snabbaste",
# "deadliest"); written so that no branch starts with \w+ (which is slow to scan)
_HAS_SUPERLATIVE = re.compile(
    rf"\b(?:{alternation(SUPERLATIVES)})\b|\B(?:aste|iest)\b", re.IGNORECASE
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
_OR_SHARE = re.compile(
    r"(?:or|eller)\s+(?:\S+\s+)?[\d.,]+\s*(?:%|per\s?cent|percent|procent)", re.IGNORECASE
)
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
    rf"(?:[\d.,]+|(?:{_NUMBER_WORDS}))\s*(?:%|per\s?cent|percent|procent|"
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
_QUALIFIER_BEFORE_END = re.compile(
    r"\s((?:roughly|about|around|nearly|almost|some|cirka|omkring|runt|ungefär|nästan|drygt|"
    r"knappt)\s+)$",
    re.IGNORECASE,
)
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
    r"|(?<=,)\s+(?:men|but)\s+)"
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
_LEADING_CONJ = re.compile(
    r"(?:[—–\-]\s*)?(?:medan|men|och|while|whereas|but|and)\s+", re.IGNORECASE
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

    Word-set look-ups over one tokenisation (the same answer as `_HAS_NUMBER` or
    `_HAS_SUPERLATIVE`, several times faster than scanning those alternations)."""
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
_SV_DEFINITE = ("erna", "arna", "orna", "na", "en", "et")
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
_LIST_WORDS = frozenset(["and", "or", "och", "eller", "nor", "samt"])
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


# a figure and the noun it counts: "25 besättningsmän", "around 19 million retail customers"
FIGURE_THEN_NOUN = re.compile(
    r"(?:(?:about|around|roughly|nearly|almost|over|some|cirka|runt|drygt|knappt|nästan|över|"
    r"omkring|ungefär)\s+)?[$£€]?\d[\d.,]*(?:\s+(?:million|billion|trillion|miljoner|"
    r"miljarder))?\s+[a-zåäö][\w-]{2,}",
    re.IGNORECASE,
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


def _trim(text: str, s: int, e: int) -> tuple[int, int]:
    while s < e and (text[s].isspace() or text[s] in ",;"):
        s += 1
    m = _LEADING_CONJ.match(text, s, e)
    if m and m.end() < e:
        s = m.end()
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;–—-"):
        e -= 1
    return s, e


# "cut rates by a quarter of a percentage point to 3.5%", "ökade med 9 procent till 1 780":
# a change stated in percent or points, then the level reached
_CHANGE_TO_LEVEL = re.compile(
    r"\s(?:by|med)\s+(?P<change>(?:[^,;]|,(?=\d)){1,50}?(?:%|per\s?cent|percent|procent|procentenheter|"
    r"procentenhet|points?|poäng|punkter))(?P<gap>[^,;]{0,30}?)\s+(?P<to>to|till)\s+"
    r"(?=(?:about|around|roughly|nearly|almost|cirka|runt|drygt|knappt|nästan|omkring)?\s*"
    r"[$£€]?\d)(?!(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)
_CHANGE_UNITS = ("%", "cent", "procent", "point", "poäng", "punkt")
# the level after "to"/"till" in percent: a change in percent or points to a level in money
# or heads ("rose by 12% to $4.2bn") is one fact, the relative and the absolute size of it
_LEVEL_PERCENT = re.compile(
    r"(?:about|around|roughly|nearly|almost|cirka|runt|drygt|knappt|nästan|omkring)?\s*"
    r"(\d+(?:[.,]\d+)?)\s*(?:%|per\s?cent|percent|procent)",
    re.IGNORECASE,
)
_FIRST_FIGURE = re.compile(r"\d+(?:[.,]\d+)?")


def _number(figure: str) -> float:
    return float(figure.replace(",", "."))


_FRACTION = re.compile(r"\b(?:quarter|half|halv|kvarts)", re.IGNORECASE)


# "höjs med 12,4 miljarder till totalt 166 miljarder", "rose by $2m to a total of $610m": a
# change, then a level marked as the total; "öka från dagens 8 000 till 12 000 år 2032",
# "from today's 40 to 60 by 2030": the level now, then the level planned
_CHANGE_TO_TOTAL = re.compile(
    r"\s(?:(?:by|med)\s+(?P<change>(?:[^,;]|,(?=\d)){1,40}?\d(?:[^,;]|,(?=\d)){0,30}?)|"
    r"(?:from|från)\s+(?P<now>(?:today's|today’s|the\s+current|current|dagens|nuvarande|"
    r"nu)\s+(?:[^,;]|,(?=\d)){0,40}?\d(?:[^,;]|,(?=\d)){0,30}?))"
    r"\s+(?P<to>to|till)\s+(?(change)(?:totalt|a\s+total\s+of|sammanlagt|in\s+total)\s+)"
    r"(?=(?:about|around|roughly|nearly|almost|cirka|runt|drygt|knappt|nästan|omkring)?\s*"
    r"[$£€]?\d)(?!(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


def _change_and_level(text: str, piece: Piece) -> list[Piece]:
    """One piece, or two when its last segment states a change and then the level reached
    ("The bank cut rates by 0.25 percentage points to 3.5%" -> "The bank cut rates by 0.25
    percentage points" + "The bank cut rates to 3.5%"). A change in the unit of the level
    ("fell by $2m to $610m") is one fact read two ways and stays whole, unless the level is
    marked as a total ("to a total of $610m"); a level now and a level planned ("from
    today's 8,000 to 12,000 by 2032") are two facts."""
    s, e = piece[-1]
    seg = text[s:e]
    m = _CHANGE_TO_TOTAL.search(seg)
    if m is not None:
        by_at, to_at = s + m.start() + 1, s + m.start("to")
        return [(*piece[:-1], (s, to_at - 1)), (*piece[:-1], (s, by_at - 1), (to_at, e))]
    if not any(u in seg for u in _CHANGE_UNITS):
        return [piece]
    m = _CHANGE_TO_LEVEL.search(seg)
    if not m or not (has_core(m.group("change")) or _FRACTION.search(m.group("change"))):
        return [piece]
    level = _LEVEL_PERCENT.match(seg, m.end())
    if level is None:
        return [piece]  # "minskade med 14 procent till 3,9 miljarder": the level, measured
    change = _FIRST_FIGURE.search(m.group("change"))
    if change and _number(change.group(0)) > _number(level.group(1)):
        return [piece]  # "approved by 61% to 39%": a result, not a change to a level
    by_at, to_at = s + m.start() + 1, s + m.start("to")
    first = (*piece[:-1], (s, to_at - 1))
    second = (*piece[:-1], (s, by_at - 1), (to_at, e))
    return [first, second]


# "döms till sju års fängelse för grovt bedrägeri", "was jailed for six years for fraud": the
# penalty and the offence are two facts
_PENALTY_FOR = re.compile(
    r"\b(?:fängelse|fängelsestraff|böter|dagsböter|prison|jail|years|months|år|månader)"
    r"\s+(?P<for>för|for)\s+(?!att\b|to\b|the\s+first\b|första\b)",
    re.IGNORECASE,
)
# the size of the penalty: "sju års", "six years", "80 dagsböter", "£2,000"
_PENALTY_SIZE = re.compile(
    rf"(?:\d[\d\s,.]*|\b(?:{_NUMBER_WORDS})\s+)(?:års?|månaders?|månader|years?|months?|"
    r"dagsböter|kronor|pounds|dollars)\b|[$£€]\s?\d",
    re.IGNORECASE,
)
_PENALTY_VERB = re.compile(
    r"\b(?:döms|dömdes|dömts|dömde|döma|sentenced|jailed|convicted|fined|bötfälldes|"
    r"bötfälls)\b",
    re.IGNORECASE,
)


_PENALTY_CUE = re.compile("döm|sentenc|jail|convict|fined|bötf")


def _penalty(text: str, piece: Piece) -> list[Piece]:
    """ "X döms till sju års fängelse för grovt bedrägeri" -> "X döms till sju års fängelse"
    + "X döms för grovt bedrägeri" (the sentence and the crime are checked apart)."""
    s, e = piece[-1]
    verb = _PENALTY_VERB.search(text, s, e)
    if verb is None:
        return [piece]
    m = _PENALTY_FOR.search(text, verb.end(), e)
    if m is None or not _PENALTY_SIZE.search(text, verb.end(), m.start("for")):
        return [piece]
    for_at = m.start("for")
    first = (*piece[:-1], (s, for_at - 1))
    second = (*piece[:-1], (s, verb.end()), (for_at, e))
    return [first, second]


# "since a 2022 loss of $2bn that forced out its founder", "in a raid that lasted less than
# seven minutes", "en förlust på 2 miljarder som tvingade bort vd:n": a new thing brought in
# with an indefinite article, then a relative clause telling what it did
_THAT_RELATIVE = re.compile(r"\s(?:that|which|who|som)\s+(?P<verb>[a-zåäö]{2,})\b")
_NEW_THING = re.compile(
    r"(?:^|\s)(?:an?|en|ett)\s+(?:[\w$£€.,-]+\s+){0,4}?[\w-]+"
    r"(?P<of>\s+(?:of|på|om)\s+\S*\d\S*(?:\s+[\w$£€]+){0,3})?\s*$",
    re.IGNORECASE,
)
_PAST_OR_PERFECT = frozenset(["was", "were", "had", "has", "have", "var", "hade", "har"])


def _relative_event(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when its last segment brings in a new thing ("a loss of $2bn", "a
    raid") and a relative clause tells what that thing did: "The chain has struggled since a
    2022 loss of $2bn that forced out its founder" -> "The chain has struggled since a 2022
    loss of $2bn" + "a 2022 loss that forced out its founder". Only a past-tense relative
    clause (an event) is cut off, and only when it or the thing states a figure; "the storm
    that hit", "said that it lost" and present-tense descriptions stay."""
    s, e = piece[-1]
    for m in _THAT_RELATIVE.finditer(text, s, e):
        verb = m.group("verb").lower()
        if language == "sv":
            past = (
                verb in _PAST_OR_PERFECT
                or (_is_finite(verb, "sv") and verb.endswith(("de", "te")))
                # "en man som stal tre bilar", "en debatt som pågick i drygt fem timmar"
                or verb in _SV_STRONG_PAST
                or _sv_strong_past(verb)
            )
        else:
            past = verb in _PAST_OR_PERFECT or (verb.endswith("ed") and len(verb) > 4)
        if not past:
            continue
        nm = _NEW_THING.search(text[s : m.start()])
        if nm is None:
            continue
        np_s = s + nm.start() + (1 if text[s + nm.start()].isspace() else 0)
        rel = text[m.start() + 1 : e]
        thing = text[np_s : m.start()]
        if _word_count(rel) < 3 or not (has_core(rel) or _DIGIT.search(thing)):
            continue
        before = " ".join([*(text[a:b] for a, b in piece[:-1]), text[s:np_s]])
        if _word_count(before) < 3 or not _contains_verb(before, language):
            continue  # "It was a storm that ...": a cleft, one fact
        first = (*piece[:-1], _trim_end(text, s, m.start()))
        if nm.group("of"):
            # the figure stays with the first claim; the thing keeps its noun
            second = ((np_s, s + nm.start("of")), (m.start() + 1, e))
        else:
            second = ((np_s, e),)
        return [first, second]
    return [piece]


# "four gold torcs valued at about £3m", "a deal valuing the bank at $14.6bn", "en affär som
# värderar bolaget till 3 miljarder": a valuation stated on the way is a fact of its own
_VALUATION = re.compile(
    r"\s(?:valued\s+at|valuing\s+(?:[^\s,]+\s+){1,3}?at|värderade?\s+till|"
    r"som\s+värderar\s+(?:[^\s,]+\s+){1,3}?till)\s+"
    r"(?:(?:about|around|roughly|some|nearly|almost|more\s+than|over|up\s+to|cirka|omkring|"
    r"runt|drygt|närmare|över|uppemot)\s+)?[$£€]?\d[\d.,]*(?:\s?(?:bn|m|billion|million|"
    r"trillion|miljoner|miljarder|mdr|kronor|dollar|euro|pounds)\b)*"
)
# the noun phrase a valuation describes: a figure or an article, then a few words
_VALUED_THING = re.compile(
    r"(?:^|\s)(?:an?|the|en|ett|\d[\d.,]*|" + _NUMBER_WORDS + r")\s+(?:[^\s,]+\s+){0,4}?"
    r"[^\s,]+$",
    re.IGNORECASE,
)


def _valuation(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when a valuation sits inside it: "Thieves stole four torcs valued
    at about £3m from a museum" -> "Thieves stole four torcs from a museum" + "four torcs
    valued at about £3m"."""
    s, e = piece[-1]
    m = _VALUATION.search(text, s, e)
    if m is None:
        return [piece]
    tm = _VALUED_THING.search(text, s, m.start())
    if tm is None:
        return [piece]
    t0 = tm.start() + (1 if text[tm.start()].isspace() else 0)
    if t0 <= s or not (_contains_verb(text[s:t0], language) or _loose_verb(text[s:t0], language)):
        return [piece]  # "The deal, valued at $2bn, ...": the valuation is the claim
    v_end = m.end()
    rest = text[v_end:e].strip(" ,.;")
    first = (*piece[:-1], _trim_end(text, s, m.start()))
    if _word_count(rest) >= 2:
        first = (*first, (v_end + (len(text[v_end:e]) - len(text[v_end:e].lstrip())), e))
    second = ((t0, v_end),)
    return [first, second]


# "beror på svag vind och på att två reaktorer står stilla": a second cause, its preposition
# repeated
_SECOND_CAUSE = re.compile(
    r"\s(?:och|and)\s+(?P<prep>på|av|to|of)\s+(?:att|that|the\s+fact\s+that)\s", re.IGNORECASE
)
_CAUSE_HEAD = re.compile(
    r"\b(?:beror|berodde|berott|beroende|due|owing|thanks)\s+(?:\S+\s+){0,5}?(?P<prep>på|to)\s",
    re.IGNORECASE,
)


def _second_cause(text: str, piece: Piece) -> list[Piece]:
    """One piece, or two when its last segment gives a cause and then a second cause with the
    preposition repeated: "Förseningarna beror på snöovädret och på att två tåg gick sönder"
    -> "Förseningarna beror på snöovädret" + "Förseningarna beror på att två tåg gick
    sönder"."""
    s, e = piece[-1]
    cm = _CAUSE_HEAD.search(text, s, e)
    if cm is None:
        return [piece]
    m2 = _SECOND_CAUSE.search(text, cm.end(), e)
    if m2 is None or m2.group("prep").lower() != cm.group("prep").lower():
        return [piece]
    first = (*piece[:-1], (s, m2.start()))
    second = (*piece[:-1], (s, cm.start("prep") - 1), (m2.start("prep"), e))
    return [first, second]


# "nearly double the WHO's guideline of 5 micrograms", "three times the EU average of €40":
# a multiple of a reference value that is stated too; the value is a fact of its own
_MULTIPLE_OF_REFERENCE = re.compile(
    r"\b(?:double|twice|triple|\w+\s+times|dubbelt|tre\s+gånger|\w+\s+gånger)\s+"
    r"(?:så\s+\w+\s+som\s+)?(?P<ref>(?:the|its|their|den|det)\s+(?:[^\s,]+\s+){0,4}?"
    r"[^\s,]+)(?P<of>\s+(?:of|på|om)\s+)(?=(?:about|around|some|nearly|cirka|omkring|runt)?\s*"
    r"[$£€]?\d)(?!(?:1[89]|20)\d\d\b)",
    re.IGNORECASE,
)


def _multiple_of_reference(text: str, piece: Piece) -> list[Piece]:
    """One piece, or two when it sets a figure against a multiple of a reference value it
    states: "nearly double the WHO's guideline of 5 micrograms" -> "nearly double the WHO's
    guideline" + "the WHO's guideline of 5 micrograms"."""
    s, e = piece[-1]
    m = _MULTIPLE_OF_REFERENCE.search(text, s, e)
    if m is None:
        return [piece]
    first = (*piece[:-1], (s, m.start("of")))
    return [first, ((m.start("ref"), e),)]


# "the 2,300-kilogram satellite", "a 90-kilometre (56-mile) front": a measure used as an
# adjective, with its conversion in parentheses
_MEASURE_ADJECTIVE = re.compile(
    r"(?P<det>\b(?:the|a|an|its|their|den|det|en|ett)\s+)(?P<fig>\d[\d,.]*-(?:kilogram|kilo|kg|"
    r"tonne|ton|metre|meter|kilometre|kilometer|km|mile|foot|feet|hectare|acre|litre|liter|"
    r"megawatt|gigawatt|storey|story|kilos?|meters?|metres?|miles?)s?"
    r"(?:\s+\([^()]{1,30}\))?)\s+(?P<noun>[a-zåäö][\w-]+)",
    re.IGNORECASE,
)


# the prepositions of a setting: "on a 12-kilometre route", "along a 90-km front"
_SETTING_PREPOSITIONS = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "at",
        "vid",
        "along",
        "over",
        "through",
        "to",
        "from",
        "by",
        "with",
        "for",
        "of",
        "around",
        "near",
        "across",
        "längs",
        "över",
        "genom",
        "till",
        "från",
        "med",
        "av",
        "för",
        "runt",
        "nära",
    ]
)
_DIGIT_HYPHEN = re.compile(r"\d-[^\W\d_]")
_AGE = re.compile(r"\d+-(?:year-old|årig|åring)\w*|\d+-(?:years?|år)\b")


def _measure_adjective(text: str, piece: Piece, language: str) -> list[Piece]:
    """One piece, or two when a measure used as an adjective sits beside other figures: "The
    rocket released the 2,300-kilogram satellite into an orbit 720 kilometres above Earth" ->
    "The rocket released the satellite into an orbit 720 kilometres above Earth" + "the
    2,300-kilogram satellite". Alone in its clause ("built a 300-metre bridge") it stays."""
    s, e = piece[-1]
    m = _MEASURE_ADJECTIVE.search(text, s, e)
    if m is None:
        return [piece]
    before = text[s : m.start("det")].split()[-1:]
    if before and before[0].lower() in _SETTING_PREPOSITIONS:
        return [piece]  # "took part on a 12-kilometre route": the measure describes a setting
    rest = _AGE.sub(" ", text[s : m.start("fig")] + " " + text[m.end("fig") : e])
    if not (_DIGIT.search(rest) and _contains_verb(rest, language)):
        return [piece]
    first = (*piece[:-1], _trim_end(text, s, m.start("fig")), (m.start("noun"), e))
    return [first, ((m.start("det"), m.end("noun")),)]


_MULTIPLIER_WORDS = ("double", "twice", "triple", "times", "dubbelt", "gånger")
_MULTIPLIER_WORD = re.compile(rf"\b(?:{'|'.join(_MULTIPLIER_WORDS)})\b")
# the pattern opens with \b, so `re` tries it at every position; most sentences hold none
# of its words, which substring tests in C rule out first
_has_multiplier_word = any_substring(_MULTIPLIER_WORDS)
_REPORTED = re.compile(
    r"\b(?:said|says|told|warned|säger|sade|sa|uppger|uppgav|menar|varnade|that|att)\s"
)
_RELATIVE_LEADS = frozenset(["som", "which", "who", "whose", "där", "where"])
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


# "gick på grund med 187 passagerare och 25 besättningsmän ombord", "crashed with 120 people
# on board": who was aboard is told apart from what happened
_ABOARD = re.compile(
    r"\s(?P<with>with|med)\s+(?=(?:about|around|nearly|almost|more\s+than|over|some|at\s+least|"
    rf"omkring|cirka|runt|drygt|knappt|nästan|över|minst)?\s*(?:\d|(?:{_NUMBER_WORDS})\b))"
    r"(?P<rest>[^,;]*?)"
    r"\s(?:aboard|on\s+board|ombord)\b",
    re.IGNORECASE,
)


def _aboard(text: str, start: int, end: int, language: str) -> list[Piece] | None:
    """The pieces of a clause that tells an event and then, with "with"/"med", who was aboard:
    "Färjan gick på grund med 240 passagerare och 31 besättningsmän ombord" -> "Färjan gick på
    grund", "Färjan med 240 passagerare", "Färjan med 31 besättningsmän ombord". None when the
    clause has no such phrase, states a figure before it, or has no subject to carry."""
    m = _ABOARD.search(text, start, end)
    if m is None or has_core(text[start : m.start()]) or text[m.end() : end].strip(" .!"):
        return None
    subject = subject_span(text, start, m.start(), language)
    if subject is None:
        return None
    w0, w1 = m.start("with"), m.end("with")
    pieces: list[Piece] = [(_trim_end(text, start, m.start()),)]
    # "240 passagerare och 31 besättningsmän": each count of the list with the subject
    cuts = [
        a
        for a in _LIST_AND.finditer(text, w1, m.end())
        if FIGURE_THEN_NOUN.match(text, a.end()) or _HAS_NUMBER.match(text, a.end())
    ]
    bounds = [w1, *(a.end() for a in cuts)]
    ends = [*(a.start() for a in cuts), end]
    for i, (ps, pe) in enumerate(zip(bounds, ends, strict=True)):
        ps, pe = _trim(text, ps, pe)
        pieces.append((subject, (w0, pe)) if i == 0 else (subject, (w0, w1), (ps, pe)))
    return pieces


_LIST_AND = re.compile(r"\s(?:och|and)\s+")
_RESPEKTIVE = re.compile(r"\s+respektive\s+(?=\S)")
_WORD_OR_FIGURE = re.compile(r"\d[\d.,]*(?:\s\d{3}\b)*|[^\W\d_]+")


def _respektive(text: str, piece: Piece) -> list[Piece]:
    """ "döms till fyra års fängelse respektive tre år och sex månader": two figures paired
    with "respektive" are two claims, the second in the place of the first ("... döms till
    fyra års fängelse" + "... döms till tre år och sex månader")."""
    s, e = piece[-1]
    m = _RESPEKTIVE.search(text, s, e)
    if m is None or not has_core(text[m.end() : e]):
        return [piece]
    figure_at = None
    for w in _WORD_OR_FIGURE.finditer(text, s, m.start()):
        token = w.group(0).lower()
        if token[0].isdigit() or token in _NUMBER_WORD_SET:
            figure_at = w.start()
    if figure_at is None or figure_at == s:
        return [piece]
    head = piece[:-1]
    return [(*head, (s, m.start())), (*head, _trim_end(text, s, figure_at), (m.end(), e))]


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
        pieces = [r for p in pieces for r in _change_and_level(text, p)]
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


# --- fallback: one claim per figure -------------------------------------------------------
# A claim that still states two figures of different kinds after the rules above ("lurade
# minst 240 pensionärer på drygt 31 miljoner kronor", "3,120 deaths in 19 countries") is cut
# at the preposition or comma nearest to the second figure. Figures that belong together
# stay whole: ranges, change and level, "N of M", rates, comparisons with a baseline,
# restatements and conversions in parentheses, and a duration that only frames the event.
_DURATION_UNITS = frozenset(["hour", "minute", "second", "day", "week", "month", "year"])
_DISTANCE_UNITS = frozenset(
    [
        "km",
        "m",
        "mi",
        "mil",
        "mile",
        "miles",
        "meter",
        "meters",
        "metre",
        "metres",
        "kilometer",
        "kilometers",
        "kilometre",
        "kilometres",
    ]
)
_MONEY_UNITS = frozenset(["cent", "cents", "öre", "aud", "cad", "nok", "dkk"])
# a duration read as a point in time ("64 minutes later", "två timmar senare") is a fact
_LATER = re.compile(r"\s*(?:later|earlier|ago|senare|tidigare)\b", re.IGNORECASE)
# words between two figures that tie them into one fact
_TOGETHER = re.compile(
    r"\b(?:to|till|and|och|or|eller|from|från|than|än|compared|jämfört|versus|vs|mot|per|"
    r"each|varje|every|that|att|som|which|who|whose|där|where|of|av|varav|i\.e|that is|"
    r"dvs|d\.v\.s|alltså|aged?|åldern|ålder|equal|motsvarar|motsvarande|worth|värd|"
    r"respectively|respektive|an?\s+(?:year|month|week|day|hour|head|person|share|piece|"
    r"kilo|litre|liter|ton|tonne))\b|[(/×:;]|\bd\.v\.s\.",
    re.IGNORECASE,
)
_CUT_PREPOSITIONS = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "at",
        "across",
        "during",
        "throughout",
        "near",
        "inom",
        "bland",
        "among",
        "within",
        "vid",
        "hos",
        "after",
        "efter",
    ]
)
_NON_FINITE = re.compile(r"\b(?:[a-z]{3,}ing|to\s+[a-z]+|[a-zåäö]{3,}(?:ande|ende))\b")


_SHARE_UNITS = (
    "fjärdedel",
    "tredjedel",
    "femtedel",
    "tiondel",
    "hälft",
    "quarter",
    "third",
    "fifth",
    "tenth",
    "half",
)
# "en fjärdedel av bolagets 2 800 anställda", "40% of the firm's 3,000 staff": a share of a
# total the owner has; the total is a fact of its own
_SHARE_OF_OWNER = re.compile(
    r"\s+(?:av|of)\s+(?P<owner>(?:the\s+)?[^\W\d_]+(?:s|'s|’s)|its|their|his|her|dess|deras|"
    r"sina|sin|hans|hennes)\s+$",
    re.IGNORECASE,
)
_PRICE_WORDS = frozenset(["at"])
# "i byn med 800 invånare", "a plant with 5,000 workers", "en vinst för 2 400 anställda",
# "paid $3m for 40 licences", "backed by 60 aircraft": the second figure describes a noun
# before it, what the first figure is for or the agent of a participle; one fact
_ATTRIBUTE_WORDS = frozenset(["with", "med", "for", "för", "by"])


def _after_number(text: str, start: int, end: int) -> int | None:
    """Where the counted noun of the figure text[start:end] starts ("people" in "More than 40
    people"); None when no word follows its last digit."""
    digits = [i for i in range(start, end) if text[i].isdigit()]
    if not digits:
        return None
    at = digits[-1] + 1
    while at < end and not text[at].isspace():
        at += 1
    while at < end and text[at].isspace():
        at += 1
    return at if at < end else None


def _share_of_owner(
    text: str, head: Piece, s: int, e: int, a1: int, b0: int, b1: int
) -> list[Piece] | None:
    """("Varslet motsvarar en fjärdedel av bolagets anställda", "bolagets 2 800 anställda")
    when text[a1:b0] is "av bolagets" before the figure b0..b1; None otherwise."""
    m = _SHARE_OF_OWNER.match(text, a1, b0)
    if m is None or m.end() != b0:
        return None
    noun_at = _after_number(text, b0, b1)
    if noun_at is None:
        return None  # no counted noun after the number to keep
    # the first claim without the total's number (its noun stays): "... av bolagets anställda"
    first = (*head, _trim_end(text, s, b0), (noun_at, e))
    return [first, ((m.start("owner"), e),)]


def _figure_kind(text: str, start: int, end: int, unit: str | None) -> str | None:
    """What a figure measures, or None when it may not be cut off on its own (no unit, an
    attribute like "a 26.2-mile route" or "27-årig", an age, a framing duration)."""
    if not unit:
        return None
    figure = text[start:end]
    if re.search(r"\d-[^\W\d_]", figure) or text.startswith("-", end) or unit.endswith("årig"):
        return None  # "90-kilometer", "24-year-old", "27-årig": a description, not a fact
    if unit == "later":
        return "time"
    if unit in _DURATION_UNITS:
        return "time" if _LATER.match(text, end) else None
    if unit in ("percent", "percentage_point"):
        return "percent"
    if unit.lower().startswith(_SHARE_UNITS):
        return "share"
    if unit.isupper() or unit in _MONEY_UNITS:
        return "money"
    if unit in _DISTANCE_UNITS:
        return "distance"
    return "count:" + unit[:4].lower()


def _phrase_start(text: str, seg_start: int, at: int) -> int:
    """Where the phrase of the figure at `at` starts: before a preposition right before it."""
    before = text[seg_start:at].rstrip()
    m = re.search(r"(\S+)$", before)
    if m and (
        m.group(1).lower() in _CUT_PREPOSITIONS
        or m.group(1).lower() in _ATTRIBUTE_WORDS
        or m.group(1).lower() in ("of", "av")
    ):
        return seg_start + m.start(1)
    return at


def split_figures(
    text: str,
    piece: Piece,
    figures: list[tuple[int, int, str | None]],
    language: str,
    lead: tuple[int, int] | None = None,
    depth: int = 0,
    dates: list[tuple[int, int]] = (),
) -> list[Piece]:
    """One piece per separate figure of the piece's last segment (see above); `figures` are
    the (start, end, unit) of the figures the piece states. `lead` is the subject and verb
    of the clause before ("recorded") for a piece that opens with its figure ("3,120 deaths in
    19 countries"). `dates` are the (start, end) of the dates the piece names: a date that ends
    the piece ("... in 14 countries last year") is also told by the first claim. The piece
    itself when nothing is cut."""
    s, e = piece[-1]
    head = piece[:-1]
    figs = sorted(f for f in figures if s <= f[0] and f[1] <= e)
    for (a0, a1, au), (b0, b1, bu) in itertools.pairwise(figs):
        if b0 < a1:
            continue  # overlapping readings ("41 av 81 ledamöter", "81 ledamöter")
        ka, kb = _figure_kind(text, a0, a1, au), _figure_kind(text, b0, b1, bu)
        if ka is None or kb is None or ka == kb:
            continue
        if kb == "time" and ka != "distance":
            continue  # "40 kronor ett år tidigare", "300 were evacuated two days later": when
        gap = text[a1:b0]
        if ka in ("percent", "share") and kb.startswith("count:"):
            shared = _share_of_owner(text, head, s, e, a1, b0, b1)
            if shared:
                return shared
        if (
            ka.startswith("count:")
            and kb.startswith("count:")
            and gap.strip().lower() in ("från", "from")
            and a0 == s
            and not head
            and _word_count(text[b1:e]) >= 2
        ):
            # "Nära 9 000 soldater från sju länder deltar i övningen": how many take part,
            # and from how many places -> "Nära 9 000 soldater deltar i övningen" +
            # "soldater från sju länder deltar i övningen"
            noun_at = _after_number(text, a0, a1)
            if noun_at is not None:
                return [((s, a1), (b1 + 1, e)), ((noun_at, e),)]
        together = _TOGETHER.search(gap) or _NON_FINITE.search(gap) or not gap.strip(" ,")
        if together and not (kb == "time" and not gap.strip()):
            continue  # "at 720 kilometres 64 minutes later": nothing between, still two
        cut = verb = None
        if gap.strip():
            for w in reversed(list(_WORDS.finditer(gap))):
                word = w.group(0)
                low = word.strip(",.").lower()
                if low in _ATTRIBUTE_WORDS:
                    break
                if low in _CUT_PREPOSITIONS:
                    if kb == "money" and low in _PRICE_WORDS:
                        break  # "sold 300 buses for $20m": a price, one fact
                    cut = a1 + w.start()
                    break
                if word.endswith(","):
                    cut = a1 + w.end()
                    break
                if _is_finite(low, language):
                    verb = a1 + w.start()
                    break
        if cut is None and verb is None and kb == "time":
            cut = b0  # "reached 720 kilometres 64 minutes later": the time stands alone
            qm = _QUALIFIER_BEFORE_END.search(text, a1, b0)
            if qm:
                cut = qm.start(1)  # "... above Earth roughly 64 minutes later"
        if cut is not None:
            first = (*head, _trim_end(text, s, cut))
            p1 = _phrase_start(text, s, a0)
            if p1 > s:
                second = (*head, _trim_end(text, s, p1), (cut, e))
            elif head:
                second = (*head, (cut, e))
            elif lead is not None:
                first = (lead, (s, _trim_end(text, s, cut)[1]))
                second = (lead, (cut, e))
            else:
                # "More than 40 people were killed in 12 air strikes": the second claim keeps
                # the first figure's noun, not its number ("people were killed in 12 ...")
                noun_at = _after_number(text, a0, a1)
                if noun_at is None:
                    continue
                second = ((noun_at, e),)
            if dates and _only_dates(text, b1, e, dates):
                first = (*first, (b1, e))  # "The company cut 1,200 jobs [...] last year."
        elif verb is not None and ka in ("money", "percent"):
            # "The $55 million appeal was only 23% funded": the first figure is in the
            # subject; the second claim is the sentence without it
            first = (*head, _trim_end(text, s, verb))
            second = (*head, _trim_end(text, s, a0), (a1, e)) if a0 > s else (*head, (a1, e))
        else:
            continue
        if any(_word_count(" ".join(text[x:y] for x, y in p)) < 3 for p in (first, second)):
            continue
        if _only_figure(text, first, a0, a1) or _only_figure(text, second, b0, b1):
            continue  # "More than 1,200 firefighters, backed by ...": a figure, no statement
        rest = (
            split_figures(text, second, figures, language, depth=depth + 1, dates=dates)
            if depth < 3
            else [second]
        )
        return [first, *rest]
    return [piece]


def _trim_end(text: str, s: int, e: int) -> tuple[int, int]:
    while e > s and (text[e - 1].isspace() or text[e - 1] in ",;–—-"):
        e -= 1
    return s, e


def _only_figure(text: str, piece: Piece, f0: int, f1: int) -> bool:
    """The piece says nothing but its figure (and a preposition before it)."""
    rest = " ".join(
        (text[x:f0] + " " + text[f1:y]) if x <= f0 and f1 <= y else text[x:y] for x, y in piece
    )
    return all(w.lower() in _CUT_PREPOSITIONS for w in rest.split())


def _only_dates(text: str, start: int, end: int, dates: list[tuple[int, int]]) -> bool:
    """text[start:end] holds a date, and every other word of it is a small word around a
    date ("in", "mellan", "och")."""
    words = [
        (w.start(), w.start() + len(w.group(0).rstrip(".,;:!)")))
        for w in _WORDS.finditer(text, start, end)
    ]
    words = [(ws, we) for ws, we in words if we > ws]
    inside = [any(ds <= ws and we <= de for ds, de in dates) for ws, we in words]
    glue = [text[ws:we].lower() in _DATE_GLUE for ws, we in words]
    return any(inside) and all(i or g for i, g in zip(inside, glue, strict=True))


# the small words around dates: "in March", "mellan januari 2024 och mars 2025"
_DATE_GLUE = frozenset(
    [
        "in",
        "i",
        "on",
        "på",
        "during",
        "under",
        "between",
        "mellan",
        "and",
        "och",
        "since",
        "sedan",
        "from",
        "från",
        "to",
        "till",
        "until",
        "fram",
        "the",
        "of",
        "by",
        "senast",
    ]
)


# "64 minutes later", "två timmar senare": a point in time, which the quantity scan leaves out
_TIME_LATER = re.compile(
    rf"\b(?:\d+(?:[.,]\d+)?|{_NUMBER_WORDS}|en|ett|an?)\s+"
    r"(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|sekunder|sekund|minuter|minut|"
    r"timmar|timme|dagar|dygn|dag|veckor|vecka|månader|månad|år)\s+"
    r"(?:later|earlier|senare|tidigare)\b",
    re.IGNORECASE,
)
TIME_LATER_CUES = ("later", "earlier", "senare", "tidigare")


def time_references(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The relative points in time ("64 minutes later") of text[start:end] as figures
    (start, end, "later") for `split_figures`."""
    return [(m.start(), m.end(), "later") for m in _TIME_LATER.finditer(text, start, end)]
