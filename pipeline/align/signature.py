"""What a document brings to pairing and alignment: language-neutral anchors and length.

Anchors are strings that mean the same thing in every script:
- ``e:<entity_id>``: a linked entity (gazetteer ids are shared by 托卡耶夫, Токаев and Tokayev; a Latin-script
  name such as ``org:en:Amanat`` is written alike in all three languages);
- ``p:<skeleton>``: the consonant skeleton of a person's surname, read from pinyin, a Russian
  transliteration or the English spelling (穆尔扎波森诺夫 and Myrzabossynov give ``mlzbsnv``), so a
  person the gazetteer does not know still matches across scripts;
- ``n:<key>``: a number (:mod:`pipeline.align.numbers`);
- ``s:<entity_id>``: a quoted speaker;
- ``w:<word>``: a Latin-script word, which Chinese and Russian texts keep as written (Amanat, E-otinish,
  SOCAR); in English text only capitalised words count, and pairing keeps a key only where documents of
  two languages have it.

Length is counted in Chinese-character equivalents: non-space characters divided by the language's
characters per Chinese character (:data:`CHARS_PER_ZH`, measured on the development pairs).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from pipeline.align.numbers import key_weight, number_keys

CHARS_PER_ZH: dict[str, float] = {"zh": 1.0, "ru": 2.7, "kk": 2.7, "en": 2.6}
"""Non-space characters per Chinese character in a translation, from the aligned sentences of the
development pairs (Russian 2.70; English 1.99 and 2.88 in two pairs, 2.6 pooled)."""

_RU_LATIN = dict(
    zip(
        "абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі",
        "a b v g d e e zh z i y k l m n o p r s t u f kh ts ch sh sch _ y _ e yu ya a g k n o u u h i".split(),  # noqa: SIM905
        strict=True,
    )
)
_RU_ENDINGS = re.compile(r"(?:ого|ому|ыми|ими|ым|им|ом|ой|ей|ую|ая|ах|ях|а|у|е|ы)$")


def neutral_length(text: str, lang: str) -> float:
    """Length in Chinese-character equivalents (spaces are not counted in any script)."""
    if text.isprintable():  # no whitespace but the plain space, which is counted without splitting the text
        return (len(text) - text.count(" ")) / CHARS_PER_ZH.get(lang, 2.7)
    return len("".join(text.split())) / CHARS_PER_ZH.get(lang, 2.7)


def _latin(word: str) -> str:
    return "".join(_RU_LATIN.get(char, char) for char in word.lower()).replace("_", "")


def _skeleton(latin: str) -> str:
    """Consonants of a romanised name with the distinctions transliteration loses merged (r/l, f/v,
    zh/z, sh/s, pinyin x/q/j), doubled letters collapsed."""
    text = latin.lower()
    for old, new in (("zh", "z"), ("sh", "s"), ("ch", "c"), ("kh", "h"), ("ts", "c"), ("ph", "f"), ("dj", "z")):
        text = text.replace(old, new)
    text = text.translate(str.maketrans("rfxqjwg", "lvsczvk"))
    consonants = [char for char in text if char.isalpha() and char not in "aeiouy "]
    collapsed = [char for index, char in enumerate(consonants) if index == 0 or consonants[index - 1] != char]
    return "".join(collapsed)


@functools.lru_cache(maxsize=1 << 16)
def name_key(surface: str) -> str | None:
    """The anchor of a person's surname as written in any script (None when too short to mean much)."""
    skeleton = name_skeleton(surface)
    return f"p:{skeleton}" if len(skeleton) >= 3 else None


def name_skeleton(surface: str) -> str:
    """The consonant skeleton of the last part of a name in any script (穆尔扎波森诺夫, Мырзабосынов and
    Myrzabossynov all give ``mlzbsnv``); empty for nothing."""
    parts = [part for part in re.split(r"[\s·‧•・\-.]+", surface) if part]
    if not parts:
        return ""
    surname = parts[-1]
    if re.search("[\u4e00-\u9fff]", surname):
        from pipeline.lang.zh.pinyin import syllables

        latin = "".join(syllables(surname))
    elif re.search("[\u0400-\u04ff]", surname):
        word = surname.lower()
        if len(word) > 5:
            word = _RU_ENDINGS.sub("", word)
        latin = _latin(word)
    else:
        latin = surname.lower()
        latin = re.sub(r"[’'`]s$", "", latin)
    return _skeleton(latin)


@dataclass(slots=True)
class MentionAnchor:
    """A mention as alignment sees it."""

    start: int
    end: int
    entity_id: str | None
    label: str
    text: str


def mention_keys(mention: MentionAnchor) -> list[str]:
    keys = [f"e:{mention.entity_id}"] if mention.entity_id else []
    if mention.label == "PER":
        key = name_key(mention.text)
        if key:
            keys.append(key)
    return keys


@functools.lru_cache(maxsize=1 << 16)
def anchor_weight(key: str) -> float:
    """Prior weight of one anchor: entities and names 1, numbers by how specific they are."""
    if key.startswith("n:"):
        return key_weight(key[2:])
    if key.startswith("s:"):
        return 1.5
    if key.startswith("w:"):
        return 0.7
    return 1.0


_NOT_ANCHORS = frozenset({"none", "null", "nan", "kazinform", "qazinform", "photo", "http", "https", "www", "com"})
"""Latin words every article may carry (agency names, leftovers of scraping) that say nothing about a story."""

_LATIN_WORD = re.compile(r"[A-Za-z](?<![A-Za-z0-9][A-Za-z])[A-Za-z0-9]*(?:-[A-Za-z0-9]+)*")
"""A Latin-script word not glued to letters or digits before it (the look-behind follows the first letter,
so a search skips to the next Latin letter)."""


def latin_words(text: str, lang: str) -> list[str]:
    """Latin-script words of three letters or more (capitalised ones only in English text)."""
    words = []
    for match in _LATIN_WORD.finditer(text):
        word = match.group()
        if len(word) >= 3 and (lang != "en" or word[0].isupper()) and word.lower() not in _NOT_ANCHORS:
            words.append(f"w:{word.lower()}")
    return words


def anchor_list(text: str, lang: str, mentions: Iterable[MentionAnchor]) -> list[str]:
    """Anchors of one stretch of text and the mentions inside it, each as often as it occurs: figures,
    Latin-script words, then the mentions' keys."""
    found = [f"n:{key}" for key in number_keys(text, lang)]
    found += latin_words(text, lang)
    for mention in mentions:
        found += mention_keys(mention)
    return found


@dataclass(slots=True)
class Signature:
    """A document as pairing sees it (small: a few dozen keys)."""

    doc_id: str
    lang: str
    date: dt.date | None
    length: float
    keys: Counter[str] = field(default_factory=Counter)


def signature(
    doc_id: str, lang: str, date: dt.date | None, text: str, story: Counter[str], speakers: Iterable[str] = ()
) -> Signature:
    """The signature of one document: the anchors that tell its story apart (``story``, as
    :func:`pipeline.align.sentences.make_units` counts them over its units: not the photo credits and
    datelines around them, not the lexicon's common words) and its quoted speakers' entity ids."""
    keys = Counter(story)
    keys.update(f"s:{speaker}" for speaker in speakers if speaker)
    return Signature(doc_id, lang, date, neutral_length(text, lang), keys)
