"""Russian (and Kazakh Cyrillic) sentences and tokens with razdel, the natasha project's rule-based splitter."""

from __future__ import annotations

from razdel import sentenize, tokenize

from pipeline.document import Token
from pipeline.lang import SegmenterOptions


class RussianSegmenter:
    """Sentences and tokens for Cyrillic blocks (no POS: that comes from stanza when present)."""

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int, list[Token]]]:
        result = []
        for sentence in sentenize(text[start:end]):
            base = start + sentence.start
            tokens = [Token(base + t.start, base + t.stop) for t in tokenize(sentence.text)]
            result.append((base, start + sentence.stop, tokens))
        return result


def make_segmenter(options: SegmenterOptions) -> RussianSegmenter:
    """The segmenter the language registry asks for (it takes no options)."""
    return RussianSegmenter()
