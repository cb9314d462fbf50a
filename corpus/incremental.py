"""Incremental rebuilds: a build over an existing dataset copies the rows of documents that did not
change and annotates only the new or changed ones.

A document is unchanged when its source name and the hash of its normalised text (its doc_id) are those
of the previous build, and the pipeline's settings (tool version, backends, gazetteer, options that
change annotations) have the same fingerprint. The newly annotated documents come first, then the copied
rows in the previous build's order: compare tables sorted, not row by row, with a cold build. Sources are
read once: changed documents are annotated as they are met, unchanged ones copied at the end.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpus.schemas import DOCUMENT_TABLES, TABLES
from corpus.sources import SourceRecord
from corpus.writer import MANIFEST, AtomicDatasetWriter, table_path
from pipeline.normalize import doc_id_for, normalize_text


def settings_fingerprint(settings: dict[str, Any]) -> str:
    """A hash of everything that changes annotations (the tool version among them)."""
    return hashlib.sha256(json.dumps(settings, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()[:16]


def record_key(record: SourceRecord) -> tuple[str, str]:
    """(source, doc_id): a renamed file is a new document, an edited one a changed document."""
    return record.source, doc_id_for(normalize_text(record.text))


@dataclass
class PreviousBuild:
    root: Path
    keys: set[tuple[str, str]]
    manifest: dict[str, Any] = field(default_factory=dict)


def previous_build(out: Path, fingerprint: str, warn: Callable[[str], None] | None = None) -> PreviousBuild | None:
    """The build in ``out`` if it was made with the same settings and is whole (else None: annotate
    everything). What would be reused is checked first: every table readable, with the row count the
    manifest records; a damaged build is reported through ``warn`` and annotated again from scratch."""
    try:
        manifest = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("settings_fingerprint") != fingerprint:
        return None
    try:
        files = {}
        for table in TABLES:
            files[table] = pq.ParquetFile(table_path(out, table))
            rows, expected = files[table].metadata.num_rows, manifest.get("rows", {}).get(table)
            if rows != expected:
                raise ValueError(f"{table} table has {rows} rows, the manifest says {expected}")
        # ParquetFile, not pq.read_table: that one imports pyarrow.dataset and with it pandas (a second)
        documents = files["documents"].read(columns=["source", "doc_id"])
    except (OSError, ValueError, pa.ArrowException) as err:
        if warn is not None:
            first_line = (str(err).strip().splitlines() or [type(err).__name__])[0]
            warn(f"{out}: the previous build is damaged ({first_line}); annotating everything again")
        return None
    keys = set(zip(documents["source"].to_pylist(), documents["doc_id"].to_pylist(), strict=True))
    return PreviousBuild(out, keys, manifest)


def adopt_everything(previous: PreviousBuild, writer: AtomicDatasetWriter, tables: list[str]) -> None:
    """Nothing changed: the previous table files are what this build would write, byte for byte."""
    for table in tables:
        writer.adopt(table, table_path(previous.root, table))


@dataclass
class Reused:
    """What the copied documents bring to the build's bookkeeping."""

    sources: dict[str, str] = field(default_factory=dict)
    """doc_id -> source of every copied document."""
    blocks_by_kind: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    mentions: dict[str, list[tuple[str, str, str, int]]] = field(default_factory=dict)
    """doc_id -> mention summaries (entity_id, label, surface, count) for the entities table."""


def copy_unchanged(previous: PreviousBuild, doc_ids: set[str], writer: AtomicDatasetWriter) -> Reused:
    """Copy the rows of ``doc_ids`` from the previous build into the new one, table by table, in batches."""
    reused = Reused()
    wanted = pa.array(sorted(doc_ids), type=pa.string())
    for table, schema in DOCUMENT_TABLES.items():
        for batch in pq.ParquetFile(table_path(previous.root, table)).iter_batches(batch_size=8192):
            kept = batch.filter(pc.is_in(batch.column("doc_id"), value_set=wanted))
            if not kept.num_rows:
                continue
            writer.write(table, pa.Table.from_batches([kept]).cast(schema))
            if table == "documents":
                reused.sources.update(
                    zip(kept.column("doc_id").to_pylist(), kept.column("source").to_pylist(), strict=True)
                )
                reused.languages.update(kept.column("lang").to_pylist())
            elif table == "blocks":
                reused.blocks_by_kind.update(kept.column("kind").to_pylist())
            elif table == "mentions":
                counts = Counter(
                    zip(
                        *(kept.column(name).to_pylist() for name in ("doc_id", "entity_id", "label", "text")),
                        strict=True,
                    )
                )
                for (doc_id, entity_id, label, text), count in counts.items():
                    reused.mentions.setdefault(doc_id, []).append((entity_id, label, text, count))
    return reused
