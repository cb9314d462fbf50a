"""What a command imports and loads: `corpus --help` and an unchanged rebuild stay light."""

from __future__ import annotations

import json
import subprocess
import sys
import threading
from pathlib import Path

import pyarrow as pa
import pytest

from corpus.background import BackgroundWriter
from corpus.build import BuildOptions, build
from corpus.ray_engine import _display_name
from corpus.runner import default_workers, free_cores
from pipeline.fingerprint import code_fingerprint
from tests.conftest import SEEDS

HEAVY = (
    "pyarrow",
    "pandas",
    "numpy",
    "duckdb",
    "jieba",
    "rjieba",
    "spacy",
    "natasha",
    "pypinyin",
    "torch",
    "stanza",
    "ray",
)


def imported_after(code: str) -> list[str]:
    """The heavy modules a fresh interpreter holds after running ``code``."""
    probe = f"{code}\nimport sys, json\nprint(json.dumps(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_command_line_imports_no_heavy_module() -> None:
    assert imported_after("import corpus.cli") == []


def test_an_unchanged_rebuild_loads_no_model(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build([str(SEEDS)], out)
    code = (
        "from pathlib import Path\nimport corpus.build\nfrom corpus.build import build\n"
        "import corpus.runner as runner\n"
        "runner.build_pipeline = None  # calling it fails the test\n"
        # the code fingerprint of the first build: an edit to pipeline/ in between must not re-annotate here
        f"corpus.build.code_fingerprint = lambda: {code_fingerprint()!r}\n"
        f"summary = build([{str(SEEDS)!r}], Path({str(out)!r}))\nassert summary.annotated == 0\n"
    )
    loaded = imported_after(code)
    assert not set(loaded) & {"pandas", "jieba", "rjieba", "spacy", "natasha", "pypinyin", "torch", "stanza"}, loaded
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["incremental"]["annotated"] == 0 and manifest["pipeline"]["workers"] == 1
    assert [stage["stage"] for stage in manifest["pipeline"]["chain"]] == [
        "ingest",
        "segment",
        "morph",
        "entities",
        "quotes",
    ]


def test_default_workers_follow_the_free_cores(tmp_path: Path) -> None:
    assert 1 <= free_cores() <= len(__import__("os").sched_getaffinity(0))
    assert default_workers(3, 16) == 1  # one batch: one worker, whatever the machine
    summary = build([str(SEEDS)], tmp_path / "out", BuildOptions(workers=None))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["pipeline"]["workers"] == 1 and summary.rows["documents"] > 0


def test_background_writer_keeps_order_and_raises_the_writers_error() -> None:
    written: list[tuple[str, int]] = []

    class Writer:
        def write(self, table: str, data: pa.Table) -> None:
            assert threading.current_thread() is not threading.main_thread()
            if table == "bad":
                raise OSError("disk full")
            written.append((table, data.num_rows))

    with BackgroundWriter(Writer()) as background:
        for rows in range(5):
            background.write("t", pa.table({"x": list(range(rows))}))
    assert written == [("t", n) for n in range(5)]
    with pytest.raises(OSError, match="disk full"), BackgroundWriter(Writer()) as background:
        background.write("bad", pa.table({"x": [1]}))


def test_ray_inputs_are_credited_to_their_source() -> None:
    roots = {"/data/zh": "zh", "/data/zh/ru": "ru", "s3://bucket/en": "en"}
    assert _display_name("/data/zh/ru/a.txt", roots) == ("ru/a.txt", "/data/zh/ru")
    assert _display_name("/data/zh/b.txt", roots) == ("zh/b.txt", "/data/zh")
    assert _display_name("s3://bucket/en/c.txt", roots) == ("en/c.txt", "s3://bucket/en")


def test_the_english_tokenizer_does_not_load_torch() -> None:
    """thinc imports torch whenever it is installed; a build worker's English tokenizer needs none of it."""
    import importlib.util

    if importlib.util.find_spec("torch") is None:
        pytest.skip("torch is not installed (the stanza extra brings it): nothing to keep out")
    loaded = imported_after(
        "from pipeline.lang.en.segment import EnglishSegmenter\n"
        "print(EnglishSegmenter().sentences('Mr. Smith went to the U.S. today.', 0, 33))"
    )
    assert "spacy" in loaded and "torch" not in loaded


def test_pinyin_reads_names_without_pypinyins_phrase_table() -> None:
    """The phrase table costs every process that romanises a Chinese name tens of MiB; names need only the
    character readings, which give the same syllables for them."""
    code = (
        "from pipeline.lang.zh.pinyin import syllables\n"
        "from pipeline.lang.zh.translit import pinyin_reading, romanize_chinese_name\n"
        "assert syllables('努尔兰·诺盖耶夫') == ['nu', 'er', 'lan', '·', 'nuo', 'gai', 'ye', 'fu']\n"
        "assert romanize_chinese_name('韩春霖') == 'Han Chunlin'\n"
        "assert pinyin_reading('阿扎马特') == 'a zha ma te'\n"
        "import sys\nassert 'pypinyin.phrases_dict' not in sys.modules, 'phrase table loaded'\n"
    )
    assert imported_after(code) == ["pypinyin"]
