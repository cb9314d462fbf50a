"""Chinese transliteration of foreign names: pinyin readings (the characters and endings are in ``data/``).

Xinhua-style transliteration (哈斯穆-卓玛尔特·托卡耶夫, 努尔达乌列特·科伊勒拜) draws on a small, stable set of
characters chosen for their sound. A run of them, joined by ``·`` or a hyphen, or ending like a Russian or
Kazakh surname (…耶夫, …诺娃, …拜), is a foreign name.
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.ru.lexicon import romanize_russian_name
from pipeline.lang.zh.lexicon import CHINESE_SURNAMES, SURNAME_ENDINGS, TRANSLIT_CHARS
from pipeline.lang.zh.pinyin import syllables
from pipeline.names import NAME_DOTS
from pipeline.rules import mapping
from pipeline.spelling import Respeller

__all__ = [
    "SURNAME_ENDINGS",
    "TRANSLIT_CHARS",
    "cyrillic_reading",
    "pinyin_reading",
    "romanize_chinese_name",
    "romanize_person",
    "romanize_transliteration",
]

CYRILLIC_READINGS = Respeller(mapping("zh", "cyrillic_readings", "cyrillic"))
"""Han characters of a transliterated name -> the Cyrillic they render (``data/cyrillic_readings.tsv``)."""
_DOTS = re.compile(f"[{NAME_DOTS}]+")


def pinyin_reading(text: str) -> str | None:
    """Toneless pinyin of the Han characters (``阿扎马特·拜加利耶夫`` -> ``a zha ma te · bai jia li ye fu``)."""
    return " ".join(syllable for syllable in syllables(text) if syllable.strip()) or None


def romanize_chinese_name(name: str) -> str | None:
    """Hanyu pinyin of a Chinese person's name, surname first (丁海 -> Ding Hai, 韩春霖 -> Han Chunlin).

    Only for names of two or three characters that start with a common surname; a transliterated
    foreign name has an English form of its own, which pinyin would not give.
    """
    if not (2 <= len(name) <= 3 and name[0] in CHINESE_SURNAMES and all("\u4e00" <= ch <= "\u9fff" for ch in name)):
        return None
    surname, *given = syllables(name)
    return f"{surname.capitalize()} {''.join(given).capitalize()}"


def cyrillic_reading(name: str) -> str | None:
    """A transliterated name read back in Cyrillic (叶尔兰·阿克肯杰诺夫 -> Ерлан Аккенженов, a hyphen kept:
    哈斯穆-卓玛尔特 -> Хасму-Жомарт); None when a character has no reading."""
    return CYRILLIC_READINGS.name(_DOTS.sub(" ", name.strip())) or None


def romanize_transliteration(name: str) -> str | None:
    """The Latin spelling of a transliterated Kazakh or Central Asian name, through its Cyrillic reading
    (阿斯哈特·沙哈洛夫 -> Askhat Shakhalov): what Kazakh English-language news would most likely write."""
    reading = cyrillic_reading(name)
    return romanize_russian_name(reading) if reading else None


@functools.lru_cache(maxsize=4096)
def romanize_person(name: str) -> str | None:
    """A person's name in Latin letters: pinyin for a Chinese name (韩春霖 -> Han Chunlin), the Kazakh English
    spelling for a transliterated one (叶尔兰·卡林 -> Yerlan Kalin)."""
    return romanize_chinese_name(name) or romanize_transliteration(name)
