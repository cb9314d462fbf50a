"""Frequency lists, collocations, co-occurrence and keywords against counts worked out by hand; the
concordance's token searches; the report's document list, legend and network in a real browser; the
build's -v timings and summary; two examples at the end of every command's help."""

from __future__ import annotations

import datetime as dt
import json
import math
import os
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus.analysis import collocations, cooccurrences, frequencies, keywords, parse_where
from corpus.cli import EXAMPLES, main
from corpus.errors import CorpusError
from corpus.report import write_report
from corpus.schemas import DOCUMENTS, ENTITIES, MENTIONS, SENTENCES
from corpus.views import kwic
from tests.conftest import SEEDS, browser_page, needs_chromium, run_build

Sentence = list[tuple[str, str, str]]
"""(form, lemma, upos) of each token."""


def write_tiny_build(root: Path, documents: list[dict[str, object]]) -> Path:
    """A build written by hand in the real schemas: each document gives lang, date, source, its
    sentences as (form, lemma, upos) tokens, and its mentions as (sentence, entity_id, label)."""
    root.mkdir(parents=True)
    tables: dict[str, list[dict[str, object]]] = {"documents": [], "sentences": [], "mentions": []}
    entities: dict[str, str] = {}
    for number, document in enumerate(documents):
        doc_id = f"{number:016x}"
        sentences: list[Sentence] = document["sentences"]  # type: ignore[assignment]
        text = " ".join(form for sentence in sentences for form, _, _ in sentence)
        tables["documents"].append(
            {"doc_id": doc_id, "source": document.get("source", f"hand/{number}.txt"), "lang": document["lang"],
             "date": _date(document.get("date")), "text": text, "n_chars": len(text), "n_blocks": 1}
        )  # fmt: skip
        for index, sentence in enumerate(sentences):
            tokens = [{"form": f, "start": 0, "end": len(f), "upos": u, "lemma": lemma} for f, lemma, u in sentence]
            tables["sentences"].append(
                {"doc_id": doc_id, "sentence": index, "block": 0, "lang": document["lang"], "start": 0, "end": 0,
                 "text": "", "tokens": tokens}
            )  # fmt: skip
        for index, entity_id, label in document.get("mentions", []):  # type: ignore[attr-defined]
            entities[entity_id] = label
            tables["mentions"].append(
                {"doc_id": doc_id, "sentence": index, "start": 0, "end": 1, "text": entity_id, "label": label,
                 "label_fine": label, "entity_id": entity_id, "recogniser": "hand", "score": 1.0}
            )  # fmt: skip
    for name, schema in (("documents", DOCUMENTS), ("sentences", SENTENCES), ("mentions", MENTIONS)):
        pq.write_table(pa.Table.from_pylist(tables[name], schema=schema), root / f"{name}.parquet")
    rows = [{"entity_id": e, "label": label, "name_en": e.upper(), "in_gazetteer": False, "aliases": [],
             "n_mentions": 1, "n_docs": 1, "docs": []} for e, label in entities.items()]  # fmt: skip
    pq.write_table(pa.Table.from_pylist(rows, schema=ENTITIES), root / "entities.parquet")
    (root / "manifest.json").write_text(json.dumps({"tool": "corpus"}), encoding="utf-8")
    return root


def _date(value: object) -> dt.date | None:
    return dt.date.fromisoformat(value) if isinstance(value, str) else None


def words(*lemmas: str) -> Sentence:
    return [(lemma, lemma, "PUNCT" if lemma == "." else "NOUN") for lemma in lemmas]


def test_collocation_scores_match_a_hand_count(tmp_path: Path) -> None:
    root = write_tiny_build(
        tmp_path / "tiny",
        [{"lang": "en", "sentences": [words("x", "y", "z", "."), words("x", "w", "y"), words("y", "z", "w"),
                                      words("z", "z")]}],
    )  # fmt: skip
    # 11 words (the full stop is no word). x twice; within 2 tokens of an x: y twice, z once, w once.
    n, f_x = 11, 2
    expected = {"y": (2, 3), "z": (1, 4), "w": (1, 2)}  # collocate: (f_xy, f_y)
    rows = {row["collocate"]: row for row in collocations(root, "x", window=2, min_freq=1)}
    assert set(rows) == set(expected)
    for collocate, (f_xy, f_y) in expected.items():
        row = rows[collocate]
        assert (row["f_xy"], row["f_x"], row["f_y"]) == (f_xy, f_x, f_y)
        assert row["logdice"] == pytest.approx(14 + math.log2(2 * f_xy / (f_x + f_y)), abs=1e-3)
        assert row["mi"] == pytest.approx(math.log2(f_xy * n / (f_x * f_y)), abs=1e-3)
        assert row["t"] == pytest.approx((f_xy - f_x * f_y / n) / math.sqrt(f_xy), abs=1e-3)
    assert rows["y"]["logdice"] == pytest.approx(13.678, abs=1e-3)  # 14 + log2(4/5)
    by_t = [row["collocate"] for row in collocations(root, "X", window=2, min_freq=1, measure="t")]
    assert by_t[0] == "y"  # case-insensitive query, sorted by the measure asked for
    assert [row["collocate"] for row in collocations(root, "x", window=1, min_freq=1)] == ["w", "y"]


def test_log_likelihood_matches_a_hand_count(tmp_path: Path) -> None:
    root = write_tiny_build(
        tmp_path / "tiny",
        [
            {"lang": "ru", "date": "2024-03-01", "sentences": [words("a", "a", "b", ".")]},
            {"lang": "en", "date": "2023-05-01", "sentences": [words("a", "b", "b", "b", "c")]},
        ],
    )
    rows, sizes = keywords(root, "lang=ru", min_freq=1)
    assert sizes == {"docs_a": 1, "docs_b": 1, "tokens_a": 3, "tokens_b": 5}
    assert [row["item"] for row in rows] == ["a"]  # b and c are rarer in the Russian document
    a, b, c, d = 2, 1, 3, 5
    e1, e2 = c * (a + b) / (c + d), d * (a + b) / (c + d)
    g2 = 2 * (a * math.log(a / e1) + b * math.log(b / e2))
    assert rows[0]["g2"] == pytest.approx(g2, abs=1e-3) and rows[0]["g2"] == pytest.approx(1.044, abs=1e-3)
    assert rows[0]["log_ratio"] == pytest.approx(math.log2((a / c) / (b / d)), abs=1e-3)
    assert (rows[0]["freq_a"], rows[0]["freq_b"]) == (2, 1)
    same, _ = keywords(root, "date=2024", "date<2024", min_freq=1)  # the same split, by date
    assert same == rows
    by_source, _ = keywords(root, "source=hand/0*", "source~/1", min_freq=1)
    assert by_source == rows
    with pytest.raises(CorpusError, match="holds no document"):
        keywords(root, "date=2030")


def test_cooccurrence_counts_units_holding_both(tmp_path: Path) -> None:
    root = write_tiny_build(
        tmp_path / "tiny",
        [
            {"lang": "en", "sentences": [words("s0"), words("s1")],
             "mentions": [(0, "per:a", "PER"), (0, "per:b", "PER"), (1, "per:a", "PER"), (1, "loc:c", "LOC")]},
            {"lang": "en", "sentences": [words("s0")], "mentions": [(0, "per:a", "PER"), (0, "per:b", "PER")]},
        ],
    )  # fmt: skip
    rows = {(r["entity_a"], r["entity_b"]): r for r in cooccurrences(root, min_freq=1)}
    assert {key: row["count"] for key, row in rows.items()} == {
        ("per:a", "per:b"): 2,
        ("loc:c", "per:a"): 1,
    }
    pair = rows[("per:a", "per:b")]  # a in 3 sentences, b in 2, both in 2 of 3 sentences with entities
    assert (pair["f_a"], pair["f_b"]) == (3, 2)
    assert pair["logdice"] == pytest.approx(14 + math.log2(2 * 2 / (3 + 2)), abs=1e-3)
    assert pair["mi"] == pytest.approx(math.log2(2 * 3 / (3 * 2)), abs=1e-3)
    people = cooccurrences(root, labels=("PER",), unit="document", min_freq=1)
    assert [(r["entity_a"], r["entity_b"], r["count"]) for r in people] == [("per:a", "per:b", 2)]


def test_where_syntax() -> None:
    months = parse_where("date=2024-01..2024-02")
    assert [str(day) for day in months.params.values()] == ["2024-01-01", "2024-03-01"]
    assert parse_where("lang=ru|kk").params == {"a0": ["ru", "kk"]}
    assert parse_where("source=zh/*").params == {"a0": "zh/%"}
    for bad in ("lang>ru", "date=2024-13", "colour=red", "", "date~2024"):
        with pytest.raises(CorpusError, match="--where"):
            parse_where(bad)


ARTICLES = {
    "ru.txt": "Газ подорожал в Атырау\n\nЦены на газ выросли. Доступ к газу получили жители. Без газа нельзя. "
    "Газом отапливают дома.\n",
    "en.txt": "Kazakhstan opens a port\n\nKazakhstan opened the port. KAZAKHSTAN ships grain. The kazakhstan "
    "route is new.\n",
    "zh.txt": "哈萨克斯坦开通港口\n\n哈萨克斯坦开通了新港口。港口运输粮食。\n",
    "kk.txt": "Қазақстан порт ашты\n\nҚазақстан жаңа порт ашты. ҚАЗАҚСТАН астық тасиды.\n",
}


@pytest.fixture(scope="module")
def small_build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four short articles written for these tests, one per language, built by the real pipeline."""
    folder = tmp_path_factory.mktemp("articles")
    for name, text in ARTICLES.items():
        (folder / name).write_text(text, encoding="utf-8")
    out = folder.parent / "small-build"
    run_build([folder], out)
    return out


def test_freq_by_lemma_form_upos_and_ngram(small_build: Path) -> None:
    russian = {row["item"]: row for row in frequencies(small_build, by="lemma", lang="ru", top=None, docs=True)}
    assert russian["газ"]["freq"] == 5 and russian["газ"]["docs"] == 1  # Газ, газ, газу, газа, Газом
    assert "." not in russian  # punctuation is no word
    forms = {row["item"] for row in frequencies(small_build, by="form", lang="ru", top=None)}
    assert {"газу", "газа", "Газом"} <= forms
    upos = {row["item"]: row["freq"] for row in frequencies(small_build, by="upos", top=None)}
    assert upos["NOUN"] >= 5 and upos["PUNCT"] >= 8
    assert sum(row["per_million"] for row in frequencies(small_build, by="upos", top=None)) == pytest.approx(1e6, 1)
    bigrams = {row["item"] for row in frequencies(small_build, by="form", lang="en", ngram=2, top=None)}
    assert "the port" in bigrams and "port. KAZAKHSTAN" not in bigrams and "port KAZAKHSTAN" not in bigrams
    code, stdout, _ = _invoke("freq", str(small_build), "--by", "lemma", "--lang", "ru", "--docs", "--format", "json")
    assert code == 0 and json.loads(stdout)[0] == {**russian["газ"], "item": "газ"}


def test_kwic_lemma_finds_russian_case_forms(small_build: Path) -> None:
    matches = [line.match for line in kwic(small_build, "газ", lemma=True)]
    assert sorted(matches) == sorted(["Газ", "газ", "газу", "газа", "Газом"])
    nouns = [line.match for line in kwic(small_build, "газ", lemma=True, upos="NOUN")]
    assert nouns == matches
    assert all(line.match[0] in "ГгКкҚқ哈ПпЦцДдБбЖж" or line.match for line in kwic(small_build, upos="PROPN"))


def test_kwic_regex_and_ignore_case_on_every_script(small_build: Path) -> None:
    assert len(list(kwic(small_build, "kazakhstan"))) == 1
    assert len(list(kwic(small_build, "kazakhstan", ignore_case=True))) == 4  # title, sentence, KAZAKHSTAN, ...
    assert len(list(kwic(small_build, "қазақстан", ignore_case=True))) == 3  # Kazakh letters fold too
    assert len(list(kwic(small_build, "ГАЗ", ignore_case=True))) >= 5
    assert {line.match for line in kwic(small_build, r"газ(у|а|ом)", regex=True)} == {"газу", "газа"}
    assert {line.match for line in kwic(small_build, r"газ(у|а|ом)", regex=True, ignore_case=True)} == {
        "газу", "газа", "Газом"}  # fmt: skip
    assert len(list(kwic(small_build, "哈萨克斯坦.{2}港口", regex=True))) == 1
    # whole tokens: a match inside a word shows the word
    assert {line.match for line in kwic(small_build, "одорож")} == {"подорожал"}


def _invoke(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_kwic_command_counts_notes_and_exit_status(small_build: Path) -> None:
    code, stdout, stderr = _invoke("kwic", str(small_build), "газ", "--lemma", "--limit", "2")
    assert code == 0 and len(stdout.splitlines()) == 2 and "2 of 5 matches (--limit 2)" in stderr
    assert "[газу]" in stdout or "[газ]" in stdout or "[Газ]" in stdout
    code, stdout, stderr = _invoke("kwic", str(small_build), "нетакогослова")
    assert code == 1 and stdout == "" and stderr.strip() == "no matches"
    code, _, stderr = _invoke("kwic", str(small_build), "--entity", "per:nobody")
    assert code == 1 and len(stderr.strip().splitlines()) == 1 and "per:nobody" in stderr
    code, _, stderr = _invoke("kwic", str(small_build), "(", "--regex")
    assert code == 1 and "not a regular expression" in stderr


def test_kwic_notes_a_name_of_several_entities(seeds_dataset: Path) -> None:
    code, stdout, stderr = _invoke("kwic", str(seeds_dataset), "--entity", "托卡耶夫")
    assert code == 0 and "names 2 entities" in " ".join(stderr.split())
    assert "per:kassym-jomart-tokayev" in stderr and stdout


def test_statistics_commands_through_the_command_line(small_build: Path) -> None:
    code, stdout, _ = _invoke("collocations", str(small_build), "газ", "--min-freq", "1", "--format", "csv")
    assert code == 0 and stdout.splitlines()[0] == "collocate,f_xy,f_x,f_y,logdice,mi,t"
    code, stdout, _ = _invoke("cooccur", str(small_build), "--unit", "document", "--min-freq", "1")
    assert code == 0 and "entity pairs by document" in stdout
    code, stdout, _ = _invoke("keywords", str(small_build), "--where", "lang=ru", "--min-freq", "2")
    assert code == 0 and "газ" in stdout
    code, _, stderr = _invoke("keywords", str(small_build), "--where", "date=soon")
    assert code == 1 and stderr.startswith("Error: --where") and len(stderr.strip().splitlines()) == 1


def _commands(command: object, path: str = "") -> list[tuple[str, object]]:
    import click

    found = [(path, command)]
    if isinstance(command, click.Group):
        for name, sub in command.commands.items():
            found += _commands(sub, f"{path} {name}".strip())
    return found


def test_every_help_ends_with_two_examples() -> None:
    commands = _commands(main)
    assert {path for path, _ in commands} == set(EXAMPLES)
    for path, _ in commands:
        code, stdout, _ = _invoke(*path.split(), "--help")
        last = [line.strip() for line in stdout.strip().splitlines()[-2:]]
        assert code == 0 and all(line.startswith(f"corpus {path}".strip()) for line in last), (path, last)


def test_verbose_build_times_each_stage_and_counts_everything(tmp_path: Path) -> None:
    code, _, stderr = _invoke("build", str(SEEDS), "-o", str(tmp_path / "out"), "--limit", "1", "-v")
    flat = " ".join(stderr.split())
    assert code == 0
    for words_ in ("mentions,", "quotes,", "entities,", "document pairs"):
        assert words_ in flat
    for stage in ("ingest", "segment", "morph", "entities", "quotes", "pairs"):
        assert f"│ {stage} " in flat
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert set(manifest["timings_s"]["stages"]) >= {"segment", "morph", "entities", "quotes"}


@pytest.fixture(scope="module")
def many_documents(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """250 tiny articles in three languages and two years (JSONL), built by the real pipeline."""
    folder = tmp_path_factory.mktemp("many")
    lines = []
    for i in range(250):
        lang = ("zh", "en", "ru")[i % 3]
        text = {
            "zh": f"第{i}号港口\n\n哈萨克斯坦总统托卡耶夫访问阿斯塔纳第{i}号港口。\n",
            "en": f'Port {i}\n\nKassym-Jomart Tokayev visited port {i} in Astana. "We will build more," he said.\n',
            "ru": f"Порт {i}\n\nКасым-Жомарт Токаев посетил порт {i} в Астане.\n",
        }[lang]
        date = f"{2024 + i % 2}-0{1 + i % 9}-1{i % 10}"
        lines.append(json.dumps({"id": f"n{i}", "text": text, "date": date, "lang": lang}, ensure_ascii=False))
    source = folder / "news.jsonl"
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = folder / "built"
    run_build([source], out)
    return out


@needs_chromium
def test_report_document_list_legend_and_network_in_a_browser(many_documents: Path, tmp_path: Path) -> None:
    page_file = tmp_path / "report.html"
    write_report(many_documents, page_file)
    html = page_file.read_text(encoding="utf-8")
    assert "http://" not in html and "https://" not in html and "<link" not in html
    with browser_page(page_file, 1400) as (page, problems):  # type: ignore[misc]
        rows = page.locator("#doc-list tbody tr")
        info = page.locator("#doc-page")
        assert rows.count() == 50 and "1–50 of 250 documents" in info.inner_text()
        for _ in range(4):
            page.click("#doc-next")
        assert "201–250 of 250" in info.inner_text() and rows.count() == 50  # past 200, nothing cut
        assert page.locator("#doc-next").is_disabled()
        rows.last.click()
        last = rows.last.get_attribute("data-doc")
        assert page.locator(f"#{last}").is_visible() and not page.locator("#doc-0").is_visible()
        page.select_option("#doc-lang", "ru")
        assert "of 83 documents" in info.inner_text()  # every third of 250, from the second
        page.fill("#doc-from", "2025-01-01")
        page.dispatch_event("#doc-from", "change")
        russian_2025 = info.inner_text()
        assert "of 41 documents" in russian_2025, russian_2025  # Russian (i % 3 == 2) of 2025 (odd i)
        page.fill("#doc-search", "Порт 7")
        titles = {text.strip() for text in page.locator("#doc-list tbody tr td:first-child").all_inner_texts()}
        assert titles == {"Порт 71", "Порт 77"}  # the filters still hold: Russian, 2025
        page.fill("#doc-search", "no such words")
        assert rows.count() == 0 and "no document matches" in info.inner_text()
        legend = page.locator("#legend").inner_text()
        for label in ("person (PER)", "place (LOC)", "organisation (ORG)", "quoted words"):
            assert label in legend
        assert page.locator("#network-graph g.node").count() >= 2
        assert page.locator("#network-graph line.edge").count() >= 1
        assert page.locator("article.document p.block[lang='ru']").count() > 0
        assert page.locator("article.document p.block[lang='zh']").count() > 0
        labels = page.locator("#chart-speakers text.label").all_text_contents()
        assert labels and all(":" not in label and label not in ("he", "他", "его") for label in labels)
        page.locator("#chart-network").scroll_into_view_if_needed()
        page.screenshot(path=str(tmp_path / "report.png"), full_page=True)
        shots = Path(os.environ.get("REPORT_SCREENSHOT_DIR", tmp_path))  # to look at them after a run
        page.locator("#chart-network").screenshot(path=str(shots / "report-network.png"))
        page.evaluate("document.getElementById('legend').scrollIntoView()")
        page.screenshot(path=str(shots / "report-documents.png"))
    assert problems == []
    assert (tmp_path / "report.png").stat().st_size > 10_000
