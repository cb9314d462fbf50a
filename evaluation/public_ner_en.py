"""Score the shipped English NER model on a CoNLL-format file (e.g. the CoNLL-2003 English test split).

Exact-match span scores per type and micro-averaged over PER/LOC/ORG. Two tokenisations are scored:
the file's own tokens, and the same tokens re-split by spaCy's blank English tokenizer (what the pipeline
feeds the model), with predicted spans mapped back to the file's tokens.

    python evaluation/public_ner_en.py path/to/test.txt
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.models.en_ner import load

Span = tuple[int, int, str]
TYPES = ("PER", "LOC", "ORG", "MISC")


def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of (tokens, tags) from a CoNLL file: token first column, tag last; IOB1 or BIO."""
    out: list[tuple[list[str], list[str]]] = []
    toks: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if toks:
                out.append((toks, tags))
            toks, tags = [], []
            continue
        toks.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    return out


def gold_spans(tags: list[str]) -> set[Span]:
    """Exact spans of an IOB1 or BIO tag sequence."""
    spans: set[Span] = set()
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        typ = tag[2:] if tag != "O" else ""
        begins = tag.startswith("B-") or (typ and typ != label)
        if start >= 0 and (not typ or begins):
            spans.add((start, i, label))
            start, label = -1, ""
        if typ and start < 0:
            start, label = i, typ
    return spans


def spacy_split(sentences: list[list[str]]) -> tuple[list[list[str]], list[list[int]]]:
    """Re-split every token with spaCy; return sub-token sentences and each sub-token's original index."""
    import spacy

    nlp = spacy.blank("en")
    cache: dict[str, list[str]] = {}
    subs: list[list[str]] = []
    owners: list[list[int]] = []
    for toks in sentences:
        sub: list[str] = []
        own: list[int] = []
        for i, tok in enumerate(toks):
            pieces = cache.get(tok)
            if pieces is None:
                pieces = cache[tok] = [t.text for t in nlp.make_doc(tok)] or [tok]
            sub.extend(pieces)
            own.extend([i] * len(pieces))
        subs.append(sub)
        owners.append(own)
    return subs, owners


def score(gold: list[set[Span]], pred: list[set[Span]]) -> dict[str, tuple[float, float, float, int]]:
    """Precision, recall, F1 and support per type and over PER/LOC/ORG."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for g, p in zip(gold, pred, strict=False):
        for s in g & p:
            tp[s[2]] += 1
        for s in p - g:
            fp[s[2]] += 1
        for s in g - p:
            fn[s[2]] += 1
    result = {}
    for name, types in [*((t, (t,)) for t in TYPES), ("PER/LOC/ORG", ("PER", "LOC", "ORG"))]:
        a, b, c = (sum(x[t] for t in types) for x in (tp, fp, fn))
        p = a / (a + b) if a + b else 0.0
        r = a / (a + c) if a + c else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        result[name] = (p, r, f, a + c)
    return result


def report(title: str, result: dict[str, tuple[float, float, float, int]]) -> None:
    """Print one score table."""
    print(title)
    for name, (p, r, f, n) in result.items():
        print(f"  {name:12s} P {p * 100:6.2f}  R {r * 100:6.2f}  F1 {f * 100:6.2f}  (gold {n})")


def main() -> None:
    """Score both tokenisations and print the single-thread tagging speed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("conll", type=Path)
    args = ap.parse_args()
    data = read_conll(args.conll)
    sentences = [t for t, _ in data]
    gold = [gold_spans(g) for _, g in data]
    tagger = load()
    tagger.tag(sentences[:10])
    t0 = time.perf_counter()
    pred = [set(p) for p in tagger.tag(sentences)]
    elapsed = time.perf_counter() - t0
    chars = sum(len(" ".join(s)) for s in sentences)
    report(f"{args.conll.name}: {len(sentences)} sentences, file tokens", score(gold, pred))
    subs, owners = spacy_split(sentences)
    mapped = [
        {(own[s], own[e - 1] + 1, lab) for s, e, lab in spans}
        for spans, own in zip(tagger.tag(subs), owners, strict=False)
    ]
    report("spaCy re-tokenised, spans mapped back to file tokens", score(gold, mapped))
    print(f"speed: {chars / elapsed:,.0f} chars/s ({elapsed:.2f} s for {chars:,} chars, file tokens)")


if __name__ == "__main__":
    main()
