"""Toneless pinyin of Han characters, read from pypinyin's character table alone.

pypinyin also loads a table of 500,000 words to choose the reading of a character inside a word of running
text: about 100 MiB in every process that touches it and 0.1-0.2 s to load. The project reads names with it
(a surname for pairing, a transliterated foreign name, a Chinese person's name), where that table changed no
result of the evaluation (entities, quotes, romanisation, pairs and alignment, the MSRA held-out slice).
pypinyin's own switches (environment variables read when it is first imported) leave it out; a value the
user has set is kept.
"""

from __future__ import annotations

import os


def syllables(text: str) -> list[str]:
    """One toneless syllable per Han character (``努尔兰`` -> ``['nu', 'er', 'lan']``); other text as it is."""
    os.environ.setdefault("PYPINYIN_NO_PHRASES", "1")
    os.environ.setdefault("PYPINYIN_NO_DICT_COPY", "1")
    from pypinyin import lazy_pinyin

    return lazy_pinyin(text)
