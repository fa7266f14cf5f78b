"""Lower-cased views of text whose offsets still index the original.

Word-list patterns compiled without re.IGNORECASE and run over lower-cased text scan several
times faster than the same patterns with IGNORECASE (figures in bench/extraction.py), so the
scanners match on a lower-cased view and read the matched text back from the original.
"""

from __future__ import annotations

_DOTTED_CAPITAL_I = "\u0130"  # the one character whose lower case is two characters long


def lower_same_length(text: str) -> str:
    """`text.lower()` with every offset unchanged (so matches on it index `text`)."""
    if _DOTTED_CAPITAL_I in text:
        text = text.replace(_DOTTED_CAPITAL_I, "I")
    return text.lower()


def lower_view(text: str, start: int, end: int) -> tuple[str, int]:
    """(view, pos): the lower-cased text[start - 1 : end] and the position in it of `start`.

    The one character of left context keeps look-behinds and word boundaries at `start`
    reading the real text; scan with `pattern.finditer(view, pos)` and add `start - pos` to
    every offset found. The quantity and date scanners look at the same clause one after the
    other, so the last view is kept (one tuple, read and replaced whole: safe across threads).
    """
    global _last
    last = _last
    if last[0] is text and last[1] == start and last[2] == end:
        return last[3]
    left = start - 1 if start > 0 else 0
    view = (lower_same_length(text[left:end]), start - left)
    _last = (text, start, end, view)
    return view


_last: tuple = (None, -1, -1, ("", 0))
