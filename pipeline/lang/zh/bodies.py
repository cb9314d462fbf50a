"""English names of Chinese body names, built from their parts (``data/body_words.tsv``).

A body that speaks and that the gazetteer does not know (哈萨克斯坦民航委员会表示) is named in the quotes table by
its English name. Chinese writes a body's name from the outside in: the country or city, the field, the head
(阿拉木图市 + 旅游 + 管理部门). English keeps that order for a city and a field (``Almaty City Tourism
Department``) but puts the country last (``Civil Aviation Committee of Kazakhstan``) and a ministry's field after
it (``Ministry of Trade and Integration``). A name with a part the table and the gazetteer do not know gets no
English name rather than a half-translated one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from pipeline.rules import load_table


@dataclass(frozen=True, slots=True)
class BodyPart:
    english: str
    kind: str
    """head, head_of, local_head, noun, adjective, conjunction, place, stationed, skip (``data/body_words.tsv``); the
    gazetteer adds ``known_place`` (a country, or a place with no noun of its own), ``local_place`` (阿拉木图市) and
    ``known_body``; the table's ``country`` (哈, 华: a country's one-character name) reads as ``known_place``."""


BODY_WORDS = {
    row["word"]: BodyPart(row["english"], "known_place" if row["kind"] == "country" else row["kind"])
    for row in load_table("zh", "body_words")
}


_HOME_BODY = f" of {BODY_WORDS['哈'].english}"
"""How the gazetteer's English names of Kazakhstan's national bodies end (Ministry of Foreign Affairs of Kazakhstan)."""


def _parts(name: str, known: dict[str, BodyPart], longest: int) -> list[BodyPart] | None:
    """The name cut into known words of at most ``longest`` characters, as few as possible (紧急情况 + 部门, not the
    ministry 紧急情况部 and a 门 no table knows); None when no cut reads every character."""
    best: list[list[BodyPart] | None] = [[]] + [None] * len(name)
    for end in range(1, len(name) + 1):
        for size in range(1, min(longest, end) + 1):
            before, part = best[end - size], known.get(name[end - size : end])
            if before is not None and part is not None and (best[end] is None or len(before) + 1 < len(best[end])):
                best[end] = [*before, part]
    return best[-1]


def english_body_name(name: str, known: dict[str, BodyPart], longest: int) -> str | None:
    """The English name of a body named in Chinese (哈萨克斯坦民航委员会 -> ``Civil Aviation Committee of
    Kazakhstan``), or None: a part unknown, no head at the end, or a bare head (委员会), which names no body."""
    parts = _parts(name.strip(), known, longest)
    if parts and len(parts) == 2 and parts[0].kind == "known_place" and parts[1].kind == "known_body":
        country, body = parts
        if body.english.endswith(f" of {country.english}"):
            return body.english  # 哈外交部: a body the gazetteer knows (外交部) after its country's short name
        if body.english.endswith(_HOME_BODY) and country is BODY_WORDS.get(name.strip()[:1]):
            # 俄外交部: another country's one-character name before a national body the gazetteer knows at home
            return f"{body.english[: -len(_HOME_BODY)]} of {country.english}"
    if not parts or parts[-1].kind not in ("head", "head_of", "local_head") or len(parts) < 2:
        return None
    if parts[-1].kind == "local_head" and (len(parts) != 2 or parts[0].kind != "local_place"):
        return None  # 韩国政府: a country's government, no akimat
    head, before = parts[-1], parts[:-1]
    prefix: list[str] = []
    fields: list[str] = []
    country: str | None = None
    seat: list[str] = []
    index = 0
    while index < len(before):
        part = before[index]
        following = before[index + 1] if index + 1 < len(before) else None
        if part.kind == "stationed":  # 哈萨克斯坦驻华大使馆 -> Embassy of Kazakhstan in China: where the body sits
            if following is None or following.kind not in ("known_place", "local_place") or seat:
                return None
            seat = [part.english, following.english]
            index += 2
            continue
        if part.kind == "known_place" and following is not None and following.kind == "place":
            prefix.append(f"{part.english} {following.english}")  # 阿拉木图市 -> Almaty City
            index += 2
            continue
        if part.kind == "local_place":
            prefix.append(part.english)
        elif part.kind == "known_place" and not fields and country is None and not prefix:
            country = part.english  # 哈萨克斯坦民航委员会: the country the body belongs to, written last
        elif part.kind == "known_body" and not fields:
            prefix.append(part.english)  # 欧安组织议会大会 -> OSCE Parliamentary Assembly
        elif part.kind in ("noun", "adjective", "conjunction"):
            fields.append(part.english)
        elif part.kind != "skip":
            return None  # a second head, or a place after the field
        index += 1
    if (fields and fields[-1] == "and") or fields[:1] == ["and"]:
        return None
    suffix = [*([f"of {country}"] if country else []), *seat]
    if head.kind == "head_of":
        if not fields:
            return None
        return " ".join([*prefix, head.english, "of", *fields, *suffix])
    if not (prefix or fields or suffix):
        return None
    return " ".join([*prefix, *fields, head.english, *suffix])


def make_body_namer(
    places: Iterable[tuple[str, str]], bodies: Iterable[tuple[str, str]] = ()
) -> Callable[[str], str | None]:
    """The language registry's entry: :func:`english_body_name` knowing the given places and bodies."""
    known = dict(BODY_WORDS)
    for chinese, english in bodies:
        known.setdefault(chinese, BodyPart(english, "known_body"))
    place_nouns = {word: part.english for word, part in BODY_WORDS.items() if part.kind == "place"}
    for chinese, english in places:
        noun = place_nouns.get(chinese[-1:])
        if noun and len(chinese) > 2 and not english.lower().endswith(noun.lower()):
            english = f"{english} {noun}"  # 阿拉木图市 -> Almaty City: a city's name with its noun stays local
        elif noun:
            english = " ".join(word[:1].upper() + word[1:] for word in english.split())  # Almaty region -> Region
        known[chinese] = BodyPart(english, "known_place" if not noun else "local_place")
    longest = max(map(len, known))
    return lambda name: english_body_name(name, known, longest)
