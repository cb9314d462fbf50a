"""Persons outside the gazetteer whom the two versions of one story both name (the same person in two scripts).

A Chinese article names a Kazakh official as 梅列克·库尔克诺夫 and its Russian version as Мереке Кулкенов; neither is in
the gazetteer, so each has an id of its own (``per:zh:…``, ``per:ru:…``). Within a pair of articles that tell one
story (:mod:`pipeline.align.pairing`), a Chinese transliteration and a Russian or English name are one person when the
transliteration's Cyrillic reading is near that name and nearer than to anyone else the other version names; so are
a Russian name and an English one, the English read back in Cyrillic (Kulkenov: Кулкенов). The corpus then links them
(the entities table's ``same_as``) and gives the Chinese or Russian one the other's English spelling, which is the
person's own, where a romanisation is a guess (Kiyassov for Kiyasov).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass

from pipeline.lang.kk.lexicon import CYRILLIC_SPELLING, fold
from pipeline.lang.ru.palladius import chinese_name_in_pinyin
from pipeline.lang.zh.translit import cyrillic_readings, opens_alike, reading_cost, romanize_chinese_name
from pipeline.names import name_parts

FULL_NAME_COST = 0.4
"""The most a full name's reading may differ from the other name, per letter (the mean of the given name's and the
surname's :func:`~pipeline.lang.zh.translit.reading_cost`): 科希尔·拉苏尔佐达, read Кошир Ласурзода, is Кохир Расулзода
(0.23). On the gazetteer's persons with Chinese and Russian or English names, each put beside eight or thirty others:
86% of the Chinese forms (the name and its surname alone) found among Russian names, 81% among English ones, none
taken for another; with the person left out, none taken among eight others, one of about 250 among thirty
(``python evaluation/evaluate.py --only pair-linking``)."""
SURNAME_COST = 0.3
"""The same where either side is a surname written alone, which has fewer letters to tell people apart by (库尔克诺夫,
read Куркнов, is Кулкенов: 0.08; 科伊勒拜, read Койлбай, is too far from Килыбай: 0.36, though 努尔达乌列特·科伊勒拜 is
near enough to Нурдаулет Килыбай: 0.18)."""
MARGIN = 0.1
"""How much nearer the nearest name must be than the next one of someone else: two names alike leave the person
unlinked; one person named twice by the other version (Мереке Кулкенов, then Кулкенов) is still one."""


@dataclass(frozen=True, slots=True)
class NamedPerson:
    """A person of one version: its entity id, the language of the name and the fullest name seen."""

    entity_id: str
    lang: str
    name: str


def same_persons(persons: Iterable[NamedPerson], others: Iterable[NamedPerson]) -> list[tuple[str, str]]:
    """(entity id, other entity id) for each person of one version (Chinese, or Russian beside an English version) who
    is one of the other version's persons. A person of the other version is taken by one person, or by several that
    can be one (梅列克·库尔克诺夫 and 库尔克诺夫 written alone, where the article did not tell they are one); else by
    none."""
    others = list(others)
    parts = [_folded(other.name) for other in others]
    found: dict[str, str] = {}
    names: dict[str, str] = {}
    for person in persons:
        names[person.entity_id] = person.name
        costs = sorted(
            (cost, index)
            for index, other in enumerate(others)
            if (cost := _cost(person.lang, person.name, other.lang, other.name)) is not None
        )
        if not costs:
            continue
        best, nearest = costs[0]
        # the names of the one person nearest (the other version may name one person twice: Мереке Кулкенов, then
        # Кулкенов), each within its own limit; the next name of someone else must be clearly farther
        group = [index for _, index in costs if _one_person([parts[nearest], parts[index]])]
        if not _one_person([parts[index] for index in group]):
            continue  # Кулкенов beside Мереке and Нурлан Кулкенов: two people the surname may be
        cost_of = {index: cost for cost, index in costs}
        fullest = max(group, key=lambda index: (len(parts[index]), -cost_of[index]))
        runner_up = next((cost for cost, index in costs if index not in group), None)
        # the fullest name must fit too: 阿斯兰·库尔克诺夫 is not Мереке Кулкенов, nor the Кулкенов who is he
        if cost_of[fullest] <= _limit(person, others[fullest]) and (runner_up is None or runner_up - best >= MARGIN):
            found[person.entity_id] = others[fullest].entity_id
    takers: dict[str, list[list[str]]] = {}
    for entity_id, other_id in found.items():
        takers.setdefault(other_id, []).append(name_parts(names[entity_id]))
    return [(entity_id, other_id) for entity_id, other_id in found.items() if _one_person(takers[other_id])]


def names_alike(person: NamedPerson, other: NamedPerson) -> bool:
    """Whether a Chinese (or Russian) name reads near enough to a name in another script to be one person's, as
    :func:`same_persons` weighs it for its nearest candidate (阿迪勒·图列舍夫 and Adil Tuleshev; not Astana Motors)."""
    cost = _cost(person.lang, person.name, other.lang, other.name)
    return cost is not None and cost <= _limit(person, other)


def _limit(person: NamedPerson, other: NamedPerson) -> float:
    """The cost a pair of names may have: the surname's limit where either is a surname alone."""
    alone = min(len(name_parts(person.name)), len(name_parts(other.name))) == 1
    return SURNAME_COST if alone else FULL_NAME_COST


def _folded(name: str) -> list[str]:
    """A name's parts as Russian spells them, lower case (Нұрлан -> нурлан)."""
    return [fold(part) for part in name_parts(name)]


def one_person(names: list[str]) -> bool:
    """Whether names of one script can all be one person's (梅列克·库尔克诺夫 and 库尔克诺夫; not 叶尔兰·卡林 and
    阿斯兰·卡林): one surname, and one full name at most."""
    return _one_person([_folded(name) for name in names])


def _one_person(names: list[list[str]]) -> bool:
    """Whether the names that took one person can be that one person: one surname, and one full name at most
    (梅列克·库尔克诺夫 and 库尔克诺夫; not 叶尔兰·卡林 and 阿斯兰·卡林)."""
    return len({parts[-1] for parts in names}) == 1 and len({tuple(parts) for parts in names if len(parts) > 1}) <= 1


def _words(lang: str, name: str) -> list[str] | None:
    """The other name's words in Cyrillic as Russian spells them, lower case (English through the Kazakh
    Latin-to-Cyrillic letters; Нұрлан as Нурлан); None for no words."""
    words = _folded(name)
    if not words:
        return None
    if lang == "en":
        spelled = [CYRILLIC_SPELLING.word(word) for word in words]
        return None if None in spelled else spelled  # type: ignore[return-value]
    return words if lang == "ru" else None


@functools.lru_cache(maxsize=1 << 16)
def _cost(lang: str, name: str, other_lang: str, other: str) -> float | None:
    """How far a name is from the other version's name: a Chinese name that can be a Chinese person's by its
    pinyin against the other's (the same name costs nothing), else a Chinese transliteration by its nearest Cyrillic
    reading, a Russian name as written; None when it has no reading or the other name cannot be compared. Cached: the
    officials of a corpus come back in pair after pair."""
    if lang == "zh" and (pinyin := romanize_chinese_name(name)) is not None:
        written = other if other_lang == "en" else chinese_name_in_pinyin(other) if other_lang == "ru" else None
        if written is not None and written.casefold() == pinyin.casefold():
            return 0.0
        # else read on: a transliteration may open with a surname's character (江布尔 Жамбыл, 马卡特 Макат)
    words = _words(other_lang, other)
    if words is None:
        return None
    readings = cyrillic_readings(name) if lang == "zh" else (name,) if lang == "ru" else ()
    costs = []
    for reading in readings:
        parts = _folded(reading)
        if not parts or not opens_alike(parts[-1], words[-1]):
            continue  # never near enough, and the edit distance is the costly part
        cost = reading_cost(parts[-1], words[-1])
        if len(parts) >= 2 and len(words) >= 2:
            cost = (cost + reading_cost(parts[0], words[0])) / 2
        costs.append(cost)
    return min(costs) if costs else None
