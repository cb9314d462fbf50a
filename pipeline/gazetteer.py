"""The trilingual gazetteer: entities with their names in Chinese, Russian and English.

Parsing only; reading the files is done by ``corpus.resources``.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field

ENTITY_TYPES = ("PER", "LOC", "ORG", "MISC")
LANGS = ("zh", "ru", "en")
JIEBA_TAGS = {"PER": "nr", "LOC": "ns", "ORG": "nt", "MISC": "nz"}
"""jieba POS tag given to each gazetteer name loaded as a user word."""
HOME_COUNTRY = "loc:kazakhstan"
"""The gazetteer's entity of the country the news is from: the one whose offices ``office_holders.tsv`` lists and the
office phrases name, whose ministries are written without it (旅游和体育部)."""
HOME_CAPITAL = "loc:astana"
"""The gazetteer's entity of the home country's capital: the city `столичный акимат` (the capital's akimat) means."""


class GazetteerError(ValueError):
    """A gazetteer line that cannot be read; the message names the file and line."""


@dataclass(slots=True)
class GazetteerEntity:
    """One entity of the gazetteer."""

    id: str
    type: str
    names: dict[str, str | None]
    aliases: dict[str, list[str]] = field(default_factory=dict)
    wikidata: str | None = None

    def surfaces(self, lang: str) -> list[str]:
        """Every form of the entity in ``lang``: the name first, then the aliases."""
        name = self.names.get(lang)
        return ([name] if name else []) + [alias for alias in self.aliases.get(lang, []) if alias != name]


def parse_gazetteer(lines: Iterable[str], origin: str) -> list[GazetteerEntity]:
    """Entities from JSONL lines; ``origin`` names the file in error messages."""
    entities = []
    first_line: dict[str, int] = {}
    for number, line in enumerate(lines, start=1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        where = f"{origin}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            raise GazetteerError(f"{where}: not valid JSON ({err.msg})") from err
        if not isinstance(record, dict) or not record.get("id") or record.get("type") not in ENTITY_TYPES:
            raise GazetteerError(f"{where}: each entry needs an 'id' and a 'type' among {', '.join(ENTITY_TYPES)}")
        entity_id = str(record["id"])
        if entity_id in first_line:  # within one file; a later file's entry replaces an earlier file's on purpose
            raise GazetteerError(
                f"{where}: the id '{entity_id}' is listed on line {first_line[entity_id]} already;"
                " give each entry its own id"
            )
        first_line[entity_id] = number
        aliases = record.get("aliases") or {}
        if not isinstance(aliases, dict) or not all(isinstance(v, list) for v in aliases.values()):
            raise GazetteerError(f"{where}: 'aliases' must map a language to a list of names")
        entities.append(
            GazetteerEntity(
                id=entity_id,
                type=record["type"],
                names={lang: record.get(lang) or None for lang in LANGS},
                aliases={lang: [str(a) for a in aliases.get(lang, []) if a] for lang in LANGS},
                wikidata=record.get("wikidata") or None,
            )
        )
    return entities


def merge_gazetteers(*groups: list[GazetteerEntity]) -> list[GazetteerEntity]:
    """Later groups extend earlier ones; an entry with an existing id replaces it."""
    merged: dict[str, GazetteerEntity] = {}
    for group in groups:
        for entity in group:
            merged[entity.id] = entity
    return list(merged.values())


def chinese_user_words(entities: Iterable[GazetteerEntity]) -> list[tuple[str, str]]:
    """(word, jieba tag) for every Chinese form, for jieba's user dictionary."""
    words: dict[str, str] = {}
    for entity in entities:
        for surface in entity.surfaces("zh"):
            words.setdefault(surface, JIEBA_TAGS[entity.type])
    return sorted(words.items())
