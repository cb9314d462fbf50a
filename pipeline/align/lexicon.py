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
from dataclasses import dataclass
from pathlib import Path

import ahocorasick

LEXICON_PATH = Path(__file__).resolve().parent / "data" / "lexicon.tsv"
BACKGROUND_PATH = Path(__file__).resolve().parent / "data" / "background.tsv"
BACKGROUND_KEY = "b:earlier"
"""Anchor of a sentence that opens a closing paragraph about an earlier story (``data/background.tsv``)."""
LANGS = ("zh", "ru", "en")
SHORT_FORM = 3
"""A Russian or English form of this many letters or fewer must be a whole word (``ai``, ``km``), not a
word's beginning."""


@dataclass(frozen=True, slots=True)
class _Form:
    """Where one form of a concept may stand: the concept's position in the table and what must surround it."""

    position: int
    word_start: bool
    """Only at the beginning of a word (a Russian or English stem)."""
    word_end: bool
    """Only as a whole word (a short Russian or English form)."""


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One language's concepts and an automaton that finds all their forms in one pass over a text."""

    keys: tuple[str, ...]
    """The anchor of each concept (``l:<concept>``), in the table's order."""
    automaton: ahocorasick.Automaton
    """Lower-cased form -> (its length, the concepts' :class:`_Form` of that text)."""


@functools.cache
def _lexicons() -> dict[str, _Lexicon]:
    """Each language's concepts of ``data/lexicon.tsv``, their forms in an Aho-Corasick automaton (a text is
    read once whatever the size of the table; looking the forms up one by one was most of the cost of
    collecting a build's alignment units)."""
    lines = [line for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t")
    if tuple(header) != ("concept", *LANGS):
        raise ValueError(f"{LEXICON_PATH.name}: columns must be concept, {', '.join(LANGS)}")
    concepts: list[str] = []
    forms: dict[str, dict[str, list[_Form]]] = {lang: {} for lang in LANGS}
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header) or not all(cells):
            raise ValueError(f"{LEXICON_PATH.name}: row {number} needs a concept and forms in every language")
        position = len(concepts)
        concepts.append(cells[0])
        for lang, written in zip(LANGS, cells[1:], strict=True):
            for form in written.split("|"):
                stem = lang != "zh" and form[0].isalnum()
                where = _Form(position, word_start=stem, word_end=stem and len(form) <= SHORT_FORM)
                forms[lang].setdefault(form.lower(), []).append(where)
    lexicons = {}
    for lang in LANGS:
        automaton = ahocorasick.Automaton()
        for text, places in forms[lang].items():
            automaton.add_word(text, (len(text), tuple(places)))
        automaton.make_automaton()
        lexicons[lang] = _Lexicon(tuple(f"l:{concept}" for concept in concepts), automaton)
    return lexicons


def _is_word_char(char: str) -> bool:
    """What ``\\w`` of a regular expression matches."""
    return char.isalnum() or char == "_"


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
    openings = _background_openings().get(lang, ())
    dashes = _LEADING_DASHES.match(text)
    start = dashes.end() if dashes else 0
    return text[start : start + _longest(openings)].lower().startswith(openings)


@functools.cache
def _longest(openings: tuple[str, ...]) -> int:
    """How many characters of a sentence's beginning the longest opening needs (and one for a letter whose
    lower case is longer)."""
    return max((len(opening) for opening in openings), default=0) + 1


def lexicon_keys(text: str, lang: str) -> Counter[str]:
    """``l:<concept>`` for every concept of the table the text names (once each), and
    :data:`BACKGROUND_KEY` for a sentence about an earlier story."""
    return Counter(concept_keys(text, lang))


def concept_keys(text: str, lang: str) -> list[str]:
    """The keys of :func:`lexicon_keys` as a list, in the table's order (the background mark last)."""
    if lang not in LANGS:
        return []
    lowered = text.lower()
    lexicon = _lexicons()[lang]
    size = len(lowered)
    found: set[int] = set()
    for last, (length, places) in lexicon.automaton.iter(lowered):
        start = last - length + 1
        for form in places:
            if form.position in found:
                continue
            if form.word_start and start > 0 and _is_word_char(lowered[start - 1]):
                continue  # a stem only begins a word (`зин` is no stem inside `грузинский`)
            if form.word_end and last + 1 < size and _is_word_char(lowered[last + 1]):
                continue  # a short form is a whole word (`ai`, not the beginning of `aid`)
            found.add(form.position)
    keys = [lexicon.keys[position] for position in sorted(found)]
    if is_background(text, lang):
        keys.append(BACKGROUND_KEY)
    return keys
