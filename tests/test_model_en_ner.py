"""The shipped English NER model loads offline from the package and finds the names news text needs."""

from __future__ import annotations

import pytest
import spacy

from pipeline.models.en_ner import LABELS, load

NLP = spacy.blank("en")


def _tag(text: str) -> tuple[list[str], list[tuple[str, str]]]:
    tokens = [t.text for t in NLP.make_doc(text)]
    spans = load().tag([tokens])[0]
    return tokens, [(" ".join(tokens[s:e]), lab) for s, e, lab in spans]


def test_offsets_are_valid_and_batched() -> None:
    sentences = [
        [t.text for t in NLP.make_doc(s)]
        for s in ["Kassym-Jomart Tokayev visited Baku.", "", "The weather was fine.", "Tokayev spoke."]
    ]
    result = load().tag(sentences)
    assert len(result) == len(sentences)
    assert result[1] == []
    for tokens, spans in zip(sentences, result, strict=False):
        last = 0
        for start, end, label in spans:
            assert 0 <= start < end <= len(tokens)
            assert start >= last
            assert label in LABELS
            last = end


def test_president_apposition_and_place() -> None:
    _, found = _tag("Kassym-Jomart Tokayev, President of Kazakhstan, met Ilham Aliyev in Baku.")
    assert ("Kassym - Jomart Tokayev", "PER") in found
    assert ("Ilham Aliyev", "PER") in found
    assert ("Baku", "LOC") in found


@pytest.mark.xfail(reason="known miss: the country inside 'President of X' apposition is not yet tagged LOC")
def test_country_inside_title_apposition() -> None:
    _, found = _tag("Kassym-Jomart Tokayev, President of Kazakhstan, met Ilham Aliyev in Baku.")
    assert ("Kazakhstan", "LOC") in found


def test_all_caps_dateline() -> None:
    _, found = _tag("ASTANA. KAZINFORM – Prime Minister Olzhas Bektenov chaired a government meeting.")
    assert ("ASTANA", "LOC") in found
    assert ("Olzhas Bektenov", "PER") in found


def test_single_word_name() -> None:
    _, found = _tag("Tokayev said the reforms would continue.")
    assert ("Tokayev", "PER") in found


def test_akim_apposition() -> None:
    _, found = _tag("Serik Shapkenov, akim of Atyrau region, said the plant would open in May.")
    assert ("Serik Shapkenov", "PER") in found
    assert any(text.startswith("Atyrau") and label == "LOC" for text, label in found)


def test_no_entities_in_plain_sentence() -> None:
    _, found = _tag("the prices of wheat rose by five percent last year .")
    assert found == []


def test_person_after_ministry_title() -> None:
    _, found = _tag("The Minister of Culture and Sports of Kazakhstan Aida Balayeva opened the festival in Astana.")
    assert ("Aida Balayeva", "PER") in found
    assert ("Astana", "LOC") in found


def test_governor_title_stays_outside_person() -> None:
    _, found = _tag("Governor of Almaty region Marat Sultangaziyev met with farmers.")
    assert ("Marat Sultangaziyev", "PER") in found
    assert not any("Governor" in text for text, label in found if label == "PER")


def test_university_is_organisation() -> None:
    _, found = _tag("The ministry signed a memorandum with Harvard University on Monday.")
    assert ("Harvard University", "ORG") in found


def test_networks_in_the_model_folder_are_averaged(tmp_path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    import numpy as np

    from pipeline.models.en_ner import MODEL_DIR, EnglishNER

    shutil.copy(MODEL_DIR / "gazetteers.json.gz", tmp_path)
    shutil.copy(MODEL_DIR / "weights.npz", tmp_path / "weights.npz")
    sentences = [[t.text for t in NLP.make_doc("Tokayev met Ilham Aliyev in Baku on Friday.")]]
    single = EnglishNER(tmp_path).tag(sentences)
    shutil.copy(MODEL_DIR / "weights.npz", tmp_path / "weights-2.npz")
    assert len(EnglishNER(tmp_path).members) == 2
    assert EnglishNER(tmp_path).tag(sentences) == single  # the mean of two equal networks is that network
    with np.load(MODEL_DIR / "weights.npz") as w:
        arrays = {k: w[k] for k in w.files}
    arrays["emb"] = arrays["emb"][:1024]
    np.savez(tmp_path / "weights-3.npz", **arrays)
    with pytest.raises(ValueError, match="feature table size"):
        EnglishNER(tmp_path)
