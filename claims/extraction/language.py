"""Language detection: Swedish or English, and other languages reported as such.

py3langid scores the text once; the decision between the two languages we have rules for
is the better of the sv/en scores in that same ranking (restricting the model to sv/en
keeps the order of their scores, so no second pass is needed). A third language is reported
only when it is clearly something else, because short Swedish texts are easily mistaken
for Norwegian or Danish.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("sv", "en")
# An unrestricted guess must be at least this sure before we call a text "not sv/en".
OTHER_LANGUAGE_CONFIDENCE = 0.98
_NORDIC_NEIGHBOURS = frozenset({"no", "nb", "nn", "da"})
_HAS_LETTER = re.compile(r"[^\W\d_]")
# The identifier walks the sample byte by byte in Python, so its cost grows with the sample.
# A first look at 300 characters (the beginning and the middle of long texts) decides most
# texts with near certainty; the rest get a second look at 1,000 characters.
_FIRST_SAMPLE_CHARS = 300
_SURE = 0.999
_SAMPLE_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_modelpath(MODEL_DIR / MODEL_FILE, norm_probs=True)


def _sample(text: str, size: int = _SAMPLE_CHARS) -> str:
    """The beginning and the middle of long texts: enough signal, bounded cost."""
    if len(text) <= size:
        return text
    half = size // 2
    mid = len(text) // 2
    # cut at spaces so no word is broken in two
    head_end = text.rfind(" ", 0, half)
    mid_start = text.find(" ", mid)
    head = text[: head_end if head_end > 0 else half]
    if mid_start < 0:
        mid_start = mid
    return head + " " + text[mid_start : mid_start + half]


def _look(sample: str) -> tuple[str, float, str]:
    """(best language, its probability, the better of "sv"/"en") for `sample`: what the
    identifier's `rank` says (its first entry, and the first "sv"/"en" entry), read off the
    scores without sorting all of its languages."""
    ident = _identifier()
    decide = getattr(ident, "_decide", None)
    if decide is None:  # another py3langid: take its ranking
        ranking = ident.rank(sample)
        best = next((code for code, _ in ranking if code in SUPPORTED), "en")
        return ranking[0][0], ranking[0][1], best
    scores = decide(sample)
    # the first column of a label holds its score (aliased columns are folded into it and
    # zeroed); argmax returns the first of equal scores, as `rank`'s stable sort does
    top = int(scores.argmax())
    sv, en = _supported_columns()
    sv_score, en_score = float(scores[sv]), float(scores[en])
    better = sv if sv_score > en_score or (sv_score == en_score and sv < en) else en
    return ident.nb_classes[top], float(scores[top]), ident.nb_classes[better]


@lru_cache(maxsize=1)
def _supported_columns() -> tuple[int, int]:
    labels = list(_identifier().nb_classes)
    return labels.index("sv"), labels.index("en")


def detect_language(text: str) -> str:
    """ISO 639-1 code: "sv" or "en", or another code when the text clearly is neither.

    Texts without letters (numbers only, empty) are reported as "en", whose rules are the
    fallback for every language we have no rules for.
    """
    sample = _sample(text, _FIRST_SAMPLE_CHARS)
    if not _HAS_LETTER.search(text):
        return "en"
    lang, confidence, better = _look(sample)
    if lang in SUPPORTED and confidence >= _SURE:
        return lang
    if len(text) > _FIRST_SAMPLE_CHARS:
        sample = _sample(text)
        lang, confidence, better = _look(sample)
    if (
        lang not in SUPPORTED
        and lang not in _NORDIC_NEIGHBOURS
        and confidence >= OTHER_LANGUAGE_CONFIDENCE
        and len(sample) >= 40
    ):
        return lang
    return better
