"""Language of a block from its scripts.

The corpus holds four languages written in distinguishable scripts: Chinese (Han), Russian and
Kazakh (Cyrillic; Kazakh has nine letters Russian lacks) and English (Latin). Counting script
characters decides these exactly, where statistical detectors stumble on short captions such as
``Фото: Kazinform``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

_KAZAKH_LETTERS = frozenset("ӘәҒғҚқҢңӨөҰұҮүҺһІі")
# A Han character carries about as much text as a short word; weight it so that a Chinese
# sentence with one Latin company name (SOCAR) stays Chinese.
_HAN_WEIGHT = 3
_DOMINANT_SHARE = 0.6
# Kazakh-only letters make up about a tenth of Kazakh Cyrillic text; a Russian sentence may still
# hold one in a Kazakh place name (Сарыарқа), so a small share is required, not a single letter.
_KAZAKH_SHARE = 0.03


_HAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002ffff]")
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_KAZAKH = re.compile(f"[{''.join(sorted(_KAZAKH_LETTERS))}]")
_LATIN = re.compile("[A-Za-z\u00c0-\u024f]")


def has_cyrillic(text: str) -> bool:
    """Whether the text holds a Cyrillic letter (Russian, Kazakh)."""
    return _CYRILLIC.search(text) is not None


def has_han(text: str) -> bool:
    """Whether the text holds a Chinese character."""
    return _HAN.search(text) is not None


def script_counts(text: str) -> dict[str, int]:
    """Weighted counts of Han, Cyrillic and Latin letters, and how many Kazakh-only letters."""
    return {
        "han": len(_HAN.findall(text)) * _HAN_WEIGHT,
        "cyrillic": len(_CYRILLIC.findall(text)),
        "latin": len(_LATIN.findall(text)),
        "kazakh": len(_KAZAKH.findall(text)),
    }


def detect_lang(text: str) -> str:
    """``zh``, ``ru``, ``kk``, ``en``, ``mixed`` (no script dominates) or ``und`` (no letters)."""
    counts = script_counts(text)
    total = counts["han"] + counts["cyrillic"] + counts["latin"]
    if total == 0:
        return "und"
    script, top = max(
        (("han", counts["han"]), ("cyrillic", counts["cyrillic"]), ("latin", counts["latin"])),
        key=lambda item: item[1],
    )
    if top / total < _DOMINANT_SHARE:
        return "mixed"
    if script == "han":
        return "zh"
    if script == "cyrillic":
        return "kk" if counts["kazakh"] >= _KAZAKH_SHARE * counts["cyrillic"] else "ru"
    return "en"


def majority_lang(weighted: Iterable[tuple[str, int]]) -> str:
    """The language holding most characters among ``(lang, n_chars)`` pairs (``und`` if none)."""
    totals: dict[str, int] = {}
    for lang, n_chars in weighted:
        if lang not in ("und", "mixed"):
            totals[lang] = totals.get(lang, 0) + n_chars
    if not totals:
        return "und"
    return max(sorted(totals), key=lambda lang: totals[lang])
