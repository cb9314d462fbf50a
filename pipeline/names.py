"""Name joiners: the one list of the characters that join the parts of a name (哈斯穆-卓玛尔特·托卡耶夫); and what
tells other names apart in any language: Latin abbreviations of terms that name nothing (GDP), web names
(Kaspi.kz), guillemets around a name."""

from __future__ import annotations

import re

from pipeline.rules import common_table

NAME_DOTS = "·‧•・"
"""Middle dots: they part a transliterated name's given name from its surname (努尔苏丹·纳扎尔巴耶夫)."""
NAME_JOINERS = NAME_DOTS + "-‐－"
"""Middle dots and hyphens as news sites write them between the parts of a transliterated name."""

LEGAL_FORMS = frozenset(row["word"] for row in common_table("legal_forms"))
"""Legal forms written around a company's name (ТОО, JSC, 有限公司; ``pipeline/data/legal_forms.tsv``)."""

HAN_DASH = re.compile("(?<=[\u4e00-\u9fff])[–—](?=[\u4e00-\u9fff])")
"""A dash between two Han characters inside a name: a joiner written as a dash (哈斯穆–卓玛尔特·托卡耶夫), which ranges
and routes between places also are, so it joins only inside a name already read."""
NAME_PARTS = re.compile(f"[{re.escape(NAME_JOINERS)}\\s]+|{HAN_DASH.pattern}")


def with_han_joiners(name: str) -> str:
    """A name with a dash between Han characters written as the hyphen it stands for (哈斯穆–卓玛尔特 ->
    哈斯穆-卓玛尔特)."""
    return HAN_DASH.sub("-", name)


_INITIAL_RUN_ON = re.compile(r"(?<!\w)([A-ZА-ЯЁ]\.)(?=\w)")
"""An initial written against the surname (`A.Kurishbayev`, `Б.Мусин`)."""


def name_parts(name: str) -> list[str]:
    """The parts of a name, whatever joins them (``努尔苏丹·纳扎尔巴耶夫`` -> two parts, ``A.Kurishbayev`` too)."""
    if "." in name:
        name = _INITIAL_RUN_ON.sub(r"\1 ", name)
    return [part for part in NAME_PARTS.split(name) if part]


LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9.])(?:[A-Z]\.[ ]?){0,3}"
    r"[A-Z][A-Za-z0-9]*[A-Za-z][A-Za-z0-9]*(?:[ &-][A-Z][A-Za-z0-9]+)*(?:\.[a-z]{2,4})?(?![A-Za-z0-9])"
)
"""A name in Latin letters inside Chinese or Russian text (SOCAR, Semurg Invest, World Boxing, Gov.kz), with the
initials it opens with (L.N. Gumilyov ENU)."""
PHOTO_LABELS = r"Фотоколлаж|Фото|Коллаж"
"""The labels of a photo's credit, which a short credit may follow without a colon (``ФОТО "АК ЖАЙЫК"``)."""
CAPTION_LABELS = (
    PHOTO_LABELS + r"|Фотография|Инфографика|Видео|Скриншот|Иллюстрация|Сурет|Бейне"
    r"|Photo(?:s| credits?)?|Infographics?|Video|Collage|Illustration|图片|图|摄影|视频|信息图"
)
"""The labels that open a caption's credit (``Фото:``, ``Photo:``, ``图片：``), before its colon."""
KAZINFORM_DATELINE = re.compile(
    r"(?P<place>[A-ZА-ЯЁ][A-ZА-ЯЁ'’.\- ]{0,29}[A-ZА-ЯЁ])\.[ \t]*"
    r"(?:(?:[A-Z][a-z]{2,8}\.?[ \t]+\d{1,2}|\d{1,2}[ \t]+[а-яё]{3,8})\.[ \t]*)?"
    r"(?P<agency>KAZI?N?FORM|КАЗИНФОРО?М)\b(?:[ \t]*/(?P<author>[^/\n]{1,40})/)?"
)
"""The agency's dateline in English and Russian: the place, a date, the agency (its name misspelt too) and the
author between slashes (``АСТАНА. 18 апреля. КАЗИНФОРМ /Канат Кульшманов/``, ``ASTANA. April 18. KAZINFORM``)."""
DATED_DATELINE = re.compile(
    r"(?P<place>[A-ZА-ЯЁ][\w'’-]*(?:[ \t-][A-ZА-ЯЁ][\w'’-]*)?)\.[ \t]*"
    r"(?:\d{1,2}[ \t]+(?:января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)[ \t]+\d{1,2})"
    r"\.[ \t]*"
    r"(?P<agency>[A-ZА-ЯЁ][\w.&’'-]*(?:[ \t]+(?:[A-ZА-ЯЁ][\w.&’'-]*|(?![а-яё]*(?:л|ла|ли|ло|ет|ит|ют|ут|ат|ят)\b)"
    r"[а-яё]+)){0,3}?)(?:[ \t]*[-–—][ \t]+|\.[ \t]+(?=[A-ZА-ЯЁ«\"]))"
)
"""Another outlet's dateline: a place, a date and the outlet, then a dash or a period (``Астана. 23 февраля.
KAZAKHSTAN TODAY -``, ``Алматы. 20 апреля. Центр информации -``); the date tells it from a sentence, and an outlet's
words are names, not a verb (``Астана. 5 мая. Президент выступил.`` is no dateline)."""
WEB_DOMAINS = tuple(row["word"] for row in common_table("web_domains"))
"""Top-level domains of the sites news cites (kz, com; ``pipeline/data/web_domains.tsv``)."""
WEB_SITE = re.compile(rf"(?<![\w@/.-])(?:www\.)?[A-Za-z][\w-]*(?:\.[\w-]+)*\.(?:{'|'.join(WEB_DOMAINS)})(?![\w-]|\.\w)")
"""A site's address written in a sentence (`Kazinform cites primeminister.kz`, `www.visitaqmola.kz`): the site."""
WEB_NAME = re.compile(r"\w\.[a-z]{2,4}$")
"""A name ending in a web domain (Kaspi.kz, kabar.kg): a site, or the body behind it."""
WEB_ADDRESS = re.compile(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}(?:/\S*)?")
"""A site's address, its path too (`t.me/KZgovernment`, `akorda.kz`): one source, not a site and a name."""

TERM_ABBREVIATIONS = frozenset(row["word"] for row in common_table("term_abbreviations"))
"""GDP, CPI, LNG: abbreviations every language writes in Latin letters, no names (``pipeline/data``)."""
SOCIAL_NETWORKS = "|".join(
    re.escape(row["word"]) for row in sorted(common_table("social_networks"), key=lambda row: -len(row["word"]))
)
"""Facebook, Telegram, ВКонтакте as one regular-expression alternation, longest first: where a statement was
posted, never who made it (``pipeline/data/social_networks.tsv``)."""


def with_closing_guillemets(text: str, start: int, end: int) -> int:
    """The end of a span that opens a guillemet it does not close (`АО «Казахстан темир жолы`), taken past the
    closing guillemets that follow it."""
    while text.count("«", start, end) > text.count("»", start, end) and text.startswith("»", end):
        end += 1
    return end
