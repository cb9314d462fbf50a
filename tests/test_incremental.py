"""Incremental rebuilds: unchanged documents are copied, changed ones annotated, removed ones dropped."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.schemas import TABLES
from tests.conftest import SEEDS, run_build

SORT_KEYS = {
    "documents": ["doc_id"],
    "blocks": ["doc_id", "block"],
    "sentences": ["doc_id", "sentence"],
    "mentions": ["doc_id", "start"],
    "quotes": ["doc_id", "start", "kind"],
    "entities": ["entity_id"],
    "doc_pairs": ["doc_id_a", "doc_id_b"],
    "sentence_pairs": ["doc_id_a", "doc_id_b", "link"],
}


def sorted_rows(out: Path, table: str) -> list[dict]:
    data = pq.read_table(out / f"{table}.parquet").sort_by([(key, "ascending") for key in SORT_KEYS[table]])
    rows = data.to_pylist()
    for row in rows:
        if "docs" in row:
            row["docs"] = sorted(row["docs"])  # in output order, and reused documents come first
    return rows


def same_tables(first: Path, second: Path) -> None:
    for table in TABLES:
        assert sorted_rows(first, table) == sorted_rows(second, table), table


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """Thirty articles made of seed paragraphs, each different."""
    rng = random.Random(3)
    paragraphs = [
        line
        for path in sorted(SEEDS.glob("*.txt"))
        for line in path.read_text(encoding="utf-8").splitlines()[1:]
        if line.strip() and not line.startswith("【")
    ]
    folder = tmp_path / "corpus"
    folder.mkdir()
    for index in range(30):
        body = "\n\n".join(rng.sample(paragraphs, 6))
        (folder / f"{index:03d}.txt").write_text(f"第{index}篇文章的标题\n\n{body}\n", encoding="utf-8")
    return folder


def test_unchanged_rebuild_copies_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    cold, _ = run_build([corpus], out)
    assert (cold.annotated, cold.reused) == (30, 0)
    again, _ = run_build([corpus], out)
    assert (again.annotated, again.reused) == (0, 30)
    run_build([corpus], tmp_path / "cold")
    same_tables(out, tmp_path / "cold")
    manifest = json.loads((out / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["incremental"] == {"reused": 30, "annotated": 0} and len(manifest["inputs"]) == 30


def test_edited_added_and_removed_files(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_build([corpus], out)
    edited = corpus / "007.txt"
    edited.write_text(edited.read_text(encoding="utf-8") + "\n新增的一段文字。\n", encoding="utf-8")
    (corpus / "012.txt").unlink()
    (corpus / "100.txt").write_text("新文章\n\n阿斯塔纳举行会议。\n", encoding="utf-8")
    summary, _ = run_build([corpus], out)
    assert (summary.annotated, summary.reused, summary.rows["documents"]) == (2, 28, 30)
    sources = set(pq.read_table(out / "documents.parquet", columns=["source"]).column(0).to_pylist())
    assert "corpus/012.txt" not in sources and "corpus/100.txt" in sources
    run_build([corpus], tmp_path / "cold")
    same_tables(out, tmp_path / "cold")


def test_changed_settings_or_full_annotate_everything(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_build([corpus], out)
    summary, _ = run_build([corpus], out, full=True)
    assert (summary.annotated, summary.reused) == (30, 0)
    extra = tmp_path / "names.jsonl"
    extra.write_text('{"id": "per:x", "type": "PER", "zh": "阿斯塔纳人", "ru": null, "en": null}\n', encoding="utf-8")
    summary, _ = run_build([corpus], out, gazetteer=(str(extra),))
    assert (summary.annotated, summary.reused) == (30, 0)


def test_a_new_file_with_the_text_of_an_unchanged_one_is_kept_once(corpus: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    run_build([corpus], out)
    (corpus / "000-copy.txt").write_bytes((corpus / "003.txt").read_bytes())
    summary, warnings = run_build([corpus], out)
    doc_ids = pq.read_table(out / "documents.parquet", columns=["doc_id"]).column(0).to_pylist()
    assert len(doc_ids) == len(set(doc_ids)) == 30 and summary.rows["documents"] == 30
    assert any("same text as" in warning for warning in warnings)
