"""Chinese sentences and tokens with jieba's dictionary and algorithm.

Tokens come from jieba-rs (the ``rjieba`` package), which cuts with jieba's own dictionary and its
maximum-probability route over the word graph, 15-25 times faster than the Python implementation and
with the same tokens (``tests/test_segment.py`` compares them); ``--hmm`` (jieba's HMM guesses at unknown
words, tagged by jieba.posseg) runs on Python jieba. One isolated tokenizer per segmenter (no global
state), with the gazetteer's names as user words. jieba cuts text at every character outside
``[\u4e00-\u9fd5a-zA-Z0-9+#&._%-]`` before it looks words up, so a name such as ``阿扎马特·拜加利耶夫``
could never match: the tokenizer sees a *view* of the text where name joiners (``·`` and hyphens)
between Han characters become ``_``, a character of the same length that jieba keeps inside a run.
Offsets therefore stay those of the real text.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterable
from pathlib import Path

import jieba

from pipeline.document import Token
from pipeline.lang import SegmenterOptions
from pipeline.lang.zh.lexicon import QUOTE_CUES
from pipeline.names import NAME_JOINERS

_HAN = "\u4e00-\u9fff"
_NAME_JOINER = re.compile(f"(?<=[{_HAN}])[{re.escape(NAME_JOINERS)}](?=[{_HAN}])")
_VIEW_JOINER = "_"

_SENTENCE_END = re.compile(r"(?:[。！？；!?]+|…+|\.{3,})[”’」』）)\"'》〉]*")
# The attribution that closes a dash quote: `- 我们……。-他说。`, `—……。- 奥尔扎耶夫说。`
_CUES = "|".join(sorted(QUOTE_CUES, key=len, reverse=True))
_DASH_ATTRIBUTION = re.compile(rf"[ \t]*[-–—－]{{1,2}}[ \t]*[^。！？\n]{{0,20}}?(?:{_CUES})[。！]?[”’]?")
_DASH_QUOTE_OPEN = re.compile(r"[-–—－]{1,2}[ \t]*\S")
_NUMBER = re.compile(r"\d+(?:[.,:]\d+)+%?|\d+%")
_ASCII_WORD = re.compile(r"[A-Za-z]+")
_DIGITS = re.compile(r"\d+")


def tokenizer_view(text: str) -> str:
    """The text as jieba should see it: same length, name joiners made word-internal."""
    return _NAME_JOINER.sub(_VIEW_JOINER, text)


def sentence_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence (start, end) pairs in ``text[start:end]``.

    Ends at 。！？；… with closing quotes and brackets kept in the sentence (``。”``); a dash quote
    (``- …。-他说。``) stays one sentence from its opening dash to its attribution.
    """
    protected_until = start
    if _DASH_QUOTE_OPEN.match(text, start, end):
        closings = [m for m in _SENTENCE_END.finditer(text, start, end) if _DASH_ATTRIBUTION.match(text, m.end(), end)]
        if closings:
            protected_until = closings[-1].end()
    spans = []
    position = start
    for match in _SENTENCE_END.finditer(text, start, end):
        stop = match.end()
        if stop <= position or stop < protected_until:
            continue
        attribution = _DASH_ATTRIBUTION.match(text, stop, end)
        if attribution:
            stop = attribution.end()
        spans.append((position, stop))
        position = stop
    spans.append((position, end))
    return [trimmed for span in spans if (trimmed := _trim(text, *span))]


def _trim(text: str, start: int, end: int) -> tuple[int, int] | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if start < end else None


class ChineseSegmenter:
    """Sentences and POS-tagged tokens for Chinese blocks."""

    def __init__(self, user_words: Iterable[tuple[str, str]] = (), *, hmm: bool = False, cache_dir: Path | None = None):
        logging.getLogger("jieba").setLevel(logging.WARNING)
        self.hmm = hmm
        self.user_tags: dict[str, str] = {tokenizer_view(word): tag for word, tag in user_words}
        """Tags of the gazetteer's names: they win over the dictionary's (哈萨克斯坦 is ns, not jieba's nrt)."""
        self._fallback_tags: dict[str, str] = {}
        if hmm:
            self.tokenizer = _python_tokenizer(self.user_tags, cache_dir)
            import jieba.posseg

            self.pos_tokenizer = jieba.posseg.POSTokenizer(self.tokenizer)
            self.pos_tokenizer.makesure_userdict_loaded()
        else:
            import rjieba

            self.tokenizer = rjieba.Jieba()
            # jieba-rs gives a user word the frequency Python jieba's add_word suggests and, like the
            # Python tokenizer made by _python_tokenizer, leaves the dictionary's total as it was.
            for word, tag in self.user_tags.items():
                self.tokenizer.add_word(word, None, tag)

    def sentences(self, text: str, start: int, end: int) -> list[tuple[int, int, list[Token]]]:
        """Sentences with their tokens; the block is cut by jieba once and its tokens shared out.

        Sentence ends are punctuation, which jieba always keeps apart, so no token crosses a
        sentence boundary; should one ever do, that block is cut sentence by sentence instead.
        """
        spans = sentence_spans(text, start, end)
        tokens = self.tokens(text, start, end)
        result = []
        index = 0
        for sentence_start, sentence_end in spans:
            first = index
            while index < len(tokens) and tokens[index].end <= sentence_end:
                index += 1
            if any(t.start < sentence_start for t in tokens[first:index]):
                return [(s, e, self.tokens(text, s, e)) for s, e in spans]
            result.append((sentence_start, sentence_end, tokens[first:index]))
        return result

    def tokens(self, text: str, start: int, end: int) -> list[Token]:
        """Tokens of ``text[start:end]``; numbers such as ``5.557`` and ``15%`` stay whole."""
        tokens: list[Token] = []
        position = start
        for number in _NUMBER.finditer(text, start, end):
            self._cut(text, position, number.start(), tokens)
            tokens.append(Token(number.start(), number.end(), xpos="m"))
            position = number.end()
        self._cut(text, position, end, tokens)
        return tokens

    def _cut(self, text: str, start: int, end: int, tokens: list[Token]) -> None:
        """Append jieba's tokens of ``text[start:end]`` (this loop runs once per token: kept lean)."""
        if start >= end:
            return
        view = tokenizer_view(text[start:end])
        offset = start
        append = tokens.append
        if self.hmm:
            for pair in self.pos_tokenizer.cut(view, HMM=True):
                size = len(pair.word)
                if not pair.word.isspace():
                    append(Token(offset, offset + size, pair.flag))
                offset += size
            return
        user_tags, fallback_tags = self.user_tags, self._fallback_tags
        for word, tag in self.tokenizer.tag(view, False):
            size = len(word)
            if not word.isspace():
                # The gazetteer's tag first; jieba-rs tags a word outside the dictionary x, jieba.posseg
                # tells numbers (m) and Latin words (eng) apart.
                tag = user_tags.get(word) or tag
                if tag == "x":
                    tag = fallback_tags.get(word) or fallback_tags.setdefault(word, _fallback_tag(word))
                append(Token(offset, offset + size, tag))
            offset += size


def _python_tokenizer(user_tags: dict[str, str], cache_dir: Path | None) -> jieba.Tokenizer:
    """Python jieba with the gazetteer's names, for the HMM: a user word does not raise the dictionary's
    total (jieba's add_word adds it), so its other words cut as they do without the gazetteer and as
    jieba-rs cuts them."""
    tokenizer = jieba.Tokenizer()
    if cache_dir is not None:
        cache_dir.mkdir(parents=True, exist_ok=True)
        tokenizer.tmp_dir = str(cache_dir)
    tokenizer.initialize()
    total = tokenizer.total
    for word, tag in user_tags.items():
        tokenizer.add_word(word, tag=tag)
    tokenizer.total = total
    return tokenizer


def _fallback_tag(word: str) -> str:
    """jieba.posseg's tags for words outside its dictionary: ``eng``, ``m`` (numbers) or ``x``."""
    if _DIGITS.fullmatch(word):
        return "m"
    if _ASCII_WORD.fullmatch(word):
        return "eng"
    return "x"


def make_segmenter(options: SegmenterOptions) -> ChineseSegmenter:
    """The Chinese segmenter with the gazetteer's names as user words (the language registry calls this)."""
    cache = Path(options.cache_dir) if options.cache_dir else None
    return ChineseSegmenter(options.user_words, hmm=options.hmm, cache_dir=cache)
