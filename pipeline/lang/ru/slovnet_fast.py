"""natasha's slovnet taggers (news morphology and NER) run on their own weights, faster.

slovnet's numpy executor pads every batch of 32 sentences to its longest one, lays each batch out
channels-first and swaps axes around every layer, and its CRF gathers scores with fancy indexing at each
step. Here all sequences of a call are packed into one channels-last matrix, one zero row between
neighbours (the convolutions' padding: a window never reaches into the next sequence), so each layer is
one matrix product over the real tokens only and no row is padding. The batch norm is folded into a
scale and a shift, and the Viterbi pass runs over all sequences at once. The arithmetic is slovnet's
up to float rounding (sums in another order): the tags are the same, which ``tests/test_ru_speed.py``
checks against slovnet itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

import numpy as np

MAX_ROWS = 4096
"""Tokens per matrix product: large enough to keep BLAS busy, small enough that the first layer's
windows (4 KB a token) stay under 20 MB however long the document."""
MAX_CELLS = 1 << 16
"""Padded positions (sequences x longest length) per Viterbi pass."""
_CACHE_LIMIT = 50_000


class PackedTagger:
    """One slovnet tagger (word and shape embedding, CNN encoder, linear head) over packed sequences."""

    def __init__(self, model: Any, words_vocab: Any, shapes_vocab: Any) -> None:
        from slovnet.shape import word_shape

        self._word_shape = word_shape
        self._words, self._shapes = words_vocab, shapes_vocab
        word = model.emb.word
        chunks, centroids, chunk_dim = word.codes.array.shape
        self._word_dim = chunks * chunk_dim
        self._navec_indexes = word.indexes.array  # word id -> centroid per chunk
        self._navec_codes = np.ascontiguousarray(word.codes.array.reshape(chunks * centroids, chunk_dim))
        self._code_offsets = np.arange(chunks, dtype=np.intp) * centroids
        self._shape_table = model.emb.shape.weight.array
        self._layers: list[tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]] = []
        paddings = set()
        for layer in model.encoder.layers:
            weight = layer.conv.weight.array  # filters x in x kernel
            filters, in_dim, kernel = weight.shape
            if kernel != 2 * layer.conv.padding + 1:
                raise ValueError("slovnet_fast expects 'same' convolutions (kernel = 2 * padding + 1)")
            paddings.add(layer.conv.padding)
            # rows of the windows matrix are `kernel` consecutive token vectors: weights in that order
            windows_weight = np.ascontiguousarray(weight.transpose(2, 1, 0).reshape(kernel * in_dim, filters))
            norm = layer.norm
            scale = (norm.weight.array / norm.std.array).astype(np.float32)
            shift = (norm.bias.array - norm.mean.array * scale).astype(np.float32)
            self._layers.append((windows_weight, layer.conv.bias.array, scale, shift))
        if len(paddings) != 1:
            raise ValueError("slovnet_fast expects one padding for every layer")
        self.padding = paddings.pop()
        self._head_weight, self._head_bias = model.head.proj.weight.array, model.head.proj.bias.array
        self._ids: dict[str, tuple[int, int]] = {}

    def ids(self, word: str) -> tuple[int, int]:
        """slovnet's word and shape ids of a token (its encoder's lookups), memoised."""
        found = self._ids.get(word)
        if found is None:
            if len(self._ids) > _CACHE_LIMIT:
                self._ids.clear()
            found = self._ids[word] = (
                self._words.encode(word.lower()),
                self._shapes.encode(self._word_shape(word)),
            )
        return found

    def scores(self, sequences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        """The head's scores (tokens x tags, float32) of every sequence of words."""
        found: list[np.ndarray] = [np.empty((0, self._head_bias.shape[0]), np.float32)] * len(sequences)
        for chunk in _chunks([len(words) for words in sequences], MAX_ROWS):
            for index, scores in zip(chunk, self._packed_scores([sequences[i] for i in chunk]), strict=True):
                found[index] = scores
        return found

    def _packed_scores(self, sequences: list[Sequence[str]]) -> list[np.ndarray]:
        pad = self.padding
        lengths = [len(words) for words in sequences]
        starts = np.cumsum([0] + [length + pad for length in lengths[:-1]]) + pad
        rows = sum(lengths) + pad * (len(sequences) + 1)
        ids = np.array([self.ids(word) for words in sequences for word in words], dtype=np.intp).reshape(-1, 2)
        token_rows = np.concatenate([np.arange(start, start + n) for start, n in zip(starts, lengths, strict=True)])
        hidden = np.zeros((rows, self._word_dim + self._shape_table.shape[1]), np.float32)
        hidden[token_rows] = self._embed(ids)
        gaps = np.ones(rows, dtype=bool)
        gaps[token_rows] = False
        for windows_weight, bias, scale, shift in self._layers:
            # row r of the windows matrix: rows r .. r + kernel - 1 of `hidden`, contiguous in memory
            windows = np.lib.stride_tricks.as_strided(
                hidden, shape=(rows - 2 * pad, windows_weight.shape[0]), strides=hidden.strides
            )
            out = np.empty((rows, windows_weight.shape[1]), np.float32)
            inner = out[pad : rows - pad]
            np.matmul(np.ascontiguousarray(windows), windows_weight, out=inner)
            inner += bias
            np.maximum(inner, 0, out=inner)
            inner *= scale
            inner += shift
            out[gaps] = 0  # slovnet's mask: the zero padding between sequences
            hidden = out
        scores = hidden @ self._head_weight
        scores += self._head_bias
        return [scores[start : start + n] for start, n in zip(starts.tolist(), lengths, strict=True)]

    def _embed(self, ids: np.ndarray) -> np.ndarray:
        """navec's product-quantised word vectors (one code per chunk) next to the shape vectors."""
        embedded = np.empty((len(ids), self._word_dim + self._shape_table.shape[1]), np.float32)
        codes = self._navec_indexes[ids[:, 0]].astype(np.intp) + self._code_offsets
        embedded[:, : self._word_dim] = np.take(self._navec_codes, codes, axis=0).reshape(len(ids), self._word_dim)
        embedded[:, self._word_dim :] = self._shape_table[ids[:, 1]]
        return embedded


def _chunks(lengths: list[int], max_rows: int) -> Iterator[list[int]]:
    """Indexes of non-empty sequences in groups of at most ``max_rows`` tokens (a longer one alone)."""
    chunk: list[int] = []
    total = 0
    for index, length in enumerate(lengths):
        if not length:
            continue
        if chunk and total + length > max_rows:
            yield chunk
            chunk, total = [], 0
        chunk.append(index)
        total += length
    if chunk:
        yield chunk


def viterbi(scores: list[np.ndarray], transitions: np.ndarray) -> list[np.ndarray]:
    """slovnet's CRF decoding (the same sums, the same first-index tie-break) of many sequences at once.

    Sequences are taken longest first, in groups of at most ``MAX_CELLS`` padded positions, so that the
    ones still running at a step are a prefix of the group: no masks, and one long block among short ones
    does not pad them all to its length."""
    found: list[np.ndarray] = [np.empty(0, np.intp)] * len(scores)
    order = sorted((i for i, s in enumerate(scores) if len(s)), key=lambda i: -len(scores[i]))
    group: list[int] = []
    for index in order:
        if group and (len(group) + 1) * len(scores[group[0]]) > MAX_CELLS:
            _decode_group([scores[i] for i in group], transitions, group, found)
            group = []
        group.append(index)
    if group:
        _decode_group([scores[i] for i in group], transitions, group, found)
    return found


def _decode_group(
    scores: list[np.ndarray], transitions: np.ndarray, indexes: list[int], found: list[np.ndarray]
) -> None:
    """Viterbi over sequences sorted longest first; each best path stored at its index in ``found``."""
    lengths = [len(s) for s in scores]
    size, tags = lengths[0], transitions.shape[0]
    # per step, how many sequences are longer than it: a prefix of the group
    running = np.sum(np.array(lengths)[None, :] > np.arange(size)[:, None], axis=1).tolist()
    emissions = np.zeros((size, len(scores), tags), np.float32)
    for column, sequence in enumerate(scores):
        emissions[: lengths[column], column] = sequence
    score = emissions[0].copy()
    history = np.empty((size, len(scores), tags), np.intp)
    for step in range(1, size):
        active = running[step]
        candidates = score[:active, :, None] + transitions
        candidates += emissions[step, :active, None, :]
        candidates.argmax(1, out=history[step, :active])
        candidates.max(1, out=score[:active])
    current = score.argmax(-1)
    path = np.empty((size, len(scores)), np.intp)
    for step in range(size - 1, -1, -1):
        active = running[step]
        path[step, :active] = current[:active]
        if step:
            current[:active] = history[step, np.arange(active), current[:active]]
    for column, index in enumerate(indexes):
        found[index] = path[: lengths[column], column]


class TokenisedText(str):
    """A text that carries its razdel tokens, so the NER need not cut it again."""

    words: list[str]

    def __new__(cls, text: str, words: list[str]) -> TokenisedText:
        made = super().__new__(cls, text)
        made.words = words
        return made


class FastNERInfer:
    """Drop-in for slovnet's ``NERInfer`` (texts in, ``SpanMarkup`` out) on the same model."""

    def __init__(self, infer: Any) -> None:
        from slovnet.bio import parse_bio

        self.tagger = PackedTagger(infer.model, infer.encoder.words_vocab, infer.encoder.shapes_vocab)
        self._transitions = infer.model.head.crf.transitions.array
        self._parts = [parse_bio(tag) for tag in infer.decoder.tags_vocab.items]
        """Per tag id, its BIO part and entity type (`B`, `PER`)."""

    def __call__(self, texts: Iterable[str]) -> Iterator[Any]:
        from slovnet.markup import SpanMarkup

        texts = list(texts)
        words = [getattr(text, "words", None) or razdel_words(text) for text in texts]
        paths = viterbi(self.tagger.scores(words), self._transitions)
        for text, items, path in zip(texts, words, paths, strict=True):
            yield SpanMarkup(str(text), self._spans(text, items, path.tolist()))

    def _spans(self, text: str, words: list[str], tag_ids: list[int]) -> list[Any]:
        """slovnet's ``bio_spans`` over the words found in the text one after another (its ``find_tokens``)."""
        from slovnet.const import B, I, O
        from slovnet.span import Span

        spans = []
        position, kind, start, stop = 0, None, 0, 0
        for word, tag_id in zip(words, tag_ids, strict=True):
            word_start = text.find(word, position)
            position = word_start + len(word)
            part, tag_kind = self._parts[tag_id]
            if part == O:
                if kind:
                    spans.append(Span(start, stop, kind))
                    kind = None
            elif part == B:
                if kind:
                    spans.append(Span(start, stop, kind))
                kind, start, stop = tag_kind, word_start, position
            elif part == I:
                stop = position
        if kind:
            spans.append(Span(start, stop, kind))
        return spans


def razdel_words(text: str) -> list[str]:
    from razdel import tokenize

    return [token.text for token in tokenize(text)]


class FastMorph:
    """natasha's morphology tagger as tag ids per token, and its tag table decoded once."""

    def __init__(self, infer: Any) -> None:
        from slovnet.conll import parse_conll_tag

        self.tagger = PackedTagger(infer.model, infer.encoder.words_vocab, infer.encoder.shapes_vocab)
        self.tags: list[tuple[str, dict[str, str]]] = [parse_conll_tag(tag) for tag in infer.decoder.tags_vocab.items]
        """Per tag id, (UPOS, features) as slovnet's markups give them."""

    def tag_ids(self, sentences: Sequence[Sequence[str]]) -> list[list[int]]:
        return [scores.argmax(-1).tolist() for scores in self.tagger.scores(sentences)]
