"""Atomic dataset output: tables are streamed into a hidden folder beside the target, which
replaces the target only when the build has finished. A failed or interrupted build leaves the
previous output exactly as it was."""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import Any, TextIO

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError

MANIFEST = "manifest.json"
CARD = "README.md"
ROW_GROUP_BYTES = 8 * 1024 * 1024
"""Arrow bytes buffered per table before they are written as one Parquet row group: this, not the
corpus size, bounds the writer's memory."""


@contextlib.contextmanager
def atomic_file(out: Path) -> Iterator[TextIO]:
    """A text file written beside ``out`` and renamed onto it at the end: a failure leaves nothing
    half-written, and the previous file as it was."""
    partial = out.with_name(f".{out.name}.partial")
    try:
        with partial.open("w", encoding="utf-8") as stream:
            yield stream
        partial.replace(out)
    finally:
        partial.unlink(missing_ok=True)


def check_target(target: Path) -> None:
    """Refuse targets we must not replace: a file, or a folder that is not a previous build."""
    if target.is_file():
        raise CorpusError(f"{target}: output path is a file; give a folder to write the dataset into")
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise CorpusError(
            f"{target}: folder exists and is not a corpus build (no {MANIFEST}); choose a new or empty folder"
        )


def table_path(root: Path, table: str) -> Path:
    """Where a table's Parquet file lies inside a dataset folder."""
    return root / f"{table}.parquet"


class AtomicDatasetWriter:
    """Streams rows into Parquet files in a temporary folder; :meth:`commit` swaps it into place."""

    def __init__(self, target: Path, schemas: dict[str, pa.Schema]) -> None:
        check_target(target)
        target.parent.mkdir(parents=True, exist_ok=True)
        self.target = target
        self.schemas = schemas
        self.staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.building-", dir=target.parent))
        self._buffers: dict[str, list[pa.Table]] = {name: [] for name in schemas}
        self._writers: dict[str, pq.ParquetWriter] = {}
        self.row_counts: dict[str, int] = {name: 0 for name in schemas}
        self._adopted: set[str] = set()

    def __enter__(self) -> AtomicDatasetWriter:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        if exc_type is not None:
            self.abort()

    def write(self, table: str, data: pa.Table) -> None:
        """Queue rows of one table; they are written as a row group once enough have gathered."""
        buffer = self._buffers[table]
        buffer.append(data)
        self.row_counts[table] += data.num_rows
        if sum(part.nbytes for part in buffer) >= ROW_GROUP_BYTES:
            self._flush(table)

    def adopt(self, table: str, finished: Path) -> None:
        """Take a finished Parquet file of this table as it is (an unchanged rebuild: no re-encoding)."""
        if table in self._writers or self._buffers[table]:
            raise ValueError(f"{table}: rows were written already")
        shutil.copyfile(finished, table_path(self.staging, table))
        self.row_counts[table] = pq.ParquetFile(finished).metadata.num_rows
        self._adopted.add(table)

    def _flush(self, table: str) -> None:
        parts = self._buffers[table]
        if not parts and table in self._writers:
            return
        writer = self._writers.get(table)
        if writer is None:
            writer = pq.ParquetWriter(table_path(self.staging, table), self.schemas[table], compression="zstd")
            self._writers[table] = writer
        data = pa.concat_tables(parts) if parts else self.schemas[table].empty_table()
        writer.write_table(data, row_group_size=max(data.num_rows, 1))
        self._buffers[table] = []

    def commit(self, manifest: dict[str, Any], card: str) -> None:
        """Finish every table, write the manifest and card, and put the folder in place."""
        for table in self.schemas:
            if table not in self._adopted:
                self._flush(table)
                self._writers.pop(table).close()
        (self.staging / MANIFEST).write_text(
            json.dumps(manifest, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        (self.staging / CARD).write_text(card, encoding="utf-8")
        os.chmod(self.staging, 0o755)
        if self.target.exists():
            previous = Path(tempfile.mkdtemp(prefix=f".{self.target.name}.previous-", dir=self.target.parent))
            os.replace(self.target, previous / "old")
            try:
                os.replace(self.staging, self.target)
            except OSError:
                os.replace(previous / "old", self.target)
                raise
            shutil.rmtree(previous, ignore_errors=True)
        else:
            os.replace(self.staging, self.target)

    def abort(self) -> None:
        """Drop everything written so far; the target is untouched."""
        for writer in self._writers.values():
            with contextlib.suppress(Exception):  # a half-written file: it is deleted next
                writer.close()
        self._writers.clear()
        shutil.rmtree(self.staging, ignore_errors=True)
