"""Reading a built dataset folder back: manifest, table sizes, tables.

Every read pins one build: the folder is opened once, and the manifest and every table are opened
relative to that open folder before anything is read. A build committed meanwhile swaps OUT for another
folder, and the folder this read holds keeps its files open even while the old build is removed, so a
read never combines the manifest of one build with the tables of another (issue 19). A build replaced
while it is being opened is opened again from the new OUT.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

import pyarrow as pa
import pyarrow.parquet as pq

from corpus.errors import CorpusError
from corpus.schemas import TABLES
from corpus.writer import MANIFEST

OPEN_ATTEMPTS = 50
"""How often opening a build is tried when commits keep replacing it (a commit takes milliseconds)."""
_RETRY_WAIT_S = 0.002
_PROC_FD = os.path.isdir("/proc/self/fd")
"""Linux names an open file /proc/self/fd/N; opening that path reaches the file even once unlinked."""
_DIR_FD = os.open in os.supports_dir_fd and hasattr(os, "O_DIRECTORY")


def _not_a_dataset(root: Path) -> str:
    return f"{root}: not a corpus dataset (no {MANIFEST}); build one with `corpus build SOURCE -o {root}`"


class _Replaced(Exception):
    """The build being opened is no longer OUT (a commit came between): open the new one."""


class Build:
    """One build of a dataset folder, held open: its manifest and the tables present in it, all from the
    same folder whatever is committed to OUT meanwhile. Close it (or use :func:`open_build`)."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self._files: dict[str, int] = {}
        self._handles: list[Any] = []
        self._dir: int | None = None
        try:
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        try:
            if _DIR_FD:
                self._dir = os.open(self.root, os.O_RDONLY | os.O_DIRECTORY)
                identity = self._identity(os.fstat(self._dir))
            else:  # no dir_fd (Windows): open by path, and check OUT was the same folder throughout
                identity = self._identity(os.stat(self.root))
        except FileNotFoundError:
            raise _Replaced from None  # between the two renames of a commit without an atomic exchange
        except NotADirectoryError:
            raise CorpusError(_not_a_dataset(self.root)) from None
        for name in (MANIFEST, *(f"{table}.parquet" for table in TABLES)):
            try:
                if self._dir is not None:
                    self._files[name] = os.open(name, os.O_RDONLY, dir_fd=self._dir)
                else:
                    self._files[name] = os.open(self.root / name, os.O_RDONLY)
            except FileNotFoundError:
                if not self._is_current(identity):
                    raise _Replaced from None  # the old build is being removed: read the new one
        if not self._is_current(identity) and self._dir is None:
            raise _Replaced
        if MANIFEST not in self._files:
            raise CorpusError(_not_a_dataset(self.root))
        path = self.root / MANIFEST
        try:
            with self._stream(MANIFEST) as stream:
                manifest = json.loads(stream.read().decode("utf-8"))
        except (OSError, ValueError) as err:
            raise CorpusError(f"{path}: unreadable manifest ({err}); build the dataset again") from err
        if not isinstance(manifest, dict):
            raise CorpusError(f"{path}: not a corpus manifest; build the dataset again")
        self.manifest: dict[str, Any] = manifest

    @staticmethod
    def _identity(stat: os.stat_result) -> tuple[int, int]:
        return stat.st_dev, stat.st_ino

    def _is_current(self, identity: tuple[int, int]) -> bool:
        try:
            return self._identity(os.stat(self.root)) == identity
        except OSError:
            return False

    def _stream(self, name: str) -> BinaryIO:
        """A new reader of one of the build's open files, positioned at its start."""
        stream = open(os.dup(self._files[name]), "rb", closefd=True)  # noqa: SIM115 - closed by the caller
        stream.seek(0)
        return stream

    def has(self, table: str) -> bool:
        """Whether this build holds ``table`` (builds of older versions lack the newer tables)."""
        return f"{table}.parquet" in self._files

    def _require(self, table: str) -> str:
        if not self.has(table):
            raise CorpusError(f"{self.root}: has no {table} table; rebuild with this version of corpus")
        return f"{table}.parquet"

    def parquet(self, table: str) -> pq.ParquetFile:
        """The table's Parquet file; it stays readable until the build is closed."""
        name = self._require(table)
        source: Any = pa.OSFile(str(self.path(table))) if _PROC_FD else self._stream(name)
        self._handles.append(source)
        return pq.ParquetFile(source)

    def table(self, table: str, columns: list[str] | None = None) -> pa.Table:
        """One table as Arrow."""
        return self.parquet(table).read(columns=columns)

    def size(self, table: str) -> int:
        """The table's bytes on disk."""
        return os.fstat(self._files[self._require(table)]).st_size

    @property
    def pinned_paths(self) -> bool:
        """Whether :meth:`path` names this build's own files rather than OUT's."""
        return _PROC_FD

    def path(self, table: str) -> Path:
        """A path that tools reading by path (DuckDB) can open: this build's own file where the OS names
        open files, else the table's path under OUT (then see :attr:`pinned_paths`)."""
        name = self._require(table)
        return Path(f"/proc/self/fd/{self._files[name]}") if _PROC_FD else self.root / name

    def close(self) -> None:
        for handle in self._handles:
            with contextlib.suppress(Exception):
                handle.close()
        self._handles.clear()
        for fd in self._files.values():
            os.close(fd)
        self._files.clear()
        if self._dir is not None:
            os.close(self._dir)
            self._dir = None

    def __enter__(self) -> Build:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


Dataset = Path | Build
"""A dataset folder (each read pins its build), or a build already pinned (reads share it)."""


def pin(root: Path) -> Build:
    """The build OUT names now, held open; tried again while commits replace it as it is opened."""
    for attempt in range(OPEN_ATTEMPTS):
        try:
            return Build(root)
        except _Replaced:
            time.sleep(_RETRY_WAIT_S * min(attempt, 10))
    if not os.path.lexists(root):
        raise CorpusError(_not_a_dataset(root))
    raise CorpusError(f"{root}: replaced by {OPEN_ATTEMPTS} builds while being opened; read it again")


@contextlib.contextmanager
def open_build(dataset: Dataset) -> Iterator[Build]:
    """A pinned build for one read: ``dataset`` itself when already pinned (left open), else a new one
    closed at the end."""
    if isinstance(dataset, Build):
        yield dataset
        return
    with pin(Path(dataset)) as build:
        yield build


def read_manifest(root: Dataset) -> dict[str, Any]:
    """The build's manifest; a clear error when ``root`` is not a dataset folder."""
    with open_build(root) as build:
        return build.manifest


def table_sizes(root: Dataset) -> list[tuple[str, int, int, int]]:
    """(table, rows, columns, bytes on disk) for every table present, from Parquet metadata only."""
    sizes = []
    with open_build(root) as build:
        for table in TABLES:
            if build.has(table):
                parquet = build.parquet(table)
                sizes.append((table, parquet.metadata.num_rows, len(parquet.schema_arrow), build.size(table)))
    return sizes


def read_table(root: Dataset, table: str, columns: list[str] | None = None) -> pa.Table:
    """One table as Arrow (for the inspection commands)."""
    with open_build(root) as build:
        return build.table(table, columns)


def entity_table(root: Dataset, columns: list[str]) -> pa.Table:
    """The entities table's ``columns``, with ``same_as`` where the build has it (builds made before it have none)."""
    with open_build(root) as build:
        linked = "same_as" in build.parquet("entities").schema_arrow.names
        return build.table("entities", [*columns, *(["same_as"] if linked else [])])


def with_same_as(
    chosen: list[dict[str, Any]], rows: list[dict[str, Any]] | dict[str, dict[str, Any]]
) -> list[dict[str, Any]]:
    """The chosen entities, then those their ``same_as`` links join them to, directly or through others (the same
    person in another script: 梅列克·库尔克诺夫 after Мереке Кулкенов, and Mereke Kulkenov after both), each once;
    ``rows`` as a list or by entity id."""
    by_id = rows if isinstance(rows, dict) else {row["entity_id"]: row for row in rows}
    seen = {row["entity_id"] for row in chosen}
    linked: list[dict[str, Any]] = []
    waiting = list(chosen)
    while waiting:
        for entity_id in waiting.pop().get("same_as") or []:
            if entity_id not in seen and entity_id in by_id:
                seen.add(entity_id)
                linked.append(by_id[entity_id])
                waiting.append(by_id[entity_id])
    return [*chosen, *linked]


def top_entities(
    root: Dataset, *, label: str | None = None, lang: str | None = None, top: int = 25
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
    root: Dataset, *, speaker: str | None = None, kind: str | None = None, lang: str | None = None
) -> list[dict[str, Any]]:
    """Quotes of a build in document order; ``speaker`` matches any spelling of the speaker's name.

    ``--speaker Aliyev``, ``阿利耶夫`` and ``Алиев`` find the same rows: the query is looked up in the
    entities' zh/ru/en names and aliases, in the words that name the speaker in the text, and in the speaker's
    English name (a body the gazetteer does not know has no entity row of its own).
    """
    with open_build(root) as build:
        return _find_quotes(build, speaker=speaker, kind=kind, lang=lang)


def _find_quotes(build: Build, *, speaker: str | None, kind: str | None, lang: str | None) -> list[dict[str, Any]]:
    import pyarrow.compute as pc

    quotes = build.table("quotes")
    documents = build.table("documents", columns=["doc_id", "lang"])
    language = dict(zip(documents["doc_id"].to_pylist(), documents["lang"].to_pylist(), strict=True))
    if kind:
        quotes = quotes.filter(pc.equal(quotes["kind"], kind))
    rows = quotes.to_pylist()
    for row in rows:
        row["lang"] = language.get(row["doc_id"])
    if lang:
        rows = [row for row in rows if row["lang"] == lang]
    if speaker:
        entities = entity_table(build, ["entity_id", "name_zh", "name_ru", "name_en", "aliases"]).to_pylist()
        named = [
            entity
            for entity in entities
            if any(
                names_match(speaker, name)
                for name in (entity["name_zh"], entity["name_ru"], entity["name_en"], *entity["aliases"])
            )
        ]
        wanted = {entity["entity_id"] for entity in with_same_as(named, entities)}  # and in the other scripts
        rows = [
            row
            for row in rows
            if row["speaker_entity_id"] in wanted
            or names_match(speaker, row["speaker_text"])
            or names_match(speaker, row["speaker_name_en"])  # a body named only here: Almaty City Akimat press service
        ]
    return rows


def names_match(query: str, name: str | None) -> bool:
    """The query is the whole name or whole parts of it (Aliyev ~ Ilham Aliyev, not Baigaliyev)."""
    if not name:
        return False
    split = lambda value: [part for part in re.split(r"[\s·‧•・\-]+", value.casefold()) if part]  # noqa: E731
    wanted, parts = split(query), split(name)
    return bool(wanted) and any(parts[i : i + len(wanted)] == wanted for i in range(len(parts)))
