"""Persons outside the gazetteer whom the two versions of one story both name (the same person in two scripts).

A Chinese article names a Kazakh official as 梅列克·库尔克诺夫 and its Russian version as Мереке Кулкенов; neither is in
the gazetteer, so each has an id of its own (``per:zh:…``, ``per:ru:…``). Within a pair of articles that tell one
story (:mod:`pipeline.align.pairing`), a Chinese transliteration and a Russian or English name are one person when the
transliteration's Cyrillic reading is near that name and nearer than to anyone else the other version names: the
corpus then links them (the entities table's ``same_as``) and gives the Chinese one the other's spelling, which is the
person's own, where a romanisation of the Chinese is a guess.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.lang.kk.lexicon import CYRILLIC_SPELLING
from pipeline.lang.ru.palladius import chinese_name_in_pinyin
from pipeline.lang.zh.translit import cyrillic_readings, opens_alike, reading_cost, romanize_chinese_name
from pipeline.names import name_parts

FULL_NAME_COST = 0.4
"""The most a full name's reading may differ from the other name, per letter (the mean of the given name's and the
surname's :func:`~pipeline.lang.zh.translit.reading_cost`): 科希尔·拉苏尔佐达, read Кошир Ласурзода, is Кохир Расулзода
(0.23). On the gazetteer's persons with Chinese and Russian or English names, each put beside eight or thirty others:
85% of the Chinese forms (the name and its surname alone) found among Russian names, 80% among English ones, none
taken for another; with the person left out, none taken among eight others, one of about 250 among thirty
(``python evaluation/evaluate.py --only pair-linking``)."""
SURNAME_COST = 0.3
"""The same for a surname written alone (库尔克诺夫, read Куркнов, is Кулкенов: 0.08; 科伊勒拜, read Койлбай, is too far
from Килыбай alone: 0.36, though near enough within 努尔达乌列特·科伊勒拜), which has fewer letters to tell people apart
by."""
MARGIN = 0.1
"""How much nearer the nearest name must be than the next one: two names alike leave the person unlinked."""


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A person of one version: its entity id, the language of the name and the fullest name seen."""

    entity_id: str
    lang: str
    name: str


def same_persons(chinese: Iterable[NamedPerson], others: Iterable[NamedPerson]) -> list[tuple[str, str]]:
    """(Chinese entity id, other entity id) for each Chinese person who is one of the other version's persons. A
    person of the other version is taken by one Chinese person, or by several that can be one (梅列克·库尔克诺夫 and
    库尔克诺夫 written alone, where the article did not tell they are one); else by none."""
    others = list(others)
    found: dict[str, str] = {}
    names: dict[str, str] = {}
    for person in chinese:
        names[person.entity_id] = person.name
        costs = sorted(
            (cost, other.entity_id)
            for other in others
            if (cost := _cost(person.name, other.lang, other.name)) is not None
        )
        if not costs:
            continue
        limit = SURNAME_COST if len(name_parts(person.name)) == 1 else FULL_NAME_COST
        best, entity_id = costs[0]
        if best <= limit and (len(costs) == 1 or costs[1][0] - best >= MARGIN):
            found[person.entity_id] = entity_id
    takers: dict[str, list[list[str]]] = {}
    for chinese_id, other_id in found.items():
        takers.setdefault(other_id, []).append(name_parts(names[chinese_id]))
    return [(chinese_id, other_id) for chinese_id, other_id in found.items() if _one_person(takers[other_id])]


def _one_person(names: list[list[str]]) -> bool:
    """Whether the Chinese names that took one person can be that one person: one surname, and one full name at most
    (梅列克·库尔克诺夫 and 库尔克诺夫; not 叶尔兰·卡林 and 阿斯兰·卡林)."""
    return len({parts[-1] for parts in names}) == 1 and len({tuple(parts) for parts in names if len(parts) > 1}) <= 1


def _words(lang: str, name: str) -> list[str] | None:
    """The other name's words in Cyrillic, lower case (English through the Kazakh Latin-to-Cyrillic letters)."""
    words = [word.lower() for word in name_parts(name)]
    if lang == "en":
        spelled = [CYRILLIC_SPELLING.word(word) for word in words]
        return None if None in spelled else spelled  # type: ignore[return-value]
    return words if lang == "ru" and words else None


@functools.lru_cache(maxsize=1 << 16)
def _cost(name: str, lang: str, other: str) -> float | None:
    """How far a Chinese name is from the other name: a Chinese person's pinyin against the other's (the same name or
    not at all), a transliteration by its nearest Cyrillic reading; None when it has no reading. Cached: the officials
    of a corpus come back in pair after pair."""
    pinyin = romanize_chinese_name(name)
    if pinyin is not None:
        written = other if lang == "en" else chinese_name_in_pinyin(other) if lang == "ru" else None
        return 0.0 if written is not None and written.casefold() == pinyin.casefold() else None
    words = _words(lang, other)
    if words is None:
        return None
    costs = []
    for reading in cyrillic_readings(name):
        parts = [part.lower() for part in name_parts(reading)]
        if not parts:
            continue
        if not opens_alike(parts[-1], words[-1]):
            continue  # never near enough, and the edit distance is the costly part
        cost = reading_cost(parts[-1], words[-1])
        if len(parts) >= 2 and len(words) >= 2:
            cost = (cost + reading_cost(parts[0], words[0])) / 2
        costs.append(cost)
    return min(costs) if costs else None
