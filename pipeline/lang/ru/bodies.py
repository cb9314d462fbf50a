"""English names of Russian body names, built from their parts (``data/body_words.tsv``).

A body that speaks (``сообщили в пресс-службе акима Павлодарской области``) is named in the quotes table by
its English name. The gazetteer knows the ministries; a regional department, commission or press service
is named here, word by word, the way Kazakh English-language news names them: the place first
(``Pavlodar Region``), then the office that owns the body (``Akim's``), the adjectives, the head noun, and
its complements with ``of`` (``Department of the Committee for Regulation of Natural Monopolies``). A name
with a word the table does not know gets no English name rather than a half-translated one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.lang.ru.lexicon import PLACE_SPELLING, romanize_russian_name
from pipeline.rules import load_table

_ENDING_LETTERS = 3
"""How many letters a word may have after its stem (комитет-а, областн-ой, регулировани-ю)."""


@dataclass(frozen=True, slots=True)
class BodyWord:
    english: str
    kind: str
    """head, title, adjective, noun, preposition, conjunction, place, skip (``data/body_words.tsv``); the
    gazetteer's places add place_adjective (Павлодарская), place_noun (Астана) and region (ЗКО)."""
    owner: bool = False
    city: str = ""
    """A head a city owns: ``yes`` as `X City …` (акимат Алматы -> Almaty City Akimat), ``name`` by the city's name
    alone (аэропорт Астаны -> Astana … Airport)."""


def _city_of(value: str) -> str:
    """The ``city`` column as a head's ``city``: ``yes`` or ``name``, empty for ``no`` or nothing."""
    return "" if value == "no" else value


def _load() -> dict[tuple[str, ...], BodyWord]:
    return {
        tuple(row["word"].split()): BodyWord(row["english"], row["kind"], row["owner"] == "yes", _city_of(row["city"]))
        for row in load_table("ru", "body_words")
    }


BODY_WORDS = _load()
_LONGEST_KEY = max(len(key) for key in BODY_WORDS)


def _stems(word: str) -> list[str]:
    """The word and its stems without up to three final letters, longest first."""
    lowered = word.lower()
    return [lowered[: len(lowered) - cut] for cut in range(max(0, min(_ENDING_LETTERS, len(lowered) - 2)) + 1)]


class PlaceNames:
    """Russian place names in any case, from (Russian name, English name) pairs such as the gazetteer's:
    a region's adjective (Павлодарская область -> ``Pavlodar``), a one-word place (Астана, Казахстан), an
    abbreviation that names a region (ЗКО -> ``West Kazakhstan``)."""

    _AREA = re.compile(r"(?P<adjective>\S+?)(?:ая|ий|ый|ое)\s+(?P<area>область|район)", re.IGNORECASE)
    _AREA_BEFORE = re.compile(r"(?:область|район)\s+(?P<name>\S{4,})", re.IGNORECASE)
    """`область Жетысу`: the region's noun before its name, which stays a noun in any case of the first."""
    _AREA_SUFFIX = re.compile(r"\s+(?:region|district|oblast)$", re.IGNORECASE)

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()):
        self.adjectives: dict[str, str] = {}
        self.nouns: dict[str, str] = {}
        self.regions: dict[str, str] = {}
        self.region_names: dict[str, str] = {}
        """Regions named by a noun after `область` (область Жетысу): alone (`акимат Жетысу`) still a region."""
        for russian, english in pairs:
            area = self._AREA.fullmatch(russian.strip())
            stripped = self._AREA_SUFFIX.sub("", english.strip())
            before = self._AREA_BEFORE.fullmatch(russian.strip())
            if area:
                self.adjectives[area["adjective"].lower()] = stripped
            elif before:  # Департамента полиции области Жетысу -> Zhetysu Region Police Department
                self.region_names[_nominative_stem(before["name"].lower())] = stripped
            elif " " not in russian.strip() and russian.isupper() and len(russian) <= 4:
                (self.regions if stripped != english.strip() else self.nouns)[russian.lower()] = stripped
            elif " " not in russian.strip() and len(russian) >= 4:
                self.nouns[_nominative_stem(russian.lower())] = stripped

    def find(self, word: str) -> BodyWord | None:
        """The place a word names, with its form (``place_adjective``, ``place_noun`` or ``region``)."""
        if word.isupper() and word.lower() in self.regions:
            return BodyWord(self.regions[word.lower()], "region")
        for stem in _stems(word):
            if stem in self.adjectives:
                return BodyWord(self.adjectives[stem], "place_adjective")
            if stem in self.nouns:
                return BodyWord(self.nouns[stem], "place_noun")
            if stem in self.region_names:
                return BodyWord(self.region_names[stem], "region_name")
        return None


def _classify(words: list[str], places: PlaceNames) -> list[BodyWord] | None:
    """Each word (or run of words) read from the table or as a place; None if one is unknown."""
    items: list[BodyWord] = []
    index = 0
    while index < len(words):
        found = None
        for size in range(min(_LONGEST_KEY, len(words) - index), 0, -1):
            run = [word.lower() for word in words[index : index + size]]
            found = next(
                (
                    BODY_WORDS[key]
                    for key in _combinations([_stems(word) for word in run])
                    if key in BODY_WORDS and (BODY_WORDS[key].kind != "adjective" or key[-1] != run[-1])
                ),
                None,
            )  # an adjective always has an ending: финансов is the noun (Министерство финансов)
            if found is not None:
                index += size
                break
        if found is None:
            found = places.find(words[index]) or _unknown_area(words, index) or _area_name(words, index, items)
            index += 1
        if found is None:
            return None
        items.append(found)
    return items


_AREA_ADJECTIVE = re.compile(r"(?P<stem>[А-ЯЁ][а-яёА-ЯЁ-]+?)(?:ского|ской|ский|ская|скому|ском|ским|ское|скую)")
"""A district's or region's name as its adjective (Катон-Карагайского -> Катон-Карагай)."""
_AREA_WORDS = ("район", "област", "округ")


def classify_body_words(words: list[str]) -> list[BodyWord] | None:
    """Each word of a body's name read from ``body_words.tsv`` alone (no place known); None if one is unknown."""
    return _classify(words, _NO_PLACES)


def _unknown_area(words: list[str], index: int) -> BodyWord | None:
    """A district or region no gazetteer knows, named by its adjective right before район / область
    (акимат Катон-Карагайского района -> Katon-Karagay District Akimat), in Latin letters."""
    area = _AREA_ADJECTIVE.fullmatch(words[index])
    if area is None or index + 1 >= len(words) or not words[index + 1].lower().startswith(_AREA_WORDS):
        return None
    return BodyWord(PLACE_SPELLING.name(area["stem"]), "place_adjective")


def _area_name(words: list[str], index: int, items: list[BodyWord]) -> BodyWord | None:
    """A district's or region's name no gazetteer knows, written after район / область and kept in the nominative
    (акимат района Туран -> Turan District Akimat), in Latin letters."""
    word = words[index]
    if not items or items[-1].kind != "place" or not word[:1].isupper() or index == 0:
        return None
    if not words[index - 1].lower().startswith(_AREA_WORDS):
        return None
    return BodyWord(PLACE_SPELLING.name(word), "area_name")


def _combinations(options: list[list[str]]) -> Iterable[tuple[str, ...]]:
    """Every choice of one stem per word, longest stems first (a few words with four stems each)."""
    if not options:
        yield ()
        return
    for first in options[0]:
        for rest in _combinations(options[1:]):
            yield (first, *rest)


class KnownBodies:
    """Bodies known by name in any case, from (Russian name, English name) pairs such as the gazetteer's
    organisations: the owner of a press service (пресс-служба Мажилиса -> ``Mazhilis press service``)."""

    def __init__(self, pairs: Iterable[tuple[str, str]] = ()):
        self.names: dict[tuple[str, ...], str] = {}
        for russian, english in pairs:
            words = re.findall(r"[\w-]+", russian.lower())
            if words and not re.search(r"[«»\"“”]", russian):
                self.names.setdefault(tuple(_nominative_stem(word) for word in words), english.strip())

    def find(self, words: list[str]) -> str | None:
        """The English name of the body these words name in any case (Министерства энергетики -> ``Ministry of
        Energy of Kazakhstan``); None for none."""
        stems = [set(_stems(word)) for word in words]
        return next(
            (
                english
                for key, english in self.names.items()
                if len(key) == len(stems) and all(part in options for part, options in zip(key, stems, strict=True))
            ),
            None,
        )


def _nominative_stem(word: str) -> str:
    """A lower-case name word in the nominative without its vowel ending (министерство -> министерств, астана
    -> астан): one of the stems :func:`_stems` gives for the same word in any case."""
    return word[:-1] if word[-1:] in ("а", "я", "о", "е", "ы", "ь", "й") else word


_BRACKETED_ABBREVIATION = re.compile(r"[ \t]*\([A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,10}\)")
"""A body's abbreviation in brackets inside its name (`Министерство по чрезвычайным ситуациям (МЧС) РК`): its other
name, no word of the English one."""


def english_body_name(name: str, places: PlaceNames | None = None, bodies: KnownBodies | None = None) -> str | None:
    """The English name of a body named in Russian (``департамент комитета по регулированию естественных
    монополий и защите конкуренции Атырауской области`` -> ``Atyrau Region Department of the Committee for
    Regulation of Natural Monopolies and Protection of Competition``); None when a word is unknown or the name
    is a bare noun (``департамент``), which names no body by itself (an abbreviation alone does: ``ДЧС`` ->
    ``Emergency Situations Department``). A head whose owner is written before it
    (пресс-служба) followed by a whole body's name takes that name first: ``пресс-служба Мажилиса`` ->
    ``Mazhilis press service``."""
    words = re.findall(r"[\w-]+", _BRACKETED_ABBREVIATION.sub("", name))  # `по чрезвычайным ситуациям (МЧС) РК`
    if not words or re.search(r"[«»\"“”]", name):
        return None
    places = places or PlaceNames()
    items = _classify(words[:1], places)
    if items and items[0].kind == "head" and items[0].owner and len(words) > 1:
        owner = (bodies.find(words[1:]) if bodies else None) or _owner_body_name(words[1:], places, bodies)
        if owner is not None:
            return f"{owner} {items[0].english}"
    items = _classify(words, places)
    if items is None:
        return None
    prefix: list[str] = []
    suffix: list[str] = []
    rest: list[BodyWord] = []
    index = 0
    while index < len(items):
        item = items[index]
        following = items[index + 1] if index + 1 < len(items) else None
        after_for = index > 0 and items[index - 1].kind == "preposition"
        if item.kind == "place_adjective" and following is not None and following.kind == "place":
            place = f"{item.english} {following.english}"  # Павлодарской области -> Pavlodar Region
            # the place after `по` is what the body serves, where the name says it: Department of Ecology for …
            if after_for:
                rest.append(BodyWord(place, "noun"))
            else:
                prefix.append(place)
            index += 2
            continue
        if item.kind == "place" and following is not None and following.kind in ("place_noun", "region_name"):
            prefix.append(f"{following.english} {item.english}")  # города Астаны -> Astana City
            index += 2
            continue
        if item.kind == "place" and following is not None and following.kind == "area_name":
            prefix.append(f"{following.english} {item.english}")  # района Туран -> Turan District
            index += 2
            continue
        if item.kind == "city":
            prefix.append(f"{item.english} City")  # акимата столицы -> Astana City Akimat
        elif item.kind in ("region", "region_name") and after_for:
            rest.append(BodyWord(f"{item.english} Region", "noun"))  # департамент экологии по ВКО
        elif item.kind in ("region", "region_name"):
            prefix.append(f"{item.english} Region")  # акимат ЗКО, акимат Жетысу: the region's
        elif item.kind == "place_noun" and (city := _owned_by_city_head(items, index)):
            # (пресс-служба) акимата Алматы -> Almaty City Akimat (press service); аэропорта Астаны -> Astana … Airport
            prefix.append(item.english if city == "name" else f"{item.english} City")
        elif item.kind == "place_noun" and _names_an_owner(items, index):
            prefix.append(item.english)  # пресс-служба акима Алматы -> Almaty Akim's press service
        elif item.kind == "place_noun":
            suffix.append(f"of {item.english}")  # Республики Казахстан -> of Kazakhstan
        elif item.kind == "place":
            return None  # `области` with no place named: the caller resolves it first
        elif item.kind != "skip":
            rest.append(item)
        index += 1
    heads = [i for i, item in enumerate(rest) if item.kind == "head"]
    if not heads:
        return None
    head_at = heads[0]
    modifiers = rest[:head_at]
    if any(item.kind not in ("adjective", "place_adjective") for item in modifiers):
        return None
    head, after = rest[head_at], rest[head_at + 1 :]
    owner = []
    qualifiers = 0  # adjectives of the owner's head before it, which ends the name: пресс-служба городского акимата
    while head.owner and qualifiers < len(after) and after[qualifiers].kind == "adjective":
        qualifiers += 1
    if qualifiers and qualifiers + 1 == len(after) and after[qualifiers].kind == "head":
        owner = [item.english for item in after[: qualifiers + 1]]  # -> City Akimat press service
        after = after[qualifiers + 1 :]
    elif after and (after[0].kind == "title" or (head.owner and after[0].kind == "head")):
        # пресс-служба акима -> Akim's press service (a person's); пресс-служба акимата -> Akimat press service
        owner = [f"{after[0].english}'s" if after[0].kind == "title" else after[0].english]
        after = after[1:]
    complements: list[str] = []
    previous = "head"
    for item in after:
        joined = previous in ("head", "noun")
        if item.kind == "head":
            complements.append(f"of the {item.english}" if joined else item.english)
            previous = "head"
        elif item.kind in ("noun", "title"):
            complements.append(f"of {item.english}" if joined else item.english)
            previous = "noun"
        elif item.kind in ("adjective", "place_adjective"):
            complements.append(f"of {item.english}" if joined else item.english)
            previous = "adjective"
        elif item.kind in ("preposition", "conjunction"):
            complements.append(item.english)
            previous = item.kind
        else:
            return None
    if previous in ("preposition", "conjunction", "adjective"):
        return None
    if not (prefix or owner or modifiers or complements or suffix) and not (len(words) == 1 and words[0].isupper()):
        return None  # `департамент` names no body by itself; an abbreviation does (ДЧС, ДП)
    return " ".join([*prefix, *owner, *(item.english for item in modifiers), head.english, *complements, *suffix])


def _owner_body_name(words: list[str], places: PlaceNames, bodies: KnownBodies | None) -> str | None:
    """The name of a body that owns the one before it, when it is a head with complements of its own
    (Министерства культуры и спорта -> ``Ministry of Culture and Sports``); None otherwise, and for a title
    or a bare head, which own the body as ``Akim's``, ``Akimat``."""
    items = _classify(words, places)
    if not items or items[0].kind != "head" or len(words) < 2:
        return None
    if all(item.kind in ("place_adjective", "place", "place_noun", "region", "skip") for item in items[1:]):
        return None  # пресс-служба акимата Алматы: the place goes first (Almaty Akimat press service)
    return english_body_name(" ".join(words), places, bodies)


def _owned_by_city_head(items: list[BodyWord], index: int) -> str:
    """How the place at ``index`` names the city of a head a city owns, right after it or after the head's own nouns
    (акимата Алматы, управления культуры Алматы): the head's ``city`` value; empty for no such head."""
    for item in reversed(items[:index]):
        if item.kind == "head":
            return item.city
        if item.kind not in ("noun", "adjective"):
            return ""
    return ""


def _names_an_owner(items: list[BodyWord], index: int) -> bool:
    """Whether the place at ``index`` follows the office that owns the body (пресс-служба акима Алматы,
    пресс-служба акимата Алматы): it is that office's place, written before it in English."""
    if index == 0:
        return False
    before = items[index - 1]
    return before.kind == "title" or (before.kind == "head" and index >= 2 and items[index - 2].owner)


def make_body_namer(
    places: Iterable[tuple[str, str]], bodies: Iterable[tuple[str, str]] = ()
) -> Callable[[str], str | None]:
    """The language registry's entry: :func:`english_body_name` knowing the given places and bodies."""
    names, known = PlaceNames(places), KnownBodies(bodies)
    return lambda name: english_body_name(name, names, known) or _own_name_in_latin(name)


_NO_PLACES = PlaceNames()
"""No place known: a word is read only as a body's word (or an area's adjective) from the table."""


def _own_name_in_latin(name: str) -> str | None:
    """A company's own name, its first word capitalised and none a body's word (`Кокшетау Энерго` -> Kokshetau
    Energo, `Казахтелеком` -> Kazakhtelekom, `Шығыс жылу` -> Shygys Zhylu: Kazakh names write the words after the
    first in lower case), spelled in Latin letters as a person's name is, every word capitalised; an abbreviation
    stays in capitals. None for anything else (`Центр`, a bare head, names no one)."""
    words = re.findall(r"[\w-]+", name)
    if not words or re.search(r"[«»\"“”]", name) or not words[0][:1].isupper():
        return None  # a name in guillemets after its legal form (ТОО «Береке») is left to the gazetteer, as above
    if any(_classify([word], _NO_PLACES) for word in words if not word.isupper()):
        return None  # a body's word (Центр, Федерация), however it is written
    latin = romanize_russian_name(" ".join(words))
    if latin is None or len(latin.split()) != len(words):
        return None
    spelled = zip(words, latin.split(), strict=True)
    return " ".join(out.upper() if word.isupper() else out[:1].upper() + out[1:] for word, out in spelled)
