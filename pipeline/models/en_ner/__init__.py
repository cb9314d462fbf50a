"""Offline English named-entity tagger (PER, LOC, ORG, MISC) for spaCy-tokenised sentences.

A small numpy network: each token's hashed sparse features (word, affixes, shape, case, word-list membership)
are summed into one embedding, convolution layers (three in the shipped weights) read up to four tokens either
side, and a BIO-constrained Viterbi decoder turns the per-token label scores into spans. Whole batches go
through a few matrix products, which keeps it fast on one core without PyTorch. Training data, scores and
limits: MODEL_CARD.md.

    from pipeline.models.en_ner import load
    load().tag([["Kassym", "-", "Jomart", "Tokayev", "visited", "Baku", "."]])
    # [[(0, 4, "PER"), (5, 6, "LOC")]]
"""

from __future__ import annotations

import functools
import gzip
import json
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from pipeline.models.batching import token_chunks
from pipeline.models.en_ner.features import Featurizer

__all__ = ["LABELS", "TAGS", "EnglishNER", "Span", "load"]

MODEL_DIR = Path(__file__).resolve().parent
LABELS = ("PER", "LOC", "ORG", "MISC")
TAGS = ("O", *(f"{p}-{lab}" for lab in LABELS for p in ("B", "I")))
Span = tuple[int, int, str]
# Tokens per forward pass: bounds memory on very large batches without costing speed.
_CHUNK_TOKENS = 16_000
_NEG = np.float32(-1e4)


def _transitions() -> tuple[np.ndarray, np.ndarray]:
    """Allowed BIO moves (0) and forbidden ones (-1e4): I-X only after B-X or I-X, never first."""
    n = len(TAGS)
    trans = np.zeros((n, n), dtype=np.float32)
    start = np.zeros(n, dtype=np.float32)
    for j, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            start[j] = _NEG
            for i, prev in enumerate(TAGS):
                if prev[2:] != tag[2:]:
                    trans[i, j] = _NEG
    return trans, start


class EnglishNER:
    """Named-entity spans for pre-tokenised English sentences."""

    def __init__(self, model_dir: Path = MODEL_DIR) -> None:
        with np.load(model_dir / "weights.npz") as w:
            arrays = {k: w[k].astype(np.float32) for k in w.files}
        self.emb = arrays["emb"]
        with gzip.open(model_dir / "gazetteers.json.gz", "rt", encoding="utf-8") as f:
            self.featurizer = Featurizer(json.load(f), n_buckets=self.emb.shape[0])
        n_convs = sum(1 for k in arrays if k.startswith("c") and k[1:].isdigit())
        self.convs = [(arrays[f"c{i}"], arrays[f"b{i}"]) for i in range(1, n_convs + 1)]
        self.w_out, self.b_out = arrays["out"], arrays["bout"]
        self.trans, self.start = _transitions()
        self.pad = sum(w.shape[0] // 2 for w, _ in self.convs)
        # Summed embedding of every token string seen so far: one row gather per token at tagging time.
        self._row: dict[str, int] = {}
        self._table = np.zeros((1024, self.emb.shape[1]), dtype=np.float32)  # row 0: padding

    def _rows(self, tokens: list[str]) -> np.ndarray:
        row = self._row
        missing = [t for t in dict.fromkeys(tokens) if t not in row]
        if missing:
            if len(row) > 400_000:  # bound memory on endless streams
                row.clear()
                missing = list(dict.fromkeys(tokens))
            ids = np.asarray([self.featurizer(t) for t in missing], dtype=np.int64)
            vecs = self.emb[ids].sum(axis=1)
            start = len(row) + 1
            need = start + len(missing)
            if need > self._table.shape[0]:
                grown = np.zeros((max(need, 2 * self._table.shape[0]), self._table.shape[1]), dtype=np.float32)
                grown[:start] = self._table[:start]
                self._table = grown
            self._table[start:need] = vecs
            for i, t in enumerate(missing):
                row[t] = start + i
        return np.fromiter((row[t] for t in tokens), dtype=np.int64, count=len(tokens))

    def tag(self, sentences: Sequence[Sequence[str]]) -> list[list[Span]]:
        """(first_token, end_token_exclusive, label) spans for every sentence, in order."""
        return [spans for chunk in token_chunks(sentences, _CHUNK_TOKENS, self.pad) for spans in self._tag_chunk(chunk)]

    def _log_probs(self, sentences: Sequence[Sequence[str]]) -> list[np.ndarray]:
        pad = self.pad
        flat: list[str] = []
        starts = []
        total = pad
        for sent in sentences:
            starts.append(total)
            total += len(sent) + pad
            flat.extend(sent)
        rows = self._rows(flat)
        index = np.zeros(total, dtype=np.int64)
        mask = np.zeros((total, 1), dtype=np.float32)
        pos = 0
        for s, sent in zip(starts, sentences, strict=False):
            index[s : s + len(sent)] = rows[pos : pos + len(sent)]
            mask[s : s + len(sent)] = 1.0
            pos += len(sent)
        h = self._table[index]
        for w, b in self.convs:
            k = w.shape[0]
            r = k // 2
            n = h.shape[0]
            out = np.zeros((n, w.shape[2]), dtype=np.float32)
            for j in range(k):
                lo, hi = max(0, r - j), min(n, n + r - j)
                out[lo:hi] += h[lo + j - r : hi + j - r] @ w[j]
            out += b
            np.maximum(out, 0, out=out)
            h = (out + h if out.shape == h.shape else out) * mask
        logits = h @ self.w_out + self.b_out
        logits -= logits.max(axis=1, keepdims=True)
        logp = logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))
        return [logp[s : s + len(sent)] for s, sent in zip(starts, sentences, strict=False)]

    def _tag_chunk(self, sentences: Sequence[Sequence[str]]) -> list[list[Span]]:
        out: list[list[Span]] = [[] for _ in sentences]
        nonempty = [i for i, s in enumerate(sentences) if len(s)]
        if not nonempty:
            return out
        logps = self._log_probs([sentences[i] for i in nonempty])
        paths = self._viterbi(logps)
        for i, path in zip(nonempty, paths, strict=False):
            out[i] = _spans(path)
        return out

    def _viterbi(self, logps: list[np.ndarray]) -> list[np.ndarray]:
        """Best BIO-valid tag sequence per sentence; sentences of similar length advance together."""
        order = sorted(range(len(logps)), key=lambda i: len(logps[i]))
        out: list[np.ndarray] = [np.empty(0, dtype=np.int64)] * len(logps)
        for k in range(0, len(order), 256):
            group = order[k : k + 256]
            for i, path in zip(group, self._viterbi_group([logps[i] for i in group]), strict=False):
                out[i] = path
        return out

    def _viterbi_group(self, logps: list[np.ndarray]) -> list[np.ndarray]:
        n_tags = len(TAGS)
        lengths = np.array([len(x) for x in logps])
        t_max = int(lengths.max())
        em = np.full((len(logps), t_max, n_tags), _NEG, dtype=np.float32)
        em[:, :, 0] = 0.0  # padding is O, which every tag may precede
        for b, x in enumerate(logps):
            em[b, : len(x)] = x
        score = em[:, 0] + self.start
        back = np.empty((len(logps), t_max, n_tags), dtype=np.int8)
        for t in range(1, t_max):
            cand = score[:, :, None] + self.trans[None]
            back[:, t] = cand.argmax(axis=1)
            score = np.take_along_axis(cand, back[:, t, None, :].astype(np.int64), axis=1)[:, 0] + em[:, t]
        best = np.empty((len(logps), t_max), dtype=np.int64)
        best[:, -1] = score.argmax(axis=1)
        rows = np.arange(len(logps))
        for t in range(t_max - 1, 0, -1):
            best[:, t - 1] = back[rows, t, best[:, t]]
        return [best[b, : lengths[b]] for b in range(len(logps))]


def _spans(path: np.ndarray) -> list[Span]:
    spans: list[Span] = []
    start = -1
    label = ""
    for i, t in enumerate(path.tolist()):
        tag = TAGS[t]
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.append((start, i, label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    if start >= 0:
        spans.append((start, len(path), label))
    return spans


@functools.lru_cache(maxsize=1)
def load() -> EnglishNER:
    """The shipped tagger, loaded once per process."""
    return EnglishNER()
