"""Cost of the parallel-corpus step (pairing and sentence alignment) next to the build's own time.

    python benchmarks/bench_pairs.py --docs 20000 [--seed 12]

Makes ``--docs`` synthetic annotated documents (stories in Chinese, two thirds of them also in Russian or
English; every story varies its seed: figures, named entities, date; ``--seed`` draws another corpus),
feeds them to the same :class:`corpus.parallel.PairCollector` a build uses, and times signature
collection, pairing and alignment. The build's own time for as many documents comes from a real
`corpus build` of a sample of articles generated from the seeds (`bench.generate_corpus`), scaled to the
same number of characters. Two imports the build has made before it pairs (pandas, which pyarrow imports
on its first ``Table.from_pylist``, and pypinyin, which the entity stage uses) are made before the clock
starts and their seconds printed apart: they are no cost of pairing.

``--real-build`` instead writes the synthetic stories as article files (a date line, a title naming two of
the story's entities, the four sentences) and builds them with ``corpus build -w 1 -v``: the pipeline finds
the mentions itself, and the build's own stage timings give the parallel step (signatures and units in
the worker, pairing and alignment at the end) next to everything else the same build did. It also scores
the pairs against the stories they were made from.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.bench import full_build, generate_corpus, read_texts  # noqa: E402
from corpus.parallel import PairCollector  # noqa: E402
from corpus.resources import load_gazetteer  # noqa: E402
from pipeline.align.pairing import DEFAULT_THRESHOLD  # noqa: E402
from pipeline.align.signature import name_key  # noqa: E402

TEMPLATES = {
    "zh": ["{e0}表示，今年{e1}的货物运输量增长了{p}%，达到{n}万吨。", "{e2}计划到{y}年将船队规模扩大到{k}艘。",
           "据{e0}介绍，{e1}与{e2}的贸易额达{m}亿美元。", "{y}年，{e1}将启动{k}个新项目的建设。"],
    "ru": ["{e0} сообщил, что в этом году объем перевозок {e1} вырос на {p}% и составил {n0} тыс. тонн.",
           "{e2} планирует расширить флот до {k} судов к {y} году.",
           "По словам {e0}, товарооборот {e1} и {e2} достиг {m0} млрд долларов.",
           "В {y} году в {e1} начнется строительство {k} новых объектов."],
    "en": ["{e0} said cargo traffic of {e1} grew by {p}% this year to {n0} thousand tons.",
           "{e2} plans to expand its fleet to {k} vessels by {y}.",
           "According to {e0}, trade between {e1} and {e2} reached ${m0} billion.",
           "In {y}, {e1} will start building {k} new facilities."],
}  # fmt: skip


def _document(story: int, lang: str, rng: random.Random, values: dict[str, Any], entities: list) -> dict[str, Any]:
    """Rows of one synthetic document: the story's figures and entities in the language's words."""
    text, sentences, mentions, blocks = "", [], [], []
    for index, template in enumerate(TEMPLATES[lang]):
        start = len(text)
        parts = template.split("{")
        sentence = parts[0]
        for part in parts[1:]:
            name, rest = part.split("}", 1)
            if name.startswith("e"):
                entity = entities[int(name[1])]
                surface = entity.names.get(lang) or entity.names.get("en") or entity.id
                mentions.append(
                    {"start": start + len(sentence), "end": start + len(sentence) + len(surface),
                     "entity_id": entity.id, "label": entity.type, "text": surface, "sentence": index}
                )  # fmt: skip
                sentence += surface
            else:
                sentence += str(values[name])
            sentence += rest
        text += sentence + "\n\n"
        sentences.append(
            {"sentence": index, "block": index, "start": start, "end": start + len(sentence), "lang": lang}
        )
        blocks.append({"block": index, "kind": "paragraph"})
    day = values["date"] + dt.timedelta(days=rng.choice((0, 0, 1)) if lang != "zh" else 0)
    document = {"doc_id": f"{story:06d}{lang}", "lang": lang, "date": day, "text": text}
    return {"document": document, "blocks": blocks, "sentences": sentences, "mentions": mentions}


def synthetic(n_docs: int, seed: int = 11) -> list[dict[str, Any]]:
    rng = random.Random(seed)
    gazetteer = [entity for entity in load_gazetteer(())[0] if entity.names.get("zh") and entity.names.get("ru")]
    documents: list[dict[str, Any]] = []
    story = 0
    while len(documents) < n_docs:
        n, m = rng.randint(11, 999), rng.randint(2, 99)
        day = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randint(0, 364))
        values = {"p": rng.randint(2, 60), "n": n, "n0": n * 10, "m": m * 10, "m0": m, "k": rng.randint(3, 40),
                  "y": rng.randint(2024, 2030), "date": day}  # fmt: skip
        entities = rng.sample(gazetteer, 3)
        languages = ["zh"] + ([rng.choice(("ru", "en"))] if rng.random() < 2 / 3 else [])
        for lang in languages:
            documents.append(_document(story, lang, rng, values, entities))
        story += 1
    return documents[:n_docs]


TITLES = {"zh": "{a}与{b}的合作", "ru": "{a} и {b}: сотрудничество", "en": "{a} and {b} to cooperate"}


def write_articles(documents: list[dict[str, Any]], folder: Path) -> None:
    """The synthetic documents as article files the build reads (named by story and language)."""
    folder.mkdir(parents=True, exist_ok=True)
    for item in documents:
        document = item["document"]
        names = [mention["text"] for mention in item["mentions"]]
        title = TITLES[document["lang"]].format(a=names[1], b=names[2])
        text = f" date {document['date'].isoformat()}\n{title}\n\n{document['text']}"
        (folder / f"{document['doc_id']}.txt").write_text(text, encoding="utf-8")


def real_build(n_docs: int, seed: int) -> None:
    """Build the synthetic stories as articles; print the parallel step's share of the build and how
    many pairs are right (a pair is right when both articles tell the same story)."""
    import json

    import pyarrow.parquet as pq

    documents = synthetic(n_docs, seed)
    stories: dict[str, set[str]] = {}
    for item in documents:
        stories.setdefault(item["document"]["doc_id"][:6], set()).add(item["document"]["lang"])
    true_pairs = sum(len(langs) - 1 for langs in stories.values())
    with tempfile.TemporaryDirectory(prefix="corpus-bench-pairs-") as scratch:
        folder, out = Path(scratch) / "articles", Path(scratch) / "out"
        write_articles(documents, folder)
        seconds, peak, _ = full_build(folder, 1, out, "-v")
        stages = json.loads((out / "manifest.json").read_text(encoding="utf-8"))["timings_s"]["stages"]
        sources = pq.read_table(out / "documents.parquet", columns=["doc_id", "source"]).to_pylist()
        story_of = {row["doc_id"]: Path(row["source"]).stem[:6] for row in sources}
        pairs = pq.read_table(out / "doc_pairs.parquet", columns=["doc_id_a", "doc_id_b"]).to_pylist()
    right = sum(story_of[pair["doc_id_a"]] == story_of[pair["doc_id_b"]] for pair in pairs)
    parallel = stages.get("pairs (signatures)", 0.0) + stages.get("pairs", 0.0)
    n_chars = sum(len(item["document"]["text"]) for item in documents)
    print(f"{len(documents):,} synthetic documents (seed {seed}), {n_chars:,} characters, built with 1 worker in "
          f"{seconds:.1f} s (peak RSS {peak} MiB)")  # fmt: skip
    for stage, value in stages.items():
        print(f"  {stage:<24} {value:7.2f} s")
    print(f"pairs: {len(pairs):,} found, {right:,} right, {true_pairs:,} stories told twice "
          f"(P {right / max(len(pairs), 1):.3f}, R {right / max(true_pairs, 1):.3f})")  # fmt: skip
    print(f"parallel step {parallel:.2f} s; the rest of the build {seconds - parallel:.1f} s; "
          f"parallel / rest of the build: {parallel / (seconds - parallel):.3f}")  # fmt: skip


def build_imports() -> float:
    """Make the imports a build has made before it pairs (see the module's docstring); their seconds."""
    import pyarrow as pa

    started = time.perf_counter()
    pa.Table.from_pylist([{"doc_id": "x"}])  # imports pandas
    name_key("穆尔扎波森诺夫")  # imports pypinyin and reads its character table
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=20_000, help="synthetic documents to pair")
    parser.add_argument("--sample", type=int, default=500, help="seed-generated articles the build is timed on")
    parser.add_argument("--seed", type=int, default=11, help="random seed of the synthetic documents")
    parser.add_argument("--real-build", action="store_true", help="build the stories as articles (see above)")
    args = parser.parse_args()
    if args.real_build:
        real_build(args.docs, args.seed)
        return

    documents = synthetic(args.docs, args.seed)
    n_chars = sum(len(d["document"]["text"]) for d in documents)
    imports_s = build_imports()
    collector = PairCollector()
    started = time.perf_counter()
    for item in documents:
        collector.add(item["document"], item["blocks"], item["sentences"], item["mentions"], [])
    collect_s = time.perf_counter() - started
    tables, pair_s = collector.pair_tables(DEFAULT_THRESHOLD)

    with tempfile.TemporaryDirectory(prefix="corpus-bench-pairs-") as scratch:
        folder = Path(scratch) / "sample"
        generate_corpus(folder, args.sample)
        sample_chars = sum(len(text) for text in read_texts(folder))
        build_s, _, _ = full_build(folder, 1, Path(scratch) / "out")
    build_for_same = build_s * n_chars / sample_chars
    parallel_s = collect_s + pair_s
    print(f"{len(documents):,} synthetic documents (seed {args.seed}), {n_chars:,} characters")
    print(f"imports a build has made already (pandas, pypinyin; not counted): {imports_s:.2f} s")
    print(f"signatures and units: {collect_s:.2f} s; pairing and alignment: {pair_s:.2f} s "
          f"({tables['doc_pairs'].num_rows:,} pairs, {tables['sentence_pairs'].num_rows:,} links)")  # fmt: skip
    print(f"corpus build, 1 worker: {args.sample} articles in {build_s:.1f} s -> {build_for_same:.0f} s for "
          f"{n_chars:,} characters")  # fmt: skip
    print(f"parallel step / build: {parallel_s / build_for_same:.3f}")


if __name__ == "__main__":
    main()
