"""Sentences and tokens: offsets, coverage, names kept whole, dash quotes, numbers, workers."""

from __future__ import annotations

import json
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from corpus.runner import PipelineConfig, make_pipeline
from pipeline.document import Document
from pipeline.lang.zh.segment import ChineseSegmenter, sentence_spans, tokenizer_view
from tests.conftest import SEED_000, SEED_004, SEEDS, run_build


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return make_pipeline(PipelineConfig())


def annotate(pipeline, text: str) -> Document:  # type: ignore[no-untyped-def]
    document, _ = pipeline.annotate(text, "test.txt")
    return document


def forms(doc: Document, sentence_index: int = 0) -> list[str]:
    return [doc.span(t.start, t.end) for t in doc.sentences[sentence_index].tokens]


def sentence_texts(doc: Document) -> list[str]:
    return [doc.span(s.start, s.end) for s in doc.sentences]


def check_sentences(doc: Document) -> None:
    """Offsets are in order; tokens cover the sentence except whitespace; sentences stay in their block."""
    previous_end = 0
    for sentence in doc.sentences:
        block = doc.blocks[sentence.block]
        assert block.start <= sentence.start < sentence.end <= block.end
        assert sentence.start >= previous_end
        previous_end = sentence.end
        text = doc.span(sentence.start, sentence.end)
        assert text == text.strip()
        position = sentence.start
        for token in sentence.tokens:
            assert position <= token.start < token.end <= sentence.end
            assert doc.text[position : token.start].strip() == ""
            assert not doc.span(token.start, token.end).isspace()
            position = token.end
        assert "".join(doc.span(t.start, t.end) for t in sentence.tokens) == "".join(text.split())


def test_seed_sentences_tokens_and_counts(pipeline) -> None:  # type: ignore[no-untyped-def]
    counts = {}
    for name in (SEED_000, SEED_004):
        doc = annotate(pipeline, (SEEDS / name).read_text(encoding="utf-8"))
        check_sentences(doc)
        counts[name] = len(doc.sentences)
        assert all(b.kind == "date" or any(s.block == i for s in doc.sentences) for i, b in enumerate(doc.blocks))
    assert counts == {SEED_000: 68, SEED_004: 93}


def test_offset_invariant_on_the_sentences_table(seeds_dataset: Path) -> None:
    text_of = {r["doc_id"]: r["text"] for r in pq.read_table(seeds_dataset / "documents.parquet").to_pylist()}
    sentences = pq.read_table(seeds_dataset / "sentences.parquet").to_pylist()
    assert len(sentences) == 161
    for row in sentences:
        text = text_of[row["doc_id"]]
        assert row["text"] == text[row["start"] : row["end"]]
        for token in row["tokens"]:
            assert token["form"] == text[token["start"] : token["end"]]
    assert [row["sentence"] for row in sentences if row["doc_id"] == sentences[0]["doc_id"]] == list(range(68))


def test_dictionary_names_are_single_tokens(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, (SEEDS / SEED_000).read_text(encoding="utf-8"))
    tokens = {(doc.span(t.start, t.end), t.xpos) for s in doc.sentences for t in s.tokens}
    for name in ("哈斯穆-卓玛尔特·托卡耶夫", "古尔班古力·别尔德穆哈梅多夫", "阿扎马特·拜加利耶夫", "艾巴尔·奥尔扎耶夫"):
        assert (name, "nr") in tokens
    assert ("土库曼斯坦人民委员会", "nt") in tokens
    assert ("QazaqGaz", "nt") in tokens and ("Turkmengaz", "nt") in tokens


def test_user_gazetteer_names_are_single_tokens(tmp_path: Path) -> None:
    extra = tmp_path / "names.jsonl"
    entry = {"id": "per:test-person", "type": "PER", "zh": "别克扎特·努尔兰诺夫", "ru": None, "en": None}
    extra.write_text(json.dumps(entry, ensure_ascii=False) + "\n", encoding="utf-8")
    text = "哈萨克斯坦专家别克扎特·努尔兰诺夫表示，合作前景广阔。"
    without = annotate(make_pipeline(PipelineConfig()), text)
    assert "别克扎特·努尔兰诺夫" not in forms(without)
    with_names = annotate(make_pipeline(PipelineConfig(gazetteer_files=(str(extra),))), text)
    assert "别克扎特·努尔兰诺夫" in forms(with_names)


def test_name_joiners_become_word_internal_without_moving_offsets() -> None:
    text = "阿扎马特·拜加利耶夫与哈斯穆-卓玛尔特会见，增长15-20%，Jean·Paul"
    view = tokenizer_view(text)
    assert len(view) == len(text)
    assert view == "阿扎马特_拜加利耶夫与哈斯穆_卓玛尔特会见，增长15-20%，Jean·Paul"


def test_every_dash_quote_of_seed_000_is_one_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, (SEEDS / SEED_000).read_text(encoding="utf-8"))
    dash_blocks = [i for i, b in enumerate(doc.blocks) if doc.span(b.start, b.end).startswith("- ")]
    assert len(dash_blocks) == 5
    for index in dash_blocks:
        in_block = [s for s in doc.sentences if s.block == index]
        assert len(in_block) == 1
        assert doc.span(in_block[0].start, in_block[0].end).endswith("说。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他说：“我们准备好了。”随后离开。", ["他说：“我们准备好了。”", "随后离开。"]),
        ("贸易额达5.557亿美元。成本降低15-20%。", ["贸易额达5.557亿美元。", "成本降低15-20%。"]),
        ("真的吗？是的！当然……好", ["真的吗？", "是的！", "当然……", "好"]),
        ("- 第一句。第二句。-他说。之后的句子。", ["- 第一句。第二句。-他说。", "之后的句子。"]),
        ("—我们已经发展了铁路。- 奥尔扎耶夫说。", ["—我们已经发展了铁路。- 奥尔扎耶夫说。"]),
    ],
)
def test_chinese_sentence_ends(text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in sentence_spans(text, 0, len(text))] == expected


def test_numbers_and_latin_words_stay_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "阿塞拜疆国家石油公司SOCAR与KazMunaiGaz合作，贸易额达5.557亿美元，增长5.4%。")
    assert {"SOCAR", "KazMunaiGaz", "5.557", "5.4%"} <= set(forms(doc))


def test_russian_and_english_blocks(pipeline) -> None:  # type: ignore[no-untyped-def]
    russian = annotate(
        pipeline,
        "Заголовок статьи о газе\n\n"
        "— В настоящее время ведется актуализация объемов, — сообщил он. "
        "По словам министра, т.е. к 2026 г. газ придет.\n",
    )
    check_sentences(russian)
    assert sentence_texts(russian)[1:] == [
        "— В настоящее время ведется актуализация объемов, — сообщил он.",
        "По словам министра, т.е. к 2026 г. газ придет.",
    ]
    english = annotate(
        pipeline,
        "Title of the news story\n\n"
        'Mr. Kulagin met guests in the U.S. today. "Trade exceeded $6.3 million," he said. It grew.\n',
    )
    check_sentences(english)
    assert sentence_texts(english)[1:] == [
        "Mr. Kulagin met guests in the U.S. today.",
        '"Trade exceeded $6.3 million," he said.',
        "It grew.",
    ]
    assert {"Mr.", "U.S.", "6.3"} <= {english.span(t.start, t.end) for s in english.sentences for t in s.tokens}


def test_captions_and_credits_are_one_sentence_in_their_language(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "中文标题\n\nASTANA. KAZINFORM – 正文。\n\nФото: Солтан Жексенбеков / Kazinform\n")
    check_sentences(doc)
    by_kind = {doc.blocks[s.block].kind: s for s in doc.sentences}
    assert doc.span(by_kind["credit"].start, by_kind["credit"].end) == "ASTANA. KAZINFORM –"
    caption = by_kind["caption"]
    assert caption.lang == "ru"
    assert [doc.span(t.start, t.end) for t in caption.tokens] == [
        "Фото",
        ":",
        "Солтан",
        "Жексенбеков",
        "/",
        "Kazinform",
    ]


def test_hmm_setting_and_cache_folder(tmp_path: Path) -> None:
    segmenter = ChineseSegmenter([("阿扎马特·拜加利耶夫", "nr")], hmm=True, cache_dir=tmp_path / "cache")
    assert (tmp_path / "cache" / "jieba.cache").is_file()
    text = "专家阿扎马特·拜加利耶夫表示，努尔兰别克说得对。"
    tokens = segmenter.tokens(text, 0, len(text))
    assert "阿扎马特·拜加利耶夫" in [text[t.start : t.end] for t in tokens]
    assert "".join(text[t.start : t.end] for t in tokens) == text
    assert all(t.xpos for t in tokens)


def test_output_is_identical_for_one_and_two_workers(tmp_path: Path) -> None:
    source = tmp_path / "src"
    source.mkdir()
    for i, name in enumerate((SEED_000, SEED_004) * 3):
        text = (SEEDS / name).read_text(encoding="utf-8")
        (source / f"{i:02d}.txt").write_text(text.replace("两国", f"两国{i}"), encoding="utf-8")
    run_build([source], tmp_path / "one", workers=1, batch_size=2)
    run_build([source], tmp_path / "two", workers=2, batch_size=2)
    for table in ("documents", "blocks", "sentences"):
        one = pq.read_table(tmp_path / "one" / f"{table}.parquet")
        two = pq.read_table(tmp_path / "two" / f"{table}.parquet")
        assert one.num_rows > 0 and one.equals(two), table


COMPARED_WITH_PYTHON_JIEBA = [
    "哈萨克斯坦总统托卡耶夫在阿斯塔纳会见了努尔兰·诺加耶夫，双方讨论了２０２５年的合作。",
    "据悉，该项目总投资约为35亿美元，将由KazMunayGas和中石油共同实施。",
    "不安宁的局势让投资者担心，太差的基础设施也是问题。",
    "阿扎马特·拜加利耶夫表示：“我们将继续推进数字化转型，e-Gov平台已有800万用户。”",
    "上合组织成员国外长理事会会议于7月15日在天津举行， ，王毅主持。",
]


def _python_jieba_tokens(text: str, user_words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """Tokens and tags as Python jieba gives them: cut without the HMM, tagged from jieba.posseg's table."""
    import jieba
    import jieba.posseg

    from pipeline.lang.zh.segment import _fallback_tag

    tokenizer = jieba.Tokenizer()
    tokenizer.initialize()
    total = tokenizer.total
    for word, tag in user_words:
        tokenizer.add_word(tokenizer_view(word), tag=tag)
    tokenizer.total = total  # the segmenter's user words leave the total as it was
    tags = dict(jieba.posseg.dt.word_tag_tab)
    tags.update({tokenizer_view(word): tag for word, tag in user_words})
    view = tokenizer_view(text)
    pieces, position = [], 0
    for word in tokenizer.cut(view, HMM=False):
        if not word.isspace():
            pieces.append((text[position : position + len(word)], tags.get(word) or _fallback_tag(word)))
        position += len(word)
    return pieces


@pytest.mark.parametrize("text", COMPARED_WITH_PYTHON_JIEBA)
def test_tokens_and_tags_are_python_jiebas_and_user_words_stay_per_segmenter(text: str) -> None:
    user_words = [("努尔兰·诺加耶夫", "nr"), ("阿扎马特·拜加利耶夫", "nr"), ("哈萨克斯坦", "ns")]
    segmenter = ChineseSegmenter(user_words)
    tokens = [(text[t.start : t.end], t.xpos) for t in segmenter.tokens(text, 0, len(text))]
    assert tokens == _python_jieba_tokens(text, user_words)
    plain = ChineseSegmenter()
    if "努尔兰·诺加耶夫" in text:  # another segmenter without the gazetteer does not know the name
        assert ("努尔兰·诺加耶夫", "nr") in tokens
        assert all(form != "努尔兰·诺加耶夫" for form, _ in plain_tokens(plain, text))


def plain_tokens(segmenter: ChineseSegmenter, text: str) -> list[tuple[str, str | None]]:
    return [(text[t.start : t.end], t.xpos) for t in segmenter.tokens(text, 0, len(text))]


def test_the_hmm_segmenter_keeps_user_words_and_their_tags(tmp_path: Path) -> None:
    guessed = ChineseSegmenter([("努尔兰·诺加耶夫", "nr")], hmm=True, cache_dir=tmp_path)
    text = "努尔兰·诺加耶夫会见了代表团。"
    first = guessed.tokens(text, 0, len(text))[0]
    assert (text[first.start : first.end], first.xpos) == ("努尔兰·诺加耶夫", "nr")
