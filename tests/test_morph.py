"""The morph stage: UPOS, XPOS, lemmas and features per language, and natasha's single pass per document."""

from __future__ import annotations

import pytest

from corpus.runner import PipelineConfig, make_pipeline
from pipeline.document import Document
from pipeline.lang.en.morph import has_model
from pipeline.lang.zh.morph import upos_table
from pipeline.rules import UPOS, RuleError, parse_table

RUSSIAN = (
    "Токаев провёл переговоры\n\n"
    "Президент Казахстана Касым-Жомарт Токаев поблагодарил Ильхама Алиева. Алиев позвонил Токаеву и "
    "обсудил поставки газа, сообщает Акорда.\n\n"
    "По словам министра, объём транзита вырос на 5,4%.\n"
)
ENGLISH = "Tokayev met Aliyev\n\nPresident Tokayev said that gas exports rose by 5.4% in 2024.\n"
CHINESE = "托卡耶夫会见阿利耶夫\n\n哈斯穆-卓玛尔特·托卡耶夫总统表示，双方在SOCAR项目上的合作增长了5.4%。\n"


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return make_pipeline(PipelineConfig())


def annotate(pipeline, text: str) -> Document:  # type: ignore[no-untyped-def]
    return pipeline.annotate(text, "test.txt")[0]


def tokens(doc: Document) -> dict[str, tuple[str | None, str | None, str | None, str | None]]:
    return {doc.span(t.start, t.end): (t.upos, t.xpos, t.lemma, t.feats) for s in doc.sentences for t in s.tokens}


def test_every_russian_and_english_token_has_upos_and_lemma(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (RUSSIAN, ENGLISH):
        doc = annotate(pipeline, text)
        found = [t for s in doc.sentences for t in s.tokens]
        assert found and all(t.upos in UPOS and t.lemma for t in found)


def test_russian_case_forms_lemmatise(pipeline) -> None:  # type: ignore[no-untyped-def]
    found = tokens(annotate(pipeline, RUSSIAN))
    assert found["Токаеву"][2] == "токаев" and found["Токаев"][2] == "токаев"
    assert found["газа"][:3] == ("NOUN", "NOUN", "газ") and "Case=Gen" in (found["газа"][3] or "")
    assert found["Алиева"][2] == "алиев" and found["поблагодарил"][:3] == ("VERB", "VERB", "поблагодарить")
    assert found["Казахстана"][0] == "PROPN" and found["."][0] == "PUNCT"
    feats = found["переговоры"][3] or ""
    assert feats.split("|") == sorted(feats.split("|"), key=str.lower)  # UD's order


def test_natasha_runs_once_per_document_and_the_recogniser_reuses_its_spans(pipeline, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from slovnet.api import API

    from pipeline.lang.ru.ner import natasha_models

    ner = natasha_models().ner
    calls: list[int] = []
    original = API.map

    def counting(self, items):  # type: ignore[no-untyped-def]
        items = list(items)
        if self is ner:
            calls.append(len(items))
        return original(self, items)

    monkeypatch.setattr(API, "map", counting)
    doc = annotate(pipeline, RUSSIAN)
    assert calls == [3]  # title and two paragraphs, one batch
    from_pass = {(m.start, m.end) for m, _ in doc.model_mentions["natasha"]}
    assert from_pass
    natasha = [m for m in doc.mentions if m.recogniser == "natasha"]
    assert all((m.start, m.end) in from_pass for m in natasha)
    assert "per:kassym-jomart-tokayev" in {m.entity_id for m in doc.mentions}


def test_english_tokens_from_the_tagger(pipeline) -> None:  # type: ignore[no-untyped-def]
    if not has_model():
        pytest.skip("pipeline/models/en_pos/weights.npz is not there (the English tagger's weights)")
    found = tokens(annotate(pipeline, ENGLISH))
    assert found["said"][:3] == ("VERB", "VBD", "say")
    assert found["exports"][:3] == ("NOUN", "NNS", "export")
    assert found["Tokayev"][0] == "PROPN" and found["5.4"][0] == "NUM"


def test_chinese_upos_on_every_token_and_the_table(pipeline) -> None:  # type: ignore[no-untyped-def]
    table = upos_table()
    assert set(table.values()) <= UPOS
    assert (table["nr"], table["ns"], table["v"], table["m"], table["uj"]) == ("PROPN", "PROPN", "VERB", "NUM", "PART")
    doc = annotate(pipeline, CHINESE)
    chinese = [t for s in doc.sentences if s.lang == "zh" for t in s.tokens]
    assert chinese and all(t.upos in UPOS and t.xpos and t.lemma == doc.span(t.start, t.end) for t in chinese)
    found = tokens(doc)
    assert found["哈斯穆-卓玛尔特·托卡耶夫"][:2] == ("PROPN", "nr")
    assert found["，"][0] == "PUNCT" and found["5.4%"][0] == "NUM" and found["SOCAR"][0] == "PROPN"


def test_kazakh_rules(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Тақырып\n\nҚазақстан және Қытай арасындағы сауда өсті, деді Тоқаев.\n")
    found = tokens(doc)
    assert (
        found["және"][0] == "CCONJ" and found["деді"][0] == "VERB" and found["Тоқаев"][:3] == ("PROPN", None, "тоқаев")
    )
    assert found[","][0] == "PUNCT" and found["сауда"][0] == "X"


def test_upos_tables_are_checked() -> None:
    with pytest.raises(RuleError, match=r"t\.tsv:2: upos is 'NOUNS'"):
        parse_table(["tag\tupos", "n\tNOUNS"], "upos", "t.tsv")
    assert parse_table(["word\tupos", "және\tCCONJ"], "upos_words", "w.tsv") == [
        {"word": "және", "upos": "CCONJ", "note": ""}
    ]
