"""The segment stage: every block (but the date header) cut into sentences and tokens in its language."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from importlib.metadata import version
from pathlib import Path

from pipeline.document import Document, Sentence
from pipeline.lang import SegmenterOptions, SentenceSplitter, language_for, languages
from pipeline.stanza_backend import StanzaBackend, mentions_from_stanza, sentences_from_stanza

_ONE_SENTENCE_KINDS = frozenset({"caption", "credit"})
"""Captions and credits are labels, not prose: one sentence each (`KOKSHETAU. KAZINFORM -`)."""


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


class Segmenter:
    """Callable stage; each language's segmenter is made on first use and then reused."""

    name = "segment"
    requires = frozenset({"blocks"})
    provides = frozenset({"sentences", "tokens"})

    def __init__(self, settings: SegmentSettings | None = None, user_words: Iterable[tuple[str, str]] = ()):
        self.settings = settings or SegmentSettings()
        self.user_words = list(user_words)
        self._backends: dict[str, SentenceSplitter] = {}
        cache = str(self.settings.cache_dir) if self.settings.cache_dir else None
        self.options = SegmenterOptions(self.settings.hmm, cache, tuple(self.user_words))

    def backend(self, code: str) -> SentenceSplitter:
        if code not in self._backends:
            self._backends[code] = languages()[code].make_segmenter(self.options)
        return self._backends[code]

    def describe(self) -> dict[str, str]:
        """Segmenter per language, for the manifest (without loading any of them)."""
        described = {code: language.describe_segmenter(self.options) for code, language in languages().items()}
        for lang in sorted(self.settings.stanza_langs):
            what = "NER on jieba's tokens" if lang == "zh" else "tokenize, POS, lemma, NER"
            described[lang] = f"stanza {version('stanza')} ({what})" + (f" + {described[lang]}" if lang == "zh" else "")
        return described

    def __call__(self, doc: Document) -> Document:
        doc.sentences = []
        doc.candidate_mentions = []
        routes = {
            index: language_for(block.lang, doc.span(block.start, block.end)).code
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
