"""Hashed sparse features of an English token, shared by training and inference.

Why hashing: no vocabulary file to ship, unseen words still get affix/shape/gazetteer evidence, and the same
function runs in the training script and in the pipeline, so the two cannot drift apart.
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Iterable

N_BUCKETS = 1 << 16  # default table size; a model's own size is the row count of its embedding table
N_FEATURES = 12  # ids per token; 0 is the "no feature" row (kept at zero)

_SHAPE_RUNS = re.compile(r"(.)\1{2,}")


def shape(word: str) -> str:
    """Xxxx-style word shape with long runs collapsed, so 'Tokayev' and 'Bektenov' share 'Xxx'."""
    out = []
    for ch in word:
        if ch.isupper():
            out.append("X")
        elif ch.islower():
            out.append("x")
        elif ch.isdigit():
            out.append("d")
        else:
            out.append(ch)
    return _SHAPE_RUNS.sub(r"\1\1", "".join(out))[:8]


def _h(text: str, n_buckets: int) -> int:
    return zlib.crc32(text.encode("utf-8")) % (n_buckets - 1) + 1


class Featurizer:
    """Maps a token to N_FEATURES bucket ids; results are cached per distinct token string."""

    def __init__(self, gazetteers: dict[str, Iterable[str]], n_buckets: int = N_BUCKETS) -> None:
        # gazetteers: name -> lower-cased words (first names, surnames, countries, titles, ...)
        self.n_buckets = n_buckets
        self.gaz: dict[str, frozenset[str]] = {k: frozenset(v) for k, v in gazetteers.items()}
        self._cache: dict[str, tuple[int, ...]] = {}

    def gazetteer_tags(self, low: str) -> list[str]:
        """Names of the word lists that contain this lower-cased word."""
        return [name for name, words in self.gaz.items() if low in words]

    def __call__(self, word: str) -> tuple[int, ...]:
        ids = self._cache.get(word)
        if ids is None:
            ids = self._compute(word)
            if len(self._cache) < 500_000:
                self._cache[word] = ids
        return ids

    def _compute(self, word: str) -> tuple[int, ...]:
        low = word.lower()
        shp = shape(word)
        if word.isupper() and len(word) > 1:
            case = "upper"
        elif word[:1].isupper():
            case = "title"
        elif word[:1].islower():
            case = "lower"
        else:
            case = "other"
        gaz = self.gazetteer_tags(low)
        feats = [
            "w:" + low,
            "p2:" + low[:2],
            "p3:" + low[:3],
            "s2:" + low[-2:],
            "s3:" + low[-3:],
            "s4:" + low[-4:],
            "sh:" + shp,
            "c:" + case,
            # case-sensitive word only where case is informative (not ALL CAPS, which headlines use)
            "W:" + word if case != "upper" else "",
            "g1:" + (gaz[0] if gaz else "-") + ":" + case[:1],
            "g2:" + ("|".join(gaz[1:3]) if len(gaz) > 1 else "-"),
            "len:" + str(min(len(word), 12)) + case[:1],
        ]
        return tuple(_h(f, self.n_buckets) if f else 0 for f in feats)

    def sentence(self, tokens: list[str]) -> list[tuple[int, ...]]:
        """Feature ids of every token of a sentence."""
        return [self(t) for t in tokens]
