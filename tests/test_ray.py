"""`--engine ray` on a local Ray gives the same tables as `--engine local`."""

from __future__ import annotations

import random
import signal
from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq
import pytest

ray = pytest.importorskip("ray", reason="Ray is not installed (pip install -e '.[ray]')")

from corpus.errors import CorpusError  # noqa: E402
from corpus.schemas import TABLES  # noqa: E402
from tests.conftest import SEEDS, run_build  # noqa: E402
from tests.test_incremental import same_tables  # noqa: E402


@pytest.fixture(scope="module")
def local_ray() -> Iterator[None]:
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


@pytest.fixture
def deadline() -> Iterator[None]:
    """A Ray build that hangs fails the test instead of holding CI."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("the Ray build took more than 5 minutes")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(300)
    yield
    signal.alarm(0)
    signal.signal(signal.SIGALRM, previous)


def generated(folder: Path, count: int) -> Path:
    rng = random.Random(5)
    paragraphs = [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if line.strip() and not line.startswith("【")
    ]
    folder.mkdir()
    for index in range(count):
        (folder / f"{index:04d}.txt").write_text(
            f"第{index}篇\n\n" + "\n\n".join(rng.sample(paragraphs, 5)) + "\n", encoding="utf-8"
        )
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.mark.usefixtures("local_ray", "deadline")
def test_ray_and_local_engines_write_the_same_tables(tmp_path: Path) -> None:
    for name, source in (("seeds", SEEDS), ("generated", generated(tmp_path / "generated", 200))):
        ray_summary, ray_warnings = run_build([source], tmp_path / f"{name}-ray", engine="ray", workers=2)
        local_summary, local_warnings = run_build([source], tmp_path / f"{name}-local", workers=2)
        assert ray_summary.rows == local_summary.rows
        assert ray_warnings == local_warnings
        same_tables(tmp_path / f"{name}-ray", tmp_path / f"{name}-local")
        for table in TABLES:  # Ray keeps the input order too
            ray_ids = pq.read_table(tmp_path / f"{name}-ray" / f"{table}.parquet").column(0).to_pylist()
            assert ray_ids == pq.read_table(tmp_path / f"{name}-local" / f"{table}.parquet").column(0).to_pylist()


def test_ray_engine_refuses_what_it_cannot_read(tmp_path: Path) -> None:
    source = tmp_path / "news.jsonl"
    source.write_text('{"text": "文本。"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match=r"--engine ray reads folders of \.txt files"):
        run_build([source], tmp_path / "out", engine="ray")
    assert not (tmp_path / "out").exists()
