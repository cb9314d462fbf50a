"""The rules by which people from name lists join the gazetteer (training/gazetteer/add_people.py)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SCRIPT = Path(__file__).resolve().parents[1] / "training" / "gazetteer" / "add_people.py"
_SPEC = importlib.util.spec_from_file_location("add_people", _SCRIPT)
assert _SPEC is not None and _SPEC.loader is not None
add_people = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(add_people)

LISTED = [
    {
        "id": "per:yerlan-karin",
        "type": "PER",
        "zh": None,
        "ru": "Ерлан Карин",
        "en": "Yerlan Karin",
        "aliases": {"zh": [], "ru": [], "en": []},
    }
]


def _added(*people: dict) -> list[tuple[str, str | None, list[str]]]:  # type: ignore[type-arg]
    added, _ = add_people.new_entries(list(people), LISTED)
    return [(entry["id"], entry["en"], entry["aliases"]["en"]) for entry in added]


def _reasons(*people: dict) -> list[str]:  # type: ignore[type-arg]
    _, left_out = add_people.new_entries(list(people), LISTED)
    return [reason for _, reason in left_out]


def test_a_kazakh_name_is_listed_under_its_romanisation_and_a_foreign_one_under_its_own_english() -> None:
    assert _added({"ru": "Серик Егизбаев", "en": "Serik Egizbaev"}) == [
        ("per:serik-yegizbayev", "Serik Yegizbayev", ["Serik Egizbaev"])
    ]
    assert _added({"ru": "Нуркиса Дауешов", "en": None}) == [("per:nurkissa-dauyeshov", "Nurkissa Dauyeshov", [])]
    # from abroad: the English found, even where a Russian ending would romanise otherwise
    assert _added({"ru": "Кристалина Георгиева", "en": "Kristalina Georgieva", "home": "abroad"}) == [
        ("per:kristalina-georgieva", "Kristalina Georgieva", [])
    ]


def test_people_the_rules_leave_out_and_why() -> None:
    taken = "surname taken"
    assert _reasons({"ru": "Ерлан Карин"}) == ["listed"]
    assert _reasons({"ru": "Аскар Карин"}, {"ru": "Айгуль Карина"}, {"en": "Aigul Karina"}) == [taken] * 3
    word = "a surname that is a given name, a word or too common"
    assert _reasons({"ru": "Канат Тарази"}, {"ru": "Ирина Смирнова"}, {"ru": "Нурторе Жусип"}) == [word] * 3
    assert _reasons({"ru": None, "en": "Nurtore Zhusip"}) == [word]
    assert _reasons({"ru": "Стив Уиткофф", "home": "abroad"}) == ["from abroad, with no English spelling of its own"]
    assert (
        _reasons({"ru": None, "en": "Le Yucheng"}, {"ru": "Пак Чжин", "en": "Park Jin"})
        == ["an East Asian name, surname first"] * 2
    )
    assert _reasons({"ru": "Ерлан Кошанов", "en": "Marat Tazhin"}) == ["the Russian and the English name two people"]
    # two people of one surname in one list: the first only
    assert [entry for entry, _, _ in _added({"ru": "Бауыржан Омаров"}, {"ru": "Ерлан Омаров"})] == [
        "per:bauyrzhan-omarov"
    ]
