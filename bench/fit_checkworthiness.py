"""Fit the check-worthiness model and write claims/extraction/checkworthy_weights.py.

Reproducible and deterministic (pure Python, fixed shuffling seed):

    .venv/bin/python bench/fit_checkworthiness.py            # fit with the chosen settings
    .venv/bin/python bench/fit_checkworthiness.py --search   # also print the small grid

Training data: ClaimBuster crowdsourced.csv + groundtruth.csv (= CheckThat! 2024 English
train + dev), label 1 for CFS (Verdict 1), 0 for UFS/NFS, as CheckThat! binarises them. Each
sentence is analysed the way the extractor analyses a claim (quantities, dates, speaker,
claim type) and turned into `classify.cw_features`. The model is L2-regularised logistic
regression trained with AdaGrad in two stages: the language-neutral cue features alone
(with the bias), then the English word features as a correction on top (the cue logit is a
fixed offset), so that Swedish text, scored by the cue part alone, stays calibrated. The
word part counts each distinct word once, adds a few shape features
(`classify._shape_features`) and is scaled by `classify.word_scale` (1/sqrt of the sentence length):
summed plainly, long sentences piled up word evidence and ranked worse on debates the model
was not fitted on. Word features seen fewer than MIN_COUNT times are dropped; weights below
PRUNE in absolute value are not stored.

Model selection looks at new debates, not the training years: each setting is fitted
without one debate year (2012, then 2016, the latest in ClaimBuster) and scored on it, and
fitted on everything and scored on CheckThat! 2024 dev-test (2020 debates); `--search`
picks L2 / MIN_COUNT by the mean average precision over the three (never test_gold); the
chosen values are the defaults below. (CLEF-2019 debates as extra training data, dropping
proper names or words of few debate years, word bigrams, class weights and pruning the
most disputed training labels did not rank the held-out years better.) The model is fitted
on whole sentences, and the extractor scores a claim with the words of the whole sentence
it was cut from (`checkworthiness(context=...)`) and the claim's own cues. Nothing is
downloaded; the data are read in place from ../shared/data.
"""

from __future__ import annotations

import argparse
import csv
import json
import math
import random
import sys
from collections import Counter
from pathlib import Path

# Shared benchmark data is read in place, never copied into the project.
PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DATA = SHARED / "data" / "extraction-benchmarks"
OUT = PROJECT / "claims" / "extraction" / "checkworthy_weights.py"
sys.path.insert(0, str(PROJECT))

from claims.extraction.attribution import attribution_head, attribution_tail  # noqa: E402
from claims.extraction.classify import claim_type, cw_features, word_scale  # noqa: E402
from claims.extraction.dates import find_dates  # noqa: E402
from claims.extraction.quantities import find_quantities  # noqa: E402

L2 = 3e-3
MIN_COUNT = 10
EPOCHS = 12
RATE = 0.2
PRUNE = 0.05
SEED = 20241
WORD_LENGTH = 15.0  # words of a typical sentence: word_scale is 1 there
# debate years held out in turn by --search (the latest in the data, closest to new text)
HELD_OUT_YEARS = ("2012", "2016")


def sentence_features(text: str) -> tuple[list[str], list[str]]:
    """(cue features, word features) of a whole sentence, analysed as the extractor
    analyses a claim."""
    att = attribution_tail(text, 0, len(text), "en")
    speaker = att.speaker or attribution_head(text, 0, att.body_end, "en")
    body = text[: att.body_end]
    quantities = find_quantities(body, 0, len(body), "en")
    dates = find_dates(body, 0, len(body), None)
    ctype = claim_type(
        body, quoted=False, speaker=speaker, quantities=quantities, dates=dates, published=None
    )
    cues = cw_features(
        body,
        ctype=ctype,
        quoted=False,
        speaker=speaker,
        quantities=quantities,
        dates=dates,
        words=False,
    )
    full = cw_features(
        body, ctype=ctype, quoted=False, speaker=speaker, quantities=quantities, dates=dates
    )
    return cues, full[len(cues) :]


def load_claimbuster() -> list[tuple[str, int, str]]:
    """(text, label, debate year) of every ClaimBuster sentence."""
    rows = []
    for name in ("crowdsourced.csv", "groundtruth.csv"):
        with (DATA / "claimbuster" / name).open(encoding="utf-8", newline="") as fh:
            for r in csv.DictReader(fh):
                label = 1 if r["Verdict"].strip() == "1" else 0
                rows.append((r["Text"], label, r["File_id"][:4]))
    return rows


def fit(
    data: list[tuple[list[str], int]],
    l2: float,
    min_count: int,
    offsets: list[float] | None = None,
    scales: list[float] | None = None,
) -> tuple[float, dict[str, float]]:
    """Logistic regression by AdaGrad. With `offsets` (a fixed logit per row) the bias is
    not learned and the weights are a correction on top of that earlier model; `scales`
    multiplies a row's summed weights (the word part's `word_scale`)."""
    counts = Counter(f for feats, _ in data for f in set(feats))
    index = {f: i for i, f in enumerate(sorted(f for f, c in counts.items() if c >= min_count))}
    rows = [([index[f] for f in feats if f in index], y) for feats, y in data]
    w = [0.0] * len(index)
    g2 = [1e-8] * len(index)
    bias, bias_g2 = 0.0, 1e-8
    order = list(range(len(rows)))
    rng = random.Random(SEED)
    for _ in range(EPOCHS):
        rng.shuffle(order)
        for k in order:
            idx, y = rows[k]
            base = offsets[k] if offsets is not None else bias
            scale = scales[k] if scales is not None else 1.0
            z = base + scale * sum(w[i] for i in idx)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            err = p - y
            if offsets is None:
                bias_g2 += err * err
                bias -= RATE * err / math.sqrt(bias_g2)
            for i in idx:
                g = err * scale + l2 * w[i] * len(rows) / 1000.0
                g2[i] += g * g
                w[i] -= RATE * g / math.sqrt(g2[i])
    names = sorted(index, key=index.get)
    return bias, {f: w[index[f]] for f in names}


def fit_two_stage(
    cue_rows: list[tuple[list[str], int]],
    word_rows: list[tuple[list[str], int]],
    l2: float,
    min_count: int,
) -> tuple[float, dict[str, float]]:
    """Cue weights alone first (so Swedish text, scored by cues only, is calibrated), then
    English word weights as a correction with the cue model's logit as a fixed offset: each
    distinct word once, the sum scaled by `classify.word_scale` of the sentence length."""
    bias, cue_w = fit(cue_rows, 1e-4, 1)
    offsets = [bias + sum(cue_w.get(f, 0.0) for f in feats) for feats, _ in cue_rows]
    scales = [word_scale(_word_count(feats)) for feats, _ in word_rows]
    distinct = [(list(dict.fromkeys(feats)), y) for feats, y in word_rows]
    _, word_w = fit(distinct, l2, min_count, offsets, scales)
    return bias, {**word_w, **cue_w}


def _word_count(words: list[str]) -> int:
    """The running words among the word features (not "^first" nor the "x:" shapes)."""
    return sum(1 for f in words if f[0] != "^" and not f.startswith("x:"))


def score(cues: list[str], words: list[str], bias: float, weights: dict[str, float]) -> float:
    z = bias + sum(weights.get(f, 0.0) for f in cues)
    if words:
        z += word_scale(_word_count(words)) * sum(weights.get(f, 0.0) for f in set(words))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def average_precision(scores: list[float], gold: list[bool]) -> float:
    """Ranking quality, free of any threshold (the label rate differs between debates)."""
    hits, total = 0, 0.0
    for k, (_, g) in enumerate(sorted(zip(scores, gold, strict=True), key=lambda t: -t[0]), 1):
        if g:
            hits += 1
            total += hits / k
    return total / max(1, hits)


def best_f1(scores: list[float], gold: list[bool]) -> tuple[float, float]:
    best = (0.0, 0.5)
    for th in sorted(set(round(s, 3) for s in scores)):
        tp = sum(s >= th and g for s, g in zip(scores, gold, strict=True))
        fp = sum(s >= th and not g for s, g in zip(scores, gold, strict=True))
        fn = sum(s < th and g for s, g in zip(scores, gold, strict=True))
        f = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
        best = max(best, (f, th))
    return best


def load_dev_test() -> list[tuple[str, bool]]:
    path = DATA / "checkthat2024-en" / "CT24_checkworthy_english_dev-test.tsv"
    with path.open(encoding="utf-8") as fh:
        rows = list(csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows[1:]:
        if len(r) < 3:
            continue
        t = r[1]
        if len(t) >= 2 and t[0] == '"' and t[-1] == '"':
            t = t[1:-1].replace('""', '"')
        out.append((t, r[2].strip() == "Yes"))
    return out


def write(bias: float, weights: dict[str, float], l2: float, min_count: int) -> None:
    kept = {f: round(w, 3) for f, w in weights.items() if abs(w) >= PRUNE}
    lines = [
        '"""Check-worthiness model weights. GENERATED by bench/fit_checkworthiness.py; do not',
        "edit by hand. Logistic regression over classify.cw_features, fitted on ClaimBuster",
        f"crowdsourced + groundtruth (CFS = 1); L2 {l2}, min count {min_count}, epochs {EPOCHS},",
        f'seed {SEED}; {len(kept)} of {len(weights)} weights kept (|w| >= {PRUNE})."""',
        "",
        f"BIAS = {bias:.4f}",
        "# classify.word_scale: the summed word weights times sqrt(WORD_LENGTH / words)",
        f"WORD_LENGTH = {WORD_LENGTH}",
        "WEIGHTS: dict[str, float] = {",
    ]
    lines += [f"    {json.dumps(f, ensure_ascii=False)}: {w}," for f, w in sorted(kept.items())]
    lines.append("}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(PROJECT)}: {len(kept)} weights, bias {bias:.3f}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--search", action="store_true")
    args = ap.parse_args()
    raw = load_claimbuster()
    feats = [sentence_features(t) for t, _, _ in raw]
    labels = [y for _, y, _ in raw]
    years = [year for _, _, year in raw]
    print(f"training sentences {len(raw)}, positive {sum(labels)}")
    dev = load_dev_test()
    dev_feats = [sentence_features(t) for t, _ in dev]
    dev_gold = [g for _, g in dev]

    def fit_on(l2: float, min_count: int, skip: str = "") -> tuple[float, dict[str, float]]:
        rows = [i for i, year in enumerate(years) if year != skip]
        cue_rows = [(feats[i][0], labels[i]) for i in rows]
        word_rows = [(feats[i][1], labels[i]) for i in rows]
        return fit_two_stage(cue_rows, word_rows, l2, min_count)

    def report(l2: float, min_count: int) -> float:
        """Average precision and best F1 on each debate year held out in turn (fitted on
        the other years) and on dev-test (fitted on all): the check is new debates, not
        the training years. Returns the mean average precision."""
        parts = []
        for year in HELD_OUT_YEARS:
            bias, weights = fit_on(l2, min_count, skip=year)
            rows = [i for i, y in enumerate(years) if y == year]
            scores = [score(*feats[i], bias, weights) for i in rows]
            gold = [labels[i] == 1 for i in rows]
            parts.append((year, average_precision(scores, gold), best_f1(scores, gold)[0]))
        bias, weights = fit_on(l2, min_count)
        scores = [score(c, w, bias, weights) for c, w in dev_feats]
        dev_ap = average_precision(scores, dev_gold)
        parts.append(("dev-test", dev_ap, best_f1(scores, dev_gold)[0]))
        shown = "; ".join(f"{name} AP {a:.3f} F1 {f:.3f}" for name, a, f in parts)
        print(f"L2 {l2:g} min_count {min_count}: {shown}")
        return sum(a for _, a, _ in parts) / len(parts)

    if args.search:
        grid = [(l2, mc) for l2 in (1e-3, 3e-3, 1e-2) for mc in (5, 10, 20)]
        best = max(grid, key=lambda setting: report(*setting))
        print(f"best mean AP: L2 {best[0]:g} min_count {best[1]}")
    else:
        report(L2, MIN_COUNT)
    bias, weights = fit_on(L2, MIN_COUNT)
    f, _ = best_f1([score(c, w, bias, weights) for c, w in dev_feats], dev_gold)
    print(f"chosen L2 {L2:g} min_count {MIN_COUNT}: dev-test sentence-level best F1 {f:.3f}")
    f, _ = best_f1([score(c, [], bias, weights) for c, _ in dev_feats], dev_gold)
    print(f"cue part alone (as for Swedish): dev-test sentence-level best F1 {f:.3f}")
    write(bias, weights, L2, MIN_COUNT)


if __name__ == "__main__":
    main()
