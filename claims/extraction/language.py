"""Language detection: Swedish or English, and other languages reported as such.

py3langid is restricted to sv/en for the decision between the two languages we have rules
for; an unrestricted pass reports a third language only when it is clearly something else,
because short Swedish texts are easily mistaken for Norwegian or Danish.
"""

from __future__ import annotations

import copy
from functools import lru_cache

SUPPORTED = ("sv", "en")
# An unrestricted guess must be at least this sure before we call a text "not sv/en".
OTHER_LANGUAGE_CONFIDENCE = 0.98
_NORDIC_NEIGHBOURS = frozenset({"no", "nb", "nn", "da"})
_SAMPLE_CHARS = 4000


@lru_cache(maxsize=1)
def _identifiers():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)
    restricted = copy.copy(full)
    restricted.set_languages(list(SUPPORTED))
    return full, restricted


def _sample(text: str) -> str:
    """The beginning and the middle of long texts: enough signal, bounded cost."""
    if len(text) <= _SAMPLE_CHARS:
        return text
    half = _SAMPLE_CHARS // 2
    mid = len(text) // 2
    return text[:half] + " " + text[mid : mid + half]


def detect_language(text: str) -> str:
    """ISO 639-1 code: "sv" or "en", or another code when the text clearly is neither.

    Texts without letters (numbers only, empty) are reported as "en", whose rules are the
    fallback for every language we have no rules for.
    """
    sample = _sample(text)
    if not any(ch.isalpha() for ch in sample):
        return "en"
    full, restricted = _identifiers()
    lang, confidence = full.classify(sample)
    if (
        lang not in SUPPORTED
        and lang not in _NORDIC_NEIGHBOURS
        and confidence >= OTHER_LANGUAGE_CONFIDENCE
        and len(sample) >= 40
    ):
        return lang
    return restricted.classify(sample)[0]
