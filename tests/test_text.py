"""Normalisation, stable ids, language detection and decoding."""

from __future__ import annotations

import codecs

import pytest

from corpus.decoding import BinaryData, UndecodableText, decode_bytes
from pipeline.langid import detect_lang
from pipeline.normalize import doc_id_for, normalize_text


def test_normalize_text() -> None:
    raw = "\ufeff标题  \r\n\r\n第一段\u200b文字。\t\r\nCafe\u0301 \u3000\r最后"
    assert normalize_text(raw) == "标题\n\n第一段文字。\nCafé\n最后"


def test_normalize_drops_the_null_a_page_printed_for_an_empty_embed() -> None:
    """Kazinform pages print `null` for an empty embed, alone on a line or glued to the next paragraph: it would
    hide the speaker's name (`nullShumenov`). A `null` in running text stays."""
    raw = 'Title\n\nnull\n\nnullShumenov admitted it.\n\nnull"We won," he said.\n\nThe value is null or nullable.'
    assert (
        normalize_text(raw)
        == 'Title\n\n\n\nShumenov admitted it.\n\n"We won," he said.\n\nThe value is null or nullable.'
    )


def test_normalize_keeps_chinese_punctuation_and_dashes() -> None:
    text = "- 我们是伙伴——需要翻一番。-他说。“绿色走廊”（试点）：《条约》"
    assert normalize_text(text) == text


def test_doc_id_is_stable_and_follows_normalised_text() -> None:
    assert doc_id_for(normalize_text("文本\r\n")) == doc_id_for(normalize_text("\ufeff文本\n"))
    assert doc_id_for("a") != doc_id_for("b")
    assert len(doc_id_for("a")) == 16


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("阿塞拜疆国家石油公司SOCAR与哈萨克斯坦国家石油天然气公司签署协议。", "zh"),
        ("Олжас Бектенов поручил Министерству транспорта взять проект на контроль.", "ru"),
        ("Фото: Орталық коммуникациялар қызметі", "kk"),
        ("Minister of Energy Nurlan Nogayev has commented on the issue.", "en"),
        ("2024 — 15%", "und"),
        ("Kazinform Казинформ", "mixed"),
    ],
)
def test_detect_lang(text: str, lang: str) -> None:
    assert detect_lang(text) == lang


ARTICLE = "哈萨克斯坦与土库曼斯坦的合作\n\n两国贸易额达5.557亿美元。\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (ARTICLE.encode("utf-8"), "utf-8"),
        (codecs.BOM_UTF8 + ARTICLE.encode("utf-8"), "utf-8"),
        (ARTICLE.encode("utf-16"), "utf-16"),
        (codecs.BOM_UTF16_BE + ARTICLE.encode("utf-16-be"), "utf-16"),
        (ARTICLE.encode("gb18030"), "gb18030"),
    ],
)
def test_decode_supported_encodings(data: bytes, encoding: str) -> None:
    text, found = decode_bytes(data)
    assert normalize_text(text) == ARTICLE
    assert found == encoding


def test_decode_rejects_binary() -> None:
    with pytest.raises(BinaryData):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))


RUSSIAN = "Глава государства провел встречу с делегацией «Самрук-Казына» — сообщает пресс-служба. Ёлка №5.\n"


def test_decode_reads_russian_saved_in_windows_1251() -> None:
    assert decode_bytes(RUSSIAN.encode("cp1251")) == (RUSSIAN, "cp1251")


@pytest.mark.parametrize(
    "data",
    [
        "Le café est très bon, à Noël les élèves étudient.".encode("latin-1"),
        "Größe und Übung für Bürger in Köln.".encode("cp1252"),
        "Президент Казахстана провел встречу с делегацией.".encode("koi8-r"),
    ],
)
def test_decode_rejects_other_8bit_encodings(data: bytes) -> None:
    with pytest.raises(UndecodableText):
        decode_bytes(data)
