"""Kazakh morphology by rules: no Kazakh tagger or lemmatiser ships with the installed packages
(natasha and pymorphy are Russian-only), so UPOS comes from the characters of the form, the word list
``data/upos_words.tsv`` and capitalisation (PROPN), X otherwise; the lemma is the lower-cased form."""

from __future__ import annotations

import functools

from pipeline.document import Document, Sentence
from pipeline.morph import tag_by_rules
from pipeline.rules import mapping


@functools.cache
def function_words() -> dict[str, str]:
    return mapping("kk", "upos_words", "upos")


class KazakhTagger:
    def tag(self, doc: Document, sentences: list[Sentence]) -> None:
        tag_by_rules(doc, sentences, function_words())


def make_tagger() -> KazakhTagger:
    return KazakhTagger()


def describe() -> dict[str, str]:
    return {
        "upos": "rules: punctuation, numbers, pipeline/lang/kk/data/upos_words.tsv, capitals; X otherwise",
        "xpos": "none",
        "lemma": "the lower-cased form",
        "feats": "none",
    }
