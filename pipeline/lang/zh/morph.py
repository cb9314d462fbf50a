"""Chinese morphology: jieba's tag in xpos, UPOS from the table ``data/upos.tsv``, the form as lemma.

Chinese words do not inflect, so the form is the lemma. jieba tags a word by its dictionary entry; the
table maps each tag to the UD part of speech the word usually has. Tags that map to X are decided by
the form: punctuation, symbols, numbers, capitalised Latin words (names such as SOCAR)."""

from __future__ import annotations

import functools
from importlib.metadata import version

from pipeline.document import Document, Sentence
from pipeline.morph import form_upos
from pipeline.rules import mapping


@functools.cache
def upos_table() -> dict[str, str]:
    """jieba tag -> UPOS, from ``pipeline/lang/zh/data/upos.tsv``."""
    return mapping("zh", "upos", "upos")


class ChineseTagger:
    def __init__(self) -> None:
        self.table = upos_table()
        self._by_form: dict[str, str] = {}

    def tag(self, doc: Document, sentences: list[Sentence]) -> None:
        text, table, by_form = doc.text, self.table, self._by_form
        for sentence in sentences:
            for token in sentence.tokens:
                if token.upos is not None:
                    continue
                form = text[token.start : token.end]
                upos = table.get(token.xpos or "", "X")
                if upos == "X":
                    upos = by_form.get(form) or by_form.setdefault(form, _upos_of_form(form))
                token.upos = upos
                token.lemma = form


def _upos_of_form(form: str) -> str:
    by_form = form_upos(form)
    if by_form:
        return by_form
    if form[:1].isascii() and form[:1].isupper():
        return "PROPN"
    return "X"


def make_tagger() -> ChineseTagger:
    return ChineseTagger()


def describe() -> dict[str, str]:
    jieba = f"jieba {version('jieba')}"
    return {
        "upos": f"{jieba} tags mapped by pipeline/lang/zh/data/upos.tsv",
        "xpos": f"{jieba}'s dictionary tags (jieba.posseg's), the gazetteer's for its names",
        "lemma": "the form (Chinese does not inflect)",
        "feats": "none",
    }
