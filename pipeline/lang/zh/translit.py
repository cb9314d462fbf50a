"""Chinese transliteration of foreign names: pinyin readings (the characters and endings are in ``data/``).

Xinhua-style transliteration (哈斯穆-卓玛尔特·托卡耶夫, 努尔达乌列特·科伊勒拜) draws on a small, stable set of
characters chosen for their sound. A run of them, joined by ``·`` or a hyphen, or ending like a Russian or
Kazakh surname (…耶夫, …诺娃, …拜), is a foreign name.
"""

from __future__ import annotations

from pipeline.lang.zh.lexicon import CHINESE_SURNAMES, SURNAME_ENDINGS, TRANSLIT_CHARS

__all__ = ["SURNAME_ENDINGS", "TRANSLIT_CHARS", "pinyin_reading", "romanize_chinese_name"]


def pinyin_reading(text: str) -> str | None:
    """Toneless pinyin of the Han characters (``阿扎马特·拜加利耶夫`` -> ``a zha ma te · bai jia li ye fu``)."""
    try:
        from pypinyin import lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency
        return None
    return " ".join(syllable for syllable in lazy_pinyin(text) if syllable.strip()) or None


def romanize_chinese_name(name: str) -> str | None:
    """Hanyu pinyin of a Chinese person's name, surname first (丁海 -> Ding Hai, 韩春霖 -> Han Chunlin).

    Only for names of two or three characters that start with a common surname; a transliterated
    foreign name has an English form of its own, which pinyin would not give.
    """
    if not (2 <= len(name) <= 3 and name[0] in CHINESE_SURNAMES and all("\u4e00" <= ch <= "\u9fff" for ch in name)):
        return None
    from pypinyin import lazy_pinyin

    syllables = lazy_pinyin(name)
    return f"{syllables[0].capitalize()} {''.join(syllables[1:]).capitalize()}"
