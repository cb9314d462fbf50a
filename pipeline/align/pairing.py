"""Document pairing: which articles of a corpus are the same story in two languages.

Candidates are blocked so that the cost grows with the corpus, not its square: an inverted index over
the anchors (:mod:`pipeline.align.signature`) proposes only documents in another language that share a
reasonably rare anchor, and only within a few days of each other when both are dated. Each candidate
is scored by the cosine of the two documents' anchor vectors (weighted by the anchor's kind and its
inverse document frequency), lowered when one article is many times longer than the other; the
evidence (shared anchors, the length ratio, the days apart) is kept with the score.
"""

from __future__ import annotations

import array
import math
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
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
    first_language: dict[str, str] = {}
    in_two: set[str] = set()  # anchors documents of two languages or more have
    for sig in signatures:
        df.update(sig.keys.keys())
        for key in sig.keys:
            if first_language.setdefault(key, sig.lang) != sig.lang:
                in_two.add(key)
    total = len(signatures) + IDF_SMOOTHING
    weights = {  # each anchor's weight times its IDF, computed once for the corpus
        key: anchor_weight(key) * min(IDF_CAP, math.log(total / count)) for key, count in df.items() if key in in_two
    }
    repeats: dict[int, float] = {}  # 1 + log(count)
    vectors, norms = [], []
    for sig in signatures:
        vector = {}
        for key, count in sig.keys.items():
            weight = weights.get(key)
            if weight is not None:
                repeat = repeats.get(count)
                if repeat is None:
                    repeat = repeats[count] = 1.0 + math.log(count)
                vector[key] = weight * repeat
        vectors.append(vector)
        norms.append(math.sqrt(sum(value * value for value in vector.values())) or 1.0)
    return vectors, norms


def length_factor(length_a: float, length_b: float) -> float:
    """1 while one version is at most three times the other (body-only copies, compiled items), then
    falling with the ratio: a brief is rarely the version of a long feature."""
    short, long = sorted((max(length_a, 1.0), max(length_b, 1.0)))
    ratio = long / short
    return 1.0 if ratio <= 3.0 else math.sqrt(3.0 / ratio)


PAIR_CHUNK = 250_000
"""Most (document, document) proposals made at once while candidates are counted: each takes about 50 bytes
of intermediate arrays, so a chunk peaks near 12 MB (4 million made pairing the build's memory peak)."""


def candidates(signatures: Sequence[Signature], window: int = DATE_WINDOW_DAYS) -> set[tuple[int, int]]:
    """Index pairs (i < j) of documents in different languages that share at least :data:`MIN_SHARED`
    anchors that are rare among the documents dated near them (or among undated ones).

    The postings of every anchor are sorted once by (anchor, day), and each posting's block (the documents
    within ``window`` days that hold the anchor, and the undated ones) is measured by binary search for
    all postings at once: an anchor nearly every article has (Kazakhstan, Astana) costs a look-up per
    posting, not a pass over thousands of others, and only blocks within :data:`MAX_POSTINGS` are read."""
    import numpy as np

    key_ids: dict[str, int] = {}
    # (anchor, day, document) of dated documents, as three columns of machine integers (a list of Python
    # integers costs four to five times the memory, the largest part of pairing's peak)
    posted_keys, posted_days, posted_docs = array.array("q"), array.array("q"), array.array("q")
    undated: dict[int, list[int]] = defaultdict(list)  # anchor -> undated documents
    for index, sig in enumerate(signatures):
        day = sig.date.toordinal() if sig.date is not None else None
        for key in sig.keys:
            if anchor_weight(key) < 0.5:
                continue  # years and small counts propose nothing on their own
            key_id = key_ids.setdefault(key, len(key_ids))
            if day is None:
                undated[key_id].append(index)
            else:
                posted_keys.append(key_id)
                posted_days.append(day)
                posted_docs.append(index)
    sides = np.array([_side(sig.lang) for sig in signatures], dtype=np.int64)
    columns = [np.frombuffer(column, dtype=np.int64) for column in (posted_keys, posted_days, posted_docs)]
    order = np.lexsort(columns[::-1])  # by anchor, then day, then document
    keys, days, docs = (column[order] for column in columns)
    n_undated = np.zeros(len(key_ids) + 1, dtype=np.int64)
    for key_id, documents in undated.items():
        n_undated[key_id] = len(documents)
    if len(keys):
        first_day = int(days.min())
        span = int(days.max()) - first_day + 2 * window + 1
        position = keys * span + (days - first_day)
        low = np.searchsorted(position, position - window, side="left")
        high = np.searchsorted(position, position + window, side="right")
    else:
        low = high = np.zeros(0, dtype=np.int64)
    block = high - low + n_undated[keys]
    size = len(signatures)
    codes = list(_dated_proposals(docs, low, high, block, sides, size))
    if undated:
        codes.append(_undated_proposals(undated, keys, docs, block, sides, size))
    if not codes:
        return set()
    found, counts = np.unique(np.concatenate(codes), return_counts=True)
    found = found[counts >= MIN_SHARED]
    return set(zip((found // size).tolist(), (found % size).tolist(), strict=True))


def _dated_proposals(docs: Any, low: Any, high: Any, block: Any, sides: Any, size: int) -> Iterator[Any]:
    """``i * size + j`` for each dated posting of document i whose block is within the cap and each dated
    document j > i of another language in that block (one code per shared anchor), a chunk at a time."""
    import numpy as np

    proposing = sides < len(LANG_ORDER)
    chosen = np.flatnonzero((block <= MAX_POSTINGS) & (high - low >= 2) & proposing[docs])
    counts = high[chosen] - low[chosen]
    ends = np.cumsum(counts)
    start = 0
    while start < len(chosen):
        stop = max(int(np.searchsorted(ends, (ends[start - 1] if start else 0) + PAIR_CHUNK, side="right")), start + 1)
        part, part_counts = chosen[start:stop], counts[start:stop]
        offsets = np.arange(int(part_counts.sum())) - np.repeat(np.cumsum(part_counts) - part_counts, part_counts)
        mine = docs[np.repeat(part, part_counts)]
        other = docs[np.repeat(low[part], part_counts) + offsets]
        keep = (other > mine) & (sides[other] != sides[mine]) & proposing[other]
        yield mine[keep] * size + other[keep]
        start = stop


def _undated_proposals(undated: dict[int, list[int]], keys: Any, docs: Any, block: Any, sides: Any, size: int) -> Any:
    """The proposals that involve an undated document: an undated document's block is every document
    with the anchor; a dated document's block holds the undated ones too."""
    import numpy as np

    codes: list[int] = []
    for key_id, undated_docs in undated.items():
        low, high = np.searchsorted(keys, key_id, side="left"), np.searchsorted(keys, key_id, side="right")
        dated_docs = docs[low:high].tolist()
        dated_blocks = block[low:high].tolist()
        for index, own_block in zip(dated_docs, dated_blocks, strict=True):
            if own_block <= MAX_POSTINGS and sides[index] < len(LANG_ORDER):
                codes += [
                    index * size + other for other in undated_docs if other > index and _differ(sides, index, other)
                ]
        if len(dated_docs) + len(undated_docs) <= MAX_POSTINGS:
            for index in undated_docs:
                if sides[index] < len(LANG_ORDER):
                    codes += [
                        index * size + other
                        for other in dated_docs + undated_docs
                        if other > index and _differ(sides, index, other)
                    ]
    return np.array(codes, dtype=np.int64)


def _differ(sides: Any, index: int, other: int) -> bool:
    """Whether ``other`` is a document of another of the paired languages than ``index``."""
    return bool(sides[other] != sides[index] and sides[other] < len(LANG_ORDER))


def score_pairs(signatures: Sequence[Signature], window: int = DATE_WINDOW_DAYS) -> list[Pair]:
    """Every candidate pair with its score and evidence, best first (no threshold applied)."""
    return _scored(signatures, window, None)


def find_pairs(signatures: Sequence[Signature], threshold: float, window: int = DATE_WINDOW_DAYS) -> list[Pair]:
    """The pairs that score at least ``threshold`` and win :func:`one_version_each`, best first."""
    return one_version_each(_scored(signatures, window, threshold))


def one_version_each(pairs: Sequence[Pair]) -> list[Pair]:
    """The pairs (best first) that keep each story one version per language.

    A document of the later side (a Russian or English source) is rendered once in the earlier side's
    language, so it keeps its best partner there; the earlier side may keep several (a Chinese article
    that merges several items). Two versions of the later sides (Russian and English) that each kept
    partners of an earlier language, none of them the same, tell different stories. Without this a busy
    week pairs every article with the other stories that quote the same official with a similar figure
    (a corpus of 20,000 synthetic stories on one template: 2,469 false pairs beside 7,978 true ones).
    """
    taken: set[tuple[str, str]] = set()
    partners: dict[tuple[str, str], set[str]] = defaultdict(set)
    kept: list[Pair] = []
    for pair in sorted(pairs, key=lambda pair: (-pair.score, pair.doc_id_a, pair.doc_id_b)):
        if (pair.doc_id_b, pair.lang_a) in taken:
            continue
        taken.add((pair.doc_id_b, pair.lang_a))
        partners[(pair.doc_id_a, pair.lang_b)].add(pair.doc_id_b)
        partners[(pair.doc_id_b, pair.lang_a)].add(pair.doc_id_a)
        kept.append(pair)
    earlier = {lang: LANG_ORDER[: _side(lang)] for lang in {pair.lang_a for pair in kept}}
    return [
        pair
        for pair in kept
        if not any(
            partners.get((pair.doc_id_a, lang))
            and partners.get((pair.doc_id_b, lang))
            and not partners[(pair.doc_id_a, lang)] & partners[(pair.doc_id_b, lang)]
            for lang in earlier[pair.lang_a]
        )
    ]


def _scored(signatures: Sequence[Signature], window: int, threshold: float | None) -> list[Pair]:
    """The candidate pairs that score at least ``threshold`` (all where None), best first; the evidence
    is written out only for those."""
    vectors, norms = _vectors(signatures)
    repeats: dict[int, float] = {}  # 1 + log(count)
    pairs = []
    for i, j in candidates(signatures, window):
        if _side(signatures[j].lang) < _side(signatures[i].lang):
            i, j = j, i
        a, b = signatures[i], signatures[j]
        va, vb = vectors[i], vectors[j]
        shared = [key for key in va if key in vb]
        if len(shared) < MIN_SHARED:
            continue
        evidence_sum = 0.0
        for key in shared:
            count = min(a.keys[key], b.keys[key])
            repeat = repeats.get(count)
            if repeat is None:
                repeat = repeats[count] = 1.0 + math.log(count)
            evidence_sum += min(va[key], vb[key]) / repeat
        factor = length_factor(a.length, b.length)
        score = round((1.0 - math.exp(-evidence_sum / EVIDENCE_SCALE)) * factor, 4)
        if threshold is not None and score < threshold:
            continue
        cosine = sum(va[key] * vb[key] for key in shared) / (norms[i] * norms[j])
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
        pairs.append(Pair(a.doc_id, b.doc_id, a.lang, b.lang, score, evidence))
    pairs.sort(key=lambda pair: (-pair.score, pair.doc_id_a, pair.doc_id_b))
    return pairs
