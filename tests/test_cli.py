"""The `corpus` command line as a user meets it."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from corpus import __version__
from corpus.cli import main
from tests.conftest import SEEDS


def invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_build_prints_a_summary_and_info_lists_tables(tmp_path: Path) -> None:
    out = tmp_path / "kazinform"
    code, _, err = invoke("build", str(SEEDS), "-o", str(out))
    assert code == 0, err
    assert f"Built {out}: 2 documents (zh 2), 82 blocks" in " ".join(err.split())
    code, stdout, _ = invoke("info", str(out))
    assert code == 0
    flat = " ".join(stdout.split())
    assert "documents │ 2 │ 11" in flat and "blocks │ 82 │ 11" in flat and "sentences │ 161 │ 8" in flat
    assert "heading 5" in flat and "answer 33" in flat


def test_quiet_build_prints_nothing(tmp_path: Path) -> None:
    code, stdout, stderr = invoke("build", str(SEEDS), "-o", str(tmp_path / "out"), "--quiet", "--limit", "1")
    assert (code, stdout, stderr) == (0, "", "")
    code, stdout, _ = invoke("info", str(tmp_path / "out"))
    assert "documents │ 1 │" in " ".join(stdout.split())


def test_errors_are_one_line_with_status_1(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    for args, message in [
        (["build", str(tmp_path / "missing"), "-o", str(tmp_path / "out")], "no such file or folder"),
        (["build", str(SEEDS), "-o", str(tmp_path / "file")], "output path is a file"),
    ]:
        code, _, stderr = invoke(*args)
        assert code == 1
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("Error: ") and message in lines[0]
    code, _, stderr = invoke("info", str(tmp_path))
    assert code == 1 and "not a corpus dataset" in stderr


def test_warnings_name_the_file(tmp_path: Path) -> None:
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    (src / "b.txt").write_bytes(b"")
    code, _, stderr = invoke("build", str(src), "-o", str(tmp_path / "out"), "-q")
    assert code == 0
    assert "warning: src/b.txt: empty text" in stderr


def test_version_and_help() -> None:
    code, stdout, _ = invoke("--version")
    assert code == 0 and __version__ in stdout
    code, stdout, _ = invoke("--help")
    assert code == 0 and "build" in stdout and "info" in stdout
    code, stdout, _ = invoke("build", "--help")
    assert code == 0
    for option in ("--out", "--limit", "--strict", "--split", "--text-field", "--quiet"):
        assert option in stdout


def test_entities_command_filters_and_formats(seeds_dataset: Path) -> None:
    code, stdout, _ = invoke("entities", str(seeds_dataset), "--type", "PER", "--format", "json", "--top", "50")
    assert code == 0
    rows = json.loads(stdout)
    assert {r["label"] for r in rows} == {"PER"}
    assert [r["n_mentions"] for r in rows] == sorted((r["n_mentions"] for r in rows), reverse=True)
    tokayev = next(r for r in rows if r["entity_id"] == "per:kassym-jomart-tokayev")
    assert (tokayev["name_ru"], tokayev["name_en"], tokayev["n_docs"]) == (
        "Касым-Жомарт Токаев",
        "Kassym-Jomart Tokayev",
        2,
    )
    code, stdout, _ = invoke("entities", str(seeds_dataset), "--lang", "ru", "--top", "3", "--format", "csv")
    lines = stdout.strip().splitlines()
    assert code == 0 and lines[0].startswith("entity_id,label,name_zh,name_ru,name_en") and len(lines) == 4
    code, stdout, _ = invoke("entities", str(seeds_dataset), "--top", "5")
    assert code == 0 and "5 entities of" in " ".join(stdout.split())
