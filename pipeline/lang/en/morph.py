"""English morphology: UPOS, Penn Treebank XPOS and lemmas from the project's tagger
(``pipeline.models.en_pos``, trained on UD English EWT), all of a document's sentences in one batch.

Without the tagger's weights (a checkout that has not got them) tokens get the rule set of
:func:`pipeline.morph.rule_upos` and lower-cased forms, and the manifest says so."""

from __future__ import annotations

from pathlib import Path

from pipeline.document import Document, Sentence
from pipeline.morph import forms, tag_by_rules, untagged

MODEL = "pipeline.models.en_pos"
WEIGHTS = Path(__file__).resolve().parents[2] / "models" / "en_pos" / "weights.npz"


def has_model() -> bool:
    return WEIGHTS.is_file()


class EnglishTagger:
    def __init__(self) -> None:
        self.model = None
        if has_model():
            from pipeline.models.en_pos import load

            self.model = load()

    def tag(self, doc: Document, sentences: list[Sentence]) -> None:
        if self.model is None:
            tag_by_rules(doc, sentences, {})
            return
        todo = [s for s in untagged(sentences) if s.tokens]
        analyses = self.model.tag([forms(doc, s.tokens) for s in todo])
        for sentence, analysis in zip(todo, analyses, strict=True):
            for token, (upos, xpos, lemma) in zip(sentence.tokens, analysis, strict=True):
                token.upos, token.xpos, token.lemma = upos, xpos, lemma


def make_tagger() -> EnglishTagger:
    return EnglishTagger()


def describe() -> dict[str, str]:
    if not has_model():
        return {
            "upos": "rules (punctuation, numbers, capitals; X otherwise): the en_pos tagger's weights are missing",
            "xpos": "none",
            "lemma": "the lower-cased form",
            "feats": "none",
        }
    tagger = f"{MODEL} (trained on UD English EWT)"
    return {"upos": tagger, "xpos": f"{tagger}, Penn Treebank tags", "lemma": f"{tagger} lemmatizer", "feats": "none"}
