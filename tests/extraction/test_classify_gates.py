"""claim_type skips its word helpers unless the claim holds one of their trigger words: these
properties are what make the skip exact (a helper is never true without a trigger word)."""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from claims.extraction import classify as c

# every word a helper looks at, and words around them that change what the helpers say
_VOCABULARY = sorted(
    c._CLAIM_TYPE_WORDS
    | c._SHARE_ORDINALS
    | c._RANK_HEADS
    | c._PERIODS
    | {"a", "i", "of", "till", "inte", "is", "are", "to", "not", "be", "have", "att", "ska"}
    | {"building", "penal", "criminal", "långt", "klart", "behovet", "året", "gången"}
    | {"skollagen", "miljöbalken", "fällas", "tredjedel", "femtedelen", "tiondelar"}
    | {"the", "vote", "rose", "lön", "Act", "det"}
)
_FILLERS = ["the", "vote", "rose", "lön", "det", "a", "of", "inte", "till", "is"]


def _claim(tokens: list[str]) -> tuple[frozenset[str], list[str], str]:
    toks = [t.lower() for t in tokens]
    return frozenset(toks), toks, " ".join(tokens)


# the words the helpers read in pairs and runs, drawn often so that pairs occur
_KEY = [
    "får", "inte", "fällas", "a", "row", "i", "rad", "could", "due", "is", "to", "short", "of",
    "andra", "gången", "året", "under", "långt", "enligt", "skollagen", "code", "building",
    "next", "week", "var", "tredje", "femte", "every", "fifth", "increase", "rätt", "att",
    "till", "must", "Act", "tredjedel",
]  # fmt: skip
_TOKENS = st.lists(
    st.one_of(st.sampled_from(_KEY), st.sampled_from(_VOCABULARY)), min_size=1, max_size=8
)


@settings(max_examples=1000)
@given(tokens=_TOKENS)
# each way a helper can say yes, so that a trigger word left out fails here for certain
@example(tokens=["third", "increase", "in", "a", "row"])
@example(tokens=["fjärde", "året", "i", "rad"])
@example(tokens=["andra", "gången"])
@example(tokens=["far", "short", "of", "the", "target"])
@example(tokens=["långt", "under", "behovet"])
@example(tokens=["längst", "är", "köerna"])
@example(tokens=["the", "gap", "widened"])
@example(tokens=["the", "ruling", "is", "due", "on", "Monday"])
@example(tokens=["by", "next", "week"])
@example(tokens=["aftershocks", "could", "continue"])
@example(tokens=["highly", "unlikely"])
@example(tokens=["48", "vargar", "får", "fällas"])
@example(tokens=["de", "får", "inte", "längre"])
@example(tokens=["enligt", "skollagen"])
@example(tokens=["under", "the", "Climate", "Act"])
@example(tokens=["the", "building", "code"])
@example(tokens=["har", "rätt", "att", "måste"])
@example(tokens=["eligible", "for", "aid"])
def test_a_word_helper_is_never_true_without_one_of_its_trigger_words(tokens):
    # given a claim without any trigger word of a helper (the rest of its words kept)
    for helper, triggers in (
        (lambda w, t, x: c._rule_words(w, t, x), c._RULE_TRIGGERS),
        (lambda w, t, x: c._forecast_words(w, t), c._FORECAST_TRIGGERS),
        (lambda w, t, x: c._rank_words(w, t), c._RANK_TRIGGERS),
    ):
        kept = [t for t in tokens if t.lower() not in triggers] or _FILLERS[:2]
        words, toks, text = _claim(kept)
        # then the helper says no, so claim_type may skip it
        assert not helper(words, toks, text), (helper, kept)


@settings(max_examples=1000)
@given(tokens=_TOKENS)
@example(tokens=["var", "femte", "elev"])
@example(tokens=["en", "tredjedel"])
@example(tokens=["every", "fifth", "voter"])
def test_a_share_is_found_only_after_a_share_lead_or_in_a_word_holding_del(tokens):
    words, toks, text = _claim(tokens)
    if c._share(words, toks):
        assert not words.isdisjoint(c._SHARE_LEADS) or "del" in text.lower()


def test_every_word_set_claim_type_tests_is_part_of_its_one_intersection():
    # claim_type tests `words & _CLAIM_TYPE_WORDS` in place of the words: exact only when
    # every set it tests lies inside _CLAIM_TYPE_WORDS
    for tested in (
        c._AGE_OR_CLOCK_WORDS,
        c._RULE_TRIGGERS,
        c._DEMANDS,
        c._FORECAST_TRIGGERS,
        c._NAMING_VERBS,
        c._RANK_TRIGGERS,
        c._PAST_MARKERS,
        c._ESTIMATE_WORDS,
        c._FORECAST_WORDS,
        c._CAUSAL_WORDS,
        c._SHARE_LEADS,
    ):
        assert tested <= c._CLAIM_TYPE_WORDS


def test_claims_with_trigger_words_are_still_typed_by_the_helpers():
    def typed(text: str, **kw) -> str:
        args = dict(quoted=False, speaker=None, quantities=[], dates=[], published=None)
        return c.claim_type(text, **(args | kw))

    assert typed("Var femte elev saknar behörighet.") == "quantity"
    assert typed("En femtedelen av anslaget gick till skolan.") == "quantity"
    assert typed("It was the fourth cut this year.") == "comparison"
    assert typed("Aftershocks could continue for weeks.") == "prediction"
    assert typed("Companies are required to report emissions.") == "rule"
    assert typed("The strikes came in retaliation for the raid.") == "causal"
    assert typed("Norge stängde gränsen som svar på kontrollerna.") == "causal"
    assert typed("The minister met the union.") == "event"
