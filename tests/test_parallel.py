"""The parallel corpus: numbers across scripts, the sentence aligner, pairing in a build, views and TMX."""

from __future__ import annotations

import itertools
import json
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus.build import BuildOptions, build
from corpus.cli import main
from pipeline.align.numbers import number_keys
from pipeline.align.pairing import Pair, find_pairs, one_version_each, score_pairs
from pipeline.align.sentences import Unit, align
from pipeline.align.signature import Signature, name_key

ZH = """ date 2025-12-23
哈萨克斯坦与阿塞拜疆将开通渡轮航线

曼格斯套州州长努尔达乌列特·科伊勒拜表示，明年将开通6艘渡轮。

今年货物运输量增长了20%，达到250万吨。

2026年，该地区将启动一座新海港的建设，投资额为263亿坚戈。
"""

RU = """ date 2025-12-23
Казахстан и Азербайджан запустят паромы

Аким Мангистауской области Нурдаулет Килыбай сообщил, что в следующем году будут запущены 6 паромов.

В этом году объем грузоперевозок вырос на 20% и составил 2,5 млн тонн.

В 2026 году в области начнется строительство нового морского порта стоимостью 26,3 млрд тенге.
"""

EN = """ date 2025-12-22
Theatre festival opens in Astana

The festival brings 14 troupes from 9 countries to the capital, the organisers said on Monday.

Tickets went on sale in October.
"""


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("投资额为263亿坚戈，增长5.4%", "zh", ["2.63e+10", "5.4%"]),
        ("стоимостью 26,3 млрд тенге, рост 5,4%", "ru", ["2.63e+10", "5.4%"]),
        ("worth 26.3 bn tenge, up 5.4 percent", "en", ["2.63e+10", "5.4%"]),
        ("达到250万吨", "zh", ["2.5e+06"]),
        ("составил 2,5 млн тонн", "ru", ["2.5e+06"]),
        ("2.5 million tons", "en", ["2.5e+06"]),
        ("1,5 тыс. человек", "ru", ["1500"]),
        ("around 3,000 athletes", "en", ["3000"]),
        ("约3000名运动员", "zh", ["3000"]),
        ("2026年2月6日", "zh", ["2026", "02-06"]),
        ("6 февраля 2026 года", "ru", ["02-06", "2026"]),
        ("on February 6, 2026", "en", ["02-06", "2026"]),
        ("两艘渡轮", "zh", ["2"]),
        ("два парома", "ru", ["2"]),
        ("two ferries", "en", ["2"]),
        ("一千二百万人", "zh", ["1.2e+07"]),
        ("一院制议会", "zh", []),  # a numeral inside a word is no figure
    ],
)
def test_numbers_have_one_key_in_every_script(text: str, lang: str, keys: list[str]) -> None:
    assert number_keys(text, lang) == keys


def test_surnames_match_across_scripts() -> None:
    assert name_key("叶尔波勒·穆尔扎波森诺夫") == name_key("Yerbol Myrzabossynov") == name_key("Мырзабосынов")
    assert name_key("托卡耶夫") == name_key("Токаеву") == name_key("Tokayev")
    assert name_key("卡林") != name_key("托卡耶夫")


def _unit(index: int, length: float, *anchors: str) -> Unit:
    return Unit(index, index * 100, index * 100 + 10, length, Counter(anchors))


def _pairs(links: list) -> list[tuple[tuple[int, ...], tuple[int, ...]]]:
    return [(link.a, link.b) for link in links]


SIDE_A = [
    _unit(0, 30, "n:2026", "e:loc:aktau", "n:7000"),
    _unit(1, 25, "n:93", "n:3000"),
    _unit(2, 40, "p:tkv", "n:116"),
    _unit(3, 20, "n:58", "e:loc:milan"),
    _unit(4, 35, "n:02-06", "n:22"),
]


def test_aligner_links_one_to_one() -> None:
    side_b = [_unit(i, u.length * 1.1, *u.anchors) for i, u in enumerate(SIDE_A)]
    assert _pairs(align(SIDE_A, side_b)) == [((i,), (i,)) for i in range(5)]


def test_aligner_leaves_an_inserted_sentence_alone() -> None:
    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate(SIDE_A)]
    side_b.insert(2, _unit(9, 30, "n:777", "e:loc:verona"))
    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate(side_b)]
    links = _pairs(align(SIDE_A, side_b))
    assert ((), (2,)) in links
    assert ((2,), (3,)) in links and ((4,), (5,)) in links


def test_aligner_skips_a_dropped_sentence() -> None:
    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate(SIDE_A[:2] + SIDE_A[3:])]
    links = _pairs(align(SIDE_A, side_b))
    assert ((2,), ()) in links
    assert ((3,), (2,)) in links and ((4,), (3,)) in links


def test_aligner_merges_two_sentences_rendered_as_one() -> None:
    merged = _unit(1, 62, "n:93", "n:3000", "p:tkv", "n:116")
    side_b = [
        _unit(0, 31, *SIDE_A[0].anchors),
        merged,
        _unit(2, 21, *SIDE_A[3].anchors),
        _unit(3, 36, *SIDE_A[4].anchors),
    ]
    links = _pairs(align(SIDE_A, side_b))
    assert ((1, 2), (1,)) in links
    assert ((0,), (0,)) in links and ((4,), (3,)) in links


def test_aligner_keeps_a_reordered_pair_together() -> None:
    order = [0, 1, 3, 2, 4]
    side_b = [_unit(i, SIDE_A[k].length, *SIDE_A[k].anchors) for i, k in enumerate(order)]
    links = _pairs(align(SIDE_A, side_b))
    # the swapped sentences end up together: as one 2-2 link, or as two crossing 1-1 links
    assert ((2, 3), (2, 3)) in links or (((2,), (3,)) in links and ((3,), (2,)) in links)
    assert ((0,), (0,)) in links and ((1,), (1,)) in links and ((4,), (4,)) in links
    assert all(a and b for a, b in links)
    covered_a = sorted(i for a, _ in links for i in a)
    covered_b = sorted(j for _, b in links for j in b)
    assert covered_a == list(range(5)) and covered_b == list(range(5))


def test_aligner_splits_a_swapped_pair_into_crossing_links() -> None:
    order = [0, 2, 1, 3, 4]
    side_b = [_unit(i, SIDE_A[k].length, *SIDE_A[k].anchors) for i, k in enumerate(order)]
    links = _pairs(align(SIDE_A, side_b))
    assert ((1,), (2,)) in links and ((2,), (1,)) in links


def test_aligner_does_not_absorb_a_sentence_without_counterpart_into_a_merge() -> None:
    merged = _unit(1, 62, "n:93", "n:3000", "p:tkv", "n:116")
    extra = _unit(2, 30)  # a sentence the other version lacks, next to the merge
    side_b = [_unit(0, 31, *SIDE_A[0].anchors), merged, extra, _unit(3, 21, *SIDE_A[3].anchors)]
    links = _pairs(align(SIDE_A[:4], side_b))
    assert ((1, 2), (1,)) in links and ((), (2,)) in links


def test_aligner_measures_how_long_the_translation_runs() -> None:
    # the other version runs a third shorter than expected throughout; its sentence 2 renders two
    # sentences of side a with no anchors to tell, which only the length at the measured ratio shows
    side_a = [
        *SIDE_A[:2],
        _unit(2, 40),
        _unit(3, 40),
        *[_unit(i + 4, u.length, *u.anchors) for i, u in enumerate(SIDE_A[2:])],
    ]
    side_b = [_unit(0, 20, *SIDE_A[0].anchors), _unit(1, 17, *SIDE_A[1].anchors), _unit(2, 54)]
    side_b += [_unit(i + 3, u.length * 0.67, *u.anchors) for i, u in enumerate(SIDE_A[2:])]
    links = _pairs(align(side_a, side_b))
    assert ((2, 3), (2,)) in links
    assert ((4,), (3,)) in links and ((6,), (5,)) in links


def test_aligner_links_a_paragraph_about_an_earlier_story_only_with_another() -> None:
    from pipeline.align.lexicon import BACKGROUND_KEY

    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate(SIDE_A)]
    side_a = [*SIDE_A, _unit(5, 30, "l:parliament", "l:reform")]
    side_b.append(_unit(5, 30, "l:parliament", "l:reform", BACKGROUND_KEY))
    links = _pairs(align(side_a, side_b))
    assert ((5,), ()) in links and ((), (5,)) in links
    side_a[5] = _unit(5, 30, "l:parliament", "l:reform", BACKGROUND_KEY)
    assert ((5,), (5,)) in _pairs(align(side_a, side_b))


@pytest.mark.parametrize(
    ("text", "lang", "concepts"),
    [
        (
            "旅游和体育部部长表示，议会改革提案",
            "zh",
            {"minister", "parliament", "reform", "proposal", "say", "sport", "tourism"},
        ),
        (
            "министр отметил, что предложения по парламентской реформе",
            "ru",
            {"minister", "parliament", "reform", "proposal", "say"},
        ),
        (
            "the Minister said proposals for parliamentary reform",
            "en",
            {"minister", "parliament", "reform", "proposal", "say"},
        ),
        ("паромы и грузоперевозки", "ru", {"ferry", "cargo"}),
        ("грузинский бизнес", "ru", {"business"}),  # a word's beginning, not any stem inside it
        ("financial aid to the region", "en", {"help"}),  # a short form ("AI") is a whole word only
    ],
)
def test_lexicon_names_one_concept_in_every_script(text: str, lang: str, concepts: set[str]) -> None:
    from pipeline.align.lexicon import lexicon_keys

    assert {key[2:] for key in lexicon_keys(text, lang)} == concepts


def test_lexicon_words_do_not_take_part_in_pairing() -> None:
    from pipeline.align.sentences import SentenceSpan, make_units
    from pipeline.align.signature import signature

    story: Counter[str] = Counter()
    units = make_units("部长说有58人。", "zh", [SentenceSpan(0, 0, 7, "zh", "paragraph")], [], story)
    assert {"l:minister", "n:58"} <= set(units[0].anchors)  # the aligner sees both
    assert set(signature("a", "zh", None, "部长说有58人。", story).keys) == {"n:58"}  # pairing the figure only


def test_background_paragraphs_are_recognised_in_every_script() -> None:
    from pipeline.align.lexicon import is_background

    assert is_background("据此前报道，曼格斯套州将开通直飞航班。", "zh")
    assert is_background("Ранее сообщалось, что в Астане прошло заседание.", "ru")
    assert is_background("As Qazinform previously reported, a meeting took place.", "en")
    assert not is_background("The meeting was held earlier this week.", "en")


def test_pairing_blocks_by_date_and_needs_shared_anchors() -> None:
    import datetime as dt

    day = dt.date(2025, 12, 23)
    keys = Counter({"e:loc:aktau": 2, "n:2.5e+06": 1, "n:7000": 1, "p:klb": 1, "e:org:semurg-invest": 1})
    zh = Signature("a", "zh", day, 300, keys)
    ru = Signature("b", "ru", day + dt.timedelta(days=1), 320, Counter(keys))
    late = Signature("c", "ru", day + dt.timedelta(days=30), 320, Counter(keys))
    other = Signature("d", "en", day, 300, Counter({"e:loc:astana": 1, "n:14": 1}))
    pairs = find_pairs([zh, ru, late, other], threshold=0.5)
    assert [(p.doc_id_a, p.doc_id_b) for p in pairs] == [("a", "b")]
    assert pairs[0].lang_a == "zh" and "e:org:semurg-invest" in pairs[0].evidence["shared"]


@pytest.fixture(scope="module")
def parallel_dataset(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("parallel")
    source = root / "articles"
    source.mkdir()
    for name, text in (("zh.txt", ZH), ("ru.txt", RU), ("en.txt", EN)):
        (source / name).write_text(text, encoding="utf-8")
    out = root / "out"
    build([str(source)], out, BuildOptions())
    return out


def _sources(dataset: Path) -> dict[str, str]:
    documents = pq.read_table(dataset / "documents.parquet", columns=["doc_id", "source"]).to_pylist()
    return {row["doc_id"]: Path(row["source"]).name for row in documents}


def test_build_pairs_the_two_versions_and_not_the_unrelated_article(parallel_dataset: Path) -> None:
    sources = _sources(parallel_dataset)
    pairs = pq.read_table(parallel_dataset / "doc_pairs.parquet").to_pylist()
    assert [(sources[p["doc_id_a"]], sources[p["doc_id_b"]]) for p in pairs] == [("zh.txt", "ru.txt")]
    assert pairs[0]["lang_a"] == "zh" and pairs[0]["lang_b"] == "ru"
    assert {"n:2.63e+10", "n:2.5e+06", "p:klb"} <= set(pairs[0]["evidence"]["shared"])
    manifest = json.loads((parallel_dataset / "manifest.json").read_text(encoding="utf-8"))
    assert manifest["rows"]["doc_pairs"] == 1 and "pairs" in manifest["timings_s"]


def test_sentence_pairs_keep_the_offset_invariant_on_both_sides(parallel_dataset: Path) -> None:
    documents = pq.read_table(parallel_dataset / "documents.parquet", columns=["doc_id", "text"]).to_pylist()
    text = {row["doc_id"]: row["text"] for row in documents}
    links = pq.read_table(parallel_dataset / "sentence_pairs.parquet").to_pylist()
    assert sum(1 for link in links if link["sentences_a"] and link["sentences_b"]) >= 3
    for link in links:
        for side in ("a", "b"):
            if link[f"start_{side}"] is None:
                assert link[f"text_{side}"] is None and not link[f"sentences_{side}"]
                continue
            doc = text[link[f"doc_id_{side}"]]
            assert link[f"text_{side}"] == doc[link[f"start_{side}"] : link[f"end_{side}"]]
            spans = [(span["start"], span["end"]) for span in link[f"spans_{side}"]]
            assert spans[0][0] == link[f"start_{side}"] and spans[-1][1] == link[f"end_{side}"]
            assert all(start < end <= following for (start, end), (following, _) in itertools.pairwise(spans))
    figures = [link for link in links if link["text_a"] and "263亿" in link["text_a"]]
    assert figures and "26,3 млрд" in figures[0]["text_b"]


def test_tmx_parses_with_one_tu_per_link(parallel_dataset: Path, tmp_path: Path) -> None:
    out = tmp_path / "pairs.tmx"
    result = CliRunner().invoke(main, ["export", "tmx", str(parallel_dataset), "-o", str(out)])
    assert result.exit_code == 0, result.output
    tree = ET.parse(out)
    assert tree.getroot().get("version") == "1.4"
    links = pq.read_table(parallel_dataset / "sentence_pairs.parquet").to_pylist()
    non_empty = [link for link in links if link["sentences_a"] and link["sentences_b"]]
    units = tree.findall(".//tu")
    assert len(units) == len(non_empty)
    lang = "{http://www.w3.org/XML/1998/namespace}lang"
    assert all([tuv.get(lang) for tuv in tu.findall("tuv")] == ["zh", "ru"] for tu in units)


def test_tmx_text_is_xml_safe() -> None:
    from corpus.parallel import _tmx_text

    assert _tmx_text("a\x01b<c>&") == "ab&lt;c&gt;&amp;"


def test_parallel_command_shows_both_sides(parallel_dataset: Path) -> None:
    from rich.cells import cell_len

    result = CliRunner().invoke(main, ["parallel", str(parallel_dataset), "--width", "30"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("== ") and "zh.txt" in lines[0] and "ru.txt" in lines[0]
    body = [line for line in lines[1:] if " | " in line]
    assert any("263亿" in line for line in body) and any("млрд" in line for line in body)
    bars = {cell_len(line.split(" | ")[0]) for line in body}
    assert len(bars) == 1  # the right column starts at the same cell on every line, Chinese or not
    as_json = CliRunner().invoke(main, ["parallel", str(parallel_dataset), "--format", "json"])
    rows = json.loads(as_json.output)
    assert rows and all(row["sentences_a"] and row["sentences_b"] for row in rows)
    as_csv = CliRunner().invoke(main, ["parallel", str(parallel_dataset), "--format", "csv"])
    assert as_csv.output.splitlines()[0].startswith("doc_id_a,doc_id_b,link,link_type")


def test_rescue_links_a_sentence_moved_far_out_of_order() -> None:
    moved = [SIDE_A[1], SIDE_A[2], SIDE_A[3], SIDE_A[4], SIDE_A[0]]
    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate(moved)]
    links = _pairs(align(SIDE_A, side_b))
    assert ((0,), (4,)) in links  # linked out of order after the monotone pass left both out
    assert ((1,), (0,)) in links and ((4,), (3,)) in links


def test_report_shows_pairs_side_by_side_with_shared_entities(parallel_dataset: Path) -> None:
    from corpus.report import build_report

    page = build_report(parallel_dataset)
    assert 'id="pair-select"' in page and 'table class="parallel"' in page
    assert page.count('<mark class="shared"') >= 2  # the same entity marked on both sides


@pytest.mark.parametrize(
    ("text", "lang", "keys"),
    [
        ("1. 议员的资格要求。", "zh", []),  # a list item's number is markup, not a figure
        ("2) The election procedure for 3 members", "en", ["3"]),
        ("10月份举行的会议", "zh", ["month-10"]),
        ("in October 2025", "en", ["month-10", "2025"]),
        ("в октябре", "ru", ["month-10"]),
        ("we may march on", "en", []),
        ("2026年2月6日", "zh", ["2026", "02-06"]),
    ],
)
def test_enumerators_are_no_figures_and_months_alone_have_a_key(text: str, lang: str, keys: list[str]) -> None:
    assert number_keys(text, lang) == keys


def test_aligner_leaves_out_a_link_whose_figures_the_other_side_lacks() -> None:
    side_a = [_unit(0, 30, "n:2026", "e:loc:astana"), _unit(1, 30, "n:09-08"), _unit(2, 30, "e:loc:baku")]
    side_b = [_unit(0, 30, "n:2026", "e:loc:astana"), _unit(1, 30, "n:300", "n:5.4%"), _unit(2, 30, "e:loc:baku")]
    links = _pairs(align(side_a, side_b))
    assert ((1,), ()) in links and ((), (1,)) in links  # same length, but every figure differs
    assert ((0,), (0,)) in links and ((2,), (2,)) in links


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("她在冬季两项比赛中获得两枚金牌", ["2"]),  # biathlon is no "two"; the two medals are
        ("北欧两项世界杯第3站", ["3"]),  # Nordic combined
        ("现代五项和铁人三项", []),
        ("一年一度的论坛", []),
    ],
)
def test_numerals_inside_fixed_words_are_no_figures(text: str, keys: list[str]) -> None:
    assert number_keys(text, "zh") == keys


def test_an_anchor_every_document_has_proposes_no_pair() -> None:
    import datetime as dt

    from pipeline.align.pairing import MAX_POSTINGS, candidates

    day = dt.date(2025, 3, 1)
    signatures = []
    for story in range(MAX_POSTINGS):  # a story in Chinese and Russian, both naming Kazakhstan and Astana
        own = {f"e:org:{story}": 1, f"n:{1000 + story}": 1}
        for lang in ("zh", "ru"):
            keys = Counter({"e:loc:kazakhstan": 1, "e:loc:astana": 1, **own})
            signatures.append(Signature(f"{story}{lang}", lang, day, 300, keys))
    found = candidates(signatures)
    assert found == {(2 * story, 2 * story + 1) for story in range(MAX_POSTINGS)}
    # undated versions of one story still pair, each other and the dated ones
    undated = [Signature(f"u{lang}", lang, None, 300, Counter({"e:org:u": 1, "n:77777": 1})) for lang in ("zh", "en")]
    assert (len(signatures), len(signatures) + 1) in candidates(signatures + undated)


def test_pairing_finds_every_story_of_a_large_corpus_once() -> None:
    import datetime as dt
    import random

    rng = random.Random(5)
    signatures = []
    for story in range(600):
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 60))
        keys = Counter({f"e:per:{story}": 1, f"n:{10_000 + story}": 1, f"e:org:{rng.randint(0, 40)}": 1})
        keys["e:loc:kazakhstan"] = 1
        for lang in ("zh", "ru") if story % 2 else ("zh", "en"):
            signatures.append(Signature(f"{story}{lang}", lang, day, 300, Counter(keys)))
    pairs = find_pairs(signatures, threshold=0.5)
    assert sorted((p.doc_id_a, p.doc_id_b) for p in pairs) == sorted(
        (f"{story}zh", f"{story}{'ru' if story % 2 else 'en'}") for story in range(600)
    )


def test_pairs_above_a_threshold_are_those_every_candidate_list_scores_above_it() -> None:
    import datetime as dt
    import random

    rng = random.Random(7)
    signatures = []
    for story in range(120):
        day = dt.date(2025, 3, 1) + dt.timedelta(days=rng.randint(0, 5))
        keys = Counter({f"e:org:{rng.randint(0, 30)}": 1, f"n:{rng.randint(100, 140)}": rng.randint(1, 3)})
        keys.update({f"e:per:{rng.randint(0, 60)}": 1, "e:loc:kazakhstan": 1})
        for lang in ("zh", rng.choice(("ru", "en"))):
            signatures.append(Signature(f"{story}{lang}", lang, day, rng.randint(100, 900), Counter(keys)))
    every = score_pairs(signatures)
    for threshold in (0.3, 0.5, 0.62):
        kept = find_pairs(signatures, threshold)
        expected = one_version_each([pair for pair in every if pair.score >= threshold])
        assert kept == expected and [pair.evidence for pair in kept] == [pair.evidence for pair in expected]
    assert 0 < len(find_pairs(signatures, 0.62)) < len(every)


def _pair(a: str, b: str, score: float) -> Pair:
    langs = {"z": "zh", "r": "ru", "e": "en"}
    return Pair(a, b, langs[a[0]], langs[b[0]], score, {})


def test_a_source_keeps_its_best_translation_and_a_translation_may_merge_sources() -> None:
    pairs = [
        _pair("z1", "r1", 0.95),  # the story
        _pair("z2", "r1", 0.70),  # another Chinese article quoting the same official: r1 is taken
        _pair("z1", "r2", 0.80),  # a second Russian item merged into z1: kept
        _pair("z2", "e2", 0.90),
        _pair("r1", "e2", 0.75),  # r1 and e2 have different Chinese versions: two stories
        _pair("r3", "e3", 0.70),  # no Chinese version of either: kept
        _pair("z1", "e1", 0.90),
        _pair("r2", "e1", 0.85),  # both are versions of z1: one story
    ]
    kept = {(pair.doc_id_a, pair.doc_id_b) for pair in one_version_each(pairs)}
    assert kept == {("z1", "r1"), ("z1", "r2"), ("z2", "e2"), ("r3", "e3"), ("z1", "e1"), ("r2", "e1")}


def test_pairing_drops_stories_that_only_share_a_speaker_and_a_figure() -> None:
    import datetime as dt

    day = dt.date(2025, 5, 5)
    speaker = {"e:per:nurlan-nigmatulin": 1, "p:nkmtln": 1, "n:37%": 1}
    story_1 = Counter({**speaker, "e:loc:aktau": 1, "n:4980": 1, "n:82": 1})
    story_2 = Counter({**speaker, "e:org:kmg": 1, "n:3310": 1, "n:14": 1})
    signatures = [
        Signature("z1", "zh", day, 200, Counter(story_1)),
        Signature("r1", "ru", day, 210, Counter(story_1)),
        Signature("z2", "zh", day, 200, Counter(story_2)),
        Signature("e2", "en", day, 190, Counter(story_2)),
    ]
    assert len(score_pairs(signatures)) > 2  # the shared speaker proposes the crossed pairs too
    assert {(pair.doc_id_a, pair.doc_id_b) for pair in find_pairs(signatures, 0.3)} == {("z1", "r1"), ("z2", "e2")}


def test_a_pair_table_gives_the_same_links_cell_by_cell_and_all_at_once(monkeypatch: pytest.MonkeyPatch) -> None:
    from pipeline.align import sentences

    side_a = [_unit(0, 30, "n:2026", "e:loc:astana"), _unit(1, 40, "n:09-08", "l:minister"), _unit(2, 25, "e:loc:baku")]
    side_b = [_unit(0, 75, "n:2026", "e:loc:astana"), _unit(1, 60, "l:minister"), _unit(2, 70, "e:loc:baku", "n:5")]
    dense = [(link.a, link.b, pytest.approx(link.cost)) for link in align(side_a, side_b)]
    monkeypatch.setattr(sentences, "DENSE_LIMIT", 0)
    assert [(link.a, link.b, link.cost) for link in align(side_a, side_b)] == dense


REORDER_A = [
    _unit(0, 30, "n:2026", "e:loc:aktau"),
    _unit(1, 25, "n:93", "e:loc:milan"),
    _unit(2, 40, "p:tkv", "n:116"),
    _unit(3, 20, "n:58", "e:loc:verona"),
    _unit(4, 35, "n:02-06", "e:org:noc"),
    _unit(5, 45, "e:org:semurg-invest", "n:7000", "l:ship"),
    _unit(6, 30, "n:2.5e+06", "e:loc:baku"),
]


def _moved(units: list[Unit], source: int, target: int) -> list[Unit]:
    """The other version: the same sentences, the one at ``source`` moved to ``target``."""
    order = [index for index in range(len(units)) if index != source]
    order.insert(target, source)
    return [_unit(i, units[k].length * 1.1, *units[k].anchors) for i, k in enumerate(order)]


def _covered_once(links: list[tuple[tuple[int, ...], tuple[int, ...]]], n: int, m: int) -> bool:
    return sorted(i for a, _ in links for i in a) == list(range(n)) and sorted(j for _, b in links for j in b) == list(
        range(m)
    )


def test_a_sentence_moved_from_position_5_to_2_is_linked_to_its_counterpart() -> None:
    side_b = _moved(REORDER_A, 5, 2)
    links = _pairs(align(REORDER_A, side_b))
    assert ((5,), (2,)) in links  # out of order: its name and figure are found nowhere else
    assert ((1,), (1,)) in links and ((2,), (3,)) in links and ((4,), (5,)) in links and ((6,), (6,)) in links
    assert _covered_once(links, len(REORDER_A), len(side_b))  # no unit in two links


def test_weak_evidence_makes_no_out_of_order_link() -> None:
    # the moved sentence shares only a year that other sentences of both versions also carry, and a
    # concept of the lexicon: it could belong elsewhere, so it stays without counterpart on both sides
    side_a = [*REORDER_A[:5], _unit(5, 45, "n:2026", "l:ship"), REORDER_A[6]]
    side_b = _moved(side_a, 5, 2)
    links = _pairs(align(side_a, side_b))
    assert ((5,), ()) in links and ((), (2,)) in links
    assert all(not (5 in a and b) for a, b in links)
    assert _covered_once(links, len(side_a), len(side_b))


def test_an_ambiguous_moved_sentence_is_not_linked_out_of_order() -> None:
    # side b has the moved sentence twice (at 1 and 3), both before their place: either could be its
    # counterpart, so neither is linked
    side_a = [*REORDER_A[:5], _unit(5, 45, "e:org:semurg-invest", "n:7000"), REORDER_A[6]]
    moved = _moved(side_a, 5, 2)
    side_b = [_unit(i, u.length, *u.anchors) for i, u in enumerate([moved[0], moved[2], *moved[1:]])]
    links = _pairs(align(side_a, side_b))
    assert ((5,), ()) in links and ((), (1,)) in links and ((), (3,)) in links
    assert _covered_once(links, len(side_a), len(side_b))


def _link_rows(pair, links, a, b) -> list[dict]:  # type: ignore[no-untyped-def]
    """One pair's rows as the build writes them: its columns made into a ``sentence_pairs`` table."""
    import pyarrow as pa

    from corpus.parallel import _add_links, _link_columns
    from corpus.schemas import SENTENCE_PAIRS

    columns = _link_columns()
    _add_links(columns, pair, links, a, b)
    return pa.Table.from_pydict(columns, schema=SENTENCE_PAIRS).to_pylist()


def _unit_text(lang: str, units: list[Unit]) -> str:
    """A document text for units made by :func:`_unit`: unit i reads `zh3.......` at i * 100, then spaces."""
    return "".join(f"{lang}{unit.sentence}".ljust(10, ".") + " " * 90 for unit in units)


def _material(lang: str, units: list[Unit]):  # type: ignore[no-untyped-def]
    """Alignment material as the build keeps it, over :func:`_unit_text`."""
    from corpus.parallel import _Material

    text = _unit_text(lang, units)
    return _Material(lang, units, units[0].start, text[units[0].start : units[-1].end])


def test_rows_of_out_of_order_links_keep_each_sides_text(tmp_path: Path) -> None:
    from pipeline.align.pairing import Pair

    side_b = _moved(REORDER_A, 5, 2)
    materials = [_material(lang, units) for lang, units in (("zh", REORDER_A), ("en", side_b))]
    rows = _link_rows(Pair("a", "b", "zh", "en", 0.9, {}), align(REORDER_A, side_b), *materials)
    assert [row["link"] for row in rows] == list(range(len(rows)))
    moved = [row for row in rows if row["text_a"] == "zh5......."]
    assert moved and moved[0]["text_b"] == "en2......." and moved[0]["sentences_b"] == [2]
    starts = [row["start_a"] for row in rows if row["start_a"] is not None]
    assert starts == sorted(starts)  # rows follow side a's order, wherever side b's sentence sits


SPLIT_FIRST = ("l:government", "l:meeting", "e:org:ministry")
SPLIT_SECOND = ("n:58", "l:medal", "l:team")


def _split_pair(*extra: str, second: tuple[str, ...] = SPLIT_SECOND) -> tuple[list[Unit], list[Unit]]:
    """Side b's sentence 1 is rendered on side a as sentences 1 and 3, with sentence 2 (side b's 3)
    moved between them."""
    side_a = [
        _unit(0, 30, "n:2026", "e:loc:aktau"),
        _unit(1, 35, *SPLIT_FIRST),
        _unit(2, 40, "n:93", "n:3000", "e:loc:milan"),
        _unit(3, 35, *second),
        _unit(4, 30, "e:loc:baku", "n:7000"),
    ]
    side_b = [
        _unit(0, 31, "n:2026", "e:loc:aktau"),
        _unit(1, 72, *SPLIT_FIRST, *second, *extra),
        _unit(2, 30, "e:loc:baku", "n:7000"),
        _unit(3, 42, "n:93", "n:3000", "e:loc:milan"),
    ]
    return side_a, side_b


def test_the_halves_of_a_split_sentence_are_one_link_when_neither_stands_alone() -> None:
    # the merged sentence also names a place neither half has: each half alone is left out, together
    # they are one 2-1 link across the moved sentence
    side_a, side_b = _split_pair("e:loc:aktau")
    links = _pairs(align(side_a, side_b))
    assert ((1, 3), (1,)) in links and ((2,), (3,)) in links
    assert ((0,), (0,)) in links and ((4,), (2,)) in links
    assert _covered_once(links, len(side_a), len(side_b))


def test_a_left_out_half_joins_the_link_of_the_other_half() -> None:
    side_a, side_b = _split_pair()
    links = _pairs(align(side_a, side_b))
    assert ((1, 3), (1,)) in links and ((2,), (3,)) in links
    assert _covered_once(links, len(side_a), len(side_b))
    # the same with the other half the stronger one (its figures and name link it first)
    side_a, side_b = _split_pair(second=("n:58", "p:mlzbsnv", "n:116"))
    assert ((1, 3), (1,)) in _pairs(align(side_a, side_b))


def test_a_left_out_sentence_sharing_only_anchors_found_elsewhere_joins_no_link() -> None:
    side_a, side_b = _split_pair(second=("n:58", "p:mlzbsnv", "n:116"))
    side_a[0] = _unit(0, 30, "n:2026", "e:loc:aktau", "l:meeting")
    side_a[1] = _unit(1, 35, "n:2026", "l:meeting")  # a year and a word the first sentences share too
    side_b[0] = _unit(0, 31, "n:2026", "e:loc:aktau", "l:meeting")
    side_b[1] = _unit(1, 40, "n:2026", "l:meeting", "n:58", "p:mlzbsnv", "n:116")
    links = _pairs(align(side_a, side_b))
    assert ((1,), ()) in links and ((3,), (1,)) in links


def test_sentences_naming_different_things_are_not_linked_on_length_alone() -> None:
    # side a's sentence 4 and side b's sentence 1 share no anchor and fit by length; linking them would
    # pull side a's sentence 1 onto side b's 1 as well, away from its counterpart, side b's 3
    events = ("l:speed_skating", "l:alpine_skiing", "l:competition")
    side_a = [
        _unit(0, 30, "n:2026", "e:loc:aktau"),
        _unit(1, 50, *events),
        _unit(2, 27, "n:35", "l:athlete"),
        _unit(3, 31, "n:34", "l:athlete"),
        _unit(4, 45, "l:olympic", "l:figure_skating"),
    ]
    side_b = [
        _unit(0, 30, "n:2026", "e:loc:aktau"),
        _unit(1, 45, "l:minister", "l:olympic", "l:athlete"),
        _unit(2, 40, "n:02-06", "n:02-22"),
        _unit(3, 48, *events),
    ]
    links = _pairs(align(side_a, side_b))
    assert ((1,), (3,)) in links
    assert not any(a and b and (4 in a or 1 in b) for a, b in links)


def test_rows_of_a_split_link_hold_two_stretches_and_views_show_only_them() -> None:
    from corpus.parallel import GAP_MARK, _marked_side, linked_text, side_by_side
    from pipeline.align.pairing import Pair

    side_a, side_b = _split_pair("e:loc:aktau")
    texts = {lang: _unit_text(lang, units) for lang, units in (("zh", side_a), ("en", side_b))}
    materials = [_material(lang, units) for lang, units in (("zh", side_a), ("en", side_b))]
    rows = _link_rows(Pair("a", "b", "zh", "en", 0.9, {}), align(side_a, side_b), *materials)
    split = next(row for row in rows if row["sentences_a"] == [1, 3])
    assert split["link_type"] == "2-1" and split["sentences_b"] == [1]
    assert split["spans_a"] == [{"start": 100, "end": 110}, {"start": 300, "end": 310}]
    assert (split["start_a"], split["end_a"]) == (100, 310) and split["text_a"] == texts["zh"][100:310]
    assert linked_text(split, "a") == f"zh1.......{GAP_MARK}zh3......."
    assert linked_text(split, "a", " ") == "zh1....... zh3......."
    assert linked_text(split, "b") == "en1......." and split["spans_b"] == [{"start": 100, "end": 110}]
    for row in rows:
        row.update(source_a="a.txt", source_b="b.txt", lang_a="zh", lang_b="en")
    shown = "\n".join(side_by_side([split], 40))
    assert "zh1" in shown and "zh3" in shown and "zh2" not in shown
    mentions = [{"start": 300, "end": 303, "entity_id": "e1"}]  # in the second stretch
    html = _marked_side(split, "a", mentions, {"e1"})
    assert "zh2" not in html and '<mark class="shared" title="e1">zh3</mark>' in html


def test_what_workers_prepare_for_pairing_equals_what_a_rebuild_reads_back(tmp_path: Path) -> None:
    """Build workers compute each document's signature and units from the annotated objects; a rebuild that
    reuses a document computes them from the rows of the finished build. Both must be the same, or the
    pairs of a rebuild would differ from those of a fresh build."""
    from corpus.parallel import PairCollector, prepare_document
    from corpus.runner import PipelineConfig, annotate_batch, make_pipeline
    from corpus.sources import SourceRecord
    from corpus.views import iter_documents
    from tests.conftest import SEEDS

    records = [SourceRecord(f"{name}.txt", text) for name, text in (("zh", ZH), ("ru", RU), ("en", EN))]
    # the seeds add what alignment leaves out (date lines, photo captions, credits) and interview turns
    records += [SourceRecord(path.name, path.read_text(encoding="utf-8")) for path in sorted(SEEDS.glob("*.txt"))]
    result = annotate_batch(records, make_pipeline(PipelineConfig()))
    assert set(result.prepared) == {document.doc_id for document in result.documents}
    source = tmp_path / "articles"
    source.mkdir()
    for record in records:
        (source / record.source).write_text(record.text, encoding="utf-8")
    build([str(source)], tmp_path / "out", BuildOptions())
    quotes = pq.read_table(tmp_path / "out" / "quotes.parquet").to_pylist()
    for view in iter_documents(tmp_path / "out"):
        doc_id = view.document["doc_id"]
        said = [quote for quote in quotes if quote["doc_id"] == doc_id]
        read_back = prepare_document(view.document, view.blocks, view.sentences, view.mentions, said)
        assert read_back == result.prepared[doc_id]
    by_workers, by_rebuild = PairCollector(), PairCollector()
    by_workers.observe(result.tables, result.prepared)
    by_rebuild.observe_build(tmp_path / "out")
    workers_tables, rebuild_tables = by_workers.pair_tables(0.5)[0], by_rebuild.pair_tables(0.5)[0]
    assert workers_tables["doc_pairs"].num_rows == 1  # the Chinese and the Russian story
    for name in ("doc_pairs", "sentence_pairs"):
        assert workers_tables[name].to_pylist() == rebuild_tables[name].to_pylist()


def test_pairs_aligned_together_get_the_links_they_get_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    """align_many solves pairs whose tables have one size as arrays; every link (units, cost, score) must be
    the one the pair gets alone, or a corpus's alignments would depend on which other pairs it holds."""
    import random

    from pipeline.align import sentences

    rng = random.Random(3)
    keys = ["e:per:a", "e:loc:b", "n:2024", "n:17%", "l:minister", "p:tkv", "n:3.5e+09", "w:socar"]

    def side(size: int, scale: float) -> list[Unit]:
        units = []
        for index in range(size):
            anchors = {key: rng.randint(1, 2) for key in rng.sample(keys, rng.randint(0, 3))}
            length = rng.choice((4.0, 7.5, 12.0, 20.0, 33.3)) * scale
            units.append(Unit(index, index * 40, index * 40 + 30, length, anchors))
        return units

    pairs = [
        (side(n, 1.0), side(m, rng.choice((0.7, 1.0, 1.6)))) for n, m in [(4, 4)] * 30 + [(5, 3)] * 20 + [(2, 6)] * 9
    ]
    together = sentences.align_many(pairs)
    monkeypatch.setattr(sentences, "BATCH_MIN", len(pairs) + 1)
    alone = [sentences.align(a, b) for a, b in pairs]
    assert together == alone
    assert sum(link.kind != "1-1" for links in alone for link in links) > 20  # not only the easy path
