"""Reading articles from a folder of .txt files, a .jsonl file, or a Hugging Face dataset.

Each source yields :class:`SourceRecord` objects lazily (a corpus is never held in memory) and
:class:`~corpus.errors.SkippedInput` objects for inputs that are left out with a warning.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from corpus.decoding import BinaryData, UndecodableText, decode_bytes
from corpus.errors import CorpusError, SkippedInput


@dataclass(slots=True)
class SourceRecord:
    """One article as read, before any annotation."""

    source: str
    text: str
    source_id: str | None = None
    url: str | None = None
    date: dt.date | None = None
    title: str | None = None
    lang: str | None = None


@dataclass(slots=True)
class InputFile:
    """A file read during the build, for the manifest."""

    source: str
    sha256: str
    n_bytes: int
    encoding: str | None = None


@dataclass
class Source:
    """A resolved SOURCE argument: what it is, how many records to expect, and the reader."""

    spec: str
    kind: str
    total: int | None
    inputs: list[InputFile] = field(default_factory=list)
    _reader: Any = None

    def records(self) -> Iterator[SourceRecord | SkippedInput]:
        yield from self._reader(self)


_HUB_NAME = re.compile(r"^[\w.-]+(/[\w.-]+)?$")
_DATASET_FILES = ("*.parquet", "*.arrow", "*.jsonl", "*.json", "*.csv")


def open_source(spec: str, *, split: str = "train", text_field: str = "text") -> Source:
    """Resolve a SOURCE argument; raise :class:`CorpusError` when it is none of the known kinds."""
    path = Path(spec)
    if path.is_dir():
        txt_files = sorted(p for p in path.rglob("*.txt") if not _hidden(p.relative_to(path)))
        if txt_files:
            named = [(f"{path.resolve().name}/{p.relative_to(path).as_posix()}", p) for p in txt_files]
            return Source(spec, "folder", len(named), _reader=lambda s: _read_files(s, named))
        if (
            (path / "dataset_info.json").exists()
            or (path / "state.json").exists()
            or any(next(path.glob(pattern), None) for pattern in _DATASET_FILES)
        ):
            return _open_dataset(spec, split, text_field, local=True)
        raise CorpusError(f"{spec}: folder holds no .txt files and no dataset files; nothing to build from")
    if path.is_file():
        if path.suffix == ".jsonl":
            return Source(spec, "jsonl", None, _reader=lambda s: _read_jsonl(s, path, text_field))
        if path.suffix == ".txt":
            return Source(spec, "file", 1, _reader=lambda s: _read_files(s, [(path.name, path)]))
        raise CorpusError(f"{spec}: not a .txt or .jsonl file; give a folder of .txt files, a .jsonl, or a dataset")
    if "\\" in spec or spec.startswith((".", "/", "~")) or not _HUB_NAME.match(spec):
        raise CorpusError(f"{spec}: no such file or folder")
    return _open_dataset(spec, split, text_field, local=False)


def _hidden(relative: Path) -> bool:
    return any(part.startswith(".") for part in relative.parts)


def _read_files(source: Source, named: list[tuple[str, Path]]) -> Iterator[SourceRecord | SkippedInput]:
    for name, path in named:
        data = path.read_bytes()
        try:
            text, encoding = decode_bytes(data)
        except BinaryData as err:
            yield SkippedInput(name, str(err))
            continue
        except UndecodableText as err:
            raise CorpusError(f"{name}: cannot decode: {err}; re-save it as UTF-8") from err
        source.inputs.append(InputFile(name, hashlib.sha256(data).hexdigest(), len(data), encoding))
        yield SourceRecord(name, text)


def _read_jsonl(source: Source, path: Path, text_field: str) -> Iterator[SourceRecord | SkippedInput]:
    """Records line by line; the file is hashed as it is read, never held whole in memory."""
    digest, size = hashlib.sha256(), 0
    with path.open("rb") as lines:
        for number, raw in enumerate(lines, start=1):
            digest.update(raw)
            size += len(raw)
            where = f"{path.name}:{number}"
            try:
                line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError as err:
                raise CorpusError(f"{where}: not UTF-8 ({err.reason}); re-save the file as UTF-8") from err
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as err:
                raise CorpusError(f"{where}: not valid JSON ({err.msg}); fix or remove the line") from err
            if not isinstance(record, dict):
                raise CorpusError(f"{where}: expected a JSON object with a {text_field!r} field")
            yield _record_from_mapping(record, where, text_field)
    source.inputs.append(InputFile(path.name, digest.hexdigest(), size, "utf-8"))


def _record_from_mapping(record: dict[str, Any], where: str, text_field: str) -> SourceRecord:
    text = record.get(text_field)
    if not isinstance(text, str):
        fields = ", ".join(sorted(map(str, record))) or "none"
        raise CorpusError(f"{where}: no text field {text_field!r} (fields: {fields}); choose one with --text-field")
    return SourceRecord(
        where,
        text,
        source_id=_optional_str(record.get("id")),
        url=_optional_str(record.get("url")),
        date=_parse_date(record.get("date"), where),
        title=_optional_str(record.get("title")),
        lang=_optional_str(record.get("lang")),
    )


def _optional_str(value: Any) -> str | None:
    return None if value is None or value == "" else str(value)


def _parse_date(value: Any, where: str) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    match = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", str(value))
    try:
        return dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3))) if match else None
    except ValueError:
        return None


def _open_dataset(spec: str, split: str, text_field: str, *, local: bool) -> Source:
    try:
        import datasets
    except ImportError as err:  # pragma: no cover - datasets is a dependency
        raise CorpusError("reading a Hugging Face dataset needs the `datasets` package") from err
    try:
        path = Path(spec)
        if local and ((path / "dataset_info.json").exists() or (path / "state.json").exists()):
            loaded = datasets.load_from_disk(spec)
            dataset = loaded[split] if isinstance(loaded, datasets.DatasetDict) else loaded
        else:
            dataset = datasets.load_dataset(spec, split=split)
    except KeyError as err:
        raise CorpusError(f"{spec}: dataset has no split {split!r}; choose one with --split") from err
    except Exception as err:  # datasets raises many kinds; all mean "cannot load this source"
        first_line = str(err).strip().splitlines()[0] if str(err).strip() else type(err).__name__
        raise CorpusError(f"{spec}: cannot load as a Hugging Face dataset ({first_line})") from err
    if text_field not in dataset.column_names:
        raise CorpusError(
            f"{spec}: dataset has no column {text_field!r} (columns: {', '.join(dataset.column_names)}); "
            "choose one with --text-field"
        )
    fingerprint = getattr(dataset, "_fingerprint", "") or ""
    name = Path(spec).name if local else spec

    def read(source: Source) -> Iterator[SourceRecord | SkippedInput]:
        source.inputs.append(InputFile(f"{name}:{split}", fingerprint, dataset.data.nbytes, None))
        for index, row in enumerate(dataset):
            yield _record_from_mapping(row, f"{name}:{split}:{index}", text_field)

    return Source(spec, "dataset", len(dataset), _reader=read)
