"""Build the English NER training/dev sets from openly licensed corpora.

Why: the tagger must be trained only on data whose licence allows it (see README.md), re-tokenised
the way the pipeline tokenises English (spaCy's blank English tokenizer splits word-internal hyphens).

Inputs (under training/data/raw/, see README.md for how to fetch them):
  wikigold.conll.txt            CC BY 4.0
  btc/*.conll                   CC BY 4.0 (Broad Twitter Corpus)
  wnut17/*.conll                CC BY 4.0
  gum/*.conllu                  GUM annotations CC BY 4.0, texts of the genres used CC BY / CC BY-SA
  uner/en_ewt-ud-{dev,test}.iob2  Universal NER, English Web Treebank (CC BY-SA 4.0): train
  uner/en_ewt-ud-train-0c7ce0d.iob2  the same corpus's train split as first committed (one annotator): train
  uner/en_pud-ud-test.iob2      Universal NER, English PUD (CC BY-SA 4.0): held-out dev (news and Wikipedia)
  litbank/*.tsv                 LitBank entity layers (CC BY 4.0): proper-name mentions only
  crossner/*_{train,dev,test}.txt  CrossNER Wikipedia domains (MIT; texts Wikipedia CC BY-SA): fine types mapped
  redocred/{dev,test}_revised.json  Re-DocRED Wikipedia documents (MIT; texts Wikipedia CC BY-SA): entity mentions
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
UNER_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}
LITBANK_MAP = {"PER": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "ORG": "ORG"}
# Words that open a LitBank mention but stay outside a name span (titles are outside PER spans here).
_LEAD_DROP = frozenset(
    [
        "the",
        "a",
        "an",
        "his",
        "her",
        "their",
        "my",
        "our",
        "your",
        "this",
        "that",
        "these",
        "those",
        "sir",
        "lady",
        "lord",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "miss",
        "dr",
        "dr.",
        "captain",
        "colonel",
        "general",
        "king",
        "queen",
        "prince",
        "princess",
        "saint",
        "st",
        "st.",
        "uncle",
        "aunt",
        "father",
        "mother",
        "old",
        "young",
        "poor",
        "little",
        "dear",
        "master",
        "madame",
        "monsieur",
    ]
)
# CrossNER's domain-specific types, mapped to the CoNLL-style classes; types that are not names
# (algorithm, field, genre, chemical compound, ...) become O.
CROSSNER_MAP = {
    "person": "PER",
    "politician": "PER",
    "writer": "PER",
    "musicalartist": "PER",
    "scientist": "PER",
    "researcher": "PER",
    "location": "LOC",
    "country": "LOC",
    "organisation": "ORG",
    "politicalparty": "ORG",
    "band": "ORG",
    "university": "ORG",
    "academicjournal": "ORG",
    "magazine": "ORG",
    "misc": "MISC",
    "election": "MISC",
    "event": "MISC",
    "award": "MISC",
    "book": "MISC",
    "album": "MISC",
    "song": "MISC",
    "poem": "MISC",
    "conference": "MISC",
    "product": "MISC",
}
DOCRED_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}  # TIME and NUM are not names

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


def bio_spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, label) of each B- span of a BIO sequence and the I- tags of its label that follow it."""
    spans: list[tuple[int, int, str]] = []
    start, label = -1, ""
    for i, tag in enumerate([*tags, "O"]):
        if start >= 0 and not (tag.startswith("I-") and tag[2:] == label):
            spans.append((start, i, label))
            start = -1
        if tag.startswith("B-"):
            start, label = i, tag[2:]
    return spans


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


def read_uner(path: Path) -> Iterator[Sentence]:
    """Universal NER IOB2 files (id, token, tag, ...); OTH becomes MISC, stray B-O/I-O become O."""
    toks: list[str] = []
    tags: list[str] = []
    for line in [*path.read_text(encoding="utf-8").splitlines(), ""]:
        if line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 3:
            if toks:
                yield toks, to_bio(tags)
            toks, tags = [], []
            continue
        tag = cols[2]
        if tag != "O":
            prefix, _, typ = tag.partition("-")
            mapped = UNER_MAP.get(typ)
            tag = f"{prefix}-{mapped}" if mapped else "O"
        toks.append(cols[1])
        tags.append(tag)


def read_litbank(path: Path) -> Iterator[Sentence]:
    """LitBank's nested entity layers reduced to proper names: all-capitalised spans, titles stripped."""
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines()]
    sent: list[list[str]] = []
    for row in [*rows, [""]]:
        if row == [""] or not row[0]:
            if sent:
                yield _litbank_sentence(sent)
            sent = []
            continue
        sent.append(row)


def _litbank_sentence(rows: list[list[str]]) -> Sentence:
    toks = [r[0] for r in rows]
    spans = [
        span
        for layer in range(1, max(len(r) for r in rows))
        for span in bio_spans(to_bio([r[layer] if len(r) > layer and r[layer] else "O" for r in rows]))
    ]
    out = ["O"] * len(toks)
    keep: list[tuple[int, int, str]] = []
    for s, e, lab in spans:
        if lab not in LITBANK_MAP:
            continue
        while s < e and toks[s].lower() in _LEAD_DROP:
            s += 1
        while e > s and toks[e - 1] in _NAME_GLUE | {",", "'s"}:
            e -= 1
        words = toks[s:e]
        if not words or not all(w[:1].isupper() or w in _NAME_GLUE for w in words):
            continue
        if len(words) == 1 and words[0].isupper() and len(words[0]) == 1:  # "I"
            continue
        keep.append((s, e, LITBANK_MAP[lab]))
    for s, e, lab in sorted(keep, key=lambda x: x[0] - x[1]):
        if all(t == "O" for t in out[s:e]):
            out[s] = "B-" + lab
            for k in range(s + 1, e):
                out[k] = "I-" + lab
    return toks, out


def read_redocred(path: Path) -> Iterator[tuple[str, list[Sentence]]]:
    """(title, sentences) per Re-DocRED document; mentions become BIO spans, the longest first where nested."""
    for doc in json.loads(path.read_text(encoding="utf-8")):
        spans: dict[int, list[tuple[int, int, str]]] = {}
        for entity in doc["vertexSet"]:
            for mention in entity:
                label = DOCRED_MAP.get(mention["type"])
                if label:
                    start, end = mention["pos"]
                    spans.setdefault(mention["sent_id"], []).append((start, end, label))
        sentences: list[Sentence] = []
        for k, toks in enumerate(doc["sents"]):
            tags = ["O"] * len(toks)
            for start, end, label in sorted(spans.get(k, []), key=lambda x: x[0] - x[1]):
                if end <= len(toks) and all(t == "O" for t in tags[start:end]):
                    tags[start] = "B-" + label
                    for i in range(start + 1, end):
                        tags[i] = "I-" + label
            sentences.append((toks, tags))
        yield doc["title"], sentences


# Titles and roles that corpora sometimes put inside a person mention ("the Governor of Kentucky");
# here titles stay outside PER spans, and a "person" that is only a role is no name at all.
_TITLES = frozenset(
    [
        "president",
        "prime",
        "minister",
        "governor",
        "mayor",
        "akim",
        "senator",
        "ambassador",
        "chairman",
        "king",
        "queen",
        "prince",
        "princess",
        "emperor",
        "empress",
        "duke",
        "duchess",
        "lord",
        "lady",
        "sir",
        "general",
        "colonel",
        "captain",
        "judge",
        "bishop",
        "pope",
        "count",
        "countess",
        "secretary",
        "director",
        "chief",
        "head",
        "professor",
        "doctor",
        "dr",
        "dr.",
        "mr",
        "mr.",
        "mrs",
        "mrs.",
        "ms",
        "ms.",
        "miss",
    ]
)
_NOT_IN_PERSON = frozenset(["of", "the", "and", "for"])


def clean_person_spans(tags: list[str], toks: list[str]) -> list[str]:
    """Strip leading titles from PER spans; drop PER spans that still read as a role ("Governor of X")."""
    out = list(tags)
    for start, end, label in bio_spans(tags):
        if label != "PER":
            continue
        while start < end and toks[start].lower() in _TITLES:
            out[start] = "O"
            start += 1
        if start < end:
            if any(t.lower() in _NOT_IN_PERSON for t in toks[start:end]):
                out[start:end] = ["O"] * (end - start)
            else:
                out[start] = "B-PER"
    return out


# Place-typed spans that name an institution rather than a site become ORG, as in the project gazetteer
# (DocRED and GUM type theatres and museums by their building).
_INSTITUTION_HEADS = frozenset(
    ["theater", "theatre", "museum", "university", "college", "academy", "institute", "school", "hospital",
     "library", "orchestra", "opera", "philharmonic", "conservatory", "gallery"]
)  # fmt: skip


def institutions_as_org(tags: list[str], toks: list[str]) -> list[str]:
    """Relabel LOC spans whose last word is an institution head (`Zhastar Theater`) as ORG."""
    out = list(tags)
    for start, end, label in bio_spans(tags):
        if label == "LOC" and toks[end - 1].lower() in _INSTITUTION_HEADS:
            out[start] = "B-ORG"
            out[start + 1 : end] = ["I-ORG"] * (end - start - 1)
    return out


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
        tags = institutions_as_org(clean_person_spans(to_bio(tags), toks), toks)
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
    for name in ("en_ewt-ud-dev.iob2", "en_ewt-ud-test.iob2"):
        for toks, tags in read_uner(RAW / "uner" / name):
            add(train, toks, tags, "uner-ewt")
    # The train split as first committed (before a second annotator's pass); its dev split agrees with the
    # released dev at 98.6 PER/LOC/ORG F1, and the released train file is not retrievable (see README.md).
    for toks, tags in read_uner(RAW / "uner" / "en_ewt-ud-train-0c7ce0d.iob2"):
        add(train, toks, tags, "uner-ewt-train")
    for toks, tags in read_uner(RAW / "uner" / "en_pud-ud-test.iob2"):
        add(dev, toks, tags, "uner-pud")
    for path in sorted((RAW / "litbank").glob("*.tsv")):
        for toks, tags in read_litbank(path):
            add(train, toks, tags, "litbank")
    for path in sorted((RAW / "crossner").glob("*.txt")):
        # politics is the domain nearest to news: its test split is held out
        rows = dev if path.stem == "politics_test" else train
        for toks, tags in read_conll(path, CROSSNER_MAP):
            add(rows, toks, tags, "crossner")
    for path in sorted((RAW / "redocred").glob("*_revised.json")):
        for k, (_, sentences) in enumerate(read_redocred(path)):
            rows = dev if path.name.startswith("dev") and k % 5 == 0 else train
            for toks, tags in sentences:
                add(rows, toks, tags, "redocred")
    rng.shuffle(train)
    for name, rows in (("train", train), ("dev", dev)):
        with (ROOT / f"{name}.jsonl").open("w", encoding="utf-8") as fh:
            for row in rows:
                fh.write(json.dumps(row, ensure_ascii=False) + "\n")
        n_ent = sum(t.startswith("B-") for r in rows for t in r["tags"])
        print(f"{name}: {len(rows)} sentences, {n_ent} entities", file=sys.stderr)


if __name__ == "__main__":
    main()
