"""Decomposition against Factcheck-GPT's gold atomic claims.

For sentences with at least two gold atomic claims: the mean absolute difference between
our number of claims and the gold number, and the share of sentences we split at all; for
sentences with one gold claim, the share we split anyway (over-splitting).

    .venv/bin/python bench/decomposition.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

# Shared benchmark data is read in place, never copied into the project.
PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DATA = SHARED / "data" / "extraction-benchmarks"
sys.path.insert(0, str(PROJECT))

from claims.extraction import extract  # noqa: E402 (needs sys.path above)


def main() -> None:
    rows = []  # (ours, gold) for every sentence
    path = DATA / "factcheck-gpt" / "factcheck-GPT-benchmark.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        for sent in item.get("sentences", {}).values():
            gold = len(sent.get("claims") or [])
            if gold:
                rows.append((len(extract(sent["text"], language="en")), gold))
    multi = [(o, g) for o, g in rows if g >= 2]
    single = [(o, g) for o, g in rows if g == 1]
    mae = sum(abs(o - g) for o, g in multi) / len(multi)
    split = sum(o >= 2 for o, _ in multi) / len(multi)
    mean_gold = sum(g for _, g in multi) / len(multi)
    mean_ours = sum(o for o, _ in multi) / len(multi)
    print(f"Factcheck-GPT sentences with >= 2 gold claims: {len(multi)}")
    print(f"mean gold claims {mean_gold:.2f}, ours {mean_ours:.2f}")
    print(f"mean absolute difference {mae:.2f}; share split (>= 2 claims) {split:.3f}")
    over = sum(o >= 2 for o, _ in single) / len(single)
    print(f"sentences with 1 gold claim: {len(single)}; share we split (over-splitting) {over:.3f}")


if __name__ == "__main__":
    main()
