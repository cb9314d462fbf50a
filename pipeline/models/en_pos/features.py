"""Token features shared by training and inference, so that both see exactly the same ids.

Each token becomes a fixed number of sparse feature ids (one per template); the model sums their embeddings.
Brown-cluster prefixes give words never seen in the treebank a class learned from a large web corpus.
"""

from __future__ import annotations

from collections.abc import Mapping

TEMPLATES: tuple[str, ...] = (
    "w",  # lower-cased word
    "W",  # word as written: "US" vs "us", "May" vs "may"
    "shape",
    "p1",
    "p2",
    "p3",
    "s1",
    "s2",
    "s3",
    "s4",
    "c4",
    "c6",
    "c10",
    "c14",
    "c",
)
N_FEATURES = len(TEMPLATES)
UNK = "<unk>"
PAD = "<pad>"
# Columns of the word-identity templates: training drops them now and then so the model learns unknown words.
WORD_COLUMNS: tuple[int, ...] = (0, 1)


def shape(word: str) -> str:
    """Character classes with runs collapsed: `Astana` -> `Xx`, `5.4%` -> `d.d%`, `COVID-19` -> `X-d`."""
    out: list[str] = []
    for ch in word[:24]:
        if ch.isupper():
            cls = "X"
        elif ch.islower():
            cls = "x"
        elif ch.isdigit():
            cls = "d"
        elif ch.isalpha():
            cls = "a"
        else:
            cls = ch
        if not out or out[-1] != cls:
            out.append(cls)
    return "".join(out)


def feature_strings(word: str, clusters: Mapping[str, int]) -> list[str]:
    """The template values of one token, in TEMPLATES order (without the template names)."""
    lower = word.lower()
    cluster = clusters.get(word) or clusters.get(lower) or 0
    bits = format(cluster, "b") if cluster else "-"
    return [
        lower,
        word,
        shape(word),
        lower[:1],
        lower[:2],
        lower[:3],
        lower[-1:],
        lower[-2:],
        lower[-3:],
        lower[-4:],
        bits[:4],
        bits[:6],
        bits[:10],
        bits[:14],
        bits,
    ]


class Featurizer:
    """Maps tokens to rows of feature ids; per-template unknown ids keep unseen values meaningful."""

    def __init__(self, vocab: list[str], clusters: Mapping[str, int]) -> None:
        # One value -> id table per template, so a lookup needs no "template=value" string.
        self.tables: list[dict[str, int]] = [{} for _ in TEMPLATES]
        position = {t: i for i, t in enumerate(TEMPLATES)}
        for i, key in enumerate(vocab):
            template, _, value = key.partition("=")
            self.tables[position[template]][value] = i
        self.clusters = clusters
        self.unk_ids = [table[UNK] for table in self.tables]
        self.pad_row = tuple(table[PAD] for table in self.tables)
        self._cache: dict[str, tuple[int, ...]] = {}

    def row(self, word: str) -> tuple[int, ...]:
        """Feature ids of one token; memoised because news vocabulary is Zipfian."""
        cached = self._cache.get(word)
        if cached is not None:
            return cached
        values = feature_strings(word, self.clusters)
        ids = tuple(table.get(value, unk) for table, value, unk in zip(self.tables, values, self.unk_ids, strict=True))
        if len(self._cache) > 500_000:
            self._cache.clear()
        self._cache[word] = ids
        return ids
