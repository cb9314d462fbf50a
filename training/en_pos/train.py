"""Train the English UPOS/XPOS tagger on UD English EWT and write the package files.

Reads training/data/ewt/{train,dev}.conllu (see prepare_data.py), picks the epoch with the best dev UPOS
accuracy, and writes weights.npz, vocab.json.gz and lemma.json.gz into pipeline/models/en_pos/.
The lemma tables come from spaCy's `spacy-lookups-data` package (WordNet-derived English tables) plus the
(word, XPOS) -> lemma pairs of the EWT training split.
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
import torch
from torch import nn
from torch.nn import functional as F

from pipeline.models.en_pos import flat_layout
from pipeline.models.en_pos.features import PAD, TEMPLATES, UNK, WORD_COLUMNS, Featurizer, feature_strings

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "training" / "data" / "ewt"
PACKAGE = ROOT / "pipeline" / "models" / "en_pos"
UPOS = [
    *("ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ", "NOUN", "NUM"),
    *("PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"),
]

Sentence = list[tuple[str, str, str, str]]  # (form, upos, xpos, lemma)


def read_conllu(path: Path) -> list[Sentence]:
    """Syntactic words of every sentence (multiword-token ranges and empty nodes skipped)."""
    sentences: list[Sentence] = []
    current: Sentence = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if cols[0].isdigit():
            current.append((cols[1], cols[3], cols[4], cols[2]))
    if current:
        sentences.append(current)
    return sentences


def load_lookups() -> dict[str, dict]:
    """The English tables of spacy-lookups-data (imported only here, at training time)."""
    import spacy_lookups_data

    data_dir = Path(spacy_lookups_data.__file__).parent / "data"
    tables = {}
    for name in ("lemma_rules", "lemma_index", "lemma_exc", "lemma_lookup", "lexeme_cluster"):
        with gzip.open(data_dir / f"en_{name}.json.gz", "rt", encoding="utf-8") as f:
            tables[name] = json.load(f)
    return tables


def build_vocab(train: list[Sentence], clusters: dict[str, int]) -> list[str]:
    """Every template value seen in training, plus an unknown and a padding entry per template."""
    vocab = [f"{t}={v}" for t in TEMPLATES for v in (UNK, PAD)]
    seen = set(vocab)
    for sentence in train:
        for form, *_ in sentence:
            for template, value in zip(TEMPLATES, feature_strings(form, clusters), strict=True):
                key = f"{template}={value}"
                if key not in seen:
                    seen.add(key)
                    vocab.append(key)
    return vocab


def lemma_data(train: list[Sentence], tables: dict[str, dict]) -> dict:
    """Lemma tables for the package: EWT (word, XPOS) pairs plus spaCy's English rule and lookup tables."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for sentence in train:
        for form, _, xpos, lemma in sentence:
            counts[f"{form.lower()}\t{xpos}"][lemma] += 1
    known = {key: c.most_common(1)[0][0] for key, c in sorted(counts.items())}
    return {
        "known": known,
        "index": {pos: sorted(words) for pos, words in tables["lemma_index"].items()},
        "exc": tables["lemma_exc"],
        "rules": tables["lemma_rules"],
        "lookup": tables["lemma_lookup"],
    }


class Net(nn.Module):
    """Embedding bag, convolution over +-k1 tokens, convolution over +-k2 hidden states, two heads."""

    def __init__(self, n_vocab: int, n_upos: int, n_xpos: int, dim: int, h1: int, h2: int, k1: int, k2: int):
        super().__init__()
        self.k1, self.k2 = k1, k2
        self.emb = nn.Embedding(n_vocab, dim)
        nn.init.normal_(self.emb.weight, std=0.05)
        self.w1 = nn.Linear(dim * (2 * k1 + 1), h1)
        self.w2 = nn.Linear(h1 * (2 * k2 + 1), h2)
        self.wu = nn.Linear(h2, n_upos)
        self.wx = nn.Linear(h2, n_xpos)
        self.drop = nn.Dropout(0.25)

    @staticmethod
    def window(x: torch.Tensor, k: int) -> torch.Tensor:
        padded = F.pad(x, (0, 0, k, k))
        n = x.shape[0]
        return torch.cat([padded[i : i + n] for i in range(2 * k + 1)], dim=1)

    def forward(self, ids: torch.Tensor, real: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        e = self.drop(self.emb(ids).sum(dim=1))
        h1 = F.relu(self.w1(self.window(e, self.k1))) * real[:, None]
        h1 = self.drop(h1)
        h2 = self.drop(F.relu(self.w2(self.window(h1, self.k2)[real])))
        return self.wu(h2), self.wx(h2)


def batches(sentences: list[Sentence], size: int, shuffle: bool) -> list[list[Sentence]]:
    order = list(range(len(sentences)))
    if shuffle:
        random.shuffle(order)
    return [[sentences[i] for i in order[j : j + size]] for j in range(0, len(order), size)]


def encode(
    batch: list[Sentence], featurizer: Featurizer, gap: int, word_counts: Counter | None, alpha: float
) -> tuple[torch.Tensor, torch.Tensor]:
    """The flat layout of the inference module; in training, rare words sometimes lose their identity."""
    ids, real = flat_layout([[w[0] for w in s] for s in batch], featurizer, gap)
    if word_counts is not None:
        forms = [w[0].lower() for s in batch for w in s]
        counts = np.array([word_counts[f] for f in forms], dtype=np.float64)
        drop = np.random.random(len(forms)) < alpha / (alpha + counts)
        positions = np.flatnonzero(real)[drop]
        for col in WORD_COLUMNS:
            ids[positions, col] = featurizer.unk_ids[col]
    return torch.from_numpy(ids), torch.from_numpy(real)


def evaluate(net: Net, sentences: list[Sentence], featurizer: Featurizer, upos: dict, xpos: dict, pairs) -> tuple:
    net.eval()
    correct_u = correct_x = total = 0
    with torch.no_grad():
        for batch in batches(sentences, 256, False):
            ids, real = encode(batch, featurizer, net.k1, None, 0.0)
            lu, lx = net(ids, real)
            score = F.log_softmax(lu, 1)[:, pairs[:, 0]] + F.log_softmax(lx, 1)[:, pairs[:, 1]]
            best = pairs[score.argmax(1)]
            gold_u = torch.tensor([upos[w[1]] for s in batch for w in s])
            gold_x = torch.tensor([xpos.get(w[2], -1) for s in batch for w in s])
            correct_u += int((best[:, 0] == gold_u).sum())
            correct_x += int((best[:, 1] == gold_x).sum())
            total += len(gold_u)
    net.train()
    return correct_u / total, correct_x / total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--epochs", type=int, default=25)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--dim", type=int, default=64)
    parser.add_argument("--h1", type=int, default=256)
    parser.add_argument("--h2", type=int, default=192)
    parser.add_argument("--k1", type=int, default=2)
    parser.add_argument("--k2", type=int, default=1)
    parser.add_argument("--batch", type=int, default=32)
    parser.add_argument("--lr", type=float, default=2e-3)
    parser.add_argument("--alpha", type=float, default=0.25, help="word dropout: alpha / (alpha + count)")
    parser.add_argument("--out", type=Path, default=PACKAGE)
    args = parser.parse_args()
    torch.set_num_threads(1)
    random.seed(args.seed)
    np.random.seed(args.seed)
    torch.manual_seed(args.seed)

    train = read_conllu(DATA / "train.conllu")
    dev = read_conllu(DATA / "dev.conllu")
    tables = load_lookups()
    clusters = {w: c for w, c in tables["lexeme_cluster"].items() if c}
    vocab = build_vocab(train, clusters)
    featurizer = Featurizer(vocab, clusters)
    xpos_labels = sorted({w[2] for s in train for w in s})
    upos_index = {u: i for i, u in enumerate(UPOS)}
    xpos_index = {x: i for i, x in enumerate(xpos_labels)}
    pair_counts = Counter((upos_index[w[1]], xpos_index[w[2]]) for s in train for w in s)
    pairs = torch.tensor(sorted(pair_counts), dtype=torch.long)
    word_counts = Counter(w[0].lower() for s in train for w in s)
    print(f"{len(train)} sentences, vocab {len(vocab)}, {len(xpos_labels)} XPOS, {len(pairs)} pairs", flush=True)

    net = Net(len(vocab), len(UPOS), len(xpos_labels), args.dim, args.h1, args.h2, args.k1, args.k2)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    sched = torch.optim.lr_scheduler.CosineAnnealingLR(opt, T_max=args.epochs)
    best = (-1.0, None, 0)
    for epoch in range(1, args.epochs + 1):
        start, total_loss = time.time(), 0.0
        for batch in batches(train, args.batch, True):
            ids, real = encode(batch, featurizer, args.k1, word_counts, args.alpha)
            gold_u = torch.tensor([upos_index[w[1]] for s in batch for w in s])
            gold_x = torch.tensor([xpos_index[w[2]] for s in batch for w in s])
            lu, lx = net(ids, real)
            loss = F.cross_entropy(lu, gold_u) + F.cross_entropy(lx, gold_x)
            opt.zero_grad()
            loss.backward()
            opt.step()
            total_loss += loss.item()
        sched.step()
        acc_u, acc_x = evaluate(net, dev, featurizer, upos_index, xpos_index, pairs)
        print(f"epoch {epoch}: loss {total_loss:.1f} dev UPOS {acc_u:.4f} XPOS {acc_x:.4f} {time.time() - start:.0f}s")
        if acc_u > best[0]:
            best = (acc_u, {k: v.detach().clone() for k, v in net.state_dict().items()}, epoch)
    print(f"best dev UPOS {best[0]:.4f} at epoch {best[2]}", flush=True)
    state = best[1]
    args.out.mkdir(parents=True, exist_ok=True)
    np.savez_compressed(
        args.out / "weights.npz",
        emb=state["emb.weight"].numpy().astype(np.float16),
        w1=state["w1.weight"].numpy().T.astype(np.float16),
        b1=state["w1.bias"].numpy().astype(np.float16),
        w2=state["w2.weight"].numpy().T.astype(np.float16),
        b2=state["w2.bias"].numpy().astype(np.float16),
        wu=state["wu.weight"].numpy().T.astype(np.float16),
        bu=state["wu.bias"].numpy().astype(np.float16),
        wx=state["wx.weight"].numpy().T.astype(np.float16),
        bx=state["wx.bias"].numpy().astype(np.float16),
        pairs=pairs.numpy().astype(np.int16),
    )
    meta = {"vocab": vocab, "upos": UPOS, "xpos": xpos_labels, "clusters": clusters, "dev_upos": best[0]}
    with gzip.open(args.out / "vocab.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(meta, f, ensure_ascii=False, separators=(",", ":"))
    with gzip.open(args.out / "lemma.json.gz", "wt", encoding="utf-8", compresslevel=9) as f:
        json.dump(lemma_data(train, tables), f, ensure_ascii=False, separators=(",", ":"), sort_keys=True)
    print("wrote", ", ".join(p.name for p in [*sorted(args.out.glob("*.gz")), args.out / "weights.npz"]))


if __name__ == "__main__":
    main()
