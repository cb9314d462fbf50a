"""Throughput and memory of the build, next to raw jieba on the same text in the same run.

    python benchmarks/bench.py --docs 10000            # generated from the seeds
    python benchmarks/bench.py --folder path/to/txts   # an existing corpus

Prints: raw ``jieba.cut`` chars/s, segmentation-stage chars/s, full ``corpus build`` chars/s with 1
and 2 workers, their ratios, and the peak RSS of each build (all its processes together), plus the
peak RSS of a build of the first tenth of the documents to show memory does not grow with the corpus.
"""

from __future__ import annotations

import argparse
import gc
import os
import random
import re
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.runner import PipelineConfig, make_pipeline  # noqa: E402
from pipeline.ingest import ingest  # noqa: E402


def generate_corpus(folder: Path, n_docs: int, seed: int = 7) -> None:
    """Articles of 8-24 paragraphs (about the length of real ones) drawn from the seeds, with varied
    numbers so each text is unique."""
    rng = random.Random(seed)
    paragraphs = []
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        paragraphs.extend(line for line in lines[1:] if not line.startswith(("【", " date")))
    titles = [path.read_text(encoding="utf-8").splitlines()[0] for path in sorted((ROOT / "seeds").glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for index in range(n_docs):
        body = rng.sample(paragraphs, rng.randint(8, 24))
        body = [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), p) for p in body]
        header = f" date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n{titles[0]}{index}\n\n"
        (folder / f"{index:06d}.txt").write_text(header + "\n\n".join(body) + "\n\n【编译：小穆】\n", encoding="utf-8")


def read_texts(folder: Path) -> list[str]:
    return [path.read_text(encoding="utf-8") for path in sorted(folder.rglob("*.txt"))]


def raw_jieba(texts: list[str]) -> tuple[float, float]:
    """Wall and CPU seconds of ``jieba.cut`` over every text, its dictionary loaded beforehand."""
    import jieba

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    started, cpu = time.perf_counter(), time.process_time()
    for text in texts:
        for _ in tokenizer.cut(text):
            pass
    return time.perf_counter() - started, time.process_time() - cpu


def segmentation_stage(texts: list[str]) -> float:
    """Seconds spent in the segment stage alone, documents streamed one at a time as the build does."""
    pipeline = make_pipeline(PipelineConfig())
    for text in texts:  # load every language's segmenter outside the timing
        pipeline.segmenter(ingest(text, "warm-up.txt")[0])
    gc.freeze()  # as the build's runner does once the backends are loaded
    seconds = 0.0
    for index, text in enumerate(texts):
        document = ingest(text, f"{index}.txt")[0]
        started = time.perf_counter()
        pipeline.segmenter(document)
        seconds += time.perf_counter() - started
    gc.unfreeze()
    return seconds


def annotation(texts: list[str], min_seconds: float = 5.0) -> float:
    """Seconds per pass of every stage over all texts in one process, models loaded beforehand (the
    build's steady state, without start-up and writing); passes repeat until ``min_seconds`` is reached."""
    pipeline = make_pipeline(PipelineConfig())
    for text in texts:  # every language's models loaded before the clock starts
        pipeline.annotate(text, "warm-up.txt")
    passes, started = 0, time.perf_counter()
    while True:
        for index, text in enumerate(texts):
            pipeline.annotate(text, f"{index}.txt")
        passes += 1
        elapsed = time.perf_counter() - started
        if elapsed >= min_seconds:
            return elapsed / passes


def _tree_rss_kib(pid: int) -> int:
    """RSS of a process and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parent = int(stat.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry))
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        stack.extend(children.get(current, []))
        try:
            with open(f"/proc/{current}/status") as status:
                total += next((int(line.split()[1]) for line in status if line.startswith("VmRSS:")), 0)
        except OSError:
            pass
    return total


def full_build(folder: Path, workers: int, out: Path, *extra: str) -> tuple[float, int, float]:
    """Seconds, peak RSS (MiB, all processes) and CPU seconds (the command and the workers it waited for) of
    `corpus build` run as a user runs it. CPU time moves less than wall time on a machine shared with other
    jobs, so the ratios to raw jieba are also given per CPU second."""
    command = [sys.executable, "-m", "corpus", "build", str(folder), "-o", str(out), "-q", "-w", str(workers), *extra]
    # As a user's shell runs it: Python caches bytecode (a PYTHONDONTWRITEBYTECODE set around the benchmark
    # would make every command compile the package's modules again, a quarter of a second each time).
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    started = time.perf_counter()
    process = subprocess.Popen(command, cwd=ROOT, env=env)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_rss_kib(process.pid))
            time.sleep(0.2)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    seconds = time.perf_counter() - started
    done.set()
    sampler.join()
    if process.returncode:
        raise SystemExit(f"corpus build failed with status {process.returncode}")
    return seconds, peak // 1024, usage.ru_utime + usage.ru_stime


def measure_incremental(folder: Path, out: Path) -> list[tuple[str, float, float]]:
    """A cold build and an unchanged rebuild of the same folder: as a command, and inside one process."""
    from corpus.build import BuildOptions, build

    cold, _, _ = full_build(folder, 1, out, "--full")
    warm, _, _ = full_build(folder, 1, out)
    started = time.perf_counter()
    build([str(folder)], out, BuildOptions(full=True))
    cold_in = time.perf_counter() - started
    started = time.perf_counter()
    build([str(folder)], out)
    warm_in = time.perf_counter() - started
    return [("corpus build command", cold, warm), ("in one process (no interpreter start-up)", cold_in, warm_in)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000, help="documents to generate from the seeds")
    parser.add_argument("--folder", type=Path, help="benchmark this folder of .txt files instead")
    parser.add_argument("--ray", action="store_true", help="also build with --engine ray (needs the ray extra)")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="corpus-bench-") as scratch:
        scratch_path = Path(scratch)
        folder = args.folder or scratch_path / "corpus"
        if args.folder is None:
            generate_corpus(folder, args.docs)
        texts = read_texts(folder)
        n_chars = sum(len(text) for text in texts)
        small = scratch_path / "small"
        small.mkdir()
        for path in sorted(folder.rglob("*.txt"))[: max(1, len(texts) // 10)]:
            (small / path.name).write_bytes(path.read_bytes())

        rows = []
        jieba_s, jieba_cpu = raw_jieba(texts)
        rows.append(("raw jieba.cut (HMM on, its default)", n_chars / jieba_s, 1.0, None))
        stage_s = segmentation_stage(texts)
        rows.append(("segmentation stage (all blocks, POS)", n_chars / stage_s, jieba_s / stage_s, None))
        annotate_s = annotation(texts)
        rows.append(("every stage in one process (models loaded)", n_chars / annotate_s, jieba_s / annotate_s, None))
        build_1, rss_1, cpu_1 = full_build(folder, 1, scratch_path / "out1")
        rows.append(("corpus build, 1 worker", n_chars / build_1, jieba_s / build_1, rss_1))
        build_2, rss_2, cpu_2 = full_build(folder, 2, scratch_path / "out2")
        rows.append(("corpus build, 2 workers", n_chars / build_2, jieba_s / build_2, rss_2))
        _, rss_small, _ = full_build(small, 1, scratch_path / "out-small")
        if args.ray:
            for workers in (1, 2):
                seconds, rss, _ = full_build(folder, workers, scratch_path / f"ray{workers}", "--engine", "ray")
                rows.append(
                    (
                        f"corpus build --engine ray, {workers} worker{'s' if workers > 1 else ''}",
                        n_chars / seconds,
                        jieba_s / seconds,
                        rss,
                    )
                )
        incremental = measure_incremental(small, scratch_path / "incremental")

    print(f"{len(texts):,} documents, {n_chars:,} characters, {os.cpu_count()} CPUs, Python {sys.version.split()[0]}")
    print()
    print("| run | chars/s | x raw jieba.cut | peak RSS (MiB) |")
    print("|---|---:|---:|---:|")
    for name, speed, ratio, rss in rows:
        print(f"| {name} | {speed:,.0f} | {ratio:.2f} | {rss if rss is not None else ''} |")
    print()
    print(f"2 workers / 1 worker: {build_1 / build_2:.2f}x")
    print(
        f"per CPU second: raw jieba.cut {n_chars / jieba_cpu:,.0f} chars; corpus build, 1 worker {n_chars / cpu_1:,.0f}"
        f" ({jieba_cpu / cpu_1:.2f}x raw jieba.cut), 2 workers {n_chars / cpu_2:,.0f} ({jieba_cpu / cpu_2:.2f}x)"
    )
    print(f"peak RSS, 1 worker: {rss_small} MiB on {len(texts) // 10:,} documents, {rss_1} MiB on {len(texts):,}")
    print()
    print(f"incremental, {len(texts) // 10:,} documents (first tenth):")
    for name, cold, warm in incremental:
        print(f"  {name}: cold build {cold:.2f} s, unchanged rebuild {warm:.2f} s, {cold / warm:.1f}x faster")


if __name__ == "__main__":
    main()
