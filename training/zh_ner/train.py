"""Train the Chinese NER tagger shipped in ``pipeline/models/zh_ner`` (PyTorch on CPU, one thread).

The network is the one the numpy module runs: char + char-bigram embeddings, a linear layer, dilated 1-D
convolutions with residuals, a linear layer to BIOES tags, trained with softmax cross-entropy. Model selection
uses the held-out slice of the MSRA training file, scored after each epoch by the numpy module itself (so what
is measured is what ships); the best epoch's weights are written as float16 ``.npz``.

    python -m training.zh_ner.train --data training/data/msra --out pipeline/models/zh_ner/weights.npz
"""

from __future__ import annotations

import argparse
import collections
import json
import math
import random
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import torch
from torch import nn

from pipeline.models.zh_ner import PAD_ID, TAGS, UNK_ID, ChineseNER, Features, normalise_codepoints, transition_mask
from training.zh_ner.data import (
    HELD_OUT_SEED,
    HELD_OUT_SIZE,
    Sentence,
    read_bio,
    read_gazetteer,
    spans_to_bioes,
    split_dev,
    synthetic_sentences,
)
from training.zh_ner.evaluate import score_spans

ROOT = Path(__file__).resolve().parents[2]
TAG_INDEX = {tag: i for i, tag in enumerate(TAGS)}


def build_vocabulary(sentences: Sequence[Sentence], min_char: int, min_bigram: int, max_bigrams: int) -> Features:
    """Char vocabulary (normalised chars seen ``min_char`` times) and the commonest bigrams over those ids."""
    counts: collections.Counter[int] = collections.Counter()
    for sentence in sentences:
        counts.update(normalise_codepoints(np.array([ord(c) for c in sentence.text])).tolist())
    vocab = np.array(sorted(c for c, n in counts.items() if n >= min_char and c != 0), dtype=np.int64)
    features = Features(vocab, np.zeros(0, dtype=np.int64))
    bigrams: collections.Counter[int] = collections.Counter()
    for sentence in sentences:
        ids = np.append(features.encode(sentence.text), PAD_ID)
        bigrams.update(features.bigram_keys_of(ids).tolist())
    common = [key for key, n in bigrams.most_common(max_bigrams) if n >= min_bigram]
    return Features(vocab, np.array(sorted(common), dtype=np.int64))


def encode(features: Features, sentence: Sentence) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Char ids, ids of the bigram ending at and starting at each char, and BIOES tag ids of one sentence."""
    ids = features.encode(sentence.text)
    bigrams = features.bigram_ids(np.append(ids, PAD_ID))
    tags = np.array([TAG_INDEX[t] for t in spans_to_bioes(len(ids), sentence.spans)], dtype=np.int64)
    return ids, bigrams[:-1], bigrams[1:], tags


def chunks(sentence: Sentence, limit: int) -> list[Sentence]:
    """Cut over-long training sentences at ``limit`` chars, moving cuts out of entities; convolutions are local."""
    if len(sentence.text) <= limit:
        return [sentence]
    inside = set()
    for start, end, _ in sentence.spans:
        inside.update(range(start + 1, end))
    pieces = []
    begin = 0
    while begin < len(sentence.text):
        cut = min(begin + limit, len(sentence.text))
        while cut in inside and cut > begin + 1:
            cut -= 1
        spans = tuple((s - begin, e - begin, k) for s, e, k in sentence.spans if s >= begin and e <= cut)
        pieces.append(Sentence(sentence.text[begin:cut], spans))
        begin = cut
    return pieces


class Tagger(nn.Module):
    """The network of ``pipeline.models.zh_ner.ChineseNER``, trainable."""

    def __init__(self, n_chars: int, n_bigrams: int, char_dim: int, bigram_dim: int, hidden: int, dilations):
        super().__init__()
        self.dilations = tuple(dilations)
        self.char_embedding = nn.Embedding(n_chars, char_dim)
        self.bigram_embedding = nn.Embedding(n_bigrams + 1, bigram_dim)
        self.input = nn.Linear(char_dim + 2 * bigram_dim, hidden)
        self.convs = nn.ModuleList(nn.Conv1d(hidden, hidden, 3, dilation=d, padding=d) for d in self.dilations)
        self.output = nn.Linear(hidden, len(TAGS))
        self.dropout = nn.Dropout(0.0)
        # Tag transition scores (a linear-chain CRF); invalid BIOES moves are masked out, not learnt.
        self.transitions = nn.Parameter(torch.zeros(len(TAGS), len(TAGS)))
        allowed, start, end = (torch.from_numpy(a.copy()) for a in transition_mask())
        self.register_buffer("allowed", allowed)
        self.register_buffer("allowed_start", start)
        self.register_buffer("allowed_end", end)

    def forward(self, chars: torch.Tensor, left: torch.Tensor, right: torch.Tensor) -> torch.Tensor:
        mask = (chars != PAD_ID).float().unsqueeze(-1)
        embedded = torch.cat(
            (self.char_embedding(chars), self.bigram_embedding(left), self.bigram_embedding(right)), dim=-1
        )
        hidden = torch.relu(self.input(self.dropout(embedded))) * mask
        for conv in self.convs:
            out = torch.relu(conv(self.dropout(hidden).transpose(1, 2)).transpose(1, 2)) * mask
            hidden = hidden + out
        return self.output(self.dropout(hidden))

    def load_exported(self, arrays: dict[str, np.ndarray], features: Features, new_layer_scale: float = 1.0) -> None:
        """Start from exported weights (to continue training); the vocabularies must be the same.

        The exported convolutions fill the first layers (their dilations must match); layers beyond them (a
        deeper network grown from a shallower one) keep a fresh initialisation scaled by ``new_layer_scale``,
        so that a small scale starts the deeper network close to the exported one.
        """
        if not np.array_equal(arrays["vocab_codepoints"], features.vocab_codepoints) or not np.array_equal(
            arrays["bigram_keys"], features.bigram_keys
        ):
            raise ValueError("the exported weights were trained with other vocabularies")
        state = {
            "char_embedding.weight": arrays["char_embedding"],
            "bigram_embedding.weight": arrays["bigram_embedding"],
            "input.weight": arrays["input_weight"].T,
            "input.bias": arrays["input_bias"],
            "output.weight": arrays["output_weight"],
            "output.bias": arrays["output_bias"],
            "transitions": arrays["transitions"],
        }
        exported = tuple(int(d) for d in arrays["dilations"])
        if exported != self.dilations[: len(exported)]:
            raise ValueError(f"dilations {self.dilations} do not begin with the exported {exported}")
        for i in range(len(exported)):
            state[f"convs.{i}.weight"] = arrays[f"conv{i}_weight"]
            state[f"convs.{i}.bias"] = arrays[f"conv{i}_bias"]
        tensors = {name: torch.from_numpy(np.asarray(value, dtype=np.float32)) for name, value in state.items()}
        self.load_state_dict(tensors, strict=False)  # the BIOES masks are buffers built from the tag set
        with torch.no_grad():
            for conv in self.convs[len(exported) :]:
                conv.weight.mul_(new_layer_scale)
                conv.bias.mul_(new_layer_scale)

    def crf_loss(self, logits: torch.Tensor, tags: torch.Tensor) -> torch.Tensor:
        """Mean negative log-likelihood of the gold tag paths under the chain CRF (padding tags are -100)."""
        mask = tags >= 0
        gold = tags.clamp(min=0)
        transitions = self.transitions + self.allowed
        batch, length, _ = logits.shape
        rows = torch.arange(batch)
        gold_score = logits[rows, 0, gold[:, 0]] + self.allowed_start[gold[:, 0]]
        alpha = logits[:, 0] + self.allowed_start
        for position in range(1, length):
            live = mask[:, position]
            step = transitions[gold[:, position - 1], gold[:, position]] + logits[rows, position, gold[:, position]]
            gold_score = gold_score + step * live
            nxt = torch.logsumexp(alpha.unsqueeze(2) + transitions.unsqueeze(0), dim=1) + logits[:, position]
            alpha = torch.where(live.unsqueeze(1), nxt, alpha)
        last = gold[rows, mask.sum(1) - 1]
        gold_score = gold_score + self.allowed_end[last]
        partition = torch.logsumexp(alpha + self.allowed_end, dim=1)
        return (partition - gold_score).sum() / mask.sum()

    def export(self, features: Features) -> dict[str, np.ndarray]:
        """The arrays ``ChineseNER`` reads; large tables in float16."""
        state = {k: v.detach().cpu().numpy() for k, v in self.state_dict().items()}
        arrays = {
            "dilations": np.array(self.dilations, dtype=np.int32),
            "vocab_codepoints": features.vocab_codepoints.astype(np.int32),
            "bigram_keys": features.bigram_keys.astype(np.int64),
            "char_embedding": state["char_embedding.weight"].astype(np.float16),
            "bigram_embedding": state["bigram_embedding.weight"].astype(np.float16),
            "input_weight": state["input.weight"].T.astype(np.float16),
            "input_bias": state["input.bias"].astype(np.float32),
            "output_weight": state["output.weight"].astype(np.float16),
            "output_bias": state["output.bias"].astype(np.float32),
            "transitions": state["transitions"].astype(np.float32),
        }
        for i in range(len(self.dilations)):
            arrays[f"conv{i}_weight"] = state[f"convs.{i}.weight"].astype(np.float16)
            arrays[f"conv{i}_bias"] = state[f"convs.{i}.bias"].astype(np.float32)
        return arrays


def batches(encoded: list, batch_size: int, rng: random.Random):
    """Length-sorted batches within shuffled pools, so padding stays small; returned in random order."""
    order = list(range(len(encoded)))
    rng.shuffle(order)
    pool = batch_size * 50
    result = []
    for first in range(0, len(order), pool):
        chunk = sorted(order[first : first + pool], key=lambda i: len(encoded[i][0]))
        result.extend(chunk[i : i + batch_size] for i in range(0, len(chunk), batch_size))
    rng.shuffle(result)
    return result


def collate(encoded: list, members: list[int], char_dropout: float, rng: np.random.Generator):
    """Padded tensors of one batch; some chars become unknown and some bigrams unseen, as in new text."""
    width = max(len(encoded[i][0]) for i in members)
    out = [np.zeros((len(members), width), dtype=np.int64) for _ in range(4)]
    out[3][:] = -100
    for row, i in enumerate(members):
        for column, array in enumerate(encoded[i]):
            out[column][row, : len(array)] = array
    if char_dropout:
        real = out[0] != PAD_ID
        out[0][real & (rng.random(out[0].shape) < char_dropout)] = UNK_ID
        out[1][real & (rng.random(out[1].shape) < char_dropout)] = 0
        out[2][real & (rng.random(out[2].shape) < char_dropout)] = 0
    return [torch.from_numpy(a) for a in out]


def evaluate(tagger: ChineseNER, sentences: Sequence[Sentence]) -> dict[str, dict[str, float]]:
    """Exact-match span scores of the numpy tagger on gold sentences."""
    predicted = tagger.tag([s.text for s in sentences])
    return score_spans([list(s.spans) for s in sentences], predicted)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=ROOT / "training/data/msra", help="folder with msra_train_bio")
    parser.add_argument("--gazetteer", type=Path, default=ROOT / "pipeline/data/gazetteer.jsonl")
    parser.add_argument("--out", type=Path, default=ROOT / "pipeline/models/zh_ner/weights.npz")
    parser.add_argument("--log", type=Path, default=None, help="JSON lines of the dev scores at each checkpoint")
    parser.add_argument("--dev-size", type=int, default=HELD_OUT_SIZE)
    parser.add_argument("--synthetic", type=int, default=5000, help="synthetic gazetteer sentences")
    parser.add_argument("--char-dim", type=int, default=64)
    parser.add_argument("--bigram-dim", type=int, default=48)
    parser.add_argument("--hidden", type=int, default=96)
    parser.add_argument("--dilations", default="1,2,4")
    parser.add_argument("--min-bigram", type=int, default=3)
    parser.add_argument("--max-bigrams", type=int, default=100_000)
    parser.add_argument("--dropout", type=float, default=0.2)
    parser.add_argument("--char-dropout", type=float, default=0.03)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--epochs", type=int, default=30, help="at most this many passes")
    parser.add_argument("--minutes", type=float, default=26.0, help="training time; the learning rate decays over it")
    parser.add_argument("--eval-every", type=int, default=400, help="score the dev slice every this many steps")
    parser.add_argument("--loss", choices=("crf", "softmax"), default="crf")
    parser.add_argument("--max-len", type=int, default=150)
    parser.add_argument("--seed", type=int, default=HELD_OUT_SEED)
    parser.add_argument("--init", type=Path, default=None, help="continue from these exported weights")
    parser.add_argument(
        "--average",
        type=float,
        default=0.0,
        help="score and keep an exponential moving average of the weights with this decay (0.999); 0: the weights",
    )
    parser.add_argument(
        "--new-layer-scale",
        type=float,
        default=1.0,
        help="with --init and more dilations than the weights have: scale of the added layers' initial weights",
    )
    args = parser.parse_args(argv)

    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)
    np_rng = np.random.default_rng(args.seed)
    started = time.monotonic()

    msra = read_bio(args.data / "msra_train_bio")
    train, dev = split_dev(msra, args.dev_size, args.seed)
    corpus_names: dict[str, list[str]] = {}
    for sentence in train:
        for start, end, label in sentence.spans:
            corpus_names.setdefault(label, []).append(sentence.text[start:end])
    gazetteer = read_gazetteer(args.gazetteer)
    synthetic = synthetic_sentences(gazetteer, args.synthetic, args.seed, corpus_names)
    train_all = [piece for s in train + synthetic for piece in chunks(s, args.max_len)]
    if args.init:
        with np.load(args.init) as archive:  # continuing: keep the vocabularies the weights were trained with
            features = Features(archive["vocab_codepoints"], archive["bigram_keys"])
    else:
        features = build_vocabulary(train + synthetic, 2, args.min_bigram, args.max_bigrams)
    print(
        f"train {len(train)} msra + {len(synthetic)} synthetic ({len(train_all)} pieces), dev {len(dev)}, "
        f"chars {features.n_chars}, bigrams {len(features.bigram_keys)}",
        flush=True,
    )
    encoded = [encode(features, s) for s in train_all]

    dilations = tuple(int(d) for d in args.dilations.split(","))
    model = Tagger(features.n_chars, len(features.bigram_keys), args.char_dim, args.bigram_dim, args.hidden, dilations)
    model.dropout.p = args.dropout
    if args.init:
        with np.load(args.init) as archive:
            model.load_exported({name: archive[name] for name in archive.files}, features, args.new_layer_scale)
    optimiser = torch.optim.Adam(model.parameters(), lr=args.lr)
    loss_function = nn.CrossEntropyLoss(ignore_index=-100)
    budget = args.minutes * 60
    train_started = time.monotonic()
    best_f1 = -1.0
    log = args.log.open("w") if args.log else None
    step, total, count, done = 0, 0.0, 0, False

    averaged = {name: p.detach().clone() for name, p in model.named_parameters()} if args.average else {}

    def checkpoint(epoch: int) -> None:
        """Score the dev slice with the numpy tagger; keep the weights if they are the best so far."""
        nonlocal best_f1, total, count
        model.eval()
        if averaged:  # the average is what is scored and kept; training goes on from the weights
            current = {name: p.detach().clone() for name, p in model.named_parameters()}
            with torch.no_grad():
                for name, p in model.named_parameters():
                    p.copy_(averaged[name])
            arrays = model.export(features)
            with torch.no_grad():
                for name, p in model.named_parameters():
                    p.copy_(current[name])
        else:
            arrays = model.export(features)
        scores = evaluate(ChineseNER(arrays), dev)
        model.train()
        record = {"epoch": epoch, "step": step, "loss": total / max(count, 1)}
        record |= {"minutes": round((time.monotonic() - started) / 60, 2), **scores}
        total, count = 0.0, 0
        print(json.dumps(record), flush=True)
        if log:
            log.write(json.dumps(record) + "\n")
            log.flush()
        if scores["ALL"]["f1"] > best_f1:
            best_f1 = scores["ALL"]["f1"]
            args.out.parent.mkdir(parents=True, exist_ok=True)
            np.savez_compressed(args.out, **arrays)

    model.train()
    for epoch in range(1, args.epochs + 1):
        for members in batches(encoded, args.batch_size, rng):
            progress = (time.monotonic() - train_started) / budget
            if progress >= 1:
                done = True
                break
            # Short warm-up, then cosine decay to zero at the end of the time budget.
            scale = min(1.0, progress / 0.03) * 0.5 * (1 + math.cos(math.pi * progress))
            for group in optimiser.param_groups:
                group["lr"] = args.lr * scale
            chars, left, right, tags = collate(encoded, members, args.char_dropout, np_rng)
            logits = model(chars, left, right)
            if args.loss == "crf":
                loss = model.crf_loss(logits, tags)
            else:
                loss = loss_function(logits.reshape(-1, len(TAGS)), tags.reshape(-1))
            optimiser.zero_grad()
            loss.backward()
            nn.utils.clip_grad_norm_(model.parameters(), 5.0)
            optimiser.step()
            if averaged:
                with torch.no_grad():
                    for name, p in model.named_parameters():
                        averaged[name].mul_(args.average).add_(p.detach(), alpha=1 - args.average)
            total += loss.item()
            count += 1
            step += 1
            if step % args.eval_every == 0:
                checkpoint(epoch)
        if done:
            break
    checkpoint(epoch)
    print(f"best dev F1 {best_f1:.4f}; weights in {args.out}", flush=True)


if __name__ == "__main__":
    main()
