"""Build the English NER training/dev sets from openly licensed corpora.

Why: the tagger must be trained only on data whose licence allows it (see README.md), re-tokenised
the way the pipeline tokenises English (spaCy's blank English tokenizer splits word-internal hyphens).

Inputs (under training/data/raw/, see README.md for how to fetch them):
  wikigold.conll.txt            CC BY 4.0
  btc/*.conll                   CC BY 4.0 (Broad Twitter Corpus)
  wnut17/*.conll                CC BY 4.0
  gum/*.conllu                  GUM annotations CC BY 4.0, texts of the genres used CC BY / CC BY-SA
Outputs: training/data/train.jsonl, training/data/dev.jsonl ({"tokens", "tags", "src"} per line).
"""

from __future__ import annotations

import json
import random
import re
import sys
from collections.abc import Iterator
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parents[1] / "data"
RAW = ROOT / "raw"
GUM_GENRES = ("academic", "bio", "court", "news", "interview", "voyage")
WNUT_MAP = {
    "person": "PER",
    "location": "LOC",
    "corporation": "ORG",
    "group": "ORG",
    "creative-work": "MISC",
    "product": "MISC",
}
_NAME_GLUE = frozenset(["of", "and", "the", "de", "-", "&", "for", "on"])
GUM_MAP = {"person": "PER", "place": "LOC", "organization": "ORG"}

Sentence = tuple[list[str], list[str]]


def read_conll(path: Path, label_map: dict[str, str] | None = None) -> Iterator[Sentence]:
    """Read a two-or-more-column CoNLL file (token first, tag last); tags become BIO."""
    toks: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8", errors="replace").splitlines(), ""]:
        parts = line.split()
        if not parts or parts[0] == "-DOCSTART-":
            if toks:
                yield toks, to_bio(tags)
            toks, tags = [], []
            continue
        tag = parts[-1] if len(parts) > 1 else "O"
        if label_map is not None and tag != "O":
            prefix, _, typ = tag.partition("-")
            mapped = label_map.get(typ)
            tag = f"{prefix}-{mapped}" if mapped else "O"
        toks.append(parts[0])
        tags.append(tag)


def to_bio(tags: list[str]) -> list[str]:
    """Normalise IOB1/IO tags to BIO so every span starts with B-."""
    out: list[str] = []
    prev = "O"
    for tag in tags:
        if tag == "O":
            out.append("O")
        else:
            prefix, _, typ = tag.partition("-")
            if prefix == "B" or prev == "O" or prev[2:] != typ:
                out.append("B-" + typ)
            else:
                out.append("I-" + typ)
        prev = out[-1]
    return out


_OPEN = re.compile(r"\((\d+)-([^()]*)")


def _parse_entity_field(value: str) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """Return (opened (id, descriptor)), closed ids, and ids opened and closed on this token."""
    opened: list[tuple[str, str]] = []
    closed: list[str] = []
    single: list[str] = []
    i = 0
    while i < len(value):
        if value[i] == "(":
            m = _OPEN.match(value, i)
            if not m:
                break
            opened.append((m.group(1), m.group(2)))
            i = m.end()
            if i < len(value) and value[i] == ")":
                single.append(m.group(1))
                i += 1
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if not m:
                break
            closed.append(m.group(1))
            i += m.end()
    return opened, closed, single


def read_gum(path: Path) -> Iterator[Sentence]:
    """Named entities from GUM: person/place/organisation mentions whose capitalised core is a proper name."""
    fields = ["GRP", "etype", "infstat", "salience", "centering", "minspan", "link", "identity"]
    sent: list[tuple[str, str, str]] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("# global.Entity"):
            fields = line.split("=", 1)[1].strip().split("-")
            continue
        if line.startswith("#"):
            continue
        if not line.strip():
            if sent:
                yield _gum_sentence(sent, fields)
            sent = []
            continue
        cols = line.split("\t")
        if "-" in cols[0] or "." in cols[0]:
            continue
        sent.append((cols[1], cols[4], cols[9]))


def _gum_sentence(sent: list[tuple[str, str, str]], fields: list[str]) -> Sentence:
    toks = [t for t, _, _ in sent]
    xpos = [x for _, x, _ in sent]
    stack: dict[str, tuple[int, str]] = {}
    mentions: list[tuple[int, int, str, str]] = []
    for i, (_, _, misc) in enumerate(sent):
        ent = next((kv[7:] for kv in misc.split("|") if kv.startswith("Entity=")), "")
        if not ent:
            continue
        opened, closed, single = _parse_entity_field(ent)
        for eid, desc in opened:
            stack[eid] = (i, desc)
        for eid in single + closed:
            if eid in stack:
                start, desc = stack.pop(eid)
                mentions.append((start, i + 1, desc, eid))
    tags = ["O"] * len(toks)
    idx_type = fields.index("etype") - 1 if "etype" in fields else 0
    spans: list[tuple[int, int, str]] = []
    for start, end, desc, _ in mentions:
        parts = desc.split("-")
        if len(parts) <= idx_type:
            continue
        etype = parts[idx_type]
        caps = [k for k in range(start, end) if toks[k][:1].isupper()]
        if not caps:
            continue
        s, e = caps[0], caps[-1] + 1
        if xpos[s] not in ("NNP", "NNPS"):
            continue
        stop = next((k for k in range(s, e) if xpos[k] not in ("NNP", "NNPS") and toks[k] not in _NAME_GLUE), e)
        while stop > s and toks[stop - 1] in _NAME_GLUE:
            stop -= 1
        e = stop
        spans.append((s, e, GUM_MAP.get(etype, "MISC")))
    for s, e, lab in sorted(spans, key=lambda x: x[0] - x[1]):
        if all(t == "O" for t in tags[s:e]):
            tags[s] = "B-" + lab
            for k in range(s + 1, e):
                tags[k] = "I-" + lab
    return toks, tags


def retokenise(nlp: spacy.language.Language, toks: list[str], tags: list[str]) -> Sentence:
    """Split each token the way spaCy's blank English tokenizer would; labels follow the pieces."""
    out_t: list[str] = []
    out_g: list[str] = []
    for tok, tag in zip(toks, tags, strict=False):
        pieces = [p.text for p in nlp.make_doc(tok)] or [tok]
        for j, piece in enumerate(pieces):
            out_t.append(piece)
            if tag == "O" or j == 0:
                out_g.append(tag)
            else:
                out_g.append("I-" + tag[2:])
    return out_t, out_g


def main() -> None:
    """Write train.jsonl and dev.jsonl (dev: a held-out slice of wikigold and of GUM documents)."""
    nlp = spacy.blank("en")
    rng = random.Random(13)
    train: list[dict] = []
    dev: list[dict] = []

    def add(rows: list[dict], toks: list[str], tags: list[str], src: str) -> None:
        if not toks:
            return
        t, g = retokenise(nlp, toks, tags)
        rows.append({"tokens": t, "tags": g, "src": src})

    wiki = list(read_conll(RAW / "wikigold.conll.txt"))
    cut = int(len(wiki) * 0.8)
    for toks, tags in wiki[:cut]:
        add(train, toks, tags, "wikigold")
    for toks, tags in wiki[cut:]:
        add(dev, toks, tags, "wikigold")
    for path in sorted((RAW / "btc").glob("*.conll")):
        for toks, tags in read_conll(path):
            add(train, toks, tags, "btc")
    for path in sorted((RAW / "wnut17").glob("*")):
        for toks, tags in read_conll(path, WNUT_MAP):
            add(train, toks, tags, "wnut17")
    gum_files = sorted(p for p in (RAW / "gum").glob("*.conllu") if p.name.split("_")[1] in GUM_GENRES)
    for k, path in enumerate(gum_files):
        rows = dev if k % 5 == 0 else train
        for toks, tags in read_gum(path):
            add(rows, toks, tags, "gum")
    rng.shuffle(train)
    for name, rows in (("train", train), ("dev", dev)):
        with (ROOT / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_ent = sum(t.startswith("B-") for r in rows for t in r["tags"])
        print(f"{name}: {len(rows)} sentences, {n_ent} entities", file=sys.stderr)


if __name__ == "__main__":
    main()
