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


def test_a_kazakh_name_is_listed_under_its_romanisation_and_a_foreign_one_under_its_own_english() -> None:
    assert _added({"ru": "Серик Егизбаев", "en": "Serik Egizbaev"}) == [
        ("per:serik-yegizbayev", "Serik Yegizbayev", ["Serik Egizbaev"])
    ]
    assert _added({"ru": "Нуркиса Дауешов", "en": None}) == [("per:nurkissa-dauyeshov", "Nurkissa Dauyeshov", [])]
    assert _added({"ru": "Рольф Мафаэль", "en": "Rolf Mafael"}) == [("per:rolf-mafael", "Rolf Mafael", [])]


def test_people_the_rules_leave_out() -> None:
    assert _added({"ru": "Ерлан Карин", "en": None}) == []  # listed
    assert _added({"ru": "Аскар Карин", "en": None}) == []  # a listed person's surname
    assert _added({"ru": "Канат Ислам", "en": None}) == []  # the surname is a word
    assert _added({"ru": "Ирина Смирнова", "en": None}) == []  # one of the commonest surnames
    assert _added({"ru": "Стив Уиткофф", "en": None}) == []  # foreign, with no English spelling of its own
    assert _added({"ru": None, "en": "Wang Qishan"}) == []  # Chinese: the pinyin is its English already
    # two people of one surname in one list: the first only
    assert [entry for entry, _, _ in _added({"ru": "Бауыржан Омаров"}, {"ru": "Ерлан Омаров"})] == [
        "per:bauyrzhan-omarov"
    ]
