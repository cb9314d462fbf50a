"""Training data for the Chinese NER tagger: the MSRA corpus (character BIO), a held-out slice of its training
file, and synthetic Kazinform-style sentences built from the project's gazetteer.

Sentences are lists of characters with one BIOES tag each; spans are ``(start, end, label)`` character offsets.
"""

from __future__ import annotations

import json
import random
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

ENTITY_TYPES = ("PER", "LOC", "ORG")
Span = tuple[int, int, str]
T = TypeVar("T")


@dataclass(frozen=True)
class Sentence:
    """One training or test sentence: its text and its gold entity spans."""

    text: str
    spans: tuple[Span, ...]


def read_bio(path: Path) -> list[Sentence]:
    """Read a char-per-line ``char<TAB>tag`` BIO file with blank lines between sentences (the MSRA layout)."""
    sentences: list[Sentence] = []
    chars: list[str] = []
    tags: list[str] = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip("\t "):
                if chars:
                    sentences.append(Sentence("".join(chars), tuple(bio_to_spans(tags))))
                    chars, tags = [], []
                continue
            char, _, tag = line.partition("\t")
            chars.append(char[:1] or " ")
            tags.append(tag.strip() or "O")
    if chars:
        sentences.append(Sentence("".join(chars), tuple(bio_to_spans(tags))))
    return sentences


def bio_to_spans(tags: Sequence[str]) -> list[Span]:
    """Spans of a BIO sequence; an I- that does not continue an entity of its type opens one (lenient)."""
    spans: list[Span] = []
    start, label = -1, ""
    for index, tag in enumerate([*tags, "O"]):
        prefix, _, kind = tag.partition("-")
        if prefix == "I" and start >= 0 and kind == label:
            continue
        if start >= 0:
            spans.append((start, index, label))
            start, label = -1, ""
        if prefix in ("B", "I") and kind in ENTITY_TYPES:
            start, label = index, kind
    return spans


def spans_to_bioes(length: int, spans: Iterable[Span]) -> list[str]:
    """BIOES tags of a sentence of ``length`` characters with the given (non-overlapping) spans."""
    tags = ["O"] * length
    for start, end, label in spans:
        if end - start == 1:
            tags[start] = f"S-{label}"
            continue
        tags[start] = f"B-{label}"
        for index in range(start + 1, end - 1):
            tags[index] = f"I-{label}"
        tags[end - 1] = f"E-{label}"
    return tags


HELD_OUT_SIZE = 2000
HELD_OUT_SEED = 13
"""The shipped tagger's dev slice: ``split_dev(sentences, HELD_OUT_SIZE, HELD_OUT_SEED)`` of the MSRA training file."""


def split_dev(sentences: Sequence[T], size: int, seed: int) -> tuple[list[T], list[T]]:
    """A fixed random slice of the training file for model selection (the test file is never looked at)."""
    order = list(range(len(sentences)))
    random.Random(seed).shuffle(order)
    held = set(order[:size])
    train = [s for i, s in enumerate(sentences) if i not in held]
    dev = [s for i, s in enumerate(sentences) if i in held]
    return train, dev


# -- synthetic Kazinform-style sentences ------------------------------------------------------------------

TITLES_AFTER = ("总统", "总理", "部长", "外长", "州长", "市长", "议长", "主席", "大使", "副总理", "先生", "女士")
JOINERS = ("·", "-")
SURNAME_ENDINGS = (
    "耶夫",
    "耶娃",
    "诺夫",
    "诺娃",
    "科夫",
    "科娃",
    "巴耶夫",
    "巴耶娃",
    "拜",
    "别克",
    "耶维奇",
    "乌勒",
    "奥夫",
    "洛娃",
)
# Places and bodies that Kazinform's Chinese service names all the time, next to those in the gazetteer.
EXTRA_LOC = ("中国", "北京", "哈萨克斯坦", "俄罗斯", "乌兹别克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "阿拉木图", "上海")
EXTRA_ORG = ("哈通社", "哈萨克国际通讯社", "新华社", "塔斯社", "外交部", "联合国")
ORG_SUFFIXES = ("外交部", "议会", "政府", "驻华大使馆", "国家银行", "总统办公厅", "能源部", "卫生部", "最高法院")

# {P}: a person, {L}: a place, {O}: an organisation, {T}: a title written after the name.
TEMPLATES = (
    "{L}总统{P}表示，两国关系正处于历史最好时期。",
    "{P}{T}指出，{L}愿同各方深化务实合作。",
    "据{O}报道，{O}主席{P}当天在{L}会见了来访的代表团。",
    "{O}{L}10月31日电 {P}{T}表示，{L}和{L}的合作前景广阔。",
    "{L}外交部长{P}出席了在{L}举行的{O}会议。",
    "{P}{T}强调，{O}将继续支持{L}的发展。",
    "{L}州长{P}向记者介绍了该州的经济发展情况。",
    "会谈期间，{P}与{P}就双边关系交换了意见。",
    "{P}说：“我们高度评价{L}在地区事务中的作用。”",
    "{O}代表{P}在发言中表示，{L}的投资环境不断改善。",
    "当天，{P}{T}在{L}主持召开了{O}扩大会议。",
    "{L}副总理{P}表示，今年前十个月双边贸易额增长了12%。",
    "{P}还指出，{L}和{L}之间的过境运输潜力巨大。",
    "据{O}消息，{P}将于下周访问{L}。",
    "{P}{T}向{P}{T}表示感谢。",
    "{L}驻{L}大使{P}接受了记者的采访。",
    "{P}表示，{O}已同{O}签署了合作备忘录。",
    "在{L}举行的论坛上，{P}介绍了{L}的改革进程。",
    "{O}新闻处报道，{P}{T}当天视察了{L}。",
    "{P}、{P}和{P}出席了开幕式。",
    "{P}（{P}）是{L}著名的诗人。",
    "记者从{O}获悉，{P}已被任命为{L}驻{L}大使。",
    "{P}{T}在{L}会见了{O}秘书长{P}。",
)


@dataclass
class Gazetteer:
    """Chinese names of the gazetteer by type, plus the syllables its transliterated person names are made of."""

    names: dict[str, list[str]]
    given_names: list[str]
    surnames: list[str]
    translit_chars: str


def read_gazetteer(path: Path) -> Gazetteer:
    """Chinese names and aliases per type; titles written inside aliases (托卡耶夫总统) are cut off."""
    names: dict[str, list[str]] = {kind: [] for kind in ENTITY_TYPES}
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if not line.strip():
                continue
            row = json.loads(line)
            kind = row.get("type")
            if kind not in names:
                continue
            for name in [row.get("zh"), *row.get("aliases", {}).get("zh", [])]:
                if not name:
                    continue
                for title in TITLES_AFTER:
                    if kind == "PER" and name.endswith(title) and len(name) > len(title) + 1:
                        name = name[: -len(title)]
                names[kind].append(name)
    given: list[str] = []
    surnames: list[str] = []
    for name in names["PER"]:
        parts = name.replace("-", "·").split("·")
        if len(parts) > 1:
            given.extend(p for p in parts[:-1] if p)
            surnames.append(parts[-1])
    chars = "".join(sorted({c for name in given + surnames for c in name}))
    return Gazetteer({k: sorted(set(v)) for k, v in names.items()}, sorted(set(given)), sorted(set(surnames)), chars)


def invented_person(gazetteer: Gazetteer, rng: random.Random) -> str:
    """A new transliterated name from the gazetteer's syllables: given name(s) joined to a surname.

    A surname standing alone is always a real one: an invented stem on its own looks too much like a
    transliterated place name (马拉维, 扎伊尔), which must stay LOC.
    """
    invented = "".join(rng.choice(gazetteer.translit_chars) for _ in range(rng.randint(1, 3)))
    invented += rng.choice(SURNAME_ENDINGS)
    roll = rng.random()
    if roll < 0.25 or not gazetteer.given_names:
        return rng.choice(gazetteer.surnames) if gazetteer.surnames else invented
    surname = rng.choice(gazetteer.surnames) if rng.random() < 0.5 and gazetteer.surnames else invented
    given = rng.choice(gazetteer.given_names)
    if roll < 0.4:
        given = f"{given}-{rng.choice(gazetteer.given_names)}"
    return f"{given}{rng.choice(JOINERS) if roll > 0.9 else '·'}{surname}"


def synthetic_sentences(
    gazetteer: Gazetteer, count: int, seed: int, corpus_names: dict[str, list[str]] | None = None
) -> list[Sentence]:
    """Template sentences whose slots are filled with gazetteer or invented names; titles stay outside spans.

    ``corpus_names`` (entity surfaces of the training corpus by type) fill a share of the slots, so the
    templates do not teach that every transliterated name is a person: 马拉维 or 波士顿 keep appearing as places.
    """
    rng = random.Random(seed)
    corpus_names = corpus_names or {}
    pools = {
        "P": (gazetteer.names["PER"], corpus_names.get("PER", [])),
        "L": (gazetteer.names["LOC"] + list(EXTRA_LOC), corpus_names.get("LOC", [])),
        "O": (gazetteer.names["ORG"] + list(EXTRA_ORG), corpus_names.get("ORG", [])),
    }
    labels = {"P": "PER", "L": "LOC", "O": "ORG"}
    sentences: list[Sentence] = []
    for _ in range(count):
        template = rng.choice(TEMPLATES)
        text = ""
        spans: list[Span] = []
        index = 0
        while index < len(template):
            if template[index] == "{" and template[index + 2] == "}":
                slot = template[index + 1]
                index += 3
                if slot == "T":
                    text += rng.choice(TITLES_AFTER)
                    continue
                own, from_corpus = pools[slot]
                roll = rng.random()
                if from_corpus and roll < 0.35:
                    value = rng.choice(from_corpus)
                elif slot == "P" and roll < 0.7:
                    value = invented_person(gazetteer, rng)
                elif slot == "O" and roll > 0.85:
                    value = rng.choice(pools["L"][0]) + rng.choice(ORG_SUFFIXES)
                else:
                    value = rng.choice(own)
                spans.append((len(text), len(text) + len(value), labels[slot]))
                text += value
                continue
            text += template[index]
            index += 1
        sentences.append(Sentence(text, tuple(spans)))
    return sentences
