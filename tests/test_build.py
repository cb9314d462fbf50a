"""`corpus build` end to end: the dataset folder, its readers, the sources and bad input."""

from __future__ import annotations

import codecs
import hashlib
import json
from pathlib import Path

import datasets
import duckdb
import pandas as pd
import polars as pl
import pyarrow.parquet as pq
import pytest

from corpus import runner
from corpus.errors import CorpusError
from corpus.schemas import PAIR_TABLES, TABLES
from tests.conftest import SEED_000, SEED_004, SEEDS, run_build, snapshot

GOOD = "哈萨克斯坦与土库曼斯坦的合作\n\n两国贸易额达5.557亿美元，较去年同期增长5.4%。\n\n【编译：小穆】\n"


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        path.write_text(data, encoding="utf-8")
    else:
        path.write_bytes(data)
    return path


def test_dataset_folder_layout(seeds_dataset: Path) -> None:
    names = sorted(p.name for p in seeds_dataset.iterdir())
    assert names == [
        "README.md",
        "blocks.parquet",
        "doc_pairs.parquet",
        "documents.parquet",
        "entities.parquet",
        "manifest.json",
        "mentions.parquet",
        "quotes.parquet",
        "sentence_pairs.parquet",
        "sentences.parquet",
    ]
    manifest = json.loads((seeds_dataset / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["documents"] == 2 and manifest["rows"]["blocks"] == 82
    assert manifest["rows"]["sentences"] == pq.ParquetFile(seeds_dataset / "sentences.parquet").metadata.num_rows
    assert set(manifest["backends"]) >= {"zh", "ru", "en"}
    assert [i["source"] for i in manifest["inputs"]] == [f"seeds/{SEED_000}", f"seeds/{SEED_004}"]
    assert all(len(i["sha256"]) == 64 for i in manifest["inputs"])


def test_offset_invariant_on_every_block(seeds_dataset: Path) -> None:
    documents = pq.read_table(seeds_dataset / "documents.parquet").to_pylist()
    text_of = {d["doc_id"]: d["text"] for d in documents}
    blocks = pq.read_table(seeds_dataset / "blocks.parquet").to_pylist()
    assert blocks
    for row in blocks:
        assert row["text"] == text_of[row["doc_id"]][row["start"] : row["end"]]
    for doc in documents:
        assert doc["n_chars"] == len(doc["text"])
        assert doc["n_blocks"] == sum(1 for b in blocks if b["doc_id"] == doc["doc_id"])


def test_load_dataset_every_config_offline(seeds_dataset: Path) -> None:
    for table, schema in TABLES.items():
        if not pq.ParquetFile(seeds_dataset / f"{table}.parquet").metadata.num_rows:
            assert table in PAIR_TABLES  # two Chinese seeds have no pairs; `datasets` loads no empty split
            continue
        loaded = datasets.load_dataset(str(seeds_dataset), table, split="train")
        assert loaded.column_names == schema.names
        assert loaded.num_rows == pq.ParquetFile(seeds_dataset / f"{table}.parquet").metadata.num_rows
    documents = datasets.load_dataset(str(seeds_dataset), "documents", split="train")
    assert sorted(documents["translator"]) == ["小穆", "达娜"]


def test_pandas_polars_duckdb_read_the_tables(seeds_dataset: Path) -> None:
    blocks_path = str(seeds_dataset / "blocks.parquet")
    frame = pd.read_parquet(blocks_path)
    assert (frame["kind"] == "heading").sum() == 5
    polars_counts = dict(pl.read_parquet(blocks_path).group_by("kind").len().iter_rows())
    assert polars_counts["answer"] == 33 and polars_counts["question"] == 6
    titles = duckdb.sql(f"SELECT title FROM '{seeds_dataset / 'documents.parquet'}' ORDER BY source").fetchall()
    assert titles == [("阿斯塔纳与阿什哈巴德的合作",), (None,)]


def test_doc_ids_are_stable_across_builds(seeds_dataset: Path, tmp_path: Path) -> None:
    run_build([SEEDS], tmp_path / "again")
    first = pq.read_table(seeds_dataset / "documents.parquet", columns=["doc_id"]).column(0).to_pylist()
    second = pq.read_table(tmp_path / "again" / "documents.parquet", columns=["doc_id"]).column(0).to_pylist()
    assert first == second and len(set(first)) == 2


def test_encodings_give_the_same_document(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "gb.txt", GOOD.encode("gb18030"))
    write(src, "u16.txt", GOOD.replace("合作", "伙伴").encode("utf-16"))
    write(src, "bom.txt", codecs.BOM_UTF8 + GOOD.replace("合作", "关系").encode("utf-8"))
    _, warnings = run_build([src], tmp_path / "out")
    assert warnings == []
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert sorted(docs["title"]) == sorted(f"哈萨克斯坦与土库曼斯坦的{word}" for word in ("合作", "伙伴", "关系"))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    encodings = {i["source"]: i["encoding"] for i in manifest["inputs"]}
    assert encodings == {"src/bom.txt": "utf-8", "src/gb.txt": "gb18030", "src/u16.txt": "utf-16"}


def test_same_text_twice_is_kept_once(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "a.txt", GOOD)
    write(src, "b.txt", GOOD.encode("utf-16"))
    summary, warnings = run_build([src], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert warnings == ["src/b.txt: same text as src/a.txt; skipped"]


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty text"),
        ("blank.txt", b"  \n\n \r\n", "empty text"),
        ("binary.txt", b"\x00\x01\x02PK\x03\x04" * 50, "binary data"),
        ("only-date.txt", b" date 2025-10-18\n", "only a date header"),
    ],
)
def test_unusable_files_are_skipped_with_a_warning_or_stop_under_strict(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    src = tmp_path / "src"
    write(src, "good.txt", GOOD)
    write(src, name, data)
    summary, warnings = run_build([src], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert len(warnings) == 1 and warnings[0].startswith(f"src/{name}: ") and reason in warnings[0]
    assert summary.skipped == warnings
    assert warnings[0].endswith("; skipped")
    with pytest.raises(CorpusError, match=f"src/{name}: .*{reason}.*stopped by --strict"):
        run_build([src], tmp_path / "strict", strict=True)
    assert not (tmp_path / "strict").exists()


def test_huge_paragraph_is_skipped(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "good.txt", GOOD)
    write(src, "dump.txt", "标题\n\n" + "数据" * 5000 + "\n")
    summary, warnings = run_build([src], tmp_path / "out", max_block_chars=5000)
    assert summary.rows["documents"] == 1
    assert "src/dump.txt: a paragraph of 10,000 characters (limit 5,000)" in warnings[0]


def test_russian_saved_in_windows_1251_is_read_and_its_encoding_recorded(tmp_path: Path) -> None:
    src = tmp_path / "src"
    article = "Токаев провел встречу\n\nПрезидент Казахстана провел встречу с делегацией Польши в Астане.\n"
    write(src, "ru.txt", article.encode("cp1251"))
    _, warnings = run_build([src], tmp_path / "out")
    assert warnings == []
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert list(docs["title"]) == ["Токаев провел встречу"] and list(docs["lang"]) == ["ru"]
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text())
    assert [i["encoding"] for i in manifest["inputs"]] == ["cp1251"]


def test_undecodable_file_stops_the_build_naming_it(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "good.txt", GOOD)
    write(src, "latin1.txt", "Le président a rencontré la délégation à Astana, été comme hiver.".encode("latin-1"))
    with pytest.raises(CorpusError, match=r"^src/latin1.txt: cannot decode: .*re-save it as UTF-8$"):
        run_build([src], tmp_path / "out")


def test_malformed_date_header_warns_and_keeps_the_article(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "a.txt", " date 2025-02-30\n" + GOOD)
    summary, warnings = run_build([src], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert warnings and "malformed date header 'date 2025-02-30'" in warnings[0]
    assert pd.read_parquet(tmp_path / "out" / "documents.parquet")["date"].isna().all()


def test_failure_mid_build_leaves_previous_output_byte_identical(
    seeds_dataset: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "kazinform"
    run_build([SEEDS], out)
    before = snapshot(out)
    calls = {"n": 0}
    real_annotate = runner.annotate_batch

    def failing_annotate(records, pipeline):  # type: ignore[no-untyped-def]
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("injected failure")
        return real_annotate(records, pipeline)

    monkeypatch.setattr(runner, "annotate_batch", failing_annotate)
    with pytest.raises(RuntimeError, match="injected failure"):
        run_build([SEEDS], out, batch_size=1, full=True)
    assert calls["n"] == 2
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kazinform"]  # no staging folder left behind

    def interrupt(records, pipeline):  # type: ignore[no-untyped-def]
        raise KeyboardInterrupt

    monkeypatch.setattr(runner, "annotate_batch", interrupt)
    with pytest.raises(KeyboardInterrupt):
        run_build([SEEDS], out, full=True)
    assert snapshot(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kazinform"]


def test_rebuild_replaces_previous_output(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "a.txt", GOOD)
    out = tmp_path / "out"
    run_build([SEEDS], out)
    run_build([src], out)
    assert pd.read_parquet(out / "documents.parquet")["source"].tolist() == ["src/a.txt"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out", "src"]


def test_refuses_to_replace_a_folder_that_is_not_a_build(tmp_path: Path) -> None:
    precious = tmp_path / "thesis"
    write(precious, "chapter1.tex", "text")
    with pytest.raises(CorpusError, match="is not a corpus build"):
        run_build([SEEDS], precious)
    assert (precious / "chapter1.tex").read_text() == "text"


def test_output_path_that_is_a_file(tmp_path: Path) -> None:
    target = write(tmp_path, "out.parquet", b"keep me")
    with pytest.raises(CorpusError, match="output path is a file"):
        run_build([SEEDS], target)
    assert target.read_bytes() == b"keep me"


def test_nothing_usable_writes_nothing(tmp_path: Path) -> None:
    src = tmp_path / "src"
    write(src, "empty.txt", b"")
    with pytest.raises(CorpusError, match="no articles found"):
        run_build([src], tmp_path / "out")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["src"]


def test_missing_source(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match="no such file or folder"):
        run_build([tmp_path / "nope"], tmp_path / "out")


def test_jsonl_source_with_metadata(tmp_path: Path) -> None:
    rows = [
        {"id": "kz-1", "url": "https://example.org/1", "date": "2025-11-07T10:00", "lang": "ru", "text": "Абзац.\n"},
        {"id": 2, "title": "Заголовок из метаданных", "text": "Второй текст статьи.\n"},
    ]
    source = write(tmp_path, "news.jsonl", "\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n\n")
    run_build([source], tmp_path / "out")
    docs = pd.read_parquet(tmp_path / "out" / "documents.parquet")
    assert docs["source"].tolist() == ["news.jsonl:1", "news.jsonl:2"]
    assert docs["source_id"].tolist() == ["kz-1", "2"]
    assert str(docs["date"][0]) == "2025-11-07" and docs["url"][0] == "https://example.org/1"
    assert docs["title"][1] == "Заголовок из метаданных"


def test_jsonl_inputs_are_hashed_as_read(tmp_path: Path) -> None:
    data = '{"text": "第一篇。"}\n{"text": "第二篇。"}\n'.encode()
    source = write(tmp_path, "news.jsonl", b"\xef\xbb\xbf" + data)
    run_build([source], tmp_path / "out")
    (entry,) = json.loads((tmp_path / "out" / "manifest.json").read_text())["inputs"]
    assert entry["sha256"] == hashlib.sha256(b"\xef\xbb\xbf" + data).hexdigest() and entry["bytes"] == len(data) + 3
    bad = write(tmp_path, "bad.jsonl", b'{"text": "ok"}\n' + '{"text": "Пример"}\n'.encode("cp1251"))
    with pytest.raises(CorpusError, match=r"^bad.jsonl:2: not UTF-8"):
        run_build([bad], tmp_path / "out2")


def test_jsonl_errors_name_file_and_line(tmp_path: Path) -> None:
    bad = write(tmp_path, "bad.jsonl", '{"text": "ok"}\n{"text": \n')
    with pytest.raises(CorpusError, match=r"^bad.jsonl:2: not valid JSON"):
        run_build([bad], tmp_path / "out")
    no_text = write(tmp_path, "fields.jsonl", '{"body": "ok"}\n')
    with pytest.raises(CorpusError, match=r"fields.jsonl:1: no text field 'text' \(fields: body\); choose one with"):
        run_build([no_text], tmp_path / "out")
    summary, _ = run_build([no_text], tmp_path / "out", text_field="body")
    assert summary.rows["documents"] == 1


def test_hugging_face_dataset_sources(tmp_path: Path) -> None:
    dataset = datasets.Dataset.from_dict(
        {"body": [GOOD, "Second article.\n\nIt has two paragraphs."], "id": ["a", "b"]}
    )
    saved = tmp_path / "saved"
    dataset.save_to_disk(str(saved))
    summary, _ = run_build([saved], tmp_path / "out1", text_field="body")
    assert summary.rows["documents"] == 2
    docs = pd.read_parquet(tmp_path / "out1" / "documents.parquet")
    assert docs["source"].tolist() == ["saved:train:0", "saved:train:1"]
    assert docs["lang"].tolist() == ["zh", "en"]

    parquet_folder = tmp_path / "pq"
    parquet_folder.mkdir()
    dataset.to_parquet(str(parquet_folder / "part-0.parquet"))
    summary, _ = run_build([parquet_folder], tmp_path / "out2", text_field="body", limit=1)
    assert summary.rows["documents"] == 1
    with pytest.raises(CorpusError, match="has no column 'text'"):
        run_build([parquet_folder], tmp_path / "out3")


def test_unreachable_hub_dataset_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(CorpusError, match=r"^someone/no-such-corpus: cannot load as a Hugging Face dataset"):
        run_build(["someone/no-such-corpus"], tmp_path / "out")
