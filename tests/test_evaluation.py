"""The evaluation scripts: the speaker comparison (the strict figure and the one that sets spelling aside) and the
public NER readers and error lines."""

from __future__ import annotations

import importlib.util
import itertools
import re
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
    assert evaluate._speaker_right(pipeline, None, quote, gold) is (named == wanted)
    assert evaluate._speaker_alike(pipeline, None, quote, gold) is alike


def _public_ner():  # type: ignore[no-untyped-def]
    path = Path(__file__).resolve().parents[1] / "evaluation" / "public_ner.py"
    spec = importlib.util.spec_from_file_location("public_ner_script", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_public_ner_error_lines_name_the_missed_and_the_spurious_spans() -> None:
    module = _public_ner()
    text = "Stoke 2 Tranmere 0"
    lines = module.error_lines(7, text, {(0, 5, "ORG"), (8, 16, "ORG")}, {(0, 5, "LOC"), (8, 16, "ORG")})
    assert lines == [f"7\tFN\tORG\tStoke\tLOC:Stoke\t{text}", f"7\tFP\tLOC\tStoke\tORG:Stoke\t{text}"]


def test_factru_reader_gives_each_sentence_its_objects_as_spans(tmp_path: Path) -> None:
    """As natasha's benchmark reads factRuEval (the default), a person spans its first to its last span and a body
    is its name span alone (`МИД`, not `МИД РФ`); with ``objects`` every object spans its first to its last span.
    Either way LocOrg is a place, Project is left out, offsets are the sentence's own and an object across a
    sentence edge is dropped."""
    text = "Глава МИД РФ Сергей Лавров прибыл в Москву. Проект «Сила» начат."
    words = [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    first_sentence = [w for w in words if w[0] < 43]
    lines = [f"{100 + i} {start} {len(word)} {word}" for i, (start, word) in enumerate(first_sentence)]
    lines.append("")
    lines += [f"{200 + i} {start} {len(word)} {word}" for i, (start, word) in enumerate(words[len(first_sentence) :])]
    (tmp_path / "doc_1.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc_1.tokens").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (tmp_path / "doc_1.spans").write_text(
        "1 org_name 6 3 0 1 # МИД\n2 loc_name 10 2 0 1 # РФ\n3 name 13 6 0 1 # Сергей\n"
        "4 surname 20 6 0 1 # Лавров\n5 loc_name 36 6 0 1 # Москву\n6 project 52 4 0 1 # Сила\n",
        encoding="utf-8",
    )
    (tmp_path / "doc_1.objects").write_text(
        "10 Org 1 2 # МИД РФ\n11 LocOrg 2 # РФ\n12 Person 3 4 # Сергей Лавров\n13 Location 5 # Москву\n"
        "14 Project 6 # Сила\n",
        encoding="utf-8",
    )
    by_names = _public_ner().read_factru(tmp_path)
    sentences = _public_ner().read_factru(tmp_path, "objects")
    assert [sentence for sentence, _ in sentences] == [sentence for sentence, _ in by_names] == [text[:43], text[44:]]
    first, second = sentences[0], sentences[1]
    assert {(first[0][s:e], label) for s, e, label in first[1]} == {
        ("МИД РФ", "ORG"),
        ("РФ", "LOC"),
        ("Сергей Лавров", "PER"),
        ("Москву", "LOC"),
    }
    assert {(by_names[0][0][s:e], label) for s, e, label in by_names[0][1]} == {
        ("МИД", "ORG"),
        ("РФ", "LOC"),
        ("Сергей Лавров", "PER"),
        ("Москву", "LOC"),
    }
    assert second[1] == by_names[1][1] == set()


def test_factru_reader_keeps_the_outer_of_two_overlapping_names(tmp_path: Path) -> None:
    """Where a body's name span holds a place's (`Правительство Москвы`), natasha's benchmark keeps the earliest and
    longest: the body, not the place inside it."""
    text = "Правительство Москвы решило."
    words = [(m.start(), m.group()) for m in re.finditer(r"\w+|[^\w\s]", text)]
    (tmp_path / "doc_2.txt").write_text(text, encoding="utf-8")
    (tmp_path / "doc_2.tokens").write_text(
        "\n".join(f"{100 + i} {start} {len(word)} {word}" for i, (start, word) in enumerate(words)) + "\n",
        encoding="utf-8",
    )
    (tmp_path / "doc_2.spans").write_text(
        "1 org_name 0 20 0 2 # Правительство Москвы\n2 loc_name 14 6 0 1 # Москвы\n", encoding="utf-8"
    )
    objects = "10 Org 1 # Правительство Москвы\n11 Location 2 # Москвы\n"
    (tmp_path / "doc_2.objects").write_text(objects, encoding="utf-8")
    ((sentence, spans),) = _public_ner().read_factru(tmp_path)
    assert {(sentence[s:e], label) for s, e, label in spans} == {("Правительство Москвы", "ORG")}


def test_name_lists_are_rolls_of_the_sentences_chinese_persons_run_together() -> None:
    """`--name-lists`: each roll's gold spans tile it after its opening, one per name, and only Chinese names (a
    surname of the tables, two or three characters, no transliteration's character) are taken."""
    sentences = [
        ("王立新会见了马西莫夫和普京。", {(0, 3, "PER"), (6, 10, "PER"), (11, 13, "PER")}),
        ("张海燕、李明与北京代表团", {(0, 3, "PER"), (4, 6, "PER"), (7, 9, "LOC")}),
    ]
    rolls = _public_ner().name_lists(sentences, 5, seed=3)
    assert len(rolls) == 5
    for text, gold in rolls:
        spans = sorted(gold)
        assert {text[start:end] for start, end, _ in spans} == {"王立新", "张海燕", "李明"}
        assert spans[-1][1] == len(text) and all(a[1] == b[0] for a, b in itertools.pairwise(spans))


def test_conll_reader_takes_tags_spelled_out(tmp_path: Path) -> None:
    """CrossNER's copy of CoNLL-2003 spells its tags out (B-person, I-organisation): the same spans as B-PER."""
    module = _public_ner()
    lines = ["SOCCER\tO", "-\tO", "JAPAN\tB-location", "GET\tO", "Nizhny\tB-organisation", "Novgorod\tI-organisation"]
    path = tmp_path / "test.txt"
    path.write_text("\n".join([*lines, "", "Ali\tB-person", "wins\tO", ""]), encoding="utf-8")
    (first, first_tags), (second, second_tags) = module.read_sentences(path)
    text, spans = module.spaced(first, first_tags, False)
    assert sorted((text[s:e], label) for s, e, label in spans) == [("JAPAN", "LOC"), ("Nizhny Novgorod", "ORG")]
    text, spans = module.spaced(second, second_tags, False)
    assert [(text[s:e], label) for s, e, label in spans] == [("Ali", "PER")]


def test_linking_section_counts_every_hidden_chinese_form(evaluate, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--only linking`: each Chinese form of a gazetteer person whose Chinese names are hidden is counted once, as
    linked to that person, to a new person, or to another one; most link back and none to someone else."""
    evaluate.score_linking(None, Path("."))
    row = capsys.readouterr().out.strip().splitlines()[-1]
    forms, right, new, wrong = (int(cell) for cell in row.strip("|").split("|"))
    assert forms == right + new + wrong and forms > 100
    assert right > new and wrong == 0


def test_pair_linking_section_finds_most_persons_and_takes_no_one_else(evaluate, capsys) -> None:  # type: ignore[no-untyped-def]
    """`--only pair-linking`: each Chinese form of a gazetteer person beside the person's Russian or English name and
    others links to that person far more often than not, never to another of them, and almost never to anyone when
    the person is left out."""
    evaluate.score_pair_linking(None, Path("."))
    rows = [line for line in capsys.readouterr().out.splitlines() if line.startswith(("| ru", "| en"))]
    assert len(rows) == 4
    for row in rows:
        _, _, forms, right, _, wrong, absent = (cell.strip() for cell in row.strip("|").split("|"))
        assert int(right) >= 0.75 * int(forms) and int(wrong) == 0 and int(absent) <= 0.01 * int(forms)
