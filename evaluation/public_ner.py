"""Score the whole entity stage (every recogniser, the merge and its policy) on public NER test splits.

Each test sentence goes through the pipeline as a one-line document; its PER/LOC/ORG mentions are
compared with the gold spans by exact character offsets (micro P/R/F1 per type and overall). The
trained models' own scores are in their model cards; this is what a user of the corpus gets.

    python evaluation/public_ner.py --conll TEST.txt          # English, CoNLL format (token ... tag)
    python evaluation/public_ner.py --bio-chars TEST.bio      # Chinese, one character and its BIO tag per line
    python evaluation/public_ner.py --conll TEST.txt --sample 600 --seed 1
    python evaluation/public_ner.py --bio-chars MSRA_TRAIN --held-out   # the slice the tagger never saw
    python evaluation/public_ner.py --bio-chars MSRA_TRAIN --held-out --name-lists 40   # rolls of its names
    python evaluation/public_ner.py --factru factRuEval-2016/testset      # Russian, factRuEval-2016 files
    python evaluation/public_ner.py --factru factRuEval-2016/testset --natasha   # natasha's NER alone

``--natasha`` scores natasha's own Russian NER on the same sentences instead of the entity stage, so that what the
stage's rules and conventions add or take away is seen in one run. Score on official test splits only; never tune
on them. ``--held-out`` scores the 2,000 sentences of the
MSRA training file that the Chinese tagger was not trained on (``training/zh_ner/data.py``), the slice for
studying errors.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from corpus.runner import PipelineConfig, make_pipeline  # noqa: E402

TYPES = ("PER", "LOC", "ORG")
LABELS = {
    **{"PER": "PER", "LOC": "LOC", "ORG": "ORG", "NR": "PER", "NS": "LOC", "NT": "ORG", "GPE": "LOC"},
    **{"PERSON": "PER", "LOCATION": "LOC", "ORGANISATION": "ORG", "ORGANIZATION": "ORG"},
}
"""Tag names of the public splits as PER/LOC/ORG (CoNLL, MSRA's NR/NS/NT, CrossNER's copy of CoNLL-2003 spelled out)."""
Span = tuple[int, int, str]


def read_sentences(path: Path) -> list[tuple[list[str], list[str]]]:
    """(tokens, tags) per sentence from a CoNLL file (token first, tag last) or a char-per-line BIO file."""
    sentences: list[tuple[list[str], list[str]]] = []
    tokens: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if tokens:
                sentences.append((tokens, tags))
            tokens, tags = [], []
            continue
        tokens.append(parts[0])
        tags.append(parts[-1] if len(parts) > 1 else "O")
    return sentences


def gold_spans(offsets: list[tuple[int, int]], tags: list[str]) -> set[Span]:
    """Character spans of an IOB1/BIO/BIOES tag sequence over tokens at ``offsets``."""
    spans: set[Span] = set()
    start, label, last = -1, "", -1
    for index, tag in enumerate([*tags, "O"]):
        kind = LABELS.get(tag.split("-", 1)[-1].upper(), "") if tag != "O" else ""
        begins = tag[:2] in ("B-", "S-") or (kind and kind != label)
        if start >= 0 and (not kind or begins):
            spans.add((offsets[start][0], offsets[last][1], label))
            start, label = -1, ""
        if kind and start < 0:
            start, label = index, kind
        last = index
    return {span for span in spans if span[2] in TYPES}


FACTRU_LABELS = {"Person": "PER", "Location": "LOC", "LocOrg": "LOC", "Org": "ORG"}
"""factRuEval-2016 object types as PER/LOC/ORG, as natasha's benchmark maps them (a country or city named as a
polity, LocOrg, is a place; Project, Facility and Event are left out)."""
FACTRU_NAME_SPANS = {"ORG": "org_name", "LOC": "loc_name"}
"""The span type that names a body or a place inside its object (`мид Грузии`: the object; `Грузии`, a loc_name of
a Location object, and `мид`, an org_name)."""
FACTRU_CONVENTIONS = ("names", "objects")


def _outermost(spans: list[Span]) -> list[Span]:
    """Spans that overlap none kept before them, the earliest and then the longest first (natasha's benchmark
    keeps `мид Грузии` as one span where an ORG and a LOC overlap)."""
    kept: list[Span] = []
    for span in sorted(spans, key=lambda s: (s[0], -s[1])):
        if not kept or kept[-1][1] <= span[0]:
            kept.append(span)
    return kept


def read_factru(folder: Path, convention: str = "names") -> list[tuple[str, set[Span]]]:
    """(sentence text, gold spans) per sentence of a factRuEval-2016 folder (``.txt``, ``.tokens``, ``.spans``,
    ``.objects`` per document); an object that crosses a sentence edge is left out (the sentences are the
    ``.tokens`` file's, blank-line separated).

    ``names`` (the default) reads the objects as natasha's benchmark (naeval) does, the convention behind the
    published natasha figures: a person runs from its first span's start to its last span's end; a body or a place
    is each of its name spans (`org_name`, `loc_name`), not the descriptors around them; where spans overlap, the
    earliest and longest stays (naeval also drops the few spans its tokenizer cannot align; these are kept).
    ``objects`` takes every object from its first span's start to its last span's end (`Козицкого переулка`, `мид
    Грузии` as a place and a body over it)."""
    sentences: list[tuple[str, set[Span]]] = []
    for tokens_path in sorted(folder.glob("*.tokens")):
        text = tokens_path.with_suffix(".txt").read_text(encoding="utf-8-sig")
        extents: dict[str, tuple[int, int, str]] = {}
        for line in tokens_path.with_suffix(".spans").read_text(encoding="utf-8").splitlines():
            fields = line.split()
            if len(fields) >= 4:
                extents[fields[0]] = (int(fields[2]), int(fields[2]) + int(fields[3]), fields[1])
        objects: list[Span] = []
        for line in tokens_path.with_suffix(".objects").read_text(encoding="utf-8").splitlines():
            fields = line.split("#", 1)[0].split()
            if len(fields) < 3 or fields[1] not in FACTRU_LABELS:
                continue
            label, parts = FACTRU_LABELS[fields[1]], [extents[span] for span in fields[2:]]
            if convention == "objects" or label == "PER":
                objects.append((min(p[0] for p in parts), max(p[1] for p in parts), label))
            else:
                names = [(p[0], p[1], label) for p in parts if p[2] == FACTRU_NAME_SPANS[label]]
                objects += _outermost(names)
        if convention == "names":
            objects = _outermost(objects)
        bounds: list[tuple[int, int]] = []
        first = last = -1
        for line in [*tokens_path.read_text(encoding="utf-8").splitlines(), ""]:
            fields = line.split()
            if len(fields) >= 3:
                first = first if first >= 0 else int(fields[1])
                last = int(fields[1]) + int(fields[2])
            elif first >= 0:
                bounds.append((first, last))
                first = -1
        for start, end in bounds:
            gold = {(s - start, e - start, label) for s, e, label in objects if start <= s and e <= end}
            sentences.append((text[start:end], gold))
    return sentences


def spaced(tokens: list[str], tags: list[str], chars: bool) -> tuple[str, set[Span]]:
    """A tagged sentence as text (Chinese characters run together, other tokens one space apart) and its gold
    spans."""
    joiner = "" if chars else " "
    offsets, position = [], 0
    for token in tokens:
        offsets.append((position, position + len(token)))
        position += len(token) + len(joiner)
    return joiner.join(tokens), gold_spans(offsets, tags)


ROLL_OPENINGS = ("", "名单如下：", "委员：", "出席会议的有", "代表名单（按姓氏笔画排列）")


def name_lists(sentences: list[tuple[str, set[Span]]], count: int, seed: int) -> list[tuple[str, set[Span]]]:
    """Rolls of 8 to 60 Chinese names run together, as a paper prints a list of delegates once its spaces are gone
    (MSRA's files have such lines): the persons of ``sentences`` whose name is two or three Han characters and
    opens with a surname of the Chinese tables, half of the rolls in order, after one of a few openings."""
    from pipeline.lang.zh.lexicon import FOREIGN_NAME_CHARS, LISTED_SURNAMES

    names = sorted(
        {
            text[start:end]
            for text, gold in sentences
            for start, end, label in gold
            if label == "PER"
            and end - start in (2, 3)
            and all("\u4e00" <= char <= "\u9fff" for char in text[start:end])
            and text[start] in LISTED_SURNAMES
            and not any(char in FOREIGN_NAME_CHARS for char in text[start + 1 : end])
        }
    )
    rng = random.Random(seed)
    rolls: list[tuple[str, set[Span]]] = []
    for _ in range(count):
        picked = rng.sample(names, min(len(names), rng.randint(8, 60)))
        if rng.random() < 0.5:
            picked.sort()
        text, gold = rng.choice(ROLL_OPENINGS), set()
        for name in picked:
            gold.add((len(text), len(text) + len(name), "PER"))
            text += name
        rolls.append((text, gold))
    return rolls


def natasha_tagger() -> Callable[[str], set[Span]]:
    """natasha's news NER (segmenter, embeddings, tagger) as a function of one sentence's text."""
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())

    def spans(text: str) -> set[Span]:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        return {(span.start, span.stop, span.type) for span in doc.spans if span.type in TYPES}

    return spans


def error_lines(number: int, text: str, gold: set[Span], found: set[Span]) -> list[str]:
    """One tab-separated line per missed (FN) or spurious (FP) span: the sentence's number, the kind, the type, the
    span's text, what the other side has over it (`LABEL:text`, comma-separated) and the sentence."""
    lines = []
    for kind, spans, other in (("FN", gold - found, found), ("FP", found - gold, gold)):
        for start, end, label in sorted(spans):
            over = ",".join(f"{o[2]}:{text[o[0] : o[1]]}" for o in sorted(other) if o[0] < end and start < o[1])
            lines.append(f"{number}\t{kind}\t{label}\t{text[start:end]}\t{over}\t{text}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    group = parser.add_mutually_exclusive_group(required=True)
    group.add_argument("--conll", type=Path, help="space-separated tokens (English and other spaced scripts)")
    group.add_argument("--bio-chars", type=Path, help="one character per line (Chinese)")
    group.add_argument("--factru", type=Path, help="a factRuEval-2016 folder (Russian: testset or devset)")
    parser.add_argument("--sample", type=int, help="score a random sample of this many sentences")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--held-out", action="store_true", help="only the MSRA training sentences held out from the Chinese tagger"
    )
    parser.add_argument(
        "--factru-convention",
        choices=FACTRU_CONVENTIONS,
        default="names",
        help="how factRuEval objects become spans: their name spans as natasha's benchmark reads them (default), or"
        " each whole object",
    )
    parser.add_argument(
        "--name-lists",
        type=int,
        metavar="N",
        help="instead of the sentences, score N rolls of their Chinese persons' names printed without separators"
        " (with --bio-chars MSRA_TRAIN --held-out: names the tagger never saw)",
    )
    parser.add_argument("--natasha", action="store_true", help="score natasha's NER alone (Russian), not the stage")
    parser.add_argument(
        "--errors", type=Path, help="write each missed (FN) and spurious (FP) span with its sentence to this file"
    )
    args = parser.parse_args()
    path = args.conll or args.bio_chars or args.factru
    if args.factru is not None:
        sentences = read_factru(args.factru, args.factru_convention)
    else:
        sentences = [spaced(tokens, tags, args.bio_chars is not None) for tokens, tags in read_sentences(path)]
    if args.held_out:
        from training.zh_ner.data import HELD_OUT_SEED, HELD_OUT_SIZE, split_dev

        sentences = split_dev(sentences, HELD_OUT_SIZE, HELD_OUT_SEED)[1]
    if args.name_lists:
        sentences = name_lists(sentences, args.name_lists, args.seed)
    if args.sample and args.sample < len(sentences):
        sentences = random.Random(args.seed).sample(sentences, args.sample)
    natasha = natasha_tagger() if args.natasha else None
    pipeline = make_pipeline(PipelineConfig()) if natasha is None else None
    counts: dict[str, Counter[str]] = {t: Counter() for t in (*TYPES, "all")}
    n_chars = 0
    errors: list[str] = []
    started = time.perf_counter()
    for number, (text, gold) in enumerate(sentences):
        n_chars += len(text)
        if natasha is not None:
            found = natasha(text)
        elif pipeline is not None:
            document, _ = pipeline.annotate(text + "\n", "test.txt")
            shift = document.text.find(text[:20]) if text[:20] else 0
            found = {(m.start - shift, m.end - shift, m.label) for m in document.mentions if m.label in TYPES}
        if args.errors is not None:
            errors += error_lines(number, text, gold, found)
        for kind in (*TYPES, "all"):
            g = {s for s in gold if kind in ("all", s[2])}
            f = {s for s in found if kind in ("all", s[2])}
            counts[kind]["hit"] += len(g & f)
            counts[kind]["found"] += len(f)
            counts[kind]["gold"] += len(g)
    seconds = time.perf_counter() - started
    if args.errors is not None:
        args.errors.write_text("".join(f"{line}\n" for line in errors), encoding="utf-8")
    print(f"{path.name}: {len(sentences)} sentences, {n_chars} chars, {n_chars / seconds:,.0f} chars/s")
    print("| type | P | R | F1 | found | gold |")
    print("|---|---:|---:|---:|---:|---:|")
    for kind in (*TYPES, "all"):
        c = counts[kind]
        p = c["hit"] / c["found"] if c["found"] else 0.0
        r = c["hit"] / c["gold"] if c["gold"] else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {kind} | {100 * p:.1f} | {100 * r:.1f} | {100 * f1:.1f} | {c['found']} | {c['gold']} |")


if __name__ == "__main__":
    main()
