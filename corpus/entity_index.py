"""The corpus-wide `entities` table, gathered from each document's mentions as the build goes."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

import pyarrow as pa

from corpus.schemas import ENTITIES
from pipeline.document import Document
from pipeline.gazetteer import GazetteerEntity

MentionSummary = tuple[str, str, str, int]
"""(entity_id, label, surface, count) for one document."""


def summarise_mentions(doc: Document) -> list[MentionSummary]:
    """What the entity index needs of a document: small enough to send from a worker."""
    counts = Counter((m.entity_id or "", m.label, doc.span(m.start, m.end)) for m in doc.mentions)
    return [(entity_id, label, surface, n) for (entity_id, label, surface), n in counts.items()]


def surface_script(surface: str) -> str:
    if re.search("[\u4e00-\u9fff]", surface):
        return "zh"
    if re.search("[\u0400-\u04ff]", surface):
        return "ru"
    return "en"


@dataclass
class _Entry:
    label: str
    surfaces: Counter[str] = field(default_factory=Counter)
    docs: list[str] = field(default_factory=list)


class EntityIndex:
    """Entities seen so far: counts, surface forms and documents (kept in document order)."""

    def __init__(self, gazetteer: list[GazetteerEntity]):
        self.gazetteer = {entity.id: entity for entity in gazetteer}
        self.entries: dict[str, _Entry] = {}

    def add(self, doc_id: str, summary: list[MentionSummary]) -> None:
        for entity_id, label, surface, count in summary:
            entry = self.entries.setdefault(entity_id, _Entry(label))
            entry.surfaces[surface] += count
            if not entry.docs or entry.docs[-1] != doc_id:
                entry.docs.append(doc_id)

    @staticmethod
    def load_what_table_needs() -> None:
        """Import and warm what :meth:`table` uses: pypinyin's character table, the romanisers'
        tables, pyarrow's check for pandas types on the first Python values it converts (about 1 s). A
        build calls this on a thread once the first batch is annotated, so that the end of the build,
        which waits for everything else, does not also wait for this."""
        from pipeline.lang import romanized_person
        from pipeline.lang.zh.translit import pinyin_reading

        pinyin_reading("中文")
        for entity_id in ("per:zh:托卡耶夫", "per:ru:Токаев"):
            romanized_person(entity_id)
        pa.array(["warm-up"])

    def table(self) -> pa.Table:
        from pipeline.lang import romanized_person  # the language packages: only when a table is written
        from pipeline.lang.zh.translit import pinyin_reading

        rows = []
        for entity_id in sorted(self.entries):
            entry = self.entries[entity_id]
            known = self.gazetteer.get(entity_id)
            names = dict(known.names) if known else {"zh": None, "ru": None, "en": None}
            if known is not None and names.get("zh") is None:  # a known person the gazetteer has no Chinese for
                names["zh"] = max((s for s in entry.surfaces if surface_script(s) == "zh"), key=len, default=None)
            if known is None:
                for surface in entry.surfaces:
                    lang = surface_script(surface)
                    if names.get(lang) is None or len(surface) > len(names[lang] or ""):
                        names[lang] = surface
                fullest = entity_id.split(":", 2)[-1]
                names[surface_script(fullest)] = fullest
                names["en"] = names.get("en") or romanized_person(entity_id)
            rows.append(
                {
                    "entity_id": entity_id,
                    "label": known.type if known else entry.label,
                    "name_zh": names.get("zh"),
                    "name_ru": names.get("ru"),
                    "name_en": names.get("en"),
                    "pinyin": pinyin_reading(names["zh"]) if names.get("zh") else None,
                    "wikidata": known.wikidata if known else None,
                    "in_gazetteer": known is not None,
                    "aliases": sorted(entry.surfaces),
                    "n_mentions": sum(entry.surfaces.values()),
                    "n_docs": len(entry.docs),
                    "docs": entry.docs,
                }
            )
        return pa.Table.from_pylist(rows, schema=ENTITIES)
