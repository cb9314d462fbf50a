"""Hostile input and hostile machines: special files, links, bad JSONL, injection into the card, CSV, VRT
and the report, line separators, interview labels, full devices and missing folders."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyarrow.parquet as pq
import pytest
import yaml
from click.testing import CliRunner

from corpus.cli import csv_cell, main
from corpus.errors import CorpusError
from corpus.report import build_report
from corpus.views import export_vrt
from pipeline.ingest import ingest
from pipeline.normalize import normalize_text
from pipeline.structure import parse_structure
from tests.conftest import CHROMIUM, ROOT, browser_page, run_build

GOOD = "哈萨克斯坦与土库曼斯坦的合作\n\n两国贸易额达5.557亿美元，较去年同期增长5.4%。\n"


@contextmanager
def time_limit(seconds: int) -> Iterator[None]:
    """Fail instead of hanging (a FIFO opened for reading blocks until a writer comes)."""

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"took more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(seconds)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def source_folder(tmp_path: Path) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "good.txt").write_text(GOOD, encoding="utf-8")
    return src


def jsonl(tmp_path: Path, *lines: str) -> Path:
    path = tmp_path / "news.jsonl"
    path.write_text("".join(line + "\n" for line in lines), encoding="utf-8")
    return path


def spans_match_text(out: Path) -> None:
    texts = {row["doc_id"]: row["text"] for row in pq.read_table(out / "documents.parquet").to_pylist()}
    for table in ("blocks", "sentences", "mentions", "quotes"):
        for row in pq.read_table(out / f"{table}.parquet").to_pylist():
            assert row["start"] < row["end"] and row["text"] == texts[row["doc_id"]][row["start"] : row["end"]]


# --- sources -------------------------------------------------------------------------------------


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_fifo_in_the_source_folder_is_skipped_without_blocking(tmp_path: Path) -> None:
    src = source_folder(tmp_path)
    os.mkfifo(src / "pipe.txt")
    with time_limit(60):
        summary, warnings = run_build([src], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert warnings == ["src/pipe.txt: not a regular file (a FIFO); not read; skipped"]
    with time_limit(60), pytest.raises(CorpusError, match="not a regular file"):
        run_build([src / "pipe.txt"], tmp_path / "out2")


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero")
def test_link_to_a_device_is_not_read(tmp_path: Path) -> None:
    src = source_folder(tmp_path)
    (src / "zero.txt").symlink_to("/dev/zero")
    with time_limit(60):
        summary, warnings = run_build([src], tmp_path / "out", follow_links=True)
    assert summary.rows["documents"] == 1
    assert len(warnings) == 1 and "src/zero.txt: not a regular file (a character device)" in warnings[0]


def test_links_out_of_the_source_folder_need_follow_links(tmp_path: Path) -> None:
    src = source_folder(tmp_path)
    outside = tmp_path / "private"
    outside.mkdir()
    (outside / "secret.txt").write_text("机密文件\n\n不应被读取的内容。\n", encoding="utf-8")
    (src / "secret.txt").symlink_to(outside / "secret.txt")
    (src / "elsewhere").symlink_to(outside, target_is_directory=True)
    (src / "inside.txt").symlink_to(src / "good.txt")  # stays inside: read (and found to be the same text)
    summary, warnings = run_build([src], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert any(w.startswith("src/secret.txt: symlink to a file outside SOURCE") for w in warnings)
    assert any(w.startswith("src/elsewhere: link to a folder outside SOURCE") for w in warnings)
    summary, _ = run_build([src], tmp_path / "out", follow_links=True)
    assert summary.rows["documents"] == 2  # secret.txt once: the same text by the other link is skipped


def test_link_loops_end(tmp_path: Path) -> None:
    src = source_folder(tmp_path)
    (src / "sub").mkdir()
    (src / "sub" / "again").symlink_to(src, target_is_directory=True)
    (src / "self.txt").symlink_to(src / "self.txt")
    with time_limit(60):
        summary, warnings = run_build([src], tmp_path / "out", follow_links=True)
    assert summary.rows["documents"] == 1
    assert any("src/self.txt: cannot read" in w for w in warnings)
    assert any("src/sub/again: a link to a folder already read" in w for w in warnings)


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root reads every folder")
def test_unreadable_folder_is_reported(tmp_path: Path) -> None:
    src = source_folder(tmp_path)
    locked = src / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text(GOOD + "另一段。\n", encoding="utf-8")
    locked.chmod(0)
    try:
        _, warnings = run_build([src], tmp_path / "out")
    finally:
        locked.chmod(0o755)
    assert any("src/locked: cannot read this folder" in w for w in warnings)


# --- JSONL ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("field", ["text", "title", "id"])
def test_lone_surrogate_in_jsonl_is_one_error_line(tmp_path: Path, field: str) -> None:
    record = {"text": "正文。", field: "abc\\ud800def"}
    line = json.dumps(record, ensure_ascii=False).replace("\\\\ud800", "\\ud800")
    source = jsonl(tmp_path, '{"text": "第一篇。"}', line)
    with pytest.raises(CorpusError, match=rf"^news.jsonl:2: field '{field}' holds an unpaired surrogate"):
        run_build([source], tmp_path / "out")


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ('{"text": "x", "meta": ' + "[" * 100_000 + "]" * 100_000 + "}", "nested too deeply"),
        ('{"text": "x", "n": ' + "9" * 5001 + "}", "unreadable JSON value"),
        ('{"text": "x", "id": {"a": 1}}', "should be a string"),
    ],
)
def test_hostile_json_values_are_one_error_line(tmp_path: Path, line: str, message: str) -> None:
    source = jsonl(tmp_path, line)
    with pytest.raises(CorpusError, match=rf"^news.jsonl:1: .*{message}"):
        run_build([source], tmp_path / "out")
    result = CliRunner().invoke(main, ["build", str(source), "-o", str(tmp_path / "out"), "-q"])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1


def test_invalid_dates_and_languages_warn(tmp_path: Path) -> None:
    source = jsonl(
        tmp_path,
        json.dumps({"text": "第一篇文章。", "date": "2025-02-30"}),
        json.dumps({"text": "第二篇文章。", "date": "yesterday", "lang": "ZH-cn"}),
        json.dumps({"text": "第三篇文章。", "lang": "zh\nlicense: evil"}),
    )
    summary, warnings = run_build([source], tmp_path / "out")
    assert summary.rows["documents"] == 3
    assert "news.jsonl:1: date '2025-02-30' is not a date (expected YYYY-MM-DD); date left empty" in warnings
    assert any(w.startswith("news.jsonl:2: date 'yesterday'") for w in warnings)
    assert any(w.startswith("news.jsonl:3: lang 'zh\\nlicense: evil' is not one of") for w in warnings)
    langs = pq.read_table(tmp_path / "out" / "documents.parquet").column("lang").to_pylist()
    assert langs == ["zh", "zh", "zh"]
    with pytest.raises(CorpusError, match=r"news.jsonl:1: date .*\(stopped by --strict\)"):
        run_build([source], tmp_path / "strict", strict=True)


def test_card_yaml_has_no_injected_keys(tmp_path: Path) -> None:
    source = jsonl(
        tmp_path,
        json.dumps({"text": "Абзац текста.", "lang": "ru\nlicense: evil\ntags:\n- injected"}),
        json.dumps({"text": "Second text.", "lang": "en", "title": "---\nlicense: evil"}),
    )
    out = tmp_path / "out"
    run_build([source], out)
    card = (out / "README.md").read_text(encoding="utf-8")
    header = yaml.safe_load(card.split("---\n")[1])
    assert set(header) == {"pretty_name", "language", "configs", "dataset_info"}
    assert header["language"] == ["en", "ru"] and "evil" not in card
    import datasets

    assert datasets.load_dataset(str(out), "documents", split="train").num_rows == 2


# --- exports and outputs -------------------------------------------------------------------------


def test_exports_and_report_into_a_missing_folder(seeds_dataset: Path, tmp_path: Path) -> None:
    for args in (
        ["export", "vrt", str(seeds_dataset), "-o", str(tmp_path / "a" / "b" / "seeds.vrt")],
        ["export", "conllu", str(seeds_dataset), "-o", str(tmp_path / "c" / "seeds.conllu")],
        ["report", str(seeds_dataset), "-o", str(tmp_path / "d" / "report.html")],
    ):
        result = CliRunner().invoke(main, args)
        assert result.exit_code == 0, result.stderr
        assert Path(args[-1]).stat().st_size > 0
    (tmp_path / "file").write_text("x")
    result = CliRunner().invoke(main, ["export", "vrt", str(seeds_dataset), "-o", str(tmp_path / "file" / "x.vrt")])
    assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1
    assert "cannot create its folder" in result.stderr


def test_csv_cells_that_look_like_formulas_are_prefixed(tmp_path: Path) -> None:
    assert [csv_cell(v) for v in ("=1+1", "+7", "-x", "@SUM(A1)", "\tx", "ok", 5, None)] == [
        "'=1+1", "'+7", "'-x", "'@SUM(A1)", "'\tx", "ok", 5, None,
    ]  # fmt: skip
    source = jsonl(tmp_path, json.dumps({"text": '标题\n\n=HYPERLINK("http://x")，他说。\n\n“=1+2”他补充道。'}))
    out = tmp_path / "out"
    run_build([source], out)
    for command in (["quotes", str(out), "--format", "csv"], ["entities", str(out), "--format", "csv"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 0
        for row in result.stdout.splitlines()[1:]:
            for cell in row.split(","):
                assert not cell.strip('"').startswith(("=", "+", "@")), row


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="no /dev/full")
def test_csv_to_a_full_device_is_one_error_line(seeds_dataset: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(
            [sys.executable, "-m", "corpus", "quotes", str(seeds_dataset), "--format", "csv"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            timeout=120,
        )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == ["Error: standard output: cannot write (No space left on device)"]


def test_vrt_is_well_formed_xml_whatever_the_text(tmp_path: Path) -> None:
    text = "标题\x01控制\n\n正文\x1b有\x7f控制字符\ufffe和\x0e“引号”。\n\nEnglish \x08text & <tags>.\n"
    source = jsonl(tmp_path, json.dumps({"text": text, "title": "T\x02itle"}))
    out = tmp_path / "out"
    run_build([source], out)
    stream = io.StringIO()
    export_vrt(out, stream)
    root = ET.fromstring(f"<corpus>{stream.getvalue()}</corpus>")
    assert root.find("doc").get("title") == "T\ufffditle"
    documents = pq.read_table(out / "documents.parquet").to_pylist()
    assert "\x01" in documents[0]["text"]  # the dataset keeps the text; only the export replaces
    spans_match_text(out)


def test_report_script_survives_a_hostile_gazetteer_name(tmp_path: Path) -> None:
    hostile = "阿斯塔纳</script><!--<script>alert(1)</script>"
    gazetteer = tmp_path / "names.jsonl"
    gazetteer.write_text(
        json.dumps({"id": "loc:evil", "type": "LOC", "zh": hostile, "ru": None, "en": "Evil\u2028Name"}) + "\n",
        encoding="utf-8",
    )
    source = jsonl(tmp_path, json.dumps({"text": f"标题\n\n代表团访问了{hostile}和阿斯塔纳。"}))
    out = tmp_path / "out"
    run_build([source], out, gazetteer=(str(gazetteer),))
    page = build_report(out)
    script = page[page.index("<script>") :]
    assert page.count("<script>") == 1 and script.count("</script>") == 1 and "<!--" not in script
    assert "\u2028" not in script
    if CHROMIUM is None:
        return  # the page's own script is checked above; running it needs the browser
    page_file = tmp_path / "report.html"
    page_file.write_text(page, encoding="utf-8")
    with browser_page(page_file) as (tab, errors):
        assert tab.locator("#entities tbody tr").count() > 0 and errors == []  # type: ignore[attr-defined]


# --- text ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u2029", "\x85", "\x0b", "\x0c", "\r\n", "\r"])
def test_every_line_separator_breaks_lines(separator: str) -> None:
    paragraphs = ["双边贸易情况如何", *(f"第{n}段正文，两国合作。" for n in range(15))]
    document, _ = ingest(separator.join(paragraphs), "x.txt")
    assert separator not in document.text
    assert document.title == "双边贸易情况如何"
    assert len(document.blocks) == 16


def test_normalised_text_has_only_newline_breaks() -> None:
    assert normalize_text("a\u2028b\u2029c\x85d\x0be\x0cf\r\ng\rh") == "a\nb\nc\nd\ne\nf\ng\nh"


def test_interview_labels_with_doubled_colons_make_no_empty_spans(tmp_path: Path) -> None:
    text = "Interview\n\nJournalist:: What comes next?\n\nPresident:: We go on.\n\nJournalist::\n\n记者：：\n"
    structure = parse_structure(normalize_text(text))
    assert all(block.end > block.start for block in structure.blocks)
    turns = {(b.turn, b.speaker_label) for b in structure.blocks if b.kind in ("question", "answer")}
    assert turns == {(1, "Journalist"), (2, "President")}  # a bare label is no turn of its own
    source = tmp_path / "interview.txt"
    source.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    run_build([source], out)
    spans_match_text(out)


@pytest.mark.parametrize(
    "line",
    ["【编译：" + " " * 20_000 + "x", "记者" + "：:" * 50_000 + "x", "Фото: " + " " * 100_000 + "x"],
)
def test_structure_is_linear_on_pathological_lines(line: str) -> None:
    started = time.perf_counter()
    parse_structure(line + "\n\n正文。")
    assert time.perf_counter() - started < 2.0


def test_damaged_dataset_is_one_error_line_for_readers(tmp_path: Path) -> None:
    source = jsonl(tmp_path, json.dumps({"text": GOOD}))
    out = tmp_path / "out"
    run_build([source], out)
    entities = out / "entities.parquet"
    entities.write_bytes(entities.read_bytes()[:100])
    for command in (["info", str(out)], ["entities", str(out)], ["quotes", str(out), "--speaker", "x"]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1 and len(result.stderr.strip().splitlines()) == 1, command
    (out / "manifest.json").write_text("{not json", encoding="utf-8")
    result = CliRunner().invoke(main, ["info", str(out)])
    assert result.exit_code == 1 and "unreadable manifest" in result.stderr


def test_gazetteer_with_a_lone_surrogate_is_one_error_line(tmp_path: Path) -> None:
    gazetteer = tmp_path / "names.jsonl"
    gazetteer.write_text('{"id": "per:x", "type": "PER", "zh": "\\ud800", "ru": null, "en": null}\n', encoding="utf-8")
    source = jsonl(tmp_path, json.dumps({"text": GOOD}))
    with pytest.raises(CorpusError, match=r"^names.jsonl: entity 'per:x' has a name with an unpaired surrogate"):
        run_build([source], tmp_path / "out", gazetteer=(str(gazetteer),))


def test_a_gazetteer_that_lists_one_id_twice_is_one_error_line_naming_both_lines(tmp_path: Path) -> None:
    gazetteer = tmp_path / "names.jsonl"
    entry = '{"id": "per:x", "type": "PER", "zh": null, "ru": "Ерлан Х", "en": "Yerlan X"}'
    gazetteer.write_text(f"{entry}\n{entry}\n", encoding="utf-8")
    source = jsonl(tmp_path, json.dumps({"text": GOOD}))
    with pytest.raises(CorpusError, match=r"^names.jsonl:2: the id 'per:x' is listed on line 1 already"):
        run_build([source], tmp_path / "out", gazetteer=(str(gazetteer),))


def test_an_article_the_pipeline_fails_on_is_skipped_with_its_error_and_the_build_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A bug that one article triggers, while annotating or while its rows are made, costs that article (named,
    with the error, in a warning) and not the build; --strict stops there instead."""
    import corpus.runner
    from pipeline.stages import Pipeline

    source = tmp_path / "in"
    source.mkdir()
    body = "ASTANA. KAZINFORM – Минэнерго сообщило, что добыча нефти выросла на 3%."
    for name, marker in (("ok.txt", ""), ("annotate.txt", " ANNOTATE"), ("tables.txt", " TABLES")):
        (source / name).write_text(f"Заголовок{marker}\n\n{body}\n", encoding="utf-8")
    annotate_many, documents_to_tables = Pipeline.annotate_many, corpus.runner.documents_to_tables

    def failing_annotate(self, records):  # type: ignore[no-untyped-def]
        if any("ANNOTATE" in record["raw_text"] for record in records):
            raise RuntimeError("a rule broke")
        return annotate_many(self, records)

    def failing_tables(documents, names):  # type: ignore[no-untyped-def]
        if any("TABLES" in document.text for document in documents):
            raise KeyError("no such row")
        return documents_to_tables(documents, names)

    monkeypatch.setattr(Pipeline, "annotate_many", failing_annotate)
    monkeypatch.setattr(corpus.runner, "documents_to_tables", failing_tables)
    summary, warnings = run_build([source], tmp_path / "out")
    assert summary.rows["documents"] == 1
    assert any("annotate.txt" in w and "RuntimeError: a rule broke" in w for w in warnings), warnings
    assert any("tables.txt" in w and "could not be written" in w for w in warnings), warnings
    with pytest.raises(CorpusError, match=r"annotate\.txt"):
        run_build([source], tmp_path / "strict", strict=True)


def test_an_internal_error_of_a_build_is_one_line_and_the_previous_build_stays(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import corpus.build

    out = tmp_path / "out"
    out.mkdir()
    (out / "keep.txt").write_text("previous", encoding="utf-8")

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise AttributeError("'NoneType' object has no attribute 'split'")

    monkeypatch.setattr(corpus.build, "build", broken)
    monkeypatch.delenv("CORPUS_DEBUG", raising=False)
    result = CliRunner().invoke(main, ["build", str(ROOT / "seeds"), "-o", str(out), "--quiet"])
    assert result.exit_code == 1
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1
    assert "internal error (AttributeError" in result.output and "CORPUS_DEBUG=1" in result.output
    assert (out / "keep.txt").read_text(encoding="utf-8") == "previous"
