"""Document pairing: which articles of a corpus are the same story in two languages.

Candidates are blocked so that the cost grows with the corpus, not its square: an inverted index over
the anchors (:mod:`pipeline.align.signature`) proposes only documents in another language that share a
reasonably rare anchor, and only within a few days of each other when both are dated. Each candidate
is scored by the cosine of the two documents' anchor vectors (weighted by the anchor's kind and its
inverse document frequency), lowered when one article is many times longer than the other; the
evidence (shared anchors, the length ratio, the days apart) is kept with the score.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from pipeline.align.signature import Signature, anchor_weight
from pipeline.defaults import DEFAULT_PAIR_THRESHOLD

LANG_ORDER = ("zh", "ru", "en", "kk")
"""Which side of a pair a language takes: Chinese first (the corpus's translations), then the sources."""

DATE_WINDOW_DAYS = 3
"""Versions of one story appear within a few days of each other (time zones, a later translation)."""

MAX_POSTINGS = 200
"""An anchor shared by more candidates than this proposes none (still counted in the score)."""

IDF_SMOOTHING = 10.0
"""Pseudo-documents added to the corpus size in the IDF, so that a small build does not treat every
shared anchor as rare."""

IDF_CAP = 4.0
"""The most one shared anchor can weigh: in a large corpus an anchor two documents alone share is still
one coincidence, and the score must mean the same in a build of 30 documents and of 30,000."""

EVIDENCE_SCALE = 10.0
"""Shared evidence (a sum of weighted IDFs) at which the score reaches 1 - 1/e: about three rare
anchors, or a dozen common ones."""

DEFAULT_THRESHOLD = DEFAULT_PAIR_THRESHOLD
"""The score a pair needs by default (see :data:`pipeline.defaults.DEFAULT_PAIR_THRESHOLD`)."""

MIN_SHARED = 2
"""A pair needs at least this many distinct shared anchors, whatever its score."""


@dataclass(frozen=True, slots=True)
class Pair:
    """Two versions of one story and why they are thought to be one."""

    doc_id_a: str
    doc_id_b: str
    lang_a: str
    lang_b: str
    score: float
    evidence: dict[str, Any] = field(hash=False, compare=False)


def _side(lang: str) -> int:
    return LANG_ORDER.index(lang) if lang in LANG_ORDER else len(LANG_ORDER)


def _vectors(signatures: Sequence[Signature]) -> tuple[list[dict[str, float]], list[float]]:
    """Weighted anchor vectors; an anchor that only one language has in this corpus (a Chinese-only
    entity id, a word only English texts use) cannot be shared, so it is left out of the norm too."""
    df: Counter[str] = Counter()
    languages: dict[str, set[str]] = defaultdict(set)
    for sig in signatures:
        df.update(sig.keys.keys())
        for key in sig.keys:
            languages[key].add(sig.lang)
    total = len(signatures) + IDF_SMOOTHING
    vectors, norms = [], []
    for sig in signatures:
        vector = {
            key: anchor_weight(key) * min(IDF_CAP, math.log(total / df[key])) * (1.0 + math.log(count))
            for key, count in sig.keys.items()
            if len(languages[key]) > 1
        }
        vectors.append(vector)
        norms.append(math.sqrt(sum(value * value for value in vector.values())) or 1.0)
    return vectors, norms


def length_factor(length_a: float, length_b: float) -> float:
    """1 while one version is at most three times the other (body-only copies, compiled items), then
    falling with the ratio: a brief is rarely the version of a long feature."""
    short, long = sorted((max(length_a, 1.0), max(length_b, 1.0)))
    ratio = long / short
    return 1.0 if ratio <= 3.0 else math.sqrt(3.0 / ratio)


def candidates(signatures: Sequence[Signature], window: int = DATE_WINDOW_DAYS) -> set[tuple[int, int]]:
    """Index pairs (i < j) of documents in different languages that share at least :data:`MIN_SHARED`
    anchors that are rare among the documents dated near them (or among undated ones)."""
    dated: dict[str, list[tuple[int, int]]] = defaultdict(list)  # key -> [(day, index)] sorted
    undated: dict[str, list[int]] = defaultdict(list)
    for index, sig in enumerate(signatures):
        for key in sig.keys:
            if anchor_weight(key) < 0.5:
                continue  # years and small counts propose nothing on their own
            if sig.date is None:
                undated[key].append(index)
            else:
                dated[key].append((sig.date.toordinal(), index))
    for postings in dated.values():
        postings.sort()
    found: Counter[tuple[int, int]] = Counter()
    for index, sig in enumerate(signatures):
        if sig.lang not in LANG_ORDER:
            continue
        for key in sig.keys:
            if anchor_weight(key) < 0.5:
                continue
            postings = dated.get(key, [])
            if sig.date is None:
                near = [other for _, other in postings]
            else:
                day = sig.date.toordinal()
                low = bisect.bisect_left(postings, (day - window, -1))
                high = bisect.bisect_right(postings, (day + window, len(signatures)))
                near = [other for _, other in postings[low:high]]
            near += undated.get(key, [])
            if len(near) > MAX_POSTINGS:
                continue
            for other in near:
                if other > index and signatures[other].lang != sig.lang and signatures[other].lang in LANG_ORDER:
                    found[(index, other)] += 1
    return {pair for pair, shared in found.items() if shared >= MIN_SHARED}


def score_pairs(signatures: Sequence[Signature], window: int = DATE_WINDOW_DAYS) -> list[Pair]:
    """Every candidate pair with its score and evidence, best first (no threshold applied)."""
    vectors, norms = _vectors(signatures)
    pairs = []
    for i, j in candidates(signatures, window):
        if _side(signatures[j].lang) < _side(signatures[i].lang):
            i, j = j, i
        a, b = signatures[i], signatures[j]
        va, vb = vectors[i], vectors[j]
        shared = [key for key in va if key in vb]
        if len(shared) < MIN_SHARED:
            continue
        cosine = sum(va[key] * vb[key] for key in shared) / (norms[i] * norms[j])
        evidence_sum = sum(min(va[key], vb[key]) / (1.0 + math.log(min(a.keys[key], b.keys[key]))) for key in shared)
        factor = length_factor(a.length, b.length)
        days = abs((a.date - b.date).days) if a.date and b.date else None
        top = sorted(shared, key=lambda key: -va[key] * vb[key])[:12]
        evidence = {
            "shared": top,
            "n_shared": len(shared),
            "evidence": round(evidence_sum, 3),
            "cosine": round(cosine, 4),
            "length_ratio": round(max(a.length, 1.0) / max(b.length, 1.0), 3),
            "days_apart": days,
        }
        score = (1.0 - math.exp(-evidence_sum / EVIDENCE_SCALE)) * factor
        pairs.append(Pair(a.doc_id, b.doc_id, a.lang, b.lang, round(score, 4), evidence))
    pairs.sort(key=lambda pair: (-pair.score, pair.doc_id_a, pair.doc_id_b))
    return pairs


def find_pairs(signatures: Sequence[Signature], threshold: float, window: int = DATE_WINDOW_DAYS) -> list[Pair]:
    """The pairs that score at least ``threshold``, best first."""
    return [pair for pair in score_pairs(signatures, window) if pair.score >= threshold]
