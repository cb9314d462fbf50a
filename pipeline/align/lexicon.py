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
import itertools
import re
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

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
    """One form of a concept, lower-cased, and what must surround it."""

    text: str
    word_start: bool
    """Only at the beginning of a word (a Russian or English stem)."""
    word_end: bool
    """Only as a whole word (a short Russian or English form)."""


@dataclass(frozen=True, slots=True)
class _Lexicon:
    """One language's concepts and an index that names the few a text may hold."""

    keys: tuple[str, ...]
    """The anchor of each concept (``l:<concept>``), in the table's order."""
    opening: int
    """How many opening characters of a form :attr:`index` is keyed by."""
    index: dict[str, tuple[tuple[int, _Form], ...]]
    """A form's first :attr:`opening` characters -> (its concept's position, the form) of such forms."""
    word_starts_only: bool
    """Every form of :attr:`index` stands at the beginning of a word, so only the text's word beginnings
    need looking up."""
    singles: dict[str, tuple[tuple[int, _Form], ...]]
    """One-character forms (党, %) by their character."""
    always: tuple[tuple[int, _Form], ...]
    """The other forms shorter than :attr:`opening`, tried on every text."""
    openings: re.Pattern[str] | None
    """Where forms may stand anywhere (not :attr:`word_starts_only`): finds the :attr:`opening` characters
    from each character that begins a key of :attr:`index`, so a text's substrings are cut only there."""


PREFILTER_CHARS = {"zh": 2}
"""How many opening characters of a form key the index (3 where a language is not listed): a concept can
match only a text that holds one of its forms, so the text's substrings of that length name the few
concepts worth a closer look (trying all of them on every sentence was most of the cost of collecting a
build's alignment units)."""


@functools.cache
def _lexicons() -> dict[str, _Lexicon]:
    """Each language's concepts of ``data/lexicon.tsv``, their forms indexed by their opening characters."""
    lines = [line for line in LEXICON_PATH.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    header = lines[0].split("\t")
    if tuple(header) != ("concept", *LANGS):
        raise ValueError(f"{LEXICON_PATH.name}: columns must be concept, {', '.join(LANGS)}")
    concepts: list[str] = []
    forms: dict[str, list[tuple[_Form, ...]]] = {lang: [] for lang in LANGS}
    for number, line in enumerate(lines[1:], start=2):
        cells = line.split("\t")
        if len(cells) != len(header) or not all(cells):
            raise ValueError(f"{LEXICON_PATH.name}: row {number} needs a concept and forms in every language")
        concepts.append(cells[0])
        for lang, written in zip(LANGS, cells[1:], strict=True):
            forms[lang].append(
                tuple(
                    _Form(
                        form.lower(),
                        word_start=lang != "zh" and form[0].isalnum(),
                        word_end=lang != "zh" and form[0].isalnum() and len(form) <= SHORT_FORM,
                    )
                    for form in written.split("|")
                )
            )
    lexicons = {}
    for lang in LANGS:
        opening = PREFILTER_CHARS.get(lang, 3)
        index: dict[str, list[tuple[int, _Form]]] = {}
        singles: dict[str, list[tuple[int, _Form]]] = {}
        always: list[tuple[int, _Form]] = []
        for position, concept_forms in enumerate(forms[lang]):
            for form in concept_forms:
                if len(form.text) == 1:
                    singles.setdefault(form.text, []).append((position, form))
                elif len(form.text) < opening:
                    always.append((position, form))
                else:
                    index.setdefault(form.text[:opening], []).append((position, form))
        word_starts_only = all(form.word_start for entries in index.values() for _, form in entries)
        firsts = "".join(re.escape(char) for char in sorted({key[0] for key in index}))
        lexicons[lang] = _Lexicon(
            tuple(f"l:{concept}" for concept in concepts),
            opening,
            {key: tuple(entries) for key, entries in index.items()},
            word_starts_only,
            {char: tuple(entries) for char, entries in singles.items()},
            tuple(always),
            None if word_starts_only or not firsts else re.compile(f"(?s)(?=([{firsts}].{{{opening - 1}}}))"),
        )
    return lexicons


@functools.cache
def _word_openings(size: int) -> re.Pattern[str]:
    """The first ``size`` characters from each word's beginning (whatever they are, as a slice would
    take them; fewer at the end of the text), found in one pass."""
    return re.compile(rf"(?s)\b(?=(\w.{{0,{size - 1}}}))")


def _is_word_char(char: str) -> bool:
    """What ``\\w`` of a regular expression matches."""
    return char.isalnum() or char == "_"


def _holds(lowered: str, form: _Form) -> bool:
    """Whether the lower-cased text holds the form where it may stand."""
    found = lowered.find(form.text)
    while found >= 0:
        end = found + len(form.text)
        if not (form.word_start and found > 0 and _is_word_char(lowered[found - 1])) and not (
            form.word_end and end < len(lowered) and _is_word_char(lowered[end])
        ):
            return True
        found = lowered.find(form.text, found + 1)
    return False


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
    size, index = lexicon.opening, lexicon.index
    if lexicon.word_starts_only:
        openings = set(_word_openings(size).findall(lowered))
    elif lexicon.openings is not None:
        openings = set(lexicon.openings.findall(lowered))
    else:
        openings = set()
    found: set[int] = set()
    for opening in openings & index.keys():
        for position, form in index[opening]:
            if position in found:
                continue
            if form.word_start:
                if _holds(lowered, form):
                    found.add(position)
            elif form.text == opening or form.text in lowered:  # a form as long as the opening is there
                found.add(position)
    singles = [entry for char, forms in lexicon.singles.items() if char in lowered for entry in forms]
    for position, form in itertools.chain(singles, lexicon.always):
        if position not in found and (_holds(lowered, form) if form.word_start else form.text in lowered):
            found.add(position)
    keys = [lexicon.keys[position] for position in sorted(found)]
    if is_background(text, lang):
        keys.append(BACKGROUND_KEY)
    return keys
