"""Decomposition against Factcheck-GPT's gold atomic claims.

For sentences with at least two gold atomic claims: the mean absolute difference between
our number of claims and the gold number, and the share of sentences we split at all.

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
    rows = []
    path = DATA / "factcheck-gpt" / "factcheck-GPT-benchmark.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        item = json.loads(line)
        for sent in item.get("sentences", {}).values():
            gold = len(sent.get("claims") or [])
            if gold >= 2:
                ours = len(extract(sent["text"], language="en"))
                rows.append((ours, gold))
    mae = sum(abs(o - g) for o, g in rows) / len(rows)
    split = sum(o >= 2 for o, _ in rows) / len(rows)
    mean_gold = sum(g for _, g in rows) / len(rows)
    mean_ours = sum(o for o, _ in rows) / len(rows)
    print(f"Factcheck-GPT sentences with >= 2 gold claims: {len(rows)}")
    print(f"mean gold claims {mean_gold:.2f}, ours {mean_ours:.2f}")
    print(f"mean absolute difference {mae:.2f}; share split (>= 2 claims) {split:.3f}")


if __name__ == "__main__":
    main()
