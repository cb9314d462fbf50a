"""Score the pipeline against the gold annotations in the shared evaluation folder.

    python evaluation/evaluate.py                  # gold at ../shared/eval
    python evaluation/evaluate.py --gold PATH --hmm

Sections:
- structure: title, date, translator, captions (text, person, agency) and headings of the seeds;
- tokens: how segmentation treats the gold person names of the Chinese articles: kept whole as one
  token, split only at name boundaries (no token crosses the name's edges), or cut across.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.runner import PipelineConfig, make_pipeline  # noqa: E402
from pipeline.document import Document  # noqa: E402
from pipeline.stages import Pipeline  # noqa: E402


def prf(predicted: list, gold: list) -> tuple[float, float, float]:
    """Precision, recall, F1 of two multisets."""
    remaining = list(gold)
    hits = 0
    for item in predicted:
        if item in remaining:
            remaining.remove(item)
            hits += 1
    precision = hits / len(predicted) if predicted else 1.0
    recall = hits / len(gold) if gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def score_structure(pipeline: Pipeline, gold_dir: Path) -> None:
    gold = json.loads((gold_dir / "seeds-gold.json").read_text(encoding="utf-8"))["docs"]
    totals: dict[str, list[list]] = {"captions": [[], []], "headings": [[], []]}
    fields_right = fields_all = 0
    for name, expected in gold.items():
        document, _ = pipeline.annotate((ROOT / "seeds" / name).read_text(encoding="utf-8"), name)
        date = document.date.isoformat() if document.date else None
        found = {"title": document.title, "date": date, "translator": document.translator}
        for key, value in found.items():
            fields_all += 1
            fields_right += value == expected.get(key)
        caption_blocks = [b for b in document.blocks if b.kind == "caption"]
        captions = [(document.span(b.start, b.end), b.credit_person, b.credit_agency) for b in caption_blocks]
        headings = [document.span(b.start, b.end) for b in document.blocks if b.kind == "heading"]
        totals["captions"][0] += captions
        totals["captions"][1] += [tuple(c) for c in expected.get("captions", [])]
        totals["headings"][0] += headings
        totals["headings"][1] += expected.get("headings", [])
    print("## structure (seeds)")
    print(f"title/date/translator: {fields_right}/{fields_all} right")
    for key, (predicted, wanted) in totals.items():
        p, r, f = prf(predicted, wanted)
        print(f"{key:10s} P {p:.3f}  R {r:.3f}  F1 {f:.3f}  ({len(predicted)} found, {len(wanted)} gold)")


def _name_cuts(document: Document, name: str) -> list[str]:
    verdicts = []
    start = document.text.find(name)
    while start >= 0:
        end = start + len(name)
        tokens = [t for s in document.sentences for t in s.tokens if t.end > start and t.start < end]
        if len(tokens) == 1 and (tokens[0].start, tokens[0].end) == (start, end):
            verdicts.append("whole")
        elif tokens and tokens[0].start >= start and tokens[-1].end <= end:
            verdicts.append("split")
        else:
            verdicts.append("crossed")
        start = document.text.find(name, end)
    return verdicts


def score_tokens(pipeline: Pipeline, gold_dir: Path) -> None:
    names_by_file: dict[Path, list[str]] = {}
    for line in (gold_dir / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["lang"] == "zh":
            names_by_file[gold_dir / "dev" / record["file"]] = [s for p in record["persons"] for s in p["surface"]]
    seeds = json.loads((gold_dir / "seeds-gold.json").read_text(encoding="utf-8"))["docs"]
    for name, expected in seeds.items():
        names_by_file[ROOT / "seeds" / name] = [s for p in expected["persons"] for s in p.get("zh", [])]
    counts = {"whole": 0, "split": 0, "crossed": 0}
    for path, names in names_by_file.items():
        document, _ = pipeline.annotate(path.read_text(encoding="utf-8"), path.name)
        for name in set(names):
            for verdict in _name_cuts(document, name):
                counts[verdict] += 1
    total = sum(counts.values())
    print(f"## tokens: gold Chinese person names in text ({total} occurrences)")
    for verdict, count in counts.items():
        print(f"{verdict:8s} {count:4d}  {count / total:.1%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval", help="evaluation folder")
    parser.add_argument("--hmm", action="store_true", help="segment with jieba's HMM on")
    args = parser.parse_args()
    if not (args.gold / "seeds-gold.json").is_file():
        raise SystemExit(f"{args.gold}: no seeds-gold.json here; point --gold at the evaluation folder")
    pipeline = make_pipeline(PipelineConfig(hmm=args.hmm))
    score_structure(pipeline, args.gold)
    score_tokens(pipeline, args.gold)


if __name__ == "__main__":
    main()
