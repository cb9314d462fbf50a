"""Kill builds at random moments and check that OUT is always one complete build.

    nice -n 19 python benchmarks/kill_test.py --trials 100 --out outputs/kill.json

Each trial starts `corpus build SRC -o OUT --workers 2 --full` over a corpus that alternates between
two versions, then sends SIGKILL, SIGTERM or SIGINT (in turn), each a third of its trials at a random
moment of the whole build, the others while the build commits (the staging folder holds its manifest), with
the commit's fsyncs and renames slowed by a wrapper so that the signal lands inside it, on the atomic
exchange and, every other time, on the two-rename fallback. After each trial:

- OUT opens: its manifest, every table with the row count the manifest records, and the documents
  of either version, never a mix;
- no process of the killed build (its workers included) is alive 5 s later.

At the end one build runs to completion and nothing may be left beside OUT but OUT itself.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SIGNALS = {"SIGKILL": signal.SIGKILL, "SIGTERM": signal.SIGTERM, "SIGINT": signal.SIGINT}

# Runs the real CLI with the commit slowed down: sleeps around fsyncs and renames widen the window a
# signal must hit. ``KILL_TEST_FALLBACK=1`` disables the atomic exchange to test the two-rename path.
_WRAPPER = """
import os, signal, sys, time
signal.signal(signal.SIGINT, signal.default_int_handler)  # as in a terminal, even when started in the background
import corpus.writer as writer
pause = float(os.environ.get("KILL_TEST_PAUSE", "0.2"))
real_fsync_tree, real_exchange, real_rename = writer._fsync_tree, writer.exchange, os.rename
def slow_fsync_tree(root):
    time.sleep(pause)
    real_fsync_tree(root)
def slow_exchange(first, second):
    if os.environ.get("KILL_TEST_FALLBACK") == "1":
        return False
    time.sleep(pause)
    done = real_exchange(first, second)
    time.sleep(pause)
    return done
class SlowOs:
    def __getattr__(self, name):
        return getattr(os, name)
    @staticmethod
    def rename(first, second):
        time.sleep(pause)
        real_rename(first, second)
        time.sleep(pause)
writer._fsync_tree, writer.exchange, writer.os = slow_fsync_tree, slow_exchange, SlowOs()
from corpus.cli import main
sys.argv = ["corpus", *sys.argv[1:]]
main()
"""


def make_corpus(folder: Path, version: int, n_docs: int) -> set[str]:
    """Version 0 or 1 of the corpus (1 has one more article); returns the sources a build of it has."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    lines = [
        line
        for path in sorted((ROOT / "seeds").glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if line.strip()
    ]
    rng = random.Random(11)
    for index in range(n_docs + version):
        body = "\n\n".join(rng.sample(lines, 12))
        (folder / f"{index:03d}.txt").write_text(f"第{index}篇文章\n\n{body}\n", encoding="utf-8")
    return {f"{folder.name}/{index:03d}.txt" for index in range(n_docs + version)}


def check_out(out: Path, versions: list[set[str]]) -> str | None:
    """None if OUT is one complete build of one corpus version, else what is wrong."""
    import pyarrow.parquet as pq

    try:
        manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
        for table in manifest["rows"]:
            rows = pq.ParquetFile(out / f"{table}.parquet").metadata.num_rows
            if rows != manifest["rows"][table]:
                return f"{table}: {rows} rows, manifest says {manifest['rows'][table]}"
        sources = set(pq.read_table(out / "documents.parquet", columns=["source"]).column(0).to_pylist())
        card = (out / "README.md").read_text(encoding="utf-8")
    except Exception as err:
        return f"{type(err).__name__}: {err}"
    if sources not in versions:
        return f"documents of neither version ({len(sources)} sources)"
    if manifest.get("build_id", "") not in card:
        return "card and manifest from different builds"
    return None


def processes_with(marker: str) -> list[int]:
    """Processes whose environment carries ``marker`` (the build and every process it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                state = (entry / "stat").read_text().rsplit(")", 1)[1].split()[0]
                if state != "Z":
                    found.append(int(entry.name))
        except OSError:
            continue
    return found


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name != out.name and p.name.startswith(f".{out.name}."))


def run_trial(
    number: int, args: argparse.Namespace, work: Path, versions: list[set[str]], build_seconds: float
) -> dict[str, Any]:
    rng = random.Random(args.seed * 100_003 + number)
    name = list(SIGNALS)[number % 3]
    in_commit = (number // 3) % 3 != 0 or args.commit_only  # every signal: a third random, the rest in the commit
    fallback = in_commit and (number // 3) % 2 == 1
    src, out = work / "src", work / "out"
    make_corpus(src, number % 2, args.docs)
    marker = f"KILL_TEST_TRIAL={os.getpid()}-{number}"
    env = dict(os.environ, KILL_TEST_TRIAL=marker.split("=", 1)[1], KILL_TEST_FALLBACK="1" if fallback else "0")
    command = [sys.executable, "-c", _WRAPPER, "build", str(src), "-o", str(out), "--workers", "2", "--full", "-q"]
    build = subprocess.Popen(command, cwd=args.repo, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    started = time.monotonic()
    moment = "random"
    if in_commit:
        moment = "commit"
        deadline = started + build_seconds * 4 + 60
        while time.monotonic() < deadline and build.poll() is None:
            mine = [name_ for name_ in leftovers(out) if name_.startswith(f".out.building-{build.pid}@")]
            if any((work / name_ / "manifest.json").exists() for name_ in mine):  # this build's commit began
                break
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 5 * float(env.get("KILL_TEST_PAUSE", "0.2"))))
    else:
        time.sleep(rng.uniform(0, build_seconds * 1.1))
    finished_before = build.poll() is not None
    if not finished_before:
        build.send_signal(SIGNALS[name])
    try:
        build.wait(30)
    except subprocess.TimeoutExpired:
        build.kill()
        build.wait()
    stderr = build.stderr.read().decode("utf-8", "replace") if build.stderr else ""
    killed_at = time.monotonic()
    survivors = processes_with(marker)
    while survivors and time.monotonic() - killed_at < 5:
        time.sleep(0.1)
        survivors = processes_with(marker)
    for pid in survivors:  # clean up for the next trial; counted as a failure below
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    problem = check_out(out, versions)
    recoverable = None
    if problem is not None and not out.exists():  # stopped between the two renames of the fallback
        hidden = [work / name_ / "old" for name_ in leftovers(out) if name_.startswith(f".out.previous-{build.pid}@")]
        recoverable = any(check_out(path, versions) is None for path in hidden)
    holds = None
    if problem is None:
        import pyarrow.parquet as pq

        sources = set(pq.read_table(out / "documents.parquet", columns=["source"]).column(0).to_pylist())
        holds = "this build" if sources == versions[number % 2] else "previous"  # trials alternate versions
    traceback_seen = "Traceback" in stderr
    return {
        "trial": number,
        "signal": name,
        "moment": moment,
        "commit_path": "two renames" if fallback else "exchange",
        "finished_before_signal": finished_before,
        "exit_code": build.returncode,
        "out_problem": problem,
        "out_missing_but_hidden_build_whole": recoverable,
        "out_holds": holds,
        "survivors": len(survivors),
        "traceback": stderr[-800:] if traceback_seen else None,
        "stderr": stderr[-300:],
        "leftovers_after": leftovers(out),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--trials", type=int, default=100)
    parser.add_argument("--docs", type=int, default=12, help="articles per build")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--commit-only", action="store_true", help="every signal timed into the commit")
    parser.add_argument("--repo", type=Path, default=ROOT, help="the checkout whose corpus package is run")
    parser.add_argument("--out", type=Path, default=ROOT / "outputs" / "kill.json")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="kill-test-"))
    versions = [make_corpus(work / "src", version, args.docs) for version in (1, 0)][::-1]
    # the first build, complete; it also measures how long a build takes
    started = time.monotonic()
    subprocess.run(
        [sys.executable, "-m", "corpus", "build", str(work / "src"), "-o", str(work / "out"), "--workers", "2", "-q"],
        cwd=args.repo,
        check=True,
    )
    build_seconds = time.monotonic() - started
    results = []
    for number in range(args.trials):
        result = run_trial(number, args, work, versions, build_seconds)
        results.append(result)
        bad = result["out_problem"] or result["survivors"] or result["traceback"]
        print(
            f"trial {number}: {result['signal']} {result['moment']} -> {'FAIL ' + str(bad) if bad else 'ok'}",
            flush=True,
        )
    final = subprocess.run(
        [sys.executable, "-m", "corpus", "build", str(work / "src"), "-o", str(work / "out"), "-q"],
        cwd=args.repo,
        capture_output=True,
        text=True,
    )
    summary: dict[str, Any] = {
        "trials": len(results),
        "build_seconds": round(build_seconds, 1),
        "per_signal": {},
        "final_build_exit_code": final.returncode,
        "final_out_problem": check_out(work / "out", versions),
        "leftovers_after_final_build": leftovers(work / "out"),
    }
    for name in SIGNALS:
        mine = [r for r in results if r["signal"] == name]
        summary["per_signal"][name] = {
            "trials": len(mine),
            "in_commit": sum(1 for r in mine if r["moment"] == "commit"),
            "finished_before_signal": sum(1 for r in mine if r["finished_before_signal"]),
            "out_not_complete": sum(1 for r in mine if r["out_problem"]),
            "of_which_out_missing_and_restored_by_next_build": sum(
                1 for r in mine if r["out_missing_but_hidden_build_whole"]
            ),
            "processes_alive_after_5_s": sum(1 for r in mine if r["survivors"]),
            "tracebacks": sum(1 for r in mine if r["traceback"]),
            "out_holds_new_build": sum(1 for r in mine if r["out_holds"] == "this build"),
        }
    summary["results"] = results
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(summary, indent=2) + "\n", encoding="utf-8")
    print(json.dumps({key: value for key, value in summary.items() if key != "results"}, indent=2))
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
