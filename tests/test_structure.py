"""Article structure on the two seed articles and on the other formats Kazinform publishes."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from pipeline.document import Document
from pipeline.ingest import ingest
from pipeline.structure import parse_structure, split_credit


def texts(doc: Document, kind: str) -> list[str]:
    return [doc.span(b.start, b.end) for b in doc.blocks if b.kind == kind]


def assert_offsets(doc: Document) -> None:
    for block in doc.blocks:
        text = doc.span(block.start, block.end)
        assert text and text == text.strip(), (block, text)


def test_seed_000_header_title_translator(seed_000: Document) -> None:
    assert seed_000.title == "阿斯塔纳与阿什哈巴德的合作"
    assert seed_000.date is None
    assert seed_000.translator == "小穆"
    assert seed_000.lang == "zh"
    assert seed_000.blocks[0].kind == "title"
    assert texts(seed_000, "credit") == ["【编译：小穆】"]


def test_seed_000_captions_with_credits(seed_000: Document) -> None:
    caption_blocks = [b for b in seed_000.blocks if b.kind == "caption"]
    captions = [(seed_000.span(b.start, b.end), b.credit_person, b.credit_agency) for b in caption_blocks]
    assert captions == [
        ("Инфографика: Kazinform", None, "Kazinform"),
        ("Фото: Солтан Жексенбеков / Kazinform", "Солтан Жексенбеков", "Kazinform"),
        ("Фото: Мухтор Холдорбеков/Kazinform", "Мухтор Холдорбеков", "Kazinform"),
        ("Фото: пресс-служба КИСИ", None, "пресс-служба КИСИ"),
    ]
    assert {b.lang for b in seed_000.blocks if b.kind == "caption"} == {"ru"}


def test_seed_000_five_headings(seed_000: Document) -> None:
    assert texts(seed_000, "heading") == [
        "双边贸易情况如何？",
        "中亚地区的竞争是投资成功的关键",
        "土库曼斯坦计划通过哈萨克斯坦运输天然气",
        "“绿色走廊”加速贸易",
        "主要议题——水资源、生态环境和交通运输",
    ]


def test_seed_004_date_header_with_text_on_the_same_line(seed_004: Document) -> None:
    assert seed_004.date == dt.date(2025, 10, 18)
    assert seed_004.title is None
    assert seed_004.translator == "达娜"
    first, second = seed_004.blocks[:2]
    assert (first.kind, seed_004.span(first.start, first.end)) == ("date", "date 2025-10-18")
    assert (second.kind, seed_004.span(second.start, second.end)) == ("paragraph", "以下为访谈全文：")


def test_seed_004_interview_turns(seed_004: Document) -> None:
    questions = [b for b in seed_004.blocks if b.kind == "question"]
    answers = [b for b in seed_004.blocks if b.kind == "answer"]
    assert len(questions) == 6
    assert {b.speaker_label for b in questions} == {"记者"}
    assert len(answers) == 33
    assert {b.speaker_label for b in answers} == {"阿利耶夫总统"}
    # Each labelled contribution opens a turn; answer paragraphs keep the turn of their label.
    assert [b.turn for b in questions] == [1, 3, 5, 7, 9, 11]
    assert sorted({b.turn for b in answers}) == [2, 4, 6, 8, 10, 12]
    assert Counter(b.turn for b in answers) == {2: 8, 4: 4, 6: 8, 8: 5, 10: 4, 12: 4}
    labelled = [seed_004.span(b.start, b.end) for b in answers if seed_004.text[b.start :].startswith("阿利耶夫总统：")]
    assert len(labelled) == 6


def test_seed_004_captions(seed_004: Document) -> None:
    captions = [(seed_004.span(b.start, b.end), b.credit_agency) for b in seed_004.blocks if b.kind == "caption"]
    assert [agency for _, agency in captions] == [
        "пресс-служба Администрации Президента АР",
        "пресс-служба Администрации Президента АР",
        "Kazinform",
        "пресс-служба администрации Президента АР",
        "пресс-служба Администрации Президента АР",
    ]
    assert all(b.credit_person is None for b in seed_004.blocks if b.kind == "caption")


def test_a_photo_credit_line_is_a_caption() -> None:
    text = "Storm warning\n\nThe storm will hit the region today.\n\nPhoto credit: Pixabay\n"
    captions = [(b.kind, b.credit_agency) for b in parse_structure(text).blocks if b.kind == "caption"]
    assert captions == [("caption", "Pixabay")]


def test_a_caption_label_printed_twice_is_one_label() -> None:
    text = "Заголовок\n\nПравительство обсудило вопрос.\n\nPhoto: Фото: ОКҚ\n"
    captions = [(b.kind, b.credit_agency) for b in parse_structure(text).blocks if b.kind == "caption"]
    assert captions == [("caption", "ОКҚ")]


def test_a_publishing_placeholder_line_is_an_empty_caption_not_a_heading() -> None:
    text = "标题\n\n哈通社阿斯塔纳 - 电视频道将在今年三月开通。\n\nNone\n\nNone\n\n部长作出上述表示。\n"
    kinds = [(b.kind, text[b.start : b.end]) for b in parse_structure(text).blocks]
    assert ("caption", "None") in kinds and not [kind for kind, _ in kinds if kind == "heading"]


def test_no_caption_or_credit_inside_prose(seed_000: Document, seed_004: Document) -> None:
    for doc in (seed_000, seed_004):
        assert_offsets(doc)
        for block in doc.blocks:
            if block.kind in ("paragraph", "answer", "question", "heading", "title"):
                text = doc.span(block.start, block.end)
                assert "Фото:" not in text and "Инфографика:" not in text and "【编译" not in text


def test_blocks_are_ordered_and_disjoint(seed_000: Document, seed_004: Document) -> None:
    for doc in (seed_000, seed_004):
        ends = [0]
        for block in doc.blocks:
            assert block.start >= ends[-1]
            ends.append(block.end)


def test_agency_datelines_are_cut_off_as_credits() -> None:
    cases = {
        "（哈萨克国际通讯社讯）哈萨克斯坦民众提交了建议。": ("（哈萨克国际通讯社讯）", "哈萨克国际通讯社"),
        "哈萨克国际通讯社讯）格鲁吉亚公司计划开通渡轮航线。": ("哈萨克国际通讯社讯）", "哈萨克国际通讯社"),
        "哈萨克国际通讯社讯)据外交部消息,双方举行会谈。": ("哈萨克国际通讯社讯)", "哈萨克国际通讯社"),
        "哈通社/阿斯塔纳/10月31日 -- 据参议院消息,双方会见。": ("哈通社/阿斯塔纳/10月31日 --", "哈通社"),
        "ASTANA. KAZINFORM – The President held a meeting.": ("ASTANA. KAZINFORM –", "Kazinform"),
        "NUR-SULTAN. KAZINFORM Minister of Energy commented.": ("NUR-SULTAN. KAZINFORM", "Kazinform"),
        "АСТАНА. КАЗИНФОРМ – Президент провел встречу.": ("АСТАНА. КАЗИНФОРМ –", "Kazinform"),
        # a date and the author's name between slashes, and the agency's name misspelt as it was published
        "АСТАНА. 18 апреля. КАЗИНФОРМ /Канат Кульшманов/ - Ход работ обсудят.": (
            "АСТАНА. 18 апреля. КАЗИНФОРМ /Канат Кульшманов/ -",
            "Kazinform",
        ),
        "АСТАНА. КАЗИНФОРОМ - Президент посетил институт.": ("АСТАНА. КАЗИНФОРОМ -", "Kazinform"),
        "ASTANA. April 18. KAZINFORM /John Smith/ - Talks will be held.": (
            "ASTANA. April 18. KAZINFORM /John Smith/ -",
            "Kazinform",
        ),
    }
    for line, (credit, agency) in cases.items():
        text = f"Title of the news\n\n{line}\n\nSecond paragraph of the article follows here."
        structure = parse_structure(text)
        kinds = [b.kind for b in structure.blocks]
        assert kinds[:3] == ["title", "credit", "paragraph"], (line, kinds)
        block = structure.blocks[1]
        assert text[block.start : block.end] == credit
        assert block.credit_agency == agency
        body = structure.blocks[2]
        assert line.endswith(text[body.start : body.end])


@pytest.mark.parametrize(
    ("line", "credit", "agency"),
    [
        (
            "Астана. 23 февраля. KAZAKHSTAN TODAY - Дипломаты провели встречи.",
            "Астана. 23 февраля. KAZAKHSTAN TODAY",
            "KAZAKHSTAN TODAY",
        ),
        (
            "Алматы. 20 апреля. Центр информации - Аким пообещал помочь.",
            "Алматы. 20 апреля. Центр информации",
            "Центр информации",
        ),
        (
            "Алматы. 23 сентября. Центр информации. Сезон начнется 28 сентября.",
            "Алматы. 23 сентября. Центр информации.",
            "Центр информации",
        ),
        ("ASTANA. May 5. Trend - The talks were held.", "ASTANA. May 5. Trend", "Trend"),
    ],
)
def test_another_outlets_dateline_with_its_date_is_cut_off_as_a_credit(line: str, credit: str, agency: str) -> None:
    text = f"Заголовок новости\n\n{line}\n"
    blocks = parse_structure(text).blocks
    assert [b.kind for b in blocks] == ["title", "credit", "paragraph"]
    assert (text[blocks[1].start : blocks[1].end], blocks[1].credit_agency) == (credit, agency)


def test_a_place_and_a_date_before_a_short_sentence_are_no_dateline() -> None:
    """`Астана. 5 мая. Президент выступил.`: the words after the date hold a verb, so they are no outlet."""
    text = "Заголовок новости\n\nАстана. 5 мая. Президент выступил. Далее он ответил на вопросы.\n"
    assert [b.kind for b in parse_structure(text).blocks] == ["title", "paragraph"]


def test_kinds_and_languages_of_a_russian_article() -> None:
    text = (
        " date 2025-11-25\n"
        "Премьер-министр поручил ускорить строительство хаба в порту Актау\n\n"
        "Олжас Бектенов поручил Министерству транспорта взять проект на особый контроль.\n\n"
        "Фото: Правительство РК\n\n"
        "Газопровод «Сарыарқа» расширят до Петропавловска.\n\n"
        "Сурет: Ақорда баспасөз қызметі\n"
    )
    doc, problems = ingest(text, "ru.txt")
    assert problems == []
    assert doc.lang == "ru" and doc.date == dt.date(2025, 11, 25)
    assert doc.title == "Премьер-министр поручил ускорить строительство хаба в порту Актау"
    kinds = [(b.kind, b.lang) for b in doc.blocks]
    assert kinds == [
        ("date", "und"),
        ("title", "ru"),
        ("paragraph", "ru"),
        ("caption", "ru"),
        ("paragraph", "ru"),  # one Kazakh place name does not make a Russian sentence Kazakh
        ("caption", "kk"),
    ]


def test_english_article_with_title_and_dateline() -> None:
    text = (
        " date 2019-12-24\n"
        "Atomic power plant construction issue still under discussion – Minister\n\n"
        "NUR-SULTAN. KAZINFORM Minister of Energy has commented on the issue, Kazinform reports.\n\n"
        "«Recently, a gas turbine power station was commissioned in Atyrau region,» he added.\n"
    )
    doc, _ = ingest(text, "en.txt")
    assert doc.lang == "en"
    assert [b.kind for b in doc.blocks] == ["date", "title", "credit", "paragraph", "paragraph"]


def test_lines_that_are_not_headings_or_labels() -> None:
    text = (
        "会谈重点关注以下问题：\n\n- 增加双边货物运输量；\n\n- 减少边境列车停留时间\n\n"
        "他表示：\n\n“具体来说，目前已收到超过2万份建议。”\n\n"
        "记者：这不是访谈，因为没有回答。\n"
    )
    structure = parse_structure(text)
    assert [b.kind for b in structure.blocks] == ["paragraph"] * 6
    assert all(b.speaker_label is None for b in structure.blocks)


def test_question_and_answer_labels() -> None:
    text = "\n\n".join(
        ["问：您如何评价两国合作？", "答：两国合作成果显著。", "我们将继续努力。", "问：下一步呢？", "答：继续推进。"]
    )
    structure = parse_structure(text)
    assert [(b.kind, b.speaker_label, b.turn) for b in structure.blocks] == [
        ("question", "问", 1),
        ("answer", "答", 2),
        ("answer", "答", 2),
        ("question", "问", 3),
        ("answer", "答", 4),
    ]


def test_split_credit() -> None:
    assert split_credit("Солтан Жексенбеков / Kazinform") == ("Солтан Жексенбеков", "Kazinform")
    assert split_credit("Мухтор Холдорбеков/Kazinform") == ("Мухтор Холдорбеков", "Kazinform")
    assert split_credit("Алексей Поляков \\ Kazinform") == ("Алексей Поляков", "Kazinform")
    assert split_credit("пресс-служба КИСИ") == (None, "пресс-служба КИСИ")
    assert split_credit("Орталық коммуникациялар қызметі") == (None, "Орталық коммуникациялар қызметі")
    assert split_credit("Kazinform") == (None, "Kazinform")
    assert split_credit("None") == (None, None)
    assert split_credit("Ivan Petrov") == ("Ivan Petrov", None)
    assert split_credit("НОК РК, Сали Сабиров") == ("Сали Сабиров", "НОК РК")  # the source, the photographer
    assert split_credit("Akorda, Astana") == (None, "Akorda, Astana")  # no person after the comma


@pytest.mark.parametrize("credit", ["Kazakh Science Ministry", "Akorda Press Service", "Пресс-служба Акорды"])
def test_a_credit_in_capitalised_words_that_names_a_body_is_no_person(credit: str) -> None:
    assert split_credit(credit) == (None, credit)
    assert split_credit("Courtney Smith") == ("Courtney Smith", None)


@pytest.mark.parametrize("credit", ["Video screenshot", "скрин из видео", "видеодан алынған скрин", "视频截图"])
def test_a_screenshot_credit_names_no_source(credit: str) -> None:
    assert split_credit(credit) == (None, None)


def test_malformed_date_header_is_reported_and_left_empty() -> None:
    doc, problems = ingest(" date 2025-13-45\n标题\n\n正文第一段。\n", "bad-date.txt")
    assert doc.date is None
    assert len(problems) == 1 and "malformed date header" in problems[0]
    assert doc.blocks[0].kind == "date"


def test_a_translator_credit_at_the_end_of_a_paragraph_is_a_credit_of_its_own() -> None:
    doc, _ = ingest("标题\n\n“这很重要。”他说。(编译:塔尔)\n\n第二段（图）。\n", "a.txt")
    assert doc.translator == "塔尔"
    assert texts(doc, "credit") == ["(编译:塔尔)"]
    assert texts(doc, "paragraph") == ["“这很重要。”他说。", "第二段（图）。"]  # a bracket alone credits no one
    assert_offsets(doc)


def test_a_staff_credit_line_is_a_credit_and_names_its_translator() -> None:
    doc, _ = ingest("标题\n\n正文第一段。\n\n【记者:鲁斯兰•哈毕索夫 编译:昂哈尔 审校:金桥】\n", "a.txt")
    assert doc.translator == "昂哈尔"
    assert texts(doc, "credit") == ["【记者:鲁斯兰•哈毕索夫 编译:昂哈尔 审校:金桥】"]
    reporter_only, _ = ingest("标题\n\n正文第一段。\n\n【记者:鲁斯兰】\n", "b.txt")
    assert reporter_only.translator is None


@pytest.mark.parametrize(
    ("line", "agency"), [('ФОТО "АК ЖАЙЫК"', '"АК ЖАЙЫК"'), ("Фотоколлаж Azattyq Rýhy", "Azattyq Rýhy")]
)
def test_a_photo_credit_without_its_colon_is_a_caption(line: str, agency: str) -> None:
    text = f"Заголовок новости\n\n{line}\n\nТекст статьи о газе.\n"
    captions = [(b.kind, b.credit_agency) for b in parse_structure(text).blocks if b.kind == "caption"]
    assert captions == [("caption", agency)]
    heading = "Заголовок новости\n\nФото Астаны сделаны вчера.\n\nТекст статьи о газе.\n"
    assert [b.kind for b in parse_structure(heading).blocks if b.kind == "caption"] == []


def test_translator_credited_in_words_is_the_translator_and_no_person_of_the_news() -> None:
    from corpus.runner import PipelineConfig, make_pipeline

    pipeline = make_pipeline(PipelineConfig())
    for line, name in (
        ("Translation by Assem Zhanmukhanova", "Assem Zhanmukhanova"),
        ("Перевод: Айгерим Ахметова", "Айгерим Ахметова"),
    ):
        doc, _ = pipeline.annotate(f"Title\n\nThe minister said that exports will grow.\n\n{line}\n", "t.txt")
        assert doc.translator == name
        assert doc.blocks[-1].kind == "credit"
        assert not [m for m in doc.mentions if m.label == "PER"], line
