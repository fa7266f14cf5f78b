"""Which quotations are claims.

A quotation is checkable at least as "X said it" (the `quote` type), but not everything said
is worth a reviewer's time: a figure, a comparison, a cause, a forecast or a plain statement
of fact is; a hedge, a demand, a feeling, a verdict on what was just said or the speaker's
account of their own mind is not. The pipeline asks `is_checkable_quote` of every quoted piece
without a figure, and keeps the effect before a quoted cause (`effect_before_cause`).
"""

from __future__ import annotations

import re

from .classify import cues

# A quotation is kept when it states a figure or a superlative, or something else a reviewer
# can check against the record: a comparison ("ökar snabbare än"), a cause ("gör att",
# "because of") or a forecast ("kommer att", "will").
CHECKABLE_QUOTE = re.compile(
    r"\b(?:än|than|eftersom|därför att|gör att|leder till|ledde till|beror på|"
    # "för att räntorna har sjunkit" is a cause; "för att hjälpa dem" only a purpose
    r"för att \S+ (?:har|hade|är|var|blev|blir|kan|kunde|ska|skulle|kommer|måste|"
    r"\w+(?:ar|er|ade|de|te))|"
    r"berodde på|på grund av|because|due to|leads? to|led to|caused|causes|"
    r"kommer(?:\s+inte)?\s+att|will|won't|is going to|are going to|"
    # a share: "var femte lärare", "vart tredje företag", "every fourth pupil", "one in five"
    r"var(?:t)?\s+(?:andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde)|"
    r"every\s+(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)|"
    r"one\s+in\s+(?:two|three|four|five|six|seven|eight|nine|ten)|"
    # a trend: "allt fler unga söker hjälp", "väntetiderna har blivit längre"
    r"fler|färre|fewer|ökar|ökade|ökat|minskar|minskade|minskat|stiger|steg|stigit|sjunker|"
    r"sjönk|sjunkit|rising|rose|risen|falling|fell|fallen|increased|decreased|"
    r"(?:blivit|blir|became|become|got|getting)\s+\w+(?:are|re|er)|"
    # a deadline: "kan det dröja till fredag", "won't be fixed until Monday"
    r"(?:till|until|före|before|by|senast)\s+(?:på\s+)?(?:måndag|tisdag|onsdag|torsdag|"
    r"fredag|lördag|söndag|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\w*|"
    # a shift: "en förskjutning från skjutvapen till sprängämnen", "a move from coal to gas"
    r"(?:från|from)\s+\w+\s+(?:till|to)\s+\w+|"
    # "konsumenterna handlar mer i Tyskland", "it costs less": a comparison without "than"
    r"[a-zåäö]{2,}r\s+(?:mer|mindre)|\w+s\s+(?:more|less))\b|"
    # something that has happened, told of someone other than the speaker or listener: "flera
    # länder har skärpt sina regler" (not "vi har gjort", "we have seen")
    r"(?<![\w-])(?!(?:vi|jag|du|ni|man|we|i|you)\s)[\w-]+\s+(?:har|hade|has|have|had)\s+"
    r"(?:(?:redan|nu|också|även|already|now|also)\s+)?[a-zåäö]{3,}(?:t|ed)\b",
    re.IGNORECASE,
)


def _checkable_quote(words: list[str]) -> bool:
    """A quoted piece of six words or more with a comparison, cause or forecast after its
    first word ("Hyrorna stiger snabbare än lönerna"), or a cause clause about someone else
    ("because the operator lost its subsidy", not "because you are who you are")."""
    if len(words) < 6:
        return False
    if words[0].strip('"“”„«»—–-').lower() in _CAUSE_OPENERS:
        # "because you are who you are" says nothing; "eftersom vi behövde få dit ett
        # särskilt fordon" (a past event the speaker took part in) can be checked
        return words[1].lower() not in _SPEAKER_PRONOUNS or (
            words[1].lower() in ("vi", "we", "jag", "i") and _PAST_FORM.fullmatch(words[2])
        )
    # the whole quote is searched when it opens with its subject, so that something done by
    # someone other than the speaker ("Rätten har dömt ...") is found with its subject
    first = words[0].strip('"“”„«»—–-').lower()
    return bool(CHECKABLE_QUOTE.search(" ".join(words[1:] if first in _NOT_A_SUBJECT else words)))


def _quoted_statement(words: list[str], language: str) -> bool:
    """A quotation of six words or more that states something plainly ("He did not know
    what his managers were doing", "Vi har aktiverat effektreserven en gång i vinter"): a
    `quote` claim, checkable at least as "X said it". Not when the speaker hedges, wishes or
    prescribes ("det skulle kunna hända", "Staten måste ta ett större ansvar") or speaks of
    feelings ("we are proud of this team"): then there is nothing said to hold them to."""
    if len(words) < 6:
        return False
    first, second = (w.strip('.,;:!?"“”„«»—–-').lower() for w in words[:2])
    if first in _CAUSE_OPENERS or first in _SPEAKER_SELF[language == "sv"]:
        return False
    if first in _DUMMY_SUBJECTS and second != "finns":
        return False  # "Det är en droppe i havet", "It has been a long autumn" (not "Det finns")
    if first in ("vi", "we") and second in _MODAL_VERBS:
        return False  # "Vi kan inte gå med på det": what the speakers can or will do
    low = {w.strip('.,;:!?"“”„«»—–-').lower() for w in words}
    return low.isdisjoint(_HEDGED_QUOTE_WORDS) and "opinion" not in cues(" ".join(words))


def _states_an_effect(clause: str, language: str) -> bool:
    """The clause before a quoted cause says something of its own: four words or more, and
    not the speaker on themself ("Colleges have dropped courses", not "I said no")."""
    words = clause.split()
    return len(words) >= 4 and (
        words[0].strip('"“”„«»—–-').lower() not in _SPEAKER_SELF[language == "sv"]
    )


# The speaker on themself ("I didn't come here for a record", "Jag visste att ..."): their
# own mind, not a fact. "Vi"/"we" often speaks for an authority or a company ("Vi har
# aktiverat effektreserven"), so it is kept.
# (Swedish "i" is "in": "I nuläget finns inget som tyder på ...")
_SPEAKER_SELF = (
    frozenset(["i", "i'm", "i’m", "i've", "i’ve", "i'd", "i’d"]),
    frozenset(["jag"]),
)
# "Det är en droppe i havet", "That is not good for them": a verdict on what was said before
_DUMMY_SUBJECTS = frozenset(
    ["det", "detta", "it", "this", "that", "it's", "it’s", "that's", "that’s"]
)
# (the hedges "kan", "can", "vill", "want" are refused for any speaker below)
_MODAL_VERBS = frozenset(["ska", "will", "shall", "can't", "cannot"])


# A quotation with one of these hedges, wishes, prescribes or speaks of feelings (the
# opinion cues of `classify` are looked up as well: tror, tycker, must, believe, ...).
_HEDGED_QUOTE_WORDS = frozenset(
    [
        "kan",
        "can",
        "skulle",
        "kunna",
        "kunnat",
        "kanske",
        "möjligen",
        "eventuellt",
        "vill",
        "önskar",
        "ville",
        "stolt",
        "stolta",
        "glad",
        "glada",
        "nöjd",
        "nöjda",
        "ledsen",
        "ledsna",
        "tacksam",
        "tacksamma",
        "besviken",
        "besvikna",
        "sorglig",
        "sorgligt",
        "tragisk",
        "would",
        "could",
        "might",
        "may",
        "perhaps",
        "maybe",
        "possibly",
        "want",
        "wants",
        "wanted",
        "wish",
        "proud",
        "happy",
        "pleased",
        "delighted",
        "sad",
        "grateful",
        "disappointed",
        "tragic",
    ]
)
_CAUSE_OPENERS = frozenset(["because", "eftersom", "since"])
_NOT_A_SUBJECT_WORDS = ["det", "den", "detta", "man", "this", "that", "there", "här", "där"]
_PAST_FORM = re.compile(r"[a-zåäö]{2,}(?:de|te|dde|tte|ed)|had|was|were|hade|var|fick|kunde|gick")
_SPEAKER_PRONOUNS = frozenset(
    ["i", "we", "you", "he", "she", "they", "it", "jag", "vi", "du", "ni", "han", "hon", "de"]
)
# an opening pronoun or dummy subject: what follows it is searched on its own
_NOT_A_SUBJECT = _SPEAKER_PRONOUNS | frozenset(_NOT_A_SUBJECT_WORDS)


def is_checkable_quote(words: list[str], language: str) -> bool:
    """The quoted piece (its words) states something to check: a comparison, cause, forecast
    or something done by someone else (`CHECKABLE_QUOTE`), or a plain statement."""
    return _checkable_quote(words) or _quoted_statement(words, language)


def effect_before_cause(clause: str, next_clause: str, language: str) -> bool:
    """ "Colleges have dropped courses | because they cannot afford them": a quoted clause
    whose next clause gives its cause is told with it, when it says something of its own."""
    opener = next_clause.split(None, 1)[0].lower() if next_clause.strip() else ""
    return opener in _CAUSE_OPENERS and _states_an_effect(clause, language)
