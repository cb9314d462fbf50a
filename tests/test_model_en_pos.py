"""The packaged English tagger loads offline and tags plain news sentences sensibly."""

from __future__ import annotations

import pytest

from pipeline.models.en_pos import EnglishTagger, load

SENTENCES = [
    ["The", "minister", "said", "that", "exports", "rose", "by", "5.4", "%", "in", "2024", "."],
    ["Kazakhstan", "'s", "President", "Tokayev", "did", "n't", "attend", "the", "meeting", "in", "Astana", "."],
    ["Trade", "between", "the", "two", "countries", "reached", "$", "2.1", "billion", "."],
]


@pytest.fixture(scope="module")
def analyses() -> list[list[tuple[str, str, str]]]:
    return load().tag(SENTENCES)


def test_load_is_cached() -> None:
    assert load() is load()
    assert isinstance(load(), EnglishTagger)


def test_one_analysis_per_token(analyses: list[list[tuple[str, str, str]]]) -> None:
    assert [len(a) for a in analyses] == [len(s) for s in SENTENCES]
    for sentence in analyses:
        for upos, xpos, lemma in sentence:
            assert upos.isupper() and xpos and lemma


def test_reporting_sentence(analyses: list[list[tuple[str, str, str]]]) -> None:
    tagged = dict(zip(SENTENCES[0], analyses[0], strict=True))
    assert tagged["The"] == ("DET", "DT", "the")
    assert tagged["minister"] == ("NOUN", "NN", "minister")
    assert tagged["said"] == ("VERB", "VBD", "say")
    assert tagged["exports"] == ("NOUN", "NNS", "export")
    assert tagged["rose"] == ("VERB", "VBD", "rise")
    assert tagged["5.4"][0] == "NUM"
    assert tagged["."][0] == "PUNCT"


def test_names_negation_and_money(analyses: list[list[tuple[str, str, str]]]) -> None:
    second = dict(zip(SENTENCES[1], analyses[1], strict=True))
    assert second["Astana"][:2] == ("PROPN", "NNP")
    assert second["Astana"][2] == "Astana"
    assert second["'s"][0] == "PART"
    assert second["did"] == ("AUX", "VBD", "do")
    assert second["n't"][0] == "PART"
    assert second["n't"][2] == "not"
    assert second["attend"][:2] == ("VERB", "VB")
    third = dict(zip(SENTENCES[2], analyses[2], strict=True))
    assert third["countries"] == ("NOUN", "NNS", "country")
    assert third["reached"] == ("VERB", "VBD", "reach")
    assert third["$"][0] == "SYM"


def test_empty_input() -> None:
    tagger = load()
    assert tagger.tag([]) == []
    assert tagger.tag([[]]) == [[]]
