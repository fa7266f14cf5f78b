"""Throughput and memory of the extractor, beside spaCy's sentencizer on the same text.

Builds a >= 4 MB corpus of Swedish and English news-like documents (the dev gold texts, the
seed, our test articles, Talbanken paragraphs, CheckThat! sentences), repeated and shuffled
deterministically (the repeats are why the extractor memoises only words and its last few
texts: a cache of whole documents or sentences would hit on them and flatter the figure);
runs `analyse` per document (language detected), then spaCy (blank model + sentencizer,
one per language, built before the clock starts) per document;
prints MB/s, claims/s and the ratio. Both sides are warmed up first (the language model and
the regexes of ours, the tokenizer of spaCy), the process is pinned to one CPU core with
one BLAS/OpenMP thread, and each side runs twice, interleaved, keeping the faster run
(the machine is shared). Finally the peak traced memory for one 10 MB article.

    .venv/bin/python bench/extraction.py [--stages]

--stages also prints the share of each pipeline stage (where the time goes).
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ[_var] = "1"  # before numpy (py3langid, spaCy) is imported

import json  # noqa: E402
import random  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from pathlib import Path  # noqa: E402

# Shared benchmark data is read in place, never copied into the project.
PROJECT = Path(__file__).resolve().parent.parent
SHARED = PROJECT.parent / "shared"
DATA = SHARED / "data" / "extraction-benchmarks"
sys.path.insert(0, str(PROJECT))

from claims.extraction import analyse  # noqa: E402 (needs sys.path above)

TARGET_BYTES = 4 * 1024 * 1024


def documents() -> list[str]:
    docs = [
        json.loads(p.read_text(encoding="utf-8"))["text"]
        for p in sorted((SHARED / "eval" / "dev").glob("*.json"))
    ]
    docs += [p.read_text(encoding="utf-8") for p in sorted((SHARED / "seeds").glob("*.txt"))]
    import importlib.util

    spec = importlib.util.spec_from_file_location(
        "articles", PROJECT / "tests" / "extraction" / "articles.py"
    )
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    docs += [getattr(mod, n) for n in dir(mod) if n.isupper()]
    para: list[str] = []
    tb = (DATA / "ud-swedish-talbanken" / "sv_talbanken-ud-test.conllu").read_text("utf-8")
    for line in tb.splitlines():
        if line.startswith("# newdoc") and para:
            docs.append(" ".join(para))
            para = []
        elif line.startswith("# text = "):
            para.append(line[9:])
    if para:
        docs.append(" ".join(para))
    ct = (DATA / "checkthat2024-en" / "CT24_checkworthy_english_dev-test.tsv").read_text("utf-8")
    sents = [r.split("\t")[1] for r in ct.splitlines()[1:] if "\t" in r]
    docs += [" ".join(sents[i : i + 12]) for i in range(0, len(sents), 12)]
    return docs


def corpus() -> list[str]:
    base = documents()
    rng = random.Random(20251125)
    out, size = [], 0
    while size < TARGET_BYTES:
        batch = base[:]
        rng.shuffle(batch)
        for d in batch:
            out.append(d)
            size += len(d.encode("utf-8"))
    return out


def one_core() -> int | None:
    """Pin this process to one CPU core; the core, or None where affinity is unsupported."""
    if not hasattr(os, "sched_setaffinity"):
        return None
    core = min(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {core})
    return core


def run_ours(docs: list[str]) -> tuple[float, int, list[str]]:
    t0 = time.perf_counter()
    n_claims = 0
    languages = []
    for d in docs:
        r = analyse(d)
        n_claims += len(r.claims)
        languages.append(r.language)
    return time.perf_counter() - t0, n_claims, languages


def run_spacy(nlps: dict, docs: list[str], languages: list[str]) -> tuple[float, int]:
    t0 = time.perf_counter()
    n_sents = 0
    for d, lang in zip(docs, languages, strict=True):
        n_sents += sum(1 for _ in nlps["sv" if lang == "sv" else "en"](d).sents)
    return time.perf_counter() - t0, n_sents


STAGES = (
    "detect_language",
    "segment",
    "attribution_tail",
    "attribution_head",
    "decompose",
    "find_quantities",
    "find_dates",
    "is_not_a_claim",
    "has_core",
    "claim_type",
    "checkworthiness",
)


def stage_breakdown(docs: list[str]) -> None:
    """Where the time goes: each pipeline stage wrapped with a timer (about 1 MB of text).

    The wrappers add a little per call, so the shares are slightly pessimistic for stages
    called once per claim; "pipeline itself" is analyse() minus all stages.
    """
    import claims.extraction as pipeline

    spent = dict.fromkeys(STAGES, 0.0)
    originals = {name: getattr(pipeline, name) for name in STAGES}

    def timed(name, fn):
        def wrapper(*args, **kwargs):
            t = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                spent[name] += time.perf_counter() - t

        return wrapper

    sample, size = [], 0
    for d in docs:
        if size >= 1_000_000:
            break
        sample.append(d)
        size += len(d.encode("utf-8"))
    for name, fn in originals.items():
        setattr(pipeline, name, timed(name, fn))
    try:
        t0 = time.perf_counter()
        for d in sample:
            analyse(d)
        total = time.perf_counter() - t0
    finally:
        for name, fn in originals.items():
            setattr(pipeline, name, fn)
    mb = size / 1e6
    print(f"stages on {mb:.2f} MB ({total:.2f}s):")
    rows = sorted(spent.items(), key=lambda kv: -kv[1])
    rows.append(("pipeline itself", total - sum(spent.values())))
    for name, secs in rows:
        print(f"  {name:18s} {100 * secs / total:5.1f}%  {1000 * secs / mb:6.0f} ms/MB")


def main() -> None:
    core = one_core()
    docs = corpus()
    mb = sum(len(d.encode("utf-8")) for d in docs) / 1e6
    import spacy

    nlps = {}
    for key in ("sv", "en"):
        nlps[key] = spacy.blank(key)
        nlps[key].add_pipe("sentencizer")
    # warm-up: model loading and first-call costs stay out of both timings
    for d in docs[:50]:
        analyse(d)
        list(nlps["sv"](d).sents)
        list(nlps["en"](d).sents)

    ours, theirs = float("inf"), float("inf")
    for _ in range(2):
        secs, n_claims, languages = run_ours(docs)
        ours = min(ours, secs)
        secs, n_sents = run_spacy(nlps, docs, languages)
        theirs = min(theirs, secs)

    print(
        f"corpus {mb:.2f} MB, {len(docs)} documents, {len(set(docs))} distinct "
        f"({languages.count('sv')} sv, {languages.count('en')} en), "
        f"one core ({f'cpu {core}' if core is not None else 'affinity unsupported'}), "
        "best of 2 runs"
    )
    print(
        f"factdesk extract : {mb / ours:6.2f} MB/s, {n_claims / ours:8.0f} claims/s "
        f"({n_claims} claims, {ours:.2f}s)"
    )
    print(f"spacy sentencizer: {mb / theirs:6.2f} MB/s ({n_sents} sentences, {theirs:.2f}s)")
    print(f"ratio factdesk/spacy: {theirs / ours:.2f}x  (targets: >= 2 MB/s and >= 4x)")

    if "--stages" in sys.argv:
        stage_breakdown(docs)

    big = "\n\n".join(docs)
    big = big[: 10 * 1024 * 1024]
    tracemalloc.start()
    t2 = time.perf_counter()
    r = analyse(big)
    secs = time.perf_counter() - t2
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(
        f"one 10 MB article: {len(r.claims)} claims, peak traced memory {peak / 1e6:.0f} MB "
        f"({secs:.1f}s under tracemalloc; target < 300 MB)"
    )


if __name__ == "__main__":
    main()
