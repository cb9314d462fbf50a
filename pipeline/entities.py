"""The entities stage: recognisers per block, merged by rules, then linked to entities.

Merge: the longest span wins; on equal spans the more reliable recogniser (gazetteer first, jieba's
POS tags last). Linking: gazetteer names carry their entity; other mentions whose (normal) form is a
gazetteer name or alias of the same type take that entity; a surname alone links to the full name
with that surname in the same document (the nearest before it, else the first after); a different
given name is a different person; everyone else becomes an entity of their own, keyed by label and
fullest form.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable

from pipeline.document import Block, Document, Mention, Sentence
from pipeline.gazetteer import GazetteerEntity
from pipeline.ner_en import english_names
from pipeline.ner_gazetteer import GazetteerMatcher
from pipeline.ner_ru import RussianNER
from pipeline.ner_zh import (
    chinese_titled_names,
    compound_organisations,
    latin_names,
    pos_names,
    transliterated_names,
)
from pipeline.segment import backend_for
from pipeline.translit import NAME_JOINERS

PRIORITY = {
    "gazetteer": 0,
    "caption": 1,
    "dateline": 1,
    "translit_zh": 2,
    "surname": 2,
    "compound_zh": 3,
    "natasha": 3,
    "stanza": 3,
    "zh_name": 4,
    "latin_zh": 5,
    "rules_en": 6,
    "jieba_pos": 7,
}
_NAME_PARTS = re.compile(f"[{re.escape(NAME_JOINERS)}\\s]+")
_DATELINE_EN = re.compile(r"([A-ZА-ЯЁ][A-ZА-ЯЁ'’ -]*[A-ZА-ЯЁ])\.\s*(KAZINFORM|КАЗИНФОРМ)")
_DATELINE_ZH = re.compile(r"哈萨克国际通讯社|哈通社")


class EntityRecognizer:
    """Callable stage; the Russian models load on the first Russian block."""

    def __init__(self, gazetteer: Iterable[GazetteerEntity]):
        self.gazetteer = list(gazetteer)
        self.matcher = GazetteerMatcher(self.gazetteer)
        self.aliases = alias_index(self.gazetteer)
        self._russian: RussianNER | None = None

    def russian(self) -> RussianNER:
        """natasha's models, and a matcher that also knows the gazetteer's Russian normal forms."""
        if self._russian is None:
            self._russian = RussianNER()
            self.matcher = GazetteerMatcher(self.gazetteer, self._russian.normal_form)
        return self._russian

    def __call__(self, doc: Document) -> Document:
        candidates: list[Mention] = []
        normal_forms: dict[tuple[int, int], str] = {}
        sentences_by_block: dict[int, list[Sentence]] = {}
        for sentence in doc.sentences:
            sentences_by_block.setdefault(sentence.block, []).append(sentence)
        for index, block in enumerate(doc.blocks):
            if block.kind == "date":
                continue
            candidates += self._block_candidates(doc, block, sentences_by_block.get(index, []), normal_forms)
        merged = merge(candidates + doc.candidate_mentions)
        doc.mentions = merge(merged + _surname_mentions(doc, merged, normal_forms))
        link(doc, normal_forms, self.aliases)
        _assign_sentences(doc)
        return doc

    def _block_candidates(
        self, doc: Document, block: Block, sentences: list[Sentence], normal_forms: dict[tuple[int, int], str]
    ) -> list[Mention]:
        text, start, end = doc.text, block.start, block.end
        if block.kind == "credit" and not block.credit_agency:
            return []  # a translator credit: the translator is metadata (documents.translator), not news
        found = self.matcher.find(text, start, end)
        if block.kind == "caption":
            found += _caption_mentions(text, block)
        elif block.kind == "credit" and block.credit_agency:
            found += _dateline_mentions(text, block)
        backend = backend_for(block.lang, text[start:end])
        if backend == "zh":
            found += _without_route_runs(transliterated_names(text, start, end), found)
            found += compound_organisations(text, list(found), end)
            found += latin_names(text, start, end)
            found += chinese_titled_names(text, start, end)
            for sentence in sentences:
                found += pos_names(text, sentence.tokens)
        elif backend == "ru" and block.lang == "ru" and block.kind not in ("caption", "credit"):
            russian = self.russian()
            for sentence in sentences:
                found += self.matcher.find_russian(text, sentence.tokens)
            for span in russian.find(text, start, end):
                found.append(span.mention)
                normal_forms[(span.mention.start, span.mention.end)] = span.normal
        elif backend == "en" and block.kind not in ("caption", "credit"):
            found += english_names(text, start, end)
        return found


WEAK = frozenset({"jieba_pos"})
"""Recognisers that only fill gaps: they never override a span another recogniser found."""


def merge(candidates: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions: longest first, then by recogniser priority, then leftmost; weak
    recognisers only where no other recogniser found anything."""
    strong = [m for m in candidates if m.recogniser not in WEAK]
    weak = [
        m for m in candidates if m.recogniser in WEAK and not any(m.start < s.end and s.start < m.end for s in strong)
    ]
    chosen: list[Mention] = []
    starts: list[int] = []
    for mention in sorted(strong + weak, key=lambda m: (m.start - m.end, PRIORITY[m.recogniser], m.start)):
        position = bisect.bisect_left(starts, mention.start)
        if position > 0 and chosen[position - 1].end > mention.start:
            continue
        if position < len(chosen) and chosen[position].start < mention.end:
            continue
        starts.insert(position, mention.start)
        chosen.insert(position, mention)
    return chosen


def _without_route_runs(translit: list[Mention], known: list[Mention]) -> list[Mention]:
    """Drop hyphen-joined runs made of known places (阿克套-巴库-波季 is a route, not a name), and
    suffixed runs whose name the gazetteer already knows (里海 stays 里海 in 里海地区)."""
    kept = []
    for mention in translit:
        inside = [k for k in known if mention.start <= k.start and k.end <= mention.end and k.label in ("LOC", "ORG")]
        if mention.label_fine == "translit:joined" and inside:
            continue
        if mention.label_fine.startswith("translit+") and any(k.start == mention.start for k in inside):
            continue
        kept.append(mention)
    return kept


def _surname_mentions(
    doc: Document, mentions: list[Mention], normal_forms: dict[tuple[int, int], str]
) -> list[Mention]:
    """Every other occurrence of the surname of a full name found in the document (努尔特列吾 after
    穆拉特·努尔特列吾, Бектенова after Олжас Бектенов, Kulagin after Sergey Kulagin)."""
    found = []
    prose = [b for b in doc.blocks if b.kind not in ("date", "credit")]
    for mention in mentions:
        if mention.label != "PER":
            continue
        parts = _parts(_key_form(doc, mention, normal_forms))
        if len(parts) < 2 or len(parts[-1]) < 2:
            continue
        surname = parts[-1]
        if re.search("[а-яёА-ЯЁ]", surname):
            pattern = re.compile(rf"(?<!\w){re.escape(_surname_key(surname))}\w{{0,3}}(?!\w)", re.IGNORECASE)
        elif re.search("[A-Za-z]", surname):
            pattern = re.compile(rf"(?<!\w){re.escape(surname)}(?!\w)")
        else:
            pattern = re.compile(re.escape(surname))
        for block in prose:
            for match in pattern.finditer(doc.text, block.start, block.end):
                found.append(Mention(match.start(), match.end(), "PER", "surname_of_full_name", "surname", 0.7))
    return found


def _caption_mentions(text: str, block: Block) -> list[Mention]:
    """The photographer (PER) and a named agency (ORG) of a caption's credit; `пресс-служба …` is a description."""
    mentions = []
    for value, label in ((block.credit_person, "PER"), (block.credit_agency, "ORG")):
        if not value or (label == "ORG" and not value[0].isupper()):
            continue
        position = text.find(value, block.start, block.end)
        if position >= 0:
            mentions.append(Mention(position, position + len(value), label, f"caption:{label}", "caption", 0.9))
    return mentions


def _dateline_mentions(text: str, block: Block) -> list[Mention]:
    """The agency (ORG) and the place (LOC) of a dateline: ``NUR-SULTAN. KAZINFORM``, ``（哈萨克国际通讯社讯）``."""
    mentions = []
    latin = _DATELINE_EN.search(text, block.start, block.end)
    if latin:
        mentions.append(Mention(latin.start(1), latin.end(1), "LOC", "dateline:place", "dateline", 0.9))
        mentions.append(Mention(latin.start(2), latin.end(2), "ORG", "dateline:agency", "dateline", 0.9))
    for match in _DATELINE_ZH.finditer(text, block.start, block.end):
        mentions.append(Mention(match.start(), match.end(), "ORG", "dateline:agency", "dateline", 0.9))
    return mentions


def _parts(name: str) -> list[str]:
    return [part for part in _NAME_PARTS.split(name) if part]


def _key_form(doc: Document, mention: Mention, normal_forms: dict[tuple[int, int], str]) -> str:
    form = normal_forms.get((mention.start, mention.end)) or doc.span(mention.start, mention.end)
    return "·".join(_parts(form)) if any(j in form for j in NAME_JOINERS) else " ".join(form.split())


def alias_index(gazetteer: list[GazetteerEntity]) -> dict[tuple[str, str], str]:
    """(label, folded name) -> entity id for every gazetteer form; a form two entities share is left out."""
    index: dict[tuple[str, str], str] = {}
    shared: set[tuple[str, str]] = set()
    for entity in gazetteer:
        for lang in ("zh", "ru", "en"):
            for surface in entity.surfaces(lang):
                key = (entity.type, _fold(surface))
                if index.get(key, entity.id) != entity.id:
                    shared.add(key)
                index[key] = entity.id
    for key in shared:
        del index[key]
    return index


def _fold(name: str) -> str:
    """Case and name joiners do not tell names apart (KAZINFORM ~ Kazinform, 达丽哈•纳扎尔巴耶娃 ~ …·…)."""
    return "·".join(_parts(name)).lower() if any(j in name for j in NAME_JOINERS) else " ".join(name.split()).lower()


def link(doc: Document, normal_forms: dict[tuple[int, int], str], aliases: dict[tuple[str, str], str]) -> None:
    """Give every mention an entity id (see the module docstring for the rules)."""
    for mention in doc.mentions:
        if mention.entity_id is None:
            mention.entity_id = aliases.get((mention.label, _fold(_key_form(doc, mention, normal_forms))))
    persons = [m for m in doc.mentions if m.label == "PER"]
    full_names = [(m, _parts(_key_form(doc, m, normal_forms))) for m in persons]
    full_names = [(m, parts) for m, parts in full_names if len(parts) >= 2]
    for mention in persons:
        parts = _parts(_key_form(doc, mention, normal_forms))
        if len(parts) != 1:
            continue
        surname = _surname_key(parts[0])
        same = [m for m, full in full_names if _surname_key(full[-1]) == surname]
        before = [m for m in same if m.start < mention.start]
        target = before[-1] if before else (same[0] if same else None)
        if target is not None:
            if target.entity_id is None:
                target.entity_id = _new_id(doc, target, normal_forms)
            mention.entity_id = target.entity_id
    for mention in doc.mentions:
        if mention.entity_id is None:
            mention.entity_id = _new_id(doc, mention, normal_forms)


def _surname_key(surname: str) -> str:
    """Russian surnames are compared without case endings (Бектенова ~ Бектенов)."""
    lowered = surname.lower()
    for ending in ("ым", "ом", "ой", "ым", "ою", "у", "а", "е"):
        if re.search("[а-яё]", lowered) and lowered.endswith(ending) and len(lowered) > len(ending) + 3:
            return lowered[: -len(ending)]
    return lowered


def _new_id(doc: Document, mention: Mention, normal_forms: dict[tuple[int, int], str]) -> str:
    """Deterministic id of an entity outside the gazetteer: label, script and normalised form."""
    form = _key_form(doc, mention, normal_forms)
    script = "zh" if re.search("[\u4e00-\u9fff]", form) else "ru" if re.search("[а-яёА-ЯЁ]", form) else "en"
    return f"{mention.label.lower()}:{script}:{form}"


def _assign_sentences(doc: Document) -> None:
    starts = [s.start for s in doc.sentences]
    for mention in doc.mentions:
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0 and doc.sentences[index].end >= mention.end:
            mention.sentence = index
