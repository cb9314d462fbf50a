"""Russian (and Kazakh Cyrillic) sentences and tokens with razdel, the natasha project's rule-based splitter."""

from __future__ import annotations

import re

from razdel import sentenize, tokenize
from razdel.segmenters.tokenize import ATOM, DASHES, INT, PUNCT

from pipeline.document import Sentence, Token
from pipeline.lang import SegmenterOptions

_JOINING_MARKS = frozenset(DASHES + "_")
"""razdel joins `a-b` and `a_b` over these when neither neighbour is punctuation (its dash and underscore rules)."""
_NUMBER_MARKS = frozenset(".,/\\")
"""razdel joins `1.5`, `1,5` and `1/2` over these when both neighbours are numbers (float and fraction rules)."""


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


def block_words(text: str, start: int, end: int, sentences: list[Sentence]) -> list[str] | None:
    """The words razdel's tokenizer cuts ``text[start:end]`` into, read off the block's sentences (razdel's
    tokens, cut one sentence at a time, in order), or None where the two might differ.

    razdel always splits at whitespace and decides any other split from the atoms (letter runs, digit runs,
    single marks) next to it, and from the second atom on one side only for a dash, underscore, point,
    comma or slash (`cho-|to`, `1.|5`). So sentences separated by whitespace are cut the same alone or
    together unless such a mark ends or starts one of them and the rule could read across the gap: then,
    or when anything but whitespace lies outside the sentences, None (the caller cuts the block)."""
    words: list[str] = []
    previous: Sentence | None = None
    position = start
    for sentence in sentences:
        gap = text[position : sentence.start]
        if (gap and not gap.isspace()) or (previous is not None and not gap) or not sentence.tokens:
            return None
        if previous is not None and _reads_across(text, previous.tokens, sentence.tokens):
            return None
        words.extend(text[t.start : t.end] for t in sentence.tokens)
        previous, position = sentence, sentence.end
    tail = text[position:end]
    return words if not tail or tail.isspace() else None


def _reads_across(text: str, before: list[Token], after: list[Token]) -> bool:
    """Whether razdel, cutting both sentences together, could join differently next to the gap."""
    tail = list(ATOM.finditer(text, before[-2].start if len(before) > 1 else before[-1].start, before[-1].end))
    head = list(ATOM.finditer(text, after[0].start, after[1].end if len(after) > 1 else after[0].end))
    if not tail or not head:
        return True
    last, first = tail[-1], head[0]
    if len(tail) > 1 and tail[-2].end() == last.start() and _may_join(tail[-2], last, first):
        return True
    return len(head) > 1 and head[1].start() == first.end() and _may_join(head[1], first, last)


def _may_join(neighbour: re.Match[str], mark: re.Match[str], across: re.Match[str]) -> bool:
    """razdel's dash, underscore, float and fraction rules on `neighbour mark | across` (either direction)."""
    if mark.group() in _JOINING_MARKS:
        return neighbour.lastgroup != PUNCT and across.lastgroup != PUNCT
    if mark.group() in _NUMBER_MARKS:
        return neighbour.lastgroup == INT and across.lastgroup == INT
    return False
