"""Reading a built dataset folder back: manifest, table sizes, tables."""

from __future__ import annotations

import json
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
    return json.loads(path.read_text(encoding="utf-8"))


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
