"""Word lists as prefix-factored regex alternations, and as chains of substring tests.

Python's `re` tries every branch of "januari|juni|juli|..." at every position; factoring
the shared prefixes ("ju(?:ni|li)") makes the scan several times faster, which matters for
a pass that runs over every sentence of every article. To ask only whether a short text
holds any of a dozen strings, `"a" in s or "b" in s or ...` is faster still (each `in` is a
C substring search, with no regex or generator overhead per key).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable


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


def any_substring(keys: Iterable[str]) -> Callable[[str], bool]:
    """A function telling whether its argument contains any of `keys` (as `any(k in s ...)`
    would, written out as one `or` chain of `in` tests)."""
    keys = tuple(keys)
    if not keys or not all(isinstance(k, str) and k for k in keys):
        raise ValueError("keys must be non-empty strings")
    namespace: dict = {}
    body = " or ".join(f"{k!r} in s" for k in keys)
    exec(f"def contains_any(s):\n    return {body}\n", namespace)  # keys are str literals
    return namespace["contains_any"]
