"""Score the pipeline against the gold annotations in the shared evaluation folder.

    python evaluation/evaluate.py                  # gold at ../shared/eval
    python evaluation/evaluate.py --gold PATH --hmm

Sections:
- structure: title, date, translator, captions (text, person, agency) and headings of the seeds;
- tokens: how segmentation treats the gold person names of the Chinese articles: kept whole as one
  token, split only at name boundaries (no token crosses the name's edges), or cut across;
- entities: persons, places and organisations as sets of surface strings per article (the gold's
  convention), precision / recall / F1 per type, for the seeds and for the dev articles;
- quotes: direct and indirect quotes matched by the start and end of their content, precision /
  recall / F1, and speaker accuracy over the matched ones.
- romanisation: how often a dev person's name spelled by rule (no gazetteer) is the gold's English name;
- linking: how the Chinese forms of gazetteer persons link when the gazetteer knows them in Russian and English
  only (their Chinese names hidden): to the person, to a new person, or to another one (needs no gold).
- pair-linking: how a Chinese person of one version of a story links to the person of its Russian or English
  version (the entities table's same_as), beside the names of other persons (needs no gold).

``--holdout`` first removes from the gazetteer every person that a dev gold surface names, so the dev
person figures show what the rules find on their own, as for people the gazetteer has never seen;
``--holdout-chinese`` removes only their Chinese names, as for people the gazetteer knows in Russian and
English alone (most of its Kazakh officials), whom a Chinese article must be linked to by its spelling.
"""

from __future__ import annotations

import argparse
import difflib
import json
import re
import sys
import tempfile
import unicodedata
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


def _name_cuts(document: Document, name: str, longer: tuple[str, ...] = ()) -> list[str]:
    """whole / split / crossed for each occurrence of ``name``; an occurrence inside one of the ``longer``
    names (a surname inside the full name, 沙曼诺夫 in 弗拉基米尔·沙曼诺夫) is that name's, not its own."""
    inside = [
        (match, match + len(full)) for full in longer for match in _occurrences(document.text, full) if name in full
    ]
    verdicts = []
    start = document.text.find(name)
    while start >= 0:
        end = start + len(name)
        if any(s <= start and end <= e for s, e in inside):
            start = document.text.find(name, end)
            continue
        tokens = [t for s in document.sentences for t in s.tokens if t.end > start and t.start < end]
        if len(tokens) == 1 and (tokens[0].start, tokens[0].end) == (start, end):
            verdicts.append("whole")
        elif tokens and tokens[0].start >= start and tokens[-1].end <= end:
            verdicts.append("split")
        else:
            verdicts.append("crossed")
        start = document.text.find(name, end)
    return verdicts


def _occurrences(text: str, name: str) -> list[int]:
    found, start = [], text.find(name)
    while start >= 0:
        found.append(start)
        start = text.find(name, start + len(name))
    return found


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
            longer = tuple(other for other in set(names) if len(other) > len(name))
            for verdict in _name_cuts(document, name, longer):
                counts[verdict] += 1
    total = sum(counts.values())
    print(f"## tokens: gold Chinese person names in text ({total} occurrences)")
    for verdict, count in counts.items():
        print(f"{verdict:8s} {count:4d}  {count / total:.1%}")


TYPES = (("PER", "persons"), ("LOC", "places"), ("ORG", "orgs"))


def dev_half(file: str) -> str:
    """``A`` or ``B``: the dev articles of each language alternate between two halves by file number, so a
    rule developed on half A and checked on half B shows whether it fits the language or an article."""
    number = int(Path(file).stem)
    return "A" if number % 4 in (1, 2) else "B"


def set_keys(set_name: str, path: Path) -> tuple[str, ...]:
    """The rows an article counts in: its set (dev), its language (dev-zh) and, for dev, its half (devA)."""
    keys = [set_name.split("-")[0], set_name]
    if set_name.startswith("dev"):
        keys.append(f"dev{dev_half(path.name)}")
    return tuple(dict.fromkeys(keys))


def gold_articles(gold_dir: Path) -> list[tuple[str, Path, dict[str, set[str]]]]:
    """(set name, article path, gold surfaces per type) for the seeds and the dev articles."""
    articles = []
    seeds = json.loads((gold_dir / "seeds-gold.json").read_text(encoding="utf-8"))["docs"]
    for name, gold in seeds.items():
        persons = {s for p in gold["persons"] for s in p.get("zh", []) + p.get("ru_text", [])}
        articles.append(
            ("seeds", ROOT / "seeds" / name, {"PER": persons, "LOC": set(gold["places"]), "ORG": set(gold["orgs"])})
        )
    for line in (gold_dir / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(line)
        persons = {s for p in gold["persons"] for s in p["surface"]}
        articles.append(
            (
                f"dev-{gold['lang']}",
                gold_dir / "dev" / gold["file"],
                {"PER": persons, "LOC": set(gold["places"]), "ORG": set(gold["orgs"])},
            )
        )
    return articles


def holdout_gazetteer(gold_dir: Path, scratch: Path, keep: tuple[str, ...] = ()) -> Path:
    """A gazetteer file that replaces every dev-named person with one that has names in the ``keep``
    languages only (same id; none by default)."""
    from corpus.resources import load_gazetteer

    surfaces = set()
    for set_name, _, gold in gold_articles(gold_dir):
        if set_name.startswith("dev"):
            surfaces |= set().union(*gold.values())
    entities, _ = load_gazetteer()
    lines = []
    for entity in entities:
        forms = {f for lang in ("zh", "ru", "en") for f in entity.surfaces(lang)}
        if entity.type == "PER" and forms & surfaces:
            names = {lang: entity.names.get(lang) if lang in keep else None for lang in ("zh", "ru", "en")}
            aliases = {lang: forms for lang, forms in entity.aliases.items() if lang in keep}
            lines.append(json.dumps({"id": entity.id, "type": entity.type, **names, "aliases": aliases}))
    path = scratch / "holdout.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    what = f"keep only their {'/'.join(keep)} names" if keep else "are emptied"
    print(f"(holdout: {len(lines)} gazetteer persons named in the dev gold {what})")
    return path


def score_entities(pipeline: Pipeline, gold_dir: Path, show: str | None = None) -> None:
    counts: dict[tuple[str, str], list[int]] = {}
    for set_name, path, gold in gold_articles(gold_dir):
        document, _ = pipeline.annotate(path.read_text(encoding="utf-8"), path.name)
        shown = show in set_keys(set_name, path)
        if shown:
            print(f"### {path.parent.name}/{path.name}")
        for label, _ in TYPES:
            predicted = {document.span(m.start, m.end) for m in document.mentions if m.label == label}
            if shown and predicted != gold[label]:
                print(f"  {label} missed {sorted(gold[label] - predicted)} wrong {sorted(predicted - gold[label])}")
            for key in ((name, label) for name in set_keys(set_name, path)):
                tally = counts.setdefault(key, [0, 0, 0])
                tally[0] += len(predicted & gold[label])
                tally[1] += len(predicted)
                tally[2] += len(gold[label])
    print("## entities: surface sets per article")
    print("| set | type | P | R | F1 | found | gold |")
    print("|---|---|---:|---:|---:|---:|---:|")
    for (set_name, label), (hits, found, wanted) in sorted(counts.items()):
        p = hits / found if found else 1.0
        r = hits / wanted if wanted else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"| {set_name} | {label} | {p:.3f} | {r:.3f} | {f:.3f} | {found} | {wanted} |")


_MARKS = " \t\n“”\"'«»‘’「」"


def _quote_matches(predicted: str, gold: dict) -> bool:
    text = predicted.strip(_MARKS)
    return text.startswith(gold["starts"].strip(_MARKS)) and text.endswith(gold["ends"].strip(_MARKS))


def _speaker_right(pipeline: Pipeline, document: Document, quote, gold: dict) -> bool:  # type: ignore[no-untyped-def]
    """Same person (English name, or the gold's key for people without one), or both unnamed."""
    entity = quote.speaker_entity_id
    if gold.get("speaker_en"):
        return pipeline.quotes.name_en(entity) == gold["speaker_en"]  # the quotes table's
    key = gold.get("speaker_key")
    if key:
        return (entity or "").split(":")[-1] == key
    return entity is None


_ALIKE = 0.75
"""How alike each word of two English names must be (difflib ratio of their spelling keys) to count as one name
spelled two ways (Kailbganov ~ Kelbuganov; not Mamin ~ Mamyrov)."""
_SOUNDS_ALIKE = (("dzh", "zh"), ("j", "zh"), ("kh", "h"), ("y", "i"), ("healthcare", "health"))


def _spelling_key(name: str) -> str:
    """A name with what Kazakh romanisations write either way taken out (Yerlan/Erlan, Assylov/Asylov,
    Sharlapayev/Sharlapaev): lower case, no marks, sounds written alike, no doubled letters."""
    key = "".join(c for c in unicodedata.normalize("NFKD", name.casefold()) if c.isalpha() or c == " ")
    for written, sound in _SOUNDS_ALIKE:
        key = key.replace(written, sound)
    key = re.sub(r"\bie", "e", key)
    return re.sub(r"(.)\1+", r"\1", key)


def _speaker_alike(pipeline: Pipeline, document: Document, quote, gold: dict) -> bool:  # type: ignore[no-untyped-def]
    """Right, or the same name spelled another way (`Mukhtar Tileuberdi` for `Mukhtar Tleuberdi`): the scorer's
    `resolves to the same person` whatever the romanisation."""
    if _speaker_right(pipeline, document, quote, gold):
        return True
    named, wanted = pipeline.quotes.name_en(quote.speaker_entity_id), gold.get("speaker_en")
    if not named or not wanted or len(named.split()) != len(wanted.split()):
        return False
    return all(
        difflib.SequenceMatcher(None, _spelling_key(a), _spelling_key(b)).ratio() >= _ALIKE
        for a, b in zip(named.split(), wanted.split(), strict=True)
    )


def _show_quote_errors(  # type: ignore[type-arg]
    pipeline: Pipeline, document: Document, predicted: list, gold: list, used: set, path: Path
) -> None:
    """Print what was missed, found wrongly, or attributed to the wrong speaker in one article (SPELLING: the right
    person under another spelling of the name)."""
    print(f"### {path.parent.name}/{path.name}")
    for item in gold:
        hit = next((q for q in predicted if _quote_matches(document.span(q.start, q.end), item)), None)
        if hit is None:
            print(f"  MISSED {item['kind']} [{item.get('speaker_surface')}] {item['starts']} … {item['ends']}")
        elif not _speaker_right(pipeline, document, hit, item):
            speaker = document.span(hit.speaker_start, hit.speaker_end) if hit.speaker_start is not None else None
            named = pipeline.quotes.name_en(hit.speaker_entity_id)
            kind = "SPELLING" if _speaker_alike(pipeline, document, hit, item) else "SPEAKER"
            print(
                f"  {kind} want {item.get('speaker_en')} got {hit.speaker_entity_id} = {named!r} ({speaker!r})"
                f" {item['starts']}"
            )
    for i, q in enumerate(predicted):
        if i not in used:
            print(f"  EXTRA {q.kind} {document.span(q.start, q.end)[:90]!r}")


def score_quotes(pipeline: Pipeline, gold_dir: Path, show: str | None = None) -> None:
    gold_sets: list[tuple[str, Path, list[dict]]] = []
    seeds = json.loads((gold_dir / "seeds-gold.json").read_text(encoding="utf-8"))["docs"]
    for name, gold in seeds.items():
        if gold.get("quotes"):
            gold_sets.append(("seeds", ROOT / "seeds" / name, gold["quotes"]))
    for line in (gold_dir / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        gold_sets.append((f"dev-{record['lang']}", gold_dir / "dev" / record["file"], record["quotes"]))
    totals: dict[str, list[int]] = {}
    for set_name, path, quotes in gold_sets:
        document, _ = pipeline.annotate(path.read_text(encoding="utf-8"), path.name)
        predicted = [q for q in document.quotes if q.kind in ("direct", "indirect")]
        matched = 0
        speakers = alike = 0
        used: set[int] = set()
        for gold in quotes:
            hit = next(
                (
                    i
                    for i, q in enumerate(predicted)
                    if i not in used and _quote_matches(document.span(q.start, q.end), gold)
                ),
                None,
            )
            if hit is not None:
                used.add(hit)
                matched += 1
                speakers += _speaker_right(pipeline, document, predicted[hit], gold)
                alike += _speaker_alike(pipeline, document, predicted[hit], gold)
        if show and show in set_keys(set_name, path):
            _show_quote_errors(pipeline, document, predicted, quotes, used, path)
        for key in set_keys(set_name, path):
            tally = totals.setdefault(key, [0, 0, 0, 0, 0])
            tally[0] += matched
            tally[1] += len(predicted)
            tally[2] += len(quotes)
            tally[3] += speakers
            tally[4] += alike
    print("## quotes: span match by start/end text; speaker accuracy over matched quotes")
    print("(spelling aside: also right when the English name is the gold's spelled another way)")
    print("| set | P | R | F1 | speaker acc. | found | gold | speaker acc., spelling aside |")
    print("|---|---:|---:|---:|---:|---:|---:|---:|")
    for name, (matched, found, wanted, speakers, alike) in sorted(totals.items()):
        p = matched / found if found else 1.0
        r = matched / wanted if wanted else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        accuracy = speakers / matched if matched else 0.0
        loose = alike / matched if matched else 0.0
        print(f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {accuracy:.3f} | {found} | {wanted} | {loose:.3f} |")


def score_romanisation(pipeline: Pipeline, gold_dir: Path) -> None:
    """How often a person's name romanised by rule (no gazetteer) is exactly the gold's English name: the
    fullest gold surface of each Chinese and Russian person, per language and dev half."""
    from pipeline.lang import romanized_person

    totals: dict[str, list[int]] = {}
    for line in (gold_dir / "dev" / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["lang"] not in ("zh", "ru"):
            continue
        path = gold_dir / "dev" / record["file"]
        for person in record["persons"]:
            if not person.get("en"):
                continue
            name = max(person["surface"], key=len)
            right = romanized_person(f"per:{record['lang']}:{name}") == person["en"]
            for key in ("dev", f"dev-{record['lang']}", f"dev{dev_half(path.name)}"):
                tally = totals.setdefault(key, [0, 0])
                tally[0] += right
                tally[1] += 1
    print("## romanisation: rule spelling of the fullest surface = gold English name (no gazetteer)")
    print("| set | exact | persons |")
    print("|---|---:|---:|")
    for name, (right, count) in sorted(totals.items()):
        print(f"| {name} | {right / count:.3f} | {count} |")


def score_linking(pipeline: Pipeline, gold_dir: Path) -> None:
    """How a Chinese transliteration links to a person the gazetteer knows in Russian or English only (most Kazakh
    officials): every gazetteer person with a Chinese name has it hidden, and each of its Chinese forms (the name,
    the surname alone, with a title) is annotated in a sentence of its own. Right: linked to that person; new: a
    person of its own (no gazetteer id); wrong: linked to another gazetteer person. Needs no gold."""
    from corpus.resources import load_gazetteer

    entities, _ = load_gazetteer()
    hidden = [e for e in entities if e.type == "PER" and e.names.get("zh") and (e.names.get("ru") or e.names.get("en"))]
    known = {e.id for e in entities}
    with tempfile.TemporaryDirectory() as scratch:
        path = Path(scratch) / "without_chinese.jsonl"
        records = (
            {
                "id": e.id,
                "type": "PER",
                "zh": None,
                "ru": e.names.get("ru"),
                "en": e.names.get("en"),
                "aliases": {lang: forms for lang, forms in e.aliases.items() if lang != "zh"},
            }
            for e in hidden
        )
        path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
        linking = make_pipeline(PipelineConfig(gazetteer_files=(str(path),)))
        tally = {"right": 0, "new": 0, "wrong": 0}
        for entity in hidden:
            for form in entity.surfaces("zh"):
                doc = linking.annotate(f"标题\n\n{form}表示，双方将继续加强合作。\n", "linking.txt")[0]
                found = {m.entity_id for m in doc.mentions if m.label == "PER"} & known
                tally["right" if entity.id in found else "wrong" if found else "new"] += 1
    print("## linking: Chinese forms of gazetteer persons known in Russian and English only (their Chinese hidden)")
    print("| forms | right | new person | wrong person |")
    print("|---:|---:|---:|---:|")
    print(f"| {sum(tally.values())} | {tally['right']} | {tally['new']} | {tally['wrong']} |")


PAIR_OTHERS = (8, 30)
"""How many other persons of the gazetteer each Chinese form is put beside in ``pair-linking``."""


def score_pair_linking(pipeline: Pipeline, gold_dir: Path) -> None:
    """How a Chinese person of one version of a story links to the person of the other version
    (:func:`pipeline.align.persons.same_persons`): each Chinese form of a gazetteer person with a Russian or English
    name (the name, and a surname written alone) beside that name and the names of up to 8 or 30 other persons drawn
    at random (right: to the person; wrong: to another), and beside the others alone (any link is wrong). Reads no
    gold annotations."""
    import random

    from corpus.resources import load_gazetteer
    from pipeline.align.persons import NamedPerson, same_persons
    from pipeline.names import name_parts

    entities, _ = load_gazetteer()
    persons = [e for e in entities if e.type == "PER"]
    print("## pair linking: Chinese forms of gazetteer persons beside the other version's names")
    print("| other language | others | forms | right | none | wrong | wrong, the person absent |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for lang in ("ru", "en"):
        for count in PAIR_OTHERS:
            draw, tally = random.Random(1), {"right": 0, "none": 0, "wrong": 0, "absent": 0}
            for entity in (e for e in persons if e.names.get("zh") and e.names.get(lang)):
                others = [
                    NamedPerson(o.id, lang, o.names[lang])  # type: ignore[arg-type]
                    for o in draw.sample(persons, count)
                    if o.id != entity.id and o.names.get(lang)
                ]
                parts = name_parts(entity.names["zh"])  # type: ignore[arg-type]
                forms = [entity.names["zh"], *(parts[-1:] if len(parts) > 1 else [])]
                for form in forms:
                    chinese = [NamedPerson("chinese", "zh", form)]  # type: ignore[arg-type]
                    found = dict(same_persons(chinese, [NamedPerson(entity.id, lang, entity.names[lang]), *others]))
                    linked = found.get("chinese")
                    tally["right" if linked == entity.id else "none" if linked is None else "wrong"] += 1
                    tally["absent"] += bool(same_persons(chinese, others))
            forms_seen = tally["right"] + tally["none"] + tally["wrong"]
            print(
                f"| {lang} | {count} | {forms_seen} | {tally['right']} | {tally['none']} | {tally['wrong']} | "
                f"{tally['absent']} |"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gold", type=Path, default=ROOT.parent / "shared" / "eval", help="evaluation folder")
    parser.add_argument("--hmm", action="store_true", help="segment with jieba's HMM on")
    parser.add_argument("--holdout", action="store_true", help="empty the gazetteer entries the dev gold names")
    parser.add_argument(
        "--holdout-chinese",
        action="store_true",
        help="take the Chinese names of the gazetteer persons the dev gold names (known in Russian and English only)",
    )
    parser.add_argument(
        "--only",
        choices=("structure", "tokens", "entities", "quotes", "romanisation", "linking", "pair-linking"),
        help="run one section",
    )
    parser.add_argument(
        "--show", metavar="SET", help="print the entity and quote errors of one set (devA, dev-ru, ...)"
    )
    args = parser.parse_args()
    if not (args.gold / "seeds-gold.json").is_file():
        raise SystemExit(f"{args.gold}: no seeds-gold.json here; point --gold at the evaluation folder")
    with tempfile.TemporaryDirectory() as scratch:
        extra: tuple[str, ...] = ()
        if args.holdout or args.holdout_chinese:
            keep = ("ru", "en") if args.holdout_chinese else ()
            extra = (str(holdout_gazetteer(args.gold, Path(scratch), keep)),)
        pipeline = make_pipeline(PipelineConfig(hmm=args.hmm, gazetteer_files=extra))
        sections = (
            ("structure", score_structure),
            ("tokens", score_tokens),
            ("entities", score_entities),
            ("quotes", score_quotes),
            ("romanisation", score_romanisation),
            ("linking", score_linking),
            ("pair-linking", score_pair_linking),
        )
        for name, section in sections:
            if args.only in (None, name):
                section(pipeline, args.gold, args.show) if name in ("quotes", "entities") else section(
                    pipeline, args.gold
                )


if __name__ == "__main__":
    main()
