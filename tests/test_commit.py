"""Protecting the user's output: the commit, its recovery, the lock, workers that die with their build,
readers' caches, and incremental reuse of a damaged previous build."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import datasets
import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus import writer as writer_module
from corpus.cli import main
from corpus.errors import CorpusError
from corpus.schemas import TABLES
from corpus.writer import MANIFEST, build_lock, recover
from tests.conftest import ROOT, SEEDS, run_build, snapshot

ARTICLE = "第{n}篇文章的标题\n\n阿斯塔纳举行第{n}次会议，哈萨克斯坦总统托卡耶夫出席。\n"


def articles(folder: Path, count: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(count):
        (folder / f"{n:03d}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def dead_pid() -> int:
    """The id of a process that has ended (a fresh child, waited for)."""
    child = subprocess.Popen([sys.executable, "-c", "pass"])
    child.wait()
    return child.pid


def readable_build(out: Path) -> dict[str, int]:
    """Every table of ``out`` opens and has the rows its manifest records; returns those counts."""
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    for table in TABLES:
        assert pq.ParquetFile(out / f"{table}.parquet").metadata.num_rows == manifest["rows"][table]
    return manifest["rows"]


def test_load_dataset_sees_the_rebuild_not_its_cache(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    assert datasets.load_dataset(str(out), "documents", split="train").num_rows == 2
    articles(src, 3)
    run_build([src], out)
    assert datasets.load_dataset(str(out), "documents", split="train").num_rows == 3
    assert datasets.load_dataset(str(out), "blocks", split="train").num_rows == readable_build(out)["blocks"]


def test_rebuild_leaves_only_out_beside_it(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    run_build([src], out, full=True)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]
    readable_build(out)


def test_commit_without_an_atomic_exchange_uses_two_renames(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    monkeypatch.setattr(writer_module, "exchange", lambda first, second: False)
    articles(src, 3)
    run_build([src], out)
    assert readable_build(out)["documents"] == 3
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]


def test_recovery_puts_back_a_build_hidden_by_a_crashed_commit(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    before = snapshot(out)
    host = writer_module._HOST
    # A builder killed between its two renames: OUT gone, the old build hidden, its staging folder left.
    hidden = tmp_path / f".out.previous-{dead_pid()}@{host}-abcd1234"
    hidden.mkdir()
    os.rename(out, hidden / "old")
    staging = tmp_path / f".out.building-{dead_pid()}@{host}-efgh5678"
    staging.mkdir()
    (staging / "documents.parquet").write_bytes(b"half")
    live = tmp_path / f".out.building-{os.getpid()}@{host}-live0000"
    live.mkdir()
    with build_lock(out):
        done = recover(out)
    assert f"restored from {hidden.name}" in done
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == [live.name, "out", "src"]  # a live builder's is kept
    live.rmdir()


def test_a_build_cleans_up_leftovers_of_killed_builds(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    leftover = tmp_path / f".out.building-{dead_pid()}@{writer_module._HOST}-0a1b2c3d"
    leftover.mkdir()
    (leftover / "blocks.parquet").write_bytes(b"partial")
    _, warnings = run_build([src], out)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]
    assert any(leftover.name in warning for warning in warnings)


def test_second_build_into_the_same_out_refuses_in_one_line(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    src, out = articles(tmp_path / "src", 1), tmp_path / "out"
    monkeypatch.setattr(writer_module, "LOCK_WAIT_S", 0.3)
    with build_lock(out):
        with pytest.raises(CorpusError, match="another build is writing this output"):
            run_build([src], out)
        result = CliRunner().invoke(main, ["build", str(src), "-o", str(out), "-q"])
    assert result.exit_code == 1
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and f"pid {os.getpid()}" in lines[0]
    assert not out.exists()
    run_build([src], out)  # the lock is released with its holder
    assert readable_build(out)["documents"] == 1


def test_symlinked_out_stays_a_link(tmp_path: Path) -> None:
    src = articles(tmp_path / "src", 2)
    real = tmp_path / "disk" / "kazinform"
    run_build([src], real)
    link = tmp_path / "out"
    link.symlink_to(real)
    run_build([src], link, full=True)
    assert link.is_symlink() and readable_build(link)["documents"] == 2
    assert datasets.load_dataset(str(link), "documents", split="train").num_rows == 2
    code = CliRunner().invoke(main, ["info", str(link)]).exit_code
    assert code == 0
    assert len(pd.read_parquet(link / "documents.parquet")) == 2
    blocks = duckdb.sql(f"SELECT count(*) FROM '{link / 'blocks.parquet'}'").fetchall()
    assert blocks == [(readable_build(link)["blocks"],)]


def test_damaged_previous_build_is_annotated_again_with_a_warning(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 3), tmp_path / "out"
    run_build([src], out)
    mentions = out / "mentions.parquet"
    mentions.write_bytes(mentions.read_bytes()[: mentions.stat().st_size // 2])
    summary, warnings = run_build([src], out)
    assert (summary.annotated, summary.reused) == (3, 0)
    assert any(
        "previous build is damaged" in warning and "annotating everything again" in warning for warning in warnings
    )
    readable_build(out)


def test_previous_build_with_wrong_row_counts_is_not_reused(tmp_path: Path) -> None:
    src, out = articles(tmp_path / "src", 3), tmp_path / "out"
    run_build([src], out)
    manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    manifest["rows"]["blocks"] += 1
    (out / MANIFEST).write_text(json.dumps(manifest), encoding="utf-8")
    summary, warnings = run_build([src], out)
    assert summary.reused == 0 and any("blocks table has" in warning for warning in warnings)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry.name))
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state != "Z"


@pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc to find the workers")
def test_workers_end_when_their_build_is_killed(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    seed_text = (SEEDS / "000_0a1fae7e788682f7.txt").read_text(encoding="utf-8")
    for n in range(60):
        (src / f"{n:03d}.txt").write_text(f"第{n}篇\n\n{seed_text}", encoding="utf-8")
    build = subprocess.Popen(
        [sys.executable, "-m", "corpus", "build", str(src), "-o", str(tmp_path / "out"), "--workers", "2", "-q"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    workers: list[int] = []
    while time.monotonic() < deadline and len(workers) < 2:
        time.sleep(0.2)
        workers = [pid for pid in _children(build.pid) if _alive(pid)]
        if build.poll() is not None:
            pytest.fail("the build ended before its workers could be seen")
    # spawn starts a resource tracker too; the annotating workers are the other children
    assert len(workers) >= 2
    time.sleep(1.0)
    build.send_signal(signal.SIGKILL)
    build.wait()
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline and any(_alive(pid) for pid in workers):
        time.sleep(0.1)
    assert not [pid for pid in workers if _alive(pid)], "workers outlived their build by more than 5 s"
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("atomic", [True, False])
def test_ctrl_c_during_the_switch_waits_until_out_is_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, atomic: bool
) -> None:
    src, out = articles(tmp_path / "src", 2), tmp_path / "out"
    run_build([src], out)
    real_rename, real_exchange = os.rename, writer_module.exchange

    def interrupted_rename(first: str | Path, second: str | Path) -> None:
        real_rename(first, second)
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C right after the first rename

    def interrupted_exchange(first: Path, second: Path) -> bool:
        os.kill(os.getpid(), signal.SIGINT)
        return real_exchange(first, second) if atomic else False

    monkeypatch.setattr(writer_module, "exchange", interrupted_exchange)
    if not atomic:
        monkeypatch.setattr(writer_module.os, "rename", interrupted_rename)
    articles(src, 3)
    with pytest.raises(KeyboardInterrupt):
        run_build([src], out)
    monkeypatch.undo()
    assert readable_build(out)["documents"] == 3  # the switch finished; the interrupt came after it
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]
