"""Quotes: every form in Chinese, Russian and English, look-alikes that are not quotes, speakers."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from corpus.cli import main
from corpus.runner import PipelineConfig, make_pipeline
from corpus.tables import documents_to_tables
from pipeline.document import Document, Quote
from tests.conftest import SEED_000, SEED_004, SEEDS, person_ids

# Seed 000, as annotated by hand: (kind, cue, first characters, last characters, speaker entity or None).
SEED_000_QUOTES = [
    ("indirect", "表示", "必须最大限度地发挥", "提高贸易额的潜力。", "per:azamat-baigaliyev"),
    ("direct", "说", "我们是该地区所有经济", "需要翻一番。", "per:azamat-baigaliyev"),
    ("indirect", "指出", "不仅要重视法律保护", "系统化地支持投资流程。", None),
    ("indirect", "表示", "中亚各国都必须具备", "具备竞争力。", "per:azamat-baigaliyev"),
    ("direct", "说", "土库曼斯坦已开始积极", "速度就越快。", "per:azamat-baigaliyev"),
    ("indirect", "认为", "这在能源市场转型的", "尤为重要。", "per:aibar-orzhayev"),
    ("direct", "说", "会谈结果有望出台加尔", "也具有吸引力。", "per:aibar-orzhayev"),
    ("indirect", "据…称", "该方案的实施将使哈萨", "降低15-20%。", None),
    ("direct", "说", "我们已经发展了铁路和", "贸易量将会增加。", "per:aibar-orzhayev"),
    ("indirect", "表示", "两国议程上存在几个紧", "几个紧迫问题。", "per:zh:波拉特·奥埃斯巴耶夫"),
    ("direct", "说", "这些问题涉及共享水资", "等各个方面。", "per:zh:波拉特·奥埃斯巴耶夫"),
    ("indirect", "认为", "投资灌溉土地、可再生", "并提高贸易额。", None),
]


@pytest.fixture(scope="module")
def pipeline():  # type: ignore[no-untyped-def]
    return make_pipeline(PipelineConfig())


def annotate(pipeline, text: str) -> Document:  # type: ignore[no-untyped-def]
    return pipeline.annotate(text, "test.txt")[0]


def speaker_names(pipeline, doc: Document) -> list[str | None]:  # type: ignore[no-untyped-def]
    """The English name of each quote's speaker, in order (the quotes table's ``speaker_name_en``)."""
    return [pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes]


def written_speakers(doc: Document) -> list[tuple[str | None, str | None]]:
    """(speaker words as written, speaker entity) of every quote, in order."""
    return [
        (doc.span(q.speaker_start, q.speaker_end) if q.speaker_start is not None else None, q.speaker_entity_id)
        for q in doc.quotes
    ]


def english_speakers(pipeline, doc: Document) -> dict[str, str | None]:  # type: ignore[no-untyped-def]
    """The English name of each quote's speaker, by the quote's first twelve characters."""
    return {doc.span(q.start, q.end)[:12]: pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes}


def described(doc: Document) -> list[tuple[str, str, str | None, str | None]]:
    """(kind, content, speaker words, speaker entity) of every quote."""
    return [
        (
            q.kind,
            doc.span(q.start, q.end),
            doc.span(q.speaker_start, q.speaker_end) if q.speaker_start is not None else None,
            q.speaker_entity_id,
        )
        for q in doc.quotes
    ]


def check_offsets(doc: Document, quote: Quote) -> None:
    content = doc.span(quote.start, quote.end)
    assert content and content == content.strip()
    if quote.speaker_start is not None:
        assert quote.speaker_start < quote.speaker_end
        assert not (quote.start <= quote.speaker_start < quote.end), "speaker inside the quoted words"


def test_seed_000_has_exactly_the_gold_quotes(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, (SEEDS / SEED_000).read_text(encoding="utf-8"))
    assert len(doc.quotes) == len(SEED_000_QUOTES)
    for quote, (kind, cue, starts, ends, speaker) in zip(doc.quotes, SEED_000_QUOTES, strict=True):
        check_offsets(doc, quote)
        content = doc.span(quote.start, quote.end)
        assert (quote.kind, quote.cue, quote.speaker_entity_id) == (kind, cue, speaker), content
        assert content.startswith(starts) and content.endswith(ends), content
    unnamed = [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes if q.attribution == "unnamed"]
    assert unnamed == ["专家", "专家", "专家"]
    roles = {q.role for q in doc.quotes if q.attribution == "explicit"}
    assert {"政治学家兼国际传播专家", "金融分析师"} <= roles


def test_seed_004_is_an_interview_and_nothing_else(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, (SEEDS / SEED_004).read_text(encoding="utf-8"))
    kinds = Counter((q.kind, q.speaker_entity_id, q.attribution) for q in doc.quotes)
    assert kinds == {("answer", "per:ilham-aliyev", "interview"): 33, ("question", None, "interview"): 6}
    answers = [q for q in doc.quotes if q.kind == "answer"]
    assert sorted({q.turn for q in answers}) == [2, 4, 6, 8, 10, 12]
    assert all(q.group == q.turn for q in doc.quotes)
    first = doc.span(answers[0].start, answers[0].end)
    assert first.startswith("阿塞拜疆和哈萨克斯坦之间的政治关系") and "阿利耶夫总统" not in first
    for quote in doc.quotes:
        check_offsets(doc, quote)


CHINESE = [
    ("—我们已经发展了铁路运输。- 奥尔扎耶夫说。", ("direct", "我们已经发展了铁路运输。", "奥尔扎耶夫")),
    ("-我们将继续提高生产效率，-部长表示。", ("direct", "我们将继续提高生产效率，", "部长")),  # the comma kept
    ("“投资协议目前正在敲定中。”他补充道。", ("direct", "投资协议目前正在敲定中。", "他")),
    ("部长指出：“合作前景广阔。”", ("direct", "合作前景广阔。", "部长")),
    ("部长指出，“合作前景广阔”。", ("direct", "合作前景广阔", "部长")),  # a comma before the marks too
    ("他说,“我们准备好了。”", ("direct", "我们准备好了。", "他")),
    # a name in marks the clause goes on after is no quotation: the report is the clause
    ("部长表示，“一带一路”倡议为合作注入新动力。", ("indirect", "“一带一路”倡议为合作注入新动力。", "部长")),
    ('"我们准备好了。"他说。', ("direct", "我们准备好了。", "他")),
    ("据专家介绍，货物运输成本将降低。", ("indirect", "货物运输成本将降低。", "专家")),
    ("能源部表示，新项目将于明年启动。", ("indirect", "新项目将于明年启动。", "能源部")),
    ("报告指出，贸易额增长了5.4%。", ("indirect", "贸易额增长了5.4%。", "报告")),
    ("双方表示相信，合作将进一步深化。", ("indirect", "合作将进一步深化。", "双方")),
    ("卡林坦言，改革面临不少困难。", ("indirect", "改革面临不少困难。", "卡林")),
    ("别克捷诺夫承认，部分地区供暖存在问题。", ("indirect", "部分地区供暖存在问题。", "别克捷诺夫")),
    ("外交部回应称，哈方将采取对等措施。", ("indirect", "哈方将采取对等措施。", "外交部")),
    ("托卡耶夫告诉记者，改革将继续推进。", ("indirect", "改革将继续推进。", "托卡耶夫")),
    # 谈到 before a comma reports as 提到 does (with an object, 在谈到…时, it reports nothing)
    ("该部门负责人谈到，今年已修建公路200公里。", ("indirect", "今年已修建公路200公里。", "该部门负责人")),
    # where a statement was issued is no part of who issued it
    ("外交部在其官网上发布声明称，哈方对事件表示关切。", ("indirect", "哈方对事件表示关切。", "外交部")),
    # 指出 and 提到, as 强调: the statement runs on over the paragraph
    (
        "教练指出，女队表现出色。在两场锦标赛中，她们斩获3金。",
        ("indirect", "女队表现出色。在两场锦标赛中，她们斩获3金。", "教练"),
    ),
    (
        "-确保国家机器高效运转，至关重要，-他评论道。",
        ("direct", "确保国家机器高效运转，至关重要，", "他"),
    ),
    (
        "-那是艰难的岁月，-他回忆道。",  # how he said it (回忆, 总结, 感叹, 坦言) is no part of him
        ("direct", "那是艰难的岁月，", "他"),
    ),
    (
        "他也提到，上周召开了会议。教练们建议下调参赛年龄。",  # the coaches' proposal is no more of his report
        ("indirect", "上周召开了会议。", "他"),
    ),
]


@pytest.mark.parametrize("sentence", ["他承认错误并道歉。", "该公司证实了这一消息。", "部长警告各方不要冒险。"])
def test_chinese_verbs_with_an_object_report_nothing(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    """承认, 证实, 警告 take plain objects too; only before a comma, a colon or 说 do they report
    (``reporting_verbs.tsv``, column ``object``)."""
    assert annotate(pipeline, f"标题\n\n{sentence}\n").quotes == []


@pytest.mark.parametrize(("sentence", "expected"), CHINESE)
def test_chinese_quote_forms(pipeline, sentence: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"标题\n\n{sentence}\n")
    assert [found[:3] for found in described(doc)] == [expected]


def test_colon_then_a_quoted_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n署长别克扎特·努尔兰诺夫介绍了情况。\n\n他表示：\n\n“目前已收到超过2万份建议。”\n\n"
        "据努尔兰诺夫介绍，名称分为三类：\n\n“第一类与地理位置相关。”\n",
    )
    found = described(doc)
    assert ("direct", "目前已收到超过2万份建议。", "他", "per:zh:别克扎特·努尔兰诺夫") in found
    assert ("direct", "第一类与地理位置相关。", "努尔兰诺夫", "per:zh:别克扎特·努尔兰诺夫") in found
    assert ("indirect", "名称分为三类", "努尔兰诺夫", "per:zh:别克扎特·努尔兰诺夫") in found


def test_chinese_look_alikes_are_not_quotes(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "托卡耶夫总统：要吸取教训\n\n会谈重点关注以下问题：\n\n- 增加双边货物运输量；\n\n- 减少边境列车停留时间。\n\n"
        "双方强调了合作的重要性。总统向人民表示祝贺。第二类名称涉及重要的历史人物。据悉，会谈在大使馆举行。"
        "据外交部消息，双方举行会谈。专家对此进行了介绍。\n",
    )
    assert doc.quotes == []


def test_pronouns_resolve_across_paragraphs(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n参议院主席达丽哈·纳扎尔巴耶娃会见了俄罗斯议员弗拉基米尔·沙曼诺夫。\n\n"
        "纳扎尔巴耶娃指出，合作是重要问题之一。\n\n沙曼诺夫表示，纳扎尔巴耶夫总统做出了重要贡献。\n\n"
        "- 阿斯塔纳成为了解决冲突的中心之一。-他说。\n\n她同时表示，双方应加强合作。\n",
    )
    speakers = [(q.kind, q.speaker_entity_id) for q in doc.quotes]
    assert speakers == [
        ("indirect", "per:dariga-nazarbayeva"),
        ("indirect", "per:vladimir-shamanov"),
        ("direct", "per:vladimir-shamanov"),  # not Nazarbayev, who is named inside the quote before
        ("indirect", "per:dariga-nazarbayeva"),  # 她: the nearest woman who spoke
    ]


def test_a_russian_pronoun_finds_a_man_named_in_the_genitive(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Омарова is the genitive of Омаров as well as a woman's name: the man's normal form decides."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам Бауыржана Омарова, проект окупится за пять лет. Также он добавил, что инвесторы "
        "уже найдены.\n\nПо мнению Айгерим Такеновой, цены вырастут. Она уточнила, что спрос высокий.\n",
    )
    speakers = [(q.attribution, q.speaker_entity_id) for q in doc.quotes]
    assert speakers[:2] == [("explicit", "per:ru:Бауыржан Омаров"), ("pronoun", "per:ru:Бауыржан Омаров")]
    woman = speakers[2][1]
    assert woman and woman.startswith("per:ru:Айгерим") and speakers[3] == ("pronoun", woman)  # Она


def test_a_pronoun_opening_an_article_cut_before_the_name_stands_for_the_next_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "По его словам, всем органам необходимо приложить все усилия.\n\n"
        "— Надо переходить от слов к делу, — сказал Олжас Бектенов.\n\nОн также отметил, что сроки сжаты.\n",
    )
    speakers = [(q.attribution, q.speaker_entity_id) for q in doc.quotes]
    assert speakers[0] == ("pronoun", "per:olzhas-bektenov")
    doc = annotate(pipeline, "По ее словам, всем органам необходимо приложить усилия, сообщил Олжас Бектенов.\n")
    assert doc.quotes[0].speaker_entity_id != "per:olzhas-bektenov"  # a woman is not the man named after


def test_a_pronoun_opening_an_article_is_the_holder_of_the_title_that_speaks_after_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A page that lost its headline opens with 他说; the article names the speaker later only by title."""
    doc = annotate(
        pipeline,
        " date 2025-12-11\n标题\n\n他说，为吸引投资者，奇姆肯特市正在建设两个新的工业区。\n\n"
        "市长指出，奇姆肯特正继续推进区域枢纽建设工作。\n\n他补充说，奇姆肯特市经济共吸引投资超过2万亿坚戈。\n",
    )
    assert [(q.attribution, q.speaker_entity_id) for q in doc.quotes] == [
        ("pronoun", "per:gabit-syzdykbekov"),
        ("descriptor", "per:gabit-syzdykbekov"),
        ("pronoun", "per:gabit-syzdykbekov"),
    ]
    # a woman is not the man named after her pronoun
    doc = annotate(
        pipeline,
        " date 2025-12-11\n标题\n\n她说，为吸引投资者，奇姆肯特市正在建设两个新的工业区。\n\n"
        "市长指出，奇姆肯特正继续推进区域枢纽建设工作。\n",
    )
    assert doc.quotes[0].speaker_entity_id is None
    # a pronoun after an office whose holder the article never names stays nobody's
    doc = annotate(
        pipeline,
        " date 2025-12-11\n标题\n\n副外长强调了该项目的重要性。他说，此类大型项目至关重要。\n\n"
        "市长指出，奇姆肯特正继续推进区域枢纽建设工作。\n",
    )
    assert doc.quotes[0].speaker_entity_id is None


def test_descriptor_resolves_to_the_person_given_that_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长努尔达乌列特·科伊勒拜出席了发布会。专家阿扎马特·拜加利耶夫也出席了。\n\n"
        "- 投资协议正在敲定中。-州长说。\n",
    )
    quote = doc.quotes[0]
    assert (quote.attribution, quote.speaker_entity_id) == ("descriptor", "per:nurdaulet-kilybay")


def test_a_chinese_title_goes_to_the_name_it_touches_not_to_a_name_further_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n阿利别克·萨特巴耶夫总统出席了会议。\n\n"
        "总统特别赞扬了该州州长叶尔兰·阿曼吉尔季耶夫的积极作为。\n\n"
        "总统强调，该州在各领域均呈现强劲发展势头。\n\n"
        "州长表示，明年将新建三所学校。\n",
    )
    ids = person_ids(doc)
    speakers = written_speakers(doc)
    assert speakers == [("总统", ids["阿利别克·萨特巴耶夫"]), ("州长", ids["叶尔兰·阿曼吉尔季耶夫"])]


def test_a_short_chinese_title_names_whoever_was_given_it_written_out(pipeline) -> None:  # type: ignore[no-untyped-def]
    """副外长 is 外交部副部长 shortened (titles.tsv, written_out): the deputy minister introduced in full speaks."""
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦外交部副部长阿利别克·萨特巴耶夫会见了代表团团长叶尔兰·阿曼吉尔季耶夫。\n\n"
        "阿曼吉尔季耶夫表示，代表团将评估选举的筹备情况。\n\n"
        "哈副外长表示，有关部门愿意提供一切必要支持。\n",
    )
    ids = person_ids(doc)
    speakers = written_speakers(doc)
    assert speakers == [("阿曼吉尔季耶夫", ids["叶尔兰·阿曼吉尔季耶夫"]), ("哈副外长", ids["阿利别克·萨特巴耶夫"])]
    doc = annotate(  # the short title given as itself still names its holder
        pipeline,
        "标题\n\n俄罗斯外长阿利别克·萨特巴耶夫会见了代表团团长叶尔兰·阿曼吉尔季耶夫。\n\n"
        "阿曼吉尔季耶夫表示，代表团将评估选举的筹备情况。\n\n外长表示，俄方愿意提供支持。\n",
    )
    assert doc.quotes[-1].speaker_entity_id == person_ids(doc)["阿利别克·萨特巴耶夫"]
    doc = annotate(  # written out after another country, it is that country's deputy minister, not Kazakhstan's
        pipeline,
        "标题\n\n乌兹别克斯坦外交部副部长阿利别克·萨特巴耶夫会见了代表团团长叶尔兰·阿曼吉尔季耶夫。\n\n"
        "哈副外长表示，有关部门愿意提供一切必要支持。\n",
    )
    assert doc.quotes[-1].speaker_entity_id is None
    doc = annotate(  # a country's one-character name and a title are an office, no person the tagger may read
        pipeline,
        "标题\n\n哈萨克斯坦国防部长阿利别克·萨特巴耶夫会见了代表团。\n\n哈防长表示，双方将加强合作。\n\n俄防长表示，支持合作。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [person_ids(doc)["阿利别克·萨特巴耶夫"], None]
    assert not [m for m in doc.mentions if m.label == "PER" and doc.span(m.start, m.end).endswith("防长")]


@pytest.mark.parametrize(
    "text",
    [
        "标题\n\n阿利别克·萨特巴耶夫感谢塔吉克斯坦总统埃莫马利·拉赫蒙的热情接待，并感谢俄罗斯总统普京的贡献。\n\n"
        "- 中亚是一个具有快速发展潜力的地区。-他说。\n",
        "Title\n\nAlibek Satbayev thanked Tajik President Emomali Rahmon and Russian President Vladimir Putin for "
        'the warm welcome.\n\n"Central Asia is a region with great potential," he said.\n',
        "Заголовок\n\nАлибек Сатбаев поблагодарил президента Таджикистана Эмомали Рахмона и президента России "
        "Владимира Путина.\n\n— Центральная Азия обладает большим потенциалом, — сказал он.\n",
    ],
)
def test_a_pronoun_stands_for_the_subject_of_the_sentence_before_not_its_last_name(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, text)
    subject = next(m for m in doc.mentions if m.label == "PER")  # Alibek Satbayev, who did the thanking
    (quote,) = doc.quotes
    assert (quote.attribution, quote.speaker_entity_id) == ("pronoun", subject.entity_id)


def test_she_is_a_woman_whose_name_does_not_say_so_but_never_a_man(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长阿利别克·萨特巴耶夫出席了开幕式。记者采访了当地青年古丽努尔。\n\n"
        "“我选择回到家乡，为家乡的发展贡献力量。”她说。\n\n"
        "“我们的计划是明年完工。”她表示。\n",
    )
    ids = person_ids(doc)
    assert [q.speaker_entity_id for q in doc.quotes] == [ids["古丽努尔"]] * 2


RUSSIAN_REPORT = (
    "Заголовок\n\nКасым-Жомарт Токаев дал поручения акиму города Алибеку Сатбаеву и министру Ерлану Аманову.\n\n"
    "После отчета акима Алибека Сатбаева президент отметил, что в городе предстоит большая работа.\n\n"
    "В заключение глава государства отметил, что город надо сделать зеленым.\n\n"
    "Аким отчитался о работе.\n\n"
    "«Средства будут направлены по другим программам», — сказал министр, отвечая на вопросы журналистов.\n\n"
    "Министерство переезжает в Дом министерств, сообщает агентство КазИнформ.\n\n"
    "Министерство переезжает в Дом министерств, сообщает МИА «Казинформ».\n\n"
    "Прием документов продлен до пятницы, сообщило Агентство по делам государственной службы.\n"
)


def test_russian_speakers_a_bare_title_a_clause_after_the_speaker_and_agency_sourcing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, RUSSIAN_REPORT)
    found = described(doc)
    # the title after a name in the genitive is the subject; a bare title is the office holder the article names
    assert ("indirect", "в городе предстоит большая работа.", "президент", "per:kassym-jomart-tokayev") in found
    assert ("indirect", "город надо сделать зеленым.", "глава государства", "per:kassym-jomart-tokayev") in found
    minister = next(m.entity_id for m in doc.mentions if doc.span(m.start, m.end) == "Ерлану Аманову")
    assert ("direct", "Средства будут направлены по другим программам", "министр", minister) in found
    # a news agency reporting is agency sourcing; a government agency that reports speaks
    assert not any("переезжает" in quote for _, quote, _, _ in found)
    assert any(quote.startswith("Прием документов") for _, quote, _, _ in found)


def test_russian_persons_a_title_alone_is_nobody_and_a_given_name_in_case_is_one_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, RUSSIAN_REPORT)
    persons = {doc.span(m.start, m.end): m.entity_id for m in doc.mentions if m.label == "PER"}
    assert "Аким" not in persons  # `Аким отчитался`: the title, not the given name Аким
    assert persons["Алибеку Сатбаеву"] == persons["Алибека Сатбаева"] == "per:ru:Алибек Сатбаев"


def test_russian_a_linking_word_before_an_inserted_source_is_no_part_of_the_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nБлагодаря этому, по словам акима региона Бейбита Исабаева, количество школ сократилось.\n\n"
        "В прошлом году, по словам министра, объем производства вырос на 5%.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "количество школ сократилось.",  # `Благодаря этому`: the article's link, not the akim's words
        "объем производства вырос на 5%.",  # a circumstance of time before the source, as annotators leave it out
    ]


def test_russian_a_former_title_is_nobody_and_he_is_the_person_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nБывший аким Астаны Алтай Кульгинов приехал на стройку.\n\n"
        "Экс-акима спросили о том, как он оценивает проект.\n\n"
        "— Оценивать проект будут жители, — заявил он.\n",
    )
    persons = {doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"}
    assert persons == {"Алтай Кульгинов"}  # `Экс-акима`: the former akim's title, no person of its own
    assert speaker_names(pipeline, doc) == ["Altai Kulginov"]


def test_english_agency_sourcing_by_an_outlet_and_him(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nForeign Minister Murat Nurtleu met his counterpart.\n\n"
        "According to him, the forum will be held in Kokshetau this year.\n\n"
        "The ministry will move to the House of Ministries, TASS news agency reports.\n\n"
        "The law on combating crime was signed on Thursday, Akipress reports via Akorda.\n\n"
        "Unemployment fell to 4.7 percent in the third quarter, the Statistics Agency reports.\n",
    )
    found = described(doc)
    assert ("indirect", "the forum will be held in Kokshetau this year.", "him", "per:murat-nurtleu") in found
    assert not any("House of Ministries" in quote or "combating crime" in quote for _, quote, _, _ in found)
    assert any(quote.startswith("Unemployment fell") for _, quote, _, _ in found)  # a body reports


def test_a_russian_pronoun_stands_for_the_subject_whatever_the_word_order(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nСообщение об отставке министра Ерлана Аманова опроверг пресс-секретарь ведомства "
        "Алибек Сатбаев.\n\n— Это не соответствует действительности, — сказал он.\n",
    )
    (quote,) = doc.quotes
    assert quote.speaker_entity_id == person_ids(doc)["Алибек Сатбаев"]  # the nominative, not the first name


def test_russian_a_department_for_a_region_is_one_body_and_its_bare_head_points_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо данным Департамента экологии по Павлодарской области, замеры воздуха проводились два дня.\n\n"
        "— Превышений не выявлено, — сообщили в Департаменте.\n",
    )
    orgs = [doc.span(m.start, m.end) for m in doc.mentions if m.label == "ORG"]
    assert orgs == ["Департамента экологии по Павлодарской области"]  # the bare head is no name of its own
    assert [pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes] == [
        "Department of Ecology for Pavlodar Region"
    ] * 2


def test_russian_a_title_after_an_occasion_and_a_leader_named_after_the_lead(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nНовая программа поможет фермерам, сообщил депутат Мажилиса Ерлан Саиров.\n\n"
        "Выступая на заседании комиссии мажилисмен отметил, что субсидии вырастут.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:yerlan-sairov"] * 2  # the occasion, then who spoke
    lead = annotate(
        pipeline,
        "Заголовок\n\nПо словам американского лидера, переговоры пройдут в пятницу.\n\n"
        "Президент США Джо Байден заявил, что рассчитывает на успех.\n",
    )
    assert lead.quotes[0].speaker_entity_id == lead.quotes[1].speaker_entity_id == "per:joe-biden"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a governor the article never names: the head of the region it names, on its date
        (
            " date 2025-11-20\n标题\n\n东哈萨克斯坦州农业发展势头良好。\n\n州长指出，中小企业仍是吸纳就业的主力军。\n",
            "per:nurymbet-saktaganov",
        ),
        (
            " date 2024-05-01\n标题\n\n东哈萨克斯坦州农业发展势头良好。\n\n州长指出，中小企业仍是吸纳就业的主力军。\n",
            "per:yermek-kosherbayev",
        ),
        # a city's akim, the place written with the title
        (
            " date 2024-01-10\nЗаголовок\n\n— Мы создадим 500 рабочих мест, — сказал аким Шымкента.\n",
            "per:gabit-syzdykbekov",
        ),
        (
            " date 2021-03-01\nTitle\n\nFarmers in Pavlodar region sowed wheat early. The harvest will be good, "
            "the governor said.\n",
            "per:abylkair-skakov",
        ),
        # a district's akim, or a town's with no such office listed: nobody the table names
        (
            " date 2024-01-10\nЗаголовок\n\nВ Туркестанской области открыли школу.\n\n"
            "— Школа рассчитана на 600 мест, — сказал аким района.\n",
            None,
        ),
        (
            " date 2024-01-10\nЗаголовок\n\nВ Туркестанской области открыли школу.\n\n"
            "— Школа рассчитана на 600 мест, — сказал аким Кентау.\n",
            None,
        ),
    ],
)
def test_a_local_title_alone_is_the_head_of_the_place_on_the_articles_date(
    pipeline, text: str, speaker: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert [quote.speaker_entity_id for quote in annotate(pipeline, text).quotes] == [speaker]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a minister named by the ministry's field alone, on the article's date
        (" date 2024-06-01\n标题\n\n卫生部长指出，疫苗接种工作进展顺利。\n", "per:akmaral-alnazarova"),
        (" date 2021-06-01\nЗаголовок\n\nМинистр здравоохранения отметил, что вакцинация идет.\n", "per:alexei-tsoi"),
        (
            " date 2021-06-01\nTitle\n\nThe Minister of Energy said that gas prices will not change.\n",
            "per:magzum-mirzagaliyev",
        ),
        (
            " date 2021-06-01\nTitle\n\nThe new energy minister said that gas prices will not change.\n",
            "per:magzum-mirzagaliyev",
        ),
        # a deputy minister, another country's minister: no one the table lists
        (" date 2020-06-01\n标题\n\n哈萨克斯坦副卫生部长指出，疫苗接种工作进展顺利。\n", None),
        (" date 2023-06-01\nTitle\n\nThe Russian Energy Minister said that gas prices will not change.\n", None),
    ],
)
def test_a_ministers_title_alone_is_the_minister_on_the_articles_date(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    assert [quote.speaker_entity_id for quote in annotate(pipeline, text).quotes] == [speaker]


def test_russian_there_they_said_is_the_body_named_before_and_a_region_named_after_its_noun_stays_a_region(
    pipeline,
) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nЖители пожаловались в акимат Аулиекольского района. Там заявили, что отопление восстановят к "
        "вечеру.\n\nВ области Жетысу построят школу. Как сообщили в областном акимате, школа будет на 600 мест.\n",
    )
    assert speaker_names(pipeline, doc) == ["Auliyekol District Akimat", "Zhetysu Region Akimat"]  # not Zhetysu City


def test_russian_a_regional_department_named_without_its_region_is_the_regions(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Павлодарской области загорелся дом. Как сообщили в ДЧС, в доме проживали пять человек.\n\n"
        "По данным департамента по чрезвычайным ситуациям, пожар потушен.\n\n"
        "Как сообщили в ДЧС Алматы, помощь не понадобилась.\n",
    )
    assert speaker_names(pipeline, doc) == [
        "Pavlodar Region Department of Emergency Situations",
        "Pavlodar Region Department of Emergency Situations",
        "Almaty City Department of Emergency Situations",  # a department named with its own place
    ]


def test_russian_quote_forms(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПремьер-министр Олжас Бектенов провел совещание.\n\n"
        "— При системном подходе мы добьемся результата, — отметил он на заседании правительства.\n\n"
        "«Проект будет завершен в срок», — сказал Бектенов.\n\n"
        "По словам министра, газ придет в регион в 2026 году.\n\n"
        "Премьер-министр заявил, что экспорт вырастет.\n\n"
        "— Работа идет по графику, — сообщил Алмасадам Саткалиев.\n",
    )
    found = described(doc)
    assert ("direct", "При системном подходе мы добьемся результата", "он", "per:olzhas-bektenov") in found
    assert ("direct", "Проект будет завершен в срок", "Бектенов", "per:olzhas-bektenov") in found
    # a bare `министра` is no `премьер-министр`: the minister the article names next
    assert ("indirect", "газ придет в регион в 2026 году.", "министра", "per:almasadam-satkaliyev") in found
    assert ("indirect", "экспорт вырастет.", "Премьер-министр", "per:olzhas-bektenov") in found


def test_english_split_quotes_manner_adverbs_long_descriptions_and_the_agency_reporter(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"We have launched," Nursultan Nazarbayev added, "a multimodal transport corridor. It runs on."\n\n'
        '"Let\'s hope this is not our last meeting," Mr Dzhaksybekov said jokingly.\n\n'
        "SEMEY. KAZINFORM «This year the region plans to build more housing,» head of the construction, architecture "
        "and town planning department Aidyn Begimbekov told a briefing.\n\n"
        "President Nursultan Nazarbayev has met today with captains of industry, Kazinform correspondent in China "
        "reports.\n",
    )
    found = [(kind, quote, entity) for kind, quote, _, entity in described(doc)]
    nazarbayev = "per:nursultan-nazarbayev"
    assert ("direct", "We have launched,", nazarbayev) in found
    assert ("direct", "a multimodal transport corridor. It runs on.", nazarbayev) in found  # the rest of it
    assert ("direct", "Let's hope this is not our last meeting,", person_ids(doc)["Dzhaksybekov"]) in found
    assert ("direct", "This year the region plans to build more housing,", "per:en:Aidyn Begimbekov") in found
    assert not any("captains of industry" in quote for _, quote, _ in found)  # the agency's own reporter
    assert len(found) == 4


def test_state_bodies_of_kazakhstan_speak_under_their_english_names(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n总检察院表示，签署国际协议是一个多阶段的过程。\n\n边境服务局表示，目前边境未实施限制措施。\n\n"
        "Генпрокуратура сообщила, что дело передано в суд.\n\nПо данным генпрокуратуры, с субъектов олигополий "
        "взыскано свыше 1,3 трлн тенге.\n",
    )
    named = speaker_names(pipeline, doc)
    prosecutors = "Prosecutor General's Office of Kazakhstan"  # a common noun in Russian, its name in lower case
    assert named == [
        prosecutors,
        "Border Service of the National Security Committee of Kazakhstan",
        prosecutors,
        prosecutors,
    ]


def test_english_quote_forms(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title of the news\n\nAkim of Akmola region Sergey Kulagin met guests from Poland.\n\n"
        '"Trade relations will grow," he stressed.\n\n'
        "«We will only consider this issue,» said Mr. Kulagin.\n\n"
        "According to the governor, the issue is still under consideration.\n\n"
        "Kulagin noted that trade exceeded $6.3 million.\n",
    )
    found = described(doc)
    kulagin = "per:sergey-kulagin"
    assert ("direct", "Trade relations will grow,", "he", kulagin) in found
    assert ("direct", "We will only consider this issue,", "Kulagin", kulagin) in found
    assert ("indirect", "the issue is still under consideration.", "the governor", kulagin) in found
    assert ("indirect", "trade exceeded $6.3 million.", "Kulagin", kulagin) in found


def test_english_guillemets_in_a_quote_stressing_that_a_long_source_and_the_kazakh_head_of_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Kazakh Head of State noted that some outlets still «throw» fake news.\n\n"
        "«Some outlets continue «throwing» fake news,» said the Kazakh President.\n\n"
        "«The campaign kicked off on February 1,» Alexei Tsoi elaborated.\n\n"
        "Akim Altai Kulginov reported on the economy, stressing that life expectancy has reached 75 years. "
        "It was cold, noting that winter is near.\n\n"
        "According to deputy director for science of the Kasteyev State Museum of Arts Svetlana Kobzhanova, the "
        "exhibition is dedicated to the 30th anniversary of Independence.\n",
    )
    tokayev = "per:kassym-jomart-tokayev"
    assert [(kind, content, entity) for kind, content, _, entity in described(doc)] == [
        ("indirect", "some outlets still «throw» fake news.", tokayev),
        ("direct", "Some outlets continue «throwing» fake news,", tokayev),
        ("direct", "The campaign kicked off on February 1,", "per:alexei-tsoi"),
        ("indirect", "life expectancy has reached 75 years.", "per:altai-kulginov"),  # `It` is nobody
        (
            "indirect",
            "the exhibition is dedicated to the 30th anniversary of Independence.",
            "per:en:Svetlana Kobzhanova",
        ),
    ]


def test_quotes_table_and_command(seeds_dataset: Path) -> None:
    documents = {r["doc_id"]: r["text"] for r in pq.read_table(seeds_dataset / "documents.parquet").to_pylist()}
    rows = pq.read_table(seeds_dataset / "quotes.parquet").to_pylist()
    assert len(rows) == 12 + 39
    for row in rows:
        text = documents[row["doc_id"]]
        assert row["text"] == text[row["start"] : row["end"]]
        if row["speaker_start"] is not None:
            assert row["speaker_text"] == text[row["speaker_start"] : row["speaker_end"]]
    by_spelling = {}
    for spelling in ("Aliyev", "阿利耶夫", "Алиев"):
        result = CliRunner().invoke(main, ["quotes", str(seeds_dataset), "--speaker", spelling, "--format", "json"])
        assert result.exit_code == 0
        by_spelling[spelling] = [row["quote_id"] for row in json.loads(result.stdout)]
    assert len(by_spelling["Aliyev"]) == 33 and by_spelling["Aliyev"] == by_spelling["阿利耶夫"] == by_spelling["Алиев"]
    result = CliRunner().invoke(main, ["quotes", str(seeds_dataset), "--kind", "indirect", "--format", "csv"])
    assert result.exit_code == 0 and len(result.stdout.strip().splitlines()) == 1 + 7


def test_english_quotes_underlining_that_concluded_and_speech_nested_in_a_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title of the news\n\n"
        '"We held a concert in Beijing," Zhang Hanhui said, underlining that interest in Kazakhstan is growing.\n\n'
        '"Our neighbours come first. We always say that a close neighbour is better than a distant relative. '
        'Our ties will grow," the ambassador concluded.\n',
    )
    found = [(quote.kind, doc.span(quote.start, quote.end)[:22]) for quote in doc.quotes]
    assert found == [
        ("direct", "We held a concert in B"),
        ("indirect", "interest in Kazakhstan"),
        ("direct", "Our neighbours come fi"),  # and not `a close neighbour …`: said inside the quotation
    ]
    unattributed = annotate(  # a quotation no one is named for, inside a paragraph
        pipeline,
        'Title\n\nThe visit ended with a concert. "Our neighbours come first. We always say that a close '
        'neighbour is the best friend." The guests left.\n',
    )
    assert not [q for q in unattributed.quotes if q.kind == "indirect"]


def test_english_title_phrases_and_adding_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title of the news\n\nThe delegation was led by Senior Marshal of the Senate Stanisław Karczewski.\n\n"
        '"Exports will double," said Mr. Kulagin adding that the region needs investors.\n\n'
        "The Senior Marshal of the Polish Senate thanked Kulagin and noted that his country is ready to cooperate.\n\n"
        '"Trade is growing," Kulagin said during the talks, adding that two plants would open.\n',
    )
    found = described(doc)
    assert ("direct", "Exports will double,", "Kulagin", "per:sergey-kulagin") in found
    assert ("indirect", "the region needs investors.", "Kulagin", "per:sergey-kulagin") in found
    assert ("indirect", "two plants would open.", "Kulagin", "per:sergey-kulagin") in found  # after a circumstance
    marshal = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith("his country"))
    assert (marshal.attribution, marshal.speaker_entity_id) == ("descriptor", "per:stanislaw-karczewski")
    long_subject = annotate(  # over 80 characters before the verb: the speaker is the whole capitalised subject
        pipeline,
        "Title of the news\n\nThe Senior Marshal of the Polish Senate thanked governor Kulagin for warm reception and "
        "noted that his country is always ready to cooperate.\n",
    )
    (quote,) = long_subject.quotes
    assert long_subject.span(quote.speaker_start, quote.speaker_end) == "The Senior Marshal of the Polish Senate"


RUSSIAN_FORMS = [
    (
        "Как сообщили в пресс-службе акимата, ремонт дороги завершат в мае. Подрядчик уже выбран.\n",
        ("indirect", "ремонт дороги завершат в мае. Подрядчик уже выбран.", "пресс-службе акимата"),
    ),
    (
        "По данным департамента статистики, население города выросло на 2%.\n",
        ("indirect", "население города выросло на 2%.", "департамента статистики"),
    ),
    (  # agency sourcing closing the sentence is not what was said
        "Министр Ерлан Карин заявил, что тарифы не изменятся, передает корреспондент агентства Kazinform.\n",
        ("indirect", "тарифы не изменятся", "Ерлан Карин"),
    ),
    (
        "По данным акимата, парк вагонов будет обновлен к 2030 году, сообщает Zakon.kz.\n",
        ("indirect", "парк вагонов будет обновлен к 2030 году", "акимата"),
    ),
    (
        "Согласно информации ведомства, в регионе построят 12 школ.\n",
        ("indirect", "в регионе построят 12 школ.", "ведомства"),
    ),
    (
        "По мнению экспертов, цены на жилье стабилизируются.\n",
        ("indirect", "цены на жилье стабилизируются.", "экспертов"),
    ),
    (
        "Министр энергетики Ерлан Аккенженов пояснил, что новые тарифы вступят в силу в июле. Жители уже уведомлены.\n",
        ("indirect", "новые тарифы вступят в силу в июле.", "Ерлан Аккенженов"),
    ),
    (
        "«Тарифы для населения не изменятся до конца года», - сообщает департамент энергетики.\n",
        ("direct", "Тарифы для населения не изменятся до конца года", "департамент энергетики"),
    ),
    (
        "Утром аким провел совещание с фермерами, сказали в администрации района.\n",
        ("indirect", "Утром аким провел совещание с фермерами", "администрации района"),
    ),
    (
        "Отмечается, что работы ведутся круглосуточно.\n",
        ("indirect", "работы ведутся круглосуточно.", None),
    ),
    (
        "Строительство школы начнется весной. Об этом сообщил аким района Марат Сеитов.\n",
        ("indirect", "Строительство школы начнется весной.", "Марат Сеитов"),
    ),
    (
        "— Мы начали работу. Первые результаты будут к осени, — говорит Б. Мусин.\n",
        ("direct", "Мы начали работу. Первые результаты будут к осени", "Б. Мусин"),
    ),
    (
        "— Сначала тепло подается в школы, — сказал он. — Затем в жилые дома.\n",
        ("direct", "Сначала тепло подается в школы", "он"),
    ),
]


def test_russian_split_dash_quote_is_two_quotes_with_one_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Заголовок\n\n— Сначала тепло подается в школы, — сказал он. — Затем в жилые дома.\n")
    assert [(kind, content) for kind, content, _, _ in described(doc)] == [
        ("direct", "Сначала тепло подается в школы"),
        ("direct", "Затем в жилые дома."),
    ]


def test_a_russian_dash_quote_keeps_its_exclamation_and_drops_only_the_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n— Я присуждаю тебе максимальный балл, 12! — сказала она.\n\n"
        "— Все хорошо! — сказал он. — Работаем дальше.\n\n— Тепло подается в школы, — сказал он.\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "Я присуждаю тебе максимальный балл, 12!",
        "Все хорошо!",
        "Работаем дальше.",
        "Тепло подается в школы",
    ]


def test_russian_look_alikes_are_not_quotes(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n"
        "Ранее сообщалось, что тарифы на газ вырастут.\n\n"
        "Также сообщалось, что сильный ветер осложнял тушение пожара.\n\n"
        "Напомним, в этом году ожидают урожай в 24 млн тонн.\n\n"
        "Напомним, что тарифы на газ вырастут.\n\n"
        "Было установлено, что пожар начался из-за проводки.\n\n"
        "Об этом передает МИА «Казинформ» со ссылкой на пресс-службу министерства.\n\n"
        "Премьер-министр поручил, чтобы проект завершили в срок.\n\n"
        "Аким рассказал о ходе газификации столицы.\n",
    )
    assert described(doc) == []


def test_a_russian_reminder_of_what_someone_said_is_their_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Напомним, что …` is the article's reminder; `Напомним, X заявила, что …` reminds of X's words."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nНапомним, четвёртого октября официальный представитель МИД РФ Мария Захарова заявила, что "
        "вызывает возмущение развитие ситуации.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "вызывает возмущение развитие ситуации.", "Мария Захарова")
    ]


def test_russian_paragraph_scope_stops_at_a_new_cue(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам министра Ерлана Аккенженова, экспорт вырос. Добыча тоже растет. "
        "Аким области Серик Шапкенов отметил, что регион готов.\n",
    )
    found = [(kind, content) for kind, content, _, _ in described(doc)]
    assert found == [("indirect", "экспорт вырос. Добыча тоже растет."), ("indirect", "регион готов.")]


ENGLISH_FORMS = [
    (  # `believes` before its subject, no quotation marks
        "The new hospital is an important event for the region, believes Minister of Health Aktoty Raimkulova, "
        "Kazinform correspondent reports.\n",
        ("indirect", "The new hospital is an important event for the region", "Aktoty Raimkulova"),
    ),
    (  # `said it is … that …`: the clause begins at `it`
        "Aktoty Raimkulova said it is quite symbolic that the two anniversaries coincided.\n",
        ("indirect", "it is quite symbolic that the two anniversaries coincided.", "Aktoty Raimkulova"),
    ),
    (  # `resumed`: went on speaking, after his words in quotation marks
        "Observer Peter Kmec arrived in Astana. «The voters show high interest in the elections,» he resumed.\n",
        ("direct", "The voters show high interest in the elections,", "he"),
    ),
    (  # the name set off after an office speaks, not the office's last word
        "The Minister of Education, Askhat Aimagambetov, reported that the school year will last 36 weeks.\n",
        ("indirect", "the school year will last 36 weeks.", "Askhat Aimagambetov"),
    ),
    (
        "Akim of the region, Marat Akhmetzhanov, said that the harvest was good this year.\n",
        ("indirect", "the harvest was good this year.", "Marat Akhmetzhanov"),
    ),
    (
        "According to the data of the Minister of Science, Sayasat Nurbek, there are 120 universities in the "
        "country.\n",
        ("indirect", "there are 120 universities in the country.", "Sayasat Nurbek"),
    ),
    (
        "A regional court confirmed Monday it had fined the company for the oil spill, Kazinform has learned from "
        "the court's website.\n",
        ("indirect", "it had fined the company for the oil spill", "A regional court"),
    ),
    (
        "The new bridge over the river will open in August, the regional akimat informs.\n",
        ("indirect", "The new bridge over the river will open in August", "the regional akimat"),
    ),
    (
        "According to the minister, exports grew by 8% this year. Most of the growth came from grain.\n",
        ("indirect", "exports grew by 8% this year. Most of the growth came from grain.", "the minister"),
    ),
    (
        "Deputy Akim Aidar Bekov told reporters on Friday that the road will be repaired by May.\n",
        ("indirect", "the road will be repaired by May.", "Aidar Bekov"),
    ),
]


CHINESE_FORMS = [
    ("会谈最后，双方重申将继续深化在能源领域的合作。\n", ("indirect", "将继续深化在能源领域的合作。", "双方")),
    (
        '"我们的目标是扩大出口,"部长在会上发言时说,"明年出口将增长两成。"\n',
        ("direct", "明年出口将增长两成。", "部长"),
    ),
    (
        "据他介绍,项目将于明年完工。届时将新增500个就业岗位。\n",
        ("indirect", "项目将于明年完工。届时将新增500个就业岗位。", "他"),
    ),
    ("专家强调指出，这一举措十分重要。\n", ("indirect", "这一举措十分重要。", "专家")),
    # a cue after the first one's comma is what was said (预计: he expects), not a second cue
    (
        "州长表示，预计明年旅游季开始时，两座机场即可迎接首架航班。\n",
        ("indirect", "预计明年旅游季开始时，两座机场即可迎接首架航班。", "州长"),
    ),
    ("«我们将继续合作»，大使表示。\n", ("direct", "我们将继续合作", "大使")),
    # a sentence that opens by pointing back at the statement carries it on (对此, 预计, 这一, 特别是)
    (
        "部长表示,今年货运量增长3.3%。预计全年货运量将达到3亿吨。\n",
        ("indirect", "今年货运量增长3.3%。预计全年货运量将达到3亿吨。", "部长"),
    ),
    # a credit in brackets and the day it was said are not who said it
    (
        "新华社努尔苏丹4月16日电(记者任军)哈萨克斯坦卫生部15日宣布,哈萨克斯坦已正式进入疫情高发期。\n",
        ("indirect", "哈萨克斯坦已正式进入疫情高发期。", "哈萨克斯坦卫生部"),
    ),
    ("卫生部近日表示,疫情高发期已经到来。\n", ("indirect", "疫情高发期已经到来。", "卫生部")),
    (
        "副部长说,感染率达每10万人7例。对此,哈将增强检测力度。\n",
        ("indirect", "感染率达每10万人7例。对此,哈将增强检测力度。", "副部长"),
    ),
]


CONSTRUCTIONS = [
    *(("Заголовок", text, expected) for text, expected in RUSSIAN_FORMS),
    *(("Title of the story", text, expected) for text, expected in ENGLISH_FORMS),
    *(("标题", text, expected) for text, expected in CHINESE_FORMS),
]


@pytest.mark.parametrize(("title", "text", "expected"), CONSTRUCTIONS)
def test_quote_constructions(pipeline, title: str, text: str, expected: tuple[str, str, str | None]) -> None:  # type: ignore[no-untyped-def]
    """Each construction of each language gives its quote (kind, content, speaker words as resolved)."""
    doc = annotate(pipeline, f"{title}\n\n{text}")
    found = [(kind, content, speaker) for kind, content, speaker, _ in described(doc)]
    assert expected in found
    for quote in doc.quotes:
        check_offsets(doc, quote)


def test_chinese_bu_chong_shuo_runs_to_the_paragraph_end_and_bu_chong_alone_takes_its_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长努尔兰·阿贝诺夫出席了会议。\n\n他补充说，本州企业与邻国同行合作多年。近年来，本州积极发展职业教育。\n\n"
        "他还补充，本州企业与邻国同行合作多年。近年来，本州积极发展职业教育。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "本州企业与邻国同行合作多年。近年来，本州积极发展职业教育。",  # 补充说 as 说: the statement runs on
        "本州企业与邻国同行合作多年。",  # 补充 (added): its own sentence
    ]


def test_chinese_a_pronoun_after_an_office_no_one_named_holds_is_nobody_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    opening = (
        "标题\n\n哈萨克斯坦外交部长穆赫塔尔·特列吾别尔德会见了欧亚青年议会联盟代表团。"
        "特列吾别尔德表示，改革进展顺利。\n\n"
    )
    office = "欧亚青年议会联盟主席对哈萨克斯坦的改革表示支持。他认为，改革体现了民主精神。\n"
    unnamed = annotate(pipeline, opening + office)
    assert [(unnamed.span(q.start, q.end), q.speaker_entity_id) for q in unnamed.quotes] == [
        ("改革进展顺利。", "per:mukhtar-tileuberdi"),
        ("改革体现了民主精神。", None),  # the union's president, whom the article does not name: not the minister
    ]
    named = annotate(pipeline, opening + "欧亚青年议会联盟主席马拉特·别克出席了会见。\n\n" + office)
    assert named.quotes[-1].speaker_entity_id == "per:zh:马拉特·别克"  # named with the office: its holder


def test_chinese_a_report_of_what_another_said_is_the_reporters_and_a_noteworthy_remark_is_the_articles(
    pipeline,
) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n部长努尔兰·别克指出，国家元首此前在大会上专门强调，保护北咸海具有重要战略意义。\n\n"
        "今日俄罗斯电视台称，托卡耶夫表示，两国关系良好。\n\n"
        "学者认为墓主属于精英战士阶层。特别引人注目的是墓中出土的一柄青铜短剑。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("国家元首此前在大会上专门强调，保护北咸海具有重要战略意义。", "per:zh:努尔兰·别克"),  # the minister's report
        ("两国关系良好。", "per:kassym-jomart-tokayev"),  # an outlet passes on the words of the one it names
        ("墓主属于精英战士阶层。", None),  # 引人注目的是 (noteworthy is …): the article's own remark ends the run
    ]


def test_chinese_ti_xing_before_a_comma_reports_and_before_people_appeals(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`他同时提醒，…`: what he pointed out; `气象部门提醒公众注意…`: an appeal to the public, no words reported."""
    doc = annotate(
        pipeline,
        "标题\n\n他同时提醒，全球对人工智能人才的需求正在快速增长。因此，仅依靠教育体系是不够的。\n\n"
        "气象部门提醒公众注意天气变化。\n",
    )
    assert [(doc.span(q.start, q.end), q.cue) for q in doc.quotes] == [
        ("全球对人工智能人才的需求正在快速增长。因此，仅依靠教育体系是不够的。", "提醒")
    ]


def test_chinese_cue_followed_by_gei_introduces_to_someone_and_reports_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`将歌德的作品介绍给哈萨克人`: introduced to someone, no report of what the Kazakhs were told."""
    doc = annotate(pipeline, "标题\n\n阿拜是将歌德、普希金和拜伦作品介绍给哈萨克人的首批文学家之一。\n")
    assert doc.quotes == []


def test_chinese_second_cue_after_bing_starts_a_second_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`与会者们宣称A，并宣布B`: two quotes of one speaker, the first ending before the comma; `并表示感谢` reports
    nothing, so the first quote stays whole."""
    doc = annotate(
        pipeline,
        "标题\n\n州长努尔达乌列特·科伊勒拜表示，今年产量将增长，并强调要加强合作。\n\n部长表示，今年产量将增长，并表示感谢。\n",
    )
    found = [(doc.span(q.start, q.end), q.cue, q.speaker_entity_id) for q in doc.quotes]
    speaker = found[0][2]
    assert speaker is not None
    assert found[:2] == [("今年产量将增长", "表示", speaker), ("要加强合作。", "强调", speaker)]
    assert found[2][0] == "今年产量将增长，并表示感谢。"


def test_chinese_subject_of_the_sentence_speaks_after_bing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长努尔达乌列特·科伊勒拜表示，合作前景广阔。\n\n"
        "中国驻哈大使韩春霖感谢州政府的接待，并指出该地区具有巨大潜力。\n",
    )
    last = doc.quotes[-1]
    assert doc.span(last.start, last.end) == "该地区具有巨大潜力。"
    assert last.speaker_entity_id == "per:han-chunlin"


def linear_document(pipeline, head: str, unit: str, count: int) -> Document:  # type: ignore[no-untyped-def]
    """The document of ``count`` copies of ``unit``, annotated no slower per copy than one of a tenth its length
    (10x the input, well under 100x the time): what each quote looks back at is bounded, never the whole text."""
    import time

    annotate(pipeline, head + unit * 20)  # models loaded
    started = time.perf_counter()
    annotate(pipeline, head + unit * (count // 10))
    small_time = time.perf_counter() - started
    started = time.perf_counter()
    doc = annotate(pipeline, head + unit * count)
    assert time.perf_counter() - started < 25 * small_time + 1.0
    return doc


def test_no_quote_overlaps_another_and_dash_lines_stay_linear(pipeline) -> None:  # type: ignore[no-untyped-def]
    import itertools

    line = "- 我们将继续推进合作。-他说。\n\n"
    doc = linear_document(pipeline, "标题\n\n", line, 5000)
    assert len(doc.quotes) == 5000
    spans = sorted((q.start, q.end) for q in doc.quotes)
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(spans))
    pair = "—我们将继续推进合作，这是双方共同的目标。\n\n" + line  # a dash run: the first takes the second's speaker
    assert len(linear_document(pipeline, "标题\n\n", pair, 2500).quotes) == 5000


def test_a_body_named_again_without_its_place_stays_linear(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`По информации управления культуры` looks back for the department written with a place adjective: each quote
    looks at the nearest writing only, so a long document of such paragraphs costs the same per quote; a body
    speaking without its place is looked up once per document among the bodies named in full."""
    paragraph = "Работы ведет областное управление культуры. По информации управления культуры, ремонт завершится.\n\n"
    assert len(linear_document(pipeline, "Заголовок\n\n", paragraph, 1000).quotes) == 1000
    paragraph = (
        "Как сообщили в управлении энергетики и жилищно-коммунального хозяйства, сезон начнется в срок.\n\n"
        "— Котельные готовы, — сообщили в управлении энергетики и ЖКХ области Жетысу.\n\n"
    )
    doc = linear_document(pipeline, "Заголовок\n\n", paragraph, 1000)
    assert {pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes} == {
        "Zhetysu Region Department of Energy and Housing and Communal Services"
    }


def test_quotes_filter_by_a_body_that_speaks(tmp_path: Path) -> None:
    from corpus.reader import find_quotes
    from tests.conftest import run_build

    source = tmp_path / "src"
    source.mkdir()
    (source / "ru.txt").write_text(
        "Заголовок\n\n«Тарифы не изменятся до конца года», — сообщили в Министерстве энергетики.\n\n"
        "— Работы завершат в мае, — сказал аким района Марат Сеитов.\n",
        encoding="utf-8",
    )
    out = tmp_path / "out"
    run_build([source], out)
    by_body = find_quotes(out, speaker="Министерство энергетики")
    assert [row["text"] for row in by_body] == ["Тарифы не изменятся до конца года"]
    assert by_body[0]["speaker_entity_id"].startswith("org:")
    assert [row["text"] for row in find_quotes(out, speaker="Сеитов", lang="ru")] == ["Работы завершат в мае"]
    (source / "ru.txt").write_text(
        "Заголовок\n\nВсе системы оповещения сработали штатно, сообщили в пресс-службе акимата Алматы.\n",
        encoding="utf-8",
    )
    run_build([source], out)
    found = find_quotes(out, speaker="Almaty City Akimat press service")  # as the name column shows it
    assert [row["text"] for row in found] == ["Все системы оповещения сработали штатно"]


def test_a_repeated_label_with_nothing_after_it_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Interview\n\nJournalist: What next?\n\nJournalist:\n\nPresident: We go on.\n",
        "采访\n\n记者：下一步是什么？\n\n记者：\n\n总统：继续合作。\n",
    ):
        doc = annotate(pipeline, text)
        assert doc.quotes and all(q.end > q.start for q in doc.quotes)


def test_long_runs_of_quotation_marks_stay_linear(pipeline) -> None:  # type: ignore[no-untyped-def]
    import time

    timings = []
    for size in (1000, 8000):
        started = time.perf_counter()
        annotate(pipeline, "标题\n\n" + "“" * size + "\n\nTitle\n\n" + "«„" * size + "\n")
        timings.append(time.perf_counter() - started)
    assert timings[1] < 20 * timings[0] + 1.0  # 8x the text, nowhere near 64x the time


@pytest.mark.parametrize(
    ("date", "holder"),
    [("2018-05-04", "per:nursultan-nazarbayev"), ("2024-05-04", "per:kassym-jomart-tokayev")],
)
def test_an_office_speaks_through_its_holder_on_the_articles_date(pipeline, date: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    text = f"date {date}\n\nЗаголовок\n\nГлава государства отметил, что реформа будет продолжена.\n"
    doc = annotate(pipeline, text)
    assert doc.date is not None and doc.date.isoformat() == date
    assert [(q.kind, q.speaker_entity_id) for q in doc.quotes] == [("indirect", holder)]


def test_the_head_of_state_and_titles_in_english_and_russian(pipeline) -> None:  # type: ignore[no-untyped-def]
    english = annotate(pipeline, "Title\n\nThe Head of State noted that the reform would continue.\n")
    assert [q.speaker_entity_id for q in english.quotes] == ["per:kassym-jomart-tokayev"]
    counselor = annotate(
        pipeline,
        "Title\n\nState Counselor Daniyar Ospanov chaired the meeting in Astana.\n\n"
        '"The work goes on," the State Counselor said.\n',
    )
    assert [q.speaker_entity_id for q in counselor.quotes] == ["per:en:Daniyar Ospanov"]
    russian = annotate(
        pipeline,
        "Заголовок\n\nЗаседание провел первый заместитель министра Марат Сеитов.\n\n"
        "По словам первого заместителя министра, работы завершат в мае.\n",
    )
    assert [q.speaker_entity_id for q in russian.quotes] == ["per:ru:Марат Сеитов"]
    country = annotate(pipeline, "Заголовок\n\n— Меняется менталитет, — отметил Глава страны.\n")
    assert [q.speaker_entity_id for q in country.quotes] == ["per:kassym-jomart-tokayev"]  # as Глава государства


def test_a_known_person_spelled_with_another_given_name_links(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title\n\nErlan Karin noted that the proposals were collected.\n")
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:yerlan-karin"]
    other = annotate(pipeline, "Title\n\nArman Karin noted that the proposals were collected.\n")
    assert [q.speaker_entity_id for q in other.quotes] != ["per:yerlan-karin"]  # two letters off: someone else


def test_russian_impersonal_adverbs_and_the_minister_not_the_vice_minister(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистр энергетики Казахстана Алмасадам Саткалиев провел совещание.\n\n"
        "Саткалиев подчеркнул, что все объекты будут сданы в срок. Он также добавил, что работы идут круглосуточно.\n\n"
        "Об этом сообщил вице-министр финансов Даурен Кенбеилов.\n\n"
        "Отмечается, что в проекте участвуют 12 компаний.\n\n"
        "По словам министра, в следующем году будет построено еще пять станций.\n",
    )

    def speaker_of(opening: str) -> tuple[str | None, str | None]:
        quote = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith(opening))
        return quote.speaker_entity_id, quote.attribution

    assert speaker_of("работы идут") == ("per:almasadam-satkaliyev", "pronoun")  # `Он также` is `Он`
    assert speaker_of("в проекте") == (None, "unnamed")  # impersonal: nobody, not the last person named
    assert speaker_of("в следующем")[0] == "per:almasadam-satkaliyev"  # the minister, not the vice-minister


def test_russian_title_declined_like_glava_and_a_title_opening_a_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`По словам главы ведомства`: глава takes its case endings on the stem (главы, not главаы) and stands for
    the minister named before; `Аким …` opening a sentence is the akim's title, not a place."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистр энергетики Казахстана Алмасадам Саткалиев провел совещание.\n\n"
        "По словам главы ведомства, инвестиции выросли на 15%.\n\n"
        "Аким Карагандинской области Ермаганбет Булекпаев сообщил, что в регионе откроют новую больницу.\n\n"
        "Аким области Ерлан Нысанбаев напомнил, что в прошлом году было построено 20 школ.\n",
    )
    speakers = {doc.span(q.start, q.end)[:10]: q.speaker_entity_id for q in doc.quotes}
    assert speakers["инвестиции"] == "per:almasadam-satkaliyev"
    assert speakers["в регионе "] == "per:yermaganbet-bulekpayev"
    assert speakers["в прошлом "] == "per:yerlan-nyssanbayev"
    places = [doc.span(m.start, m.end) for m in doc.mentions if m.label != "PER"]
    assert not [place for place in places if place.startswith("Аким")]  # a title is no place's name
    assert "Карагандинской области" in places  # the place after the title is


def test_english_apposition_and_english_names_of_new_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nDaniyar Ospanov, mayor of Karaganda city, said the repairs would be completed in November.\n\n"
        "The new rules will take effect on January 1, the press service of the Finance Ministry informs.\n",
    )
    found = [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes]
    assert found[0] == ("the repairs would be completed in November.", "per:en:Daniyar Ospanov")
    assert pipeline.quotes.name_en("per:en:Daniyar Ospanov") == "Daniyar Ospanov"  # the quotes table's column
    # a ministry's press service speaks for the ministry (an office's, `the PM's press service`, for itself)
    assert pipeline.quotes.name_en(found[1][1]) == "Ministry of Finance of Kazakhstan"
    # a name after `of` is no subject of an apposition: the titled name after the comma speaks
    session = annotate(
        pipeline,
        "Title\n\nDuring the session of the Government, Minister of Agriculture Umirzak Shukeyev informed that the "
        "rainy weather slightly hampered the harvesting campaign.\n",
    )
    assert [q.speaker_entity_id for q in session.quotes] == ["per:umirzak-shukeyev"]


def test_a_cue_before_guillemets_in_chinese_is_one_direct_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n哈萨克斯坦总理奥尔扎斯·别克捷诺夫在政府会议上说：«必须按时完成所有任务。»\n")
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes] == [("direct", "必须按时完成所有任务。")]


def test_overlapping_candidates_keep_the_direct_quote() -> None:
    from pipeline.quote_candidate import QuoteCandidate
    from pipeline.quotes import without_overlaps

    indirect = QuoteCandidate(10, 40, "indirect", "说", None, None, 0.7)
    direct = QuoteCandidate(12, 39, "direct", "说", None, None, 0.8)
    later = QuoteCandidate(45, 60, "indirect", "表示", None, None, 0.7)
    assert without_overlaps([indirect, later, direct]) == [direct, later]


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        (
            "Строительство дороги завершится осенью. Об этом МИА «Казинформ» сообщили в пресс-службе акимата.",
            "Строительство дороги завершится осенью.",
            "пресс-службе акимата",
        ),
        (
            "Руководитель управления Ержан Нургалиев рассказал корреспонденту МИА «Казинформ», что в области "
            "откроют три поликлиники.",
            "в области откроют три поликлиники.",
            "Ержан Нургалиев",
        ),
        (
            "Ремонт моста начнется в апреле, сообщил заместитель акима города Бауыржан Омаров.",
            "Ремонт моста начнется в апреле",
            "Бауыржан Омаров",
        ),
    ],
)
def test_russian_attributions_with_the_agency_between(pipeline, paragraph: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Заголовок\n\n{paragraph}\n")
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        (content, speaker)
    ]


def test_an_apposed_speaker_posting_on_social_media(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline, "Title\n\nAigerim Bekova, a teacher from Shymkent, posted on Instagram that the school would open.\n"
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("the school would open.", "per:en:Aigerim Bekova")
    ]


def test_a_collective_subject_keeps_its_statement_unnamed(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦交通部长努尔兰·萨乌兰巴耶夫会见了吉尔吉斯斯坦代表团。\n\n"
        "此外，双方确认了加强合作的愿望，并表示相信两国将建立高效的交通走廊。\n\n"
        "萨乌兰巴耶夫感谢代表团来访，并表示两国关系发展良好。\n",
    )
    speakers = [(doc.span(q.start, q.end)[:4], q.speaker_entity_id) for q in doc.quotes]
    assert speakers[0] == ("两国将建", None)  # 双方, not the minister named before
    assert speakers[1] == ("两国关系", "per:nurlan-sauranbayev")  # a person's 并表示 stays the person's


def test_the_agency_pointing_back_to_its_own_story_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nEarlier, Kazinform reported that the talks had been postponed.\n\n"
        "As Kazinform previously reported, the Mazhilis approved the bill.\n\n"
        "As previously reported, the Senate returned it.\n\n"
        "Minister Satkaliyev told Kazinform that the plant would be built by 2027.\n\n"
        "As the Ministry of Energy reported, consumption grew by 4% last year.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "the plant would be built by 2027.",
        "consumption grew by 4% last year.",
    ]


def test_present_tense_reports_are_quotes_but_outlets_relaying_a_source_are_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The Ministry … reports that`, `…, the ministry reports.` are a body's statements; `…, Kazinform
    correspondent reports.` and `…, KABAR reports citing the Foreign Ministry.` are sourcing, and the outlet is
    no speaker of what it relays."""
    doc = annotate(
        pipeline,
        "Title\n\nThe Ministry of Finance reports that the budget deficit fell to 2 percent.\n\n"
        "Governor Kumar Aksakalov met the residents of the region, Kazinform correspondent reports.\n\n"
        "The two ministers discussed trade and transit, KABAR reports citing the Foreign Ministry.\n\n"
        "Bektenov recalled that the government had allocated 50 billion tenge for the program.\n",
    )
    quotes = {doc.span(q.start, q.end): q.speaker_entity_id for q in doc.quotes}
    assert quotes == {
        "the budget deficit fell to 2 percent.": "org:ministry-of-finance-of-kazakhstan",
        "the government had allocated 50 billion tenge for the program.": "per:olzhas-bektenov",
    }


def test_a_title_with_a_peoples_adjective_is_the_person_named_with_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`the Uzbek minister` is Saidov, introduced as `his Uzbek counterpart`, not Nurtleu, the last minister
    named; `the Kazakh top diplomat` is Nurtleu, though Saidov was named after him."""
    doc = annotate(
        pipeline,
        "Title\n\nKazakh Foreign Minister Murat Nurtleu met with his Uzbek counterpart Bakhtiyor Saidov.\n\n"
        "The Kazakh top diplomat said that the two countries would expand cooperation in energy.\n\n"
        '"We are strategic partners," the Uzbek minister said.\n',
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:murat-nurtleu", "per:bakhtiyor-saidov"]


def test_who_was_told_after_the_russian_speaker_is_not_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистр энергетики Алмасадам Саткалиев провел брифинг.\n\n"
        "— Тарифы не вырастут, — сказал он журналистам.\n\n"
        "— Цены стабильны, — сказал он корреспонденту агентства.\n",
    )
    assert [(q.speaker_entity_id, doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("per:almasadam-satkaliyev", "он"),
        ("per:almasadam-satkaliyev", "он"),
    ]


def test_plural_sources_believe_and_say_but_a_modal_or_an_imperative_is_no_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nExperts believe that inflation will slow down next year. Analysts note that oil prices have risen."
        " I would say the project is a success. Please note that the office will be closed on Monday."
        " They say the weather will be fine tomorrow. Analysts expect that prices will rise. Experts predict that"
        " the deficit will narrow. The ministry forecasts that the harvest will exceed 20 million tons.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("inflation will slow down next year.", None),
        ("oil prices have risen.", None),
        ("prices will rise.", None),
        ("the deficit will narrow.", None),
        ("the harvest will exceed 20 million tons.", None),
    ]


def test_a_direct_quote_told_to_someone(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nEnergy Minister Almassadam Satkaliyev visited the plant.\n\n"
        '"The country needs new generating capacity," the minister told reporters.\n\n'
        '"We are ready," Tokayev told the forum participants on Tuesday.\n',
    )
    assert [(q.kind, q.speaker_entity_id) for q in doc.quotes] == [
        ("direct", "per:almasadam-satkaliyev"),
        ("direct", "per:kassym-jomart-tokayev"),
    ]


def test_a_press_service_speaks_not_the_official_it_serves(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАким области Арман Сеитов посетил больницу.\n\n"
        "Как сообщила журналистам пресс-служба акима Павлодарской области, ремонт завершится в мае.\n",
    )
    quote = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith("ремонт"))
    assert quote.speaker_entity_id is None or quote.speaker_entity_id.startswith("org:")


@pytest.fixture(scope="module")
def body_name(pipeline):  # type: ignore[no-untyped-def]
    """The English name the quotes table gives a body named in Russian."""
    return lambda name: pipeline.quotes.name_en(f"org:ru:{name}")


@pytest.mark.parametrize(
    ("russian", "english"),
    [
        # the place first, the head, its complements with "of"
        ("управление по делам молодежи Костанайской области", "Kostanay Region Department for Youth Affairs"),
        (
            "департамент комитета по защите конкуренции Жамбылской области",
            "Zhambyl Region Department of the Committee for Protection of Competition",
        ),
        # an office that owns the body is written before it
        ("пресс-служба акима Карагандинской области", "Karaganda Region Akim's press service"),
        ("пресс-служба акимата Кызылординской области", "Kyzylorda Region Akimat press service"),
        # a city named after the office that owns the body is written first too, a city akimat's with City
        ("пресс-служба акимата Алматы", "Almaty City Akimat press service"),
        ("пресс-служба акима Алматы", "Almaty Akim's press service"),
        ("маслихат Астаны", "Astana City Maslikhat"),
        # a sports federation by its sport, written before it
        ("Федерация бокса Казахстана", "Boxing Federation of Kazakhstan"),
        ("Федерация легкой атлетики Казахстана", "Athletics Federation of Kazakhstan"),
        # an airport by its city's name alone
        ("Международный аэропорт Астаны", "Astana International Airport"),
        ("пресс-служба аэропорта Алматы", "Almaty Airport press service"),
        # a district no gazetteer knows, by its adjective, in Latin letters
        ("акимате Катон-Карагайского района", "Katon-Karagay District Akimat"),
        # or by its name after the district noun, which stays in the nominative
        ("акимате района Туран", "Turan District Akimat"),
        # the capital names Astana
        ("акимат столицы", "Astana City Akimat"),
        # adjectives stay before their noun, a region's adjective too
        ("Костанайская областная избирательная комиссия", "Kostanay Regional Election Commission"),
        ("Мангистауской областной территориальной инспекции", "Mangistau Regional Territorial Inspectorate"),
        # a city, a country, an abbreviated region
        ("акимат города Шымкента", "Shymkent City Akimat"),
        # an abbreviated body alone names one (a bare noun does not: департамент)
        ("ДЧС", "Department of Emergency Situations"),
        ("департамент", None),
        ("Министерство финансов Республики Казахстан", "Ministry of Finance of Kazakhstan"),
        ("департамент полиции ВКО", "East Kazakhstan Region Police Department"),
        # a region after `по` is what the department serves, written where the name says it
        ("Департамента экологии по Восточно-Казахстанской области", "Department of Ecology for East Kazakhstan Region"),
        ("департамент экологии по ВКО", "Department of Ecology for East Kazakhstan Region"),
        # the abbreviation of a regional department, in any case of its place
        ("ДЧС Алматинской области", "Almaty Region Department of Emergency Situations"),
        ("ДП Астаны", "Astana City Police Department"),
        # a department's field follows it with "of", however short; its city first with City
        ("управлении культуры Алматы", "Almaty City Department of Culture"),
        ("управление образования Карагандинской области", "Karaganda Region Department of Education"),
        ("отделе образования Костаная", "Kostanay City Department of Education"),
        ("департаменте по чрезвычайным ситуациям Алматы", "Almaty City Department of Emergency Situations"),
        ("управления рыбного хозяйства Мангистауской области", "Mangistau Region Department of Fisheries"),
        # a press service owned by a body with a name of its own: that name first, whole
        (
            "пресс-служба департамента полиции Карагандинской области",
            "Karaganda Region Police Department press service",
        ),
        ("пресс-службе Мажилиса", "Mazhilis press service"),  # a body the gazetteer knows, in any case
        ("пресс-служба городского акимата", "City Akimat press service"),  # the owner's adjective with it
        ("пресс-служба Министерства энергетики", "Ministry of Energy of Kazakhstan press service"),
        # fields of two words and bodies of public life, with a region's abbreviation after them
        (
            "управления сельского хозяйства и земельных отношений СКО",
            "North Kazakhstan Region Department of Agriculture and Land Relations",
        ),
        (
            "управления энергетики и жилищно-коммунального хозяйства ЗКО",
            "West Kazakhstan Region Department of Energy and Housing and Communal Services",
        ),
        # an abbreviated term of the field (ЖКХ) and a region named with its noun first
        (
            "управлении энергетики и ЖКХ области Жетысу",
            "Zhetysu Region Department of Energy and Housing and Communal Services",
        ),
        ("Национального курултая", "National Kurultai"),
        ("Национальный научный онкологический центр", "National Scientific Oncology Center"),
        ("Комитет гражданской авиации", "Committee of Civil Aviation"),
        ("Министерство просвещения РК", "Ministry of Education of Kazakhstan"),
    ],
)
def test_a_body_named_in_russian_gets_its_english_name_from_its_parts(
    body_name, russian: str, english: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert body_name(russian) == english


@pytest.mark.parametrize(
    ("chinese", "english"),
    [
        ("哈萨克斯坦民航委员会", "Civil Aviation Committee of Kazakhstan"),  # the country last
        ("阿拉木图市旅游管理部门", "Almaty City Tourism Department"),  # a city with its noun first
        ("突厥斯坦州紧急情况部门", "Turkistan Region Emergency Situations Department"),  # not the ministry 紧急情况部
        ("欧安组织议会大会", "OSCE Parliamentary Assembly"),  # a body the gazetteer knows owns it
        ("铁路和水运委员会", "Railway and Water Transport Committee"),
        ("哈萨克斯坦生态和天然资源部", "Ministry of Ecology and Natural Resources of Kazakhstan"),  # 天然 for 自然
        ("生态和天然资源部", "Ministry of Ecology and Natural Resources of Kazakhstan"),  # the country's, by its field
        # where the body sits after 驻, last; a country by its one-character name
        ("哈萨克斯坦驻华大使馆", "Embassy of Kazakhstan in China"),
        ("中国驻哈萨克斯坦使馆", "Embassy of China in Kazakhstan"),
        ("哈央行", "National Bank of Kazakhstan"),
        # the country's short name before a body the gazetteer knows by its own name alone (外交部, 农业部)
        ("哈外交部", "Ministry of Foreign Affairs of Kazakhstan"),
        ("哈农业部", "Ministry of Agriculture of Kazakhstan"),
        # another country's by its one-character name: that country's ministry, not the Kazakh one
        ("俄外交部", "Ministry of Foreign Affairs of Russia"),
        ("吉紧急情况部", "Ministry of Emergency Situations of Kyrgyzstan"),
        ("阿拉木图国家传染病科研中心", "National Infectious Diseases Research Center of Almaty"),
        ("哈萨克斯坦国家博物馆", "National Museum of Kazakhstan"),
        ("哈萨克斯坦驻大使馆", None),  # 驻 with no place after it
        ("委员会", None),  # a bare head names no body
        ("某某委员会", None),  # a word no table knows: no half-translated name
    ],
)
def test_a_body_named_in_chinese_gets_its_english_name_from_its_parts(
    pipeline, chinese: str, english: str | None
) -> None:  # type: ignore[no-untyped-def]
    assert pipeline.quotes.name_en(f"org:zh:{chinese}") == english


def test_chinese_a_session_in_brackets_is_when_not_who_spoke(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n国家财政部长阿里汗·斯玛伊洛夫11日在马吉利斯(议会下院)政府时段表示,政府将拨款80亿坚戈。\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["阿里汗·斯玛伊洛夫"]


def test_a_chinese_body_that_speaks_is_named_in_english(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n哈萨克斯坦民航委员会表示，今年将开通20条新航线。\n")
    assert speaker_names(pipeline, doc) == ["Civil Aviation Committee of Kazakhstan"]


@pytest.mark.parametrize(
    "russian",
    [
        "департамент",
        "пресс-служба области",
        "управление цифровизации Костанайской области",
        "ТОО «Береке»",
        "акимат Евразийского банка",  # an adjective in -ского names a district only before район
    ],
)
def test_a_body_name_half_understood_gets_no_english_name(body_name, russian: str) -> None:  # type: ignore[no-untyped-def]
    """A bare head, a place word with no place, a word the table does not know, a name in guillemets."""
    assert body_name(russian) is None


def test_a_body_speaks_and_is_named_again_by_its_head_or_its_region(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Костанайской области начался ремонт дорог.\n\n"
        "«Работы идут по графику», - сообщила журналистам пресс-служба акима Костанайской области.\n\n"
        "Ремонт моста завершат к осени, сказали в администрации региона.\n\n"
        "«Подрядчик уже выбран», - отметили в пресс-службе.\n",
    )
    speakers = english_speakers(pipeline, doc)
    assert speakers == {
        "Работы идут ": "Kostanay Region Akim's press service",
        "Ремонт моста": "Kostanay Region Akimat",
        "Подрядчик уж": "Kostanay Region Akim's press service",
    }
    addressed = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith("Работы"))
    assert doc.span(addressed.speaker_start, addressed.speaker_end).startswith("пресс-служба")
    outlet = annotate(  # the outlet told and how it was told are no part of who spoke
        pipeline,
        "Заголовок\n\n«Мальчик пока не найден», - сообщил корреспонденту «Казинформа» в телефонном разговоре "
        "официальный представитель ведомства Руслан Иманкулов.\n",
    )
    told = outlet.quotes[0]
    assert "Казинформ" not in outlet.span(told.speaker_start, told.speaker_end)
    assert told.speaker_entity_id == "per:ru:Руслан Иманкулов"


def test_the_press_service_of_a_known_body_speaks_not_the_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nДепутаты приняли закон о бюджете, сообщила пресс-служба Мажилиса.\n\n"
        "Как сообщили в пресс-службе Министерства энергетики, тарифы не изменятся.\n\n"
        "Как сообщили в Министерстве энергетики, цены на бензин не вырастут.\n",
    )
    speakers = english_speakers(pipeline, doc)
    assert speakers == {
        "Депутаты при": "Mazhilis press service",
        "тарифы не из": "Ministry of Energy of Kazakhstan press service",
        "цены на бенз": "Ministry of Energy of Kazakhstan",  # the ministry itself
    }
    said = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith("Депутаты"))
    assert doc.span(said.speaker_start, said.speaker_end) == "пресс-служба Мажилиса"


def test_a_chinese_transliteration_of_a_known_person_links_by_its_consonants(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The gazetteer has no Chinese form for him: the reading Магзум Мирзагалиев has his consonants."""
    doc = annotate(pipeline, "标题\n\n马格祖姆·米尔扎加利耶夫表示，明年将完成这项工程。\n")
    assert speaker_names(pipeline, doc) == ["Magzum Mirzagaliyev"]
    other = annotate(pipeline, "标题\n\n叶尔兰·米尔扎加利耶夫表示，明年将完成这项工程。\n")
    assert [q.speaker_entity_id for q in other.quotes] != ["per:magzum-mirzagaliyev"]  # another given name
    kusherov = annotate(pipeline, "标题\n\n州长努尔阿勒汗·阔谢若夫表示，合作很重要。\n")  # 谢 writes ше as well as се
    assert speaker_names(pipeline, kusherov) == ["Nuralkhan Kusherov"]


def test_an_english_body_speaks_by_its_name_and_again_by_its_head(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe bridge will reopen in June, the press service of the Kostanay city akimat informs.\n\n"
        "The President will visit China next week, the press service of the Mazhilis informs.\n\n"
        "The Ministry of Finance said that the budget would grow. The ministry added that taxes would stay.\n\n"
        "A Kazakh court said that the case was closed.\n\nPolice officers said that the road was open.\n",
    )
    speakers = {doc.span(q.start, q.end)[:10]: pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes}
    assert speakers == {
        "The bridge": "Kostanay city akimat press service",  # the owner first, as gold names press services
        "The Presid": "Mazhilis press service",  # a known body's press service, not the body
        "the budget": "Ministry of Finance of Kazakhstan",
        "taxes woul": "Ministry of Finance of Kazakhstan",
        "the case w": None,  # an indefinite body is not named
        "the road w": None,  # people of a body, not the body
    }


def test_a_chinese_body_named_again_as_gai_bu_speaks_again(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦司法部表示，新法律将于明年生效。\n\n该部指出，相关细则正在制定。\n\n该委员会指出，会议推迟。\n",
    )
    speakers = [q.speaker_entity_id for q in doc.quotes]
    assert speakers == ["org:ministry-of-justice-of-kazakhstan", "org:ministry-of-justice-of-kazakhstan", None]


def test_a_chinese_press_office_speaks_for_its_body_and_officials_are_no_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦卫生部新闻处称，疫苗接种工作将持续到年底。\n\n哈萨克斯坦卫生部官员表示，疫苗充足。\n",
    )
    speakers = [q.speaker_entity_id for q in doc.quotes]
    assert speakers == ["org:ministry-of-healthcare-of-kazakhstan", None]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the statement's owner speaks, in the genitive after the place of the statement
        (
            "В сообщении пресс-службы акимата Алматы говорится, что работы завершатся в мае.",
            [("indirect", "работы завершатся в мае.", "пресс-службы акимата Алматы")],
        ),
        (
            "«Ситуация находится под контролем», – говорится в заявлении Министерства здравоохранения.",
            [("direct", "Ситуация находится под контролем", "Министерства здравоохранения")],
        ),
        (
            "«Движение восстановлено», - сообщается на сайте ведомства.",
            [("direct", "Движение восстановлено", "ведомства")],
        ),
        # `Как говорится в …` runs on to the end of the paragraph
        (
            "Как говорится в сообщении департамента, проект стоит 5 млрд тенге. Работы начнутся весной.",
            [("indirect", "проект стоит 5 млрд тенге. Работы начнутся весной.", "департамента")],
        ),
        # a statement nobody is named for stays unnamed
        ("В сообщении говорится, что проект стоит 5 млрд тенге.", [("indirect", "проект стоит 5 млрд тенге.", None)]),
        # (after the quotation, the statement's noun is how the text names it, as after a dash paragraph)
        ("«Работа идет», – говорится в сообщении.", [("direct", "Работа идет", "сообщении")]),
        # where or how it was said, between `Об этом` and the verb
        (
            "Работы завершатся в мае. Об этом на брифинге в СЦК рассказал министр транспорта Марат Карабаев.",
            [("indirect", "Работы завершатся в мае.", "Марат Карабаев")],
        ),
        # a press service cites someone's words: the one cited speaks
        (
            "«Мы выполним все обязательства», – цитирует пресс-служба слова министра Марата Карабаева.",
            [("direct", "Мы выполним все обязательства", "Марата Карабаева")],
        ),
        # a plural present verb of saying; the unnamed source stays as written
        ("Эксперты полагают, что цены стабилизируются.", [("indirect", "цены стабилизируются.", "Эксперты")]),
        # the plural of every present verb of the table, and of the short adjectives of conviction
        ("Аналитики прогнозируют, что цены вырастут.", [("indirect", "цены вырастут.", "Аналитики")]),
        ("Эксперты уверены, что рынок восстановится.", [("indirect", "рынок восстановится.", "Эксперты")]),
        ("Врачи рассказывают, что пациентов стало больше.", [("indirect", "пациентов стало больше.", "Врачи")]),
        ("СМИ пишут, что переговоры продолжатся.", [("indirect", "переговоры продолжатся.", "СМИ")]),
        # a cause given as an explanation (объяснил это тем, что …) is what the speaker said
        (
            "Министр Алмасадам Саткалиев объяснил это тем, что цены на нефть упали.",
            [("indirect", "цены на нефть упали.", "Алмасадам Саткалиев")],
        ),
        ("Эксперт объяснил причины роста цен.", []),  # an object, no statement
        # assurances and warnings are statements too; with an object they are not
        ("«Мы готовы к зиме», — заверил аким Женис Касымбек.", [("direct", "Мы готовы к зиме", "Женис Касымбек")]),
        ("Министр указал, что сроки будут соблюдены.", [("indirect", "сроки будут соблюдены.", "Министр")]),
        ("Министр предупредил о рисках для экономики.", []),
        # the source after what it said
        (
            "Число случаев выросло на 15%, по данным Минздрава.",
            [("indirect", "Число случаев выросло на 15%", "Минздрава")],
        ),
        # straight and curly quotation marks quote as guillemets do, a quotation inside one included
        (
            '"Честно говоря, это ложь. Бывает и такое", – отметил глава МИД.',
            [("direct", "Честно говоря, это ложь. Бывает и такое", "глава МИД")],
        ),
        (
            '"У нас говорят: "Не буду подписывать". Это неправильно", - заявил он.',
            [("direct", 'У нас говорят: "Не буду подписывать". Это неправильно', "он")],
        ),
        ("Министр отметил: “Мы не допустим роста цен”.", [("direct", "Мы не допустим роста цен", "Министр")]),
        ('Компания "Казахтелеком" работает в штатном режиме.', []),  # a name in quotation marks
        # an initial's period ends no speaker
        (
            "«Сбор позволит экспортировать зерно», - отметил А. Куришбаев в ходе правительственного часа.",
            [("direct", "Сбор позволит экспортировать зерно", "А. Куришбаев")],
        ),
        (
            "Зерна хватит на экспорт. Об этом сообщил А. Куришбаев.",
            [("indirect", "Зерна хватит на экспорт.", "А. Куришбаев")],
        ),
        ("Экспорт вырастет, сообщил глава МИД.", [("indirect", "Экспорт вырастет", "глава МИД")]),
        # the agency's sourcing after `Об этом сообщил X` is no part of the speaker
        (
            "Пожаров стало больше. Об этом на брифинге сообщил вице-министр Юрий Ильин, передает корреспондент"
            " Kazpravda.kz.",
            [("indirect", "Пожаров стало больше.", "Юрий Ильин")],
        ),
        # a verb that only closes a quotation: what is in the marks is said; with an object alone, nothing is
        (
            "«Желаю вам новых побед», - поздравил спортсменов заместитель председателя партии Сапар Ахметов.",
            [("direct", "Желаю вам новых побед", "Сапар Ахметов")],
        ),
        ("Аким поздравил спортсменов, что стали чемпионами.", []),
        # a subject with a participle clause after it; `о том, что`
        (
            "Жители, проживающие вблизи аэропорта, сообщили о том, что на их улице нет освещения.",
            [("indirect", "на их улице нет освещения.", "Жители")],
        ),
        # a quotation inside a quotation written with guillemets too
        (
            "«Байтурсынов говорил: «Душа школы – это учитель». Мы обеспечим условия», - сказал Глава государства.",
            [("direct", "Байтурсынов говорил: «Душа школы – это учитель». Мы обеспечим условия", "Глава государства")],
        ),
    ],
)
def test_russian_statements_citations_circumstances_and_plural_verbs(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Заголовок\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected
    for quote in doc.quotes:
        check_offsets(doc, quote)


def test_a_statement_of_a_city_akimat_press_service_is_named_in_english(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Заголовок\n\nВ сообщении пресс-службы акимата Алматы говорится, что работы завершатся.\n")
    (quote,) = doc.quotes
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Almaty City Akimat press service"


def test_a_press_service_of_a_bare_body_belongs_to_the_body_the_article_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАкимат Алматы призывает жителей сохранять спокойствие.\n\n"
        "Все системы работают штатно, сообщили в пресс-службе акимата.\n",
    )
    # Алматы never declines: the place after the akimat is its owner all the same
    assert ("Акимат Алматы", "ORG") in [(doc.span(m.start, m.end), m.label) for m in doc.mentions]
    (quote,) = doc.quotes
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Almaty City Akimat press service"
    alone = annotate(pipeline, "Заголовок\n\nВсе системы работают штатно, сообщили в пресс-службе акимата.\n")
    assert pipeline.quotes.name_en(alone.quotes[0].speaker_entity_id) != "Almaty City Akimat press service"


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # adverbs beside the speaker are not the speaker
        ("He also added that 10 bridges would be built.", [("indirect", "10 bridges would be built.", "He")]),
        (
            "Besides, the minister noted that tariffs would not rise.",
            [("indirect", "tariffs would not rise.", "the minister")],
        ),
        # `As X reported,` runs on to the end of the paragraph; the agency pointing to itself is no quote
        (
            "As the Ministry of Healthcare reported, 15 new cases were registered. Most of them are in Almaty.",
            [("indirect", "15 new cases were registered. Most of them are in Almaty.", "Ministry of Healthcare")],
        ),
        ("As Kazinform reported, the forum opened in Astana.", []),
        # the named source's office between commas is not what the source said
        (
            "According to Dauren Abayev, first deputy head of the Presidential Administration, the reform goes on.",
            [("indirect", "the reform goes on.", "Dauren Abayev")],
        ),
        (
            "According to Magzum Mirzagaliyev, Ecology Minister of Kazakhstan, barriers are not key to the problem.",
            [("indirect", "barriers are not key to the problem.", "Magzum Mirzagaliyev")],
        ),
        # a titled subject that is described (`was`), not acting, goes on with the source's words
        (
            "According to him, the theatre was established in 2007. The first Director of the theatre was Gani "
            "Kulzhanov.",
            [
                (
                    "indirect",
                    "the theatre was established in 2007. The first Director of the theatre was Gani Kulzhanov.",
                    "him",
                )
            ],
        ),
        # a circumstance before an inserted source is no part of what the source said; `considers that`
        (
            "As part of the national project, according to Azhar Giniyat, five hospitals will be built.",
            [("indirect", "five hospitals will be built.", "Azhar Giniyat")],
        ),
        (
            "The Minister considers that the commission can be divided into groups.",
            [("indirect", "the commission can be divided into groups.", "The Minister")],
        ),
        # a second verb of saying after `and` has the sentence's subject, not a name inside the first one's clause;
        # the first verb's clause, said without `that`, is the subject's first quote
        (
            "He also said Valentina Matviyenko is planning a visit and noted that the ministries coordinate.",
            [
                ("indirect", "Valentina Matviyenko is planning a visit", "He"),
                ("indirect", "the ministries coordinate.", "He"),
            ],
        ),
        # `went on to point out that`; an order given after the words is not part of them
        (
            "Prime Minister Smailov went on to point out that science should improve living standards.",
            [("indirect", "science should improve living standards.", "Smailov")],
        ),
        (
            "The Prime Minister stressed that transport must drive the economy and tasked to ensure quality roads.",
            [("indirect", "transport must drive the economy", "The Prime Minister")],
        ),
        (
            "Prime Minister Askar Mamin said the focal point is to organize mass vaccination and to this end "
            "instructed the Ministry to ensure readiness.",
            [("indirect", "the focal point is to organize mass vaccination", "Askar Mamin")],
        ),
        (
            "According to the minister, prices will rise, and wages will follow.",
            [("indirect", "prices will rise, and wages will follow.", "the minister")],
        ),
        # an adverb between commas; a verb of saying with a noun object is no quote
        ("The akim, in turn, said that the works were over.", [("indirect", "the works were over.", "The akim")]),
        ("The minister, for his part, noted the importance of the talks.", []),
        # `In X’s words,` runs on to the end of the paragraph, as `In his words,`
        (
            "In the minister’s words, there are over 1 million doses in the country. Most are in Almaty.",
            [("indirect", "there are over 1 million doses in the country. Most are in Almaty.", "the minister")],
        ),
        # the verb before its subject with no quotation marks; a verb with an object names no one
        (
            "Wear of the rail roads fell from 70 to 53%, reported head of the railway department Nurbek Kabizhan"
            " speaking at a meeting.",
            [("indirect", "Wear of the rail roads fell from 70 to 53%", "Nurbek Kabizhan")],
        ),
        ("The sides discussed the prospects of cooperation, noted the importance of the project.", []),
        ("The harvest was collected in time, reported Kazinform.", []),  # the agency's sourcing
        # `X has announced it` gives X the sentence before; `noted this achievement` has an object
        (
            "Output will grow by 11 percent this year. Minister of Agriculture Akhylbek Kurishbayev has announced it"
            " at the session.",
            [("indirect", "Output will grow by 11 percent this year.", "Akhylbek Kurishbayev")],
        ),
        (
            "The plant will open in May. This was stated by the akim of the region.",
            [("indirect", "The plant will open in May.", "the akim of the region")],
        ),
        ("The plant will open in May. The President noted this achievement.", []),
        # the medium a body speaks through is not the speaker
        (
            "The meeting was held in Astana, the official Telegram Channel of the Kazakh President’s press service"
            " reports.",
            [("indirect", "The meeting was held in Astana", "the Kazakh President’s press service")],
        ),
        # the comma outside the quotation marks; the possessor in a speaker phrase does not speak
        (
            '"This year ends successfully for the farmers of the country", A.Kurishbayev noted.',
            [("direct", "This year ends successfully for the farmers of the country", "A.Kurishbayev")],
        ),
        (
            "“He was ready to win and promised to try,” said Kolyadin’s coach Anatoly Poiskovoy.",
            [("direct", "He was ready to win and promised to try,", "Anatoly Poiskovoy")],
        ),
    ],
)
def test_english_adverbs_beside_the_speaker_and_as_x_reported(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # the source after what it said (an opening of source_openings.tsv); the agency itself is sourcing
        (
            "The bridge will reopen in June, as reported by the city akimat.",
            [("indirect", "The bridge will reopen in June", "the city akimat")],
        ),
        (
            "Oil output rose by 3% in October, according to the Ministry of Energy.",
            [("indirect", "Oil output rose by 3% in October", "Ministry of Energy")],
        ),
        ("The plant will open in May, according to Kazinform.", []),
        # a rule or an order that is followed says nothing
        ("According to the instruction of the President, the main emphasis is on processing.", []),
        ("According to the law, elections will be held in March.", []),
        ("According to the agreements reached, 1,000 tons of rice will be supplied to the funds.", []),
        ("According to the decision of the Government, the tariffs stay as they are.", []),
        (
            "According to the Minister of Energy, production will grow.",
            [("indirect", "production will grow.", "the Minister of Energy")],
        ),
        # a form that is also a plural noun needs one named source; a clause opened by `and` names none
        (
            "Over the past five years, trade with Kazakhstan grew, the report states.",
            [("indirect", "Over the past five years, trade with Kazakhstan grew", "the report")],
        ),
        ("The agreement was signed by Russia, Kazakhstan and other states.", []),
        ("The delegation visited several cities, including Almaty, and wrote reports.", []),
        ("After the incident in the capital, the ambassador was recalled.", []),  # a passive reports nothing
        (
            "The plant will be built in the Turkestan region, as the ministry reported.",
            [("indirect", "The plant will be built in the Turkestan region", "the ministry")],
        ),
    ],
)
def test_english_sources_after_the_statement_and_their_look_alikes(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    """A trailing source makes the sentence before it its quote; a verb that looks like a plural noun, a clause
    opened by `and`, a passive are no attribution."""
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


def test_a_chinese_pronoun_speaks_to_someone_and_its_antecedent_is_no_inviter(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n应国家主席胡锦涛邀请，纳扎尔巴耶夫将于2月21日对中国进行国事访问。临行前，他对中国记者说，两国是近邻。"
        "他指出，目前有1000多家中资企业在哈萨克斯坦经营。\n\n部长会见了记者。部长向媒体表示，合作很好。\n",
    )
    speakers = written_speakers(doc)
    assert speakers[:2] == [("他", "per:nursultan-nazarbayev"), ("他", "per:nursultan-nazarbayev")]
    assert speakers[2][0] == "部长"  # the title, without whom it spoke to


def test_a_chinese_pronoun_after_a_dash_quote_is_the_person_the_paragraph_before_introduced(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…主席赛力克·萨皮耶夫也向运动员们表达了支持。` then `—…。…。-他说。`: 他 is the chairman named as the subject
    of the paragraph before the quote (whatever the segmenter reads as a verb in his title), not the athlete who spoke
    before him; the walk back starts before the quoted words."""
    doc = annotate(
        pipeline,
        "标题\n\n国旗由柔道名将阿伊多斯·图格勒巴耶夫擎举。\n\n—能够承担这份责任，对我来说意义重大。-图格勒巴耶夫表示。\n\n"
        "全国听障奥运委员会主席赛力克·萨皮耶夫也向运动员们表达了支持。\n\n"
        "—这项赛事是一次机会。代表队准备充分，每位参赛者都怀着同一个目标。-他说。\n",
    )
    speakers = speaker_names(pipeline, doc)
    assert speakers == ["Aidos Tuglbayev", "Serik Sapiyev"]


def test_a_chinese_statement_stops_at_a_sentence_a_titled_name_opens(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X大使致辞说，…。穆罕麦迪部长发表致词，…。他说，…`: the ambassador's words end where the minister is named
    with his title; 他 is then the minister. 令人称奇 reports nothing."""
    doc = annotate(
        pipeline,
        "标题\n\n文化和体育部部长阿尔斯坦别克·穆罕麦迪、中国驻哈大使张汉晖出席了晚会。\n\n"
        "张汉晖大使致辞说，春节是最重要的节日。今天很荣幸能与各界人士欢聚一堂。穆罕麦迪部长发表致词，祝贺新春快乐。"
        "他说，很高兴同你们一起庆祝这一节日。\n\n更有令人称奇的少林功夫让观众大开眼界。\n",
    )
    found = [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found == [
        ("春节是最重要的节日。今天很荣幸能与各界人士欢聚一堂。", "Zhang Hanhui"),
        ("很高兴同你们一起庆祝这一节日。", "Arystanbek Mukhanmedi"),
    ]


def test_a_chinese_surname_with_a_title_is_the_full_name_of_the_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n张汉晖大使举行见面会。张大使指出，中哈关系很好。\n")
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:zh:张汉晖"]
    assert pipeline.quotes.name_en("per:zh:张汉晖") == "Zhang Hanhui"


def test_a_russian_official_named_again_as_chinovnitsa_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистра здравоохранения Акмарал Альназарову спросили о проблемах в отрасли.\n\n"
        "Чиновница признала, что в сфере здравоохранения достаточно проблем.\n",
    )
    assert [(q.kind, doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes] == [
        ("indirect", "Чиновница", "per:akmaral-alnazarova")
    ]


def test_a_chinese_surname_in_latin_letters_is_the_full_name_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nChinese President Xi Jinping arrived in Astana on Tuesday.\n\n"
        "Xi said China will always be a good neighbor of Kazakhstan.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:xi-jinping"]


def test_a_woman_known_by_her_given_name_is_not_he(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nChairwoman Valentina Matviyenko said that she will visit Astana in May.\n\n"
        "Minister Tileuberdi met the press. He also said that the two ministries coordinate their positions.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes][-1] == "per:mukhtar-tileuberdi"


def test_reminded_that_is_a_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title\n\nLavrov also reminded that the second half of the year is busy.\n")
    assert [(q.kind, q.speaker_entity_id) for q in doc.quotes] == [("indirect", "per:sergey-lavrov")]


def test_a_chinese_transliteration_of_an_official_listed_in_english_and_russian_gets_the_listed_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n哈萨克斯坦教育部长阿斯哈特·艾马甘别托夫表示，学校将增加。\n")
    assert speaker_names(pipeline, doc) == ["Askhat Aimagambetov"]


def test_a_paragraph_that_is_one_quotation_is_the_words_of_the_person_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    russian = annotate(
        pipeline,
        "Заголовок\n\nГлава государства Касым-Жомарт Токаев поздравил участников форума.\n\n"
        '"Мы открываем вторую линию железной дороги. В своем Послании я отметил, что отрасль растет."\n',
    )
    (quote,) = [q for q in russian.quotes if q.attribution == "context"]
    assert russian.span(quote.start, quote.end).startswith("Мы открываем")
    assert russian.span(quote.start, quote.end).endswith("отрасль растет.")
    assert quote.speaker_entity_id == "per:kassym-jomart-tokayev"
    assert all(q.start >= quote.end or q.end <= quote.start for q in russian.quotes if q is not quote)
    chinese = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统在纽约出席论坛。\n\n“我们提供清洁能源解决方案。哈萨克斯坦超过70%的电力来自煤炭。”\n",
    )
    assert [(kind, content[:6], entity) for kind, content, _, entity in described(chinese)] == [
        ("direct", "我们提供清洁", "per:kassym-jomart-tokayev")
    ]
    for paragraph in (
        "«Казахстан 2050»",
        "«Первый вариант» и «второй вариант программы»",
        "“中国+中亚五国”于2020年举行首次外长会晤。",
    ):
        doc = annotate(pipeline, f"Заголовок\n\nТокаев выступил на форуме.\n\n{paragraph}\n")
        assert not [q for q in doc.quotes if q.attribution == "context"], paragraph


def test_a_role_says_who_the_speaker_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The role column holds a title, never the article or the dash written before a name."""
    ministry = annotate(
        pipeline,
        "Title of the news\n\nThe Ministry of Energy adheres to the following position: «the price will not change».\n",
    )
    dash = annotate(pipeline, "标题\n\n“我相信此次访问将开启新阶段。”——阿斯哈特·沙哈洛夫表示。\n")
    governor = annotate(pipeline, "标题\n\n州长阿斯哈特·沙哈洛夫表示，项目进展顺利。\n")
    assert [q.role for q in ministry.quotes] == [None] and [q.role for q in dash.quotes] == [None]
    assert [(q.role, q.speaker_entity_id) for q in governor.quotes] == [("州长", "per:askhat-shakharov")]


@pytest.mark.parametrize(
    "text",
    [
        "Title\n\nThe Head of State stressed the importance of roads. He noted that the country needs engineers.\n",
        "Заголовок\n\nГлава государства провел совещание по дорогам. Он отметил, что стране нужны инженеры.\n",
        "标题\n\n国家元首主持召开道路建设会议。他指出，国家需要更多工程师。\n",
        "标题\n\n哈萨克斯坦元首主持召开道路建设会议。他指出，国家需要更多工程师。\n",
    ],
)
def test_a_pronoun_after_an_office_is_its_holder(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """`The Head of State … He noted that …`: the office named before the pronoun is who speaks (the holder on
    the article's date, here the present one)."""
    (quote,) = annotate(pipeline, text).quotes
    assert (quote.attribution, quote.speaker_entity_id) == ("pronoun", "per:kassym-jomart-tokayev")


def test_an_office_before_a_speech_verb_is_no_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title of the news\n\nAs the Head of State pointed out, the economy grew by 5 percent.\n")
    assert [m for m in doc.mentions if m.label == "PER"] == []  # `State` was a person
    (quote,) = doc.quotes
    assert (quote.attribution, quote.speaker_entity_id) == ("descriptor", "per:kassym-jomart-tokayev")


@pytest.mark.parametrize(
    ("text", "person"),
    [
        (
            "Заголовок\n\nГлавный государственный санитарный врач Сархат Бейсенова рассказала о ситуации с корью.\n\n"
            "— Заболеваемость снижается, — добавила главный государственный санитарный врач.\n\n"
            "По словам главного государственного санитарного врача, вакцин достаточно.\n",
            "per:sarkhat-beisenova",
        ),
        (
            "Title\n\nChief Sanitary Doctor Aizhan Yessmagambetova spoke about measles.\n\n"
            '"Vaccination works," the chief sanitary doctor added.\n',
            "per:aizhan-yesmagambetova",
        ),
        # a title shortened to the start of a longer description, with other people named in between
        (
            "Заголовок\n\nЗаместитель председателя Комитета по делам спорта и физической культуры Марат Оспанов "
            "выступил на заседании.\n\n— Флаг понесут Айдос Сериков и Дана Ким, — сказал заместитель председателя "
            "Комитета по делам спорта.\n",
            "per:ru:Марат Оспанов",
        ),
    ],
)
def test_a_description_given_before_a_name_speaks_for_that_person(pipeline, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    """A speaker named by a description no title list holds is the person the article introduced with it."""
    quotes = annotate(pipeline, text).quotes
    assert quotes and all((q.attribution, q.speaker_entity_id) == ("descriptor", person) for q in quotes)


def test_a_description_that_goes_on_into_a_clause_introduces_nobody(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГлавный государственный санитарный врач встретилась с волонтером Анной Ивановой в Астане.\n\n"
        "— Заболеваемость снижается, — добавила главный государственный санитарный врач.\n",
    )
    (quote,) = doc.quotes
    assert quote.speaker_entity_id != "per:ru:Анна Иванова"  # the doctor met her: she is no doctor


def test_english_remarks_and_source_pronouns(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`It should be noted that` is the article's own remark (no quote); `It was noted that` a report with no
    source; `According to his words` is his statement."""
    remark = annotate(pipeline, "Title\n\nIt should be noted that the exposition will be open until January 5.\n")
    assert remark.quotes == []
    noted = annotate(pipeline, "Title\n\nIt was noted that the sides agreed to expand cooperation in transport.\n")
    assert [(q.attribution, q.speaker_start) for q in noted.quotes] == [("unnamed", None)]
    words = annotate(
        pipeline,
        "Title\n\nNurbek Kabizhan spoke at the meeting.\n\nAccording to his words, the wear of rails fell to 53%.\n",
    )
    assert [(q.attribution, q.speaker_entity_id) for q in words.quotes] == [("pronoun", "per:en:Nurbek Kabizhan")]


def test_an_initial_written_against_the_surname_is_the_full_name_of_the_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister of Agriculture Akhylbek Kurishbayev spoke at the session.\n\n"
        '"This year ends well for the farmers of the country", A.Kurishbayev noted.\n',
    )
    # the gazetteer's minister (Akylbek Kurishbayev), spelled here with one letter more
    assert [entity for *_, entity in described(doc)] == ["per:akylbek-kurishbaev"]
    persons = {(doc.span(m.start, m.end), m.entity_id) for m in doc.mentions if m.label == "PER"}
    assert persons == {("Akhylbek Kurishbayev", "per:akylbek-kurishbaev"), ("A.Kurishbayev", "per:akylbek-kurishbaev")}


def test_a_name_with_a_digit_is_no_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nHealth Minister Alexei Tsoi spoke.\n\nThere are 1 million doses of the first COVID-19 vaccine.\n",
    )
    assert {doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"} == {"Alexei Tsoi"}


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # what a trailing verb may have after it is where, when or to whom, not an object
        ("Welcoming the guests in Sochi, the Russian President pointed out fruitfulness of the recent work.", []),
        (
            "The talks were productive and useful, the minister told reporters after the meeting.",
            [("indirect", "The talks were productive and useful", "the minister")],
        ),
        # the reach of the subject cut a name: the whole name speaks
        (
            "Kassym-Jomart Tokayev thanked Vladimir Putin for the invitation to visit Sochi and noted that it was "
            "his first visit to this city.",
            [("indirect", "it was his first visit to this city.", "Kassym-Jomart Tokayev")],
        ),
        # `This is what X said`: the sentence before is X's
        (
            "The theatre has staged 77 plays this year. This is what Deputy Director of the theatre Yerbolat "
            "Yelubay said at a briefing today.",
            [("indirect", "The theatre has staged 77 plays this year.", "Yerbolat Yelubay")],
        ),
        # a clause without `that`, opened by a quantifier; `admitted` reports
        (
            "Azhar Giniyat announced some of the coronavirus curbs will be lifted next week.",
            [("indirect", "some of the coronavirus curbs will be lifted next week.", "Azhar Giniyat")],
        ),
        (
            "Shumenov admitted he has been training for three months.",
            [("indirect", "he has been training for three months.", "Shumenov")],
        ),
        # `reads` only closes a quotation
        ("The figures were published in March, he read in the report.", []),
        # `said` takes a clause without `that` whatever its verb; not an object or `the following`
        (
            "He said the region plans to build a palace of schoolchildren.",
            [("indirect", "the region plans to build a palace of schoolchildren.", "He")],
        ),
        ("He said the following words to the students.", []),
        ("The governor said goodbye to the delegation at the airport.", []),
        # an outlet quoting someone as saying: the sentence before is that person's
        (
            "More than 8 billion tenge were allocated from the National Fund, Kazinform News Agency quotes "
            "governor of the region Nurlan Urankhayev as saying at a briefing today.",
            [
                (
                    "indirect",
                    "More than 8 billion tenge were allocated from the National Fund",
                    "Nurlan Urankhayev",
                )
            ],
        ),
        # `According to X,` after a linking word, and before a quotation: X's words
        (
            "Besides, according to the governor, the region is set to build 65 clinics.",
            [("indirect", "the region is set to build 65 clinics.", "the governor")],
        ),
        (
            'According to the Prosecutor General’s Office, "the former minister was detained on April 29 for '
            'abuse of power."',
            [
                (
                    "direct",
                    "the former minister was detained on April 29 for abuse of power.",
                    "Prosecutor General’s Office",
                )
            ],
        ),
        ('According to the law, "a citizen may appeal the decision within ten days of its publication."', []),
    ],
)
def test_english_trailing_verbs_this_is_what_and_clauses_without_that(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


def test_an_english_post_that_reads_is_its_authors(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister Dauren Abayev wrote on Facebook.\n\n"
        '"Today we have a wonderful reason to congratulate the journalists," the post reads.\n',
    )
    assert [(kind, speaker, entity) for kind, _, speaker, entity in described(doc)] == [
        ("direct", None, "per:dauren-abayev")
    ]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # `В X сообщили,` without `что`: as `Как сообщили в X,`, to the paragraph's end
        (
            "В областной прокуратуре сообщили, в 2024 году был выявлен факт хищения. Надзорный орган выяснил, "
            "что деньги ушли на счета фирмы.",
            [
                (
                    "indirect",
                    "в 2024 году был выявлен факт хищения. Надзорный орган выяснил, что деньги ушли на счета фирмы.",
                    "областной прокуратуре",
                )
            ],
        ),
        (
            "В заключение глава государства отметил, что Астану надо сделать зеленым городом.",
            [("indirect", "Астану надо сделать зеленым городом.", "глава государства")],
        ),
        # the verb set inside the words it reports; a new cue ends `По его словам`
        (
            "По его словам, каждый документ охватывает разные сферы. Все проекты, отметил он, разрабатываются с "
            "учётом мнений экспертов.",
            [
                ("indirect", "каждый документ охватывает разные сферы.", "его"),
                ("indirect", "Все проекты, отметил он, разрабатываются с учётом мнений экспертов.", "он"),
            ],
        ),
        # `как` before the inserted verb
        (
            "В дальнейшем, как уточнили в районном акимате, маршрут будет работать и на других направлениях.",
            [
                (
                    "indirect",
                    "В дальнейшем, как уточнили в районном акимате, маршрут будет работать и на других направлениях.",
                    "районном акимате",
                )
            ],
        ),
        (
            "Кроме того, добавили в посольстве, собеседники наметили план встреч.",
            [("indirect", "собеседники наметили план встреч.", "посольстве")],
        ),
        # `что,` before an inserted clause
        (
            "Токаев отметил, что, как он понял из бесед, не все прочитали интервью.",
            [("indirect", "как он понял из бесед, не все прочитали интервью.", "Токаев")],
        ),
        # a statement place with an adjective; an imperfective verb; an order closing a dash quote
        (
            "«В рамках проекта состоится пять концертов», - отмечается в распространенном сообщении.",
            [("direct", "В рамках проекта состоится пять концертов", "сообщении")],
        ),
        (
            "Ранее Дональд Трамп заявлял, что встреча была продуктивной.",
            [("indirect", "встреча была продуктивной.", "Дональд Трамп")],
        ),
        (
            "— Руководителям регионов нужно приложить усилия, — поручил Олжас Бектенов на заседании.",
            [("direct", "Руководителям регионов нужно приложить усилия", "Олжас Бектенов")],
        ),
        ("Министр поручил акимам ускорить работу.", []),
    ],
)
def test_russian_frames_without_chto_inserted_verbs_and_quoted_orders(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Заголовок\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


def test_a_russian_coach_named_again_as_nastavnik_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГлавный тренер сборной Казахстана Талгат Байсуфинов подвел итоги матча.\n\n"
        "— Решение судьи есть решение судьи, — сказал наставник.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [("наставник", "per:talgat-baisufinov")]


@pytest.mark.parametrize(
    ("paragraph", "content"),
    [
        # 表示 runs on over the paragraph ...
        (
            "托卡耶夫表示，今年年初以来，国家经济一直处于复杂局面。国家制定了一系列重要措施。",
            "今年年初以来，国家经济一直处于复杂局面。国家制定了一系列重要措施。",
        ),
        # ... over what has been confirmed by no one named (目前已确认: no new report)
        (
            "阿杰诺夫介绍，项目设置将遵循新的流程。目前已确认包括智力类在内的40个项目。",
            "项目设置将遵循新的流程。目前已确认包括智力类在内的40个项目。",
        ),
        # ... but not into an appeal or a question
        ("卫生部长阿利娅表示，全国有370名医护人员感染。她呼吁医护人员加强防护。", "全国有370名医护人员感染。"),
        ("发言人汪文斌表示，双方关系良好。中方对此有何评论？", "双方关系良好。"),
        # ... nor into a proposal or an order, which are no report
        ("他表示，种子质量管理是重要任务。农业部要求各地尽快开展检测。", "种子质量管理是重要任务。"),
        ("他表示，联合会召开了一次会议。教练们建议将参赛年龄下调至12岁。", "联合会召开了一次会议。"),
        # ... nor into what the titled speaker did next, told by the article
        ("总统指出，企业要严格遵守工业安全。总统还提出了一些具体任务。", "企业要严格遵守工业安全。"),
        # ... nor into what the sides did
        ("部长表示，企业有意参与铁路建设项目。目前，双方已签署了合作备忘录。", "企业有意参与铁路建设项目。"),
        # ... nor into the data the article cites
        ("旅游部门指出，旅游业贡献可达10%。数据显示，游客人均日消费约为350美元。", "旅游业贡献可达10%。"),
        # ... nor over a new cue that announces the quotation after it
        ("托卡耶夫指出，多数行政长官首次当选，结构更新了，但他同时强调：", "多数行政长官首次当选，结构更新了"),
        # ... and an order given after the report is no part of it
        ("总统指出，去年共进口电力37亿千瓦时，并责成政府加快建设。今年将投运4套机组。", "去年共进口电力37亿千瓦时"),
        ("他指出地区工作中仍存在不足，并提出明确要求：加强预防工作。", "地区工作中仍存在不足"),
        # ... a later clause's appeal or order with no subject of its own is more of the statement
        (
            "州长强调，治理河流污染是重点工作。已与工厂签署协议，检查人员随时进厂，必要时可要求工厂停产。今年还将新建5个监测站。",
            "治理河流污染是重点工作。已与工厂签署协议，检查人员随时进厂，必要时可要求工厂停产。今年还将新建5个监测站。",
        ),
        (
            "他表示，该州正在发展风能。明年计划新建3座风电场，并建议企业加大投资力度。",
            "该州正在发展风能。明年计划新建3座风电场，并建议企业加大投资力度。",
        ),
        # ... but one whose clause names who appeals is the article's telling
        (
            "他表示，供气仍然紧张。考虑到冬季将至，州长建议公司研究新建管道。",
            "供气仍然紧张。",
        ),
    ],
)
def test_a_chinese_statement_runs_on_until_an_appeal_or_a_question(pipeline, paragraph: str, content: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"标题\n\n{paragraph}\n")
    assert [found for _, found, _, _ in described(doc)] == [content]


def test_elbasy_is_a_title_of_nazarbayev_not_his_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text in ("Title\n\n«Our goal is peace,» Elbasy said.\n", "Заголовок\n\n— Наша цель – мир, — сказал Елбасы.\n"):
        doc = annotate(pipeline, text)
        assert [entity for _, _, _, entity in described(doc)] == ["per:nursultan-nazarbayev"]
        assert not [m for m in doc.mentions if m.label == "PER"]  # a title is no person's surface


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # the country's prime minister on the article's date, not the last Kazakh official named
        (
            " date 2022-09-08\nTitle\n\nKazakh Prime Minister Alikhan Smailov chaired a meeting. Kazakh Emergency "
            "Situations Minister Yuri Ilyin reported on the fires.\n\nAt the meeting, the Kazakh PM noted that the "
            "responsible bodies need to inspect their readiness.\n",
            "per:alikhan-smailov",
        ),
        (
            " date 2025-03-04\nЗаголовок\n\nПремьер-министр Казахстана заявил, что рост экономики составил 6 "
            "процентов за два месяца.\n",
            "per:olzhas-bektenov",
        ),
        (
            " date 2023-05-17\n标题\n\n哈萨克斯坦总理表示，政府将继续推进经济改革工作。\n",
            "per:alikhan-smailov",
        ),
    ],
)
def test_the_kazakh_prime_minister_is_whoever_held_the_office_then(pipeline, text: str, person: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, text)
    assert [entity for _, _, _, entity in described(doc)] == [person]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # an adverb between commas is no apposition: a noun object after the verb reports no words ...
        ("Askar Umarov, in turn, pointed out the importance of strengthening ties with mass media.", []),
        # ... a clause after it does
        (
            "Askar Umarov, in turn, said the ties with mass media will grow.",
            [("indirect", "the ties with mass media will grow.", "Askar Umarov")],
        ),
        # a medium that reads, without quotation marks
        (
            "Eight exposition halls will be built there, the Instagram account of the Governor reads.",
            [("indirect", "Eight exposition halls will be built there", "the Governor")],
        ),
        (
            "The PM noticed that global food prices grew by 36% over the past 12 months.",
            [("indirect", "global food prices grew by 36% over the past 12 months.", "The PM")],
        ),
        (
            "The Foreign Office expressed confidence that the statements will not damage the ties.",
            [("indirect", "the statements will not damage the ties.", "Foreign Office")],
        ),
    ],
)
def test_english_adverb_appositions_media_that_read_and_more_verbs(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # figures dated by `на`, no source named
        ("По информации на 9:31 утра, пожар ликвидирован на площади 500 кв. м.", []),
        ("По данным на 1 января, население выросло на два процента за год.", []),
        (
            "По информации акимата, пожар ликвидирован на площади 500 кв. м.",
            [("indirect", "пожар ликвидирован на площади 500 кв. м.", "акимата")],
        ),
    ],
)
def test_a_russian_opening_that_only_dates_its_figures_is_no_quote(pipeline, paragraph: str, expected: list) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Заголовок\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


def test_russian_speakers_by_vedomstvo_earlier_and_a_longer_description(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ столице тушат пожар, передает агентство со ссылкой на МЧС РК.\n\n"
        "Как сообщили в ведомстве, огнеборцы тушат возгорание в двухэтажном корпусе.\n\n"
        "Аким Астаны Женис Касымбек рассказал о работе. Ранее он также сообщил о том, что LRT в Астане могут "
        "запустить раньше.\n\nКазахстанский фигурист Михаил Шайдоров сделал заявление.\n\n"
        "«Я не мог поверить в это», – заявил 21-летний казахстанский фигурист из Алматы.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("ведомстве", "org:ministry-of-emergency-situations-of-kazakhstan"),
        ("он", "per:zhenis-kassymbek"),
        ("21-летний казахстанский фигурист из Алматы", "per:mikhail-shaidorov"),
    ]


def test_a_russian_bare_noun_speaker_is_the_body_it_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`подчеркнули в центре` after `Центр международных программ` is that centre; with no centre named before it
    is nobody, not the last body of another kind."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Центре международных программ представили реформы стипендии.\n\n"
        "— Проходной балл не набрали 131 человек, — подчеркнули в центре.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("центре", "org:ru:Центр международных программ")
    ]
    doc = annotate(pipeline, "Заголовок\n\nАкимат Алматы провел встречу.\n\n— Дороги откроют, — сообщили в центре.\n")
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [("центре", None)]


def test_chinese_warnings_issued_report_no_words_and_a_chief_sanitary_doctor_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n尽管工作人员多次发出警告，仍有部分游客靠近野生动物。\n\n"
        "哈萨克斯坦首席卫生医师阿伊詹·叶西玛汗别托娃出席了发布会。\n\n"
        "首席卫生医师说：“目前，已有14名外国公民治愈出院。”\n",
    )
    assert [(content, entity) for _, content, _, entity in described(doc)] == [
        ("目前，已有14名外国公民治愈出院。", "per:aizhan-yesmagambetova")
    ]


def test_chinese_dash_quote_closed_by_a_comma_and_a_said_that_runs_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`—…规律，-马汗诺夫表示。` ends its dash quote with a comma, which the words between the dashes keep (only the
    Russian `, —` before the attribution is left out); `X解释说，A。B。` goes on to B."""
    doc = annotate(
        pipeline,
        "标题\n\n马汗诺夫解释说，每年11月至12月是羚羊的发情期，这属于正常现象。目前，羚羊的体力已明显恢复。\n\n"
        "—羚羊群为寻找食物而向南迁移，这完全符合其自然迁徙规律，-他表示。\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "每年11月至12月是羚羊的发情期，这属于正常现象。目前，羚羊的体力已明显恢复。", "马汗诺夫"),
        ("direct", "羚羊群为寻找食物而向南迁移，这完全符合其自然迁徙规律，", "他"),
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        ("部长在致辞中并强调这一项目对国家发展的意义。", None),  # what was spoken about
        ("警方将向公众介绍新型网络诈骗手段及防范方法。", None),
        ("部长强调这一项目具有重要意义。", "这一项目具有重要意义。"),  # a clause: 意义 is 具有's object
        ("部长强调，这一项目对国家发展的意义重大。", "这一项目对国家发展的意义重大。"),
    ],
)
def test_a_chinese_cue_with_a_topic_as_object_reports_nothing(pipeline, sentence: str, content: str | None) -> None:  # type: ignore[no-untyped-def]
    found = [doc_content for _, doc_content, _, _ in described(annotate(pipeline, "标题\n\n" + sentence + "\n"))]
    assert found == ([content] if content else [])


def test_a_word_holding_a_cue_neither_opens_nor_ends_a_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    """称 in 名称 does not stop 总统表示's run over its paragraph; 也就是说 and 对…来说 are no reports."""
    doc = annotate(
        pipeline,
        "标题\n\n总统表示，未来议会应以“库鲁尔泰”命名。“库鲁尔泰”这一名称为民众所熟知。\n\n"
        "这里将建设商业综合体。也就是说，这些地方将成为公众经常光顾的场所。对哈萨克斯坦来说，这是机遇。\n\n"
        "双方商定为哈萨克斯坦承运人增加一个新的目的地。\n",  # 斯坦|承运人 holds no 坦承
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "未来议会应以“库鲁尔泰”命名。“库鲁尔泰”这一名称为民众所熟知。"
    ]


def test_a_collective_or_a_meeting_speaks_for_its_own_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n会议还指出，各方高度重视走廊的发展。到2025年，过境量预计将达到3.6万标准箱。\n\n"
        "部长指出，各方高度重视走廊的发展。到2025年，过境量预计将达到3.6万标准箱。\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "各方高度重视走廊的发展。",
        "各方高度重视走廊的发展。到2025年，过境量预计将达到3.6万标准箱。",  # a person's statement runs on
    ]


def test_another_countrys_president_is_no_holder_of_a_kazakh_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n“We are glad to see you,” the Kazakh President said.\n\n"
        "Shavkat Mirziyoyev thanked Kassym-Jomart Tokayev for a warm welcome.\n\n"
        "“Today’s visit is of historical importance,” the Uzbek President said.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:kassym-jomart-tokayev", "per:shavkat-mirziyoyev"]


def test_a_commemorated_person_is_no_antecedent_of_a_pronoun(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`… schools named after Abai … the 175th anniversary of Abai. … He also added that …`: the minister, not Abai,
    whatever else the text calls Abai (`Abai boarding schools`)."""
    doc = annotate(
        pipeline,
        " date 2020-06-04\nTitle\n\nEducation and Science Minister Askhat Aimagambetov told about boarding schools "
        "named after Abai.\n\nConstruction of the network of Abai boarding schools started as part of the 175th "
        "anniversary of Abai.\n\nHe also added that the teachers' salaries would be increased.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:askhat-aimagambetov"]


def test_a_russian_speaker_ends_before_where_he_wrote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nНик Картер приехал в Алматы.\n\n— Лучший прием в нашей жизни, — написал он под видео.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [("он", "per:ru:Ник Картер")]


def test_english_regional_bodies_the_latter_and_an_infinitive_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`the regional akimat` in Akmola region's news is the Akmola Region Akimat; `… received Y. The latter
    reported …. he told the President that …` is Y's; `…, to impose sanctions and get the public informed.` is an
    order's clause, not a trailing source."""
    doc = annotate(
        pipeline,
        "Title\n\nHarvesting started in Akmola region. According to the regional akimat, a total of 41,000 hectares "
        "were harvested.\n",
    )
    assert list(english_speakers(pipeline, doc).values()) == ["Akmola Region Akimat"]
    doc = annotate(
        pipeline,
        " date 2022-02-14\nTitle\n\nHead of State Kassym-Jomart Tokayev received Prosecutor General Gizat Nurdauletov."
        "\n\nThe latter reported on the investigation. He told the President that 3,070 criminal cases were launched."
        "\n\nThe Head of State instructed to respond to each complaint, to impose sanctions on those guilty and get "
        "the public informed.\n",
    )
    assert [(content[:12], entity) for _, content, _, entity in described(doc)] == [
        ("3,070 crimin", "per:gizat-nurdauletov")
    ]


def test_a_chinese_cue_inside_a_circumstance_is_not_the_sentences_cue(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`主任在介绍新任州长时指出，…`: 介绍 is what he was doing when he spoke; the words follow 指出."""
    doc = annotate(pipeline, "标题\n\n总统府办公厅主任在介绍新任州长时指出，新州长是一位经验丰富的领导者。\n")
    assert [content for _, content, _, _ in described(doc)] == ["新州长是一位经验丰富的领导者。"]


def test_a_chinese_body_that_issues_a_statement_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n文化和体育部今天发布官方声明明确表示，哈萨克斯坦不会申办世界杯。外交部发表声明称，双方关系良好。\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("文化和体育部", "org:ministry-of-culture-and-sports-of-kazakhstan"),
        ("外交部", "org:ministry-of-foreign-affairs-of-kazakhstan"),
    ]


def test_a_chinese_statement_goes_on_where_the_speaker_speaks_in_the_first_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`张霄表示，A。上周我同托卡耶夫总统举行了会见，总统重申B。`: the sentence whose subject is 我 is the
    speaker's own, with what it tells the President said, one statement; one opened by 我国 (the article's voice)
    is not."""
    doc = annotate(
        pipeline,
        "标题\n\n张霄表示，当前两国关系面临重大发展机遇。上周我同托卡耶夫总统举行了会见，总统重申哈坚持对华睦邻友好的"
        "原则立场。\n\n部长表示，出口将继续增长。我国今年前四个月石油产量增长6%，托卡耶夫总统表示满意。\n",
    )
    assert [(doc.span(q.start, q.end)[:4], doc.span(q.start, q.end)[-4:]) for q in doc.quotes][:2] == [
        ("当前两国", "则立场。"),
        ("出口将继", "续增长。"),
    ]


def test_a_chinese_sentence_before_who_made_the_news_public_is_theirs(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…4600公里。…代理主席努尔詹·凯勒布甘诺夫在论坛上公布了这一消息。`: the sentence before is his report, as
    before 做上述表示; the outlet's report before it is not."""
    doc = annotate(
        pipeline,
        "标题\n\n据斜体字网站报道，近年来，哈萨克斯坦铁路行业迎来了崭新的发展阶段。自2022年起，哈萨克斯坦国家铁路"
        "公司已启动实施12个大型基础设施项目，总长度达4600公里。交通部铁路和水运委员会代理主席努尔詹·凯勒布甘诺夫在"
        "论坛上公布了这一消息。\n",
    )
    assert [(doc.span(q.start, q.end)[:7], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("自2022年起", "努尔詹·凯勒布甘诺夫")
    ]


def test_a_chinese_company_that_issued_a_statement_is_its_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`根据公司发布的最新声明：“…”` and `公司在声明中表示` after the company was named: the company speaks (公司 alone
    stands for it, as 该公司 does); the preposition and the issuing are no part of the speaker."""
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦国家石油天然气公司（KazMunayGas）新闻处否认了有关消息。\n\n根据公司发布的最新声明：\n\n"
        "“此消息不属实。”\n\n公司在声明中表示：“公司正与合作伙伴一道评估影响。”\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("公司", "org:kazmunaygas"),
        ("公司", "org:kazmunaygas"),
    ]


def test_a_chinese_statement_in_which_words_are_said_is_its_issuers_and_a_message_alone_no_ones(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`声明中指出，…` after the ministry issued a statement: the ministry's words; `文化和体育部郑重声明` drops its
    adverb; `消息称，…` (or `有消息称，…`) opening a sentence alone reports no one's words."""
    doc = annotate(
        pipeline,
        "标题\n\n文化和体育部发布了官方声明。\n\n声明中指出，哈萨克斯坦高度重视本国足球事业的发展。然而，文化和体育部郑重"
        "声明，哈萨克斯坦从未考虑过申办世界杯。\n\n消息称，今年新建学校50所。\n\n有消息称，该项目将延期。\n",
    )
    assert [(content[:8], entity) for _, content, _, entity in described(doc)] == [
        ("哈萨克斯坦高度重", "org:ministry-of-culture-and-sports-of-kazakhstan"),
        ("哈萨克斯坦从未考", "org:ministry-of-culture-and-sports-of-kazakhstan"),
    ]


def test_a_pronoun_after_a_short_opener_is_the_subject_named_after_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`In turn, X briefed Y … In his words, …, he said`: X, though Y spoke last; `此外，托卡耶夫总统…。市长表示，…。
    据他介绍` is the mayor, whose title opens the sentence between."""
    doc = annotate(
        pipeline,
        "Title\n\nNazarbayev met with Talgat Donakov on Wednesday.\n\n«Judges should be selected based on the "
        "results of rigorous selection,» said Nursultan Nazarbayev.\n\nIn turn, Talgat Donakov briefed Nursultan "
        "Nazarbayev on the measures.\n\nIn his words, the situation is changing. A commission has been formed, he "
        "said.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:nursultan-nazarbayev"] + ["per:talgat-donakov"] * 2
    doc = annotate(
        pipeline,
        "标题\n\n阿拉木图市长达尔汗·萨特巴尔德出席了会议。\n\n此外，托卡耶夫总统还听取了关于交通系统建设的汇报。\n\n"
        "市长表示，阿拉木图总规划包括增加绿地面积的解决方案。据他介绍，截至2025年，城市街道全部采用高质量照明。\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:darkhan-satybaldy"] * 2


def test_vedomstvo_is_the_office_named_before_not_a_facility_or_a_photo_credit(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`В ведомстве уточнили` after `В Управлении полиции города Семей …`, a photo credit naming the akimat and a
    sewer `«Мясокомбинат»`: the police department speaks, under its English name."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Управлении полиции города Семей сообщили о временном закрытии моста.\n\n"
        "Фото: акимат области Абай\n\nОграничения связаны с реконструкцией коллектора «Мясокомбинат».\n\n"
        "В ведомстве уточнили, что движение будет открываться в 06:00.\n",
    )
    assert list(english_speakers(pipeline, doc).values()) == ["Semey City Police Department"]


def test_russian_bodies_known_by_their_abbreviation_speak_under_their_english_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nКак сообщили в ДУМК, точные даты праздника будут объявлены позже. По данным МЗ РК, эпидемия "
        "гриппа начинается в декабре.\n",
    )
    assert list(english_speakers(pipeline, doc).values()) == [
        "Spiritual Administration of Muslims of Kazakhstan",
        "Ministry of Healthcare of Kazakhstan",
    ]


def test_a_known_person_speaks_under_the_spelling_kazinform_writes(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Ондасын Уразалин is `Ondassyn Urazalin` in Kazinform's English (and in the Kazakh romanisation of his
    Russian name); the older spelling still finds him."""
    for text in (
        "Заголовок\n\nАким области Ондасын Уразалин сообщил, что дорогу откроют в мае.\n",
        "Title\n\nRegional governor Ondasyn Urazalin said the road will open in May.\n",
    ):
        assert list(english_speakers(pipeline, annotate(pipeline, text)).values()) == ["Ondassyn Urazalin"]


def test_kazakhstan_president_after_another_president_is_the_kazakh_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Kazakhstan President` names the office, not the president named last (Rahmon), and `him` after it too."""
    doc = annotate(
        pipeline,
        " date 2021-05-02\nTitle\n\nPresident Kassym-Jomart Tokayev had a telephone conversation with President "
        "Emomali Rahmon of Tajikistan.\n\nKassym-Jomart Tokayev expressed concern. Kazakhstan President expressed the "
        "opinion that border issues should be resolved. According to him, it is important to show restraint.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:kassym-jomart-tokayev"] * 2


def test_a_chinese_statement_stops_where_the_article_names_a_source_of_its_own(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n部长表示，油价上涨。据美银报告，到2026年底经济增长。据悉，会谈在大使馆举行。\n")
    assert [content for _, content, _, _ in described(doc)] == ["油价上涨。"]


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        (
            "He went on to add that KZT69bn worth of investments have been attracted in the region.",
            [("indirect", "KZT69bn worth of investments have been attracted in the region.", "He")],
        ),
        (
            "Six projects are planned to be implemented in 2016, according to director of the Institute Mr. Yerlan "
            "Karin.",
            [("indirect", "Six projects are planned to be implemented in 2016", "Yerlan Karin")],  # the title aside
        ),
        (
            "«As of today 711 people are on preventive detention,» an official spokesperson of the Kazakh Interior "
            "Ministry, Nurdilda Oraz, said.",
            [("direct", "As of today 711 people are on preventive detention,", "Nurdilda Oraz")],
        ),
        (
            '"Those are mainly projects from scratch," he elaborated. "Construction works are planned to start in '
            '2016."',
            [
                ("direct", "Those are mainly projects from scratch,", "he"),
                ("direct", "Construction works are planned to start in 2016.", "he"),
            ],
        ),
        # the next quotation breaks off for an attribution of its own, whatever its verb
        (
            '"We will build it soon," he said. "It is far too late for that," the minister frowned.',
            [("direct", "We will build it soon,", "he")],
        ),
    ],
)
def test_english_went_on_to_say_a_titled_source_after_and_a_quotation_after_an_attribution(  # type: ignore[no-untyped-def]
    pipeline, paragraph: str, expected: list
) -> None:
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == expected


def test_a_chinese_title_alone_is_the_subject_before_and_brackets_inside_a_circumstance(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统向土库曼民族领袖古尔班古力·别尔德穆哈梅多夫及总统谢尔达尔·别尔德穆哈梅多夫致以祝贺。\n\n"
        "总统强调，论坛提出的倡议为21世纪中立地位赋予全新视角。\n\n"
        "政府总理奥尔扎斯·别克捷诺夫日前在答复马吉利斯(议会下院)议员质询时表示，仲裁程序之所以耗时较长，主要在于需要收集证据。\n",
    )
    speakers = {doc.span(q.start, q.end)[:6]: q.speaker_entity_id for q in doc.quotes}
    assert speakers["论坛提出的倡"] == "per:kassym-jomart-tokayev"  # not the president named in the object
    assert speakers["仲裁程序之所"] == "per:olzhas-bektenov"  # (议会下院) lies inside 在…时, no credit
    other = annotate(
        pipeline,
        "标题\n\n谢尔达尔·别尔德穆哈梅多夫总统会见了托卡耶夫总统。\n\n总统表示，两国关系发展顺利，前景广阔。\n",
    )
    assert [q.speaker_entity_id for q in other.quotes] == ["per:serdar-berdimuhamedov"]
    # the country whose president he is opens the sentence before the title: still its subject
    with_country = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦总统哈斯穆-卓玛尔特·托卡耶夫在会议上发表讲话，特别向塔吉克斯坦总统埃莫马利·拉赫蒙致谢。\n\n"
        "总统提到，今年是伟大卫国战争胜利80周年。\n",
    )
    assert [q.speaker_entity_id for q in with_country.quotes] == ["per:kassym-jomart-tokayev"]


def test_chinese_experts_run_on_the_sides_do_not_and_the_articles_remark_ends_a_run(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n专家认为，旅游业与三十多个行业密切相关。每年入住旅游设施的人数不断增长。\n\n"
        "报告指出，民众对复核程序的需求明显增加。半年内，法院收到超过1.6万件申诉。\n\n"
        "双方表示，将加强合作。目前，两国贸易额增长。\n\n"
        "此外，外界有观点认为今年粮食质量略有下降。收获工作仍在进行。\n\n"
        "农场兽医介绍，鹿群在冬季被分群饲养，并始终受到严格的健康监测。值得注意的是，条纹马鹿已被列入《红皮书》。\n\n"
        "—企业家对旅游业的兴趣明显增加。这都将转化为企业家的收益。-旅游和体育部旅游产业委员会主席努尔塔斯·卡里帕耶夫表示。\n",
    )
    found = {doc.span(q.start, q.end) for q in doc.quotes}
    assert "旅游业与三十多个行业密切相关。每年入住旅游设施的人数不断增长。" in found  # experts explain on
    assert "民众对复核程序的需求明显增加。半年内，法院收到超过1.6万件申诉。" in found  # so does a report
    assert "将加强合作。" in found and "今年粮食质量略有下降。" in found  # the sides, the public: one sentence
    assert "鹿群在冬季被分群饲养，并始终受到严格的健康监测。" in found  # 值得注意的是: the article speaks again
    dash = next(q for q in doc.quotes if doc.span(q.start, q.end).startswith("企业家"))
    assert doc.span(dash.speaker_start, dash.speaker_end) == "努尔塔斯·卡里帕耶夫"  # a long title before the name


def test_chinese_villagers_are_an_unnamed_source_of_one_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`而当地村民称，…。该村…`: what villagers say is its own sentence, the next is the article's; 而 (whereas)
    is no part of the speaker."""
    doc = annotate(
        pipeline,
        "标题\n\n死亡人数已达37人。而当地村民称,死亡人数可能已超过100人。该村原有居民2240人,约一半已自行疏散。\n",
    )
    assert described(doc) == [("indirect", "死亡人数可能已超过100人。", "当地村民", None)]


def test_a_dash_paragraph_after_a_statement_goes_on_with_its_speaker_and_a_list_item_does_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам Ерлана Карина, парламентская реформа открывает путь к пересмотру всей политической "
        "системы.\n\n— Создание однопалатного Парламента — судьбоносное, крайне необходимое решение для будущего "
        "страны.\n\nСессия продолжится завтра.\n\n— Второе заседание комиссии пройдет в конце недели в Астане.\n\n"
        "В повестке:\n\n— первый пункт о поправках в Конституцию и законы страны;\n\n"
        "Руслан Желдибай сообщил, что Глава государства выразил соболезнования семьям погибших.\n\n"
        "— Правительству поручено оказать всю необходимую помощь близким родственникам, — говорится в сообщении.\n",
    )
    direct = [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes if q.kind == "direct"]
    assert direct == [
        ("Создание однопалатного Парламента — судьбоносное, крайне необходимое решение для будущего страны.",
         "per:yerlan-karin"),
        ("Правительству поручено оказать всю необходимую помощь близким родственникам", "per:ruslan-zheldibay"),
    ]  # fmt: skip


def test_english_a_number_opens_a_clause_after_said_and_a_hyphen_paragraph_goes_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nOn Tuesday, Minister Atamkulov said two regions of Kazakhstan demonstrate the high volume of "
        "investments.\n\n- The population is growing. And given that, it is necessary to build new schools in the "
        "capital.\n\n- list item one;\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)[:20], q.speaker_entity_id) for q in doc.quotes] == [
        ("indirect", "two regions of Kazak", "per:beibut-atamkulov"),
        ("direct", "The population is gr", "per:beibut-atamkulov"),
    ]


def test_russian_statement_with_no_owner_reflexive_verbs_and_route_ends(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nЧемпионат завершился в Алматы, передает Kazinform со ссылкой на Министерство туризма и спорта "
        "РК.\n\n— Тогызкумалак — это не просто национальная игра, а духовное достояние нашего народа, — говорится в "
        "сообщении.\n\nКак сообщили в пресс-службе акимата города Кокшетау, на оформление предусмотрено 55 млн "
        "тенге.\n\n— Впервые основные праздничные события планируются на новых пространствах, — поделились планами в "
        "ведомстве.\n\n— Продолжается строительство новых железнодорожных линий: Кызылжар –Мойынты, Дарбаза — "
        "Мактаарал, — сказал министр.\n",
    )
    quotes = {
        doc.span(q.start, q.end)[:12]: (doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id)
        for q in doc.quotes
    }
    cited = next(m.entity_id for m in doc.mentions if doc.span(m.start, m.end).startswith("Министерство туризма"))
    assert quotes["Тогызкумалак"] == ("сообщении", cited)  # the statement of the body cited before
    assert quotes["Впервые осно"][0] == "ведомстве"  # what was shared is no speaker
    labels = {doc.span(m.start, m.end): m.label for m in doc.mentions}
    assert (labels["Кызылжар"], labels["Дарбаза"]) == ("LOC", "LOC")  # the ends of a route: places, no persons


def test_chinese_reported_with_hui_bao_a_dashed_name_and_english_certainty(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长瓦里指出，现已启动规划的编制工作。\n\n“该规划将涵盖总面积超过1000公顷的休闲与旅游区域。”——瓦里表示。\n\n"
        "他还汇报称，阿拉木图州是有效利用国家农业补贴的地区之一。\n",
    )
    speakers = written_speakers(doc)
    assert speakers[1] == ("瓦里", speakers[0][1]) and speakers[0][1] is not None  # the name the governor was given
    assert speakers[2][0] == "他"  # 汇报称 is the cue, 还 an adverb
    english = annotate(
        pipeline,
        "Title\n\nPresident of the Academy Kairat Zakiryanov is certain that the reasons of such a gap are obvious.\n\n"
        '"For Xinjiang the Silk Road Economic Belt offers great opportunities," he summed up.\n',
    )
    assert [q.kind for q in english.quotes] == ["indirect", "direct"]


def test_an_english_source_run_stops_where_a_titled_subject_acts(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to Magzum Mirzagaliyev, currently the roadmaps are in place. The President gave an "
        "instruction to continue active work.\n\nAccording to the expert, the plan is ready. It will be adopted in "
        "May.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "currently the roadmaps are in place.",
        "the plan is ready. It will be adopted in May.",
    ]


def test_a_chinese_title_after_its_body_is_its_holder_and_a_director_is_no_president(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2025-05-20\n标题\n\n访问框架下,霍沙诺夫同中国全国人民代表大会常务委员会委员长赵乐际举行了会晤。\n\n"
        "中国人大委员长表示,立法机构之间的合作是两国伙伴关系的重要部分。\n\n"
        "文化和体育部部长阿斯哈特·沃拉洛夫在接受Jibek Joly电视频道采访时表示,国内游客数量达到860万人次。\n",
    )
    speakers = {doc.span(q.start, q.end)[:6]: q for q in doc.quotes}
    assert speakers["立法机构之间"].speaker_entity_id == "per:zhao-leji"  # 委员长赵乐际, not the last name
    other = annotate(
        pipeline,
        " date 2025-05-20\n标题\n\n因此，总统在国情咨文中特别强调，基础设施建设应以能源领域为优先。\n\n"
        "PACE Analytics公司主任阿斯卡尔·伊斯马伊洛夫表示，大规模项目需要审慎对待。\n",
    )
    president = other.quotes[0]
    assert other.span(president.speaker_start, president.speaker_end) == "总统"  # 在国情咨文中特别: when, how
    assert president.speaker_entity_id == "per:kassym-jomart-tokayev"  # the company's director is no president
    minister = speakers["国内游客数量"]
    assert doc.span(minister.speaker_start, minister.speaker_end) == "阿斯哈特·沃拉洛夫"  # a space inside the
    # channel's Latin name starts no clause


def test_a_body_owned_by_a_name_is_named_with_the_name_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title\n\nThe minister met the delegation, the Akorda's press service reports.\n")
    assert speaker_names(pipeline, doc) == ["Akorda press service"]


def test_chinese_dash_paragraph_announced_by_a_colon_and_background_ends_a_run(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n水资源部部长努尔吉格托夫出席会议。\n\n努尔吉格托夫表示:\n\n"
        "- 我们期待与亚行建立长期的合作关系。水资源部正在制定项目。\n\n"
        "同时，他指出城市需要一座现代化图书馆，此项工程也应于今年动工。"
        "此前在与知识界代表会晤时，总统已就此提出明确要求。\n\n"
        "会议议程如下：\n\n- 讨论水利项目；\n",
    )
    spans = [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes]
    assert spans[0] == ("direct", "我们期待与亚行建立长期的合作关系。水资源部正在制定项目。")
    assert spans[1] == ("indirect", "城市需要一座现代化图书馆，此项工程也应于今年动工。")  # 此前: the article's own
    assert len(spans) == 2  # an agenda's item after 如下： is nobody's words


def test_english_single_marks_a_captioned_photo_and_a_past_clause_without_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister Yerlan Sagadiyev met teachers.\n\n‘I agree that teachers are low-paid. We are working on "
        "fixing teacher's salaries', he said at a presser.\n\n\"The D island,\" he simply captioned the photo.\n\n"
        "He stressed many people refused to leave their homes.\n\nHe stressed the projects launched last year.\n",
    )
    spans = [(q.kind, doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes]
    assert spans == [
        ("direct", "I agree that teachers are low-paid. We are working on fixing teacher's salaries", "he"),
        ("direct", "The D island,", "he"),
        ("indirect", "many people refused to leave their homes.", "He"),
    ]


def test_russian_source_inside_a_sentence_and_a_second_report_in_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАким области Марат Ахметов представил план.\n\n"
        "Одним из ключевых проектов плана, по его словам, станет строительство дороги до Аркалыка.\n\n"
        "Спортсмен отметил, что для сборной как никогда важна поддержка болельщиков и заверил соотечественников в "
        "том, что каждый спортсмен приложит максимум усилий.\n\nОн сказал, что проект важен и полезен.\n",
    )
    spans = [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes]
    assert spans == [
        ("Одним из ключевых проектов плана, по его словам, станет строительство дороги до Аркалыка.", "его"),
        ("для сборной как никогда важна поддержка болельщиков", "Спортсмен"),
        ("каждый спортсмен приложит максимум усилий.", "Спортсмен"),
        ("проект важен и полезен.", "Он"),  # `и` between two words, not two reports
    ]


def test_a_russian_dash_paragraph_announced_by_a_colon_holds_its_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистр Чингиз Аринов сообщил:\n\n— Землетрясение, по данным Института сейсмологии, произошло "
        "далеко от Алматы. Угрозы нет.\n\nВ списке:\n\n— Алматы;\n",
    )
    assert [(q.kind, doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        (
            "direct",
            "Землетрясение, по данным Института сейсмологии, произошло далеко от Алматы. Угрозы нет.",
            "per:chingis-arinov",
        )
    ]


def test_russian_nouns_for_a_person_named_before_speak_for_that_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nСенатор Ольга Булавкина сообщила, что цены выросли.\n\n"
        "По словам парламентария, подорожание обусловлено повышением тарифов.\n\n"
        "Как рассказал местный житель Виталий Ордин, проблемы начались давно.\n\n"
        "— Каждый месяц он снова прорвался, — рассказывает мужчина.\n\nВ МВД сообщили, что ведется проверка.\n",
    )
    assert speaker_names(pipeline, doc) == [
        "Olga Bulavkina",
        "Olga Bulavkina",
        "Vitaly Ordin",
        "Vitaly Ordin",
        "Ministry of Internal Affairs of Kazakhstan",  # МВД alone is the Kazakh ministry
    ]


def test_chinese_forecasts_run_on_a_warning_ends_them_and_a_quoted_name_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n气象专家预测,降雪将持续至当日深夜。周末气温有望回升。\n\n"
        "专家指出,此类强降水已被列为危险气象灾害。有关部门提醒居民出行时保持高度警惕。\n\n"
        "“阿塔梅肯”国家企业家商会信息技术行业委员会副主席维塔利·普斯托沃伊滕科认为，这一举措恰逢其时。\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("indirect", "降雪将持续至当日深夜。周末气温有望回升。"),
        ("indirect", "此类强降水已被列为危险气象灾害。"),
        ("indirect", "这一举措恰逢其时。"),  # not the chamber's name in quotation marks
    ]


def test_a_chinese_verb_with_an_object_inside_a_statement_reports_nothing_new(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n苏勒坦诺夫解释称，USDA的监测模型虽具参考价值，但其预测基于概率模型。实际产量往往与模型预测存在差异。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "USDA的监测模型虽具参考价值，但其预测基于概率模型。实际产量往往与模型预测存在差异。"
    ]


def test_an_english_clause_without_that_is_told_by_its_finite_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Kazakh Minister Yerlan Karin said strengthening of good neighbourliness between Kazakhstan and "
        "Uzbekistan remains a priority.\n\nHe stressed despite challenges the countries have similar positions.\n\n"
        "He stressed the importance of the projects launched last year.\n\nHe noted the projects that are under "
        "way.\n\nHe noted with satisfaction the growth of trade.\n\nHe told the journalists that the plan is ready.\n\n"
        "No additional details were added since the case was marked as secret.\n\nNurlybek Nalibayev informed the "
        "President about the exploration works carried out in the region.\n\nNursultan Nazarbayev stressed the "
        "growing population of the capital and noted the need to take measures.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "strengthening of good neighbourliness between Kazakhstan and Uzbekistan remains a priority.",
        "despite challenges the countries have similar positions.",
        "the plan is ready.",  # `that` after whom he told; after an object it opens a relative clause
    ]


def test_chinese_expectations_passives_and_topics(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n凯勒布甘诺夫介绍了项目。\n\n凯勒布甘诺夫预计，这些项目的实施将确保铁路基础设施保持高效可靠。\n\n"
        "预计，明年产量将增长。\n\n位于马坎希区的阿拉湖被认为具有巨大的旅游和投资潜力。\n\n"
        "习近平高度评价哈萨克斯坦的作用，强调其在中亚的稳固地位及对地区未来的贡献。\n\n"
        "展厅的目标在于向公众介绍金帐汗国的历史与文化，阐释其重要地位。\n",
    )
    assert [(doc.span(q.speaker_start, q.speaker_end), doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("凯勒布甘诺夫", "这些项目的实施将确保铁路基础设施保持高效可靠。")
    ]  # not the article's forecast, a passive `被认为`, nor what was stressed or presented as a topic


def test_a_russian_regional_or_district_body_is_the_one_of_the_place_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Жетысуской области построят школы.\n\nКак сообщили в областном акимате, школа на 600 мест "
        "будет построена в этом году.\n\nВ Катон-Карагайском районе ремонтируют дорогу. В районном акимате "
        "сообщили, что дорогу откроют.\n",
    )
    assert speaker_names(pipeline, doc) == [
        "Zhetysu Region Akimat",  # a region no gazetteer knows, its с between vowels one s
        "Katon-Karagay District Akimat",
    ]


def test_a_bare_russian_akimat_is_the_one_of_the_city_or_region_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Как уточнили в акимате` in news of Kostanay names no akimat: it is the city's; in news of a region, the
    region's; of a foreign place, none."""
    doc = annotate(
        pipeline,
        "Без воды остались дома в Костанае\n\nАвария возникла из-за порыва трубы.\n\n"
        "Как уточнили в акимате, на данный момент порыв локализован.\n",
    )
    assert speaker_names(pipeline, doc) == ["Kostanay City Akimat"]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Костанайской области прошел паводок.\n\nКак сообщили в акимате, дороги открыты.\n",
    )
    assert speaker_names(pipeline, doc) == ["Kostanay Region Akimat"]
    doc = annotate(pipeline, "Заголовок\n\nАвария произошла в Китае.\n\nКак сообщили в акимате, дороги открыты.\n")
    assert speaker_names(pipeline, doc) == [None]
    doc = annotate(
        pipeline,
        "В Шымкенте прорвало трубу\n\nПострадал житель Туркестанской области.\n\n"
        "Как сообщили в акимате, трубу починили.\n",
    )
    assert speaker_names(pipeline, doc) == ["Shymkent City Akimat"]  # where the news is, not a place named later


def test_constructions_of_the_set_opened_last_in_three_languages(pipeline) -> None:  # type: ignore[no-untyped-def]
    chinese = annotate(
        pipeline,
        "标题\n\n他同时宣布：\n\n“到2029年，项目将投入近6000亿坚戈资金。”\n\n"
        "托卡耶夫严肃指出，合作社实际上只有几个人组建。这种现象阻碍了收入增长。他要求：\n\n"
        "“必须在全国范围内真正推动农户联合。”\n\n联合国开发计划署表示，雪豹种群意义重大。\n\n"
        "- “研究雪豹不仅有助于其保护，还能评估山地生态系统的健康状况。”\n\n"
        "中亚各民族早已称其为“irbis”，视其为勇气的象征。\n",
    )
    assert [
        (
            chinese.span(q.speaker_start, q.speaker_end) if q.speaker_start is not None else None,
            chinese.span(q.start, q.end)[:6],
        )
        for q in chinese.quotes
    ] == [
        ("他", "到2029年"),  # 同时 is no part of the speaker
        ("托卡耶夫", "合作社实际上"),  # ends before `他要求：`, which announces the next quotation
        ("联合国开发计划署", "雪豹种群意义"),
        (None, "研究雪豹不仅"),  # a dash before the quotation marks; `称其为` names, reports nothing
    ]
    russian = annotate(
        pipeline,
        "Заголовок\n\nОколо 10 тысяч предложений поступило по проекту Конституции, сообщил Государственный советник "
        "Ерлан Карин, передает корреспондент агентства Kazinform.\n\nПорядок формирования совета, его полномочия и "
        "организация деятельности, как отметил Пономарёв, будут определяться законом.\n\nВ ДП региона подтвердили "
        "факт, отметив, что проводятся розыскные мероприятия.\n\nПричем, по словам самого спортсмена, он планирует "
        "выступить в двух дисциплинах.\n",
    )
    assert [russian.span(q.start, q.end)[:20] for q in russian.quotes] == [
        "Около 10 тысяч предл",  # the agency's tail after the attribution
        "Порядок формирования",  # commas before `, как отметил X,`
        "проводятся розыскные",
        "он планирует выступи",  # a linking word before the source is no part of the words
    ]
    english = annotate(
        pipeline,
        "Title\n\nKazakh Foreign Minister Mukhtar Tileuberdi met with Foreign Minister of China Wang Yi.\n\n"
        "Following the meeting, the Kazakh FM said the outcomes gave a new impetus to relations.\n\nAccording to "
        "Baikhanov, the works will be completed by December 15. He also reported to the Head of State on the main "
        "indicators.\n\nThe works reached KZT 173.7 billion, Altay Kulginov, Mayor of Nur-Sultan City, said during "
        "today's discussion, Kazinform correspondent reports.\n\nThe Head of State declared the state of emergency "
        "and especially praised the journalists.\n",
    )
    assert [(english.span(q.start, q.end), english.quotes and q.speaker_entity_id) for q in english.quotes] == [
        ("the outcomes gave a new impetus to relations.", "per:mukhtar-tileuberdi"),  # FM: the Kazakh one
        ("the works will be completed by December 15.", "per:asain-baikhanov"),  # he reports anew after it
        # text before a trailing attribution is the speaker's, with an apposition and where it was said as without
        ("The works reached KZT 173.7 billion", "per:altai-kulginov"),
    ]


def test_a_transliterated_surname_alone_is_no_gazetteer_person_another_consonant_away(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n阿比舍夫认为，人口因素也在排名中起到重要作用。\n")
    assert doc.quotes[0].speaker_entity_id == "per:zh:阿比舍夫"  # not Daniyar Akishev (b is no k)


def test_english_apposition_after_a_quotation_its_continuation_and_a_quotation_inside_a_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"We dedicate all these concerts to Astana," Aiman Mussakhajayeva, People\'s Artist of Kazakhstan, '
        "said.\n\n«The area exceeded 111.9 thou ha this year,» said Nurkhan Tleumuratov, the district’s governor. "
        "«According to the forecast, the yield is 17 centers per hectare.»\n\n“I believed in my son,” says Tatyana "
        "about her feelings.\n\nEarlier Prime Minister Askar Mamin claimed that the situation is getting better.\n\n"
        "In turn, Sergey Lavrov highlighted that both sides aim at the decisions of the presidents, «including the "
        "Joint Action Plan signed in Petropavlovsk.»\n\nThe company, «Samruk-Kazyna», reported profits.\n",
    )
    spans = [(q.kind, doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes]
    assert spans == [
        ("direct", "We dedicate all these concerts to Astana,", "Aiman Mussakhajayeva"),
        ("direct", "The area exceeded 111.9 thou ha this year,", "Nurkhan Tleumuratov"),
        ("direct", "According to the forecast, the yield is 17 centers per hectare.", "Nurkhan Tleumuratov"),
        ("direct", "I believed in my son,", "Tatyana"),
        ("indirect", "the situation is getting better.", "Askar Mamin"),
        ("indirect", "both sides aim at the decisions of the presidents", "Sergey Lavrov"),
        ("direct", "including the Joint Action Plan signed in Petropavlovsk.", "Sergey Lavrov"),
    ]  # a body's name in guillemets inside a sentence is nobody's words


def test_chinese_dash_paragraph_after_a_report_that_ends_in_a_colon_and_a_quoted_name_before_de(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n比利时前锋杰里米·多库表示，哈萨克斯坦队防守坚固：\n\n- 他们踢得非常好，尤其是在开场阶段。\n\n"
        "部长介绍，具体措施如下：\n\n- 加强监管；\n\n- 提高效率。\n\n"
        "效力于意大利“亚特兰大”的中场查尔斯·德凯特拉雷也表示，上半场遇到不少困难。\n",
    )
    spans = [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes]
    assert spans == [
        ("indirect", "哈萨克斯坦队防守坚固"),
        ("direct", "他们踢得非常好，尤其是在开场阶段。"),  # announced by the report's closing colon
        ("indirect", "上半场遇到不少困难。"),  # 具体措施如下： announces a list; “亚特兰大”的 is a club's name
    ]
    assert {doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes[:2]} == {"杰里米·多库"}


def test_russian_back_reference_before_about_this_an_impersonal_report_at_a_meeting_and_tak(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nРанее мы писали о том, что Казахстан в 2026 году откроет новые авиамаршруты. Об этом сообщил "
        "министр транспорта Нурлан Сауранбаев.\n\nВ ходе заседания сообщалось, что от граждан поступили предложения "
        "уточнить положения проекта.\n\nРанее сообщалось, что проект одобрен.\n\nТак, по его словам, были "
        "пересмотрены положения раздела «Президент».\n",
    )
    spans = [(doc.span(q.start, q.end), q.speaker_start is None) for q in doc.quotes]
    assert spans == [
        ("Казахстан в 2026 году откроет новые авиамаршруты.", False),  # the minister's words, not the lead-in
        ("от граждан поступили предложения уточнить положения проекта.", True),  # impersonal
        ("были пересмотрены положения раздела «Президент».", False),  # Ранее сообщалось: a back-reference
    ]


def test_a_group_speaks_for_no_one_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n议员叶勒努尔·贝森巴耶夫、阿扎特·佩鲁阿舍夫以及阿斯哈特·拉赫姆詹诺夫一致表示，宪法修正案意义深刻。"
        "他们表示，民众对改革表现出高度关注。\n\n阿斯哈特·拉赫姆詹诺夫表示，改革很重要。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("宪法修正案意义深刻。", None),  # 一致: all three
        ("民众对改革表现出高度关注。", None),  # 他们: the group, not the last name
        ("改革很重要。", "per:askhat-rakhimzhanov"),
    ]
    doc = annotate(
        pipeline,
        "Title\n\nPresident Kassym-Jomart Tokayev and Xi Jinping stressed that the ties are strong.\n\n"
        "President Kassym-Jomart Tokayev during the meeting with Xi Jinping stressed that trade grows.\n\n"
        "Aibek Smadiyarov, spokesperson of Foreign Minister Murat Nurtleu, said that talks went well.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [
        None,
        "per:kassym-jomart-tokayev",
        "per:aibek-smadiyarov",  # an apposition naming another person is no group
    ]


def test_english_trailing_attribution_takes_a_paragraph_the_speaker_talks_in(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nLast year, President Tokayev visited the region. Our countries share a long border. They are a "
        "golden bridge between Kazakhstan and China, said Koshanov.\n\nThe region grew last year. Exports rose by 5 "
        "percent, said the minister.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "Last year, President Tokayev visited the region. Our countries share a long border. They are a golden "
        "bridge between Kazakhstan and China",  # `Our`: his words throughout, without quotation marks
        "Exports rose by 5 percent",  # the article's narration before it stays the article's
    ]


def test_a_bare_chinese_head_of_state_title_is_no_expert_quoted_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2026-01-05\n标题\n\n法尔哈德·卡谢诺夫指出，总统的新年致辞不仅是一项节日传统。\n\n"
        "此外，总统宣布2026年将被确定为“数字化与人工智能之年”。卡谢诺夫认为，这一决定体现了国家的战略选择。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [
        "per:zh:法尔哈德·卡谢诺夫",
        "per:kassym-jomart-tokayev",  # the president on the article's date, not the expert named before
        "per:zh:法尔哈德·卡谢诺夫",
    ]


def test_english_reassured_that_and_warned_whom_after_a_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe governor reassured that all regional industrial enterprises function and develop stably.\n\n"
        '"Those who are unable to achieve success will be replaced," Kulibayev warned the heads of the sports '
        "federations.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("all regional industrial enterprises function and develop stably.", "The governor"),
        ("Those who are unable to achieve success will be replaced,", "Kulibayev"),
    ]


def test_chinese_declaration_that_performs_an_act_wishes_and_a_minister_after_the_president(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2025-11-15\n标题\n\n主席亚当·科萨宣布运动会开幕，并向所有参赛国家表示祝愿。\n\n"
        "萨帕若夫在汇报中表示，春季播种准备工作已全面启动，政策将继续实施。\n",
    )
    spans = [doc.span(q.start, q.end) for q in doc.quotes]
    # 宣布运动会开幕 opens the games and 表示祝愿 wishes: no words reported; 启动 after 表示 is reported
    assert spans == ["春季播种准备工作已全面启动，政策将继续实施。"]
    doc = annotate(
        pipeline, " date 2025-11-15\n标题\n\n总统宣布，2026年将被确定为“数字化之年”。部长表示，项目进展顺利。\n"
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("2026年将被确定为“数字化之年”。", "per:kassym-jomart-tokayev"),
        ("项目进展顺利。", None),  # the minister is no president who spoke before
    ]


def test_english_clause_without_that_goes_on_over_an_aside_in_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nIssabayev said a package of projects, including a large complex, is being developed in the "
        "region.\n\nHe noted the projects, including a large complex, and stressed their role.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "a package of projects, including a large complex, is being developed in the region."
    ]  # `noted the projects, including …, and stressed`: an object and the subject's second verb, no clause


def test_chinese_bodies_named_again_by_a_statement_a_department_or_a_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2025-09-12\n标题\n\n哈萨克国际通讯社讯）据哈萨克斯坦教育部消息，全国正在建设新学校。\n\n"
        "“每所学校均配备实验室和体育馆。”消息称。\n\n"
        "- 能源部正与该公司就天然气供应问题进行谈判。-能源部在答复中强调。\n\n"
        "该部门指出，项目将为1053个居民点提供天然气。\n\n"
        "哈萨克斯坦总统讲话中指出，阿斯塔纳在亚洲城市排名中位列第36位。\n",
    )
    assert [(doc.span(q.start, q.end)[:8], q.speaker_entity_id) for q in doc.quotes] == [
        ("每所学校均配备实", "org:ministry-of-education-of-kazakhstan"),  # the message: the ministry's, not Kazinform's
        ("能源部正与该公司", "org:ministry-of-energy-of-kazakhstan"),  # 在答复中: when it was said
        ("项目将为1053", "org:ministry-of-energy-of-kazakhstan"),  # 该部门: the body named last
        ("阿斯塔纳在亚洲城", "per:kassym-jomart-tokayev"),  # 讲话中: the president's speech
    ]


def test_chinese_above_statement_a_quoted_name_in_a_circumstance_and_recalling(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2025-11-12\n标题\n\n哈通社阿斯塔纳10月8日电(记者王明)“伟大草原”概念将成为稳定发展的象征。"
        "纳扎尔巴耶夫总统8日在塔拉兹市出席仪式时做上述表示。\n\n"
        "贸易和一体化部长阿尔曼·沙卡利耶夫在第21届地区间合作论坛“工人职业——经济增长引擎”全体会议上强调，"
        "拓展工业合作具有战略意义。\n\n"
        "部长回顾，劳动力市场发展概念正稳步实施。\n\n部长回顾了两国合作的历史。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("“伟大草原”概念将成为稳定发展的象征。", "per:nursultan-nazarbayev"),  # the sentence before 做上述表示
        ("拓展工业合作具有战略意义。", "per:arman-shakkaliyev"),  # the forum's theme is no quote
        ("劳动力市场发展概念正稳步实施。", "per:arman-shakkaliyev"),
    ]  # 回顾了…历史: recalled a history, no words


def test_english_said_comma_a_passive_trailing_source_and_when_it_was_said(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nPeople arriving from the countries of the first category will be placed in home quarantine, "
        "this has been stated by the chief sanitary doctor Zhandarbek Bekshin.\n\n"
        "Rescue operations across Kazakhstan are underway, this has been announced by official representative of "
        "the Committee for Emergency Situations under the Ministry of Internal Affairs Ruslan Imankulov.\n\n"
        'He said, "Our meetings affect the entire spectrum of relations between our governments."\n\n'
        '"Everything went according to plan," said head coach of the national team Myrzagali Aitzhanov after the '
        "sparring sessions.\n\n"
        "Kazakh-Chinese relations set the example of interstate relations, President Nursultan Nazarbayev said "
        "during the negotiations with his Chinese counterpart Xi Jinping in the Akorda presidential residence.\n\n"
        "High fire risk remains in South Kazakhstan, Atyrau regions, in major part of Karaganda, Zhambyl, Almaty "
        "regions and in parts of East Kazakhstan and Aktobe regions, says Kazhydromet.\n\n"
        "During the meetings, the Head of State was presented with reports on the results of social and economic "
        "development of the regions for 2022.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("People arriving from", "Zhandarbek Bekshin"),
        ("Rescue operations ac", "Ruslan Imankulov"),
        ("Our meetings affect ", "He"),
        ("Everything went acco", "Myrzagali Aitzhanov"),
        ("Kazakh-Chinese relat", "Nursultan Nazarbayev"),
        ("High fire risk remai", "Kazhydromet"),
    ]  # `was presented with reports on …`: a noun, nobody's report


def test_a_press_service_is_no_person_and_a_pronoun_goes_to_the_subject_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "President Nazarbayev gave instructions to Almaty mayor\n\nHead of State Nursultan Nazarbayev has received "
        "today akim of Almaty city Bauyrzhan Baibek, the president's press service reports. At the meeting, mayor "
        "Baibek briefed President Nazarbayev on the work done in the city.\n\n"
        "In his words, Almaty authorities assume measures to keep food prices down. Almaty mayor also informed "
        "Nursultan Nazarbayev of the memorandum inked between the enterprises.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:en:Akorda press service", "per:baurzhan-baibek"]
    assert doc.span(doc.quotes[1].start, doc.quotes[1].end).endswith("prices down.")  # the mayor acts: the run ends


def test_russian_said_in_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nКак сообщили в МЧС, двое граждан спасены.\n\n"
        "Также в ведомстве напомнили, что при угрозе необходимо обращаться по номеру 112.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:ministry-of-emergency-situations-of-kazakhstan"] * 2


def test_a_chinese_athlete_described_again_a_run_that_ends_there_and_a_photo_credit(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2026-02-18\n标题\n\n花样滑冰运动员、冬奥会冠军米哈伊尔·沙伊多罗夫在夺冠后表示，"
        "由于内心激动，他两天未能入睡。这位运动员近日在接受采访时分享了自己的感受。\n\nФото: Сәл Сабыров\n\n"
        "这位运动员回忆，当意识到自己有机会获得奖牌时，内心已无比激动。\n\n"
        "议员伊娃·恩斯特指出，奥方有意加强与哈萨克斯坦议会的对话。她欢迎哈萨克斯坦议会代表团访问奥地利。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("由于内心激动，他两天未能入睡。", "per:mikhail-shaidorov"),  # the article tells of him after it
        ("当意识到自己有机会获得奖牌时，内心已无比激动。", "per:mikhail-shaidorov"),  # not the photographer
        ("奥方有意加强与哈萨克斯坦议会的对话。", "per:zh:伊娃·恩斯特"),  # 她欢迎…: what she did, told by the article
    ]


def test_chinese_a_bodys_message_sources_as_stressed_and_passive_or_object_cues(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2024-04-10\n标题\n\n紧急情况部消息称,截至目前,向灾区投入的救援人员超过1万人。\n\n"
        "据专家评估，数字化转型有助于实现约70%的可持续发展指标。\n\n"
        "正如托卡耶夫总统所强调的，两国正在打造坚实的战略联盟。\n\n"
        "国家元首对任务推进不力的情况表示不满,并对政府提出批评。\n\n"
        "这一进程的延续是2026年被正式宣布为“数字化与人工智能之年”。\n",
    )
    assert [(doc.span(q.start, q.end)[:8], q.speaker_entity_id) for q in doc.quotes] == [
        ("截至目前,向灾区", "org:ministry-of-emergency-situations-of-kazakhstan"),
        ("数字化转型有助于", None),
        ("两国正在打造坚实", "per:kassym-jomart-tokayev"),
    ]  # 表示不满: displeasure shown, no words; 被…宣布为: declared so, by no speaker


def test_russian_what_a_medium_or_a_publication_reported(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ одном из СМИ сообщалось, что в 2024 году были предоставлены пять участков. При этом в "
        "публикации отмечалось, что в городе отсутствуют свободные земельные участки.\n",
    )
    assert [(doc.span(q.start, q.end), q.attribution) for q in doc.quotes] == [
        ("в 2024 году были предоставлены пять участков.", "unnamed"),
        ("в городе отсутствуют свободные земельные участки.", "unnamed"),
    ]


def test_english_long_titles_participle_openings_words_inside_and_a_document_that_states(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nKazakh President Kassym-Jomart Tokayev has received Minister of Ecology, Geology and Natural "
        "Resources of Kazakhstan Serikkali Brekeshev.\n\nThe President heard the report. According to the minister, "
        "at least 120 channel networks will be reconstructed.\n\n"
        "Noting that the talks have been informative and fruitful, the Minister stated that a wider range of "
        "issues were discussed.\n\nIt is to be recalled that the tournament is taking place in the capital.\n\n"
        "Those facilities, in his words, are 2% full.\n\n"
        "The sides signed a memo of cooperation. As stated there, many investors want to work in the region. "
        "They plan to build plants.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], q.speaker_entity_id) for q in doc.quotes] == [
        ("at least 120 channel", "per:serikkali-brekeshev"),  # the minister the article named with his title
        ("the talks have been ", "per:serikkali-brekeshev"),
        ("a wider range of iss", "per:serikkali-brekeshev"),
        ("Those facilities, in", "per:serikkali-brekeshev"),
        ("many investors want ", None),  # the memo speaks, to the paragraph's end
    ]  # `It is to be recalled that`: the article's own remark
    assert doc.span(doc.quotes[-1].start, doc.quotes[-1].end).endswith("build plants.")


def test_english_a_participle_opening_a_sentence_that_reports_nothing_and_a_negated_rule_out(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nGovernor Nurlan Abenov met investors from Austria in Taraz.\n\n"
        "Noting that the region offers land and tax benefits to new plants, Mr Abenov invited the guests to visit "
        "the industrial zone.\n\nNoting that in the first half of 2023, Kazakhstan exported more grain, Mr Abenov "
        "invited the guests.\n\nNoting that prices rose, the report was published on Monday.\n\n"
        "Moreover, Nurlan Abenov didn’t rule out the chance that the works may take up to two years.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("the region offers land and tax benefits to new plants", "Abenov"),
        ("in the first half of 2023, Kazakhstan exported more grain", "Abenov"),  # the main clause's subject
        ("the works may take up to two years.", "Nurlan Abenov"),
    ]  # `the report was published`: no capitalised subject, no pronoun, nobody's words


def test_english_said_it_at_an_event_points_back_to_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe two countries aim to double trade by 2030. Minister Arman Kassenov said it at the business forum "
        "held in Astana on May 7.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("The two countries aim to double trade by 2030.", "Arman Kassenov")
    ]  # `it at the business forum held …` is no clause of his


def test_english_a_participle_after_a_report_a_listed_subject_and_a_second_verb_after_a_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe President emphasized that these projects will diversify the national economy, noting that he "
        "had highlighted only the most significant among many joint initiatives.\n\n"
        "The head of the Kazakh Government stressed all government agencies, akimats and quasi-public sector need "
        "to step up their work.\n\nHe stressed the importance of the projects, and noted that trade grew fast.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("these projects will diversify the national economy", "The President"),
        ("he had highlighted only the most significant among many joint initiatives.", "The President"),
        (
            "all government agencies, akimats and quasi-public sector need to step up their work.",
            "The head of the Kazakh Government",
        ),
        ("trade grew fast.", "He"),  # the subject before the comma, not `and`
    ]


def test_constructions_of_the_set_s19_in_three_languages(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n中国外交部部长助理刘彬表示，“上合组织+”模式将在今年继续沿用。\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["“上合组织+”模式将在今年继续沿用。"]  # a name, then more
    doc = annotate(
        pipeline,
        "Title\n\nHead of State Kassym-Jomart Tokayev met with the medalists.\n\nThe President stressed each victory "
        "was achieved thanks to their will. Kassym-Jomart Tokayev highlighted the win of Yeldos Smetov adding that "
        "Kazakhstan is proud of him.\n\nThe President emphasized Demeu Zhadrayev’s participation.\n\n"
        "Kazakhstan will continue participating in the Belt & Road initiative, according to President Kassym-Jomart "
        "Tokayev, who said it at the 1st Central Asia-China Summit.\n\n"
        "Permanent member of the deputy group Aidos Sarym believes that all reforms should start at the Parliament.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], q.speaker_entity_id) for q in doc.quotes] == [
        ("each victory was ach", "per:kassym-jomart-tokayev"),  # not the athlete after `emphasized`
        ("Kazakhstan is proud ", "per:kassym-jomart-tokayev"),  # `adding that` without a comma
        ("Kazakhstan will cont", "per:kassym-jomart-tokayev"),
        ("all reforms should s", "per:aidos-sarym"),  # a known given name: a person, not the group
    ]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГоссоветник Ерлан Карин представил общее видение членов рабочей группы, подчеркнув, что "
        "преобразования будут содействовать модернизации.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("преобразования будут содействовать модернизации.", "per:yerlan-karin")
    ]
    doc = annotate(
        pipeline,
        'Title\n\n"The single court system was created the same year," Kairat Mami said speaking at the Congress.\n\n'
        "According to him, the theatre was established in 2007. The first performance staged by the theatre was a "
        "play.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "The single court system was created the same year,",
        "the theatre was established in 2007. The first performance staged by the theatre was a play.",
    ]  # `The first …` is no titled subject that ends the run
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Костанайской области задержан подозреваемый.\n\nВ ДП региона подтвердили факт, отметив, что "
        "проводятся розыскные мероприятия.\n",
    )
    assert speaker_names(pipeline, doc) == ["Kostanay Region Police Department"]


def test_english_verbs_of_belief_and_assertion_and_a_clause_told_to_a_briefing(pipeline) -> None:  # type: ignore[no-untyped-def]
    verbs = (
        "thinks",
        "is sure",
        "expressed his hope",
        "expressed the hope",
        "voiced confidence",
        "is of the opinion",
        "indicated",
        "asserted",
        "acknowledged",
        "insisted",
    )
    for verb in verbs:
        doc = annotate(pipeline, f"Title\n\nMinister Yerlan Karin {verb} that the new rules will take effect soon.\n")
        assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the new rules will take effect soon."], verb
    doc = annotate(
        pipeline,
        "Title\n\nMinister Giniyat told a press briefing at the Government on Tuesday, the epidemiological situation "
        "is stable.\n\nHe acknowledged the importance of the talks.\n\nAs Yerlan Karin put it, the rules are fair.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "the epidemiological situation is stable.",
        "the rules are fair.",
    ]
    doc = annotate(  # where it was told before `that`: no part of the words
        pipeline,
        "Title\n\nDeputy Akim Serik Bolatov told a briefing at the Regional Communications Service that 200 units "
        "of equipment had been deployed.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["200 units of equipment had been deployed."]


def test_russian_verbs_with_their_object_and_short_adjectives_of_belief(pipeline) -> None:  # type: ignore[no-untyped-def]
    for verb in ("выразил уверенность", "выразила надежду", "уверен", "убеждена", "обратил внимание на то"):
        doc = annotate(pipeline, f"Заголовок\n\nЕрлан Карин {verb}, что новые правила вступят в силу.\n")
        assert [doc.span(q.start, q.end) for q in doc.quotes] == ["новые правила вступят в силу."], verb
    doc = annotate(pipeline, "Заголовок\n\nЕрлан Карин выразил благодарность всем за то, что они пришли.\n")
    assert doc.quotes == []  # thanks for what was done: no words reported


def test_chinese_verbs_of_conviction_declaration_and_explanation_before_a_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    for verb in ("确信", "深信", "声明", "解释", "估计"):
        doc = annotate(pipeline, f"标题\n\n部长叶尔兰·卡林{verb}，新规定将于明年生效。\n")
        assert [doc.span(q.start, q.end) for q in doc.quotes] == ["新规定将于明年生效。"], verb
    doc = annotate(pipeline, "标题\n\n部长解释了原因。他相信自己的判断。外交部声明了立场。\n")
    assert doc.quotes == []  # objects, not words


def test_english_whom_was_told_a_trailing_attribution_going_on_and_a_colon_before_plain_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    for verb in ("informed the Head of State", "assured the President", "made it clear", "drew attention to the fact"):
        doc = annotate(pipeline, f"Title\n\nYerlan Karin {verb} that the new rules will take effect soon.\n")
        assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the new rules will take effect soon."], verb
    doc = annotate(
        pipeline,
        "Title\n\nYerlan Karin informed the President on the projects that are being implemented.\n\n"
        "The new rules will take effect soon, Yerlan Karin said, adding that all regions are ready.\n\n"
        "Yerlan Karin stressed: the work must go on in every region.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("The new rules will take effect soon", "Yerlan Karin"),
        ("all regions are ready.", "Yerlan Karin"),
        ("the work must go on in every region.", "Yerlan Karin"),
    ]  # `informed the President on the projects that …`: a topic and a relative clause, no words


def test_russian_an_aside_after_the_subject_a_colon_before_plain_words_and_a_statement_made(pipeline) -> None:  # type: ignore[no-untyped-def]
    words = "новые правила вступят в силу в следующем году."
    for sentence in (
        f"Ерлан Карин, в свою очередь, отметил, что {words}",
        f"Ерлан Карин сообщил журналистам: {words}",
        f"Ерлан Карин выступил с заявлением, что {words}",
        f"Ерлан Карин сделал заявление о том, что {words}",
    ):
        doc = annotate(pipeline, f"Заголовок\n\n{sentence}\n")
        assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [(words, "per:yerlan-karin")], (
            sentence
        )


def test_chinese_a_view_and_a_saying_as_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    for opening in ("在叶尔兰·卡林看来，", "按照叶尔兰·卡林的说法，"):
        doc = annotate(pipeline, f"标题\n\n{opening}新规定将于明年生效。\n")
        assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
            ("新规定将于明年生效。", "per:yerlan-karin")
        ], opening


def test_a_chinese_description_of_someone_named_before_points_back_to_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n阿斯塔纳市长哈斯姆别克会见了代表团。\n\n这位官员指出，项目进展顺利。\n")
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:zhenis-kassymbek"]


def _quote_starting(doc: Document, opening: str) -> Quote:
    return next(q for q in doc.quotes if doc.span(q.start, q.end).startswith(opening))


@pytest.mark.parametrize("between", ["", "Фото: Акорда\n\n"])
def test_russian_about_this_in_its_own_paragraph_takes_the_lead_before(pipeline, between: str) -> None:  # type: ignore[no-untyped-def]
    """`Об этом сообщил X.` opening a paragraph points back to the last sentence of the paragraph before, over a
    photo credit, without the agency's dateline and its `передает МИА «Казинформ»`."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nНУР-СУЛТАН. КАЗИНФОРМ - Заседание совета партии, назначенное на 18 марта, отменяется, "
        f"передает МИА «Казинформ».\n\n{between}Об этом сообщил первый заместитель председателя партии Бауыржан "
        "Байбек.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "Заседание совета партии, назначенное на 18 марта, отменяется", "Бауыржан Байбек")
    ]


def test_english_this_was_stated_in_its_own_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM – The new school will open in September. Classes will start on the first day.\n\n"
        "This was stated by Minister of Enlightenment Gani Beisembayev.\n",
    )
    assert [(content, entity) for _, content, _, entity in described(doc)] == [
        ("Classes will start on the first day.", "per:gani-beisembayev")
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a hyphen for the dash after guillemets, and заключил
            "«Для удобства туристов завершена реконструкция аэропорта», - заключил глава региона.\n",
            ("direct", "Для удобства туристов завершена реконструкция аэропорта", "глава региона"),
        ),
        (  # an em dash typed over with a hyphen
            "— Такие маршруты будут появляться, —- сказал Талгат Ластаев на брифинге.\n",
            ("direct", "Такие маршруты будут появляться", "Талгат Ластаев"),
        ),
        (
            "Судя по словам акима, в городе начали решаться проблемы дольщиков.\n",
            ("indirect", "в городе начали решаться проблемы дольщиков.", "акима"),
        ),
        (
            "Министр утверждает, что цены на мясо не вырастут до конца года.\n",
            ("indirect", "цены на мясо не вырастут до конца года.", "Министр"),
        ),
    ],
)
def test_russian_forms_of_this_round(pipeline, text: str, expected: tuple[str, str, str]) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Заголовок\n\n" + text)
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [expected]


def test_russian_concluded_a_contract_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Заголовок\n\nВ прошлом году аким области заключил договор с инвестором из Турции.\n")
    assert described(doc) == []


def test_chinese_media_report_is_an_unnamed_statement_and_according_to_media_is_sourcing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n此前，部分媒体报道称，两家公司已决定通过蒙古国向中国输送天然气。\n\n"
        "据部分媒体报道，两家公司已决定修建新的管道。\n",
    )
    assert described(doc) == [("indirect", "两家公司已决定通过蒙古国向中国输送天然气。", "部分媒体", None)]
    assert doc.quotes[0].attribution == "unnamed"


@pytest.mark.parametrize(
    ("text", "content", "entity"),
    [
        (
            "Thus, according to Minister of Enlightenment Gani Beisembayev, the new school will open in September.",
            "the new school will open in September.",
            "per:gani-beisembayev",
        ),
        (
            "As for free hot meals, this initiative, according to Minister Gani Beisembayev, will cover all pupils.",
            "As for free hot meals, this initiative, according to Minister Gani Beisembayev, will cover all pupils.",
            "per:gani-beisembayev",
        ),
        (
            "Rescue efforts are underway across the region, said Gani Beisembayev, chief officer of the committee on "
            "civil defense of the ministry, at a briefing at the central communication service.",
            "Rescue efforts are underway across the region",
            "per:gani-beisembayev",
        ),
    ],
)
def test_english_sources_set_off_inside_or_after_their_sentence(pipeline, text: str, content: str, entity: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert [(found, speaker) for _, found, _, speaker in described(doc)] == [(content, entity)]


def test_english_according_to_a_plan_inside_a_sentence_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title\n\nThe bridge, according to the plan, will be completed in 2025.\n")
    assert described(doc) == []


def test_english_the_one_told_is_not_who_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The President was told that …` after `Tokayev received Minister X`: the minister told it."""
    doc = annotate(
        pipeline,
        "Title\n\nPresident Kassym-Jomart Tokayev received Minister of Enlightenment Gani Beisembayev.\n\n"
        "The President was told that teachers' salaries will be increased by 30% in September.\n",
    )
    quote = _quote_starting(doc, "teachers")
    assert quote.speaker_entity_id == "per:gani-beisembayev"


def test_english_the_boxer_is_the_person_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nBeibut Shumenov, the only Kazakh boxer who won two world titles, held a briefing today.\n\n"
        "The boxer told the reporters that the boxing school is to be opened in Astana.\n",
    )
    assert _quote_starting(doc, "the boxing school").speaker_entity_id == "per:beibut-shumenov"


def test_russian_head_of_the_region_is_the_akim_not_the_head_of_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nОб этом сообщил аким Акмолинской области Косман Айтмухаметов.\n\n"
        "«Во исполнение поручений Главы государства Нурсултана Назарбаева реализуются мероприятия», - пояснил он.\n\n"
        "«Для удобства туристов завершена реконструкция аэропорта», - заключил глава региона.\n",
    )
    quote = _quote_starting(doc, "Для удобства")
    assert quote.speaker_entity_id is not None and "nazarbayev" not in quote.speaker_entity_id
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Kosman Aitmukhametov"


def test_russian_head_of_the_ministry_is_the_minister_not_the_head_of_state(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГлава государства Касым-Жомарт Токаев принял министра энергетики Ерлана Аккенженова.\n\n"
        "— Мы готовы к зиме, — подчеркнул глава ведомства.\n",
    )
    assert speaker_names(pipeline, doc) == ["Yerlan Akkenzhenov"]


def test_chinese_bare_department_is_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n农业部指出，哈萨克斯坦农业生产以小麦为主。\n\n部门强调，此举的主要任务在于减少小麦单一种植现象。\n",
    )
    first, second = doc.quotes
    assert first.speaker_entity_id is not None
    assert second.speaker_entity_id == first.speaker_entity_id


def test_russian_inserted_plural_source_opens_its_own_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам горожан, тепло пропало после обеда. Многочисленные обращения, как утверждают "
        "жители, не дали результата.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("тепло пропало после обеда.", "горожан"),
        ("Многочисленные обращения, как утверждают жители, не дали результата.", "жители"),
    ]


def test_english_claims_before_its_subject_and_the_agency_tail(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nInterest of tourists in the national parks is burgeoning, claims Tourism and Sports Minister "
        "Yermek Marzhikpayev, Kazinform News Agency correspondent reports.\n",
    )
    assert [(content, entity) for _, content, _, entity in described(doc)] == [
        ("Interest of tourists in the national parks is burgeoning", "per:yermek-marzhikpayev")
    ]


def test_chinese_cue_inside_a_list_of_nouns_is_no_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n根据条约内容，双方将在刑事案件领域开展多项合作，包括信息交换、身份确认、追逃追查、搜查和鉴定。\n",
    )
    assert described(doc) == []


def test_akorda_speaks_as_akorda_in_every_language(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Kazinform names the President's office Akorda in English (`the Akorda press service`): a Russian or
    Chinese report by it gets that English name, not the Presidential Administration's."""
    doc = annotate(
        pipeline,
        "Заголовок\n\n«Глава государства подписал указ», — сообщила пресс-служба Акорды.\n\n"
        "Глава государства подписал указ о референдуме, сообщает Акорда.\n",
    )
    assert speaker_names(pipeline, doc) == ["Akorda press service", "Akorda"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "首席卫生医师在国家新闻发布中心召开的新闻发布会上回答记者提问时说:“过去两周，国内感染率下降1.2倍。”",
            "首席卫生医师",
        ),
        ("—至于赛梅和乌斯卡曼的热电厂，我们将在近期作出最终决定。-他简短补充道。", "他"),
    ],
)
def test_chinese_speaker_without_a_long_circumstance_or_a_manner_adverb(pipeline, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"标题\n\n{text}\n")
    assert [found for _, _, found, _ in described(doc)] == [speaker]


@pytest.mark.parametrize(
    ("text", "content", "speaker"),
    [
        (
            '"We wish you success in your work," Prime Minister Sagintayev addressed the newly-appointed officials.',
            "We wish you success in your work,",
            "Sagintayev",
        ),
        (
            "Meteorologists warn that water level may rise in rivers of East Kazakhstan due to rains.",
            "water level may rise in rivers of East Kazakhstan due to rains.",
            "Meteorologists",
        ),
        (
            "14 passenger trains will be launched this summer. This was reported by the representative of the "
            "Department of Information Support of the Ministry of Investment and Development of Kazakhstan Meruert "
            "Ibraeva at a briefing.",
            "14 passenger trains will be launched this summer.",
            "Meruert Ibraeva",
        ),
    ],
)
def test_english_forms_of_s24(pipeline, text: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert [(found, words) for _, found, words, _ in described(doc)] == [(content, speaker)]


@pytest.mark.parametrize(
    ("sentence", "english"),
    [
        (
            "По информации Департамента полиции области Жетысу, оперативная обстановка оставалась стабильной.",
            "Zhetysu Region Police Department",
        ),
        (
            "По данным департамента полиции Жамбылской области, возбуждено уголовное дело.",
            "Zhambyl Region Police Department",
        ),
    ],
)
def test_russian_police_departments_get_their_english_name(pipeline, sentence: str, english: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Заголовок\n\n{sentence}\n")
    assert speaker_names(pipeline, doc) == [english]


def test_english_as_reported_by_runs_on_over_its_paragraph_as_according_to_does(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAs reported by Chairman of Board of Aktau Sea Port SEZ Bauyrzhan Kairatov, the SEZ was created in "
        "2002. There were registered 27 participants.\n\nThe port is busy.\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "the SEZ was created in 2002. There were registered 27 participants."
    ]


def test_russian_according_to_data_runs_on_over_its_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо данным ведомства, с 00:00 до 07:00 в Астане приняли 22 родов. Родились 11 девочек и 11 "
        "мальчиков.\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "с 00:00 до 07:00 в Астане приняли 22 родов. Родились 11 девочек и 11 мальчиков."
    ]


def test_russian_told_how_many_is_no_quote_and_the_agency_is_no_department(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ управлении здравоохранения Астаны рассказали, сколько детей появились на свет в новогоднюю "
        "ночь, передает корреспондент агентства Kazinform.\n\n"
        "Как сообщили в ведомстве, в праздничную ночь родились 22 ребенка.\n",
    )
    (quote,) = doc.quotes
    assert doc.span(quote.start, quote.end).startswith("в праздничную ночь")
    assert quote.speaker_entity_id != "org:kazinform"


def test_russian_told_by_how_much_is_no_quote_and_a_short_ministry_name_is_no_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Министерстве торговли и интеграции РК рассказали, насколько подорожала продуктовая корзина, "
        "передает корреспондент агентства Kazinform.\n\nВ Минторговли отметили, что цены на овощи снизились.\n",
    )
    (quote,) = doc.quotes  # `рассказали, насколько …`: what was told about, not the words said
    assert doc.span(quote.start, quote.end).startswith("цены на овощи")
    assert quote.speaker_entity_id == "org:ministry-of-trade-and-integration-of-kazakhstan"
    assert not [m for m in doc.mentions if m.label == "PER"]


def test_english_him_after_a_title_opening_the_sentence_before_is_the_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nHead of State Kassym-Jomart Tokayev received Akim of Kyzylorda region Nurlybek Nalibayev.\n\n"
        "The Akim reported on the development of the region. According to him, the region's GDP grew by 5%.\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["him"]
    assert [q.speaker_entity_id for q in doc.quotes] == [
        next(m.entity_id for m in doc.mentions if doc.span(m.start, m.end) == "Nurlybek Nalibayev")
    ]  # the akim who reported, not the president who received him


def test_english_he_after_a_quotation_is_the_subject_of_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nCoal reserves are sufficient, Industry Minister Beibut Atamkulov said.\n\n"
        'The Kazakh wrestler Ibragim Magomadov claimed gold. "I dedicate this victory to my coach," he said.\n',
    )
    assert speaker_names(pipeline, doc) == [
        "Beibut Atamkulov",
        "Ibragim Magomadov",  # the wrestler just named, not the minister who spoke before
    ]


def test_english_the_federation_is_the_federation_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Kazakhstan Boxing Federation held its coaching council after the Olympics.\n\n"
        "The new members of the coaching staff are to be revealed later, the Federation informed.\n",
    )
    assert speaker_names(pipeline, doc) == ["Kazakhstan Boxing Federation"]


def test_pronoun_opening_a_sentence_is_the_subject_of_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`他同时强调` after a sentence opened by another person than the last speaker: that person."""
    doc = annotate(
        pipeline,
        "标题\n\n尼桑巴耶夫强调，哈萨克斯坦积极参与世界气象组织的各项倡议。\n\n"
        "世界气象组织主席阿尔·曼杜斯对哈方的合作表示感谢，并建议扩大服务应用。他同时强调，应充分利用超级计算机进行天气预报。\n",
    )
    first, second = doc.quotes
    assert first.speaker_entity_id == "per:yerlan-nyssanbayev"
    assert second.speaker_entity_id == "per:zh:阿尔·曼杜斯"


def test_pronoun_after_a_sentence_about_someone_else_keeps_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n尼桑巴耶夫强调，哈萨克斯坦积极参与世界气象组织的各项倡议。他会见了阿尔·曼杜斯。他同时强调，应充分利用超级计算机。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:yerlan-nyssanbayev", "per:yerlan-nyssanbayev"]


def test_english_pronoun_passes_over_a_sentence_that_names_nobody_to_the_title_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nHead of State Kassym-Jomart Tokayev has received Governor of Kyzylorda region Nurlybek Nalibayev, "
        "the press service of Akorda informs.\n\n"
        "The Governor reported to the President on the situation in the region. Special attention was given to "
        "investments.\n\nAccording to him, the region has observed positive dynamics in basic indicators.\n",
    )
    assert pipeline.quotes.name_en(doc.quotes[-1].speaker_entity_id) == "Nurlybek Nalibayev"


def test_a_pronoun_does_not_pass_over_a_sentence_that_names_someone(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n尼桑巴耶夫强调，哈萨克斯坦积极参与世界气象组织的各项倡议。他会见了阿尔·曼杜斯。会议持续了两个小时。"
        "他同时强调，应充分利用超级计算机。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:yerlan-nyssanbayev", "per:yerlan-nyssanbayev"]


def test_chinese_speaker_keeps_a_name_glossed_in_another_script_before_the_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n（哈萨克国际通讯社讯）哈萨克斯坦劳动和社会保障部长斯维特兰娜·扎克珀娃（Светлана Жақыпова）"
        "在接受TengriNews.kz采访时预测，到2030年，哈萨克斯坦残疾人数量可能达到100万。\n",
    )
    (quote,) = doc.quotes
    assert doc.span(quote.speaker_start, quote.speaker_end) == "斯维特兰娜·扎克珀娃"
    assert quote.speaker_entity_id == "per:svetlana-zhakupova"


def test_chinese_dash_quote_speaker_drops_jiezhe(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n贾克波夫表示，公司对海外合作满怀热忱。\n\n—阿富汗方面的工作也在稳步推进。我们在当地采集了样本。-他接着说道。\n",
    )
    second = doc.quotes[-1]
    assert doc.span(second.speaker_start, second.speaker_end) == "他"
    assert second.speaker_entity_id == doc.quotes[0].speaker_entity_id is not None


def test_chinese_negated_cue_reports_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n据悉，实验室研究工作在9月完成。贾克波夫并未透露具体发现了哪些矿产资源。\n")
    assert doc.quotes == []


def test_chinese_source_inside_reported_words_belongs_to_the_cue_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n交通部副部长塔勒哈特·拉斯塔耶夫19日在政府会议上介绍，根据国际民用航空组织的评估，"
        "哈萨克斯坦的飞行安全评分已达到82%。\n",
    )
    (quote,) = doc.quotes
    assert doc.span(quote.start, quote.end).startswith("根据国际民用航空组织的评估")
    assert doc.span(quote.speaker_start, quote.speaker_end) == "塔勒哈特·拉斯塔耶夫"


def test_english_announced_before_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM - From now on the meetings of ministers will be live-streamed online, announced "
        "Senator Maulen Ashimbayev.\n",
    )
    (quote,) = doc.quotes
    assert doc.span(quote.start, quote.end).startswith("From now on")
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Maulen Ashimbayev"


def test_english_earlier_it_was_reported_is_a_back_reference(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nEarlier it was reported that Greco-Roman wrestler Almat Kebispayev of Kazakhstan won the bronze.\n",
    )
    assert doc.quotes == []


@pytest.mark.parametrize(
    "attribution",
    ["the president's press service reports", "the press service of the President informs"],
)
def test_english_the_presidents_press_service_is_akordas(pipeline, attribution: str) -> None:  # type: ignore[no-untyped-def]
    """A body owned by an office speaks, not the office holder; the President's bodies are Akorda's
    (``data/body_owners.tsv``)."""
    doc = annotate(pipeline, f"Title\n\nThe Head of State held talks with the Chinese leader today, {attribution}.\n")
    assert speaker_names(pipeline, doc) == ["Akorda press service"]


def test_russian_according_to_an_analysis_holds_its_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистерство торговли провело мониторинг цен. Согласно анализу ведомства, стоимость "
        "праздничного набора продуктов выросла на две тысячи тенге. Больше всего подорожали овощи.\n",
    )
    (quote,) = doc.quotes
    assert doc.span(quote.start, quote.end) == "стоимость праздничного набора продуктов выросла на две тысячи тенге."


def test_chinese_body_opened_by_a_place_speaks_and_its_short_name_points_back(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n据阿拉木图市旅游管理部门介绍，该项目旨在建设现代化的旅游基础设施。\n\n"
        "旅游部门指出，旅游业对全球GDP的贡献最高可达10%。\n\n有关部门表示，将加强管理。\n",
    )
    names = speaker_names(pipeline, doc)
    assert names == ["Almaty City Tourism Department", "Almaty City Tourism Department", None]


def test_chinese_bare_body_head_is_the_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n统一养老金储蓄基金表示，女性退休年龄将渐进调整。\n\n基金解释说：“养老金年龄是全球热点议题。”\n",
    )
    names = speaker_names(pipeline, doc)
    assert names == ["Unified Accumulative Pension Fund", "Unified Accumulative Pension Fund"]


def test_english_a_body_described_in_lower_case_is_the_one_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Kazakhstan Boxing Federation held its coaching council.\n\n"
        "The boxer will be paid $50,000, the national federation said.\n\n"
        "The new rules will come into force in May, the regional akimat informed.\n",
    )
    names = speaker_names(pipeline, doc)
    assert names == ["Kazakhstan Boxing Federation", "regional akimat"]  # no akimat was named before


def test_english_a_described_body_may_be_named_after_it_in_its_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nEarlier, the national federation informed that it would pay $100,000 to Levit. The Kazakhstan "
        "Boxing Federation also thanked his coaches.\n",
    )
    assert pipeline.quotes.name_en(doc.quotes[0].speaker_entity_id) == "Kazakhstan Boxing Federation"


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        (
            "Minister of Healthcare Alexei Tsoi says the epidemiological situation in Kazakhstan, except for the "
            "flu, is rather stable.",
            "the epidemiological situation in Kazakhstan, except for the flu, is rather stable.",
            "Alexei Tsoi",
        ),
        (
            "Situation with the coronavirus infection is under control, Health Minister Alexei Tsoi said at the Astana "
            "Media Week in the Kazakh capital, Nur-Sultan, Kazinform correspondent reports.",
            "Situation with the coronavirus infection is under control",
            "Alexei Tsoi",
        ),
        (
            "Kazakhstan will not forget the support of Qatar, Head of State Kassym-Jomart Tokayev said at the meeting "
            "with the Amir of Qatar, Sheikh Tamim bin Hamad Al Thani in Astana, Kazinform correspondent reports.",
            "Kazakhstan will not forget the support of Qatar",
            "Kassym-Jomart Tokayev",
        ),
        (
            "The flight to ISS will start from Baikonur cosmodrome on September 2, said Deputy Chairman of the "
            "Aerospace Committee under the Ministry for Investment and Development Yerkin Shaymagambetov at today's "
            "press conference in Almaty.",
            "The flight to ISS will start from Baikonur cosmodrome on September 2",
            "Yerkin Shaymagambetov",
        ),
        (
            "Kazakhstani farmers, Shukeyev stressed, have already harvested 59% of the areas planted to grain crops.",
            "Kazakhstani farmers, Shukeyev stressed, have already harvested 59% of the areas planted to grain crops.",
            "Shukeyev",
        ),
    ],
)
def test_english_reported_speech_around_asides_and_long_speakers(
    pipeline, sentence: str, content: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{sentence}\n")
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        (content, speaker)
    ]


def test_a_russian_speaker_named_with_an_initial_gets_an_english_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Д. Тургамбаев`: the period of an initial is kept, and no character the rules cannot spell stops a build."""
    assert pipeline.quotes.name_en("per:ru:Д. Тургамбаев") == "D. Turgambayev"
    assert pipeline.quotes.name_en("per:ru:Ерлан Карин1") is None  # a character no rule spells: no name, no error


def test_russian_the_agency_is_the_body_that_spoke_before_not_the_last_one_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо информации Департамента полиции области Жетысу, оперативная обстановка оставалась "
        "стабильной.\n\nОхрану порядка вместе с полицейскими обеспечивали сотрудники Национальной гвардии.\n\n"
        "В ведомстве отмечают, что полицейские продолжают нести службу.\n",
    )
    names = speaker_names(pipeline, doc)
    assert names == ["Zhetysu Region Police Department", "Zhetysu Region Police Department"]


def test_two_titled_people_joined_by_and_speak_together(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Deputy Governor … A and Deputy Chairman of the … Committee B noted that …`: the two report it together, no
    one person (the span names both); a person named alone still speaks."""
    doc = annotate(
        pipeline,
        "Title\n\nOpening the event, Deputy Governor of Atyrau region Kairat Nurtayev and Deputy Chairman of the "
        "Culture Committee Kumis Seitova noted that the two nations share a common history.\n\n"
        "Later Kumis Seitova said that the festival will last a week.\n",
    )
    found = [(doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes]
    assert found[0] == ("Kairat Nurtayev and Deputy Chairman of the Culture Committee Kumis Seitova", None)
    assert found[1][1] is not None and found[1][1].endswith("Kumis Seitova")


def test_the_ministry_after_a_minister_named_by_field_is_that_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Minister of Energy X … According to the ministry, …`: the Ministry of Energy the gazetteer knows (the field
    ends before the minister's name; before `Minister` it is the end of the words, capitalised or not); with no
    minister or body named, `the ministry` stays unnamed, no entity called `ministry`."""
    doc = annotate(
        pipeline,
        "Title\n\nKazakh Minister of Energy Almassadam Satkaliyev met investors.\n\n"
        "According to the ministry, oil production will reach 100 million tons this year.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:ministry-of-energy-of-kazakhstan"]
    doc = annotate(
        pipeline,
        "Title\n\nKazakh Energy Minister Almassadam Satkaliyev met investors. "
        "The ministry said that exports will grow.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:ministry-of-energy-of-kazakhstan"]
    for minister in (
        "Marat Karabayev, Kazakh Industry and Infrastructure Development Minister,",  # several words before it
        "Moldir Abdualiyeva, water resources and irrigation minister,",  # in lower case
    ):
        doc = annotate(
            pipeline,
            f"Title\n\n{minister} visited the region on Monday.\n\n"
            "According to the ministry, the works will end in autumn.\n",
        )
        assert [q.speaker_entity_id for q in doc.quotes][-1:] == [
            "org:ministry-of-industry-and-infrastructure-development-of-kazakhstan"
            if "Industry" in minister
            else "org:ministry-of-water-resources-and-irrigation-of-kazakhstan"
        ]
    alone = annotate(pipeline, "Title\n\nAccording to the ministry, oil production will reach 100 million tons.\n")
    assert [(q.speaker_entity_id, q.attribution) for q in alone.quotes] == [(None, "unnamed")]
    russian = annotate(
        pipeline,
        "Заголовок\n\nМинистр здравоохранения Акмарал Альназарова провела брифинг.\n\n"
        "В министерстве также сообщили, что больницы работают штатно.\n",
    )
    assert [q.speaker_entity_id for q in russian.quotes] == ["org:ministry-of-healthcare-of-kazakhstan"]


def test_told_reporters_with_no_comma_reports_the_clause_after_them(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe head of the National Bank Timur Suleimenov told reporters the base rate will remain unchanged."
        "\n\nHe told journalists about the plans that will be announced in May.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("the base rate will remain unchanged.", "per:timur-suleimenov")
    ]  # a topic after `about` is no clause


def test_russian_reported_speech_ends_before_the_subjects_next_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`отметил, что A, и поблагодарил …`: the thanks is the article's, not part of what was said; `, и` before a
    noun, or before a verb that does not agree with the verb of saying, goes on with the clause."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nПремьер-министр Армении Никол Пашинян отметил, что мир между странами строится на Алматинской "
        "декларации, и поблагодарил Президента Казахстана за поддержку.\n\n"
        "Аким отметил, что цены выросли, и рынок стабилизировался.\n\n"
        "Аким сообщил, что в области построили 10 школ, и открыли 5 больниц.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "мир между странами строится на Алматинской декларации",
        "цены выросли, и рынок стабилизировался.",
        "в области построили 10 школ, и открыли 5 больниц.",  # the clause's own verbs, plural: all said
    ]


def test_dash_paragraphs_before_the_attributed_one_are_the_same_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A statement over several dash paragraphs names its speaker in the last (`—A。` `—B。-他说。`, `— A.`
    `— B, — сказал он.`); a dash list (`— ремонт дорог;`) stays no quote."""
    chinese = annotate(
        pipeline,
        "标题\n\n州长努尔兰·萨乌兰巴耶夫出席了会议。\n\n—今年我们将建设10所学校，这是我们的目标。\n\n"
        "—明年还将建设15所学校，这是我们的目标。-他说。\n",
    )
    assert [(chinese.span(q.start, q.start + 6), q.speaker_entity_id) for q in chinese.quotes] == [
        ("今年我们将建", "per:nurlan-sauranbayev"),
        ("明年还将建设", "per:nurlan-sauranbayev"),
    ]
    russian = annotate(
        pipeline,
        "Заголовок\n\nАким области Нурлан Сауранбаев провел совещание.\n\n— В этом году мы построим 10 новых школ в "
        "области.\n\n— В следующем году еще 15, — сказал он.\n\nСписок мер:\n\n— ремонт дорог;\n\n"
        "— строительство школ, — отметил он.\n",
    )
    assert [russian.span(q.start, q.end) for q in russian.quotes] == [
        "В этом году мы построим 10 новых школ в области.",
        "В следующем году еще 15",
        "строительство школ",
    ]
    spoken_after = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统表示，哈萨克斯坦是连接东西方的桥梁。\n\n—与此同时，我国经济正经历着根本性的变革。\n",
    )
    assert [q.speaker_entity_id for q in spoken_after.quotes] == [
        "per:kassym-jomart-tokayev"
    ] * 2  # a Chinese dash paragraph after the speaker's report


def test_a_national_title_is_not_the_holder_of_another_national_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The Prime Minister emphasized …` after the President chaired the meeting: the head of government on the
    article's date (today for an undated text), not the President named nearest; `The President noted …` is the
    President."""
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM - President Kassym-Jomart Tokayev chaired a meeting on the economy.\n\n"
        "The Prime Minister emphasized that inflation is slowing.\n\nThe President noted that growth is important.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [
        "per:olzhas-bektenov",
        "per:kassym-jomart-tokayev",
    ]  # no date: now


def test_a_chinese_press_office_of_a_body_pointed_back_to_speaks_for_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n据哈萨克斯坦卫生部消息，新增病例5例。\n\n该部新闻处指出，医院运转正常。\n")
    assert [(doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes] == [
        ("该部新闻处", "org:ministry-of-healthcare-of-kazakhstan")
    ]


def test_об_этом_with_a_named_event_and_the_agency_after_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Об этом сегодня в ходе конференции «Казахстан-космос» заявил X, сообщает Казинформ.`: the sentence before is
    X's, a name in guillemets among the circumstances."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nСпутник «Казсат-2» готовится к запуску. Об этом сегодня в ходе международной конференции "
        "«Казахстан-космос» заявил первый заместитель Премьер-Министра РК Умирзак Шукеев, сообщает Казинформ.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("Спутник «Казсат-2» готовится к запуску.", "per:umirzak-shukeyev")
    ]


def test_english_dash_attribution_with_a_two_letter_initial(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister of Healthcare Zhaksylyk Doskaliyev held a press conference.\n\n"
        '"Fortunately, Kazakhstan did not register fatal cases caused by this infection", - Zh. Doskaliyev noted.\n\n'
        '"We will build new schools," – the minister said.\n',
    )
    found = [(q.kind, doc.span(q.start, q.end)[:11], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes]
    assert found == [("direct", "Fortunately", "Doskaliyev"), ("direct", "We will bui", "the minister")]
    assert {q.speaker_entity_id for q in doc.quotes} == {"per:en:Zhaksylyk Doskaliyev"}


def test_according_to_a_pronoun_needs_no_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister of Healthcare Zhaksylyk Doskaliyev held a press conference today.\n\n"
        "According to him new cases of this infection are possible because students return home. "
        "All services work in medium security.\n\n"
        "According to the plan of the ministry 40 clinics will open.\n",
    )
    assert [(doc.span(q.start, q.end)[:9], q.speaker_entity_id) for q in doc.quotes] == [
        ("new cases", "per:en:Zhaksylyk Doskaliyev")
    ]


def test_reported_on_a_topic_reports_no_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nDuring the session of the Government, Health Minister Alexei Tsoi reported on the ongoing "
        "vaccination campaign in the country, Kazinform correspondent reports.\n\n"
        "The vaccine will arrive in May, Health Minister Alexei Tsoi reported on Tuesday.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["The vaccine will arrive in May"]


def test_russian_pronoun_after_where_it_was_said_and_a_political_scientist(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПолитолог Марат Шибутов выступил на заседании комиссии.\n\n"
        "На десятом заседании комиссии он подчеркнул, что каждая формулировка прошла обсуждение.\n\n"
        "— Наша цель — создать рабочий проект Конституции, — сказал политолог.\n",
    )
    found = [(doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes]
    assert found == [("он", "per:marat-shibutov"), ("политолог", "per:marat-shibutov")]


def test_russian_po_ego_dannym_runs_to_the_end_of_the_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nДепутат Магеррам Магеррамов выступил в Мажилисе.\n\n"
        "По его данным, пороговый балл преодолели около 76% участников. Средний результат теста составил "
        "69 баллов из 140 возможных.\n\nПо его мнению, тест нужно менять. Об этом говорят многие.\n",
    )
    ends = [doc.span(q.start, q.end).split()[-1] for q in doc.quotes]
    assert ends == ["возможных.", "менять."]  # По мнению takes its sentence only (source_openings.tsv)


def test_confessed_reports_a_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nBoxer Vassiliy Levit gave an interview.\n\n"
        "At the end of the interview, the boxer confessed he is looking forward to seeing the rematch.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("he is looking forward to seeing the rematch.", "per:vassiliy-levit")
    ]


def test_a_pronoun_after_a_bodys_report_points_to_the_person_it_reported(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nHead of the regional emergencies department Ibragim Kulshimbayev chaired a meeting today.\n\n"
        "As the press service of the department informed, Director of the regional branch of Kazhydromet "
        "Valery Stratienko announced a forecast for the coming period. According to him, the flooding will not "
        "be catastrophic.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes][-1] == "per:en:Valery Stratienko"


def test_according_to_x_ends_where_the_article_tells_what_mr_x_did(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nGovernor of Akmola region Sergey Kulagin congratulated the agency. According to the governor, "
        "with its constructive approach the agency sets the example to other media. In conclusion, Mr. Kulagin "
        "wished the employees good health.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "with its constructive approach the agency sets the example to other media."
    ]


def test_a_named_speaker_with_an_apposition_told_a_briefing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"The saiga extinction remains one of the burning problems," Murat Baidildin, chief expert of the '
        "regional forestry inspection, told a briefing on Friday.\n",
    )
    assert [(q.kind, q.speaker_entity_id) for q in doc.quotes] == [("direct", "per:en:Murat Baidildin")]


def test_russian_title_after_where_it_was_said_and_a_regional_department(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГлава государства Касым-Жомарт Токаев выступил на курултае. В Туркестанской области "
        "разлилась река.\n\nНа пятом заседании Национального курултая Президент отметил, что вопросы требуют "
        "внимания.\n\nПо данным областного департамента по чрезвычайным ситуациям, жителей эвакуировали.\n",
    )
    speakers = [(q.speaker_entity_id, pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert speakers[0] == ("per:kassym-jomart-tokayev", "Kassym-Jomart Tokayev")
    assert speakers[1][1] == "Turkistan Region Department of Emergency Situations"  # the region named last


def test_russian_title_with_a_long_field_names_its_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`министр труда и социальной защиты населения Светлана Жакупова`, `министр национальной экономики Республики
    Казахстан Серик Жумангарин`: the field between the title and the name is the title's; `По словам министра` is
    that minister, not the akim who spoke just before."""
    for introduced, minister in (
        ("министр труда и социальной защиты населения Светлана Жакупова", "per:svetlana-zhakupova"),
        ("министр национальной экономики Республики Казахстан Серик Жумангарин", "per:serik-zhumangarin"),
    ):
        doc = annotate(
            pipeline,
            f"Заголовок\n\nНа открытии присутствовали аким города Ерболат Досаев и {introduced}.\n\n– Мы откроем "
            "еще пять центров, – сказал Ерболат Досаев.\n\nПо словам министра, в стране 100 тысяч таких детей.\n",
        )
        assert [q.speaker_entity_id for q in doc.quotes] == ["per:yerbolat-dossayev", minister]


def test_russian_press_service_of_a_body_with_its_abbreviation_and_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`пресс-служба Министерства по чрезвычайным ситуациям (МЧС) РК`: the body's name and its abbreviation are two
    mentions, and the country after the brackets still says whose ministry speaks."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Костанае сгорело отделение Казпочты, сообщает пресс-служба Министерства по чрезвычайным "
        "ситуациям (МЧС) РК.\n",
    )
    assert speaker_names(pipeline, doc) == ["Ministry of Emergency Situations of Kazakhstan press service"]


def test_a_city_akimat_s_press_service_is_the_akimat_of_the_city_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`сообщает пресс-служба городского акимата` after the dateline `Алматы.`: the akimat of the last city named,
    as `областного` points to the last region; with no city named it is named as written."""
    text = (
        "Заголовок\n\nАлматы. 20 апреля. Аким пообещал поучаствовать в субботнике, сообщает пресс-служба "
        "городского акимата.\n"
    )
    speakers = [pipeline.quotes.name_en(q.speaker_entity_id) for q in annotate(pipeline, text).quotes]
    assert speakers == ["Almaty City Akimat press service"]
    text = "Заголовок\n\nВ области открыли парк, сообщает пресс-служба городского акимата.\n"
    speakers = [pipeline.quotes.name_en(q.speaker_entity_id) for q in annotate(pipeline, text).quotes]
    assert speakers == ["City Akimat press service"]
    # the capital's akimat is Astana's, even after another city was named
    text = (
        "Заголовок\n\nВ Алматы прошел форум.\n\nКак уточнили в пресс-службе столичного акимата, размер жилищных "
        "сертификатов составляет 1,5 миллиона тенге.\n"
    )
    speakers = [pipeline.quotes.name_en(q.speaker_entity_id) for q in annotate(pipeline, text).quotes]
    assert speakers == ["Astana City Akimat press service"]


def test_a_body_speaking_without_its_place_is_the_one_the_article_names_in_full(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`управлении энергетики и жилищно-коммунального хозяйства` speaks first; the article later names `управление
    энергетики и ЖКХ области Жетысу`: the same department, whichever way the field was written and in whichever
    order. With two such regional departments named, the short name stays as it is."""
    text = (
        "Заголовок\n\nКак сообщили в управлении энергетики и жилищно-коммунального хозяйства, отопительный сезон "
        "начнется в срок.\n\n— Котельные готовы, — сообщили в управлении энергетики и ЖКХ области Жетысу.\n"
    )
    speakers = [pipeline.quotes.name_en(q.speaker_entity_id) for q in annotate(pipeline, text).quotes]
    assert speakers == ["Zhetysu Region Department of Energy and Housing and Communal Services"] * 2
    two = text + "\n— Сети готовы, — сообщили в управлении энергетики и ЖКХ области Абай.\n"
    speakers = [pipeline.quotes.name_en(q.speaker_entity_id) for q in annotate(pipeline, two).quotes]
    assert speakers == [
        "Department of Energy and Housing and Communal Services",
        "Zhetysu Region Department of Energy and Housing and Communal Services",
        "Abai Region Department of Energy and Housing and Communal Services",
    ]


def test_russian_department_named_again_without_its_place_is_the_regional_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`По информации управления культуры` after `областного управления культуры` in Turkestan Region's news: the
    region's department named before, not a department of no place; one never written with a place adjective
    stays as written."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Туркестанской области проверят закупку. Видеоролик заказали для областного управления "
        "культуры.\n\nПо информации управления культуры, видеоролик представит историю Казахстана.\n\nПо "
        "информации управления образования, школы готовы.\n",
    )
    speakers = speaker_names(pipeline, doc)
    assert speakers == ["Turkistan Region Department of Culture", "Department of Education"]


@pytest.mark.parametrize(
    ("text", "president"),
    [
        (
            "На заседании Правительства министр транспорта Нурлан Сауранбаев сообщил, что дороги построят.\n\n"
            "Ранее на заседании курултая Президент отметил, что логистика требует внимания.",
            "per:kassym-jomart-tokayev",
        ),
        (
            "Президент Федерации бокса Казахстана Тимур Кулибаев встретился со спортсменами.\n\n"
            "Президент отметил, что команда готова.",
            "per:timur-kulibayev",  # the president the article introduced
        ),
    ],
)
def test_a_bare_national_title_is_its_holder_not_the_last_speaker(pipeline, text: str, president: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f" date 2025-04-10\nЗаголовок\n\n{text}\n")
    assert doc.quotes[-1].speaker_entity_id == president


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("Talks were held, the Kazakh MFA’s press service reports.", "Ministry of Foreign Affairs of Kazakhstan"),
        ("The session will be held on Friday, the PM’s press service reports.", "PM press service"),
        ("Talks were held, Akorda press service reports.", "Akorda press service"),
    ],
)
def test_a_ministrys_press_service_speaks_for_the_ministry(pipeline, sentence: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{sentence}\n")
    assert speaker_names(pipeline, doc) == [speaker]


def test_russian_source_with_a_description_then_an_office_and_a_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам известного садовода, руководителя ботанического сада Уральска Кайрата Каримова, "
        "озеро замерзло уже давно, а морозы усиливаются.\n\nПо словам министра, жители Восточного Казахстана, "
        "как и жители Павлодара, получат компенсацию.\n",
    )
    found = [(doc.span(q.start, q.end).split()[0], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes]
    assert found == [("озеро", "Кайрата Каримова"), ("жители", "министра")]


def test_the_minister_is_no_prime_minister(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`minister` is a word of `prime minister`, but names no national office on its own."""
    doc = annotate(
        pipeline,
        " date 2023-09-09\nTitle\n\nAidarbek Saparov paid his first visit to the region as the Kazakh Agriculture "
        "Minister.\n\nOn September 9 the minister visited three districts. The minister said the issues would be "
        "rapidly resolved.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:aidarbek-saparov"]


def test_chinese_xiaoxi_cheng_opening_a_sentence_is_sourcing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦教育部部长会见了代表团。\n\n消息称，国家奥委会秘书长会见了中国大使馆参赞。\n\n"
        "紧急情况部消息称，洪水已经退去。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["洪水已经退去。"]  # a named body's message speaks


def test_chinese_xiaoxi_cheng_after_a_named_message_tells_what_it_says(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`消息称，…` after the text named a message (`据国防部消息`, `教育部发布消息称`) says what that message says: a
    statement of its own, the last speaker's when one just spoke, else no one's (a body cited as a source note is no
    speaker)."""
    cited = annotate(
        pipeline,
        "标题\n\n据国防部消息，阿富汗战争老兵纪念活动在阿斯塔纳举行。\n\n消息称，目前仍有近100名参与阿富汗战争的将士在"
        "武装力量中服役。\n",
    )
    assert [
        (doc_span, q.speaker_entity_id) for doc_span, q in ((cited.span(q.start, q.end), q) for q in cited.quotes)
    ] == [("目前仍有近100名参与阿富汗战争的将士在武装力量中服役。", None)]
    issued = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦国家水文气象局发布消息称，明天将有降雪。\n\n消息指出，部分地区将有大风，气温将下降5度。\n",
    )
    assert [q.speaker_entity_id for q in issued.quotes] == ["org:kazhydromet", "org:kazhydromet"]


def test_chinese_tongbao_runs_on_over_its_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n与此同时，母婴健康指标持续改善。卫生部长通报，过去两年婴儿死亡率下降13%。"
        "在儿童福祉指数方面，哈萨克斯坦已跻身全球前30位国家。\n",
    )
    assert [doc.span(q.start, q.end)[-6:] for q in doc.quotes] == ["30位国家。"]


def test_russian_press_service_of_the_body_pointed_back_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nФедерация легкой атлетики Казахстана провела заседание.\n\n"
        "Как сообщает пресс-служба ведомства, в сборную вошли 20 спортсменов.\n\n"
        "Как сообщили в организации, сборы пройдут в Алматы.\n",
    )
    federation = next(m.entity_id for m in doc.mentions if m.label == "ORG")
    assert [q.speaker_entity_id for q in doc.quotes] == [federation, federation]


def test_russian_quoted_clause_and_so_slov(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nГлава Правительства Аскар Мамин отметил, что «первый космодром мира находится в преддверии "
        "нового этапа своего развития». Министр отметил, что «Байтерек» и «КазМунайГаз» выполнили планы.\n\n"
        "Со слов хозяйки, в момент пожара в доме находились её супруг и двое детей.\n",
    )
    found = [(q.kind, doc.span(q.start, q.end)[:14]) for q in doc.quotes]
    assert found == [
        ("direct", "первый космодр"),  # the whole clause in guillemets: quoted words
        ("indirect", "«Байтерек» и «"),  # names in guillemets inside reported words
        ("indirect", "в момент пожар"),
    ]


def test_an_english_quotation_with_a_name_in_the_same_marks_inside(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"Danial Kenzhetayevich did a lot for the Kazakh sport. He founded "Altay Athletics" athletic club '
        'there. I believe his experience will help," said the President of the Federation, Adilbek Dzhaksybekov.\n\n'
        '"We agree," he said. "The plan is ready," she said.\n',
    )
    found = [(doc.span(q.start, q.end)[:12], doc.span(q.start, q.end)[-6:]) for q in doc.quotes]
    assert found == [("Danial Kenzh", " help,"), ("We agree,", "agree,"), ("The plan is ", "ready,")]


def test_an_english_clause_said_without_that_before_a_second_verb_is_a_quote_too(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`He also said Chairwoman … Valentina Matviyenko is planning to visit Kazakhstan and noted that …`: the clause
    said without `that` (its subject a title and a name) is the first quote, the clause after `noted that` the
    second, both the subject's."""
    doc = annotate(
        pipeline,
        "Title\n\nLavrov met Tileuberdi in Moscow. He also said Chairwoman of the Federation Council Valentina "
        "Matviyenko is planning to visit Kazakhstan and noted that the foreign ministries of Kazakhstan and Russia "
        "are in constant contact.\n",
    )
    assert [(doc.span(q.start, q.end), q.cue) for q in doc.quotes] == [
        ("Chairwoman of the Federation Council Valentina Matviyenko is planning to visit Kazakhstan", "said"),
        ("the foreign ministries of Kazakhstan and Russia are in constant contact.", "noted"),
    ]
    assert doc.quotes[0].speaker_entity_id == doc.quotes[1].speaker_entity_id == "per:sergey-lavrov"


def test_an_english_clause_told_to_a_named_person_is_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X told President Tokayev a dormitory … is being constructed`: the clause after the person told is X's report;
    `told President Tokayev about the plans` tells a topic, no words."""
    doc = annotate(
        pipeline,
        "Title\n\nGeneral Director Rustem Usmanov told President Tokayev a dormitory for 600 employees is being "
        "constructed.\n\nThe akim told President Tokayev about the plans that were approved.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("a dormitory for 600 employees is being constructed.", "Rustem Usmanov")
    ]


def test_the_last_item_of_a_dash_list_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A dash list whose items open with a label and a colon (`- 小麦：减少12.5万公顷。`) before a dash quote with its
    attribution: the list's last item, ending in a full stop, is no part of the quote's run."""
    doc = annotate(
        pipeline,
        "标题\n\n具体安排如下：\n\n- 饲料作物：增加24.2万公顷；\n\n- 土豆：增加1.03万公顷；\n\n"
        "- 小麦：减少12.5万公顷（总面积维持在1210万公顷左右）。\n\n—今年我们计划拨款7000亿坚戈，用于支持春耕和秋收"
        "工作的优惠贷款发放，-萨帕若夫指出。\n",
    )
    assert [doc.span(q.start, q.end)[:6] for q in doc.quotes] == ["今年我们计划"]
    doc = annotate(  # a Russian speaker opening his words with a colon is no list
        pipeline,
        "Заголовок\n\nМинистр ответил журналистам.\n\n— Скажу так: все работы будут завершены в срок, и жители "
        "получат тепло вовремя.\n\n— Мы уверены в этом, — сказал он.\n",
    )
    assert [doc.span(q.start, q.end)[:10] for q in doc.quotes] == ["Скажу так:", "Мы уверены"]


def test_an_english_quotation_made_public_is_its_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`«…,» Kazakh Agriculture Minister X made public at today's meeting.`: a direct quote of the minister."""
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM «4.2 mln tons of new grain yield were delivered to the stations,» Kazakh "
        "Agriculture Minister Yerbol Karashukeyev made public at today’s Government meeting.\n",
    )
    assert [(q.kind, q.speaker_entity_id) for q in doc.quotes] == [("direct", "per:yerbol-karashukeyev")]


def test_a_second_verb_of_saying_after_and_starts_a_second_english_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X added that A and expressed hope that B`: two quotes of X; after a source (`According to X, doctors …
    and believe that …`) the second verb is the reported subject's, one quote."""
    doc = annotate(
        pipeline,
        "Title\n\nThe Head of State added that he was pleased with the support of all five diplomats and expressed "
        "hope that the countries will continue to support each other.\n\nAccording to the akim, some doctors seem "
        "to forget about the Oath and believe that people do not get sick during holidays.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], q.cue) for q in doc.quotes] == [
        ("he was pleased with ", "added"),
        ("the countries will c", "expressed hope"),
        ("some doctors seem to", "according to"),
    ]
    assert doc.quotes[0].speaker_start == doc.quotes[1].speaker_start
    doc = annotate(  # the comma before the second verb ends neither quote
        pipeline,
        "Title\n\nThe President pointed out that trade between the two countries must grow, and also stressed "
        "that Kazakhstan supports the initiative.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "trade between the two countries must grow",
        "Kazakhstan supports the initiative.",
    ]


def test_a_verb_frame_before_an_inserted_source_frames_the_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X drew the participants' attention to the fact that A, which, according to him, B`: the words after `that`
    are X's; the source inside the relative clause does not make the whole sentence a quote."""
    doc = annotate(
        pipeline,
        "Title\n\nPresident Nazarbayev drew the participants' attention to the fact that political cooperation has "
        "made progress, noting the dialogue between the Foreign Offices, which, according to him, indicates a shared "
        "desire.\n",
    )
    assert [(doc.span(q.start, q.end)[:22], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("political cooperation ", "Nazarbayev")
    ]


def test_an_inserted_source_after_only_circumstances_opens_the_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nGeneral Director Askar Zhumagaliyev spoke at the meeting. Also, in 2018, according to him, the "
        "agency will implement a number of projects.\n\nThis initiative, according to the director, will cover all "
        "regions.\n\nNowadays, according to the Secretary of State, nearly 180,000 ethnic Germans reside here.\n",
    )
    assert [doc.span(q.start, q.end)[:15] for q in doc.quotes] == [
        "the agency will",
        "This initiative",
        "nearly 180,000 ",
    ]


def test_a_short_name_in_quotation_marks_before_a_noun_is_no_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n«First of all, we are interested in films with national color», said Maria Bezruk, «Planeta Kino» "
        "company’s program director.\n",
    )
    assert [doc.span(q.start, q.end)[:12] for q in doc.quotes] == ["First of all"]


def test_a_quotation_after_a_greeting_verbs_colon_is_the_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nNurlan Yermekbayev, the Minister of Defense and the President of the Combat Association, "
        'congratulated the winners: "The First President has repeatedly underlined the need to shape a healthy '
        'lifestyle among youth."\n',
    )
    assert [(q.kind, doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("direct", "Nurlan Yermekbayev")
    ]


def test_a_ministrys_fields_listed_with_commas_before_minister_are_the_speakers_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n«Over 750 wildfires occurred in Kazakhstan last year,» Ecology, Geology and Natural Resources "
        "Minister Serrikkali Brekeshev said.\n",
    )
    assert [(q.kind, doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("direct", "Serrikkali Brekeshev")
    ]


def test_long_addressee_and_long_apposition_after_a_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n«Vaccination should generally improve the situation,» Kazakh President Kassym-Jomart Tokayev told "
        "the extended meeting of the Government held via a videoconferencing, Kazinform reports.\n\n"
        '"The saiga extinction remains one of the burning problems," Murat Baidildin, chief expert of the Kostanay '
        "regional territorial forestry and wildlife inspection, told a briefing on Friday.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:kassym-jomart-tokayev", "per:en:Murat Baidildin"]
    side = annotate(  # with no quotation before it, what a verb is about is no one told: no trailing attribution
        pipeline,
        "Title\n\nFollowing the meeting, the Kazakh side assured of its readiness to assist in carrying out the "
        "planned events.\n",
    )
    assert side.quotes == []


def test_according_to_data_alone_is_sourcing(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to records, there are nearly 140–180 snow leopards in Kazakhstan.\n\n"
        "According to preliminary data, five people were injured.\n\n"
        "According to data of the Statistics Bureau, prices rose by 5%.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["prices rose by 5%."]  # data with its owner speaks


def test_a_russian_company_speaks_under_its_own_name_in_latin_letters(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nКак сообщили в пресс-службе ТОО «Кокшетау Энерго», авария произошла в 19:36 на подстанции.\n\n"
        "— Бригада занимается перезапиткой потребителей. Приносим извинения, — сообщили в ведомстве.\n",
    )
    assert speaker_names(pipeline, doc)[-1] == "Kokshetau Energo"
    assert pipeline.quotes.name_en("org:ru:Центр") is None  # a bare head names no one
    # a Kazakh name writes the words after the first in lower case; English capitalises each
    assert pipeline.quotes.name_en("org:ru:Шығыс жылу") == "Shygys Zhylu"
    assert pipeline.quotes.name_en("org:ru:Атырау жарык") == "Atyrau Zharyk"


def test_english_a_count_opening_the_clause_said_of_and_a_linking_word_before_in_his_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAkim Gali Iskaliyev said over 30,000 schoolchildren attend preschool institutions in the region.\n\n"
        "However, in his words, there is a lack of secondary schools. Others are in desperate need of repair.\n\n"
        "«Yesterday Kazakhstan celebrated the unofficial Day of Sports,» Askhat Oralov said of the milestone.\n",
    )
    assert [(content, entity) for _, content, _, entity in described(doc)] == [
        ("over 30,000 schoolchildren attend preschool institutions in the region.", "per:gali-iskaliyev"),
        ("there is a lack of secondary schools. Others are in desperate need of repair.", "per:gali-iskaliyev"),
        ("Yesterday Kazakhstan celebrated the unofficial Day of Sports,", "per:askhat-oralov"),
    ]


def test_english_a_bare_minister_is_not_the_prime_minister_and_a_second_verb_has_the_first_ones_subject(  # type: ignore[no-untyped-def]
    pipeline,
) -> None:
    doc = annotate(pipeline, " date 2023-05-01\nTitle\n\nThe minister said 1,500 schools need repair.\n")
    assert [entity for _, _, _, entity in described(doc)] == [None]  # nobody named: not Alikhan Smailov, the PM
    doc = annotate(
        pipeline,
        "Title\n\nAmbassador Erik Utembayev met the minister.\n\nIn turn, the Kazakh diplomat noted the necessity of "
        "strengthening the strategic partnership between the two countries in political and economic spheres and "
        "stressed that the two countries had enough potential to lead the region.\n",
    )
    assert [speaker for _, _, speaker, _ in described(doc)] == ["the Kazakh diplomat"]


def test_english_a_long_office_before_the_name_after_a_quotation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"We thought that Vasily won the fight, but the decision was different," Chairman of the Judges '
        "Committee of the Kazakhstan Boxing Federation Aslan Igubayev told to Kazinform.\n",
    )
    assert [(kind, entity) for kind, _, _, entity in described(doc)] == [("direct", "per:en:Aslan Igubayev")]


def test_chinese_condolences_with_a_modifier_are_no_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n议长马吾林·阿什姆巴耶夫代表国家元首向伊朗人民表示深切哀悼。\n")
    assert described(doc) == []
    doc = annotate(pipeline, "标题\n\n议长马吾林·阿什姆巴耶夫表示全力支持哀悼活动的安排。\n")
    assert [content for _, content, _, _ in described(doc)] == ["全力支持哀悼活动的安排。"]


def test_english_a_description_with_a_participle_after_and_runs_on_to_the_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`hunting` after `and` is part of the unit's name, not what the speaker did while saying it."""
    doc = annotate(
        pipeline,
        "Title\n\n“The forestry and wildlife division received a letter from the district,” says chief of the "
        "wildlife and hunting unit Pyotr Gurachenkov.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("Pyotr Gurachenkov", "per:en:Pyotr Gurachenkov")
    ]
    doc = annotate(pipeline, "Title\n\n“We received a letter,” said Pyotr Gurachenkov, speaking at a briefing.\n")
    assert [speaker for _, _, speaker, _ in described(doc)] == ["Pyotr Gurachenkov"]


@pytest.mark.parametrize(
    "sentence",
    [
        "他同时向阿塞拜疆总统伊利哈姆·阿利耶夫致以敬意，并指出，阿塞拜疆加入磋商会议是具有历史意义的决定。",
        "He also thanked President of Azerbaijan Ilham Aliyev and noted that the decision was historic.",
    ],
)
def test_a_pronoun_opening_the_sentence_speaks_not_the_person_it_greeted(pipeline, sentence: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\nPresident Kassym-Jomart Tokayev attended the summit.\n\n{sentence}\n")
    assert [entity for _, _, _, entity in described(doc)] == ["per:kassym-jomart-tokayev"]


def test_a_word_for_a_body_opening_the_sentence_speaks_for_a_cue_with_no_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n内务部长出席了会议。内务部发布了年度报告。\n\n"
        "部门呼吁民众保持警惕，拒绝可疑邀约，强调社会安全系于每位公民的责任。\n",
    )
    assert [(content, entity) for _, content, _, entity in described(doc)] == [
        ("社会安全系于每位公民的责任。", "org:ministry-of-internal-affairs-of-kazakhstan")
    ]


def test_english_a_source_with_several_offices_and_degrees_between_commas(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to Anatoly Pleshakov, candidate of historical sciences, senior lecturer, head of the "
        "Educational and Scientific Center of Archeology of the North Kazakhstan University, the burial was discovered "
        "in the autumn near the village of Donetskoye.\n",
    )
    assert [(content[:22], speaker) for _, content, speaker, _ in described(doc)] == [
        ("the burial was discove", "Anatoly Pleshakov")
    ]


_ECOLOGY_2019 = "org:ministry-of-ecology-geology-and-natural-resources-of-kazakhstan"
"""The ministry of 2019-2023, known by its name of those years."""


@pytest.mark.parametrize(
    ("sentence", "speaker", "content", "entity"),
    [
        (
            "According to the Ecology, Geology and Natural Resources Ministry, there are 3,005 landfills.",
            "Ecology, Geology and Natural Resources Ministry",
            "there are 3,005 landfills.",
            _ECOLOGY_2019,
        ),
        # a list after the source is what it said
        ("According to him, Almaty, Astana and Shymkent will get new buses.", "him", "Almaty, Astana and", None),
        # the subject of a verb of saying, its fields listed with commas
        (
            "The Kazakh Ecology, Geology and Natural Resources Ministry reported that rivers rise.",
            "Kazakh Ecology, Geology and Natural Resources Ministry",
            "rivers rise.",
            _ECOLOGY_2019,
        ),
    ],
)
def test_english_a_source_named_by_listed_fields(  # type: ignore[no-untyped-def]
    pipeline, sentence: str, speaker: str, content: str, entity: str | None
) -> None:
    found = described(annotate(pipeline, f"Title\n\n{sentence}\n"))
    assert [(words, said[: len(content)]) for _, said, words, _ in found] == [(speaker, content)]
    assert entity is None or [found_entity for *_, found_entity in found] == [entity]


def test_english_a_name_set_off_after_an_office_after_an_opening_phrase(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAt a press conference after the match, the head coach of the Kazakhstan national team, Ali Aliyev, "
        "announced that he would step down.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [("he would step down.", "Ali Aliyev")]


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        # said through a medium: `via his Facebook account` ends the attribution
        (
            "«The fish died because of sea water inflow,» Saken Dildakhmet, press secretary of the Committee for "
            "Forestry and Wildlife under the Ministry of Ecology, Geology and Natural Resources, informed via his "
            "Facebook account.",
            "The fish died because of sea water inflow,",
            "Saken Dildakhmet",
        ),
        # a linking phrase before an inserted source is no part of what was said
        (
            "As a result, in his words, trade relations between the two nations are growing robustly.",
            "trade relations between the two nations are growing robustly.",
            "his",
        ),
        # a research fellow's office between commas
        (
            "According to Nazgul Assylbekova, research fellow at the Central State Museum of Kazakhstan, the "
            "exposition features interesting items.",
            "the exposition features interesting items.",
            "Nazgul Assylbekova",
        ),
    ],
)
def test_english_attributions_around_offices_media_and_linking_phrases(  # type: ignore[no-untyped-def]
    pipeline, paragraph: str, content: str, speaker: str
) -> None:
    doc = annotate(pipeline, f"Title\n\nPresident Tokayev spoke.\n\n{paragraph}\n")
    assert [(said, words) for _, said, words, _ in described(doc)] == [(content, speaker)]


def test_english_an_outlet_relaying_an_attributed_sentence_is_no_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nNurlan Tleubayev spoke at a conference.\n\n"
        "Barley exports may be 600,000 tons this season, he said, Bloomberg reports.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("Barley exports may be 600,000 tons this season", "he")
    ]


def test_english_single_quotation_marks_closing_after_a_comma(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nPresident Kassym-Jomart Tokayev visited Aktau. ‘Hotel occupancy rates exceed 90% in summer "
        "seasons,’ he said.\n",
    )
    assert [(kind, content, entity) for kind, content, _, entity in described(doc)] == [
        ("direct", "Hotel occupancy rates exceed 90% in summer seasons,", "per:kassym-jomart-tokayev")
    ]


def test_chinese_dash_attribution_after_half_width_punctuation(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n随后,沙夫卡特通过社交平台宣布退赛。\n\n"
        "-感谢 UFC 为我提供了金腰带争夺战。但是,今年我会和这场比赛的胜利者进行对决!-沙夫卡特说。\n",
    )
    direct = [(content, speaker) for kind, content, speaker, _ in described(doc) if kind == "direct"]
    assert direct == [("感谢 UFC 为我提供了金腰带争夺战。但是,今年我会和这场比赛的胜利者进行对决!", "沙夫卡特")]


def test_chinese_a_name_in_half_width_quotation_marks_is_no_quote_and_no_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        '标题\n\n温室协会主席哈纳特•霍世曼在"温室、蔬菜、 灌溉和花卉" 阿拉木图-2018国际展上表示,'
        "哈萨克斯坦正在出口黄瓜。\n",
    )
    assert [(kind, speaker) for kind, _, speaker, _ in described(doc)] == [("indirect", "哈纳特•霍世曼")]


def test_a_local_title_never_names_the_holder_of_a_national_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2022-12-12\nTitle\n\nPresident Kassym-Jomart Tokayev chaired a meeting in Almaty.\n\n"
        "In his speech, the mayor of Almaty said that there are plans to launch seven small industrial parks.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("the mayor of Almaty", "per:yerbolat-dossayev")  # the city's head that day, not the President
    ]
    doc = annotate(
        pipeline,
        " date 2022-12-12\nTitle\n\nASTANA. KAZINFORM – The situation in the city gets better, but a lot of work is "
        "ahead, said the Kazakh Head of State, summarizing the speech of the city’s mayor, Kazinform correspondent "
        "reports.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:kassym-jomart-tokayev"]  # after the verb


def test_english_a_name_with_an_apposition_before_said_and_who_after_a_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nKazakhstan will always adhere to the strict observance of the UN Charter, Aibek Smadiyarov, "
        "official spokesperson of the Kazakh Ministry of Foreign Affairs, said, Kazinform correspondent reports.\n\n"
        "The ceremony was visited by Minister of Culture Arystanbek Mukhamediuly, who emphasized that the festival "
        "helps to better understand the current state of theatre art.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("Aibek Smadiyarov", "per:aibek-smadiyarov"),
        ("Arystanbek Mukhamediuly", "per:arystanbek-mukhamediuly"),
    ]
    doc = annotate(
        pipeline,
        "Title\n\nManufacturing has shown the biggest increase in Kazakhstan, Asset Irgaliyev, Minister of National "
        "Economy of Kazakhstan, said at today’s government session, Kazinform correspondent reports.\n",
    )  # where it was said after the verb
    assert [(content[:13], speaker) for _, content, speaker, _ in described(doc)] == [
        ("Manufacturing", "Asset Irgaliyev")
    ]


def test_russian_a_relative_clause_between_the_speaker_and_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАким области Ерлан Ахметов, который провел совещание в понедельник, отметил, что работы "
        "будут завершены в срок.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("работы будут завершены в срок.", "Ерлан Ахметов")
    ]


def test_english_a_bare_press_service_speaks_for_the_last_known_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Chamber Hall of Astana Opera will open on October 1.\n\n"
        "The press service said that after the solemn opening a concert will be held.\n",
    )
    assert speaker_names(pipeline, doc) == ["Astana Opera"]
    doc = annotate(pipeline, "Title\n\nThe press service said that after the solemn opening a concert will be held.\n")
    assert [q.speaker_entity_id for q in doc.quotes] == [None]  # no body named: no `press service` entity


def test_english_the_minister_is_the_one_introduced_as_minister_and_an_office_then_its_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2017-05-01\nTitle\n\nHead of the region Amandyk Batalov reported on tourism.\n\n"
        '"Over the past four years, the number of tourists has doubled," the governor of the region said.\n\n'
        "Minister for Investments and Development Zhenis Kassymbek reported on the roads.\n\n"
        '"In 2017, we started road construction works," the minister said.\n\n'
        "«We are 151 days away from the Games, the seminar being a platform for all,» said the Olympic Council "
        "of Asia's Vice President, Mr Song Luzeng.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == [
        "per:amandyk-batalov",
        "per:zhenis-kassymbek",  # not the governor, who spoke last
        "per:en:Song Luzeng",
    ]


def test_english_a_compound_title_is_the_one_introduced_with_it_whole(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2023-09-11\nTitle\n\nPrime Minister Alikhan Smailov has chaired a meeting on roads.\n\n"
        "Minister of Transport Marat Karabayev reported that 8,000 kilometers of roads would be built.\n\n"
        "The Prime Minister stressed that transport must become a driver of the economy.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:marat-karabayev", "per:alikhan-smailov"]


def test_russian_about_this_with_the_speaker_before_the_verb_in_an_undated_article(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАСТАНА. КАЗИНФОРМ - Президент Казахстана Нурсултан Назарбаев ждет от министра креативных "
        "предложений. Об этом Глава государства заявил сегодня в ходе расширенного заседания Правительства.\n",
    )
    ((content, speaker, entity),) = [(c, s, e) for _, c, s, e in described(doc)]
    assert content.startswith("Президент Казахстана") and speaker == "Глава государства"
    assert entity == "per:nursultan-nazarbayev"  # no date: the holder the article names, not today's


def test_russian_an_attribution_inside_guillemets_splits_the_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n«Пресс-служба готовит пресс-релиз основных новостей, - ответил Президент. - По телевидению "
        "смотрю только новости».\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("direct", "Пресс-служба готовит пресс-релиз основных новостей", "Президент"),
        ("direct", "По телевидению смотрю только новости", "Президент"),
    ]


def test_russian_an_adverb_of_time_before_the_speaker_is_not_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2026-02-01\nЗаголовок\n\n— Казахстан продвигает общие для всего человечества ценности, — отметил "
        "недавно Глава государства в своем выступлении на Форуме волонтеров.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("Глава государства", "per:kassym-jomart-tokayev")
    ]


def test_chinese_a_source_note_is_no_quote_and_the_reporting_period_is_no_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n据北哈州检察院消息称，目前针对这一案件的审前调查工作仍在进行。\n\n"
        "据他介绍，该州投资去年增长14%。报告期内，该地区落实了3个大型项目。\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "该州投资去年增长14%。报告期内，该地区落实了3个大型项目。"
    ]  # 据…消息 is the article's source note; 报告期内 is a time, and 据他介绍 runs on over it


def test_chinese_xuancheng_is_one_verb_of_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n该组织宣称，袭击是其所为。\n")
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [("袭击是其所为。", "该组织")]


def test_russian_a_verb_of_saying_and_a_clause_with_no_chto(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПри этом рядом матери нет. Специалисты отмечают, появление детеныша в одиночку поздней осенью "
        "— тревожный сигнал.\n\nАким Ерлан Карин отметил, выступая на заседании перед депутатами.\n\n"
        "Министр рассказал, с какими вопросами жители страны чаще всего обращаются к госорганам.\n\n"
        "Мы стали свидетелями коренных изменений, я бы сказал, тектонических сдвигов в мире.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("появление детеныша в одиночку поздней осенью — тревожный сигнал.", "Специалисты")
    ]  # a gerund or an indirect question after the comma opens no reported clause


def test_russian_an_undated_title_before_the_holder_is_named_is_that_holder(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n«Пресс-служба готовит пресс-релиз основных новостей, - ответил Президент. - Это часть "
        "моей работы».\n\n«Утром читаю газеты», - сказал Глава государства.\n\n«Очень люблю читать, - признался "
        "Нурсултан Назарбаев. - Нахожу для этого время».\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("Президент", "per:nursultan-nazarbayev"),  # named after the words, and no date says another holder
        ("Президент", "per:nursultan-nazarbayev"),
        ("Глава государства", "per:nursultan-nazarbayev"),
        ("Нурсултан Назарбаев", "per:nursultan-nazarbayev"),
        ("Нурсултан Назарбаев", "per:nursultan-nazarbayev"),
    ]


def test_english_attribution_with_a_participle_and_a_long_audience_and_another_agency(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"You should change your approach to work," Prime Minister Sagintayev said criticizing the '
        "ministers at the session.\n\n"
        "MINSK. KAZINFORM - Kazakhstan President Nursultan Nazarbayev plans to make an official visit to Belarus in "
        "November, Ambassador Extraordinary and Plenipotentiary of Kazakhstan to Belarus Yergali Bulegenov told a "
        "press conference dedicated to the 25th anniversary of the diplomatic relations, BelTA has learned.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("direct", "You should change your approach to work,", "Sagintayev"),
        (
            "indirect",
            "Kazakhstan President Nursultan Nazarbayev plans to make an official visit to Belarus in November",
            "Yergali Bulegenov",
        ),
    ]


def test_english_a_city_mayors_office_and_the_companys_press_service_speak(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nSome archeological finds will be sent to Almaty city and Italy, the Astana Mayor's Office said.\n\n"
        "In 2018 Passenger Transportation JSC carried 17,719,000 passengers.\n\n"
        "In 2017 Kazakhstan hosted the EXPO 2017 international exhibition, the company's press service reports.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == [
        "org:en:Astana Mayor's Office",
        "org:en:Passenger Transportation JSC",  # the company named last, which the tagger reads as no body alone
    ]


def test_russian_the_subject_of_two_verbs_speaks_not_the_first_verbs_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2025-11-20\nЗаголовок\n\nГлава государства выразил благодарность Президенту Шавкату Мирзиёеву за "
        "теплое гостеприимство и подчеркнул, что главной целью визита является укрепление дружбы.\n",
    )
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [
        ("Глава государства", "per:kassym-jomart-tokayev")
    ]


def test_english_the_regions_administration_is_the_body_of_the_region_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Nearly 100 thou tourists visit Zhambyl region since start of year\n\n"
        "«There are 11 children’s health camps in the region,» the region’s administration added.\n",
    )
    assert speaker_names(pipeline, doc) == ["Zhambyl Region Administration"]  # as the region's bodies are named


def test_english_said_of_something_then_more_quotation_and_a_long_circumstance_before_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"That is very good news for us," Minister Sagadiyev said of the initiative. "I think it is '
        'possible to build dormitories."\n\nVice Minister Giniyat revealed in an interview with Khabar 24 TV channel '
        "that hospitals in the country operate as usual.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("direct", "That is very good news for us,", "Sagadiyev"),
        ("direct", "I think it is possible to build dormitories.", "Sagadiyev"),
        ("indirect", "hospitals in the country operate as usual.", "Giniyat"),
    ]
    sourced = annotate(pipeline, 'Title\n\n"We are ready to help and will do so," according to the Ministry of Energy.')
    assert [(content, entity) for _, content, _, entity in described(sourced)] == [
        ("We are ready to help and will do so,", "org:ministry-of-energy-of-kazakhstan")
    ]


def test_russian_a_report_to_a_superior_is_reported_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nЭльвира Азимова доложила, что на прошедших заседаниях Комиссии был разработан новый текст "
        "Конституции. Министр доложил Главе государства о ходе работ.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("на прошедших заседаниях Комиссии был разработан новый текст Конституции.", "Эльвира Азимова")
    ]  # `доложил о …` names a topic, no words


def test_russian_as_a_body_reported_earlier_is_the_bodys_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nКак сообщал Минздрав ранее, дефицит врачей в стране сократился на 19%.\n\n"
        "Ранее сообщалось, что в стране не хватает врачей.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("дефицит врачей в стране сократился на 19%.", "Минздрав")  # a named source; the impersonal one is none
    ]


def test_a_russian_statement_posted_on_a_network_is_its_owners_and_a_short_compound_names_the_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nНаходку передали специалистам Национального музея РК.\n\n"
        "— Раскопки начнутся в следующем сезоне, — говорится в сообщении нацмузея в Facebook.\n",
    )
    assert [(q.kind, doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes if q.speaker_start is not None] == [
        ("direct", "нацмузея")
    ]
    assert english_speakers(pipeline, doc) == {"Раскопки нач": "National Museum of Kazakhstan"}


def test_a_russian_bare_title_is_the_holder_named_in_its_case_not_one_greeted_as_an_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПрезидент Касым-Жомарт Токаев поблагодарил Президента Узбекистана Шавката Мирзиёева за прием.\n\n"
        "Глава государства также поприветствовал Президента Азербайджана Ильхама Алиева. Президент выразил "
        "уверенность, что Баку внесет вклад в сотрудничество.\n",
    )
    assert english_speakers(pipeline, doc) == {"Баку внесет ": "Kassym-Jomart Tokayev"}


@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "KOSTANAY. KAZINFORM – Projects for tractor cabin production are set to be launched this year, governor of "
            "the region Kumar Aksakalov, said, Kazinform reports.",
            "Projects for tractor cabin production are set to be launched this year",
            "Kumar Aksakalov",
        ),
        (
            "Today is a historic day for Kazakh sport, gold champion of the 2024 Paris Games Yeldos Smetov, says, "
            "Kazinform News Agency reports.",
            "Today is a historic day for Kazakh sport",
            "Yeldos Smetov",
        ),
    ],
)
def test_an_english_trailing_speaker_with_a_comma_before_the_verb(pipeline, text, words, speaker) -> None:  # type: ignore[no-untyped-def]
    """`…, governor of the region X, said, Kazinform reports.`: a comma typed between the name and its verb."""
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [words]
    assert speaker_names(pipeline, doc) == [speaker]


def test_an_english_list_of_places_before_a_bare_verb_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "Title\n\nThe tour covers Almaty, Shymkent and Astana, said.\n")
    assert doc.quotes == []


def test_an_english_statement_from_a_body_is_the_bodys(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nPresident of the Kazakhstan Boxing Federation Timur Kulibayev met the team.\n\n"
        "“The boxer showed a great will to win and will get an additional reward,” an official statement from the "
        "Federation reads.\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["the Federation"]  # what points back
    assert english_speakers(pipeline, doc) == {"The boxer sh": "Kazakhstan Boxing Federation"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "In September 2022, Aleksey Grachev, chief of the theriology laboratory of the monitoring center, member "
            "of Wildlife Without Borders, said that 23 snow leopards live in a radius of 30 kilometers from Almaty.",
            ("23 snow leopards live in a radius of 30 kilometers from Almaty.", "Aleksey Grachev"),
        ),
        (
            "The mayor opened the station. He added, that by 2030 the population of Astana is predicted to reach "
            "2 million people.",
            ("by 2030 the population of Astana is predicted to reach 2 million people.", "He"),
        ),
        (
            "The President pointed out that, first of all, it is necessary to give a boost to the cooperation.",
            ("first of all, it is necessary to give a boost to the cooperation.", "The President"),
        ),
    ],
)
def test_english_reported_speech_after_two_appositions_or_a_comma_before_that(pipeline, text, expected) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [expected]


def test_chinese_a_report_a_body_spoke_in_and_a_verb_before_a_dash_attributions_cue(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n外交部在通报中表示，驻相关国家的外交官正持续关注局势发展。\n\n"
        "—目前尚未收到有关禁止燃放烟花爆竹的正式提议。-生态和自然资源部回应称。\n",
    )
    assert [(doc.span(q.start, q.end)[:10], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("驻相关国家的外交官正", "外交部"),
        ("目前尚未收到有关禁止", "生态和自然资源部"),
    ]


def test_english_a_quotation_attributed_with_a_second_verb_of_saying_goes_on_in_reported_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n«Our producers are interested in further expansion of the commodity list,» Aibek Smadiyarov pointed "
        "out and added that according to the UN, 40 million people live in Afghanistan today.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)[:24], q.speaker_entity_id) for q in doc.quotes] == [
        ("direct", "Our producers are intere", "per:aibek-smadiyarov"),
        ("indirect", "according to the UN, 40 ", "per:aibek-smadiyarov"),
    ]


def test_a_russian_yes_no_question_after_a_verb_of_saying_is_no_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`прокомментировали, ожидаются ли повторные толчки`: what was spoken about, not what was said; a clause with no
    `ли` after the comma is still reported."""
    asked = annotate(pipeline, "Заголовок\n\nВ ДЧС Алматы прокомментировали, ожидаются ли повторные толчки.\n")
    assert asked.quotes == []
    told = annotate(pipeline, "Заголовок\n\nВ областной прокуратуре сообщили, в 2024 году возбуждено 12 дел.\n")
    assert [told.span(q.start, q.end) for q in told.quotes] == ["в 2024 году возбуждено 12 дел."]


def test_a_chinese_adverb_of_manner_before_the_cue_is_no_part_of_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n文化和体育部部长阿热斯坦别克•穆哈梅迪吾勒昨日通过facebook发文。\n\n"
        '"朋友们,让我们一起欢迎迪玛希回家!"部长这样写道。\n',
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["部长"]
    assert english_speakers(pipeline, doc) == {"朋友们,让我们一起欢迎迪": "Arystanbek Mukhamediuly"}


def test_english_a_trailing_speaker_with_a_list_of_fields_and_the_said_as_an_adjective(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, Press Secretary of the Kazakh Ecology, Geology, and Natural Resources Ministry X shared …`: the commas of
    the ministry's fields are inside the speaker's phrase; `The said measures are …` reports nothing."""
    doc = annotate(
        pipeline,
        "Title\n\nThe snow leopard has been captured by a camera trap in the national park, Press Secretary of the "
        "Kazakh Ecology, Geology, and Natural Resources Ministry Samal Ibrayeva shared on her Facebook page.\n\n"
        "The said measures are to be in place until the situation has improved.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("The snow leopard has", "Samal Ibrayeva")
    ]


def test_russian_police_words_point_back_to_the_police_body_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`сообщили в полиции`, `Правоохранители отметили` after `ДП Шымкента` named the police department: that
    department speaks; with only a fire service named before, the police is nobody named."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ ДП Шымкента сообщили о задержании.\n\n"
        "— Возбуждено уголовное дело, — добавили в правоохранительных органах.\n\n"
        "Правоохранители отметили, что розыск продолжается.\n",
    )
    assert [entity for _, _, _, entity in described(doc)][-2:] == ["org:ru:ДП Шымкента"] * 2
    doc = annotate(pipeline, "Заголовок\n\nМЧС РК провело учения.\n\n— Пострадавших нет, — сообщили в полиции.\n")
    assert [(speaker, entity) for _, _, speaker, entity in described(doc)] == [("полиции", None)]


def test_a_chinese_body_opening_the_sentence_says_what_follows_a_bare_cue(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`哈萨克斯坦卫生部对…表示感谢，称…`: the ministry that opens the sentence is the speaker of 称."""
    doc = annotate(pipeline, "标题\n\n哈萨克斯坦卫生部对家属的决定表示感谢，称这一选择带来了希望。\n")
    assert [(q.speaker_entity_id, doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("org:ministry-of-healthcare-of-kazakhstan", "这一选择带来了希望。")
    ]


def test_the_press_service_is_the_body_whose_press_service_was_cited(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`"…from the CIS countries," the press service says` after `cites the press service of the Ministry of
    Investment and Development`: the ministry speaks, not a body named inside the quoted words."""
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM Trains carried 1.4 million passengers, Kazinform cites the press service of "
        'the Ministry of Investment and Development.\n\n"In total, 31,300 passengers came from the CIS member '
        'countries," the press service says.\n',
    )
    assert speaker_names(pipeline, doc) == ["Ministry of Investment and Development"]


def test_chinese_above_statement_in_its_own_paragraph_takes_the_lead_before_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`哈通社/阿斯塔纳/1月16日 - 今年…申请。` then a paragraph `在…新闻发布会上,部长X作出上述表示。`: the lead,
    without its dateline, is the minister's; `总结` after quotation marks attributes them."""
    doc = annotate(
        pipeline,
        "标题\n\n哈通社/阿斯塔纳/1月16日 - 今年已有622个家庭提交了安居申请。\n\n"
        "在16日召开的新闻发布会上,劳动和社会保障部部长塔玛拉•杜伊谢诺娃作出上述表示。\n\n"
        "“过去十年，地区经济结构逐步多元化。”部长总结。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("今年已有622个家庭提交了安居申请。", "per:tamara-duissenova"),
        ("过去十年，地区经济结构逐步多元化。", "per:tamara-duissenova"),
    ]


@pytest.mark.parametrize(
    ("sentence", "reported"),
    [
        ("Annalena Baerbock noted the considerable progress Kazakhstan has made in the economy.", None),
        ("Tokayev stressed the huge contribution Maira Mukhamedkyzy made to culture.", None),
        (
            "He said the governor Bolat Bakauov has visited the plant.",
            "the governor Bolat Bakauov has visited the plant.",
        ),
        ("He noted the president of Kazakhstan has signed the law.", "the president of Kazakhstan has signed the law."),
        (
            "He stated the boxer Nazym Kyzaibai won bronze at the Games.",
            "the boxer Nazym Kyzaibai won bronze at the Games.",
        ),
    ],
)
def test_english_noun_object_with_a_relative_clause_is_no_report(pipeline, sentence: str, reported: str | None) -> None:  # type: ignore[no-untyped-def]
    """`noted the progress Kazakhstan has made`: a common noun right before a name ends the verb's object (the name
    opens a relative clause with no `that`); after a title or a preposition the name is inside a reported subject."""
    doc = annotate(pipeline, f"Title\n\n{sentence}\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ([reported] if reported else [])


def test_english_title_speaker_is_the_name_the_title_was_set_after(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Vasil Shaikhraziyev, Deputy Prime Minister of Tatarstan, visited …` then `"…," the Deputy Prime Minister
    stressed`: the name before the apposition, not the last person who spoke."""
    doc = annotate(
        pipeline,
        "Title\n\nASTANA. KAZINFORM - Vasil Shaikhraziyev, Deputy Prime Minister of the Republic of Tatarstan, "
        "visited the agency.\n\nGeneral Director of the agency Askar Umarov met the guest.\n\n"
        '"We want good relations with Tatarstan," Askar Umarov said.\n\n'
        '"We are very pleased with our relations," the Deputy Prime Minister stressed.\n',
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:askar-umarov", "per:vasil-shaikhraziyev"]


def test_english_that_clause_leaves_out_the_press_service_source_and_as_said_after_a_linking_word(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X noted that A, the Akorda press service report.`: A is X's words, the press service only the news source
    (a statement with no speaker before it is still the press service's); `Now, as the President said, B`."""
    doc = annotate(
        pipeline,
        "Title\n\nNUR-SULTAN. KAZINFORM Kazakh President Kassym-Jomart Tokayev noted that Kazakhstan continues the "
        "judiciary system modernization, the Akorda press service report.\n\n"
        "The road will be repaired by the year end, the Akorda press service reports.\n\n"
        "Now, as the President said, it is necessary to ensure the real implementation of the reforms.\n",
    )
    assert [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes] == [
        ("Kazakhstan continues the judiciary system modernization", "Kassym-Jomart Tokayev"),
        ("The road will be repaired by the year end", "Akorda press service"),
        ("it is necessary to ensure the real implementation of the reforms.", "Kassym-Jomart Tokayev"),
    ]


@pytest.mark.parametrize(
    ("dateline", "minister"),
    [
        ("date 2021-12-03", "per:mukhtar-tileuberdi"),
        ("date 2024-05-10", "per:murat-nurtleu"),
        ("date 2018-03-01", "per:kairat-abdrakhmanov"),
    ],
)
def test_kazakhstans_foreign_minister_named_by_office_is_the_holder_on_the_date(
    pipeline, dateline: str, minister: str
) -> None:  # type: ignore[no-untyped-def]
    """`哈外长表示` (哈: Kazakhstan's side, no person named 哈) and `the Kazakh Foreign Minister said`: whoever held the
    office on the article's date (``office_holders.tsv``), not the nearest foreign minister of another country."""
    doc = annotate(
        pipeline, f" {dateline}\n标题\n\n美国国务卿布林肯出席会议。\n\n哈外长表示，中亚合作已成为稳定平台。\n"
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [minister]
    doc = annotate(
        pipeline, f" {dateline}\nTitle\n\nThe cooperation is a stable platform, the Kazakh Foreign Minister said.\n"
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [minister]
    doc = annotate(pipeline, f" {dateline}\nЗаголовок\n\nГлава МИД РК отметил, что сотрудничество стабильно.\n")
    assert [q.speaker_entity_id for q in doc.quotes] == [minister]
    doc = annotate(  # `the Kazakh FM`, and a pronoun after the sentence it opens
        pipeline,
        f" {dateline}\nTitle\n\nPresident of Tajikistan Emomali Rahmon received the ministers.\n\n"
        "Addressing those gathered the Kazakh FM noted the SCO role. He stressed that Kazakhstan strives to help.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [minister]


def test_a_bare_minister_is_not_the_foreign_minister_by_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A bare `部长` / `the minister` names no office of its own (only 哈外长, `the Kazakh Foreign Minister` name
    Kazakhstan's foreign minister): with no minister named, nobody, not that office's holder."""
    for text in (
        "标题\n\n会议在阿斯塔纳举行。\n\n部长表示，文化合作非常重要。\n",
        "Title\n\nThe meeting was held in Astana.\n\nThe cooperation is important, the minister said.\n",
    ):
        doc = annotate(pipeline, f" date 2022-05-01\n{text}")
        assert [q.speaker_entity_id for q in doc.quotes] == [None]


def test_english_constructions_of_a_fresh_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    """Any verb of saying before a colon and a quotation (`pointed out: "…"`, the circumstance before the speaker
    left out); `maintains that`; a long apposition before `said` and the agency's sourcing after it; a quotation
    going on after `X said at the session on Wednesday.`; a misspelt dateline (`KAZIFORM -`) is no part of a lead's
    words."""
    doc = annotate(
        pipeline,
        "Title\n\nPETROPAVLOVSK. KAZIFORM - Several villages are blocked by snow, the press service of the "
        "department of emergencies informs.\n\n"
        'At the end of the meeting, the Governor pointed out: "China and the UAE are set to purchase our honey."\n\n'
        "The department representative maintains that this year they have sown 30,000 hectares.\n\n"
        "Cities are to reduce their air pollution by 2025, Aidar Abdualiyev, acting chairman of the Committee on "
        "environmental regulation and control of the Kazakh Ministry of Ecology and Natural Resources, said, Kazinform "
        "correspondent reports.\n\n"
        '"We are one of the first ministries," Minister Dauren Abayev said at the session on Wednesday. "Now the '
        'law will go through all procedures."\n',
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start or 0, q.speaker_end or 0)) for q in doc.quotes] == [
        ("Several villages are blocked by snow", "the press service of the department of emergencies"),
        ("China and the UAE are set to purchase our honey.", "the Governor"),
        ("this year they have sown 30,000 hectares.", "The department representative"),
        ("Cities are to reduce their air pollution by 2025", "Aidar Abdualiyev"),
        ("We are one of the first ministries,", "Dauren Abayev"),
        ("Now the law will go through all procedures.", "Dauren Abayev"),
    ]


def test_chinese_speaker_before_a_long_occasion_with_a_quoted_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`托卡耶夫总统24日在出席同国家机关、"阿塔梅肯"企业家协会…会议时说:"…"`: the president speaks, however long the
    occasion between him and the cue and whatever name in quotation marks it holds."""
    doc = annotate(
        pipeline,
        '标题\n\n据悉,托卡耶夫总统24日在出席同国家机关、"阿塔梅肯"企业家协会、国有企业和本土企业代表参加的国家投资者'
        '理事会会议时说:"今天我宣布暂停在经济领域组建新的国有企业。"\n',
    )
    assert [(doc.span(q.speaker_start or 0, q.speaker_end or 0), q.speaker_entity_id) for q in doc.quotes] == [
        ("托卡耶夫", "per:kassym-jomart-tokayev")
    ]


def test_english_constructions_of_another_fresh_set(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`said Tuesday` with a subject of five words before its verb; `…, said the ecology department.` (a body after
    an inverted verb); a quotation closed by a name and two appositions; `X told at a press conference today.` after
    a sentence (that sentence is X's), while `X also reported on …` reports a topic, no words."""
    doc = annotate(
        pipeline,
        "Title\n\nThe department said Tuesday the laboratory and analytical control division collected water "
        "samples.\n\nThe die-off began on Monday. Seawater samples were collected off Bautino town, said the ecology "
        "department.\n\n"
        "«We plan to expand the children’s repertoire,» Galym Akhmedyarov, Honoured Worker of Kazakhstan, Astana "
        "Opera’s general director, said.\n\nThe enterprises have manufactured products worth 282 bln tenge. Governor "
        "of the region Nurmukhambet Abdibekov told at a press conference in Astana today.\n\nThe cases went down. "
        "Umirzak Shukeyev also reported on drinking water supply in the city.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start or 0, q.speaker_end or 0)) for q in doc.quotes] == [
        ("the laboratory and analytical control division collected water samples.", "The department"),
        ("Seawater samples were collected off Bautino town", "the ecology department"),
        ("We plan to expand the children’s repertoire,", "Galym Akhmedyarov"),
        ("The enterprises have manufactured products worth 282 bln tenge.", "Nurmukhambet Abdibekov"),
    ]


def test_english_a_speaker_written_with_a_joined_initial_before_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAmbassador Anatoly Smirnov held a press conference in Minsk.\n\n"
        "The journalists were told about new projects. Besides, A.Smirnov noted that the country will go on "
        "financing the current investment projects.\n",
    )
    assert [(content[:20], speaker, entity) for _, content, speaker, entity in described(doc)] == [
        ("the country will go ", "A.Smirnov", "per:en:Anatoly Smirnov")
    ]


def test_english_the_subject_before_a_long_first_predicate_and_a_verb_of_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAkim (governor) of the region Danial Akhmetov congratulated the staff of the hospital on the "
        "success of the surgery and stressed that in the next three years the region aims to lead in medicine.\n",
    )
    assert [(content[:20], speaker) for _, content, speaker, _ in described(doc)] == [
        ("in the next three ye", "Danial Akhmetov")
    ]


@pytest.mark.parametrize(
    ("sentence", "content"),
    [
        (
            "According to Dinara Yeskaziyeva, a museum interpreter, 52,184 people attended the exhibition.",
            "52,184 people attended the exhibition.",
        ),
        (  # a finite verb: what the source said, no description of it
            "According to Kazhydromet, a cold front arrives, bringing snow and frost to the northern regions.",
            "a cold front arrives, bringing snow and frost to the northern regions.",
        ),
    ],
)
def test_english_a_named_source_described_by_an_indefinite_phrase(pipeline, sentence: str, content: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{sentence}\n")
    assert [found for _, found, _, _ in described(doc)] == [content]


def test_chinese_famous_for_holds_no_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n该州则以自然景区和户外旅游著称，吸引了五十万人前来度假。\n")
    assert described(doc) == []


def test_chinese_she_skips_a_man_whose_surname_ends_in_fu(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n甲方副总干事别列克·萨迪谢夫和乙方第一副社长恩赫玛·巴雅尔签署了文件。\n\n"
        "萨迪谢夫指出，双边合作有助于促进两国之间的新闻交流。\n\n"
        "-两国媒体的联合创作是人文合作关系的重要基础。-他说。\n\n"
        "-领先媒体之间的伙伴关系为两国人民的友好做出了重大贡献。-她说。\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:zh:别列克·萨迪谢夫"] * 2 + ["per:zh:恩赫玛·巴雅尔"]


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        (
            "«The opera was performed amazingly, the musicians were great,» Gulnara Sadykova observed.",
            "The opera was performed amazingly, the musicians were great,",
            "Gulnara Sadykova",
        ),
        (
            "Specialists remind that every camera-trap recording has both scientific and environmental value.",
            "every camera-trap recording has both scientific and environmental value.",
            "Specialists",
        ),
    ],
)
def test_english_observed_and_remind_report_speech(pipeline, paragraph: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(found, words) for _, found, words, _ in described(doc)] == [(content, speaker)]


def test_english_a_trailing_source_with_its_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe flood situation remains complicated in the region, according to Yevgeny Zhuravlyov, press "
        "secretary of the local emergencies department, Kazinform News Agency reports.\n",
    )
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("The flood situation remains complicated in the region", "Yevgeny Zhuravlyov")
    ]


def test_english_the_subject_before_and_also_and_a_second_verb_of_saying(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nPresident of Kazakhstan Nursultan Nazarbayev met his Mongolian counterpart.\n\n"
        "In conclusion, the Kazakh President pointed out that, first of all, trade must grow, and also stressed "
        "that Kazakhstan supports Mongolia's plans to join the projects.\n",
    )
    assert [(content[:21], speaker, entity) for _, content, speaker, entity in described(doc)] == [
        ("first of all, trade m", "the Kazakh President", "per:nursultan-nazarbayev"),  # `that,` before an aside
        ("Kazakhstan supports M", "the Kazakh President", "per:nursultan-nazarbayev"),
    ]


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        (
            "Title\n\nPresident of Kazakhstan Nursultan Nazarbayev met his counterpart Khaltmaagiin Battulga, who "
            'was elected President of Mongolia.\n\n"I know you have created a new capital, the city of Astana," said '
            "the President of Mongolia.\n",
            "per:en:Khaltmaagiin Battulga",
        ),
        (
            "标题\n\n哈萨克斯坦总统托卡耶夫会见了蒙古国总统呼日勒苏赫。\n\n“我们愿意扩大两国在贸易和交通领域的合作，”蒙古国总统说。\n",
            "per:ukhnaagiin-khurelsukh",
        ),
    ],
)
def test_another_countrys_office_is_not_the_home_office_holder(pipeline, text: str, holder: str) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, text)
    assert [entity for _, _, _, entity in described(doc)] == [holder]


def test_chinese_a_city_or_region_government_speaks_as_its_akimat(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`阿斯塔纳市政府` is the Astana City Akimat; `州政府` alone the akimat of the region named last (no body of its
    own in the entities); a country's government (韩国政府) is no akimat."""
    doc = annotate(
        pipeline,
        "标题\n\n克孜勒奥尔达州州长出席了会议。\n\n州政府认为，项目一旦落地将带动当地经济。\n\n"
        "阿斯塔纳市政府指出，全市共有1341条街道。韩国政府表示，将扩大在当地的投资。\n",
    )
    assert speaker_names(pipeline, doc) == [
        "Kyzylorda Region Akimat",
        "Astana City Akimat",
        None,
    ]
    assert [doc.span(m.start, m.end) for m in doc.mentions if m.label == "ORG"] == ["阿斯塔纳市政府"]


def test_chinese_a_region_government_in_an_article_cut_before_the_region(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "州政府认为，该项目一旦落地，将为区域经济吸引投资、创造就业岗位。\n\n克孜勒奥尔达州已形成完整的产业链。\n",
    )
    assert speaker_names(pipeline, doc) == ["Kyzylorda Region Akimat"]


def test_english_a_qualified_describing_noun_points_back_to_the_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nWorld blitz champion Bibisara Assaubayeva talked about her meeting with Head of State Kassym-Jomart "
        "Tokayev.\n\n«The atmosphere was very warm, and he encouraged me to move forward,» said the Kazakh chess "
        "player.\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:bibisara-assaubayeva"]


def test_chinese_believes_before_a_comma_reports_a_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n部长萨帕若夫出席了仪式。他相信，通过共同努力，两国粮食安全水平将得到提升。民众相信政府的承诺。\n",
    )
    assert [(cue, content) for cue, content in ((q.cue, doc.span(q.start, q.end)) for q in doc.quotes)] == [
        ("相信", "通过共同努力，两国粮食安全水平将得到提升。")
    ]


def test_chinese_he_after_a_sentence_he_opened_is_who_spoke_there(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The sentence before opens with 他 (Tokayev) and names Aliyev only as whom he greeted: the next 他 is Tokayev."""
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫在致辞开篇感谢东道主的组织工作。\n\n"
        "他同时向阿塞拜疆总统伊利哈姆·阿利耶夫致以敬意，并指出，阿塞拜疆加入磋商会议是具有历史意义的决定。"
        "他相信，阿塞拜疆将为扩大地区合作作出重要贡献。\n",
    )
    assert [entity for _, _, _, entity in described(doc)] == ["per:kassym-jomart-tokayev"] * 2


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        (  # a long office before the name of a trailing speaker
            "Over 1,000 people have been killed in road accidents since the beginning of the year, Deputy Chairman of "
            "the Administrative Police Committee of the Internal Affairs Ministry Zhandos Murataliyev said Monday, "
            "Kazinform correspondent reports.",
            "Over 1,000 people have been killed in road accidents since the beginning of the year",
            "Zhandos Murataliyev",
        ),
        (  # a full name ends the source with no comma
            "According to Sergey Lavrov the positive dynamics in trade became possible thanks to integration.",
            "the positive dynamics in trade became possible thanks to integration.",
            "Sergey Lavrov",
        ),
        (
            "«My congratulations to Elena Rybakina on her dazzling success. She reached the final!» Kassym-Jomart "
            "Tokayev tweeted.",
            "My congratulations to Elena Rybakina on her dazzling success. She reached the final!",
            "Kassym-Jomart Tokayev",
        ),
    ],
)
def test_english_trailing_offices_sources_without_a_comma_and_tweets(
    pipeline, paragraph: str, content: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(found, words) for _, found, words, _ in described(doc)] == [(content, speaker)]


def test_chinese_an_estimate_or_a_forecast_of_a_source_reports_its_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n据世界银行预测，今年经济增长率将达到4.5%。据统计，今年游客人数增长了10%。\n",
    )
    assert [(q.cue, doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [("据…预测", "世界银行")]


def test_chinese_a_source_opening_runs_over_its_paragraph_whatever_its_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n据专家估算，工厂每创造一个就业岗位，可间接带动五至六人的就业。这为中小企业发展提供了机遇。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "工厂每创造一个就业岗位，可间接带动五至六人的就业。这为中小企业发展提供了机遇。"
    ]


def test_english_apposition_runs_into_the_verb_and_the_first_that_opens_the_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n"
        '"Why not open a new office? We have waited for years, but to no avail," Aidar Nurlanov, head of the Tourism '
        "Department of Kostanay city said at a press conference on Tuesday.\n\n"
        "Director of the Tourism Association Saule Abenova, in turn, noted that it is possible that the ministry will "
        "take over the sphere of tourism.\n",
    )
    found = [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found == [
        ("Why not open a new office? We have waited for years, but to no avail,", "Aidar Nurlanov"),
        ("it is possible that the ministry will take over the sphere of tourism.", "Saule Abenova"),
    ]


def test_chinese_title_names_the_one_given_the_whole_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n外交部副部长阿里别克·巴卡耶夫在政府会议结束后表示，公民将通过邻国陆路转运方式返回国内。"
        "交通部副部长塔尔加特·拉斯塔耶夫表示，上述航班主要搭载了哈萨克斯坦公民。\n\n"
        "此外，外交部副部长宣布，3月4日计划从沙特吉达接回343名哈萨克斯坦公民。\n",
    )
    last = doc.quotes[-1]
    assert doc.span(last.start, last.end).startswith("3月4日")
    assert last.speaker_entity_id == "per:alibek-bakayev"  # not the transport ministry's, named nearer


def test_english_reported_words_end_where_the_speaker_goes_on_to_act(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAida Balayeva said that there are 275 museums in Kazakhstan and highlighted the key role they play "
        "in preserving the heritage of the country.\n\nShe noted the number of visitors is already growing, while "
        "calling for more investment.\n\nMinister Sergey Lavrov welcomed his colleague and stressed the sides "
        "maintain intensive contacts on a wide range of issues.\n\nMinister Aida Balayeva visited the Zhas Alash "
        "newspaper and congratulated its staff on the anniversary, the Ministry’s press service reports.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "there are 275 museums in Kazakhstan",
        "the number of visitors is already growing",
        "the sides maintain intensive contacts on a wide range of issues.",  # `and stressed` opens the words here
        # a trailing source's words have a subject of their own: its acts are what is reported
        "Minister Aida Balayeva visited the Zhas Alash newspaper and congratulated its staff on the anniversary",
    ]


def test_a_quoted_paragraph_may_hold_a_name_and_its_translation_in_brackets(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"This project was implemented within the framework of the program "Rukhani Janghyru" ("spiritual '
        'revival") and it was just the first step. There are about 5 million Kazakhs living abroad", Minister of '
        "Information and Communications Dauren Abayev commented.\n",
    )
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end).startswith("This project was implemented")
    assert doc.span(quote.start, quote.end).endswith("living abroad")


def test_a_pronoun_after_a_reception_is_the_guest_who_reports(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Title\n\nPresident Kassym-Jomart Tokayev received Majilis Speaker Yerlan Koshanov, the Akorda press service "
        "reports.\n\nAccording to him, during the session deputies worked on 82 bills.\n"
    )
    quote = annotate(pipeline, text).quotes[-1]
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Yerlan Koshanov"
    text = text.replace("According to him, during", "He thanked Yerlan Koshanov and said that during")
    quote = annotate(pipeline, text).quotes[-1]  # the guest named again: the pronoun is the host
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Kassym-Jomart Tokayev"


def test_a_given_name_alone_is_the_person_the_text_names_with_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nNurbek Oralbay, who won the Olympic silver in Paris, returned to Astana.\n\n"
        "“Unfortunately, this is only the second place,” said Nurbek.\n",
    )
    [quote] = doc.quotes  # not Minister Sayasat Nurbek, whom the gazetteer knows by that surname
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Nurbek Oralbay"


def test_a_title_inside_someones_quoted_words_names_no_later_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n—我曾与前外交部长穆拉特·努尔特列吾一同访问蒙古国，当时双方达成初步共识。-萨帕若夫在回答记者提问时说道。\n\n"
        "部长强调，这些山羊的采购不会使用国家预算资金。\n",
    )
    assert len({q.speaker_entity_id for q in doc.quotes}) == 1  # the minister is Saparov, who spoke


def test_a_bare_chinese_government_is_kazakhstans_unless_another_was_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    said = "\n\n政府表示，项目投产后将大幅提高国内深加工比例。\n"
    [quote] = annotate(pipeline, "标题\n\n综合体内还将建设加工线。" + said).quotes
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Government of Kazakhstan"
    [quote] = annotate(pipeline, "标题\n\n蒙古国政府批准了计划。" + said).quotes
    assert quote.speaker_entity_id != "org:government-of-kazakhstan"


def test_chinese_cue_before_a_word_that_begins_with_a_particle_reports(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n他认为过去两年来，哈萨克斯坦在推动国际水务合作方面付出了巨大努力。\n")
    assert [doc.span(q.start, q.end)[:4] for q in doc.quotes] == ["过去两年"]
    assert annotate(pipeline, "标题\n\n他表示过不会参加。\n").quotes == []  # 过 the particle: no report
    doc = annotate(pipeline, "标题\n\n沙伊多罗夫对家乡人民的热情表示感谢，并称切身感受到来自家乡的支持。\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["切身感受到来自家乡的支持。"]  # 并称 is "and said"
    assert annotate(pipeline, "标题\n\n阿拜与江布尔并称为哈萨克诗歌的两座高峰。\n").quotes == []  # "jointly called"


def test_english_statement_after_its_owner_is_the_owners(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, the ministry's statement reads`, `…, the company's press release says`: the owner before the statement
    speaks (the ministry, the company named before), as the owner of data does; `reads` closes such a quotation."""
    doc = annotate(
        pipeline,
        "Title\n\nThe Ministry of Energy held a meeting on fuel prices. Prices will remain unchanged until the end of "
        "the year, the ministry's statement reads.\n\nAir Astana reported record passenger numbers. The airline will "
        "open five new routes, the company's press release says.\n",
    )
    found = [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found == [
        ("Prices will remain unchanged until the end of the year", "Ministry of Energy of Kazakhstan"),
        ("The airline will open five new routes", "Air Astana"),
    ]


def test_english_sources_and_quotations_from_fresh_articles(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe burial mound bears evidences of the Saka tribes' presence in the city, the Astana culture and "
        "sport department reports.\n\nPrime Minister Alikhan Smailov stressed that wildlife fires pose a real threat, "
        "giving the instruction to the authorities to put out the fire.\n\nGovernor Kumar Aksakalov noted that «new "
        "social facilities are being opened in the region today.»\n\nThe Ministry of Ecology met on Monday. Notably, "
        "according to the Ministry's data, more than 300,000 seals inhabit the Caspian Sea today.\n",
    )
    found = [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found == [
        (
            "The burial mound bears evidences of the Saka tribes' presence in the city",
            "Astana culture and sport department",
        ),
        ("wildlife fires pose a real threat", "Alikhan Smailov"),
        ("new social facilities are being opened in the region today.", "Kumar Aksakalov"),
        ("more than 300,000 seals inhabit the Caspian Sea today.", "Ministry of Ecology"),
    ]


def test_a_quotation_after_that_keeps_a_name_quoted_inside_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\nKazakh Premier Serik Akhmetov stressed that "the growing instability in Afghanistan, activation of '
        'the movement "Taliban" make us think about the situation in Central Asia after 2014."\n',
    )
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end).endswith("in Central Asia after 2014.")


def test_a_declaration_that_opens_with_its_act_reports_nothing(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = "标题\n\n根据此前，总统哈斯穆-卓玛尔特·托卡耶夫已正式宣布启动“多斯特克-莫因特”铁路复线。\n"
    assert annotate(pipeline, text).quotes == []  # 宣布启动…: the launch, an act
    doc = annotate(pipeline, "标题\n\n托卡耶夫宣布，启动新的改革方案，以提高效率。\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["启动新的改革方案，以提高效率。"]  # after a comma: words


def test_an_english_quotation_left_open_at_the_paragraph_end_runs_to_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAida Balayeva spoke at the museum forum.\n\nShe noted: “The country’s museums boast over 4.5 million "
        "exhibits, including the Golden Man and instruments made by Stradivari and Guarneri.\n\nOur museums are "
        "research centers, said the Minister.\n",
    )
    found = [(q.kind, doc.span(q.start, q.end)[:20], pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found[0] == ("direct", "The country’s museum", "Aida Balayeva")


def test_a_statement_that_reads_after_its_body_spoke_is_the_bodys(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe press service of Burabay damu said in a statement that some 40,000 people made trips to the "
        "resort area.\n\nThe Maral Breeding Farm remains the most popular tourist attraction in Burabay, reads the "
        "statement.\n",
    )
    assert len(doc.quotes) == 2 and doc.quotes[1].speaker_entity_id == doc.quotes[0].speaker_entity_id is not None


def test_a_verb_inside_a_quoted_name_reports_no_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Title\n\nMinister Brekeshev also announced the plans to construct and renovate 9 clustered water supply "
        "systems up until 2025 as part of the ‘Strong regions are the driver of the country’s development’ national "
        "project.\n"
    )
    assert annotate(pipeline, text).quotes == []
    doc = annotate(pipeline, "Title\n\nThe minister said the region plans to build new schools next year.\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the region plans to build new schools next year."]


def test_a_chinese_back_reference_skips_placeholders_and_the_dateline(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈通社阿斯塔纳 - 专门播放国产影视剧的电视频道将在今年三月开通。\n\nNone\n\nNone\n\n"
        "在今日召开的政府工作会议上,哈萨克斯坦信息和通讯部部长达吾然•阿巴耶夫作出上述表示。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["专门播放国产影视剧的电视频道将在今年三月开通。"]
    doc = annotate(pipeline, "标题\n\n邻居反映，事发前一天房主曾举办家庭活动。\n\n这一数据反映了经济增长的趋势。\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["事发前一天房主曾举办家庭活动。"]  # 反映了…: an object


def test_english_sources_named_after_a_description(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to organizer of the festival, FIDE International Master and Woman Grandmaster Dinara "
        "Saduakassova, the mission of the event is to develop chess in Kazakhstan.\n\nThe team captain, Kurmanbek "
        "Turganbek, said the key is to defend the country’s colors without any injuries.\n\nGovernor Gauez "
        "Nurmukhambetov opened a school. This year over 75,000 children went to school, the Instagram post of the "
        "Governor reads.\n",
    )
    found = [(doc.span(q.start, q.end)[:20], pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert found == [
        ("the mission of the e", "Dinara Saduakassova"),
        ("the key is to defend", "Kurmanbek Turganbek"),
        ("This year over 75,00", "Gauez Nurmukhambetov"),
    ]


def test_english_sources_from_the_last_fresh_sets(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nUnder-vaccination remains in these regions, with the coverage the lowest countrywide, said the "
        "Kazakh health minister.\n\nKazakh leader Kassym-Jomart Tokayev said that the world has been facing growing "
        "disasters over the last few years, Kazinform News Agency cites Akorda.\n\nIn his remarks, Serik Zhumangarin "
        "emphasized the significance of the visit of the delegation led by Chairman Dashzegve Amarbayasgalan, noting "
        "that such visits reflect the high level of mutual trust.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "Under-vaccination remains in these regions, with the coverage the lowest countrywide",
        "the world has been facing growing disasters over the last few years",  # the agency's sourcing stays out
        "such visits reflect the high level of mutual trust.",  # `led by`: a participle, no reported clause
    ]


def test_english_speaker_after_a_circumstance_a_relative_who_and_an_outlet_kind(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nIn 2019, the Kazakh President called it a key task. During the meeting in Uralsk city he noted "
        "that it affects the everyday life of the residents.\n\nAttending the meeting was akim of Akzhaiyk district "
        "Adil Zholamanov who reported that 2.8 billion tenge had been invested.\n\nDespite this, according to "
        "Egemen Qazaqstan newspaper, there are no asphalt roads in the district.\n",
    )
    speakers = {content[:12]: speaker for _, content, speaker, _ in described(doc)}
    assert speakers == {"it affects t": "he", "2.8 billion ": "Adil Zholamanov", "there are no": "Egemen Qazaqstan"}
    assert english_speakers(pipeline, doc)["it affects t"] == "Kassym-Jomart Tokayev"


def test_an_initial_and_a_known_surname_is_the_known_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, 'Title\n\n"Gave orders to support Kazakhs in Bayan-Olgii," K.Massimov wrote on Twitter.\n')
    assert list(english_speakers(pipeline, doc).values()) == ["Karim Massimov"]


def test_english_reported_clauses_that_hold_titles_quoted_words_or_an_unpunctuated_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to Yerlan Sydykov, rector of the university, the decision was made to release the "
        "President’s article «Abai and Kazakhstan in the 21st century» as a book.\n\nPresident Tokayev said that "
        "today’s working visit to Aktau is ‘not an accident, as it aims to discuss the ongoing challenges’.\n\n"
        "According to chief of the healthcare department Askhan Baiduvaliyev the man is in intensive care.\n\n"
        "Uralsk city is a pearl of the country, President N. Nazarbayev told at the forum.\n\n"
        'As "Daryn" Republican Scientific Practical Center informed, over 600 students will take part.\n',
    )
    found = {content[:12]: (kind, speaker) for kind, content, speaker, _ in described(doc)}
    assert found == {
        "the decision": ("indirect", "Yerlan Sydykov"),
        "today’s work": ("indirect", "Tokayev"),
        "the man is i": ("indirect", "Askhan Baiduvaliyev"),
        "Uralsk city ": ("indirect", "N. Nazarbayev"),
        "over 600 stu": ("indirect", "Republican Scientific Practical Center"),
    }
    doing = annotate(
        pipeline,
        "Title\n\nNoting a positive trend in the political sphere of the two countries, U.Enkhtuvshin expressed "
        "confidence in the further continuation of cooperation on a bilateral basis.\n",
    )
    assert doing.quotes == []  # a participle's phrase is what he did, not his words


def test_english_sources_with_offices_and_second_verbs(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAccording to Shukeyev, the first stage of the work to establish Turkestan as a cultural center has "
        "been completed, the basic social infrastructure has been established.\n\nAs Abdrashit Zhukenov earlier "
        "said, chair of the judicial board of the Supreme Court, the draft law aims at expanding the categories.\n\n"
        "“Yesterday evening, it was decided to postpone the testing,” said the Minister and added he is ready to "
        "fly to Aktobe.\n\nAt the meeting, Mukhtar Tleuberdi and the Vice-President, Special Representative of the "
        "OSCE Parliamentary Assembly, Pia Kauma, noted the importance of strengthening the Organization.\n",
    )
    found = {content[:12]: speaker for _, content, speaker, _ in described(doc)}
    assert found == {
        "the first st": "Shukeyev",  # a role with a finite verb is what was said
        "the draft la": "Abdrashit Zhukenov",  # his office after `As X said,` is no part of his words
        "Yesterday ev": "the Minister",
        "he is ready ": "the Minister",  # `and added` with no `that`: the Minister's words again
    }  # `noted the importance of …`: an object, no clause
    whole = annotate(
        pipeline,
        'Title\n\n"We didn\'t expect that "Astana" Football Club would win", the Mayor said and added he was happy '
        'to know about the team\'s victory.\n\n"We will focus on this issue at the next session," Massimov promised.\n',
    )
    assert [(kind, content[:12]) for kind, content, _, _ in described(whole)] == [
        ("direct", "We didn't ex"),
        ("indirect", "he was happy"),  # after a paragraph quoted whole too
        ("direct", "We will focu"),  # words in marks, however the verb after them calls them
    ]


def test_a_name_in_straight_marks_inside_a_straight_quotation_neither_closes_nor_opens_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\n"To tell the truth, we didn\'t expect that "Astana" Football Club would win", the Mayor said. '
        '"This is the success of Kazakhstan football," he added.\n',
    )
    assert [content for _, content, _, _ in described(doc)] == [
        'To tell the truth, we didn\'t expect that "Astana" Football Club would win',
        "This is the success of Kazakhstan football,",
    ]


def test_a_trailing_attribution_ends_at_a_stop_typed_twice(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nWithin a day the border patrol detained poachers, RoK NSC Coast Guard press service reports. .\n",
    )
    assert [(kind, speaker) for kind, _, speaker, _ in described(doc)] == [
        ("indirect", "RoK NSC Coast Guard press service")
    ]


def test_an_english_trailing_speaker_with_the_office_glued_to_the_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nKazakhstan has reconstructed runways at 22 airports, Marat Karabayev Kazakh Industry and "
        "Infrastructure Development Minister, said.\n",
    )
    assert [(content[:10], entity) for _, content, _, entity in described(doc)] == [
        ("Kazakhstan", "per:marat-karabayev")
    ]


def test_a_known_person_is_named_as_kazinforms_english_spells_them_whichever_spelling_the_text_has(pipeline) -> None:  # type: ignore[no-untyped-def]
    def speakers(text: str) -> list[str | None]:
        return [pipeline.quotes.name_en(entity) for _, _, _, entity in described(annotate(pipeline, text))]

    for written in ("Mukhtar Tileuberdi", "Mukhtar Tleuberdi"):
        assert speakers(f"Title\n\nForeign Minister {written} said that the talks were constructive.\n") == [
            "Mukhtar Tleuberdi"
        ]
    assert speakers("标题\n\n外长穆赫塔尔·特列乌别尔季表示，会谈富有成果。\n") == ["Mukhtar Tleuberdi"]
    text = "Title\n\nAkim of the region Danial Akhmetov said that the plant will open in May.\n"
    assert speakers(text) == ["Daniyal Akhmetov"]
    for written in ("Alexey Tsoi", "Alexei Tsoi"):
        assert speakers(f"Title\n\nHealth Minister {written} said that the situation is stable.\n") == ["Alexey Tsoi"]
    assert speakers("Заголовок\n\nМинистр здравоохранения Алексей Цой сообщил, что ситуация стабильна.\n") == [
        "Alexey Tsoi"  # not Alexey Tsoy, as the Russian name would be spelled letter by letter
    ]
    assert speakers("Title\n\nGovernor of Pavlodar region Asain Baikhanov said that the works are over.\n") == [
        "Assain Baikhanov"  # as Kazinform's English pages write the governor
    ]


@pytest.mark.parametrize(
    ("text", "english"),
    [
        ("标题\n\n热巴金娜表示，她将在决赛中全力以赴。\n", "Elena Rybakina"),  # the surname Kazinform writes
        ("Заголовок\n\nАжгалиев отметил, что команда готова к чемпионату.\n", "Abzal Azhgaliyev"),
        ("标题\n\n阿萨乌巴耶娃表示，这是她最艰难的一场比赛。\n", "Bibisara Assaubayeva"),
    ],
)
def test_known_athletes_speak_under_their_english_names_in_every_language(pipeline, text: str, english: str) -> None:  # type: ignore[no-untyped-def]
    """People of Kazakhstan's public life the gazetteer lists, athletes among them, by the surname alone: a
    transliteration read letter by letter would give Zhebakinna for 热巴金娜."""
    doc = annotate(pipeline, text)
    assert [pipeline.quotes.name_en(entity) for _, _, _, entity in described(doc)] == [english]


def test_an_english_ministry_named_in_lower_case_is_the_countrys_ministry(pipeline) -> None:  # type: ignore[no-untyped-def]
    def speakers(text: str) -> list[str | None]:
        return [entity for _, _, _, entity in described(annotate(pipeline, f"Title\n\n{text}\n"))]

    text = "Repairs go on. According to the transport ministry, repairing works are to be completed in May."
    assert speakers(text) == ["org:ministry-of-transport-of-kazakhstan"]
    assert speakers("Talks went well. The Russian energy ministry said that prices will stay.") == [
        "org:en:Russian energy ministry"  # another country's: no ministry of the gazetteer
    ]


def test_english_according_to_the_words_of_an_office_is_its_holders(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        " date 2024-05-02\nTitle\n\nThe President visited a college in Astana. According to the words of the Head of "
        "State, college students will be provided with the comparable state support.\n"
    )
    doc = annotate(pipeline, text)
    assert [(content[:16], entity) for _, content, _, entity in described(doc)] == [
        ("college students", "per:kassym-jomart-tokayev")
    ]


def test_english_the_director_is_the_director_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Title\n\n«We plan to expand the repertoire,» Galym Akhmedyarov, Honoured Worker of Kazakhstan, Astana Opera’s "
        "general director, said.\n\n«Our opera house is a young, living organism,» the general director continued.\n\n"
        "«The season opens on August 30,» the director said.\n"
    )
    doc = annotate(pipeline, text)  # one person, under the gazetteer's name (the article spells Akhmedyarov)
    assert {pipeline.quotes.name_en(q.speaker_entity_id) for q in doc.quotes} == {"Galym Akhmediyarov"}


def test_english_the_head_of_the_cabinet_of_ministers_is_the_prime_minister_of_the_day(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        " date 2021-09-01\nTitle\n\nThe Head of the Kazakh Cabinet of Ministers also said that around 95% of the "
        "harvesting works have been completed in the country.\n"
    )
    doc = annotate(pipeline, text)
    assert [entity for _, _, _, entity in described(doc)] == ["per:askar-mamin"]
    assert "Ministers" not in [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"]


def test_chinese_she_after_a_womans_chinese_name_is_hers_not_the_man_who_spoke_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "标题\n\n访问期间，阿拉木图州州长同青海省委书记吴晓军举行了双边会谈。\n\n—阿拉木图州的成就给我们留下深刻印象。-吴晓军表示。\n\n"
        "中国驻阿拉木图总领事蒋薇也强调了加强区域联系的重要性。\n\n—友好与合作精神将两国紧密相连。-她说。\n\n—我们愿意继续合作。-他说。\n"
    )
    doc = annotate(pipeline, text)
    assert [entity for _, _, _, entity in described(doc)] == ["per:zh:吴晓军", "per:zh:蒋薇", "per:zh:吴晓军"]


def test_english_the_company_is_the_company_named_last_never_a_public_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    def speakers(text: str) -> list[str | None]:
        return [entity for _, _, _, entity in described(annotate(pipeline, f"Title\n\n{text}\n"))]

    text = "An explosion occurred at the Tengiz field operated by Tengizchevroil. No one was hurt, the company said."
    assert speakers(text) == ["org:tengizchevroil"]
    text = "Passenger Transportation JSC cancelled two trains. The trains are delayed, the company informs."
    assert speakers(text) == ["org:en:Passenger Transportation JSC"]
    assert speakers("The Ministry of Energy held a meeting. Prices will stay, the company said.") == [None]


def test_the_chief_mufti_is_a_title_not_part_of_his_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    text = (
        "Title\n\nChief Mufti Nauryzbay Kazhy Taganuly met with the Minister. In particular, the Chief Mufti said "
        "that the safety of pilgrims is a priority.\n"
    )
    doc = annotate(pipeline, text)
    assert [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"] == ["Nauryzbay Kazhy Taganuly"]
    assert english_speakers(pipeline, doc) == {"the safety o": "Nauryzbay Kazhy Taganuly"}


def test_english_an_inverted_attribution_then_adding_makes_all_the_sentence_its_subjects(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`A, said X, adding that B` and `A, said X, adding: "B"`: A is X's report (though a verb of saying opens it:
    what X says someone else said) and B is X's too; `X said it at …, the press service informs.` makes the
    sentence before X's, the press service being only where the news came from."""
    doc = annotate(
        pipeline,
        "Title\n\nThe President reiterated the role of the state language in the country, said Yerlan Karin, "
        "adding that its use will be expanded without haste.\n\n"
        'The statement was clear that Kazakhstan will act in its national interests, said Karin, adding: "Kazakhstan '
        'will pursue dialogue with all its partners".\n\n'
        "The issue of gasification is acute for the region. President Kassym-Jomart Tokayev said it at the "
        "conference held in Petropavlovsk, Akorda press service informs via Twitter.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("indirect", "The President reiterated the role of the state language in the country", "per:yerlan-karin"),
        ("indirect", "its use will be expanded without haste.", "per:yerlan-karin"),
        ("indirect", "The statement was clear that Kazakhstan will act in its national interests", "per:yerlan-karin"),
        ("direct", "Kazakhstan will pursue dialogue with all its partners", "per:yerlan-karin"),
        ("indirect", "The issue of gasification is acute for the region.", "per:kassym-jomart-tokayev"),
    ]


def test_russian_another_outlets_dateline_and_its_verb_written_with_yo(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A dated dateline of another outlet opens no quote (`Астана. 23 февраля. KAZAKHSTAN TODAY - …, сообщает X`: the
    words after it are X's), and an outlet's `передаёт` ends a statement as `передает` does."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nАстана. 23 февраля. KAZAKHSTAN TODAY - Казахстанские дипломаты провели ряд встреч за рубежом, "
        "сообщает Министерство иностранных дел.\n\nСреди них строительство завода в городе Талдыкорган. Об этом на "
        "брифинге сообщил аким региона Бейбит Исабаев, передаёт BAQ.KZ.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("Казахстанские дипломаты провели ряд встреч за рубежом", "Министерство иностранных дел"),
        ("Среди них строительство завода в городе Талдыкорган.", "Бейбит Исабаев"),
    ]


def test_chinese_a_report_then_the_speakers_own_quotation_and_words_passed_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`他表示，A。“B”` and `X表示，A，“B”`: A is reported, B is the speaker's own words (a quotation marking a name,
    “一带一路”, stays inside); an outlet passing on someone's words (`电视台称，托卡耶夫表示，…`,
    `…称，对于…，专家X称，…`) gives them to the one it names; an agency's end mark or a reporter's name in brackets
    is no one's words."""
    doc = annotate(
        pipeline,
        "标题\n\n叶尔兰·卡林表示，双方将推进“一带一路”建设，这引发强烈共鸣。“我曾在农村见证了脱贫工作的开展。那里曾是最贫困的地区之一。”\n\n"
        "今日俄罗斯电视台称，托卡耶夫表示，阿斯塔纳也不会放弃与其他国家的多领域合作。\n\n"
        "俄罗斯《观点报》称，对于选举结果，俄国际辩论俱乐部专家叶尔兰·卡林称，托卡耶夫拥有丰富的外交经验。\n\n"
        "托卡耶夫表示，该国必须奉行多向外交政策。▲(李诗睿)\n",
    )
    assert [(q.kind, doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("indirect", "双方将推进“一带一路”建设，这引发强烈共鸣。", "per:yerlan-karin"),
        ("direct", "我曾在农村见证了脱贫工作的开展。那里曾是最贫困的地区之一。", "per:yerlan-karin"),
        ("indirect", "阿斯塔纳也不会放弃与其他国家的多领域合作。", "per:kassym-jomart-tokayev"),
        ("indirect", "托卡耶夫拥有丰富的外交经验。", "per:yerlan-karin"),
        ("indirect", "该国必须奉行多向外交政策。", "per:kassym-jomart-tokayev"),
    ]


def test_english_a_name_then_its_office_without_a_closing_comma_and_an_outlet_before_its_sourcing(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X, Chairman of the Committee … stated that`: X speaks, not the committee of his office; `…, X said, Trend
    reports with reference to Kazakh media.`: the outlet named before its sourcing phrase ends the attribution."""
    doc = annotate(
        pipeline,
        "Title\n\nVladimir Bekker, Chairman of the Committee for Emergency Situations of Ministry of Internal Affairs "
        "of Kazakhstan stated that the situation in the city is under control.\n\n"
        "The number of cattle is 9.9 million heads in Kazakhstan, Kazakh Agriculture Minister Yerbol Karashukeyev "
        "said, Trend reports with reference to Kazakh media.\n\n"
        "On Tuesday, Minister Yerlan Karin said the reforms would go on.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("the situation in the city is under control.", "Vladimir Bekker"),
        ("The number of cattle is 9.9 million heads in Kazakhstan", "Yerbol Karashukeyev"),
        ("the reforms would go on.", "Yerlan Karin"),
    ]


def test_russian_when_where_and_to_whom_before_the_title_after_an_inverted_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, заявил в среду журналистам в кулуарах мажилиса министр энергетики X.`: X speaks (not `среду`); a press
    service after its preposition stays the speaker (`сообщили в пресс-службе акима области`)."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nДефицит газа сохранится, заявил в среду журналистам в кулуарах мажилиса министр энергетики "
        "Алмасадам Саткалиев.\n\nРаботы завершатся к осени, сообщили в пресс-службе акима области.\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == [
        "Алмасадам Саткалиев",
        "пресс-службе акима области",
    ]


def test_chinese_a_one_character_surname_of_a_full_name_speaks_for_that_person(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`阿列克谢·崔` named in full, then `崔感谢…，表示…`: the surname alone before a verb is the same person; the
    character elsewhere names no one."""
    doc = annotate(
        pipeline,
        "标题\n\n张霄大使同哈萨克斯坦卫生部长阿列克谢·崔通电话。\n\n"
        "崔感谢中方对哈抗疫工作大力支持，表示中方医疗专家组和物资援助发挥了重要作用。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:alexei-tsoi"]
    assert [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"] == ["张霄", "阿列克谢·崔", "崔"]


def test_english_a_photo_credit_closing_a_caption_line_is_no_one_a_pronoun_points_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`L-R: …, Sebastian Coe. Photo credit: Zhiger Abenov.`: the credit is a caption of its own (its closing stop no
    part of the name), the photographer a person of the credit; `he` after it is the one who spoke before, not him."""
    doc = annotate(
        pipeline,
        "Title\n\nTraining coaches is important for Kazakh athletics, said World Athletics President Sebastian Coe.\n\n"
        "L-R: Olympic Champion Olga Rypakova, Sebastian Coe, Olga Shishigina. Photo credit: Zhiger Abenov.\n\n"
        "“There are two or three topics that we discussed,” he said.\n",
    )
    assert [b.kind for b in doc.blocks].count("caption") == 1
    assert ("Zhiger Abenov", "caption") in {(doc.span(m.start, m.end), m.recogniser) for m in doc.mentions}
    assert speaker_names(pipeline, doc) == ["Sebastian Coe", "Sebastian Coe"]


def test_english_another_outlets_undated_dateline_opens_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nNUR-SULTAN – There are no grounds for pessimistic forecasts regarding cooperation, said President "
        "Kassym-Jomart Tokayev.\n\nASTANA (TCA) — This year Kazakhstan will implement seven projects, Minister Aset "
        "Isekeshev said.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "There are no grounds for pessimistic forecasts regarding cooperation",
        "This year Kazakhstan will implement seven projects",
    ]


def test_english_a_speakers_inverted_attribution_passed_on_by_a_second_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`A, said President X during the meeting, Akorda press service reported.`: X's words, the press service passing
    them on; where no one is named inside, the press service speaks (`The harvest is good, the ministry reported.`)."""
    doc = annotate(
        pipeline,
        "Title\n\nThere are no grounds for pessimistic forecasts, said President of Kazakhstan Kassym-Jomart Tokayev "
        "during his meeting with President Vladimir Putin in Sochi, Akorda press service reported.\n",
    )
    assert [(doc.span(q.start, q.end), q.cue, q.speaker_entity_id) for q in doc.quotes] == [
        ("There are no grounds for pessimistic forecasts", "said", "per:kassym-jomart-tokayev")
    ]


def test_english_a_plural_office_opening_a_sentence_goes_on_with_the_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`According to him, A. The Heads of State … are to attend the Forum.`: the office in the plural names no new
    speaker, so the statement runs on over its paragraph."""
    doc = annotate(
        pipeline,
        "Title\n\nAccording to him, preparations will be in place to hold the Forum this year. The Heads of State of "
        "Russia and Kazakhstan are to attend the Forum.\n",
    )
    assert [doc.span(q.start, q.end)[-24:] for q in doc.quotes] == ["are to attend the Forum."]


def test_english_dash_paragraph_closed_by_its_attribution_and_a_time_before_a_noun_object(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        " date 2017-10-17\nTitle\n\n"
        "- Despite the difficult conditions, the farmers collected a large harvest. In general, all indicators "
        "demonstrate a positive trend, the President of Kazakhstan said.\n\n"
        "At the same time, the President of Kazakhstan noted this year harvesting at a fast pace.\n",
    )
    assert described(doc) == [
        (
            "direct",
            "Despite the difficult conditions, the farmers collected a large harvest. In general, all indicators "
            "demonstrate a positive trend",
            "the President of Kazakhstan",
            "per:nursultan-nazarbayev",
        )
    ]  # `noted this year harvesting …`: a thing noted, no words said
    doc = annotate(pipeline, "Title\n\nExports will grow, the minister said on Monday at a briefing.\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["Exports will grow"]


def test_russian_verbs_of_saying_added_voiced_and_complained(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n"
        '"Я считаю, что это заявление не имеет под собой оснований", – дополнил Ерлан Аккенженов.\n\n'
        "Журналисты озвучили, что казахстанцы жалуются на качество бензина.\n\n"
        "Аким посетовал, что подрядчики срывают сроки строительства школ.\n\n"
        "Министр озвучил цифры по урожаю за прошлый год.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("direct", "Я считаю, что это заявление не имеет под собой оснований"),
        ("indirect", "казахстанцы жалуются на качество бензина."),
        ("indirect", "подрядчики срывают сроки строительства школ."),
    ]  # `озвучил цифры`: a thing voiced, no words


def test_verbs_of_replying_complaining_and_disclosing(pipeline) -> None:  # type: ignore[no-untyped-def]
    for text, words in (
        ("The minister replied that the prices would not rise this year.", "the prices would not rise this year."),
        ('"We will not raise prices this year," answered the minister.', "We will not raise prices this year,"),
        ("The akim complained that contractors were late with the schools.", "contractors were late with the schools."),
        ("他告诉记者，哈萨克斯坦将继续扩大对华出口。", "哈萨克斯坦将继续扩大对华出口。"),
        ("部长披露，今年已有三家工厂投产。", "今年已有三家工厂投产。"),
    ):
        doc = annotate(pipeline, f"Title\n\n{text}\n")
        assert [doc.span(q.start, q.end) for q in doc.quotes] == [words], text


def test_english_quotation_whose_speaker_goes_on_to_a_second_deed(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n«It is high time to put an end to this issue,» he stressed and tasked the Ministry to submit the "
        "final decision by May 1.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("direct", "It is high time to put an end to this issue,", "he")
    ]


def test_people_a_photo_description_shows_are_no_antecedent_of_a_pronoun(pipeline) -> None:  # type: ignore[no-untyped-def]
    for description in (
        "L-R: Olympic Champion Olga Rypakova, Federation President Danial Akhmetov, Sebastian Coe.",
        "Federation President Danial Akhmetov and Sebastian Coe. Photo credit: Zhiger Abenov.",
    ):
        doc = annotate(
            pipeline,
            "Title\n\nTraining coaches is important for Kazakh athletics, said World Athletics President Sebastian "
            f'Coe during a press conference.\n\n{description}\n\n"There are two or three topics that we discussed," '
            "he said.\n",
        )
        assert english_speakers(pipeline, doc)["There are tw"] == "Sebastian Coe", description


def test_russian_body_named_in_the_nominative_to_its_head_and_with_its_abbreviation_in_brackets(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nКак сообщили в пресс-службе Министерства по чрезвычайным ситуациям (МЧС) РК, пожар потушен.\n\n"
        "В Министерстве иностранных дел Казахстана сообщили, что визит состоится в мае.\n",
    )
    bodies = {doc.span(m.start, m.end): m.entity_id for m in doc.mentions if m.label == "ORG"}
    # the name and its abbreviation apart, the name in the normal form of the span natasha read with them (the head
    # in the nominative, the words after it as written): the gazetteer's ministry, as the abbreviation is; so is a
    # ministry written with the country after it, which the gazetteer lists without it
    assert bodies["Министерства по чрезвычайным ситуациям"] == "org:ministry-of-emergency-situations-of-kazakhstan"
    assert bodies["МЧС"] == "org:ministry-of-emergency-situations-of-kazakhstan"
    assert bodies["Министерстве иностранных дел Казахстана"] == "org:ministry-of-foreign-affairs-of-kazakhstan"
    assert speaker_names(pipeline, doc) == [
        "Ministry of Emergency Situations of Kazakhstan press service",
        "Ministry of Foreign Affairs of Kazakhstan",
    ]


def test_a_description_in_a_headline_names_no_one_on_the_line_after_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Кто-то должен разгребать - глава Минздрава о проблемах\n\nАружан Дарибай Корреспондент\n\n"
        "Министра здравоохранения Акмарал Альназарову спросили о проблемах в сфере здравоохранения.\n\n"
        "Чиновница признала, что в сфере здравоохранения достаточно проблем.\n\n"
        '"Кто-то это должен делать. Проблем достаточно", - ответила глава Минздрава.\n',
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:akmaral-alnazarova", "per:akmaral-alnazarova"]


def test_russian_analysts_speak_as_a_group_and_a_topic_before_a_trailing_verb_is_no_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо оценкам аналитиков, базовый сценарий для тенге – плавное ослабление курса.\n\n"
        "О том, какие факторы способны изменить траекторию курса, рассказал экономист Эльдар Шамсутдинов.\n\n"
        "По словам специалиста, мировые банки позитивно смотрят на тенге.\n",
    )
    assert [(doc.span(q.start, q.end)[:12], q.speaker_entity_id) for q in doc.quotes] == [
        ("базовый сцен", None),  # many analysts, none of them the economist named after
        ("мировые банк", "per:ru:Эльдар Шамсутдинов"),
    ]  # `О том, какие …, рассказал X`: what he spoke about, not his words


def test_russian_dash_quote_whose_opening_dash_was_left_out(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nОб этом сказал аким района Аскар Казыбаев.\n\n"
        "Села находятся в опасности. Прошу всех жителей выйти в безопасную зону. Жизнь человека — это самое "
        "главное, — сказал Казыбаев.\n\n"
        "Жители должны выйти в безопасную зону, сказали в акимате.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes][-2:] == [
        (
            "direct",
            "Села находятся в опасности. Прошу всех жителей выйти в безопасную зону. Жизнь человека — это самое "
            "главное",
        ),
        ("indirect", "Жители должны выйти в безопасную зону"),  # no dash: reported, not quoted
    ]
    assert doc.quotes[-2].speaker_entity_id == "per:askar-kazybayev"


def test_english_relayed_plain_attribution_month_abbreviation_quoted_order_and_dashed_attribution(pipeline) -> None:  # type: ignore[no-untyped-def]
    cases = [
        (
            "This year Kazakhstan will implement seven projects with anchor investors, such as JAC, Hikma, and "
            "Tenaris, in the chemical industries, Minister Aset Isekeshev said on May 17 at a roundtable, the "
            "official website of the Prime Minister reported.",
            "This year Kazakhstan will implement seven projects with anchor investors, such as JAC, Hikma, and "
            "Tenaris, in the chemical industries",
            "Aset Isekeshev",
        ),
        (
            "Training coaches is important for developing Kazakh athletics, said World Athletics President "
            "Sebastian Coe during a Nov. 3 press conference in the capital.",
            "Training coaches is important for developing Kazakh athletics",
            "Sebastian Coe",
        ),
        (
            '"I instruct all ministers to analyze carefully the attitude of the society to reforms," the Head of '
            "State ordered.",
            "I instruct all ministers to analyze carefully the attitude of the society to reforms,",
            "the Head of State",
        ),
        (
            "- Four main blocks concerning public health were determined. The Ministry is ready to fulfill all "
            "outlined events in time. – E. Dosaev said in a press briefing.",
            "Four main blocks concerning public health were determined. The Ministry is ready to fulfill all "
            "outlined events in time.",
            "E. Dosaev",
        ),
        (
            "President Tokayev also mentioned that Kazakhstan is chairing the CIS this year and invited President "
            "Putin to attend the summit.",
            "Kazakhstan is chairing the CIS this year",
            "Tokayev",
        ),
    ]
    for text, words, speaker in cases:
        doc = annotate(pipeline, f"Title\n\n{text}\n")
        assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
            (words, speaker)
        ], text
    doc = annotate(pipeline, "Title\n\nThe President instructed the Government to speed up the work.\n")
    assert doc.quotes == []  # an order reported, no words quoted


def test_a_news_site_passing_the_news_on_is_no_body_a_word_for_a_body_points_back_to(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ правительстве прошло совещание по вопросам кори, сообщает Zakon.kz.\n\n"
        "По данным пресс-службы ведомства, с начала года зарегистрирован 1951 случай кори.\n",
    )
    assert [(doc.span(q.start, q.end)[:12], q.speaker_entity_id) for q in doc.quotes] == [
        ("с начала год", "org:government-of-kazakhstan")
    ]  # the body named before, not the site that passed the news on


def test_english_participle_of_saying_with_an_aside_before_its_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe PM said that the overall level of readiness is satisfactory, noting, however, that in some "
        "schools renovations are still not finished.\n",
    )
    assert [(doc.span(q.start, q.end), q.cue) for q in doc.quotes] == [
        ("the overall level of readiness is satisfactory", "said"),
        ("in some schools renovations are still not finished.", "noting"),
    ]


def test_a_paragraph_ending_in_a_colon_names_who_says_the_quotation_after_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n州长祖尔普哈·若尔达索夫表示，修缮工作正在持续推进。\n\n“目前，我们正在修复古遗址，预计年底前完工。”\n\n"
        "来自库斯塔奈的游客卡尼扎·扎利耶娃分享了她的感受：\n\n“在女儿的建议下，我们来到突厥斯坦。这里的氛围令人震撼。”\n",
    )
    visitor = next(m.entity_id for m in doc.mentions if doc.span(m.start, m.end) == "卡尼扎·扎利耶娃")
    speakers = [q.speaker_entity_id for q in doc.quotes]
    assert speakers[1] == speakers[0] != visitor  # no announcement: the one who spoke before
    assert speakers[2] == visitor  # the visitor who announced it


def test_russian_press_service_of_the_regional_body_is_that_region_s(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ Жетысуской области прошло совещание. Работы завершатся к осени, сообщила пресс-служба "
        "областного акимата.\n",
    )
    assert speaker_names(pipeline, doc) == ["Zhetysu Region Akimat press service"]


def test_chinese_statement_citing_someone_goes_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n卡林表示，元首外交在两国关系中具有特殊地位。正如托卡耶夫总统所说，中国是哈萨克斯坦永远的邻居。\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("元首外交在两国关系中具有特殊地位。正如托卡耶夫总统所说，中国是哈萨克斯坦永远的邻居。", "per:yerlan-karin")
    ]  # 正如X所说: Karin cites the President, no new report


@pytest.mark.parametrize(
    ("paragraph", "report", "words", "narration"),
    [
        (
            "Министр Ерлан Карин отметил, что работа идет по плану. «Мы завершим строительство школ до конца года».",
            "работа идет по плану.",
            "Мы завершим строительство школ до конца года",
            "Министр посетил школу.",
        ),
        (
            "叶尔兰·卡林称，两国关系进入了全面战略伙伴关系的新阶段。“我想特别强调的是，两国关系不会受到影响”。",
            "两国关系进入了全面战略伙伴关系的新阶段。",
            "我想特别强调的是，两国关系不会受到影响",
            "部长参观了工厂。",
        ),
        (
            'Yerlan Karin said that exports would grow next year. "We will double them by 2030, and the region will '
            'benefit."',
            "exports would grow next year.",
            "We will double them by 2030, and the region will benefit.",
            "The minister visited the plant.",
        ),
    ],
)
def test_a_quotation_standing_alone_after_a_report_is_the_reporter_s_own_words(  # type: ignore[no-untyped-def]
    pipeline, paragraph: str, report: str, words: str, narration: str
) -> None:
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(q.kind, doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("indirect", report, "per:yerlan-karin"),
        ("direct", words, "per:yerlan-karin"),
    ]
    quotation = paragraph[paragraph.index(words) - 1 :]
    doc = annotate(pipeline, f"Title\n\n{narration}{'' if narration.endswith('。') else ' '}{quotation}\n")
    assert doc.quotes == []  # after no report a quotation stays unattributed


def test_the_quotes_table_names_a_known_speaker_by_one_english_name(pipeline) -> None:  # type: ignore[no-untyped-def]
    """The quotes table gives a gazetteer person's English name however an article spells him (Kazinform writes both
    Erlan and Yerlan Karin, and misspells names: `Ashimnayev`), so one person has one name in the corpus; the
    speaker's words as written stay in `speaker_text`."""
    spelled = annotate(
        pipeline,
        "Title\n\nState Counselor Erlan Karin said the reforms would continue next year.\n\n"
        '"We will keep the course," Karin said.\n',
    )
    assert {q.speaker_entity_id for q in spelled.quotes} == {"per:yerlan-karin"}
    table = documents_to_tables([spelled], pipeline.quotes.name_en)["quotes"]
    assert table.column("speaker_name_en").to_pylist() == ["Yerlan Karin", "Yerlan Karin"]
    assert table.column("speaker_text").to_pylist() == ["Erlan Karin", "Karin"]
    mixed = annotate(
        pipeline,
        "Title\n\nMinister Arystanbek Mukhamediyuly said the museum would open in June.\n\n"
        '"The collection is ready," Mukhamediuly said.\n',
    )
    assert {pipeline.quotes.name_en(q.speaker_entity_id) for q in mixed.quotes} == {"Arystanbek Mukhamediuly"}


def test_a_chinese_person_named_again_by_the_first_character_of_the_surname(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈农业部副部长伊萨耶娃当天在政府新闻发布会上表示，哈萨克斯坦计划开始向伊朗出口小麦。\n\n"
        "伊表示，中亚和阿富汗是哈小麦传统出口市场。\n",
    )
    assert [(doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes] == [
        ("伊萨耶娃", "per:zh:伊萨耶娃"),
        ("伊", "per:zh:伊萨耶娃"),
    ]
    # two persons whose surnames open with that character: neither
    two = annotate(
        pipeline,
        "标题\n\n副部长伊萨耶娃和州长伊斯马伊洛夫出席了会议。\n\n伊表示，中亚是哈小麦传统出口市场。\n",
    )
    assert [q.speaker_entity_id for q in two.quotes] == [None]


def test_russian_impersonal_as_it_is_noted_and_forecasts_as_sources(pipeline) -> None:  # type: ignore[no-untyped-def]
    def found(text: str) -> list[tuple[str, str, str | None]]:
        doc = annotate(pipeline, f"Заголовок\n\n{text}\n")
        return [
            (q.kind, doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end) if q.speaker_start else None)
            for q in doc.quotes
        ]

    assert found("Как отмечается, в резерве находится седьмой котел.") == [
        ("indirect", "в резерве находится седьмой котел.", None)
    ]
    assert found("Как сообщалось, в резерве находится седьмой котел.") == []  # a reference back
    assert found("Как говорится, в резерве находится седьмой котел.") == []  # a saying
    assert found("По прогнозам синоптиков, в ближайшие дни наступит резкое похолодание.") == [
        ("indirect", "в ближайшие дни наступит резкое похолодание.", "синоптиков")
    ]


def test_a_russian_body_of_the_region_named_last_is_that_regions(pipeline) -> None:  # type: ignore[no-untyped-def]
    def speakers(text: str) -> list[str | None]:
        doc = annotate(pipeline, f"Заголовок\n\nПожар произошел в Туркестанской области.\n\n{text}\n")
        return speaker_names(pipeline, doc)

    assert speakers(
        "Девочку доставили в Шымкент, сообщает пресс-служба департамента по чрезвычайным ситуациям региона."
    ) == ["Turkistan Region Department of Emergency Situations press service"]
    assert speakers("Девочку доставили в Шымкент, сообщает пресс-служба департамента полиции региона.") == [
        "Turkistan Region Police Department press service"
    ]
    # a region the name gives is that region, not the one named last
    assert speakers("Девочку доставили в Шымкент, сообщает пресс-служба акима Павлодарской области.") == [
        "Pavlodar Region Akim's press service"
    ]


def test_russian_the_company_speaks_for_the_company_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`— сообщили в компании`: the company the article named before, as `the company said` is in English; none
    when no company was named (an akimat is no company)."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nКомпания «Казахтелеком» расширяет сеть. «Мы подключим 100 сел», — сообщили в компании.\n",
    )
    assert list(english_speakers(pipeline, doc).values()) == ["Kazakhtelecom"]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАкимат Алматы проверил сети. «Мы подключим 100 сел», — сообщили в компании.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [None]
    # a company the gazetteer knows (Tengizchevroil: 田吉兹雪佛龙公司) before a later body that is none (Akorda)
    doc = annotate(
        pipeline,
        "Заголовок\n\nОператор «Тенгизшевройл» остановил добычу нефти. Ситуацию обсудили в Акорде. «Угрозы для "
        "персонала нет», — сообщили в компании.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:tengizchevroil"]


def test_english_the_head_of_government_is_an_office_not_a_body(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The Head of Government stressed`: the Prime Minister named before speaks; `Government` there names no body."""
    doc = annotate(
        pipeline,
        "Title\n\nPrime Minister Olzhas Bektenov chaired the meeting. The Head of Government stressed that the "
        "Ministry of Energy needs to act.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:olzhas-bektenov"]
    assert "Government" not in {doc.span(m.start, m.end) for m in doc.mentions}


def test_russian_a_reported_clause_all_in_double_quotation_marks_is_quoted(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, отметив, что "нашел человека, который понял, чего он хочет".`: the words in quotation marks, straight as
    in guillemets, are the speaker's own (direct); a clause that goes on after them stays reported."""
    doc = annotate(
        pipeline,
        'Заголовок\n\nРанее Касым-Жомарт Токаев похвалил акима Астаны, отметив, что "нашел человека, который понял, '
        'чего он хочет".\n\nТокаев заявил, что "страна готова", но реформы займут время.\n',
    )
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("direct", "нашел человека, который понял, чего он хочет"),
        ("indirect", '"страна готова", но реформы займут время.'),
    ]


def test_russian_words_a_report_quotes_belong_to_no_person_named_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`"…", – говорится в репортаже.`: a broadcast's or an article's words, no one's (not the person the article
    named last); `«…», — говорится в сообщении.` stays the statement of the body named before."""
    doc = annotate(
        pipeline,
        'Заголовок\n\nТокаев посетил школу.\n\n"Здание школы типовое, площадью 1600 кв. м. На ее строительство '
        'затратили более 3,5 млрд тенге", – говорится в репортаже.\n\nМинистерство энергетики провело проверку.'
        "\n\n«Нарушений не выявлено», — говорится в сообщении.\n",
    )
    assert [(doc.span(q.start, q.end)[:12], q.speaker_entity_id) for q in doc.quotes] == [
        ("Здание школы", None),
        ("Нарушений не", "org:ministry-of-energy-of-kazakhstan"),
    ]


def test_chinese_what_a_declaration_names_before_a_colon_is_no_part_of_the_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…委员会宣布总统大选初步结果:现任总统…获胜。`: the report is what follows the colon; `宣布，…` is unchanged."""
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦中央选举委员会宣布总统大选初步结果:现任总统托卡耶夫以81.31%的得票率获胜。\n\n"
        "总统宣布，明年将举行议会选举。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "现任总统托卡耶夫以81.31%的得票率获胜。",
        "明年将举行议会选举。",
    ]


def test_chinese_a_requirement_talked_about_does_not_end_a_statement(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…遵守好哈各项防疫要求`: 要求 as a noun is more of the statement; `他要求各部门…`, an order, ends it."""
    doc = annotate(
        pipeline,
        "标题\n\n大使表示,中方支持哈方抗疫工作。相信中国公民也将继续遵守好哈各项防疫要求,确保平安。\n\n"
        "部长表示，今年工作进展顺利。他要求各部门加快进度。\n\n"
        "部长指出，每年有40万名新生儿出生。这一趋势对社会基础设施提出了更高要求。同时，开支也在上升。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "中方支持哈方抗疫工作。相信中国公民也将继续遵守好哈各项防疫要求,确保平安。",
        "今年工作进展顺利。",
        "每年有40万名新生儿出生。这一趋势对社会基础设施提出了更高要求。同时，开支也在上升。",  # higher requirements
    ]


def test_english_a_back_reference_takes_a_sentence_that_goes_on_with_the_one_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`A. And B. X has announced it at the session.`: B goes on from A, and both are X's; with no such opening only
    the sentence right before is."""
    doc = annotate(
        pipeline,
        "Title\n\nOutput is expected to grow by 11 percent. And it is the highest index for eight years. Minister "
        "Aidarbek Saparov has announced it at the session.\n\nThe plant opened in May. Output will double by 2025. "
        "Minister Roman Sklyar has announced it at the session.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "Output is expected to grow by 11 percent. And it is the highest index for eight years.",
        "Output will double by 2025.",
    ]


def test_english_a_source_that_is_a_thing_gives_way_to_who_noted_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`According to the official portal, A, the minister also noted.`: the minister speaks, the source is part of
    what he said; `According to Nurlan Baibazarov, A, the press service said.` stays the person's words."""
    doc = annotate(
        pipeline,
        "Title\n\nMinister Yerbol Karashukeyev spoke at the meeting.\n\nAccording to the official identification "
        "portal, the number of bulls is 675,000 heads, the minister also noted.\n\nAccording to Nurlan Baibazarov, "
        "exports grew by 5 percent, the press service said.\n",
    )
    assert [(doc.span(q.start, q.end)[:16], q.speaker_entity_id) for q in doc.quotes] == [
        ("According to the", "per:yerbol-karashukeyev"),
        ("exports grew by ", "per:nurlan-baibazarov"),
    ]


def test_a_russian_dash_quote_closed_by_a_complaint_is_the_residents(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`— В квартире холодно. …, — пожаловалась Арай, жительница дома.`: a complaint closes a dash quote as a verb of
    saying does; `пожаловался на …` alone reports no words."""
    doc = annotate(
        pipeline,
        "Заголовок\n\n— В квартире холодно. Тепло от батарей почти не ощущается, — пожаловалась Арай, жительница "
        "дома № 150/1.\n\nЖильцы пожаловались на холод в квартирах.\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)[:18], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("direct", "В квартире холодно", "Арай")
    ]


def test_chinese_a_regulator_named_after_its_field_and_a_country_that_already_announced(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`监管机构在说明中指出` after the Agency for Regulation and Development of the Financial Market was named: the
    agency speaks; `中国已经宣布` drops its adverb (已经), the speaker is 中国."""
    doc = annotate(
        pipeline,
        "标题\n\n金融市场监管和发展署近日在官网公布决议，扩大了高风险客户的标准。\n\n监管机构在说明中指出，此举旨在降低"
        "居民过度负债的风险。\n\n中国已经宣布，2024年为中国的“哈萨克斯坦旅游年”。\n",
    )
    assert [(doc.span(q.speaker_start, q.speaker_end), q.speaker_entity_id) for q in doc.quotes] == [
        ("监管机构", "org:agency-for-regulation-and-development-of-the-financial-market-of-kazakhstan"),
        ("中国", None),
    ]


def test_a_russian_source_after_a_clause_of_its_own_opens_the_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Что касается будущего, то, по его словам, акцент будет смещен …`: what comes after the inserted source is
    his; set inside words of one clause (`Одним из проектов, по его словам, станет …`) the whole sentence is."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nБоксер Иванов рассказал о планах. Что касается будущего, то, по его словам, акцент будет смещен "
        "на тренировки в США.\n\nОдним из ключевых проектов, по его словам, станет новый зал.\n\nНа текущий год, по "
        "словам вице-министра, выделено 8,6 млрд тенге для ремонта домов.\n",
    )
    assert [doc.span(q.start, q.end)[:12] for q in doc.quotes] == ["акцент будет", "Одним из клю", "выделено 8,6"]
    # a circumstance of time before the inserted source is no part of the words it gives


def test_a_russian_indirect_question_after_a_place_of_speaking_reports_no_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`На пленарном заседании … Бозумбаев рассказал, с какими вопросами жители … обращаются`: an indirect question
    opened by a preposition is what he spoke about, no words of his; `В прокуратуре сообщили, в 2024 году …` is."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nНа пленарном заседании Мажилиса заместитель Премьер-министра Канат Бозумбаев рассказал, с какими "
        "вопросами жители страны чаще всего обращаются к государственным органам.\n\nВ областной прокуратуре "
        "сообщили, в 2024 году выявлено 15 нарушений.\n",
    )
    assert [doc.span(q.start, q.end)[:9] for q in doc.quotes] == ["в 2024 го"]


def test_an_english_clause_said_with_a_body_named_in_full_as_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`the Head of State said the Conference on Interaction and Cooperation in Central Asia (CICA) will mark …`: a
    body's long name and its abbreviation open the clause said without `that`."""
    doc = annotate(
        pipeline,
        "Title\n\nSpeaking at the Foreign Ministry, the Head of State said the Conference on Interaction and "
        "Cooperation in Central Asia (CICA) will mark its 30th anniversary next year.\n",
    )
    assert [doc.span(q.start, q.end)[:26] for q in doc.quotes] == ["the Conference on Interact"]


def test_a_chinese_belief_told_without_a_comma_is_reported(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…，并相信两国议会间关系将继续加强。`: a clause with a modal after 相信 is what the speaker believes, though no
    comma follows the verb; `相信政府的决定` (a noun object) and `承认错误` report nothing."""
    doc = annotate(
        pipeline,
        "标题\n\n乌兹别克斯坦参议院主席坦兹拉·纳尔巴耶娃对哈方的热情接待深表感谢，并相信两国议会间关系将继续加强。"
        "\n\n部长相信政府的决定。他承认错误并道歉。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["两国议会间关系将继续加强。"]


def test_a_chinese_word_ending_in_a_cue_character_opens_no_second_attribution(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`他还表示，地方政府必须确保…沟通渠道，并始终确保…`: 道 of 渠道 (a channel) is no verb of saying, so the whole
    clause is his; `…称，托卡耶夫表示，…` still passes on the second speaker's words."""
    doc = annotate(
        pipeline,
        "标题\n\n州长会见了居民。\n\n他还表示，地方政府必须确保与公众之间建立良好的沟通渠道，并始终确保完成总统的各项指示。"
        "\n\n今日俄罗斯电视台称，托卡耶夫表示，阿斯塔纳不会放弃合作。\n",
    )
    assert [(doc.span(q.start, q.end)[:6], doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("地方政府必须", "他"),
        ("阿斯塔纳不会", "托卡耶夫"),
    ]


def test_a_foreign_envoy_speaks_only_as_the_person_named_with_that_country(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`印尼驻哈大使表示` is Indonesia's ambassador: the governor quoted before is not him; an article that names the
    ambassador after the same words gives him."""
    unnamed = annotate(
        pipeline,
        "标题\n\n努尔勒别克·纳勒巴耶夫表示，哈萨克斯坦与印度尼西亚保持稳定发展势头。\n\n"
        "印尼驻哈大使表示，愿意进一步拓展双边合作关系。\n",
    )
    assert [q.speaker_entity_id for q in unnamed.quotes] == ["per:nurlybek-nalibayev", None]
    named = annotate(
        pipeline,
        "标题\n\n印尼驻哈大使阿卜杜勒·卡迪尔会见了努尔勒别克·纳勒巴耶夫。纳勒巴耶夫表示，两国关系稳定发展。\n\n"
        "印尼驻哈大使表示，愿意进一步拓展双边合作关系。\n",
    )
    assert [q.speaker_entity_id for q in named.quotes] == ["per:nurlybek-nalibayev", "per:zh:阿卜杜勒·卡迪尔"]
    # the host country written in full between the sender and the title: still the sender's envoy
    hosted = annotate(
        pipeline,
        "标题\n\n土耳其驻哈萨克斯坦特命全权大使乌夫科·耶凯吉8日就援助表示感谢。\n\n"
        "此外，土耳其驻哈大使表示，当前全球36个国家派出了救援人员。\n",
    )
    assert [q.speaker_entity_id for q in hosted.quotes] == ["per:zh:乌夫科·耶凯吉"]


def test_chinese_a_dash_quote_closed_in_the_next_paragraph_is_one_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`-A。 ¶ B。-土耳其大使说。`: the dash opens the speaker's words in one paragraph and the attribution closes
    them in the next; what the first paragraph reports inside them (`人民表示愿意…`) is no quote of its own."""
    doc = annotate(
        pipeline,
        "标题\n\n土耳其驻哈萨克斯坦大使乌夫科·耶凯吉8日表示感谢。\n\n"
        "-通报地震灾害的信息时,哈萨克斯坦人民第一时间表示愿意伸出援手。我要表示感谢。\n\n"
        "与此同时,哈萨克斯坦人民还筹款和物资发到灾区。-土耳其大使说。\n",
    )
    quotes = [(doc.span(q.start, q.end), q.kind, q.speaker_entity_id) for q in doc.quotes]
    assert quotes[-1] == (
        "通报地震灾害的信息时,哈萨克斯坦人民第一时间表示愿意伸出援手。我要表示感谢。\n\n"
        "与此同时,哈萨克斯坦人民还筹款和物资发到灾区。",
        "direct",
        "per:zh:乌夫科·耶凯吉",
    )
    assert len(quotes) == 1  # `表示感谢` before reports no words; `人民…表示愿意` is inside the dash quote


def test_russian_sources_by_assertion_and_a_body_s_information(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`по его утверждению` opens a new statement as `по его словам` does; `— …, — отмечается в информации
    ведомства` is the body's, as `в сообщении ведомства`."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nПо словам Сартаева, главный имам последние полтора года не исполнял свои обязанности. Кроме "
        "того, по его утверждению, имам допускал грубые высказывания.\n",
    )
    assert [content for _, content, _, _ in described(doc)] == [
        "главный имам последние полтора года не исполнял свои обязанности.",
        "имам допускал грубые высказывания.",
    ]
    doc = annotate(
        pipeline,
        "Заголовок\n\nМинистерство промышленности подготовило отчет.\n\n— Лидером является Атырауская область — 217 "
        "аварийных домов, — отмечается в информации ведомства.\n",
    )
    assert [(kind, speaker) for kind, _, _, speaker in described(doc)] == [
        ("direct", "org:ru:Министерство промышленности")
    ]


def test_english_noun_objects_and_told_about_this(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`emphasized the results of the program carried out …` stresses a thing, no clause (however the tagger reads
    `carried`); `X told journalists about this` makes the sentence before X's, as `Об этом сообщил X`."""
    doc = annotate(
        pipeline,
        "Title\n\nThe Senate Chairman emphasized the results of the large-scale program of political modernization "
        "carried out in the country at the initiative of the President.\n\nThe Prime Minister emphasized the urgent "
        "need for repair works on channels as well as introduction of an automate water management system.\n",
    )
    assert doc.quotes == []
    doc = annotate(
        pipeline,
        "Title\n\nGerman companies are showing interest in establishing manufacture in Kazakhstan. Deputy Minister "
        "Yerlan Khairov told journalists about this on the sidelines of the session.\n",
    )
    assert [(content, speaker) for _, content, _, speaker in described(doc)] == [
        ("German companies are showing interest in establishing manufacture in Kazakhstan.", "per:en:Yerlan Khairov")
    ]


def test_a_source_set_inside_a_sentence_runs_on_and_a_topic_after_a_trailing_verb_is_none(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`in his words` set inside a sentence makes it and the paragraph's next sentences his, as `according to him`
    and `по его словам` do; `…, доложили о принимаемых мерах` reports a topic, no one's words."""
    doc = annotate(
        pipeline,
        "Title\n\nThe minister spoke about water use.\n\nOf the total volume of water extraction, in his words, some "
        "11.6 cubic meters fall at flow irrigation. Of these, 97% accrue to four southern regions.\n",
    )
    assert [content for _, content, _, _ in described(doc)][-1].endswith("accrue to four southern regions.")
    doc = annotate(  # after a verb of talking about things it is his view of what he spoke of: no one's words
        pipeline,
        "Title\n\nThe minister spoke about the best tourist destinations in the country, in his opinion, as well as "
        "the development of infrastructure there.\n",
    )
    assert doc.quotes == []
    for sentence in (  # after any other verb the sentence stays his, as does one `in his words` qualifies
        "Kazakhstan has enormous potential, in his opinion, for the development of tourism in the region.",
        "Prices have risen, in his words, by about 20 percent over the past year.",
        "The names of the winners, in his opinion, are well known to everyone here.",  # `names` a noun, no verb
    ):
        doc = annotate(pipeline, f"Title\n\nMinister Yerlan Karin spoke at the forum in Astana.\n\n{sentence}\n")
        assert [content for _, content, _, _ in described(doc)] == [sentence]
    doc = annotate(
        pipeline,
        "Заголовок\n\nАкимы областей Абай и Улытау, где наблюдается отставание по основным показателям, доложили о "
        "принимаемых мерах.\n",
    )
    assert doc.quotes == []


@pytest.mark.parametrize(
    ("text", "first", "last", "speaker"),
    [
        (
            "Заголовок\n\nПремьер-министр Бакытжан Сагинтаев провел заседание.\n\n«Глава государства отметил, что "
            "индустриализация должна стать флагманом. В текущем году мы должны реализовать проект.\n\nВы должны "
            "проконтролировать это. Сейчас работа ведется слабо», - сказал Премьер-министр на заседании.\n",
            "Глава государства отметил",
            "работа ведется слабо",
            "per:bakytzhan-sagintayev",
        ),
        ("标题\n\n总理说：“今年要建设七个工厂。\n\n你们必须负责。”\n\n会议结束。\n", "今年要", "必须负责。", None),
        (
            "Title\n\nMinister Almasadam Satkaliyev spoke.\n\n“We will build seven plants this year.\n\nYou must take "
            "care of this,” Almasadam Satkaliyev said.\n",
            "We will build",
            "take care of this,",
            "per:almasadam-satkaliyev",
        ),
    ],
)
def test_a_quotation_over_several_paragraphs_is_one_direct_quote(pipeline, text, first, last, speaker) -> None:  # type: ignore[no-untyped-def]
    """Opened in one paragraph and closed in a later one: one direct quote from the opening to the closing mark, its
    speaker the one named after it; reported speech inside it (`Глава государства отметил, что`) is no quote."""
    doc = annotate(pipeline, text)
    (quote,) = doc.quotes
    content = doc.span(quote.start, quote.end)
    assert quote.kind == "direct" and content.startswith(first) and content.endswith(last)
    if speaker is not None:
        assert quote.speaker_entity_id == speaker


def test_a_body_of_the_city_named_by_its_noun_is_the_city_named_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`в акимате города` after `акима города Темиртау` is Temirtau City Akimat, as `в городском акимате` is."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nЗаместитель акима города Темиртау провел встречу с жителями.\n\nКак сообщили в акимате города, "
        "более 75% теплотрасс в изношенном состоянии.\n",
    )
    assert speaker_names(pipeline, doc) == ["Temirtau City Akimat"]
    capital = annotate(pipeline, "Заголовок\n\nКак сообщили в акимате столицы, дороги расчищены.\n")
    assert speaker_names(pipeline, capital) == ["Astana City Akimat"]


def test_two_officials_with_long_titles_speak_as_the_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X局长A与Y局局长B表示`: two officials share the words and the first named speaks for them, however long the
    titles before their names (the speaker's words reach back past 40 characters to the clause start)."""
    doc = annotate(
        pipeline,
        "标题\n\n国际体育联合会秘书处负责人努尔兰·阿赫梅托夫与吉尔吉斯共和国总统直属国家民族体育和游牧文化项目管理局第一副局长别克·托克托古洛夫"
        "表示，赛事的准备工作已经全面启动。\n",
    )
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end) == "赛事的准备工作已经全面启动。"
    speaker = doc.span(quote.speaker_start, quote.speaker_end)
    assert speaker.startswith("国际体育联合会") or speaker.startswith("努尔兰")
    assert quote.speaker_entity_id == "per:zh:努尔兰·阿赫梅托夫"


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        ("В АО «КазМунайГаз» сообщили, что добыча нефти выросла.", "org:kazmunaygas"),
        ("Представители АО «КТЖ» сообщили, что поезда идут по графику.", "org:kazakhstan-temir-zholy"),
        ("В РГП «Казгидромет» сообщили, что завтра ожидается снег.", "org:kazhydromet"),
    ],
)
def test_russian_body_named_in_guillemets_reports(pipeline, sentence: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """`В АО «X» сообщили, что …`: a body whose name stands in guillemets is the subject of the report (the marks
    around its name end no clause)."""
    doc = annotate(pipeline, f"Заголовок\n\n{sentence}\n")
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end) == sentence.split("что ", 1)[1]
    assert quote.speaker_entity_id == speaker


@pytest.mark.parametrize(
    ("sentence", "content", "speaker"),
    [
        ("KazMunayGas said its oil output rose by 5% in May.", "its oil output rose by 5% in May.", "org:kazmunaygas"),
        (
            "Kazatomprom said its uranium production fell last year.",
            "its uranium production fell last year.",
            "org:kazatomprom",
        ),
    ],
)
def test_english_said_clause_with_an_irregular_past(pipeline, sentence: str, content: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """`X said its output rose`: a clause without `that` whose verb is an irregular past (rose, fell, grew) is
    reported speech, as one in -ed is."""
    doc = annotate(pipeline, f"Title\n\n{sentence}\n")
    [quote] = doc.quotes
    assert (doc.span(quote.start, quote.end), quote.speaker_entity_id) == (content, speaker)


def test_english_said_with_a_noun_object_is_no_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`said this at the briefing`: what follows the verb is its object and a place, no reported clause."""
    doc = annotate(pipeline, "Title\n\nHe said this at the briefing held in Astana.\n")
    assert doc.quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Министр энергетики Алмасадам Саткалиев сообщил, что цены не вырастут. "
            "По словам акима, в области построят три школы.",
            None,
        ),
        (
            "Аким области Нурлан Нигматулин провел совещание. Министр энергетики Алмасадам Саткалиев сообщил, что "
            "цены не вырастут. По словам акима, в области построят три школы.",
            "per:nurlan-nigmatulin",
        ),
        (
            "Energy Minister Almassadam Satkaliyev said prices will not rise. The akim noted that three schools "
            "will be built.",
            None,
        ),
    ],
)
def test_bare_title_of_another_office_is_not_the_last_speaker(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """`По словам акима` after a minister spoke: the akim named before, else no one; never the minister, whom the
    article introduced under another office's title (``office`` column of ``titles.tsv``)."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    first, second = doc.quotes
    assert first.speaker_entity_id == "per:almasadam-satkaliyev"
    assert second.speaker_entity_id == speaker


def test_bare_title_of_the_same_office_is_the_one_introduced_with_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Mayor of Almaty X … the akim said`: mayor and akim are one office, so the mayor speaks."""
    doc = annotate(
        pipeline,
        "Title\n\nMayor of Almaty Yerbolat Dossayev visited the plant. The akim said that the city will build "
        "new roads.\n",
    )
    [quote] = doc.quotes
    assert quote.speaker_entity_id == "per:yerbolat-dossayev"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Заболеваемость гриппом снизилась на 12%. Об этом сообщается на сайте Минздрава.",
            "org:ministry-of-healthcare-of-kazakhstan",
        ),
        ("Заболеваемость гриппом снизилась на 12%. Об этом говорится на официальном сайте Акорды.", "org:akorda"),
        (
            "The flu incidence fell by 12%. This was stated in a press release of the Ministry of Healthcare.",
            "org:ministry-of-healthcare-of-kazakhstan",
        ),
    ],
)
def test_statement_after_the_words_gives_them_to_its_owner(pipeline, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """`Об этом говорится в сообщении X.`, `This was stated in a press release of X.`: the sentence before is the
    statement's, and its owner speaks (as after `Об этом сообщил X`)."""
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end) == text.split(". ")[0] + "."
    assert quote.speaker_entity_id == speaker


def test_pronoun_after_a_sentence_whose_subject_comes_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Ситуацию прокомментировал директор департамента X. По его словам, …`: the one person of the sentence before,
    in the nominative after its verb, is its subject and the pronoun's antecedent, not the last one who spoke."""
    doc = annotate(
        pipeline,
        " date 2025-11-24\nЗаголовок\n\n«Мы должны сделать все», — написал Токаев в своем Telegram-канале.\n\n"
        "Ситуацию прокомментировал директор департамента Ерлан Сапаров. По его словам, угрозы для жителей нет.\n",
    )
    first, second = doc.quotes
    assert first.speaker_entity_id == "per:kassym-jomart-tokayev"
    assert doc.span(second.start, second.end) == "угрозы для жителей нет."
    assert second.speaker_entity_id == "per:ru:Ерлан Сапаров"


def test_pronoun_after_a_sentence_naming_its_object_last(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Токаев встретился с министром X. По его словам, …`: the subject opens the sentence; the minister after the
    verb is in another case and is no antecedent."""
    doc = annotate(
        pipeline,
        " date 2025-11-24\nЗаголовок\n\nТокаев встретился с министром энергетики Ерланом Аккенженовым. "
        "По его словам, угрозы нет.\n",
    )
    [quote] = doc.quotes
    assert quote.speaker_entity_id == "per:kassym-jomart-tokayev"


@pytest.mark.parametrize(
    "text",
    [
        "Министр энергетики Ерлан Аккенженов отметил, что цены на топливо не вырастут, добавив, что запасов "
        "топлива достаточно.",
        "«Цены на топливо не вырастут», — отметил министр энергетики Ерлан Аккенженов, добавив, что запасов "
        "топлива достаточно.",
        "— Цены на топливо не вырастут, — отметил министр энергетики Ерлан Аккенженов, добавив, что запасов "
        "топлива достаточно.",
    ],
)
def test_russian_participle_adds_a_second_quote(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """`…, добавив, что B`: after what the speaker said, a participle of saying reports a second clause of the same
    speaker (as `A, X said, adding that B`), not part of the first quote nor of the speaker's words."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    first, second = doc.quotes
    assert doc.span(first.start, first.end).lower() == "цены на топливо не вырастут"
    assert doc.span(first.speaker_start, first.speaker_end) == "Ерлан Аккенженов"
    assert (second.kind, doc.span(second.start, second.end)) == ("indirect", "запасов топлива достаточно.")
    assert first.speaker_entity_id == second.speaker_entity_id == "per:yerlan-akkenzhenov"


def test_a_minister_after_an_expert_is_not_the_expert(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Эксперт X считает, что … Министр выразил надежду, что …`: an expert holds no minister's office."""
    doc = annotate(
        pipeline,
        " date 2025-11-24\nЗаголовок\n\nЭксперт Айдар Касенов считает, что цены стабилизируются к весне. "
        "Министр выразил надежду, что сотрудничество продолжится.\n",
    )
    first, second = doc.quotes
    assert first.speaker_entity_id == "per:ru:Айдар Касенов"
    assert second.speaker_entity_id != "per:ru:Айдар Касенов"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Snow is expected in most regions, Kazhydromet says. According to the meteorological service, heavy "
            "snowfall is predicted for mountainous areas.",
            "org:kazhydromet",
        ),
        (
            "В РГП «Казгидромет» сообщили, что завтра ожидается снег. Как сообщили в метеослужбе, на дорогах "
            "ожидается гололед.",
            "org:kazhydromet",
        ),
        ("哈萨克斯坦国家水文气象局发布消息称，明天将有降雪。气象部门表示，部分地区将有大风。", "org:kazhydromet"),
        ("Как сообщили в метеослужбе, на дорогах ожидается гололед и сильный ветер.", None),
        # people of the service are unnamed sources, as experts are, though the service was named
        ("В РГП «Казгидромет» сообщили, что ожидается снег. По словам синоптиков, на дорогах ожидается гололед.", None),
        ("哈萨克斯坦国家水文气象局发布消息称，明天将有降雪。气象专家预测，部分地区将有大风。", None),
        ("Kazhydromet says snow is expected. According to forecasters, heavy snow is predicted in the south.", None),
    ],
)
def test_weather_service_words_point_to_the_service_named_before(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """`the meteorological service`, `метеослужба`, `气象部门` after Kazhydromet is named: Kazhydromet speaks
    (``body_anaphors.tsv``); with no service named they stay an unnamed source, and so do the service's people
    (`синоптики`, `forecasters`, 气象专家), as experts do."""
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert doc.quotes[-1].speaker_entity_id == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Kazakh President Kassym-Jomart Tokayev met with Uzbek President Shavkat Mirziyoyev. Mirziyoyev said that "
        "relations are developing. The Head of State noted that trade must grow. He stressed that transport matters.",
        "哈萨克斯坦总统托卡耶夫会见了乌兹别克斯坦总统米尔济约耶夫。米尔济约耶夫表示，两国关系发展良好。国家元首指出，"
        "双方应扩大贸易。他强调，交通合作十分重要。",
    ],
)
def test_pronoun_after_a_sentence_opened_by_an_office(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """`The Head of State noted … He stressed …`, `国家元首指出…。他强调…`: the pronoun is the office's holder, who
    opens the sentence before, not the guest who spoke before him."""
    doc = annotate(pipeline, f" date 2025-11-24\nTitle\n\n{text}\n")
    speakers = [q.speaker_entity_id for q in doc.quotes]
    assert speakers == ["per:shavkat-mirziyoyev", "per:kassym-jomart-tokayev", "per:kassym-jomart-tokayev"]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Президент Казахстана Касым-Жомарт Токаев встретился с Президентом Узбекистана Шавкатом Мирзиёевым. "
            "По словам узбекского лидера, торговля между странами растет.",
            "per:shavkat-mirziyoyev",
        ),
        (
            "Министр иностранных дел России Сергей Лавров прибыл в Астану. По словам российского министра, "
            "переговоры прошли успешно.",
            "per:sergey-lavrov",
        ),
        (
            "Касым-Жомарт Токаев встретился с Шавкатом Мирзиёевым. По словам казахстанского лидера, торговля между "
            "странами растет.",
            "per:kassym-jomart-tokayev",
        ),
        (
            "Делегация Узбекистана во главе с Шавкатом Мирзиёевым прибыла в Астану. По мнению узбекской стороны, "
            "переговоры прошли успешно.",
            None,
        ),
    ],
)
def test_russian_title_with_a_peoples_adjective(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """`По словам узбекского лидера`, `российского министра`: the person the article introduced with that people or
    country (people_adjectives.tsv); the Kazakh leader is the President; a side (`узбекской стороны`) is no one."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    assert doc.quotes[-1].speaker_entity_id == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Ерлан Карин, государственный советник, отметил, что реформы продолжатся.", "per:yerlan-karin"),
        ("Ерлан Карин, в свою очередь, отметил, что реформы продолжатся.", "per:yerlan-karin"),
        ("Ерлан Карин, выступая на заседании, отметил, что реформы продолжатся.", "per:yerlan-karin"),
    ],
)
def test_russian_name_before_an_aside_between_commas_speaks(pipeline, text: str, speaker: str) -> None:  # type: ignore[no-untyped-def]
    """`Ерлан Карин, государственный советник, отметил, что …`: a description headed by a title set off by commas
    after the name is an aside, as `в свою очередь` and an occasion's clause (`выступая на заседании`,
    occasion_gerunds.tsv) are; the name before it is the subject."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    [quote] = doc.quotes
    assert (doc.span(quote.start, quote.end), quote.speaker_entity_id) == ("реформы продолжатся.", speaker)


@pytest.mark.parametrize(
    ("text", "speaker_words"),
    [
        ("Как рассказали Kazinform в пресс-службе Минфина, проверка продолжается.", "пресс-службе Минфина"),
        (
            "Как сообщил корреспонденту агентства Kazinform руководитель управления Беймбет Мусин, проверка "
            "продолжается.",
            "Беймбет Мусин",
        ),
    ],
)
def test_russian_outlet_told_is_no_speaker(pipeline, text: str, speaker_words: str) -> None:  # type: ignore[no-untyped-def]
    """`Как рассказали Kazinform в пресс-службе …`: the outlet right after the verb was told (told_outlets.tsv); the
    press service speaks, never the agency."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    [quote] = doc.quotes
    assert doc.span(quote.speaker_start, quote.speaker_end) == speaker_words
    assert quote.speaker_entity_id != "org:kazinform"


def test_english_told_a_kazinform_correspondent(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X told a Kazinform correspondent that …`: the correspondent is who was told (audiences.tsv), no word of what
    was said."""
    doc = annotate(
        pipeline,
        "Title\n\nDirector Yerlan Saparov told a Kazinform correspondent that the roads will be repaired by May.\n",
    )
    [quote] = doc.quotes
    assert doc.span(quote.start, quote.end) == "the roads will be repaired by May."
    assert doc.span(quote.speaker_start, quote.speaker_end) == "Yerlan Saparov"


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The Ministry of Agriculture held a meeting. According to the ministry's press service, 95% of the area "
            "has been harvested.",
            "org:ministry-of-agriculture-of-kazakhstan",
        ),
        ("According to the ministry's press service, 95% of the area has been harvested.", None),
    ],
)
def test_english_press_service_of_a_bare_body_noun(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """`the ministry's press service`: the ministry named before speaks; with none named the source stays unnamed,
    never a body called `ministry's press service`."""
    doc = annotate(pipeline, f"Title\n\n{text}\n")
    assert doc.quotes[-1].speaker_entity_id == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Вице-министр финансов Тимур Жаксылыков отметил: «Бюджет исполняется в полном объеме». Министр отметил, "
            "что работа продолжается.",
            None,
        ),
        (
            "Заместитель акима области Ерлан Сапаров провел совещание. По словам заместителя акима, дороги "
            "отремонтируют к маю.",
            "per:ru:Ерлан Сапаров",
        ),
        (
            "Deputy Akim of Almaty Yerlan Saparov held a meeting. The deputy akim said that roads will be repaired.",
            "per:en:Yerlan Saparov",
        ),
    ],
)
def test_a_deputy_is_not_the_office_he_deputises_in(pipeline, text: str, speaker: str | None) -> None:  # type: ignore[no-untyped-def]
    """`Министр отметил` after only a vice-minister spoke is not the vice-minister (вице-министр, заместитель, Deputy
    have an office of their own in titles.tsv); `the deputy akim` is the deputy akim."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    assert doc.quotes[-1].speaker_entity_id == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Пресс-служба Президента сообщила, что Глава государства провел совещание.",
        "Как сообщили в пресс-службе Президента, Глава государства провел совещание.",
    ],
)
def test_russian_press_service_of_the_president_is_akordas(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """`Пресс-служба Президента`: a body headed by пресс-служба, never a bare title `Президента` resolving to no one;
    the President's press service is the Akorda press service (body_owners.tsv), as in English."""
    doc = annotate(pipeline, f" date 2025-11-24\nЗаголовок\n\n{text}\n")
    [quote] = doc.quotes
    assert quote.speaker_entity_id == "org:en:Akorda press service"
    assert pipeline.quotes.name_en(quote.speaker_entity_id) == "Akorda press service"


@pytest.mark.parametrize(
    "text", ["哈萨克斯坦总统新闻处消息称，托卡耶夫会见了中国大使。", "总统新闻处表示，托卡耶夫会见了中国大使。"]
)
def test_chinese_press_office_of_the_president_speaks_for_akorda(pipeline, text: str) -> None:  # type: ignore[no-untyped-def]
    """`哈萨克斯坦总统新闻处`: the president's press office speaks for Akorda, as 卫生部新闻处 speaks for the
    ministry (zh body_owners.tsv); before, a body with no English name."""
    doc = annotate(pipeline, f"标题\n\n{text}\n")
    [quote] = doc.quotes
    assert quote.speaker_entity_id == "org:akorda"


def test_chinese_name_in_marks_before_a_speakers_title_and_a_cue_in_brackets_are_no_quotes(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`“努尔卓勒”海关站长X介绍，…`: the quoted name belongs to the speaker's title, and the cue reports the clause
    after its comma; `扎伊赫河(俄称:乌拉尔河)`: 称 inside brackets gives another name, no report."""
    doc = annotate(
        pipeline,
        "标题\n\n“努尔卓勒”海关站长穆拉特·叶尔坚别科夫介绍，配额用尽初期确曾出现短时拥堵。\n\n"
        "副总理在会上作了报告,就扎伊赫河(俄称:乌拉尔河)即将出现的河水暴涨情况进行了介绍。\n\n"
        "“我们准备好了”部长说，“比赛明天开始。”\n",
    )
    assert [(q.kind, doc.span(q.start, q.end)) for q in doc.quotes] == [
        ("indirect", "配额用尽初期确曾出现短时拥堵。"),
        ("direct", "我们准备好了"),  # a quotation the cue goes on from with another quotation
        ("direct", "比赛明天开始。"),
    ]


def test_a_chinese_article_named_as_the_speaker_is_its_authors(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`托卡耶夫…发表署名文章。文章指出，…`: the article's words are its author's (``authored_works.tsv``); with no
    author named, an unnamed source."""
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统在《China Daily》发表题为《坚实的哈中关系》的署名文章，分析了两国合作的方向。"
        "文章指出，2024年双边贸易额达440亿美元。\n",
    )
    assert [(q.speaker_entity_id, q.attribution) for q in doc.quotes] == [("per:kassym-jomart-tokayev", "descriptor")]
    doc = annotate(pipeline, "标题\n\n文章指出，投资累计270亿美元。\n")
    assert [(q.speaker_entity_id, q.attribution) for q in doc.quotes] == [(None, "unnamed")]


def test_a_chinese_greeting_named_as_the_speaker_is_its_senders(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…致以节日祝贺。贺词中指出：` is the ministry's greeting (a body sends one too); `-贺电写道。` after the words is
    the message of the person named before them, not of someone those words or earlier reported ones speak of."""
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦文化和信息部日前向全国媒体工作者致以节日祝贺。\n\n贺词中指出：\n\n"
        "- 今天是一个特殊的日子，我们向每日传播信息的人们表示敬意。\n",
    )
    assert [(q.speaker_entity_id, q.attribution) for q in doc.quotes] == [
        ("org:ministry-of-culture-and-information-of-kazakhstan", "descriptor")
    ]
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统向大会致贺电。\n\n托卡耶夫指出，阿拜的遗产是全人类的财富。\n\n"
        "- 阿拜的思想永不过时，让我们忠于伟大阿拜的遗训！-贺电写道。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:kassym-jomart-tokayev"] * 2


def test_a_chinese_summing_up_reports(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`国家元首总结说，…`: 总结说 is the cue, the Head of State the speaker (not a speaker `国家元首总结`)."""
    doc = annotate(pipeline, "标题\n\n国家元首总结说，哈萨克斯坦与邻国的关系不断发展，彼此间不存在任何矛盾。\n")
    assert [(doc.span(q.speaker_start, q.speaker_end), q.cue) for q in doc.quotes] == [("国家元首", "总结说")]


def test_russian_question_before_a_trailing_verb_is_no_quote_and_a_secretary_is_a_title(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Сколько спортсменов выступят, рассказал X`: what X told about, no quote (``question_openers.tsv``), though a
    statement before the same verb is one; `— пояснил генеральный секретарь НОК` is the secretary the article named,
    not the committee."""
    doc = annotate(
        pipeline,
        "Заголовок\n\nСколько казахстанских спортсменов выступят на Олимпийских играх в Пекине, рассказал "
        "Генеральный секретарь НОК Казахстана Андрей Крюков.\n\n«Олимпийские игры начнутся 4 февраля. Игры пройдут "
        "в трех спортивных кластерах», - пояснил генеральный секретарь НОК.\n\nЦены на бензин вырастут в следующем "
        "году, рассказал министр энергетики Алмасадам Саткалиев.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], q.speaker_entity_id) for q in doc.quotes] == [
        ("Олимпийские игры нач", "per:ru:Андрей Крюков"),
        ("Цены на бензин вырас", "per:almasadam-satkaliyev"),
    ]


def test_russian_organisation_points_back_to_any_body_and_agency_to_an_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`пресс-служба организации` is the body named last, a federation too; `ведомство` the last office (a committee),
    not a federation named after it (``body_anaphors.tsv``, names `*`)."""
    text = (
        "Заголовок\n\nУчастие приняли председатель Комитета по спорту Руслан Есеналин и президент Федерации бокса "
        "Казахстана Ольга Рыпакова.\n\n{} по итогам заседания назначен новый тренер сборной.\n"
    )
    federation = annotate(pipeline, text.format("Как сообщает пресс-служба организации,"))
    agency = annotate(pipeline, text.format("Как сообщили в ведомстве,"))
    assert federation.quotes[-1].speaker_entity_id == "org:ru:Федерация бокса Казахстана"
    assert agency.quotes[-1].speaker_entity_id == "org:ru:Комитет по спорту"


def test_chinese_short_noun_object_is_no_report_and_a_route_is_no_cue(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`州长特别强调投资活跃度。`: a short object with no verb or adjective is what he stressed, no words; a longer
    clause is reported whatever jieba tags it (`相信两国议会间关系将继续加强`); 道 of 交通要道 says nothing, so the
    report runs from the cue before it."""
    doc = annotate(
        pipeline,
        "标题\n\n州长特别强调投资活跃度。目前该州投资增速全国第二。\n\n"
        "纳尔巴耶娃对哈方的热情接待深表感谢，并相信两国议会间关系将继续加强。\n\n"
        "州长在新闻发布会上表示，该州地处欧亚交通要道，过境潜力巨大。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "两国议会间关系将继续加强。",
        "该州地处欧亚交通要道，过境潜力巨大。",
    ]


def test_english_pronoun_after_an_office_with_an_opening_clause_and_adding_a_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Having heard the report, the Kazakh President pointed out … He believes …`: the sentence before names the
    office and no one, so `He` is its holder, not the mayor named before it; `…, adding the reason is unclear` is a
    second quote of the same speaker, though no `that` follows `adding`."""
    doc = annotate(
        pipeline,
        " date 2022-05-01\nTitle\n\nAlmaty Mayor Bakytzhan Sagintayev briefed the Head of State on the program.\n\n"
        "Having heard the report, the Kazakh President pointed out that the main objective should be a safe urban "
        "environment. He believes that park areas need to be convenient for local residents.\n\n"
        "Minister Nuryshev reminded that Kazakhstan is not a side to the tensions, adding the reason for the "
        "statement is unclear.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], q.speaker_entity_id) for q in doc.quotes] == [
        ("the main objective s", "per:kassym-jomart-tokayev"),
        ("park areas need to b", "per:kassym-jomart-tokayev"),
        ("Kazakhstan is not a ", "per:shakhrat-nuryshev"),
        ("the reason for the s", "per:shakhrat-nuryshev"),
    ]


def test_english_bodies_of_a_place_are_named_place_first(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`the region's administration` and `the education office of Kostanay region` are named as Kazakh English news
    names bodies, the place first and capitalised (Zhambyl Region Administration, Kostanay Region Education Office);
    `office` heads a body."""
    doc = annotate(
        pipeline,
        "Title\n\nZhambyl region hosted a forum. According to the region's administration, 5,000 people attended.\n\n"
        "Kostanay region opened schools. The education office of Kostanay region reported that 13 new schools were "
        "built.\n",
    )
    names = speaker_names(pipeline, doc)
    assert names == ["Zhambyl Region Administration", "Kostanay Region Education Office"]


def test_chinese_speakers_of_this_round_preposition_criticised_and_cited_source(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`总统向贵宾…表示`: 向 is the preposition, no person 向贵宾; `- 总理批评称。` is the premier's;
    `副部长指出，根据气象部门的预测，…` quotes the deputy minister citing a forecast, from 根据 on, not the weather
    service."""
    doc = annotate(
        pipeline,
        " date 2025-05-01\n标题\n\n哈萨克斯坦总统托卡耶夫会见了欧洲理事会主席。\n\n"
        "总统向贵宾的到访表示热烈的欢迎,并强调指出,发展同欧盟的伙伴关系是外交政策的主要方向之一。\n\n"
        "副部长指出，根据气象部门的预测，今年夏季将异常干旱。\n\n"
        "- 多个州至今未完成居民点周边干草清理工作。- 总理批评称。\n",
    )
    assert "向贵宾" not in {doc.span(m.start, m.end) for m in doc.mentions}
    assert [(doc.span(q.start, q.end)[:8], q.speaker_entity_id) for q in doc.quotes] == [
        ("发展同欧盟的伙伴", "per:kassym-jomart-tokayev"),
        ("根据气象部门的预", None),
        ("多个州至今未完成", "per:olzhas-bektenov"),
    ]


def test_english_title_holder_is_not_the_next_person_of_a_list(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X, Chairman of the Senate of the Kazakh Parliament, and Y, Ambassador …`: the chairman is X, not Y whom the
    list names next; `the Kazakh Senate Chairman` is X, though Y's description follows the word Kazakh."""
    doc = annotate(
        pipeline,
        " date 2021-04-23\nTitle\n\nA meeting between Maulen Ashimbayev, Chairman of the Senate of the Kazakh "
        "Parliament, and Aleksey Borodavkin, Ambassador of Kazakhstan to Russia has taken place today.\n\n"
        "Noting the importance of cross-border cooperation, the Kazakh Senate Chairman said that cross-border trade "
        "accounts for 70% of the trade turnover.\n\nThe Kazakh Senate Speaker also noted that relations develop "
        "effectively.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:maulen-ashimbayev", "per:maulen-ashimbayev"]


def test_chinese_question_put_to_someone_is_reported_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`议员X向政府成员提问，…`: the deputy's question, reported (``reporting_verbs.tsv``: 提问)."""
    doc = annotate(pipeline, "标题\n\n议员叶尔穆拉特·巴佩向政府成员提问，哈萨克斯坦何时能够全面过渡到拉丁字母。\n")
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("哈萨克斯坦何时能够全面过渡到拉丁字母。", "per:yermurat-bapi")
    ]


def test_chinese_pronoun_after_a_title_inside_someones_words_is_that_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X指出，A。总统托卡耶夫高度重视…。` then `他强调，…`: the President opens a sentence of X's words, so 他 is X,
    who goes on speaking, not the President."""
    doc = annotate(
        pipeline,
        "标题\n\n副总理哈勒姆詹·阔伊什巴耶夫在全体会议发言中指出,哈萨克斯坦与欧盟保持着良好势头。"
        "总统哈斯穆-卓玛尔特·托卡耶夫高度重视与欧盟的多领域合作。\n\n他强调,哈萨克斯坦正在推进国民经济结构性改革。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:galymzhan-koishybayev", "per:galymzhan-koishybayev"]


def test_chinese_cue_as_a_noun_is_no_report(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`鉴于…的预测，`: a forecast, after 的, opens no report; `在回答记者相关提问时，X强调…`: 提问 is when he
    spoke, X's words follow 强调; `明确指出货物的收货方，…`: a short noun object before a comma, no report."""
    doc = annotate(
        pipeline,
        "标题\n\n鉴于夏季高温干旱的预测,政府总理指示各地区行政长官,各部门必须迅速协调行动。\n\n"
        "在回答记者相关提问时,朱曼哈林强调哈萨克斯坦是一个独立自主的国家。\n\n"
        "这些文件应明确指出货物的收货方，并能清楚体现应缴纳的关税情况。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["哈萨克斯坦是一个独立自主的国家。"]


def test_english_name_inside_a_titles_body_is_not_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`said President of Jas Qyran … League of Kazakhstan Berik Kaniyev`: a name the tagger read inside the body the
    title is of is no speaker; the name after the title speaks."""
    doc = annotate(
        pipeline,
        'Title\n\n"Our main goal is to ensure that children enjoy sport," said President of Jas Qyran Children and '
        "Youth Football League of Kazakhstan Berik Kaniyev.\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["Berik Kaniyev"]


def test_chinese_belief_after_a_cue_reports_a_clause_whatever_its_first_words(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`并表示相信通过共同努力，将…`: 表示相信 reports the clause, though its first words hold no verb jieba tags."""
    doc = annotate(
        pipeline, "标题\n\n双方确认了合作的愿望，并表示相信通过共同努力，将在两国之间建立稳定、高效的交通走廊。\n"
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["通过共同努力，将在两国之间建立稳定、高效的交通走廊。"]


def test_english_clause_without_that_whose_verb_takes_by_and_an_amount(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The Minister noted the country's GDP grew by 4.4%`: `grew by 4.4%` is the clause's verb and how much, not a
    participle before its agent (`led by the Chairman`)."""
    doc = annotate(pipeline, "Title\n\nThe Minister noted the country's GDP grew by 4.4% in the first quarter.\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the country's GDP grew by 4.4% in the first quarter."]


def test_a_description_before_a_name_runs_over_and_but_not_over_a_comma() -> None:
    """The title before a name is read back to the last mark, over `and` inside the title (`Minister of Trade and
    Integration X`), not over the comma that ends another person's description."""
    from pipeline.quotes import _office_before

    text = "Minister of Trade and Integration Arman Shakkaliyev"
    assert _office_before(text, text.index("Arman")) == (True, "minister")
    text = "Aibek Smadiyarov, Minister of Foreign Affairs, and Marat Karabayev"
    assert _office_before(text, text.index("Marat")) == (False, None)


def test_chinese_a_name_in_quotation_marks_with_its_gloss_opens_reported_speech(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`表示，“全球门户”（Global Gateway）项目…`: a name in marks and its bracketed English name open a clause that goes
    on, reported speech; the name alone in marks is no direct quote."""
    doc = annotate(pipeline, "标题\n\n执行董事表示，“数字丝路”（Digital Silk Road）项目将连接中亚与欧洲。\n")
    assert [(doc.span(q.start, q.end), q.kind) for q in doc.quotes] == [
        ("“数字丝路”（Digital Silk Road）项目将连接中亚与欧洲。", "indirect")
    ]


@pytest.mark.parametrize(
    ("guest", "speaker"),
    [("杰伦·居文·居雷斯", "per:zh:杰伦·居文·居雷斯"), ("努尔兰·卡西莫夫", "per:aida-balayeva")],
)
def test_a_pronoun_after_a_subject_whose_name_says_no_gender_is_that_subject(
    pipeline, guest: str, speaker: str
) -> None:  # type: ignore[no-untyped-def]
    """`X…给予肯定。她表示，…`: the subject of the sentence before is the pronoun's antecedent when her name ends as
    neither a woman's nor a man's, not the woman named before her; a name that ends as a man's is not `她`."""
    doc = annotate(
        pipeline,
        f"标题\n\n阿依达·巴拉耶娃会见了{guest}。{guest}在会谈中对合作进展给予肯定。她表示，双方的合作已进入第二阶段。\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == [speaker]


def test_english_answering_something_concluding_after_and_a_source_cited_before_a_trailing_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, the bodies responded to the situation.` answers something and reports no words (`…, he replied to
    reporters` does); `…, concluded X.` is written before its speaker as `said X` is; `According to the offices'
    information, A, said X.`: X speaks and cites the offices, his words include the citation."""
    doc = annotate(
        pipeline,
        "Title\n\nAll the services including the Emergency Ministry, akimats and other state bodies responded to "
        "the situation.\n\nThe tariffs will not rise this year, the minister replied to reporters.\n\n"
        "Moreover, it is planned to plant forests on 275 thousand ha of land, concluded Daniyar Turgambayev.\n\n"
        "According to the offices' information, 10.3 million trees were planted in settlements, said Turgambayev.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("The tariffs will not rise this year", "the minister"),
        ("Moreover, it is planned to plant forests on 275 thousand ha of land", "Daniyar Turgambayev"),
        ("According to the offices' information, 10.3 million trees were planted in settlements", "Turgambayev"),
    ]


def test_english_a_name_set_off_before_an_office_field_with_and_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Addressing the meeting, X, Minister of Ecology, Geology and Natural Resources noted that …`: X speaks; the
    office's field after its comma (`Geology and Natural Resources`) is no person."""
    doc = annotate(
        pipeline,
        "Title\n\nAddressing the meeting, Serikkali Brekeshev, Minister of Ecology, Geology and Natural Resources "
        "noted that the target amount of investments stands at KZT2.5tln.\n",
    )
    assert [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"] == ["Serikkali Brekeshev"]
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:serikkali-brekeshev"]


def test_a_pronoun_inside_a_source_set_off_mid_sentence_is_the_subject_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`For his part, Minister of Ecology X touched upon …. Of the total volume, in his words, …`: the pronoun of a
    source set off inside the sentence stands for the subject of the sentence before, named after a short opener and
    a title, not for the Premier who spoke earlier."""
    doc = annotate(
        pipeline,
        "Title\n\n«Water is scarce,» the Premier Alikhan Smailov said.\n\nFor his part, Minister of Ecology, Geology "
        "and Natural Resources Serikkali Brekeshev touched upon water scarcity.\n\nOf the total volume of water "
        "extraction, in his words, some 11.6 cubic meters fall at continuous flow irrigation.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:alikhan-smailov", "per:serikkali-brekeshev"]


def test_chinese_a_report_that_ends_by_announcing_its_list_is_reported(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`部长称，该法案将涵盖一系列内容，包括：` reports what the bill covers before its list; a bare announcement
    (`他介绍，具体措施如下：`) is no one's words."""
    doc = annotate(
        pipeline,
        "标题\n\n部长称，该法案将涵盖一系列内容，包括：\n\n·设定女性退休年龄。\n\n"
        "他介绍，具体措施如下：\n\n- 加强监管。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["该法案将涵盖一系列内容，包括"]


def test_chinese_according_to_someones_account_leaves_de_out_of_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`根据部长的介绍，…`, `据他的介绍，…`: the speaker is 部长 or 他, not `部长的`; 他 is the minister before."""
    doc = annotate(
        pipeline,
        "标题\n\n根据部长的介绍，今年建筑业总产值达到6.9万亿坚戈。\n\n部长哈纳特·沙尔拉帕耶夫出席会议。据他的介绍，"
        "明年产值将继续增长。\n",
    )
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["部长", "他"]
    assert doc.quotes[1].speaker_entity_id == "per:kanat-sharlapayev"


def test_said_as_an_adjective_topics_inserted_sources_and_company_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The said works` (the works just named) carries `According to X,` on, no new speaker `The`; a verb of saying
    before `how`, after a day too, tells a topic; a source set off right before quotation marks says the words in
    them; a company named with `company` after its name speaks as that company."""
    doc = annotate(
        pipeline,
        "Title\n\nAccording to the Ecology Ministry, cleaning of 535km of channels is carried out. The said works are "
        "to be completed by the end of June.\n\nAkim Nurlan Nogayev revealed Wednesday how the problems of water "
        "shortage will be solved.\n\nHe criticized the local airport, which, in his words, «does not comply with its "
        "international status.»\n\nAccording to Kazakhstan Temir Zholy company, about 1 million tons of coal was "
        "delivered.\n",
    )
    quotes = [(doc.span(q.start, q.end), q.kind, pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes]
    assert quotes == [
        (
            "cleaning of 535km of channels is carried out. The said works are to be completed by the end of June.",
            "indirect",
            "Ecology Ministry",
        ),
        ("does not comply with its international status.", "direct", "Nurlan Nogayev"),
        ("about 1 million tons of coal was delivered.", "indirect", "Kazakhstan Temir Zholy"),
    ]


def test_english_attributions_after_an_apposition_and_over_sentences(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, X, the head of the Department … said, Trend.az reports.`: X's words (the comma after the apposition left
    out, an outlet with a dot in its name relaying them); `«A. B. C,» he said` after `X … emphasized the importance
    of …`: the pronoun is X, the subject of the sentence before the quotation, not who spoke before him."""
    doc = annotate(
        pipeline,
        "Title\n\nInvestments in the region reached 354.9 billion tenge in 2023, Kuandyk Kassymov, the head of the "
        "Department of Industrial Development said, Trend.az reports.\n\nHe highlighted that industry took the lead in "
        "attracting investments.\n\nDuring the meeting, Eraly Tugzhanov, the head of the regional government, "
        "emphasized the importance of attracting investments.\n\n«The president instructed us to increase our "
        "efforts. Growth relies on investments. Therefore, it is crucial to meet the targets,» he said.\n",
    )
    assert [(doc.span(q.start, q.end)[:20], pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes] == [
        ("Investments in the r", "Kuandyk Kassymov"),
        ("industry took the le", "Kuandyk Kassymov"),
        ("The president instru", "Yeraly Tugzhanov"),
    ]


def test_english_second_reports_and_participles_without_that(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`… and wished them success`: the speaker acts after the words; `… and expressed hope it will …`: a second report
    of the same speaker; `X extended congratulations …, noting this is the first time …`: the participle's clause is
    X's; `A, X said Friday, adding B`: A and B are X's, not the subject of A's (`The UN`)."""
    doc = annotate(
        pipeline,
        "Title\n\nHe highlighted that the athletes have a responsible mission to represent the country and wished them "
        "success.\n\nMinister Raimkulova reminded that salaries will be doubled in two years and expressed hope it "
        "will have a tremendous effect on education.\n\nGovernor Nurlan Urankhayev extended his congratulations on "
        "the Abai Day, noting this is the first time the holiday is marked in the region.\n\nThe UN unveiled its "
        "office in Almaty back in 1993, Kairat Umarov said Friday, adding Kazakhstan will further cooperate with the "
        "organization.\n",
    )
    assert [(doc.span(q.start, q.end), doc.span(q.speaker_start, q.speaker_end)) for q in doc.quotes] == [
        ("the athletes have a responsible mission to represent the country", "He"),
        ("salaries will be doubled in two years", "Raimkulova"),
        ("it will have a tremendous effect on education.", "Raimkulova"),
        ("this is the first time the holiday is marked in the region.", "Nurlan Urankhayev"),
        ("The UN unveiled its office in Almaty back in 1993", "Kairat Umarov"),
        ("Kazakhstan will further cooperate with the organization.", "Kairat Umarov"),
    ]


def test_a_russian_title_goes_to_a_person_of_its_verbs_gender(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Вице-премьер заверил …` after a woman spoke: the verb's -л says a man, so the man the title names (in the
    headline, in the accusative), not the woman quoted last."""
    doc = annotate(
        pipeline,
        "Жители села попросили Бердибека Сапарбаева решить вопрос водой\n\n«Мы много лет просим эту воду», - "
        "обратилась пенсионерка Любовь Берюкова.\n\nВице-премьер заверил сельчан, что данный вопрос будет решён.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:ru:Любовь Берюкова", "per:berdibek-saparbayev"]


def test_a_regional_body_after_a_regional_centre_is_that_regions(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`KOKSHETAU. KAZINFORM …, the regional internal policy department reports`, `в Уральске … в областном акимате`:
    the article names the region's centre, not the region; Taldykorgan was the Almaty region's centre until 2022,
    the Zhetysu region's since (``regional_centres.tsv``)."""
    doc = annotate(
        pipeline,
        " date 2021-09-18\nTitle\n\nKOKSHETAU. KAZINFORM The Regional Theatre Festival kicked off in Kokshetau, the "
        "regional internal policy department reports.\n",
    )
    assert speaker_names(pipeline, doc) == ["Akmola Region Internal Policy Department"]
    text = "Заголовок\n\nВ {} прорвало трубу.\n\nКак сообщили в областном акимате, трубу починили.\n"
    names = [
        speaker_names(pipeline, annotate(pipeline, f" date {date}\n" + text.format(city)))
        for date, city in (("2021-09-18", "Уральске"), ("2019-09-18", "Талдыкоргане"), ("2023-09-18", "Талдыкоргане"))
    ]
    assert names == [["West Kazakhstan Region Akimat"], ["Almaty Region Akimat"], ["Zhetysu Region Akimat"]]
    doc = annotate(  # a region named by its abbreviation is a region too
        pipeline,
        "В ВКО выявлены случаи гриппа\n\nПо данным областного департамента санитарно-эпидемиологического контроля, "
        "температура поднимается до 40 градусов.\n",
    )
    assert speaker_names(pipeline, doc) == ["East Kazakhstan Region Department of Sanitary and Epidemiological Control"]


def test_an_english_trailing_attribution_after_a_sentence_pointing_back_takes_the_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`A. They are …, Tokayev noted.`, `A. The majority of them …, according to X.`: the sentence before the
    attribution goes on from the one before it, so both are the speaker's; a sentence that points back to nothing
    (`The work … will be continued, X said.`) takes only itself."""
    doc = annotate(
        pipeline,
        "Title\n\nKazakhstani athletes compete at major world competitions. They are an example to the growing "
        "generation, Tokayev noted.\n\nThe number of charity organizations has increased in two years. The majority "
        "of them help orphaned children, according to Minister Daniyar Kadyrov.\n\nThe President was reported on the "
        "plans. The work on the selection process will be continued, Denis Shipp said.\n",
    )
    assert [doc.span(q.start, q.end)[:30] for q in doc.quotes] == [
        "Kazakhstani athletes compete a",
        "The number of charity organiza",
        "The work on the selection proc",
    ]


def test_a_chinese_modal_with_no_subject_before_a_verb_of_saying_reports_no_one(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`因此，可以明确地说，…` (one can clearly say) is the speaker's own aside: no unnamed report of its own, and the
    statement before it runs on over it; a subject before the modal is still a report (`部长表示，可以说…`)."""
    doc = annotate(
        pipeline,
        "标题\n\n达德巴伊出席会议。他指出，新宪法草案体现了总统的理念。因此，可以明确地说，托卡耶夫总统是新宪法的主要作者。\n",
    )
    assert [(doc.span(q.speaker_start, q.speaker_end), doc.span(q.start, q.end)[-8:]) for q in doc.quotes] == [
        ("他", "宪法的主要作者。")
    ]
    doc = annotate(pipeline, "标题\n\n部长表示，可以说今年收成很好。\n")
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["部长"]


@pytest.mark.parametrize(
    ("paragraph", "content", "speaker"),
    [
        # what the speaker is, then the name set off by commas, then the verb
        (
            "Construction of a Kazakh theater is planned in Astana, the mayor's press secretary, Elvira "
            "Zhurgenbayeva, has announced on Facebook.",
            "Construction of a Kazakh theater is planned in Astana",
            "per:elvira-zhurgenbayeva",
        ),
        # an office whose fields are listed with commas, then the name
        (
            "According to Minister of Digital Development, Innovations, and Aerospace Industry, Zhaslan Madiev, an "
            "operational headquarters has been set up.",
            "an operational headquarters has been set up.",
            "per:zhaslan-madiyev",
        ),
        # where the source's words appeared is no part of them
        (
            "According to the capital's Department of Culture, published on its website, there are 6 theaters in "
            "Astana.",
            "there are 6 theaters in Astana.",
            "org:en:Department of Culture",
        ),
        # a woman's surname in -ina after a body and an office: a person, whom `she` stands for
        (
            "More observers are expected, Kazinform learnt from the Central Election Commission member Zauresh "
            "Baimoldina.\n\n‘The accreditation of observers will begin soon,' she said.",
            "The accreditation of observers will begin soon,",
            "per:en:Zauresh Baimoldina",
        ),
    ],
)
def test_english_sources_set_off_by_commas_around_their_offices(  # type: ignore[no-untyped-def]
    pipeline, paragraph: str, content: str, speaker: str
) -> None:
    """A speaker whose office is set off by commas before or after the name, or an office whose fields are listed
    with commas: the name speaks."""
    doc = annotate(pipeline, f"Title\n\n{paragraph}\n")
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [(content, speaker)]


def test_english_a_name_after_of_and_a_title_is_no_trailing_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`…, the press service of the President, X, reported`: X holds the office the press service serves; X did not
    report it."""
    doc = annotate(
        pipeline,
        "Title\n\nKazakhstan will host the summit in 2025, the press service of the President, Kassym-Jomart "
        "Tokayev, reported.\n",
    )
    assert "per:kassym-jomart-tokayev" not in [q.speaker_entity_id for q in doc.quotes]


def test_english_reported_on_this_makes_the_sentence_before_the_speakers(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`X reported on this at the session`: the sentence before is X's (Russian `Об этом сообщил X`); `reported on
    this year's harvest` reports nothing said before it."""
    doc = annotate(
        pipeline,
        "Title\n\nIn 11 months of 2019, the state budget received more than 8 trillion tenge. Minister of Finance "
        "Alikhan Smailov reported on this at the government session.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("In 11 months of 2019, the state budget received more than 8 trillion tenge.", "per:alikhan-smailov")
    ]
    doc = annotate(pipeline, "Title\n\nWheat prices rose in May. The ministry reported on this year's harvest.\n")
    assert doc.quotes == []


def test_english_a_bank_is_a_body_whose_head_word_speaks_and_heads_an_office(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`Chairman of the Bank Daniyar Akishev`: the person after the body's head, not a body that runs into him; `the
    bank said` is the last bank named."""
    doc = annotate(
        pipeline,
        "Title\n\nThe National Bank will likely raise the rates. Chairman of the Bank Daniyar Akishev told it at a "
        "briefing.\n\nThe bank said that the rates will rise in May.\n",
    )
    assert [(doc.span(m.start, m.end), m.label) for m in doc.mentions if m.label != "LOC"] == [
        ("National Bank", "ORG"),
        ("Daniyar Akishev", "PER"),
    ]
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:daniyar-akishev", "org:en:National Bank"]


def test_english_a_quotation_after_on_or_titled_is_a_title_not_a_quote(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`… the 4th MSEAP on «Greater Eurasia: Dialogue. Trust. Partnership», Kazinform reports.`: the marks hold the
    forum's title; a quotation opening its sentence is still someone's words."""
    doc = annotate(
        pipeline,
        "Title\n\nDariga Nazarbayeva met delegations on the sidelines of the 4th MSEAP on «Greater Eurasia: "
        "Dialogue. Trust. Partnership», Kazinform reports.\n",
    )
    assert doc.quotes == []
    doc = annotate(pipeline, "Title\n\n“We will win the next match on Sunday,” Dariga Nazarbayeva said.\n")
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["We will win the next match on Sunday,"]
    # a verb's own preposition before quoted words in lower case: someone's words
    doc = annotate(
        pipeline,
        "Title\n\nTokayev called on “all citizens to take part in the referendum and vote for the future,” the "
        "Akorda press service reported.\n",
    )
    assert [doc.span(q.start, q.end)[:20] for q in doc.quotes] == ["all citizens to take"]


def test_english_a_long_title_after_its_noun_stays_inside_the_quotation_around_it(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`"… the article "The Course into the Future: Spiritual Modernization", put into life …," she wrote.`: the
    inner marks hold the article's title, seven words long; the quotation runs from the first mark to the last."""
    doc = annotate(
        pipeline,
        'Title\n\nElvira Zhurgenbayeva spoke at the briefing.\n\n"It is planned that a Kazakh theater will be built. '
        'This fulfills one of the focuses of the article "The Course into the Future: Spiritual Modernization", put '
        'into life by the Akimat of Astana," she wrote.\n',
    )
    assert [doc.span(q.start, q.end)[:20] for q in doc.quotes] == ["It is planned that a"]
    assert doc.span(doc.quotes[0].start, doc.quotes[0].end).endswith("the Akimat of Astana,")


def test_chinese_the_police_speak_unnamed_for_their_own_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`警方透露，A。针对…，警方提醒…`: the police are an unnamed source whose statement is its own sentence; the
    reminder after it is an appeal, not more of what they disclosed."""
    doc = annotate(
        pipeline,
        "标题\n\n警方透露，2024年在境外成功阻断7个诈骗呼叫中心，另在境内捣毁6个非法呼叫中心。"
        "针对诈骗手段多样化趋势，警方提醒公众遵守基本网络安全原则。\n",
    )
    assert [(doc.span(q.start, q.end)[-9:], q.speaker_entity_id) for q in doc.quotes] == [("6个非法呼叫中心。", None)]


def test_he_after_a_quotation_is_the_holder_of_the_title_that_opened_the_sentence_before(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`The Prime Minister set a task …. "A. B," he said.`: the prime minister named before, not the person who spoke
    two paragraphs earlier."""
    doc = annotate(
        pipeline,
        " date 2024-08-23\nTitle\n\nPrime Minister Olzhas Bektenov visited Zhylandy mine.\n\nChairman of the Directors "
        "Board of LLP Kazakhmys Nurakhmet Nuriyev reported to Olzhas Bektenov on the company's activity.\n\n"
        "According to him, the "
        "Corporation bought goods from the local producers.\n\nThe Prime Minister set a task not to slow down these "
        'paces.\n\n"The Head of State noted the importance of the mining complex. We need to increase the reserves '
        'of raw materials," he said.\n',
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["per:en:Nurakhmet Nuriyev", "per:olzhas-bektenov"]


def test_chinese_a_title_that_begins_a_bodys_name_opens_no_titled_sentence(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`总统办公厅相关负责人证实，…。他指出，…`: 总统 begins the presidential office's name; the pronoun is the
    speaker who went on before (达德巴伊), not the President."""
    doc = annotate(
        pipeline,
        " date 2026-03-02\n标题\n\n阿依别克·达德巴伊指出，公投筹备工作正在推进。\n\n"
        "达德巴伊表示，总统仍对宪法草案投入大量精力。总统办公厅相关负责人证实，总统甚至在夜间亲自审阅文本。\n\n"
        "他指出，新宪法草案充分体现了总统的政治理念。\n",
    )
    assert doc.quotes[-1].speaker_entity_id == "per:aibek-dadebay"


def test_chinese_an_added_statement_runs_on_over_its_paragraph(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`他还补充道，A。B。`: 补充道 reports without quotation marks too, and runs on as `补充说` and `表示` do; after a
    quotation (`“…”他补充道。`) it stays the quotation's verb."""
    doc = annotate(
        pipeline,
        "标题\n\n市长介绍了规划。他还补充道，山区目前有1500块未开发的农业用地。下一阶段将对总体规划进行修订。\n\n"
        "“我们会继续努力。”他补充道。\n",
    )
    assert [(doc.span(q.start, q.end), q.kind) for q in doc.quotes] == [
        ("山区目前有1500块未开发的农业用地。下一阶段将对总体规划进行修订。", "indirect"),
        ("我们会继续努力。", "direct"),
    ]


def test_english_present_tense_verbs_of_assertion_report_a_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`He asserts that …`, `He points out that …`: the present forms report as the past ones do; `The report
    highlights the growth` (a noun object) reports nothing, nor `In his remarks` (a noun, no verb)."""
    doc = annotate(
        pipeline,
        "Title\n\nMarat Omarov spoke at the forum. He asserts that the telecommunications market is a natural "
        "monopoly.\n\nThe report highlights the growth of exports.\n",
    )
    assert [(doc.span(q.start, q.end), q.speaker_entity_id) for q in doc.quotes] == [
        ("the telecommunications market is a natural monopoly.", "per:en:Marat Omarov")
    ]
    doc = annotate(
        pipeline,
        "Title\n\nMarat Omarov spoke at the forum. He points out that the market is a natural monopoly.\n\n"
        "In his remarks Marat Omarov emphasized the need for repair works.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the market is a natural monopoly."]  # remarks: a noun


def test_chinese_speakers_named_in_latin_or_cyrillic_letters_are_persons(pipeline) -> None:  # type: ignore[no-untyped-def]
    """A Chinese article that leaves a name in its original letters (`部长Арнур Рахимбеков表示`) names the speaker by
    it: the speaker phrase, which stops at the name's space, is the whole name, and a Latin name that opens with a
    given name is a person, not a body."""
    doc = annotate(
        pipeline,
        "标题\n\n哈萨克斯坦教育部部长Арнур Рахимбеков表示，学校将于9月1日开学。\n\n"
        "Berik Tabynbayev说：“我们已经准备好了。”\n\n据Kairat Almaty俱乐部消息，球队将于9月1日出发。\n",
    )
    assert speaker_names(pipeline, doc) == ["Arnur Rakhimbekov", "Berik Tabynbayev"]
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["Арнур Рахимбеков", "Berik Tabynbayev"]
    labels = {doc.span(m.start, m.end): m.label for m in doc.mentions}
    assert labels["Berik Tabynbayev"] == "PER"
    assert labels["Kairat Almaty俱乐部"] == "ORG"  # a kind of body after it: the club, though Kairat is a name


def test_an_english_clause_after_a_weekday_starts_at_its_subject(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nMinister of Labor Serik Shapkenov said Tuesday Kazakhstan’s labor market has been growing.\n\n"
        "Energy Minister Almasadam Satkaliyev said Tuesday KEGOC has raised tariffs.\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "Kazakhstan’s labor market has been growing.",  # not `Tuesday Kazakhstan’s …`: a possessive subject
        "KEGOC has raised tariffs.",  # not `Tuesday KEGOC …`: the weekday is when it was said
    ]


def test_the_chinese_abbreviation_of_the_election_commission_speaks_as_the_commission(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(pipeline, "标题\n\n中选委称，本次选举投票率达96.2%。\n")
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:central-election-commission-of-kazakhstan"]


def test_an_english_body_named_in_capitals_after_an_inverted_verb_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe unemployment rate has declined in Kazakhstan recently, claims the Ministry of Labor and Social "
        "Protection of the Population, Kazinform correspondent reports.\n\n"
        "Oil output rose by 3 percent in the first half of the year, says the Ministry of Energy.\n",
    )
    found = {doc.span(q.start, q.end): q.speaker_entity_id for q in doc.quotes}
    assert found == {
        "The unemployment rate has declined in Kazakhstan recently": (
            "org:ministry-of-labor-and-social-protection-of-the-population-of-kazakhstan"
        ),
        "Oil output rose by 3 percent in the first half of the year": "org:ministry-of-energy-of-kazakhstan",
    }


def test_a_bare_presidents_title_is_not_the_byline_under_a_headline_nor_a_foreign_president_named_later(  # type: ignore[no-untyped-def]
    pipeline,
) -> None:
    english = annotate(
        pipeline,
        " date 2020-12-10\nMosque sermons should call to humanism, Kazakh President\n\nZhanna Nurmaganbetova\n\n"
        "«Since the early independence the Spiritual Administration helps keep peace,» Kassym-Jomart Tokayev said.\n\n"
        "The President stressed that it is crucial to call all to peace and mutual respect.\n",
    )
    assert {q.speaker_entity_id for q in english.quotes} == {"per:kassym-jomart-tokayev"}
    russian = annotate(
        pipeline,
        " date 2025-11-04\nПрезидент Казахстана принял американского сенатора\n\n"
        "Глава государства выразил признательность за официальное заявление Конгресса.\n\n"
        "В завершение Президент сообщил, что принял решение наградить сенатора орденом «Достық».\n\n"
        "Напомним, Глава государства проведет переговоры с Президентом США Дональдом Трампом.\n",
    )
    assert [q.speaker_entity_id for q in russian.quotes] == ["per:kassym-jomart-tokayev"]
    # a title of many offices still takes the one named after it with that title
    minister = annotate(
        pipeline,
        " date 2025-05-01\nTitle\n\nМинистр отметил, что торговля растет.\n\n"
        "Премьер-министр Олжас Бектенов провел совещание с министром торговли Арманом Шаккалиевым.\n",
    )
    assert [q.speaker_entity_id for q in minister.quotes] == ["per:arman-shakkaliyev"]
    # a foreign leader opening the sentence does not take a bare 总统 from the home one
    chinese = annotate(
        pipeline,
        " date 2025-05-01\n标题\n\n俄罗斯总统普京与哈萨克斯坦总统托卡耶夫在阿斯塔纳举行会谈。\n\n"
        "总统表示，两国关系发展顺利。\n",
    )
    assert [q.speaker_entity_id for q in chinese.quotes] == ["per:kassym-jomart-tokayev"]


def test_a_chinese_statement_stops_at_the_speakers_act_told_after_an_occasion(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫认为，独联体证明了其作为国际机制的必要性。"
        "在独联体成立35周年之际，他提出多项旨在发展成员国战略伙伴关系的建议。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["独联体证明了其作为国际机制的必要性。"]
    # on the basis of something, `he` may be the one the statement is about: it goes on
    other = annotate(
        pipeline,
        "标题\n\n达德巴伊透露，总统对新宪法草案的起草工作给予高度重视。在此基础上，他与专家团队对条款进行反复修改。\n",
    )
    assert [other.span(q.start, q.end) for q in other.quotes] == [
        "总统对新宪法草案的起草工作给予高度重视。在此基础上，他与专家团队对条款进行反复修改。"
    ]
    others = annotate(pipeline, "标题\n\n专家认为，全球经济面临下行压力。在全球经济动荡之际，他国经验值得借鉴。\n")
    assert [others.span(q.start, q.end) for q in others.quotes] == [
        "全球经济面临下行压力。在全球经济动荡之际，他国经验值得借鉴。"  # 他国: other countries, not him
    ]


def test_an_english_name_after_a_participle_is_its_object_and_the_subject_after_the_comma_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nWhile meeting Blinken, Kazakh leader Tokayev said that since the moment of establishment of "
        "diplomatic relations, Kazakhstan and the U.S. had built exemplary interaction.\n",
    )
    assert english_speakers(pipeline, doc) == {"since the mo": "Kassym-Jomart Tokayev"}


def test_a_second_act_of_the_english_subject_ends_what_was_reported(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe U.S. Secretary of State said that the partnership between the countries is strong and keeps "
        "developing as well as expressed commitment to sovereignty of Kazakhstan.\n\nThe minister said that the "
        "economy grew by 5 percent and expressed hope for further growth.\n\nHe noted that Kazakhstan needs "
        "investments as well as advanced technologies from abroad.\n",
    )
    reported = [doc.span(q.start, q.end) for q in doc.quotes]
    assert reported == [
        "the partnership between the countries is strong and keeps developing",  # then the subject's own act
        "the economy grew by 5 percent",  # a verb of saying with a noun object, no clause: no quote of its own
        "Kazakhstan needs investments as well as advanced technologies from abroad.",  # an adjective, no act
    ]


def test_a_pronoun_after_a_passive_reception_points_back_to_the_speaker_not_the_host(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nUK Foreign Secretary James Cleverly will visit Kazakhstan on March 17-18, Official Spokesperson of "
        "the Kazakh Foreign Office Aibek Smadiyarov said at a briefing in Astana.\n\nDuring the visit, James Cleverly "
        "will be received by President of Kazakhstan Kassym-Jomart Tokayev and Prime Minister Alikhan Smailov, he "
        "added.\n\nAccording to him, negotiations with the leadership of the Kazakh Ministry of Foreign Affairs will "
        "take place too.\n",
    )
    # `received by X` names the host, no guest the pronoun could mean: he is who spoke before
    assert english_speakers(pipeline, doc)["negotiations"] == "Aibek Smadiyarov"


def test_a_chinese_press_secretary_named_by_title_and_ua_written_wa(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈通社/努尔苏丹/12月4日 —— 总统新闻秘书别热克·瓦里4日表示,总统将对德国进行正式访问。\n\n"
        "新闻秘书称,总统谈及了即将举行的会谈以及双边合作关系现状。\n",
    )
    # 瓦 writes the Kazakh уа as well as ва (瓦里 Уали); 新闻秘书 alone is the press secretary named before
    assert set(english_speakers(pipeline, doc).values()) == {"Berik Uali"}


def test_a_russian_impersonal_report_dated_in_the_past_is_a_back_reference(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nВ середине октября этого года сообщалось, что в Мангистау предприниматели продавали газ в "
        "другие регионы.\n\nВ прошлом году отмечалось, что цены выросли.\n\nВ ходе заседания сообщалось, что работы "
        "завершены.\n\nВ годовом отчете отмечалось, что доходы выросли.\n",
    )
    # dated reports are earlier news; a report set in an event or a document is said there, by no one named
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["работы завершены.", "доходы выросли."]


def test_a_person_the_tagger_ran_into_a_body_before_her_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nBEIJING. KAZINFORM - China is ready to work with Kazakhstan, said official spokesperson of the "
        "Chinese MFA Mao Ning, Kazinform correspondent reports.\n\nMao Ning reminded that the two countries signed "
        "the agreement.\n",
    )
    persons = [doc.span(m.start, m.end) for m in doc.mentions if m.label == "PER"]
    assert persons == ["Mao Ning", "Mao Ning"]  # the body's span gives up the name written as a person later
    assert english_speakers(pipeline, doc)["China is rea"] == "Mao Ning"


def test_a_that_after_what_a_verb_of_saying_talks_of_is_relative(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe Prime Minister reminded of the increased number of accidents that occurred in the last heating "
        "season.\n\nHe said on the sidelines of the forum that the plant will open.\n",
    )
    # `of …` after the verb is what he reminded of, and its `that` a relative; a place and time before `that` are not
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["the plant will open."]


def test_a_russian_occasion_set_off_by_commas_around_the_speaker_of_an_attribution(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\n«Я надеюсь, что мы завершим эту работу», — сказал, выступая на съезде партии, Президент РК "
        "Нурсултан Назарбаев.\n\n— Работа идет по плану, — сказал, отвечая на вопросы журналистов, министр Серик "
        "Жумангарин.\n\nЭкономика растет быстрыми темпами, подчеркнул министр Серик Жумангарин, выступая на заседании "
        "правительства.\n",
    )
    # between the verb and who spoke, or after who spoke: where it was said, no part of the speaker
    assert [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes] == [
        ("Я надеюсь, что мы завершим эту работу", "Nursultan Nazarbayev"),
        ("Работа идет по плану", "Serik Zhumangarin"),
        ("Экономика растет быстрыми темпами", "Serik Zhumangarin"),
    ]


def test_chinese_shuo_dao_before_a_colon_or_comma_reports_and_before_an_object_does_not(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        '标题\n\n总理说到:"500公里的道路建设已正式完工。这将改善村庄和城市的生活质量。"\n\n说到这个问题，他笑了。\n\n'
        "部长说到，今年的收成很好。\n",
    )
    assert [doc.span(q.start, q.end) for q in doc.quotes] == [
        "500公里的道路建设已正式完工。这将改善村庄和城市的生活质量。",  # the whole verb, no 到 left in the words
        "今年的收成很好。",
    ]


def test_chinese_a_report_heard_is_no_ones_words_and_a_report_after_hearing_one_is(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n托卡耶夫总统听取了有关瓦里汗诺夫的生平、军事生涯等介绍,并参观了历史文物。\n\n"
        "总统听取了介绍,并参观了展览。\n\n托卡耶夫总统听取汇报后表示，工作进展顺利。\n",
    )
    # 介绍 as what 听取 takes (hearing_verbs.tsv) is a briefing, a noun; a verb of saying after the hearing reports
    assert [doc.span(q.start, q.end) for q in doc.quotes] == ["工作进展顺利。"]


def test_chinese_a_year_opening_a_sentence_ends_a_statement_and_a_name_in_the_dated_occasion_is_no_subject(
    pipeline,
) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n哈通社/阿斯塔纳/2月9日-今日在纳扎尔巴耶夫总统主持召开的政府扩大会议上,政府总理巴赫特詹·萨金塔耶夫表示,"
        "去年我国共完成新修道路里程500公里。\n\n他表示,我国每年创造约10万个新的就业岗位。2015-2017年期间,建设了约2000"
        "公里道路。\n",
    )
    # the figures of a year the article gives after the statement are its own; 纳扎尔巴耶夫 chairs the meeting (在…上),
    # the prime minister speaks, and 他 is he
    assert [(doc.span(q.start, q.end), pipeline.quotes.name_en(q.speaker_entity_id)) for q in doc.quotes] == [
        ("去年我国共完成新修道路里程500公里。", "Bakytzhan Sagintayev"),
        ("我国每年创造约10万个新的就业岗位。", "Bakytzhan Sagintayev"),
    ]
    plan = annotate(pipeline, "标题\n\n部长表示，今年进展顺利。2025年，我们计划建设100所学校。\n")
    assert [plan.span(q.start, q.end) for q in plan.quotes] == ["今年进展顺利。2025年，我们计划建设100所学校。"]  # his


def test_english_as_before_a_trailing_speaker_is_no_part_of_who_spoke(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nPresident of Kazakhstan Nursultan Nazarbayev has expressed quite a rigid attitude towards "
        'interference with the work of the National Bank, which "should be punished" as he said.\n',
    )
    assert written_speakers(doc) == [("he", "per:nursultan-nazarbayev")]


def test_russian_about_this_with_the_speaker_before_the_verb_and_the_occasion_after(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nПобедительница конкурса Мишель Джозеф из Монголии заявила о намерении выпустить песни на "
        "казахском языке.\n\nОб этом певица рассказала в ходе пресс-конференции в Службе центральных "
        "коммуникаций.\n\n— На финале чувствовала себя отлично, — отметила певица.\n\n— Это был интересный опыт, — "
        "рассказал участник акции.\n",
    )
    # the singer is the woman named before, not `ходе пресс-конференции`; a participant is no one named before
    assert written_speakers(doc) == [
        ("певица", "per:ru:Мишель Джозеф"),
        ("певица", "per:ru:Мишель Джозеф"),
        ("участник акции", None),
    ]


def test_english_outlet_quoted_a_person_with_an_office_set_off_by_commas(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\n9.6 million foreign tourists visited Kazakhstan last year, Kazinform News Agency quoted Nurtas "
        "Karipbayev, Chairman of the Committee for Tourism Industry, as saying at a press briefing today.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "9.6 million foreign tourists visited Kazakhstan last year", "Nurtas Karipbayev")
    ]


def test_russian_kommentiroval_reports_a_that_clause(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Заголовок\n\nТогда экономист Асылбек Куздеубаев комментировал, что укрепление тенге является кратковременным "
        "явлением.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "укрепление тенге является кратковременным явлением.", "Асылбек Куздеубаев")
    ]


def test_english_name_in_marks_before_a_passive_is_no_quotation_and_the_source_runs_on(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        'Title\n\nAccording to T. Mussabayev, space agencies are working on the transition from "Angara" rocket to '
        'the launcher "Zenit". The cost of the complex based on the carrier rocket "Zenith" is estimated to be several '
        'times lower than on the basis of "Angara".\n',
    )
    # `"Zenith" is estimated`: a name and a passive, no words of anyone's; the source's words run on over it
    assert [(kind, content.endswith('the basis of "Angara".')) for kind, content, _, _ in described(doc)] == [
        ("indirect", True)
    ]


def test_chinese_a_relative_clause_with_zai_is_no_occasion_of_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "标题\n\n自2003年以来一直在哈萨克斯坦经营企业的土耳其投资商乌古尔·巴勒在接受采访时表示,他对此感同身受。"
        "部长在阿斯塔纳举行的在线会议上表示，合作很重要。\n",
    )
    assert [speaker for _, _, speaker, _ in described(doc)] == ["乌古尔·巴勒", "部长"]


def test_english_trailing_attribution_with_it_after_the_verb(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nFlood situation in the region remains complicated, Deputy Governor of the region Kanat Duzelbayev "
        "said it at a briefing today, Kazinform News Agency reports.\n",
    )
    assert [(kind, content, speaker) for kind, content, speaker, _ in described(doc)] == [
        ("indirect", "Flood situation in the region remains complicated", "Kanat Duzelbayev")
    ]


def test_english_passive_after_a_sentence_points_back_to_no_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nThe parliament approved the draft law on Monday. The decision was announced at the session.\n\n"
        "The harvest will be good. Minister Aidarbek Saparov announced it at the session.\n",
    )
    # `The decision was announced at …`: what was announced, no one's words; `X announced it at …` points back
    assert [(content, speaker) for _, content, speaker, _ in described(doc)] == [
        ("The harvest will be good.", "Aidarbek Saparov")
    ]


def test_a_report_pointed_back_to_and_a_dative_listener_name_no_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    english = annotate(
        pipeline,
        "Title\n\nIt was reported earlier that the bridge would open in May.\n\n"
        "It was noted that the harvest is good.\n",
    )
    # the agency's earlier story is no quote; `It was noted that …` is one, by no one named
    assert [(content, speaker) for _, content, speaker, _ in described(english)] == [("the harvest is good.", None)]
    russian = annotate(
        pipeline,
        "Заголовок\n\nПрезидент Касым-Жомарт Токаев посетил Алматы.\n\nЕму сообщили, что план готов.\n\nГлаве "
        "государства доложили, что работы завершены.\n\nЖурналистам сообщили в акимате, что дорогу откроют в мае."
        "\n\nВ министерстве сообщили, что мост готов.\n\nРанее сообщили, что мост откроют.\n\nПравоохранительные "
        "органы напомнили, что ложь наказуема.\n",
    )
    # who was told (Ему, Главе государства, Журналистам) is no speaker; who told, after the verb, is; a body in the
    # locative stays the speaker; `Ранее сообщили` points back to earlier news
    assert [(content, speaker) for _, content, speaker, _ in described(russian)] == [
        ("план готов.", None),
        ("работы завершены.", None),
        ("дорогу откроют в мае.", "акимате"),
        ("мост готов.", "министерстве"),
        ("ложь наказуема.", "Правоохранительные органы"),  # an adjective in the plural, no dative
    ]


def test_english_paragraph_whose_quotation_lost_its_opening_mark(pipeline) -> None:  # type: ignore[no-untyped-def]
    doc = annotate(
        pipeline,
        "Title\n\nAs 1st Deputy PM Alikhan Smailov said, Kazakhstan created all necessary conditions for business.\n\n"
        'For further development of cooperation it is necessary to boost industrial cooperation," he added.\n\n'
        'The new 5" screen was shown at the fair.\n',
    )
    assert [(kind, content[:11], entity) for kind, content, _, entity in described(doc)][1:] == [
        ("direct", "For further", "per:alikhan-smailov")
    ]  # the words from the paragraph's start to its one closing mark; an inch mark closes nothing
    over_two = annotate(
        pipeline,
        'Title\n\n"A sitting chaired by the President began in the Akorda. The participants discuss the agenda.\n\n'
        'Heads of the Senate and the Majilis take part in the sitting," Dauren Abayev told.\n',
    )
    assert [(kind, content[:9], content[-8:]) for kind, content, _, _ in described(over_two)] == [
        ("direct", "A sitting", "sitting,")
    ]  # a quotation opened in the paragraph before and closed here is one
    letter = annotate(
        pipeline,
        "Title\n\nPrime Minister of Kazakhstan Alikhan Smailov offered his congratulations on the Victory Day.\n\n"
        "«Dear veterans, home front workers, and compatriots!\n\n77 years have passed since the end of the war. "
        "The President said that the memory lives on.\n\nThis is the biggest victory,» reads the letter of the "
        'Kazakh PM.\n\nThe "Zhas Otan" wing said nothing.\n',
    )
    assert [(kind, content[:9], content[-8:], entity) for kind, content, _, entity in described(letter)] == [
        ("direct", "Dear vete", "victory,", "per:alikhan-smailov")
    ]  # opened three paragraphs back: one quotation, what it reports inside it no quote of its own


def test_english_a_head_word_alone_in_the_title_is_no_body_that_speaks(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`… decline - Ministry` in a title names no body, so `According to the Ministry` later is the ministry of the
    minister named before, not an entity called `Ministry`."""
    doc = annotate(
        pipeline,
        "Investments in communications decline annually - Ministry\n\nMinister of Digital Development and Aerospace "
        "Industry Bagdat Mussin announced the reduction of investments.\n\nAccording to the Ministry, in 2020, "
        "investments in the sector made 136 billion tenge.\n",
    )
    assert [q.speaker_entity_id for q in doc.quotes] == ["org:ministry-of-digital-development-of-kazakhstan"]


def test_chinese_a_date_before_the_cue_is_no_part_of_the_speaker(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`以色列国防部2月28日称` and `部长13日表示`: the month and day stand between the speaker and the cue."""
    doc = annotate(pipeline, "标题\n\n以色列国防部2月28日称，对德黑兰实施了打击。部长13日表示，两国关系稳定发展。\n")
    assert [doc.span(q.speaker_start, q.speaker_end) for q in doc.quotes] == ["以色列国防部", "部长"]


def test_english_the_city_akimat_by_any_name_is_the_akimat_of_the_city_named(pipeline) -> None:  # type: ignore[no-untyped-def]
    """`the municipal mayor's office`, `the city administration`, `the city akimat` in news of Taldykorgan (a
    regional centre): Taldykorgan City Akimat, as Kazakh English-language news names it."""
    for phrase in ("the municipal mayor’s office", "the city administration", "the city akimat"):
        doc = annotate(
            pipeline,
            "Title\n\nASTANA. KAZINFORM – An apartment block in Taldykorgan remains without heating.\n\n"
            f"The repair works will be held in winter, {phrase} says.\n",
        )
        assert list(english_speakers(pipeline, doc).values()) == ["Taldykorgan City Akimat"], phrase
