"""The extractor's fast paths find exactly what the plain patterns they stand in for find.

Each speed-up (a pre-check, a pattern reordered so `re` can scan for it in C, a split in
place of a regex) must keep the output byte-identical; these tests compare each with its
reference on invented sentences and on random strings of the characters that matter.
"""

from __future__ import annotations

import importlib
import random
import re

from claims.extraction import classify

SENTENCES = [
    "Arbetslösheten i Sverige steg i oktober till 9,1 procent, enligt SCB.",
    "I think we've cut taxes for 3 million families, and I said so in 2019.",
    "Residents should stay indoors, the police said on Tuesday.",
    "For more on the covid-19 figures, see our live page (updated hourly).",
    "Vi har sänkt skatten för US-baserade bolag, säger hon; Bush och Obama höll med.",
    "Bilister bör undvika E4 i dag, meddelar Trafikverket.",
    "Further details: the_report_v2 lists ½ of the 12 sites as ²closed.",
    "  Ett   tjugotal\u00a0fartyg\u2009låg i hamnen\n\nI går.",
]


def _random_texts(alphabet: str, n: int, seed: int) -> list[str]:
    rnd = random.Random(seed)
    return ["".join(rnd.choice(alphabet) for _ in range(rnd.randrange(0, 16))) for _ in range(n)]


def _spans(pattern: re.Pattern, text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_plain_tokens_are_the_token_pattern_s_tokens():
    texts = [s.lower() for s in SENTENCES] + _random_texts(
        "ab1_ -.,é²½٣\u00a0\u2009\u3000\nÅx", 20_000, 1
    )
    for text in texts:
        assert classify._plain_tokens(text) == classify._TOKEN_NO_CLITIC.findall(text), text


def test_word_first_cue_patterns_match_where_the_boundary_patterns_do():
    references = [
        (classify._CAPITAL_I, re.compile(r"\bI\b")),
        (classify._LOWER_US, re.compile(r"\bus\b")),
        (classify._NAME, re.compile(r"(?<![^\s(])[A-ZÅÄÖ][\w\-]{2,}")),
    ]
    texts = SENTENCES + _random_texts("IiusUS (Åxé_1-.\n", 20_000, 2)
    for fast, reference in references:
        for text in texts:
            assert _spans(fast, text) == _spans(reference, text), (fast.pattern, text)


def test_call_to_action_openers_cover_every_opening_of_the_two_patterns():
    """A sentence the anchored patterns match starts with one of the listed openers."""
    openings = [
        "for more on the budget, read on",
        "för mer information om vägarbetet",
        "more details are on the website",
        "the residents should boil water",
        "local drivers are urged to avoid the bridge",
        "den som i år reser utomlands bör kontrollera passet",
        "de som i dag pendlar bör välja tåget",
        "berörda hushåll uppmanas att spara vatten",
        "alla bör undvika stranden",
    ]
    for low in openings:
        assert classify._FOR_MORE.match(low) or classify._PUBLIC_ADVICE.match(low), low
        assert low.startswith(classify._FOR_MORE_OPENERS + classify._PUBLIC_OPENERS), low


def test_decompose_prechecks_hold_wherever_their_patterns_match():
    """The parenthetical needs a comma 2 to 60 characters into the sentence, and the
    multiplier pattern one of its words: where the pre-check fails, the pattern fails."""
    dec = importlib.import_module("claims.extraction.decompose")  # (the package re-exports
    # a function of the same name)
    texts = [
        *SENTENCES,
        "Reaktor 3, landets största, stängdes i går efter ett larm.",
        "The strike, the largest in 30 years, closed 12 ports.",
        "Priset, 1,200 kronor, är dubbelt så högt som i fjol och tre gånger snittet.",
        "It is twice as large, and it costs triple the old price, times two.",
    ]
    rnd = random.Random(4)
    words = ["a", "som", "the", "largest", "in", "12", ",", ", ", "123", "dubbelt", "times"]
    for _ in range(5000):
        texts.append(" ".join(rnd.choice(words) for _ in range(rnd.randrange(0, 40))))
    for text in texts:
        for start in range(min(len(text), 3)):
            if dec._PARENTHETICAL.match(text, start, len(text)):
                assert text.find(",", start + 2, min(len(text), start + 61)) >= 0, text
        if dec._MULTIPLIER_WORD.search(text):
            assert dec._has_multiplier_word(text), text


def test_attribution_patterns_need_a_speech_word():
    """Each tail and head pattern matches only where the speech-word scan finds a word."""
    att = importlib.import_module("claims.extraction.attribution")
    texts = [
        *SENTENCES,
        "Läget är allvarligt, säger Sofia Berglund, utredare på SCB.",
        "Enligt SMHI blir det kallt, enligt prognosen.",
        "Det bekräftar presschefen Anna Ek för SVT.",
        "I ett pressmeddelande skriver bolaget att vinsten ökade.",
        'Prices will rise, Ms. Whitfield told analysts. "No," the company said.',
        "The bank expects growth, according to Reuters; police have said so.",
    ]
    rnd = random.Random(5)
    words = ["säger", "sa", "enligt", "att", "sig", "Han", ",", '"', "”", "said", "police"]
    words += ["according", "to", "The", "company", "expects", "x", "–", "Det", "predicts"]
    for _ in range(5000):
        texts.append(" ".join(rnd.choice(words) for _ in range(rnd.randrange(0, 25))))
    for text in texts:
        sv, en = att._SV_SAID.search(text), att._EN_SAID.search(text)
        for pattern in (att._SV_TAIL, att._SV_HEAD_INVERTED, att._SV_HEAD_DET, att._SV_HEAD):
            assert sv or not pattern.search(text), (pattern.pattern, text)
        for pattern in (att._EN_TAIL_BEFORE, att._EN_TAIL_AFTER, att._EN_HEAD):
            assert en or not pattern.search(text), (pattern.pattern, text)


# the clause-split pattern as it was written before it opened with its first character
_SPLIT_REFERENCE = re.compile(
    r"(?=[,;]|\s+(?:[—–]|a(?:fter|nd|s)|b(?:ecause|ut)|efter|in|m(?:edan|en)|"
    r"och|s(?:edan|ince|om)|whereas))(?:"
    r"(?P<semi>;\s+)"
    r"|(?P<strong>,?\s+(?:medan|whereas)\s+|,\s+while\s+"
    r"|\s+[—–]\s+(?:(?:medan|och|men|while|and|but)\s+)?|,\s+(?:men|but)\s+)"
    r"|(?P<but>\s+(?:men|but)\s+)"
    r"|(?P<comma_and>,\s+(?:och|and)\s+)"
    r"|(?P<and>\s+(?:och|and)\s+)"
    r"|(?P<because>\s+(?:because|eftersom|efter\s+att|after|as(?=\s+(?:it|they|he|she|we)\b)"
    r"|as(?=\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+){0,3}\s+"
    r"(?:beat|won|lost|drew|fell|rose|took|went|came|[a-z]{3,}ed)\s)"
    r"|since(?=\s+(?:it|they|he|she)\s+[a-z]{3,}ed\s)"
    r"|sedan(?=\s+(?:den|det|de|han|hon)\s+[a-zåäö]{3,}(?:des|tes)\s)))\s+"
    r"|(?P<response>\s+(?=in\s+re(?:taliation|sponse)\s|som\s+(?:svar|hämnd|vedergällning)\s))"
    r"|(?P<comma>,\s+))"
)


def test_clause_split_pattern_finds_what_its_reference_finds():
    """Same separators, kinds and spans as the pattern that opened with a look-ahead."""
    dec = importlib.import_module("claims.extraction.decompose.clauses")
    rnd = random.Random(6)
    tokens = [" ", "  ", "\n", "\u00a0", ",", ";", "–", "—", "och", "and", "men", "but"]
    tokens += ["medan", "whereas", "while", "because", "eftersom", "efter", "att", "after"]
    tokens += ["as", "it", "they", "the", "City", "Rovers", "beat", "walked", "since", "sedan"]
    tokens += ["den", "infördes", "in", "retaliation", "response", "som", "svar", "x", "A"]
    texts = list(SENTENCES)
    for _ in range(20_000):
        n = rnd.randrange(0, 30)
        texts.append("".join(rnd.choice(tokens) + rnd.choice(["", " ", ", "]) for _ in range(n)))
    for text in texts:
        start = rnd.randrange(0, len(text) + 1)
        for pos, endpos in ((0, len(text)), (start, rnd.randrange(start, len(text) + 1))):
            found = [(m.lastgroup, m.span()) for m in dec._SPLIT.finditer(text, pos, endpos)]
            reference = _SPLIT_REFERENCE.finditer(text, pos, endpos)
            assert found == [(m.lastgroup, m.span()) for m in reference], text


def test_class_first_token_patterns_and_split_give_the_same_tokens():
    """ "[^\\W\\d_]+" and "\\d+" written to open with their class, and str.split() for "\\S+"."""
    dec = importlib.import_module("claims.extraction.decompose.words")
    alphabet = "ab1_ -.,é²½٣\u00a0\u2009\u3000\u2028\u0085\x1c\nÅx"
    texts = SENTENCES + _random_texts(alphabet, 20_000, 3)
    for text in texts:
        assert dec._WORD_TOKEN.findall(text) == re.findall(r"[^\W\d_]+", text), text
        assert classify._DIGITS.sub("0", text) == re.sub(r"\d+", "0", text), text
        assert text.split() == re.findall(r"\S+", text), text
