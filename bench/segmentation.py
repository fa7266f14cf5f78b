"""Sentence-boundary P/R/F1 of our segmenter vs spaCy's rule-based sentencizer on UD
Swedish-Talbanken. Running text is rebuilt from the `# text =` lines, one paragraph per
`# newpar` (or `# newdoc`); gold boundaries are the sentence ends. Paragraph ends are given
to both systems for free, so only boundaries inside paragraphs are scored.

    .venv/bin/python bench/segmentation.py [dev|test] [--errors]

Develop on dev; test is for reporting. `--errors` prints every missed and false boundary of
ours with the text around it (meant for dev only). Also prints the splitting speed of both
(MB/s, best of five passes on one core).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

# Shared benchmark data is read in place, never copied into the project.
PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DATA = SHARED / "data" / "extraction-benchmarks"
sys.path.insert(0, str(PROJECT))

from claims.extraction.segment import split_sentences  # noqa: E402 (needs sys.path above)


def paragraphs(path):
    """[(text, gold_end_offsets_inside_paragraph)]"""
    out, sents = [], []

    def flush():
        if sents:
            text = " ".join(sents)
            ends, pos = [], 0
            for s in sents[:-1]:
                pos += len(s)
                ends.append(pos)
                pos += 1
            out.append((text, set(ends)))
            sents.clear()

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith(("# newdoc", "# newpar")):
            flush()
        elif line.startswith("# text = "):
            sents.append(line[len("# text = ") :].strip())
    flush()
    return out


def score(pred: list[set[int]], gold: list[set[int]]) -> tuple[float, float, float]:
    tp = sum(len(p & g) for p, g in zip(pred, gold, strict=True))
    n_pred = sum(len(p) for p in pred)
    n_gold = sum(len(g) for g in gold)
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def ours(text: str) -> set[int]:
    spans = split_sentences(text, 0, len(text))
    return {e for _, e in spans[:-1]}


def spacy_ends(nlp, text: str) -> set[int]:
    doc = nlp(text)
    sents = list(doc.sents)
    return {s.end_char for s in sents[:-1]}


def print_errors(texts: list[str], pred: list[set[int]], gold: list[set[int]]) -> None:
    """One line per missed (MISS) or false (FALSE) boundary: 60 characters either side."""
    for text, p, g in zip(texts, pred, gold, strict=True):
        for label, ends in (("MISS ", g - p), ("FALSE", p - g)):
            for e in sorted(ends):
                print(f"{label} {text[max(0, e - 60) : e]!r} | {text[e : e + 60]!r}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    split = args[0] if args else "test"
    paras = paragraphs(DATA / "ud-swedish-talbanken" / f"sv_talbanken-ud-{split}.conllu")
    gold = [g for _, g in paras]
    import spacy

    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})  # one core
    nlp = spacy.blank("sv")
    nlp.add_pipe("sentencizer")
    texts = [t for t, _ in paras]
    mb = sum(len(t.encode("utf-8")) for t in texts) / 1e6
    pred = [ours(t) for t in texts]
    spred = [spacy_ends(nlp, t) for t in texts]
    # throughput: best of 5 passes each, interleaved (the machine is shared)
    ours_s = theirs_s = float("inf")
    for _ in range(5):
        t0 = time.perf_counter()
        for t in texts:
            ours(t)
        t1 = time.perf_counter()
        for t in texts:
            spacy_ends(nlp, t)
        t2 = time.perf_counter()
        ours_s, theirs_s = min(ours_s, t1 - t0), min(theirs_s, t2 - t1)
    print(
        f"UD Swedish-Talbanken {split}: {len(paras)} paragraphs, "
        f"{sum(len(g) for g in gold)} in-paragraph boundaries, {mb:.2f} MB"
    )
    for name, p, secs in (("factdesk", pred, ours_s), ("spacy sentencizer", spred, theirs_s)):
        prec, rec, f1 = score(p, gold)
        print(f"{name:18s} P {prec:.3f} R {rec:.3f} F1 {f1:.3f}  ({mb / secs:6.2f} MB/s)")
    print(f"sentence splitting speed ratio factdesk/spacy: {theirs_s / ours_s:.1f}x")
    if "--errors" in sys.argv:
        print_errors(texts, pred, gold)


if __name__ == "__main__":
    main()
