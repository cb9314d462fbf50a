"""Add people from name lists to the gazetteer (`pipeline/data/gazetteer.jsonl`) under its rules for persons.

    python training/gazetteer/add_people.py training/gazetteer/people.jsonl            # what it would add
    python training/gazetteer/add_people.py training/gazetteer/people.jsonl --write    # append them

Each input line is one person: ``{"ru": "Ерлан Карин", "en": "Yerlan Karin", "home": "kz", "role": "...", "source":
"URL"}`` (ru or en may be null; ``home`` is ``kz`` for a person of Kazakhstan, ``abroad`` otherwise). The rules
(pipeline/data/README.md): a person of Kazakhstan is listed under the Kazakh romanisation of the Russian name, the
English spelling found an alias when it differs only as romanisations do; a person from abroad keeps the English
found, and needs one; nobody already listed, nobody whose surname (in any case or gender form) a listed person has, so
that a surname alone keeps naming one person; nobody whose surname is a given name or a word, or one of the commonest
Russian surnames; no East Asian name (surname first: its pinyin or own spelling is what the rules give already); no
entry whose Russian and English name two different people.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from corpus.entity_index import _spelling_key as spelling_key  # noqa: E402
from pipeline.entities import _surname_key  # noqa: E402
from pipeline.lang import given_name_genders  # noqa: E402
from pipeline.lang.kk.lexicon import RUSSIAN_LETTERS, fold  # noqa: E402
from pipeline.lang.ru.lexicon import romanize_russian_name  # noqa: E402
from pipeline.lang.zh.translit import chinese_surname  # noqa: E402

GAZETTEER = ROOT / "pipeline" / "data" / "gazetteer.jsonl"
AVOIDED_SURNAMES = frozenset(
    {"иванов", "смирнов", "волков", "громов", "богданов", "тарази", "ivanov", "smirnov", "volkov", "gromov", "bogdanov"}
)
"""Surnames alone in a text name anybody (the commonest Russian ones) or something else (Тарази, Taraz's adjective);
compared in their masculine form (Иванова is Иванов's)."""
_SHORTEST_FIRST_WORD = 4
"""A name whose first word is shorter (Ли, Пак, Чэн, Le, Lee, Kim) puts an East Asian surname first."""
_SAME_PERSON = 0.6
"""How alike the romanised Russian surname and the English one must be (difflib ratio of their spelling keys)."""
_RUSSIAN_NAME = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?: [А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}")
_LATIN_NAME = re.compile(r"[A-Z][^\W\d_]+(?:[-'][A-Z]?[^\W\d_]+)?(?: [A-Z][^\W\d_]+(?:[-'][A-Z]?[^\W\d_]+)?){1,2}")


def surname_key(surname: str) -> str:
    """A surname in any case or gender form as one key (Имашева, Имашевой ~ Имашев; Imasheva ~ Imashev)."""
    if re.search("[а-яё]", surname.lower()):
        return _surname_key(fold(surname))
    key = spelling_key(surname)
    return key[:-1] if re.search(r"(?:ov|ev|in|yn)a$", key) else key


def _given_names() -> frozenset[str]:
    """Known given names, Cyrillic and Latin (Серик, Serik), as surname keys."""
    return frozenset(surname_key(name) for name in given_name_genders())


def _people_listed(entries: list[dict]) -> tuple[set[str], set[str], set[str]]:  # type: ignore[type-arg]
    """The listed persons' full Russian names, full English keys, and the surname keys of both."""
    russian, english, surnames = set(), set(), set()
    for entry in entries:
        if entry["type"] != "PER":
            continue
        for name in filter(None, [entry.get("ru"), *entry["aliases"].get("ru", [])]):
            russian.add(fold(name))
            if len(name.split()) >= 2:
                surnames.add(surname_key(name.split()[-1]))
        for name in filter(None, [entry.get("en"), *entry["aliases"].get("en", [])]):
            english.add(spelling_key(name))
            if len(name.split()) >= 2:
                surnames.add(surname_key(name.split()[-1]))
    return russian, english, surnames


def _reason_to_leave_out(ru: str | None, en: str | None, home: str) -> str | None:
    """Why a person cannot join the list whatever it holds already; None when nothing stands against it."""
    if not (ru or en) or (ru and not _RUSSIAN_NAME.fullmatch(ru)) or (en and not _LATIN_NAME.fullmatch(en)):
        return "not a given name and a surname"
    if min(len(name.split()[0]) for name in (ru, en) if name) < _SHORTEST_FIRST_WORD or (
        en and chinese_surname(en) is not None
    ):
        return "an East Asian name, surname first"
    surname = surname_key((ru or en or "").split()[-1])
    if surname in _given_names() or surname in AVOIDED_SURNAMES or len(surname) < _SHORTEST_FIRST_WORD:
        return "a surname that is a given name, a word or too common"
    if en and surname_key(en.split()[-1]) in _given_names() | AVOIDED_SURNAMES:
        return "a surname that is a given name, a word or too common"
    if home != "kz" and not en:
        return "from abroad, with no English spelling of its own"
    if ru and en:
        romanised = romanize_russian_name(ru) or ""
        alike = difflib.SequenceMatcher(None, spelling_key(romanised.split()[-1]), spelling_key(en.split()[-1]))
        if alike.ratio() < _SAME_PERSON:
            return "the Russian and the English name two people"
    return None


def new_entries(people: list[dict], entries: list[dict]) -> tuple[list[dict], list[tuple[str, str]]]:  # type: ignore[type-arg]
    """Gazetteer entries for the people the rules admit, and (name, reason) for those they leave out."""
    russian, english, surnames = _people_listed(entries)
    ids = {entry["id"] for entry in entries}
    added, left_out = [], []
    for person in people:
        ru = person["ru"].translate(RUSSIAN_LETTERS).strip() if person.get("ru") else None
        en = person["en"].strip() if person.get("en") else None
        shown = ru or en or "?"
        reason = _reason_to_leave_out(ru, en, person.get("home", "kz"))
        if reason is not None:
            left_out.append((shown, reason))
            continue
        aliases: list[str] = []
        romanised = romanize_russian_name(ru) if ru and person.get("home", "kz") == "kz" else None
        if en and romanised and spelling_key(en) == spelling_key(romanised) and en != romanised:
            en, aliases = romanised, [en]
        name_en = en or romanised or ""
        surname = surname_key((ru or name_en).split()[-1])
        if (ru and fold(ru) in russian) or spelling_key(name_en) in english:
            left_out.append((shown, "listed"))
            continue
        if surname in surnames or surname_key(name_en.split()[-1]) in surnames:
            left_out.append((shown, "surname taken"))
            continue
        ascii_name = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode().lower()
        entity_id = "per:" + re.sub(r"[^a-z0-9]+", "-", ascii_name).strip("-")
        if entity_id in ids:
            left_out.append((shown, "id taken"))
            continue
        ids.add(entity_id)
        russian.update([fold(ru)] if ru else [])
        english.add(spelling_key(name_en))
        surnames.update({surname, surname_key(name_en.split()[-1])})
        added.append(
            {
                "id": entity_id,
                "type": "PER",
                "zh": None,
                "ru": ru,
                "en": name_en,
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
