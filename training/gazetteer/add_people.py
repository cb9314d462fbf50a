"""Add people from name lists to the gazetteer (`pipeline/data/gazetteer.jsonl`) under its rules for persons.

    python training/gazetteer/add_people.py training/gazetteer/people.jsonl            # what it would add
    python training/gazetteer/add_people.py training/gazetteer/people.jsonl --write    # append them

Each input line is one person: ``{"ru": "Ерлан Карин", "en": "Yerlan Karin", "role": "...", "source": "URL"}`` (ru or
en may be null). The rules (pipeline/data/README.md): a Kazakh name is listed under the Kazakh romanisation of its
Russian, the English spelling found an alias when it differs only as romanisations do; a foreign name keeps its own
English; nobody already listed, nobody whose surname a listed person has (so that a surname alone keeps naming one
person), nobody whose surname is a word, a given name or one of the commonest Russian surnames.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from pipeline.lang.kk.lexicon import GIVEN_NAME_GENDERS, RUSSIAN_LETTERS, fold  # noqa: E402
from pipeline.lang.ru.lexicon import SURNAME_ENDINGS, romanize_russian_name  # noqa: E402
from pipeline.lang.zh.translit import chinese_surname  # noqa: E402

GAZETTEER = ROOT / "pipeline" / "data" / "gazetteer.jsonl"
COMMON_SURNAMES = frozenset(
    {"иванов", "иванова", "смирнов", "смирнова", "волков", "волкова", "громов", "громова", "богданов", "богданова"}
)
"""The commonest Russian surnames among those the lists held: alone in a text they name anybody."""
WORD_SURNAMES = frozenset({"ислам", "мухтар", "тарази"})
"""Surnames that are common words or names of other things (Islam, Taraz's adjective)."""
_AVOIDED = COMMON_SURNAMES | WORD_SURNAMES
KAZAKH_SURNAME_ENDINGS = (*SURNAME_ENDINGS, "улы", "кызы", "бай", "бек", "бекова")
"""How the surnames of Kazakhstan end (Russian ones, -улы, -бай): a name so ended is romanised as Kazakh news does."""
_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё-]+(?: [А-ЯЁ][а-яё-]+){1,2}")
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'-]+(?: [A-Z][A-Za-z'-]+){1,2}")


def spelling_key(name: str) -> str:
    """An English name with what Kazakh romanisations write either way taken out (Yegizbayev / Egizbaev)."""
    key = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if c.isalpha() or c == " ")
    key = re.sub(r"([aeiou])ye", r"\1e", re.sub(r"\bye", "e", key))
    for written, sound in (("dzh", "zh"), ("j", "zh"), ("kh", "h"), ("y", "i")):
        key = key.replace(written, sound)
    return re.sub(r"(.)\1+", r"\1", re.sub(r"\bie", "e", key))


_AVOIDED_EN = frozenset(spelling_key(romanize_russian_name(name.capitalize()) or name) for name in _AVOIDED)
"""The same surnames in Latin letters (an English-only entry: Vladimir Volkov)."""


_GIVEN_NAMES_EN = frozenset(
    spelling_key(romanize_russian_name(name.capitalize()) or name) for name in GIVEN_NAME_GENDERS
)
"""The known given names in Latin letters (an English-only entry whose surname is one: Nurtore Zhusip)."""


def _people_listed(entries: list[dict]) -> tuple[set[str], set[str], set[str], set[str]]:  # type: ignore[type-arg]
    """Russian names, English keys, Russian surnames and English surname keys of the listed persons."""
    russian, english, russian_surnames, english_surnames = set(), set(), set(), set()
    for entry in entries:
        if entry["type"] != "PER":
            continue
        for name in filter(None, [entry.get("ru"), *entry["aliases"].get("ru", [])]):
            russian.add(fold(name))
            if len(name.split()) >= 2:
                russian_surnames.add(fold(name.split()[-1]))
        for name in filter(None, [entry.get("en"), *entry["aliases"].get("en", [])]):
            english.add(spelling_key(name))
            if len(name.split()) >= 2:
                english_surnames.add(spelling_key(name.split()[-1]))
    return russian, english, russian_surnames, english_surnames


def new_entries(people: list[dict], entries: list[dict]) -> tuple[list[dict], list[tuple[str, str]]]:  # type: ignore[type-arg]
    """Gazetteer entries for the people the rules admit, and (name, reason) for those they leave out."""
    russian, english, russian_surnames, english_surnames = _people_listed(entries)
    ids = {entry["id"] for entry in entries}
    added, left_out = [], []
    for person in people:
        ru = person["ru"].translate(RUSSIAN_LETTERS).strip() if person.get("ru") else None
        en = person["en"].strip() if person.get("en") else None
        shown = ru or en or "?"
        if (ru and not _RUSSIAN_NAME.fullmatch(ru)) or (en and not _LATIN_NAME.fullmatch(en)) or not (ru or en):
            left_out.append((shown, "not a given name and surname"))
            continue
        surname = fold((ru or en or "").split()[-1])
        if (
            len(surname) < 4
            or surname in GIVEN_NAME_GENDERS
            or surname in _AVOIDED
            or spelling_key(surname) in _AVOIDED_EN
        ):
            left_out.append((shown, "surname a word, a given name or too common"))
            continue
        if en and spelling_key(en.split()[-1]) in _GIVEN_NAMES_EN:
            left_out.append((shown, "surname a word, a given name or too common"))
            continue
        kazakh = (
            bool(ru)
            and len(ru.split()[0]) > 3
            and (fold(ru.split()[0]) in GIVEN_NAME_GENDERS or ru.endswith(KAZAKH_SURNAME_ENDINGS))
        )
        if not en and not kazakh:
            left_out.append((shown, "a foreign name without its own English spelling"))
            continue
        if en and chinese_surname(en) is not None:
            left_out.append((shown, "a Chinese name: its pinyin is its English"))
            continue
        romanised = romanize_russian_name(ru) if ru and kazakh else None  # a foreign name keeps its own English
        aliases = []
        if en and romanised and spelling_key(en) == spelling_key(romanised) and en != romanised:
            en, aliases = romanised, [en]
        en = en or romanised
        if not en:
            continue
        if (ru and fold(ru) in russian) or spelling_key(en) in english:
            left_out.append((shown, "listed"))
            continue
        if (ru and fold(ru.split()[-1]) in russian_surnames) or spelling_key(en.split()[-1]) in english_surnames:
            left_out.append((shown, "surname taken"))
            continue
        ascii_name = unicodedata.normalize("NFKD", en).encode("ascii", "ignore").decode().lower()
        entity_id = "per:" + re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
        if entity_id in ids:
            left_out.append((shown, "id taken"))
            continue
        ids.add(entity_id)
        if ru:
            russian.add(fold(ru))
            russian_surnames.add(fold(ru.split()[-1]))
        english.add(spelling_key(en))
        english_surnames.add(spelling_key(en.split()[-1]))
        added.append(
            {
                "id": entity_id,
                "type": "PER",
                "zh": None,
                "ru": ru,
                "en": en,
                "aliases": {"zh": [], "ru": [], "en": aliases},
            }
        )
    return added, left_out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("lists", nargs="+", type=Path, help="JSON-lines files of people")
    parser.add_argument("--write", action="store_true", help="append the admitted people to the gazetteer")
    args = parser.parse_args()
    entries = [json.loads(line) for line in GAZETTEER.read_text(encoding="utf-8").splitlines() if line.strip()]
    people = [
        json.loads(line)
        for path in args.lists
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    added, left_out = new_entries(people, entries)
    for name, reason in left_out:
        print(f"left out: {name} ({reason})")
    for entry in added:
        print(f"add: {entry['id']}  {entry['ru']} | {entry['en']}")
    print(f"{len(added)} to add, {len(left_out)} left out")
    if args.write:
        with GAZETTEER.open("a", encoding="utf-8") as out:
            out.writelines(json.dumps(entry, ensure_ascii=False) + "\n" for entry in added)


if __name__ == "__main__":
    main()
