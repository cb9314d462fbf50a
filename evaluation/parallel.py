"""Alignment scoring against ``parallel/`` of the evaluation folder (its README says how to score).

    python evaluation/parallel.py                 # build dev + parallel counterparts, score, print
    python evaluation/parallel.py --threshold 0.5 --show

- Document pairs: precision and recall of the pairs with a Chinese side against ``pairs.jsonl``; pairs
  of two other languages (a Russian and an English version of one story) are listed, not scored, since
  the gold does not cover them.
- Sentence links: the gold numbers sentences by its own split, so each predicted link is mapped onto
  gold sentences (a gold sentence belongs to a link when one of the link's stretches, ``spans_a`` /
  ``spans_b``, covers at least half of it); links with sentences on both sides are compared with the
  gold's non-empty links by exact id sets.
- The length ratios of the aligned gold sentences (non-space characters per Chinese character) and the
  Gale-Church variance, from which the aligner's constants come.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.build import BuildOptions, build  # noqa: E402
from pipeline.align.pairing import DEFAULT_THRESHOLD  # noqa: E402
from pipeline.align.signature import neutral_length  # noqa: E402


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    """Where each gold sentence lies in the normalised text (searched in order)."""
    spans, position = [], 0
    for sentence in sentences:
        found = text.find(sentence, position)
        if found < 0:
            found = text.find(sentence[:12], position)
        if found < 0:
            spans.append((-1, -1))
            continue
        spans.append((found, found + len(sentence)))
        position = found + len(sentence)
    return spans


def _gold_ids(spans: list[tuple[int, int]], stretches: list[dict[str, int]]) -> tuple[int, ...]:
    """The gold sentences half covered by one of a link side's stretches."""
    ids = []
    for index, (gold_start, gold_end) in enumerate(spans):
        for stretch in stretches:
            overlap = max(0, min(stretch["end"], gold_end) - max(stretch["start"], gold_start))
            if gold_end > gold_start and 2 * overlap >= gold_end - gold_start:
                ids.append(index)
                break
    return tuple(ids)


def length_statistics(gold_dir: Path) -> None:
    """Characters per Chinese character and the Gale-Church variance, from the gold's linked sentences."""
    print("## length model (gold links with sentences on both sides)")
    squared, count = 0.0, 0
    for line in (gold_dir / "parallel" / "align.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        lang = record["other_lang"]
        zh_chars = other_chars = 0
        for zh_ids, other_ids in record["links"]:
            if not (zh_ids and other_ids):
                continue
            zh = sum(len("".join(record["zh_sents"][i].split())) for i in zh_ids)
            other = sum(len("".join(record["other_sents"][j].split())) for j in other_ids)
            zh_chars, other_chars = zh_chars + zh, other_chars + other
            a = sum(neutral_length(record["zh_sents"][i], "zh") for i in zh_ids)
            b = sum(neutral_length(record["other_sents"][j], lang) for j in other_ids)
            squared += (b - a) ** 2 / ((a + b) / 2)
            count += 1
        print(f"pair {record['pair']} zh-{lang}: {other_chars / zh_chars:.2f} {lang} characters per zh character")
    print(f"variance of the length difference per unit length: {squared / count:.2f} over {count} links")


def score(gold_dir: Path, threshold: float = DEFAULT_THRESHOLD, show: bool = False) -> dict[str, float]:
    """Build ``dev/`` and ``parallel/`` together, then score pairs and links; returns the figures."""
    import pyarrow.parquet as pq

    with tempfile.TemporaryDirectory() as scratch:
        out = Path(scratch) / "out"
        build([str(gold_dir / "dev"), str(gold_dir / "parallel")], out, BuildOptions(pair_threshold=threshold))
        documents = pq.read_table(out / "documents.parquet", columns=["doc_id", "source", "text", "lang"]).to_pylist()
        pairs = pq.read_table(out / "doc_pairs.parquet").to_pylist()
        links = pq.read_table(out / "sentence_pairs.parquet").to_pylist()
    by_source = {_relative(row["source"]): row for row in documents}
    source_of = {row["doc_id"]: _relative(row["source"]) for row in documents}
    gold_pairs = set()
    for line in (gold_dir / "parallel" / "pairs.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold_pairs.add((f"dev/{record['zh']}", f"parallel/{record['other']}"))
    found = {(source_of[p["doc_id_a"]], source_of[p["doc_id_b"]]): p for p in pairs if p["lang_a"] == "zh"}
    hits = len(set(found) & gold_pairs)
    precision = hits / len(found) if found else 1.0
    recall = hits / len(gold_pairs) if gold_pairs else 1.0
    print(f"## document pairs (threshold {threshold})")
    print(f"zh pairs: P {precision:.3f}  R {recall:.3f}  ({hits} right of {len(found)} found, {len(gold_pairs)} gold)")
    for key, pair in sorted(found.items(), key=lambda item: -item[1]["score"]):
        mark = "gold " if key in gold_pairs else "FALSE"
        print(f"  {mark} {pair['score']:.3f} {key[0]} ~ {key[1]}")
    for key in sorted(gold_pairs - set(found)):
        print(f"  MISSED {key[0]} ~ {key[1]}")
    for pair in pairs:
        if pair["lang_a"] != "zh":
            print(f"  (not scored) {pair['score']:.3f} {source_of[pair['doc_id_a']]} ~ {source_of[pair['doc_id_b']]}")

    print("## sentence links: non-empty links, exact id sets")
    print("| pair | P | R | F1 | right | predicted | gold |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    total = [0, 0, 0]
    for line in (gold_dir / "parallel" / "align.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        zh, other = by_source[f"dev/{record['zh']}"], by_source[f"parallel/{record['other']}"]
        zh_spans, other_spans = _spans(zh["text"], record["zh_sents"]), _spans(other["text"], record["other_sents"])
        predicted = set()
        for link in links:
            if (link["doc_id_a"], link["doc_id_b"]) != (zh["doc_id"], other["doc_id"]):
                continue
            a, b = _gold_ids(zh_spans, link["spans_a"]), _gold_ids(other_spans, link["spans_b"])
            if a and b:
                predicted.add((a, b))
        gold = {(tuple(a), tuple(b)) for a, b in record["links"] if a and b}
        right = len(predicted & gold)
        p, r = _ratio(right, len(predicted)), _ratio(right, len(gold))
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {record['pair']} {record['zh']}~{record['other']} | {p:.3f} | {r:.3f} | {f1:.3f} "
              f"| {right} | {len(predicted)} | {len(gold)} |")  # fmt: skip
        if show:
            for item in sorted(predicted - gold):
                print(f"    wrong  {item}")
            for item in sorted(gold - predicted):
                print(f"    missed {item}")
        total = [total[0] + right, total[1] + len(predicted), total[2] + len(gold)]
    p, r = _ratio(total[0], total[1]), _ratio(total[0], total[2])
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    print(f"| all | {p:.3f} | {r:.3f} | {f1:.3f} | {total[0]} | {total[1]} | {total[2]} |")
    return {"pair_precision": precision, "pair_recall": recall, "link_f1": f1}


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 1.0


def _relative(source: str) -> str:
    """``dev/zh/01.txt`` whatever folder the build names the sources after."""
    parts = Path(source).parts
    for anchor in ("dev", "parallel"):
        if anchor in parts:
            return "/".join(parts[parts.index(anchor) :])
    return source


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval", help="evaluation folder")
    parser.add_argument("--threshold", type=float, default=DEFAULT_THRESHOLD, help="pair threshold to build with")
    parser.add_argument("--show", action="store_true", help="print the wrong and missed links")
    args = parser.parse_args()
    length_statistics(args.gold)
    score(args.gold, args.threshold, args.show)


if __name__ == "__main__":
    main()
