"""Long fuzz run: 10,000 generated hostile articles through the build's annotation path, each in a
child process with a time limit, plus a few large inputs (10 KB, 100 KB, 1 MB) for time per input.

    nice -n 19 python benchmarks/fuzz.py --inputs 10000 --out outputs/fuzz.json

Each input must annotate without an exception, within ``--timeout`` wall seconds (times are reported
in CPU seconds too, which a busy machine does not inflate), with every span of every
table equal to the text at its offsets and no empty span (see tests/fuzzing.py). A child that overruns
is killed and replaced, and the input counted as a hang. The JSON written holds the counts, the
failures with their tracebacks, the slowest inputs, the peak RSS of the children, and the times per size.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import resource
import sys
import time
import traceback
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _child(connection: Connection) -> None:
    """Annotate the inputs sent (seed, size) one at a time; answer (seconds, problems, traceback, rss KiB)."""
    from tests.fuzzing import annotate_and_check, generate

    annotate_and_check(["预热。"])  # load the models before the clock starts
    connection.send("ready")
    while True:
        job = connection.recv()
        if job is None:
            return
        seed, size = job
        text = generate(seed, target_chars=size)
        started, cpu_started = time.perf_counter(), time.process_time()
        error = None
        try:
            problems = annotate_and_check([text])
        except Exception:
            problems, error = [], traceback.format_exc()
        seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started
        rss_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        connection.send((seconds, cpu_seconds, problems[:5], error, rss_kib, len(text)))


class Runner:
    """One child process at a time; a child that overruns its time is killed and a new one started."""

    def __init__(self, timeout_s: float) -> None:
        self.timeout_s = timeout_s
        self.context = multiprocessing.get_context("spawn")
        self.process: Any = None
        self.connection: Connection | None = None
        self.peak_rss_kib = 0

    def _start(self) -> None:
        parent, child = self.context.Pipe()
        self.process = self.context.Process(target=_child, args=(child,), daemon=True)
        self.process.start()
        self.connection = parent
        if not parent.poll(600) or parent.recv() != "ready":  # loading the models, on a busy machine
            raise RuntimeError("the fuzz child did not start")

    def run(self, seed: int, size: int, timeout_s: float | None = None) -> dict[str, Any]:
        if self.process is None or not self.process.is_alive():
            self._start()
        assert self.connection is not None
        self.connection.send((seed, size))
        limit = timeout_s or self.timeout_s
        if self.connection.poll(limit):
            seconds, cpu_seconds, problems, error, rss_kib, chars = self.connection.recv()
            self.peak_rss_kib = max(self.peak_rss_kib, rss_kib)
            return {
                "seed": seed,
                "size": size,
                "chars": chars,
                "seconds": seconds,
                "cpu_seconds": cpu_seconds,
                "problems": problems,
                "error": error,
            }
        self.process.kill()
        self.process.join()
        self.process = None
        return {"seed": seed, "size": size, "seconds": None, "problems": [], "error": f"hang: over {limit} s"}

    def close(self) -> None:
        if self.process is not None and self.process.is_alive():
            assert self.connection is not None
            self.connection.send(None)
            self.process.join(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--inputs", type=int, default=10_000)
    parser.add_argument("--first-seed", type=int, default=1_000_000, help="seeds the suite's fuzz test does not use")
    parser.add_argument("--size", type=int, default=600, help="characters per small input")
    parser.add_argument(
        "--timeout", type=float, default=30.0, help="wall seconds per small input before it counts as a hang"
    )
    parser.add_argument("--large", default="10000,100000,1000000", help="sizes (characters) timed separately")
    parser.add_argument("--large-inputs", type=int, default=3, help="inputs per large size")
    parser.add_argument("--large-timeout", type=float, default=300.0)
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "fuzz.json")
    args = parser.parse_args()

    runner = Runner(args.timeout)
    started = time.perf_counter()
    failures, times = [], []
    for index in range(args.inputs):
        result = runner.run(args.first_seed + index, args.size)
        if result["error"] or result["problems"]:
            failures.append(result)
            what = (result["error"] or "").strip().splitlines()[-1:] or result["problems"][:1]
            print(f"seed {result['seed']}: {what[0][:200]}", flush=True)
        if result["seconds"] is not None:
            times.append((result["cpu_seconds"], result["seed"]))
        if (index + 1) % 500 == 0:
            print(f"{index + 1} inputs, {len(failures)} failures, {time.perf_counter() - started:.0f} s", flush=True)
    by_size: dict[str, Any] = {}
    for size in (int(value) for value in args.large.split(",") if value):
        results = [runner.run(seed, size, args.large_timeout) for seed in range(args.large_inputs)]
        failures += [r for r in results if r["error"] or r["problems"]]
        done = [r for r in results if r["seconds"] is not None]
        by_size[str(size)] = {
            "inputs": len(results),
            "chars": [r["chars"] for r in done],
            "seconds": [round(r["seconds"], 3) for r in done],
            "cpu_seconds": [round(r["cpu_seconds"], 3) for r in done],
            "cpu_ms_per_1000_chars": [round(1e6 * r["cpu_seconds"] / r["chars"], 2) for r in done],
            "hangs": len(results) - len(done),
        }
        print(f"size {size}: {by_size[str(size)]}", flush=True)
    runner.close()
    times.sort(reverse=True)
    summary = {
        "inputs": args.inputs,
        "chars_per_input": args.size,
        "timeout_s": args.timeout,
        "exceptions": sum(1 for f in failures if f["error"] and not f["error"].startswith("hang")),
        "hangs": sum(1 for f in failures if f["error"] and f["error"].startswith("hang")),
        "offset_violations": sum(1 for f in failures if f["problems"]),
        "max_cpu_seconds": round(times[0][0], 3) if times else None,
        "slowest": [{"seed": seed, "cpu_seconds": round(seconds, 3)} for seconds, seed in times[:10]],
        "mean_cpu_seconds": round(sum(t for t, _ in times) / len(times), 4) if times else None,
        "peak_rss_mib": round(runner.peak_rss_kib / 1024, 1),
        "by_size": by_size,
        "wall_s": round(time.perf_counter() - started, 1),
        "failures": failures[:50],
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({key: value for key, value in summary.items() if key != "failures"}, indent=2))


if __name__ == "__main__":
    main()
