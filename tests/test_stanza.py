"""The stanza backend without models: the adapter on stanza Documents built from CoNLL-like dicts,
backend choice and fallback, the missing-models error, and the loading path with a stand-in pipeline."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import ClassVar

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

stanza = pytest.importorskip("stanza", reason="stanza is not installed (pip install -e '.[stanza]')")
from stanza.models.common.doc import Document as StanzaDocument  # noqa: E402

from corpus.cli import main  # noqa: E402
from corpus.errors import CorpusError  # noqa: E402
from pipeline.document import Token  # noqa: E402
from pipeline.stanza_backend import (  # noqa: E402
    MissingModels,
    StanzaBackend,
    has_models,
    installed_models,
    mentions_from_stanza,
    sentences_from_stanza,
)
from tests.conftest import run_build, snapshot  # noqa: E402


def token(
    i: int, text: str, start: int | None, ner: str, upos: str = "X", lemma: str | None = None, **more: str
) -> dict:
    row = {"id": i, "text": text, "upos": upos, "lemma": lemma or text.lower(), "ner": ner, **more}
    if start is not None:
        row.update(start_char=start, end_char=start + len(text))
    return row


def test_adapter_russian_four_types_with_offsets() -> None:
    text = "Ильхам Алиев прибыл в Астану."
    doc = StanzaDocument(
        [
            [
                token(1, "Ильхам", 0, "B-PER", "PROPN", "Ильхам"),
                token(2, "Алиев", 7, "E-PER", "PROPN", "Алиев"),
                token(3, "прибыл", 13, "O", "VERB", "прибыть", xpos="VBD", feats="Aspect=Perf|Gender=Masc"),
                token(4, "в", 20, "O", "ADP"),
                token(5, "Астану", 22, "S-LOC", "PROPN", "Астана"),
                token(6, ".", 28, "O", "PUNCT"),
            ]
        ],
        text=text,
    )
    base = 100
    ((start, end, tokens),) = sentences_from_stanza(doc, base)
    assert (start, end) == (100, 129)
    fields = [(t.start, t.end, t.upos, t.xpos, t.lemma, t.feats) for t in tokens]
    assert fields[2] == (113, 119, "VERB", "VBD", "прибыть", "Aspect=Perf|Gender=Masc")
    assert fields[0][2:] == ("PROPN", None, "Ильхам", None)  # no XPOS or FEATS given: none invented
    mentions = [(m.start - base, m.end - base, m.label, m.label_fine) for m in mentions_from_stanza(doc, base)]
    assert mentions == [(0, 12, "PER", "stanza:PER"), (22, 28, "LOC", "stanza:LOC")]


def test_adapter_english_ontonotes_types() -> None:
    text = "Kassym-Jomart Tokayev met SOCAR in Baku on Monday."
    words = [("Kassym-Jomart", "B-PERSON"), ("Tokayev", "E-PERSON"), ("met", "O"), ("SOCAR", "S-ORG"), ("in", "O"),
             ("Baku", "S-GPE"), ("on", "O"), ("Monday", "S-DATE"), (".", "O")]  # fmt: skip
    rows, position = [], 0
    for i, (word, ner) in enumerate(words, start=1):
        position = text.index(word, position)
        rows.append(token(i, word, position, ner))
        position += len(word)
    found = [(text[m.start : m.end], m.label) for m in mentions_from_stanza(StanzaDocument([rows], text=text), 0)]
    assert found == [("Kassym-Jomart Tokayev", "PER"), ("SOCAR", "ORG"), ("Baku", "LOC")]  # DATE is not a name


def pretokenised(sentences: list[list[tuple[str, str]]]) -> StanzaDocument:
    """What stanza returns for pre-tokenised input: offsets into the tokens joined by spaces, not ours."""
    rows, position = [], 0
    for sentence in sentences:
        rows.append([])
        for i, (word, ner) in enumerate(sentence, start=1):
            rows[-1].append(token(i, word, position, ner))
            position += len(word) + 1
    return StanzaDocument(rows, text=" ".join(w for s in sentences for w, _ in s))


def test_adapter_chinese_pretokenised_maps_back_to_our_tokens() -> None:
    text = "阿利耶夫总统访问阿斯塔纳。"
    ours = [Token(0, 4), Token(4, 6), Token(6, 8), Token(8, 12), Token(12, 13)]
    tags = ["S-PERSON", "O", "O", "S-GPE", "O"]
    stanza_doc = pretokenised([[(text[t.start : t.end], tag) for t, tag in zip(ours, tags, strict=True)]])
    mentions = mentions_from_stanza(stanza_doc, 0, ours)
    assert [(text[m.start : m.end], m.label) for m in mentions] == [("阿利耶夫", "PER"), ("阿斯塔纳", "LOC")]


def fake_models(folder: Path, langs: tuple[str, ...] = ("zh", "ru", "en")) -> Path:
    """A model folder laid out as stanza lays it out (the files are empty: a stand-in loads them)."""
    (folder).mkdir(parents=True, exist_ok=True)
    (folder / "resources.json").write_text(json.dumps({"stanza_version": stanza.__version__}), encoding="utf-8")
    for lang in langs:
        for processor in ("tokenize", "pos", "lemma", "ner"):
            (folder / lang / processor).mkdir(parents=True, exist_ok=True)
            (folder / lang / processor / "default.pt").write_bytes(b"")
    return folder


class StandInPipeline:
    """Behaves like stanza.Pipeline on the inputs the backend gives it: capitalised words are names."""

    created: ClassVar[list[tuple[str, dict]]] = []

    def __init__(self, lang: str, **kwargs: object) -> None:
        StandInPipeline.created.append((lang, kwargs))

    def bulk_process(self, docs: list) -> list:
        results = []
        for doc in docs:
            rows = [
                token(
                    i,
                    m.group(),
                    m.start(),
                    "S-PER" if m.group()[0].isupper() and i > 1 else "O",
                    "PROPN",
                    m.group().lower(),
                )
                for i, m in enumerate(re.finditer(r"\w+|[^\w\s]", doc.text), start=1)
            ]
            results.append(StanzaDocument([rows], text=doc.text))
        return results

    def __call__(self, sentences: list[list[str]]) -> StanzaDocument:
        return pretokenised([[(w, "S-PERSON" if w == "阿利耶夫" else "O") for w in s] for s in sentences])


def test_loading_never_downloads_and_missing_models_say_what_to_do(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(stanza, "Pipeline", StandInPipeline)
    StandInPipeline.created.clear()
    empty = StanzaBackend(tmp_path / "none")
    with pytest.raises(MissingModels, match=r"no stanza models for ru in .*corpus models download ru --dir"):
        empty.pipeline("ru")
    assert StandInPipeline.created == []
    folder = fake_models(tmp_path / "models", ("ru",))
    assert installed_models(folder) == {"ru": ["lemma", "ner", "pos", "tokenize"]}
    assert has_models(folder, "ru") and not has_models(folder, "zh")
    StanzaBackend(folder).pipeline("ru")
    ((lang, kwargs),) = StandInPipeline.created
    assert lang == "ru" and kwargs["download_method"] is None and kwargs["dir"] == str(folder)
    assert kwargs["processors"] == "tokenize,pos,lemma,ner"


def test_build_through_the_stanza_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(stanza, "Pipeline", StandInPipeline)
    models = fake_models(tmp_path / "models")
    source = tmp_path / "src"
    source.mkdir()
    (source / "ru.txt").write_text("Заголовок статьи\n\nВчера Ильхам прибыл в город.\n", encoding="utf-8")
    (source / "zh.txt").write_text("标题\n\n阿利耶夫总统访问了阿斯塔纳。\n", encoding="utf-8")
    run_build([source], tmp_path / "out", backend="stanza", stanza_dir=str(models))
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["backends"]["ru"].startswith("stanza") and "jieba" in manifest["backends"]["zh"]
    sentences = pq.read_table(tmp_path / "out" / "sentences.parquet").to_pylist()
    russian = [t for s in sentences if s["lang"] == "ru" for t in s["tokens"]]
    assert russian and all(t["upos"] == "PROPN" and t["lemma"] == t["form"].lower() for t in russian)
    chinese = [t for s in sentences if s["lang"] == "zh" for t in s["tokens"]]
    assert chinese and all(t["upos"] and t["xpos"] and t["lemma"] == t["form"] for t in chinese)
    assert manifest["morphology"]["ru"]["upos"].startswith("stanza")
    mentions = pq.read_table(tmp_path / "out" / "mentions.parquet").to_pylist()
    assert ("Ильхам", "stanza") in {(m["text"], m["recogniser"]) for m in mentions}
    assert ("阿利耶夫", "PER") in {(m["text"], m["label"]) for m in mentions}


def test_auto_falls_back_and_stanza_without_models_leaves_nothing(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    (source / "a.txt").write_text("标题\n\n正文。\n", encoding="utf-8")
    run_build([source], tmp_path / "auto", backend="auto", stanza_dir=str(tmp_path / "empty"))
    backends = json.loads((tmp_path / "auto" / "manifest.json").read_text(encoding="utf-8"))["backends"]
    assert not any(value.startswith("stanza") for value in backends.values())
    before = snapshot(tmp_path / "auto")
    with pytest.raises(CorpusError, match=r"no stanza models for zh in .*corpus models download zh"):
        run_build([source], tmp_path / "auto", backend="stanza", stanza_dir=str(tmp_path / "empty"))
    assert snapshot(tmp_path / "auto") == before
    with pytest.raises(CorpusError):
        run_build([source], tmp_path / "new", backend="stanza", stanza_dir=str(tmp_path / "empty"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["auto", "src"]


def test_models_list_on_an_empty_folder(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["models", "list", "--dir", str(tmp_path)])
    assert result.exit_code == 0 and "no stanza models in" in " ".join(result.stdout.split())
    fake_models(tmp_path / "m", ("en",))
    result = CliRunner().invoke(main, ["models", "list", "--dir", str(tmp_path / "m")])
    flat = " ".join(result.stdout.split())
    assert result.exit_code == 0 and "en │ lemma, ner, pos, tokenize │ yes" in flat and "zh │ - │ needs" in flat
