"""English (and other Latin-script) sentences and tokens with spaCy's rule-based tokenizer.

``spacy.blank("en")`` ships its tokenizer exceptions (``Mr.``, ``U.S.``, ``$6.3``) and needs no model;
the rule-based sentencizer splits after sentence punctuation.
"""

from __future__ import annotations

import re
import sys
from types import ModuleType

from pipeline.document import Token
from pipeline.lang import SegmenterOptions

_LONG_RUN = re.compile(r"\S{200,}")
"""A run of 200 or more characters without a space is no English word: tokenised without spaCy."""
_PIECE = re.compile(r"\w+|[^\w\s]")
_OPENING_QUOTES = frozenset({'"', "“", "«", "‘", "'"})


def import_spacy() -> ModuleType:
    """spaCy without PyTorch: thinc imports torch whenever it is installed (stanza brings it), which costs a
    build worker about 2 s and 180 MiB for a tokenizer that never uses it. torch is hidden while spaCy
    loads and stays importable afterwards (stanza imports it normally)."""
    if "spacy" in sys.modules or "torch" in sys.modules:
        import spacy

        return spacy
    sys.modules["torch"] = None  # type: ignore[assignment]  # `import torch` raises ImportError meanwhile
    try:
        import spacy
    finally:
        del sys.modules["torch"]
    return spacy


class EnglishSegmenter:
    """Sentences and tokens for Latin-script blocks."""

    def __init__(self) -> None:
        self.nlp = import_spacy().blank("en")
        self.nlp.add_pipe("sentencizer")

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int, list[Token]]]:
        long_run = _LONG_RUN.search(text, start, end)
        if long_run is not None:  # spaCy strips suffixes one at a time: a long unbroken run costs its square
            before = self.sentences(text, start, long_run.start()) if long_run.start() > start else []
            run = [Token(m.start(), m.end()) for m in _PIECE.finditer(text, *long_run.span())]
            after = self.sentences(text, long_run.end(), end) if long_run.end() < end else []
            return [*before, (run[0].start, run[-1].end, run), *after]
        doc = self.nlp(text[start:end])
        groups: list[list[Token]] = []
        for sentence in doc.sents:
            tokens = [Token(start + t.idx, start + t.idx + len(t.text)) for t in sentence if not t.is_space]
            # The sentencizer leaves an opening quote at the end of the previous sentence: `today. "`.
            if groups and tokens and _is_opening_quote(groups[-1][-1], text):
                tokens.insert(0, groups[-1].pop())
            if tokens:
                groups.append(tokens)
        return [(tokens[0].start, tokens[-1].end, tokens) for tokens in groups if tokens]


def _is_opening_quote(token: Token, text: str) -> bool:
    form = text[token.start : token.end]
    return form in _OPENING_QUOTES and token.start > 0 and text[token.start - 1].isspace()


def make_segmenter(options: SegmenterOptions) -> EnglishSegmenter:
    """The segmenter the language registry asks for (it takes no options)."""
    return EnglishSegmenter()
