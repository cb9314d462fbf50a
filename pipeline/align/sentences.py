"""Sentence alignment within a document pair: a monotone dynamic programme, then a rescue pass.

Units are the corpus's sentences, with a Chinese sentence cut further after every 。！？ inside it (a dash
quote ``- A。B。-他说。`` is one sentence of the corpus but three units, since the other version often
renders each part by a sentence of its own); only sentences in the document's own language take part
(a Russian photo credit in a Chinese article is not a translation of anything).

The programme links units 1-1, 1-2, 2-1, 2-2, or leaves one out (1-0, 0-1); the cost of a link is
- Gale and Church's length cost: lengths in Chinese-character equivalents
  (:data:`pipeline.align.signature.CHARS_PER_ZH`) should agree, with a variance that grows with length;
- a prior on the link type (one-to-one is the usual case);
- minus an anchor bonus for every entity, name and number both sides share, and a smaller one for
  every concept of the lexicon (:mod:`pipeline.align.lexicon`: 部长/министр/minister...), plus a
  penalty for entities, names and figures only one side has (a translator drops a name now and then,
  but a sentence full of other figures is another sentence), and a large one for linking a paragraph
  about an earlier story ("As previously reported, ...") with one that is not.
Leaving a unit out costs a constant, so material one version lacks (a compiled item, a truncated copy)
is skipped rather than forced into links. For long documents the programme runs in a band around the
path that the strongest anchor matches trace, so it stays near-linear. The path is found twice: the
first one's confident links measure how long this translation runs against the expected ratio, and
the second compares lengths at the measured one. A 2-2 link whose crossing 1-1 links cost less is
split into them (two swapped sentences), and units left out on both sides are linked out of order (a
translator who moved a sentence) where the link is mutually best and shares anchors found nowhere else in
either document (:func:`_rescue`). A second such pass lets one side of a link hold two units that are not
adjacent (a translator who split a sentence and put other material between its halves).
"""

from __future__ import annotations

import bisect
import functools
import itertools
import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from pipeline.align.lexicon import BACKGROUND_KEY, concept_keys
from pipeline.align.signature import MentionAnchor, anchor_list, anchor_weight, neutral_length

VARIANCE = 4.0
"""Gale-Church variance of the length difference per unit of length (Chinese-character equivalents):
4.1 on the linked sentences of the development alignments (Gale and Church had 6.8 for characters of
two European languages; here lengths are first converted to one unit)."""

SKIP_COST = 2.5
"""Cost of leaving one unit without counterpart (3.0 before the lexicon's concepts lowered the cost of
links; development alignments: 3.0 and 2.5 gave F1 0.836 and 0.868 with them)."""

TYPE_COST = {(1, 1): 0.0, (1, 2): 3.0, (2, 1): 3.0, (2, 2): 7.0}
"""-log of a link type's prior relative to 1-1 (Gale and Church's 0.89 : 0.089 : 0.011 give 2.3 and 4.4;
a little more here, where a merge can also absorb a sentence that has no counterpart). A 2-2 link costs
more than a 2-1 link and a skip together, or it absorbs a sentence without counterpart next to a true
2-1 link whenever the lengths allow (the development gold has no 2-2 link in 55)."""

SHARED_BONUS = 2.0
"""Cost removed per shared anchor (times the anchor's weight)."""

MISSING_PENALTY = 3.0
"""Cost added per anchor that only one side has (times its weight). Higher than the bonus: only anchors
both documents mention take part (:func:`_comparable`), so one a link lacks is written elsewhere in the
other version, and a translation seldom drops a figure or name; a shared one may recur in many
sentences. (Development alignments: 2.0 gave F1 0.764, 3.0 and 4.0 gave 0.808.)"""

MISSING_NAME_PENALTY = 3.0
"""The same for an entity, name or Latin-script word."""

MISSING_WORD_PENALTY = 1.0
"""The same for a concept of the lexicon (:mod:`pipeline.align.lexicon`): a concept one sentence names and
the other does not costs half what a shared one saves (a translator paraphrases), so two sentences that
share no anchor while each names things found elsewhere in the other version are not linked on length
alone. (Development alignments, with both rescue passes: 0 gave F1 0.889, 0.5 to 1.5 gave 0.943, 2.0 gave
0.923, a link of the Russian pair lost.)"""

RATIO_PRIOR_LENGTH = 100.0
"""Length (Chinese characters) of the pseudo-link at the expected ratio that the measured ratio starts from."""

RATIO_MIN_SCORE = 0.5
"""Links of the first pass that measure the length ratio: those much better than leaving their units out."""

RATIO_LIMIT = 1.5
"""The measured length ratio stays within [1/RATIO_LIMIT, RATIO_LIMIT] of the expected one."""

BACKGROUND_PENALTY = math.inf
"""Cost of linking a sentence about an earlier story (:func:`pipeline.align.lexicon.is_background`) with
one that is not: each language desk closes an item with an earlier story of its own choice, so the two
are never one sentence translated (development alignments: four such paragraphs, none linked)."""

LEXICON_WEIGHT = 0.5
"""Weight of a shared concept of the lexicon, half a name's."""

BAND = 12
"""Half-width of the band around the anchor path for long documents."""

FULL_DP_CELLS = 4000
"""Up to this many cells the whole table is filled (no band)."""

RELINK_MIN_SPECIFIC = 1.0
"""Weighted anchors, shared by an out-of-order link's two sides and found nowhere else in either document,
that the link needs: as much as one name or specific figure that each version writes in these sentences
only (a concept of the lexicon counts half, :data:`LEXICON_WEIGHT`). An anchor that recurs elsewhere could
point at another sentence, and the monotone path has already weighed it there."""

KEPT_ONE_SIDED: tuple[str, ...] = ("n:",)
"""Anchors kept even where the other version never has them: figures are nearly always translated, so a
sentence whose figures the other version lacks is most likely material that version does not have."""

_ZH_CUT = re.compile(r"[。！？!?]+[”’」』）)]*")


@dataclass(slots=True)
class SentenceSpan:
    """A sentence of the corpus as the aligner needs it.

    This and the other records the parallel step makes by the hundred thousand (units, links, number
    mentions, mention anchors) are slotted but not frozen dataclasses: a frozen one takes four to five
    times as long to make (each field is set through ``object.__setattr__``). Nothing changes them."""

    sentence: int
    start: int
    end: int
    lang: str
    kind: str = "paragraph"
    """Kind of the block holding the sentence (blocks.kind)."""


NOT_ALIGNED_KINDS = frozenset({"date", "caption", "credit"})
"""Blocks that are no part of the story's text: date lines, photo credits, translator credits, datelines."""


@dataclass(slots=True)
class Unit:
    """What the aligner links: a sentence or a part of one."""

    sentence: int
    start: int
    end: int
    length: float
    anchors: dict[str, int]
    """Anchor -> how often the unit has it."""


@dataclass(slots=True)
class Link:
    """Units ``a`` of one side linked to units ``b`` of the other (either may be empty)."""

    a: tuple[int, ...]
    b: tuple[int, ...]
    cost: float
    score: float | None

    @property
    def kind(self) -> str:
        return f"{len(self.a)}-{len(self.b)}"


def make_units(
    text: str,
    lang: str,
    sentences: Iterable[SentenceSpan],
    mentions: Sequence[MentionAnchor],
    story: Counter[str] | None = None,
) -> list[Unit]:
    """The alignment units of one document, in text order. ``story``, when given, counts the units'
    anchors that tell stories apart, for the document's signature: all but the lexicon's concepts and
    background mark, which tell only sentences apart."""
    units = []
    ordered = sorted(mentions, key=attrgetter("start"))
    starts = [mention.start for mention in ordered]
    for sentence in sentences:
        if sentence.lang != lang or sentence.kind in NOT_ALIGNED_KINDS:
            continue
        for start, end in _pieces(text, sentence.start, sentence.end, lang):
            first, stop = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
            inside = [mention for mention in ordered[first:stop] if mention.end <= end]
            piece = text[start:end]
            listed = anchor_list(piece, lang, inside)
            if story is not None:
                story.update(listed)
            anchors: dict[str, int] = {}
            for key in listed:
                anchors[key] = anchors.get(key, 0) + 1
            for key in concept_keys(piece, lang):  # each once, and never one of the keys above
                anchors[key] = 1
            units.append(Unit(sentence.sentence, start, end, neutral_length(piece, lang), anchors))
    return units


def _pieces(text: str, start: int, end: int, lang: str) -> list[tuple[int, int]]:
    """Spans of one sentence cut after inner sentence ends (Chinese only), spaces trimmed."""
    cuts = [start]
    if lang == "zh":
        for match in _ZH_CUT.finditer(text, start, end):
            if match.end() < end:
                cuts.append(match.end())
    cuts.append(end)
    spans = []
    for left, right in itertools.pairwise(cuts):
        while left < right and text[left].isspace():
            left += 1
        while right > left and text[right - 1].isspace():
            right -= 1
        if right > left:
            spans.append((left, right))
    return spans


def _length_cost(length_a: float, length_b: float) -> float:
    """-log P(|delta|) of Gale and Church, with both lengths already in one unit."""
    mean = (length_a + length_b) / 2.0
    if mean <= 0:
        return 0.0
    delta = abs(length_b - length_a) / math.sqrt(VARIANCE * mean)
    tail = math.erfc(delta / math.sqrt(2.0))  # 2 * (1 - Phi(delta))
    return -math.log(max(tail, 1e-12))


@functools.lru_cache(maxsize=1 << 16)
def _evidence_weight(key: str) -> float:
    """An anchor's weight as evidence between two versions; 0 for a name only one script can spell."""
    if key.startswith("l:"):
        return LEXICON_WEIGHT
    if key == BACKGROUND_KEY:
        return 1.0
    if key.startswith("e:") and (":zh:" in key or ":ru:" in key or ":kk:" in key):
        return 0.0
    return anchor_weight(key)


def _missing_penalty(key: str) -> float:
    if key == BACKGROUND_KEY:
        return BACKGROUND_PENALTY
    if key.startswith("n:"):
        return MISSING_PENALTY
    return MISSING_WORD_PENALTY if key.startswith("l:") else MISSING_NAME_PENALTY


@dataclass(frozen=True, slots=True)
class _Terms:
    """What one anchor adds to a link's cost in one document pair."""

    shared: float
    """Its weight, counted per occurrence both sides have."""
    strong: float
    """The same unless it is a concept of the lexicon (which lowers the cost but is not counted as shared)."""
    missing: float
    """Its penalty times its weight, per occurrence only one side has (0 for the mark of a paragraph about
    an earlier story, whose mismatch makes the link impossible)."""


def _terms(weights: dict[str, float]) -> dict[str, _Terms]:
    return {key: _term(key, weight) for key, weight in weights.items()}


@functools.lru_cache(maxsize=1 << 16)
def _term(key: str, weight: float) -> _Terms:
    return _Terms(
        weight,
        0.0 if key.startswith("l:") else weight,
        0.0 if key == BACKGROUND_KEY else _missing_penalty(key) * weight,
    )


@dataclass(slots=True)
class _Run:
    """One side of a possible link (one unit or two), prepared once for every cell it takes part in."""

    length: float
    anchors: dict[str, int]
    missing: float
    """The missing-anchor cost of all its anchors, as if the other side had none of them."""
    background: int
    """How often it carries the mark of a paragraph about an earlier story."""


def _run(units: Sequence[Unit], terms: dict[str, _Terms]) -> _Run:
    anchors = _joined(units)
    missing = sum(terms[key].missing * count for key, count in anchors.items() if key in terms)
    return _Run(sum(unit.length for unit in units), anchors, missing, anchors.get(BACKGROUND_KEY, 0))


def _anchor_cost(a: _Run, b: _Run, terms: dict[str, _Terms]) -> tuple[float, float]:
    """(cost change, weighted shared names, entities and figures) for linking runs ``a`` and ``b``: every
    shared occurrence lowers the cost by its weight, every occurrence only one side has raises it by its
    penalty; concepts of the lexicon lower the cost but are not counted as shared.

    The missing part is each side's total less what the two share, so only the shared anchors are
    visited (the cost of a cell of the alignment table was most of the cost of alignment)."""
    shared = strong = overlap = 0.0
    small, large = (a.anchors, b.anchors) if len(a.anchors) <= len(b.anchors) else (b.anchors, a.anchors)
    if not small.keys().isdisjoint(large):
        for key, count in small.items():
            other = large.get(key)
            if other:
                term = terms.get(key)
                if term is not None:
                    both = min(count, other)
                    shared += term.shared * both
                    strong += term.strong * both
                    overlap += term.missing * both
    if a.background != b.background:
        return BACKGROUND_PENALTY, strong
    return a.missing + b.missing - 2.0 * overlap - SHARED_BONUS * shared, strong


def link_cost(
    units_a: Sequence[Unit], units_b: Sequence[Unit], weights: dict[str, float] | None = None
) -> tuple[float, float]:
    """(cost, weighted shared anchors) of linking these units of side a with these of side b (anchor
    weights: the pair's, from :func:`_comparable`, or each anchor's prior)."""
    if weights is None:
        keys = _joined(units_a).keys() | _joined(units_b).keys()
        weights = {key: _evidence_weight(key) for key in keys}
    return _link_cost(units_a, units_b, _terms(weights))


def _link_cost(units_a: Sequence[Unit], units_b: Sequence[Unit], terms: dict[str, _Terms]) -> tuple[float, float]:
    run_a, run_b = _run(units_a, terms), _run(units_b, terms)
    anchor, shared = _anchor_cost(run_a, run_b, terms)
    cost = _length_cost(run_a.length, run_b.length) + TYPE_COST[(len(units_a), len(units_b))] + anchor
    return cost, shared


def _joined(units: Sequence[Unit]) -> dict[str, int]:
    if len(units) == 1:
        return units[0].anchors
    joined: Counter[str] = Counter()
    for unit in units:
        joined.update(unit.anchors)
    return joined


def _score(cost: float, size: int) -> float:
    """How much better the link is than leaving its units out, as a number in (0, 1)."""
    return 1.0 / (1.0 + math.exp(cost - SKIP_COST * size))


def _band(units_a: Sequence[Unit], units_b: Sequence[Unit]) -> list[tuple[int, int]] | None:
    """For each row, the columns to fill (None: all). The centre follows the longest increasing chain
    of units that share a strong anchor, and the diagonal between them."""
    n, m = len(units_a), len(units_b)
    if n * m <= FULL_DP_CELLS:
        return None
    by_key: dict[str, list[int]] = {}
    for j, unit in enumerate(units_b):
        for key in unit.anchors:
            if anchor_weight(key) >= 1.0:
                by_key.setdefault(key, []).append(j)
    matches = []
    for i, unit in enumerate(units_a):
        for key in unit.anchors:
            for j in by_key.get(key, ())[:5]:
                matches.append((i, j))
    chain = _increasing_chain(sorted(set(matches)))
    points = [(0, 0), *chain, (n, m)]
    firsts = [point[0] for point in points]  # non-decreasing: the chain rises in both coordinates
    rows = []
    for i in range(n + 1):
        k = bisect.bisect_right(firsts, i) - 1  # the last point at or before row i
        (i0, j0), (i1, j1) = points[k], points[min(k + 1, len(points) - 1)]
        centre = j0 if i1 == i0 else j0 + (j1 - j0) * (i - i0) / (i1 - i0)
        rows.append((max(0, int(centre) - BAND), min(m, int(centre) + BAND + 1)))
    return rows


def _increasing_chain(points: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of points increasing in both coordinates (patience sorting, O(n log n))."""
    tails: list[int] = []
    tail_index: list[int] = []
    previous: list[int] = [-1] * len(points)
    ordered = sorted(range(len(points)), key=lambda k: (points[k][0], -points[k][1]))
    for k in ordered:
        j = points[k][1]
        position = bisect.bisect_left(tails, j)
        if position == len(tails):
            tails.append(j)
            tail_index.append(k)
        else:
            tails[position] = j
            tail_index[position] = k
        previous[k] = tail_index[position - 1] if position else -1
    chain = []
    k = tail_index[-1] if tail_index else -1
    while k >= 0:
        chain.append(points[k])
        k = previous[k]
    return chain[::-1]


_MOVES = ((1, 0), (0, 1), (1, 1), (1, 2), (2, 1), (2, 2))


DENSE_LIMIT = 2_000_000
"""Up to this many (run of side a, run of side b, anchor) entries, every cell's anchor cost is computed at
once with array operations; beyond it (long documents, where the band leaves most cells out) cell by
cell as the programme reaches them."""


SMALL_TABLE = 400
"""Up to this many cells a pass computes its length costs one by one; array operations cost more to set up."""


class _PairTable:
    """What every pass over one pair's table of link costs shares: the anchors of every run of one or two
    units of each side, the band, and the anchor part of each cell's cost (it does not depend on the
    length ratio that the second pass changes)."""

    def __init__(self, units_a: Sequence[Unit], units_b: Sequence[Unit], weights: dict[str, float]) -> None:
        self.terms = _terms(weights)
        self.band = _band(units_a, units_b)
        self._units = (units_a, units_b)
        self._anchor: dict[tuple[int, int, int, int], float] = {}
        self._dense: Any = None
        self._dense_rows: list[list[float]] | None = None
        n, m = len(units_a), len(units_b)
        if self.band is None and (2 * n - 1) * (2 * m - 1) * max(len(self.terms), 1) <= DENSE_LIMIT:
            self._dense = _dense_anchor_costs(units_a, units_b, self.terms)
        else:
            self._runs_a = [[_run(units_a[i : i + size], self.terms) for i in range(n - size + 1)] for size in (1, 2)]
            self._runs_b = [[_run(units_b[j : j + size], self.terms) for j in range(m - size + 1)] for size in (1, 2)]

    def batchable(self, n: int, m: int) -> bool:
        """Whether :func:`_monotone_batch` can solve this table (its anchor costs are known at once)."""
        return self._dense is not None and n >= 1 and m >= 1

    def anchor_cost(self, di: int, i: int, dj: int, j: int) -> float:
        """The anchor part of the cost of linking ``di`` units of side a from ``i`` with ``dj`` of side b
        from ``j``."""
        key = (di, i, dj, j)
        cost = self._anchor.get(key)
        if cost is None:
            run_a, run_b = self._runs_a[di - 1][i], self._runs_b[dj - 1][j]
            cost = self._anchor[key] = _anchor_cost(run_a, run_b, self.terms)[0]
        return cost

    def steps(
        self, lengths_a: list[list[float]], lengths_b: list[list[float]], recurring: bool = False
    ) -> list[list[float]] | None:
        """Every link's cost at these run lengths (rows: one unit of side a from each position, then two;
        columns likewise for side b), or None where the table is filled cell by cell. ``recurring``: the
        lengths are the units' own (not scaled by a measured ratio), so pairs of them recur across a
        corpus and their length costs are worth keeping."""
        if self._dense is None:
            return None
        n, m = len(lengths_a[0]), len(lengths_b[0])
        if (2 * n - 1) * (2 * m - 1) <= SMALL_TABLE:
            if self._dense_rows is None:
                self._dense_rows = self._dense.tolist()
            return _small_steps(lengths_a, lengths_b, self._dense_rows, recurring)
        import numpy as np

        length_a = np.array(lengths_a[0] + lengths_a[1])[:, None]
        length_b = np.array(lengths_b[0] + lengths_b[1])[None, :]
        mean = (length_a + length_b) / 2.0
        with np.errstate(divide="ignore", invalid="ignore"):
            delta = np.abs(length_b - length_a) / np.sqrt(VARIANCE * mean)
        erfc, log = _math_ufuncs()
        tail = erfc(np.where(mean > 0, delta, 0.0) / math.sqrt(2.0)).astype(float)
        length_cost = np.where(mean > 0, -log(np.maximum(tail, 1e-12)).astype(float), 0.0)
        types = np.empty_like(length_cost)
        for (di, dj), type_cost in TYPE_COST.items():
            types[(di - 1) * n : (di - 1) * n + n - di + 1, (dj - 1) * m : (dj - 1) * m + m - dj + 1] = type_cost
        return (length_cost + types + self._dense).tolist()


_SQRT2 = math.sqrt(2.0)


def _small_steps(
    lengths_a: list[list[float]], lengths_b: list[list[float]], anchor_rows: list[list[float]], recurring: bool
) -> list[list[float]]:
    """:meth:`_PairTable.steps` for a small table: the length cost of :func:`_length_cost` (written out in
    the loop, the same operations in the same order, or looked up where the lengths recur), plus the link
    type's and the anchors' cost."""
    n, m = len(lengths_a[0]), len(lengths_b[0])
    erfc, log, sqrt, variance, sqrt2 = math.erfc, math.log, math.sqrt, VARIANCE, _SQRT2
    length_b = lengths_b[0] + lengths_b[1]
    types = {di: [TYPE_COST[(di, 1)]] * m + [TYPE_COST[(di, 2)]] * (m - 1) for di in (1, 2)}
    table = []
    for row, (length, anchors) in enumerate(zip(lengths_a[0] + lengths_a[1], anchor_rows, strict=True)):
        row_types = types[1 if row < n else 2]
        if recurring:
            table.append(
                [
                    _recurring_length_cost(length, other) + type_cost + anchor
                    for other, type_cost, anchor in zip(length_b, row_types, anchors, strict=True)
                ]
            )
            continue
        table.append(
            [
                (
                    -log(max(erfc(abs(other - length) / sqrt(variance * ((length + other) / 2.0)) / sqrt2), 1e-12))
                    if (length + other) / 2.0 > 0
                    else 0.0
                )
                + type_cost
                + anchor
                for other, type_cost, anchor in zip(length_b, row_types, anchors, strict=True)
            ]
        )
    return table


@functools.lru_cache(maxsize=1 << 16)
def _recurring_length_cost(length_a: float, length_b: float) -> float:
    """:func:`_length_cost` of two units' own lengths (characters divided by a language's constant): the
    same pairs recur across a corpus, nine in ten of the first pass's cells on the benchmark corpus."""
    return _length_cost(length_a, length_b)


@functools.cache
def _math_ufuncs() -> tuple[Any, Any]:
    """math.erfc and math.log over arrays, so that a table's length costs are those of :func:`_length_cost`
    to the last bit (numpy's own log may round differently)."""
    import numpy as np

    return np.frompyfunc(math.erfc, 1, 1), np.frompyfunc(math.log, 1, 1)


def _dense_anchor_costs(units_a: Sequence[Unit], units_b: Sequence[Unit], terms: dict[str, _Terms]) -> Any:
    """The anchor part of :func:`_anchor_cost` for every run of side a (one unit from each position, then
    two) against every run of side b, as an array."""
    import numpy as np

    keys = list(terms)
    column = {key: k for k, key in enumerate(keys)}
    shared = np.array([terms[key].shared for key in keys])
    missing = np.array([terms[key].missing for key in keys])
    background = column.get(BACKGROUND_KEY)

    def runs(units: Sequence[Unit]) -> np.ndarray:
        counts = np.zeros((len(units), len(keys)))
        for row, unit in enumerate(units):
            for key, count in unit.anchors.items():
                k = column.get(key)
                if k is not None:
                    counts[row, k] = count
        return np.vstack((counts, counts[:-1] + counts[1:]))

    counts_a, counts_b = runs(units_a), runs(units_b)
    both = np.minimum(counts_a[:, None, :], counts_b[None, :, :])
    cost = (
        (counts_a @ missing)[:, None] + (counts_b @ missing)[None, :] - both @ (2.0 * missing + SHARED_BONUS * shared)
    )
    if background is not None:
        cost[counts_a[:, background][:, None] != counts_b[:, background][None, :]] = BACKGROUND_PENALTY
    return cost


def align(units_a: Sequence[Unit], units_b: Sequence[Unit]) -> list[Link]:
    """Links covering every unit of both sides once: the cheapest monotone path, then out-of-order
    links between units it left out on both sides.

    The path is found twice: the first one's anchored links measure how long this translation runs
    (:func:`_length_ratio`), and the second compares lengths at that ratio."""
    return align_many([(units_a, units_b)])[0]


def align_many(pairs: Sequence[tuple[Sequence[Unit], Sequence[Unit]]]) -> list[list[Link]]:
    """:func:`align` for many document pairs at once, with the same links: the monotone programmes of
    pairs with tables of one size run side by side as array operations (:func:`_monotone_many`), which
    a corpus of many short articles needs (one pair's small table cost more to set up than to solve)."""
    states = []
    for units_a, units_b in pairs:
        kept_a, kept_b, weights = _comparable(units_a, units_b)
        states.append((kept_a, kept_b, _PairTable(kept_a, kept_b, weights)))
    first = _monotone_many([(units_a, units_b, table, True) for units_a, units_b, table in states])
    rerun: dict[int, list[Unit]] = {}
    for index, ((units_a, units_b, _), links) in enumerate(zip(states, first, strict=True)):
        ratio = _length_ratio(links, units_a, units_b)
        if abs(ratio - 1.0) > 0.05:
            rerun[index] = [Unit(u.sentence, u.start, u.end, u.length / ratio, u.anchors) for u in units_b]
    second = _monotone_many([(states[index][0], scaled, states[index][2], False) for index, scaled in rerun.items()])
    second_links = dict(zip(rerun, second, strict=True))
    results = []
    for index, (units_a, units_b, table) in enumerate(states):
        links = second_links.get(index, first[index])
        units_b = rerun.get(index, units_b)
        links = _uncross(links, units_a, units_b, table.terms)
        links = _rescue(links, units_a, units_b, table.terms, split=False)
        results.append(_rescue(links, units_a, units_b, table.terms, split=True))
    return results


BATCH_MIN = 8
"""Pairs whose tables have one size that are solved together as arrays; fewer are solved one by one."""

_MonotoneJob = tuple[Sequence[Unit], Sequence[Unit], "_PairTable", bool]


def _monotone_many(jobs: Sequence[_MonotoneJob]) -> list[list[Link]]:
    """:func:`_monotone` of every job (side a, side b, their table, ``recurring``), in order."""
    results: list[list[Link] | None] = [None] * len(jobs)
    buckets: dict[tuple[int, int], list[int]] = {}
    for index, (units_a, units_b, table, _) in enumerate(jobs):
        if table.batchable(len(units_a), len(units_b)):
            buckets.setdefault((len(units_a), len(units_b)), []).append(index)
    for (n, m), indices in buckets.items():
        if len(indices) >= BATCH_MIN:
            for index, links in zip(indices, _monotone_batch([jobs[k] for k in indices], n, m), strict=True):
                results[index] = links
    return [
        links if links is not None else _monotone(job[0], job[1], job[2], recurring=job[3])
        for links, job in zip(results, jobs, strict=True)
    ]


def _monotone_batch(jobs: Sequence[_MonotoneJob], n: int, m: int) -> list[list[Link]]:
    """:func:`_monotone` for pairs whose sides all have ``n`` and ``m`` units and whose anchor costs are
    known (:attr:`_PairTable._dense`): every link cost is computed with the same operations in the same
    order as :func:`_small_steps` (math.erfc and math.log on each value), and the programme makes the same
    moves in the same order as :func:`_fill_dense`, one cell at a time for all pairs, so each pair gets
    the links it gets alone."""
    import numpy as np

    erfc, log = _math_ufuncs()
    size = len(jobs)
    lengths_a = np.array([[unit.length for unit in a] + [x + y for x, y in itertools.pairwise(u.length for u in a)]
                          for a, _, _, _ in jobs]).reshape(size, 2 * n - 1, 1)  # fmt: skip
    lengths_b = np.array([[unit.length for unit in b] + [x + y for x, y in itertools.pairwise(u.length for u in b)]
                          for _, b, _, _ in jobs]).reshape(size, 1, 2 * m - 1)  # fmt: skip
    mean = (lengths_a + lengths_b) / 2.0
    with np.errstate(divide="ignore", invalid="ignore"):
        delta = np.abs(lengths_b - lengths_a) / np.sqrt(VARIANCE * mean) / _SQRT2
        length_cost = -log(np.maximum(erfc(np.where(mean > 0, delta, 0.0)).astype(float), 1e-12)).astype(float)
    length_cost = np.where(mean > 0, length_cost, 0.0)
    types = np.empty((2 * n - 1, 2 * m - 1))
    for (di, dj), type_cost in TYPE_COST.items():
        types[(di - 1) * n : (di - 1) * n + n - di + 1, (dj - 1) * m : (dj - 1) * m + m - dj + 1] = type_cost
    anchors = np.stack([table._dense for _, _, table, _ in jobs])
    steps = np.ascontiguousarray(((length_cost + types) + anchors).transpose(1, 2, 0))  # cell first, then pair
    cost = np.full((n + 1, m + 1, size), math.inf)
    cost[0, 0] = 0.0
    move = np.full((n + 1, m + 1, size), -1, dtype=np.int8)
    taken = np.zeros((n + 1, m + 1, size))
    skip = np.full(size, SKIP_COST)
    for i in range(n + 1):
        for j in range(m + 1):
            here = cost[i, j]
            moves = []
            if i < n:
                moves.append((0, i + 1, j, skip))
            if j < m:
                moves.append((1, i, j + 1, skip))
            if i < n and j < m:
                moves.append((2, i + 1, j + 1, steps[i, j]))
            if i < n and j + 1 < m:
                moves.append((3, i + 1, j + 2, steps[i, j + m]))
            if i + 1 < n and j < m:
                moves.append((4, i + 2, j + 1, steps[i + n, j]))
            if i + 1 < n and j + 1 < m:
                moves.append((5, i + 2, j + 2, steps[i + n, j + m]))
            for number, ni, nj, step in moves:
                total = here + step
                better = total < cost[ni, nj]
                if better.any():
                    np.copyto(cost[ni, nj], total, where=better)
                    np.copyto(taken[ni, nj], step, where=better)
                    move[ni, nj][better] = number
    # the way back from (n, m), one move of every pair at a time (a pair already home repeats (0, 0))
    rows, columns, pairs = np.full(size, n), np.full(size, m), np.arange(size)
    move_rows, move_columns = _move_offsets()
    back_moves, back_steps = [], []
    for _ in range(n + m):
        numbers = move[rows, columns, pairs]
        if not (numbers >= 0).any():
            break
        back_moves.append(numbers)
        back_steps.append(taken[rows, columns, pairs])
        rows = rows - move_rows[numbers]
        columns = columns - move_columns[numbers]
    finished = cost[n, m].tolist()
    moves_of = np.array(back_moves).T.tolist() if back_moves else [[] for _ in jobs]
    steps_of = np.array(back_steps).T.tolist() if back_steps else [[] for _ in jobs]
    results = []
    for pair, job in enumerate(jobs):
        if finished[pair] == math.inf:
            results.append(_monotone(job[0], job[1], job[2], recurring=job[3]))
            continue
        links: list[Link] = []
        i, j = n, m
        for number, step in zip(moves_of[pair], steps_of[pair], strict=True):
            if number < 0:
                break
            di, dj = _MOVES[number]
            a, b = _span(i - di, i), _span(j - dj, j)
            links.append(Link(a, b, step, _score(step, di + dj) if di and dj else None))
            i, j = i - di, j - dj
        links.reverse()
        results.append(links)
    return results


@functools.lru_cache(maxsize=1 << 12)
def _span(start: int, end: int) -> tuple[int, ...]:
    return tuple(range(start, end))


@functools.cache
def _move_offsets() -> tuple[Any, Any]:
    """Rows and columns each move of :data:`_MOVES` goes back, as arrays (the last entry, index -1: none)."""
    import numpy as np

    return np.array([di for di, _ in _MOVES] + [0]), np.array([dj for _, dj in _MOVES] + [0])


def _uncross(
    links: list[Link], units_a: Sequence[Unit], units_b: Sequence[Unit], terms: dict[str, _Terms]
) -> list[Link]:
    """Each 2-2 link replaced by two crossing 1-1 links where those cost less: a translator who swapped
    two sentences (the monotone path can only describe that as one 2-2 link)."""
    result = []
    for link in links:
        if len(link.a) == 2 and len(link.b) == 2:
            (a0, a1), (b0, b1) = link.a, link.b
            first, _ = _link_cost([units_a[a0]], [units_b[b1]], terms)
            second, _ = _link_cost([units_a[a1]], [units_b[b0]], terms)
            if first + second < link.cost:
                result += [Link((a0,), (b1,), first, _score(first, 2)), Link((a1,), (b0,), second, _score(second, 2))]
                continue
        result.append(link)
    return result


def _monotone(
    units_a: Sequence[Unit], units_b: Sequence[Unit], table: _PairTable, recurring: bool = False
) -> list[Link]:
    """The cheapest monotone path through the table of link costs, as links in order (``recurring``: see
    :meth:`_PairTable.steps`)."""
    n, m = len(units_a), len(units_b)
    inf = float("inf")
    cost = [[inf] * (m + 1) for _ in range(n + 1)]
    back: list[list[tuple[int, int, float] | None]] = [[None] * (m + 1) for _ in range(n + 1)]
    cost[0][0] = 0.0
    # lengths of every run of one or two units, summed once rather than in every cell
    lengths_a, lengths_b = _run_lengths(units_a), _run_lengths(units_b)
    steps = table.steps(lengths_a, lengths_b, recurring)
    if steps is not None:
        _fill_dense(cost, back, steps, n, m)
    else:
        _fill_cells(cost, back, table, lengths_a, lengths_b)
    if cost[n][m] == inf:  # the band missed the corner: fall back to skipping the rest
        return [Link((i,), (), SKIP_COST, None) for i in range(n)] + [Link((), (j,), SKIP_COST, None) for j in range(m)]
    links: list[Link] = []
    i, j = n, m
    while (i, j) != (0, 0):
        entry = back[i][j]
        assert entry is not None
        pi, pj, step = entry
        a, b = tuple(range(pi, i)), tuple(range(pj, j))
        score = _score(step, len(a) + len(b)) if a and b else None
        links.append(Link(a, b, step, score))
        i, j = pi, pj
    links.reverse()
    return links


def _run_lengths(units: Sequence[Unit]) -> list[list[float]]:
    """The length of every run of one unit, then of two (as ``sum`` would add them)."""
    ones = [unit.length for unit in units]
    return [ones, [first + second for first, second in itertools.pairwise(ones)]]


def _fill_cells(
    cost: list[list[float]],
    back: list[list[tuple[int, int, float] | None]],
    table: _PairTable,
    lengths_a: list[list[float]],
    lengths_b: list[list[float]],
) -> None:
    """The programme of :func:`_monotone` within the band, each link's cost computed as it is reached."""
    n, m = len(cost) - 1, len(cost[0]) - 1
    band = table.band
    inf = math.inf
    for i in range(n + 1):
        low, high = (0, m + 1) if band is None else (band[i][0], band[i][1] + 1)
        for j in range(low, min(high, m + 1)):
            here = cost[i][j]
            if here == inf:
                continue
            for di, dj in _MOVES:
                ni, nj = i + di, j + dj
                if ni > n or nj > m:
                    continue
                if di == 0 or dj == 0:
                    step = SKIP_COST
                else:
                    step = (
                        _length_cost(lengths_a[di - 1][i], lengths_b[dj - 1][j])
                        + TYPE_COST[(di, dj)]
                        + table.anchor_cost(di, i, dj, j)
                    )
                if here + step < cost[ni][nj]:
                    cost[ni][nj] = here + step
                    back[ni][nj] = (i, j, step)


def _fill_dense(
    cost: list[list[float]], back: list[list[tuple[int, int, float] | None]], steps: list[list[float]], n: int, m: int
) -> None:
    """The programme of :func:`_monotone` over a whole table whose link costs are all known (``steps``
    from :meth:`_PairTable.steps`): the same moves in the same order (a tie keeps the earlier one):
    leave out side a's unit, side b's unit, then link 1-1, 1-2, 2-1, 2-2."""
    inf = math.inf
    skip = SKIP_COST
    # The moves are written out, not looped over: this is the innermost loop of alignment for tables that
    # align_many cannot batch (articles of real corpora rarely share their sizes).
    for i in range(n + 1):
        row, back_row = cost[i], back[i]
        one = i < n  # one more unit of side a is left
        below, back_below = (cost[i + 1], back[i + 1]) if one else (row, back_row)
        below2, back_below2 = (cost[i + 2], back[i + 2]) if i + 1 < n else (row, back_row)
        steps_one = steps[i] if one else None  # links of one unit of side a from i
        steps_two = steps[i + n] if i + 1 < n else None  # and of two
        for j in range(m + 1):
            here = row[j]
            if here == inf:
                continue
            if one:  # side a's unit left out
                total = here + skip
                if total < below[j]:
                    below[j] = total
                    back_below[j] = (i, j, skip)
            if j < m:  # side b's unit left out
                total = here + skip
                if total < row[j + 1]:
                    row[j + 1] = total
                    back_row[j + 1] = (i, j, skip)
            if steps_one is not None:
                if j < m:  # 1-1
                    step = steps_one[j]
                    total = here + step
                    if total < below[j + 1]:
                        below[j + 1] = total
                        back_below[j + 1] = (i, j, step)
                if j + 1 < m:  # 1-2
                    step = steps_one[j + m]
                    total = here + step
                    if total < below[j + 2]:
                        below[j + 2] = total
                        back_below[j + 2] = (i, j, step)
            if steps_two is not None and j < m:
                step = steps_two[j]  # 2-1
                total = here + step
                if total < below2[j + 1]:
                    below2[j + 1] = total
                    back_below2[j + 1] = (i, j, step)
                if j + 1 < m:  # 2-2
                    step = steps_two[j + m]
                    total = here + step
                    if total < below2[j + 2]:
                        below2[j + 2] = total
                        back_below2[j + 2] = (i, j, step)


def _length_ratio(links: Sequence[Link], units_a: Sequence[Unit], units_b: Sequence[Unit]) -> float:
    """How much longer side b runs than :data:`~pipeline.align.signature.CHARS_PER_ZH` expects, read
    from the links that share anchors and drawn towards 1 while they are few (translators differ:
    2.0 to 2.9 English characters per Chinese character on the development pairs)."""
    length_a = length_b = RATIO_PRIOR_LENGTH
    for link in links:
        if len(link.a) != 1 or len(link.b) != 1 or link.score is None or link.score < RATIO_MIN_SCORE:
            continue
        length_a += sum(units_a[i].length for i in link.a)
        length_b += sum(units_b[j].length for j in link.b)
    return min(max(length_b / length_a, 1.0 / RATIO_LIMIT), RATIO_LIMIT)


def _comparable(units_a: Sequence[Unit], units_b: Sequence[Unit]) -> tuple[list[Unit], list[Unit], dict[str, float]]:
    """The units with only the anchors both documents have (and specific figures, and the mark of a
    paragraph about an earlier story), and the weight of each anchor they keep. An anchor one side never
    mentions (an English sentence's capitalised first word, a name the other version drops, a "一" that
    English writes as "a") can match nothing, so it says nothing about which sentences correspond."""
    keys_a: set[str] = set().union(*(unit.anchors for unit in units_a))
    keys_b: set[str] = set().union(*(unit.anchors for unit in units_b))
    kept = (keys_a & keys_b) | {key for key in keys_a ^ keys_b if _kept_one_sided(key)}

    def keep(unit: Unit) -> Unit:
        if kept.issuperset(unit.anchors):
            return unit  # nothing to drop
        anchors = {key: count for key, count in unit.anchors.items() if key in kept}
        return Unit(unit.sentence, unit.start, unit.end, unit.length, anchors)

    kept_a, kept_b = [keep(unit) for unit in units_a], [keep(unit) for unit in units_b]
    weights = {key: _evidence_weight(key) for unit in kept_a + kept_b for key in unit.anchors}
    return kept_a, kept_b, weights


def _kept_one_sided(key: str) -> bool:
    if key == BACKGROUND_KEY:
        return True
    return key.startswith(KEPT_ONE_SIDED) and anchor_weight(key) >= 1.0


def _rescue(
    links: list[Link], units_a: Sequence[Unit], units_b: Sequence[Unit], terms: dict[str, _Terms], split: bool
) -> list[Link]:
    """Link units the monotone path left out on both sides out of order (a translator who moved a
    sentence), where the evidence is specific and unambiguous:

    - the change lowers the alignment's cost (a new link costs less than leaving its units out; a unit
      joined to a link costs less than leaving it out beside that link);
    - the unit or units it takes up share anchors with the other side found nowhere else in either
      document, weighing at least :data:`RELINK_MIN_SPECIFIC` (:func:`_specific_evidence`);
    - it is mutually best: among all such changes, none involving any of its units is cheaper (so no
      unit has two readings to choose between).

    The first pass (``split`` false) joins only adjacent left-out units (2-1, 1-2). The second lets one
    side of a link hold two units that are not adjacent: two left-out units with only linked units
    between them, or a left-out unit joined to a 1-1 link it shares such anchors with. A translator who
    splits a sentence in two and moves other material between the halves leaves this shape, which a
    monotone path cannot describe; it is tried only after every contiguous reading. No two links overlap."""
    lone_a = sorted(link.a[0] for link in links if link.a and not link.b)
    lone_b = sorted(link.b[0] for link in links if link.b and not link.a)
    options: list[_Option] = []
    if lone_a and lone_b:
        for group_a in _groups(lone_a, split):
            for group_b in _groups(lone_b, split):
                size = len(group_a) + len(group_b)
                if size > 3:
                    continue
                cost, _ = _link_cost([units_a[i] for i in group_a], [units_b[j] for j in group_b], terms)
                if cost < SKIP_COST * size:
                    options.append(_Option(cost - SKIP_COST * size, group_a, group_b, cost, group_a, group_b))
    if split:
        options += _attachments(links, lone_a, lone_b, units_a, units_b, terms)
    if not options:
        return links
    options.sort(key=lambda option: (option.gain, option.a, option.b))
    best: dict[tuple[str, int], _Option] = {}
    for option in options:  # cheapest first: the first option that names a unit is its best
        for unit in [("a", i) for i in option.a] + [("b", j) for j in option.b]:
            best.setdefault(unit, option)
    rescued = []
    for option in options:
        mutual = all(best[("a", i)] is option for i in option.a) and all(best[("b", j)] is option for j in option.b)
        evidence = _specific_evidence(option.evidence_a, option.evidence_b, units_a, units_b, terms)
        if mutual and evidence >= RELINK_MIN_SPECIFIC:
            rescued.append(Link(option.a, option.b, option.cost, _score(option.cost, len(option.a) + len(option.b))))
    if not rescued:
        return links
    taken_a = {i for link in rescued for i in link.a}
    taken_b = {j for link in rescued for j in link.b}
    kept = [link for link in links if not (set(link.a) & taken_a or set(link.b) & taken_b)]
    return sorted(kept + rescued, key=lambda link: (link.a[0] if link.a else _position_b(link, kept), link.b))


@dataclass(slots=True)
class _Option:
    """A link the rescue may make, and what it has to show for it."""

    gain: float
    """What it changes in the alignment's cost (negative: cheaper)."""
    a: tuple[int, ...]
    b: tuple[int, ...]
    cost: float
    evidence_a: tuple[int, ...]
    """The units whose shared anchors must be specific: the whole link, or the unit joined to a link and
    the link's other side."""
    evidence_b: tuple[int, ...]


def _attachments(
    links: list[Link],
    lone_a: list[int],
    lone_b: list[int],
    units_a: Sequence[Unit],
    units_b: Sequence[Unit],
    terms: dict[str, _Terms],
) -> list[_Option]:
    """Each left-out unit joined to a 1-1 link whose other side shares an anchor with it, where the
    joined link costs less than the link and the unit left out."""
    options = []
    for link in links:
        if len(link.a) != 1 or len(link.b) != 1:
            continue
        (i,), (j,) = link.a, link.b
        for lone, own, other, side_a in ((lone_a, units_a, units_b[j], True), (lone_b, units_b, units_a[i], False)):
            for k in lone:
                if own[k].anchors.keys().isdisjoint(other.anchors):
                    continue
                a, b = (tuple(sorted((i, k))), (j,)) if side_a else ((i,), tuple(sorted((j, k))))
                cost, _ = _link_cost([units_a[x] for x in a], [units_b[y] for y in b], terms)
                gain = cost - link.cost - SKIP_COST
                if gain < 0:
                    evidence = ((k,), (j,)) if side_a else ((i,), (k,))
                    options.append(_Option(gain, a, b, cost, *evidence))
    return options


def _specific_evidence(
    group_a: tuple[int, ...],
    group_b: tuple[int, ...],
    units_a: Sequence[Unit],
    units_b: Sequence[Unit],
    terms: dict[str, _Terms],
) -> float:
    """Summed weight of the anchors both sides of a link share and no other unit of either document has:
    a one-to-one anchor of the document pair, which can point at no other sentence."""
    joined_a, joined_b = _joined([units_a[i] for i in group_a]), _joined([units_b[j] for j in group_b])
    shared = {key for key in joined_a.keys() & joined_b.keys() if key in terms and key != BACKGROUND_KEY}
    if not shared:
        return 0.0
    inside_a, inside_b = set(group_a), set(group_b)
    for units, inside in ((units_a, inside_a), (units_b, inside_b)):
        for index, unit in enumerate(units):
            if index not in inside and not shared.isdisjoint(unit.anchors):
                shared -= unit.anchors.keys()
    return sum(terms[key].shared * min(joined_a[key], joined_b[key]) for key in shared)


def _position_b(link: Link, links: list[Link]) -> float:
    """Where a 0-1 link sits among links ordered by side a: after the last link before it on side b."""
    before = [other.a[-1] for other in links if other.a and other.b and other.b[-1] < link.b[0]]
    return (max(before) if before else -1) + 0.5


def _groups(indices: list[int], split: bool) -> list[tuple[int, ...]]:
    """Single indices and pairs of them: adjacent ones, or (``split``) any two with no index of
    ``indices`` between them."""
    groups: list[tuple[int, ...]] = [(index,) for index in indices]
    groups += [(x, y) for x, y in itertools.pairwise(indices) if split or y == x + 1]
    return groups
