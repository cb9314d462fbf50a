"""Chinese transliteration of foreign names: pinyin readings (the characters and endings are in ``data/``).

Xinhua-style transliteration (哈斯穆-卓玛尔特·托卡耶夫, 努尔达乌列特·科伊勒拜) draws on a small, stable set of
characters chosen for their sound. A run of them, joined by ``·`` or a hyphen, or ending like a Russian or
Kazakh surname (…耶夫, …诺娃, …拜), is a foreign name.
"""

from __future__ import annotations

import collections
import functools
import itertools
import math
import re

from pipeline.lang.kk.lexicon import GIVEN_NAMES, NAME_WORDS, wider_given_names
from pipeline.lang.ru.lexicon import SURNAME_ENDINGS as RUSSIAN_SURNAME_ENDINGS
from pipeline.lang.ru.lexicon import romanize_russian_name
from pipeline.lang.ru.palladius import PALLADIUS
from pipeline.lang.zh.lexicon import (
    CHINESE_SURNAMES,
    CLOSE_VOWELS,
    ONE_N_JOINING_CHARS,
    SOUND_GROUPS,
    SURNAME_ENDINGS,
    SURNAME_READINGS,
    TRANSLIT_CHARS,
)
from pipeline.lang.zh.pinyin import syllables
from pipeline.names import NAME_DOTS, NAME_JOINERS, with_han_joiners
from pipeline.rules import load_table, mapping
from pipeline.spelling import Respeller, parse_rule

__all__ = [
    "SURNAME_ENDINGS",
    "TRANSLIT_CHARS",
    "chinese_surname",
    "consonant_added",
    "cyrillic_reading",
    "cyrillic_readings",
    "known_name_reading",
    "opens_alike",
    "pinyin_reading",
    "reading_cost",
    "reads_as",
    "romanize_chinese_name",
    "romanize_person",
    "romanize_transliteration",
    "same_consonants",
]


def _with_one_n(readings: dict[str, str]) -> dict[str, str]:
    """The readings with a rule for each character or row read with a final н before each character of
    ``one_n_joining_chars.tsv`` (`[兰]娜` -> ла, `[伊万]诺` -> ива), where the table gives none: н is written once."""
    joined = dict(readings)
    for written, reading in readings.items():
        if reading.endswith("н") and not any(mark in written for mark in "[]^$"):  # 兰, also a whole row: 伊万
            for joiner in sorted(ONE_N_JOINING_CHARS):
                joined.setdefault(f"[{written}]{joiner}", reading[:-1])
    return joined


_READINGS = _with_one_n(mapping("zh", "cyrillic_readings", "cyrillic"))
CYRILLIC_READINGS = Respeller(_READINGS)
"""Han characters of a transliterated name -> the Cyrillic they render (``data/cyrillic_readings.tsv``)."""
_ALTERNATIVES = tuple((row["written"], row["cyrillic"]) for row in load_table("zh", "alternative_readings"))
"""The other readings of characters that write two sounds or more (谢 ше for се, 加 жа for га, 然 рен and ран for
жан; ``data/alternative_readings.tsv``), as (key, reading) rows: a key may have several."""
_ALTERNATIVE_LETTERS = tuple(parse_rule(key, "").letters for key, _ in _ALTERNATIVES)
"""Each row's characters (``^[沃]`` -> 沃)."""
_MOST_ALTERNATIVES = 4
"""Characters with two readings whose readings are combined in every way (2**4 readings at most)."""
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
    surname = SURNAME_READINGS.get(name[0], surname)  # 曾庆红 -> Zeng Qinghong, not Ceng
    return f"{surname.capitalize()} {''.join(given).capitalize()}"


@functools.cache
def _pinyin_surnames() -> frozenset[str]:
    return frozenset(SURNAME_READINGS.get(char, syllables(char)[0]).capitalize() for char in CHINESE_SURNAMES)


def chinese_surname(name: str) -> str | None:
    """The surname of a Chinese person's full name, which comes first in Han and in pinyin alike (张汉晖 -> 张,
    Xi Jinping -> Xi); None for any other name."""
    if romanize_chinese_name(name) is not None:
        return name[0]
    parts = name.split()
    return parts[0] if len(parts) == 2 and parts[0] in _pinyin_surnames() and parts[1][:1].isupper() else None


def cyrillic_reading(name: str) -> str | None:
    """A transliterated name read back in Cyrillic (叶尔兰·阿克肯杰诺夫 -> Ерлан Аккенженов, a hyphen kept:
    哈斯穆-卓玛尔特 -> Хасму-Жомарт); a character the readings lack is read as Russian writes its Mandarin syllable
    (霍世曼: 世 ши, the Palladius system); None when even that fails."""
    spaced = _DOTS.sub(" ", name.strip())
    reading = CYRILLIC_READINGS.name(spaced)
    if reading is not None:
        return reading or None
    unread = {char for char in spaced if "\u4e00" <= char <= "\u9fff" and CYRILLIC_READINGS.word(char) is None}
    if len(unread) != 1 or len(spaced) - len(unread) < _READ_AROUND:
        return None
    char = unread.pop()
    cyrillic = _palladius_of_pinyin().get(syllables(char)[0])
    return (_respeller_adding(char, cyrillic).name(spaced) or None) if cyrillic else None


_READ_AROUND = 3
"""Characters with readings a name needs around the one it lacks before that one is read by its syllable: a
transliteration with an uncommon character (霍世曼), not common words (学校)."""


@functools.cache
def _palladius_of_pinyin() -> dict[str, str]:
    """Toneless pinyin syllable -> its Palladius Cyrillic (``pipeline/lang/ru/data/palladius.tsv``)."""
    return {pinyin: cyrillic for cyrillic, pinyin in PALLADIUS.items()}


@functools.lru_cache(maxsize=256)
def _respeller_adding(char: str, cyrillic: str) -> Respeller:
    """The readings with that of a character they lack (世 -> ши)."""
    return Respeller({**_READINGS, char: cyrillic})


@functools.lru_cache(maxsize=4096)
def cyrillic_readings(name: str) -> tuple[str, ...]:
    """Every Cyrillic reading of a transliterated name: the common one, and the other one when a character has two
    (阔谢若夫 -> Косеров, Кошеров; 沃勒扎斯 -> Волзас, Олзас); empty when a character has no reading. Cached: the
    linker and the romaniser read the same names of a document again."""
    reading = cyrillic_reading(name)
    if reading is None:
        return ()
    present = [row for row, letters in enumerate(_ALTERNATIVE_LETTERS) if letters in name][:_MOST_ALTERNATIVES]
    readings = [reading]
    for count in range(1, len(present) + 1):
        for rows in itertools.combinations(present, count):
            keys = [_ALTERNATIVES[row][0] for row in rows]
            if len(set(keys)) < len(keys):
                continue  # two other readings of one character: one at a time
            other = _respeller_with(rows).name(_DOTS.sub(" ", name.strip()))
            if other and other not in readings:
                readings.append(other)
    return tuple(readings)


@functools.lru_cache(maxsize=64)
def _respeller_with(rows: tuple[int, ...]) -> Respeller:
    """The common readings with the other readings of ``rows`` (沃勒加斯: 沃 and 加 both read the other way)."""
    return Respeller({**_READINGS, **dict(_ALTERNATIVES[row] for row in rows)})


def romanize_transliteration(name: str, *, given_names_only: bool = False) -> str | None:
    """The Latin spelling of a transliterated Kazakh or Central Asian name, through its Cyrillic reading put
    right by the known given names (凯拉特·阿布德拉赫曼诺夫 -> Kairat Abdrakhmanov, not Kailat Abdlakhmanov):
    what Kazakh English-language news would most likely write; ``given_names_only`` for the given names of a name
    whose surname is spelled apart."""
    readings = cyrillic_readings(name)
    if not readings:
        return None
    named = [known_name_reading(reading) for reading in readings]
    # the most known words; on ties the common reading, unless another spells names far more as names are spelled
    return romanize_russian_name(
        max(named, key=lambda reading: (_known_words(reading), _spelling_score(reading, reading is named[0]))),
        given_names_only=given_names_only,
    )


_OTHER_READING_MARGIN = 0.6
"""How much more likely per letter (natural log, summed over the words) another reading must be than the common one
by the model of name spellings before it is taken (努尔吉格托夫 Нуржигитов, not Нургигтов; 巴特拉谢夫 Батрашев, not
Батласев). Chosen on the opened evaluation sets: lower margins trade common readings that were right for others."""
_MODEL_ORDER = 3
_SMOOTHING = 0.1


@functools.cache
def _spelling_model() -> tuple[collections.Counter[str], collections.Counter[str], int]:
    """Letter trigram counts of the known given names and name words (the same lists that put readings right):
    how Kazakh and Russian names are spelled, for readings no listed name settles."""
    names = [name.lower() for name in _KNOWN if len(name) > 2]
    grams: collections.Counter[str] = collections.Counter()
    contexts: collections.Counter[str] = collections.Counter()
    for name in names:
        for gram in _trigrams(name):
            grams[gram] += 1
            contexts[gram[:-1]] += 1
    return grams, contexts, len(set("".join(names))) + 1


def _trigrams(word: str) -> list[str]:
    """The letter trigrams of a word padded at both ends (`^^а`, `^ал`, …, `н$`)."""
    padded = "^" * (_MODEL_ORDER - 1) + word + "$"
    return [padded[end - _MODEL_ORDER + 1 : end + 1] for end in range(_MODEL_ORDER - 1, len(padded))]


def _spelling_score(reading: str, common: bool) -> float:
    """The mean log-probability per letter of each word of a reading under the spelling model, summed over its words;
    another reading than the common one pays ``_OTHER_READING_MARGIN``."""
    grams, contexts, letters = _spelling_model()
    score = 0.0 if common else -_OTHER_READING_MARGIN
    for word in _CYRILLIC_WORD.findall(reading.lower()):
        trigrams = _trigrams(word)
        total = sum(
            math.log((grams[gram] + _SMOOTHING) / (contexts[gram[:-1]] + _SMOOTHING * letters)) for gram in trigrams
        )
        score += total / (len(trigrams) + _MODEL_ORDER - 1)  # per letter of the padded word, as the model counts
    return score


def _known_words(reading: str) -> int:
    """How many words of a reading are known given names or surnames made of one (赛力克 reads Сайлик, and Серик
    the other way: the name it is)."""
    return sum(word.lower() in _KNOWN or _known_word(word) != word for word in _CYRILLIC_WORD.findall(reading))


_KNOWN = GIVEN_NAMES | NAME_WORDS
"""The words a reading is put right by: given names, and the given names and surnames of Kazakh news."""
_FEMININE_SURNAME = tuple(
    ending for ending in RUSSIAN_SURNAME_ENDINGS if ending.endswith("а") and ending[:-1] in RUSSIAN_SURNAME_ENDINGS
)
"""Endings of a woman's surname that are the man's with `а` (-ова, -ева, -ина: Ашимбаева is Ашимбаев's)."""
_VOWELS = frozenset("аеёиоуыэюяіұүәөйьъ")
_DROPPED_VOWELS = frozenset("ыиейьъ")
"""Vowels and signs a transliteration may leave out or add (萨德尔 reads Садр for Садыр)."""
_UNWRITTEN_VOWELS = frozenset("ыьъ")
"""Of those, the ones Xinhua has no character for (the reduced ы and the signs), where и, е and й mostly have
one: leaving one of these out costs less (哈勒姆詹 reads Халмжан: Галымжан rather than Галимжан)."""
_WEAK_VOWELS = frozenset("у")
"""Vowels a transliteration leaves out after a consonant written alone (扎克珀娃 reads Жакпова for Жакупова) or
adds to break a cluster (扎苏兰 reads Жасулан for Жаслан), at a higher cost than the signs above."""
_SOUND_GROUP = {letter: group.split()[0] for group in SOUND_GROUPS for letter in group.split()}
_CLOSE_VOWELS = frozenset(frozenset(pair.split()) for pair in CLOSE_VOWELS)
# What each difference between a reading and a known name costs; another consonant or vowel never fits.
_SAME_GROUP = 0.3  # a consonant of the same sound group (sound_groups.tsv) for another
_CLOSE_VOWEL = 0.25  # a vowel for a close one (close_vowels.tsv)
_DROPPED_VOWEL = 0.35  # one of _DROPPED_VOWELS left out or added
_UNWRITTEN_VOWEL = 0.3  # one of _UNWRITTEN_VOWELS left out or added
_WEAK_VOWEL = 0.7  # one of _WEAK_VOWELS left out or added
_DOUBLED = 0.2  # a consonant written once where the name doubles it, or the other way round
_DIFFERENT = 2.0  # any other change: never within a fit's cost
_COST_PER_LETTER, _MOST_COST = 0.16, 1.1
"""A known name fits a reading when the differences cost less than this much per letter and in all."""
_LISTED_MOST_COST = 0.5
"""What a word of ``name_words.tsv`` alone may differ by: one sound the transliteration writes alike, or one
vowel it leaves out (Хошанов: Кошанов, Ашмбаев: Ашимбаев); its Kazakh spellings folded are not always the Russian
ones (Смайылов for Смаилов), so no more."""
_SURNAME_SUFFIXES = tuple(sorted(RUSSIAN_SURNAME_ENDINGS, key=len, reverse=True))
"""Endings that make a surname of a given name (Абдрахман -> Абдрахманов, Касымали -> Касымалиев), longest
first (``pipeline/lang/ru/data/name_endings.tsv``)."""


def _as_written(word: str) -> str:
    """Letters as a transliteration writes them: дж as ж (贾), and м before б as н (别森巴耶夫 for Бейсембаев:
    Chinese has no syllable that ends in m)."""
    return word.replace("дж", "ж").replace("мб", "нб")


def _sound(letter: str) -> str:
    return _SOUND_GROUP.get(letter, letter)


def _consonant_key(word: str) -> str:
    """The word's consonants by sound group, doubled ones once: what a transliteration keeps of a name."""
    key: list[str] = []
    for letter in _as_written(word):
        if letter not in _VOWELS and (not key or key[-1] != _sound(letter)):
            key.append(_sound(letter))
    return "".join(key)


def _gap_cost(word: str, index: int) -> float:
    letter = word[index]
    if letter in _VOWELS:
        if letter in _DROPPED_VOWELS:
            return _UNWRITTEN_VOWEL if letter in _UNWRITTEN_VOWELS else _DROPPED_VOWEL
        return _WEAK_VOWEL if letter in _WEAK_VOWELS else _DIFFERENT
    return _DOUBLED if index > 0 and word[index - 1] == letter else _DIFFERENT  # пб are two sounds (普巴), сс one


def _difference(reading: str, name: str) -> float:
    """How far a reading is from a name, letter by letter (an edit distance weighted by the costs above: the у a
    transliteration leaves out or adds costs less than another vowel, 布 written for бу in 叶尔克布兰 Еркебулан)."""
    a, b = _as_written(reading), _as_written(name)
    previous = [0.0]
    for j in range(len(b)):
        previous.append(previous[-1] + _gap_cost(b, j))
    for i, x in enumerate(a):
        current = [previous[0] + _gap_cost(a, i)]
        for j, y in enumerate(b):
            if x == y:
                change = 0.0
            elif x in _VOWELS and y in _VOWELS:
                change = _CLOSE_VOWEL if frozenset((x, y)) in _CLOSE_VOWELS else _DIFFERENT
            else:
                change = _SAME_GROUP if _sound(x) == _sound(y) else _DIFFERENT
            skip_a, skip_b = previous[j + 1] + _gap_cost(a, i), current[j] + _gap_cost(b, j)
            current.append(min(previous[j] + change, skip_a, skip_b))
        previous = current
    return previous[-1]


_READING_COST_PER_LETTER, _READING_MOST_COST = 0.3, 1.5
"""A reading stands for a known name word when its differences cost at most this much per letter of the
known word and in all: only letters a transliteration writes alike, close vowels, vowels left out or added
and doubled letters, never another consonant or vowel (which costs 2.0)."""


def opens_alike(reading: str, known: str) -> bool:
    """Whether two lower-case Cyrillic words open with letters a transliteration writes alike (a consonant of one sound
    group, or two vowels): what a reading and a name it may stand for always share (Ласурзода, Расулзода)."""
    return _sound(reading[:1]) == _sound(known[:1]) or (reading[:1] in _VOWELS and known[:1] in _VOWELS)


def reads_as(reading: str, known: str) -> bool:
    """Whether one word of a transliteration's Cyrillic reading can be the known Cyrillic word, case aside
    (Смайлов ~ Смаилов, Абдлахманов ~ Абдрахманов, Кошанов is not Косанов)."""
    reading, known = reading.lower(), known.lower()
    if not opens_alike(reading, known):
        return False
    limit = min(_READING_MOST_COST, _READING_COST_PER_LETTER * len(known))
    return _difference(reading, known) <= limit + 1e-9


def reading_cost(reading: str, known: str) -> float:
    """How far one word of a transliteration's Cyrillic reading is from a Cyrillic word, per letter of that word, case
    aside: 0 for the word itself, 0.3 for each sound the script writes alike (Ласурзода ~ Расулзода: 0.6 over nine
    letters), 2 for another consonant or vowel. :func:`reads_as` is a fixed limit of it; this ranks candidates."""
    known = known.lower()
    return _difference(reading.lower(), known) / max(len(known), 1)


_MIN_CONSONANTS = 4
"""Consonants a given name needs before its consonants alone may stand for it (Умирзак: мрзк; not Марат, Мурат)."""


def same_consonants(reading: str, known: str, least: int = _MIN_CONSONANTS) -> bool:
    """Whether a word of a transliteration's reading has the known word's consonants, by sound group and in
    order, and at least ``least`` of them to tell names apart (Омурузак ~ Умирзак): vowels are what a
    transliteration writes least faithfully."""
    key = _consonant_key(reading.lower())
    return len(key) >= least and key == _consonant_key(known.lower())


def consonant_added(reading: str, known: str, least: int = _MIN_CONSONANTS) -> bool:
    """Whether a word of a transliteration's reading has the known word's consonants and one more (Кувандко ~
    Куандык: к-в-н-д-к, к-н-д-к), opening alike and with ``least`` consonants in the known word: a transliteration
    writes a glide as a consonant of its own (万 for уан). Never one fewer: Нурлан (н-р-н by sound groups) is not
    Нуржан."""
    key, known_key = _consonant_key(reading.lower()), _consonant_key(known.lower())
    if len(known_key) < least or len(key) != len(known_key) + 1 or not opens_alike(reading.lower(), known.lower()):
        return False
    return any(key[:i] + key[i + 1 :] == known_key for i in range(len(key)))


def _by_key(names: frozenset[str]) -> dict[str, tuple[str, ...]]:
    by_key: dict[str, list[str]] = {}
    for name in names:
        by_key.setdefault(_consonant_key(name), []).append(name)
    return {key: tuple(sorted(names)) for key, names in by_key.items()}


@functools.cache
def _names_by_key() -> dict[str, tuple[str, ...]]:
    return _by_key(_KNOWN)


@functools.cache
def _wider_given_names_by_key() -> dict[str, tuple[str, ...]]:
    return _by_key(wider_given_names())


def _nearest_name(word: str, wider: bool = False) -> str | None:
    """The one known name word a lower-case reading stands for, or None when none or two fit as well; ``wider``:
    the one given name of natasha's list it stands for."""
    if len(word) < 3 or word in _KNOWN or (wider and word in wider_given_names()):
        return None
    limit = min(_MOST_COST, _COST_PER_LETTER * len(word))
    listed_limit = limit if wider else min(limit, _LISTED_MOST_COST)  # a listed name word that is no given name
    first = _as_written(word)[0]  # `джакып` starts with ж as a transliteration writes it (贾)
    fits = sorted(
        (cost, name)
        for name in (_wider_given_names_by_key() if wider else _names_by_key()).get(_consonant_key(word), ())
        if name[0] == first or frozenset((name[0], first)) in _CLOSE_VOWELS or _sound(name[0]) == _sound(first)
        if (cost := _difference(word, name)) < (limit if name in GIVEN_NAMES else listed_limit)
    )
    if not fits or (len(fits) > 1 and fits[1][0] == fits[0][0]):
        return None
    return fits[0][1]


def _known_word(word: str) -> str:
    """A word of a reading as the given name it stands for, or a surname made of one (Абдлахманов ->
    Абдрахманов); the word itself when no known name fits."""
    lower = word.lower()
    if lower in _KNOWN:
        return word
    name = _nearest_name(lower)
    if name is None and lower.endswith(_FEMININE_SURNAME) and (man := _nearest_name(lower[:-1])):
        name = f"{man}а" if f"{man}а".endswith(_FEMININE_SURNAME) else None  # a listed man's surname, not a given name
    if name is None:
        suffix = next((s for s in _SURNAME_SUFFIXES if lower.endswith(s) and len(lower) - len(s) >= 4), "")
        stem = lower[: -len(suffix)] if suffix else ""
        found = _nearest_name(stem) if stem and stem not in _KNOWN else None
        name = _surname_of(found, suffix) if found else None
    return word if name is None else name[:1].upper() + name[1:]


def _surname_of(given: str, suffix: str) -> str:
    """The surname a given name makes with an ending: the й of a name in -ай, -ей is no part of it before -ев
    (Бейсембай -> Бейсембаев, Карабай -> Карабаев)."""
    return given[:-1] + suffix if given.endswith("й") and suffix.startswith("е") else given + suffix


_CYRILLIC_WORD = re.compile("[а-яёА-ЯЁіұүәөқғңһІҰҮӘӨҚҒҢҺ]+")


def known_name_reading(reading: str) -> str:
    """A Cyrillic reading of a transliterated name with each word put right by the known given names where the
    transliteration cannot tell sounds apart (Кайлат Абдлахманов -> Кайрат Абдрахманов); a given name, any word
    before the last, that none of them fits by the wider list of given names (Танцила -> Танзила, Эдир -> Эдиль);
    other words as read."""
    words = list(_CYRILLIC_WORD.finditer(reading))
    return _CYRILLIC_WORD.sub(
        lambda match: _given_name_word(match.group()) if match.end() < words[-1].end() else _known_word(match.group()),
        reading,
    )


def _given_name_word(word: str) -> str:
    """A word in a given name's place put right by the known names, or else by the one wider given name it fits."""
    known = _known_word(word)
    if known != word:
        return known
    name = _nearest_name(word.lower(), wider=True)
    return word if name is None else name[:1].upper() + name[1:]


@functools.lru_cache(maxsize=4096)
def romanize_person(name: str) -> str | None:
    """A person's name in Latin letters: pinyin for a Chinese name (韩春霖 -> Han Chunlin), the Kazakh English
    spelling for a transliterated one (叶尔兰·卡林 -> Yerlan Kalin), a Western name's own spelling for its parts
    that are known (杰里米·多库 -> Jeremy Doku); a name ending as a transliterated surname does (谢若夫, …耶夫) is
    read as one, though it starts with a Chinese surname. A dash between its parts is a joiner (哈斯穆–卓玛尔特)."""
    name = with_han_joiners(name)
    if (western := _with_western_parts(name)) is not None:
        return western
    if name.endswith(SURNAME_ENDINGS) and (latin := romanize_transliteration(name)):
        return latin
    return romanize_chinese_name(name) or romanize_transliteration(name)


_WESTERN_NAMES = mapping("zh", "western_names", "latin")
_NAME_PART = re.compile(f"[^{re.escape(NAME_JOINERS)}]+")


def _with_western_parts(name: str) -> str | None:
    """A joined name with a part of ``western_names.tsv``: that part in its own spelling, the others read as
    transliterations; None for a name with none."""
    parts = _NAME_PART.findall(name)
    if not any(part in _WESTERN_NAMES for part in parts):
        return None
    spelled = [  # the parts before the last are given names: 阿列克谢·崔 -> Alexey Tsoi, like Alexey Ivanov
        _WESTERN_NAMES.get(part) or romanize_transliteration(part, given_names_only=index < len(parts) - 1)
        for index, part in enumerate(parts)
    ]
    return " ".join(spelled) if all(spelled) else None  # type: ignore[arg-type]
