"""The shipped Chinese NER model: loads offline from the package, finds the entities of a few fixed sentences,
and returns offsets that slice the input."""

from __future__ import annotations

import socket
import subprocess
import sys

import numpy as np
import pytest

from pipeline.models import zh_ner
from pipeline.models.zh_ner import ChineseNER, load

SENTENCES = [
    "新华社北京电 邓小平同志在中国共产党第十二次全国代表大会上讲话。",
    "香港回归祖国以后，香港同胞成了自己命运的主人。",
    "哈萨克斯坦总统哈斯穆-卓玛尔特·托卡耶夫在阿斯塔纳会见了吉尔吉斯斯坦总统扎帕罗夫。",
    "别克佐夫州长向记者介绍了阿拉木图州的经济发展情况。",
    "托卡耶夫总统表示，上海合作组织成员国将进一步加强合作。",
]


@pytest.fixture(scope="module")
def tagger() -> ChineseNER:
    return load()


def found(tagger: ChineseNER, text: str) -> set[tuple[str, str]]:
    """(surface, label) pairs the tagger finds in one text."""
    return {(text[start:end], label) for start, end, label in tagger.tag([text])[0]}


def test_loads_without_network(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network use during model load")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    zh_ner._load_cached.cache_clear()
    assert isinstance(load(), ChineseNER)
    assert load() is load()  # cached


def test_inference_imports_no_torch() -> None:
    code = "import sys, pipeline.models.zh_ner as m; m.load(); assert 'torch' not in sys.modules"
    subprocess.run([sys.executable, "-c", code], check=True, timeout=60)


def test_chinese_news_entities(tagger: ChineseNER) -> None:
    first = found(tagger, SENTENCES[0])
    assert {("新华社", "ORG"), ("北京", "LOC"), ("邓小平", "PER")} <= first
    assert any(surface.startswith("中国共产党") and label == "ORG" for surface, label in first)
    assert ("香港", "LOC") in found(tagger, SENTENCES[1])


def test_transliterated_names_keep_joiners_and_drop_titles(tagger: ChineseNER) -> None:
    assert {
        ("哈萨克斯坦", "LOC"),
        ("哈斯穆-卓玛尔特·托卡耶夫", "PER"),
        ("阿斯塔纳", "LOC"),
        ("吉尔吉斯斯坦", "LOC"),
        ("扎帕罗夫", "PER"),
    } <= found(tagger, SENTENCES[2])
    assert {("别克佐夫", "PER"), ("阿拉木图州", "LOC")} <= found(tagger, SENTENCES[3])
    fourth = found(tagger, SENTENCES[4])
    assert ("托卡耶夫", "PER") in fourth
    assert ("上海合作组织", "ORG") in fourth


def test_offsets_slice_the_text_and_batches_match_single_calls(tagger: ChineseNER) -> None:
    long_text = "，".join(SENTENCES) * 3  # longer than one decoding piece
    texts = [*SENTENCES, "", "他说。", "Kazinform 2024", long_text]
    batch = tagger.tag(texts)
    assert len(batch) == len(texts)
    for text, spans in zip(texts, batch, strict=True):
        assert spans == tagger.tag([text])[0]
        for start, end, label in spans:
            assert 0 <= start < end <= len(text)
            assert label in {"PER", "LOC", "ORG"}
            assert text[start:end].strip() == text[start:end]
    assert batch[5] == []
    assert ("邓小平", "PER") in {(long_text[s:e], label) for s, e, label in batch[-1]}
    assert tagger.tag([]) == []


def test_the_recogniser_keeps_the_corpus_conventions_over_the_tagger() -> None:
    """The tagger follows MSRA (哈 of 哈方 a place, 哈萨克斯坦能源部 of 部长 a body); the corpus does not."""
    from corpus.runner import PipelineConfig, make_pipeline

    text = "哈方表示，哈萨克斯坦能源部长将于下周访问中方，电影展映周期间还将举办哈萨克艺术展。"
    doc = make_pipeline(PipelineConfig()).annotate(f"标题\n\n{text}\n", "t.txt")[0]
    kept = {(doc.span(m.start, m.end), m.label) for m in doc.mentions}
    assert ("哈萨克斯坦", "LOC") in kept
    assert not any(len(name) == 1 for name, _ in kept)  # sides (哈方, 中方) and 周 of 展映周 are no names
    assert not any(label == "ORG" for _, label in kept)  # 能源部长 is the minister
    assert ("哈萨克", "LOC") not in kept  # the people's art


def test_a_place_building_something_new_is_a_place_not_a_body() -> None:
    """The tagger reads 阿克托别市建设新热电厂 ("Aktobe city builds a new power plant") as one body; the rules
    (``building_phrases.tsv``) keep the city and leave the plant, and a body with 建设 in its name stays whole."""
    from corpus.runner import PipelineConfig, make_pipeline

    pipeline = make_pipeline(PipelineConfig())
    examples = (
        ("据悉，阿克托别市建设新热电厂的工作已经启动。", "阿克托别市"),
        ("卡拉干达市建设新医院的计划获得批准。", "卡拉干达市"),
    )
    for text, place in examples:
        doc = pipeline.annotate(f"标题\n\n{text}\n", "t.txt")[0]
        kept = {(doc.span(m.start, m.end), m.label) for m in doc.mentions}
        assert (place, "LOC") in kept
        assert not any(label == "ORG" for _, label in kept)
    doc = pipeline.annotate("标题\n\n中国建设银行发布了年度报告。\n", "t.txt")[0]
    assert ("中国建设银行", "ORG") in {(doc.span(m.start, m.end), m.label) for m in doc.mentions}


def test_something_new_described_is_no_name_but_names_beginning_with_xin_stay() -> None:
    """The tagger reads 新航线 ("a new air route") as a person and 新机场 as a place; 新 and common nouns
    describe (``description_openers.tsv``), while 新疆 and 新加坡 are words of their own."""
    from corpus.runner import PipelineConfig, make_pipeline

    pipeline = make_pipeline(PipelineConfig())
    text = "记者从哈萨克斯坦交通部获悉，新航线将于6月开通。新机场将于明年投入使用。新疆和新加坡的代表出席了会议。"
    doc = pipeline.annotate(f"标题\n\n{text}\n", "t.txt")[0]
    kept = {(doc.span(m.start, m.end), m.label) for m in doc.mentions}
    assert not {name for name, _ in kept} & {"新航线", "新机场"}
    assert {("新疆", "LOC"), ("新加坡", "LOC")} <= kept


@pytest.mark.parametrize("dilations", [(1, 2), (1, 2, 4, 8)])
def test_any_layer_count_loads_and_texts_stay_apart(dilations: tuple[int, ...]) -> None:
    """The layer count and dilations come from the weights; the gaps between texts keep a deeper or shallower
    network's texts from seeing each other, so a batch still matches single calls."""
    import numpy as np

    with np.load(zh_ner.WEIGHTS_PATH) as archive:
        weights = {name: archive[name] for name in archive.files}
    hidden = weights["input_bias"].shape[0]
    rng = np.random.default_rng(0)
    for i in range(len(weights["dilations"])):
        weights.pop(f"conv{i}_weight"), weights.pop(f"conv{i}_bias")
    for i in range(len(dilations)):
        weights[f"conv{i}_weight"] = (rng.standard_normal((hidden, hidden, 3)) * 0.1).astype(np.float16)
        weights[f"conv{i}_bias"] = np.zeros(hidden, dtype=np.float32)
    weights["dilations"] = np.array(dilations, dtype=np.int32)
    tagger = ChineseNER(weights)
    assert tagger.gap == max(dilations)
    texts = [*SENTENCES, "", "他说。", "，".join(SENTENCES) * 3]
    ids, starts = tagger.stream(texts)
    scores = tagger.logits(ids, starts)
    for text, start in zip(texts, starts.tolist(), strict=True):
        one_ids, one_starts = tagger.stream([text])
        alone = tagger.logits(one_ids, one_starts)[one_starts[0] : one_starts[0] + len(text)]
        np.testing.assert_allclose(scores[start : start + len(text)], alone, atol=1e-4)
    assert tagger.tag(texts) == [tagger.tag([text])[0] for text in texts]


def test_a_pipeline_or_railway_is_infrastructure_not_a_body() -> None:
    """The tagger reads 哈中石油管道 ("the Kazakhstan-China oil pipeline") as an organisation; a name ending with a
    route word (``route_words.tsv``) is typed MISC, as the gazetteer types routes, while a body that runs one
    keeps its own head word."""
    from corpus.runner import PipelineConfig, make_pipeline

    pipeline = make_pipeline(PipelineConfig())
    text = "同时，哈中石油管道也将继续承担出口任务。约80%的石油通过哈萨克斯坦里海管道联盟终端出口。"
    doc = pipeline.annotate(f"标题\n\n{text}\n", "t.txt")[0]
    kept = {doc.span(m.start, m.end): m.label for m in doc.mentions}
    assert kept["哈中石油管道"] == "MISC"
    assert kept["哈萨克斯坦里海管道联盟"] == "ORG"


def test_a_name_ends_before_an_events_head_word_not_inside_it() -> None:
    """The tagger reads 峰 of 峰会 ("summit") as a peak: 阿斯塔纳峰; a name ends where an event's head word
    begins (``event_words.tsv``)."""
    from pipeline.lang.zh.ner import _corrected

    text = "各国领导人出席了阿斯塔纳峰会并发表讲话。"
    start = text.index("阿斯塔纳")
    found = _corrected(text, start, start + len("阿斯塔纳峰"), "LOC")
    assert [(text[m.start : m.end], m.label) for m in found] == [("阿斯塔纳", "LOC")]
    text = "他登上了汗腾格里峰。"  # a peak's name keeps its 峰
    start = text.index("汗腾格里峰")
    assert [text[m.start : m.end] for m in _corrected(text, start, start + 5, "LOC")] == ["汗腾格里峰"]


def test_people_are_no_body() -> None:
    """哈萨克斯坦民众 ("the people of Kazakhstan") read as the body 哈萨克斯坦民, 哈萨克侨民 ("the Kazakh diaspora") as
    a body: a span ending with or inside a noun for a group of people (``group_nouns.tsv``) is dropped, and the
    country before it stays a place; a body with such a word inside its name stays."""
    from corpus.runner import PipelineConfig, make_pipeline
    from pipeline.lang.zh.ner import _corrected

    text = "哈萨克斯坦民众对此表示欢迎。"
    assert _corrected(text, 0, len("哈萨克斯坦民"), "ORG") == []
    text = "哈萨克侨民代表出席了活动。"
    assert _corrected(text, 0, len("哈萨克侨民"), "ORG") == []
    text = "伊犁哈萨克自治州代表团举行会谈。"  # a place's own name, closed by its kind, before the group: that place
    found = [(text[m.start : m.end], m.label) for m in _corrected(text, 0, len("伊犁哈萨克自治州代表团"), "ORG")]
    assert found == [("伊犁哈萨克自治州", "LOC")]
    pipeline = make_pipeline(PipelineConfig())
    doc = pipeline.annotate("标题\n\n哈萨克斯坦民众对此表示欢迎。中国人民银行宣布降息。\n", "t.txt")[0]
    kept = {(doc.span(m.start, m.end), m.label) for m in doc.mentions}
    assert ("哈萨克斯坦", "LOC") in kept and ("中国人民银行", "ORG") in kept
    assert not any(name.endswith(("民", "民众")) for name, _ in kept)


def _exhaustive_viterbi(emissions: np.ndarray, length: int, learnt: np.ndarray) -> list[int]:
    """The best path over every pair of tags, forbidden moves scored as the mask scores them: the reference."""
    from pipeline.models.zh_ner import transition_mask

    moves, start, end = transition_mask()
    moves = moves + learnt
    score = emissions[0] + start
    pointers = []
    for position in range(1, length):
        candidates = score[:, None] + moves
        pointers.append(candidates.argmax(axis=0))
        score = candidates.max(axis=0) + emissions[position]
    path = [int((score + end).argmax())]
    for back in reversed(pointers):
        path.append(int(back[path[-1]]))
    return path[::-1]


def test_the_search_over_allowed_moves_finds_the_best_path_of_all_pairs() -> None:
    from pipeline.models.zh_ner import TAGS, viterbi

    rng = np.random.default_rng(7)
    lengths = rng.integers(1, 40, size=150)  # more texts than _FEW_ROWS: both ways of scoring a step are used
    emissions = rng.normal(0, 3, size=(150, 40, len(TAGS))).astype(np.float32)
    learnt = rng.normal(0, 1, size=(len(TAGS), len(TAGS))).astype(np.float32)
    found = viterbi(emissions, lengths, learnt)
    for row, length in enumerate(lengths):
        assert found[row, :length].tolist() == _exhaustive_viterbi(emissions[row], int(length), learnt)


def test_a_peoples_name_is_no_person() -> None:
    """哈萨克 before 族裔 reads as a name to the tagger, and a hyphen after it elsewhere (哈萨克-俄罗斯) as a full
    name's joiner; alone it names the Kazakhs (``data/peoples.tsv``), never a person."""
    from corpus.runner import PipelineConfig, make_pipeline

    text = "在俄罗斯边境一带生活着大量哈萨克族裔同胞。双方正商讨开设哈萨克-俄罗斯联合学校。"
    doc = make_pipeline(PipelineConfig()).annotate(f"标题\n\n{text}\n", "t.txt")[0]
    assert not [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"]
