"""Offline English part-of-speech tagger (UD UPOS and Penn Treebank XPOS) and lemmatizer.

A small numpy network trained on UD English EWT: each token's sparse features (word, affixes, shape, Brown
cluster) are summed as embeddings, two convolution layers read three tokens either side, and a joint
decoder picks the best (UPOS, XPOS) pair seen in training. Whole batches go through a few matrix products,
which keeps it fast on one core without PyTorch. Lemmas come from `lemmatizer.Lemmatizer`.

    from pipeline.models.en_pos import load
    load().tag([["The", "minister", "said", "."]])  # [[("DET", "DT", "the"), ..., ("PUNCT", ".", ".")]]
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.models.batching import token_chunks
from pipeline.models.en_pos.features import N_FEATURES, Featurizer
from pipeline.models.en_pos.lemmatizer import Lemmatizer

__all__ = ["Analysis", "EnglishTagger", "load"]

MODEL_DIR = Path(__file__).resolve().parent
Analysis = tuple[str, str, str]
# Tokens per forward pass: bounds memory on very large batches without costing speed.
_CHUNK_TOKENS = 4_000


class EnglishTagger:
    """UPOS, XPOS and lemma for pre-tokenised English sentences."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        with gzip.open(model_dir / "vocab.json.gz", "rt", encoding="utf-8") as f:
            meta = json.load(f)
        with gzip.open(model_dir / "lemma.json.gz", "rt", encoding="utf-8") as f:
            self.lemmatizer = Lemmatizer(json.load(f))
        self.featurizer = Featurizer(meta["vocab"], meta["clusters"])
        self.upos: list[str] = meta["upos"]
        self.xpos: list[str] = meta["xpos"]
        with np.load(model_dir / "weights.npz") as w:
            arrays = {k: w[k].astype(np.float32) for k in w.files if k != "pairs"}
            pairs = w["pairs"].astype(np.int64)
        self.emb = arrays["emb"]
        self.w1, self.b1 = arrays["w1"], arrays["b1"]
        self.w2, self.b2 = arrays["w2"], arrays["b2"]
        self.wu, self.bu = arrays["wu"], arrays["bu"]
        self.wx, self.bx = arrays["wx"], arrays["bx"]
        self.pair_upos, self.pair_xpos = pairs[:, 0], pairs[:, 1]
        self.window1 = self.w1.shape[0] // self.emb.shape[1] // 2
        self.window2 = self.w2.shape[0] // self.w1.shape[1] // 2
        hidden = self.w1.shape[1]
        blocks = [self.w2[j * hidden : (j + 1) * hidden] for j in range(2 * self.window2 + 1)]
        self.w2_stacked = np.ascontiguousarray(np.concatenate(blocks, axis=1))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[Analysis]]:
        """(UPOS, XPOS, lemma) for every token of every sentence, in order."""
        return [row for chunk in token_chunks(sentences, _CHUNK_TOKENS) for row in self._tag_chunk(chunk)]

    def _tag_chunk(self, sentences: list[Sequence[str]]) -> list[list[Analysis]]:
        upos_ids, xpos_ids = self.predict_ids(sentences)
        lemma = self.lemmatizer.lemma
        upos, xpos = self.upos, self.xpos
        tags = [(upos[u], xpos[x]) for u, x in zip(upos_ids.tolist(), xpos_ids.tolist(), strict=True)]
        out: list[list[Analysis]] = []
        i = 0
        for sentence in sentences:
            end = i + len(sentence)
            out.append([(u, x, lemma(w, u, x)) for w, (u, x) in zip(sentence, tags[i:end], strict=True)])
            i = end
        return out

    def predict_ids(self, sentences: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray]:
        """Label ids for all tokens of the batch, flattened; the same flat layout training uses."""
        ids, real = flat_layout(sentences, self.featurizer, self.window1)
        positions = np.flatnonzero(real)
        if positions.size == 0:
            return np.zeros(0, np.int64), np.zeros(0, np.int64)
        # Column by column: one (tokens, dim) gather each instead of a (tokens, features, dim) temporary.
        e = self.emb[ids[:, 0]]
        for column in range(1, ids.shape[1]):
            e += self.emb[ids[:, column]]
        h1 = _window(e, self.window1) @ self.w1
        h1 += self.b1
        np.maximum(h1, 0.0, out=h1)
        h1 *= real[:, None]
        # The second convolution as one product, then each offset's block shifted onto the real positions.
        y = h1 @ self.w2_stacked
        size = self.b2.shape[0]
        h2 = self.b2 + y[positions - self.window2, :size]
        for j in range(1, 2 * self.window2 + 1):
            h2 += y[positions + j - self.window2, j * size : (j + 1) * size]
        np.maximum(h2, 0.0, out=h2)
        su = _log_softmax(h2 @ self.wu + self.bu)
        sx = _log_softmax(h2 @ self.wx + self.bx)
        best = (su[:, self.pair_upos] + sx[:, self.pair_xpos]).argmax(axis=1)
        return self.pair_upos[best], self.pair_xpos[best]


def flat_layout(sentences: Sequence[Sequence[str]], featurizer: Featurizer, gap: int) -> tuple[np.ndarray, np.ndarray]:
    """Feature ids of all sentences in one sequence, with `gap` padding rows before, between and after them."""
    row = featurizer.row
    pad = [featurizer.pad_row] * gap
    rows: list[tuple[int, ...]] = list(pad)
    mask: list[bool] = [False] * gap
    for sentence in sentences:
        rows.extend(row(word) for word in sentence)
        rows.extend(pad)
        mask.extend([True] * len(sentence))
        mask.extend([False] * gap)
    return np.asarray(rows, dtype=np.int64).reshape(-1, N_FEATURES), np.asarray(mask, dtype=bool)


def _window(x: np.ndarray, width: int) -> np.ndarray:
    """Each row concatenated with its `width` neighbours on either side (zeros beyond the ends)."""
    padded = np.pad(x, ((width, width), (0, 0)))
    n = x.shape[0]
    return np.concatenate([padded[k : k + n] for k in range(2 * width + 1)], axis=1)


def _log_softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=1, keepdims=True)
    return z - np.log(np.exp(z).sum(axis=1, keepdims=True))


@functools.lru_cache(maxsize=1)
def load() -> EnglishTagger:
    """The packaged tagger, built once per process."""
    return EnglishTagger()
