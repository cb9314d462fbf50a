"""Score the shipped Chinese NER model on a public test file (char-per-line BIO, MSRA layout).

    python evaluation/public_ner_zh.py training/data/msra/msra_test_bio
    python evaluation/public_ner_zh.py FILE --weights OTHER.npz --json

Prints exact-match span precision / recall / F1 per type (PER, LOC, ORG) and overall, and the tagging speed
in characters per second of one ``tag()`` call over the whole file, by wall clock and by the process's CPU
time (run with OPENBLAS_NUM_THREADS=1 for the single-core figure).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.models.zh_ner import load  # noqa: E402
from training.zh_ner.data import read_bio  # noqa: E402
from training.zh_ner.evaluate import score_spans  # noqa: E402


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Exact-match span F1 of the Chinese NER model on a BIO file")
    parser.add_argument("test_file", type=Path, help="char<TAB>BIO-tag per line, blank line between sentences")
    parser.add_argument("--weights", type=Path, default=None, help="weights other than the shipped ones")
    parser.add_argument("--json", action="store_true", help="print the scores as JSON")
    args = parser.parse_args(argv)

    sentences = read_bio(args.test_file)
    tagger = load(args.weights)
    texts = [s.text for s in sentences]
    tagger.tag(texts[:200])  # first-call costs (page faults of the tables) are not part of the speed
    started, cpu_started = time.perf_counter(), time.process_time()
    predicted = tagger.tag(texts)
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
    scores = score_spans([list(s.spans) for s in sentences], predicted)
    n_chars = sum(len(t) for t in texts)
    result = {"file": args.test_file.name, "sentences": len(texts), "chars": n_chars, "scores": scores}
    result["chars_per_second"] = round(n_chars / seconds)
    # CPU time of this process: on a machine shared with other jobs, closer to what one free core does.
    result["chars_per_cpu_second"] = round(n_chars / cpu_seconds)
    if args.json:
        print(json.dumps(result, ensure_ascii=False, indent=2))
        return
    print(
        f"{args.test_file.name}: {len(texts)} sentences, {n_chars} chars, {result['chars_per_second']:,} chars/s "
        f"(wall), {result['chars_per_cpu_second']:,} chars per CPU second"
    )
    print(f"{'type':<5} {'P':>7} {'R':>7} {'F1':>7} {'gold':>6}")
    for kind, row in scores.items():
        print(f"{kind:<5} {row['p']:7.4f} {row['r']:7.4f} {row['f1']:7.4f} {row['gold']:6d}")


if __name__ == "__main__":
    main()
