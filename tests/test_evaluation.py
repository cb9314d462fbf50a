"""The evaluation script's speaker comparison: the strict figure and the one that sets spelling aside."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

_PATH = Path(__file__).resolve().parents[1] / "evaluation" / "evaluate.py"


@pytest.fixture(scope="module")
def evaluate():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("evaluate_script", _PATH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["evaluate_script"] = module
    spec.loader.exec_module(module)
    return module


def _pipeline_naming(name: str) -> SimpleNamespace:
    return SimpleNamespace(quotes=SimpleNamespace(name_en=lambda entity: name if entity else None))


@pytest.mark.parametrize(
    ("named", "wanted", "alike"),
    [
        ("Mukhtar Tileuberdi", "Mukhtar Tleuberdi", True),
        ("Kanat Sharlapayev", "Kanat Sharlapaev", True),
        ("Yerlan Karin", "Erlan Karin", True),
        ("Ministry of Healthcare of Kazakhstan", "Ministry of Health of Kazakhstan", True),
        ("Askar Mamin", "Askar Mamyrov", False),
        ("Nurlan Nogayev", "Nurlan Nigmatulin", False),
        ("Akorda press service", "president's press service", False),
    ],
)
def test_spelling_aside_counts_one_name_spelled_two_ways_never_two_people(
    evaluate, named: str, wanted: str, alike: bool
) -> None:  # type: ignore[no-untyped-def]
    quote = SimpleNamespace(speaker_entity_id="per:x")
    gold = {"speaker_en": wanted}
    pipeline = _pipeline_naming(named)
    assert evaluate._speaker_right(pipeline, quote, gold) is (named == wanted)
    assert evaluate._speaker_alike(pipeline, quote, gold) is alike


def test_public_ner_error_lines_name_the_missed_and_the_spurious_spans() -> None:
    path = Path(__file__).resolve().parents[1] / "evaluation" / "public_ner.py"
    spec = importlib.util.spec_from_file_location("public_ner_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Stoke 2 Tranmere 0"
    lines = module.error_lines(7, text, {(0, 5, "ORG"), (8, 16, "ORG")}, {(0, 5, "LOC"), (8, 16, "ORG")})
    assert lines == [f"7\tFN\tORG\tStoke\tLOC:Stoke\t{text}", f"7\tFP\tLOC\tStoke\tORG:Stoke\t{text}"]
