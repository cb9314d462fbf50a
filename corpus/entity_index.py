"""The corpus-wide `entities` table, gathered from each document's mentions as the build goes."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import pyarrow as pa

from corpus.reader import with_same_as
from corpus.schemas import ENTITIES
from pipeline.align.persons import NamedPerson, one_person, same_persons
from pipeline.document import Document
from pipeline.gazetteer import GazetteerEntity
from pipeline.names import name_parts

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

    def table(self, doc_pairs: pa.Table | None = None) -> pa.Table:
        """The entities table; with the build's ``doc_pairs``, the persons that the two versions of a story name in two
        scripts are linked (see :meth:`_link_paired_persons`)."""
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
                    "same_as": [],
                }
            )
        if doc_pairs is not None and doc_pairs.num_rows:
            self._link_paired_persons(rows, doc_pairs, pinyin_reading)
        return pa.Table.from_pylist(rows, schema=ENTITIES)

    def _link_paired_persons(
        self, rows: list[dict[str, Any]], doc_pairs: pa.Table, pinyin_reading: Callable[[str], str | None]
    ) -> None:
        """In each pair of a Chinese or Russian article and its version in another language, a person outside the
        gazetteer (``per:zh:…``, ``per:ru:…``) and the person of the other version whose name it reads near are one
        (:func:`pipeline.align.persons.same_persons`): each row lists the other in ``same_as`` and the first takes
        the other's English name (the person's own spelling, where its own was a romanisation; a gazetteer
        partner's before an English text's, an English text's before a Russian romanisation). An id whose partners
        are named otherwise (a surname alone, `per:zh:卡林`, beside Yerlan Karin in one pair and Aslan Karin in
        another; spellings of one name, Kiyasov and Kiyassov, are one) is no one person and is linked to none.
        Russian and English versions are linked first, so that a Chinese person linked to a Russian one takes the
        English spelling the Russian one found; then each set of linked rows shares the Chinese and Russian names
        one of them has, where they have one only."""
        by_id = {row["entity_id"]: row for row in rows}
        persons_of: dict[str, list[str]] = {}
        for row in rows:
            if row["label"] == "PER":
                for doc_id in row["docs"]:
                    persons_of.setdefault(doc_id, []).append(row["entity_id"])
        pairs = doc_pairs.select(["doc_id_a", "doc_id_b", "lang_a", "lang_b"]).to_pylist()
        for lang_a, langs_b in (("ru", ("en",)), ("zh", ("ru", "en"))):
            partners: dict[str, set[str]] = {}
            for pair in pairs:
                if pair["lang_a"] != lang_a or pair["lang_b"] not in langs_b:
                    continue
                ids_a = set(persons_of.get(pair["doc_id_a"], []))
                persons = [NamedPerson(i, lang_a, _name_of(i)) for i in sorted(ids_a) if i.startswith(f"per:{lang_a}:")]
                if not persons:
                    continue
                others = [
                    person
                    for entity_id in persons_of.get(pair["doc_id_b"], [])
                    if entity_id not in ids_a and (person := _named_person(by_id[entity_id], pair["lang_b"]))
                ]
                for first_id, other_id in same_persons(persons, others):
                    partners.setdefault(first_id, set()).add(other_id)
            takers: dict[str, list[str]] = {}  # a partner taken by firsts of several pairs must be taken by one person
            for first_id, other_ids in partners.items():
                for other_id in other_ids:
                    takers.setdefault(other_id, []).append(first_id)
            for first_id, other_ids in sorted(partners.items()):
                spellings = [by_id[other_id]["name_en"] for other_id in sorted(other_ids, key=_name_source_rank)]
                if (
                    None in spellings
                    or len({_spelling_key(spelling) for spelling in spellings}) != 1
                    or not all(one_person([_name_of(taker) for taker in takers[other_id]]) for other_id in other_ids)
                ):
                    continue
                first = by_id[first_id]
                if len(name_parts(spellings[0])) >= len(name_parts(_name_of(first_id))):  # not Karin for Yerlan Karin
                    first["name_en"] = spellings[0]
                for other_id in sorted(other_ids):
                    first["same_as"].append(other_id)
                    by_id[other_id]["same_as"].append(first_id)
        for linked in _linked_sets(rows, by_id):
            for lang in ("zh", "ru"):
                names = {by_id[entity_id][f"name_{lang}"] for entity_id in linked} - {None}
                if len(names) == 1:
                    name = names.pop()
                    for entity_id in linked:
                        by_id[entity_id][f"name_{lang}"] = by_id[entity_id][f"name_{lang}"] or name
        for row in rows:  # a name_zh the links gave
            if row["name_zh"] and row["pinyin"] is None:
                row["pinyin"] = pinyin_reading(row["name_zh"])


def _named_person(row: dict[str, Any], lang: str) -> NamedPerson | None:
    """A person of a Russian or English version as the pairing compares it: by its name in that language, else its
    Russian, else its English name."""
    for name_lang in (lang, "ru", "en"):
        name = row[f"name_{name_lang}"]
        if name and surface_script(name) == name_lang:
            return NamedPerson(row["entity_id"], name_lang, name)
    return None


def _name_of(entity_id: str) -> str:
    """The fullest form an id outside the gazetteer holds (per:zh:叶尔兰·卡林 -> 叶尔兰·卡林)."""
    return entity_id.split(":", 2)[-1]


def _name_source_rank(entity_id: str) -> tuple[int, str]:
    """Whose English name a linked person takes first: a gazetteer person's, then an English text's, then a Russian
    one's (its English name found in a pair of its own, or romanised)."""
    return (2 if entity_id.startswith("per:ru:") else 1 if entity_id.startswith("per:en:") else 0), entity_id


def _spelling_key(name: str) -> str:
    """A name with what romanisations of one name write either way taken out (Kiyassov / Kiyasov, Yerlan / Erlan,
    Yessimov / Esimov): word by word, lower case, letters only, doubled letters once, `ye` opening a word or after a
    vowel as `e`, `y` before a vowel as `i`."""
    words = []
    for word in re.findall(r"[a-z]+", name.casefold()):
        word = re.sub(r"(.)\1+", r"\1", word)
        word = re.sub(r"^ye|(?<=[aeiou])ye", "e", word)
        words.append(re.sub(r"y(?=[aeiou])", "i", word))
    return " ".join(words)


def _linked_sets(rows: list[dict[str, Any]], by_id: dict[str, dict[str, Any]]) -> list[list[str]]:
    """The ids that ``same_as`` joins, directly or through others, each set once (only sets of two or more)."""
    seen: set[str] = set()
    found = []
    for row in rows:
        if row["entity_id"] not in seen and row["same_as"]:
            linked = [entity["entity_id"] for entity in with_same_as([row], by_id)]
            seen.update(linked)
            found.append(linked)
    return found
