"""Word lists as prefix-factored regex alternations.

Python's `re` tries every branch of "januari|juni|juli|..." at every position; factoring
the shared prefixes ("ju(?:ni|li)") makes the scan several times faster, which matters for
a pass that runs over every sentence of every article.
"""

from __future__ import annotations

import re
from collections.abc import Iterable


def alternation(words: Iterable[str]) -> str:
    """A non-capturing regex matching exactly the given words (longest first where shared)."""
    trie: dict = {}
    for w in set(words):
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if end:
        return "(?:" + body + ")?"
    return body
