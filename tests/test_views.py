"""Views for linguists: concordance, CoNLL-U and vertical exports, and the HTML report in a real browser."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from pathlib import Path

import conllu
import pyarrow.parquet as pq
from click.testing import CliRunner

from corpus.cli import main
from corpus.report import write_report
from corpus.views import export_conllu, export_vrt, kwic
from pipeline.rules import UPOS
from tests.conftest import browser_page, needs_chromium


def test_kwic_finds_every_spelling_of_one_entity(seeds_dataset: Path) -> None:
    lines = list(kwic(seeds_dataset, entity="per:kassym-jomart-tokayev", width=10))
    assert [line.match for line in lines] == ["哈斯穆-卓玛尔特·托卡耶夫", "哈斯穆-卓玛尔特·托卡耶夫", "托卡耶夫"]
    assert {line.entity_id for line in lines} == {"per:kassym-jomart-tokayev"}
    assert all(len(line.left) <= 10 and len(line.right) <= 10 and line.sentence is not None for line in lines)
    by_name = {line.entity_id for line in kwic(seeds_dataset, entity="Kassym-Jomart Tokayev")}
    assert by_name == {"per:kassym-jomart-tokayev"}
    surface = list(kwic(seeds_dataset, "里海"))
    assert surface and all("里海" in line.match for line in surface)  # whole tokens: 里海峰会 shows whole
    result = CliRunner().invoke(main, ["kwic", str(seeds_dataset), "--entity", "per:kassym-jomart-tokayev"])
    assert result.exit_code == 0 and result.stdout.count("[哈斯穆-卓玛尔特·托卡耶夫]") == 2


def test_conllu_export_parses_and_round_trips_forms(seeds_dataset: Path) -> None:
    stream = io.StringIO()
    assert export_conllu(seeds_dataset, stream) == 161
    parsed = conllu.parse(stream.getvalue())
    sentences = pq.read_table(seeds_dataset / "sentences.parquet").to_pylist()
    assert len(parsed) == len(sentences)
    for tokenlist, row in zip(parsed, sentences, strict=True):
        assert [token["form"] for token in tokenlist] == [t["form"] for t in row["tokens"]]
        assert tokenlist.metadata["text"] == row["text"]
        assert tokenlist.metadata["sent_id"] == f"{row['doc_id']}-s{row['sentence']}"
        for token, ours in zip(tokenlist, row["tokens"], strict=True):
            assert (token["upos"], token["xpos"], token["lemma"]) == (ours["upos"], ours["xpos"], ours["lemma"])
            assert token["head"] is None and token["deprel"] in (None, "_")  # no parse, said in the header
    assert parsed[0].metadata["global.columns"].split() == ["ID", "FORM", "LEMMA", "UPOS", "XPOS", "FEATS",
                                                           "HEAD", "DEPREL", "DEPS", "MISC"]  # fmt: skip
    tags = [token["misc"].get("NE") for tokenlist in parsed for token in tokenlist if token["misc"]]
    assert "B-PER" in tags and "B-LOC" in tags
    assert "Entity=" not in stream.getvalue()  # CorefUD's key, not ours
    assert len({tokenlist.metadata["sent_id"] for tokenlist in parsed}) == len(parsed)
    only_russian = io.StringIO()
    assert export_conllu(seeds_dataset, only_russian, lang="ru") == 0  # the seeds are Chinese articles


def test_vrt_export_is_well_formed(seeds_dataset: Path) -> None:
    stream = io.StringIO()
    assert export_vrt(seeds_dataset, stream) == 2
    text = stream.getvalue()
    root = ET.fromstring(f"<corpus>{text}</corpus>")  # every structure is closed and nested
    assert [doc.get("lang") for doc in root.iter("doc")] == ["zh", "zh"]
    assert len(list(root.iter("s"))) == 161
    people = [e.get("id") for e in root.iter("entity") if e.get("type") == "PER"]
    assert "per:kassym-jomart-tokayev" in people
    assert {s.get("id").rsplit("-s", 1)[0] for s in root.iter("s")} == {d.get("id") for d in root.iter("doc")}
    for line in text.splitlines():
        if not line.startswith("<"):
            word, upos, xpos, lemma = line.split("\t")  # one token per line: word, upos, xpos, lemma
            assert upos in UPOS and xpos and (lemma != "-" or word == "-"), line


def test_exports_through_the_command_line(seeds_dataset: Path, tmp_path: Path) -> None:
    for fmt in ("conllu", "vrt"):
        out = tmp_path / f"seeds.{fmt}"
        result = CliRunner().invoke(main, ["export", fmt, str(seeds_dataset), "-o", str(out)])
        assert result.exit_code == 0 and out.stat().st_size > 0
    assert sorted(p.name for p in tmp_path.iterdir()) == ["registry", "seeds.conllu", "seeds.cwb", "seeds.vrt"]
    registry = (tmp_path / "registry" / "seeds").read_text(encoding="utf-8")
    assert f"HOME {tmp_path.resolve() / 'seeds.cwb'}" in registry and "ID   seeds" in registry
    for name in ("word", "upos", "xpos", "lemma"):
        assert f"\nATTRIBUTE {name}\n" in registry
    for name in ("doc", "doc_id", "p_kind", "s", "s_id", "entity_type", "entity_id"):
        assert f"\nSTRUCTURE {name}\n" in registry
    assert "-P upos -P xpos -P lemma -S doc:0+id+source+date+lang+title" in registry  # the encode command


@needs_chromium
def test_report_in_a_headless_browser(seeds_dataset: Path, tmp_path: Path) -> None:
    page_file = tmp_path / "report.html"
    write_report(seeds_dataset, page_file)
    html = page_file.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<link" not in html  # nothing from the network
    n_entities = pq.ParquetFile(seeds_dataset / "entities.parquet").metadata.num_rows
    with browser_page(page_file, 1600) as (page, problems):  # type: ignore[misc]
        rows = page.locator("#entities tbody tr")
        assert rows.count() == n_entities
        page.fill("#entity-filter", "托卡耶夫")
        assert rows.count() == 2  # the president and the writer, by their Chinese names
        page.fill("#entity-filter", "")
        page.select_option("#entity-type", "PER")
        assert 0 < rows.count() < n_entities
        page.click("#entities th[data-col='5']")
        counts = [int(text) for text in page.locator("#entities tbody tr td:nth-child(6)").all_inner_texts()]
        assert counts == sorted(counts)  # a second click on the sorted column turns the order around
        page.click("#doc-list tbody tr[data-doc='doc-1']")
        assert page.locator("#doc-1").is_visible() and not page.locator("#doc-0").is_visible()
        assert page.locator("#doc-1 mark.PER").count() > 0 and page.locator("#doc-1 q.quote").count() == 39
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
    assert problems == []
    assert (tmp_path / "report.png").stat().st_size > 10_000
