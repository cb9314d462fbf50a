"""Start-up, unchanged rebuilds, workers and long documents, for one or two source trees in one run.

    python benchmarks/bench_speed.py                          # this tree
    python benchmarks/bench_speed.py --before /tmp/old-tree   # and an earlier tree, side by side

``--before`` names a copy of the project's source (``corpus/`` and ``pipeline/``, e.g. from ``git archive``);
every measurement runs in a fresh interpreter with that tree first on ``PYTHONPATH``, so both trees are
measured on the same machine in the same minutes (on a shared machine only ratios within a run count).

Prints, per tree: ``corpus --help`` as a command (wall and CPU seconds, median of 5); a cold build and an
unchanged rebuild of ``--docs`` generated documents as commands, and their ratio; ``--workers 1`` against
``--workers 2`` on ``--worker-docs`` documents; and per language the annotation time per character of one
document of each ``--sizes`` length (models loaded beforehand), per stage, with the largest size's
time per character over the smallest's.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench import generate_corpus  # noqa: E402


def timed(command: list[str], tree: Path) -> tuple[float, float]:
    """Wall and CPU seconds (user + system, children included) of a command run with ``tree`` first."""
    env = {**os.environ, "PYTHONPATH": str(tree)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=tempfile.gettempdir(), env=env, check=True, stdout=subprocess.DEVNULL)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def corpus_command(*args: str) -> list[str]:
    return [sys.executable, "-m", "corpus", *args]


def help_time(tree: Path) -> tuple[float, float]:
    runs = [timed(corpus_command("--help"), tree) for _ in range(5)]
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def build_time(tree: Path, folder: Path, out: Path, *extra: str) -> tuple[float, float]:
    return timed(corpus_command("build", str(folder), "-o", str(out), "-q", *extra), tree)


def long_document(lang: str, size: int, seed: int = 3) -> str:
    """One article of about ``size`` characters: the dev articles' paragraphs of ``lang``, drawn at random."""
    paragraphs = [
        line
        for path in sorted((DEV / lang).glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if len(line.strip()) > 20
    ]
    rng = random.Random(seed)
    body, length = [], 0
    while length < size:
        paragraph = rng.choice(paragraphs)
        body.append(paragraph)
        length += len(paragraph) + 2
    return "Title\n\n" + "\n\n".join(body) + "\n"


def length_worker(langs: list[str], sizes: list[int]) -> None:
    """(In a fresh interpreter of the tree under test.) Seconds per stage for each language and size."""
    from corpus.runner import PipelineConfig, make_pipeline

    pipeline = make_pipeline(PipelineConfig(max_block_chars=10_000_000))
    results: dict[str, dict[str, dict[str, float]]] = {}
    for lang in langs:
        pipeline.annotate(long_document(lang, 3000, seed=1), "warm-up.txt")  # models loaded outside the clock
        results[lang] = {}
        for size in sizes:
            text = long_document(lang, size)
            pipeline.timings = {}
            started = time.process_time()
            pipeline.annotate(text, f"{lang}-{size}.txt")
            stages = dict(pipeline.timings)
            stages["total (CPU)"] = time.process_time() - started
            results[lang][str(len(text))] = stages
    print(json.dumps(results))


def length_times(tree: Path, langs: list[str], sizes: list[int]) -> dict[str, dict[str, dict[str, float]]]:
    command = [sys.executable, __file__, "--length-worker", "--langs", ",".join(langs)]
    command += ["--sizes", ",".join(map(str, sizes))]
    env = {**os.environ, "PYTHONPATH": str(tree)}
    done = subprocess.run(command, env=env, check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--before", type=Path, help="an earlier source tree to measure beside this one")
    parser.add_argument("--docs", type=int, default=1000, help="documents of the rebuild measurement")
    parser.add_argument("--worker-docs", type=int, default=300, help="documents of the 1 vs 2 workers builds")
    parser.add_argument("--sizes", default="10000,100000,1000000", help="document lengths, in characters")
    parser.add_argument("--langs", default="zh,ru,en", help="languages of the long documents")
    parser.add_argument("--skip", default="", help="parts to leave out: help,rebuild,workers,length")
    parser.add_argument("--length-worker", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    langs, sizes = args.langs.split(","), [int(size) for size in args.sizes.split(",")]
    if args.length_worker:
        length_worker(langs, sizes)
        return
    skip = set(args.skip.split(","))
    trees = [("before", args.before)] if args.before else []
    trees.append(("after", ROOT))
    print(f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}, Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="corpus-speed-") as scratch:
        work = Path(scratch)
        if "help" not in skip:
            print("\n| tree | `corpus --help` wall s | CPU s |\n|---|---:|---:|")
            for name, tree in trees:
                wall, cpu = help_time(tree)
                print(f"| {name} | {wall:.3f} | {cpu:.3f} |")
        if "rebuild" not in skip:
            generate_corpus(work / "docs", args.docs)
            print(f"\n{args.docs} documents, `--workers 1`, as commands (wall s / CPU s):\n")
            print("| tree | cold build | unchanged rebuild | ratio (wall) | ratio (CPU) |\n|---|---:|---:|---:|---:|")
            for name, tree in trees:
                cold = build_time(tree, work / "docs", work / f"rebuild-{name}", "--full", "-w", "1")
                warm = build_time(tree, work / "docs", work / f"rebuild-{name}", "-w", "1")
                print(
                    f"| {name} | {cold[0]:.2f} / {cold[1]:.2f} | {warm[0]:.2f} / {warm[1]:.2f} | "
                    f"{cold[0] / warm[0]:.1f}x | {cold[1] / warm[1]:.1f}x |"
                )
        if "workers" not in skip:
            generate_corpus(work / "worker-docs", args.worker_docs, seed=11)
            print(f"\n{args.worker_docs} documents, as commands (wall s / CPU s):\n")
            print("| tree | 1 worker | 2 workers | 2 workers / 1 (wall) |\n|---|---:|---:|---:|")
            for name, tree in trees:
                one = build_time(tree, work / "worker-docs", work / f"w1-{name}", "--full", "-w", "1")
                two = build_time(tree, work / "worker-docs", work / f"w2-{name}", "--full", "-w", "2")
                print(
                    f"| {name} | {one[0]:.2f} / {one[1]:.2f} | {two[0]:.2f} / {two[1]:.2f} | {one[0] / two[0]:.2f}x |"
                )
        if "length" not in skip:
            for name, tree in trees:
                results = length_times(tree, langs, sizes)
                print(
                    f"\n{name}: annotation CPU microseconds per character, one document (stage seconds in brackets)\n"
                )
                print(
                    "| language | "
                    + " | ".join(f"{int(n):,} chars" for n in results[langs[0]])
                    + " | largest / smallest |"
                )
                print("|---|" + "---:|" * (len(sizes) + 1))
                for lang in langs:
                    by_size = results[lang]
                    per_char = [stages["total (CPU)"] / int(n) * 1e6 for n, stages in by_size.items()]
                    cells = []
                    for stages, value in zip(by_size.values(), per_char, strict=True):
                        top = sorted(((s, v) for s, v in stages.items() if s != "total (CPU)"), key=lambda x: -x[1])
                        cells.append(f"{value:.1f} ({', '.join(f'{s} {v:.2f}' for s, v in top[:3])})")
                    print(f"| {lang} | " + " | ".join(cells) + f" | {per_char[-1] / per_char[0]:.2f}x |")


if __name__ == "__main__":
    main()
