"""Train the English NER tagger shipped in pipeline/models/en_ner/ (PyTorch at training time only).

Why this shape: the network mirrors the numpy forward pass of pipeline.models.en_ner exactly (summed hashed
embeddings, convolutions, per-token softmax, BIO-constrained Viterbi at decode time), so the exported arrays
are the model. Epochs and options are selected on training/data/dev.jsonl, never on the CoNLL-2003 test split.

    python training/en_ner/prepare_data.py
    # the shipped model averages two networks (README.md):
    PYTHONPATH=training/data/pylib OPENBLAS_NUM_THREADS=1 python training/en_ner/train.py --skip uner-ewt-train
    PYTHONPATH=training/data/pylib OPENBLAS_NUM_THREADS=1 python training/en_ner/train.py --file weights-2.npz
"""

from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import time
from pathlib import Path

import numpy as np
import spacy
import torch
from torch import nn

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

sys.path.insert(0, str(Path(__file__).resolve().parent))

from prepare_data import bio_spans  # noqa: E402

from pipeline.models.en_ner import TAGS, EnglishNER  # noqa: E402
from pipeline.models.en_ner.features import N_BUCKETS, N_FEATURES, Featurizer  # noqa: E402

DATA = REPO / "training" / "data"
MODEL_DIR = REPO / "pipeline" / "models" / "en_ner"
TAG_ID = {t: i for i, t in enumerate(TAGS)}
TITLE_WORDS = [
    "president",
    "prime",
    "minister",
    "deputy",
    "akim",
    "governor",
    "mayor",
    "mr",
    "mr.",
    "mrs",
    "mrs.",
    "ms",
    "ms.",
    "dr",
    "dr.",
    "senator",
    "ambassador",
    "chairman",
    "chairwoman",
    "speaker",
    "secretary",
    "king",
    "queen",
    "emir",
    "sheikh",
    "professor",
    "general",
    "colonel",
    "captain",
    "coach",
    "spokesman",
    "spokeswoman",
    "director",
    "chief",
    "head",
    "envoy",
    "pope",
    "prince",
    "princess",
    "lord",
    "sir",
    "judge",
]
ORG_WORDS = [
    "ministry",
    "ministries",
    "council",
    "company",
    "bank",
    "agency",
    "committee",
    "university",
    "institute",
    "fund",
    "corporation",
    "organization",
    "organisation",
    "union",
    "assembly",
    "office",
    "service",
    "administration",
    "government",
    "akimat",
    "group",
    "association",
    "commission",
    "court",
    "party",
    "foundation",
    "center",
    "centre",
    "inc",
    "inc.",
    "ltd",
    "ltd.",
    "corp",
    "corp.",
    "co",
    "co.",
    "plc",
    "llc",
    "ag",
    "sa",
    "gmbh",
    "jsc",
    "llp",
    "holding",
    "holdings",
    "airlines",
    "airways",
    "club",
    "fc",
    "united",
    "federation",
    "league",
    "parliament",
    "senate",
    "mazhilis",
    "kazinform",
    "news",
    "times",
    "post",
    "television",
    "tv",
    "radio",
    "press",
]
LOC_WORDS = [
    "region",
    "city",
    "oblast",
    "district",
    "province",
    "republic",
    "sea",
    "lake",
    "river",
    "mountains",
    "island",
    "islands",
    "county",
]
ROLES = ["akim", "governor", "minister", "chairman", "head", "deputy akim", "mayor", "director", "ambassador"]
MINISTRIES = ["Energy", "Foreign Affairs", "Finance", "Health", "Education", "Agriculture", "Justice", "Defence"]
CITIES_UP = ["ASTANA", "ALMATY", "SHYMKENT", "AKTAU", "ATYRAU", "BAKU", "TASHKENT", "BISHKEK", "ASHGABAT"]


def project_gazetteer() -> dict[str, list[str]]:
    """English names and aliases from the project gazetteer, by type."""
    out: dict[str, list[str]] = {"PER": [], "LOC": [], "ORG": [], "MISC": []}
    for line in (REPO / "pipeline" / "data" / "gazetteer.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        names = [row.get("en"), *list((row.get("aliases") or {}).get("en") or [])]
        for name in names:
            if name and not name.startswith(("President ", "Prime Minister ")):
                out[row["type"]].append(name)
    return out


def faker_lists() -> tuple[list[str], list[str], list[str], list[str]]:
    """First names, surnames, countries and company names from Faker (MIT) in several Latin-script locales."""
    from faker import Faker

    first: set[str] = set()
    last: set[str] = set()
    companies: list[str] = []
    locales = ["en_US", "en_GB", "de_DE", "fr_FR", "es_ES", "it_IT", "tr_TR", "pl_PL", "nl_NL", "pt_BR", "en_IN"]
    for loc in locales:
        fk = Faker(loc)
        fk.seed_instance(7)
        prov = fk.provider("faker.providers.person")
        for attr in ("first_names", "first_names_male", "first_names_female"):
            first.update(getattr(prov, attr, ()) or ())
        last.update(getattr(prov, "last_names", ()) or ())
        companies.extend(fk.company() for _ in range(60))
    countries = list(Faker("en_US").provider("faker.providers.address").countries)
    return sorted(first), sorted(last), countries, companies


def build_gazetteers(gaz: dict[str, list[str]], first: list[str], last: list[str], countries: list[str]) -> dict:
    """Lower-cased word lists the featurizer checks tokens against (shipped with the model)."""
    nlp = spacy.blank("en")

    def words(names: list[str]) -> set[str]:
        return {t.text.lower() for n in names for t in nlp.make_doc(n) if t.text[:1].isupper()}

    per_words = words(gaz["PER"])
    return {
        "first": sorted({w.lower() for w in first} | {n.split()[0].lower() for n in gaz["PER"] if " " in n}),
        "last": sorted({w.lower() for w in last} | per_words),
        "country": sorted(words(countries)),
        "loc": sorted(words(gaz["LOC"])),
        "org": sorted(words(gaz["ORG"])),
        "title": sorted(TITLE_WORDS),
        "orgword": sorted(ORG_WORDS),
        "locword": sorted(LOC_WORDS),
    }


def synthetic(n: int, gaz: dict[str, list[str]], first: list[str], last: list[str], countries: list[str],
              companies: list[str], seed: int = 5) -> list[dict]:  # fmt: skip
    """Kazinform-style template sentences (titles, appositions, datelines) labelled by construction."""
    rng = random.Random(seed)
    nlp = spacy.blank("en")
    full_pers = [p for p in gaz["PER"] if " " in p]
    surnames = [p for p in gaz["PER"] if " " not in p]
    regions = [x for x in gaz["LOC"] if x.endswith(" region")] or ["Akmola region"]
    places = [x for x in gaz["LOC"] if not x.endswith(" region")] + countries

    def person() -> str:
        r = rng.random()
        if r < 0.5 and full_pers:
            return rng.choice(full_pers)
        if r < 0.65 and surnames:
            return rng.choice(surnames)
        return f"{rng.choice(first)} {rng.choice(last)}"

    def org() -> str:
        r = rng.random()
        if r < 0.5:
            return rng.choice(gaz["ORG"])
        if r < 0.75:
            return f"Ministry of {rng.choice(MINISTRIES)} of {rng.choice(places[:60] or countries)}"
        return rng.choice(companies)

    templates = [
        "{PER}, {role} of {REG}, said the new plant would open next year.",
        "{PER}, {role} of the {ORG}, told reporters that talks with {LOC} went well.",
        "Akim of {REG} {PER} met with the delegation from {LOC}.",
        "{CITY}. KAZINFORM – Governor of {REG} {PER} called on the residents to stay calm.",
        "{Role} of {LOC} {PER} arrived in {LOC} on a working visit.",
        "Minister of {min} {PER} said the {ORG} had approved the plan.",
        "The Minister of {min} of {LOC} {PER} announced the news in his Facebook post.",
        "President {PER} held talks with {PER} in {LOC} on Tuesday.",
        "{CITY}. KAZINFORM – {PER} visited {LOC} to discuss cooperation with the {ORG}.",
        "{CITY}. KAZINFORM - The {ORG} will host a forum in {LOC} in May.",
        "According to the {ORG}, exports from {LOC} to {LOC} grew by 12 percent.",
        "{PER} said the decision was made after consultations with {PER}.",
        "Prime Minister {PER} chaired a meeting of the {ORG} in {LOC}.",
        "The delegation led by {PER} arrived in {LOC}, the {ORG} reported.",
        "{PER} thanked {PER} for the support of {LOC}.",
    ]
    rows: list[dict] = []
    for _ in range(n):
        tpl = rng.choice(templates)
        text = ""
        spans: list[tuple[int, int, str]] = []
        pos = 0
        while pos < len(tpl):
            open_ = tpl.find("{", pos)
            if open_ < 0:
                text += tpl[pos:]
                break
            text += tpl[pos:open_]
            close = tpl.index("}", open_)
            slot = tpl[open_ + 1 : close]
            value, label = {
                "PER": (person, "PER"),
                "LOC": (lambda: rng.choice(places), "LOC"),
                "REG": (lambda: rng.choice(regions), "LOC"),
                "ORG": (org, "ORG"),
                "CITY": (lambda: rng.choice(CITIES_UP), "LOC"),
                "role": (lambda: rng.choice(ROLES), ""),
                "Role": (lambda: rng.choice(ROLES).capitalize(), ""),
                "min": (lambda: rng.choice(MINISTRIES), ""),
            }[slot]
            val = value()
            if slot == "ORG" and text.endswith("the ") and val.startswith("The "):
                val = val[4:]
            if label:
                spans.append((len(text), len(text) + len(val), label))
            text += val
            pos = close + 1
        if "KAZINFORM" in text:
            k = text.index("KAZINFORM")
            spans.append((k, k + 9, "ORG"))
        doc = nlp.make_doc(text)
        tags = ["O"] * len(doc)
        for s, e, lab in spans:
            span = doc.char_span(s, e, alignment_mode="expand")
            if span is None:
                continue
            tags[span.start] = "B-" + lab
            for k in range(span.start + 1, span.end):
                tags[k] = "I-" + lab
        rows.append({"tokens": [t.text for t in doc], "tags": tags, "src": "synthetic"})
    return rows


class Net(nn.Module):
    """Summed hashed embeddings, conv (k=5), residual convs (k=3), linear label scores."""

    def __init__(self, dim: int, hidden: int, n_convs: int = 2, n_buckets: int = N_BUCKETS) -> None:
        super().__init__()
        self.emb = nn.Embedding(n_buckets, dim, padding_idx=0)
        nn.init.normal_(self.emb.weight, std=0.1)
        with torch.no_grad():
            self.emb.weight[0].zero_()
        self.convs = nn.ModuleList(
            [nn.Conv1d(dim, hidden, 5, padding=2)]
            + [nn.Conv1d(hidden, hidden, 3, padding=1) for _ in range(n_convs - 1)]
        )
        self.out = nn.Linear(hidden, len(TAGS))
        self.drop = nn.Dropout(0.25)

    def forward(self, ids: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        m = mask.unsqueeze(1)
        h = self.emb(ids).sum(dim=2).transpose(1, 2) * m  # B x D x T
        for conv in self.convs:
            out = torch.relu(conv(self.drop(h)))
            h = (out + h if out.shape == h.shape else out) * m
        return self.out(self.drop(h).transpose(1, 2))


def export(net: Net, gazetteers: dict, out_dir: Path, name: str = "weights.npz") -> None:
    """Write the network's arrays (float16) as ``name`` and gazetteers.json.gz in the layout EnglishNER reads."""
    out_dir.mkdir(parents=True, exist_ok=True)
    with torch.no_grad():
        arrays = {
            "emb": net.emb.weight.numpy(),
            "out": net.out.weight.T.numpy(),
            "bout": net.out.bias.numpy(),
        }
        for i, conv in enumerate(net.convs, start=1):
            arrays[f"c{i}"] = conv.weight.permute(2, 1, 0).numpy()
            arrays[f"b{i}"] = conv.bias.numpy()
    np.savez_compressed(out_dir / name, **{k: v.astype(np.float16) for k, v in arrays.items()})
    with gzip.open(out_dir / "gazetteers.json.gz", "wt", encoding="utf-8") as f:
        json.dump(gazetteers, f, ensure_ascii=False, separators=(",", ":"))


def spans_of(tags: list[str]) -> set[tuple[int, int, str]]:
    """Exact spans of a BIO sequence."""
    return set(bio_spans(tags))


def evaluate(tagger: EnglishNER, rows: list[dict], labels: tuple[str, ...] = ("PER", "LOC", "ORG")) -> dict[str, float]:
    """Micro F1 over exact spans of the given labels: all rows ("all") and each source."""
    pred = tagger.tag([r["tokens"] for r in rows])
    counts: dict[str, list[int]] = {}
    for r, p in zip(rows, pred, strict=False):
        gold = {s for s in spans_of(r["tags"]) if s[2] in labels}
        got = {s for s in p if s[2] in labels}
        for key in ("all", r["src"]):
            c = counts.setdefault(key, [0, 0, 0])
            c[0] += len(gold & got)
            c[1] += len(got - gold)
            c[2] += len(gold - got)
    return {k: 2 * tp / max(1, 2 * tp + fp + fn) for k, (tp, fp, fn) in counts.items()}


def main() -> None:
    """Train, pick the epoch with the best held-out F1, export to the package."""
    ap = argparse.ArgumentParser()
    ap.add_argument("--epochs", type=int, default=8)
    ap.add_argument("--dim", type=int, default=64)
    ap.add_argument("--buckets", type=int, default=N_BUCKETS, help="rows of the hashed feature table")
    ap.add_argument("--hidden", type=int, default=160)
    ap.add_argument("--convs", type=int, default=3, help="convolution layers (first k=5, the rest residual k=3)")
    ap.add_argument("--word-drop", type=float, default=0.25, help="dropout of the whole-word features")
    ap.add_argument("--tweets", type=float, default=0.5, help="share of tweet sentences (BTC, WNUT) used per epoch")
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--synthetic", type=float, default=0.12, help="share of synthetic sentences in training")
    ap.add_argument("--upper", type=float, default=0.1, help="share of training sentences also added upper-cased")
    ap.add_argument("--out", type=Path, default=MODEL_DIR)
    ap.add_argument("--file", default="weights.npz", help="weights file written in --out (one network of the model)")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--skip", default="", help="comma-separated training sources to leave out (ablations)")
    args = ap.parse_args()
    torch.set_num_threads(1)
    torch.manual_seed(args.seed)
    rng = random.Random(args.seed)

    gaz = project_gazetteer()
    first, last, countries, companies = faker_lists()
    gazetteers = build_gazetteers(gaz, first, last, countries)
    skip = set(filter(None, args.skip.split(",")))
    train = [json.loads(x) for x in (DATA / "train.jsonl").read_text(encoding="utf-8").splitlines()]
    train = [r for r in train if r["src"] not in skip]
    dev = [json.loads(x) for x in (DATA / "dev.jsonl").read_text(encoding="utf-8").splitlines()]
    n_syn = int(len(train) * args.synthetic / (1 - args.synthetic))
    train += synthetic(n_syn, gaz, first, last, countries, companies)
    ups = [
        {"tokens": [t.upper() for t in r["tokens"]], "tags": r["tags"], "src": r["src"] + "-upper"}
        for r in rng.sample(train, int(len(train) * args.upper))
    ]
    train += ups
    print(f"train {len(train)} (synthetic {n_syn}, upper {len(ups)}), dev {len(dev)}", file=sys.stderr)

    feat = Featurizer(gazetteers, args.buckets)
    enc = [(np.asarray(feat.sentence(r["tokens"]), dtype=np.int64), [TAG_ID[t] for t in r["tags"]]) for r in train]
    tweet = [r["src"].split("-")[0] in ("btc", "wnut17") for r in train]
    net = Net(args.dim, args.hidden, args.convs, args.buckets)
    opt = torch.optim.Adam(net.parameters(), lr=args.lr)
    # Feature dropout: the word itself (lower-cased and cased) and the word lists are hidden now and then, so
    # affixes, shape and context carry names the training data never saw.
    wd = args.word_drop
    drop_p = torch.tensor([wd, 0, 0, 0, 0, 0, 0, 0, wd, 0.3, 0.3, 0], dtype=torch.float32)
    assert drop_p.numel() == N_FEATURES
    best = (-1.0, 0)
    checkpoint = DATA / f"best-{args.out.name}-{Path(args.file).stem}.pt"
    for epoch in range(1, args.epochs + 1):
        t0 = time.time()
        net.train()
        # A fresh sample of the tweets each epoch keeps edited text (news, Wikipedia) the larger share.
        used = [i for i in range(len(enc)) if not tweet[i] or rng.random() < args.tweets]
        order = sorted(used, key=lambda i: len(enc[i][1]))
        batches = [order[i : i + 48] for i in range(0, len(order), 48)]
        rng.shuffle(batches)
        total = 0.0
        for b in batches:
            t_max = max(len(enc[i][1]) for i in b)
            ids = torch.zeros((len(b), t_max, N_FEATURES), dtype=torch.long)
            gold = torch.full((len(b), t_max), -100, dtype=torch.long)
            mask = torch.zeros((len(b), t_max))
            for j, i in enumerate(b):
                x, y = enc[i]
                ids[j, : len(y)] = torch.from_numpy(x)
                gold[j, : len(y)] = torch.tensor(y)
                mask[j, : len(y)] = 1
            keep = torch.rand(ids.shape) >= drop_p
            ids = ids * keep
            logits = net(ids, mask)
            loss = nn.functional.cross_entropy(logits.reshape(-1, len(TAGS)), gold.reshape(-1))
            opt.zero_grad()
            loss.backward()
            opt.step()
            with torch.no_grad():
                net.emb.weight[0].zero_()
            total += loss.item()
        for g in opt.param_groups:
            g["lr"] *= 0.85
        net.eval()
        export(net, gazetteers, args.out, args.file)
        scores = evaluate(EnglishNER(args.out, [args.file]), dev)
        f1 = scores["all"]
        by_src = " ".join(f"{k} {v * 100:.1f}" for k, v in sorted(scores.items()) if k != "all")
        took = time.time() - t0
        print(f"epoch {epoch} loss {total / len(batches):.4f} dev F1 {f1 * 100:.2f} ({by_src}) ({took:.0f}s)",
              file=sys.stderr, flush=True)  # fmt: skip
        if f1 > best[0]:
            best = (f1, epoch)
            torch.save(net.state_dict(), checkpoint)
    net.load_state_dict(torch.load(checkpoint))
    export(net, gazetteers, args.out, args.file)
    print(f"best dev F1 {best[0] * 100:.2f} at epoch {best[1]}", file=sys.stderr)


if __name__ == "__main__":
    main()
