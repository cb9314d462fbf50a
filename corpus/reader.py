"""Reading a built dataset folder back: manifest, table sizes, tables."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError
from corpus.schemas import TABLES
from corpus.writer import MANIFEST, table_path


def read_manifest(root: Path) -> dict[str, Any]:
    """The build's manifest; a clear error when ``root`` is not a dataset folder."""
    path = root / MANIFEST
    if not path.is_file():
        raise CorpusError(
            f"{root}: not a corpus dataset (no {MANIFEST}); build one with `corpus build SOURCE -o {root}`"
        )
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as err:
        raise CorpusError(f"{path}: unreadable manifest ({err}); build the dataset again") from err
    if not isinstance(manifest, dict):
        raise CorpusError(f"{path}: not a corpus manifest; build the dataset again")
    return manifest


def table_sizes(root: Path) -> list[tuple[str, int, int, int]]:
    """(table, rows, columns, bytes on disk) for every table present, from Parquet metadata only."""
    sizes = []
    for table in TABLES:
        path = table_path(root, table)
        if path.is_file():
            parquet = pq.ParquetFile(path)
            sizes.append((table, parquet.metadata.num_rows, len(parquet.schema_arrow), path.stat().st_size))
    return sizes


def read_table(root: Path, table: str, columns: list[str] | None = None) -> pa.Table:
    """One table as Arrow (for the inspection commands)."""
    read_manifest(root)
    path = table_path(root, table)
    if not path.is_file():
        raise CorpusError(f"{root}: has no {table} table; rebuild with this version of corpus")
    return pq.read_table(path, columns=columns)


def top_entities(
    root: Path, *, label: str | None = None, lang: str | None = None, top: int = 25
) -> list[dict[str, Any]]:
    """Entities of a build, most mentioned first, optionally of one type or named in one language."""
    import pyarrow.compute as pc

    table = read_table(root, "entities")
    if label:
        table = table.filter(pc.equal(table["label"], label))
    if lang:
        table = table.filter(pc.is_valid(table[f"name_{lang}"]))
    table = table.sort_by([("n_mentions", "descending"), ("entity_id", "ascending")]).slice(0, top)
    return table.drop_columns(["docs"]).to_pylist()


def find_quotes(
    root: Path, *, speaker: str | None = None, kind: str | None = None, lang: str | None = None
) -> list[dict[str, Any]]:
    """Quotes of a build in document order; ``speaker`` matches any spelling of the speaker's name.

    ``--speaker Aliyev``, ``阿利耶夫`` and ``Алиев`` find the same rows: the query is looked up in the
    entities' zh/ru/en names and aliases, and in the words that name the speaker in the text.
    """
    import pyarrow.compute as pc

    quotes = read_table(root, "quotes")
    documents = read_table(root, "documents", columns=["doc_id", "lang", "source"])
    language = dict(zip(documents["doc_id"].to_pylist(), documents["lang"].to_pylist(), strict=True))
    if kind:
        quotes = quotes.filter(pc.equal(quotes["kind"], kind))
    rows = quotes.to_pylist()
    for row in rows:
        row["lang"] = language.get(row["doc_id"])
    if lang:
        rows = [row for row in rows if row["lang"] == lang]
    if speaker:
        entities = read_table(root, "entities", columns=["entity_id", "name_zh", "name_ru", "name_en", "aliases"])
        wanted = {
            entity["entity_id"]
            for entity in entities.to_pylist()
            if any(
                names_match(speaker, name)
                for name in (entity["name_zh"], entity["name_ru"], entity["name_en"], *entity["aliases"])
            )
        }
        rows = [row for row in rows if row["speaker_entity_id"] in wanted or names_match(speaker, row["speaker_text"])]
    return rows


def names_match(query: str, name: str | None) -> bool:
    """The query is the whole name or whole parts of it (Aliyev ~ Ilham Aliyev, not Baigaliyev)."""
    if not name:
        return False
    split = lambda value: [part for part in re.split(r"[\s·‧•・\-]+", value.casefold()) if part]  # noqa: E731
    wanted, parts = split(query), split(name)
    return bool(wanted) and any(parts[i : i + len(wanted)] == wanted for i in range(len(parts)))
