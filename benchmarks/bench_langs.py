"""A Russian (or English) build next to a Chinese build of the same size, in the same run.

    python benchmarks/bench_langs.py --zh DIR_OF_ZH_TXT --ru DIR_OF_RU_TXT [--en DIR] [--chars 1500000]

Each language's corpus is drawn from the paragraphs of the articles in its folder (8-24 paragraphs a
document, numbers varied so every text is unique) until it holds about ``--chars`` characters; each is
then built with `corpus build -w 1` as a user runs it (reading, every stage, Parquet). Prints chars/s and
peak RSS per language, each language's ratio to Chinese, and raw ``jieba.cut`` on the Chinese text.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import full_build, raw_jieba, read_texts


def draw_corpus(source: Path, target: Path, chars: int, seed: int = 11) -> int:
    """Documents drawn from the paragraphs of ``source``'s articles into ``target``; their total length."""
    rng = random.Random(seed)
    articles = [text.splitlines() for text in read_texts(source)]
    if not articles:
        raise SystemExit(f"{source}: no .txt articles to draw paragraphs from")
    titles = [lines[0] for lines in articles if lines]
    paragraphs = [line for lines in articles for line in lines[1:] if len(line.strip()) > 20]
    target.mkdir(parents=True, exist_ok=True)
    total, index = 0, 0
    while total < chars:
        body = [rng.choice(paragraphs) for _ in range(rng.randint(8, 24))]
        body = [re.sub(r"\d+", lambda m: str(int(m.group()) + rng.randint(0, 9)), p) for p in body]
        text = f" date 2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}\n{rng.choice(titles)} {index}\n\n"
        text += "\n\n".join(body) + "\n"
        (target / f"{index:06d}.txt").write_text(text, encoding="utf-8")
        total += len(text)
        index += 1
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--zh", type=Path, required=True, help="folder of Chinese articles to draw from")
    parser.add_argument("--ru", type=Path, help="folder of Russian articles to draw from")
    parser.add_argument("--en", type=Path, help="folder of English articles to draw from")
    parser.add_argument("--chars", type=int, default=1_500_000, help="characters per language (default 1.5M)")
    args = parser.parse_args()
    languages = [(code, folder) for code, folder in (("zh", args.zh), ("ru", args.ru), ("en", args.en)) if folder]
    with tempfile.TemporaryDirectory() as scratch:
        results: dict[str, tuple[int, float, int]] = {}
        for code, folder in languages:
            corpus = Path(scratch) / code
            size = draw_corpus(folder, corpus, args.chars)
            seconds, peak, _ = full_build(corpus, 1, Path(scratch) / f"out-{code}")
            results[code] = (size, seconds, peak)
        jieba_seconds = raw_jieba(read_texts(Path(scratch) / "zh"))
    zh_speed = results["zh"][0] / results["zh"][1]
    print(f"raw jieba.cut on the Chinese text: {results['zh'][0] / jieba_seconds:,.0f} chars/s")
    print("| build, 1 worker | chars | chars/s | x Chinese | x raw jieba | peak RSS (MiB) |")
    print("|---|---:|---:|---:|---:|---:|")
    for code, (size, seconds, peak) in results.items():
        speed = size / seconds
        print(
            f"| {code} | {size:,} | {speed:,.0f} | {speed / zh_speed:.2f} | "
            f"{speed / (results['zh'][0] / jieba_seconds):.2f} | {peak:,} |"
        )


if __name__ == "__main__":
    main()
