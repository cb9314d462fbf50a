"""Common words of news text that translations between Chinese, Russian and English keep.

Names and figures anchor most links, but many sentences of a story have neither (a list item, a
sentence that calls the governor only "the akim"), and some carry a name the other version moved to
another sentence. A short table of concepts (``data/lexicon.tsv``: ministers, parliament, ferries,
proposals, medals...) gives such sentences weak evidence of their own: each concept a sentence names
becomes an anchor ``l:<concept>`` of the aligner (not of document pairing, where such words are too
common to tell stories apart).
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv"
BACKGROUND_PATH = Path(__file__).resolve().parent / "data" / "background.tsv"
BACKGROUND_KEY = "b:earlier"
"""Anchor of a sentence that opens a closing paragraph about an earlier story (``data/background.tsv``)."""
LANGS = ("zh", "ru", "en")
SHORT_FORM = 3
"""A Russian or English form of this many letters or fewer must be a whole word (``ai``, ``km``), not a
word's beginning."""


@functools.cache
def _patterns() -> dict[str, list[tuple[str, re.Pattern[str]]]]:
    """For each language, (concept, pattern matching any of its forms)."""
    lines = [line for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t")
    if tuple(header) != ("concept", *LANGS):
        raise ValueError(f"{LEXICON_PATH.name}: columns must be concept, {', '.join(LANGS)}")
    patterns: dict[str, list[tuple[str, re.Pattern[str]]]] = {lang: [] for lang in LANGS}
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header) or not all(cells):
            raise ValueError(f"{LEXICON_PATH.name}: row {number} needs a concept and forms in every language")
        concept = cells[0]
        for lang, forms in zip(LANGS, cells[1:], strict=True):
            alternatives = []
            for form in sorted(forms.split("|"), key=len, reverse=True):
                escaped = re.escape(form.lower())
                if lang == "zh" or not form[0].isalnum():
                    alternatives.append(escaped)
                elif len(form) <= SHORT_FORM:
                    alternatives.append(rf"(?<!\w){escaped}(?!\w)")
                else:
                    alternatives.append(rf"(?<!\w){escaped}")
            patterns[lang].append((concept, re.compile("|".join(alternatives))))
    return patterns


_LEADING_DASHES = re.compile(r"^[\s\-—–]+")


@functools.cache
def _background_openings() -> dict[str, tuple[str, ...]]:
    lines = [line for line in BACKGROUND_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    if lines[0].split("\t") != ["lang", "opening"]:
        raise ValueError(f"{BACKGROUND_PATH.name}: columns must be lang, opening")
    openings: dict[str, list[str]] = {}
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != 2 or not cells[1].strip():
            raise ValueError(f"{BACKGROUND_PATH.name}: row {number} needs a language and an opening")
        openings.setdefault(cells[0], []).append(cells[1].lower())
    return {lang: tuple(values) for lang, values in openings.items()}


def is_background(text: str, lang: str) -> bool:
    """Whether the sentence opens a paragraph about an earlier story ("As previously reported, ...")."""
    opening = _LEADING_DASHES.sub("", text).lower()
    return opening.startswith(_background_openings().get(lang, ()))


def lexicon_keys(text: str, lang: str) -> Counter[str]:
    """``l:<concept>`` for every concept of the table the text names (once each), and
    :data:`BACKGROUND_KEY` for a sentence about an earlier story."""
    if lang not in LANGS:
        return Counter()
    lowered = text.lower()
    keys = Counter(f"l:{concept}" for concept, pattern in _patterns()[lang] if pattern.search(lowered))
    if is_background(text, lang):
        keys[BACKGROUND_KEY] = 1
    return keys
