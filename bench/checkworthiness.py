"""CheckThat! 2024 English check-worthiness with the rule-based extractor.

A sentence is predicted "Yes" when the extractor returns at least one claim with
checkworthiness >= threshold. The threshold is chosen on dev-test only, then P/R/F1 of the
Yes class are reported on test_gold. (Context: the 2024 winner reached F1 0.802 with an
LLM; ClaimBuster's CFS class P 0.72 R 0.67.)

    .venv/bin/python bench/checkworthiness.py [--dev-only]

--dev-only stops after dev-test (for work on the model: test_gold is for measuring only).
Each claim is scored with the words of its whole sentence and its own cues, as the
extractor does (`classify.checkworthiness(context=...)`).
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

# Shared benchmark data is read in place, never copied into the project.
PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DATA = SHARED / "data" / "extraction-benchmarks"
sys.path.insert(0, str(PROJECT))

from claims.extraction import extract  # noqa: E402 (needs sys.path above)


def load(name: str) -> list[tuple[str, bool]]:
    path = DATA / "checkthat2024-en" / name
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(_unquote(r[1]), r[2].strip() == "Yes") for r in rows[1:] if len(r) >= 3]


def _unquote(cell: str) -> str:
    """The TSV writer wrapped every text holding a comma in CSV quotes ("..." with "" for ");
    those are file escaping, not speech marks, and would make the extractor read each such
    sentence as a quotation. (The files are read with QUOTE_NONE because a few cells hold
    stray backslashes and unbalanced quotes.)"""
    if len(cell) >= 2 and cell[0] == '"' and cell[-1] == '"':
        return cell[1:-1].replace('""', '"')
    return cell


def best_score(text: str) -> float:
    claims = extract(text, language="en")
    return max((c.checkworthiness for c in claims), default=0.0)


def prf(scores: list[float], gold: list[bool], threshold: float) -> tuple[float, float, float]:
    pred = [s >= threshold for s in scores]
    tp = sum(p and g for p, g in zip(pred, gold, strict=True))
    fp = sum(p and not g for p, g in zip(pred, gold, strict=True))
    fn = sum(g and not p for p, g in zip(pred, gold, strict=True))
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def main() -> None:
    dev = load("CT24_checkworthy_english_dev-test.tsv")
    test = load("CT24_checkworthy_english_test_gold.tsv")
    dev_scores = [best_score(t) for t, _ in dev]
    dev_gold = [g for _, g in dev]
    candidates = sorted({round(s, 3) for s in dev_scores} | {0.5})
    threshold = max(candidates, key=lambda th: (prf(dev_scores, dev_gold, th)[2], -th))
    p, r, f = prf(dev_scores, dev_gold, threshold)
    print(f"threshold {threshold:.3f} (chosen on dev-test: P {p:.3f} R {r:.3f} F1 {f:.3f})")
    if "--dev-only" in sys.argv:
        return
    test_scores = [best_score(t) for t, _ in test]
    p, r, f = prf(test_scores, [g for _, g in test], threshold)
    print(
        f"CT24 English test_gold ({len(test)} sentences): Yes-class P {p:.3f} R {r:.3f} F1 {f:.3f}"
    )


if __name__ == "__main__":
    main()
