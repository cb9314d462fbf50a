"""Languages as packages, rules as validated data, a declared stage chain, a fingerprint that sees edits."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from corpus.runner import PipelineConfig, make_pipeline
from pipeline.document import Mention
from pipeline.entities import EntityRecognizer, merge
from pipeline.fingerprint import package_files
from pipeline.lang import LANGUAGES, Language, get_language, language_for, languages
from pipeline.recognisers import RecogniserError
from pipeline.rules import LANG_ROOT, RuleError, load_table, parse_table, table_kind
from pipeline.stages import ChainError, assemble
from tests.conftest import ROOT, SEEDS


def test_every_shipped_rule_table_loads() -> None:
    tables = sorted(LANG_ROOT.glob("*/data/*.tsv"))
    assert len(tables) >= 25
    for path in tables:
        rows = load_table(path.parent.parent.name, path.stem)
        assert rows, f"{path.name} has no rows"


def test_the_loader_rejects_what_a_linguist_might_get_wrong() -> None:
    good = ["# a comment", "verb\tcue", "", "表示\tboth", "道\tdirect"]
    assert [row["verb"] for row in parse_table(good, "reporting_verbs", "verbs.tsv")] == ["表示", "道"]
    with pytest.raises(RuleError, match=r"verbs.tsv:5: '表示' is already listed on line 4"):
        parse_table(["verb\tcue", "", "", "表示\tboth", "表示\tdirect"], "reporting_verbs", "verbs.tsv")
    with pytest.raises(RuleError, match="unknown: gender"):
        parse_table(["verb\tcue\tgender", "说\tboth\tm"], "reporting_verbs", "verbs.tsv")
    with pytest.raises(RuleError, match="missing: cue"):
        parse_table(["verb", "说"], "reporting_verbs", "verbs.tsv")
    with pytest.raises(RuleError, match=r"verbs\.tsv:2: cue is 'sometimes'"):
        parse_table(["verb\tcue", "说\tsometimes"], "reporting_verbs", "verbs.tsv")
    with pytest.raises(RuleError, match="stray tab"):
        parse_table(["pronoun\tgender", "他\tm\tx"], "pronouns", "pronouns.tsv")
    with pytest.raises(RuleError, match="first column"):
        parse_table(["word\tnote", "\tno word"], "words", "words.tsv")
    assert table_kind("translit_chars") == "characters" and table_kind("titles") == "titles"


def test_each_language_is_a_registered_package() -> None:
    assert set(languages()) == {"zh", "ru", "en", "kk"}
    for code, language in LANGUAGES.items():
        assert (LANG_ROOT / code / "__init__.py").is_file()
        assert language.recognisers, code
    assert language_for("kk", "Астанада").code == "kk"  # Kazakh is no longer routed to Russian
    assert language_for("mixed", "哈萨克斯坦 Kazakhstan").code == "zh"
    assert language_for("und", "2024").code == "en"


def test_a_typo_in_a_recogniser_name_fails_when_the_pipeline_is_built(monkeypatch: pytest.MonkeyPatch) -> None:
    broken = Language(**{**get_language("en").__dict__, "recognisers": ("rules_en", "rules_eng")})
    monkeypatch.setitem(LANGUAGES, "en", broken)
    with pytest.raises(RecogniserError, match="no recogniser named 'rules_eng'"):
        EntityRecognizer([])


def test_the_merge_reads_its_policy_from_the_registry() -> None:
    gazetteer = Mention(0, 4, "PER", "gazetteer:zh", "gazetteer", 1.0)
    rules = Mention(0, 4, "ORG", "natasha:ORG", "natasha", 0.75)
    weak = Mention(2, 8, "LOC", "jieba:ns", "jieba_pos", 0.4)
    assert merge([rules, gazetteer]) == [gazetteer]  # equal spans: the higher priority
    assert merge([weak, rules]) == [rules]  # a weak recogniser never overrides, even when longer
    assert merge([Mention(10, 12, "LOC", "jieba:ns", "jieba_pos", 0.4)]) != []  # but fills a gap
    with pytest.raises(RecogniserError):
        merge([Mention(0, 2, "PER", "x", "no_such_recogniser", 1.0)])


def test_the_stage_chain_is_declared_and_checked() -> None:
    pipeline = make_pipeline(PipelineConfig())
    assert [step["stage"] for step in pipeline.chain()] == ["ingest", "segment", "morph", "entities", "quotes"]
    segment, morph, entities, quotes = pipeline.stages
    with pytest.raises(ChainError, match="'quotes' needs entity_ids, mentions"):
        assemble([segment, morph, quotes, entities])
    with pytest.raises(ChainError, match="'morph' needs sentences, tokens"):
        assemble([morph, segment, entities, quotes])


def test_kazakh_blocks_get_their_own_recogniser_and_quote_forms() -> None:
    pipeline = make_pipeline(PipelineConfig())
    text = (
        "Тоқаевтың сапары\n\n"
        "Мемлекет басшысы Қасым-Жомарт Тоқаев Астанада Ілһам Әлиевпен кездесті. Тоқаевтың айтуынша, "
        "екі ел арасындағы қарым-қатынас жақсы дамып келеді.\n\n"
        "— Біз ынтымақтастықты нығайтамыз, — деді Президент.\n"
    )
    doc, _ = pipeline.annotate(text, "kk.txt")
    assert doc.lang == "kk"
    linked = {(doc.span(m.start, m.end), m.entity_id) for m in doc.mentions}
    assert ("Қасым-Жомарт Тоқаев", "per:kassym-jomart-tokayev") in linked
    assert ("Астанада", "loc:astana") in linked
    (quote,) = doc.quotes
    assert doc.span(quote.start, quote.end) == "Біз ынтымақтастықты нығайтамыз"
    assert quote.speaker_start is not None and doc.span(quote.speaker_start, quote.speaker_end) == "Президент"
    assert quote.speaker_entity_id == "per:kassym-jomart-tokayev"


def test_every_file_of_the_pipeline_that_shapes_annotations_is_fingerprinted() -> None:
    names = {path.relative_to(LANG_ROOT.parent).as_posix() for path in package_files()}
    assert "lang/zh/data/reporting_verbs.tsv" in names and "lang/zh/quotes.py" in names
    assert "data/gazetteer.jsonl" in names
    assert not any(name.endswith(".md") for name in names)


def _build(pipeline_root: Path, out: Path) -> dict:  # type: ignore[type-arg]
    env = {**os.environ, "PYTHONPATH": str(pipeline_root)}
    done = subprocess.run(
        [sys.executable, "-m", "corpus", "build", str(SEEDS), "-o", str(out), "--quiet"],
        env=env,
        capture_output=True,
        text=True,
        cwd=pipeline_root,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    return json.loads((out / "manifest.json").read_text(encoding="utf-8"))


def test_editing_a_rule_file_and_rebuilding_annotates_again(tmp_path: Path) -> None:
    """A copy of the pipeline package first on the path, a rule edited in it between two builds."""
    copy = tmp_path / "code"
    shutil.copytree(ROOT / "pipeline", copy / "pipeline", ignore=shutil.ignore_patterns("__pycache__", "models"))
    if (ROOT / "pipeline" / "models").is_dir():
        (copy / "pipeline" / "models").symlink_to(ROOT / "pipeline" / "models")
    shutil.copytree(ROOT / "corpus", copy / "corpus", ignore=shutil.ignore_patterns("__pycache__"))
    out = tmp_path / "out"
    first = _build(copy, out)
    again = _build(copy, out)
    assert again["incremental"] == {"reused": 2, "annotated": 0}  # nothing changed: everything reused
    titles = copy / "pipeline" / "lang" / "zh" / "data" / "titles.tsv"
    titles.write_text(titles.read_text(encoding="utf-8") + "通讯员\tno\n", encoding="utf-8")
    edited = _build(copy, out)
    assert edited["pipeline"]["fingerprint"] != first["pipeline"]["fingerprint"]
    assert edited["incremental"] == {"reused": 0, "annotated": 2}


def test_every_data_file_of_the_pipeline_ships_in_the_package() -> None:
    """A rule table or model file the package-data patterns miss works from a checkout and breaks an install."""
    import re
    from fnmatch import fnmatch

    root = Path(__file__).resolve().parents[1]
    pyproject = (root / "pyproject.toml").read_text(encoding="utf-8")
    section = pyproject.split("[tool.setuptools.package-data]", 1)[1].split("\n[", 1)[0]
    patterns = re.findall(r'"([^"]+)"', section.split("pipeline = [", 1)[1].split("]", 1)[0])
    assert "lang/*/data/*.tsv" in patterns
    package = root / "pipeline"
    data_files = [
        path.relative_to(package).as_posix()
        for path in package.rglob("*")
        if path.is_file() and path.suffix not in (".py", ".pyc") and "__pycache__" not in path.parts
    ]
    assert data_files
    missing = [name for name in data_files if not any(fnmatch(name, pattern) for pattern in patterns)]
    assert missing == []


def test_a_batch_annotates_exactly_as_documents_one_by_one() -> None:
    """The build annotates stage by stage over a batch (one model call per batch); nothing may change."""
    from pipeline.ingest import IngestProblem

    pipeline = make_pipeline(PipelineConfig())
    texts = [path.read_text(encoding="utf-8") for path in sorted(SEEDS.glob("*.txt"))]
    texts += [
        "标题\n\n哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了中国外交部长王毅。王毅表示，中方愿同哈方加强合作。\n",
        "   \n",  # no article: comes back as the problem, in its place
        "Title\n\nState Counselor Yerlan Karin said that the reform would continue in Astana.\n",
    ]
    batch = pipeline.annotate_many([{"raw_text": text, "source": f"{i}.txt"} for i, text in enumerate(texts)])
    assert isinstance(batch[-2], IngestProblem)

    def layers(doc):  # type: ignore[no-untyped-def]
        return (
            [(m.start, m.end, m.label, m.entity_id, m.recogniser) for m in doc.mentions],
            [(q.start, q.end, q.kind, q.speaker_entity_id) for q in doc.quotes],
            [[(t.start, t.end, t.upos, t.lemma) for t in s.tokens] for s in doc.sentences],
        )

    for i, text in enumerate(texts):
        if isinstance(batch[i], IngestProblem):
            with pytest.raises(IngestProblem):
                pipeline.annotate(text, f"{i}.txt")
            continue
        alone, _ = pipeline.annotate(text, f"{i}.txt")
        assert layers(batch[i][0]) == layers(alone)  # type: ignore[index]
