"""How long the statistics commands take on a large corpus.

Writes a synthetic build (documents, sentences with tokens, mentions, entities, in the real schemas of
corpus/schemas.py, a few thousand documents per row group as a build writes them) straight to Parquet,
without running the pipeline, then times each query of corpus/analysis.py on it, and one command through
the CLI. Words follow a Zipf distribution over a vocabulary, so frequency lists, collocations and
keywords have the long tail real text has.

    python benchmarks/bench_analysis.py --docs 100000 --out /tmp/bench-analysis
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import numpy as np
import pyarrow as pa
import pyarrow.parquet as pq

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from corpus.analysis import collocations, cooccurrences, frequencies, keywords
from corpus.schemas import DOCUMENTS, ENTITIES, MENTIONS, SENTENCES, TOKEN

LANGS = np.array(["zh", "ru", "en"])
UPOS = np.array(["NOUN", "VERB", "ADJ", "PROPN", "ADP", "PUNCT", "NUM", "ADV", "PRON", "CCONJ"])
LABELS = np.array(["PER", "LOC", "ORG", "MISC"])


def write_corpus(out: Path, docs: int, sentences: int, tokens: int, vocabulary: int, seed: int = 7) -> int:
    """A synthetic build in ``out``; returns the number of tokens written."""
    rng = np.random.default_rng(seed)
    if out.exists():
        shutil.rmtree(out)
    out.mkdir(parents=True)
    lemmas = pa.array([f"w{i}" for i in range(vocabulary)])
    forms = pa.array([f"W{i}" if i % 7 == 0 else f"w{i}" for i in range(vocabulary)])
    upos_of = UPOS[rng.integers(0, len(UPOS), vocabulary)]
    upos_of[:3] = "PUNCT"  # the three most frequent "words" are punctuation, as in news text
    n_entities = max(50, docs // 20)
    writers = {
        name: pq.ParquetWriter(out / f"{name}.parquet", schema)
        for name, schema in (("documents", DOCUMENTS), ("sentences", SENTENCES), ("mentions", MENTIONS))
    }
    chunk, written = 2000, 0
    start_day = np.datetime64("2016-01-01")
    for first in range(0, docs, chunk):
        n = min(chunk, docs - first)
        doc_ids = pa.array([f"{i:016x}" for i in range(first, first + n)])
        langs = LANGS[rng.integers(0, 3, n)]
        dates = start_day + rng.integers(0, 3650, n).astype("timedelta64[D]")
        writers["documents"].write_table(
            pa.Table.from_arrays(
                [
                    doc_ids,
                    pa.array([f"{lang}/{i}.txt" for lang, i in zip(langs, range(first, first + n), strict=True)]),
                    pa.nulls(n, pa.string()),
                    pa.nulls(n, pa.string()),
                    pa.array(langs),
                    pa.array(dates.astype("datetime64[D]"), pa.date32()),
                    pa.array([f"title {i}" for i in range(first, first + n)]),
                    pa.nulls(n, pa.string()),
                    pa.array(["synthetic"] * n),
                    pa.array(np.full(n, 9, dtype=np.int32)),
                    pa.array(np.full(n, 1, dtype=np.int32)),
                ],
                schema=DOCUMENTS,
            )
        )
        n_sentences = n * sentences
        n_tokens = n_sentences * tokens
        ids = (rng.zipf(1.25, n_tokens) - 1) % vocabulary
        position = np.tile(np.arange(tokens, dtype=np.int32), n_sentences)
        token_values = pa.StructArray.from_arrays(
            [
                forms.take(pa.array(ids)),
                pa.array(position * 4),
                pa.array(position * 4 + 3),
                pa.array(upos_of[ids]),
                pa.array(upos_of[ids]),
                lemmas.take(pa.array(ids)),
                pa.nulls(n_tokens, pa.string()),
            ],
            fields=list(TOKEN),
        )
        offsets = pa.array(np.arange(0, n_tokens + 1, tokens, dtype=np.int32))
        sentence_docs = np.repeat(np.arange(n), sentences)
        writers["sentences"].write_table(
            pa.Table.from_arrays(
                [
                    doc_ids.take(pa.array(sentence_docs)),
                    pa.array(np.tile(np.arange(sentences, dtype=np.int32), n)),
                    pa.array(np.zeros(n_sentences, dtype=np.int32)),
                    pa.array(langs[sentence_docs]),
                    pa.array(np.zeros(n_sentences, dtype=np.int32)),
                    pa.array(np.full(n_sentences, 4 * tokens, dtype=np.int32)),
                    pa.array([""] * n_sentences),
                    pa.ListArray.from_arrays(offsets, token_values, type=pa.list_(TOKEN)),
                ],
                schema=SENTENCES,
            )
        )
        n_mentions = n * 10
        mention_docs = np.repeat(np.arange(n), 10)
        entity = (rng.zipf(1.4, n_mentions) - 1) % n_entities
        writers["mentions"].write_table(
            pa.Table.from_arrays(
                [
                    doc_ids.take(pa.array(mention_docs)),
                    pa.array(rng.integers(0, sentences, n_mentions).astype(np.int32)),
                    pa.array(np.zeros(n_mentions, dtype=np.int32)),
                    pa.array(np.full(n_mentions, 3, dtype=np.int32)),
                    pa.array([f"e{i}" for i in entity]),
                    pa.array(LABELS[entity % 4]),
                    pa.array(LABELS[entity % 4]),
                    pa.array([f"e{i}" for i in entity]),
                    pa.array(["gazetteer"] * n_mentions),
                    pa.array(np.ones(n_mentions, dtype=np.float32)),
                ],
                schema=MENTIONS,
            )
        )
        written += n_tokens
    for writer in writers.values():
        writer.close()
    pq.write_table(
        pa.Table.from_arrays(
            [
                pa.array([f"e{i}" for i in range(n_entities)]),
                pa.array(LABELS[np.arange(n_entities) % 4]),
                pa.nulls(n_entities, pa.string()),
                pa.nulls(n_entities, pa.string()),
                pa.array([f"Entity {i}" for i in range(n_entities)]),
                pa.nulls(n_entities, pa.string()),
                pa.nulls(n_entities, pa.string()),
                pa.array([False] * n_entities),
                pa.array([[]] * n_entities, pa.list_(pa.string())),
                pa.array(np.zeros(n_entities, dtype=np.int64)),
                pa.array(np.zeros(n_entities, dtype=np.int64)),
                pa.array([[]] * n_entities, pa.list_(pa.string())),
            ],
            schema=ENTITIES,
        ),
        out / "entities.parquet",
    )
    (out / "manifest.json").write_text(json.dumps({"tool": "corpus", "synthetic": True}), encoding="utf-8")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100_000)
    parser.add_argument("--sentences", type=int, default=12, help="sentences per document")
    parser.add_argument("--tokens", type=int, default=18, help="tokens per sentence")
    parser.add_argument("--vocabulary", type=int, default=50_000)
    parser.add_argument("--out", type=Path, default=Path("outputs/bench-analysis"))
    parser.add_argument("--keep", action="store_true", help="time the corpus already in --out")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.keep and (args.out / "manifest.json").is_file():
        n_tokens = int(
            pq.read_table(args.out / "sentences.parquet", columns=["tokens"])["tokens"]
            .combine_chunks()
            .value_lengths()
            .to_numpy()
            .sum()
        )
    else:
        n_tokens = write_corpus(args.out, args.docs, args.sentences, args.tokens, args.vocabulary)
    size = sum(path.stat().st_size for path in args.out.glob("*.parquet"))
    print(
        f"wrote {args.docs:,} documents, {n_tokens:,} tokens, {size / 2**20:,.0f} MiB of Parquet "
        f"in {time.perf_counter() - started:.1f} s"
    )
    root = args.out
    cases = [
        ("freq --by lemma", lambda: frequencies(root, by="lemma", top=50)),
        ("freq --by lemma --docs", lambda: frequencies(root, by="lemma", top=50, docs=True)),
        ("freq --by form --lang ru", lambda: frequencies(root, by="form", lang="ru", top=50)),
        ("freq --by upos", lambda: frequencies(root, by="upos", top=50)),
        ("freq --by lemma --ngram 2", lambda: frequencies(root, by="lemma", ngram=2, top=50)),
        ("freq --by entity", lambda: frequencies(root, by="entity", top=50)),
        ("collocations w10 (frequent)", lambda: collocations(root, "w10", window=5, top=50)),
        ("collocations w5000 (rare)", lambda: collocations(root, "w5000", window=5, top=50, min_freq=1)),
        ("cooccur --unit sentence", lambda: cooccurrences(root, unit="sentence", top=50)),
        ("cooccur --unit document --type PER", lambda: cooccurrences(root, unit="document", labels=("PER",))),
        ("keywords --where date=2024 (rest)", lambda: keywords(root, "date=2024", top=50)),
        ("keywords --where lang=ru --against lang=en", lambda: keywords(root, "lang=ru", "lang=en", top=50)),
    ]
    print(f"{'query':45} {'wall s':>8} {'CPU s':>8}  (CPU: all of DuckDB's threads; wall depends on free cores)")
    for name, run in cases:
        started, cpu = time.perf_counter(), time.process_time()
        run()
        print(f"{name:45} {time.perf_counter() - started:8.2f} {time.process_time() - cpu:8.2f}", flush=True)
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "corpus", "freq", str(root), "--by", "lemma", "--format", "csv"],
        check=True,
        stdout=subprocess.DEVNULL,
    )
    print(f"{'corpus freq --by lemma (whole command)':45} {time.perf_counter() - started:8.2f}")


if __name__ == "__main__":
    main()
