"""Stanza as a backend: models loaded from a folder (never downloaded during a build), and one adapter
from stanza's output to the project's sentences, tokens and mentions.

Chinese keeps jieba's tokens (stanza reads them pre-tokenised), so tokens, offsets and the project
dictionary are the same as on the offline path; stanza adds NER. Russian and English get stanza's
tokenisation, UPOS, XPOS, lemmas, FEATS and NER.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.document import Mention, Token

STANZA_LANGS = ("zh", "ru", "en")
PROCESSORS = {"zh": "tokenize,ner", "ru": "tokenize,pos,lemma,ner", "en": "tokenize,pos,lemma,ner"}
COARSE_LABELS = {
    # CoNLL / WikiNER (Russian): four types
    "PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC",
    # OntoNotes (English, Chinese): eighteen types
    "PERSON": "PER", "GPE": "LOC", "FAC": "LOC",
}  # fmt: skip
"""Stanza's fine labels mapped to PER/LOC/ORG/MISC; every other OntoNotes type (NORP, DATE, MONEY...) is MISC."""
NAME_TYPES = frozenset(
    {"PER", "LOC", "ORG", "MISC", "PERSON", "GPE", "FAC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
)
"""OntoNotes types that are names; dates, numbers and amounts are not entities of this corpus."""


class MissingModels(RuntimeError):
    """Stanza models for a language are not in the model folder; the message says how to get them."""

    def __init__(self, lang: str, model_dir: Path) -> None:
        super().__init__(
            f"no stanza models for {lang} in {model_dir}: get them with `corpus models download {lang} "
            f"--dir {model_dir}` (needs network access), or build with --backend offline"
        )
        self.lang = lang


def installed_models(model_dir: Path) -> dict[str, list[str]]:
    """Processors installed per language in a stanza model folder (empty when there is none)."""
    if not (model_dir / "resources.json").is_file():
        return {}
    found = {}
    for lang in STANZA_LANGS:
        folder = model_dir / lang
        if folder.is_dir():
            found[lang] = sorted(p.name for p in folder.iterdir() if p.is_dir() and any(p.glob("*.pt")))
    return found


def has_models(model_dir: Path, lang: str) -> bool:
    needed = set(PROCESSORS[lang].split(","))
    return needed <= set(installed_models(model_dir).get(lang, []))


def resources_version(model_dir: Path) -> str | None:
    try:
        return json.loads((model_dir / "resources.json").read_text(encoding="utf-8")).get("stanza_version")
    except (OSError, ValueError, AttributeError):
        return None


def coarse_label(fine: str) -> str:
    return COARSE_LABELS.get(fine, "MISC")


@dataclass
class StanzaBackend:
    """One stanza pipeline per language, loaded on first use, on the GPU when torch sees one."""

    model_dir: Path
    use_gpu: bool | None = None

    def __post_init__(self) -> None:
        self._pipelines: dict[str, Any] = {}

    def pipeline(self, lang: str) -> Any:
        if lang not in self._pipelines:
            if not has_models(self.model_dir, lang):
                raise MissingModels(lang, self.model_dir)
            import stanza

            self._pipelines[lang] = stanza.Pipeline(
                lang,
                dir=str(self.model_dir),
                processors=PROCESSORS[lang],
                download_method=None,
                use_gpu=self.use_gpu,
                logging_level="WARN",
                tokenize_pretokenized=lang == "zh",
            )
        return self._pipelines[lang]

    def annotate_texts(self, lang: str, texts: list[str]) -> list[Any]:
        """Stanza documents for several blocks at once (``bulk_process`` batches them on the device)."""
        import stanza

        return self.pipeline(lang).bulk_process([stanza.Document([], text=text) for text in texts])

    def annotate_tokens(self, lang: str, sentences: list[list[str]]) -> Any:
        """A stanza document for text that is already cut into sentences and tokens (Chinese)."""
        return self.pipeline(lang)(sentences)


def sentences_from_stanza(doc: Any, base: int) -> list[tuple[int, int, list[Token]]]:
    """Sentences and tokens (offsets from ``start_char``/``end_char``, plus ``base``), with UPOS, XPOS,
    lemma and FEATS. A token stanza splits into several words (a multi-word token) keeps one row, as
    every token of the corpus does: UPOS and FEATS of its first word, XPOS and lemmas of all its words
    joined by ``+``."""
    result = []
    for sentence in doc.sentences:
        tokens = []
        for token in sentence.tokens:
            words = token.words or []
            first = words[0] if words else None
            tokens.append(
                Token(
                    base + token.start_char,
                    base + token.end_char,
                    xpos="+".join(w.xpos or "_" for w in words) if any(w.xpos for w in words) else None,
                    upos=getattr(first, "upos", None) or None,
                    lemma="+".join(w.lemma or "_" for w in words) if any(w.lemma for w in words) else None,
                    feats=getattr(first, "feats", None) or None,
                )
            )
        if tokens:
            result.append((tokens[0].start, tokens[-1].end, tokens))
    return result


def mentions_from_stanza(doc: Any, base: int, tokens: list[Token] | None = None) -> list[Mention]:
    """Named entities as mentions. Offsets come from ``start_char``/``end_char``; for pre-tokenised input
    (Chinese), which has none, from ``tokens``: the project's tokens, in the order stanza received them."""
    mentions = []
    for entity in doc.ents:
        if entity.type not in NAME_TYPES:
            continue
        if entity.start_char is not None and tokens is None:
            start, end = base + entity.start_char, base + entity.end_char
        else:
            assert tokens is not None, "pre-tokenised stanza output needs the tokens it was given"
            first, last = _token_index(doc, entity.tokens[0]), _token_index(doc, entity.tokens[-1])
            start, end = tokens[first].start, tokens[last].end
        mentions.append(Mention(start, end, coarse_label(entity.type), f"stanza:{entity.type}", "stanza", 0.8))
    return mentions


def _token_index(doc: Any, token: Any) -> int:
    index = 0
    for sentence in doc.sentences:
        for candidate in sentence.tokens:
            if candidate is token:
                return index
            index += 1
    raise ValueError("token not in document")
