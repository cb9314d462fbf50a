"""Offline English named-entity tagger (PER, LOC, ORG, MISC) for spaCy-tokenised sentences.

Small numpy networks: each token's hashed sparse features (word, affixes, shape, case, word-list membership)
are summed into one embedding, convolution layers (three in the shipped weights) read up to four tokens either
side, the label log-probabilities of the networks in the folder (two shipped) are averaged, and a
BIO-constrained Viterbi decoder turns them into spans. Whole batches go through a few matrix products, which
keeps it fast on one core without PyTorch. Training data, scores and limits: MODEL_CARD.md.

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


class _Member:
    """One trained network of the ensemble: its arrays and the summed feature embedding of each known token."""

    def __init__(self, path: Path) -> None:
        with np.load(path) as w:
            arrays = {k: w[k] if k == "emb" else w[k].astype(np.float32) for k in w.files}
        # The feature table stays float16 as shipped (half the memory); rows are widened when a token is first seen.
        self.emb = arrays["emb"]
        n_convs = sum(1 for k in arrays if k.startswith("c") and k[1:].isdigit())
        self.convs = [(arrays[f"c{i}"], arrays[f"b{i}"]) for i in range(1, n_convs + 1)]
        self.w_out, self.b_out = arrays["out"], arrays["bout"]
        self.table = np.zeros((1024, self.emb.shape[1]), dtype=np.float32)  # row 0: padding

    def store(self, start: int, ids: np.ndarray) -> None:
        """Summed embeddings of new tokens (feature ids ``ids``) into rows ``start`` onwards."""
        need = start + len(ids)
        if need > self.table.shape[0]:
            grown = np.zeros((max(need, 2 * self.table.shape[0]), self.table.shape[1]), dtype=np.float32)
            grown[:start] = self.table[:start]
            self.table = grown
        self.table[start:need] = self.emb[ids].astype(np.float32).sum(axis=1)

    def log_probs(self, index: np.ndarray, mask: np.ndarray) -> np.ndarray:
        """Per-position label log-probabilities of a padded, flattened batch of token rows."""
        h = self.table[index]
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
        return logits - np.log(np.exp(logits).sum(axis=1, keepdims=True))


class EnglishNER:
    """Named-entity spans for pre-tokenised English sentences.

    Every ``weights*.npz`` in the model folder is one network trained with the same features; their per-token
    label log-probabilities are averaged before decoding (two networks from different training runs make
    fewer errors than either alone).
    """

    def __init__(self, model_dir: Path = MODEL_DIR, files: Sequence[str] = ()) -> None:
        # files: weight files of model_dir to use (all weights*.npz when empty)
        paths = [model_dir / name for name in files] or sorted(model_dir.glob("weights*.npz"))
        if not paths:
            raise FileNotFoundError(f"{model_dir}: no weights*.npz")
        self.members = [_Member(path) for path in paths]
        n_buckets = {m.emb.shape[0] for m in self.members}
        if len(n_buckets) != 1:
            raise ValueError(f"{model_dir}: the networks disagree on the feature table size ({sorted(n_buckets)})")
        with gzip.open(model_dir / "gazetteers.json.gz", "rt", encoding="utf-8") as f:
            self.featurizer = Featurizer(json.load(f), n_buckets=n_buckets.pop())
        self.trans, self.start = _transitions()
        self.pad = max(sum(w.shape[0] // 2 for w, _ in m.convs) for m in self.members)
        # Row of every token string seen so far in each network's table of summed embeddings.
        self._row: dict[str, int] = {}

    def _rows(self, tokens: list[str]) -> np.ndarray:
        row = self._row
        missing = [t for t in dict.fromkeys(tokens) if t not in row]
        if missing:
            if len(row) > 400_000:  # bound memory on endless streams
                row.clear()
                missing = list(dict.fromkeys(tokens))
            ids = np.asarray([self.featurizer(t) for t in missing], dtype=np.int64)
            start = len(row) + 1
            for member in self.members:
                member.store(start, ids)
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
        logp = self.members[0].log_probs(index, mask)
        for member in self.members[1:]:
            logp += member.log_probs(index, mask)
        if len(self.members) > 1:
            logp /= len(self.members)
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
