"""Small offline Chinese named-entity tagger (PER, LOC, ORG), numpy only.

Characters and character bigrams are embedded, passed through a few dilated 1-D convolutions with residuals,
and scored against BIOES tags; a Viterbi search that only allows valid BIOES sequences picks the tags. The
whole batch of texts is laid end to end in one stream (with zero gaps between texts), so the network runs as a
handful of large matrix products whatever the number or length of the texts; only the Viterbi search is
sequential, over positions, and vectorised over texts of similar length.

Weights live next to this file (``weights.npz``) and are read once per process; nothing touches the network.
"""

from __future__ import annotations

import itertools
import threading
from collections.abc import Mapping, Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np

WEIGHTS_PATH = Path(__file__).with_name("weights.npz")

ENTITY_TYPES: tuple[str, ...] = ("PER", "LOC", "ORG")
# BIOES tags; index 0 is O. The order is part of the weights' contract.
TAGS: tuple[str, ...] = ("O", *(f"{prefix}-{kind}" for kind in ENTITY_TYPES for prefix in "BIES"))
PAD_ID = 0  # the gap between texts (and outside a text): the network sees zeros there
UNK_ID = 1  # a character the vocabulary lacks
# Texts longer than this are cut (where the network's best guess is outside an entity) before the Viterbi
# search, so that one very long text does not make the sequential search long.
MAX_PIECE = 160
# Texts are decoded in groups of at most this many, sorted by length, so padding stays small.
DECODE_GROUP = 1024
# Positions per network block: its working arrays then fit in a core's cache.
BLOCK = 4096

_PREFIX_OF_TAG = np.array([t.partition("-")[0] for t in TAGS])
_KIND_OF_TAG = np.array([t.partition("-")[2] for t in TAGS])
_OPENS = np.isin(_PREFIX_OF_TAG, ["B", "S"])  # per tag: an entity starts here
_CLOSES = np.isin(_PREFIX_OF_TAG, ["E", "S"])  # per tag: an entity ends here

_FULLWIDTH_START, _FULLWIDTH_END = 0xFF01, 0xFF5E
_DOT_VARIANTS = "•‧・∙⋅"  # written in place of the name joiner ·
_HYPHEN_VARIANTS = "\u2010\u2011\u2012"  # written in place of the joiner - (full-width － is folded too)
_TABLE_SIZE = 0x10000  # codepoints above the Basic Multilingual Plane read as unknown


def normalise_codepoints(codepoints: np.ndarray) -> np.ndarray:
    """Map characters to the ones the vocabulary keys them under.

    Why: the training corpus writes digits and Latin letters full width (１９９８, ＣＣＴＶ), news text half
    width; both must meet the same embedding. All digits share one entry, so numbers generalise.
    """
    out = np.asarray(codepoints, dtype=np.int64).copy()
    fullwidth = (out >= _FULLWIDTH_START) & (out <= _FULLWIDTH_END)
    out[fullwidth] -= 0xFEE0
    out[out == 0x3000] = 0x20  # ideographic space
    out[(out >= 0x30) & (out <= 0x39)] = 0x30
    out[np.isin(out, [ord(c) for c in _DOT_VARIANTS])] = 0xB7
    out[np.isin(out, [ord(c) for c in _HYPHEN_VARIANTS])] = 0x2D
    return out


class Features:
    """Char and char-bigram ids of text, from the vocabularies the model was trained with."""

    def __init__(self, vocab_codepoints: np.ndarray, bigram_keys: np.ndarray) -> None:
        """``vocab_codepoints[i]`` (normalised) has id ``i + 2``; ``bigram_keys`` are sorted pair keys."""
        vocab_codepoints = np.asarray(vocab_codepoints, dtype=np.int64)
        self.vocab_codepoints = vocab_codepoints
        self.n_chars = len(vocab_codepoints) + 2
        size = max(_TABLE_SIZE, int(vocab_codepoints.max(initial=0)) + 1)
        by_normalised = np.full(size, UNK_ID, dtype=np.int32)
        by_normalised[vocab_codepoints] = np.arange(2, self.n_chars, dtype=np.int32)
        # Dense codepoint -> id table with normalisation folded in: a lookup is one fancy-index per batch.
        self.table = by_normalised[normalise_codepoints(np.arange(size))]
        self.table[0] = PAD_ID
        self.bigram_keys = np.asarray(bigram_keys, dtype=np.int64)

    def char_ids(self, codepoints: np.ndarray) -> np.ndarray:
        """Vocabulary ids of a codepoint array (NUL is the padding id)."""
        last = len(self.table) - 1
        return np.where(codepoints <= last, self.table[np.minimum(codepoints, last)], UNK_ID)

    def bigram_keys_of(self, char_ids: np.ndarray) -> np.ndarray:
        """Key of the bigram ending at each position (previous char, this char); position 0 pairs with padding."""
        previous = np.concatenate(([PAD_ID], char_ids[:-1]))
        return previous.astype(np.int64) * self.n_chars + char_ids

    def bigram_ids(self, char_ids: np.ndarray) -> np.ndarray:
        """Id of the bigram ending at each position; 0 when the vocabulary lacks it."""
        keys = self.bigram_keys_of(char_ids)
        if not len(self.bigram_keys):
            return np.zeros(len(keys), dtype=np.int64)
        found = np.minimum(np.searchsorted(self.bigram_keys, keys), len(self.bigram_keys) - 1)
        return np.where(self.bigram_keys[found] == keys, found + 1, 0)

    def encode(self, text: str) -> np.ndarray:
        """Char ids of one text."""
        return self.char_ids(np.frombuffer(text.encode("utf-32-le"), dtype=np.uint32).astype(np.int64))


def tag_index(tag: str) -> int:
    """Position of a BIOES tag string in ``TAGS``."""
    return TAGS.index(tag)


@lru_cache(maxsize=1)
def transition_mask() -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Allowed BIOES moves as additive scores (0 allowed, -1e4 forbidden): between tags, at start, at end.

    Cached and shared: callers must not modify the arrays.
    """
    n_tags = len(TAGS)
    allowed = np.zeros((n_tags, n_tags), dtype=bool)
    start = np.zeros(n_tags, dtype=bool)
    end = np.zeros(n_tags, dtype=bool)
    for i, previous in enumerate(TAGS):
        for j, current in enumerate(TAGS):
            prev_prefix, _, prev_kind = previous.partition("-")
            cur_prefix, _, cur_kind = current.partition("-")
            if prev_prefix in ("B", "I"):
                allowed[i, j] = cur_prefix in ("I", "E") and cur_kind == prev_kind
            else:
                allowed[i, j] = cur_prefix in ("O", "B", "S")
        prefix = previous.partition("-")[0]
        start[i] = prefix in ("O", "B", "S")
        end[i] = prefix in ("O", "E", "S")
    forbid = np.float32(-1e4)
    return (
        np.where(allowed, np.float32(0), forbid),
        np.where(start, np.float32(0), forbid),
        np.where(end, np.float32(0), forbid),
    )


@lru_cache(maxsize=1)
def _move_structure() -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The BIOES moves as index arrays: tags that close an entity or stand outside one (O, E-k, S-k), tags that
    may follow them (O, B-k, S-k), each kind's B-k and I-k (the only tags before I-k and E-k), and I-k / E-k."""
    closing = np.array([i for i, tag in enumerate(TAGS) if tag == "O" or tag[0] in "ES"])
    opening = np.array([i for i, tag in enumerate(TAGS) if tag == "O" or tag[0] in "BS"])
    inside = np.array([(tag_index(f"B-{kind}"), tag_index(f"I-{kind}")) for kind in ENTITY_TYPES])
    continuing = np.array([[tag_index(f"{prefix}-{kind}") for kind in ENTITY_TYPES] for prefix in "IE"])
    return closing, opening, inside, continuing


_FEW_ROWS = 64
"""Below this many texts still running, a Viterbi step scores every pair of tags (three numpy calls); above it,
only the allowed moves (more calls on smaller arrays)."""


def viterbi(emissions: np.ndarray, lengths: np.ndarray, learnt: np.ndarray | None = None) -> np.ndarray:
    """Best valid BIOES tag sequence per row of ``emissions`` (batch, length, tags); padded steps keep the tag.

    Scores are raw logits: a per-position softmax adds the same constant to every path, so it cannot change
    which path wins, and is skipped. Rows are taken shortest first, so at each step the rows still running
    are a suffix: only they are computed, with no masking (the step loop is what costs, not its arithmetic).
    With many texts running, only allowed moves are scored: O, B-k and S-k follow one of the seven closing tags,
    I-k and E-k follow B-k or I-k, 61 moves of the 169 pairs.
    """
    transitions, start, end = transition_mask()
    if learnt is not None:
        transitions = transitions + learnt
    closing, opening, inside, continuing = _move_structure()
    to_opening = np.ascontiguousarray(transitions[np.ix_(closing, opening)])  # (closing, opening)
    to_continuing = transitions[inside[None, :, :], continuing[:, :, None]]  # (I/E, kind, from B/I)
    kinds = np.arange(len(inside))
    batch, length, n_tags = emissions.shape
    order = np.argsort(lengths, kind="stable")
    steps = np.ascontiguousarray(emissions[order].transpose(1, 0, 2))  # (length, batch, tags)
    score = steps[0] + start
    backpointers = np.empty((length, batch, n_tags), dtype=np.int8)
    backpointers[:] = np.arange(n_tags, dtype=np.int8)  # a finished row keeps its tag
    first_running = np.searchsorted(lengths[order], np.arange(length), side="right")
    for position in range(1, length):
        running = int(first_running[position])
        live = score[running:]
        if len(live) < _FEW_ROWS:  # few texts: one product over every pair costs fewer numpy calls
            candidates = live[:, :, None] + transitions
            backpointers[position, running:] = candidates.argmax(axis=1)
            score[running:] = candidates.max(axis=1) + steps[position, running:]
            continue
        pointers = backpointers[position, running:]
        new = np.empty_like(live)
        candidates = live[:, closing, None] + to_opening  # (rows, closing, opening)
        best = candidates.argmax(axis=1)
        pointers[:, opening] = closing[best]
        new[:, opening] = candidates.max(axis=1)
        options = live[:, inside][:, None] + to_continuing  # (rows, I/E, kind, from B/I)
        pick = options.argmax(axis=3)
        pointers[:, continuing] = inside[kinds, pick]
        new[:, continuing] = options.max(axis=3)
        score[running:] = new + steps[position, running:]
    tags = np.empty((batch, length), dtype=np.int64)
    tags[:, -1] = (score + end).argmax(axis=1)
    rows = np.arange(batch)
    for position in range(length - 1, 0, -1):
        tags[:, position - 1] = backpointers[position][rows, tags[:, position]]
    unsorted = np.empty_like(tags)
    unsorted[order] = tags
    return unsorted


class ChineseNER:
    """Tags PER, LOC and ORG spans in raw Chinese text; thread-safe after construction."""

    def __init__(self, weights: Mapping[str, np.ndarray]) -> None:
        self.dilations: tuple[int, ...] = tuple(int(d) for d in weights["dilations"])
        self.gap = max(self.dilations)
        self.features = Features(weights["vocab_codepoints"], weights["bigram_keys"])
        # The first layer is linear in the three embeddings, so it is folded into them once here: a lookup then
        # costs one gather per table instead of a matrix product per position.
        first = weights["input_weight"].astype(np.float32)  # (char dim + 2 bigram dims, hidden)
        char_dim = weights["char_embedding"].shape[1]
        bigram_dim = weights["bigram_embedding"].shape[1]
        self.char_table = weights["char_embedding"].astype(np.float32) @ first[:char_dim]
        # The bigram table is kept as trained (float16, 48-d) and projected after the lookup: folded into the
        # first layer it would take two float32 tables of 98,613 x hidden, about 80 MB per worker.
        self.bigram_embedding = weights["bigram_embedding"]
        self.bigram_projection = np.ascontiguousarray(first[char_dim : char_dim + 2 * bigram_dim])
        self.input_bias = weights["input_bias"].astype(np.float32)
        hidden = self.input_bias.shape[0]
        # Convolution kernels as one (hidden, 3 * hidden) matrix: taps for i - d, i, i + d side by side.
        self.conv_weights = [
            weights[f"conv{i}_weight"].astype(np.float32).transpose(1, 2, 0).reshape(hidden, 3 * hidden)
            for i in range(len(self.dilations))
        ]
        self.conv_biases = [weights[f"conv{i}_bias"].astype(np.float32) for i in range(len(self.dilations))]
        self.output_weight = weights["output_weight"].astype(np.float32).T.copy()  # (hidden, tags)
        self.output_bias = weights["output_bias"].astype(np.float32)
        # Learnt tag transition scores when the model was trained as a CRF.
        self.transitions = weights["transitions"].astype(np.float32) if "transitions" in weights else None

    # -- features ---------------------------------------------------------------------------------------
    def stream(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        """Char ids of all texts laid end to end, with ``gap`` padding before, between and after; text starts."""
        pad = "\x00" * self.gap
        # A NUL inside a text would read as padding; any other unknown character keeps offsets the same.
        joined = pad + pad.join(text.replace("\x00", "\x01") if "\x00" in text else text for text in texts) + pad
        codepoints = np.frombuffer(joined.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
        ids = self.features.char_ids(codepoints)
        lengths = np.fromiter((len(text) for text in texts), dtype=np.int64, count=len(texts))
        starts = self.gap + np.concatenate(([0], np.cumsum(lengths + self.gap)[:-1])) if len(texts) else lengths
        return ids, starts

    # -- network --------------------------------------------------------------------------------------
    def logits(self, ids: np.ndarray, starts: np.ndarray | None = None) -> np.ndarray:
        """Tag scores for every position of a padded stream of char ids (padding rows are meaningless).

        The stream is run in blocks of whole texts (each block begins and ends in padding, so no block needs
        its neighbours), small enough for the working arrays to stay in cache.
        """
        bigrams = self.features.bigram_ids(ids)
        next_bigrams = np.append(bigrams[1:], 0)  # the bigram (this char, next char); the stream ends in padding
        scores = np.empty((len(ids), len(TAGS)), dtype=np.float32)
        if starts is None or len(starts) < 2:
            cuts = [0, len(ids)]
        else:
            # A block may begin at the padding before any text; cut there once a block is big enough.
            borders = starts - self.gap
            picks = np.searchsorted(borders, np.arange(BLOCK, int(borders[-1]) + 1, BLOCK))
            cuts = [0, *sorted(set(borders[np.unique(picks)].tolist()) - {0}), len(ids)]
        for begin, end in itertools.pairwise(cuts):
            low = max(begin - self.gap, 0)  # include the padding before the block's first text
            block = slice(low, end)
            scores[block] = self._block_logits(ids[block], bigrams[block], next_bigrams[block])
        return scores

    def _block_logits(self, ids: np.ndarray, bigrams: np.ndarray, next_bigrams: np.ndarray) -> np.ndarray:
        """The network over one block that begins and ends in padding."""
        padding = np.flatnonzero(ids == PAD_ID)
        hidden = self.char_table[ids]
        both = np.concatenate((self.bigram_embedding[bigrams], self.bigram_embedding[next_bigrams]), axis=1)
        hidden += both.astype(np.float32) @ self.bigram_projection
        hidden += self.input_bias
        np.maximum(hidden, 0, out=hidden)
        hidden[padding] = 0
        size = hidden.shape[1]
        out = np.empty_like(hidden)
        taps = np.empty((len(ids), 3 * size), dtype=np.float32)
        for dilation, weight, bias in zip(self.dilations, self.conv_weights, self.conv_biases, strict=True):
            np.matmul(hidden, weight, out=taps)  # taps for i - d, i, i + d side by side
            np.add(taps[:, size : 2 * size], bias, out=out)
            out[dilation:] += taps[:-dilation, :size]
            out[:-dilation] += taps[dilation:, 2 * size :]
            np.maximum(out, 0, out=out)
            out[padding] = 0
            hidden += out
        return hidden @ self.output_weight + self.output_bias

    # -- decoding -------------------------------------------------------------------------------------
    def _pieces(self, scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Cut texts longer than ``MAX_PIECE`` where the best single tag ends an entity or is outside one."""
        long_texts = np.flatnonzero(lengths > MAX_PIECE)
        if not len(long_texts):
            return starts, lengths
        best = scores.argmax(axis=1)
        safe_before = np.isin(best, [tag_index("O")] + [tag_index(f"{p}-{k}") for k in ENTITY_TYPES for p in "ES"])
        safe_after = np.isin(best, [tag_index("O")] + [tag_index(f"{p}-{k}") for k in ENTITY_TYPES for p in "BS"])
        piece_starts: list[int] = []
        piece_lengths: list[int] = []
        short = np.ones(len(starts), dtype=bool)
        short[long_texts] = False
        for index in long_texts:
            begin, end = int(starts[index]), int(starts[index] + lengths[index])
            while end - begin > MAX_PIECE:
                cut = begin + MAX_PIECE
                # Search back from the piece limit for a boundary that splits no entity.
                window = np.arange(begin + MAX_PIECE // 2, begin + MAX_PIECE + 1)
                ok = safe_before[window - 1] & safe_after[window]
                if ok.any():
                    cut = int(window[np.flatnonzero(ok)[-1]])
                piece_starts.append(begin)
                piece_lengths.append(cut - begin)
                begin = cut
            piece_starts.append(begin)
            piece_lengths.append(end - begin)
        all_starts = np.concatenate((starts[short], np.array(piece_starts, dtype=np.int64)))
        all_lengths = np.concatenate((lengths[short], np.array(piece_lengths, dtype=np.int64)))
        return all_starts, all_lengths

    def decode(self, scores: np.ndarray, starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
        """Viterbi tags for every stream position (O outside texts)."""
        tags = np.zeros(len(scores), dtype=np.int64)
        starts, lengths = self._pieces(scores, starts, lengths)
        keep = lengths > 0
        starts, lengths = starts[keep], lengths[keep]
        order = np.argsort(lengths, kind="stable")
        for first in range(0, len(order), DECODE_GROUP):
            group = order[first : first + DECODE_GROUP]
            group_lengths = lengths[group]
            width = int(group_lengths.max())
            offsets = np.arange(width)
            positions = starts[group][:, None] + offsets[None, :]
            inside = offsets[None, :] < group_lengths[:, None]
            positions = np.where(inside, positions, starts[group][:, None])
            best = viterbi(scores[positions], group_lengths, self.transitions)
            tags[positions[inside]] = best[inside]
        return tags

    def tag(self, texts: Sequence[str]) -> list[list[tuple[int, int, str]]]:
        """Entity spans ``(start, end, label)`` per text, as Python string offsets (``text[start:end]``)."""
        texts = list(texts)
        if not texts:
            return []
        ids, starts = self.stream(texts)
        lengths = np.fromiter((len(text) for text in texts), dtype=np.int64, count=len(texts))
        if not lengths.sum():
            return [[] for _ in texts]
        tags = self.decode(self.logits(ids, starts), starts, lengths)
        # Tags are valid BIOES, so the k-th opening (B or S) pairs with the k-th closing (E or S).
        opens = np.flatnonzero(_OPENS[tags])
        closes = np.flatnonzero(_CLOSES[tags]) + 1
        owners = np.searchsorted(starts, opens, side="right") - 1
        result: list[list[tuple[int, int, str]]] = [[] for _ in texts]
        for owner, begin, end, label in zip(
            owners.tolist(), opens.tolist(), closes.tolist(), _KIND_OF_TAG[tags[opens]].tolist(), strict=True
        ):
            offset = int(starts[owner])
            result[owner].append((begin - offset, end - offset, label))
        return result


_LOCK = threading.Lock()


@lru_cache(maxsize=1)
def _load_cached(path: str) -> ChineseNER:
    with np.load(path) as archive:
        return ChineseNER({name: archive[name] for name in archive.files})


def load(path: str | Path | None = None) -> ChineseNER:
    """The tagger with the shipped weights (read once per process), or with the weights at ``path``."""
    with _LOCK:
        return _load_cached(str(path or WEIGHTS_PATH))


__all__ = ["ENTITY_TYPES", "TAGS", "ChineseNER", "Features", "load", "normalise_codepoints"]
