"""The segment stage: every block (but the date header) cut into sentences and tokens in its language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path
from typing import Protocol

from pipeline.document import Document, Sentence, Token
from pipeline.langid import script_counts
from pipeline.stanza_backend import StanzaBackend, mentions_from_stanza, sentences_from_stanza

_ONE_SENTENCE_KINDS = frozenset({"caption", "credit"})
"""Captions and credits are labels, not prose: one sentence each (`KOKSHETAU. KAZINFORM -`)."""


class SentenceSplitter(Protocol):
    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int, list[Token]]]: ...


@dataclass(frozen=True)
class SegmentSettings:
    """Choices of the segment stage (part of the build's settings)."""

    hmm: bool = False
    """jieba's HMM for words outside the dictionary: off by default (see benchmarks/README.md)."""
    cache_dir: Path | None = None
    """Where jieba keeps its dictionary cache (the user cache folder, not the system temp dir)."""
    stanza: StanzaBackend | None = None
    stanza_langs: frozenset[str] = frozenset()
    """Languages segmented (ru, en) or tagged for NER (zh) by stanza; the rest take the offline path."""


def backend_for(lang: str, text: str) -> str:
    """Which splitter a block goes to: ``zh``, ``ru`` (Cyrillic) or ``en`` (Latin and the rest)."""
    if lang == "zh":
        return "zh"
    if lang in ("ru", "kk"):
        return "ru"
    if lang == "mixed":
        counts = script_counts(text)
        top = max(("han", "cyrillic", "latin"), key=lambda script: counts[script])
        return {"han": "zh", "cyrillic": "ru", "latin": "en"}[top]
    return "en"


class Segmenter:
    """Callable stage; language backends are created on first use and then reused."""

    def __init__(self, settings: SegmentSettings | None = None, user_words: Iterable[tuple[str, str]] = ()):
        self.settings = settings or SegmentSettings()
        self.user_words = list(user_words)
        self._backends: dict[str, SentenceSplitter] = {}

    def backend(self, name: str) -> SentenceSplitter:
        if name not in self._backends:
            if name == "zh":
                from pipeline.segment_zh import ChineseSegmenter

                self._backends[name] = ChineseSegmenter(
                    self.user_words, hmm=self.settings.hmm, cache_dir=self.settings.cache_dir
                )
            elif name == "ru":
                from pipeline.segment_ru import RussianSegmenter

                self._backends[name] = RussianSegmenter()
            else:
                from pipeline.segment_en import EnglishSegmenter

                self._backends[name] = EnglishSegmenter()
        return self._backends[name]

    def describe(self) -> dict[str, str]:
        """Backend per language, for the manifest (without loading any of them)."""
        hmm = "on" if self.settings.hmm else "off"
        described = {
            "zh": f"jieba {version('jieba')} (HMM {hmm}, {len(self.user_words)} user words)",
            "ru": f"razdel {version('razdel')}",
            "en": f"spacy {version('spacy')} (blank en tokenizer, sentencizer)",
        }
        for lang in sorted(self.settings.stanza_langs):
            what = "NER on jieba's tokens" if lang == "zh" else "tokenize, POS, lemma, NER"
            described[lang] = f"stanza {version('stanza')} ({what})" + (f" + {described[lang]}" if lang == "zh" else "")
        return described

    def __call__(self, doc: Document) -> Document:
        doc.sentences = []
        doc.candidate_mentions = []
        routes = {
            index: backend_for(block.lang, doc.span(block.start, block.end))
            for index, block in enumerate(doc.blocks)
            if block.kind != "date"
        }
        from_stanza = self._stanza_sentences(doc, routes)
        for index, name in routes.items():
            block = doc.blocks[index]
            found = from_stanza.get(index) or self.backend(name).sentences(doc.text, block.start, block.end)
            if block.kind in _ONE_SENTENCE_KINDS and len(found) > 1:
                found = [(found[0][0], found[-1][1], [token for _, _, tokens in found for token in tokens])]
            for start, end, tokens in found:
                doc.sentences.append(Sentence(index, start, end, block.lang, tokens))
        if "zh" in self.settings.stanza_langs:
            self._stanza_chinese_ner(doc, routes)
        return doc

    def _stanza_sentences(self, doc: Document, routes: dict[int, str]) -> dict[int, list]:  # type: ignore[type-arg]
        """Russian and English blocks through stanza, all blocks of a language in one batch."""
        stanza = self.settings.stanza
        found: dict[int, list] = {}  # type: ignore[type-arg]
        if stanza is None:
            return found
        for lang in ("ru", "en"):
            indexes = [i for i, name in routes.items() if name == lang and lang in self.settings.stanza_langs]
            if not indexes:
                continue
            texts = [doc.span(doc.blocks[i].start, doc.blocks[i].end) for i in indexes]
            for index, stanza_doc in zip(indexes, stanza.annotate_texts(lang, texts), strict=True):
                base = doc.blocks[index].start
                found[index] = sentences_from_stanza(stanza_doc, base)
                doc.candidate_mentions += mentions_from_stanza(stanza_doc, base)
        return found

    def _stanza_chinese_ner(self, doc: Document, routes: dict[int, str]) -> None:
        """Stanza's Chinese NER on jieba's tokens, block by block."""
        assert self.settings.stanza is not None
        for index, name in routes.items():
            if name != "zh":
                continue
            sentences = [s for s in doc.sentences if s.block == index and s.tokens]
            if not sentences:
                continue
            forms = [[doc.span(t.start, t.end) for t in s.tokens] for s in sentences]
            stanza_doc = self.settings.stanza.annotate_tokens("zh", forms)
            tokens = [t for s in sentences for t in s.tokens]
            doc.candidate_mentions += mentions_from_stanza(stanza_doc, 0, tokens)
