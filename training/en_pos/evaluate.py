"""Score the packaged tagger on an EWT split and time it on one core.

Accuracy is per syntactic word against the gold UPOS, XPOS and lemma (lemmas both exact and
case-insensitive). Speed is tag() over the whole split as one batch, characters counted as the words plus one
separator each: "cold" is a fresh tagger's first call (no word cache yet), "warm" a repeat call; wall time and
process CPU time, the best of --repeat runs. Run with OPENBLAS_NUM_THREADS=1 for one core.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from pipeline.models.en_pos import MODEL_DIR, EnglishTagger
from training.en_pos.train import DATA, read_conllu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--split", default="test")
    parser.add_argument("--model-dir", type=Path, default=MODEL_DIR)
    parser.add_argument("--repeat", type=int, default=3, help="timed runs; the fastest counts")
    args = parser.parse_args()
    sentences = read_conllu(DATA / f"{args.split}.conllu")
    words = [[w[0] for w in s] for s in sentences]
    chars = sum(len(w) + 1 for s in words for w in s)
    n_tokens = sum(len(s) for s in words)

    best = best_cpu = float("inf")
    analyses = []
    for _ in range(args.repeat):
        tagger = EnglishTagger(args.model_dir)
        start, start_cpu = time.perf_counter(), time.process_time()
        analyses = tagger.tag(words)
        best = min(best, time.perf_counter() - start)
        best_cpu = min(best_cpu, time.process_time() - start_cpu)
    warm = warm_cpu = float("inf")
    for _ in range(args.repeat):
        start, start_cpu = time.perf_counter(), time.process_time()
        tagger.tag(words)
        warm = min(warm, time.perf_counter() - start)
        warm_cpu = min(warm_cpu, time.process_time() - start_cpu)

    hits = {"upos": 0, "xpos": 0, "both": 0, "lemma": 0, "lemma_ci": 0}
    for sentence, predicted in zip(sentences, analyses, strict=True):
        for (_, upos, xpos, lemma), (p_upos, p_xpos, p_lemma) in zip(sentence, predicted, strict=True):
            hits["upos"] += upos == p_upos
            hits["xpos"] += xpos == p_xpos
            hits["both"] += upos == p_upos and xpos == p_xpos
            hits["lemma"] += lemma == p_lemma
            hits["lemma_ci"] += lemma.lower() == p_lemma.lower()
    report = {
        "split": args.split,
        "tokens": n_tokens,
        **{f"{k}_accuracy": round(v / n_tokens, 4) for k, v in hits.items()},
        "chars": chars,
        "chars_per_s_cold": round(chars / best),
        "chars_per_cpu_s_cold": round(chars / best_cpu),
        "tokens_per_s_cold": round(n_tokens / best),
        "chars_per_s_warm": round(chars / warm),
        "chars_per_cpu_s_warm": round(chars / warm_cpu),
        "tokens_per_s_warm": round(n_tokens / warm),
    }
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
