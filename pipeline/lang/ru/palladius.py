"""Chinese names written in Russian (the Palladius system) read back into pinyin: Сяо Евэнь -> Xiao Yewen.

English-language news writes a Chinese person's name in pinyin; a letter-by-letter romanisation of the Russian
form (Syao Yeven) names nobody. A name is read as Chinese only when its first word is a Chinese surname and every
word splits into Palladius syllables (``data/palladius.tsv``), which Kazakh and Russian names almost never do
(Ерлан: no syllable ends in р).
"""

from __future__ import annotations

import functools

from pipeline.lang.zh.lexicon import CHINESE_SURNAMES, SURNAME_READINGS
from pipeline.lang.zh.pinyin import syllables
from pipeline.rules import mapping

PALLADIUS = mapping("ru", "palladius", "pinyin")
"""Cyrillic syllable -> pinyin (сяо -> xiao)."""
_LONGEST = max(map(len, PALLADIUS))


@functools.cache
def _surnames() -> frozenset[str]:
    """The Palladius forms of the common Chinese surnames (李 -> ли, 萧 -> сяо)."""
    by_pinyin: dict[str, list[str]] = {}
    for cyrillic, pinyin in PALLADIUS.items():
        by_pinyin.setdefault(pinyin, []).append(cyrillic)
    forms = set()
    for char in CHINESE_SURNAMES:
        forms.update(by_pinyin.get(SURNAME_READINGS.get(char, syllables(char)[0]), ()))
    return frozenset(forms)


def _cost(read: tuple[str, ...]) -> tuple[int, int]:
    """Syllables that pinyin would have to set off with an apostrophe (a, o, e after another: Ding'a), then
    syllables: the fewer, the likelier the reading (цзиньпин is jin ping, дина is di na)."""
    return sum(syllable[0] in "aoe" for syllable in read[1:]), len(read)


@functools.lru_cache(maxsize=4096)
def _split(word: str) -> tuple[str, ...] | None:
    """The word as Palladius syllables, in pinyin (евэнь -> ye wen); None when it is not made of them."""
    if not word:
        return ()
    best: tuple[str, ...] | None = None
    for size in range(min(_LONGEST, len(word)), 0, -1):
        pinyin = PALLADIUS.get(word[:size])
        rest = _split(word[size:]) if pinyin is not None else None
        if pinyin is None or rest is None:
            continue
        if best is None or _cost((pinyin, *rest)) < _cost(best):
            best = (pinyin, *rest)
    return best


def chinese_name_in_pinyin(name: str) -> str | None:
    """``Си Цзиньпин`` -> ``Xi Jinping``: a Chinese surname and a given name, each made of Palladius syllables
    (a hyphen may join the given name's syllables); None for any other name."""
    words = name.lower().split()
    if len(words) != 2 or words[0] not in _surnames():
        return None
    read = []
    for word in words:
        syllables_read = _split(word.replace("-", ""))
        if not syllables_read:
            return None
        read.append("".join(syllables_read).capitalize())
    return " ".join(read)
