"""Russian morphology and named entities in one natasha pass per document.

natasha's morphology tagger (slovnet, trained on the news part of SynTagRus) reads razdel's tokens, the
tokens of the sentences table, so nothing needs aligning: all the document's Russian sentences go
through it in batches, giving UPOS and UD features. Lemmas come from natasha's morph vocabulary
(pymorphy2 and its Russian dictionary): of the dictionary's analyses of the form, the one that agrees
with the tagger's part of speech, gender, number and case, as natasha's own lemmatiser chooses; that
analysis' OpenCorpora part of speech (``NOUN``, ``ADJF``, ``INFN``...) is the xpos. The NER tagger then
reads every Russian prose block of the document in one batch, and its spans are normalised with the
morphology just computed (``Document.model_mentions["natasha"]``)."""

from __future__ import annotations

from collections.abc import Collection
from importlib.metadata import version
from typing import Any

from pipeline.document import Document, Sentence, Token
from pipeline.lang.ru.lexicon import SURNAME_ENDINGS
from pipeline.lang.ru.ner import RussianNER, natasha_models
from pipeline.lang.ru.segment import block_words
from pipeline.morph import forms, sentences_by_language, untagged

_LABEL_KINDS = frozenset({"caption", "credit"})
_PROPER_TAGS = frozenset({"Surn", "Name", "Patr", "Geox", "Orgn", "Trad"})
_CACHE_LIMIT = 300_000


class RussianTagger:
    def __init__(self) -> None:
        self.models = natasha_models()
        self.ner = RussianNER()
        self._lemmas: dict[tuple[str, str, str], tuple[str, str | None]] = {}
        self._tags = [(upos, _feats_string(feats), feats) for upos, feats in self.models.morph.tags]
        """Per tag id of the morphology tagger: UPOS, FEATS as written in the tables, FEATS as a dict."""

    def tag(self, doc: Document, sentences: list[Sentence]) -> None:
        todo = [s for s in untagged(sentences) if s.tokens]
        razdel_blocks = {s.block for s in sentences} - {
            s.block for s in sentences if any(t.upos is not None for t in s.tokens)
        }  # blocks that stanza did not cut and tag
        words = [forms(doc, s.tokens) for s in todo]
        for sentence, forms_, tag_ids in zip(todo, words, self.models.morph_tags(words), strict=True):
            for token, form, tag_id in zip(sentence.tokens, forms_, tag_ids, strict=True):
                upos, feats, feats_dict = self._tags[tag_id]
                token.upos, token.feats = upos, feats
                token.lemma, token.xpos = self.lemma(form, upos, feats, feats_dict)
        self.find_entities(doc, sentences, razdel_blocks)

    def find_entities(self, doc: Document, sentences: list[Sentence], razdel_blocks: Collection[int] = ()) -> None:
        """natasha's NER on the document's Russian prose blocks, one batch, kept for the recogniser. The
        words of a block in ``razdel_blocks`` (cut by the segment stage's razdel) come from its sentences
        when :func:`block_words` can tell they are razdel's words of the whole block."""
        by_block: dict[int, list[Sentence]] = {}
        for s in sentences:
            if doc.blocks[s.block].lang == "ru" and doc.blocks[s.block].kind not in _LABEL_KINDS:
                by_block.setdefault(s.block, []).append(s)
        blocks = sorted(by_block)
        spans = []
        if blocks:
            tokens: list[Token] = [t for b in blocks for s in by_block[b] for t in s.tokens]
            tokens.sort(key=lambda t: t.start)
            ranges = [(doc.blocks[b].start, doc.blocks[b].end) for b in blocks]
            words = [
                block_words(doc.text, start, end, sorted(by_block[b], key=lambda s: s.start))
                if b in razdel_blocks
                else None
                for b, (start, end) in zip(blocks, ranges, strict=True)
            ]
            found = self.ner.find_blocks(doc.text, ranges, tokens, words)
            spans = [(span.mention, span.normal) for span in found]
        doc.model_mentions["natasha"] = sorted(spans, key=lambda pair: pair[0].start)  # blocks look them up

    def lemma(self, form: str, upos: str, feats: str | None, feats_dict: dict[str, str]) -> tuple[str, str | None]:
        """(lemma, OpenCorpora part of speech) of a form with the tagger's UPOS and features; memoised."""
        key = (form, upos, feats or "")
        cached = self._lemmas.get(key)
        if cached is None:
            if len(self._lemmas) > _CACHE_LIMIT:
                self._lemmas.clear()
            cached = self._lemmas[key] = _lemma(self.models.vocab, form, upos, feats_dict)
        return cached


def _lemma(vocab: Any, form: str, upos: str, feats: dict[str, str]) -> tuple[str, str | None]:
    """The analysis agreeing best with the tagger. For a proper noun only the dictionary's name analyses
    count (Токаеву is a surname, not the woman's name Токаева); with none, a name in the nominative or
    with a surname's ending is its own lemma (Токаев is not a form of токай)."""
    from natasha.morph.lemma import best_form

    word = form.lower().replace("ё", "е")
    parses = vocab(word)
    if upos == "PROPN":
        names = [p for p in parses if _PROPER_TAGS & p.tag.grammemes]
        if names:
            parses = names
        elif feats.get("Case") == "Nom" or word.endswith(SURNAME_ENDINGS):
            return word, None
    best = best_form(parses, upos, feats)
    if best is None:
        return word, None
    return best.normal_form.replace("ё", "е"), str(best.tag).split(",")[0].split(" ")[0] or None


def _feats_string(feats: dict[str, str]) -> str | None:
    """UD's notation: name=value pairs sorted by name, case-insensitively, joined by ``|``."""
    return "|".join(f"{k}={v}" for k, v in sorted(feats.items(), key=lambda kv: kv[0].lower())) or None


def analyse_document(doc: Document) -> list[tuple[Any, str | None]]:
    """The morph stage's Russian pass for a document that has not had it; returns natasha's spans."""
    tagger = RussianTagger()
    tagger.tag(doc, sentences_by_language(doc).get("ru", []))
    return doc.model_mentions["natasha"]


def make_tagger() -> RussianTagger:
    return RussianTagger()


def describe() -> dict[str, str]:
    natasha = f"natasha {version('natasha')} NewsMorphTagger (slovnet {version('slovnet')})"
    pymorphy = f"pymorphy2 {version('pymorphy2')} via natasha's MorphVocab"
    return {
        "upos": natasha,
        "xpos": f"{pymorphy} (OpenCorpora part of speech of the chosen analysis)",
        "lemma": f"{pymorphy}, the analysis agreeing with the tagger",
        "feats": natasha,
    }
